"""Conflicts to review: the same field edited on two laptops, or an edit of a record deleted meanwhile.

Every installation settled the conflict the same way already; here a coordinator sees what lost and
either keeps the current value or takes the other one back (a new edit that reaches everyone).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError
from vauhdittamo.services import syncing
from vauhdittamo.sync.conflicts import settle_conflict
from vauhdittamo.timeutil import format_local
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.format import format_date, format_time
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.sync.record_names import field_name, table_name
from vauhdittamo.ui.widgets.page import EmptyHint
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView


@dataclass(frozen=True)
class ConflictRow:
    conflict_id: str
    when: str
    record: str
    field: str
    kind: str
    current: str
    other: str


def shown(value: object) -> str:
    """A field's value as a person reads it (the service typed it by its column, ids became names)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("ConflictsDialog", "yes" if value else "no")
    if isinstance(value, Enum):
        return label(value)
    if isinstance(value, dt.datetime):
        return format_local(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, dt.time):
        return format_time(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


# The words of shown() above, for the translation tools.
_YES_NO = (QT_TRANSLATE_NOOP("ConflictsDialog", "yes"), QT_TRANSLATE_NOOP("ConflictsDialog", "no"))


class ConflictsDialog(QDialog):
    """The open conflicts; ``changed`` tells the caller to refresh."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.changed = False
        self.setWindowTitle(self.tr("Conflicts to review"))
        self.resize(980, 520)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Conflicts to review"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr("Two installations changed the same thing while offline. The newer change won everywhere; "
                    "keep it, or take the other value back. A record deleted on one laptop stays deleted.")
        )
        intro.setObjectName("mutedLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model: RowTableModel[ConflictRow] = RowTableModel(
            [
                Column(self.tr("When"), lambda r: r.when),
                Column(self.tr("Record"), lambda r: r.record, tooltip=lambda r: r.record),
                Column(self.tr("Field"), lambda r: r.field),
                Column(self.tr("Now"), lambda r: r.current, tooltip=lambda r: r.current),
                Column(self.tr("The other value"), lambda r: r.other, tooltip=lambda r: r.other),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.set_column_widths(130, 260, 150, 180)
        fit_columns(self.view)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        layout.addWidget(self.view, 1)
        self.empty = EmptyHint(self.tr("No conflicts to review."))
        layout.addWidget(self.empty)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep the current value"))
        self.keep_button.clicked.connect(self.keep)
        self.take_button = QPushButton(self.tr("Take the other value"))
        self.take_button.clicked.connect(self.take)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        rows = []
        with self.context.session() as session:
            conflicts = syncing.conflict_list(session)
        for conflict in conflicts:
            what = conflict.label or self.tr("a record no longer here")
            record = f"{table_name(conflict.table_name)}: {what}"
            deleted = conflict.kind == "deleted"
            rows.append(
                ConflictRow(
                    conflict_id=conflict.conflict_id,
                    when=format_local(conflict.created_at),
                    record=record,
                    field=self.tr("(deleted meanwhile)") if deleted
                    else field_name(conflict.column_name, conflict.table_name),
                    kind=conflict.kind,
                    current=self.tr("deleted") if deleted else shown(conflict.current),
                    other=shown(conflict.losing),
                )
            )
        self.model.set_rows(rows)
        fit_columns(self.view, (0, 2))
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows:
            self.view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row: ConflictRow | None = self.view.selected_row()
        self.keep_button.setEnabled(row is not None)
        # A deletion wins for good: the deleted record's other value cannot be taken back here.
        self.take_button.setEnabled(row is not None and row.kind != "deleted")

    def _settle(self, take: bool) -> None:
        row: ConflictRow | None = self.view.selected_row()
        if row is None:
            return
        self.error.clear()
        try:
            with self.context.transaction() as session:
                settle_conflict(session, row.conflict_id, take_losing_value=take)
        except AppError as exc:
            self.error.setText(exc.translated(QCoreApplication.translate))
            return
        self.changed = True
        self.reload()

    def keep(self) -> None:
        self._settle(False)

    def take(self) -> None:
        self._settle(True)
