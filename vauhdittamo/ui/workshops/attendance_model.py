"""The rows of an attendance sheet as a Qt table model; times in and out are edited in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from vauhdittamo.errors import AppError
from vauhdittamo.models import AgeGroup, AttendanceStatus
from vauhdittamo.services.attendance import SheetRow
from vauhdittamo.services.validation import parse_time
from vauhdittamo.ui.format import format_time
from vauhdittamo.ui.labels import label

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_ModelIndex = QModelIndex | QPersistentModelIndex

STATUS_COLOURS = {
    AttendanceStatus.PRESENT: QColor("#1e6b3a"),
    AttendanceStatus.ABSENT: QColor("#b3261e"),
    AttendanceStatus.EXCUSED: QColor("#8a5a00"),
}


class AttendanceModel(QAbstractTableModel):
    """One row per participant.

    Signals:
        times_edited(str, object, object): a time cell was edited: client id, time in, time out.
        invalid_input(object): an edit could not be read; the AppError.
    """

    times_edited = Signal(str, object, object)
    invalid_input = Signal(object)

    NAME, PARTICIPATION, AGE_GROUP, STATUS, TIME_IN, TIME_OUT, CERTIFICATES = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SheetRow] = []
        self.editable = True
        self.headers = [
            self.tr("Name"),
            self.tr("Participation"),
            self.tr("Age"),
            self.tr("Attendance"),
            self.tr("In"),
            self.tr("Out"),
            self.tr("Cert."),
        ]

    def set_rows(self, rows: list[SheetRow], editable: bool = True) -> None:
        self.beginResetModel()
        self.rows = rows
        self.editable = editable
        self.endResetModel()

    def row_at(self, row: int) -> SheetRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, client_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.client_id == client_id), -1)

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.row_at(index.row())
        if (
            self.editable
            and row is not None
            and row.status == AttendanceStatus.PRESENT
            and index.column() in (self.TIME_IN, self.TIME_OUT)
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            colour = STATUS_COLOURS.get(row.status) if row.status else QColor("#8a96a3")
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.TIME_IN, self.TIME_OUT, self.CERTIFICATES):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TIME_IN, self.TIME_OUT):
            return self.tr("F2 or double-click: write the time, e.g. 9.15")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            home = " / ".join(p for p in (row.municipality, row.village) if p)
            return f"{row.name}\n{label(row.age_group)}" + (f"\n{home}" if home else "")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CERTIFICATES:
            return self.tr("Competence certificates earned in this workshop")
        return None

    def _text(self, row: SheetRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.PARTICIPATION:
            return self.tr("Drop-in") if row.drop_in or not row.enrolled else self.tr("Enrolled")
        if column == self.AGE_GROUP:
            return {AgeGroup.UNDER_30: self.tr("under 30"), AgeGroup.AGE_30_PLUS: self.tr("30+")}.get(row.age_group, "")
        if column == self.STATUS:
            return label(row.status) if row.status else "—"
        if column == self.TIME_IN:
            return format_time(row.time_in)
        if column == self.TIME_OUT:
            return format_time(row.time_out)
        if column == self.CERTIFICATES:
            return str(row.certificates) if row.certificates else ""
        return ""

    def setData(self, index: _ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.row_at(index.row())
        if row is None or role != Qt.ItemDataRole.EditRole or index.column() not in (self.TIME_IN, self.TIME_OUT):
            return False
        try:
            parsed = parse_time(str(value or ""), "time")
        except AppError as exc:
            self.invalid_input.emit(exc)
            return False
        time_in = parsed if index.column() == self.TIME_IN else row.time_in
        time_out = parsed if index.column() == self.TIME_OUT else row.time_out
        self.times_edited.emit(row.client_id, time_in, time_out)
        return True
