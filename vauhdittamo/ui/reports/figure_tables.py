"""Compact figure tables and cards for the Reports screen: whole headers, right-aligned numbers, a total row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

Cell = int | float | str
ROW_HEIGHT = 28
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TEXT_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def format_count(value: int) -> str:
    """A whole number with a no-break space between thousands: ``1 234``."""
    return f"{value:,}".replace(",", "\u00a0")


def format_hours(value: float) -> str:
    """Hours with one decimal in the application's language (``1 234,5`` in Finnish)."""
    return QLocale().toString(float(value), "f", 1)


def format_share(part: int, whole: int) -> str:
    """*part* of *whole* as a whole percentage (``42 %``); empty when there is no whole."""
    if whole <= 0:
        return ""
    return QLocale().toString(round(100 * part / whole)) + "\u00a0%"


def _text(value: Cell) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return format_count(value)
    if isinstance(value, float):
        return format_hours(value)
    return value


class FigureTable(QTableWidget):
    """A read-only table as tall as its rows (the page scrolls, not the table).

    The first column holds the names and takes the spare width; the others hold numbers, as wide as
    their headers or values need, so no header is ever cut.
    """

    def __init__(self, headers: Sequence[str], empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.empty_text = empty_text
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(False)
        header.setDefaultAlignment(NUMBER_ALIGNMENT)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(72)
        first = self.horizontalHeaderItem(0)
        if first is not None:
            first.setTextAlignment(TEXT_ALIGNMENT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_rows([])

    def set_rows(self, rows: Sequence[Sequence[Cell]], total: Sequence[Cell] | None = None) -> None:
        """Replace the rows (each: a name, then the numbers); *total* is a bold last row."""
        header = self.horizontalHeader()
        self.setUpdatesEnabled(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # not measured again at every cell put in
        try:
            self._fill(rows, total)
        finally:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            self.setUpdatesEnabled(True)
        self.setFixedHeight(self.content_height())

    def _fill(self, rows: Sequence[Sequence[Cell]], total: Sequence[Cell] | None) -> None:
        self.clearSpans()
        shown = [list(r) for r in rows]
        if total is not None and shown:
            shown.append(list(total))
        self.setRowCount(max(1, len(shown)))
        if not shown:
            item = QTableWidgetItem(self.empty_text)
            item.setForeground(Qt.GlobalColor.darkGray)
            self.setItem(0, 0, item)
            for column in range(1, self.columnCount()):
                self.setItem(0, column, QTableWidgetItem(""))
            if self.columnCount() > 1:
                self.setSpan(0, 0, 1, self.columnCount())
        for row, values in enumerate(shown):
            bold = total is not None and row == len(shown) - 1
            for column in range(self.columnCount()):
                value = values[column] if column < len(values) else ""
                item = QTableWidgetItem(_text(value))
                item.setTextAlignment(TEXT_ALIGNMENT if column == 0 else NUMBER_ALIGNMENT)
                if column == 0:
                    item.setToolTip(item.text())
                if bold:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, column, item)

    def content_height(self) -> int:
        header = self.horizontalHeader().sizeHint().height()
        rows = self.rowCount() * self.verticalHeader().defaultSectionSize()
        scroll = self.horizontalScrollBar().sizeHint().height() if self._needs_scroll() else 0
        return header + rows + scroll + 2 * self.frameWidth() + 2

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        height = self.content_height()  # room for a sideways scroll bar when the window is narrow
        if height != self.height():
            self.setFixedHeight(height)

    def _needs_scroll(self) -> bool:
        return self.horizontalHeader().length() > self.viewport().width() > 0 and self.isVisible()

    def cell_text(self, row: int, column: int) -> str:
        """The shown text of a cell (for tests and screen readers)."""
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def column_of(self, title: str) -> int:
        for column in range(self.columnCount()):
            item = self.horizontalHeaderItem(column)
            if item is not None and item.text() == title:
                return column
        return -1

    def row_of(self, name: str) -> int:
        for row in range(self.rowCount()):
            if self.cell_text(row, 0) == name:
                return row
        return -1


class TargetCard(QFrame):
    """Progress against the participant target: the number and a bar reading "148 / 530"."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        self.value_label = QLabel("0")
        self.value_label.setObjectName("statValue")
        self.bar = QProgressBar()
        self.bar.setObjectName("targetBar")
        self.bar.setTextVisible(True)
        self.bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption_label = QLabel(caption)
        self.caption_label.setObjectName("statCaption")
        self.caption_label.setWordWrap(True)
        layout.addWidget(self.value_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.caption_label)

    def set_progress(self, count: int, target: int | None, no_target_text: str) -> None:
        if target is None or target <= 0:
            self.value_label.setText(format_count(count))
            self.bar.setVisible(False)
            self.caption_label.setToolTip(no_target_text)
            return
        self.value_label.setText(format_share(count, target))
        self.bar.setVisible(True)
        self.bar.setRange(0, target)
        self.bar.setValue(min(count, target))
        self.bar.setFormat(f"{format_count(count)} / {format_count(target)}")
        self.caption_label.setToolTip("")
