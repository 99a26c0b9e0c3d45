"""Referrals to partner services, with an append-only history of status events."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vauhdittamo.models.base import Base, SyncedMixin, UTCDateTime, str_enum


class ReferralStatus(enum.StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    STARTED = "started"
    COMPLETED = "completed"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


FINAL_STATUSES = frozenset(
    {ReferralStatus.DECLINED, ReferralStatus.COMPLETED, ReferralStatus.NO_SHOW, ReferralStatus.CANCELLED}
)


class ReferralUrgency(enum.StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"


class AssessmentResult(enum.StrEnum):
    """Result of a work and functional capacity assessment."""

    FIT_FOR_WORK = "fit_for_work"
    NEEDS_REHABILITATION = "needs_rehabilitation"
    PENSION_RECOMMENDED = "pension_recommended"
    OTHER = "other"


class Referral(SyncedMixin, Base):
    __tablename__ = "referral"
    __table_args__ = (Index("ix_referral_client", "client_id"), Index("ix_referral_due", "response_due"))

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    partner_service_id: Mapped[str] = mapped_column(ForeignKey("partner_service.id"), index=True)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    urgency: Mapped[ReferralUrgency] = mapped_column(str_enum(ReferralUrgency), default=ReferralUrgency.NORMAL)
    response_due: Mapped[dt.date | None] = mapped_column(Date, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    shares_data: Mapped[bool] = mapped_column(default=True)
    assessment_result: Mapped[AssessmentResult | None] = mapped_column(
        str_enum(AssessmentResult), default=None
    )
    consent_override_reason: Mapped[str | None] = mapped_column(Text, default=None)
    consent_override_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), default=None)
    consent_override_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)

    events: Mapped[list[ReferralEvent]] = relationship(
        back_populates="referral", order_by="(ReferralEvent.occurred_at, ReferralEvent.id)"
    )

    @property
    def status(self) -> ReferralStatus:
        """The current status, derived from the history (the latest event)."""
        live = [e for e in self.events if e.deleted_at is None]
        if not live:
            return ReferralStatus.DRAFT
        return max(live, key=lambda e: (e.occurred_at, e.id)).status


class ReferralEvent(SyncedMixin, Base):
    """One status change of a referral. Append-only: never edited."""

    __tablename__ = "referral_event"
    # The current status is the newest event: found through this index without a sort.
    __table_args__ = (
        Index("ix_referral_event_history", "referral_id", "occurred_at", "id"),
        # When each referral was first sent (the period report): migration 0011.
        Index("ix_referral_event_sent", "status", "occurred_at", "referral_id", "deleted_at"),
    )

    referral_id: Mapped[str] = mapped_column(ForeignKey("referral.id"), index=True)
    status: Mapped[ReferralStatus] = mapped_column(str_enum(ReferralStatus))
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    referral: Mapped[Referral] = relationship(back_populates="events")
