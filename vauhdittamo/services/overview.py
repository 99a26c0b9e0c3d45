"""Read-only views of the data for the application's screens (rows ready to show)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from vauhdittamo.models import (
    AgeGroup,
    Client,
    GuidanceVisit,
    StaffMember,
)
from vauhdittamo.services.permissions import require_signed_in
from vauhdittamo.timeutil import local_today


@dataclass(frozen=True)
class VisitRow:
    visit_id: str
    client_id: str | None
    visited_at: dt.datetime
    client_name: str | None  # None: anonymous
    staff_name: str
    topics: tuple[str, ...]
    channel: str
    next_step: str
    next_step_date: dt.date | None

    @property
    def is_overdue(self) -> bool:
        """The next step's date has passed."""
        return self.next_step_date is not None and self.next_step_date < local_today()


@dataclass(frozen=True)
class ClientRow:
    client_id: str
    name: str
    birth_date: dt.date | None
    age_group: AgeGroup
    municipality: str
    village: str
    coach_name: str
    active: bool


def _staff_names(session: Session) -> dict[str, str]:
    return {member_id: name for member_id, name in session.execute(select(StaffMember.id, StaffMember.display_name))}


def visit_rows(session: Session, visits: list[GuidanceVisit]) -> list[VisitRow]:
    require_signed_in(session)
    staff = _staff_names(session)
    client_ids = {v.client_id for v in visits if v.client_id}
    names: dict[str, str] = {}
    if client_ids:
        names = {
            cid: f"{first} {last}"
            for cid, first, last in session.execute(
                select(Client.id, Client.first_name, Client.last_name).where(Client.id.in_(client_ids))
            )
        }
    return [
        VisitRow(
            visit_id=v.id,
            client_id=v.client_id,
            visited_at=v.visited_at,
            client_name=names.get(v.client_id, "") if v.client_id else None,
            staff_name=staff.get(v.staff_id or "", ""),
            topics=tuple(v.topic_list),
            channel=v.channel.value,
            next_step=v.next_step,
            next_step_date=v.next_step_date,
        )
        for v in visits
    ]


def _open_steps_due(day: dt.date) -> list[ColumnElement[bool]]:
    return [
        GuidanceVisit.deleted_at.is_(None),
        GuidanceVisit.next_step_date.is_not(None),
        GuidanceVisit.next_step_date <= day,
        GuidanceVisit.next_step_done.is_(False),
    ]


def follow_ups_due(session: Session, day: dt.date | None = None, limit: int = 200) -> list[VisitRow]:
    """Open next steps whose date is today or earlier (the most overdue first, at most *limit*)."""
    require_signed_in(session)
    day = day or local_today()
    visits = list(
        session.scalars(
            select(GuidanceVisit).where(*_open_steps_due(day)).order_by(GuidanceVisit.next_step_date).limit(limit)
        )
    )
    return visit_rows(session, visits)


def follow_ups_due_count(session: Session, day: dt.date | None = None) -> int:
    """How many open next steps are due today or overdue (all of them, not only those listed)."""
    require_signed_in(session)
    day = day or local_today()
    return session.scalar(select(func.count()).select_from(GuidanceVisit).where(*_open_steps_due(day))) or 0


def client_rows(session: Session, clients: list[Client], day: dt.date | None = None) -> list[ClientRow]:
    require_signed_in(session)
    day = day or local_today()
    staff = _staff_names(session)
    return [
        ClientRow(
            client_id=c.id,
            name=f"{c.last_name}, {c.first_name}",
            birth_date=c.birth_date,
            age_group=c.age_group(day),
            municipality=c.municipality,
            village=c.village,
            coach_name=staff.get(c.personal_coach_id or "", ""),
            active=c.exit_date is None,
        )
        for c in clients
    ]
