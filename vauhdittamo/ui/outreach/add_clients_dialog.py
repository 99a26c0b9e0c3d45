"""Put existing clients on an outreach list: the clients of a village, or any client found by the search.

The candidates are read in the background; choose rows (Ctrl+click, Shift+arrows or Ctrl+A) and *Add*.
Clients already on the list are shown as such and skipped.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.db import Database
from vauhdittamo.errors import AppError
from vauhdittamo.services.outreach import entries
from vauhdittamo.services.outreach.entries import Candidate
from vauhdittamo.services.outreach.lists import Worker
from vauhdittamo.services.permissions import Actor
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.outreach.entry_dialogs import fill_workers
from vauhdittamo.ui.partners.organisation_dialog import error_label
from vauhdittamo.ui.tasks import Outcome, TaskRunner
from vauhdittamo.ui.widgets.busy import BusyLabel
from vauhdittamo.ui.widgets.table_model import ROW_ROLE, Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

SEARCH_DELAY_MS = 250


def load_candidates(db: Database, actor: Actor, list_id: str, village: str, query: str) -> list[Candidate]:
    with db.session(actor) as session:
        return entries.candidates(session, list_id, village, query)


class AddClientsDialog(QDialog):
    """Choose existing clients for the list. After ``accept()``: ``added`` and ``already_on_list``."""

    def __init__(
        self,
        context: AppContext,
        list_id: str,
        villages: Sequence[str],
        workers: Sequence[Worker] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.list_id = list_id
        self.added = 0
        self.already_on_list = 0
        self.loader = TaskRunner(self)
        self.setWindowTitle(self.tr("Add clients to the list"))
        self.setMinimumSize(720, 500)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Add clients to the list"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "The clients of the chosen village are shown; type to find any client. Choose one or more "
                "(Ctrl+click, Shift+↓) and add them in that village."
            )
        )
        intro.setObjectName("mutedLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QGridLayout()
        village_label = QLabel(self.tr("&Village:"))
        self.village = QComboBox()
        for village in villages:
            self.village.addItem(village, village)
        village_label.setBuddy(self.village)
        self.village.setAccessibleName(self.tr("Village"))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a client by name, birth date or phone"))
        self.search.setAccessibleName(self.tr("Find a client"))
        self.busy = BusyLabel()
        bar.addWidget(village_label, 0, 0)
        bar.addWidget(self.village, 0, 1)
        bar.addWidget(self.search, 0, 2)
        bar.addWidget(self.busy, 0, 3)
        bar.setColumnStretch(2, 1)
        layout.addLayout(bar)
        self.model: RowTableModel[Candidate] = RowTableModel(
            [
                Column(self.tr("Name"), lambda c: c.name),
                Column(self.tr("Born"), lambda c: format_date(c.birth_date), lambda c: c.birth_date),
                Column(self.tr("Village"), lambda c: c.village),
                Column(self.tr("Municipality"), lambda c: c.municipality),
                Column(self.tr("State"), self._state_text),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAccessibleName(self.tr("Clients"))
        self.view.set_column_widths(200, 90, 120, 120)
        layout.addWidget(self.view, 1)
        self.empty = QLabel(self.tr("No clients live in this village yet. Find others by typing a name."))
        self.empty.setObjectName("emptyHint")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        assign = QGridLayout()
        worker_label = QLabel(self.tr("Assign &to:"))
        self.worker = QComboBox()
        fill_workers(self.worker, workers, self.tr("Nobody yet"))
        self.worker.setAccessibleName(self.tr("Assign to"))
        worker_label.setBuddy(self.worker)
        assign.addWidget(worker_label, 0, 0)
        assign.addWidget(self.worker, 0, 1)
        assign.setColumnStretch(2, 1)
        layout.addLayout(assign)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.add_button = QPushButton(self.tr("Add the chosen clients"))
        self.add_button.setObjectName("primary")
        self.add_button.setDefault(True)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.clicked.connect(self.add_chosen)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.load)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.village.currentIndexChanged.connect(lambda _i: self.load())
        self.view.selectionModel().selectionChanged.connect(lambda _s, _d: self._update())
        self.load()
        self.view.setFocus()

    def _state_text(self, candidate: Candidate) -> str:
        if candidate.on_list:
            return self.tr("on the list")
        return self.tr("exited") if candidate.exited else ""

    def load(self) -> None:
        """Read the candidates for the village and the search (in the background)."""
        self._timer.stop()
        self.busy.set_busy(True)
        job = functools.partial(
            load_candidates,
            self.context.db,
            self.context.actor,
            self.list_id,
            str(self.village.currentData() or ""),
            self.search.text(),
        )
        self.loader.run(job, self._loaded)

    def _loaded(self, outcome: Outcome) -> None:
        self.busy.set_busy(False)
        if outcome.nothing_to_show(self._show_error):
            return
        rows: list[Candidate] = outcome.result
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self._update()

    def chosen(self) -> list[Candidate]:
        return [index.data(ROW_ROLE) for index in self.view.selectionModel().selectedRows()]

    def _update(self) -> None:
        count = sum(1 for c in self.chosen() if not c.on_list)
        self.add_button.setEnabled(count > 0)
        self.add_button.setText(self.tr("Add %n client(s)", "", count) if count else self.tr("Add the chosen clients"))

    def add_chosen(self) -> None:
        chosen = [c.client_id for c in self.chosen() if not c.on_list]
        if not chosen:
            return
        try:
            with self.context.transaction() as session:
                result = entries.add_clients(
                    session,
                    self.list_id,
                    chosen,
                    str(self.village.currentData() or ""),
                    assigned_to_id=self.worker.currentData(),
                )
        except AppError as exc:
            self._show_error(exc)
            return
        self.added, self.already_on_list = result.added, result.already_on_list
        self.accept()

    def _show_error(self, error: AppError) -> None:
        self.error.setText(error.translated(QCoreApplication.translate))
        self.error.setVisible(True)
