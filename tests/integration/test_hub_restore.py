"""A hub restored from a backup, replaced by a new one, or upgraded from the change-log format: laptops
notice, send everything again, re-read, and end with the same data — no silent divergence."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from tests.acting import acting
from tests.integration.sync_helpers import LOGIN_PASSWORD, drop_role, dump, hub_in_schema, new_laptop
from tests.integration.test_sync_protocol import add_client, edit, get
from vauhdittamo.db import Database, head_revision
from vauhdittamo.models import ClientNote
from vauhdittamo.sync.hub import init_hub
from vauhdittamo.sync.outbox import seed_outbox
from vauhdittamo.sync.protocol import (
    MSG_FIRST_WITH_HUB,
    MSG_HUB_RESTORED,
    quarantine_summary,
    read_push_batch,
    sync,
)
from vauhdittamo.timeutil import utcnow

pytestmark = pytest.mark.postgres

BACKED_UP = ("hub_record", "hub_client", "hub_device", "hub_meta", "hub_login", "hub_refusal")


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[list[Database]]:
    dbs = [new_laptop(tmp_path, name) for name in "ABC"]
    yield dbs
    for db in dbs:
        db.close()


def schema_of(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(conn.execute(text("SELECT current_schema()")).scalar_one())


@pytest.fixture
def backup(hub: Engine) -> Iterator[str]:
    """A second schema to hold a copy of the hub's tables (dropped afterwards)."""
    name = f"{schema_of(hub)}_backup"
    with hub.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    yield name
    with hub.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))


def take_backup(hub: Engine, backup: str) -> None:
    with hub.begin() as conn:
        for table in BACKED_UP:
            conn.execute(text(f'CREATE TABLE "{backup}"."{table}" AS TABLE {table}'))
        conn.execute(text(f'CREATE TABLE "{backup}".hub_seq AS SELECT last_value, is_called FROM hub_seq'))


def restore_backup(hub: Engine, backup: str) -> None:
    with hub.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(BACKED_UP)}"))
        for table in BACKED_UP:
            conn.execute(text(f'INSERT INTO {table} SELECT * FROM "{backup}"."{table}"'))
        conn.execute(text(f'SELECT setval(\'hub_seq\', last_value, is_called) FROM "{backup}".hub_seq'))


def client_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM client")).scalar_one())


def assert_sound(db: Database) -> None:
    """No broken reference and nothing waiting: everything received was applied."""
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
    summary = quarantine_summary(db)
    assert (summary.pulled, summary.refused) == (0, 0), summary.items


def test_a_hub_restored_from_a_backup(
    hub: Engine, backup: str, laptops: list[Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    from vauhdittamo.sync import protocol

    monkeypatch.setattr(protocol, "PULL_PAGE", 3)  # parents and children in different pages
    a, b, c = laptops
    for i in range(2):
        add_client(a, last=f"Before{i}")
    sync(a, hub, acting(a))
    sync(b, hub, acting(b))
    take_backup(hub, backup)

    added = [add_client(a, last=f"After{i}") for i in range(3)]
    sync(a, hub, acting(a))
    sync(b, hub, acting(b))
    edit(b, added[0], phone="050 1")  # B's work after the backup, known to A only through the hub
    with b.transaction(acting(b)) as session:
        session.add(ClientNote(client_id=added[1], text="Kirjoitettu varmuuskopion jälkeen", written_at=utcnow()))
    sync(b, hub, acting(b))
    sync(a, hub, acting(a))
    assert client_count(a) == client_count(b) == 5

    restore_backup(hub, backup)  # the hub lost everything after the backup
    with hub.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM hub_record WHERE table_name = 'client'")).scalar() == 2

    report = sync(a, hub, acting(a))
    assert MSG_HUB_RESTORED in report.notices
    assert report.pushed >= 5  # everything again
    report = sync(b, hub, acting(b))
    assert MSG_HUB_RESTORED in report.notices
    assert sync(c, hub, acting(c)).notices == []  # a new laptop: nothing to tell
    for db in (a, b):
        assert sync(db, hub, acting(db)).notices == []  # once is enough
    for db in laptops:
        assert client_count(db) == 5
        assert get(db, added[0]).phone == "050 1"
        assert_sound(db)
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM client_note")).scalar() == 1
    assert dump(a) == dump(b) == dump(c)
    with hub.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM hub_record WHERE table_name = 'client'")).scalar() == 5


def test_a_laptop_that_synced_after_the_backup_notices_even_when_the_numbers_caught_up(
    hub: Engine, backup: str, laptops: list[Database]
) -> None:
    """After the restore others push more than was lost: the hub's numbers pass this laptop's cursor again."""
    a, b, c = laptops
    sync(a, hub, acting(a))
    sync(b, hub, acting(b))
    take_backup(hub, backup)
    lost = add_client(a, last="Lost")
    sync(a, hub, acting(a))
    sync(b, hub, acting(b))
    restore_backup(hub, backup)
    for i in range(10):
        add_client(c, last=f"Later{i}")
    sync(c, hub, acting(c))  # the hub's sequence is now beyond the cursors of A and B
    report = sync(b, hub, acting(b))
    assert MSG_HUB_RESTORED in report.notices
    report = sync(a, hub, acting(a))
    assert MSG_HUB_RESTORED in report.notices
    sync(c, hub, acting(c))
    sync(b, hub, acting(b))
    for db in laptops:
        assert client_count(db) == 11
        assert get(db, lost).last_name == "Lost"
        assert_sound(db)
    assert dump(a) == dump(b) == dump(c)


def test_a_replaced_hub_gets_everything_again(pg_engine: Engine, laptops: list[Database]) -> None:
    a, b, c = laptops
    with hub_in_schema(pg_engine) as first:
        ids = [add_client(a, last=f"N{i}") for i in range(3)]
        add_client(b, last="FromB")
        with a.transaction(acting(a)) as session:
            session.add(ClientNote(client_id=ids[0], text="Muistiinpano", written_at=utcnow()))
        edit(a, ids[1], phone="040 1")
        sync(a, first, acting(a))
        sync(b, first, acting(b))
        edit(a, ids[2], phone="a")
        edit(b, ids[2], phone="b")
        for db in (a, b, a):
            sync(db, first, acting(db))  # a conflict, decided on the first hub
        with a.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM sync_conflict")).scalar() == 1
    with hub_in_schema(pg_engine) as second:
        report = sync(a, second, acting(a))
        assert MSG_FIRST_WITH_HUB in report.notices
        assert report.pushed == sum(len(rows) for rows in dump(a).values())
        assert report.refused == 0
        sync(c, second, acting(c))
        assert dump(c) == dump(a)
        report = sync(b, second, acting(b))
        assert MSG_FIRST_WITH_HUB in report.notices
        sync(c, second, acting(c))
        for db in laptops:
            assert client_count(db) == 4
            assert_sound(db)
        assert dump(a) == dump(b) == dump(c)


# --------------------------------------------------------------------------- the change-log hub (format 1)

OLD_DDL = (
    "CREATE TABLE IF NOT EXISTS hub_meta (key text PRIMARY KEY, value text NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sync_counter (id integer PRIMARY KEY CHECK (id = 1), value bigint NOT NULL)",
    "INSERT INTO sync_counter (id, value) VALUES (1, 0) ON CONFLICT (id) DO NOTHING",
    """CREATE TABLE IF NOT EXISTS sync_change (
        seq bigint PRIMARY KEY,
        change_key text NOT NULL UNIQUE,
        table_name text NOT NULL,
        row_id text NOT NULL,
        device_id text NOT NULL,
        data jsonb NOT NULL,
        clocks jsonb NOT NULL,
        pushed_at timestamptz NOT NULL DEFAULT now()
    )""",
)


@pytest.fixture
def old_hub(pg_engine: Engine) -> Iterator[Engine]:
    """A hub of format 1 (a change log), as ``hub init`` made it before the hub became the authority."""
    schema = f"old_hub_{uuid.uuid4().hex[:12]}"
    with pg_engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(pg_engine.url, connect_args={"options": f"-csearch_path={schema}"})
    with engine.begin() as conn:
        for statement in OLD_DDL:
            conn.execute(text(statement))
        for key, value in {"hub_format": "1", "app_schema": head_revision(), "hub_id": str(uuid.uuid4())}.items():
            conn.execute(text("INSERT INTO hub_meta (key, value) VALUES (:k, :v)"), {"k": key, "v": value})
    try:
        yield engine
    finally:
        engine.dispose()
        with pg_engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


def old_push(hub: Engine, db: Database) -> int:
    """Push *db*'s outbox the way the old laptops did: rows appended to sync_change. Returns the last seq."""
    with db.engine.begin() as conn:
        seed_outbox(conn, db.device_id)
        _top, batch = read_push_batch(conn)
        conn.execute(text("DELETE FROM sync_outbox"))
    with hub.begin() as conn:
        top = int(conn.execute(
            text("UPDATE sync_counter SET value = value + :n WHERE id = 1 RETURNING value"), {"n": len(batch)}
        ).scalar_one())
        for n, change in enumerate(batch, start=top - len(batch) + 1):
            key = hashlib.sha256(
                json.dumps([change["t"], change["r"], change["c"]], sort_keys=True).encode()
            ).hexdigest()[:40]
            conn.execute(
                text(
                    "INSERT INTO sync_change (seq, change_key, table_name, row_id, device_id, data, clocks) "
                    "VALUES (:s, :k, :t, :r, :dev, CAST(:d AS jsonb), CAST(:c AS jsonb))"
                ),
                {"s": n, "k": key, "t": change["t"], "r": change["r"], "dev": db.device_id,
                 "d": json.dumps(change["d"], default=str), "c": json.dumps(change["c"])},
            )
    return top


def test_a_change_log_hub_is_upgraded_into_current_state(old_hub: Engine, laptops: list[Database]) -> None:
    a, b, c = laptops
    role = f"old_staff_{uuid.uuid4().hex[:8]}"
    client_id = add_client(a, "Aino", "Virtanen")
    old_push(old_hub, a)
    edit(a, client_id, phone="040 1", village="Koli")
    edit(a, client_id, phone="040 2")
    last = old_push(old_hub, a)
    with old_hub.connect() as conn:
        hub_id = conn.execute(text("SELECT value FROM hub_meta WHERE key = 'hub_id'")).scalar_one()
        versions = conn.execute(
            text("SELECT count(*) FROM sync_change WHERE row_id = :r"), {"r": client_id}
        ).scalar_one()
    assert versions == 2
    with a.engine.begin() as conn:  # A synced with the old hub (the old protocol's bookkeeping)
        conn.execute(text("INSERT INTO local_setting (key, value) VALUES ('sync_seeded', '2026-01-01T00:00:00')"))
        conn.execute(text("INSERT INTO local_setting (key, value) VALUES (:k, :v)"),
                     {"k": f"sync_cursor:{hub_id}", "v": str(last)})
    try:
        with old_hub.begin() as conn:  # a staff login of the old hub
            conn.execute(text(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{LOGIN_PASSWORD}'"))
            conn.execute(text(f'GRANT USAGE ON SCHEMA {schema_of(old_hub)} TO "{role}"'))
            conn.execute(text(f'GRANT SELECT, INSERT ON sync_change TO "{role}"'))

        done = init_hub(old_hub, head_revision())
        assert done == f"upgraded from a change log ({last} changes merged) to schema {head_revision()}"
        with old_hub.connect() as conn:
            assert conn.execute(text("SELECT to_regclass('sync_change'), to_regclass('sync_counter')")).one() == (
                None, None
            )
            assert conn.execute(text("SELECT value FROM hub_meta WHERE key = 'hub_format'")).scalar() == "2"
            assert conn.execute(text("SELECT value FROM hub_meta WHERE key = 'hub_id'")).scalar() == hub_id
            assert conn.execute(
                text("SELECT phone, village FROM client WHERE id = :r"), {"r": client_id}
            ).one() == ("040 2", "Koli")
            assert conn.execute(text("SELECT count(*) FROM hub_refusal")).scalar() == 0
            assert conn.execute(
                text("SELECT is_admin FROM hub_login WHERE login = :r"), {"r": role}
            ).scalar_one() is False
        assert init_hub(old_hub, head_revision()) == f"already at schema {head_revision()}"  # harmless again

        report = sync(a, old_hub, acting(a))
        assert report.notices == [MSG_FIRST_WITH_HUB]  # re-sends and re-reads once
        assert sync(a, old_hub, acting(a)).notices == []
        assert sync(b, old_hub, acting(b)).notices == []  # never synced before: nothing to tell
        staff_hub = create_engine(
            old_hub.url.set(username=role, password=LOGIN_PASSWORD),
            connect_args={"options": f"-csearch_path={schema_of(old_hub)}"},
        )
        try:
            assert sync(c, staff_hub, acting(c)).refused == 0  # the old login syncs on the upgraded hub
        finally:
            staff_hub.dispose()
        for db in laptops:
            assert (get(db, client_id).phone, get(db, client_id).village) == ("040 2", "Koli")
            assert_sound(db)
        sync(a, old_hub, acting(a))
        assert dump(a) == dump(b) == dump(c)
    finally:
        drop_role(old_hub, role)
