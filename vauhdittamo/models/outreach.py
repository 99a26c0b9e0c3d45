"""Outreach (etsivä työ) in the village pilot: lists of people to reach, and each contact attempt.

An :class:`OutreachList` names its villages and period; its :class:`OutreachEntry` rows are the people
to reach, each assigned to an outreach worker; :class:`OutreachAttempt` rows record every try to reach
one (append-only). An entry's status is derived from its attempts (see
:func:`vauhdittamo.services.outreach.entries.entry_status`), so that attempts recorded offline on two
laptops never conflict.

Data minimisation: an entry that is not (yet) a client holds only what reaching the person needs (name,
village, phone, address). One linked to a client (``client_id``) holds none of it: the client record
does. When its list is closed, or its retention period has passed, an entry that never became a client
keeps only its village, worker and attempts' codes and dates (``erased_at``): the figures stay true.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vauhdittamo.models.base import Base, SyncedMixin, UTCDateTime, str_enum

VILLAGE_SEPARATOR = "; "  # between the villages of a list (a village name never holds ";")


class ContactChannel(enum.StrEnum):
    """How a person was tried to be reached."""

    PHONE = "phone"
    LETTER = "letter"
    HOME_VISIT = "home_visit"
    VILLAGE_EVENT = "village_event"


class AttemptOutcome(enum.StrEnum):
    REACHED = "reached"
    NOT_REACHED = "not_reached"
    DECLINED = "declined"
    MOVED_AWAY = "moved_away"
    BECAME_CLIENT = "became_client"


# Outcomes after which nobody tries again: the attempt has no next try.
FINAL_OUTCOMES = frozenset({AttemptOutcome.DECLINED, AttemptOutcome.MOVED_AWAY, AttemptOutcome.BECAME_CLIENT})


class EntryStatus(enum.StrEnum):
    """Where an entry stands: not tried yet, or the outcome that counts (see the services)."""

    NOT_TRIED = "not_tried"
    REACHED = "reached"
    NOT_REACHED = "not_reached"
    DECLINED = "declined"
    MOVED_AWAY = "moved_away"
    BECAME_CLIENT = "became_client"


class OutreachList(SyncedMixin, Base):
    """A list of people to reach in some villages during a period; closed when the work is done."""

    __tablename__ = "outreach_list"

    name: Mapped[str] = mapped_column(String(200))
    # The villages, in the coordinator's order, joined with VILLAGE_SEPARATOR.
    villages: Mapped[str] = mapped_column(String(1000), default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    closed_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), default=None)

    @property
    def village_names(self) -> list[str]:
        return [v.strip() for v in self.villages.split(";") if v.strip()]

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None


class OutreachEntry(SyncedMixin, Base):
    """One person to reach, assigned to an outreach worker (``assigned_to_id``)."""

    __tablename__ = "outreach_entry"
    __table_args__ = (
        Index("ix_outreach_entry_list", "list_id", "village"),
        Index("ix_outreach_entry_assigned", "assigned_to_id"),
        Index("ix_outreach_entry_client", "client_id"),
    )

    list_id: Mapped[str] = mapped_column(ForeignKey("outreach_list.id"))
    # Empty once the person is a client (the client record holds them) or the entry is erased.
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    # Kept for good: the progress figures are per village and per worker.
    village: Mapped[str] = mapped_column(String(100), default="")
    assigned_to_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), default=None)
    client_id: Mapped[str | None] = mapped_column(ForeignKey("client.id"), default=None)
    erased_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)


class OutreachAttempt(SyncedMixin, Base):
    """One try to reach an entry's person. Append-only: a mistake is removed (a tombstone), never edited."""

    __tablename__ = "outreach_attempt"
    __table_args__ = (Index("ix_outreach_attempt_entry", "entry_id", "attempted_on"),)

    entry_id: Mapped[str] = mapped_column(ForeignKey("outreach_entry.id"))
    channel: Mapped[ContactChannel] = mapped_column(str_enum(ContactChannel))
    attempted_on: Mapped[dt.date] = mapped_column(Date)
    outcome: Mapped[AttemptOutcome] = mapped_column(str_enum(AttemptOutcome))
    note: Mapped[str] = mapped_column(Text, default="")
    next_try_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), default=None)
