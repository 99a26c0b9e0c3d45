"""What the Sync screen asks for, as plain data: the sync job itself, this installation's figures, and the
open conflicts. No Qt here; the screen runs these through its task helper.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from vauhdittamo.db import Database, schema_revision
from vauhdittamo.models import Client
from vauhdittamo.services.permissions import Actor, Permission, require
from vauhdittamo.sync.conflicts import current_value, open_conflicts
from vauhdittamo.sync.errors import SyncCancelledError, SyncError
from vauhdittamo.sync.protocol import (
    QuarantineSummary,
    SyncReport,
    last_successful_sync,
    pending_changes,
    quarantine_summary,
    sync,
)
from vauhdittamo.sync.transport import HubCancel, connect_hub, hub_error, hub_url, parse_address

Progress = Callable[[float, str], None]


def _cancellable(progress: Progress, cancel: HubCancel) -> Progress:
    """The progress callback that also stops the sync at its next report once cancelled (between batches)."""

    def report(share: float, stage: str) -> None:
        progress(share, stage)
        if cancel.cancelled:
            raise SyncCancelledError()

    return report


def run_sync(
    db: Database,
    actor: Actor,
    address: str,
    user: str,
    password: str,
    progress: Progress,
    cancel: HubCancel | None = None,
) -> SyncReport:
    """The background job: connect, sync, let go of the connection.

    What the hub or the network causes is raised as a :class:`SyncError` naming the cause; once *cancel*
    was used, as :class:`SyncCancelledError`.
    """
    cancel = cancel or HubCancel()
    url = parse_address(address)
    if user:
        url = url.set(username=user)
    url = hub_url(url, password or None)
    hub = connect_hub(url)
    cancel.watch(hub)
    try:
        if cancel.cancelled:
            raise SyncCancelledError()
        return sync(db, hub, actor, _cancellable(progress, cancel), cancel.event)
    except SyncError:
        if cancel.cancelled:
            raise SyncCancelledError() from None
        raise
    except DBAPIError as exc:
        if "psycopg" not in type(exc.orig).__module__:
            raise  # this computer's database: not the hub's doing
        if cancel.cancelled:
            raise SyncCancelledError() from None
        raise hub_error(exc, url) from None
    finally:
        hub.dispose()


@dataclass(frozen=True)
class SyncState:
    """What the Sync screen shows about this installation."""

    waiting: int
    conflicts: int
    last: dt.datetime | None
    schema: str
    quarantine: QuarantineSummary


def load_state(db: Database, actor: Actor) -> SyncState:
    with db.session(actor) as session:
        conflicts = len(open_conflicts(session))
    return SyncState(
        waiting=pending_changes(db),
        conflicts=conflicts,
        last=last_successful_sync(db),
        schema=schema_revision(db) or "",
        quarantine=quarantine_summary(db),
    )


@dataclass(frozen=True)
class OpenConflict:
    """A conflict not yet settled: the value that lost, and the record's value now (``None`` when deleted)."""

    conflict_id: str
    created_at: dt.datetime
    table_name: str
    row_id: str
    column_name: str
    kind: str  # "field" or "deleted"
    current: object
    losing: object
    label: str = ""  # a client's name when the conflict is about a client's record


def conflict_list(session: Session) -> list[OpenConflict]:
    """The open conflicts, oldest first (coordinators and administrators review them)."""
    require(session, Permission.RESOLVE_CONFLICTS)
    conflicts = open_conflicts(session)
    client_ids = {c.row_id for c in conflicts if c.table_name == "client"}
    names = {
        cid: f"{first} {last}".strip()
        for cid, first, last in session.execute(
            select(Client.id, Client.first_name, Client.last_name).where(Client.id.in_(client_ids))
        )
    } if client_ids else {}
    return [
        OpenConflict(
            conflict_id=conflict.id,
            created_at=conflict.created_at,
            table_name=conflict.table_name,
            row_id=conflict.row_id,
            column_name=conflict.column_name,
            kind=conflict.kind,
            current=None if conflict.kind == "deleted" else current_value(session, conflict),
            losing=json.loads(conflict.losing_value),
            label=names.get(conflict.row_id, "") if conflict.table_name == "client" else "",
        )
        for conflict in conflicts
    ]
