"""Conflicts arrive from other laptops: their table and column must be known before they name SQL."""

from __future__ import annotations

import pytest

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
