"""The audit trail: recording who saw or changed what, and browsing it.

:func:`record` appends one :class:`~vauhdittamo.models.AuditEntry` in the caller's transaction, so an
entry is written exactly when the change it describes is. The staff member comes from the session
(its actor; ``None`` for the system) and the device is stamped by the database layer.

``detail`` holds field names, counts and codes, never personal data (no names, no note texts): the
trail itself then needs no erasure when a client is anonymised or erased. Entries are never updated
nor deleted (SQLite triggers refuse both).

:func:`browse` and :func:`count` read the trail for administrators (:attr:`Permission.VIEW_AUDIT`),
newest first, with the staff member's name and, for entries about a client or a client's referral,
the client's name as it is *now* (resolved when read, never stored; empty once the client is
anonymised or erased).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from vauhdittamo.models import AuditAction, AuditEntry, Client, Referral, StaffMember
from vauhdittamo.services.permissions import Permission, acting_staff_id, require
from vauhdittamo.timeutil import local_day_bounds_utc

# What an entry is about (``entity_type``).
ENTITY_CLIENT = "client"
ENTITY_REFERRAL = "referral"
ENTITY_ATTENDANCE_EXPORT = "attendance_export"
ENTITY_CLIENT_IMPORT = "client_import"
ENTITY_SETTING = "setting"
ENTITY_STAFF = "staff_member"

ENTITY_TYPE_LIMIT = 40
DETAIL_LIMIT = 2000
DEFAULT_LIMIT = 500


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One entry as the administrator's list shows it. ``at`` is UTC.

    ``client_id``/``client_name``: the client the entry is about (directly, or through a referral);
    the name is empty when the client has been anonymised or erased (``client_removed``).
    ``subject_staff_name``: for an entry about a staff account, that staff member's name.
    """

    entry_id: str
    at: dt.datetime
    action: AuditAction
    staff_id: str | None
    staff_name: str
    entity_type: str
    entity_id: str | None
    detail: str
    device_id: str
    client_id: str | None = None
    client_name: str = ""
    client_removed: bool = False
    subject_staff_name: str = ""


def record(
    session: Session,
    action: AuditAction,
    entity_type: str = "",
    entity_id: str | None = None,
    detail: str = "",
) -> AuditEntry:
    """Append an entry by the session's staff member; written with the caller's transaction.

    *detail* must not hold personal data: field names, counts, codes and ids only.
    """
    entry = AuditEntry(
        action=AuditAction(action),
        staff_id=acting_staff_id(session),
        entity_type=entity_type[:ENTITY_TYPE_LIMIT],
        entity_id=entity_id,
        detail=detail[:DETAIL_LIMIT],
    )
    session.add(entry)
    return entry


def changed_fields(before: dict[str, Any], obj: object) -> list[str]:
    """The names in *before* whose value on *obj* differs now (for a ``CLIENT_CHANGED`` detail)."""
    return [name for name, old in before.items() if getattr(obj, name) != old]


def _bound(value: dt.date | dt.datetime, end: bool) -> dt.datetime:
    """A filter bound: a datetime as given (aware), a date as the start or end of that Helsinki day."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass timezone-aware times only")
        return value.astimezone(dt.UTC)
    start, stop = local_day_bounds_utc(value)
    return stop if end else start


def _conditions(
    *,
    since: dt.date | dt.datetime | None,
    until: dt.date | dt.datetime | None,
    staff_id: str | None,
    action: AuditAction | Iterable[AuditAction] | None,
    entity_id: str | None,
    entity_type: str | None,
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [AuditEntry.deleted_at.is_(None)]
    if since is not None:
        conditions.append(AuditEntry.created_at >= _bound(since, end=False))
    if until is not None:
        # A date is inclusive (the whole day); a datetime is the exclusive end.
        conditions.append(AuditEntry.created_at < _bound(until, end=True))
    if staff_id is not None:
        conditions.append(AuditEntry.staff_id == staff_id)
    if action is not None:
        if isinstance(action, str):
            conditions.append(AuditEntry.action == AuditAction(action))
        else:
            conditions.append(AuditEntry.action.in_([AuditAction(a) for a in action]))
    if entity_type is not None:
        conditions.append(AuditEntry.entity_type == entity_type)
        if entity_id is not None:
            conditions.append(AuditEntry.entity_id == entity_id)
    elif entity_id is not None:
        # Without a type the id is a client's: the entries about the client and about its referrals
        # (both terms use the (entity_type, entity_id) index).
        referral_ids = select(Referral.id).where(Referral.client_id == entity_id).scalar_subquery()
        conditions.append(
            or_(
                and_(AuditEntry.entity_type == ENTITY_CLIENT, AuditEntry.entity_id == entity_id),
                and_(AuditEntry.entity_type == ENTITY_REFERRAL, AuditEntry.entity_id.in_(referral_ids)),
            )
        )
    return conditions


def _rows_query(conditions: Sequence[ColumnElement[bool]]) -> Select[*tuple[Any, ...]]:
    staff = aliased(StaffMember)
    subject_staff = aliased(StaffMember)
    referral = aliased(Referral)
    client = aliased(Client)
    about_client = func.coalesce(
        case((AuditEntry.entity_type == ENTITY_CLIENT, AuditEntry.entity_id), else_=None), referral.client_id
    )
    return (
        select(
            AuditEntry.id,
            AuditEntry.created_at,
            AuditEntry.action,
            AuditEntry.staff_id,
            staff.display_name,
            AuditEntry.entity_type,
            AuditEntry.entity_id,
            AuditEntry.detail,
            AuditEntry.device_id,
            client.id,
            client.first_name,
            client.last_name,
            client.deleted_at,
            client.anonymised_at,
            subject_staff.display_name,
        )
        .outerjoin(staff, staff.id == AuditEntry.staff_id)
        .outerjoin(
            subject_staff,
            and_(AuditEntry.entity_type == ENTITY_STAFF, subject_staff.id == AuditEntry.entity_id),
        )
        .outerjoin(
            referral, and_(AuditEntry.entity_type == ENTITY_REFERRAL, referral.id == AuditEntry.entity_id)
        )
        .outerjoin(client, client.id == about_client)
        .where(*conditions)
        .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
    )


def _to_rows(result: Iterable[Any]) -> list[AuditRow]:
    rows: list[AuditRow] = []
    for (
        entry_id, at, action, staff_id, staff_name, entity_type, entity_id, detail, device_id,
        client_id, first_name, last_name, deleted_at, anonymised_at, subject_staff_name,
    ) in result:
        removed = client_id is not None and (deleted_at is not None or anonymised_at is not None)
        rows.append(
            AuditRow(
                entry_id=entry_id,
                at=at,
                action=action,
                staff_id=staff_id,
                staff_name=staff_name or "",
                entity_type=entity_type,
                entity_id=entity_id,
                detail=detail,
                device_id=device_id,
                client_id=client_id,
                client_name="" if client_id is None or removed else f"{first_name} {last_name}".strip(),
                client_removed=removed,
                subject_staff_name=subject_staff_name or "",
            )
        )
    return rows


def browse(
    session: Session,
    *,
    since: dt.date | dt.datetime | None = None,
    until: dt.date | dt.datetime | None = None,
    staff_id: str | None = None,
    action: AuditAction | Iterable[AuditAction] | None = None,
    entity_id: str | None = None,
    entity_type: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
    offset: int = 0,
) -> list[AuditRow]:
    """Entries matching every filter given, newest first (administrators only).

    *since*/*until*: a date is a whole Helsinki day (both inclusive); an aware datetime is an instant
    (*until* exclusive). *entity_id*: entries about that record; a client's id also finds those about
    the client's referrals (with *entity_type*, exactly that record). *limit* ``None`` reads them all;
    see :func:`count` for paging.
    """
    require(session, Permission.VIEW_AUDIT)
    conditions = _conditions(
        since=since, until=until, staff_id=staff_id, action=action, entity_id=entity_id, entity_type=entity_type
    )
    stmt = _rows_query(conditions)
    if limit is not None:
        stmt = stmt.limit(max(0, limit))
    if offset:
        stmt = stmt.offset(max(0, offset))
    return _to_rows(session.execute(stmt))


def count(
    session: Session,
    *,
    since: dt.date | dt.datetime | None = None,
    until: dt.date | dt.datetime | None = None,
    staff_id: str | None = None,
    action: AuditAction | Iterable[AuditAction] | None = None,
    entity_id: str | None = None,
    entity_type: str | None = None,
) -> int:
    """How many entries :func:`browse` would find without a limit (administrators only)."""
    require(session, Permission.VIEW_AUDIT)
    conditions = _conditions(
        since=since, until=until, staff_id=staff_id, action=action, entity_id=entity_id, entity_type=entity_type
    )
    return int(session.scalar(select(func.count()).select_from(AuditEntry).where(*conditions)) or 0)


def staff_members(session: Session) -> list[tuple[str, str]]:
    """``(id, name)`` of every staff member, also former ones, by name: the staff filter's choices."""
    require(session, Permission.VIEW_AUDIT)
    return [
        (member_id, name)
        for member_id, name in session.execute(
            select(StaffMember.id, StaffMember.display_name).order_by(StaffMember.display_name, StaffMember.id)
        )
    ]


def entries_about_client(session: Session, client_id: str) -> list[AuditRow]:
    """Every entry about a client and the client's referrals, oldest first, for the client's own data.

    No permission check of its own: the caller (the subject access export) has checked its own.
    """
    require(session, Permission.SUBJECT_ACCESS, entity_type=ENTITY_CLIENT, entity_id=client_id)
    conditions = _conditions(
        since=None, until=None, staff_id=None, action=None, entity_id=client_id, entity_type=None
    )
    rows = _to_rows(session.execute(_rows_query(conditions)))
    rows.reverse()
    return rows
