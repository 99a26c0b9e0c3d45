"""Synchronisation through a real PostgreSQL hub: push, pull, merge, conflicts, handshake."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from tests.acting import acting
from tests.integration.sync_helpers import dump, hub_in_schema, new_laptop
from vauhdittamo.db import Database
from vauhdittamo.models import Client
from vauhdittamo.sync import hlc
from vauhdittamo.sync.conflicts import open_conflicts, settle_conflict
from vauhdittamo.sync.errors import ClockSkewError, HubNewerSchemaError, HubOlderSchemaError
from vauhdittamo.sync.hub_sql import ADVISORY_PUSH
from vauhdittamo.sync.protocol import pending_changes, push_batch, read_push_batch, sync

pytestmark = pytest.mark.postgres


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[list[Database]]:
    dbs = [new_laptop(tmp_path, f"laptop{i}") for i in range(3)]
    yield dbs
    for db in dbs:
        db.close()


def add_client(db: Database, first: str = "Aino", last: str = "Virtanen") -> str:
    with db.transaction(acting(db)) as session:
        client = Client(first_name=first, last_name=last)
        session.add(client)
        session.flush()
        return client.id


def edit(db: Database, client_id: str, **values: object) -> None:
    with db.transaction(acting(db)) as session:
        client = session.get(Client, client_id)
        assert client is not None
        for key, value in values.items():
            setattr(client, key, value)


def get(db: Database, client_id: str) -> Client:
    with db.session(acting(db)) as session:
        client = session.get(Client, client_id)
        assert client is not None
        return client


def hub_rows(hub: Engine) -> int:
    with hub.connect() as conn:
        query = text("SELECT count(*) FROM hub_record WHERE table_name <> 'sync_conflict'")
        return int(conn.execute(query).scalar_one())


def test_changes_reach_every_laptop(hub: Engine, laptops: list[Database]) -> None:
    a, b, c = laptops
    client_id = add_client(a)
    assert pending_changes(a) > 1  # before the first sync every record waits, the built-in topics too
    report = sync(a, hub, acting(a))
    assert report.pushed >= 1 and pending_changes(a) == 0  # with the built-in topics of the first sync
    sync(b, hub, acting(b))
    sync(c, hub, acting(c))
    assert get(c, client_id).last_name == "Virtanen"
    assert dump(a) == dump(b) == dump(c)


def test_edits_to_different_fields_both_survive(hub: Engine, laptops: list[Database]) -> None:
    a, b, _c = laptops
    client_id = add_client(a)
    sync(a, hub, acting(a))
    sync(b, hub, acting(b))
    edit(a, client_id, phone="040 111")
    edit(b, client_id, village="Koli")
    for db in (a, b, a):
        sync(db, hub, acting(db))
    for db in (a, b):
        assert (get(db, client_id).phone, get(db, client_id).village) == ("040 111", "Koli")
    with a.session(acting(a)) as session:
        assert open_conflicts(session) == []
    assert dump(a) == dump(b)


def test_the_same_field_resolves_alike_and_is_recorded(hub: Engine, laptops: list[Database]) -> None:
    a, b, c = laptops
    client_id = add_client(a)
    sync(a, hub, acting(a))
    sync(b, hub, acting(b))
    edit(a, client_id, phone="040 111")
    edit(b, client_id, phone="050 222")  # later: wins
    for db in (b, a, c, b):
        sync(db, hub, acting(db))
    assert {get(db, client_id).phone for db in laptops} == {"050 222"}
    assert dump(a) == dump(b) == dump(c)
    with c.session(acting(c)) as session:
        conflicts = open_conflicts(session)
        assert [(x.column_name, x.losing_value) for x in conflicts] == [("phone", '"040 111"')]
        settle_conflict(session, conflicts[0].id, take_losing_value=True)
        session.commit()
    sync(c, hub, acting(c))
    sync(a, hub, acting(a))
    assert get(a, client_id).phone == "040 111"
    with a.session(acting(a)) as session:
        assert open_conflicts(session) == []


def test_deletion_wins_over_a_concurrent_edit(hub: Engine, laptops: list[Database]) -> None:
    a, b, _c = laptops
    client_id = add_client(a)
    sync(a, hub, acting(a))
    sync(b, hub, acting(b))
    edit(a, client_id, deleted_at=dt.datetime.now(dt.UTC))
    edit(b, client_id, phone="050 222")
    for db in (b, a, b):
        sync(db, hub, acting(db))
    assert get(a, client_id).deleted_at is not None and get(b, client_id).deleted_at is not None
    with a.session(acting(a)) as session:
        assert [(x.kind, x.column_name) for x in open_conflicts(session)] == [("deleted", "phone")]
    assert dump(a) == dump(b)


def test_a_replayed_push_changes_nothing(hub: Engine, laptops: list[Database]) -> None:
    a, b, _c = laptops
    sync(a, hub, acting(a))  # the built-in topics go first
    before = hub_rows(hub)
    for i in range(5):
        add_client(a, last=f"N{i}")
    with a.engine.connect() as conn:
        _top, batch = read_push_batch(conn)
    push_batch(hub, a.device_id, batch)
    push_batch(hub, a.device_id, batch)  # killed after the hub's commit, before the local ack
    assert hub_rows(hub) == before + 5
    sync(a, hub, acting(a))  # pushes the same again: nothing new
    assert hub_rows(hub) == before + 5
    sync(b, hub, acting(b))
    assert dump(a) == dump(b)


def test_a_sync_killed_in_the_middle_of_a_page_resumes(
    hub: Engine, laptops: list[Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    from vauhdittamo.sync import merge, protocol

    a, b, _c = laptops
    for i in range(30):
        add_client(a, last=f"N{i}")
    sync(a, hub, acting(a))
    real = merge.Merger.write
    calls = {"n": 0}

    def dying_write(self: merge.Merger) -> int:
        calls["n"] += 1
        result = real(self)
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the power goes after the page's rows were written
        return result

    monkeypatch.setattr(protocol, "PULL_PAGE", 10)
    monkeypatch.setattr(merge.Merger, "write", dying_write)
    with pytest.raises(KeyboardInterrupt):
        sync(b, hub, acting(b))
    monkeypatch.setattr(merge.Merger, "write", real)
    sync(b, hub, acting(b))
    assert dump(a) == dump(b)
    with b.engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert conn.execute(text("SELECT count(*) FROM client")).scalar() == 30


def test_a_push_held_open_is_not_missed_by_a_puller(hub: Engine, laptops: list[Database]) -> None:
    import threading

    a, b, c = laptops
    for db in laptops:
        sync(db, hub, acting(db))
    add_client(a, last="Early")
    add_client(b, last="Late")
    with a.engine.connect() as conn:
        _t, batch_a = read_push_batch(conn)
    with b.engine.connect() as conn:
        _t, batch_b = read_push_batch(conn)
    held = hub.connect()
    tx = held.begin()
    held.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ADVISORY_PUSH})  # a push in progress
    later = threading.Thread(target=push_batch, args=(hub, b.device_id, batch_b))
    later.start()
    later.join(0.5)
    assert later.is_alive()  # waits for its turn: it cannot commit a higher number first
    sync(c, hub, acting(c))  # sees neither yet
    tx.rollback()
    held.close()
    later.join(10)
    push_batch(hub, a.device_id, batch_a)
    sync(c, hub, acting(c))
    with c.engine.connect() as conn:
        names = {r[0] for r in conn.execute(text("SELECT last_name FROM client"))}
    assert {"Early", "Late"} <= names


def test_a_laptop_a_year_ahead_is_refused(
    hub: Engine, laptops: list[Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    a = laptops[0]
    add_client(a)
    waiting = pending_changes(a)
    real = hlc.wall_ms
    monkeypatch.setattr(hlc, "wall_ms", lambda: real() + 365 * 24 * 3600 * 1000)
    with pytest.raises(ClockSkewError, match="minutes off"):
        sync(a, hub, acting(a))
    assert hub_rows(hub) == 0
    assert pending_changes(a) == waiting


def test_a_laptop_behind_that_edits_after_pulling_still_wins(
    hub: Engine, laptops: list[Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _c = laptops
    client_id = add_client(a)
    sync(a, hub, acting(a))
    edit(a, client_id, phone="old edit")
    sync(a, hub, acting(a))
    sync(b, hub, acting(b))  # b has pulled a's edit
    real = hlc.wall_ms
    monkeypatch.setattr(hlc, "wall_ms", lambda: real() - 2 * 24 * 3600 * 1000)  # b's clock falls behind
    edit(b, client_id, phone="newer edit")
    monkeypatch.setattr(hlc, "wall_ms", real)
    sync(b, hub, acting(b))
    sync(a, hub, acting(a))
    assert get(a, client_id).phone == get(b, client_id).phone == "newer edit"


def test_schema_mismatch_is_refused_before_any_write(hub: Engine, laptops: list[Database]) -> None:
    a = laptops[0]
    add_client(a)
    waiting = pending_changes(a)
    with hub.begin() as conn:
        conn.execute(text("UPDATE hub_meta SET value = '0005' WHERE key = 'app_schema'"))
    with pytest.raises(HubOlderSchemaError, match="Upgrade the hub"):
        sync(a, hub, acting(a))
    with hub.begin() as conn:
        conn.execute(text("UPDATE hub_meta SET value = '0099' WHERE key = 'app_schema'"))
    with pytest.raises(HubNewerSchemaError, match="Update Vauhdittamo desk"):
        sync(a, hub, acting(a))
    assert hub_rows(hub) == 0 and pending_changes(a) == waiting


def test_every_sync_order_gives_the_same_result_and_conflicts(pg_engine: Engine, tmp_path: Path) -> None:
    import itertools

    outcomes = set()
    for run, order in enumerate(itertools.permutations(range(3))):
        with hub_in_schema(pg_engine) as hub:
            dbs = [new_laptop(tmp_path, f"r{run}-{i}") for i in range(3)]
            client_id = add_client(dbs[0])
            for db in dbs:
                sync(db, hub, acting(db))
            edit(dbs[0], client_id, phone="a", village="Koli")
            edit(dbs[1], client_id, phone="b")
            edit(dbs[2], client_id, phone="c", email="c@example.fi")
            for _round in range(2):
                for who in order:
                    sync(dbs[who], hub, acting(dbs[who]))
            results = set()
            for db in dbs:
                row = get(db, client_id)
                with db.session(acting(db)) as session:
                    lost = frozenset((x.column_name, x.losing_value) for x in open_conflicts(session))
                results.add((row.phone, row.village, row.email, lost))
                db.close()
            assert len(results) == 1
            outcomes |= results
    assert outcomes == {("c", "Koli", "c@example.fi", frozenset({("phone", '"a"'), ("phone", '"b"')}))}


def test_a_client_is_found_by_fields_merged_from_two_laptops(hub: Engine, laptops: list[Database]) -> None:
    """One laptop changes the phone, another the last name: each finds the client by both afterwards."""
    from dataclasses import fields, replace

    from vauhdittamo.services import clients as cs

    a, b, _c = laptops
    with a.transaction(acting(a)) as session:
        client_id = cs.create_client(session, cs.validate_client(
            cs.ClientInput(first_name="Aino", last_name="Virtanen", phone="050 222"))).id
    sync(a, hub, acting(a))
    sync(b, hub, acting(b))
    for db, values in ((a, {"phone": "040 111"}), (b, {"last_name": "Koskinen"})):
        with db.transaction(acting(db)) as session:
            client = session.get(Client, client_id)
            assert client is not None
            current = cs.ClientData(**{f.name: getattr(client, f.name) for f in fields(cs.ClientData)
                                       if f.name != "extra"})
            cs.update_client(session, client_id, replace(current, **values))
    for db in (a, b, a):
        sync(db, hub, acting(db))
    for db in (a, b):
        with db.session(acting(db)) as session:
            assert [c.id for c in cs.search_clients(session, "koskinen 040111")] == [client_id]
            assert cs.search_clients(session, "virtanen") == []
