"""Outreach lists on scoped laptops: a village login receives the people to reach in its village (and those
assigned to its worker), with their attempts, and nothing about the other villages' people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from tests.acting import acting
from tests.integration.sync_helpers import hub_login, new_laptop
from vauhdittamo.db import Database
from vauhdittamo.models import (
    AttemptOutcome,
    ContactChannel,
    OutreachAttempt,
    OutreachEntry,
    OutreachList,
    StaffMember,
    StaffRole,
)
from vauhdittamo.sync.protocol import sync

pytestmark = pytest.mark.postgres


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[list[Database]]:
    dbs = [new_laptop(tmp_path, name) for name in ("office", "koli")]
    yield dbs
    for db in dbs:
        db.close()


def _ids(db: Database, table: str) -> set[str]:
    with db.engine.connect() as conn:
        return set(conn.execute(text(f'SELECT id FROM "{table}"')).scalars())


def test_a_village_laptop_receives_its_own_people_to_reach(hub: Engine, laptops: list[Database]) -> None:
    office, koli_laptop = laptops
    with office.transaction(acting(office)) as session:
        worker = StaffMember(display_name="Outi Etsivä", role=StaffRole.OUTREACH)
        session.add(worker)
        session.flush()
        people = OutreachList(
            name="Kylät syksy 2026",
            villages="Koli; Ahmovaara; Nunnanlahti",
            start_date=dt.date(2026, 9, 1),
            end_date=dt.date(2026, 12, 31),
        )
        session.add(people)
        session.flush()
        entries = {
            village: OutreachEntry(
                list_id=people.id,
                first_name="Aino",
                last_name=f"{village}lainen",
                village=village,
                phone="040 100 2000",
            )
            for village in ("Koli", "Ahmovaara", "Nunnanlahti")
        }
        entries["Nunnanlahti"].assigned_to_id = worker.id  # assigned to the Koli worker
        session.add_all(entries.values())
        session.flush()
        attempts = {
            village: OutreachAttempt(
                entry_id=entry.id,
                channel=ContactChannel.PHONE,
                attempted_on=dt.date(2026, 10, 1),
                outcome=AttemptOutcome.NOT_REACHED,
            )
            for village, entry in entries.items()
        }
        session.add_all(attempts.values())
        session.flush()
        worker_id, list_id = worker.id, people.id
        wanted = {entries[v].id for v in ("Koli", "Nunnanlahti")}
        wanted_attempts = {attempts[v].id for v in ("Koli", "Nunnanlahti")}
    sync(office, hub, acting(office))

    with hub_login(hub, villages=["Koli"], coach_ids=[worker_id]) as koli:
        sync(koli_laptop, koli, acting(koli_laptop))
        assert _ids(koli_laptop, "outreach_list") == {list_id}  # the list itself is shared
        assert _ids(koli_laptop, "outreach_entry") == wanted
        assert _ids(koli_laptop, "outreach_attempt") == wanted_attempts
        with koli.connect() as conn:  # the login cannot read the others on the hub either
            seen = set(
                conn.execute(text("SELECT row_id FROM hub_record WHERE table_name = 'outreach_entry'")).scalars()
            )
        assert seen == wanted

        # The worker records an attempt offline in the village; the office receives it.
        with koli_laptop.transaction(acting(koli_laptop)) as session:
            session.add(
                OutreachAttempt(
                    entry_id=entries["Koli"].id,
                    channel=ContactChannel.HOME_VISIT,
                    attempted_on=dt.date(2026, 10, 8),
                    outcome=AttemptOutcome.REACHED,
                )
            )
        sync(koli_laptop, koli, acting(koli_laptop))
    sync(office, hub, acting(office))
    with office.engine.connect() as conn:
        outcomes = (
            conn.execute(
                text("SELECT outcome FROM outreach_attempt WHERE entry_id = :e ORDER BY attempted_on"),
                {"e": entries["Koli"].id},
            )
            .scalars()
            .all()
        )
    assert outcomes == ["not_reached", "reached"]
