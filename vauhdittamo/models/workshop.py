"""Workshops, their weekly schedule, sessions, enrolment and attendance marks."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vauhdittamo.models.base import Base, SyncedMixin, str_enum
from vauhdittamo.models.client import AgeGroup


class WorkshopKind(enum.StrEnum):
    NONSTOP_START = "nonstop_start"  # the non-stop Vauhdittamo START workshop
    COURSE = "course"
    GROUP = "group"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class Workshop(SyncedMixin, Base):
    __tablename__ = "workshop"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[WorkshopKind] = mapped_column(str_enum(WorkshopKind), default=WorkshopKind.NONSTOP_START)
    place: Mapped[str] = mapped_column(String(200), default="")
    village: Mapped[str] = mapped_column(String(100), default="")
    capacity: Mapped[int | None] = mapped_column(Integer, default=None)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    description: Mapped[str] = mapped_column(Text, default="")

    schedule: Mapped[list[WorkshopScheduleSlot]] = relationship(back_populates="workshop")


class WorkshopScheduleSlot(SyncedMixin, Base):
    """One weekly slot: a weekday (1 = Monday … 7 = Sunday) and local start and end times."""

    __tablename__ = "workshop_schedule_slot"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)

    workshop: Mapped[Workshop] = relationship(back_populates="schedule")


class WorkshopFacilitator(SyncedMixin, Base):
    __tablename__ = "workshop_facilitator"
    __table_args__ = (UniqueConstraint("workshop_id", "staff_id"),)

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"), index=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff_member.id"))


class WorkshopEnrolment(SyncedMixin, Base):
    __tablename__ = "workshop_enrolment"
    __table_args__ = (UniqueConstraint("workshop_id", "client_id"),)

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"), index=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    enrolled_on: Mapped[dt.date] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date, default=None)


class WorkshopSession(SyncedMixin, Base):
    """One meeting of a workshop, on a local (Helsinki) date and wall-clock times."""

    __tablename__ = "workshop_session"
    __table_args__ = (Index("ix_workshop_session_date", "session_date"),)

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"), index=True)
    # The weekly slot the session was generated from; None for a session added or edited by hand,
    # which later schedule changes leave alone.
    slot_id: Mapped[str | None] = mapped_column(ForeignKey("workshop_schedule_slot.id"), default=None)
    session_date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(200), default="")
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    # People who came without a client record.
    anonymous_count: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")

    workshop: Mapped[Workshop] = relationship()


class AttendanceMark(SyncedMixin, Base):
    """A client's attendance in one session; one mark per client and session."""

    __tablename__ = "attendance_mark"
    __table_args__ = (
        UniqueConstraint("session_id", "client_id"),
        Index("ix_attendance_mark_client", "client_id"),
    )

    session_id: Mapped[str] = mapped_column(ForeignKey("workshop_session.id"))
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    status: Mapped[AttendanceStatus] = mapped_column(str_enum(AttendanceStatus))
    drop_in: Mapped[bool] = mapped_column(Boolean, default=False)
    time_in: Mapped[dt.time | None] = mapped_column(Time, default=None)
    time_out: Mapped[dt.time | None] = mapped_column(Time, default=None)
    marked_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), default=None)
    # The age group on the session's day, kept when the client's birth date is erased (anonymisation).
    age_group: Mapped[AgeGroup | None] = mapped_column(str_enum(AgeGroup), default=None)
