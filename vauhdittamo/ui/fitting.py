"""Room for what a widget shows: table columns as wide as their titles (and short values), dialogs as big
as their contents.

Qt sizes columns by fixed numbers and lets a window whose layout wraps text (word-wrapped labels) become
smaller than its contents; translated titles and values are longer than the English ones. These helpers
measure the shown text instead.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from vauhdittamo.ui.widgets.table_model import RowTableModel

# QHeaderView::section in resources/style.qss: 8 px of padding on each side, font-weight 600; the sort
# arrow of a sortable table needs about 16 px more.
HEADER_PADDING = 16
SORT_ARROW = 16
CELL_PADDING = 16


def title_width(view: QTableView, column: int) -> int:
    """The width the title of *column* needs, with the sort arrow where the table sorts."""
    header = view.horizontalHeader()
    header.ensurePolished()  # the style sheet's font, also before the table is first shown
    model = view.model()
    if model is None:
        return 0
    title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    if not title:
        return 0
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(font)
    needed = max(metrics.horizontalAdvance(line) for line in str(title).split("\n")) + HEADER_PADDING
    if view.isSortingEnabled():
        needed += SORT_ARROW
    return needed


def value_width(view: QTableView, column: int) -> int:
    """The width the widest value of *column* needs (of every row: for short lists and short values)."""
    model = view.model()
    if model is None:
        return 0
    view.ensurePolished()
    metrics = view.fontMetrics()
    if isinstance(model, RowTableModel):
        texts: Iterable[object] = model.column_texts(column)  # each different text measured once
    else:
        texts = (model.index(row, column).data(Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount()))
    widest = max((metrics.horizontalAdvance(str(text)) for text in texts if text), default=0)
    return widest + CELL_PADDING if widest else 0


def fit_columns(view: QTableView, values: Iterable[int] = ()) -> None:
    """Widen every shown column to its title, and the columns *values* to their widest value too.

    A stretching column takes the spare width; where there is none, it keeps the width of its title (as the
    smallest width of a column: the table scrolls sideways instead of cutting it).
    """
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return
    with_values = set(values)
    stretch_needs: list[int] = []
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        needed = title_width(view, column)
        if column in with_values:
            needed = max(needed, value_width(view, column))
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            stretch_needs.append(needed)
            continue
        if header.sectionSize(column) < needed:
            view.setColumnWidth(column, needed)
    if stretch_needs and max(stretch_needs) > header.minimumSectionSize():
        header.setMinimumSectionSize(max(stretch_needs))  # narrower columns grow to it: titles fit


def keep_contents_visible(window: QWidget, minimum_width: int = 0) -> None:
    """Never smaller than the window's contents need, word-wrapped text included; grown now if it is.

    Qt leaves the minimum height of a window whose layout wraps text to the window manager; the height the
    contents need at the narrowest allowed width is enough at every width.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = max(minimum_width, layout.totalMinimumSize().width())
    height = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():
        height = max(height, layout.totalMinimumHeightForWidth(width))
    window.setMinimumSize(width, height)
    if window.width() < width or window.height() < height:
        window.resize(max(window.width(), width), max(window.height(), height))
