"""Merges travel between laptops through the real hub: late records follow, two merges of one pair end in one
result, and a merge never brings erased data back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from tests.acting import acting
from tests.integration.sync_helpers import dump, new_laptop, secrets_in_hub, secrets_in_laptop
from tests.integration.test_sync_protocol import add_client, edit, get
from vauhdittamo.db import Database
from vauhdittamo.models import Client, ClientNote, GuidanceVisit, SyncConflict
from vauhdittamo.services.merging import merge_clients
from vauhdittamo.services.subject_access import ErasureReason, erase_client
from vauhdittamo.sync.protocol import pending_changes, quarantine_summary, sync
from vauhdittamo.timeutil import utcnow

pytestmark = pytest.mark.postgres

PHONE, VILLAGE, NOTE = "040 765 4321", "Ahmovaara", "Kysyi oppisopimuksesta"


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[list[Database]]:
    dbs = [new_laptop(tmp_path, name) for name in "ABC"]
    yield dbs
    for db in dbs:
        db.close()


def _pair(a: Database, b: Database) -> tuple[str, str]:
    """The same person created on two laptops, offline, a letter apart."""
    kept = add_client(a, "Matti", "Virtanen")
    edit(a, kept, birth_date=dt.date(1990, 1, 1), municipality="Lieksa")
    other = add_client(b, "Matti", "Virtane")
    edit(b, other, birth_date=dt.date(1990, 1, 1), municipality="Lieksa", phone=PHONE, village=VILLAGE)
    return kept, other


def _visit(db: Database, client_id: str, note: str = "") -> str:
    with db.transaction(acting(db)) as session:
        visit = GuidanceVisit(client_id=client_id, visited_at=utcnow(), note=note)
        session.add(visit)
        session.flush()
        return visit.id


def _sync_all(laptops: list[Database], hub: Engine, rounds: int = 2) -> None:
    for _round in range(rounds):
        for db in laptops:
            sync(db, hub, acting(db))


def _owners(db: Database, table: str) -> set[str]:
    with db.engine.connect() as conn:
        return set(
            conn.execute(text(f'SELECT DISTINCT client_id FROM "{table}" WHERE client_id IS NOT NULL')).scalars()
        )


def _live(db: Database, ids: tuple[str, ...]) -> list[str]:
    with db.session(acting(db)) as session:
        return list(session.scalars(select(Client.id).where(Client.id.in_(ids), Client.deleted_at.is_(None))))


def _open_conflicts(db: Database) -> int:
    with db.session(acting(db)) as session:
        return len(session.scalars(select(SyncConflict.id).where(SyncConflict.resolved_at.is_(None))).all())


def _settled_everywhere(laptops: list[Database]) -> None:
    for db in laptops:
        assert pending_changes(db) == 0
        summary = quarantine_summary(db)
        assert (summary.pulled, summary.refused) == (0, 0)
    first = dump(laptops[0])
    assert all(dump(db) == first for db in laptops[1:])


def test_records_added_offline_to_the_merged_away_client_follow_to_the_kept_one(
    hub: Engine, laptops: list[Database]
) -> None:
    a, b, c = laptops
    kept, other = _pair(a, b)
    _sync_all(laptops, hub)
    # C, offline in the village, records a visit and a note about the record B made.
    visit_id = _visit(c, other, NOTE)
    with c.transaction(acting(c)) as session:
        session.add(ClientNote(client_id=other, text="Soitettu", written_at=utcnow()))
    # Meanwhile the coordinator on A merges B's record into A's, taking its phone and village.
    with a.transaction(acting(a)) as session:
        merge_clients(session, kept, other, take_other=["phone", "village"])
    for db in (a, c, a, b, c):
        sync(db, hub, acting(db))

    for db in laptops:
        assert _live(db, (kept, other)) == [kept], db.device_id
        record = get(db, kept)
        assert (record.phone, record.village) == (PHONE, VILLAGE)
        assert get(db, other).merged_into_id == kept
        assert _owners(db, "guidance_visit") == _owners(db, "client_note") == {kept}
    with hub.connect() as conn:
        owner = conn.execute(
            text("SELECT data->>'client_id' FROM hub_record WHERE table_name = 'guidance_visit' AND row_id = :r"),
            {"r": visit_id},
        ).scalar_one()
    assert owner == kept
    _settled_everywhere(laptops)


@pytest.mark.parametrize("direction", ["same", "opposite"])
def test_two_laptops_merging_the_same_pair_end_with_one_result(
    hub: Engine, laptops: list[Database], direction: str
) -> None:
    a, b, c = laptops
    kept, other = _pair(a, b)
    _visit(a, kept)
    _visit(b, other)
    _sync_all(laptops, hub)
    with a.transaction(acting(a)) as session:
        merge_clients(session, kept, other)
    with b.transaction(acting(b)) as session:
        if direction == "same":
            merge_clients(session, kept, other)
        else:
            merge_clients(session, other, kept)
    _visit(c, other)  # and C, not knowing, adds to one of them
    _sync_all(laptops, hub)

    survivor = kept if direction == "same" else min(kept, other)
    for db in laptops:
        assert _live(db, (kept, other)) == [survivor], db.device_id
        assert _owners(db, "guidance_visit") == {survivor}
        assert _open_conflicts(db) == 0  # nothing for the coordinator to settle by hand
    _settled_everywhere(laptops)


@pytest.mark.parametrize("first", ["eraser", "merger"])
def test_a_merge_never_brings_erased_data_back(hub: Engine, laptops: list[Database], first: str) -> None:
    """A erases the person's record on request while B, offline, merges that record into another one."""
    a, b, c = laptops
    kept, other = _pair(a, b)
    _visit(b, other, NOTE)
    _sync_all(laptops, hub)
    with a.transaction(acting(a)) as session:
        assert erase_client(session, other, ErasureReason.CLIENT_REQUEST)
    with b.transaction(acting(b)) as session:
        merge_clients(session, kept, other, take_other=["phone", "village"])
    order = (a, b) if first == "eraser" else (b, a)
    for db in (*order, c, *order, c):
        sync(db, hub, acting(db))

    secrets = ("Virtane", PHONE, VILLAGE, NOTE)
    assert secrets_in_hub(hub, secrets) == []
    for db in laptops:
        assert secrets_in_laptop(db, secrets) == [], db.device_id
        for client_id in (kept, other):
            assert get(db, client_id).anonymised_at is not None  # one person: erased whole
    with hub.connect() as conn:
        erased = conn.execute(
            text("SELECT count(*) FROM hub_client WHERE erased AND client_id IN (:k, :o)"), {"k": kept, "o": other}
        ).scalar_one()
    assert erased == 2
    _settled_everywhere(laptops)
