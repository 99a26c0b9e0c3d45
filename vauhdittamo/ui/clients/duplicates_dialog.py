"""Possible duplicates: pairs of client records that may be one person, for coordinators and administrators.

The list is found in the background (:func:`load_pairs`, seconds at 50,000 clients), the strongest evidence
first, each pair with the reason in words and the names' score. The chosen pair is shown side by side
(name, birth date, identity code with its individual number hidden, place, visits), the values that
differ in bold. "Not the same person" remembers the pair (synchronised to every laptop); "Merge…" opens
the merge of the two records. Pairs marked before can be shown and taken back.
"""

from __future__ import annotations

import dataclasses
import functools

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.db import Database
from vauhdittamo.errors import AppError
from vauhdittamo.services.duplicates import (
    ClientSummary,
    DuplicatePair,
    count_possible_duplicates,
    dismiss_pair,
    possible_duplicates,
    undo_dismissal,
)
from vauhdittamo.services.permissions import StaffActor
from vauhdittamo.timeutil import format_local
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.partners.organisation_dialog import error_label
from vauhdittamo.ui.tasks import CancelToken, Outcome, TaskRunner
from vauhdittamo.ui.widgets.busy import BusyLabel
from vauhdittamo.ui.widgets.page import EmptyHint
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

REASON_ROLE = Qt.ItemDataRole.UserRole + 10  # a list item's second line: why it may be the same person

Index = QModelIndex | QPersistentModelIndex


class ReasonDelegate(QStyledItemDelegate):
    """A list item in two lines: its text, and under it the reason (``REASON_ROLE``) in a muted colour."""

    PADDING = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, reason = item.text, str(index.data(REASON_ROLE) or "")
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        rect = item.rect.adjusted(self.PADDING, 2, -self.PADDING, -2)
        metrics = item.fontMetrics
        palette = item.palette
        painter.save()
        # The style sheet's selection is a light background: the text keeps its own colours on it.
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        line = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(line, flags, metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
        if reason:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            line.translate(0, metrics.height())
            painter.drawText(line, flags, metrics.elidedText(reason, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        base = super().sizeHint(option, index)
        lines = 2 if index.data(REASON_ROLE) else 1
        return QSize(base.width(), lines * option.fontMetrics.height() + 6)


def load_pairs(db: Database, actor: StaffActor, include_dismissed: bool, cancel: CancelToken) -> list[DuplicatePair]:
    """The background job: every possible duplicate (and, if asked, the pairs marked not the same person)."""
    with db.session(actor) as session:
        return possible_duplicates(session, include_dismissed=include_dismissed, cancel=cancel.check)


def count_duplicates(db: Database, actor: StaffActor, cancel: CancelToken) -> int:
    """The background job: how many possible duplicates the list holds (cheap while no client changed)."""
    with db.session(actor) as session:
        return count_possible_duplicates(session, cancel=cancel.check)


def _name_and_birth(record: ClientSummary) -> str:
    born = format_date(record.birth_date)
    return f"{record.last_name}, {record.first_name}" + (f" ({born})" if born else "")


def _place(record: ClientSummary) -> str:
    return ", ".join(p for p in (record.municipality, record.village) if p)


class DuplicatesDialog(QDialog):
    """The possible duplicates; after it closes, ``changed`` says whether a pair was merged or marked."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, background: bool | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.background = background
        self.changed = False
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(1060, 640)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Possible duplicates"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Pairs of client records that may be one person, the strongest evidence first. Compare the two; "
                "mark them not the same person, or merge them into one record."
            )
        )
        intro.setObjectName("mutedLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        bar = QHBoxLayout()
        self.show_dismissed = QCheckBox(self.tr("Also show pairs marked not the same person"))
        self.show_dismissed.toggled.connect(lambda _on: self.reload())
        bar.addWidget(self.show_dismissed)
        bar.addStretch(1)
        self.busy_label = BusyLabel()
        bar.addWidget(self.busy_label)
        self.count_label = QLabel()
        self.count_label.setObjectName("mutedLabel")
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.model: RowTableModel[DuplicatePair] = RowTableModel(
            [
                Column(
                    self.tr("Record"),
                    lambda p: _name_and_birth(p.first),
                    lambda p: (p.first.last_name.casefold(), p.first.first_name.casefold()),
                ),
                Column(
                    self.tr("Other record"),
                    lambda p: _name_and_birth(p.second),
                    lambda p: (p.second.last_name.casefold(), p.second.first_name.casefold()),
                ),
                Column(
                    self.tr("Score"),
                    lambda p: str(p.match.score),
                    lambda p: p.match.score,
                    alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(
                    self.tr("Why they may be one person"),
                    self._reason,
                    lambda p: (p.dismissed, p.match.tier, -p.match.score),
                ),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.set_column_widths(240, 240, 64, 420)  # the reason, last, takes the spare width
        fit_columns(self.view)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_pair())
        self.view.activated.connect(lambda _index: self.merge())
        layout.addWidget(self.view, 1)
        self.empty = EmptyHint(self.tr("No possible duplicates."))
        self.empty.setVisible(False)
        layout.addWidget(self.empty)

        self.detail = QFrame()
        self.detail.setObjectName("panel")
        grid = QGridLayout(self.detail)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        self.captions = [
            self.tr("Name"),
            self.tr("Birth date"),
            self.tr("Personal identity code"),
            self.tr("Municipality and village"),
            self.tr("Visits"),
            self.tr("Added"),
        ]
        self.first_title = QLabel(self.tr("Record"))
        self.second_title = QLabel(self.tr("Other record"))
        for column, heading in ((1, self.first_title), (2, self.second_title)):
            heading.setObjectName("sectionTitle")
            grid.addWidget(heading, 0, column)
        self.values: list[tuple[QLabel, QLabel]] = []
        for row, caption in enumerate(self.captions, start=1):
            name = QLabel(caption)
            name.setObjectName("mutedLabel")
            grid.addWidget(name, row, 0)
            pair = (QLabel(), QLabel())
            for column, value in enumerate(pair, start=1):
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(value, row, column)
            self.values.append(pair)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addWidget(self.detail)

        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.dismiss_button = QPushButton(self.tr("Not the same person"))
        self.dismiss_button.setToolTip(self.tr("Remembered on every computer: the pair is not listed again"))
        self.dismiss_button.clicked.connect(self.toggle_dismissed)
        self.dismiss_button.setAutoDefault(False)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setObjectName("primary")
        self.merge_button.clicked.connect(self.merge)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+D"), self, self.toggle_dismissed)
        self.dismiss_button.setToolTip(self.dismiss_button.toolTip() + " (Ctrl+D)")

        self.loader = TaskRunner(self, background)
        self._show_pair()
        self.reload()

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Find the pairs again, in the background."""
        self.busy_label.set_busy(True)
        job = functools.partial(load_pairs, self.context.db, self.context.actor, self.show_dismissed.isChecked())
        self.loader.run(job, self._loaded)

    def _loaded(self, outcome: Outcome) -> None:
        self.busy_label.set_busy(False)
        if outcome.cancelled:
            return
        if outcome.error is not None:
            if isinstance(outcome.error, AppError):
                self._say(outcome.error.translated(QCoreApplication.translate))
                return
            raise outcome.error
        self._set_rows(outcome.result)

    def _set_rows(self, pairs: list[DuplicatePair]) -> None:
        selected: DuplicatePair | None = self.view.selected_row()
        self.model.set_rows(pairs)
        listed = sum(1 for p in pairs if not p.dismissed)
        self.count_label.setText(self.tr("%n possible duplicate(s)", "", listed))
        self.view.setVisible(bool(pairs))
        self.empty.setVisible(not pairs)
        if pairs:
            rows = self.model.rows()
            position = next((i for i, p in enumerate(rows) if selected is not None and p.key == selected.key), 0)
            self.view.selectRow(position)
            self.view.setFocus()
        self._show_pair()

    # ------------------------------------------------------------------ the chosen pair

    def _reason(self, pair: DuplicatePair) -> str:
        marked = self.tr("Marked not the same person. {reason}")
        text = pair.match.text(QCoreApplication.translate)
        return marked.format(reason=text) if pair.dismissed else text

    def selected(self) -> DuplicatePair | None:
        pair: DuplicatePair | None = self.view.selected_row()
        return pair

    def _show_pair(self) -> None:
        pair = self.selected()
        self.detail.setVisible(pair is not None)
        self.dismiss_button.setEnabled(pair is not None)
        self.merge_button.setEnabled(pair is not None and not pair.dismissed)
        self.dismiss_button.setText(
            self.tr("Possible duplicate after all")
            if pair is not None and pair.dismissed
            else self.tr("Not the same person")
        )
        if pair is None:
            return
        self.first_title.setText(self.tr("Record (added first)"))
        self.second_title.setText(self.tr("Other record"))
        for (first, second), (one, other) in zip(
            self.values, zip(self._details(pair.first), self._details(pair.second), strict=True), strict=True
        ):
            first.setText(one or "—")
            second.setText(other or "—")
            differs = one != other
            for label in (first, second):
                font = label.font()
                font.setBold(differs)
                label.setFont(font)

    def _details(self, record: ClientSummary) -> list[str]:
        return [
            record.full_name,
            format_date(record.birth_date),
            record.personal_id_masked,
            _place(record),
            self.tr("%n visit(s)", "", record.visits),
            format_local(record.created_at, with_time=False),
        ]

    # ------------------------------------------------------------------ actions

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def toggle_dismissed(self) -> None:
        """Mark the chosen pair not the same person (or take a mark back)."""
        pair = self.selected()
        if pair is None:
            return
        self._say("")
        try:
            with self.context.transaction() as session:
                if pair.dismissed:
                    undo_dismissal(session, pair.first.id, pair.second.id)
                else:
                    dismiss_pair(session, pair.first.id, pair.second.id)
        except AppError as exc:
            self._say(exc.translated(QCoreApplication.translate))
            return
        self.changed = True
        rows = self.model.rows()
        index = next(i for i, p in enumerate(rows) if p.key == pair.key)
        if self.show_dismissed.isChecked():
            rows[index] = dataclasses.replace(pair, dismissed=not pair.dismissed)
        else:
            del rows[index]
        self._set_rows(rows)
        if rows:
            self.view.selectRow(min(index, len(rows) - 1))

    def merge(self) -> None:
        """Merge the chosen pair (the record added first is kept unless swapped in the merge dialog)."""
        pair = self.selected()
        if pair is None or pair.dismissed:
            return
        from vauhdittamo.ui.clients.merge_dialog import MergeDialog

        self._say("")
        dialog = MergeDialog(self.context, pair.first.id, pair.second.id, self, background=self.background)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.merged:
            self.changed = True
            gone = dialog.other_id
            self._set_rows([p for p in self.model.rows() if gone not in p.key])
            self.reload()  # the kept record may now pair with others
