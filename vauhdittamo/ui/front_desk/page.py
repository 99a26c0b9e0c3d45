"""Etusivu: today's visits, counts at a glance, follow-ups due and today's workshop sessions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from vauhdittamo.models import VisitTopic
from vauhdittamo.services import overview, visits
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date, format_local_time, format_time
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.widgets.page import EmptyHint, Page, SectionTitle, StatCard, StatRow
from vauhdittamo.ui.widgets.table_model import ATTENTION_COLOUR, Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class FrontDeskPage(Page):
    """The day at a glance for the guidance staff."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Front desk"), parent=parent)
        self.context = context

        self.visits_card = StatCard(self.tr("visits today"))
        self.anonymous_card = StatCard(self.tr("anonymous"))
        self.under_30_card = StatCard(self.tr("under 30"))
        self.over_30_card = StatCard(self.tr("30 and over"))
        self.body.addWidget(StatRow([self.visits_card, self.anonymous_card, self.under_30_card, self.over_30_card]))

        columns = QHBoxLayout()
        columns.setSpacing(20)
        self.body.addLayout(columns, 1)

        left = QVBoxLayout()
        header = QHBoxLayout()
        header.addWidget(SectionTitle(self.tr("Today's visits")))
        header.addStretch(1)
        self.only_mine = QCheckBox(self.tr("Only mine"))
        self.only_mine.toggled.connect(self.refresh)
        header.addWidget(self.only_mine)
        left.addLayout(header)
        self.visits_model: RowTableModel[overview.VisitRow] = RowTableModel(
            [
                Column(self.tr("Time"), lambda r: format_local_time(r.visited_at), lambda r: r.visited_at),
                Column(self.tr("Client"), lambda r: self.tr("Anonymous") if r.client_name is None else r.client_name),
                Column(self.tr("Topics"), lambda r: ", ".join(label(_topic(t)) for t in r.topics)),
                Column(self.tr("Staff"), lambda r: r.staff_name),
            ]
        )
        self.visits_view = RowTableView(self.visits_model)
        self.visits_view.set_column_widths(64, 190, 240, 150)
        self.visits_view.stretch_column(2)
        left.addWidget(self.visits_view, 1)
        self.visits_empty = EmptyHint(self.tr("No visits logged today yet."))
        left.addWidget(self.visits_empty)
        columns.addLayout(left, 3)

        right = QVBoxLayout()
        right.addWidget(SectionTitle(self.tr("Follow-ups due")))
        self.follow_model: RowTableModel[overview.VisitRow] = RowTableModel(
            [
                Column(
                    self.tr("Date"),
                    lambda r: format_date(r.next_step_date),
                    lambda r: r.next_step_date,
                    colour=lambda r: ATTENTION_COLOUR if r.is_overdue else None,
                ),
                Column(self.tr("Client"), lambda r: r.client_name or self.tr("Anonymous")),
                Column(self.tr("Next step"), lambda r: r.next_step),
            ]
        )
        self.follow_view = RowTableView(self.follow_model)
        self.follow_view.set_column_widths(92, 160)
        right.addWidget(self.follow_view, 1)
        right.addWidget(SectionTitle(self.tr("Today's workshop sessions")))
        self.sessions_model: RowTableModel[overview.SessionRow] = RowTableModel(
            [
                Column(
                    self.tr("Time"),
                    lambda r: f"{format_time(r.start_time)}–{format_time(r.end_time)}",
                    lambda r: r.start_time,
                ),
                Column(self.tr("Workshop"), lambda r: r.workshop_name),
                Column(self.tr("Present"), lambda r: str(r.present + r.anonymous), lambda r: r.present, RIGHT),
            ]
        )
        self.sessions_view = RowTableView(self.sessions_model)
        self.sessions_view.set_column_widths(90, 200)
        self.sessions_view.setMaximumHeight(170)
        right.addWidget(self.sessions_view)
        self.sessions_empty = EmptyHint(self.tr("No workshop sessions today."))
        right.addWidget(self.sessions_empty)
        columns.addLayout(right, 2)

    def refresh(self) -> None:
        today = local_today()
        self.set_subtitle(self.tr("Today is {date}.").format(date=format_date(today)))
        staff_id = self.context.staff_id if self.only_mine.isChecked() else None
        with self.context.db.session() as session:
            counts = visits.visit_counts(session, today)
            visit_rows = overview.visit_rows(session, visits.visits_on(session, today, staff_id))
            follow_ups = overview.follow_ups_due(session, today)
            sessions = overview.sessions_between(session, today, today)
        self.visits_card.set_value(counts.total)
        self.anonymous_card.set_value(counts.anonymous)
        self.under_30_card.set_value(counts.under_30)
        self.over_30_card.set_value(counts.age_30_plus)
        self.visits_model.set_rows(visit_rows)
        self.visits_empty.setVisible(not visit_rows)
        self.follow_model.set_rows(follow_ups)
        self.sessions_model.set_rows(sessions)
        self.sessions_empty.setVisible(not sessions)


def _topic(code: str) -> VisitTopic | str:
    try:
        return VisitTopic(code)
    except ValueError:
        return code
