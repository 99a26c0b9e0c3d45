"""Staff members: the people who use the application."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from vauhdittamo.models.base import Base, SyncedMixin, UTCDateTime, str_enum


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
    # A slow salted hash of the password or PIN ("scrypt$n$r$p$salt$hash"); empty: no password set yet.
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    password_set_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    # A PIN's hash stays on the device where it was set (never synchronised: a 6-digit PIN is cracked
    # offline in hours by anyone who can read its hash on the hub).
    pin_hash: Mapped[str] = mapped_column(String(200), default="")
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)

    def __repr__(self) -> str:
        return f"<StaffMember {self.display_name!r}>"
