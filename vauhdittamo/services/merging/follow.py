"""After each sync: what other laptops recorded about a merged-away record follows to the kept one.

Merges travel as ordinary changes (the tombstone's ``merged_into_id`` and ``deleted_at``, each moved
record's ``client_id``), so a laptop may receive, in any order, a merge and records added offline to the
merged-away client, or two merges of the same pair made on two laptops. After each pull this settles them,
the same way on every laptop, so that all laptops write the same values:

* a circle of merges (one laptop merged A into B, another B into A) keeps the record with the smallest id;
* every record of a tombstone moves to the end of its chain of merges (:func:`.moves.move_records`);
* one person is erased whole: when any record of a merged person is anonymised or erased, the others are
  too, so a merge never brings erased data back;
* conflicts about a tombstone are settled: its deletion stands, and a field edited on it meanwhile is
  copied to the kept record when that one has nothing there.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vauhdittamo.models import AuditAction, Client, SyncConflict
from vauhdittamo.services import audit
from vauhdittamo.services.merging.groups import cycle_of, final_target, merged_into_map
from vauhdittamo.services.merging.merge import MERGE_FIELDS
from vauhdittamo.services.merging.moves import CLIENT_COLUMN, child_tables, move_records
from vauhdittamo.timeutil import utcnow

ERASED_WITH_MERGED = "reason=merged_record_erased"
_CHUNK = 500


@dataclass
class FollowReport:
    """What one pass changed (each change is a local write that the next push sends)."""

    revived: int = 0  # records kept when merges ran in a circle
    moved: int = 0  # records moved from tombstones to the kept records
    erased: int = 0  # records erased because another record of the same person was
    settled: int = 0  # conflicts about tombstones settled

    @property
    def changed(self) -> bool:
        return bool(self.revived or self.moved or self.erased or self.settled)


def _break_circles(session: Session, links: dict[str, str], report: FollowReport) -> None:
    for cid in sorted(links):
        if cid in links and final_target(links, cid) is None:
            keeper_id = min(cycle_of(links, cid))
            keeper = session.get(Client, keeper_id)
            del links[keeper_id]
            if keeper is None:
                continue
            keeper.merged_into_id = None
            if keeper.anonymised_at is None:
                keeper.deleted_at = None
            report.revived += 1


def _with_records(session: Session, tombstones: list[str]) -> set[str]:
    """The tombstones that still have records of their own (one query per table and chunk)."""
    found: set[str] = set()
    for child in child_tables():
        column = getattr(child.model, CLIENT_COLUMN)
        for start in range(0, len(tombstones), _CHUNK):
            batch = tombstones[start : start + _CHUNK]
            found.update(session.scalars(select(column).where(column.in_(batch)).distinct()))
    return found


def _present(session: Session, ids: set[str]) -> dict[str, Client]:
    clients: dict[str, Client] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), _CHUNK):
        batch = ordered[start : start + _CHUNK]
        clients.update({c.id: c for c in session.scalars(select(Client).where(Client.id.in_(batch)))})
    return clients


def _erase_whole(
    session: Session,
    groups: dict[str, list[str]],
    clients: dict[str, Client],
    grown: set[str],
    now: dt.datetime,
    report: FollowReport,
) -> None:
    from vauhdittamo.services.retention import erase_personal_data

    for target, members in groups.items():
        people = [clients[i] for i in (target, *members) if i in clients]
        if not any(c.anonymised_at is not None for c in people):
            continue
        pending = [c for c in people if c.anonymised_at is None]
        if target in grown and target in clients:  # records arrived at an erased person: erase them too
            erase_personal_data(session, [clients[target]], now)
        if not pending:
            continue
        erase_personal_data(session, pending, now)
        for client in pending:
            audit.record(session, AuditAction.CLIENT_ERASED, audit.ENTITY_CLIENT, client.id, ERASED_WITH_MERGED)
        report.erased += len(pending)


def _settle_conflicts(
    session: Session, targets: dict[str, str], clients: dict[str, Client], now: dt.datetime, report: FollowReport
) -> None:
    ids = sorted(targets)
    for start in range(0, len(ids), _CHUNK):
        batch = ids[start : start + _CHUNK]
        open_ones = session.scalars(
            select(SyncConflict).where(
                SyncConflict.table_name == "client",
                SyncConflict.row_id.in_(batch),
                SyncConflict.resolved_at.is_(None),
                SyncConflict.deleted_at.is_(None),
            )
        ).all()
        for conflict in open_ones:
            kept = clients.get(targets[conflict.row_id])
            if conflict.column_name in MERGE_FIELDS and kept is not None and kept.anonymised_at is None:
                _fill(kept, conflict.column_name, conflict.losing_value)
            conflict.resolution = "kept"
            conflict.resolved_at = now
            conflict.resolved_by_id = None
            report.settled += 1


def _fill(kept: Client, column: str, losing_value: str) -> None:
    """Copy a value edited on a tombstone to the kept record, where that has none."""
    if getattr(kept, column):
        return
    try:
        value = json.loads(losing_value)
    except ValueError:
        return
    if not value or not isinstance(value, str):
        return
    if column == "birth_date":
        try:
            setattr(kept, column, dt.date.fromisoformat(value[:10]))
        except ValueError:
            return
    else:
        column_type = Client.__table__.columns[column].type
        limit = getattr(column_type, "length", None)
        setattr(kept, column, value[:limit] if limit else value)


def follow_merges(session: Session) -> FollowReport:
    """Settle merges received by sync (see the module's list); writes are recorded for the next push."""
    report = FollowReport()
    links = merged_into_map(session)
    if not links:
        return report
    now = utcnow()
    _break_circles(session, links, report)
    targets = {cid: target for cid in links if (target := final_target(links, cid)) is not None}
    clients = _present(session, set(targets) | set(targets.values()))
    groups: dict[str, list[str]] = defaultdict(list)
    for tombstone, target in targets.items():
        if target in clients:
            groups[target].append(tombstone)
    grown: set[str] = set()
    for tombstone in sorted(_with_records(session, sorted(targets))):
        target = targets[tombstone]
        if target not in clients:  # a scoped laptop without the kept record: it stays as it is
            continue
        moved = move_records(session, tombstone, target, now)
        if moved:
            grown.add(target)
        report.moved += sum(moved.values())
    for tombstone in targets:
        client = clients.get(tombstone)
        if client is not None and client.deleted_at is None:  # a concurrent write brought it back
            client.deleted_at = now
            report.revived += 1
    _erase_whole(session, groups, clients, grown, now, report)
    _settle_conflicts(session, targets, clients, now, report)
    session.flush()
    return report
