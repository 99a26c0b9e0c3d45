"""One sync: a handshake, then push every queued local change, then pull what changed on the hub.

* **Handshake** before any write (``hub_handshake``): both sides at the same schema version (the
  message says which to upgrade), this computer's clock within :data:`MAX_SKEW_MS` of the hub's, and
  the checkpoint verified: a laptop keeps its cursor per hub identity and epoch, and a hub that does
  not know this laptop's cursor (restored from a backup, replaced, upgraded) makes it re-send all its
  records and re-read the hub, with a notice to the user.
* **Push** in batches through ``hub_push``, which validates, merges and decides conflicts on the hub;
  rows the hub refuses come back with their reasons and wait in the quarantine (the user is told). The
  outbox rows are removed only after the hub's commit, so a replay is harmless (merging is idempotent).
* **Pull** pages of the hub's current state, each record once at its latest version (``seq > cursor``,
  row-level security filtering a scoped login's records); each page is merged and the cursor advanced in
  one local transaction (see :mod:`.merge`), and the cursor acknowledged to the hub.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from vauhdittamo.errors import QT_TRANSLATE_NOOP
from vauhdittamo.models.meta import LAST_SYNC_KEY
from vauhdittamo.sync import hlc, reasons
from vauhdittamo.sync.errors import (
    ClockSkewError,
    HubNewerSchemaError,
    HubNotInitialisedError,
    HubOlderSchemaError,
    HubRefusedError,
    HubUnreachableError,
    SyncCancelledError,
)
from vauhdittamo.sync.hub import MAX_SKEW_MS
from vauhdittamo.sync.merge import Received, apply_page, evict_clients, quarantine, quarantined_pulls
from vauhdittamo.sync.outbox import load_clocks, pending_count, seed_outbox, synced_columns, synced_tables
from vauhdittamo.sync.transport import describe, reason_of
from vauhdittamo.timeutil import utcnow

if TYPE_CHECKING:
    from vauhdittamo.db import Database
    from vauhdittamo.services.permissions import Actor

PUSH_BATCH = 5000
PULL_PAGE = 5000
SEEDED_KEY = "sync_seeded:"  # + the hub's id and epoch
CURSOR_KEY = "sync_cursor:"  # + the hub's id and epoch

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
    kind: str  # "pulled": received, not applicable here; "refused": refused by the hub; "unsent": breaks a rule
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
        counts = {
            str(kind): int(n)
            for kind, n in conn.execute(text("SELECT kind, count(*) FROM sync_quarantine GROUP BY kind"))
        }
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
    held_back = int(counts.get("refused", 0)) + int(counts.get("unsent", 0))  # refused by the hub or by this computer
    return QuarantineSummary(int(counts.get("pulled", 0)), held_back, items)


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


@dataclass(frozen=True)
class HubState:
    hub_id: str
    epoch: str
    last_seq: int
    known_cursor: int | None
    admin: bool

    @property
    def key(self) -> str:
        return f"{self.hub_id}:{self.epoch}"


def _hub_call(hub: Engine, work: Callable[[Any], Any]) -> Any:
    """Run *work* on a hub connection in one transaction, turning driver errors into the user's words."""
    try:
        with hub.begin() as conn:
            return work(conn)
    except OperationalError as exc:
        if exc.connection_invalidated or "psycopg" in type(exc.orig).__module__:
            raise HubUnreachableError(hub=describe(hub.url), reason=reason_of(exc)) from None
        raise
    except DBAPIError as exc:
        raise HubRefusedError(hub=describe(hub.url), reason=reason_of(exc)) from None


def handshake(db: Database, hub: Engine) -> HubState:
    """Check the schema versions and the clocks; returns the hub's state. Writes nothing anywhere."""
    from vauhdittamo.db import schema_revision

    local_schema = schema_revision(db) or ""

    def ask(conn: Any) -> dict[str, Any] | None:
        if not conn.execute(text("SELECT to_regprocedure('hub_handshake(text)') IS NOT NULL")).scalar_one():
            return None
        result: dict[str, Any] = conn.execute(text("SELECT hub_handshake(:d)"), {"d": db.device_id}).scalar_one()
        return result

    meta = _hub_call(hub, ask)
    if meta is None or "app_schema" not in meta or "epoch" not in meta:
        raise HubNotInitialisedError(hub=describe(hub.url))
    hub_schema = str(meta["app_schema"])
    if schema_order(hub_schema) < schema_order(local_schema):
        raise HubOlderSchemaError(hub=describe(hub.url), hub_schema=hub_schema, local_schema=local_schema)
    if schema_order(hub_schema) > schema_order(local_schema):
        raise HubNewerSchemaError(hub=describe(hub.url), hub_schema=hub_schema, local_schema=local_schema)
    skew = hlc.wall_ms() - int(meta["now_ms"])
    if abs(skew) > MAX_SKEW_MS:
        raise ClockSkewError(minutes=round(abs(skew) / 60000))
    known = meta.get("known_cursor")
    return HubState(
        hub_id=str(meta["hub_id"]), epoch=str(meta["epoch"]), last_seq=int(meta["last_seq"]),
        known_cursor=None if known is None else int(known), admin=bool(meta.get("admin")),
    )


MSG_FIRST_WITH_HUB = QT_TRANSLATE_NOOP(
    "sync",
    "This computer syncs with this hub for the first time (a new, replaced or upgraded hub): it sends all its "
    "records and reads the hub's current state once.",
)
MSG_HUB_RESTORED = QT_TRANSLATE_NOOP(
    "sync",
    "The hub does not know everything this computer received from it (it was restored from a backup?): this "
    "computer sends all its records again and re-reads the hub. Nothing is lost.",
)
MSG_REFUSED = QT_TRANSLATE_NOOP(
    "sync", "The hub refused {count} of this computer's changes; see the list of refused changes for the reasons."
)
MSG_QUARANTINED = QT_TRANSLATE_NOOP(
    "sync", "{count} received records could not be applied here; they wait and are tried again at every sync."
)


def _prepare_checkpoint(db: Database, state: HubState, report: SyncReport) -> int:
    """Seed the outbox when this hub (and epoch) is new to this computer or lost its checkpoint.

    Returns the cursor to pull from.
    """
    seeded_key, cursor_key = SEEDED_KEY + ":" + state.key, CURSOR_KEY + state.key
    with db.engine.connect() as conn, conn.begin():
        cursor = int(_setting(conn, cursor_key) or 0)
        seeded = _setting(conn, seeded_key) is not None
        restored = seeded and (
            cursor > state.last_seq or (cursor > 0 and (state.known_cursor is None or state.known_cursor < cursor))
        )
        if seeded and not restored:
            return cursor
        synced_before = conn.execute(
            text("SELECT 1 FROM local_setting WHERE key LIKE 'sync_seeded%' LIMIT 1")
        ).first() is not None
        seed_outbox(conn, db.device_id, every_row=True)
        _set_setting(conn, seeded_key, utcnow().isoformat())
        _set_setting(conn, cursor_key, "0")
        if restored:
            report.notices.append(MSG_HUB_RESTORED)
        elif synced_before:
            report.notices.append(MSG_FIRST_WITH_HUB)
        return 0


# --------------------------------------------------------------------------- push


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
    tables = {table for table, _r, _f in queued if table in synced_tables()}
    rows = {t: _queued_rows(conn, t, top) for t in tables}
    clocks = {t: _queued_clocks(conn, t, top) for t in tables}
    batch: list[dict[str, Any]] = []
    for table, row_id, _first in queued:
        row = rows.get(table, {}).get(row_id)
        if row is None:
            continue  # removed for real (a client that left this laptop's scope)
        data = {c: row[c] for c in synced_columns(table)}
        batch.append({"t": table, "r": row_id, "d": data, "c": clocks[table].get(row_id, {})})
    return int(top), batch


def _queued_rows(conn: Any, table: str, top: int) -> dict[str, dict[str, Any]]:
    """The rows of *table* waiting in the outbox up to *top*, by id (one query, through the outbox's index)."""
    columns = ", ".join(f'"{c}"' for c in synced_columns(table))
    query = text(
        f'SELECT {columns} FROM "{table}" WHERE id IN '
        "(SELECT row_id FROM sync_outbox WHERE table_name = :t AND id <= :top)"
    )
    return {row.id: dict(row._mapping) for row in conn.execute(query, {"t": table, "top": top})}


def _queued_clocks(conn: Any, table: str, top: int) -> dict[str, dict[str, list[str]]]:
    query = text(
        "SELECT row_id, clocks FROM sync_row_clock WHERE table_name = :t AND row_id IN "
        "(SELECT row_id FROM sync_outbox WHERE table_name = :t AND id <= :top)"
    )
    return {row_id: load_clocks(raw) for row_id, raw in conn.execute(query, {"t": table, "top": top})}


def push_batch(hub: Engine, device_id: str, batch: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    """One hub transaction through ``hub_push``; returns the refused changes ``(table, row id, reason)``."""
    payload = json.dumps(batch, separators=(",", ":"), default=str)

    def call(conn: Any) -> list[tuple[str, str, str]]:
        found = conn.execute(
            text("SELECT table_name, row_id, reason FROM hub_push(:d, CAST(:b AS jsonb))"),
            {"d": device_id, "b": payload},
        ).all()
        return [(str(t), str(r), str(why)) for t, r, why in found]

    result: list[tuple[str, str, str]] = _hub_call(hub, call)
    return result


def _check_before_sending(batch: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[tuple[str, str, str]]]:
    """Hold back a row with a NUL character: PostgreSQL cannot hold one, so it would make the hub refuse the
    whole batch. (Every other rule the hub checks itself, refusing just the row, with its reason.)"""
    good, bad = [], []
    for change in batch:
        nul = next((c for c, v in change["d"].items() if isinstance(v, str) and "\x00" in v), None)
        if nul is None:
            good.append(change)
        else:
            bad.append((change["t"], change["r"], reasons.reason(reasons.NUL, column=nul)))
    return good, bad


def _stopped(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise SyncCancelledError()


def push(db: Database, hub: Engine, progress: Progress | None = None, cancel: threading.Event | None = None,
         report: SyncReport | None = None) -> int:
    pushed = 0
    total = max(1, _pending(db))
    while True:
        _stopped(cancel)
        with db.engine.connect() as conn, conn.begin():
            top, batch = read_push_batch(conn)
        if top is None:
            return pushed
        good, unsent = _check_before_sending(batch)
        refused = push_batch(hub, db.device_id, good) if good else []
        with db.engine.connect() as conn, conn.begin():  # acknowledged only after the hub's commit
            conn.execute(text("DELETE FROM sync_outbox WHERE id <= :top"), {"top": top})
            sent = [{"t": c["t"], "r": c["r"]} for c in good]
            if sent:
                conn.execute(
                    text(
                        "DELETE FROM sync_quarantine WHERE kind IN ('refused', 'unsent') "
                        "AND table_name = :t AND row_id = :r"
                    ),
                    sent,
                )
            now = utcnow().replace(tzinfo=None).isoformat(sep=" ")
            for kind, items in (("refused", refused), ("unsent", unsent)):
                if items:
                    quarantine(conn, kind, [(t, r, why, {}, {}, now) for t, r, why in items])
        pushed += len(good) - len(refused)
        if report is not None:
            report.refused += len(refused) + len(unsent)
        if progress:
            progress(min(0.5, 0.1 + 0.4 * (pushed + len(refused) + len(unsent)) / total), "Sending changes")


def _pending(db: Database) -> int:
    with db.engine.connect() as conn:
        if conn.execute(text("SELECT 1 FROM local_setting WHERE key LIKE 'sync_seeded%' LIMIT 1")).first() is None:
            # Never synced: every record goes at the first sync (the outbox is seeded then).
            return sum(
                int(conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()) for name in synced_tables()
            )
        return pending_count(conn)


# --------------------------------------------------------------------------- pull


def _received(rows: Sequence[Any]) -> list[Received]:
    return [Received(r.table_name, r.row_id, r.data, r.clocks, bool(r.priv_admin)) for r in rows]


def _read_page(hub: Engine, cursor: int, size: int) -> Sequence[Any]:
    """The next records after *cursor*, in sequence order (row-level security filters a scoped login's)."""
    query = text(
        "SELECT seq, table_name, row_id, data, clocks, priv_admin FROM hub_record "
        "WHERE seq > :c ORDER BY seq LIMIT :n"
    )
    rows: Sequence[Any] = _hub_call(hub, lambda conn: conn.execute(query, {"c": cursor, "n": size}).all())
    return rows


def _ack(hub: Engine, device_id: str, cursor: int) -> None:
    """Tell the hub how far this computer has read (checked at the next handshake)."""
    _hub_call(hub, lambda conn: conn.execute(text("SELECT hub_ack(:d, :c)"), {"d": device_id, "c": cursor}))


def pull(db: Database, hub: Engine, state: HubState, progress: Progress | None = None,
         page_size: int | None = None, cancel: threading.Event | None = None,
         report: SyncReport | None = None) -> tuple[int, int]:
    """Receive every record changed on the hub since this computer's cursor; returns (pulled, conflicts)."""
    page_size = page_size or PULL_PAGE
    pulled = conflicts = 0
    key = CURSOR_KEY + state.key
    with db.engine.connect() as conn:
        cursor = int(_setting(conn, key) or 0)
    start = newest = cursor
    while True:
        _stopped(cancel)
        page = _read_page(hub, cursor, page_size)
        if not page:
            break
        seqs = [int(r.seq) for r in page]
        if seqs != sorted(seqs) or seqs[0] <= cursor:
            raise HubRefusedError(hub=describe(hub.url), reason="the hub sent changes out of order")
        with db.engine.connect() as conn, conn.begin():  # the page and the cursor together
            found, _held = apply_page(conn, db.device_id, _received(page))
            conflicts += found
            cursor = seqs[-1]
            _set_setting(conn, key, str(cursor))
        _ack(hub, db.device_id, cursor)
        pulled += len(page)
        newest = max(newest, state.last_seq)
        if progress and newest > start:
            progress(min(0.99, 0.5 + 0.5 * (cursor - start) / max(1, newest - start)), "Receiving changes")
    if cursor == start:
        _ack(hub, db.device_id, cursor)
    evicted = _hub_call(
        hub, lambda conn: list(conn.execute(text("SELECT hub_evictions(:c)"), {"c": start}).scalars())
    )
    with db.engine.connect() as conn, conn.begin():
        if evicted:
            evict_clients(conn, evicted)
        waiting = quarantined_pulls(conn)
        if waiting:  # their parents may have arrived meanwhile
            conflicts += apply_page(conn, db.device_id, waiting)[0]
        held = int(conn.execute(text("SELECT count(*) FROM sync_quarantine WHERE kind = 'pulled'")).scalar_one())
    if report is not None:
        report.quarantined = held
    return pulled, conflicts


# --------------------------------------------------------------------------- the whole sync


def sync(
    db: Database,
    hub: Engine,
    actor: Actor | None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> SyncReport:
    """Bring this installation and the hub to the same data: handshake, push, pull.

    *actor* (the signed-in staff member, or the command line's system actor) must be allowed to
    synchronise; the pulled rows are then applied by the sync itself.

    A set *cancel* event stops the sync between two batches (:class:`SyncCancelledError`); what was
    exchanged until then is kept.
    """
    from vauhdittamo.services.permissions import Permission, require

    started = time.perf_counter()
    with db.transaction(actor) as session:
        require(session, Permission.SYNC)
    if progress:
        progress(0.0, "Connecting to the hub")
    state = handshake(db, hub)
    report = SyncReport()
    _prepare_checkpoint(db, state, report)
    report.pushed = push(db, hub, progress, cancel, report)
    report.pulled, report.conflicts = pull(db, hub, state, progress, cancel=cancel, report=report)
    if _settle_after_pull(db):  # what it wrote goes to the hub now, not at the next sync
        report.pushed += push(db, hub, None, cancel, report)
    if report.refused:
        report.notices.append(MSG_REFUSED)
    if report.quarantined:
        report.notices.append(MSG_QUARANTINED)
    with db.engine.connect() as conn, conn.begin():
        _set_setting(conn, LAST_SYNC_KEY, utcnow().isoformat())
    if progress:
        progress(1.0, "Done")
    report.seconds = time.perf_counter() - started
    return report


def _settle_after_pull(db: Database) -> bool:
    """What the received records ask of this laptop; whether it wrote anything.

    Records received for merged-away clients follow to the kept ones (services.merging.follow), and the
    outreach erasure that is due runs (services.outreach.purge: closed lists, details written back offline
    into erased entries), also on laptops where nobody opens the outreach screen.
    """
    from vauhdittamo.services.merging.follow import follow_merges
    from vauhdittamo.services.outreach.purge import purge_due
    from vauhdittamo.services.permissions import system

    with db.transaction(system("sync")) as session:
        followed = follow_merges(session).changed
        purged = purge_due(session)
        return followed or bool(purged.lists or purged.lists_closed or purged.entries or purged.notes)


def pending_changes(db: Database) -> int:
    """How many changed records wait to be pushed."""
    return _pending(db)


def last_successful_sync(db: Database) -> dt.datetime | None:
    with db.engine.connect() as conn:
        value = _setting(conn, LAST_SYNC_KEY)
    return dt.datetime.fromisoformat(value) if value else None
