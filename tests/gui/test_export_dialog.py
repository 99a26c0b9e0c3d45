"""The weekly attendance export dialog: default week, figures, export, errors."""

from __future__ import annotations

import datetime as dt
import time
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.acting import acting, staff_actor
from vauhdittamo import timeutil
from vauhdittamo.db import Database
from vauhdittamo.models import AttendanceStatus, AuditAction, AuditEntry, Client
from vauhdittamo.services import attendance
from vauhdittamo.services import workshops as ws
from vauhdittamo.services.isoweek import IsoWeek
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.reports.export_dialog import ExportAttendanceDialog

TODAY = dt.date(2026, 11, 24)  # week 48; last week is 2026-W47 (16.–22.11.)


@pytest.fixture
def two_workshops(db: Database, staff_id: str) -> dict[str, str]:
    """START on Tuesdays and a course on Thursdays, with marks in week 47."""
    ids: dict[str, str] = {}
    with db.transaction(acting(db)) as session:
        for name, weekday in (("Vauhdittamo START", 2), ("Kahvilakurssi", 4)):
            workshop = ws.create_workshop(
                session,
                ws.WorkshopInput(name=name, start_date=dt.date(2026, 11, 2), end_date=dt.date(2026, 12, 31),
                                 slots=[ws.SlotInput(weekday, dt.time(9), dt.time(12))]),
                today=TODAY,
            )
            ids[name] = workshop.id
        people = []
        for n, born in enumerate((dt.date(2000, 1, 1), dt.date(1970, 1, 1), dt.date(2004, 6, 6))):
            client = Client(first_name=f"Etu{n}", last_name=f"Suku{n}", birth_date=born)
            session.add(client)
            session.flush()
            people.append(client.id)
        start_session = ws.sessions_between(session, dt.date(2026, 11, 17), dt.date(2026, 11, 17))[0].session_id
        course_session = ws.sessions_between(session, dt.date(2026, 11, 19), dt.date(2026, 11, 19))[0].session_id
        for person in people:
            attendance.mark(session, start_session, person, AttendanceStatus.PRESENT, today=TODAY)
        attendance.mark(session, course_session, people[0], AttendanceStatus.PRESENT, today=TODAY)
        attendance.mark(session, course_session, people[1], AttendanceStatus.ABSENT, today=TODAY)
        attendance.set_anonymous_count(session, start_session, 2, today=TODAY)
    return ids


def _dialog(
    qtbot: QtBot, db: Database, staff_id: str, tmp_path: Path, today: dt.date | None = TODAY
) -> ExportAttendanceDialog:
    dialog = ExportAttendanceDialog(
        AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna Ohjaaja"), today=today, background=False
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "viikko.xlsx"))
    return dialog


def test_last_week_is_the_default_and_its_figures_show(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, two_workshops: dict[str, str],
    tmp_path: Path,
) -> None:
    dialog = _dialog(qtbot, db, staff_id, tmp_path)
    assert dialog.week == IsoWeek(2026, 47)
    assert dialog.dates_label.text() == "16.11.2026 – 22.11.2026"
    assert dialog.present_card.value_label.text() == "4"
    assert dialog.people_card.value_label.text() == "3"
    assert dialog.anonymous_card.value_label.text() == "2"
    assert dialog.sessions_card.value_label.text() == "2"
    dialog.next_button.click()
    assert dialog.week == IsoWeek(2026, 48) and dialog.present_card.value_label.text() == "0"


def test_export_writes_the_chosen_workshops(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, two_workshops: dict[str, str],
    tmp_path: Path,
) -> None:
    dialog = _dialog(qtbot, db, staff_id, tmp_path)
    course = next(
        dialog.workshop_list.item(r) for r in range(dialog.workshop_list.count())
        if dialog.workshop_list.item(r).text() == "Kahvilakurssi"
    )
    course.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen_workshops() == [two_workshops["Vauhdittamo START"]]
    assert dialog.present_card.value_label.text() == "3"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.summary is not None and dialog.summary.rows == 4  # three marks and one anonymous row
    assert "viikko.xlsx" in dialog.message.text() and dialog.open_folder_button.isVisible()
    assert dialog.progress.isHidden()
    workbook = load_workbook(tmp_path / "viikko.xlsx")
    detail = workbook["Osallistumiset"]
    workshops_in_file = {row[2] for row in detail.iter_rows(min_row=2, values_only=True) if row[0] is not None}
    assert workshops_in_file == {"Vauhdittamo START"}


def test_a_folder_that_does_not_exist_is_explained(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, two_workshops: dict[str, str],
    tmp_path: Path,
) -> None:
    dialog = _dialog(qtbot, db, staff_id, tmp_path)
    dialog.path_edit.setText(str(tmp_path / "ei-ole" / "viikko.xlsx"))
    dialog.export()
    assert dialog.summary is None
    assert "ei-ole" in dialog.message.text() and "kansio" in dialog.message.text()


def test_nothing_chosen_disables_export(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, two_workshops: dict[str, str],
    tmp_path: Path,
) -> None:
    dialog = _dialog(qtbot, db, staff_id, tmp_path)
    dialog.none_button.click()
    assert not dialog.export_button.isEnabled()
    dialog.all_button.click()
    assert dialog.export_button.isEnabled() and dialog.chosen_workshops() is None


@pytest.fixture
def machine_in_new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's own time zone is far from Helsinki."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def freeze_clock(monkeypatch: pytest.MonkeyPatch, moment: dt.datetime) -> None:
    """The application's clock (vauhdittamo.timeutil) stands still at *moment*."""

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Frozen:  # type: ignore[override]
            return cls.fromtimestamp(moment.timestamp(), tz)

    fake = types.SimpleNamespace(**{name: getattr(dt, name) for name in dir(dt) if not name.startswith("__")})
    fake.datetime = Frozen
    monkeypatch.setattr(timeutil, "dt", fake)


@pytest.mark.usefixtures("machine_in_new_york")
def test_the_default_week_follows_helsinki_not_the_computer(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, two_workshops: dict[str, str],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At 0.30 on Monday 4.1.2027 in Helsinki it is still Sunday in UTC and in New York: 2026's week 53 just
    ended (there, week 52 would be the last one ended)."""
    moment = dt.datetime(2027, 1, 3, 22, 30, tzinfo=dt.UTC)
    freeze_clock(monkeypatch, moment)
    assert timeutil.local_today() == dt.date(2027, 1, 4)
    assert IsoWeek.containing(moment.date()) == IsoWeek(2026, 53)  # in UTC this week is still running
    assert IsoWeek.containing(dt.date.fromtimestamp(moment.timestamp())) == IsoWeek(2026, 53)  # and here
    dialog = _dialog(qtbot, db, staff_id, tmp_path, today=None)
    assert dialog.week == IsoWeek(2026, 53)
    assert dialog.dates_label.text() == "28.12.2026 – 3.1.2027"


def test_export_without_names(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, two_workshops: dict[str, str],
    tmp_path: Path,
) -> None:
    dialog = _dialog(qtbot, db, staff_id, tmp_path)
    dialog._auto_name = True
    dialog.without_names.setChecked(True)
    assert Path(dialog.path_edit.text()).name == "pajat_osallistuminen_2026-W47_ilman_nimia.xlsx"
    dialog.without_names.setChecked(False)
    assert Path(dialog.path_edit.text()).name == "pajat_osallistuminen_2026-W47.xlsx"
    dialog.without_names.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "ulos.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.summary is not None and not dialog.summary.with_names
    assert "ulos.xlsx" in dialog.message.text()
    book = load_workbook(tmp_path / "ulos.xlsx")
    headers = [c.value for c in book["Osallistumiset"][1]]
    assert "Asiakas" not in headers and "Osallistujakoodi" in headers
    cells = {str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value}
    assert not any("Suku" in text for text in cells)  # the clients are Etu0 Suku0 …
    with db.session(acting(db)) as session:
        (entry,) = session.query(AuditEntry).filter(AuditEntry.action == AuditAction.EXPORTED).all()
    assert entry.detail.endswith(" names=no")
