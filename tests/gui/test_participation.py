"""Projects and participation as staff use them: the card's Projects tab, the exit, the projects dialog."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.acting import acting, staff_actor
from vauhdittamo.db import Database
from vauhdittamo.models import (
    Answer,
    ExitOutcome,
    Gender,
    Project,
    ProjectParticipant,
    StaffRole,
)
from vauhdittamo.services import clients as cs
from vauhdittamo.services import participants as ps
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.clients.card import ClientCardDialog
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.front_desk.page import FrontDeskPage
from vauhdittamo.ui.main_window import MainWindow
from vauhdittamo.ui.projects.participation_dialogs import (
    FollowUpDialog,
    ParticipationDialog,
    ParticipationExitDialog,
)
from vauhdittamo.ui.projects.projects_dialog import ProjectsDialog

TODAY = local_today()
SCREENSHOTS = os.environ.get("VAUHDITTAMO_SCREENSHOTS")  # a folder: save the screens seen at 1366×768 there


def _context(db: Database, staff_id: str) -> AppContext:
    return AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna Ohjaaja")


def _project(db: Database, name: str = "Kohti työtä", start: dt.date | None = None) -> str:
    with db.transaction(acting(db)) as session:
        project = Project(name=name, funder="Pohjois-Karjalan ELY-keskus", participant_target=530,
                          start_date=start or TODAY - dt.timedelta(days=400))
        session.add(project)
        session.flush()
        return project.id


@pytest.fixture
def client_id(db: Database, staff_id: str) -> str:
    with db.transaction(acting(db)) as session:
        return cs.create_client(session, cs.validate_client(cs.ClientInput(
            first_name="Pekka", last_name="Järvinen", birth_date="13.10.1992", municipality="Lieksa",
            village="Koli"))).id


@pytest.fixture
def card(qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, client_id: str
         ) -> Iterator[ClientCardDialog]:
    dialog = ClientCardDialog(_context(db, staff_id), client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog


def _participations(db: Database) -> list[ProjectParticipant]:
    with db.session(acting(db)) as session:
        return list(session.query(ProjectParticipant).filter(ProjectParticipant.deleted_at.is_(None)))


def when_modal(act: Callable[[QWidget], None]) -> None:
    """Run *act* on the next modal dialog once it is open (exec() blocks the test otherwise)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
        finally:
            if dialog.isVisible():  # never leave the test waiting on a dialog that did not close
                dialog.reject()

    QTimer.singleShot(0, poll)


def _screenshot(widget: QWidget, name: str) -> None:
    if SCREENSHOTS:
        widget.grab().save(str(Path(SCREENSHOTS) / f"{name}.png"))


def test_a_participation_is_added_and_ended_through_the_projects_tab(
    qtbot: QtBot, card: ClientCardDialog, db: Database, client_id: str
) -> None:
    project_id = _project(db)
    card.resize(1366 - 80, 768 - 80)
    card.show_tab(card.TAB_PROJECTS)
    tab = card.participation_tab
    assert card.tabs.count() == 6
    assert tab.participation_empty.isVisible() and not tab.participation_view.isVisible()
    assert tab.add_button.isEnabled() and not tab.edit_button.isEnabled()
    assert QApplication.focusWidget() is tab.add_button
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ParticipationDialog)
        seen["project"] = dialog.project_combo.currentData()  # the one running project is chosen
        seen["rural"] = dialog.rural_combo.currentData()  # Koli is a village
        seen["sensitive"] = sorted(dialog.sensitive_combos)
        seen["buddy"] = dialog.findChild(QWidget, "field_gender") is not None
        _screenshot(dialog, "participation_dialog")
        dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData(Gender.WOMAN.value))
        disability = dialog.sensitive_combos["disability"]
        disability.setCurrentIndex(disability.findData(Answer.YES.value))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(fill)
    with qtbot.waitSignal(card.client_changed):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert seen == {"project": project_id, "rural": "yes", "buddy": True, "sensitive": sorted(
        ["disability", "foreign_background", "third_country_national", "minority", "homeless"])}
    [stored] = _participations(db)
    assert (stored.project_id, stored.client_id, stored.entry_date, stored.gender, stored.disability) == (
        project_id, client_id, TODAY, Gender.WOMAN, Answer.YES)
    assert stored.rural == Answer.YES
    assert tab.participation_model.rowCount() == 1 and tab.participation_view.isVisible()
    assert tab.selected_row() is not None, "the new row is selected"
    assert tab.edit_button.isEnabled() and not tab.follow_up_button.isEnabled()
    _screenshot(card, "projects_tab")

    def end(dialog: QWidget) -> None:
        assert isinstance(dialog, ParticipationExitDialog)
        assert dialog.outcome_combo.currentData() is None, "nothing preselected"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["error"] = dialog.errors["exit_outcome"].isVisible()
        dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData(ExitOutcome.JOB_SEARCHING.value))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(end)
    with qtbot.waitSignal(card.client_changed):
        qtbot.mouseClick(tab.exit_button, Qt.MouseButton.LeftButton)
    assert seen["error"] is True
    [stored] = _participations(db)
    assert (stored.exit_date, stored.exit_outcome) == (TODAY, ExitOutcome.JOB_SEARCHING)
    row = tab.participation_model.row_at(0)
    assert ps.follow_up_due_on(TODAY).strftime("%-d.%-m.%Y") in tab.follow_up_text(row)
    assert tab.follow_up_button.isEnabled()
    assert card.badge.property("state") == "active", "a project's exit is not the client's"


def test_the_follow_up_dialog_refuses_a_date_before_six_months(
    qtbot: QtBot, card: ClientCardDialog, db: Database, client_id: str
) -> None:
    project_id = _project(db)
    with db.transaction(acting(db)) as session:
        pid = ps.enrol(session, client_id, project_id, ps.EntryInput(TODAY - dt.timedelta(days=300))).id
        ps.record_exit(session, pid, TODAY - dt.timedelta(days=100), ExitOutcome.EDUCATION)
        row = ps.client_participations(session, client_id)[0]
    dialog = FollowUpDialog(card.context, row, card)
    qtbot.addWidget(dialog)
    dialog.employed_combo.setCurrentIndex(dialog.employed_combo.findData(Answer.YES.value))
    dialog.improved_combo.setCurrentIndex(dialog.improved_combo.findData(Answer.NOT_TOLD.value))
    dialog.save()
    assert not dialog.errors["follow_up_on"].isHidden()
    assert _participations(db)[0].follow_up_on is None


def test_a_coordinator_sees_why_the_sensitive_answers_are_hidden_and_keeps_them(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, client_id: str
) -> None:
    project_id = _project(db)
    with db.transaction(acting(db)) as session:
        pid = ps.enrol(session, client_id, project_id, ps.EntryInput(TODAY, homeless=Answer.YES)).id
        coordinator = add_staff_member(session, "Kaisa Koordinaattori", StaffRole.COORDINATOR).id
    dialog = ParticipationDialog(_context(db, coordinator), client_id, pid)
    qtbot.addWidget(dialog)
    assert dialog.sensitive_combos == {}
    assert "piilotettu" in dialog.sensitive_note.text(), "the Finnish note says why the answers are hidden"
    dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData(Gender.NON_BINARY.value))
    dialog.save()
    [stored] = _participations(db)
    assert (stored.gender, stored.homeless) == (Gender.NON_BINARY, Answer.YES)


def test_the_client_exit_needs_a_chosen_outcome_and_ends_the_participations(
    qtbot: QtBot, card: ClientCardDialog, db: Database, client_id: str
) -> None:
    project_id = _project(db)
    with db.transaction(acting(db)) as session:
        ps.enrol(session, client_id, project_id, ps.EntryInput(TODAY))
    card.show_tab(card.TAB_EXIT)
    tab = card.exit_tab
    assert tab.exit_outcome_combo.currentData() is None
    qtbot.mouseClick(tab.set_exit_button, Qt.MouseButton.LeftButton)
    assert tab.exit_error.isVisible()
    tab.exit_outcome_combo.setCurrentIndex(tab.exit_outcome_combo.findData(ExitOutcome.QUALIFICATION.value))
    asked: list[str] = []
    tab.confirm_exit = lambda day, outcome: asked.append(day) or True  # type: ignore[method-assign]
    with qtbot.waitSignal(card.client_changed):
        qtbot.mouseClick(tab.set_exit_button, Qt.MouseButton.LeftButton)
    assert asked, "ending the path is asked about"
    [stored] = _participations(db)
    assert (stored.exit_date, stored.exit_outcome) == (TODAY, ExitOutcome.QUALIFICATION)
    card.show_tab(card.TAB_PROJECTS)
    assert card.participation_tab.participation_model.row_at(0).exit_outcome == ExitOutcome.QUALIFICATION


def test_the_coordinator_adds_changes_and_removes_projects(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, client_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    used = _project(db, "Käytössä oleva")
    with db.transaction(acting(db)) as session:
        ps.enrol(session, client_id, used, ps.EntryInput(TODAY))
    dialog = ProjectsDialog(_context(db, staff_id))
    qtbot.addWidget(dialog)
    dialog.resize(1366 - 80, 768 - 80)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [(r.name, r.participants) for r in dialog.model.rows()] == [("Käytössä oleva", 1)]
    assert dialog.focusWidget() is dialog.edits["name"]
    dialog.edits["name"].setText("Nuoret töihin")  # (QTest types ASCII only)
    dialog.edits["funder"].setText("Etelä-Savon ELY-keskus")
    qtbot.keyClicks(dialog.edits["start_date"], "1.1.2026")
    qtbot.keyClicks(dialog.edits["end_date"], "31.12.2027")
    qtbot.keyClicks(dialog.edits["participant_target"], "nolla")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["participant_target"].isVisible()
    dialog.edits["participant_target"].setText("120")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.changed
    rows = {r.name: r for r in dialog.model.rows()}
    assert (rows["Nuoret töihin"].participant_target, rows["Nuoret töihin"].end_date) == (120, dt.date(2027, 12, 31))
    assert dialog.selected_row() is not None and dialog.selected_row().name == "Nuoret töihin"
    assert dialog.remove_button.isEnabled()
    _screenshot(dialog, "projects_dialog")
    dialog.edits["funder"].setText("Pohjois-Savon ELY-keskus")
    qtbot.keyClick(dialog.edits["funder"], Qt.Key.Key_Return)
    assert {r.name: r.funder for r in dialog.model.rows()}["Nuoret töihin"] == "Pohjois-Savon ELY-keskus"

    monkeypatch.setattr("vauhdittamo.ui.projects.projects_dialog.confirm", lambda *_args: True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in dialog.model.rows()] == ["Käytössä oleva"]
    assert dialog.editing_id is None and dialog.edits["name"].text() == "", "the form is ready for a new one"

    dialog.reload(select_id=used)
    assert not dialog.remove_button.isEnabled(), "a project with participants stays"


def test_others_see_the_projects_but_change_nothing(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str
) -> None:
    _project(db)
    with db.transaction(acting(db)) as session:
        coach = add_staff_member(session, "Ville Valmentaja", StaffRole.COACH).id
    dialog = ProjectsDialog(_context(db, coach))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert not dialog.save_button.isEnabled() and not dialog.edits["name"].isEnabled()


def test_the_front_page_lists_the_six_month_follow_ups_due(
    qtbot: QtBot, window: MainWindow, db: Database, client_id: str
) -> None:
    project_id = _project(db)
    with db.transaction(acting(db)) as session:
        pid = ps.enrol(session, client_id, project_id, ps.EntryInput(TODAY - dt.timedelta(days=380))).id
        ps.record_exit(session, pid, TODAY - dt.timedelta(days=200), ExitOutcome.EMPLOYMENT)
    page = window.current_page()
    assert isinstance(page, FrontDeskPage)
    page.refresh()
    assert page.six_month_index is not None
    assert page.six_month_model.rowCount() == 1
    assert page.six_month_model.row_at(0).client_name == "Pekka Järvinen"
    assert "(1)" in page.day_tabs.tabText(page.six_month_index)
    page.six_month_view.selectRow(0)
    with qtbot.waitSignal(page.open_participations_requested) as opened:
        page._open_six_month_client()
    assert opened.args == [client_id]
    card = window.cards[client_id]
    assert isinstance(card, ClientCardDialog)
    assert card.tabs.currentIndex() == card.TAB_PROJECTS, "the card opens where the follow-up is recorded"
