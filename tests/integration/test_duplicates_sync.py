"""Pairs marked "not the same person" travel through a real PostgreSQL hub like every other record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from tests.acting import act_as, acting
from tests.integration.sync_helpers import dump, new_laptop
from vauhdittamo.db import Database
from vauhdittamo.models import Client, DuplicateDismissal, StaffRole
from vauhdittamo.services.duplicates import dismiss_pair, possible_duplicates, undo_dismissal
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.sync.protocol import sync

pytestmark = pytest.mark.postgres

BORN = dt.date(1990, 1, 1)


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[list[Database]]:
    dbs = [new_laptop(tmp_path, f"laptop{i}") for i in range(2)]
    yield dbs
    for db in dbs:
        db.close()


def _listed(db: Database) -> list[frozenset[str]]:
    with db.session(acting(db)) as session:
        return [p.key for p in possible_duplicates(session)]


def _setup(hub: Engine, office: Database, village: Database) -> tuple[str, str]:
    """Matti Virtanen at the office, "Matti Virtane" on the village laptop; a coordinator known to both."""
    with office.transaction(acting(office)) as session:
        coordinator = add_staff_member(session, "Minna Partanen", StaffRole.COORDINATOR).id
        matti = Client(first_name="Matti", last_name="Virtanen", birth_date=BORN)
        session.add(matti)
        session.flush()
        matti_id = matti.id
    with village.transaction(acting(village)) as session:
        virtane = Client(first_name="Matti", last_name="Virtane", birth_date=BORN, village="Koli")
        session.add(virtane)
        session.flush()
        virtane_id = virtane.id
    for db in (office, village, office):
        sync(db, hub, acting(db))
    for db in (office, village):
        act_as(db, coordinator)
    return matti_id, virtane_id


def test_a_pair_marked_on_one_laptop_is_left_out_on_the_other(hub: Engine, laptops: list[Database]) -> None:
    office, village = laptops
    matti, virtane = _setup(hub, office, village)
    pair = frozenset((matti, virtane))
    assert _listed(office) == _listed(village) == [pair]  # the same person recorded twice shows after the sync
    with office.transaction(acting(office)) as session:
        dismiss_pair(session, matti, virtane)
    assert _listed(office) == []
    sync(office, hub, acting(office))
    sync(village, hub, acting(village))
    assert _listed(village) == []
    with village.session(acting(village)) as session:
        (row,) = session.scalars(select(DuplicateDismissal)).all()
        assert row.dismissed_by_id == acting(village).staff_id
    # Taken back on the village laptop: listed again everywhere.
    with village.transaction(acting(village)) as session:
        assert undo_dismissal(session, virtane, matti)
    sync(village, hub, acting(village))
    sync(office, hub, acting(office))
    assert _listed(office) == _listed(village) == [pair]
    assert dump(office) == dump(village)


def test_two_laptops_marking_the_same_pair_offline_make_one_record(hub: Engine, laptops: list[Database]) -> None:
    office, village = laptops
    matti, virtane = _setup(hub, office, village)
    with office.transaction(acting(office)) as session:
        dismiss_pair(session, matti, virtane)
    with village.transaction(acting(village)) as session:
        dismiss_pair(session, virtane, matti)
    for db in (office, village, office):
        report = sync(db, hub, acting(db))
        assert report.quarantined == 0
    for db in (office, village):
        with db.session(acting(db)) as session:
            rows = session.scalars(select(DuplicateDismissal)).all()
            assert [(r.first_client_id, r.second_client_id, r.deleted_at) for r in rows] == [
                (*sorted((matti, virtane)), None)
            ]
        assert _listed(db) == []
    assert dump(office) == dump(village)
