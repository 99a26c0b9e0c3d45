"""The coordinator's week end to end: a weekly workshop made in its dialog, a session marked with
enrolled, drop-in and anonymous people, the week exported, and the workbook's numbers checked
against the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QDate, QModelIndex, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.acting import acting, staff_actor
from vauhdittamo.db import Database
from vauhdittamo.models import AttendanceMark, AttendanceStatus, Client, WorkshopKind, WorkshopSession
from vauhdittamo.services import attendance
from vauhdittamo.services import workshops as ws
from vauhdittamo.services.attendance_export import GRAND_TOTAL_LABEL, SUMMARY_HEADER_ROW
from vauhdittamo.services.clients import search_key_for
from vauhdittamo.services.isoweek import IsoWeek
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.reports.export_dialog import ExportAttendanceDialog
from vauhdittamo.ui.workshops.attendance_dialog import AttendanceDialog
from vauhdittamo.ui.workshops.page import WorkshopsPage
from vauhdittamo.ui.workshops.week_grid import STRANDED_ROLE, WARNING_COLOUR, WeekGrid
from vauhdittamo.ui.workshops.workshop_dialog import WorkshopDialog


def _client(db: Database, first: str, last: str, born: dt.date) -> str:
    with db.transaction(acting(db)) as session:
        client = Client(first_name=first, last_name=last, birth_date=born, municipality="Lieksa")
        client.search_key = search_key_for(client)
        session.add(client)
        session.flush()
        return client.id


def test_workshop_week_from_the_schedule_to_the_workbook(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, tmp_path: Path
) -> None:
    context = AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna Ohjaaja")
    today = local_today()

    # 1. A weekly workshop meeting on today's weekday, made in its dialog.
    dialog = WorkshopDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Vauhdittamo START")
    dialog.capacity.setValue(20)
    dialog.start_date.setDate(QDate(today.year, today.month, today.day).addDays(-14))
    row = dialog.schedule.rows[0]
    row.weekday.setCurrentIndex(row.weekday.findData(today.isoweekday()))
    row.start.setTime(QTime(9, 0))
    row.end.setTime(QTime(12, 0))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.workshop_id is not None
    workshop_id = dialog.workshop_id
    with db.session(acting(db)) as session:
        [todays] = ws.sessions_between(session, today, today)
    assert todays.workshop_id == workshop_id and todays.start_time == dt.time(9)

    # 2. Three enrolled (one under 30), one drop-in found by the search, two anonymous people.
    aino = _client(db, "Aino", "Korhonen", dt.date(2003, 5, 1))
    eero = _client(db, "Eero", "Mäkinen", dt.date(1975, 2, 2))
    sanna = _client(db, "Sanna", "Heikkinen", dt.date(1988, 3, 3))
    ville = _client(db, "Ville", "Pudottautuja", dt.date(2001, 4, 4))  # not enrolled
    with db.transaction(acting(db)) as session:
        for client_id in (aino, eero, sanna):
            ws.enrol(session, workshop_id, client_id, today - dt.timedelta(days=14))
    sheet = AttendanceDialog(context, todays.session_id)
    qtbot.addWidget(sheet)
    sheet.show()
    # Enrolled people in name order: Heikkinen (present), Korhonen (present), Mäkinen (absent).
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2):
        qtbot.keyClick(sheet.table, key)
    sheet.search.field.setText("pudottautuja")
    sheet.search.search_now()
    qtbot.keyClick(sheet.search.field, Qt.Key.Key_Return)
    qtbot.keyClick(sheet.search.field, Qt.Key.Key_F2)
    qtbot.keyClick(sheet.search.field, Qt.Key.Key_F2)
    assert sheet.sheet is not None and (sheet.sheet.present, sheet.sheet.anonymous_count) == (3, 2)
    drop_in = sheet.sheet.row(ville)
    assert drop_in is not None and drop_in.drop_in and drop_in.status == AttendanceStatus.PRESENT

    # 3. The week's workbook from the Reports dialog.
    export = ExportAttendanceDialog(context, today=today + dt.timedelta(days=7), background=False)
    qtbot.addWidget(export)
    export.show()
    assert export.week == IsoWeek.containing(today)
    out = tmp_path / "viikko.xlsx"
    export.path_edit.setText(str(out))
    export.export()
    assert export.summary is not None, export.message.text()

    # 4. The workbook's numbers against the database.
    week = IsoWeek.containing(today)
    with db.session(acting(db)) as session:
        held = session.scalar(
            select(func.count()).select_from(WorkshopSession).where(
                WorkshopSession.deleted_at.is_(None), WorkshopSession.cancelled.is_(False),
                WorkshopSession.session_date >= week.monday, WorkshopSession.session_date <= week.sunday,
            )
        )
        marks = {
            status: count
            for status, count in session.execute(
                select(AttendanceMark.status, func.count())
                .join(WorkshopSession, WorkshopSession.id == AttendanceMark.session_id)
                .where(WorkshopSession.session_date >= week.monday, WorkshopSession.session_date <= week.sunday,
                       AttendanceMark.deleted_at.is_(None))
                .group_by(AttendanceMark.status)
            )
        }
    assert marks == {AttendanceStatus.PRESENT: 3, AttendanceStatus.ABSENT: 1}
    workbook = load_workbook(out)
    summary = workbook["Yhteenveto"]
    headers = [c.value for c in summary[SUMMARY_HEADER_ROW]]
    grand = next(
        dict(zip(headers, (c.value for c in cells), strict=False))
        for cells in summary.iter_rows(min_row=SUMMARY_HEADER_ROW + 1)
        if cells[0].value == GRAND_TOTAL_LABEL
    )
    assert grand["Pidetyt"] == held == 1
    assert grand["Läsnä"] == marks[AttendanceStatus.PRESENT] == 3
    assert grand["Eri osallistujat *"] == 3
    assert (grand["Alle 30-vuotiaat"], grand["30 vuotta täyttäneet"]) == (2, 1)  # Aino and Ville; Sanna
    assert grand["Nimettömät"] == 2 and grand["Yhteensä"] == 5
    detail = workbook["Osallistumiset"]
    rows = [r for r in detail.iter_rows(min_row=2, values_only=True) if r[0] is not None]
    assert len(rows) == 4 + 1  # four marks and the anonymous head count
    assert {r[4] for r in rows} >= {"Korhonen, Aino", "Pudottautuja, Ville"}
    assert all(isinstance(r[0], dt.datetime) for r in rows)  # real dates, not text


def _workshop_today(db: Database, staff_id: str, name: str) -> tuple[str, str]:
    """A workshop meeting today; (its id, today's session id)."""
    today = local_today()
    with db.transaction(acting(db)) as session:
        workshop = ws.create_workshop(session, ws.WorkshopInput(
            name=name, kind=WorkshopKind.GROUP, place="Pielisentie 7", capacity=10,
            start_date=today - dt.timedelta(days=7), facilitator_ids=[staff_id],
            slots=[ws.SlotInput(today.isoweekday(), dt.time(9, 0), dt.time(12, 0))],
        ))
        [todays] = ws.sessions_between(session, today, today, workshop.id)
        return workshop.id, todays.session_id


def _red_pixels(grid: WeekGrid, index: QModelIndex) -> int:
    image = grid.viewport().grab(grid.visualRect(index)).toImage()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if image.pixelColor(x, y) == WARNING_COLOUR)


def test_week_grid_marks_a_cancelled_session_that_still_has_attendance(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str
) -> None:
    """Cancelled on one laptop while another marked people present: the week shows it and says what to do."""
    context = AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna Ohjaaja")
    _, stranded_id = _workshop_today(db, staff_id, "Kyläpaja Koli")
    _, cancelled_id = _workshop_today(db, staff_id, "Kyläpaja Nunnanlahti")
    client_id = _client(db, "Aino", "Korhonen", dt.date(2003, 5, 1))
    with db.transaction(acting(db)) as session:
        attendance.mark(session, stranded_id, client_id, AttendanceStatus.PRESENT)
        ws.cancel_session(session, stranded_id, "Ohjaaja sairaana")
        ws.cancel_session(session, cancelled_id, "Ohjaaja sairaana")

    page = WorkshopsPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    page.refresh()
    model = page.grid.week_model
    stranded, cancelled = model.index_of(stranded_id), model.index_of(cancelled_id)
    assert stranded.isValid() and cancelled.isValid()
    assert model.data(stranded, STRANDED_ROLE) is not None
    assert model.data(cancelled, STRANDED_ROLE) is None
    assert "läsnäolomerkintöjä" in model.data(stranded, Qt.ItemDataRole.ToolTipRole)
    assert "läsnäolomerkintöjä" not in model.data(cancelled, Qt.ItemDataRole.ToolTipRole)
    # The card carries a red badge that a plainly cancelled one has not (both say "Peruttu" in red).
    assert _red_pixels(page.grid, stranded) > _red_pixels(page.grid, cancelled) + 60

    page.grid.setCurrentIndex(stranded)
    assert page.stranded_label.isVisibleTo(page)
    assert "1 läsnäolomerkintää (1 läsnä)" in page.stranded_label.text()
    page.grid.setCurrentIndex(cancelled)
    assert not page.stranded_label.isVisibleTo(page)
