"""Every local change of a synchronised row goes into the outbox in the same transaction.

An ``after_flush`` hook on every session stamps the changed fields of each row with a fresh
hybrid logical clock (``sync_row_clock``) and adds the row to ``sync_outbox``. Pulled changes are
applied with ``session.info["applying_sync"]`` (or with plain SQL) and never re-enter the outbox.

Device-local state that is never synchronised: ``local_setting``, the sync bookkeeping tables, and a
staff member's failed sign-ins and lock (``failed_sign_ins``, ``locked_until``: each laptop counts its
own wrong passwords). The password hash (a salted scrypt hash) is synchronised, so staff sign in on
every laptop.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from sqlalchemy import Table, Update, event, inspect, select, text
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from vauhdittamo.models import Base, SyncedMixin
from vauhdittamo.sync import hlc

# Columns each installation keeps to itself.
LOCAL_COLUMNS: dict[str, frozenset[str]] = {
    "staff_member": frozenset({"failed_sign_ins", "locked_until", "pin_hash"})
}
# Written with every change; never reported as conflicts.
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "updated_by_id", "device_id"})
CONFLICT_TABLE = "sync_conflict"


@cache
def synced_tables() -> dict[str, Table]:
    """Every synchronised table by name, parents before children."""
    mapped = {mapper.local_table for mapper in Base.registry.mappers if issubclass(mapper.class_, SyncedMixin)}
    return {t.name: t for t in Base.metadata.sorted_tables if t in mapped}


@cache
def synced_columns(table_name: str) -> tuple[str, ...]:
    local = LOCAL_COLUMNS.get(table_name, frozenset())
    return tuple(c.name for c in synced_tables()[table_name].columns if c.name not in local)


def load_clocks(raw: str | None) -> dict[str, list[str]]:
    return json.loads(raw) if raw else {}


def clock_of(clocks: dict[str, list[str]], column: str) -> tuple[str, str]:
    pair = clocks.get(column) or clocks.get("*") or [hlc.ZERO, hlc.ZERO]
    return pair[0], pair[1]


def _record(session: Session, _context: Any) -> None:
    if session.info.get("applying_sync"):
        return
    changes: list[tuple[str, str, list[str] | None]] = []
    tables = synced_tables()
    for obj in session.new:
        if isinstance(obj, SyncedMixin):
            name = inspect(obj).mapper.local_table.name
            if name in tables:
                changes.append((name, obj.id, None))
    for obj in session.dirty:
        if not isinstance(obj, SyncedMixin):
            continue
        state = inspect(obj)
        name = state.mapper.local_table.name
        if name not in tables:
            continue
        local = LOCAL_COLUMNS.get(name, frozenset())
        changed = [
            attr.columns[0].name
            for attr in state.mapper.column_attrs
            if attr.columns[0].name not in BOOKKEEPING
            and attr.columns[0].name not in local
            and state.attrs[attr.key].history.has_changes()
        ]
        if changed:
            changes.append((name, obj.id, [*changed, "updated_at", "updated_by_id"]))
    if changes:
        record_changes(session.connection(), session.info.get("device_id", ""), changes)


def record_changes(conn: Any, device_id: str, changes: list[tuple[str, str, list[str] | None]]) -> None:
    """Stamp *changes* ``(table, row id, changed columns or None for a new row)`` and queue them."""
    stamp = hlc.tick(conn, device_id)
    outbox = [{"t": t, "r": r, "h": stamp} for t, r, _cols in changes]
    updated = [(t, r, cols) for t, r, cols in changes if cols is not None]
    existing: dict[tuple[str, str], dict[str, list[str]]] = {}
    for t, r, _cols in updated:
        row = conn.execute(
            text("SELECT clocks FROM sync_row_clock WHERE table_name = :t AND row_id = :r"), {"t": t, "r": r}
        ).first()
        existing[(t, r)] = load_clocks(row[0] if row else None)
    clock_rows = []
    for t, r, cols in changes:
        if cols is None:
            clocks: dict[str, list[str]] = {"*": [stamp, hlc.ZERO]}
        else:
            clocks = existing[(t, r)]
            for column in cols:
                current, base = clock_of(clocks, column)
                # A second edit before the first was shared keeps the first one's base.
                clocks[column] = [stamp, base if hlc.same_device(current, stamp) else current]
        clock_rows.append({"t": t, "r": r, "c": json.dumps(clocks, separators=(",", ":"))})
    conn.execute(
        text(
            "INSERT INTO sync_row_clock (table_name, row_id, clocks) VALUES (:t, :r, :c) "
            "ON CONFLICT (table_name, row_id) DO UPDATE SET clocks = excluded.clocks"
        ),
        clock_rows,
    )
    conn.execute(text("INSERT INTO sync_outbox (table_name, row_id, hlc) VALUES (:t, :r, :h)"), outbox)


def record_new_rows(conn: Any, device_id: str, rows: list[tuple[str, str]]) -> None:
    """:func:`record_changes` of new rows ``(table, row id)`` only, for bulk inserts (a client import).

    The same clocks and outbox rows, written with one clock value and plain ``executemany``.
    """
    if not rows:
        return
    stamp = hlc.tick(conn, device_id)
    clocks = json.dumps({"*": [stamp, hlc.ZERO]}, separators=(",", ":"))
    conn.exec_driver_sql(
        "INSERT INTO sync_row_clock (table_name, row_id, clocks) VALUES (?, ?, ?) "
        "ON CONFLICT (table_name, row_id) DO UPDATE SET clocks = excluded.clocks",
        [(t, r, clocks) for t, r in rows],
    )
    conn.exec_driver_sql(
        "INSERT INTO sync_outbox (table_name, row_id, hlc) VALUES (?, ?, ?)", [(t, r, stamp) for t, r in rows]
    )


def seed_outbox(conn: Any, device_id: str, *, every_row: bool = False) -> int:
    """Queue every row that has no field clocks yet (made before sync existed, or by bulk inserts).

    With *every_row*, queue every row (for a hub that is new to this computer or lost what it sent).
    """
    stamp = hlc.tick(conn, device_id)
    clocks = json.dumps({"*": [stamp, hlc.ZERO]}, separators=(",", ":"))
    total = 0
    for name in synced_tables():
        missing = f"""SELECT '{name}', t.id FROM "{name}" t WHERE NOT EXISTS
            (SELECT 1 FROM sync_row_clock c WHERE c.table_name = '{name}' AND c.row_id = t.id)"""
        if name != CONFLICT_TABLE:
            count = conn.execute(
                text(f"INSERT INTO sync_row_clock (table_name, row_id, clocks) SELECT q.*, :c FROM ({missing}) q"),
                {"c": clocks},
            ).rowcount
            if not every_row:
                conn.execute(
                    text(
                        "INSERT INTO sync_outbox (table_name, row_id, hlc) SELECT table_name, row_id, :h "
                        "FROM sync_row_clock WHERE table_name = :t AND clocks = :c"
                    ),
                    {"h": stamp, "t": name, "c": clocks},
                )
                total += count
        if every_row:
            total += conn.execute(
                text(f"""INSERT INTO sync_outbox (table_name, row_id, hlc) SELECT '{name}', id, :h FROM "{name}" """),
                {"h": stamp},
            ).rowcount
    return total


def pending_count(conn: Any) -> int:
    """Rows changed here and not yet pushed."""
    return int(conn.execute(text("SELECT count(DISTINCT table_name || row_id) FROM sync_outbox")).scalar_one())


def _record_bulk_update(state: ORMExecuteState) -> Any:
    """ORM bulk ``update(Model).where(...).values(...)`` bypasses the flush; queue its rows too.

    (Anonymisation and erasure work this way, and their erasures must reach every laptop.)
    """
    if not state.is_update or state.session.info.get("applying_sync"):
        return None
    statement = state.statement
    if not isinstance(statement, Update):
        return None
    table = statement.table
    if not isinstance(table, Table) or table.name not in synced_tables():
        return None
    where = statement.whereclause
    id_query = select(table.c.id) if where is None else select(table.c.id).where(where)
    ids = list(state.session.execute(id_query).scalars())
    result = state.invoke_statement()
    if ids:
        local = LOCAL_COLUMNS.get(table.name, frozenset())
        values = getattr(statement, "_values", None) or {}
        columns = [getattr(key, "name", str(key)) for key in values]
        changed = [c for c in columns if c not in BOOKKEEPING and c not in local] or list(synced_columns(table.name))
        record_changes(
            state.session.connection(),
            state.session.info.get("device_id", ""),
            [(table.name, row_id, [*changed, "updated_at", "updated_by_id"]) for row_id in ids],
        )
    return result


def listen(factory: sessionmaker[Session]) -> None:
    """Record every change made through *factory*'s sessions (a database's own session factory).

    Bound to that factory only, never to SQLAlchemy's ``Session`` class: any other session in the
    process (another database, a PostgreSQL hub) writes no outbox rows.
    """
    event.listen(factory, "after_flush", _record)
    event.listen(factory, "do_orm_execute", _record_bulk_update)
