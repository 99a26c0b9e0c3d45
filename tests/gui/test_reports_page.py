"""The Reports screen: a coordinator's period report on demo data, stepping, filters, the workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.acting import act_as, staff_actor
from vauhdittamo.db import Database
from vauhdittamo.models import AuditAction, AuditEntry, Client, StaffMember, StaffRole
from vauhdittamo.services.demo import generate_demo
from vauhdittamo.services.permissions import SYSTEM
from vauhdittamo.services.reporting.figures import PeriodReport
from vauhdittamo.services.reporting.indicators import IndicatorGroup
from vauhdittamo.services.reporting.period import Period, PeriodKind, ReportFilters
from vauhdittamo.services.reporting.queries import period_report
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.reports import loading
from vauhdittamo.ui.reports import page as page_module
from vauhdittamo.ui.reports.figure_tables import format_count, format_hours
from vauhdittamo.ui.reports.page import ReportsPage
from vauhdittamo.ui.reports.periods import PeriodChoice

TODAY = dt.date(2026, 11, 24)
Q4 = Period.quarter(2026, 4)


@pytest.fixture
def demo(db: Database) -> Database:
    generate_demo(db, clients=60, weeks=10, seed=7, today=TODAY)
    return db


def member(db: Database, role: StaffRole) -> str:
    with db.session(SYSTEM) as session:
        found = session.scalars(select(StaffMember.id).where(StaffMember.role == role)).first()
    assert found is not None
    return found


def open_page(qtbot: QtBot, db: Database, role: StaffRole = StaffRole.COORDINATOR) -> ReportsPage:
    staff_id = member(db, role)
    act_as(db, staff_id)
    context = AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Minna Partanen")
    page = ReportsPage(context, background=False, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1146, 720)
    page.show()
    page.refresh()
    return page


def expected(db: Database, period: Period, filters: ReportFilters | None = None) -> PeriodReport:
    """The same report, straight from the service."""
    with db.session(staff_actor(db, member(db, StaffRole.COORDINATOR))) as session:
        return period_report(session, period, filters or ReportFilters(), today=TODAY)


def card(page: ReportsPage, key: str) -> str:
    return page.view.cards[key].value_label.text()


def test_the_page_shows_the_figures_of_the_period_report(qtbot: QtBot, finnish_app: QApplication,
                                                          demo: Database) -> None:
    page = open_page(qtbot, demo)
    want = expected(demo, Q4)
    assert page.report is not None and page.report.period == Q4  # the current quarter in Helsinki
    shown = {
        "entered": want.participants.entered, "active": want.participants.active,
        "exited": want.participants.exited, "visits": want.visits.total,
        "anonymous_visits": want.visits.anonymous, "visit_clients": want.visits.distinct_clients,
        "referrals": want.referrals.total, "referral_clients": want.referrals.distinct_clients,
        "assessments": want.assessments.total, "certificates": want.certificates.total,
        "sessions": want.attendance.sessions_held, "workshop_participants": want.attendance.distinct_participants,
        "attendances": want.attendance.attendances, "anonymous_attendances": want.attendance.anonymous,
    }
    assert {key: card(page, key) for key in shown} == {key: format_count(n) for key, n in shown.items()}
    assert want.visits.total > 0 and want.attendance.attendances > 0
    assert card(page, "hours") == format_hours(want.attendance.hours)
    target = page.view.target_card.bar
    if want.participants.target:
        assert target.isVisible()
        assert target.text() == (f"{format_count(want.participants.entered_to_date)} / "
                                 f"{format_count(want.participants.target)}")
    # The indicators by gender: the first row of each group is its total.
    for group, indicators in ((IndicatorGroup.OUTPUT, want.output_indicators),
                              (IndicatorGroup.RESULT, want.result_indicators),
                              (IndicatorGroup.FOLLOW_UP, want.follow_up_indicators)):
        table = page.view.indicator_tables[group]
        assert table.rowCount() == len(indicators)
        first = indicators[0].by_gender
        assert [table.cell_text(0, c) for c in range(1, 6)] == [
            format_count(n) for n in (first.woman, first.man, first.non_binary, first.not_told, first.total)
        ]
    # The per-workshop table ends with the period's totals; months are named in Finnish.
    workshops = page.view.workshop_table
    total_row = workshops.rowCount() - 1
    assert workshops.cell_text(total_row, 3) == format_count(want.attendance.attendances)
    assert page.view.visits_chart.categories == ["loka", "marras", "joulu"]
    # The note that the quarter runs past today, in words.
    assert page.view.notes_label.isVisible()
    assert page.view.notes_label.text() == "\n".join(QCoreApplication.translate("reports", n) for n in want.notes)
    # The record counts for everyone, below.
    with demo.session(SYSTEM) as session:
        clients = len(session.scalars(select(Client.id).where(Client.deleted_at.is_(None))).all())
    assert page.cards["clients"].value_label.text() == format_count(clients)


def test_stepping_the_period_changes_the_shown_range(qtbot: QtBot, finnish_app: QApplication,
                                                     demo: Database) -> None:
    page = open_page(qtbot, demo)
    bar = page.period_bar
    with qtbot.waitSignal(page.report_shown):
        qtbot.mouseClick(bar.previous_button, Qt.MouseButton.LeftButton)
    q3 = Period.quarter(2026, 3)
    assert page.report is not None and page.report.period == q3
    assert (bar.start_edit.text(), bar.end_edit.text()) == ("1.7.2026", "30.9.2026")
    assert page.report.visits.total == expected(demo, q3).visits.total
    # A month of the shown quarter: its last, as today is not in it.
    with qtbot.waitSignal(page.report_shown):
        bar.kind.setCurrentIndex(bar.kind.findData(PeriodKind.MONTH.value))
    assert page.report.period == Period.month(2026, 9)
    assert bar.name_label.text() == "syyskuu 2026"
    # Typing a date makes the period any range.
    with qtbot.waitSignal(page.report_shown):
        bar.start_edit.setDate(bar.start_edit.date().addDays(-30))
    assert bar.choice().kind is PeriodKind.RANGE
    assert page.report.period == Period(dt.date(2026, 8, 2), dt.date(2026, 9, 30))


def test_quick_changes_load_once(qtbot: QtBot, finnish_app: QApplication, demo: Database,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(qtbot, demo)
    loads: list[Period] = []
    real = loading.load_report

    def counting(*args: Any) -> Any:
        loads.append(args[2])
        return real(*args)

    monkeypatch.setattr(page_module, "load_report", counting)
    with qtbot.waitSignal(page.report_shown):
        for _ in range(3):
            page.period_bar.step(-1)
    assert loads == [Period.quarter(2026, 1)]
    assert page.report is not None and page.report.period == Period.quarter(2026, 1)


def test_a_filter_narrows_the_figures(qtbot: QtBot, finnish_app: QApplication, demo: Database) -> None:
    page = open_page(qtbot, demo)
    everyone = page.report
    assert everyone is not None
    combo = page.period_bar.municipality_filter
    assert combo.count() > 1  # filled in the background from the clients' home municipalities
    assert not page.period_bar.village_filter.isEnabled()
    with qtbot.waitSignal(page.report_shown):
        combo.setCurrentIndex(1)
    municipality = combo.currentData()
    want = expected(demo, Q4, ReportFilters(municipality=municipality))
    assert page.report is not None and page.report.filters.municipality == municipality
    assert card(page, "visits") == format_count(want.visits.total)
    assert want.visits.total < everyone.visits.total  # anonymous visits and other municipalities' clients left out
    assert page.view.notes_label.isVisible()
    assert page.period_bar.village_filter.isEnabled() == (page.period_bar.village_filter.count() > 1)
    # A workshop narrows attendance to its sessions.
    workshop = page.period_bar.workshop_filter
    with qtbot.waitSignal(page.report_shown):
        combo.setCurrentIndex(0)
        workshop.setCurrentIndex(1)
    assert page.report.filters == ReportFilters(workshop_id=workshop.currentData())
    assert page.report.attendance.attendances <= everyone.attendance.attendances
    assert page.view.workshop_table.rowCount() <= 2  # the workshop and the total (or a line saying none)


def test_the_export_button_writes_the_workbook(qtbot: QtBot, finnish_app: QApplication, demo: Database,
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(qtbot, demo)
    asked: list[str] = []

    def save_as(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "neljännes"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    with qtbot.waitSignal(page.exported):
        qtbot.mouseClick(page.report_export_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).name == "vauhdittamo-raportti-2026-Q4.xlsx"
    written = tmp_path / "neljännes.xlsx"
    assert written.exists()
    workbook = openpyxl.load_workbook(written, read_only=True)
    try:
        assert "Yhteenveto" in workbook.sheetnames and "EURA" in workbook.sheetnames
    finally:
        workbook.close()
    assert page.message.isVisible() and str(written) in page.message.text()
    assert page.open_file_button.isVisible()
    assert page.report_export_button.isEnabled()
    with demo.session(SYSTEM) as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert AuditAction.EXPORTED in actions


def test_a_failed_export_says_so_in_plain_words(qtbot: QtBot, finnish_app: QApplication, demo: Database,
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(qtbot, demo)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a: (str(tmp_path / "no such folder" / "r.xlsx"), ""))
    qtbot.mouseClick(page.report_export_button, Qt.MouseButton.LeftButton)
    assert page.message.isVisible() and page.message.objectName() == "fieldError"
    assert not page.open_file_button.isVisible()
    assert page.report_export_button.isEnabled()


def test_a_front_desk_user_sees_the_counts_not_the_coordinators_report(
    qtbot: QtBot, finnish_app: QApplication, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    called: list[object] = []
    monkeypatch.setattr(page_module, "load_report", lambda *a: called.append(a))
    page = open_page(qtbot, demo, StaffRole.FRONT_DESK)
    assert not page.period_bar.isVisible()
    assert not page.view.isVisible()
    for button in (page.report_export_button, page.export_button, page.projects_button):
        assert not button.isVisible()
    assert page.not_for_role.isVisible()
    assert page.cards["clients"].value_label.text() != "0"
    page.load_report()
    page.export_report()
    assert called == [] and page.report is None


def test_a_coordinator_may_open_the_projects(qtbot: QtBot, finnish_app: QApplication, demo: Database,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from vauhdittamo.ui.projects.projects_dialog import ProjectsDialog

    page = open_page(qtbot, demo)
    assert page.projects_button.isVisible() and page.report_export_button.isVisible()
    opened: list[ProjectsDialog] = []
    monkeypatch.setattr(ProjectsDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    with qtbot.waitSignal(page.report_shown):  # the projects may have changed: read again
        qtbot.mouseClick(page.projects_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    coach = open_page(qtbot, demo, StaffRole.COACH)
    assert not coach.projects_button.isVisible()


def test_project_to_date_runs_from_the_projects_start(qtbot: QtBot, finnish_app: QApplication,
                                                      demo: Database) -> None:
    page = open_page(qtbot, demo)
    bar = page.period_bar
    if bar.project_filter.count() < 2:
        pytest.skip("the demo data has no projects")
    with qtbot.waitSignal(page.report_shown):
        bar.project_filter.setCurrentIndex(1)
    with qtbot.waitSignal(page.report_shown):
        bar.kind.setCurrentIndex(bar.kind.findData(PeriodKind.PROJECT.value))
    span = bar.project_span()
    assert span is not None and page.report is not None
    assert page.report.period.start == span[0]
    assert page.report.period.end == (TODAY if span[1] is None else min(TODAY, span[1]))
    assert not bar.previous_button.isEnabled()
    assert page.report.filters.project_id == bar.project_filter.currentData()
    bar.set_choice(PeriodChoice(PeriodKind.YEAR, Period.year(2026)))
    assert bar.previous_button.isEnabled()


def test_a_figure_table_refilled_keeps_its_columns_fitted(qtbot: QtBot, finnish_app: QApplication) -> None:
    from PySide6.QtWidgets import QHeaderView

    from vauhdittamo.ui.reports.figure_tables import FigureTable

    table = FigureTable(["Ryhmä", "Osallistujat", "Osuus"], empty_text="Ei osallistujia")
    qtbot.addWidget(table)
    table.resize(700, 300)
    table.show()
    table.set_rows([["Alle 30-vuotiaat", 12, "40 %"]])
    table.set_rows([["Alle 30-vuotiaat", 1_234_567, "40 %"], ["30 vuotta täyttäneet", 3, "60 %"]],
                   total=["Yhteensä", 1_234_570, ""])
    header = table.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.ResizeToContents
    qtbot.waitUntil(lambda: header.sectionSize(1) >= table.sizeHintForColumn(1))  # the widest number fits
    assert table.cell_text(1, 0) == "30 vuotta täyttäneet" and table.cell_text(2, 1) == format_count(1_234_570)
    assert table.height() == table.content_height(), "as tall as its rows"
    table.set_rows([])
    assert table.cell_text(0, 0) == "Ei osallistujia"
