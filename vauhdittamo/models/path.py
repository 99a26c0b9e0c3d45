"""The client's path (polku): goals and the steps towards them."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vauhdittamo.models.base import Base, SyncedMixin, str_enum


class PathState(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class PathGoal(SyncedMixin, Base):
    __tablename__ = "path_goal"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    state: Mapped[PathState] = mapped_column(str_enum(PathState), default=PathState.PLANNED)


class PathStep(SyncedMixin, Base):
    __tablename__ = "path_step"

    goal_id: Mapped[str] = mapped_column(ForeignKey("path_goal.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    target_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    state: Mapped[PathState] = mapped_column(str_enum(PathState), default=PathState.PLANNED)
    done_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
