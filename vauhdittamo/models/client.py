"""The client aggregate: the person, their consents, notes and the exit outcome."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vauhdittamo.models.base import Base, SyncedMixin, UTCDateTime, str_enum
from vauhdittamo.models.staff import StaffMember
from vauhdittamo.timeutil import age_on

YOUTH_AGE_LIMIT = 30


class Language(enum.StrEnum):
    FI = "fi"
    SV = "sv"
    OTHER = "other"


class AgeGroup(enum.StrEnum):
    UNDER_30 = "under_30"
    AGE_30_PLUS = "30_plus"
    UNKNOWN = "unknown"


class ExitOutcome(enum.StrEnum):
    """Where a client went at the exit; also the ESF+ situation at exit (see services.indicators)."""

    EMPLOYMENT = "employment"  # in employment, including self-employed
    EDUCATION = "education"  # in education or training
    QUALIFICATION = "qualification"  # gained a qualification
    JOB_SEARCHING = "job_searching"
    REHABILITATION = "rehabilitation"
    PENSION = "pension"
    INACTIVE = "inactive"
    OTHER = "other"
    UNKNOWN = "unknown"


class ConsentKind(enum.StrEnum):
    SHARE_DATA = "share_data"  # sharing data with one partner category
    CONTACT_SMS = "contact_sms"
    CONTACT_EMAIL = "contact_email"


def age_group_for(birth_date: dt.date | None, day: dt.date) -> AgeGroup:
    """Under 30 or 30 and over on *day*; unknown without a birth date."""
    if birth_date is None:
        return AgeGroup.UNKNOWN
    return AgeGroup.UNDER_30 if age_on(birth_date, day) < YOUTH_AGE_LIMIT else AgeGroup.AGE_30_PLUS


class Client(SyncedMixin, Base):
    __tablename__ = "client"
    __table_args__ = (
        Index("ix_client_personal_id", "personal_id"),
        Index("ix_client_coach", "personal_coach_id"),
        Index("ix_client_birth_date", "birth_date"),
        Index("ix_client_merged_into", "merged_into_id"),
    )

    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    personal_id: Mapped[str | None] = mapped_column(String(11), default=None)
    municipality: Mapped[str] = mapped_column(String(100), default="")
    village: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[Language] = mapped_column(str_enum(Language), default=Language.FI)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    personal_coach_id: Mapped[str | None] = mapped_column(
        ForeignKey("staff_member.id"), default=None
    )
    # Accent- and case-folded "first last phone birthdate id" text for search-as-you-type.
    search_key: Mapped[str] = mapped_column(String(400), default="")
    exit_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    exit_outcome: Mapped[ExitOutcome | None] = mapped_column(str_enum(ExitOutcome), default=None)
    # Set when retention or an erasure request removed the personal fields; statistics stay.
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    # Set when this record was merged into another record of the same person (see services.merging): the
    # record is then a tombstone (``deleted_at`` set) and everything recorded about it belongs to that one.
    # No foreign key: a scoped laptop may hold the tombstone without the kept record.
    merged_into_id: Mapped[str | None] = mapped_column(String(36), default=None)

    personal_coach: Mapped[StaffMember | None] = relationship(foreign_keys=[personal_coach_id])

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def age_group(self, day: dt.date) -> AgeGroup:
        return age_group_for(self.birth_date, day)

    @property
    def is_active(self) -> bool:
        return self.exit_date is None

    def __repr__(self) -> str:
        return f"<Client {self.full_name!r}>"


class Consent(SyncedMixin, Base):
    """What a client agreed to: sharing data with a partner category, or a way of contact."""

    __tablename__ = "consent"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    kind: Mapped[ConsentKind] = mapped_column(str_enum(ConsentKind))
    # For SHARE_DATA: the partner category (see models.partner.PartnerCategory).
    partner_category: Mapped[str | None] = mapped_column(String(40), default=None)
    given_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    given_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), default=None)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    withdrawn_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None and self.deleted_at is None


class ClientNote(SyncedMixin, Base):
    """A free-text note on a client's timeline."""

    __tablename__ = "client_note"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), default=None)
    written_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    text: Mapped[str] = mapped_column(Text)
