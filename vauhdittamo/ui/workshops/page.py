"""Pajat: the workshop sessions of a week, with attendance so far."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from vauhdittamo.services import overview
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date, format_time
from vauhdittamo.ui.widgets.page import EmptyHint, Page
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


class WorkshopsPage(Page):
    """One ISO week of workshop sessions; browse weeks with the arrows."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Workshops"), parent=parent)
        self.context = context
        self.monday = week_start(local_today())

        bar = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Previous week"))
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.previous_button.clicked.connect(lambda: self.show_week(self.monday - dt.timedelta(days=7)))
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("Next week ▶"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + dt.timedelta(days=7)))
        self.today_button = QPushButton(self.tr("This week"))
        self.today_button.clicked.connect(lambda: self.show_week(week_start(local_today())))
        bar.addWidget(self.previous_button)
        bar.addWidget(self.week_label, 1)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        self.body.addLayout(bar)

        weekdays = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                    self.tr("Sun")]
        self.model: RowTableModel[overview.SessionRow] = RowTableModel(
            [
                Column(
                    self.tr("Day"),
                    lambda r: f"{weekdays[r.session_date.weekday()]} {format_date(r.session_date)}"
                    + ("  •  " + self.tr("today") if r.session_date == local_today() else ""),
                    lambda r: r.session_date.isoformat() + r.start_time.isoformat(),
                ),
                Column(self.tr("Time"), lambda r: f"{format_time(r.start_time)}–{format_time(r.end_time)}"),
                Column(self.tr("Workshop"), lambda r: r.workshop_name),
                Column(self.tr("Place"), lambda r: r.place),
                Column(self.tr("Present"), lambda r: str(r.present), lambda r: r.present, RIGHT),
                Column(self.tr("Anonymous"), lambda r: str(r.anonymous), lambda r: r.anonymous, RIGHT),
                Column(self.tr("Note"), lambda r: self.tr("Cancelled") if r.cancelled else ""),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.set_column_widths(200, 100, 230, 220, 80, 100)
        self.body.addWidget(self.view, 1)
        self.empty = EmptyHint(self.tr("No workshop sessions this week."))
        self.body.addWidget(self.empty)

    def show_week(self, monday: dt.date) -> None:
        self.monday = monday
        self.refresh()

    def refresh(self) -> None:
        sunday = self.monday + dt.timedelta(days=6)
        year, week, _ = self.monday.isocalendar()
        self.week_label.setText(
            self.tr("Week {week}/{year}: {first} – {last}").format(
                week=week, year=year, first=format_date(self.monday), last=format_date(sunday)
            )
        )
        with self.context.db.session() as session:
            rows = overview.sessions_between(session, self.monday, sunday)
        self.model.set_rows(rows)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.empty.setVisible(not rows)
