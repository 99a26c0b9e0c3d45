"""Lähetteet: referrals to partner services that are still open, overdue ones marked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from vauhdittamo.services import referrals
from vauhdittamo.services.referrals import ReferralSummary
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.partners.page import PartnersWidget
from vauhdittamo.ui.widgets.page import EmptyHint, Page, StatCard, StatRow
from vauhdittamo.ui.widgets.table_model import ATTENTION_COLOUR, Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView


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
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        self.list_layout.addWidget(StatRow([self.open_card, self.overdue_card]))

        bar = QHBoxLayout()
        self.show_closed = QCheckBox(self.tr("Show closed referrals too"))
        self.show_closed.toggled.connect(self.refresh)
        bar.addWidget(self.show_closed)
        bar.addStretch(1)
        self.list_layout.addLayout(bar)

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
        self.list_layout.addWidget(self.view, 1)
        self.empty = EmptyHint(self.tr("No open referrals."))
        self.list_layout.addWidget(self.empty)

    def _overdue(self, row: ReferralSummary) -> bool:
        return row.is_overdue(self._today)

    def refresh(self) -> None:
        if self.tabs.currentWidget() is self.partners:
            self.partners.refresh()
            return
        self._today = local_today()
        with self.context.db.session() as session:
            everything = referrals.referral_list(session)
        open_rows = [r for r in everything if r.is_open]
        rows = everything if self.show_closed.isChecked() else open_rows
        # Those without a response first, the most overdue on top; then by the date a response is due.
        rows.sort(key=lambda r: (not self._overdue(r), r.response_due is None, r.response_due or dt.date.max))
        self.open_card.set_value(len(open_rows))
        self.overdue_card.set_value(sum(1 for r in open_rows if self._overdue(r)))
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
