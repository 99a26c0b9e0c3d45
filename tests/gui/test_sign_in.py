"""Signing in from the keyboard, the first administrator, the idle screen lock and what each role sees."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMessageBox, QVBoxLayout
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.acting import act_as, acting, staff_actor
from vauhdittamo import collector
from vauhdittamo.db import Database
from vauhdittamo.models import AuditAction, AuditEntry, StaffMember, StaffRole
from vauhdittamo.services import auth
from vauhdittamo.services import staff as staff_service
from vauhdittamo.services.permissions import SYSTEM
from vauhdittamo.ui import tasks
from vauhdittamo.ui.admin.page import AdminPage
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.main_window import MainWindow
from vauhdittamo.ui.reports.page import ReportsPage
from vauhdittamo.ui.sign_in.sign_in_dialog import SignInDialog

PASSWORD = "kesa-aamu-2026"  # QTest types ASCII only
PIN = "482915"


def add_member(db: Database, name: str, role: StaffRole, password: str | None = PASSWORD) -> str:
    """A staff member with a password, added by the system."""
    with db.transaction(SYSTEM) as session:
        member_id = staff_service.add_staff_member(session, name, role).id
        if password is not None:
            auth.set_password(session, member_id, password)
        return member_id


def give_password(db: Database, staff_id: str, password: str = PASSWORD) -> None:
    with db.transaction(SYSTEM) as session:
        auth.set_password(session, staff_id, password)


def actions(db: Database, action: AuditAction) -> list[AuditEntry]:
    with db.session(acting(db)) as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def window_for(qtbot: QtBot, db: Database, staff_id: str) -> MainWindow:
    """The main window as *staff_id* would see it after signing in."""
    act_as(db, staff_id)
    with db.session(acting(db)) as session:
        member = session.get(StaffMember, staff_id)
        assert member is not None
        context = AppContext(db=db, actor=staff_actor(db, staff_id), staff_name=member.display_name)
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    return main


def translated(text: str) -> str:
    return QCoreApplication.translate("errors", text)


# --------------------------------------------------------------------------- the sign-in dialog


@pytest.fixture
def staffed(db: Database) -> Iterator[dict[str, str]]:
    ids = {
        "admin": add_member(db, "Anna Ylläpitäjä", StaffRole.ADMIN),
        "coach": add_member(db, "Liisa Lahtinen", StaffRole.COACH),
    }
    yield ids


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the completer's popup
def test_sign_in_with_the_keyboard(qtbot: QtBot, finnish_app: QApplication, db: Database,
                                   staffed: dict[str, str]) -> None:
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page == SignInDialog.SIGN_IN_PAGE
    line = dialog.name_combo.lineEdit()
    assert dialog.focusWidget() in (line, dialog.name_combo)
    qtbot.keyClicks(line, "Liisa Lahtinen")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.password_edit, "Enter on the name moves on to the password"
    assert dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed_in is not None
    assert (dialog.signed_in.staff_id, dialog.signed_in.role) == (staffed["coach"], StaffRole.COACH)
    assert dialog.password_edit.text() == ""
    assert [e.staff_id for e in actions(db, AuditAction.SIGN_IN)] == [staffed["coach"]]


def test_a_wrong_password_is_explained_and_cleared(qtbot: QtBot, finnish_app: QApplication, db: Database,
                                                   staffed: dict[str, str]) -> None:
    dialog = SignInDialog(db, last_staff_id=staffed["admin"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name_combo.currentText() == "Anna Ylläpitäjä", "the last one to sign in here is chosen"
    assert dialog.focusWidget() is dialog.password_edit
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == translated(auth.MSG_WRONG)
    assert dialog.password_edit.text() == "" and dialog.focusWidget() is dialog.password_edit
    assert [e.entity_id for e in actions(db, AuditAction.SIGN_IN_FAILED)] == [staffed["admin"]]
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Enter)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_pin_signs_in_on_this_laptop(qtbot: QtBot, finnish_app: QApplication, db: Database,
                                       staffed: dict[str, str]) -> None:
    give_password(db, staffed["coach"], PIN)
    dialog = SignInDialog(db, last_staff_id=staffed["coach"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password_edit, PIN)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed_in is not None and dialog.signed_in.staff_id == staffed["coach"]
    with db.session(acting(db)) as session:
        member = session.get(StaffMember, staffed["coach"])
        assert member is not None and auth.password_matches(PASSWORD, member.password_hash), "the password stays"


def test_the_name_can_be_typed_in_part(qtbot: QtBot, finnish_app: QApplication, db: Database,
                                       staffed: dict[str, str]) -> None:
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_combo.lineEdit().setText("liisa lahtinen")
    assert dialog.chosen_account() == staffed["coach"]
    completer = dialog.name_combo.completer()
    completer.setCompletionPrefix("ahti")
    assert completer.currentCompletion() == "Liisa Lahtinen", "any part of the name completes"


def test_the_first_administrator(qtbot: QtBot, finnish_app: QApplication, db: Database) -> None:
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page == SignInDialog.FIRST_ADMIN_PAGE
    assert dialog.focusWidget() is dialog.admin_name
    qtbot.keyClicks(dialog.admin_name, "Anna Aalto")
    qtbot.keyClick(dialog.admin_name, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.admin_password
    qtbot.keyClicks(dialog.admin_password, PASSWORD)
    qtbot.keyClick(dialog.admin_password, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.admin_again, PASSWORD + "x")
    qtbot.keyClick(dialog.admin_again, Qt.Key.Key_Return)
    assert dialog.admin_error.isVisible(), "the two passwords differ"
    assert dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClicks(dialog.admin_again, PASSWORD)
    qtbot.keyClick(dialog.admin_again, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed_in is not None and dialog.signed_in.role == StaffRole.ADMIN
    with db.session(acting(db)) as session:
        assert not auth.needs_first_administrator(session)
    again = SignInDialog(db)
    qtbot.addWidget(again)
    assert again.page == SignInDialog.SIGN_IN_PAGE


def test_the_first_administrator_with_a_pin(qtbot: QtBot, finnish_app: QApplication, db: Database) -> None:
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.admin_name.setText("Anna Aalto")
    for edit in (dialog.admin_password, dialog.admin_again):
        edit.setText(PIN)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed_in is not None
    with db.session(acting(db)) as session:
        member = session.get(StaffMember, dialog.signed_in.staff_id)
        assert member is not None and member.password_hash == "" and member.pin_hash
        assert not auth.needs_first_administrator(session)


def test_a_short_first_password_is_refused(qtbot: QtBot, finnish_app: QApplication, db: Database) -> None:
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.admin_name.setText("Anna Ylläpitäjä")
    for edit in (dialog.admin_password, dialog.admin_again):
        edit.setText("lyhyt")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.admin_error.text() == translated(auth.MSG_PASSWORD_RULES)
    with db.session(acting(db)) as session:
        assert session.scalars(select(StaffMember)).all() == []


# --------------------------------------------------------------------------- the screen lock


def test_idle_time_locks_and_only_the_right_password_unlocks(qtbot: QtBot, window: MainWindow, db: Database,
                                                            staff_id: str) -> None:
    give_password(db, staff_id)
    lock = window.screen_lock
    assert not lock.locked and lock.watcher.timer.interval() == 10 * 60_000
    lock.watcher.set_interval_ms(50)
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible() and dialog.isModal()
    [cover] = [c for c in lock.covers if c.parentWidget() is window]
    assert cover.isVisible() and cover.geometry() == window.rect(), "nothing of the window shows"
    assert [e.staff_id for e in actions(db, AuditAction.SCREEN_LOCKED)] == [staff_id]

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert lock.locked, "Esc does not unlock"
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert lock.locked and dialog.error_label.isVisible()
    assert dialog.error_label.text() == translated(auth.MSG_WRONG_PASSWORD)
    lock.watcher.set_interval_ms(60_000)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert not lock.locked
    assert not dialog.isVisible()
    assert lock.covers == [] and lock.watcher.timer.isActive()
    assert [e.detail for e in actions(db, AuditAction.SIGN_IN)] == [auth.UNLOCK]


def test_a_pin_unlocks_the_screen(qtbot: QtBot, window: MainWindow, db: Database, staff_id: str) -> None:
    give_password(db, staff_id, PIN)
    window.lock_screen()
    lock = window.screen_lock
    assert lock.locked and lock.dialog is not None
    qtbot.keyClicks(lock.dialog.password_edit, PIN)
    qtbot.keyClick(lock.dialog.password_edit, Qt.Key.Key_Return)
    assert not lock.locked


def test_input_keeps_the_screen_open(qtbot: QtBot, window: MainWindow) -> None:
    """Keys and mouse moves from the window system, in the main window and in a dialog opened later."""
    lock = window.screen_lock
    lock.watcher.set_interval_ms(1000)
    handle = window.windowHandle()
    assert handle is not None
    for _ in range(4):
        qtbot.wait(150)
        QTest.keyClick(handle, Qt.Key.Key_Shift)  # as the window system delivers it: to the window first
    other = QDialog(window)
    QVBoxLayout(other).addWidget(QLineEdit())
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: other.windowHandle() is not None and other.windowHandle().isActive(), timeout=2000)
    dialog_handle = other.windowHandle()
    for step in range(4):
        qtbot.wait(150)
        QTest.mouseMove(dialog_handle, QPoint(10 + step, 10))
        QTest.keyClick(dialog_handle, Qt.Key.Key_A)
    assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)


def test_a_rest_without_input_is_the_moment_for_a_full_collection(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    collected: list[bool] = []
    monkeypatch.setattr(collector, "collect_at_rest", lambda: collected.append(True) or True)
    watcher = window.screen_lock.watcher
    watcher.rest_timer.setInterval(300)
    watcher.rest_timer.start()
    handle = window.windowHandle()
    assert handle is not None
    for _ in range(3):
        qtbot.wait(150)
        QTest.keyClick(handle, Qt.Key.Key_Shift)  # typing: no rest yet
    assert collected == []
    qtbot.waitUntil(lambda: collected == [True], timeout=3000)

    monkeypatch.setattr(tasks, "running_jobs", lambda: 1)  # a screen still loading: later, not now
    watcher.rest_timer.setInterval(50)
    watcher.rest_timer.start()
    qtbot.wait(200)
    assert collected == [True] and watcher.rest_timer.isActive()


def test_ctrl_l_locks_and_open_dialogs_are_covered_not_closed(qtbot: QtBot, window: MainWindow, db: Database,
                                                              staff_id: str) -> None:
    give_password(db, staff_id)
    other = QDialog(window)
    QVBoxLayout(other).addWidget(QLabel("Aino Korhonen"))
    qtbot.addWidget(other)
    other.show()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    lock = window.screen_lock
    assert lock.locked
    assert {c.parentWidget() for c in lock.covers} >= {window, other}
    assert lock.dialog is not None
    lock.dialog.password_edit.setText(PASSWORD)
    lock.dialog.try_unlock()
    assert not lock.locked and other.isVisible(), "the dialog is as it was"


def test_sign_out_at_the_lock_closes_everything(qtbot: QtBot, window: MainWindow, db: Database,
                                                staff_id: str) -> None:
    window.lock_screen()
    dialog = window.screen_lock.dialog
    assert dialog is not None
    with qtbot.waitSignal(window.signed_out):
        qtbot.mouseClick(dialog.sign_out_button, Qt.MouseButton.LeftButton)
    assert window.is_signed_out and not window.isVisible() and not dialog.isVisible()
    assert not window.screen_lock.locked and not window.screen_lock.watcher.watching
    assert [e.staff_id for e in actions(db, AuditAction.SIGN_OUT)] == [staff_id]
    window.end_session()
    assert len(actions(db, AuditAction.SIGN_OUT)) == 1, "recorded once"


# --------------------------------------------------------------------------- what each role sees


def test_the_administration_screen_is_only_for_administrators(qtbot: QtBot, finnish_app: QApplication,
                                                              db: Database) -> None:
    desk = add_member(db, "Hanna Rautiainen", StaffRole.FRONT_DESK)
    coordinator = add_member(db, "Minna Partanen", StaffRole.COORDINATOR)
    admin = add_member(db, "Jari Kärkkäinen", StaffRole.ADMIN)
    for member_id, screens in ((desk, 6), (coordinator, 7)):  # the coordinator sees the outreach screen too
        main = window_for(qtbot, db, member_id)
        assert main.admin_page is None
        assert len(main.pages) == main.navigation.count() == screens
        main.close()
    main = window_for(qtbot, db, admin)
    assert isinstance(main.pages[-1], AdminPage) and main.navigation.count() == 8
    main.navigation.setCurrentRow(7)
    page = main.admin_page
    assert page is not None and page.staff_tab is not None
    names = [a.display_name for a in page.staff_tab.model.rows()]
    assert names == ["Hanna Rautiainen", "Jari Kärkkäinen", "Minna Partanen"]
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Työntekijät", "Lokitiedot", "Tietosuoja"]
    page.add_tab(QLabel("more"), "More")
    assert page.tabs.count() == 4


def test_the_staff_tab_deactivates_but_keeps_the_last_administrator(
    qtbot: QtBot, finnish_app: QApplication, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = add_member(db, "Jari Kärkkäinen", StaffRole.ADMIN)
    desk = add_member(db, "Hanna Rautiainen", StaffRole.FRONT_DESK)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes)
    main = window_for(qtbot, db, admin)
    main.navigation.setCurrentRow(main.navigation.count() - 1)  # the administration, last
    assert main.admin_page is not None and main.admin_page.staff_tab is not None
    tab = main.admin_page.staff_tab
    tab.select(desk)
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert not tab.error_label.isVisible()
    assert {a.display_name: a.active for a in tab.model.rows()} == {"Hanna Rautiainen": False, "Jari Kärkkäinen": True}
    assert tab.selected() is not None and tab.selected().staff_id == desk  # type: ignore[union-attr]
    tab.select(admin)
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    assert tab.error_label.isVisible()
    assert tab.error_label.text() == translated(staff_service.MSG_LAST_ADMINISTRATOR)
    assert {a.display_name: a.active for a in tab.model.rows()}["Jari Kärkkäinen"]


def test_a_coach_sees_no_export_import_or_workshop_editing(qtbot: QtBot, finnish_app: QApplication,
                                                           db: Database) -> None:
    coach = add_member(db, "Liisa Lahtinen", StaffRole.COACH)
    main = window_for(qtbot, db, coach)
    reports = next(p for p in main.pages if isinstance(p, ReportsPage))
    main.navigation.setCurrentRow(main.pages.index(reports))
    assert not reports.export_button.isVisible()
    main.navigation.setCurrentRow(1)
    assert not main.pages[1].import_button.isVisible()  # type: ignore[attr-defined]
    main.navigation.setCurrentRow(3)
    workshops = main.pages[3]
    assert not workshops.add_session_button.isVisible()  # type: ignore[attr-defined]
    assert not workshops.workshop_list.new_button.isVisible()  # type: ignore[attr-defined]
    assert not main.pages[0].topics_button.isVisible()  # type: ignore[attr-defined]
    main.close()
    coordinator = add_member(db, "Minna Partanen", StaffRole.COORDINATOR)
    main = window_for(qtbot, db, coordinator)
    main.navigation.setCurrentRow(main.pages.index(next(p for p in main.pages if isinstance(p, ReportsPage))))
    assert main.current_page().export_button.isVisible()  # type: ignore[attr-defined]
