"""Ei tulosta: sent referrals that have waited long without an outcome, by partner, for chasing partners."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from vauhdittamo.models import FINAL_STATUSES, ReferralStatus
from vauhdittamo.services import referrals
from vauhdittamo.services.referrals import PartnerBacklog
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.widgets.page import EmptyHint
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

DEFAULT_DAYS = 30
# The statuses a referral without an outcome can be in (sent and not final), in lifecycle order.
OPEN_STATUSES: tuple[ReferralStatus, ...] = tuple(
    s for s in ReferralStatus if s not in FINAL_STATUSES and s != ReferralStatus.DRAFT
)

_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _count(status: ReferralStatus, row: PartnerBacklog) -> int:
    return row.by_status.get(status, 0)


def _count_text(status: ReferralStatus, row: PartnerBacklog) -> str:
    return str(row.by_status.get(status, 0) or "")


class BacklogWidget(QWidget):
    """The "No outcome yet" report: per partner organisation, the referrals sent more than N days ago
    whose status is not final, the oldest sending date and the counts by status."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        bar = QHBoxLayout()
        caption = QLabel(self.tr("Sent more than"))
        bar.addWidget(caption)
        self.days = QSpinBox()
        caption.setBuddy(self.days)
        self.days.setAccessibleName(self.tr("Sent more than, days ago"))
        self.days.setRange(0, 3650)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days ago"))
        self.days.valueChanged.connect(lambda _value: self.refresh())
        bar.addWidget(self.days)
        bar.addStretch(1)
        layout.addLayout(bar)
        hint = QLabel(
            self.tr("Referrals the partner has not brought to an outcome: chase these partners for an answer.")
        )
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        columns: list[Column[PartnerBacklog]] = [
            Column(self.tr("Partner"), lambda b: b.organisation_name),
            Column(self.tr("Open"), lambda b: str(b.open_count), lambda b: b.open_count, alignment=_NUMBER),
            Column(self.tr("Oldest sent"), lambda b: format_date(b.oldest_sent_on), lambda b: b.oldest_sent_on),
        ]
        for status in OPEN_STATUSES:
            columns.append(
                Column(
                    label(status),
                    partial(_count_text, status),
                    partial(_count, status),
                    alignment=_NUMBER,
                )
            )
        self.model: RowTableModel[PartnerBacklog] = RowTableModel(columns)
        self.view = RowTableView(self.model)
        self.view.set_column_widths(260, 80, 110)
        fit_columns(self.view)
        layout.addWidget(self.view, 1)
        self.empty = EmptyHint(self.tr("No partner has referrals waiting that long without an outcome."))
        layout.addWidget(self.empty)

    def refresh(self) -> None:
        with self.context.session() as session:
            rows = referrals.no_outcome_report(session, self.days.value(), local_today())
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
