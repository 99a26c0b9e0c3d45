"""An erasure is final everywhere: concurrent offline edits never bring the person back, on any laptop
or on the hub; and conflicts, decided once on the hub, are the same set on every laptop."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from tests.acting import acting
from tests.integration.sync_helpers import dump, new_laptop, secrets_in_hub, secrets_in_laptop
from tests.integration.test_sync_protocol import add_client, edit, get
from vauhdittamo.db import Database
from vauhdittamo.models import ClientNote, GuidanceVisit
from vauhdittamo.services.subject_access import ErasureReason, erase_client
from vauhdittamo.sync import hlc
from vauhdittamo.sync.protocol import pending_changes, push_batch, quarantine_summary, sync
from vauhdittamo.timeutil import utcnow

pytestmark = pytest.mark.postgres

FIRST, LAST, PHONE, PERSONAL_ID = "Aino", "Virtanen", "040 123 4567", "010203A123B"
NOTE, VISIT_NOTE, NEXT_STEP = "Ainon velkajärjestely kesken", "Puhuttiin Ainon kuntoutuksesta", "Soita Ainolle"
# What B writes offline, after the erasure: every one is personal data about the erased person.
B_FIRST, B_PHONE, B_VILLAGE = "Ainoliina", "050 765 4321", "Kolinkylä"
B_NOTE, B_VISIT_NOTE, B_NEXT_STEP = "Ainoliina kävi kysymässä", "Toimeentulotuki haettu", "Tapaaminen maanantaina"
# Lost in a conflict before the erasure.
LOST_PHONE, WON_PHONE = "040 111 2222", "040 555 6666"
SECRETS = (
    FIRST, LAST, PHONE, PERSONAL_ID, NOTE, VISIT_NOTE, NEXT_STEP, B_FIRST, B_PHONE, B_VILLAGE, B_NOTE,
    B_VISIT_NOTE, B_NEXT_STEP, LOST_PHONE, WON_PHONE, "Koli",
)


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[list[Database]]:
    dbs = [new_laptop(tmp_path, name) for name in "ABC"]
    yield dbs
    for db in dbs:
        db.close()


def secrets_on_laptop(db: Database) -> list[tuple[str, str, str]]:
    return secrets_in_laptop(db, SECRETS)


def secrets_on_hub(hub: Engine) -> list[tuple[str, str, str]]:
    return secrets_in_hub(hub, SECRETS)


@pytest.mark.parametrize("order", ["ABAC", "BABC"])
def test_an_erasure_survives_concurrent_offline_edits(hub: Engine, laptops: list[Database], order: str) -> None:
    a, b, c = laptops
    by_name = dict(zip("ABC", laptops, strict=True))
    client_id = add_client(a, FIRST, LAST)
    edit(a, client_id, phone=PHONE, personal_id=PERSONAL_ID, village="Koli", birth_date=dt.date(2001, 5, 3))
    with a.transaction(acting(a)) as session:
        session.add(ClientNote(client_id=client_id, text=NOTE, written_at=utcnow()))
        session.add(GuidanceVisit(client_id=client_id, visited_at=utcnow(), note=VISIT_NOTE, next_step=NEXT_STEP))
    for db in laptops:
        sync(db, hub, acting(db))
    # A conflict about the client, its losing value personal data.
    edit(a, client_id, phone=LOST_PHONE)
    edit(b, client_id, phone=WON_PHONE)
    for db in (a, b, a, c):
        sync(db, hub, acting(db))
    with hub.connect() as conn:
        conflicts = conn.execute(text("SELECT count(*) FROM sync_conflict WHERE row_id = :r"), {"r": client_id})
        assert conflicts.scalar() == 1
        assert secrets_on_hub(hub)  # the scan finds what is there

    with a.transaction(acting(a)) as session:  # A erases; B, offline, goes on writing about the person
        assert erase_client(session, client_id, ErasureReason.CLIENT_REQUEST)
    edit(b, client_id, first_name=B_FIRST, phone=B_PHONE, village=B_VILLAGE)
    with b.transaction(acting(b)) as session:
        session.add(ClientNote(client_id=client_id, text=B_NOTE, written_at=utcnow()))
        session.add(GuidanceVisit(client_id=client_id, visited_at=utcnow(), note=B_VISIT_NOTE, next_step=B_NEXT_STEP))

    for name in order:
        sync(by_name[name], hub, acting(by_name[name]))

    assert secrets_on_hub(hub) == []
    with hub.connect() as conn:
        assert conn.execute(text("SELECT erased FROM hub_client WHERE client_id = :r"), {"r": client_id}).scalar()
        assert conn.execute(
            text("SELECT first_name, last_name, phone, village FROM client WHERE id = :r"), {"r": client_id}
        ).one() == ("Anonymised", "", "", "")
        assert conn.execute(
            text("SELECT DISTINCT losing_value FROM sync_conflict WHERE row_id = :r"), {"r": client_id}
        ).scalars().all() == ["null"]
    for db in laptops:
        assert secrets_on_laptop(db) == [], db.device_id
        erased = get(db, client_id)
        assert erased.anonymised_at is not None and erased.deleted_at is not None
        assert (erased.first_name, erased.last_name, erased.phone, erased.village, erased.personal_id) == (
            "Anonymised", "", "", "", None
        )
        with db.engine.connect() as conn:
            assert sorted(conn.execute(
                text("SELECT text FROM client_note WHERE client_id = :c"), {"c": client_id}
            ).scalars()) == ["", ""]
            assert conn.execute(
                text("SELECT DISTINCT note || next_step FROM guidance_visit WHERE client_id = :c"), {"c": client_id}
            ).scalars().all() == [""]
            assert conn.execute(
                text("SELECT losing_value, resolved_at IS NOT NULL FROM sync_conflict WHERE row_id = :r"),
                {"r": client_id},
            ).all() == [("null", 1)]
        assert pending_changes(db) == 0
        summary = quarantine_summary(db)
        assert (summary.pulled, summary.refused) == (0, 0)
    assert dump(a) == dump(b) == dump(c)
    with a.transaction(acting(a)) as session:
        assert erase_client(session, client_id, ErasureReason.CLIENT_REQUEST) is False  # already erased
    for db in laptops:
        assert sync(db, hub, acting(db)).pushed == 0  # nothing to repair anywhere
        assert pending_changes(db) == 0


def test_a_conflict_about_an_erased_client_arriving_later_keeps_no_value(
    hub: Engine, laptops: list[Database]
) -> None:
    """A laptop that missed the erasure (or a hub restored from a backup) sends an old conflict about the
    client, its losing value personal data: the hub keeps it without the value."""
    a, b, _c = laptops
    client_id = add_client(a, FIRST, LAST)
    sync(a, hub, acting(a))
    with a.transaction(acting(a)) as session:
        assert erase_client(session, client_id, ErasureReason.CLIENT_REQUEST)
    sync(a, hub, acting(a))
    stamp = hlc.encode(hlc.wall_ms() - 60_000, 0, hlc.device_tag(b.device_id))
    conflict = {
        "id": "c0ffee00-0000-4000-8000-000000000001", "table_name": "client", "row_id": client_id,
        "column_name": "phone", "kind": "field", "losing_value": f'"{LOST_PHONE}"', "losing_hlc": stamp,
        "resolved_at": None, "resolved_by_id": None, "resolution": "", "created_at": "2026-01-01 10:00:00.000000",
        "updated_at": "2026-01-01 10:00:00.000000", "updated_by_id": None, "device_id": "", "deleted_at": None,
    }
    refused = push_batch(hub, b.device_id, [{"t": "sync_conflict", "r": conflict["id"], "d": conflict,
                                             "c": {"*": [stamp, ""]}}])
    assert refused == []
    assert secrets_on_hub(hub) == []
    for db in laptops:
        sync(db, hub, acting(db))
        assert secrets_on_laptop(db) == []
        with db.engine.connect() as conn:
            assert conn.execute(
                text("SELECT losing_value, resolution FROM sync_conflict WHERE id = :i"), {"i": conflict["id"]}
            ).one() == ("null", "kept")


def conflict_set(db: Database) -> set[tuple[str, str, str, str, str]]:
    with db.engine.connect() as conn:
        return {
            tuple(r)
            for r in conn.execute(text("SELECT id, row_id, column_name, losing_value, losing_hlc FROM sync_conflict"))
        }


def test_every_laptop_holds_the_same_conflicts(hub: Engine, laptops: list[Database], tmp_path: Path) -> None:
    d1, d2, _c = laptops
    client_id = add_client(d1)
    sync(d1, hub, acting(d1))
    sync(d2, hub, acting(d2))
    edit(d1, client_id, phone="a1")
    edit(d2, client_id, phone="b1")
    sync(d1, hub, acting(d1))
    sync(d2, hub, acting(d2))
    edit(d1, client_id, phone="a2")
    sync(d1, hub, acting(d1))
    sync(d2, hub, acting(d2))
    newcomer = new_laptop(tmp_path, "newcomer")
    try:
        sync(newcomer, hub, acting(newcomer))
        sync(d1, hub, acting(d1))
        everyone = (d1, d2, newcomer)
        assert {get(db, client_id).phone for db in everyone} == {"a2"}
        sets = [conflict_set(db) for db in everyone]
        assert sets[0] == sets[1] == sets[2]
        assert {(col, lost) for _i, _r, col, lost, _h in sets[0]} == {("phone", '"a1"'), ("phone", '"b1"')}
        with hub.connect() as conn:
            on_hub = {
                tuple(r) for r in conn.execute(text(
                    "SELECT id, row_id, column_name, losing_value, losing_hlc FROM sync_conflict"))
            }
        assert on_hub == sets[0]
        assert dump(d1) == dump(d2) == dump(newcomer)
    finally:
        newcomer.close()
