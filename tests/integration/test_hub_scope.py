"""A scoped hub login (one village) sees and receives only its clients and what is shared; a client that
leaves the scope leaves its laptop. And the hub's reporting views show merged current state."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from tests.acting import acting
from tests.integration.sync_helpers import dump, hub_login, new_laptop
from tests.integration.test_sync_protocol import add_client, edit, get
from vauhdittamo.db import Database
from vauhdittamo.models import ClientNote, GuidanceVisit, StaffMember, VisitTopicOption, Workshop
from vauhdittamo.sync import hlc
from vauhdittamo.sync.protocol import pending_changes, quarantine_summary, sync
from vauhdittamo.timeutil import utcnow

pytestmark = pytest.mark.postgres

SHARED = ("staff_member", "workshop", "visit_topic")


@pytest.fixture
def koli(hub: Engine) -> Iterator[Engine]:
    """The hub login of an outreach worker of the village of Koli."""
    with hub_login(hub, villages=["Koli"]) as engine:
        yield engine


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[list[Database]]:
    dbs = [new_laptop(tmp_path, name) for name in ("office", "koli", "office2")]
    yield dbs
    for db in dbs:
        db.close()


def client_with_records(db: Database, last: str, village: str) -> str:
    client_id = add_client(db, "Aino", last)
    edit(db, client_id, village=village)
    with db.transaction(acting(db)) as session:
        session.add(ClientNote(client_id=client_id, text=f"Muistiinpano {last}", written_at=utcnow()))
        session.add(GuidanceVisit(client_id=client_id, visited_at=utcnow(), note=f"Käynti {last}"))
    return client_id


def rows_about(db: Database, table: str, client_id: str) -> int:
    with db.engine.connect() as conn:
        query = text(f'SELECT count(*) FROM "{table}" WHERE client_id = :c')
        return int(conn.execute(query, {"c": client_id}).scalar_one())


def client_ids(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(conn.execute(text("SELECT id FROM client")).scalars())


def visible_on_hub(engine: Engine) -> set[tuple[str, str]]:
    with engine.connect() as conn:
        return {(t, r) for t, r in conn.execute(text("SELECT table_name, row_id FROM hub_record"))}


def test_a_village_login_sees_its_village_and_what_is_shared(
    hub: Engine, koli: Engine, laptops: list[Database]
) -> None:
    office, village, office2 = laptops
    in_koli = client_with_records(office, "Kolilainen", "Koli")
    in_juuka = client_with_records(office, "Juukalainen", "Juuka")
    later_in_koli = client_with_records(office, "Muuttaja", "Juuka")
    with office.transaction(acting(office)) as session:
        session.add(Workshop(name="Puutyöpaja", start_date=dt.date(2026, 1, 5), village="Juuka"))
        session.add(StaffMember(display_name="Pekka Ohjaaja"))
        session.add(VisitTopicOption(code="custom_kalastus", label="Kalastus"))
    sync(office, hub, acting(office))

    sync(village, koli, acting(village))
    assert client_ids(village) == {in_koli}
    assert rows_about(village, "client_note", in_koli) == rows_about(village, "guidance_visit", in_koli) == 1
    with village.engine.connect() as conn:
        for table in SHARED:  # everything not about a client is shared
            assert conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar() == len(dump(office)[table])
        assert conn.execute(text("SELECT count(*) FROM client_note")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM guidance_visit")).scalar() == 1

    own = client_with_records(village, "Oma", "Nurmes")  # made on this laptop: its own, wherever it lives
    sync(village, koli, acting(village))
    sync(office, hub, acting(office))
    assert client_ids(village) == {in_koli, own}
    assert own in client_ids(office)

    # The login reads on the hub only what its laptop receives; the views show the same.
    everything = visible_on_hub(hub)
    seen = visible_on_hub(koli)
    about_others = {
        (t, r) for t, r in everything
        if t in ("client", "client_note", "guidance_visit") and (t, r) not in seen
    }
    assert seen < everything
    with hub.connect() as conn:
        hidden = {
            (t, r) for t, r, c in conn.execute(text("SELECT table_name, row_id, client_id FROM hub_record"))
            if c in (in_juuka, later_in_koli)
        }
    assert hidden and not (hidden & seen)
    assert len(about_others) == 6  # two clients of Juuka with a note and a visit each
    assert {(t, r) for t, r in everything if t in SHARED} <= seen
    with koli.connect() as conn:
        assert set(conn.execute(text("SELECT id FROM client")).scalars()) == {in_koli, own}
        assert set(conn.execute(text("SELECT client_id FROM client_note")).scalars()) == {in_koli, own}
        assert conn.execute(text("SELECT count(*) FROM hub_record WHERE client_id = :c"), {"c": in_juuka}).scalar() == 0

    # A client moves from Koli to Juuka on an office laptop: it leaves the village laptop with its records.
    edit(office, in_koli, village="Juuka")
    # And another moves from Juuka to Koli: it arrives, with its records.
    edit(office, later_in_koli, village="Koli")
    sync(office, hub, acting(office))
    sync(village, koli, acting(village))
    assert client_ids(village) == {own, later_in_koli}
    assert rows_about(village, "client_note", in_koli) == rows_about(village, "guidance_visit", in_koli) == 0
    assert rows_about(village, "client_note", later_in_koli) == 1
    assert rows_about(village, "guidance_visit", later_in_koli) == 1
    with koli.connect() as conn:
        assert set(conn.execute(text("SELECT id FROM client")).scalars()) == {own, later_in_koli}
    assert pending_changes(village) == 0
    summary = quarantine_summary(village)
    assert (summary.pulled, summary.refused) == (0, 0)

    # The village laptop's own work still reaches the office; the office laptops converge.
    edit(village, later_in_koli, phone="040 777")
    sync(village, koli, acting(village))
    for db in (office, office2):
        sync(db, hub, acting(db))
    assert get(office2, later_in_koli).phone == "040 777"
    assert dump(office) == dump(office2)


def test_the_reporting_views_show_current_state(hub: Engine, laptops: list[Database]) -> None:
    a, b, _c = laptops
    client_id = add_client(a, "Aino", "Virtanen")
    with a.transaction(acting(a)) as session:
        member = StaffMember(display_name="Pekka Ohjaaja", password_hash="scrypt$secret")
        session.add(member)
    sync(a, hub, acting(a))
    sync(b, hub, acting(b))
    edit(b, client_id, first_name="Aino-Maria")
    edit(a, client_id, phone="040 1")
    sync(b, hub, acting(b))
    sync(a, hub, acting(a))
    with hub.connect() as conn:
        assert conn.execute(text("SELECT first_name, phone FROM client")).all() == [("Aino-Maria", "040 1")]
        assert conn.execute(text("SELECT display_name, active FROM staff_member")).all() == [("Pekka Ohjaaja", True)]
        columns = set(conn.execute(text(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = 'staff_member'"
        )).scalars())
        assert "display_name" in columns and "role" in columns
        assert "password_hash" not in columns and "pin_hash" not in columns
        assert conn.execute(text("SELECT count(*) FROM hub_record WHERE data::text LIKE '%secret%'")).scalar() == 1
        in_view = conn.execute(text("SELECT count(*) FROM staff_member WHERE staff_member::text LIKE '%secret%'"))
        assert in_view.scalar() == 0


def test_a_village_login_cannot_pull_another_client_into_its_scope(
    hub: Engine, koli: Engine, laptops: list[Database]
) -> None:
    office, village, office2 = laptops
    in_juuka = client_with_records(office, "Juukalainen", "Juuka")
    in_koli = client_with_records(office, "Kolilainen", "Koli")
    sync(office, hub, acting(office))
    sync(village, koli, acting(village))
    own = add_client(village, "Oma", "Asiakas")
    sync(village, koli, acting(village))
    with hub.connect() as conn:
        client = conn.execute(text("SELECT data FROM hub_record WHERE row_id = :r"), {"r": in_juuka}).scalar_one()
        note = conn.execute(
            text("SELECT data FROM hub_record WHERE table_name = 'client_note' AND data->>'client_id' = :c"),
            {"c": in_juuka},
        ).scalar_one()
    old = hlc.encode(1, 0, "0badc0de")
    now = hlc.encode(hlc.wall_ms(), 0, "0badc0de")
    forged = [
        # Only the village changes (every other field carries a clock older than the hub's): into Koli.
        {"t": "client", "r": in_juuka, "d": {**client, "village": "Koli"},
         "c": {"*": [old, ""], "village": [now, ""]}},
        # A note of that client handed over to a client of its own.
        {"t": "client_note", "r": note["id"], "d": {**note, "client_id": own},
         "c": {"*": [old, ""], "client_id": [now, ""]}},
    ]
    with koli.begin() as conn:
        refused = conn.execute(
            text("SELECT table_name, reason FROM hub_push('koli-pc', CAST(:b AS jsonb))"), {"b": json.dumps(forged)}
        ).all()
    assert [tuple(r) for r in refused] == [
        ("client", "the record is about a client outside this hub login's scope"),
        ("client_note", "the record is about a client outside this hub login's scope"),
    ]
    with koli.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM hub_record WHERE client_id = :c"), {"c": in_juuka}).scalar() == 0
    with hub.connect() as conn:
        assert conn.execute(text("SELECT village FROM client WHERE id = :r"), {"r": in_juuka}).scalar() == "Juuka"
        assert conn.execute(
            text("SELECT client_id FROM client_note WHERE id = :r"), {"r": note["id"]}
        ).scalar() == in_juuka

    # Its own clients it may move: one of Koli's leaves for Juuka, and leaves its laptop.
    edit(village, in_koli, village="Juuka")
    report = sync(village, koli, acting(village))
    assert report.refused == 0
    assert client_ids(village) == {own}
    for db in (office, office2):
        sync(db, hub, acting(db))
    assert get(office2, in_koli).village == "Juuka"
    assert dump(office) == dump(office2)


def test_an_edit_of_a_client_that_left_the_scope_meanwhile_is_refused_and_the_client_leaves(
    hub: Engine, koli: Engine, laptops: list[Database]
) -> None:
    office, village, office2 = laptops
    in_koli = client_with_records(office, "Kolilainen", "Koli")
    sync(office, hub, acting(office))
    sync(village, koli, acting(village))
    edit(village, in_koli, phone="040 1")  # offline, while the office moves the client to Juuka
    edit(office, in_koli, village="Juuka")
    sync(office, hub, acting(office))
    report = sync(village, koli, acting(village))
    assert report.refused == 1
    assert client_ids(village) == set()
    assert rows_about(village, "client_note", in_koli) == 0
    summary = quarantine_summary(village)  # nothing waits about a client no longer here
    assert (summary.pulled, summary.refused) == (0, 0)
    assert pending_changes(village) == 0
    with hub.connect() as conn:
        assert conn.execute(
            text("SELECT reason FROM hub_refusal WHERE row_id = :r"), {"r": in_koli}
        ).scalar_one() == "the record is about a client outside this hub login's scope"
    sync(office2, hub, acting(office2))
    assert (get(office2, in_koli).village, get(office2, in_koli).phone) == ("Juuka", "")
    assert dump(office) == dump(office2)
