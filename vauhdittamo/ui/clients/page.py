"""Asiakkaat: find clients as you type (name, birth date, phone or personal identity code)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from vauhdittamo.services import clients, overview
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.widgets.page import EmptyHint, Page
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

RESULT_LIMIT = 500
SEARCH_DELAY_MS = 120


class ClientsPage(Page):
    """A searchable client list."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Clients"), parent=parent)
        self.context = context

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Search by name, birth date, phone or personal identity code"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("mutedLabel")
        bar.addWidget(self.count_label)
        self.body.addLayout(bar)

        self.model: RowTableModel[overview.ClientRow] = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Birth date"), lambda r: format_date(r.birth_date), lambda r: r.birth_date),
                Column(self.tr("Age group"), lambda r: label(r.age_group)),
                Column(self.tr("Municipality"), lambda r: r.municipality),
                Column(self.tr("Village"), lambda r: r.village),
                Column(self.tr("Personal coach"), lambda r: r.coach_name),
                Column(self.tr("Status"), lambda r: self.tr("Active") if r.active else self.tr("Ended")),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.set_column_widths(230, 115, 130, 120, 120, 170)
        self.view.stretch_column(0)
        self.body.addWidget(self.view, 1)
        self.empty = EmptyHint("")
        self.body.addWidget(self.empty)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.refresh)

    def refresh(self) -> None:
        self._timer.stop()
        query = self.search.text()
        with self.context.db.session() as session:
            found = clients.search_clients(session, query, limit=RESULT_LIMIT + 1)
            rows = overview.client_rows(session, found[:RESULT_LIMIT])
        self.model.set_rows(rows)
        if len(found) > RESULT_LIMIT:
            self.count_label.setText(self.tr("first {n} shown; refine the search").format(n=RESULT_LIMIT))
        else:
            self.count_label.setText(self.tr("%n client(s)", "", len(rows)))
        if rows:
            self.empty.setVisible(False)
        else:
            self.empty.setText(
                self.tr("No client matches “{query}”.").format(query=query.strip())
                if query.strip()
                else self.tr("There are no clients yet. Import them from Excel or log a walk-in on the front desk.")
            )
            self.empty.setVisible(True)
