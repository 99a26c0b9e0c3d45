"""The client list, its filters, My clients and the new-client form, driven as staff would."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.acting import acting, staff_actor
from vauhdittamo.db import Database
from vauhdittamo.models import AgeGroup, Client, StaffRole
from vauhdittamo.services import clients as cs
from vauhdittamo.services import visits as vs
from vauhdittamo.services.client_list import NO_COACH, ClientStatus
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui import tasks
from vauhdittamo.ui.clients import page as page_module
from vauhdittamo.ui.clients.new_client_dialog import NewClientDialog, prefill_from_search
from vauhdittamo.ui.clients.page import ClientsPage
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.main_window import MainWindow


def _client(db: Database, first: str, last: str, birth: str, municipality: str = "", village: str = "",
            coach: str | None = None) -> str:
    with db.transaction(acting(db)) as session:
        data = cs.validate_client(cs.ClientInput(first_name=first, last_name=last, birth_date=birth,
                                                 municipality=municipality, village=village, personal_coach_id=coach))
        return cs.create_client(session, data).id


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The screens' background reads run at once, so that each step sees its result."""
    monkeypatch.setattr(tasks, "RUN_IN_BACKGROUND", False)


@pytest.fixture
def page(window: MainWindow) -> ClientsPage:
    window.navigation.setCurrentRow(1)
    current = window.current_page()
    assert isinstance(current, ClientsPage)
    return current


def _select(combo: object, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]


def _names(page: ClientsPage) -> list[str]:
    return [page.model.row_at(i).last_name for i in range(page.model.rowCount())]


def test_filters_by_coach_place_age_and_status(qtbot: QtBot, page: ClientsPage, db: Database,
                                               staff_id: str) -> None:
    _client(db, "Aino", "Aalto", "1.1.2004", "Lieksa", "Koli", coach=staff_id)
    _client(db, "Eero", "Eskola", "1.1.1970", "Lieksa", "Vuonislahti")
    ended = _client(db, "Iida", "Ilola", "1.1.2001", "Juuka")
    with db.transaction(acting(db)) as session:
        client = session.get(Client, ended)
        assert client is not None
        client.exit_date = dt.date(2026, 1, 31)
    page.refresh()
    assert _names(page) == ["Aalto", "Eskola"], "active clients by default"
    _select(page.status_filter, ClientStatus.ALL.value)
    assert _names(page) == ["Aalto", "Eskola", "Ilola"]
    assert page.model.data(page.model.index(2, 7)) == "Päättynyt 31.1.2026"
    _select(page.age_filter, AgeGroup.UNDER_30.value)
    assert _names(page) == ["Aalto", "Ilola"]
    _select(page.age_filter, None)
    _select(page.municipality_filter, "Lieksa")
    assert page.village_filter.isEnabled()
    _select(page.village_filter, "Vuonislahti")
    assert _names(page) == ["Eskola"]
    _select(page.municipality_filter, "")
    _select(page.coach_filter, staff_id)
    assert _names(page) == ["Aalto"]
    _select(page.coach_filter, NO_COACH)
    assert _names(page) == ["Eskola", "Ilola"]
    assert page.count_label.text() == "2 asiakasta"


def test_search_and_column_sorting(qtbot: QtBot, page: ClientsPage, db: Database) -> None:
    _client(db, "Åsa", "Åberg", "31.5.2001")
    _client(db, "Pekka", "Järvinen", "13.10.1952")
    _client(db, "Anna", "Aho", "2.2.1988")
    page.refresh()
    page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _names(page) == ["Järvinen", "Aho", "Åberg"]
    page.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _names(page) == ["Åberg", "Aho", "Järvinen"]
    qtbot.keyClicks(page.search, "aberg")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _names(page) == ["Åberg"]


def test_typing_in_the_search_reads_the_list_once_the_typing_pauses(
    qtbot: QtBot, page: ClientsPage, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _client(db, "Pekka", "Järvinen", "13.10.1952")
    _client(db, "Anna", "Aho", "2.2.1988")
    page.refresh()
    asked: list[str] = []
    real = page_module.load_clients

    def counted(db: Database, actor: object, filters: object, *rest: object) -> object:
        asked.append("" if filters is None else filters.query)  # type: ignore[attr-defined]
        return real(db, actor, filters, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(page_module, "load_clients", counted)
    qtbot.keyClicks(page.search, "jarvi")
    assert asked == [], "nothing is read while the keys come"
    qtbot.waitUntil(lambda: not page._timer.isActive())
    assert asked == ["jarvi"], "one read for the burst of keys"
    assert _names(page) == ["Järvinen"]
    assert not page.busy_label.isVisible()


def test_only_the_newest_read_reaches_the_list(qtbot: QtBot, finnish_app: QApplication, db: Database,
                                               staff_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    _client(db, "Pekka", "Järvinen", "13.10.1952")
    _client(db, "Anna", "Aho", "2.2.1988")
    monkeypatch.setattr(tasks, "RUN_IN_BACKGROUND", True)
    screen = ClientsPage(AppContext(db, staff_actor(db, staff_id), "Anna"))
    qtbot.addWidget(screen)
    release = threading.Event()
    real = page_module.load_clients

    def slow_for_aho(db: Database, actor: object, filters: object, *rest: object) -> object:
        if filters is not None and filters.query == "aho":  # type: ignore[attr-defined]
            release.wait(10)  # the older read finishes last
        return real(db, actor, filters, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(page_module, "load_clients", slow_for_aho)
    shown: list[list[str]] = []
    screen.model.modelReset.connect(lambda: shown.append(_names(screen)))
    screen.search.setText("aho")
    screen.load_list()
    screen.search.setText("jarvinen")
    screen.load_list()
    qtbot.waitUntil(lambda: shown == [["Järvinen"]])
    release.set()
    qtbot.waitUntil(lambda: tasks.running_jobs() == 0)
    QApplication.processEvents()  # the older outcome, posted before its job ended, arrives (and is dropped)
    assert shown == [["Järvinen"]], "the older read's rows never replace the newer ones"


def test_the_selected_client_stays_selected_when_the_list_is_read_again(
    qtbot: QtBot, page: ClientsPage, db: Database
) -> None:
    _client(db, "Pekka", "Järvinen", "13.10.1952")
    _client(db, "Anna", "Aho", "2.2.1988")
    page.refresh()
    page.view.selectRow(1)
    chosen = page.view.selected_row().id
    _client(db, "Aada", "Aalto", "1.1.1990")
    page.refresh()
    assert _names(page) == ["Aalto", "Aho", "Järvinen"]
    assert page.view.selected_row() is not None and page.view.selected_row().id == chosen


def test_enter_in_search_opens_the_only_match(qtbot: QtBot, page: ClientsPage, db: Database) -> None:
    client_id = _client(db, "Pekka", "Järvinen", "13.10.1952")
    _client(db, "Anna", "Aho", "2.2.1988")
    opened: list[str] = []
    page.open_client_requested.connect(opened.append)
    qtbot.keyClicks(page.search, "jarvinen")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened == [client_id]


def test_my_clients_shows_last_contact_next_step_and_overdue(qtbot: QtBot, page: ClientsPage, db: Database,
                                                             staff_id: str) -> None:
    mine = _client(db, "Aino", "Aalto", "1.1.2004", coach=staff_id)
    _client(db, "Eero", "Eskola", "1.1.1970")
    with db.transaction(acting(db)) as session:
        vs.log_visit(session, client_id=mine, staff_id=staff_id, next_step="Soita TE-palveluihin",
                     next_step_date=local_today() - dt.timedelta(days=2))
    qtbot.mouseClick(page.mine_button, Qt.MouseButton.LeftButton)
    assert page.views.currentIndex() == 1 and not page.filter_bar.isVisible()
    assert page.mine_model.rowCount() == 1
    row = page.mine_model.row_at(0)
    assert (row.id, row.next_step, row.overdue) == (mine, "Soita TE-palveluihin", 1)
    assert row.last_contact is not None and row.last_contact.date() == dt.datetime.now(dt.UTC).date()


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, page: ClientsPage, db: Database,
                                      staff_id: str) -> None:
    _client(db, "Aino", "Aalto", "1.1.2004", coach=staff_id)
    _client(db, "Eero", "Eskola", "1.1.1970", coach=staff_id)
    page.refresh()
    qtmodeltester.check(page.model)
    page._switch_view(1)
    qtmodeltester.check(page.mine_model)


def test_new_client_form_explains_each_error_next_to_its_field(qtbot: QtBot, finnish_app: QApplication,
                                                               db: Database, staff_id: str) -> None:
    dialog = NewClientDialog(AppContext(db, staff_actor(db, staff_id), "Anna"))
    qtbot.addWidget(dialog)
    dialog.edits["first_name"].setText("Maija")
    dialog.edits["last_name"].setText("Mäkelä")
    dialog.edits["birth_date"].setText("31.2.2001")
    dialog.edits["personal_id"].setText("131052-308A")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["birth_date"].text() == "Päivämäärää 31.2.2001 ei ole olemassa."
    assert dialog.errors["personal_id"].text() == "Henkilötunnuksen tarkistusmerkki on väärä; tarkista tunnus."
    assert not dialog.errors["first_name"].isVisible()
    with db.session(acting(db)) as session:
        assert session.query(Client).count() == 0
    dialog.edits["birth_date"].setText("13.10.1952")
    dialog.edits["personal_id"].setText("131052-308T")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == NewClientDialog.DialogCode.Accepted
    with db.session(acting(db)) as session:
        saved = session.get(Client, dialog.client_id)
        assert saved is not None and saved.personal_id == "131052-308T"


def test_duplicate_warning_offers_the_existing_client(qtbot: QtBot, finnish_app: QApplication, db: Database,
                                                      staff_id: str) -> None:
    existing = _client(db, "Åsa", "Åberg", "31.5.2001", "Juuka")
    context = AppContext(db, staff_actor(db, staff_id), "Anna")
    dialog = NewClientDialog(context, initial=prefill_from_search("asa aberg"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["birth_date"].setText("31.5.2001")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.duplicate_box.isVisible()
    assert dialog.duplicate_list.item(0).text() == "Åsa Åberg (31.5.2001, Juuka)"
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.opened_existing and dialog.client_id == existing
    with db.session(acting(db)) as session:
        assert session.query(Client).count() == 1


def test_same_name_and_birth_date_can_be_saved_on_purpose(qtbot: QtBot, finnish_app: QApplication, db: Database,
                                                          staff_id: str) -> None:
    _client(db, "Juha", "Virtanen", "1.1.1980")
    dialog = NewClientDialog(AppContext(db, staff_actor(db, staff_id), "Anna"))
    qtbot.addWidget(dialog)
    for name, text in (("first_name", "Juha"), ("last_name", "Virtanen"), ("birth_date", "1.1.1980")):
        dialog.edits[name].setText(text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.client_id is None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.client_id is not None and not dialog.opened_existing
    with db.session(acting(db)) as session:
        assert session.query(Client).count() == 2


def test_same_personal_identity_code_is_never_saved_twice(qtbot: QtBot, finnish_app: QApplication, db: Database,
                                                          staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        cs.create_client(session, cs.validate_client(cs.ClientInput(first_name="P", last_name="J",
                                                                    personal_id="131052-308T")))
    context = AppContext(db, staff_actor(db, staff_id), "Anna")
    dialog = NewClientDialog(context, initial=prefill_from_search("131052-308t"))
    qtbot.addWidget(dialog)
    dialog.edits["first_name"].setText("Pekka")
    dialog.edits["last_name"].setText("Järvinen")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled()


def test_coach_is_chosen_in_the_form(qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        coach = add_staff_member(session, "Tuomas Ikonen", StaffRole.COACH).id
    dialog = NewClientDialog(AppContext(db, staff_actor(db, staff_id), "Anna"))
    qtbot.addWidget(dialog)
    dialog.edits["first_name"].setText("Lauri")
    dialog.edits["last_name"].setText("Lahti")
    _select(dialog.coach, coach)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with db.session(acting(db)) as session:
        saved = session.get(Client, dialog.client_id)
        assert saved is not None and saved.personal_coach_id == coach
