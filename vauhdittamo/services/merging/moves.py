"""Moving everything recorded about one client record to another: a merge, or a record that arrived by sync
for a client merged meanwhile.

Every table whose rows belong to a client through a ``client_id`` column moves (visits, referrals with their
events, workshop enrolments and marks, certificates, consents, path goals with their steps, notes, project
participations, outreach entries...). Where a table holds one row per client and something else (a mark per
session, an enrolment per workshop, a participation per project), and both records have one, the two rows
are combined into the kept record's row and the other one is marked deleted: the kept row takes what it lacks
(and a mark the better attendance), a deleted kept row the other's values.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from sqlalchemy import Table, UniqueConstraint, inspect, select
from sqlalchemy.orm import Session

from vauhdittamo.models import Base, SyncedMixin
from vauhdittamo.sync.rules import BOOKKEEPING, CLIENT_LINKS

CLIENT_COLUMN = "client_id"
# Tables that name clients but are not records about one: a pair of records marked "not the same person".
NOT_MOVED = frozenset({"duplicate_dismissal"})
# What a table's records are called in a merge's summary (other tables by their own name).
KINDS = {
    "guidance_visit": "visits",
    "referral": "referrals",
    "attendance_mark": "workshop_marks",
    "workshop_enrolment": "enrolments",
    "competence_certificate": "certificates",
    "consent": "consents",
    "path_goal": "path_goals",
    "client_note": "notes",
    "project_participant": "participations",
    "outreach_entry": "outreach_entries",
}
# Values that say nothing: the other row's value fills them.
_EMPTY: tuple[Any, ...] = (None, "", "not_told", "unknown")
# Attendance: a mark that says the client came beats one that says they were away.
_STATUS_RANK = {"present": 2, "excused": 1, "absent": 0}


@dataclass(frozen=True)
class ChildTable:
    """A table of records about a client, and the other columns of its one-row-per-client rule (if any)."""

    model: type[Any]
    kind: str
    unique_with: tuple[str, ...]


@cache
def child_tables() -> tuple[ChildTable, ...]:
    """Every synchronised table whose rows belong to a client through ``client_id``."""
    found = []
    for mapper in Base.registry.mappers:
        model = mapper.class_
        table = cast(Table, mapper.local_table)
        if not issubclass(model, SyncedMixin) or table.name in NOT_MOVED:
            continue
        if CLIENT_LINKS.get(table.name) not in (("column", CLIENT_COLUMN), ("outreach", CLIENT_COLUMN)):
            continue
        unique_with: tuple[str, ...] = ()
        for constraint in table.constraints:
            names = [c.name for c in constraint.columns] if isinstance(constraint, UniqueConstraint) else []
            if CLIENT_COLUMN in names:
                unique_with = tuple(n for n in names if n != CLIENT_COLUMN)
        found.append(ChildTable(model, KINDS.get(table.name) or table.name, unique_with))
    return tuple(sorted(found, key=lambda t: t.kind))


def count_records(session: Session, client_id: str) -> dict[str, int]:
    """How many live records of each kind belong to *client_id* (kinds with none left out)."""
    counts: dict[str, int] = {}
    for child in child_tables():
        model = child.model
        rows = session.scalars(
            select(model.id).where(getattr(model, CLIENT_COLUMN) == client_id, model.deleted_at.is_(None))
        ).all()
        if rows:
            counts[child.kind] = len(rows)
    return counts


def _data_columns(model: type[Any], unique_with: tuple[str, ...]) -> list[str]:
    skip = {*BOOKKEEPING, "deleted_at", CLIENT_COLUMN, *unique_with}
    return [attr.key for attr in inspect(model).column_attrs if attr.key not in skip]


def _combine(kept: Any, other: Any, child: ChildTable, now: dt.datetime) -> None:
    """Fold *other* into *kept* (the same workshop, session or project for one person), then delete *other*."""
    columns = _data_columns(child.model, child.unique_with)
    if kept.deleted_at is not None and other.deleted_at is None:
        for name in columns:
            setattr(kept, name, getattr(other, name))
        kept.deleted_at = None
    elif other.deleted_at is None:
        for name in columns:
            mine, theirs = getattr(kept, name), getattr(other, name)
            if name == "status" and mine in _STATUS_RANK and theirs in _STATUS_RANK:
                if _STATUS_RANK[theirs] > _STATUS_RANK[mine]:
                    kept.status = theirs
            elif mine in _EMPTY and theirs not in _EMPTY:
                setattr(kept, name, theirs)
    if other.deleted_at is None:
        other.deleted_at = now


def move_records(session: Session, from_id: str, to_id: str, now: dt.datetime) -> Counter[str]:
    """Move every record of *from_id* to *to_id*; returns the live records moved or combined, by kind."""
    moved: Counter[str] = Counter()
    for child in child_tables():
        model = child.model
        column = getattr(model, CLIENT_COLUMN)
        rows = session.scalars(select(model).where(column == from_id).order_by(model.id)).all()
        if not rows:
            continue
        existing: dict[tuple[Any, ...], Any] = {}
        if child.unique_with:
            for row in session.scalars(select(model).where(column == to_id)):
                existing[tuple(getattr(row, c) for c in child.unique_with)] = row
        for row in rows:
            if row.deleted_at is None:
                moved[child.kind] += 1
            key = tuple(getattr(row, c) for c in child.unique_with)
            if child.unique_with and key in existing:
                _combine(existing[key], row, child, now)
            else:
                setattr(row, CLIENT_COLUMN, to_id)
                if child.unique_with:
                    existing[key] = row
        session.flush()  # each table before the next: the one-row rules are checked as rows move
    return moved
