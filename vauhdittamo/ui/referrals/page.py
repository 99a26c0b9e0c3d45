"""Lähetteet: referrals to partner services, filtered and overdue ones marked; the partners; no outcome yet."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from vauhdittamo.models import ReferralStatus
from vauhdittamo.services import partner_directory, referrals, staff
from vauhdittamo.services.referrals import ReferralSummary
from vauhdittamo.services.types import Session
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.partners.page import PartnersWidget
from vauhdittamo.ui.referrals.backlog import BacklogWidget
from vauhdittamo.ui.referrals.referral_detail_dialog import ReferralDetailDialog
from vauhdittamo.ui.widgets.page import EmptyHint, Page, StatCard, StatRow
from vauhdittamo.ui.widgets.table_model import ATTENTION_COLOUR, Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

# The status filter's special choices (the others are status codes).
OPEN = "open"
ALL = "all"
# The list's columns whose values are short and must show whole.
STATUS_COLUMN, SENT_COLUMN, DUE_COLUMN = 3, 4, 5


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
        self.list_layout.addLayout(bar)
        self.status_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.partner_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.staff_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.client_filter.textChanged.connect(lambda _text: self.refresh())
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
        self.empty = EmptyHint(self.tr("No referrals match the filters."))
        self.list_layout.addWidget(self.empty)

    def _overdue(self, row: ReferralSummary) -> bool:
        return row.is_overdue(self._today)

    def refresh(self) -> None:
        if self.tabs.currentWidget() is self.partners:
            self.partners.refresh()
            return
        if self.tabs.currentWidget() is self.backlog:
            self.backlog.refresh()
            return
        if self._filling_choices:
            return
        self._today = local_today()
        choice = self.status_filter.currentData()
        statuses: list[ReferralStatus] | None = None
        if choice not in (OPEN, ALL, None):
            statuses = [ReferralStatus(choice)]
        with self.context.session() as session:
            self._fill_choices(session)
            everything = referrals.referral_list(session)
            rows = referrals.referral_list(
                session,
                statuses=statuses,
                partner_organisation_id=self.partner_filter.currentData(),
                staff_id=self.staff_filter.currentData(),
            )
        open_rows = [r for r in everything if r.is_open]
        if choice == OPEN:
            rows = [r for r in rows if r.is_open]
        needle = self.client_filter.text().strip().casefold()
        if needle:
            rows = [r for r in rows if needle in r.client_name.casefold()]
        # Those without a response first, the most overdue on top; then by the date a response is due.
        rows.sort(key=lambda r: (not self._overdue(r), r.response_due is None, r.response_due or dt.date.max))
        self.open_card.set_value(len(open_rows))
        self.overdue_card.set_value(sum(1 for r in open_rows if self._overdue(r)))
        self.model.set_rows(rows)
        fit_columns(self.view, (STATUS_COLUMN, SENT_COLUMN, DUE_COLUMN))
        self.empty.setVisible(not rows)

    def _fill_choices(self, session: Session) -> None:
        """The partner and staff choices, read again (the current choice kept while it still exists)."""
        self._filling_choices = True
        try:
            partners = [(o.name, o.id) for o in partner_directory.directory(session, include_inactive=True)]
            _refill(self.partner_filter, self.tr("All partners"), partners)
            members = [(m.display_name, m.id) for m in staff.active_staff(session)]
            _refill(self.staff_filter, self.tr("All staff"), members)
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
