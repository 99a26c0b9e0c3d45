"""Outreach lists, their people and contact attempts travel between laptops through the real PostgreSQL hub;
an erasure reaches every laptop, and what an offline laptop wrote into an erased entry is erased again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from tests.acting import act_as, acting
from tests.integration.sync_helpers import new_laptop, secrets_in_hub, secrets_in_laptop
from tests.unit.test_outreach import Team, make_team
from vauhdittamo.db import Database
from vauhdittamo.models import AttemptOutcome, ContactChannel, EntryStatus, OutreachEntry
from vauhdittamo.services import clients as cs
from vauhdittamo.services.outreach import attempts, entries, lists, purge
from vauhdittamo.services.outreach.attempts import AttemptInput
from vauhdittamo.services.outreach.entries import EntryFilters, EntryInput
from vauhdittamo.services.outreach.lists import ListInput
from vauhdittamo.services.permissions import SYSTEM
from vauhdittamo.sync.protocol import sync
from vauhdittamo.timeutil import local_today

pytestmark = pytest.mark.postgres

TABLES = ("outreach_list", "outreach_entry", "outreach_attempt")
PHONE = "040 765 4321"


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    office, village = new_laptop(tmp_path, "office"), new_laptop(tmp_path, "koli")
    yield office, village
    office.close()
    village.close()


def dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """The outreach tables' synchronised columns, by id."""
    from sqlalchemy import text

    from vauhdittamo.sync.outbox import synced_columns

    with db.engine.connect() as conn:
        return {
            table: [
                tuple(r)
                for r in conn.execute(text(f'SELECT {", ".join(synced_columns(table))} FROM "{table}" ORDER BY id'))
            ]
            for table in TABLES
        }


def _sync(db: Database, hub: Engine) -> None:
    sync(db, hub, SYSTEM)


def _statuses(db: Database, list_id: str) -> dict[str, EntryStatus]:
    with db.session(SYSTEM) as session:
        return {r.entry_id: r.status for r in entries.entry_rows(session, EntryFilters(list_id), local_today())}


def _attempt(db: Database, entry_id: str, outcome: AttemptOutcome, note: str = "") -> None:
    with db.transaction(acting(db)) as session:
        attempts.record_attempt(session, entry_id, AttemptInput(ContactChannel.PHONE, local_today(), outcome, note))


def _a_list(office: Database, team: Team) -> tuple[str, dict[str, str]]:
    act_as(office, team.coordinator)
    today = local_today()
    with office.transaction(acting(office)) as session:
        list_id = lists.create_list(
            session, ListInput("Kyläpilotti", "Koli, Ahmovaara", today - dt.timedelta(days=30), today)
        ).id
        people = {
            "aino": entries.add_entry(
                session, list_id, EntryInput("Aino", "Korhonen", "Koli", PHONE), assigned_to_id=team.riikka
            ).id,
            "eino": entries.add_entry(
                session, list_id, EntryInput("Eino", "Leino", "Koli", "040 111 2222"), assigned_to_id=team.riikka
            ).id,
            "ville": entries.add_entry(
                session, list_id, EntryInput("Ville", "Väänänen", "Ahmovaara"), assigned_to_id=team.petri
            ).id,
        }
    return list_id, people


def test_lists_people_and_attempts_travel_both_ways(hub: Engine, laptops: tuple[Database, Database]) -> None:
    office, village = laptops
    team = make_team(office)
    list_id, people = _a_list(office, team)
    _sync(office, hub)
    _sync(village, hub)  # the outreach worker's laptop before it leaves for the village
    act_as(village, team.riikka)
    with village.session(acting(village)) as session:
        mine = entries.entry_rows(session, EntryFilters(list_id), local_today())
    assert {r.entry_id for r in mine} == {people["aino"], people["eino"]}
    # Offline in the village: a call that goes unanswered, and a person who becomes a client.
    _attempt(village, people["eino"], AttemptOutcome.NOT_REACHED, "Soita illalla")
    with village.transaction(acting(village)) as session:
        client_id = cs.create_client(session, cs.validate_client(attempts.client_prefill(session, people["aino"]))).id
        attempts.became_client(
            session, people["aino"], client_id, AttemptInput(ContactChannel.VILLAGE_EVENT, local_today(), None)
        )
    # Meanwhile at the office: the coordinator calls the Ahmovaara person.
    _attempt(office, people["ville"], AttemptOutcome.DECLINED)
    for laptop in (village, office, village):
        _sync(laptop, hub)
    first, second = dump(office), dump(village)
    for table in TABLES:
        assert first[table] == second[table], table
    assert len(first["outreach_attempt"]) == 3
    expected = {
        people["aino"]: EntryStatus.BECAME_CLIENT,
        people["eino"]: EntryStatus.NOT_REACHED,
        people["ville"]: EntryStatus.DECLINED,
    }
    assert _statuses(office, list_id) == _statuses(village, list_id) == expected
    with office.session(SYSTEM) as session:
        entry = session.get(OutreachEntry, people["aino"])
        assert entry is not None and entry.client_id == client_id and entry.first_name == ""
        assert cs.get_client(session, client_id).phone == PHONE


def test_an_erasure_reaches_every_laptop_and_stays(hub: Engine, laptops: tuple[Database, Database]) -> None:
    office, village = laptops
    team = make_team(office)
    list_id, people = _a_list(office, team)
    _sync(office, hub)
    _sync(village, hub)
    act_as(village, team.riikka)
    _attempt(village, people["eino"], AttemptOutcome.REACHED, "Asuu siskonsa luona")
    _sync(village, hub)
    _sync(office, hub)
    with office.transaction(acting(office)) as session:  # the list ends at the office
        lists.close_list(session, list_id)
    # Later, still offline, the village laptop corrects a phone number of the same (now erased) person.
    with village.transaction(acting(village)) as session:
        entries.update_entry(session, people["eino"], EntryInput("Eino", "Leino", "Koli", "050 999 8888"))
    for laptop in (office, village, office):
        _sync(laptop, hub)
    # The later correction won the field on the hub; the laptop that receives it erases it again right after
    # its pull (every sync runs the erasure that is due) and sends that in the same sync.
    with village.transaction(SYSTEM) as session:
        assert purge.purge_due(session).entries == 0, "already erased again by the sync"
    for laptop in (village, office):
        _sync(laptop, hub)
    first, second = dump(office), dump(village)
    for table in TABLES:
        assert first[table] == second[table], table
    secrets = ["Korhonen", "Leino", "Väänänen", PHONE, "050 999 8888", "siskonsa"]
    assert secrets_in_laptop(office, secrets) == []
    assert [s for s in secrets_in_laptop(village, secrets)] == []
    assert secrets_in_hub(hub, secrets) == []
    with village.session(SYSTEM) as session:
        stored = session.scalars(select(OutreachEntry).where(OutreachEntry.list_id == list_id)).all()
    assert all(e.erased_at is not None and e.village for e in stored)
    assert _statuses(village, list_id)[people["eino"]] is EntryStatus.REACHED, "the figures stay"
