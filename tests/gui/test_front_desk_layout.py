"""The front desk's visit form as a front-desk worker meets it, at 1366×768 and at the smallest window (1000×640).

Every topic shows whole (none under another field), the client's name and the buttons' texts fit, the
panel keeps its width after a visit is saved, a visit without a topic is not saved silently, Esc does not
throw a typed note away without asking, and removing a visit sits apart from saving it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.acting import acting
from tests.gui.layout_checks import layout_problems
from vauhdittamo.db import Database
from vauhdittamo.models import GuidanceVisit
from vauhdittamo.services import clients as cs
from vauhdittamo.services import visits as vs
from vauhdittamo.ui.front_desk.page import FrontDeskPage
from vauhdittamo.ui.front_desk.visit_edit_dialog import VisitEditDialog
from vauhdittamo.ui.main_window import MainWindow

SIZES = [QSize(1366, 768), QSize(1000, 640)]
LONG_NAME = ("Anna-Kaisa Marjatta", "Hämäläinen-Kärkkäinen")


def _client(db: Database, first: str, last: str, birth: str = "1.2.1990") -> str:
    with db.transaction(acting(db)) as session:
        return cs.create_client(session, cs.validate_client(
            cs.ClientInput(first_name=first, last_name=last, birth_date=birth))).id


def _visits(db: Database) -> list[GuidanceVisit]:
    with db.session(acting(db)) as session:
        return vs.visits_on(session)


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


@pytest.fixture
def desk(window: MainWindow) -> Iterator[FrontDeskPage]:
    page = window.current_page()
    assert isinstance(page, FrontDeskPage)
    window.activateWindow()
    yield page


def _in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _shown_whole(widget: QWidget) -> bool:
    """The widget is on screen without any part hidden by a scroll area or its parents."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("anonymous", [False, True], ids=["client", "anonymous"])
def test_every_topic_and_button_shows_whole(qtbot: QtBot, desk: FrontDeskPage, window: MainWindow, db: Database,
                                            size: QSize, anonymous: bool) -> None:
    client_id = None if anonymous else _client(db, *LONG_NAME)
    window.resize(size)
    _settle()
    desk.start_visit(client_id)
    _settle()
    assert window.size() == size
    topics = desk.form.topics
    assert topics.count() == 9
    assert _shown_whole(topics), "the topic list is not hidden under another field or scrolled away"
    viewport = topics.viewport().rect()
    for row in range(topics.count()):
        assert viewport.contains(topics.visualItemRect(topics.item(row))), f"topic {row + 1} shows whole"
    for below in (desk.form.age_group, desk.form.channel):
        if below.isVisible():
            assert not _in_window(below).intersects(_in_window(topics)), "no field lies on the topics"
    for button in (desk.save_button, desk.cancel_button):
        assert _shown_whole(button)
        assert button.width() >= button.sizeHint().width(), f"{button.text()!r} fits its button"
    name = desk.who_label
    assert name.height() >= name.heightForWidth(name.width()), "the whole name shows (it wraps, not cut)"
    if size == QSize(1366, 768):
        assert desk.form.scroll_area.verticalScrollBar().maximum() == 0, "at 1366×768 every field shows at once"
    problems = [str(p) for p in layout_problems(window, f"front desk {size.width()}x{size.height()}")
                if "FrontDeskPage#page/QFrame#panel" in p.path]
    assert not problems, "\n".join(problems)


def test_the_fields_below_the_topics_scroll_into_view_at_the_smallest_size(qtbot: QtBot, desk: FrontDeskPage,
                                                                           window: MainWindow) -> None:
    window.resize(QSize(1000, 640))
    _settle()
    desk.start_visit(None)
    _settle()
    desk.form.next_step_date.setFocus()
    _settle()
    assert _shown_whole(desk.form.next_step_date), "the focused field is scrolled into view"


def test_the_panel_keeps_its_width_after_the_first_visit(qtbot: QtBot, desk: FrontDeskPage, window: MainWindow,
                                                         db: Database) -> None:
    client_id = _client(db, *LONG_NAME)
    window.resize(QSize(1366, 768))
    _settle()
    panel = desk.stack.parentWidget()
    assert panel is not None
    desk.start_visit(client_id)
    _settle()
    before = panel.width()
    desk.form.toggle_topic(1)
    desk.save_visit()
    _settle()
    assert "Hämäläinen-Kärkkäinen" in desk.saved_label.text()
    desk.start_visit(client_id)
    _settle()
    assert panel.width() == before


def test_a_visit_without_a_topic_is_not_saved_silently(qtbot: QtBot, desk: FrontDeskPage, db: Database) -> None:
    desk.search.field.setFocus()
    qtbot.keyClick(desk.search.field, Qt.Key.Key_F2)
    qtbot.keyClick(desk.form.topics, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _visits(db) == []
    assert desk.stack.currentIndex() == 1, "the form stays open"
    assert desk.form.topics_error.isVisible() and desk.form.topics_error.text()
    assert desk.form.topics.hasFocus(), "the topics have the focus: one digit fixes it"
    qtbot.keyClick(desk.form.topics, Qt.Key.Key_2)
    assert not desk.form.topics_error.isVisible()
    qtbot.keyClick(desk.form.topics, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [visit] = _visits(db)
    assert visit.topics == "education"


def test_escape_asks_before_throwing_a_typed_note_away(qtbot: QtBot, desk: FrontDeskPage, db: Database,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    desk.search.field.setFocus()
    qtbot.keyClick(desk.search.field, Qt.Key.Key_F2)
    qtbot.keyClick(desk.form.topics, Qt.Key.Key_1)
    desk.form.note.setFocus()
    qtbot.keyClicks(desk.form.note, "Kysyi CV-apua")  # typed (QTest types ASCII only)
    qtbot.keyClick(desk.form.note, Qt.Key.Key_Escape)
    assert len(asked) == 1
    assert desk.stack.currentIndex() == 1 and desk.form.note.toPlainText() == "Kysyi CV-apua"
    answer = QMessageBox.StandardButton.Discard
    qtbot.keyClick(desk.form.note, Qt.Key.Key_Escape)
    assert len(asked) == 2 and desk.stack.currentIndex() == 0
    assert _visits(db) == []


def test_saving_asks_nothing_and_clears_the_note(qtbot: QtBot, desk: FrontDeskPage, db: Database,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: pytest.fail("saving must not ask"))
    desk.search.field.setFocus()
    qtbot.keyClick(desk.search.field, Qt.Key.Key_F2)
    qtbot.keyClick(desk.form.topics, Qt.Key.Key_1)
    desk.form.note.setPlainText("Kysyi työkokeilusta")
    qtbot.keyClick(desk.form.topics, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [visit] = _visits(db)
    assert visit.note == "Kysyi työkokeilusta" and desk.stack.currentIndex() == 0


def test_removing_a_visit_sits_apart_from_saving_it(qtbot: QtBot, desk: FrontDeskPage, window: MainWindow,
                                                    db: Database, staff_id: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    with db.transaction(acting(db)) as session:
        visit_id = vs.log_visit(session, client_id=None, staff_id=staff_id, topics=["cv"], note="CV:n päivitys").id
    dialog = VisitEditDialog(desk.context, visit_id, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _settle()
    remove, save = dialog.delete_button, dialog.save_button
    assert remove.parent() is not dialog.buttons and save.parent() is dialog.buttons
    assert not remove.isDefault() and not remove.autoDefault() and save.isDefault()
    others = [b for b in dialog.buttons.buttons() if b.isVisible()]
    assert others and all(_in_window(remove).right() + 24 < _in_window(b).left() for b in others), \
        "removing sits on the left, apart from the other buttons"

    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.reject()  # Esc with nothing changed: closes at once
    assert asked == [] and not dialog.isVisible()
    dialog = VisitEditDialog(desk.context, visit_id, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.note.setPlainText("CV:n päivitys ja työhakemus")
    qtbot.keyClick(dialog.form.note, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible(), "a changed note is not thrown away without asking"
    assert dialog.buttons.standardButtons() == QDialogButtonBox.StandardButton.NoButton


def test_signing_out_closes_a_visit_with_a_typed_note_without_asking(qtbot: QtBot, desk: FrontDeskPage,
                                                                     window: MainWindow, db: Database,
                                                                     staff_id: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: pytest.fail("signing out must not ask"))
    with db.transaction(acting(db)) as session:
        visit_id = vs.log_visit(session, client_id=None, staff_id=staff_id, topics=["cv"]).id
    dialog = VisitEditDialog(desk.context, visit_id, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.note.setPlainText("Kesken jäänyt muistiinpano")
    window.sign_out()
    assert not dialog.isVisible() and window.is_signed_out
