"""Staff members: the people who use the application."""

from __future__ import annotations

import enum

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from vauhdittamo.models.base import Base, SyncedMixin, str_enum


class StaffRole(enum.StrEnum):
    FRONT_DESK = "front_desk"
    OUTREACH = "outreach"
    COACH = "coach"
    COORDINATOR = "coordinator"
    ADMIN = "admin"


class StaffMember(SyncedMixin, Base):
    __tablename__ = "staff_member"

    display_name: Mapped[str] = mapped_column(String(120))
    organisation: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    role: Mapped[StaffRole] = mapped_column(str_enum(StaffRole), default=StaffRole.FRONT_DESK)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    def __repr__(self) -> str:
        return f"<StaffMember {self.display_name!r}>"
