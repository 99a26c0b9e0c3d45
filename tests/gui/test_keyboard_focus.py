"""The keyboard reaches everything: on every screen, Tab from the first control visits every control, and leaves tables.

Each main screen (on demo data, as an administrator, so every screen and button shows) is walked with Tab
from the control Ctrl+<number> puts the focus on, until the focus comes back round. Every visible, enabled
control that takes the keyboard must have been visited, and the focus must never stick in one place.
Then each visible table gets the focus and one Tab: the focus must leave it (arrows move inside a table).
A failure names the screen and the controls (class, object name, text or accessible name).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import TEST_SCRYPT_N
from vauhdittamo.db import open_database
from vauhdittamo.models import StaffRole
from vauhdittamo.services import auth, staff
from vauhdittamo.services.demo import generate_demo
from vauhdittamo.services.permissions import SYSTEM, StaffActor
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui import tasks
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.main_window import MainWindow
from vauhdittamo.ui.workshops.page import WorkshopsPage

SCREENS = ["front desk", "clients", "referrals", "workshops", "outreach", "reports", "sync", "administration"]
MAX_STEPS = 400
SECTIONS = 4  # Tabs a date/time field may keep (day, month, year, time) before Tab must leave it


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("keyboard") / "demo.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(auth, "SCRYPT_N", TEST_SCRYPT_N)
        db = open_database(path)
        try:
            generate_demo(db, clients=60, weeks=3, seed=2026, today=local_today())
            with db.session(SYSTEM) as session:
                admin = next(m for m in staff.active_staff(session) if m.role is StaffRole.ADMIN)
                return path, admin.id
        finally:
            db.close()


@pytest.fixture
def main(qtbot: QtBot, finnish_app: QApplication, demo_path: tuple[Path, str],
         monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(tasks, "RUN_IN_BACKGROUND", False)
    path, admin_id = demo_path
    db = open_database(path, create=False)
    window = MainWindow(AppContext(db=db, actor=StaffActor(admin_id, StaffRole.ADMIN), staff_name="Ylläpitäjä"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.screen_lock.stop()
    window.close()
    db.close()


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _control(widget: QWidget | None) -> QWidget | None:
    """The control a focused widget belongs to (a spin box's or an editable combo box's own line edit)."""
    parent = widget.parentWidget() if widget is not None else None
    if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
        return parent
    return widget


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton | QLineEdit):
        text = widget.text() or (widget.placeholderText() if isinstance(widget, QLineEdit) else "")
    text = text or widget.accessibleName() or widget.toolTip()
    name = f"{type(widget).__name__}#{widget.objectName()}" if widget.objectName() else type(widget).__name__
    return f"{name} {text!r}" if text else name


def _takes_tab(widget: QWidget, page: QWidget) -> bool:
    if not (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()):
        return False
    if widget.focusProxy() is not None:
        return False
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    parent = widget.parentWidget()
    return not isinstance(parent, QAbstractSpinBox | QComboBox)  # their own line edits


def _walk(window: MainWindow, page: QWidget, first: QWidget) -> tuple[list[QWidget], str | None]:
    """Press Tab from *first* until the focus is back on it; the controls of *page* on the way, and a trap."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    _settle()
    visited: list[QWidget] = []
    previous = _control(QApplication.focusWidget())
    start = previous
    stays = 0
    for _ in range(MAX_STEPS):
        focus = QApplication.focusWidget()
        assert focus is not None, "the focus went nowhere"
        QApplication.sendEvent(focus, _tab())
        _settle()
        now = _control(QApplication.focusWidget())
        if now is None:
            return visited, "the focus disappeared"
        stays = stays + 1 if now is previous else 0
        if stays > SECTIONS:
            return visited, f"Tab stays in {_name(now)}"
        if stays:
            continue  # a date or time field steps through its day, month and year first
        if page.isAncestorOf(now) and now not in visited:
            visited.append(now)
        if now is start:
            return visited, None
        previous = now
    return visited, f"Tab did not come back round in {MAX_STEPS} steps"


def _tab() -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)


def _show(window: MainWindow, index: int) -> QWidget:
    window.go_to_page(index)
    _settle()
    return window.current_page()


@pytest.mark.parametrize("index", range(len(SCREENS)), ids=SCREENS)
def test_tab_reaches_every_control_of_the_screen(main: MainWindow, index: int) -> None:
    page = _show(main, index)
    first = QApplication.focusWidget()
    assert first is not None and page.isAncestorOf(first), f"Ctrl+{index + 1} puts the focus on the screen"
    visited, trap = _walk(main, page, first)
    assert trap is None, f"{SCREENS[index]}: {trap}"
    wanted = [w for w in page.findChildren(QWidget) if _takes_tab(w, page)]
    missed = [w for w in wanted if w not in visited]
    assert not missed, f"{SCREENS[index]}: Tab never reaches " + ", ".join(_name(w) for w in missed)


@pytest.mark.parametrize("index", range(len(SCREENS)), ids=SCREENS)
def test_tab_leaves_every_table(main: MainWindow, index: int) -> None:
    page = _show(main, index)
    stuck = []
    tables = [t for t in page.findChildren(QAbstractItemView)
              if not isinstance(t, QHeaderView) and _takes_tab(t, page)]
    assert tables or SCREENS[index] in ("reports", "sync"), f"{SCREENS[index]} has tables to check"
    for table in tables:
        table.setFocus(Qt.FocusReason.TabFocusReason)
        _settle()
        assert QApplication.focusWidget() is table
        QApplication.sendEvent(table, _tab())
        _settle()
        if QApplication.focusWidget() is table:
            stuck.append(_name(table))
    assert not stuck, f"{SCREENS[index]}: Tab stays inside " + ", ".join(stuck)


def test_ctrl_number_puts_the_focus_on_the_screens_main_control(qtbot: QtBot, main: MainWindow) -> None:
    qtbot.keyClick(main, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    _settle()
    page = main.current_page()
    assert isinstance(page, WorkshopsPage)
    assert QApplication.focusWidget() is page.grid, "Ctrl+4 lands in the week grid, not on the tab bar"
    qtbot.keyClick(main, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    _settle()
    assert QApplication.focusWidget() is main.pages[0].search.field  # type: ignore[attr-defined]
    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    _settle()
    assert QApplication.focusWidget() is main.pages[1].search  # type: ignore[attr-defined]


def test_the_sidebar_and_the_account_buttons_take_the_focus(main: MainWindow) -> None:
    for widget in (main.navigation, main.password_button, main.lock_button, main.sign_out_button):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        _settle()
        assert QApplication.focusWidget() is widget, _name(widget)


def test_the_next_step_date_does_not_trap_tab(qtbot: QtBot, main: MainWindow) -> None:
    desk = main.pages[0]
    desk.start_visit(None)  # type: ignore[attr-defined]
    _settle()
    date = desk.form.next_step_date  # type: ignore[attr-defined]
    assert date.text() == "ei päivää"
    date.setFocus(Qt.FocusReason.TabFocusReason)
    _settle()
    QApplication.sendEvent(QApplication.focusWidget(), _tab())
    _settle()
    assert _control(QApplication.focusWidget()) is not date
    date.setDate(dt.date.today() + dt.timedelta(days=7))
    date.setFocus(Qt.FocusReason.TabFocusReason)
    _settle()
    QApplication.sendEvent(QApplication.focusWidget(), _tab())
    _settle()
    assert _control(QApplication.focusWidget()) is not date, "with a date too"


def _pixels(widget: QWidget) -> list[QColor]:
    image = widget.grab().toImage()
    return [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]


@pytest.mark.parametrize("kind", ["button", "primary", "check box", "sidebar link", "navigation"])
def test_the_focus_shows(main: MainWindow, kind: str) -> None:
    """A focused control looks different from an unfocused one (the style sheet draws a focus ring)."""
    desk = main.pages[0]
    widgets: dict[str, QWidget] = {
        "button": desk.anonymous_button,  # type: ignore[attr-defined]
        "primary": desk.save_button,  # type: ignore[attr-defined]
        "check box": desk.only_mine,  # type: ignore[attr-defined]
        "sidebar link": main.sign_out_button,
        "navigation": main.navigation,
    }
    widget = widgets[kind]
    if kind == "primary":
        desk.start_visit(None)  # type: ignore[attr-defined]
        _settle()
    main.pages[0].search.field.setFocus()  # type: ignore[attr-defined]
    _settle()
    assert not widget.hasFocus()
    before = _pixels(widget)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    _settle()
    assert widget.hasFocus()
    after = _pixels(widget)
    changed = sum(1 for a, b in zip(before, after, strict=True) if a != b)
    assert changed >= 2 * (widget.width() + widget.height()), f"the focused {kind} shows a ring ({changed} px)"


def test_a_disabled_main_button_looks_disabled(main: MainWindow) -> None:
    button = QPushButton("Tuo", main)
    button.setObjectName("primary")
    button.resize(120, 34)
    button.show()
    _settle()
    enabled = button.grab().toImage().pixelColor(60, 8)
    button.setEnabled(False)
    _settle()
    disabled = button.grab().toImage().pixelColor(60, 8)
    assert enabled.lightness() < 140 and disabled.lightness() > 200, (enabled.name(), disabled.name())
