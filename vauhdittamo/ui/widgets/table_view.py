"""A sortable, read-only table view over a :class:`RowTableModel` (which sorts itself)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from vauhdittamo.ui.widgets.table_model import ROW_ROLE, RowTableModel


class RowTableView(QTableView):
    """Whole-row selection, alternating colours, click a header to sort."""

    def __init__(self, model: RowTableModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_model = model
        self.setModel(model)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it), as in every other control
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(30)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

    def set_column_widths(self, *widths: int) -> None:
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)

    def stretch_column(self, column: int) -> None:
        """Let *column* take the spare width (instead of the last one), so nothing scrolls sideways."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def selected_row(self) -> Any:
        """The row object of the current selection, or ``None``."""
        index = self.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None
