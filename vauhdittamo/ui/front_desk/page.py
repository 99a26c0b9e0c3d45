"""Etusivu: log a walk-in in seconds, and the day at a glance.

The first screen at start-up: its dialogs are imported when they open.

Keyboard: the search field has the focus; type, Enter picks a client, F2 an anonymous visitor,
F3 a new client; then digits 1–9 toggle topics and Ctrl+Enter saves; Esc goes back to the search.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.db import Database
from vauhdittamo.errors import AppError
from vauhdittamo.models import AgeGroup, VisitChannel
from vauhdittamo.services import clients, overview, participants, referrals, topics, visits, workshops
from vauhdittamo.services.permissions import Actor, Permission
from vauhdittamo.services.referrals import ReferralSummary
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui import settings as keys
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.format import format_date, format_local_time, format_time
from vauhdittamo.ui.front_desk.visit_form import VisitForm
from vauhdittamo.ui.labels import topic_names
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.settings import app_settings
from vauhdittamo.ui.tasks import Outcome, TaskRunner
from vauhdittamo.ui.widgets.busy import BusyLabel
from vauhdittamo.ui.widgets.client_search import ClientSearch
from vauhdittamo.ui.widgets.page import EmptyHint, Page, SectionTitle, StatCard, StatRow
from vauhdittamo.ui.widgets.table_model import ATTENTION_COLOUR, Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DAY_LIST_LIMIT = 200  # rows listed in each of the day's tabs (the tab's title counts them all)


@dataclass(frozen=True)
class Day:
    """The day at a glance, as plain rows: what one background read of the front desk brings."""

    counts: visits.VisitCounts
    visit_rows: list[overview.VisitRow]
    follow_ups: list[overview.VisitRow]
    follow_up_count: int
    sessions: list[workshops.SessionSummary]
    overdue: list[ReferralSummary]
    overdue_count: int
    six_months: list[participants.DueFollowUp] | None  # None: the staff member does not record them
    six_month_count: int


def load_day(
    db: Database, actor: Actor, today: dt.date, staff_id: str | None, six_months: bool, coach_id: str | None
) -> Day:
    """The background job: today's sessions of running workshops made, then everything the page shows."""
    with db.transaction(actor) as session:  # a running workshop's sessions for today
        workshops.ensure_sessions_until(session, today, today=today)
    with db.session(actor) as session:
        overdue = referrals.overdue_referrals(session, today)
        due = participants.due_follow_ups(session, today, coach_id) if six_months else None
        return Day(
            counts=visits.visit_counts(session, today),
            visit_rows=overview.visit_rows(session, visits.visits_on(session, today, staff_id)),
            follow_ups=overview.follow_ups_due(session, today, limit=DAY_LIST_LIMIT),
            follow_up_count=overview.follow_ups_due_count(session, today),
            sessions=workshops.sessions_between(session, today, today),
            overdue=overdue[:DAY_LIST_LIMIT],
            overdue_count=len(overdue),
            six_months=None if due is None else due[:DAY_LIST_LIMIT],
            six_month_count=0 if due is None else len(due),
        )


class FrontDeskPage(Page):
    """Log walk-ins and see the day: visits, follow-ups due, today's workshop sessions.

    Signals:
        open_client_requested(str): staff asked to open a client's card.
        open_participations_requested(str): staff asked to open a client's card on its Projects tab.
        visit_saved(str): a visit was logged; its id.
    """

    open_client_requested = Signal(str)
    open_participations_requested = Signal(str)
    visit_saved = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Front desk"), parent=parent)
        self.context = context
        self.client_id: str | None = None
        self._load_topics()

        self.visits_card = StatCard(self.tr("visits today"))
        self.anonymous_card = StatCard(self.tr("anonymous"))
        self.under_30_card = StatCard(self.tr("under 30"))
        self.over_30_card = StatCard(self.tr("30 and over"))
        self.body.addWidget(StatRow([self.visits_card, self.anonymous_card, self.under_30_card, self.over_30_card]))

        columns = QHBoxLayout()
        columns.setSpacing(20)
        self.body.addLayout(columns, 1)
        columns.addWidget(self._build_log_panel(), 5)
        columns.addLayout(self._build_today(), 6)
        self.loader = TaskRunner(self)
        self.search.field.setFocus()

    # ------------------------------------------------------------------ logging a visit

    def _build_log_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("panel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(SectionTitle(self.tr("Log a visit")))
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        search_page = QWidget()
        search_layout = QVBoxLayout(search_page)
        search_layout.setContentsMargins(0, 0, 0, 0)
        self.search = ClientSearch(self.context)
        self.search.client_chosen.connect(self.start_visit)
        self.search.anonymous_requested.connect(lambda: self.start_visit(None))
        self.search.new_client_requested.connect(self.new_client)
        search_layout.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        self.anonymous_button = QPushButton(self.tr("Anonymous visitor (F2)"))
        self.anonymous_button.clicked.connect(lambda: self.start_visit(None))
        self.new_client_button = QPushButton(self.tr("New client (F3)"))
        self.new_client_button.clicked.connect(lambda: self.new_client(self.search.field.text()))
        buttons.addWidget(self.anonymous_button)
        buttons.addWidget(self.new_client_button)
        buttons.addStretch(1)
        search_layout.addLayout(buttons)
        more = QVBoxLayout()  # one under the other: side by side they are wider than the panel at 1000 px
        more.setSpacing(2)
        self.earlier_button = QPushButton(self.tr("Earlier anonymous visits…"))
        self.earlier_button.setObjectName("linkButton")
        self.earlier_button.clicked.connect(self.attach_earlier_visit)
        self.topics_button = QPushButton(self.tr("Edit topics…"))
        self.topics_button.setObjectName("linkButton")
        self.topics_button.clicked.connect(self.edit_topics)
        self.topics_button.setVisible(can(self.context, Permission.MANAGE_PARTNERS))  # what the topics service requires
        more.addWidget(self.earlier_button, 0, Qt.AlignmentFlag.AlignLeft)
        more.addWidget(self.topics_button, 0, Qt.AlignmentFlag.AlignLeft)
        search_layout.addLayout(more)
        self.stack.addWidget(search_page)

        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        who = QHBoxLayout()
        self.who_label = QLabel()
        self.who_label.setObjectName("visitorName")
        self.who_label.setWordWrap(True)  # a long name wraps instead of being cut or widening the panel
        form_layout.addWidget(self.who_label)  # on its own line: the name has the panel's whole width
        self.open_card_button = QPushButton(self.tr("Client card"))
        self.open_card_button.clicked.connect(self._open_current_client)
        who.addWidget(self.open_card_button)
        self.referral_button = QPushButton(self.tr("Referral…"))
        self.referral_button.clicked.connect(self.new_referral)
        who.addWidget(self.referral_button)
        who.addStretch(1)
        form_layout.addLayout(who)
        self.form = VisitForm(self._topics)
        self.form.submit_requested.connect(self.save_visit)
        form_layout.addWidget(self.form)
        self.form_error = QLabel()
        self.form_error.setObjectName("fieldError")
        self.form_error.setVisible(False)
        form_layout.addWidget(self.form_error)
        actions = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save (Ctrl+Enter)"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save_visit)
        self.cancel_button = QPushButton(self.tr("Back to search (Esc)"))
        self.cancel_button.clicked.connect(self.leave_form)
        actions.addWidget(self.save_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        form_layout.addLayout(actions)
        form_layout.addStretch(1)
        self.stack.addWidget(form_page)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), form_page)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.leave_form)

        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setWordWrap(True)
        layout.addWidget(self.saved_label)
        return panel

    def start_visit(self, client_id: str | None) -> None:
        """Show the visit form for a client, or for an anonymous visitor (``None``)."""
        self.client_id = client_id
        if client_id is None:
            self.who_label.setText(self.tr("Anonymous visitor"))
        else:
            with self.context.session() as session:
                client = clients.get_client(session, client_id)
                self.client_id = client.id  # the kept record, for one merged meanwhile
                text = f"{client.full_name}  ·  {self._age_words(client.age_group(local_today()))}"
            self.who_label.setText(text)
        self.open_card_button.setVisible(client_id is not None)
        self.referral_button.setVisible(client_id is not None)
        self.form.clear(channel=self._remembered_channel())
        self.form.set_age_group_visible(client_id is None)
        self.form_error.setVisible(False)
        self.stack.setCurrentIndex(1)
        self.form.topics.setFocus()

    def _load_topics(self) -> None:
        with self.context.session() as session:
            self._topics = topics.topics(session)
            self._topic_names = topic_names(topics.topics(session, include_inactive=True))

    def attach_earlier_visit(self) -> None:
        from vauhdittamo.ui.front_desk.anonymous_visits_dialog import AnonymousVisitsDialog

        dialog = AnonymousVisitsDialog(self.context, self)
        dialog.exec()
        if dialog.attached:
            self.refresh()

    def edit_topics(self) -> None:
        if not can(self.context, Permission.MANAGE_PARTNERS):
            return
        from vauhdittamo.ui.front_desk.topics_dialog import TopicsDialog

        TopicsDialog(self.context, self).exec()
        self._load_topics()
        self.form.set_topics(self._topics)
        self.refresh()

    def new_referral(self) -> None:
        """Refer the client at the desk to a partner service; the visit form stays as it was."""
        from vauhdittamo.ui.referrals.referral_dialog import ReferralDialog

        if self.client_id is None:
            return
        dialog = ReferralDialog(self.context, self.client_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
        dialog.deleteLater()
        self.form.topics.setFocus()

    def _open_current_client(self) -> None:
        if self.client_id:
            self.open_client_requested.emit(self.client_id)

    def new_client(self, text: str) -> None:
        from vauhdittamo.ui.clients.new_client_dialog import NewClientDialog, prefill_from_search

        dialog = NewClientDialog(self.context, self, initial=prefill_from_search(text))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.client_id:
            self.start_visit(dialog.client_id)
        else:
            self.search.field.setFocus()

    def _age_words(self, group: AgeGroup) -> str:
        """One person's age group (the labels name groups of people: "alle 30-vuotiaat")."""
        if group is AgeGroup.UNDER_30:
            return self.tr("under 30", "one person's age group")
        if group is AgeGroup.AGE_30_PLUS:
            return self.tr("30 or over", "one person's age group")
        return self.tr("age not known", "one person's age group")

    def leave_form(self) -> None:
        """Esc or *Back to search*: a typed note is not thrown away without asking."""
        if self.form.confirm_discard():
            self.back_to_search()

    def back_to_search(self) -> None:
        self.client_id = None
        self.stack.setCurrentIndex(0)
        self.search.reset()

    def _remembered_channel(self) -> VisitChannel:
        value = str(app_settings().value(keys.DESK_CHANNEL, VisitChannel.WALK_IN.value))
        return VisitChannel(value) if value in VisitChannel._value2member_map_ else VisitChannel.WALK_IN

    def save_visit(self) -> None:
        if not self.form.check_topics():
            return
        details = self.form.details()
        try:
            with self.context.transaction() as session:
                visit = visits.log_visit(
                    session,
                    client_id=self.client_id,
                    staff_id=self.context.staff_id,
                    topics=details.topics,
                    channel=details.channel,
                    duration_minutes=details.duration_minutes,
                    note=details.note,
                    next_step=details.next_step,
                    next_step_date=details.next_step_date,
                    age_group=details.age_group if self.client_id is None else None,
                )
                visit_id = visit.id
        except AppError as error:
            self.form_error.setText(error.translated(QCoreApplication.translate))
            self.form_error.setVisible(True)
            return
        app_settings().setValue(keys.DESK_CHANNEL, details.channel.value)
        self.saved_label.setText(
            self.tr("Saved: {who}, {time}.").format(
                who=self.who_label.text().split("  ·  ")[0], time=format_local_time(visit.visited_at)
            )
        )
        self.visit_saved.emit(visit_id)
        self.back_to_search()
        self.refresh()

    # ------------------------------------------------------------------ the day at a glance

    def _build_today(self) -> QVBoxLayout:
        right = QVBoxLayout()
        header = QHBoxLayout()
        header.addWidget(SectionTitle(self.tr("Today's visits")))
        header.addStretch(1)
        self.busy_label = BusyLabel()
        header.addWidget(self.busy_label)
        self.only_mine = QCheckBox(self.tr("Only mine"))
        self.only_mine.toggled.connect(self.refresh)
        header.addWidget(self.only_mine)
        right.addLayout(header)
        self.visits_model: RowTableModel[overview.VisitRow] = RowTableModel(
            [
                Column(self.tr("Time"), lambda r: format_local_time(r.visited_at), lambda r: r.visited_at),
                Column(self.tr("Client"), lambda r: self.tr("Anonymous") if r.client_name is None else r.client_name),
                Column(self.tr("Topics"), lambda r: ", ".join(self._topic_names.get(t, t) for t in r.topics)),
                Column(self.tr("Staff"), lambda r: r.staff_name),
            ]
        )
        self.visits_view = RowTableView(self.visits_model)
        self.visits_view.set_column_widths(60, 170, 220, 140)
        self.visits_view.stretch_column(2)
        self.visits_view.activated.connect(lambda _index: self.edit_selected_visit())
        self.visits_view.setToolTip(self.tr("Enter or double-click: correct, remove or attach to a client"))
        self.visits_view.setMinimumHeight(150)
        right.addWidget(self.visits_view, 3)
        self.visits_empty = EmptyHint(self.tr("No visits logged today yet."))
        right.addWidget(self.visits_empty)

        # Follow-ups, referrals without a response and today's sessions share one tabbed box;
        # each tab's title carries its count, so the day still reads at a glance.
        self.day_tabs = QTabWidget()
        self.day_tabs.setObjectName("dayTabs")
        right.addWidget(self.day_tabs, 2)
        follow_page = QWidget()
        follow_layout = QVBoxLayout(follow_page)
        follow_layout.setContentsMargins(0, 8, 0, 0)
        follow_header = QHBoxLayout()
        follow_header.addStretch(1)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.clicked.connect(self.mark_follow_up_done)
        follow_header.addWidget(self.done_button)
        follow_layout.addLayout(follow_header)
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
        self.follow_view.set_column_widths(90, 170)
        # The name and the next step share the width, the date keeps its own. Short lists in the order of
        # their dates: without sorting (and room for its arrow) the titles fit a 1000 px window unscrolled.
        self.follow_view.stretch_column(1)
        self.follow_view.stretch_column(2)
        self.follow_view.setSortingEnabled(False)
        self.follow_view.activated.connect(self._open_follow_up_client)
        self.follow_view.setToolTip(self.tr("Enter or double-click: open the client card"))
        follow_layout.addWidget(self.follow_view, 1)
        self.day_tabs.addTab(follow_page, "")

        overdue_page = QWidget()
        overdue_layout = QVBoxLayout(overdue_page)
        overdue_layout.setContentsMargins(0, 8, 0, 0)
        self.overdue_model: RowTableModel[ReferralSummary] = RowTableModel(
            [
                Column(self.tr("Due"), lambda r: format_date(r.response_due), lambda r: r.response_due,
                       colour=lambda _r: ATTENTION_COLOUR),
                Column(self.tr("Client"), lambda r: r.client_name),
                Column(self.tr("Partner"), lambda r: f"{r.organisation_name} – {r.service_name}"),
            ]
        )
        self.overdue_view = RowTableView(self.overdue_model)
        self.overdue_view.set_column_widths(90, 170)
        self.overdue_view.stretch_column(1)
        self.overdue_view.stretch_column(2)
        self.overdue_view.setSortingEnabled(False)
        self.overdue_view.activated.connect(self._open_overdue_client)
        self.overdue_view.setToolTip(self.tr("Enter or double-click: open the client card"))
        overdue_layout.addWidget(self.overdue_view, 1)
        self.overdue_empty = EmptyHint(self.tr("Every referral has had its response in time."))
        overdue_layout.addWidget(self.overdue_empty)
        self.day_tabs.addTab(overdue_page, "")

        sessions_page = QWidget()
        sessions_layout = QVBoxLayout(sessions_page)
        sessions_layout.setContentsMargins(0, 8, 0, 0)
        self.sessions_model: RowTableModel[workshops.SessionSummary] = RowTableModel(
            [
                Column(
                    self.tr("Time"),
                    lambda r: f"{format_time(r.start_time)}–{format_time(r.end_time)}",
                    lambda r: r.start_time,
                ),
                Column(self.tr("Workshop"), lambda r: r.workshop_name),
                Column(self.tr("Present"), lambda r: str(r.attendance), lambda r: r.attendance, RIGHT),
            ]
        )
        self.sessions_view = RowTableView(self.sessions_model)
        self.sessions_view.set_column_widths(100, 250, 80)
        self.sessions_view.stretch_column(1)
        self.sessions_view.activated.connect(self._open_session_attendance)
        self.sessions_view.setToolTip(self.tr("Enter or double-click: mark attendance"))
        sessions_layout.addWidget(self.sessions_view, 1)
        self.sessions_empty = EmptyHint(self.tr("No workshop sessions today."))
        sessions_layout.addWidget(self.sessions_empty)
        self.day_tabs.addTab(sessions_page, "")

        # Six months after a participant's exit from a project: the coach's own (coordinators: everyone's).
        self.six_month_index: int | None = None
        if can(self.context, Permission.RECORD_PARTICIPATION):
            six_month_page = QWidget()
            six_month_layout = QVBoxLayout(six_month_page)
            six_month_layout.setContentsMargins(0, 8, 0, 0)
            self.six_month_model: RowTableModel[participants.DueFollowUp] = RowTableModel(
                [
                    Column(self.tr("Due"), lambda r: format_date(r.due_date), lambda r: r.due_date,
                           colour=lambda _r: ATTENTION_COLOUR),
                    Column(self.tr("Client"), lambda r: r.client_name),
                    Column(self.tr("Project"), lambda r: r.project_name),
                    Column(self.tr("Exit"), lambda r: format_date(r.exit_date), lambda r: r.exit_date),
                ]
            )
            self.six_month_view = RowTableView(self.six_month_model)
            self.six_month_view.setObjectName("sixMonthFollowUps")
            self.six_month_view.set_column_widths(90, 170, 200, 90)
            self.six_month_view.stretch_column(1)
            self.six_month_view.stretch_column(2)
            self.six_month_view.setSortingEnabled(False)
            self.six_month_view.activated.connect(self._open_six_month_client)
            self.six_month_view.setToolTip(self.tr("Enter or double-click: open the client card to record the "
                                                   "follow-up on its Projects tab"))
            six_month_layout.addWidget(self.six_month_view, 1)
            self.six_month_empty = EmptyHint(self.tr("No six-month follow-ups due."))
            six_month_layout.addWidget(self.six_month_empty)
            self.six_month_index = self.day_tabs.addTab(six_month_page, "")
        return right

    def _six_month_coach(self) -> str | None:
        """Whose follow-ups the front page lists: the coordinator's everyone's, anyone else's their own."""
        return None if can(self.context, Permission.MANAGE_PROJECTS) else self.context.staff_id

    def _open_six_month_client(self) -> None:
        row = self.six_month_view.selected_row()
        if row is not None:
            self.open_participations_requested.emit(row.client_id)

    def edit_selected_visit(self) -> None:
        row = self.visits_view.selected_row()
        if row is None:
            return
        from vauhdittamo.ui.front_desk.visit_edit_dialog import VisitEditDialog

        dialog = VisitEditDialog(self.context, row.visit_id, row.client_name, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def mark_follow_up_done(self) -> None:
        row = self.follow_view.selected_row()
        if row is None:
            return
        with self.context.transaction() as session:
            visits.mark_follow_up_done(session, row.visit_id)
        self.refresh()

    def _open_follow_up_client(self) -> None:
        row = self.follow_view.selected_row()
        if row is not None and row.client_id:
            self.open_client_requested.emit(row.client_id)

    def _open_session_attendance(self) -> None:
        row = self.sessions_view.selected_row()
        if row is None:
            return
        from vauhdittamo.ui.workshops.attendance_dialog import AttendanceDialog

        dialog = AttendanceDialog(self.context, row.session_id, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def _open_overdue_client(self) -> None:
        row = self.overdue_view.selected_row()
        if row is not None:
            self.open_client_requested.emit(row.client_id)

    def refresh(self) -> None:
        """Read the day again in the background; the search keeps the focus and takes keys meanwhile."""
        today = local_today()
        self.set_subtitle(self.tr("Today is {date}.").format(date=format_date(today)))
        job = functools.partial(
            load_day,
            self.context.db,
            self.context.actor,
            today,
            self.context.staff_id if self.only_mine.isChecked() else None,
            self.six_month_index is not None,
            self._six_month_coach(),
        )
        self.busy_label.set_busy(True)
        self.loader.run(job, self._show_day)  # a newer read drops an older one's result
        if self.stack.currentIndex() == 0:
            self.search.field.setFocus()

    def _show_day(self, outcome: Outcome) -> None:
        self.busy_label.set_busy(False)
        if outcome.cancelled:
            return
        if outcome.error is not None:
            if isinstance(outcome.error, AppError):
                self.saved_label.setText(outcome.error.translated(QCoreApplication.translate))
                return
            raise outcome.error
        day: Day = outcome.result
        overdue, sessions = day.overdue, day.sessions
        self.overdue_model.set_rows(overdue)
        self.overdue_view.setVisible(bool(overdue))
        self.overdue_empty.setVisible(not overdue)
        self.visits_card.set_value(day.counts.total)
        self.anonymous_card.set_value(day.counts.anonymous)
        self.under_30_card.set_value(day.counts.under_30)
        self.over_30_card.set_value(day.counts.age_30_plus)
        self.visits_model.set_rows(day.visit_rows)
        self.visits_empty.setVisible(not day.visit_rows)
        self.follow_model.set_rows(day.follow_ups)
        self.done_button.setEnabled(bool(day.follow_ups))
        self.sessions_model.set_rows(sessions)
        # Titles whole (the Finnish ones are long) and the dates and times too; the rest shares the width.
        fit_columns(self.follow_view, [0])
        fit_columns(self.overdue_view, [0])
        fit_columns(self.sessions_view, [0, 2])
        self.sessions_view.setVisible(bool(sessions))
        self.sessions_empty.setVisible(not sessions)
        self.day_tabs.setTabText(0, self.tr("Follow-ups (%n)", "", day.follow_up_count))
        self.day_tabs.setTabText(1, self.tr("Late referrals (%n)", "", day.overdue_count))
        self.day_tabs.setTabText(2, self.tr("Workshops today (%n)", "", len(sessions)))
        if self.six_month_index is not None and day.six_months is not None:
            six_months = day.six_months
            self.six_month_model.set_rows(six_months)
            fit_columns(self.six_month_view, [0, 3])
            self.six_month_view.setVisible(bool(six_months))
            self.six_month_empty.setVisible(not six_months)
            self.day_tabs.setTabText(self.six_month_index,
                                     self.tr("6-month follow-ups (%n)", "", day.six_month_count))
