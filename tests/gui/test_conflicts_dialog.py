"""The conflicts dialog without a hub: conflicts recorded here are listed and settled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.acting import acting, staff_actor
from vauhdittamo.db import Database
from vauhdittamo.models import Client, StaffRole, SyncConflict
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.sync.conflicts_dialog import ConflictsDialog
from vauhdittamo.ui.sync.record_names import field_name, table_name


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


def test_every_synchronised_column_has_words() -> None:
    from vauhdittamo.sync.outbox import synced_columns, synced_tables
    from vauhdittamo.ui.sync.record_names import FIELD_NAMES, TABLE_FIELD_NAMES, TABLE_NAMES

    missing = [
        f"{table}.{column}"
        for table in synced_tables()
        for column in synced_columns(table)
        if column not in FIELD_NAMES and (table, column) not in TABLE_FIELD_NAMES
    ]
    assert missing == [], "conflicts would name these fields by their raw column"
    assert [t for t in synced_tables() if t not in TABLE_NAMES] == []


def test_records_and_values_are_named_as_people_know_them(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str
) -> None:
    from vauhdittamo.models import AgeGroup, VisitChannel
    from vauhdittamo.services import visits
    from vauhdittamo.services.staff import add_staff_member
    from vauhdittamo.timeutil import to_local

    with db.transaction(acting(db)) as session:
        coach = add_staff_member(session, "Kaisa Valmentaja", StaffRole.COACH).id
        client = Client(first_name="Aino", last_name="Virtanen", village="Koli", personal_coach_id=staff_id)
        session.add(client)
        session.flush()
        visit = visits.log_visit(session, client_id=client.id, staff_id=staff_id, topics=["job_search"],
                                 channel=VisitChannel.WALK_IN, age_group=AgeGroup.UNDER_30, note="")
        day = visit.visited_at
        for table, row_id, column, losing in (
            ("client", client.id, "village", '"Nunnanlahti"'),
            ("client", client.id, "personal_coach_id", f'"{coach}"'),
            ("client", client.id, "search_key", '"virtanen aino"'),
            ("guidance_visit", visit.id, "next_step_done", "true"),
        ):
            session.add(SyncConflict(table_name=table, row_id=row_id, column_name=column, kind="field",
                                     losing_value=losing, losing_hlc="0"))
    dialog = ConflictsDialog(AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna Ohjaaja"))
    qtbot.addWidget(dialog)
    rows = [dialog.model.row_at(i) for i in range(dialog.model.rowCount())]
    texts = " ".join(f"{r.record} {r.field} {r.current} {r.other}" for r in rows)
    for raw in ("village", "personal_coach_id", "search_key", "next_step_done", coach, staff_id, "True", "False"):
        assert raw not in texts
    village, coach_row, key, visit_row = rows
    assert village.record == f"{table_name('client')}: Aino Virtanen"
    assert (village.field, village.current, village.other) == (field_name("village"), "Koli", "Nunnanlahti")
    assert (coach_row.current, coach_row.other) == ("Anna Ohjaaja", "Kaisa Valmentaja")
    assert key.field == field_name("search_key")
    shown_day = to_local(day).date()
    assert visit_row.record == (
        f"{table_name('guidance_visit')}: Aino Virtanen, {shown_day.day}.{shown_day.month}.{shown_day.year}"
    )
    assert visit_row.other == QCoreApplication.translate("ConflictsDialog", "yes")
