"""The client list: every client matching a search and filters, light enough for 50,000 rows.

Rows are plain tuples with dates as ISO text (parsing 50,000 dates would cost more than the
query); the screens format them when a row is painted.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any, NamedTuple, cast

from sqlalchemy import ColumnClause, Select, and_, case, func, literal_column, select
from sqlalchemy.orm import Session

from vauhdittamo.models import AgeGroup, Client, GuidanceVisit
from vauhdittamo.models.client import YOUTH_AGE_LIMIT
from vauhdittamo.services.clients import search_conditions
from vauhdittamo.services.permissions import require_signed_in


class ClientStatus(enum.StrEnum):
    ACTIVE = "active"
    ENDED = "ended"
    ALL = "all"


NO_COACH = "-"  # filter value: clients without a personal coach


@dataclass(frozen=True)
class ClientFilters:
    query: str = ""
    coach_id: str | None = None  # None: any; NO_COACH: without a coach
    municipality: str = ""
    village: str = ""
    age_group: AgeGroup | None = None
    status: ClientStatus = ClientStatus.ACTIVE


class ClientListRow(NamedTuple):
    id: str
    first_name: str
    last_name: str
    birth_date: str | None  # ISO text
    municipality: str
    village: str
    coach_id: str | None
    exit_date: str | None  # ISO text
    phone: str


def youth_threshold(today: dt.date) -> str:
    """Clients born after this ISO date are under 30 on *today*."""
    try:
        limit = today.replace(year=today.year - YOUTH_AGE_LIMIT)
    except ValueError:  # 29 February
        limit = today.replace(year=today.year - YOUTH_AGE_LIMIT, day=28)
    return limit.isoformat()


def age_group_of(birth_iso: str | None, threshold: str) -> AgeGroup:
    if not birth_iso:
        return AgeGroup.UNKNOWN
    return AgeGroup.UNDER_30 if birth_iso > threshold else AgeGroup.AGE_30_PLUS


DEFAULT_PAGE_SIZE = 1000


class ClientPage(NamedTuple):
    """The first rows of the list (by last and first name) and how many clients match in all."""

    rows: list[ClientListRow]
    total: int


def client_page(session: Session, filters: ClientFilters, today: dt.date, limit: int = DEFAULT_PAGE_SIZE) -> ClientPage:
    """The first *limit* live clients matching *filters* by last and first name, and how many match: one
    query, sorted and counted by the database (a screen shows these while the rest wait for "show more")."""
    require_signed_in(session)
    stmt = _list_query(filters, today)
    stmt = stmt.add_columns(func.count().over()).order_by(Client.last_name, Client.first_name, Client.id)
    result = session.execute(stmt.limit(max(0, limit))).all()
    total = int(result[0][-1]) if result else 0
    return ClientPage([ClientListRow(*row[:-1]) for row in result], total)


def list_clients(session: Session, filters: ClientFilters, today: dt.date) -> list[ClientListRow]:
    """Every live client matching *filters*, ordered by last and first name."""
    require_signed_in(session)
    rows = [ClientListRow(*row) for row in session.execute(_list_query(filters, today))]
    rows.sort(key=lambda r: (r.last_name.casefold(), r.first_name.casefold()))
    return rows


def _list_query(filters: ClientFilters, today: dt.date) -> Select[Any]:
    birth: ColumnClause[str] = literal_column("client.birth_date")
    exit_: ColumnClause[str] = literal_column("client.exit_date")
    stmt = select(
        Client.id,
        Client.first_name,
        Client.last_name,
        birth,
        Client.municipality,
        Client.village,
        Client.personal_coach_id,
        exit_,
        Client.phone,
    ).where(Client.deleted_at.is_(None), *search_conditions(filters.query))
    if filters.coach_id == NO_COACH:
        stmt = stmt.where(Client.personal_coach_id.is_(None))
    elif filters.coach_id:
        stmt = stmt.where(Client.personal_coach_id == filters.coach_id)
    if filters.municipality:
        stmt = stmt.where(Client.municipality == filters.municipality)
    if filters.village:
        stmt = stmt.where(Client.village == filters.village)
    threshold = youth_threshold(today)
    if filters.age_group == AgeGroup.UNDER_30:
        stmt = stmt.where(birth > threshold)
    elif filters.age_group == AgeGroup.AGE_30_PLUS:
        stmt = stmt.where(birth <= threshold)
    elif filters.age_group == AgeGroup.UNKNOWN:
        stmt = stmt.where(birth.is_(None))
    if filters.status == ClientStatus.ACTIVE:
        stmt = stmt.where(exit_.is_(None))
    elif filters.status == ClientStatus.ENDED:
        stmt = stmt.where(exit_.is_not(None))
    return cast("Select[Any]", stmt)


def places(session: Session) -> dict[str, list[str]]:
    """Home municipalities in use, each with the villages recorded in it."""
    require_signed_in(session)
    result: dict[str, list[str]] = {}
    stmt = (
        select(Client.municipality, Client.village)
        .distinct()
        .where(Client.deleted_at.is_(None), Client.municipality != "")
        .order_by(Client.municipality, Client.village)
    )
    for municipality, village in session.execute(stmt):
        villages = result.setdefault(municipality, [])
        if village:
            villages.append(village)
    return result


class MyClientRow(NamedTuple):
    id: str
    first_name: str
    last_name: str
    last_contact: dt.datetime | None
    next_step: str
    next_step_date: dt.date | None
    overdue: int


def my_clients(session: Session, coach_id: str, today: dt.date) -> list[MyClientRow]:
    """A personal coach's active clients: last contact, the next open step, overdue follow-ups."""
    require_signed_in(session)
    open_step = and_(
        GuidanceVisit.deleted_at.is_(None),
        GuidanceVisit.next_step_date.is_not(None),
        GuidanceVisit.next_step_done.is_(False),
    )
    contacts = (
        select(
            GuidanceVisit.client_id.label("client_id"),
            func.max(GuidanceVisit.visited_at).label("last_contact"),
            func.sum(case((and_(open_step, GuidanceVisit.next_step_date < today), 1), else_=0)).label("overdue"),
            func.min(case((open_step, GuidanceVisit.next_step_date))).label("next_date"),
        )
        .where(GuidanceVisit.deleted_at.is_(None), GuidanceVisit.client_id.is_not(None))
        .group_by(GuidanceVisit.client_id)
        .subquery()
    )
    stmt = (
        select(Client.id, Client.first_name, Client.last_name, contacts.c.last_contact, contacts.c.overdue,
               contacts.c.next_date)
        .outerjoin(contacts, contacts.c.client_id == Client.id)
        .where(Client.deleted_at.is_(None), Client.exit_date.is_(None), Client.personal_coach_id == coach_id)
    )
    rows = session.execute(stmt).all()
    steps: dict[str | None, tuple[str, dt.date | None]] = {}
    ids = [r.id for r in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for client_id, text, day in session.execute(
            select(GuidanceVisit.client_id, GuidanceVisit.next_step, GuidanceVisit.next_step_date)
            .where(open_step, GuidanceVisit.client_id.in_(chunk))
            .order_by(GuidanceVisit.next_step_date.desc())
        ):
            steps[client_id] = (text, day)  # the earliest open step wins (ordered latest first)
    result = []
    for r in rows:
        text, day = steps.get(r.id, ("", None))
        last = r.last_contact
        if isinstance(last, str):
            last = dt.datetime.fromisoformat(last)
        if last is not None and last.tzinfo is None:
            last = last.replace(tzinfo=dt.UTC)
        result.append(MyClientRow(r.id, r.first_name, r.last_name, last, text, day, int(r.overdue or 0)))
    result.sort(key=lambda r: (-r.overdue, r.next_step_date or dt.date.max, r.last_name.casefold()))
    return result
