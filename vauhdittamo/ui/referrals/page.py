"""Lähetteet: referrals to partner services, filtered and overdue ones marked; the partners; no outcome yet.

The list is read in the background (:mod:`vauhdittamo.ui.tasks`): a keystroke in the client filter waits
a moment for the next one, and only the newest request's rows are shown. At most
:data:`~vauhdittamo.services.referrals.DEFAULT_PAGE_SIZE` rows at first; *Show more* reads more.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.db import Database
from vauhdittamo.errors import AppError
from vauhdittamo.models import FINAL_STATUSES, ReferralStatus
from vauhdittamo.services import partner_directory, referrals, staff
from vauhdittamo.services.permissions import Actor
from vauhdittamo.services.referrals import ReferralCounts, ReferralFilters, ReferralPage, ReferralSummary
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.partners.page import PartnersWidget
from vauhdittamo.ui.referrals.backlog import BacklogWidget
from vauhdittamo.ui.referrals.referral_detail_dialog import ReferralDetailDialog
from vauhdittamo.ui.tasks import Outcome, TaskRunner
from vauhdittamo.ui.widgets.busy import BusyLabel, ShowMoreRow
from vauhdittamo.ui.widgets.page import EmptyHint, Page, StatCard, StatRow
from vauhdittamo.ui.widgets.table_model import ATTENTION_COLOUR, Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

# The status filter's special choices (the others are status codes).
OPEN = "open"
ALL = "all"
# The list's columns whose values are short and must show whole.
STATUS_COLUMN, SENT_COLUMN, DUE_COLUMN = 3, 4, 5
OPEN_STATUSES = frozenset(s for s in ReferralStatus if s not in FINAL_STATUSES)
FILTER_DELAY_MS = 250  # typing in the client filter waits this long for the next key


@dataclass(frozen=True)
class Choices:
    partners: list[tuple[str, str]]
    staff: list[tuple[str, str]]


@dataclass(frozen=True)
class LoadedList:
    """What one background read brings: the list, and on a full refresh the cards and the filters' choices."""

    page: ReferralPage
    counts: ReferralCounts | None = None
    choices: Choices | None = None


def load_list(
    db: Database, actor: Actor, filters: ReferralFilters, today: dt.date, limit: int, everything: bool
) -> LoadedList:
    """The background job: the filtered list; with *everything*, also the cards and the choices."""
    with db.session(actor) as session:
        page = referrals.referral_page(session, filters, today, limit)
        if not everything:
            return LoadedList(page)
        counts = referrals.referral_counts(session, today)
        choices = Choices(
            partners=[(o.name, o.id) for o in partner_directory.directory(session, include_inactive=True)],
            staff=[(m.display_name, m.id) for m in staff.active_staff(session)],
        )
    return LoadedList(page, counts, choices)


class ReferralsPage(Page):
    """Referrals and where each one stands."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Referrals"),
            self.tr("Referrals to partner services, tracked until the partner responds and the service ends."),
            parent,
        )
        self.context = context
        self._today = local_today()
        self.open_card = StatCard(self.tr("open referrals"))
        self.overdue_card = StatCard(self.tr("no response by the due date"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cardTabs")
        self.body.addWidget(self.tabs, 1)
        list_tab = QWidget()
        self.list_layout = QVBoxLayout(list_tab)
        self.list_layout.setContentsMargins(0, 12, 0, 0)
        self.tabs.addTab(list_tab, self.tr("Referrals"))
        self.partners = PartnersWidget(context)
        self.tabs.addTab(self.partners, self.tr("Partners"))
        self.backlog = BacklogWidget(context)
        self.tabs.addTab(self.backlog, self.tr("No outcome yet"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        self.list_layout.addWidget(StatRow([self.open_card, self.overdue_card]))

        bar = QHBoxLayout()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Open referrals"), OPEN)
        self.status_filter.addItem(self.tr("All referrals"), ALL)
        for status in ReferralStatus:
            self.status_filter.addItem(label(status), status.value)
        self.partner_filter = QComboBox()
        self.partner_filter.setMinimumContentsLength(18)
        self.staff_filter = QComboBox()
        self.staff_filter.setMinimumContentsLength(14)
        self.client_filter = QLineEdit()
        self.client_filter.setPlaceholderText(self.tr("Client name"))
        self.client_filter.setClearButtonEnabled(True)
        self.client_filter.setAccessibleName(self.tr("Client name"))
        for text, box, stretch in (
            (self.tr("&Status:"), self.status_filter, 0),
            (self.tr("&Partner:"), self.partner_filter, 1),
            (self.tr("Staff &member:"), self.staff_filter, 0),
        ):
            caption = QLabel(text)
            caption.setBuddy(box)  # Alt+letter goes to the box; screen readers read the label with it
            box.setAccessibleName(caption.text().replace("&", "").rstrip(":"))
            bar.addWidget(caption)
            bar.addWidget(box, stretch)
        bar.addWidget(self.client_filter, 1)
        self.busy_label = BusyLabel()
        bar.addWidget(self.busy_label)
        self.list_layout.addLayout(bar)
        self.loader = TaskRunner(self)
        self._limit = referrals.DEFAULT_PAGE_SIZE
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.load_list)
        self.status_filter.currentIndexChanged.connect(lambda _index: self._filters_changed())
        self.partner_filter.currentIndexChanged.connect(lambda _index: self._filters_changed())
        self.staff_filter.currentIndexChanged.connect(lambda _index: self._filters_changed())
        self.client_filter.textChanged.connect(lambda _text: self._typed())
        self._filling_choices = False

        self.model: RowTableModel[ReferralSummary] = RowTableModel(
            [
                Column(self.tr("Client"), lambda r: r.client_name),
                Column(self.tr("Partner"), lambda r: r.organisation_name),
                Column(self.tr("Service"), lambda r: r.service_name),
                Column(self.tr("Status"), lambda r: label(r.status)),
                Column(self.tr("Sent"), lambda r: format_date(r.sent_on), lambda r: r.sent_on),
                Column(
                    self.tr("Response due"),
                    lambda r: format_date(r.response_due) + ("  " + self.tr("overdue") if self._overdue(r) else ""),
                    lambda r: r.response_due,
                    colour=lambda r: ATTENTION_COLOUR if self._overdue(r) else None,
                ),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.set_column_widths(190, 230, 230, 110, 100)
        fit_columns(self.view)
        self.view.activated.connect(lambda _index: self.open_selected())
        self.list_layout.addWidget(self.view, 1)
        more_row = ShowMoreRow()
        self.shown_label, self.more_button = more_row.label, more_row.button
        self.more_button.clicked.connect(self.show_more)
        self.list_layout.addWidget(more_row)
        self.empty = EmptyHint(self.tr("No referrals match the filters."))
        self.list_layout.addWidget(self.empty)

    def _overdue(self, row: ReferralSummary) -> bool:
        return row.is_overdue(self._today)

    def refresh(self) -> None:
        """Read the shown tab again (in the background): the list with its cards and choices."""
        if self.tabs.currentWidget() is self.partners:
            self.partners.refresh()
            return
        if self.tabs.currentWidget() is self.backlog:
            self.backlog.refresh()
            return
        self._load(everything=True)

    def filters(self) -> ReferralFilters:
        choice = self.status_filter.currentData()
        statuses: frozenset[ReferralStatus] | None = None
        if choice == OPEN:
            statuses = OPEN_STATUSES
        elif choice not in (ALL, None):
            statuses = frozenset({ReferralStatus(choice)})
        return ReferralFilters(
            statuses=statuses,
            partner_organisation_id=self.partner_filter.currentData(),
            staff_id=self.staff_filter.currentData(),
            client_query=self.client_filter.text().strip(),
        )

    def _typed(self) -> None:
        """A key in the client filter: read the list once the typing pauses."""
        self._limit = referrals.DEFAULT_PAGE_SIZE
        self._filter_timer.start()
        self._set_busy(True)

    def _filters_changed(self) -> None:
        if self._filling_choices:
            return
        self._limit = referrals.DEFAULT_PAGE_SIZE
        self.load_list()

    def show_more(self) -> None:
        self._limit += referrals.DEFAULT_PAGE_SIZE
        self.load_list()

    def load_list(self) -> None:
        """Read the list for the filters now (the cards and choices stay as they are)."""
        self._load(everything=False)

    def _load(self, everything: bool) -> None:
        self._filter_timer.stop()
        self._today = local_today()
        job = functools.partial(
            load_list, self.context.db, self.context.actor, self.filters(), self._today, self._limit, everything
        )
        self._set_busy(True)
        self.loader.run(job, self._show)

    def _set_busy(self, busy: bool) -> None:
        self.busy_label.set_busy(busy)

    def _show(self, outcome: Outcome) -> None:
        if not self._filter_timer.isActive():
            self._set_busy(False)
        if outcome.cancelled:
            return
        if outcome.error is not None:
            if isinstance(outcome.error, AppError):
                self.shown_label.setText(outcome.error.translated(QCoreApplication.translate))
                self.shown_label.setVisible(True)
                return
            raise outcome.error
        loaded: LoadedList = outcome.result
        if loaded.choices is not None:
            asked = self.filters()
            self._fill_choices(loaded.choices)
            if self.filters() != asked:  # the chosen partner or staff member is no longer offered
                self.load_list()
                return
        if loaded.counts is not None:
            self.open_card.set_value(loaded.counts.open)
            self.overdue_card.set_value(loaded.counts.overdue)
        rows = loaded.page.rows
        selected = self.view.selected_row()
        self.model.set_rows(rows)
        fit_columns(self.view, (STATUS_COLUMN, SENT_COLUMN, DUE_COLUMN))
        if selected is not None:
            self._select(selected.referral_id)
        self.empty.setVisible(not rows)
        more = loaded.page.total > len(rows)
        self.shown_label.setText(
            self.tr("Showing {shown} of {total} referrals.").format(shown=len(rows), total=loaded.page.total)
        )
        self.shown_label.setVisible(more)
        self.more_button.setVisible(more)

    def _select(self, referral_id: str) -> None:
        """Select the referral again after the list was read anew, when it is still listed."""
        for index, row in enumerate(self.model.rows()):
            if row.referral_id == referral_id:
                self.view.selectRow(index)
                return

    def _fill_choices(self, choices: Choices) -> None:
        """The partner and staff choices, read again (the current choice kept while it still exists)."""
        self._filling_choices = True
        try:
            _refill(self.partner_filter, self.tr("All partners"), choices.partners)
            _refill(self.staff_filter, self.tr("All staff"), choices.staff)
        finally:
            self._filling_choices = False

    def open_selected(self) -> None:
        """The chosen referral's details; the list is read again when something changed."""
        row = self.view.selected_row()
        if row is None:
            return
        dialog = ReferralDetailDialog(self.context, row.referral_id, self)
        dialog.exec()
        changed = dialog.changed
        dialog.deleteLater()
        if changed:
            self.refresh()
        self.view.setFocus()


def _refill(combo: QComboBox, everyone: str, choices: list[tuple[str, str]]) -> None:
    """Replace the combo's items (first "everyone" with no data), keeping the chosen one if still there."""
    current = combo.currentData()
    wanted = [(everyone, None), *choices]
    if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == wanted:
        return
    combo.clear()
    for text, data in wanted:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
