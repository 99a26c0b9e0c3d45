"""The workshop, session and certificate dialogs, used as staff would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.acting import acting, staff_actor
from tests.gui.test_front_desk import when_modal
from vauhdittamo.db import Database
from vauhdittamo.models import AttendanceStatus, StaffRole, WorkshopKind
from vauhdittamo.services import attendance, certificates, workshops
from vauhdittamo.services import clients as cs
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.services.workshops import SlotInput, WorkshopInput
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.widgets.client_picker import ClientPickerDialog
from vauhdittamo.ui.workshops.certificate_dialog import CertificateDialog
from vauhdittamo.ui.workshops.session_dialog import SessionDialog
from vauhdittamo.ui.workshops.workshop_dialog import WorkshopDialog

MONDAY_MORNING = SlotInput(1, dt.time(9), dt.time(12))


@pytest.fixture
def context(finnish_app: QApplication, db: Database, staff_id: str) -> AppContext:
    return AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna Ohjaaja")


@pytest.fixture
def workshop_id(db: Database, staff_id: str) -> str:
    """Vauhdittamo START on Monday mornings from today, facilitated by the signed-in staff member."""
    with db.transaction(acting(db)) as session:
        return workshops.create_workshop(
            session,
            WorkshopInput(
                name="Vauhdittamo START",
                place="Vauhdittamo, pajatila",
                facilitator_ids=[staff_id],
                slots=[MONDAY_MORNING],
            ),
        ).id


@pytest.fixture
def client_id(db: Database, staff_id: str) -> str:
    with db.transaction(acting(db)) as session:
        return cs.create_client(session, cs.validate_client(
            cs.ClientInput(first_name="Pekka", last_name="Järvinen", birth_date="13.10.1952"))).id


def _show(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def _press_ctrl_return(dialog: QDialog) -> None:
    """Ctrl+Return, as the dialog's shortcut gets it (offscreen windows are not made active in tests)."""
    [shortcut] = [s for s in dialog.findChildren(QShortcut) if s.key() == QKeySequence("Ctrl+Return")]
    assert shortcut.isEnabled()
    shortcut.activated.emit()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _sessions(db: Database, workshop_id: str, days: int = 14) -> list[workshops.SessionSummary]:
    today = local_today()
    with db.session(acting(db)) as session:
        return workshops.sessions_between(session, today, today + dt.timedelta(days=days - 1), workshop_id)


def _session_row(db: Database, session_id: str) -> tuple[dt.date, dt.time, dt.time, str, str, bool, str, bool]:
    with db.session(acting(db)) as session:
        item = workshops.get_session(session, session_id)
        return (item.session_date, item.start_time, item.end_time, item.place, item.note, item.cancelled,
                item.cancel_reason, item.slot_id is not None)


def _next_monday_session(db: Database, workshop_id: str) -> str:
    return _sessions(db, workshop_id)[0].session_id


# ---------------------------------------------------------------------------- the workshop dialog


def test_new_workshop_gets_its_schedule_facilitator_and_sessions(
    qtbot: QtBot, context: AppContext, db: Database, staff_id: str
) -> None:
    dialog = WorkshopDialog(context)
    _show(qtbot, dialog)
    assert dialog.focusWidget() is dialog.name, "typing starts in the name"
    assert dialog.facilitator_ids() == [staff_id], "the signed-in staff member facilitates a new workshop"
    assert [s.weekday for s in dialog.schedule.slots()] == [1], "a new workshop starts with one weekly row"
    assert not dialog.delete_button.isVisible()

    qtbot.keyClicks(dialog.name, "Vauhdittamo START")
    dialog.place.setText("Vauhdittamo, pajatila")
    dialog.capacity.setValue(12)
    qtbot.mouseClick(dialog.schedule.add_button, Qt.MouseButton.LeftButton)
    row = dialog.schedule.rows[1]
    assert row.weekday.currentData() == 2, "the added row is the next weekday at the same times"
    row.weekday.setCurrentIndex(row.weekday.findData(4))  # Thursday
    row.start.setTime(QTime(12, 30))
    row.end.setTime(QTime(15, 0))
    _press_ctrl_return(dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.workshop_id is not None
    assert not dialog.deleted
    with db.session(acting(db)) as session:
        saved = workshops.workshop_input(session, dialog.workshop_id)
    assert (saved.name, saved.place, saved.capacity, saved.kind) == (
        "Vauhdittamo START", "Vauhdittamo, pajatila", 12, WorkshopKind.NONSTOP_START)
    assert saved.start_date == local_today() and saved.end_date is None
    assert saved.facilitator_ids == [staff_id]
    assert [(s.weekday, s.start_time, s.end_time) for s in saved.slots] == [
        (1, dt.time(9), dt.time(12)), (4, dt.time(12, 30), dt.time(15))]
    sessions = _sessions(db, dialog.workshop_id)
    assert sorted((s.session_date.isoweekday(), s.start_time) for s in sessions) == [
        (1, dt.time(9)), (1, dt.time(9)), (4, dt.time(12, 30)), (4, dt.time(12, 30))], "two weeks of sessions"


def test_no_limit_capacity_and_an_end_date(qtbot: QtBot, context: AppContext, db: Database) -> None:
    dialog = WorkshopDialog(context)
    _show(qtbot, dialog)
    dialog.name.setText("Kyläpaja Koli")
    dialog.village.setText("Koli")
    dialog.kind.setCurrentIndex(dialog.kind.findData(WorkshopKind.COURSE.value))
    assert dialog.capacity.value() == 0 and dialog.capacity.text() == dialog.capacity.specialValueText()
    assert not dialog.end_date.isVisible()
    dialog.has_end.setChecked(True)
    assert dialog.end_date.isVisible()
    dialog.end_date.setDate(_qdate(local_today() + dt.timedelta(days=20)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.workshop_id is not None
    with db.session(acting(db)) as session:
        saved = workshops.workshop_input(session, dialog.workshop_id)
    assert (saved.capacity, saved.village, saved.kind) == (None, "Koli", WorkshopKind.COURSE)
    assert saved.end_date == local_today() + dt.timedelta(days=20)


def test_invalid_workshop_shows_each_error_next_to_its_field_and_saves_nothing(
    qtbot: QtBot, context: AppContext, db: Database
) -> None:
    dialog = WorkshopDialog(context)
    _show(qtbot, dialog)
    dialog.has_end.setChecked(True)
    dialog.end_date.setDate(_qdate(local_today() - dt.timedelta(days=1)))
    dialog.schedule.rows[0].end.setTime(QTime(8, 0))  # ends before it starts
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.workshop_id is None
    for field in ("name", "end_date", "schedule"):
        assert dialog.errors[field].isVisible() and dialog.errors[field].text(), field
    assert "9.00" in dialog.errors["schedule"].text(), "the schedule error names the times"
    for field in ("place", "village", "capacity", "description", "facilitators"):
        assert not dialog.errors[field].isVisible(), field
    assert not dialog.form_error.isVisible()
    assert dialog.focusWidget() is dialog.name, "the first field to fix gets the focus"
    with db.session(acting(db)) as session:
        assert workshops.list_workshops(session) == []

    dialog.name.setText("Vauhdittamo START")
    dialog.has_end.setChecked(False)
    dialog.schedule.rows[0].end.setTime(QTime(12, 0))
    assert not dialog.errors["schedule"].isVisible(), "editing the schedule hides its error"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.workshop_id is not None
    assert not any(error.isVisible() for error in dialog.errors.values())


def test_overlapping_rows_are_refused(qtbot: QtBot, context: AppContext, db: Database) -> None:
    dialog = WorkshopDialog(context)
    _show(qtbot, dialog)
    dialog.name.setText("Vauhdittamo START")
    row = dialog.schedule.add_row()
    row.weekday.setCurrentIndex(0)  # Monday again, 9.00–12.00
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["schedule"].isVisible() and dialog.workshop_id is None
    assert dialog.focusWidget() is dialog.schedule.rows[0].weekday

    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert len(dialog.schedule.rows) == 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.workshop_id is not None


def test_editing_the_schedule_moves_untouched_sessions_only(
    qtbot: QtBot, context: AppContext, db: Database, workshop_id: str, staff_id: str
) -> None:
    with db.transaction(acting(db)) as session:
        other = add_staff_member(session, "Pekka Pajaohjaaja", StaffRole.COACH).id
        monday_slot = workshops.schedule(session, workshop_id)[0].id
    first, second = (s.session_id for s in _sessions(db, workshop_id))
    with db.transaction(acting(db)) as session:
        workshops.cancel_session(session, first, "Ohjaaja sairaana")

    dialog = WorkshopDialog(context, workshop_id)
    _show(qtbot, dialog)
    assert dialog.name.text() == "Vauhdittamo START" and dialog.place.text() == "Vauhdittamo, pajatila"
    assert dialog.delete_button.isVisible()
    [row] = dialog.schedule.rows
    assert (row.weekday.currentData(), row.start.time(), row.end.time()) == (1, QTime(9, 0), QTime(12, 0))
    row.start.setTime(QTime(10, 0))
    row.end.setTime(QTime(13, 0))
    wednesday = dialog.schedule.add_row()
    wednesday.weekday.setCurrentIndex(wednesday.weekday.findData(3))
    dialog.set_facilitators([staff_id, other])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.workshop_id == workshop_id

    with db.session(acting(db)) as session:
        slots = workshops.schedule(session, workshop_id)
        assert sorted(workshops.facilitator_ids(session, workshop_id)) == sorted([staff_id, other])
    assert [(s.weekday, s.start_time, s.end_time) for s in slots] == [
        (1, dt.time(10), dt.time(13)), (3, dt.time(10), dt.time(13))]
    assert slots[0].id == monday_slot, "the edited row keeps its identity"
    assert _session_row(db, first)[1:3] == (dt.time(9), dt.time(12)), "a cancelled session keeps its time"
    assert _session_row(db, second)[1:3] == (dt.time(10), dt.time(13)), "an untouched session follows"
    assert sum(s.session_date.isoweekday() == 3 for s in _sessions(db, workshop_id)) == 2

    # Removing the Monday row removes the untouched Monday sessions.
    dialog = WorkshopDialog(context, workshop_id)
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.schedule.rows[0].remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    left = _sessions(db, workshop_id)
    assert [s.session_id for s in left if s.session_date.isoweekday() == 1] == [first]


def test_deleting_a_workshop_asks_first(
    qtbot: QtBot, context: AppContext, db: Database, workshop_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> object:
        def ask(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            questions.append(text)
            return button
        return ask

    dialog = WorkshopDialog(context, workshop_id)
    _show(qtbot, dialog)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.deleted
    assert len(questions) == 1 and "Vauhdittamo START" in questions[0]

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.deleted
    assert dialog.workshop_id == workshop_id
    with db.session(acting(db)) as session:
        assert workshops.list_workshops(session) == []
    assert _sessions(db, workshop_id) == []


def test_escape_cancels_without_saving(qtbot: QtBot, context: AppContext, db: Database) -> None:
    dialog = WorkshopDialog(context)
    _show(qtbot, dialog)
    dialog.name.setText("Vauhdittamo START")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    with db.session(acting(db)) as session:
        assert workshops.list_workshops(session) == []


# ---------------------------------------------------------------------------- the session dialog


def test_editing_a_scheduled_session_detaches_it(
    qtbot: QtBot, context: AppContext, db: Database, workshop_id: str
) -> None:
    session_id = _next_monday_session(db, workshop_id)
    day = _session_row(db, session_id)[0]
    dialog = SessionDialog(context, session_id=session_id)
    _show(qtbot, dialog)
    assert dialog.schedule_hint.isVisible(), "staff are told that editing leaves the schedule"
    assert not dialog.cancelled_notice.isVisible() and not dialog.restore_button.isVisible()
    assert dialog.cancel_session_button.isVisible() and dialog.remove_button.isVisible()
    assert dialog.date.date() == _qdate(day) and dialog.place.text() == "Vauhdittamo, pajatila"

    dialog.start.setTime(QTime(10, 0))
    dialog.place.setText("Kirjaston kokoushuone")
    dialog.note.setPlainText("Vierailijana TE-palvelujen asiantuntija")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (dialog.outcome, dialog.session_id) == ("saved", session_id)
    assert _session_row(db, session_id) == (
        day, dt.time(10), dt.time(12), "Kirjaston kokoushuone", "Vierailijana TE-palvelujen asiantuntija",
        False, "", False)

    dialog = SessionDialog(context, session_id=session_id)
    _show(qtbot, dialog)
    assert not dialog.schedule_hint.isVisible(), "no hint once the session has left the schedule"


def test_session_times_in_the_wrong_order_are_refused(
    qtbot: QtBot, context: AppContext, db: Database, workshop_id: str
) -> None:
    session_id = _next_monday_session(db, workshop_id)
    dialog = SessionDialog(context, session_id=session_id)
    _show(qtbot, dialog)
    dialog.end.setTime(QTime(8, 0))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors["time"].isVisible() and dialog.errors["time"].text()
    assert _session_row(db, session_id)[2] == dt.time(12)


def test_cancelling_needs_a_reason_and_restoring_shows_it(
    qtbot: QtBot, context: AppContext, db: Database, workshop_id: str
) -> None:
    session_id = _next_monday_session(db, workshop_id)
    dialog = SessionDialog(context, session_id=session_id)
    _show(qtbot, dialog)
    assert not dialog.cancel_box.isVisible()
    qtbot.mouseClick(dialog.cancel_session_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_box.isVisible() and dialog.focusWidget() is dialog.cancel_reason_edit

    qtbot.keyClick(dialog.cancel_reason_edit, Qt.Key.Key_Return)  # Enter confirms, but without a reason…
    assert dialog.isVisible() and dialog.errors["cancel_reason"].isVisible()
    assert dialog.errors["cancel_reason"].text()
    assert _session_row(db, session_id)[5] is False, "not cancelled without a reason"

    qtbot.keyClick(dialog.cancel_reason_edit, Qt.Key.Key_Escape)  # Esc closes the question only
    assert dialog.isVisible() and not dialog.cancel_box.isVisible()
    qtbot.mouseClick(dialog.cancel_session_button, Qt.MouseButton.LeftButton)
    dialog.cancel_reason_edit.setText("Ohjaaja sairaana")
    qtbot.keyClick(dialog.cancel_reason_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.outcome == "cancelled"
    assert _session_row(db, session_id)[5:7] == (True, "Ohjaaja sairaana")

    dialog = SessionDialog(context, session_id=session_id)
    _show(qtbot, dialog)
    assert dialog.cancelled_notice.isVisible() and "Ohjaaja sairaana" in dialog.cancelled_notice.text()
    assert dialog.restore_button.isVisible() and not dialog.cancel_session_button.isVisible()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == "restored"
    assert _session_row(db, session_id)[5] is False


def test_extra_session_added_to_a_workshop(
    qtbot: QtBot, context: AppContext, db: Database, workshop_id: str
) -> None:
    tomorrow = local_today() + dt.timedelta(days=1)
    dialog = SessionDialog(context, workshop_id=workshop_id, day=tomorrow)
    _show(qtbot, dialog)
    assert dialog.workshop.currentData() == workshop_id and dialog.focusWidget() is dialog.workshop
    assert dialog.place.text() == "Vauhdittamo, pajatila", "the workshop's place is offered"
    assert not dialog.cancel_session_button.isVisible() and not dialog.remove_button.isVisible()
    assert dialog.date.date() == _qdate(tomorrow)
    dialog.start.setTime(QTime(13, 0))
    dialog.end.setTime(QTime(15, 30))
    dialog.note.setPlainText("Yritysvierailu")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.outcome == "added" and dialog.session_id is not None
    assert _session_row(db, dialog.session_id) == (
        tomorrow, dt.time(13), dt.time(15, 30), "Vauhdittamo, pajatila", "Yritysvierailu", False, "", False)


def test_extra_session_before_the_workshop_starts_is_refused(
    qtbot: QtBot, context: AppContext, db: Database, workshop_id: str
) -> None:
    dialog = SessionDialog(context, workshop_id=workshop_id, day=local_today() - dt.timedelta(days=3))
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors["date"].isVisible() and dialog.session_id is None


def test_adding_without_workshops_explains_why(qtbot: QtBot, context: AppContext) -> None:
    dialog = SessionDialog(context)
    _show(qtbot, dialog)
    assert dialog.form_error.isVisible() and dialog.form_error.text()
    assert not dialog.save_button.isEnabled()


def test_removing_a_session_with_attendance_is_refused(
    qtbot: QtBot, context: AppContext, db: Database, workshop_id: str, client_id: str, staff_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    marked, unmarked = (s.session_id for s in _sessions(db, workshop_id))
    with db.transaction(acting(db)) as session:
        day = workshops.get_session(session, marked).session_date
        attendance.mark(session, marked, client_id, AttendanceStatus.PRESENT, today=day)
    monkeypatch.setattr(SessionDialog, "confirm_remove", lambda _self: True)

    dialog = SessionDialog(context, session_id=marked)
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.form_error.isVisible() and dialog.form_error.text()
    assert _session_row(db, marked)[0] == day, "the session is still there"

    dialog = SessionDialog(context, session_id=unmarked)
    _show(qtbot, dialog)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == "removed"
    assert [s.session_id for s in _sessions(db, workshop_id)] == [marked]


# ---------------------------------------------------------------------------- the certificate dialog


def _certificates(db: Database, client_id: str) -> list[certificates.CertificateRow]:
    with db.session(acting(db)) as session:
        return certificates.certificates(session, client_id=client_id)


def test_certificate_recorded_for_a_chosen_client(
    qtbot: QtBot, context: AppContext, db: Database, workshop_id: str, client_id: str
) -> None:
    with db.transaction(acting(db)) as session:
        earlier = cs.create_client(session, cs.validate_client(
            cs.ClientInput(first_name="Saara", last_name="Ohman", birth_date="3.3.2001"))).id
        certificates.record_certificate(session, certificates.CertificateInput(
            client_id=earlier, competence_area="Asiakaspalvelu kassalla", assessed_by_id=context.staff_id,
            qualification="Liiketoiminnan perustutkinto, osa"))

    dialog = CertificateDialog(context, None, workshop_id=workshop_id)
    _show(qtbot, dialog)
    assert dialog.choose_client_button.isVisible() and dialog.focusWidget() is dialog.choose_client_button
    assert dialog.workshop.currentData() == workshop_id
    assert dialog.assessor.currentData() == context.staff_id and not dialog.assessor_name.isEnabled()
    assert dialog.awarded_on.date() == _qdate(local_today())

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors["client"].isVisible(), "a client is needed first"

    def choose(picker: QWidget) -> None:
        assert isinstance(picker, ClientPickerDialog)
        picker.search.field.setText("Järvinen")
        picker.search.choose_current()

    when_modal(qtbot, choose)
    qtbot.mouseClick(dialog.choose_client_button, Qt.MouseButton.LeftButton)
    assert dialog.client_id == client_id and dialog.client_label.text() == "Pekka Järvinen"
    assert not dialog.errors["client"].isVisible()

    completer = dialog.competence_area.completer()
    completer.setCompletionPrefix("kassa")
    assert completer.currentCompletion() == "Asiakaspalvelu kassalla", "earlier areas are suggested"
    dialog.competence_area.setText("Asiakaspalvelu kassalla")
    dialog.qualification.setText("Liiketoiminnan perustutkinto, osa")
    dialog.note.setPlainText("Näytti osaamisensa kahvion kassalla")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.certificate_id is not None
    [saved] = _certificates(db, client_id)
    assert (saved.competence_area, saved.qualification, saved.workshop_id, saved.awarded_on, saved.assessor) == (
        "Asiakaspalvelu kassalla", "Liiketoiminnan perustutkinto, osa", workshop_id, local_today(), "Anna Ohjaaja")


def test_certificate_in_the_future_is_refused(
    qtbot: QtBot, context: AppContext, db: Database, client_id: str
) -> None:
    dialog = CertificateDialog(context, client_id)
    _show(qtbot, dialog)
    assert not dialog.choose_client_button.isVisible() and dialog.focusWidget() is dialog.competence_area
    assert dialog.client_label.text() == "Pekka Järvinen" and dialog.workshop.currentData() is None
    dialog.competence_area.setText("Trukin ajo")
    dialog.awarded_on.setDate(_qdate(local_today() + dt.timedelta(days=1)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors["awarded_on"].isVisible() and dialog.errors["awarded_on"].text()
    assert dialog.focusWidget() is dialog.awarded_on
    assert _certificates(db, client_id) == []

    dialog.awarded_on.setDate(_qdate(local_today()))
    assert not dialog.errors["awarded_on"].isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [c.competence_area for c in _certificates(db, client_id)] == ["Trukin ajo"]


def test_outside_assessor_needs_a_name(qtbot: QtBot, context: AppContext, db: Database, client_id: str) -> None:
    dialog = CertificateDialog(context, client_id)
    _show(qtbot, dialog)
    dialog.competence_area.setText("Kiinteistönhoidon perustehtävät")
    dialog.assessor.setCurrentIndex(dialog.assessor.count() - 1)
    assert dialog.assessor_name.isEnabled() and dialog.focusWidget() is dialog.assessor_name
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors["assessor"].isVisible()
    assert _certificates(db, client_id) == []

    dialog.assessor_name.setText("Eduko, opettaja Liisa Laine")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [saved] = _certificates(db, client_id)
    assert saved.assessor == "Eduko, opettaja Liisa Laine"


def test_certificate_edited_then_deleted(
    qtbot: QtBot, context: AppContext, db: Database, client_id: str, workshop_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.transaction(acting(db)) as session:
        certificate_id = certificates.record_certificate(session, certificates.CertificateInput(
            client_id=client_id, competence_area="Siivous", workshop_id=workshop_id,
            assessor_name="Eduko, opettaja")).id

    dialog = CertificateDialog(context, client_id, certificate_id=certificate_id)
    _show(qtbot, dialog)
    assert dialog.competence_area.text() == "Siivous" and dialog.workshop.currentData() == workshop_id
    assert dialog.outside_assessor() and dialog.assessor_name.text() == "Eduko, opettaja"
    assert dialog.delete_button.isVisible()
    dialog.competence_area.setText("Toimitilahuolto")
    dialog.assessor.setCurrentIndex(dialog.assessor.findData(context.staff_id))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.certificate_id == certificate_id
    [saved] = _certificates(db, client_id)
    assert (saved.competence_area, saved.assessor) == ("Toimitilahuolto", "Anna Ohjaaja")

    dialog = CertificateDialog(context, client_id, certificate_id=certificate_id)
    _show(qtbot, dialog)
    monkeypatch.setattr(CertificateDialog, "confirm_delete", lambda _self: False)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and len(_certificates(db, client_id)) == 1
    monkeypatch.setattr(CertificateDialog, "confirm_delete", lambda _self: True)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.deleted and _certificates(db, client_id) == []
