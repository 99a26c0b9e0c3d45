"""Guidance visits (walk-ins, calls, outreach); a visit may be anonymous."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vauhdittamo.models.base import Base, SyncedMixin, UTCDateTime, str_enum
from vauhdittamo.models.client import AgeGroup


class VisitChannel(enum.StrEnum):
    WALK_IN = "walk_in"
    PHONE = "phone"
    OUTREACH = "outreach"  # outreach / village
    REMOTE = "remote"


class VisitTopic(enum.StrEnum):
    JOB_SEARCH = "job_search"
    EDUCATION = "education"
    BENEFITS = "benefits"  # benefits and Kela
    HOUSING = "housing"
    HEALTH = "health"  # health and wellbeing
    LIFE_SKILLS = "life_skills"
    CV = "cv"  # CV and applications
    WORKSHOPS = "workshops"
    OTHER = "other"


class GuidanceVisit(SyncedMixin, Base):
    __tablename__ = "guidance_visit"
    __table_args__ = (
        Index("ix_guidance_visit_visited_at", "visited_at"),
        Index("ix_guidance_visit_client", "client_id", "visited_at"),
        Index("ix_guidance_visit_next_step_date", "next_step_date"),
        # Covers the period report's visit counts (by time, channel, age group and topics): migration 0011.
        Index("ix_guidance_visit_report", "visited_at", "deleted_at", "client_id", "channel", "age_group", "topics"),
    )

    client_id: Mapped[str | None] = mapped_column(ForeignKey("client.id"), default=None)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), default=None)
    visited_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    channel: Mapped[VisitChannel] = mapped_column(str_enum(VisitChannel), default=VisitChannel.WALK_IN)
    # Topic codes separated by commas (a short, editable list; see VisitTopic).
    topics: Mapped[str] = mapped_column(String(400), default="")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=10)
    note: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(String(400), default="")
    next_step_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    next_step_done: Mapped[bool] = mapped_column(default=False)
    # Age group at the visit: from the client, or told by an anonymous visitor.
    age_group: Mapped[AgeGroup] = mapped_column(str_enum(AgeGroup), default=AgeGroup.UNKNOWN)

    @property
    def is_anonymous(self) -> bool:
        return self.client_id is None

    @property
    def topic_list(self) -> list[str]:
        return [t for t in self.topics.split(",") if t]


# Fixed keys of the built-in topics, the same on every device (so that syncing never doubles them).
BUILTIN_TOPIC_IDS = {topic: f"00000000-0000-7000-8000-{n:012d}" for n, topic in enumerate(VisitTopic, start=1)}


class VisitTopicOption(SyncedMixin, Base):
    """One entry of the centre's editable topic list.

    Built-in topics (``code`` is a :class:`VisitTopic` value) are shown in the user's language unless
    ``label`` renames them; topics the centre adds have a ``custom_…`` code and their own ``label``.
    Topics are never deleted (old visits refer to them): an inactive topic is just not offered.
    """

    __tablename__ = "visit_topic"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(80), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
