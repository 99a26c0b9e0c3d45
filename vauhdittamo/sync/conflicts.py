"""Conflicts a coordinator reviews and settles: keep the current value, or take the losing one.

The hub decides the conflicts; they arrive as records. Settling writes a normal local edit with a fresh
clock, so it reaches every installation at the next sync, and is written to the audit trail. A staff
account's role, active state and password can never be changed by settling (only an administrator
changes them, through the staff screen), and nothing of an erased client is ever put back.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Table, select, text
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError
from vauhdittamo.models import AuditAction, Client, SyncConflict
from vauhdittamo.services import audit
from vauhdittamo.services.clients import SEARCH_KEY_SOURCES, search_key_for
from vauhdittamo.services.permissions import Permission, require
from vauhdittamo.sync.errors import ConflictNotFoundError
from vauhdittamo.sync.outbox import record_changes, synced_columns, synced_tables
from vauhdittamo.sync.rules import STAFF_PRIVILEGED, STAFF_TABLE
from vauhdittamo.timeutil import utcnow

MSG_PRIVILEGED = QT_TRANSLATE_NOOP(
    "errors",
    "A staff member's role, active state or password is not changed by settling a conflict: an administrator "
    "changes it on the staff screen. Keep the current value.",
)
MSG_ERASED = QT_TRANSLATE_NOOP(
    "errors", "The client has been erased: the other value cannot be taken back. Keep the current value."
)


def open_conflicts(session: Session) -> list[SyncConflict]:
    """Conflicts not yet settled, oldest first."""
    query = select(SyncConflict).where(SyncConflict.resolved_at.is_(None), SyncConflict.deleted_at.is_(None))
    return list(session.scalars(query.order_by(SyncConflict.created_at, SyncConflict.id)))


def _checked_target(conflict: SyncConflict) -> Table:
    """The conflict's table, once its table and column are known ones (they arrive from other laptops,
    and name SQL identifiers below)."""
    table = synced_tables().get(conflict.table_name)
    if table is None or conflict.column_name not in synced_columns(table.name):
        raise ConflictNotFoundError()
    return table


def current_value(session: Session, conflict: SyncConflict) -> Any:
    if conflict.kind == "deleted":
        return None
    table = _checked_target(conflict)
    return session.execute(
        text(f'SELECT "{conflict.column_name}" FROM "{table.name}" WHERE id = :id'), {"id": conflict.row_id}
    ).scalar()


def settle_conflict(session: Session, conflict_id: str, *, take_losing_value: bool) -> None:
    """Settle a conflict: keep the winner, or put the losing value back (a new edit that syncs)."""
    actor = require(session, Permission.RESOLVE_CONFLICTS)
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise ConflictNotFoundError()
    if take_losing_value:
        table = _checked_target(conflict)
        if table.name == STAFF_TABLE and conflict.column_name in STAFF_PRIVILEGED:
            raise AppError(MSG_PRIVILEGED)
        if table.name == "client":
            client = session.get(Client, conflict.row_id)
            if client is not None and client.anonymised_at is not None:
                raise AppError(MSG_ERASED)
        value = json.loads(conflict.losing_value)
        session.execute(
            text(f'UPDATE "{table.name}" SET "{conflict.column_name}" = :v WHERE id = :id'),
            {"v": value, "id": conflict.row_id},
        )
        changed = [conflict.column_name]
        if table.name == "client" and conflict.column_name in SEARCH_KEY_SOURCES:
            client = session.get(Client, conflict.row_id)
            if client is not None:
                session.refresh(client)
                key = search_key_for(client)
                if key != client.search_key:
                    session.execute(
                        text('UPDATE "client" SET search_key = :k WHERE id = :id'), {"k": key, "id": client.id}
                    )
                    changed.append("search_key")
        record_changes(
            session.connection(),
            session.info.get("device_id", ""),
            [(table.name, conflict.row_id, changed)],
        )
    conflict.resolved_at = utcnow()
    conflict.resolved_by_id = actor.staff_id if actor else None
    conflict.resolution = "taken" if take_losing_value else "kept"
    audit.record(
        session, AuditAction.CONFLICT_SETTLED, conflict.table_name[:40], conflict.row_id,
        f"column={conflict.column_name} resolution={conflict.resolution}",
    )
    session.flush()
