"""Pajat: the week's workshop sessions at a glance, attendance sheets, and the workshops themselves."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from vauhdittamo.db import Database
from vauhdittamo.services import session_checks, workshops
from vauhdittamo.services.permissions import Actor, Permission
from vauhdittamo.services.session_checks import CancelledWithAttendance
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date, format_time
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.tasks import Outcome, TaskRunner
from vauhdittamo.ui.widgets.page import Page
from vauhdittamo.ui.workshops.attendance_dialog import AttendanceDialog
from vauhdittamo.ui.workshops.cancelled_sessions import warning_text
from vauhdittamo.ui.workshops.week_grid import WeekGrid
from vauhdittamo.ui.workshops.workshop_list import WorkshopList


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True)
class LoadedWeek:
    """What the week tab shows: the workshops to filter by, the week's sessions, the stranded ones."""

    summaries: list[workshops.WorkshopSummary]
    sessions: list[workshops.SessionSummary]
    stranded: dict[str, CancelledWithAttendance]


def load_week(db: Database, actor: Actor, monday: dt.date, today: dt.date, workshop_id: str | None) -> LoadedWeek:
    """The background job of the week tab: the sessions up to its Sunday made, then read."""
    sunday = monday + dt.timedelta(days=6)
    with db.transaction(actor) as session:
        workshops.ensure_sessions_until(session, sunday, today=today)
    with db.session(actor) as session:
        summaries = workshops.list_workshops(session, today=today, include_ended=False)
        if workshop_id is not None and all(item.workshop_id != workshop_id for item in summaries):
            workshop_id = None  # the chosen workshop has ended or gone: the filter falls back to all
        sessions = workshops.sessions_between(session, monday, sunday, workshop_id)
        shown = {item.session_id for item in sessions if item.cancelled}
        stranded = {
            item.session_id: item
            for item in (session_checks.cancelled_with_attendance(session) if shown else [])
            if item.session_id in shown
        }
    return LoadedWeek(summaries, sessions, stranded)


class WorkshopsPage(Page):
    """Tabs: the week (browse with Alt+←/→, Enter opens attendance) and the workshops."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Workshops"), parent=parent)
        self.context = context
        self.monday = week_start(local_today())
        self.loader = TaskRunner(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cardTabs")
        self.tabs.addTab(self._build_week_tab(), self.tr("Week"))
        self.workshop_list = WorkshopList(context)
        self.workshop_list.changed.connect(self.refresh_week)
        self.tabs.addTab(self.workshop_list, self.tr("Workshops"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.body.addWidget(self.tabs, 1)

    def _build_week_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(10)
        bar = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Previous week"))
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - dt.timedelta(days=7)))
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.next_button = QPushButton(self.tr("Next week ▶"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + dt.timedelta(days=7)))
        self.today_button = QPushButton(self.tr("This week"))
        self.today_button.setShortcut(QKeySequence("Alt+Home"))
        self.today_button.clicked.connect(lambda: self.show_week(week_start(local_today())))
        self.filter = QComboBox()
        self.filter.setObjectName("workshopFilter")
        self.filter.setMinimumWidth(200)
        self.filter.setAccessibleName(self.tr("Workshop"))
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh_week())
        bar.addWidget(self.previous_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.filter)
        layout.addLayout(bar)
        # The week on a line of its own, as the grid's heading: beside the buttons and the filter it does
        # not fit a 1000 px window.
        layout.addWidget(self.week_label)

        self.grid = WeekGrid()
        self.grid.session_activated.connect(self.open_attendance)
        self.grid.selectionModel().currentChanged.connect(lambda _c, _p: self.show_selected())
        layout.addWidget(self.grid, 1)

        # The chosen session on a line of the grid's whole width (a long cancellation reason wraps there),
        # the buttons under it: beside them the line had a third of a 1000 px window.
        self.selected_label = QLabel()
        self.selected_label.setObjectName("mutedLabel")
        self.selected_label.setWordWrap(True)
        self.selected_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.selected_label)
        self.stranded_label = QLabel()  # a cancelled session that still holds attendance marks: what to do
        self.stranded_label.setObjectName("warningLabel")
        self.stranded_label.setWordWrap(True)
        self.stranded_label.setVisible(False)
        layout.addWidget(self.stranded_label)
        footer = QHBoxLayout()
        footer.addStretch(1)
        self.attendance_button = QPushButton(self.tr("Attendance… (Enter)"))
        self.attendance_button.setObjectName("primary")
        self.attendance_button.clicked.connect(self._open_current)
        self.edit_session_button = QPushButton(self.tr("Edit session… (F4)"))
        self.edit_session_button.clicked.connect(self.edit_session)
        self.add_session_button = QPushButton(self.tr("Extra session…"))
        self.add_session_button.clicked.connect(self.add_session)
        footer.addWidget(self.add_session_button)
        footer.addWidget(self.edit_session_button)
        footer.addWidget(self.attendance_button)
        self.may_manage = can(self.context, Permission.MANAGE_WORKSHOPS)  # coordinators and administrators
        layout.addLayout(footer)  # first: a button shown before it has a parent would be a window of its own
        self.add_session_button.setVisible(self.may_manage)
        self.edit_session_button.setVisible(self.may_manage)
        QShortcut(QKeySequence("F4"), tab, self.edit_session)
        self.empty_label = QLabel(self.tr("No workshop sessions this week."))
        self.empty_label.setObjectName("emptyHint")
        layout.addWidget(self.empty_label)
        return tab

    def main_control(self) -> QWidget | None:
        """Ctrl+4 lands in the week grid (arrows choose a session, Enter opens it), or in the workshop list."""
        return self.grid if self.tabs.currentIndex() == 0 else self.workshop_list.view

    # ------------------------------------------------------------------ loading

    def show_week(self, monday: dt.date) -> None:
        self.monday = monday
        self.refresh_week()

    def refresh(self) -> None:
        if self.tabs.currentWidget() is self.workshop_list:
            self.workshop_list.refresh()
        else:
            self.refresh_week()

    def _fill_filter(self, items: list[workshops.WorkshopSummary]) -> None:
        chosen = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All workshops"), None)
        for item in items:
            self.filter.addItem(item.name, item.workshop_id)
        index = self.filter.findData(chosen)
        self.filter.setCurrentIndex(max(0, index))
        self.filter.blockSignals(False)

    def refresh_week(self) -> None:
        today = local_today()
        sunday = self.monday + dt.timedelta(days=6)
        year, week, _ = self.monday.isocalendar()
        self.week_label.setText(
            self.tr("Week {week}/{year}: {first} – {last}").format(
                week=week, year=year, first=format_date(self.monday), last=format_date(sunday)
            )
        )
        job = functools.partial(
            load_week, self.context.db, self.context.actor, self.monday, today, self.filter.currentData()
        )
        self.loader.run(job, functools.partial(self._show_week, monday=self.monday, today=today))

    def _show_week(self, outcome: Outcome, *, monday: dt.date, today: dt.date) -> None:
        if outcome.cancelled:
            return
        if outcome.error is not None:
            raise outcome.error
        week: LoadedWeek = outcome.result
        self._fill_filter(week.summaries)
        self.grid.set_week(monday, today, week.sessions, week.stranded)
        self.empty_label.setVisible(not week.sessions)
        self.show_selected()

    def show_selected(self) -> None:
        item = self.grid.current_session()
        self.attendance_button.setEnabled(item is not None)
        self.edit_session_button.setEnabled(item is not None)
        if item is None:
            self.selected_label.clear()
            self.stranded_label.setVisible(False)
            return
        text = f"{item.workshop_name} · {format_date(item.session_date)} " \
               f"{format_time(item.start_time)}–{format_time(item.end_time)}"
        if item.cancelled:
            text += " · " + self.tr("cancelled: {reason}").format(reason=item.cancel_reason)
        self.selected_label.setText(text)
        stranded = self.grid.stranded(item.session_id)
        self.stranded_label.setVisible(stranded is not None)
        if stranded is not None:
            self.stranded_label.setText(warning_text(stranded.marks, stranded.present, stranded.anonymous))

    # ------------------------------------------------------------------ actions

    def _open_current(self) -> None:
        item = self.grid.current_session()
        if item is not None:
            self.open_attendance(item.session_id)

    def open_attendance(self, session_id: str) -> None:
        dialog = AttendanceDialog(self.context, session_id, self)
        dialog.exec()
        if dialog.changed:
            self.refresh_week()
        self.grid.setFocus()

    def edit_session(self) -> None:
        from vauhdittamo.ui.workshops.session_dialog import SessionDialog

        item = self.grid.current_session()
        if item is None or not self.may_manage:
            return
        dialog = SessionDialog(self.context, session_id=item.session_id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_week()

    def add_session(self) -> None:
        from vauhdittamo.ui.workshops.session_dialog import SessionDialog

        if not self.may_manage:
            return
        current = self.grid.current_session()
        workshop_id = self.filter.currentData() or (current.workshop_id if current else None)
        day = max(self.monday, local_today()) if self.monday <= local_today() + dt.timedelta(days=6) else self.monday
        dialog = SessionDialog(self.context, workshop_id=workshop_id, day=day, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_week()
