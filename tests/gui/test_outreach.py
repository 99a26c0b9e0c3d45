"""The outreach screen as outreach workers and coordinators use it: by keyboard, with the filters and dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.acting import act_as, acting, staff_actor
from tests.unit.test_outreach import Team, add_person, make_team, new_list
from vauhdittamo.db import Database
from vauhdittamo.models import (
    AttemptOutcome,
    AuditAction,
    AuditEntry,
    Client,
    ContactChannel,
    EntryStatus,
    OutreachAttempt,
    OutreachEntry,
    StaffMember,
)
from vauhdittamo.services import clients as cs
from vauhdittamo.services.permissions import SYSTEM
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.main_window import MainWindow
from vauhdittamo.ui.outreach.attempt_dialog import AttemptDialog
from vauhdittamo.ui.outreach.entry_dialogs import AssignDialog, EntryDialog
from vauhdittamo.ui.outreach.import_dialog import ImportEntriesDialog
from vauhdittamo.ui.outreach.list_dialog import ListDialog
from vauhdittamo.ui.outreach.page import OutreachPage


def window_for(qtbot: QtBot, db: Database, staff_id: str) -> MainWindow:
    act_as(db, staff_id)
    with db.session(SYSTEM) as session:
        member = session.get(StaffMember, staff_id)
        assert member is not None
        context = AppContext(db=db, actor=staff_actor(db, staff_id), staff_name=member.display_name)
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)  # shortcuts work in the active window
    return main


def outreach_page(main: MainWindow) -> OutreachPage:
    page = next(p for p in main.pages if isinstance(p, OutreachPage))
    main.go_to_page(main.pages.index(page))
    return page


def when_modal(act: Callable[[QWidget], None], after: QWidget | None = None) -> None:
    """Run *act* on the next modal dialog (other than *after*) once it is open: exec() blocks otherwise."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is after:
            QTimer.singleShot(20, poll)
            return
        try:
            act(dialog)
        except BaseException:
            dialog.close()  # never left waiting in exec(): the failure is reported after it returns
            raise

    QTimer.singleShot(0, poll)


@pytest.fixture
def pilot(db: Database, finnish_app: QApplication) -> tuple[Team, str, dict[str, str]]:
    """A list of four: two of Riikka's in Koli, one of Petri's in Ahmovaara and one nobody's yet."""
    team = make_team(db)
    act_as(db, team.coordinator)
    list_id = new_list(db)
    people = {
        "aino": add_person(db, list_id, "Aino", "Korhonen", "Koli", "040 111 2222", worker=team.riikka),
        "eino": add_person(db, list_id, "Eino", "Leino", "Koli", "040 333 4444", worker=team.riikka),
        "ville": add_person(db, list_id, "Ville", "Väänänen", "Ahmovaara", worker=team.petri),
        "olli": add_person(db, list_id, "Olli", "Ojanen", "Nunnanlahti"),
    }
    return team, list_id, people


def attempt(
    db: Database,
    entry_id: str,
    outcome: AttemptOutcome,
    day: dt.date | None = None,
    channel: ContactChannel = ContactChannel.PHONE,
    next_try: dt.date | None = None,
) -> None:
    """An attempt recorded by the system (on any day up to today)."""
    from vauhdittamo.services.outreach import attempts
    from vauhdittamo.services.outreach.attempts import AttemptInput

    with db.transaction(SYSTEM) as session:
        attempts.record_attempt(session, entry_id, AttemptInput(channel, day or local_today(), outcome, "", next_try))


def _attempts(db: Database, entry_id: str) -> list[OutreachAttempt]:
    with db.session(SYSTEM) as session:
        return list(session.scalars(select(OutreachAttempt).where(OutreachAttempt.entry_id == entry_id)))


def test_who_sees_the_outreach_screen(qtbot: QtBot, db: Database, pilot: tuple[Team, str, dict[str, str]]) -> None:
    team, _list_id, _people = pilot
    for staff_id, sees in ((team.riikka, True), (team.coach, True), (team.coordinator, True), (team.desk, False)):
        main = window_for(qtbot, db, staff_id)
        assert any(isinstance(p, OutreachPage) for p in main.pages) is sees
        if sees:  # after the workshops, before the reports
            assert main.pages.index(next(p for p in main.pages if isinstance(p, OutreachPage))) == 4
        main.close()


def test_a_worker_records_an_attempt_by_keyboard(
    qtbot: QtBot, db: Database, pilot: tuple[Team, str, dict[str, str]]
) -> None:
    team, _list_id, people = pilot
    main = window_for(qtbot, db, team.riikka)
    qtbot.keyClick(main, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = main.current_page()
    assert isinstance(page, OutreachPage)
    assert QApplication.focusWidget() is page.view, "Ctrl+5 lands in the people"
    assert [r.name for r in page.model.rows()] == ["Aino Korhonen", "Eino Leino"], "only her own"
    assert not page.worker_filter.isVisible()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.selected_entry() is not None and page.selected_entry().name == "Eino Leino"  # type: ignore[union-attr]

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AttemptDialog)
        assert dialog.focusWidget() is dialog.channel
        qtbot.keyClick(dialog.channel, Qt.Key.Key_Tab)  # the day
        dialog.outcome.setFocus()
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)  # not reached
        assert dialog.chosen_outcome() is AttemptOutcome.NOT_REACHED
        qtbot.keyClicks(dialog.note, "Soita illalla")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)  # Enter saves

    when_modal(fill)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    [saved] = _attempts(db, people["eino"])
    assert (saved.channel, saved.outcome, saved.note, saved.attempted_on) == (
        ContactChannel.PHONE,
        AttemptOutcome.NOT_REACHED,
        "Soita illalla",
        local_today(),
    )
    assert saved.staff_id == team.riikka
    row = page.selected_entry()
    assert row is not None and row.name == "Eino Leino" and row.status is EntryStatus.NOT_REACHED
    assert main.focusWidget() is page.view, "back in the list for the next call"


def test_an_attempt_with_mistakes_stays_open_and_says_why(
    qtbot: QtBot, db: Database, pilot: tuple[Team, str, dict[str, str]]
) -> None:
    team, _list_id, people = pilot
    main = window_for(qtbot, db, team.riikka)
    page = outreach_page(main)
    row = page.model.row_at(0)
    dialog = AttemptDialog(main.context, row, parent=page)
    qtbot.addWidget(dialog)
    dialog.save()  # no outcome chosen
    assert dialog.isVisible() is False or dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["outcome"].text() and not dialog.errors["outcome"].isHidden()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(AttemptOutcome.DECLINED.value))
    assert not dialog.next_try.isEnabled(), "no next try after a refusal"
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [a.outcome for a in _attempts(db, people["aino"])] == [AttemptOutcome.DECLINED]


def test_became_a_client_in_two_keys(qtbot: QtBot, db: Database, pilot: tuple[Team, str, dict[str, str]]) -> None:
    team, _list_id, people = pilot
    main = window_for(qtbot, db, team.riikka)
    page = outreach_page(main)
    page.view.selectRow(0)
    attempt(db, people["aino"], AttemptOutcome.REACHED, local_today() - dt.timedelta(days=3), ContactChannel.HOME_VISIT)
    page.load_entries()
    page.view.setFocus()

    def save(dialog: QWidget) -> None:
        from vauhdittamo.ui.clients.new_client_dialog import NewClientDialog

        assert isinstance(dialog, NewClientDialog)
        filled = {name: edit.text() for name, edit in dialog.edits.items()}
        assert (filled["first_name"], filled["last_name"], filled["village"], filled["phone"]) == (
            "Aino",
            "Korhonen",
            "Koli",
            "040 111 2222",
        )
        assert filled["address"] == "Kolintie 1"
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.edits["first_name"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_modal(save)
    qtbot.keyClick(page.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    with db.session(SYSTEM) as session:
        entry = session.get(OutreachEntry, people["aino"])
        assert entry is not None and entry.client_id is not None and entry.first_name == ""
        client = session.get(Client, entry.client_id)
        assert client is not None and (client.first_name, client.village, client.phone) == (
            "Aino",
            "Koli",
            "040 111 2222",
        )
    became = [a for a in _attempts(db, people["aino"]) if a.outcome is AttemptOutcome.BECAME_CLIENT]
    assert len(became) == 1 and became[0].channel is ContactChannel.HOME_VISIT, "the way of the last attempt"
    row = page.selected_entry()
    assert row is not None and row.status is EntryStatus.BECAME_CLIENT and row.name == "Aino Korhonen"
    assert not page.client_button.isEnabled()


def test_an_existing_client_is_linked_in_two_keys(
    qtbot: QtBot, db: Database, pilot: tuple[Team, str, dict[str, str]]
) -> None:
    team, _list_id, people = pilot
    with db.transaction(SYSTEM) as session:
        client_id = cs.create_client(session, cs.validate_client(cs.ClientInput("Eino", "Leino", "1.2.1980"))).id
    main = window_for(qtbot, db, team.riikka)
    page = outreach_page(main)
    page.view.selectRow(1)
    page.view.setFocus()

    def choose(dialog: QWidget) -> None:
        assert dialog.search.field.text() == "Eino Leino"  # type: ignore[attr-defined]
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.search.field, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    when_modal(choose)
    qtbot.keyClick(page.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.notice.text() == "Eino Leino on nyt asiakas."
    with db.session(SYSTEM) as session:
        entry = session.get(OutreachEntry, people["eino"])
        assert entry is not None and entry.client_id == client_id


def test_the_became_a_client_outcome_in_the_dialog_makes_the_client(
    qtbot: QtBot, db: Database, pilot: tuple[Team, str, dict[str, str]]
) -> None:
    team, _list_id, people = pilot
    main = window_for(qtbot, db, team.riikka)
    page = outreach_page(main)
    dialog = AttemptDialog(main.context, page.model.row_at(0), AttemptOutcome.BECAME_CLIENT, page)
    qtbot.addWidget(dialog)
    assert dialog.link_button.isVisible() or not dialog.link_button.isHidden()
    dialog.note.setText("Tulee START-pajaan")
    when_modal(lambda new_client: new_client.save(), after=dialog)  # type: ignore[attr-defined]
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.client_id is not None
    [became] = _attempts(db, people["aino"])
    assert (became.outcome, became.note) == (AttemptOutcome.BECAME_CLIENT, "Tulee START-pajaan")


def test_filters_and_the_debounced_search(qtbot: QtBot, db: Database, pilot: tuple[Team, str, dict[str, str]]) -> None:
    team, _list_id, people = pilot
    attempt(
        db, people["aino"], AttemptOutcome.NOT_REACHED, local_today() - dt.timedelta(days=5), next_try=local_today()
    )
    main = window_for(qtbot, db, team.coordinator)
    page = outreach_page(main)
    assert len(page.model.rows()) == 4 and page.worker_filter.isVisible()
    page.village_filter.setCurrentIndex(page.village_filter.findData("Koli"))
    assert [r.name for r in page.model.rows()] == ["Aino Korhonen", "Eino Leino"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("due"))
    assert [r.name for r in page.model.rows()] == ["Aino Korhonen"]
    page.village_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData(EntryStatus.NOT_TRIED.value))
    assert len(page.model.rows()) == 3
    page.worker_filter.setCurrentIndex(page.worker_filter.findData(""))
    assert [r.name for r in page.model.rows()] == ["Olli Ojanen"]
    page.worker_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "vaan")
    assert page._filter_timer.isActive(), "the search waits for the next key"
    qtbot.waitUntil(lambda: [r.name for r in page.model.rows()] == ["Ville Väänänen"])
    assert page.count_label.text() == "1/4"


def test_a_coordinator_fills_assigns_and_closes_a_list(
    qtbot: QtBot,
    db: Database,
    pilot: tuple[Team, str, dict[str, str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    team, list_id, people = pilot
    main = window_for(qtbot, db, team.coordinator)
    page = outreach_page(main)
    path = tmp_path / "kylat.csv"
    path.write_text("etunimi;sukunimi;kylä\nPekka;Puu;Koli\nPekka;Puu;koli\n", encoding="utf-8")
    dialog = ImportEntriesDialog(main.context, list_id, "Kyläpilotti", page.workers, page, path, background=False)
    qtbot.addWidget(dialog)
    assert dialog.preview is not None and dialog.preview.importable_count == 1
    dialog.worker.setCurrentIndex(dialog.worker.findData(team.petri))
    dialog.import_button.click()
    assert dialog.report is not None and dialog.report.imported == 1
    page.load_entries()
    assert "Pekka Puu" in [r.name for r in page.model.rows()]

    names = [r.name for r in page.model.rows()]
    page.view.selectRow(names.index("Olli Ojanen"))

    def assign(found: QWidget) -> None:
        assert isinstance(found, AssignDialog)
        found.worker.setCurrentIndex(found.worker.findData(team.petri))
        found._chosen()

    when_modal(assign)
    page.assign()
    with db.session(SYSTEM) as session:
        olli = session.get(OutreachEntry, people["olli"])
        assert olli is not None and olli.assigned_to_id == team.petri

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    page.close_list()
    summary = page.current_summary()
    assert summary is None or summary.is_closed  # a closed list shows only with "Show closed lists"
    page.show_closed.setChecked(True)
    summary = page.current_summary()
    assert summary is not None and summary.is_closed
    assert all(r.name == "" and r.erased for r in page.model.rows())
    assert not page.attempt_button.isEnabled() and not page.close_list_button.isEnabled()


def test_a_list_is_made_in_its_dialog(qtbot: QtBot, db: Database, pilot: tuple[Team, str, dict[str, str]]) -> None:
    team, _list_id, _people = pilot
    act_as(db, team.coordinator)
    main = window_for(qtbot, db, team.coordinator)
    dialog = ListDialog(main.context)
    qtbot.addWidget(dialog)
    dialog.save()
    assert not dialog.errors["name"].isHidden()
    dialog.name.setText("Kevät 2027")
    dialog.villages.setText("Koli; Vuonislahti")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session(acting(db)) as session:
        from vauhdittamo.services.outreach import lists

        made = lists.get_list(session, dialog.list_id or "")
    assert made.villages == ("Koli", "Vuonislahti")


def test_a_person_is_added_and_the_same_person_twice_needs_a_second_save(
    qtbot: QtBot, db: Database, pilot: tuple[Team, str, dict[str, str]]
) -> None:
    team, list_id, _people = pilot
    main = window_for(qtbot, db, team.coordinator)
    dialog = EntryDialog(main.context, ("Koli", "Ahmovaara", "Nunnanlahti"), list_id=list_id)
    qtbot.addWidget(dialog)
    dialog.edits["first_name"].setText("Aino")
    dialog.edits["last_name"].setText("Korhonen")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and not dialog.errors["last_name"].isHidden()
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_progress_tab_and_its_workbook(
    qtbot: QtBot, db: Database, pilot: tuple[Team, str, dict[str, str]], tmp_path: Path
) -> None:
    team, list_id, people = pilot
    attempt(db, people["aino"], AttemptOutcome.REACHED)
    attempt(db, people["ville"], AttemptOutcome.DECLINED)
    main = window_for(qtbot, db, team.coordinator)
    page = outreach_page(main)
    page.tabs.setCurrentIndex(1)
    assert page.progress_view.total_card.value_label.text() == "4"
    assert page.progress_view.reached_card.value_label.text() == "2"
    villages = page.progress_view.villages.source_model.rows()
    assert [line.label for line in villages] == ["Koli", "Ahmovaara", "Nunnanlahti", page.progress_view.tr("All")]
    assert page.progress_view.export_button.isVisible()
    out = tmp_path / "eteneminen.xlsx"
    page.export_to(out)
    assert load_workbook(out).sheetnames == ["Kylät", "Työntekijät", "Yhteydenotot"]
    assert str(out) in page.notice.text()
    with db.session(SYSTEM) as session:
        [detail] = session.scalars(select(AuditEntry.detail).where(AuditEntry.action == AuditAction.EXPORTED))
    assert detail == "outreach_progress entries=4 attempts=2"
    worker = window_for(qtbot, db, team.riikka)
    assert not outreach_page(worker).progress_view.export_button.isVisible()
