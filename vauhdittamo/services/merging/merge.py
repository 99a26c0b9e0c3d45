"""Merging two records of one person into one (coordinators and administrators).

Everything recorded about the other record moves to the kept one (:mod:`.moves`); the fields chosen from
the other record are copied; the other record becomes a tombstone: hidden everywhere (``deleted_at``) and
pointing to the kept record (``merged_into_id``), so that whatever another laptop recorded about it
meanwhile follows to the kept one when it arrives (:mod:`.follow`). One audit entry names both ids, the
fields taken and how many records moved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError
from vauhdittamo.models import AuditAction, Client
from vauhdittamo.services import audit
from vauhdittamo.services.clients import record_coach_change
from vauhdittamo.services.merging.moves import count_records, move_records
from vauhdittamo.services.permissions import Permission, require
from vauhdittamo.services.staff import staff_name
from vauhdittamo.timeutil import format_date, utcnow

# The fields a coordinator chooses between, in the order the merge dialog shows them.
MERGE_FIELDS = (
    "first_name",
    "last_name",
    "birth_date",
    "personal_id",
    "municipality",
    "village",
    "language",
    "phone",
    "email",
    "address",
    "personal_coach_id",
)

MSG_SAME = QT_TRANSLATE_NOOP("errors", "Choose two different client records to merge.")
MSG_MISSING = QT_TRANSLATE_NOOP("errors", "One of the two client records no longer exists.")
MSG_MERGED = QT_TRANSLATE_NOOP(
    "errors", "One of the two records has already been merged into another record. Refresh the list."
)
MSG_ERASED = QT_TRANSLATE_NOOP(
    "errors", "An anonymised or erased record cannot be merged: its personal data is gone for good."
)
MSG_FIELD = QT_TRANSLATE_NOOP("errors", "Unknown client field: {field}.")


class MergeRefused(AppError):
    """The two records cannot be merged (the message says why)."""


@dataclass(frozen=True)
class MergeField:
    """A field whose values differ between the two records, as people read them."""

    name: str
    kept_text: str
    other_text: str
    take_other: bool  # suggested: the kept record has nothing there and the other has


@dataclass(frozen=True)
class MergePreview:
    kept_id: str
    other_id: str
    kept_name: str
    other_name: str
    fields: list[MergeField]
    moves: dict[str, int]  # what moves to the kept record, by kind (see moves.KINDS)


@dataclass(frozen=True)
class MergeResult:
    kept_id: str
    moved: int


def _pair(session: Session, kept_id: str, other_id: str) -> tuple[Client, Client]:
    if kept_id == other_id:
        raise MergeRefused(MSG_SAME)
    kept, other = session.get(Client, kept_id), session.get(Client, other_id)
    if kept is None or other is None:
        raise MergeRefused(MSG_MISSING)
    if kept.anonymised_at is not None or other.anonymised_at is not None:
        raise MergeRefused(MSG_ERASED)
    if kept.deleted_at is not None or other.deleted_at is not None:
        raise MergeRefused(MSG_MERGED if (kept.merged_into_id or other.merged_into_id) else MSG_MISSING)
    return kept, other


def _text(session: Session, name: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return format_date(value)
    if name == "personal_coach_id":
        return staff_name(session, value) or ""
    return str(value)


def merge_preview(session: Session, kept_id: str, other_id: str) -> MergePreview:
    """What merging *other_id* into *kept_id* would do: the differing fields and the records that move."""
    require(session, Permission.MERGE_CLIENTS, entity_type=audit.ENTITY_CLIENT, entity_id=kept_id)
    kept, other = _pair(session, kept_id, other_id)
    fields = []
    for name in MERGE_FIELDS:
        mine, theirs = getattr(kept, name), getattr(other, name)
        if (mine or None) == (theirs or None):
            continue
        fields.append(
            MergeField(name, _text(session, name, mine), _text(session, name, theirs), not mine and bool(theirs))
        )
    return MergePreview(kept.id, other.id, kept.full_name, other.full_name, fields, count_records(session, other.id))


def merge_clients(session: Session, kept_id: str, other_id: str, take_other: Collection[str] = ()) -> MergeResult:
    """Merge *other_id* into *kept_id*, taking the fields named in *take_other* from the other record."""
    require(session, Permission.MERGE_CLIENTS, entity_type=audit.ENTITY_CLIENT, entity_id=kept_id)
    unknown = [name for name in take_other if name not in MERGE_FIELDS]
    if unknown:
        raise MergeRefused(MSG_FIELD, field=unknown[0])
    kept, other = _pair(session, kept_id, other_id)
    with session.begin_nested():
        now = utcnow()
        taken = [name for name in MERGE_FIELDS if name in take_other and getattr(kept, name) != getattr(other, name)]
        if "personal_coach_id" in taken:
            record_coach_change(session, kept.id, other.personal_coach_id, kept.personal_coach_id)
        for name in taken:
            setattr(kept, name, getattr(other, name))
        moved = move_records(session, other.id, kept.id, now)
        other.merged_into_id = kept.id
        other.deleted_at = now
        total = sum(moved.values())
        detail = f"merged={other.id} moved={total} fields={','.join(taken) or '-'}"
        audit.record(session, AuditAction.CLIENTS_MERGED, audit.ENTITY_CLIENT, kept.id, detail)
        session.flush()
    return MergeResult(kept.id, total)
