"""One sync: a handshake, then push every queued local change, then pull and merge what others pushed.

* **Handshake** before any write: both sides must be at the same schema version (the message says
  which to upgrade) and this computer's clock within :data:`MAX_SKEW_MS` of the hub's.
* **Push** in batches: each batch is one hub transaction that first updates the single counter row
  (serialising pushes, so sequence order is commit order) and inserts the whole batch in one
  statement with ``ON CONFLICT DO NOTHING``; a change's key is a hash of its field clocks, so a
  replayed batch changes nothing. The outbox rows are removed only after the hub's commit.
* **Pull** pages ``WHERE seq > cursor ORDER BY seq``; each page is merged and the cursor advanced in
  one local transaction, so a sync killed anywhere resumes without losing or doubling anything.
* **Merge** field by field, the later hybrid logical clock winning everywhere alike. A field edited
  on two computers without either seeing the other's edit leaves a conflict record for the losing
  edit; an edit of a record deleted meanwhile is recorded too (the deletion stays).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from vauhdittamo.ids import derived_id
from vauhdittamo.models.meta import LAST_SYNC_KEY
from vauhdittamo.sync import hlc
from vauhdittamo.sync.errors import (
    ClockSkewError,
    HubNewerSchemaError,
    HubNotInitialisedError,
    HubOlderSchemaError,
    HubUnreachableError,
)
from vauhdittamo.sync.hub import read_meta
from vauhdittamo.sync.outbox import (
    BOOKKEEPING,
    CONFLICT_TABLE,
    clock_of,
    load_clocks,
    pending_count,
    seed_outbox,
    synced_columns,
    synced_tables,
)
from vauhdittamo.sync.transport import describe, reason_of
from vauhdittamo.timeutil import utcnow

if TYPE_CHECKING:
    from vauhdittamo.db import Database

MAX_SKEW_MS = 5 * 60 * 1000
PUSH_BATCH = 5000
PULL_PAGE = 5000
SEEDED_KEY = "sync_seeded"
CURSOR_KEY = "sync_cursor:"  # + the hub's id

Progress = Callable[[float, str], None]


@dataclass
class SyncReport:
    """What one sync did. *notices* are translatable messages (context ``"sync"``) for the user."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    refused: int = 0  # local changes the hub refused in this sync (see quarantine_summary)
    quarantined: int = 0  # received rows this computer could not apply, waiting in quarantine
    notices: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass(frozen=True)
class QuarantineItem:
    kind: str  # "pulled": received but not applicable here; "refused": a local change the hub refused
    table_name: str
    row_id: str
    reason: str
    created_at: dt.datetime


@dataclass(frozen=True)
class QuarantineSummary:
    pulled: int
    refused: int
    items: list[QuarantineItem]


def quarantine_summary(db: Database, limit: int = 200) -> QuarantineSummary:
    """Rows waiting in quarantine, newest first (at most *limit* items listed)."""
    with db.engine.connect() as conn:
        counts = dict(conn.execute(text("SELECT kind, count(*) FROM sync_quarantine GROUP BY kind")).all())
        rows = conn.execute(
            text(
                "SELECT kind, table_name, row_id, reason, created_at FROM sync_quarantine "
                "ORDER BY created_at DESC, id DESC LIMIT :n"
            ),
            {"n": limit},
        ).all()
    items = [
        QuarantineItem(k, t, r, reason, dt.datetime.fromisoformat(str(at)).replace(tzinfo=dt.UTC))
        for k, t, r, reason, at in rows
    ]
    return QuarantineSummary(int(counts.get("pulled", 0)), int(counts.get("refused", 0)), items)


def schema_order(revision: str) -> int:
    """The position of a local schema version in the line of migrations (unknown: newer than all)."""
    from vauhdittamo.db import _revision_graph

    graph = _revision_graph()
    if revision not in graph:
        return len(graph) + 1
    position, current = 0, graph[revision]
    while current:
        position, current = position + 1, graph.get(current)
    return position


def _setting(conn: Any, key: str) -> str | None:
    row = conn.execute(text("SELECT value FROM local_setting WHERE key = :k"), {"k": key}).first()
    return None if row is None else str(row[0])


def _set_setting(conn: Any, key: str, value: str) -> None:
    conn.execute(
        text("INSERT INTO local_setting (key, value) VALUES (:k, :v) ON CONFLICT (key) DO UPDATE SET value = :v"),
        {"k": key, "v": value},
    )


# --------------------------------------------------------------------------- handshake


def handshake(db: Database, hub: Engine) -> dict[str, str]:
    """Check the schema versions and the clocks; returns the hub's meta. Writes nothing anywhere."""
    from vauhdittamo.db import schema_revision

    local_schema = schema_revision(db) or ""
    try:
        with hub.connect() as conn:
            meta = read_meta(conn)
            hub_ms = int(conn.execute(text("SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)")).scalar_one())
    except OperationalError as exc:
        raise HubUnreachableError(hub=describe(hub.url), reason=reason_of(exc)) from None
    if meta is None or "app_schema" not in meta:
        raise HubNotInitialisedError(hub=describe(hub.url))
    hub_schema = meta["app_schema"]
    if schema_order(hub_schema) < schema_order(local_schema):
        raise HubOlderSchemaError(hub=describe(hub.url), hub_schema=hub_schema, local_schema=local_schema)
    if schema_order(hub_schema) > schema_order(local_schema):
        raise HubNewerSchemaError(hub=describe(hub.url), hub_schema=hub_schema, local_schema=local_schema)
    skew = hlc.wall_ms() - hub_ms
    if abs(skew) > MAX_SKEW_MS:
        raise ClockSkewError(minutes=round(abs(skew) / 60000))
    return meta


# --------------------------------------------------------------------------- push


def _fetch_rows(conn: Any, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    columns = ", ".join(f'"{c}"' for c in synced_tables()[table].columns.keys())
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join(f":p{i}" for i in range(len(chunk)))
        params = {f"p{i}": v for i, v in enumerate(chunk)}
        for row in conn.execute(text(f'SELECT {columns} FROM "{table}" WHERE id IN ({marks})'), params):
            found[row.id] = dict(row._mapping)
    return found


def _fetch_clocks(conn: Any, table: str, ids: Sequence[str]) -> dict[str, dict[str, list[str]]]:
    found: dict[str, dict[str, list[str]]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join(f":p{i}" for i in range(len(chunk)))
        params: dict[str, Any] = {f"p{i}": v for i, v in enumerate(chunk)}
        params["t"] = table
        query = f"SELECT row_id, clocks FROM sync_row_clock WHERE table_name = :t AND row_id IN ({marks})"
        for row_id, clocks in conn.execute(text(query), params):
            found[row_id] = load_clocks(clocks)
    return found


def change_key(table: str, row_id: str, clocks: dict[str, list[str]]) -> str:
    """The same row state (the same field clocks) always gives the same key: replays are no-ops."""
    body = json.dumps([table, row_id, clocks], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(body.encode()).hexdigest()[:40]


_HUB_INSERT = text(
    """INSERT INTO sync_change (seq, change_key, table_name, row_id, device_id, data, clocks)
    SELECT :base + x.n, x.k, x.t, x.r, :device, x.d, x.c
    FROM jsonb_to_recordset(CAST(:batch AS jsonb)) AS x(n bigint, k text, t text, r text, d jsonb, c jsonb)
    ORDER BY x.n
    ON CONFLICT (change_key) DO NOTHING"""
)


def read_push_batch(conn: Any, limit: int = PUSH_BATCH) -> tuple[int | None, list[dict[str, Any]]]:
    """The oldest queued changes (up to outbox id *top*) as hub rows, parents before children."""
    top = conn.execute(
        text("SELECT max(id) FROM (SELECT id FROM sync_outbox ORDER BY id LIMIT :n)"), {"n": limit}
    ).scalar_one()
    if top is None:
        return None, []
    queued = conn.execute(
        text(
            "SELECT table_name, row_id, min(id) AS first FROM sync_outbox WHERE id <= :top "
            "GROUP BY table_name, row_id ORDER BY first"
        ),
        {"top": top},
    ).all()
    by_table: dict[str, list[str]] = {}
    for table, row_id, _first in queued:
        by_table.setdefault(table, []).append(row_id)
    rows = {t: _fetch_rows(conn, t, ids) for t, ids in by_table.items() if t in synced_tables()}
    clocks = {t: _fetch_clocks(conn, t, ids) for t, ids in by_table.items() if t in synced_tables()}
    batch: list[dict[str, Any]] = []
    for table, row_id, _first in queued:
        row = rows.get(table, {}).get(row_id)
        if row is None:
            continue  # removed for real (never done to synchronised rows)
        row_clocks = clocks[table].get(row_id, {})
        data = {c: row[c] for c in synced_columns(table)}
        batch.append(
            {"n": len(batch) + 1, "k": change_key(table, row_id, row_clocks), "t": table, "r": row_id,
             "d": data, "c": row_clocks}
        )
    return int(top), batch


def push_batch(hub: Engine, device_id: str, batch: list[dict[str, Any]]) -> None:
    """One hub transaction: take the counter (serialising pushes), then insert the batch at once."""
    with hub.begin() as conn:
        top = conn.execute(
            text("UPDATE sync_counter SET value = value + :n WHERE id = 1 RETURNING value"), {"n": len(batch)}
        ).scalar_one()
        conn.execute(
            _HUB_INSERT,
            {"base": int(top) - len(batch), "device": device_id, "batch": json.dumps(batch, separators=(",", ":"))},
        )


def push(db: Database, hub: Engine, progress: Progress | None = None) -> int:
    pushed = 0
    total = max(1, _pending(db))
    while True:
        with db.engine.connect() as conn, conn.begin():
            top, batch = read_push_batch(conn)
        if top is None:
            return pushed
        if batch:
            push_batch(hub, db.device_id, batch)
        with db.engine.connect() as conn, conn.begin():  # acknowledged only after the hub's commit
            conn.execute(text("DELETE FROM sync_outbox WHERE id <= :top"), {"top": top})
        pushed += len(batch)
        if progress:
            progress(min(0.5, 0.1 + 0.4 * pushed / total), "Sending changes")


def _pending(db: Database) -> int:
    with db.engine.connect() as conn:
        if _setting(conn, SEEDED_KEY) is None:
            # Never synced: every record goes at the first sync (the outbox is seeded then).
            return sum(
                int(conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()) for name in synced_tables()
            )
        return pending_count(conn)


# --------------------------------------------------------------------------- merge


def _compact(clocks: dict[str, list[str]]) -> dict[str, list[str]]:
    if not clocks:
        return clocks
    common, _n = Counter(tuple(v) for v in clocks.values()).most_common(1)[0]
    out: dict[str, list[str]] = {"*": list(common)}
    out.update({c: v for c, v in clocks.items() if tuple(v) != common})
    return out


def _stored_time(value: str) -> str:
    ms = hlc.decode(value)[0] if value else 0
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


class _Merger:
    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.rows: dict[str, dict[str, dict[str, Any]]] = {}
        self.clocks: dict[tuple[str, str], dict[str, list[str]]] = {}
        self.inserts: dict[tuple[str, str], dict[str, Any]] = {}
        self.updates: dict[tuple[str, str], dict[str, Any]] = {}
        self.dirty_clocks: set[tuple[str, str]] = set()
        self.conflicts: dict[str, dict[str, Any]] = {}

    def load(self, page: Sequence[Any]) -> None:
        wanted: dict[str, set[str]] = {}
        for change in page:
            if change.table_name in synced_tables():
                wanted.setdefault(change.table_name, set()).add(change.row_id)
        for table, ids in wanted.items():
            ordered = sorted(ids)
            self.rows[table] = _fetch_rows(self.conn, table, ordered)
            for row_id, clocks in _fetch_clocks(self.conn, table, ordered).items():
                self.clocks[(table, row_id)] = clocks

    def conflict(self, table: str, row_id: str, column: str, kind: str, value: Any, loser: str) -> None:
        if table == CONFLICT_TABLE:
            return
        cid = derived_id("sync_conflict", table, row_id, column, loser)
        self.conflicts[cid] = {
            "id": cid, "t": table, "r": row_id, "c": column, "k": kind,
            "v": json.dumps(value), "h": loser, "at": _stored_time(loser),
        }

    def apply(self, table: str, row_id: str, data: dict[str, Any], remote: dict[str, list[str]]) -> None:
        local = self.rows[table].get(row_id)
        key = (table, row_id)
        if local is None:
            columns = synced_tables()[table].columns
            new = {}
            for column in columns:
                if column.name in data:
                    new[column.name] = data[column.name]
                else:  # a device-local column: this installation's own default
                    default = column.default.arg if column.default is not None else None
                    new[column.name] = default if not callable(default) else None
            self.rows[table][row_id] = new
            self.inserts[key] = new
            self.clocks[key] = dict(remote)
            self.dirty_clocks.add(key)
            return
        mine = self.clocks.get(key, {})
        if mine == remote:
            return
        merged: dict[str, list[str]] = {}
        changed: dict[str, Any] = {}
        for column in synced_columns(table):
            if column == "id":
                continue
            lh, lb = clock_of(mine, column)
            rh, rb = clock_of(remote, column)
            theirs, ours = data.get(column), local[column]
            if rh > lh:
                merged[column] = [rh, rb]
                if theirs != ours:
                    changed[column] = theirs
                    if column not in BOOKKEEPING and lh and not hlc.same_device(lh, rh) and rb < lh:
                        self.conflict(table, row_id, column, "field", ours, lh)
            else:
                merged[column] = [lh, lb]
                if (rh < lh and theirs != ours and column not in BOOKKEEPING and rh
                        and not hlc.same_device(lh, rh) and lb < rh):
                    self.conflict(table, row_id, column, "field", theirs, rh)
        deleted = changed.get("deleted_at", local.get("deleted_at"))
        if deleted is not None:
            d = merged["deleted_at"][0]
            l_del, r_del = clock_of(mine, "deleted_at")[0], clock_of(remote, "deleted_at")[0]
            for column in synced_columns(table):
                if column in BOOKKEEPING or column == "deleted_at":
                    continue
                lh, rh = clock_of(mine, column)[0], clock_of(remote, column)[0]
                theirs, ours = data.get(column), local[column]
                if theirs == ours:
                    continue
                if r_del < d and rh > lh:
                    self.conflict(table, row_id, column, "deleted", theirs, rh)
                elif l_del < d and lh > rh:
                    self.conflict(table, row_id, column, "deleted", ours, lh)
        self.clocks[key] = _compact(merged)
        self.dirty_clocks.add(key)
        if changed:
            local.update(changed)
            if key in self.inserts:
                self.inserts[key].update(changed)
            elif table != "audit_entry":  # the audit trail is append-only (and never edited anywhere)
                self.updates.setdefault(key, {}).update(changed)

    def write(self) -> int:
        conn = self.conn
        for table in synced_tables():
            rows = [row for (t, _r), row in self.inserts.items() if t == table]
            if rows:
                columns = list(rows[0])
                names = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join(f":{c}" for c in columns)
                conn.execute(text(f'INSERT INTO "{table}" ({names}) VALUES ({marks})'), rows)
        for (table, row_id), values in self.updates.items():
            sets = ", ".join(f'"{c}" = :{c}' for c in values)
            conn.execute(text(f'UPDATE "{table}" SET {sets} WHERE id = :_id'), {**values, "_id": row_id})
        if self.dirty_clocks:
            conn.execute(
                text(
                    "INSERT INTO sync_row_clock (table_name, row_id, clocks) VALUES (:t, :r, :c) "
                    "ON CONFLICT (table_name, row_id) DO UPDATE SET clocks = excluded.clocks"
                ),
                [{"t": t, "r": r, "c": json.dumps(self.clocks[(t, r)], separators=(",", ":"))}
                 for t, r in self.dirty_clocks],
            )
        if self.conflicts:
            conn.execute(
                text(
                    "INSERT OR IGNORE INTO sync_conflict (id, table_name, row_id, column_name, kind, losing_value, "
                    "losing_hlc, resolution, created_at, updated_at, device_id) "
                    "VALUES (:id, :t, :r, :c, :k, :v, :h, '', :at, :at, '')"
                ),
                list(self.conflicts.values()),
            )
        return len(self.conflicts)


def apply_page(conn: Any, device_id: str, page: Sequence[Any]) -> int:
    """Merge one page of pulled changes (in sequence order); returns the conflicts recorded."""
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    merger = _Merger(conn)
    merger.load(page)
    newest = ""
    for change in page:
        if change.table_name not in synced_tables():
            continue
        merger.apply(change.table_name, change.row_id, change.data, change.clocks)
        for pair in change.clocks.values():
            newest = max(newest, pair[0])
    found = merger.write()
    hlc.observe(conn, device_id, newest)
    return found


# --------------------------------------------------------------------------- pull


def pull(db: Database, hub: Engine, hub_id: str, progress: Progress | None = None,
         page_size: int | None = None) -> tuple[int, int]:
    page_size = page_size or PULL_PAGE
    pulled = conflicts = 0
    key = CURSOR_KEY + hub_id
    with db.engine.connect() as conn:
        cursor = int(_setting(conn, key) or 0)
    with hub.connect() as conn:
        newest = int(conn.execute(text("SELECT coalesce(max(seq), 0) FROM sync_change")).scalar_one())
    start = cursor
    while True:
        with hub.connect() as conn:
            page = conn.execute(
                text(
                    "SELECT seq, table_name, row_id, data, clocks FROM sync_change WHERE seq > :c "
                    "ORDER BY seq LIMIT :n"
                ),
                {"c": cursor, "n": page_size},
            ).all()
        if not page:
            return pulled, conflicts
        with db.engine.connect() as conn, conn.begin():  # the page and the cursor together
            conflicts += apply_page(conn, db.device_id, page)
            cursor = int(page[-1].seq)
            _set_setting(conn, key, str(cursor))
        pulled += len(page)
        if progress and newest > start:
            progress(min(0.99, 0.5 + 0.5 * (cursor - start) / (newest - start)), "Receiving changes")


# --------------------------------------------------------------------------- the whole sync


def sync(
    db: Database, hub: Engine, progress: Progress | None = None, cancel: threading.Event | None = None
) -> SyncReport:
    """Bring this installation and the hub to the same data: handshake, push, pull.

    A set *cancel* event stops the sync between two batches (:class:`SyncCancelledError`); what was
    exchanged until then is kept.
    """
    from vauhdittamo.services.permissions import Permission, require

    started = time.perf_counter()
    with db.session() as session:
        require(session, Permission.SYNC)
    if progress:
        progress(0.0, "Connecting to the hub")
    meta = handshake(db, hub)
    report = SyncReport()
    try:
        with db.engine.connect() as conn, conn.begin():
            if _setting(conn, SEEDED_KEY) is None:
                seed_outbox(conn, db.device_id)
                _set_setting(conn, SEEDED_KEY, utcnow().isoformat())
        report.pushed = push(db, hub, progress)
        report.pulled, report.conflicts = pull(db, hub, meta["hub_id"], progress)
    except OperationalError as exc:
        if exc.connection_invalidated or "psycopg" in type(exc.orig).__module__:
            raise HubUnreachableError(hub=describe(hub.url), reason=reason_of(exc)) from None
        raise
    with db.engine.connect() as conn, conn.begin():
        _set_setting(conn, LAST_SYNC_KEY, utcnow().isoformat())
    if progress:
        progress(1.0, "Done")
    report.seconds = time.perf_counter() - started
    return report


def pending_changes(db: Database) -> int:
    """How many changed records wait to be pushed."""
    return _pending(db)


def last_successful_sync(db: Database) -> dt.datetime | None:
    with db.engine.connect() as conn:
        value = _setting(conn, LAST_SYNC_KEY)
    return dt.datetime.fromisoformat(value) if value else None
