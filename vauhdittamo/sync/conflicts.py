"""Conflicts a coordinator reviews and settles: keep the current value, or take the losing one.

Settling writes a normal local edit with a fresh clock, so it reaches every installation at the next sync.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Table, select, text
from sqlalchemy.orm import Session

from vauhdittamo.models import SyncConflict
from vauhdittamo.services.permissions import Permission, require
from vauhdittamo.sync.errors import ConflictNotFoundError
from vauhdittamo.sync.outbox import record_changes, synced_columns, synced_tables
from vauhdittamo.timeutil import utcnow


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
        value = json.loads(conflict.losing_value)
        session.execute(
            text(f'UPDATE "{table.name}" SET "{conflict.column_name}" = :v WHERE id = :id'),
            {"v": value, "id": conflict.row_id},
        )
        record_changes(
            session.connection(),
            session.info.get("device_id", ""),
            [(table.name, conflict.row_id, [conflict.column_name])],
        )
    conflict.resolved_at = utcnow()
    conflict.resolved_by_id = actor.staff_id if actor else None
    conflict.resolution = "taken" if take_losing_value else "kept"
    session.flush()
