"""Asiakkaat: every client with a fast search and filters, and a personal coach's own clients."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from vauhdittamo.models import AgeGroup
from vauhdittamo.services import client_list
from vauhdittamo.services.client_list import NO_COACH, ClientFilters, ClientListRow, ClientStatus, MyClientRow
from vauhdittamo.services.permissions import Permission
from vauhdittamo.services.staff import active_staff
from vauhdittamo.timeutil import format_local, local_today
from vauhdittamo.ui.clients.new_client_dialog import NewClientDialog, prefill_from_search
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.widgets.page import EmptyHint, Page
from vauhdittamo.ui.widgets.table_model import ATTENTION_COLOUR, Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

SEARCH_DELAY_MS = 150


def _iso_date(value: str | None) -> str:
    return format_date(dt.date.fromisoformat(value)) if value else ""


class ClientsPage(Page):
    """All clients (search, filters, sortable columns) or *My clients* for the signed-in coach.

    Signals:
        open_client_requested(str): open this client's card.
    """

    open_client_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Clients"), parent=parent)
        self.context = context
        self._coach_names: dict[str, str] = {}
        self._threshold = client_list.youth_threshold(local_today())

        bar = QHBoxLayout()
        self.all_button = QPushButton(self.tr("All clients"))
        self.mine_button = QPushButton(self.tr("My clients"))
        self.view_group = QButtonGroup(self)
        for index, button in enumerate((self.all_button, self.mine_button)):
            button.setCheckable(True)
            self.view_group.addButton(button, index)
            bar.addWidget(button)
        self.all_button.setChecked(True)
        self.view_group.idClicked.connect(self._switch_view)
        bar.addSpacing(12)
        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Search by name, birth date, phone or personal identity code"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self.tr("Search:"))
        self.search_label.setBuddy(self.search)
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 1)
        bar.addStretch(0)  # takes the room of the search field while My clients hides it
        self.new_button = QPushButton(self.tr("New client"))
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.clicked.connect(self.new_client)
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.clicked.connect(self.import_clients)
        self.import_button.setVisible(can(context, Permission.IMPORT_CLIENTS))
        bar.addWidget(self.new_button)
        bar.addWidget(self.import_button)
        self.body.addLayout(bar)

        filters = QWidget()
        filters.setObjectName("filterBar")
        row = QHBoxLayout(filters)
        row.setContentsMargins(0, 0, 0, 0)
        self.coach_filter = QComboBox()
        self.municipality_filter = QComboBox()
        self.village_filter = QComboBox()
        self.age_filter = QComboBox()
        self.age_filter.addItem(self.tr("All ages"), None)
        for group in (AgeGroup.UNDER_30, AgeGroup.AGE_30_PLUS, AgeGroup.UNKNOWN):
            self.age_filter.addItem(label(group), group.value)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Active"), ClientStatus.ACTIVE.value)
        self.status_filter.addItem(self.tr("Ended"), ClientStatus.ENDED.value)
        self.status_filter.addItem(self.tr("Active and ended"), ClientStatus.ALL.value)
        for caption, combo in (
            (self.tr("Coach"), self.coach_filter),
            (self.tr("Municipality"), self.municipality_filter),
            (self.tr("Village"), self.village_filter),
            (self.tr("Age group"), self.age_filter),
            (self.tr("Status"), self.status_filter),
        ):
            combo.setToolTip(caption)
            combo.setAccessibleName(caption)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            row.addWidget(combo)
            combo.currentIndexChanged.connect(self.refresh)
        self.municipality_filter.currentIndexChanged.connect(self._fill_villages)
        row.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("mutedLabel")
        row.addWidget(self.count_label)
        self.body.addWidget(filters)
        self.filter_bar = filters

        self.views = QStackedWidget()
        self.model: RowTableModel[ClientListRow] = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: f"{r.last_name}, {r.first_name}",
                       lambda r: (r.last_name.casefold(), r.first_name.casefold())),
                Column(self.tr("Birth date"), lambda r: _iso_date(r.birth_date), lambda r: r.birth_date),
                Column(self.tr("Age group"), lambda r: label(client_list.age_group_of(r.birth_date, self._threshold))),
                Column(self.tr("Municipality"), lambda r: r.municipality),
                Column(self.tr("Village"), lambda r: r.village),
                Column(self.tr("Personal coach"), lambda r: self._coach_names.get(r.coach_id or "", "")),
                Column(self.tr("Phone"), lambda r: r.phone),
                Column(self.tr("Status"), lambda r: self.tr("Ended {date}").format(date=_iso_date(r.exit_date))
                       if r.exit_date else self.tr("Active")),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.set_column_widths(220, 122, 165, 100, 100, 145, 118, 165)  # the Finnish headers and values fit
        self.view.stretch_column(0)
        self.view.activated.connect(lambda _index: self._open(self.view))
        self.views.addWidget(self.view)

        self.mine_model: RowTableModel[MyClientRow] = RowTableModel(
            [
                Column(self.tr("Name"), lambda r: f"{r.last_name}, {r.first_name}",
                       lambda r: (r.last_name.casefold(), r.first_name.casefold())),
                Column(self.tr("Last contact"), lambda r: format_local(r.last_contact, with_time=False)
                       if r.last_contact else self.tr("none yet"), lambda r: r.last_contact),
                Column(self.tr("Next step"), lambda r: r.next_step),
                Column(self.tr("Due"), lambda r: format_date(r.next_step_date), lambda r: r.next_step_date,
                       colour=lambda r: ATTENTION_COLOUR
                       if r.next_step_date and r.next_step_date < local_today() else None),
                Column(self.tr("Overdue"), lambda r: str(r.overdue) if r.overdue else "",
                       lambda r: r.overdue, colour=lambda r: ATTENTION_COLOUR if r.overdue else None),
            ]
        )
        self.mine_view = RowTableView(self.mine_model)
        self.mine_view.set_column_widths(220, 150, 300, 110, 100)
        self.mine_view.stretch_column(2)
        self.mine_view.activated.connect(lambda _index: self._open(self.mine_view))
        self.views.addWidget(self.mine_view)
        self.body.addWidget(self.views, 1)
        self.empty = EmptyHint("")
        self.body.addWidget(self.empty)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._open_first_or_refresh)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_client)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        self._loading = True
        self._fill_choices()
        self._loading = False

    # ------------------------------------------------------------------ choices and filters

    def _fill_choices(self) -> None:
        with self.context.session() as session:
            staff = [(m.id, m.display_name) for m in active_staff(session)]
            self._places = client_list.places(session)
        self._coach_names = dict(staff)
        self.coach_filter.blockSignals(True)
        self.coach_filter.clear()
        self.coach_filter.addItem(self.tr("Any coach"), None)
        self.coach_filter.addItem(self.tr("No coach"), NO_COACH)
        for member_id, name in staff:
            self.coach_filter.addItem(name, member_id)
        self.coach_filter.blockSignals(False)
        self.municipality_filter.blockSignals(True)
        self.municipality_filter.clear()
        self.municipality_filter.addItem(self.tr("All municipalities"), "")
        for municipality in self._places:
            self.municipality_filter.addItem(municipality, municipality)
        self.municipality_filter.blockSignals(False)
        self._fill_villages()

    def _fill_villages(self) -> None:
        self.village_filter.blockSignals(True)
        self.village_filter.clear()
        self.village_filter.addItem(self.tr("All villages"), "")
        for village in self._places.get(str(self.municipality_filter.currentData() or ""), []):
            self.village_filter.addItem(village, village)
        self.village_filter.setEnabled(self.village_filter.count() > 1)
        self.village_filter.blockSignals(False)

    def filters(self) -> ClientFilters:
        age = self.age_filter.currentData()
        return ClientFilters(
            query=self.search.text(),
            coach_id=self.coach_filter.currentData(),
            municipality=str(self.municipality_filter.currentData() or ""),
            village=str(self.village_filter.currentData() or ""),
            age_group=AgeGroup(age) if age else None,
            status=ClientStatus(self.status_filter.currentData()),
        )

    def _switch_view(self, index: int) -> None:
        self.views.setCurrentIndex(index)
        self.filter_bar.setVisible(index == 0)
        self.search.setVisible(index == 0)
        self.search_label.setVisible(index == 0)
        self.refresh()

    def main_control(self) -> QWidget | None:
        """Ctrl+2 lands in the search (or in the list of one's own clients)."""
        return self.search if self.views.currentIndex() == 0 else self.mine_view

    # ------------------------------------------------------------------ actions

    def refresh(self) -> None:
        if self._loading:
            return
        self._timer.stop()
        today = local_today()
        self._threshold = client_list.youth_threshold(today)
        if self.views.currentIndex() == 1:
            with self.context.session() as session:
                mine = client_list.my_clients(session, self.context.staff_id, today)
            self.mine_model.set_rows(mine)
            self.count_label.setText(self.tr("%n client(s)", "", len(mine)))
            self.empty.setText(self.tr("You are not the personal coach of any active client."))
            self.empty.setVisible(not mine)
            return
        with self.context.session() as session:
            rows = client_list.list_clients(session, self.filters(), today)
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n client(s)", "", len(rows)))
        query = self.search.text().strip()
        if rows:
            self.empty.setVisible(False)
        else:
            self.empty.setText(
                self.tr("No client matches “{query}”.").format(query=query)
                if query
                else self.tr("No clients match the filters. Import clients from Excel or add a new one.")
            )
            self.empty.setVisible(True)

    def _open(self, view: RowTableView) -> None:
        row = view.selected_row()
        if row is not None:
            self.open_client_requested.emit(row.id)

    def _open_first_or_refresh(self) -> None:
        self.refresh()
        if self.model.rowCount() == 1:
            self.view.selectRow(0)
            self._open(self.view)
        elif self.model.rowCount():
            self.view.selectRow(0)
            self.view.setFocus()

    def new_client(self) -> None:
        dialog = NewClientDialog(self.context, self, initial=prefill_from_search(self.search.text()))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.client_id:
            self._fill_choices()
            self.refresh()
            self.open_client_requested.emit(dialog.client_id)

    def import_clients(self) -> None:
        from vauhdittamo.ui.clients.import_dialog import ImportClientsDialog

        dialog = ImportClientsDialog(self.context, self)
        dialog.imported.connect(self._after_import)
        dialog.exec()

    def _after_import(self, _count: int) -> None:
        self._fill_choices()
        self.refresh()
