"""Held-back changes: rows received from the hub that this computer could not apply, and local changes
the hub refused. Read only; a received row is tried again at every sync.

The dialog shows a :class:`QuarantineSummary` the Sync page loaded in the background; it reads nothing itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from vauhdittamo.errors import QT_TRANSLATE_NOOP
from vauhdittamo.sync.protocol import QuarantineItem, QuarantineSummary
from vauhdittamo.timeutil import format_local
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.sync.record_names import reason_text, table_name
from vauhdittamo.ui.widgets.page import EmptyHint
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

KINDS = {
    "pulled": QT_TRANSLATE_NOOP("QuarantineDialog", "Received, could not be applied"),
    "refused": QT_TRANSLATE_NOOP("QuarantineDialog", "Refused by the hub"),
    "unsent": QT_TRANSLATE_NOOP("QuarantineDialog", "Not sent: breaks a rule"),
}


@dataclass(frozen=True)
class HeldRow:
    kind: str
    record: str
    when: str
    reason: str
    created_at: dt.datetime


def held_row(item: QuarantineItem) -> HeldRow:
    table = table_name(item.table_name)
    kind = KINDS.get(item.kind)
    return HeldRow(
        kind=QCoreApplication.translate("QuarantineDialog", kind) if kind else item.kind,
        record=f"{table} {item.row_id[-6:]}",
        when=format_local(item.created_at),
        reason=reason_text(item.reason),
        created_at=item.created_at,
    )


class QuarantineDialog(QDialog):
    """The held-back changes, newest first: kind, record, time and reason."""

    def __init__(self, summary: QuarantineSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Held-back changes"))
        self.resize(1100, 520)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Held-back changes"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        total = summary.pulled + summary.refused
        intro = QLabel(
            self.tr("Received but could not be applied here: {pulled} (tried again at every sync). Refused by the "
                    "hub: {refused} (ask a coordinator or the municipality's IT).").format(
                pulled=summary.pulled, refused=summary.refused)
        )
        intro.setObjectName("mutedLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model: RowTableModel[HeldRow] = RowTableModel(
            [
                Column(self.tr("Kind"), lambda r: r.kind),
                Column(self.tr("Record"), lambda r: r.record),
                Column(self.tr("When"), lambda r: r.when, sort_key=lambda r: r.created_at),
                Column(self.tr("Reason"), lambda r: r.reason, tooltip=lambda r: r.reason),
            ]
        )
        self.model.set_rows([held_row(item) for item in summary.items])
        self.view = RowTableView(self.model)
        self.view.set_column_widths(250, 220, 130)
        fit_columns(self.view)
        # Reasons are whole sentences: they wrap onto more lines instead of being cut.
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)
        self.view.setVisible(bool(summary.items))
        empty = EmptyHint(self.tr("Nothing is held back."))
        empty.setVisible(not summary.items)
        layout.addWidget(empty)
        if total > len(summary.items):
            more = QLabel(self.tr("The newest {shown} of {total} are listed.").format(
                shown=len(summary.items), total=total))
            more.setObjectName("mutedLabel")
            layout.addWidget(more)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
