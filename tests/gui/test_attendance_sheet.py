"""The attendance sheet and the week view, driven with the keyboard as staff use them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.acting import acting, staff_actor
from vauhdittamo.db import Database
from vauhdittamo.models import AttendanceStatus, Client, WorkshopKind
from vauhdittamo.services import attendance
from vauhdittamo.services import workshops as ws
from vauhdittamo.services.clients import search_key_for
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.workshops.attendance_dialog import AttendanceDialog
from vauhdittamo.ui.workshops.page import WorkshopsPage

PRESENT, ABSENT, EXCUSED = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED


def _today_workshop(db: Database, staff_id: str, enrolled: int) -> tuple[str, str, list[str]]:
    """A workshop meeting all day today with *enrolled* clients; (workshop id, today's session id, client ids)."""
    today = local_today()
    with db.transaction(acting(db)) as session:
        workshop = ws.create_workshop(
            session,
            ws.WorkshopInput(
                name="Vauhdittamo START",
                kind=WorkshopKind.NONSTOP_START,
                place="Pielisentie 7",
                capacity=25,
                start_date=today - dt.timedelta(days=7),
                facilitator_ids=[staff_id],
                slots=[ws.SlotInput(today.isoweekday(), dt.time(0, 0), dt.time(23, 59))],
            ),
        )
        clients = []
        for n in range(enrolled):
            client = Client(first_name=f"Osallistuja{n:02d}", last_name=f"Suku{n:02d}", birth_date=dt.date(1990, 1, 1))
            session.add(client)
            session.flush()
            ws.enrol(session, workshop.id, client.id, today - dt.timedelta(days=7))
            clients.append(client.id)
        [today_session] = ws.sessions_between(session, today, today)
        return workshop.id, today_session.session_id, clients


@pytest.fixture
def context(db: Database, staff_id: str) -> AppContext:
    return AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna Ohjaaja")


def _sheet(db: Database, session_id: str) -> attendance.AttendanceSheet:
    with db.session(acting(db)) as session:
        return attendance.load_sheet(session, session_id)


def test_twenty_people_marked_with_one_key_each(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, context: AppContext
) -> None:
    _, session_id, _clients = _today_workshop(db, staff_id, enrolled=20)
    dialog = AttendanceDialog(context, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.table and dialog.table.currentIndex().row() == 0
    keys = [Qt.Key.Key_1] * 17 + [Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_1]
    for key in keys:
        qtbot.keyClick(dialog.table, key)
    sheet = _sheet(db, session_id)
    assert [r.status for r in sheet.rows] == [PRESENT] * 17 + [ABSENT, EXCUSED, PRESENT]
    assert sheet.present == 18
    assert "Läsnä 18" in dialog.summary.text()


def test_enrolled_drop_in_and_anonymous_on_one_sheet(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, context: AppContext
) -> None:
    _, session_id, clients = _today_workshop(db, staff_id, enrolled=3)
    with db.transaction(acting(db)) as session:
        visitor = Client(first_name="Ville", last_name="Pudotus", birth_date=dt.date(2003, 4, 4))
        visitor.search_key = search_key_for(visitor)
        session.add(visitor)
        session.flush()
        visitor_id = visitor.id
    dialog = AttendanceDialog(context, session_id)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClick(dialog.table, Qt.Key.Key_2)  # the first enrolled is absent
    qtbot.mouseClick(dialog.all_present_button, Qt.MouseButton.LeftButton)  # the rest present
    dialog.search.field.setText("pudotus")
    dialog.search.search_now()
    qtbot.keyClick(dialog.search.field, Qt.Key.Key_Return)  # a drop-in
    assert dialog.search.field.text() == "" and dialog.focusWidget() is dialog.search.field
    qtbot.keyClick(dialog.search.field, Qt.Key.Key_F2)  # two anonymous people
    qtbot.keyClick(dialog.search.field, Qt.Key.Key_F2)

    sheet = _sheet(db, session_id)
    by_id = {r.client_id: r for r in sheet.rows}
    assert by_id[clients[0]].status == ABSENT
    assert by_id[clients[1]].status == PRESENT and by_id[clients[2]].status == PRESENT
    assert by_id[visitor_id].status == PRESENT and by_id[visitor_id].drop_in
    assert sheet.anonymous_count == 2 and sheet.total_present == 5
    assert dialog.anonymous.value() == 2
    assert dialog.model.row_at(dialog.model.row_of(visitor_id)).name == "Pudotus, Ville"  # type: ignore[union-attr]
    assert dialog.changed


def test_times_are_written_in_the_cell_and_bad_times_explained(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, context: AppContext
) -> None:
    _, session_id, clients = _today_workshop(db, staff_id, enrolled=1)
    dialog = AttendanceDialog(context, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)
    model = dialog.model
    assert model.setData(model.index(0, model.TIME_IN), "9.15")
    assert model.setData(model.index(0, model.TIME_OUT), "11:40")
    row = _sheet(db, session_id).row(clients[0])
    assert row is not None and (row.time_in, row.time_out) == (dt.time(9, 15), dt.time(11, 40))
    assert model.index(0, model.TIME_IN).data() == "9.15"
    assert not model.setData(model.index(0, model.TIME_OUT), "25.00")
    assert "9.15" in dialog.error.text()  # "Kirjoita aika muodossa 9.15 tai 14.30."
    assert model.setData(model.index(0, model.TIME_OUT), "8.00") and "jälkeen" in dialog.error.text()
    row = _sheet(db, session_id).row(clients[0])
    assert row is not None and row.time_out == dt.time(11, 40)  # nothing saved from the bad edits


def test_a_cancelled_session_cannot_be_marked(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, context: AppContext
) -> None:
    _, session_id, _clients = _today_workshop(db, staff_id, enrolled=2)
    with db.transaction(acting(db)) as session:
        ws.cancel_session(session, session_id, "Ohjaaja sairaana")
    dialog = AttendanceDialog(context, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Ohjaaja sairaana" in dialog.notice.text() and dialog.notice.isVisible()
    assert not dialog.all_present_button.isEnabled() and not dialog.search.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)
    assert _sheet(db, session_id).present == 0
    assert "peruttu" in dialog.error.text().lower()


def test_week_view_highlights_today_and_opens_the_sheet(
    qtbot: QtBot,
    finnish_app: QApplication,
    db: Database,
    staff_id: str,
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, session_id, _clients = _today_workshop(db, staff_id, enrolled=2)
    page = WorkshopsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    today = local_today()
    model = page.grid.week_model
    column = today.weekday()
    assert "tänään" in model.headerData(column, Qt.Orientation.Horizontal).lower()
    assert page.grid.current_session() is not None
    assert page.grid.current_session().session_id == session_id  # type: ignore[union-attr]
    opened: list[str] = []
    monkeypatch.setattr(page, "open_attendance", opened.append)
    page.grid.session_activated.disconnect()
    page.grid.session_activated.connect(page.open_attendance)
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)
    assert opened == [session_id]
    page.next_button.click()
    assert model.monday == today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=7)
    assert len([model.session_at(0, c) for c in range(7) if model.session_at(0, c)]) == 1


def _cancelled_elsewhere_after_marking(db: Database, staff_id: str) -> str:
    """Two present here; the session's cancellation arrives from another laptop (no conflict: other records)."""
    from vauhdittamo.models import WorkshopSession

    _, session_id, clients = _today_workshop(db, staff_id, enrolled=3)
    with db.transaction(acting(db)) as session:
        attendance.mark(session, session_id, clients[0], PRESENT)
        attendance.mark(session, session_id, clients[1], PRESENT)
    with db.transaction(acting(db)) as session:
        item = session.get(WorkshopSession, session_id)
        assert item is not None
        item.cancelled, item.cancel_reason = True, "Ohjaaja sairaana"
    return session_id


def test_a_session_cancelled_elsewhere_with_marks_is_shown_and_can_be_restored(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, context: AppContext
) -> None:
    session_id = _cancelled_elsewhere_after_marking(db, staff_id)
    dialog = AttendanceDialog(context, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.notice.isVisible() and dialog.cancelled_actions.isVisible()
    assert "2" in dialog.notice.text() and "Ohjaaja sairaana" in dialog.notice.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.changed and not dialog.notice.isVisible() and not dialog.cancelled_actions.isVisible()
    assert _sheet(db, session_id).present == 2 and not _sheet(db, session_id).cancelled


def test_confirming_the_cancellation_removes_the_marks_and_the_sync_screen_lists_it_until_then(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, context: AppContext
) -> None:
    from vauhdittamo.ui.sync.page import SyncPage
    from vauhdittamo.ui.workshops.cancelled_sessions import CancelledSessionsDialog

    session_id = _cancelled_elsewhere_after_marking(db, staff_id)
    page = SyncPage(context, background=False)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.stranded_label.isVisible() and page.stranded_button.isVisible()
    listing = CancelledSessionsDialog(context)
    qtbot.addWidget(listing)
    assert listing.model.rowCount() == 1 and listing.model.row_at(0).present == 2
    listing.confirm_removal = lambda _row: True  # type: ignore[method-assign]
    qtbot.mouseClick(listing.confirm_button, Qt.MouseButton.LeftButton)
    assert listing.changed and listing.model.rowCount() == 0
    sheet = _sheet(db, session_id)
    assert sheet.cancelled and sheet.present == 0 and sheet.unmarked == 3
    page.refresh()
    assert not page.stranded_label.isVisible()


def test_cancelling_a_session_with_marks_says_so_and_removes_them(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, context: AppContext
) -> None:
    from vauhdittamo.ui.workshops.session_dialog import SessionDialog

    _, session_id, clients = _today_workshop(db, staff_id, enrolled=2)
    with db.transaction(acting(db)) as session:
        attendance.mark(session, session_id, clients[0], PRESENT)
    dialog = SessionDialog(context, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.cancel_session_button, Qt.MouseButton.LeftButton)
    assert dialog.marks_warning.isVisible() and "1" in dialog.marks_warning.text()
    dialog.cancel_reason_edit.setText("Ohjaaja sairaana")
    qtbot.mouseClick(dialog.confirm_cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == "cancelled"
    sheet = _sheet(db, session_id)
    assert sheet.cancelled and sheet.present == 0, "a session that did not take place keeps no attendance"


def test_the_session_dialog_of_a_cancelled_session_with_marks_offers_both_ways(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, context: AppContext
) -> None:
    from vauhdittamo.ui.workshops.session_dialog import SessionDialog

    session_id = _cancelled_elsewhere_after_marking(db, staff_id)
    dialog = SessionDialog(context, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.cancelled_notice.isVisible() and "Ohjaaja sairaana" in dialog.cancelled_notice.text()
    assert dialog.restore_button.isVisible() and dialog.confirm_cancelled_button.isVisible()
    dialog.confirm_removal = lambda: True  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.confirm_cancelled_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == "confirmed"
    sheet = _sheet(db, session_id)
    assert sheet.cancelled and sheet.present == 0
    again = SessionDialog(context, session_id)
    qtbot.addWidget(again)
    assert not again.confirm_cancelled_button.isVisibleTo(again), "nothing left to decide"
