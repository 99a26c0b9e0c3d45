"""Ei tulosta: sent referrals that have waited long without an outcome, by partner, for chasing partners."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from vauhdittamo.db import Database
from vauhdittamo.errors import AppError
from vauhdittamo.models import FINAL_STATUSES, ReferralStatus
from vauhdittamo.services import referrals
from vauhdittamo.services.permissions import Actor
from vauhdittamo.services.referrals import PartnerBacklog
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.tasks import Outcome, TaskRunner
from vauhdittamo.ui.widgets.page import EmptyHint
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

DEFAULT_DAYS = 30
# The statuses a referral without an outcome can be in (sent and not final), in lifecycle order.
OPEN_STATUSES: tuple[ReferralStatus, ...] = tuple(
    s for s in ReferralStatus if s not in FINAL_STATUSES and s != ReferralStatus.DRAFT
)

_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def load_backlog(db: Database, actor: Actor, days: int, today: dt.date) -> list[PartnerBacklog]:
    """The background job: the report for *days*."""
    with db.session(actor) as session:
        return referrals.no_outcome_report(session, days, today)


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
        self.busy_label = QLabel(self.tr("Loading…"))
        self.busy_label.setObjectName("mutedLabel")
        self.busy_label.setVisible(False)
        bar.addWidget(self.busy_label)
        self.loader = TaskRunner(self)
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
        """Read the report again in the background."""
        self.busy_label.setVisible(True)
        job = partial(load_backlog, self.context.db, self.context.actor, self.days.value(), local_today())
        self.loader.run(job, self._show)

    def _show(self, outcome: Outcome) -> None:
        self.busy_label.setVisible(False)
        if outcome.cancelled:
            return
        if outcome.error is not None:
            if isinstance(outcome.error, AppError):
                self.empty.setText(outcome.error.translated(QCoreApplication.translate))
                self.empty.setVisible(True)
                return
            raise outcome.error
        rows: list[PartnerBacklog] = outcome.result
        self.model.set_rows(rows)
        self.empty.setText(self.tr("No partner has referrals waiting that long without an outcome."))
        self.empty.setVisible(not rows)
