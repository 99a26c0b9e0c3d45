"""The conflicts dialog without a hub: conflicts recorded here are listed and settled."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.acting import acting, staff_actor
from vauhdittamo.db import Database
from vauhdittamo.models import Client, SyncConflict
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.sync.conflicts_dialog import ConflictsDialog


def test_a_conflict_is_listed_and_the_other_value_taken(qtbot: QtBot, qapp: object, db: Database,
                                                         staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        client = Client(first_name="Aino", last_name="Virtanen", phone="050 222")
        session.add(client)
        session.flush()
        client_id = client.id
        session.add(SyncConflict(table_name="client", row_id=client_id, column_name="phone", kind="field",
                                 losing_value='"040 111"', losing_hlc="0"))
    dialog = ConflictsDialog(AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna Ohjaaja"))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    row = dialog.model.row_at(0)
    assert (row.field, row.current, row.other) == ("phone", "050 222", "040 111")
    dialog.take_button.click()
    assert dialog.model.rowCount() == 0 and dialog.changed
    with db.session(acting(db)) as session:
        assert session.get(Client, client_id).phone == "040 111"  # type: ignore[union-attr]
