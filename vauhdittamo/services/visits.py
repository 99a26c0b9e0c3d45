"""Logging guidance visits and reading the day's visits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, ValidationError
from vauhdittamo.models import AgeGroup, Client, GuidanceVisit, VisitChannel, VisitTopic
from vauhdittamo.services import validation as v
from vauhdittamo.timeutil import local_day_bounds_utc, local_today, to_local, utcnow

MSG_DURATION = QT_TRANSLATE_NOOP("errors", "The duration must be between 1 and 480 minutes.")
MSG_UNKNOWN_CLIENT = QT_TRANSLATE_NOOP("errors", "The client no longer exists.")


@dataclass
class VisitCounts:
    total: int = 0
    anonymous: int = 0
    under_30: int = 0
    age_30_plus: int = 0


def log_visit(
    session: Session,
    *,
    client_id: str | None,
    staff_id: str | None,
    topics: Iterable[VisitTopic | str] = (),
    channel: VisitChannel = VisitChannel.WALK_IN,
    duration_minutes: int = 10,
    note: str = "",
    next_step: str = "",
    next_step_date: dt.date | None = None,
    visited_at: dt.datetime | None = None,
    age_group: AgeGroup | None = None,
) -> GuidanceVisit:
    """Record a visit; without *client_id* it is anonymous (an age group may still be told)."""
    if not 1 <= duration_minutes <= 480:
        raise ValidationError(MSG_DURATION, field="duration_minutes")
    visited_at = visited_at or utcnow()
    if client_id is not None:
        client = session.get(Client, client_id)
        if client is None or client.deleted_at is not None:
            raise ValidationError(MSG_UNKNOWN_CLIENT, field="client")
        age_group = client.age_group(to_local(visited_at).date())
    visit = GuidanceVisit(
        client_id=client_id,
        staff_id=staff_id,
        visited_at=visited_at,
        channel=channel,
        topics=",".join(VisitTopic(t).value for t in topics),
        duration_minutes=duration_minutes,
        note=v.limited_text(note, "note", 4000),
        next_step=v.limited_text(next_step, "next_step", 400),
        next_step_date=next_step_date,
        age_group=age_group or AgeGroup.UNKNOWN,
    )
    session.add(visit)
    session.flush()
    return visit


def visits_on(session: Session, day: dt.date | None = None, staff_id: str | None = None) -> list[GuidanceVisit]:
    """The live visits of a Helsinki calendar day, newest first."""
    start, end = local_day_bounds_utc(day or local_today())
    stmt = select(GuidanceVisit).where(
        GuidanceVisit.deleted_at.is_(None), GuidanceVisit.visited_at >= start, GuidanceVisit.visited_at < end
    )
    if staff_id is not None:
        stmt = stmt.where(GuidanceVisit.staff_id == staff_id)
    return list(session.scalars(stmt.order_by(GuidanceVisit.visited_at.desc())))


def visit_counts(session: Session, day: dt.date | None = None) -> VisitCounts:
    """Visits of a day at a glance: total, anonymous, under 30 and 30 and over."""
    start, end = local_day_bounds_utc(day or local_today())
    rows = session.execute(
        select(GuidanceVisit.age_group, GuidanceVisit.client_id.is_(None), func.count())
        .where(
            GuidanceVisit.deleted_at.is_(None),
            GuidanceVisit.visited_at >= start,
            GuidanceVisit.visited_at < end,
        )
        .group_by(GuidanceVisit.age_group, GuidanceVisit.client_id.is_(None))
    )
    counts = VisitCounts()
    for age_group, anonymous, n in rows:
        counts.total += n
        if anonymous:
            counts.anonymous += n
        if age_group == AgeGroup.UNDER_30:
            counts.under_30 += n
        elif age_group == AgeGroup.AGE_30_PLUS:
            counts.age_30_plus += n
    return counts
