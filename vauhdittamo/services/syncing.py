"""What the Sync screen asks for, as plain data: the sync job itself, this installation's figures, and the
open conflicts. No Qt here; the screen runs these through its task helper.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Date, DateTime, Time
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from vauhdittamo.db import Database, schema_revision
from vauhdittamo.models.base import Base
from vauhdittamo.services import session_checks
from vauhdittamo.services.permissions import Actor, Permission, require
from vauhdittamo.sync.conflicts import current_value, open_conflicts
from vauhdittamo.sync.errors import SyncCancelledError, SyncError
from vauhdittamo.timeutil import to_local

if TYPE_CHECKING:  # the engine pulls in the hub's PostgreSQL driver: imported when a job runs
    from vauhdittamo.sync.protocol import QuarantineSummary, SyncReport
    from vauhdittamo.sync.transport import HubCancel

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
    from vauhdittamo.sync.protocol import sync
    from vauhdittamo.sync.transport import HubCancel, connect_hub, hub_error, hub_url, parse_address

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
    # Cancelled sessions that still have attendance marks (see services/session_checks.py).
    cancelled_with_attendance: int = 0


def load_state(db: Database, actor: Actor) -> SyncState:
    from vauhdittamo.sync.protocol import last_successful_sync, pending_changes, quarantine_summary

    with db.session(actor) as session:
        conflicts = len(open_conflicts(session))
        stranded = len(session_checks.cancelled_with_attendance(session))
    return SyncState(
        waiting=pending_changes(db),
        conflicts=conflicts,
        last=last_successful_sync(db),
        schema=schema_revision(db) or "",
        quarantine=quarantine_summary(db),
        cancelled_with_attendance=stranded,
    )


@dataclass(frozen=True)
class OpenConflict:
    """A conflict not yet settled: the value that lost, and the record's value now (``None`` when deleted).

    ``label`` names the record as a person recognises it (a client's name; a visit by client and date; a
    referral by client and service; a session by workshop and date…), empty when it is gone. ``current``
    and ``losing`` come typed for showing: an enum member, a date, a time, a UTC datetime, a bool, or a
    person's or a record's name in place of an id.
    """

    conflict_id: str
    created_at: dt.datetime
    table_name: str
    row_id: str
    column_name: str
    kind: str  # "field" or "deleted"
    current: object
    losing: object
    label: str = ""


def conflict_list(session: Session) -> list[OpenConflict]:
    """The open conflicts, oldest first (coordinators and administrators review them)."""
    require(session, Permission.RESOLVE_CONFLICTS)
    names = RecordNames(session)
    listed = []
    for conflict in open_conflicts(session):
        current = None if conflict.kind == "deleted" else current_value(session, conflict)
        listed.append(
            OpenConflict(
                conflict_id=conflict.id,
                created_at=conflict.created_at,
                table_name=conflict.table_name,
                row_id=conflict.row_id,
                column_name=conflict.column_name,
                kind=conflict.kind,
                current=names.value(conflict.table_name, conflict.column_name, current),
                losing=names.value(conflict.table_name, conflict.column_name, json.loads(conflict.losing_value)),
                label=names.record(conflict.table_name, conflict.row_id),
            )
        )
    return listed


# --------------------------------------------------------------------------- records in words

# Columns holding the id of another record, and that record's table (besides every "…_by_id": a staff member).
REFERENCES: dict[str, str] = {
    "client_id": "client",
    "staff_id": "staff_member",
    "personal_coach_id": "staff_member",
    "workshop_id": "workshop",
    "session_id": "workshop_session",
    "slot_id": "workshop_schedule_slot",
    "partner_service_id": "partner_service",
    "organisation_id": "partner_organisation",
    "referral_id": "referral",
    "goal_id": "path_goal",
    "project_id": "project",
    "merged_into_id": "client",
    "list_id": "outreach_list",
    "entry_id": "outreach_entry",
    "assigned_to_id": "staff_member",
    "first_client_id": "client",
    "second_client_id": "client",
}


def _day(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = to_local(value if value.tzinfo else value.replace(tzinfo=dt.UTC)).date()
    return f"{value.day}.{value.month}.{value.year}"


def _joined(*parts: str) -> str:
    return ", ".join(p for p in parts if p)


class RecordNames:
    """Synchronised records named as people know them, read once per record."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.classes: dict[str, type[Any]] = {
            str(mapper.class_.__tablename__): mapper.class_
            for mapper in Base.registry.mappers
            if hasattr(mapper.class_, "__tablename__")
        }
        self._names: dict[tuple[str, str], str] = {}

    def _get(self, table: str, row_id: str | None) -> Any:
        cls = self.classes.get(table)
        return None if cls is None or not row_id else self.session.get(cls, row_id)

    def record(self, table: str, row_id: str | None) -> str:
        """The record in words, or "" when it is unknown (or its table is not one a person names)."""
        if not row_id:
            return ""
        key = (table, row_id)
        if key not in self._names:
            row = self._get(table, row_id)
            self._names[key] = "" if row is None else self._describe(table, row)
        return self._names[key]

    def _describe(self, table: str, row: Any) -> str:  # noqa: C901 - one short case per table
        name = self.record
        if table == "client":
            return f"{row.first_name} {row.last_name}".strip()
        if table == "staff_member":
            return str(row.display_name)
        if table in ("workshop", "partner_organisation", "project", "outreach_list"):
            return str(row.name)
        if table == "partner_service":
            return " – ".join(p for p in (name("partner_organisation", row.organisation_id), row.name) if p)
        if table == "visit_topic":
            return str(row.label or row.code)
        if table == "guidance_visit":
            return _joined(name("client", row.client_id), _day(row.visited_at))
        if table == "referral":
            return _joined(name("client", row.client_id), name("partner_service", row.partner_service_id))
        if table == "referral_event":
            return _joined(name("referral", row.referral_id), _day(row.occurred_at))
        if table in ("client_note", "consent"):
            return name("client", row.client_id)
        if table == "path_goal":
            return _joined(name("client", row.client_id), row.title)
        if table == "path_step":
            return _joined(name("path_goal", row.goal_id), row.title)
        if table == "competence_certificate":
            return _joined(name("client", row.client_id), row.competence_area)
        if table == "workshop_session":
            return _joined(name("workshop", row.workshop_id), _day(row.session_date))
        if table == "attendance_mark":
            return _joined(name("client", row.client_id), name("workshop_session", row.session_id))
        if table in ("workshop_enrolment", "project_participant"):
            parent = "workshop" if table == "workshop_enrolment" else "project"
            return _joined(name("client", row.client_id), name(parent, getattr(row, f"{parent}_id")))
        if table == "workshop_facilitator":
            return _joined(name("workshop", row.workshop_id), name("staff_member", row.staff_id))
        if table == "workshop_schedule_slot":
            return name("workshop", row.workshop_id)
        if table == "outreach_entry":
            person = name("client", row.client_id) if row.client_id else f"{row.first_name} {row.last_name}".strip()
            return _joined(person, row.village)
        if table == "outreach_attempt":
            return _joined(name("outreach_entry", row.entry_id), _day(row.attempted_on))
        if table == "duplicate_dismissal":
            return _joined(name("client", row.first_client_id), name("client", row.second_client_id))
        return ""

    def value(self, table: str, column: str, value: object) -> object:
        """A field's value as it is shown: typed by its column, a referenced record by its name."""
        if value is None or value == "":
            return value
        target = REFERENCES.get(column) or ("staff_member" if column.endswith("_by_id") else None)
        if target is not None:
            return self.record(target, str(value)) or value
        cls = self.classes.get(table)
        sql_column = None if cls is None else cls.__table__.columns.get(column)
        if sql_column is None:
            return value
        kind = sql_column.type
        try:
            enum_class = getattr(kind, "enum_class", None)
            if enum_class is not None:
                return enum_class(value)
            if isinstance(kind, Boolean):
                return bool(value)
            if isinstance(kind, DateTime) and isinstance(value, str):
                moment = dt.datetime.fromisoformat(value)
                return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
            if isinstance(kind, Date) and isinstance(value, str):
                return dt.date.fromisoformat(value[:10])
            if isinstance(kind, Time) and isinstance(value, str):
                return dt.time.fromisoformat(value)
        except ValueError:
            return value
        return value
