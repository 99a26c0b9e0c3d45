"""Conflicts arrive from other laptops: their table and column must be known before they name SQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from tests.acting import acting
from vauhdittamo.db import Database
from vauhdittamo.models import Client, SyncConflict
from vauhdittamo.sync.conflicts import current_value, settle_conflict
from vauhdittamo.sync.errors import ConflictNotFoundError


def _conflict(db: Database, column: str) -> str:
    with db.transaction(acting(db)) as session:
        client = Client(first_name="Aino", last_name="Virtanen", phone="050 222")
        session.add(client)
        session.flush()
        conflict = SyncConflict(table_name="client", row_id=client.id, column_name=column, kind="field",
                                losing_value='"040 111"', losing_hlc="0")
        session.add(conflict)
        session.flush()
        return conflict.id


def test_a_known_column_is_read_and_settled(db: Database, staff_id: str) -> None:
    conflict_id = _conflict(db, "phone")
    with db.transaction(acting(db)) as session:
        conflict = session.get(SyncConflict, conflict_id)
        assert conflict is not None and current_value(session, conflict) == "050 222"
        settle_conflict(session, conflict_id, take_losing_value=True)
        assert session.get(Client, conflict.row_id).phone == "040 111"  # type: ignore[union-attr]


@pytest.mark.parametrize("column", ['phone" = 1; DROP TABLE client; --', "no_such_column", "failed_sign_ins"])
def test_an_unknown_column_is_refused(db: Database, staff_id: str, column: str) -> None:
    conflict_id = _conflict(db, column)
    with db.transaction(acting(db)) as session:
        conflict = session.get(SyncConflict, conflict_id)
        assert conflict is not None
        with pytest.raises(ConflictNotFoundError):
            current_value(session, conflict)
        with pytest.raises(ConflictNotFoundError):
            settle_conflict(session, conflict_id, take_losing_value=True)
    with db.session(acting(db)) as session:
        assert session.query(Client).count() == 1


def test_taking_the_other_phone_finds_the_client_by_it(db: Database, staff_id: str) -> None:
    from vauhdittamo.services.clients import search_clients, search_key_for

    conflict_id = _conflict(db, "phone")
    with db.transaction(acting(db)) as session:
        client = session.scalars(select(Client)).one()
        client.search_key = search_key_for(client)
    with db.transaction(acting(db)) as session:
        settle_conflict(session, conflict_id, take_losing_value=True)
    with db.session(acting(db)) as session:
        assert [c.last_name for c in search_clients(session, "040111")] == ["Virtanen"]
        assert search_clients(session, "050222") == []
        changed = session.execute(
            text("SELECT count(*) FROM sync_outbox WHERE table_name = 'client'")
        ).scalar_one()
        assert changed >= 1, "the rebuilt key syncs with the phone"


def test_merged_fields_from_two_laptops_rebuild_the_search_key(db: Database, staff_id: str) -> None:
    """A name from one laptop and a phone from another: the row is found by both."""
    from vauhdittamo.services.clients import search_key_of
    from vauhdittamo.sync.merge import _search_key

    row = {"first_name": "Aino", "last_name": "Virtanen-Koski", "birth_date": "1990-05-04",
           "personal_id": None, "phone": "040 111"}
    assert _search_key(row) == search_key_of("Aino", "Virtanen-Koski", dt.date(1990, 5, 4), None, "040 111")
    assert "040111" in _search_key(row) and "4.5.1990" in _search_key(row)
