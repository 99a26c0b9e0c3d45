"""A table model over a list of row objects, described by named columns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

Row = TypeVar("Row")

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts naturally (dates, numbers)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its (already translated) title, the shown text, and optionally a sort key."""

    title: str
    text: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[Row], str] | None = None
    # A colour name (e.g. "#b3261e") for rows that need attention, or None for the normal text colour.
    colour: Callable[[Row], str | None] | None = None


def _sortable(value: Any) -> Any:
    """Dates and times as ISO text (a QVariant cannot carry them as Python objects); nothing sorts first."""
    if value is None:
        return ""
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None or value == "", value if value is not None else "")


ATTENTION_COLOUR = "#b3261e"

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_SORT = int(SORT_ROLE)
_ROW = int(ROW_ROLE)


def _value(column: Column[Any], row: Any, role: int) -> Any:
    """What *column* shows of *row* for *role* (called for every cell and role of every paint: plain int
    comparisons, the likely roles first)."""
    if role == _DISPLAY:
        return column.text(row)
    if role == _ALIGNMENT:
        return int(column.alignment.value)
    if role == _FOREGROUND:
        colour = column.colour(row) if column.colour is not None else None
        return QColor(colour) if colour else None
    if role == _SORT:
        return _sortable(column.sort_key(row)) if column.sort_key else column.text(row).casefold()
    if role == _ROW:
        return row
    if role == _TOOLTIP:  # the whole text, for cells too narrow to show it
        return column.tooltip(row) if column.tooltip is not None else column.text(row) or None
    return None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows are plain objects; ``set_rows`` replaces them all.

    The model sorts itself (a Python sort of 50,000 rows takes milliseconds, where a sort proxy
    would call back into Python a million times) and keeps its order across ``set_rows``.
    """

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        spec = self._columns[column]
        if spec.sort_key is not None:
            key_of = spec.sort_key
            self._rows.sort(key=lambda r: _none_last(key_of(r)), reverse=order == Qt.SortOrder.DescendingOrder)
        else:
            text_of = spec.text
            self._rows.sort(key=lambda r: text_of(r).casefold(), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            self._sort = None
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(self._rows[i.row()], i.column()) for i in persistent]
        self._sort_rows(column, order)
        position = {id(row): n for n, row in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [self.index(position[id(r)], c) for r, c in before])
        self.layoutChanged.emit()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def column_texts(self, column: int) -> set[str]:
        """The different texts *column* shows (without a call through Qt per cell)."""
        text_of = self._columns[column].text
        return {text_of(row) for row in self._rows}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        number = index.row()
        if not 0 <= number < len(self._rows) or not index.isValid():
            return None
        return _value(self._columns[index.column()], self._rows[number], int(role))

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:  # noqa: N802, N803 - Qt API
        """Every role a cell's painter asks for, in one call from Qt instead of one call per role (seven)."""
        number = index.row()
        # PySide iterates a span (its type stubs do not say so)
        slots = cast(Iterable[QModelRoleData], roleDataSpan) if isinstance(roleDataSpan, QModelRoleDataSpan) \
            else [roleDataSpan]
        if not 0 <= number < len(self._rows) or not index.isValid():
            for slot in slots:
                slot.clearData()
            return
        if type(self).data is not RowTableModel.data:  # a subclass answers some roles itself
            for slot in slots:
                slot.setData(self.data(index, slot.role()))
            return
        column, row = self._columns[index.column()], self._rows[number]
        for slot in slots:
            slot.setData(_value(column, row, slot.role()))

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].title
        return None
