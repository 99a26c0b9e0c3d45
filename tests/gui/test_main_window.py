import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.acting import acting, staff_actor
from vauhdittamo.db import Database
from vauhdittamo.services import clients as cs
from vauhdittamo.services import visits as vs
from vauhdittamo.ui.admin.page import AdminPage
from vauhdittamo.ui.clients.page import ClientsPage
from vauhdittamo.ui.front_desk.page import FrontDeskPage
from vauhdittamo.ui.main_window import MainWindow
from vauhdittamo.ui.settings import app_settings


def _client(db: Database, first: str, last: str, **extra: str) -> str:
    with db.transaction(acting(db)) as session:
        data = cs.validate_client(cs.ClientInput(first_name=first, last_name=last, **extra))
        return cs.create_client(session, data).id


def test_navigation_is_in_finnish_with_six_screens_and_administration(window: MainWindow) -> None:
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[:4] == ["Etusivu", "Asiakkaat", "Lähetteet", "Pajat"]
    assert titles[5:7] == ["Raportit", "Synkronointi"]  # after the outreach screen (those who do outreach work)
    assert len(titles) == 8 and isinstance(window.pages[7], AdminPage)  # the fixture signs in an administrator
    assert isinstance(window.current_page(), FrontDeskPage)


def test_status_bar_shows_staff_database_and_sync_state(window: MainWindow, db: Database) -> None:
    assert "Anna Ohjaaja" in window.status_staff.text()
    assert str(db.path) in window.status_database.full_text()
    assert str(db.path) in window.status_database.toolTip()
    assert window.status_sync.text() == "Paikallinen käyttö – keskuspalvelinta ei ole määritetty"


def test_narrow_status_bar_shortens_the_database_path_in_the_middle(window: MainWindow, db: Database) -> None:
    """At the smallest window the hub state shows whole; the path keeps its start and its file name."""
    window.resize(1000, 640)
    QApplication.processEvents()
    sync = window.status_sync
    assert sync.width() >= sync.fontMetrics().horizontalAdvance(sync.text())
    shown, full = window.status_database.text(), window.status_database.full_text()
    assert window.status_database.fontMetrics().horizontalAdvance(shown) <= window.status_database.width()
    assert "…" in shown and shown.startswith("Tietokanta: ") and shown.endswith(db.path.name)
    assert window.status_database.toolTip() == full
    window.resize(1600, 900)
    QApplication.processEvents()
    assert window.status_database.text() == full


def test_ctrl_number_switches_screens(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    with qtbot.waitSignal(window.page_changed):
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.current_page(), ClientsPage)
    assert window.navigation.currentRow() == 1


def test_client_search_finds_as_you_type(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    _client(db, "Pekka", "Järvinen", municipality="Lieksa")
    _client(db, "Åsa", "Åberg", municipality="Juuka")
    window.navigation.setCurrentRow(1)
    page = window.current_page()
    assert isinstance(page, ClientsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)  # read in the background
    qtbot.keyClicks(page.search, "jarvinen")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    row = page.model.row_at(0)
    assert (row.last_name, row.first_name) == ("Järvinen", "Pekka")
    assert page.count_label.text() == "1 asiakas"


def test_front_desk_counts_today(window: MainWindow, db: Database, staff_id: str) -> None:
    client_id = _client(db, "Ville", "Virtanen", birth_date="1.1.2004")
    with db.transaction(acting(db)) as session:
        vs.log_visit(session, client_id=client_id, staff_id=staff_id, topics=["job_search"],
                     next_step="Työkokeilu", next_step_date=dt.date.today() - dt.timedelta(days=1))
        vs.log_visit(session, client_id=None, staff_id=staff_id)
    page = window.current_page()
    assert isinstance(page, FrontDeskPage)
    page.refresh()
    assert page.visits_card.value_label.text() == "2"
    assert page.anonymous_card.value_label.text() == "1"
    assert page.under_30_card.value_label.text() == "1"
    assert page.visits_model.rowCount() == 2
    assert {page.visits_model.row_at(i).client_name for i in range(2)} == {"Ville Virtanen", None}
    assert page.follow_model.rowCount() == 1, "yesterday's next step is overdue"


def test_window_remembers_its_screen(qtbot: QtBot, window: MainWindow, db: Database, staff_id: str) -> None:
    window.navigation.setCurrentRow(3)
    window.close()
    assert int(app_settings().value("window/last_page")) == 3
    from vauhdittamo.ui.context import AppContext

    again = MainWindow(AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna"))
    qtbot.addWidget(again)
    assert again.navigation.currentRow() == 3


def test_every_screen_refreshes_on_an_empty_database(window: MainWindow) -> None:
    for index in range(len(window.pages)):
        window.navigation.setCurrentRow(index)
        assert window.stack.currentIndex() == index


def test_newer_database_gets_a_plain_message_at_start(qapp: object, tmp_path: object,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QMessageBox

    from tests import encrypted
    from vauhdittamo.app import open_database_or_explain
    from vauhdittamo.db import open_database

    path = Path(str(tmp_path)) / "future.sqlite3"
    open_database(path).close()
    conn = encrypted.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    assert open_database_or_explain(path) is None
    assert len(shown) == 1 and "0999" in shown[0]


def test_screens_are_built_when_first_shown_and_keep_their_links(window: MainWindow) -> None:
    from PySide6.QtCore import QMetaMethod

    assert window.pages.built(0) is window.current_page()
    assert all(window.pages.built(i) is None for i in range(1, len(window.pages)))  # start-up builds one screen
    window.navigation.setCurrentRow(1)
    clients_page = window.pages.built(1)
    assert isinstance(clients_page, ClientsPage) and window.stack.currentWidget() is clients_page
    # Connected when the screen was built: a client chosen in the list opens its card.
    assert clients_page.isSignalConnected(QMetaMethod.fromSignal(clients_page.open_client_requested))
    assert window.stack.count() == len(window.pages)
