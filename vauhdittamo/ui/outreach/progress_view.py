"""A list's progress on screen: the totals at a glance, then per village, per worker and per way of contact."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from vauhdittamo.models import AttemptOutcome
from vauhdittamo.services.outreach.progress import ChannelLine, ProgressFigures, ProgressLine
from vauhdittamo.services.outreach.status import Counts
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.outreach.labels import outreach_label
from vauhdittamo.ui.widgets.page import SectionTitle, StatCard, StatRow
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def share_text(counts: Counts) -> str:
    share = counts.reached_share
    return "" if share is None else f"{round(share * 100)}\u00a0%"


def _outcome_column(outcome: AttemptOutcome) -> Column[ChannelLine]:
    """The attempts made one way that ended in *outcome*."""
    return Column(outreach_label(outcome), lambda c: str(c.outcomes[outcome]), lambda c: c.outcomes[outcome], RIGHT)



def two_lines(title: str) -> str:
    """A count column's title of several words on two lines: the counts are narrow, the titles long."""
    words = title.split(" ")
    if len(words) < 2:
        return title
    # Break where the longer line is shortest.
    cut = min(range(1, len(words)), key=lambda i: max(len(" ".join(words[:i])), len(" ".join(words[i:]))))
    return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])

class ProgressView(QWidget):
    """The figures of one list (:meth:`show_figures`); *Export to Excel…* when the role may export."""

    def __init__(self, may_export: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        self.total_card = StatCard(self.tr("people on the list"))
        self.reached_card = StatCard(self.tr("reached"))
        self.reached_card.setToolTip(self.tr("Reached at all: those who declined or became clients included"))
        self.clients_card = StatCard(self.tr("became clients"))
        self.untried_card = StatCard(self.tr("not tried yet"))
        outer.addWidget(StatRow([self.total_card, self.reached_card, self.clients_card, self.untried_card]))
        scroll = QScrollArea()
        scroll.setObjectName("progressScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content = QWidget()
        content.setObjectName("progressContent")
        scroll.setWidget(content)
        scroll.viewport().setAutoFillBackground(False)
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 4, 0)
        body.addWidget(SectionTitle(self.tr("By village")))
        self.villages = self._counts_table(self.tr("Village"), lambda line: line.label)
        body.addWidget(self.villages)
        body.addWidget(SectionTitle(self.tr("By outreach worker")))
        self.workers = self._counts_table(
            self.tr("Outreach worker"), lambda line: line.label or self.tr("Not assigned")
        )
        body.addWidget(self.workers)
        body.addWidget(SectionTitle(self.tr("Attempts by way of contact")))
        outcomes = (
            AttemptOutcome.REACHED,
            AttemptOutcome.NOT_REACHED,
            AttemptOutcome.DECLINED,
            AttemptOutcome.MOVED_AWAY,
            AttemptOutcome.BECAME_CLIENT,
        )
        self.channel_model: RowTableModel[ChannelLine] = RowTableModel(
            [
                Column(self.tr("Way"), lambda c: outreach_label(c.channel)),
                Column(self.tr("Attempts"), lambda c: str(c.attempts), lambda c: c.attempts, RIGHT),
                *(_outcome_column(o) for o in outcomes),
            ]
        )
        self.channels = self._table(self.channel_model)
        self.channels.horizontalHeader().setDefaultSectionSize(56)
        self.channels.set_column_widths(150)
        body.addWidget(self.channels)
        body.addStretch(1)
        outer.addWidget(scroll, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setToolTip(self.tr("The figures as a workbook in Finnish, without names"))
        bar.addWidget(self.export_button)
        outer.addLayout(bar)
        self.export_button.setVisible(may_export)

    def _table(self, model: RowTableModel[Any]) -> RowTableView:
        view = RowTableView(model)
        view.setSortingEnabled(False)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return view

    def _counts_table(self, title: str, label_of: Callable[[ProgressLine], str]) -> RowTableView:
        model: RowTableModel[ProgressLine] = RowTableModel(
            [
                Column(two_lines(title), label_of),
                Column(
                    two_lines(self.tr("People")), lambda line: str(line.counts.total), lambda line: line.counts.total,
                    RIGHT,
                ),
                Column(two_lines(self.tr("Not tried yet")), lambda line: str(line.counts.not_tried), alignment=RIGHT),
                Column(two_lines(self.tr("Not reached")), lambda line: str(line.counts.not_reached), alignment=RIGHT),
                Column(two_lines(self.tr("Reached")), lambda line: str(line.counts.reached), alignment=RIGHT),
                Column(two_lines(self.tr("Declined")), lambda line: str(line.counts.declined), alignment=RIGHT),
                Column(two_lines(self.tr("Moved away")), lambda line: str(line.counts.moved_away), alignment=RIGHT),
                Column(
                    two_lines(self.tr("Became clients")), lambda line: str(line.counts.became_clients), alignment=RIGHT
                ),
                Column(two_lines(self.tr("Share reached")), lambda line: share_text(line.counts), alignment=RIGHT),
            ]
        )
        view = self._table(model)
        view.horizontalHeader().setDefaultSectionSize(56)  # each count as wide as its title (fit_columns)
        view.set_column_widths(100)  # the names as wide as the widest (fit_columns)
        return view

    def _fit_height(self, view: RowTableView) -> None:
        """Every row shows: the page scrolls, not the table."""
        rows = view.model().rowCount()
        header = view.horizontalHeader().sizeHint().height()
        scrollbar = view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(header + rows * view.verticalHeader().defaultSectionSize() + scrollbar + 6)

    def show_figures(self, figures: ProgressFigures) -> None:
        total = figures.total
        self.total_card.set_value(total.total)
        self.reached_card.set_value(total.reached_in_total)
        self.clients_card.set_value(total.became_clients)
        self.untried_card.set_value(total.not_tried)
        total_line = ProgressLine("*", self.tr("All"), total)
        for view, lines in ((self.villages, figures.by_village), (self.workers, figures.by_worker)):
            model = view.source_model
            model.set_rows([*lines, total_line])
            fit_columns(view, range(model.columnCount()))
            self._fit_height(view)
        self.channel_model.set_rows(list(figures.by_channel))
        fit_columns(self.channels, range(self.channel_model.columnCount()))
        self._fit_height(self.channels)
