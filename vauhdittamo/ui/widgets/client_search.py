"""Find a client as you type: name, birth date, phone or personal identity code.

Keyboard: type, ↓/↑ move in the results without leaving the field, Enter picks,
F2 asks for an anonymous visitor, F3 for a new client, Esc clears.

The search runs in the background; Enter or an arrow key pressed before the results for the typed text
are in acts on them as soon as they are.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from vauhdittamo.db import Database
from vauhdittamo.services import clients, overview
from vauhdittamo.services.permissions import Actor
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.tasks import Outcome, TaskRunner
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

SEARCH_DELAY_MS = 60
RESULT_LIMIT = 30


def find_clients(db: Database, actor: Actor, query: str) -> list[overview.ClientRow]:
    """The background job: the clients *query* finds, as the result list shows them."""
    with db.session(actor) as session:
        return overview.client_rows(session, clients.search_clients(session, query, limit=RESULT_LIMIT))


class ClientSearch(QWidget):
    """A search field over a short result list.

    Signals:
        client_chosen(str): a client was picked (Enter or double-click); the client id.
        anonymous_requested(): F2 in the field.
        new_client_requested(str): F3 in the field; the text typed so far.
    """

    client_chosen = Signal(str)
    anonymous_requested = Signal()
    new_client_requested = Signal(str)

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, placeholder: str = "", background: bool | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.loader = TaskRunner(self, background=background)
        self._waiting_move = 0  # an arrow pressed before the results were in (rows to move)
        self._waiting_choice = False  # Enter pressed before the results were in
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(
            placeholder or self.tr("Name, birth date, phone or personal identity code")
        )
        self.field.setAccessibleName(self.tr("Find a client"))
        self.field.installEventFilter(self)
        # A visible label, linked to the field; a caller with its own placeholder (and its own heading) has none.
        self.field_label = QLabel(self.tr("Find a client:"))
        self.field_label.setBuddy(self.field)
        self.field_label.setVisible(not placeholder)
        layout.addWidget(self.field_label)
        layout.addWidget(self.field)
        self.model: RowTableModel[overview.ClientRow] = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Born"), lambda r: format_date(r.birth_date), lambda r: r.birth_date),
                Column(self.tr("Age group"), lambda r: label(r.age_group)),
                Column(self.tr("Municipality"), lambda r: " / ".join(p for p in (r.municipality, r.village) if p)),
            ]
        )
        self.results = RowTableView(self.model)
        self.results.setAccessibleName(self.tr("Clients found"))
        self.results.setSortingEnabled(False)
        self.results.set_column_widths(180, 88, 100, 110)
        self.results.stretch_column(0)
        self.results.doubleClicked.connect(lambda _index: self.choose_current())
        layout.addWidget(self.results, 1)
        self.hint = QLabel()
        self.hint.setObjectName("mutedLabel")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self._show_hint()

    def search_now(self) -> None:
        """Search for the field's text at once (also what the typing timer does); the results follow."""
        self._timer.stop()
        query = self.field.text().strip()
        if not query:
            self.loader.forget()
            self.model.set_rows([])
            self._show_hint()
            return
        job = functools.partial(find_clients, self.context.db, self.context.actor, query)
        self.loader.run(job, functools.partial(self._found, query))

    def _found(self, query: str, outcome: Outcome) -> None:
        if outcome.nothing_to_show(lambda error: self.hint.setText(error.translated(QCoreApplication.translate))):
            return
        rows: list[overview.ClientRow] = outcome.result
        self.model.set_rows(rows)
        if rows:
            self.results.selectRow(0)
        self._show_hint(found_none=not rows)
        if query != self.field.text().strip() or self._waiting():
            return  # the results for what is typed now are still to come
        move, self._waiting_move = self._waiting_move, 0
        if move:
            self._move(move)
        if self._waiting_choice:
            self._waiting_choice = False
            self.choose_current()

    def _waiting(self) -> bool:
        """Whether results for the typed text are still to come (typing paused briefly, or being searched)."""
        return self._timer.isActive() or self.loader.busy

    def _show_hint(self, found_none: bool = False) -> None:
        if found_none:
            self.hint.setText(self.tr("No client found. F3: new client · F2: anonymous visitor"))
        else:
            self.hint.setText(self.tr("Enter: choose · ↓↑: move · F2: anonymous visitor · F3: new client"))

    def choose_current(self) -> None:
        if self._waiting():  # chosen once the results for the typed text are in
            self._waiting_choice = True
            if self._timer.isActive():
                self.search_now()
            return
        row = self.results.selected_row()
        if row is not None:
            self.client_chosen.emit(row.client_id)

    def reset(self) -> None:
        """Empty the field and the results, focus in the field."""
        self._waiting_move, self._waiting_choice = 0, False
        self.field.clear()
        self.loader.forget()
        self.model.set_rows([])
        self._show_hint()
        self.field.setFocus()

    def _move(self, step: int) -> None:
        if self._waiting():  # moved once the results for the typed text are in
            self._waiting_move += step
            if self._timer.isActive():
                self.search_now()
            return
        count = self.model.rowCount()
        if not count:
            return
        current = self.results.currentIndex().row()
        self.results.selectRow(max(0, min(count - 1, (current if current >= 0 else -1) + step)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose_current()
                return True
            if key == Qt.Key.Key_Down:
                self._move(1)
                return True
            if key == Qt.Key.Key_Up:
                self._move(-1)
                return True
            if key == Qt.Key.Key_PageDown:
                self._move(10)
                return True
            if key == Qt.Key.Key_PageUp:
                self._move(-10)
                return True
            if key == Qt.Key.Key_F2:
                self.anonymous_requested.emit()
                return True
            if key == Qt.Key.Key_F3:
                self.new_client_requested.emit(self.field.text().strip())
                return True
            if key == Qt.Key.Key_Escape and self.field.text():
                self.reset()
                return True
        return super().eventFilter(watched, event)
