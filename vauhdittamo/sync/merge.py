"""Applying what the hub sends: checked like a form, merged by clock, never stopping the sync.

* Every received row is checked against :mod:`.rules` (known table and columns, kinds, sizes, clocks,
  no clock further ahead than the hub would have taken);
  a staff account's role, active state or password is taken only when the hub says an administrator's
  login wrote it. A row that breaks a rule, or whose parent is not here, waits in ``sync_quarantine``
  with its reason and is tried again at every sync — it never stops the sync.
* Fields merge one by one, the later hybrid logical clock winning (the hub decided the conflicts; they
  arrive as ``sync_conflict`` rows like any other record).
* An erased client's personal fields keep their erased values whatever arrives (and it stays erased).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from vauhdittamo.services.clients import search_key_of
from vauhdittamo.sync import hlc
from vauhdittamo.sync import reasons as R
from vauhdittamo.sync.hub import MAX_SKEW_MS
from vauhdittamo.sync.outbox import clock_of, load_clocks, synced_columns, synced_tables
from vauhdittamo.sync.rules import (
    CLIENT_LINKS,
    ERASED_CLIENT,
    STAFF_PRIVILEGED,
    STAFF_TABLE,
    check_row,
)
from vauhdittamo.timeutil import utcnow

CHUNK = 500
INSERT_ROWS = 500  # rows in one INSERT statement of a page
MAX_VARIABLES = 32_766  # SQLite's default limit of bound values in one statement
APPEND_ONLY = frozenset({"audit_entry"})  # the audit trail is never edited anywhere


@dataclass(frozen=True)
class Received:
    """One record as the hub sends it."""

    table_name: str
    row_id: str
    data: Any
    clocks: Any
    priv_admin: bool = True


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def _marks(chunk: Sequence[str]) -> tuple[str, dict[str, Any]]:
    return ", ".join(f":p{i}" for i in range(len(chunk))), {f"p{i}": v for i, v in enumerate(chunk)}


def fetch_rows(conn: Any, table: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The stored rows of *table* with these ids (every column, as stored)."""
    columns = ", ".join(f'"{c}"' for c in synced_tables()[table].columns.keys())
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        marks, params = _marks(chunk)
        for row in conn.execute(text(f'SELECT {columns} FROM "{table}" WHERE id IN ({marks})'), params):
            found[row.id] = dict(row._mapping)
    return found


def fetch_clocks(conn: Any, table: str, ids: Sequence[str]) -> dict[str, dict[str, list[str]]]:
    found: dict[str, dict[str, list[str]]] = {}
    for chunk in _chunks(ids):
        marks, params = _marks(chunk)
        params["t"] = table
        query = f"SELECT row_id, clocks FROM sync_row_clock WHERE table_name = :t AND row_id IN ({marks})"
        for row_id, clocks in conn.execute(text(query), params):
            found[row_id] = load_clocks(clocks)
    return found


def _existing_ids(conn: Any, table: str, ids: set[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(sorted(ids)):
        marks, params = _marks(chunk)
        found.update(conn.execute(text(f'SELECT id FROM "{table}" WHERE id IN ({marks})'), params).scalars())
    return found


class Merger:
    """Merges one page of received records into the local database, in one transaction."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.rows: dict[str, dict[str, dict[str, Any]]] = {}
        self.clocks: dict[tuple[str, str], dict[str, list[str]]] = {}
        self.inserts: dict[tuple[str, str], dict[str, Any]] = {}
        self.updates: dict[tuple[str, str], dict[str, Any]] = {}
        self.dirty_clocks: set[tuple[str, str]] = set()
        self.quarantined: dict[tuple[str, str], tuple[str, Received]] = {}
        self.applied: list[Received] = []
        self.new_conflicts = 0
        # The hub takes clocks at most MAX_SKEW_MS ahead of its own, and this computer's clock is at most
        # MAX_SKEW_MS behind the hub's: a later clock would carry this computer's clock (every edit made
        # here afterwards) into the future, where the hub refuses it.
        self.clock_limit = hlc.encode(hlc.wall_ms() + 2 * MAX_SKEW_MS, hlc.COUNTER_MAX, "ffffffff")

    def load(self, page: Sequence[Received]) -> None:
        wanted: dict[str, set[str]] = {}
        for change in page:
            if change.table_name in synced_tables() and isinstance(change.row_id, str):
                wanted.setdefault(change.table_name, set()).add(change.row_id)
        for table, ids in wanted.items():
            ordered = sorted(ids)
            self.rows[table] = fetch_rows(self.conn, table, ordered)
            for row_id, clocks in fetch_clocks(self.conn, table, ordered).items():
                self.clocks[(table, row_id)] = clocks

    def quarantine(self, change: Received, reason: str) -> None:
        key = (str(change.table_name)[:60], str(change.row_id)[:80])
        self.quarantined[key] = (reason, change)
        self.inserts.pop(key, None)
        self.updates.pop(key, None)
        self.dirty_clocks.discard(key)

    def apply(self, change: Received) -> None:
        table, row_id, data, remote = change.table_name, change.row_id, change.data, change.clocks
        problem = check_row(table, row_id, data, remote)
        if problem:
            self.quarantine(change, problem)
            return
        if any(pair[0] > self.clock_limit for pair in remote.values()):
            self.quarantine(change, R.CLOCK_AHEAD_HERE)
            return
        key = (table, row_id)
        local = self.rows[table].get(row_id)
        if local is None:
            if table == STAFF_TABLE and not change.priv_admin:
                self.quarantine(change, R.NOT_ADMIN)
                return
            new = {}
            for stored in synced_tables()[table].columns:
                if stored.name in data:
                    new[stored.name] = data[stored.name]
                else:  # a device-local column: this installation's own default
                    default = getattr(stored.default, "arg", None)
                    new[stored.name] = default if not callable(default) else None
            self._enforce_erasure(table, new)
            if table == "client":
                _rebuild_search_key(new)
            self.rows[table][row_id] = new
            self.inserts[key] = new
            self.clocks[key] = dict(remote)
            self.dirty_clocks.add(key)
            if table == "sync_conflict":
                self.new_conflicts += 1
            self.applied.append(change)
            return
        mine = self.clocks.get(key, {})
        if mine == remote:
            self.applied.append(change)
            return
        merged: dict[str, list[str]] = {}
        changed: dict[str, Any] = {}
        for column in synced_columns(table):
            if column == "id":
                continue
            lh, lb = clock_of(mine, column)
            rh, rb = clock_of(remote, column)
            if rh > lh:
                merged[column] = [rh, rb]
                if data.get(column) != local[column]:
                    changed[column] = data.get(column)
            else:
                merged[column] = [lh, lb]
        if table == STAFF_TABLE and not change.priv_admin and any(c in changed for c in STAFF_PRIVILEGED):
            self.quarantine(change, R.NOT_ADMIN)
            return
        candidate = {**local, **changed}
        if table == "client" and local.get("anonymised_at") is not None and candidate.get("anonymised_at") is None:
            candidate["anonymised_at"] = local["anonymised_at"]  # an erasure is never undone
        self._enforce_erasure(table, candidate)
        if table == "client" and changed:
            _rebuild_search_key(candidate)
        changed = {c: v for c, v in candidate.items() if local.get(c) != v}
        self.clocks[key] = _compact(merged)
        self.dirty_clocks.add(key)
        if changed:
            local.update(changed)
            if key in self.inserts:
                self.inserts[key].update(changed)
            elif table not in APPEND_ONLY:
                self.updates.setdefault(key, {}).update(changed)
        self.applied.append(change)

    @staticmethod
    def _enforce_erasure(table: str, row: dict[str, Any]) -> None:
        if table == "client" and row.get("anonymised_at") is not None:
            row.update(ERASED_CLIENT)

    # ------------------------------------------------------------------ foreign keys

    def _drop_orphans(self) -> None:
        """Quarantine rows whose parent is neither stored here nor arriving now (repeated to a fixed point)."""
        while True:
            wanted: dict[str, set[str]] = {}
            refs: list[tuple[tuple[str, str], str, str]] = []
            for key, row in [*self.inserts.items(), *self.updates.items()]:
                table = key[0]
                full = self.rows[table].get(key[1], row)
                for fk in synced_tables()[table].foreign_keys:
                    value = full.get(fk.parent.name)
                    if value is None:
                        continue
                    parent = fk.column.table.name
                    if (parent, value) in self.inserts:
                        continue
                    wanted.setdefault(parent, set()).add(value)
                    refs.append((key, parent, value))
            present = {parent: _existing_ids(self.conn, parent, ids) for parent, ids in wanted.items()}
            orphans = {(key, parent) for key, parent, value in refs if value not in present[parent]}
            if not orphans:
                return
            by_key = {change.table_name + "/" + change.row_id: change for change in self.applied}
            for key, parent in orphans:
                change = by_key.get(key[0] + "/" + key[1])
                if change is not None and key not in self.quarantined:
                    self.quarantine(change, R.reason(R.NO_PARENT, table=parent))

    # ------------------------------------------------------------------ writing

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        # Straight to the driver, many rows to one statement: the names are the table's own, the values
        # bound. Not one statement per row (executemany): a table with triggers (the client search
        # index) makes each statement keep a statement journal, and inside the page's savepoint SQLite's
        # in-memory sub-journal (temp_store=MEMORY) is walked from its start at each statement's end,
        # so a pull into a laptop slowed quadratically (100,000 clients: 78 s instead of ~10 s).
        columns = list(rows[0])
        names = ", ".join(f'"{c}"' for c in columns)
        row_marks = "(" + ", ".join("?" for _c in columns) + ")"
        per_statement = max(1, min(INSERT_ROWS, MAX_VARIABLES // len(columns)))
        for start in range(0, len(rows), per_statement):
            part = rows[start : start + per_statement]
            self.conn.exec_driver_sql(
                f'INSERT INTO "{table}" ({names}) VALUES ' + ", ".join([row_marks] * len(part)),
                tuple(row[c] for row in part for c in columns),
            )

    def _update(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        sets = ", ".join(f'"{c}" = :{c}' for c in values)
        self.conn.execute(text(f'UPDATE "{table}" SET {sets} WHERE id = :_id'), {**values, "_id": row_id})

    def _write_rows(self) -> None:
        for table in synced_tables():
            rows = [row for (t, _r), row in self.inserts.items() if t == table]
            if rows:
                self._insert(table, rows)
        for (table, row_id), values in self.updates.items():
            self._update(table, row_id, values)

    def _write_rows_one_by_one(self) -> None:
        """The slow path after the database refused a page: each row alone, refusals quarantined."""
        by_key = {(c.table_name, c.row_id): c for c in self.applied}
        pending = [(k, "insert", r) for k, r in self.inserts.items()]
        pending += [(k, "update", v) for k, v in self.updates.items()]
        order = {name: i for i, name in enumerate(synced_tables())}
        pending.sort(key=lambda item: order[item[0][0]])
        for key, verb, values in pending:
            savepoint = self.conn.begin_nested()
            try:
                if verb == "insert":
                    self._insert(key[0], [values])
                else:
                    self._update(key[0], key[1], values)
                savepoint.commit()
            except IntegrityError as exc:
                savepoint.rollback()
                reason = str(exc.orig).splitlines()[0] if exc.orig else "integrity"
                self.quarantine(by_key[key], R.reason(R.REFUSED_HERE, reason=reason))

    def write(self) -> int:
        """Write the page; returns the conflicts that arrived in it."""
        self._drop_orphans()
        savepoint = self.conn.begin_nested()
        try:
            self._write_rows()
            savepoint.commit()
        except IntegrityError:
            savepoint.rollback()
            self._write_rows_one_by_one()
        if self.dirty_clocks:
            self.conn.exec_driver_sql(
                "INSERT INTO sync_row_clock (table_name, row_id, clocks) VALUES (?, ?, ?) "
                "ON CONFLICT (table_name, row_id) DO UPDATE SET clocks = excluded.clocks",
                [(t, r, json.dumps(self.clocks[(t, r)], separators=(",", ":"))) for t, r in self.dirty_clocks],
            )
        self._write_quarantine()
        return self.new_conflicts

    def _write_quarantine(self) -> None:
        done = [
            {"t": c.table_name, "r": c.row_id} for c in self.applied if (c.table_name, c.row_id) not in self.quarantined
        ]
        if done:
            self.conn.execute(
                text("DELETE FROM sync_quarantine WHERE kind = 'pulled' AND table_name = :t AND row_id = :r"), done
            )
        if self.quarantined:
            now = utcnow().replace(tzinfo=None).isoformat(sep=" ")
            quarantine(
                self.conn,
                "pulled",
                [(t, r, reason, {"d": c.data, "p": c.priv_admin}, c.clocks, now)
                 for (t, r), (reason, c) in self.quarantined.items()],
            )


def quarantine(conn: Any, kind: str, items: Sequence[tuple[str, str, str, Any, Any, str]]) -> None:
    """Keep *items* ``(table, row id, reason, data, clocks, when)``; a newer entry replaces an older one."""
    conn.execute(
        text(
            "INSERT INTO sync_quarantine (kind, table_name, row_id, reason, data, clocks, created_at) "
            "VALUES (:k, :t, :r, :why, :d, :c, :at) ON CONFLICT (kind, table_name, row_id) DO UPDATE SET "
            "reason = excluded.reason, data = excluded.data, clocks = excluded.clocks, created_at = excluded.created_at"
        ),
        [
            {"k": kind, "t": str(t)[:60], "r": str(r)[:80], "why": reason[:2000], "d": json.dumps(d, default=str),
             "c": json.dumps(c, default=str), "at": at}
            for t, r, reason, d, c, at in items
        ],
    )


def _search_key(row: dict[str, Any]) -> str:
    birth = row.get("birth_date")
    if isinstance(birth, str):
        birth = dt.date.fromisoformat(birth) if birth else None
    return search_key_of(row.get("first_name") or "", row.get("last_name") or "", birth,
                         row.get("personal_id"), row.get("phone") or "")


def _rebuild_search_key(row: dict[str, Any]) -> None:
    """The search key is derived: each laptop makes it from the fields the merged row holds (fields merged
    from two laptops would otherwise leave the key of one of them, and the client unfound by the other's)."""
    if not row.get("anonymised_at"):
        row["search_key"] = _search_key(row)


def _compact(clocks: dict[str, list[str]]) -> dict[str, list[str]]:
    if not clocks:
        return clocks
    counts: dict[tuple[str, ...], int] = {}
    for value in clocks.values():
        counts[tuple(value)] = counts.get(tuple(value), 0) + 1
    common = max(counts, key=lambda pair: counts[pair])
    out: dict[str, list[str]] = {"*": list(common)}
    out.update({c: v for c, v in clocks.items() if tuple(v) != common})
    return out


def apply_page(conn: Any, device_id: str, page: Sequence[Received]) -> tuple[int, int]:
    """Merge one page of received records; returns (conflicts that arrived, rows quarantined)."""
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    merger = Merger(conn)
    merger.load(page)
    newest = ""
    for change in page:
        merger.apply(change)
        if (change.table_name, change.row_id) not in merger.quarantined and isinstance(change.clocks, dict):
            for pair in change.clocks.values():
                newest = max(newest, pair[0])
    found = merger.write()
    hlc.observe(conn, device_id, newest)
    return found, len(merger.quarantined)


def quarantined_pulls(conn: Any) -> list[Received]:
    """The received rows waiting in quarantine, to be tried again."""
    out = []
    for table, row_id, data, clocks in conn.execute(
        text("SELECT table_name, row_id, data, clocks FROM sync_quarantine WHERE kind = 'pulled' ORDER BY id")
    ):
        kept = json.loads(data)
        out.append(Received(table, row_id, kept.get("d"), json.loads(clocks), bool(kept.get("p", False))))
    return out


def evict_clients(conn: Any, client_ids: Sequence[str]) -> int:
    """Remove clients that left this laptop's scope, with every record about them (not the audit trail)."""
    if not client_ids:
        return 0
    order = [name for name in reversed(list(synced_tables())) if name in CLIENT_LINKS]
    removed = 0
    for chunk in _chunks(list(client_ids)):
        marks, params = _marks(chunk)
        for table in order:
            link = CLIENT_LINKS[table]
            if link[0] == "column":
                where = f'"{link[1]}" IN ({marks})'
            elif link[0] == "parent":
                where = f'"{link[2]}" IN (SELECT id FROM "{link[1]}" WHERE client_id IN ({marks}))'
            elif link[0] == "conflict":
                where = f"table_name = 'client' AND row_id IN ({marks})"
            elif link[0] == "self":
                where = f"id IN ({marks})"
            elif link[0] == "outreach":
                where = f'"{link[1]}" IN ({marks}) OR id IN ({marks})'
            else:
                continue  # the audit trail holds no personal data and is never deleted
            conn.execute(
                text(f"DELETE FROM sync_row_clock WHERE table_name = '{table}' AND row_id IN "
                     f'(SELECT id FROM "{table}" WHERE {where})'),
                params,
            )
            for bookkeeping in ("sync_outbox", "sync_quarantine"):  # nothing about them waits any longer
                conn.execute(
                    text(f"DELETE FROM {bookkeeping} WHERE table_name = '{table}' AND row_id IN "
                         f'(SELECT id FROM "{table}" WHERE {where})'),
                    params,
                )
            removed += conn.execute(text(f'DELETE FROM "{table}" WHERE {where}'), params).rowcount
    return removed
