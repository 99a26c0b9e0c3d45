"""Asiakkaat: every client with a fast search and filters, and a personal coach's own clients.

The lists and the filters' choices are read in the background (:mod:`vauhdittamo.ui.tasks`); typing in
the search waits a moment for the next key, and only the newest read reaches the list.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
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

from vauhdittamo.db import Database
from vauhdittamo.errors import AppError
from vauhdittamo.models import AgeGroup
from vauhdittamo.services import client_list
from vauhdittamo.services.client_list import NO_COACH, ClientFilters, ClientListRow, ClientStatus, MyClientRow
from vauhdittamo.services.permissions import Permission, StaffActor
from vauhdittamo.services.staff import active_staff
from vauhdittamo.timeutil import format_local, local_today
from vauhdittamo.ui.clients.duplicates_dialog import DuplicatesDialog, count_duplicates
from vauhdittamo.ui.clients.new_client_dialog import NewClientDialog, prefill_from_search
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.tasks import Outcome, TaskRunner
from vauhdittamo.ui.widgets.busy import BusyLabel, ShowMoreRow
from vauhdittamo.ui.widgets.page import EmptyHint, Page
from vauhdittamo.ui.widgets.table_model import ATTENTION_COLOUR, Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

SEARCH_DELAY_MS = 250  # typing in the search waits this long for the next key


@dataclass(frozen=True)
class Choices:
    staff: list[tuple[str, str]]  # (id, name)
    places: dict[str, list[str]]


@dataclass(frozen=True)
class LoadedClients:
    """One background read: all clients matching the filters, or one's own clients; maybe the choices."""

    rows: list[ClientListRow] | None = None
    total: int = 0  # all the clients matching, of which *rows* are the first
    mine: list[MyClientRow] | None = None
    choices: Choices | None = None


def load_clients(
    db: Database,
    actor: StaffActor,
    filters: ClientFilters | None,
    today: dt.date,
    with_choices: bool,
    limit: int = client_list.DEFAULT_PAGE_SIZE,
) -> LoadedClients:
    """The background job: the clients matching *filters* (``None``: the actor's own clients)."""
    with db.session(actor) as session:
        choices = None
        if with_choices:
            staff = [(m.id, m.display_name) for m in active_staff(session)]
            choices = Choices(staff, client_list.places(session))
        if filters is None:
            return LoadedClients(mine=client_list.my_clients(session, actor.staff_id, today), choices=choices)
        page = client_list.client_page(session, filters, today, limit)
        return LoadedClients(rows=page.rows, total=page.total, choices=choices)


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
        self._loading = True  # the filters' choices are being filled: no reads meanwhile
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
        self.duplicates_button = QPushButton(self.tr("Possible duplicates"))
        self.duplicates_button.setToolTip(self.tr("Client records that may be one person: compare, merge or "
                                                  "mark them not the same person"))
        self.duplicates_button.clicked.connect(self.show_duplicates)
        bar.addWidget(self.new_button)
        bar.addWidget(self.import_button)
        self.body.addLayout(bar)  # first: a button shown before it has a parent would be a window of its own
        # On the title's line: the bar above has no room left in a 1000-pixel window.
        outer = self.layout()
        first = outer.itemAt(0) if outer is not None else None
        header = first.layout() if first is not None else None
        assert isinstance(header, QHBoxLayout)
        header.addStretch(1)
        header.addWidget(self.duplicates_button, 0, Qt.AlignmentFlag.AlignBaseline)
        self.import_button.setVisible(can(context, Permission.IMPORT_CLIENTS))
        self.may_merge = can(context, Permission.MERGE_CLIENTS)
        self.duplicates_button.setVisible(self.may_merge)

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
        # The boxes share the row's width (a long coach or village name is cut, its tooltip whole),
        # so that the row fits a 1000-pixel window.
        for caption, combo, letters in (
            (self.tr("Coach"), self.coach_filter, 14),
            (self.tr("Municipality"), self.municipality_filter, 10),
            (self.tr("Village"), self.village_filter, 10),
            (self.tr("Age group"), self.age_filter, 10),
            (self.tr("Status"), self.status_filter, 10),
        ):
            combo.setToolTip(caption)
            combo.setAccessibleName(caption)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
            combo.setStyleSheet("QComboBox { min-width: 0px; }")  # the shared 120 px leaves no room at 1000 px
            row.addWidget(combo, 1)
            if combo is not self.municipality_filter:
                combo.currentIndexChanged.connect(self._filters_changed)
        self.municipality_filter.currentIndexChanged.connect(self._municipality_chosen)
        row.addStretch(0)
        self.busy_label = BusyLabel()
        row.addWidget(self.busy_label)
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
        more_row = ShowMoreRow()
        self.shown_label, self.more_button = more_row.label, more_row.button
        self.more_button.clicked.connect(self.show_more)
        self.body.addWidget(more_row)
        self.empty = EmptyHint("")
        self.body.addWidget(self.empty)
        self._limit = client_list.DEFAULT_PAGE_SIZE

        self.loader = TaskRunner(self)
        self.duplicates_counter = TaskRunner(self)
        self._places: dict[str, list[str]] = {}
        self._choices_loaded = False
        self._open_first = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.load_list)
        self.search.textChanged.connect(lambda _text: self._typed())
        self.search.returnPressed.connect(self._open_first_or_refresh)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_client)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        self._loading = False

    # ------------------------------------------------------------------ choices and filters

    def _fill_choices(self, choices: Choices) -> None:
        """The coach, municipality and village choices (the current choices kept while they exist)."""
        self._loading = True
        try:
            self._coach_names = dict(choices.staff)
            self._places = choices.places
            wanted_coach = self.coach_filter.currentData()
            self.coach_filter.clear()
            self.coach_filter.addItem(self.tr("Any coach"), None)
            self.coach_filter.addItem(self.tr("No coach"), NO_COACH)
            for member_id, name in choices.staff:
                self.coach_filter.addItem(name, member_id)
            self.coach_filter.setCurrentIndex(max(0, self.coach_filter.findData(wanted_coach)))
            wanted_place = self.municipality_filter.currentData()
            wanted_village = self.village_filter.currentData()
            self.municipality_filter.clear()
            self.municipality_filter.addItem(self.tr("All municipalities"), "")
            for municipality in self._places:
                self.municipality_filter.addItem(municipality, municipality)
            self.municipality_filter.setCurrentIndex(max(0, self.municipality_filter.findData(wanted_place)))
            self._fill_villages()
            self.village_filter.setCurrentIndex(max(0, self.village_filter.findData(wanted_village)))
        finally:
            self._loading = False
        self._choices_loaded = True

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
        self.load_list()

    def main_control(self) -> QWidget | None:
        """Ctrl+2 lands in the search (or in the list of one's own clients)."""
        return self.search if self.views.currentIndex() == 0 else self.mine_view

    # ------------------------------------------------------------------ actions

    def refresh(self) -> None:
        """Read the shown list and the filters' choices again (in the background)."""
        self._load(with_choices=True)
        self.count_duplicates()

    def count_duplicates(self) -> None:
        """Count the possible duplicates in the background (coordinators and administrators)."""
        if self.may_merge:
            job = functools.partial(count_duplicates, self.context.db, self.context.actor)
            self.duplicates_counter.run(job, self._show_duplicate_count)

    def _show_duplicate_count(self, outcome: Outcome) -> None:
        if outcome.cancelled or outcome.error is not None:
            if outcome.error is not None and not isinstance(outcome.error, AppError):
                raise outcome.error
            return
        count: int = outcome.result
        self.duplicates_button.setText(self.tr("Possible duplicates ({count})").format(count=count))

    def load_list(self) -> None:
        """Read the shown list for the filters now (the choices stay as they are)."""
        self._load(with_choices=not self._choices_loaded)

    def show_more(self) -> None:
        self._limit += client_list.DEFAULT_PAGE_SIZE
        self._load(with_choices=False, keep_limit=True)

    def _municipality_chosen(self) -> None:
        self._fill_villages()
        self._filters_changed()

    def _filters_changed(self) -> None:
        if not self._loading:
            self.load_list()

    def _typed(self) -> None:
        """A key in the search: read the list once the typing pauses."""
        self._timer.start()
        self._set_busy(True)

    def _load(self, with_choices: bool, keep_limit: bool = False) -> None:
        self._timer.stop()
        if not keep_limit:
            self._limit = client_list.DEFAULT_PAGE_SIZE
        today = local_today()
        self._threshold = client_list.youth_threshold(today)
        filters = None if self.views.currentIndex() == 1 else self.filters()
        job = functools.partial(
            load_clients, self.context.db, self.context.actor, filters, today, with_choices, self._limit
        )
        self._set_busy(True)
        self.loader.run(job, self._show)

    def _set_busy(self, busy: bool) -> None:
        self.busy_label.set_busy(busy)

    def _show(self, outcome: Outcome) -> None:
        if not self._timer.isActive():
            self._set_busy(False)
        if outcome.cancelled:
            return
        if outcome.error is not None:
            if isinstance(outcome.error, AppError):
                self.empty.setText(outcome.error.translated(QCoreApplication.translate))
                self.empty.setVisible(True)
                return
            raise outcome.error
        loaded: LoadedClients = outcome.result
        if loaded.choices is not None:
            asked = self.filters()
            self._fill_choices(loaded.choices)
            if loaded.rows is not None and self.filters() != asked:  # a chosen coach or place is gone
                self.load_list()
                return
        if loaded.mine is not None:
            self._show_mine(loaded.mine)
        elif loaded.rows is not None:
            self._show_rows(loaded.rows, loaded.total)

    def _show_mine(self, mine: list[MyClientRow]) -> None:
        self.shown_label.setVisible(False)
        self.more_button.setVisible(False)
        self.mine_model.set_rows(mine)
        self.count_label.setText(self.tr("%n client(s)", "", len(mine)))
        self.empty.setText(self.tr("You are not the personal coach of any active client."))
        self.empty.setVisible(not mine)

    def _show_rows(self, rows: list[ClientListRow], total: int) -> None:
        selected = self.view.selected_row()
        self.model.set_rows(rows)
        if selected is not None:
            for index, row in enumerate(self.model.rows()):
                if row.id == selected.id:
                    self.view.selectRow(index)
                    break
        self.count_label.setText(self.tr("%n client(s)", "", total))
        more = total > len(rows)
        self.shown_label.setText(
            self.tr("Showing the first {shown} by name; search or filter to find the others.").format(
                shown=len(rows)
            )
        )
        self.shown_label.setVisible(more)
        self.more_button.setVisible(more)
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
        if self._open_first:
            self._open_first = False
            if self.model.rowCount() == 1:
                self.view.selectRow(0)
                self._open(self.view)
            elif self.model.rowCount():
                self.view.selectRow(0)
                self.view.setFocus()

    def _open(self, view: RowTableView) -> None:
        row = view.selected_row()
        if row is not None:
            self.open_client_requested.emit(row.id)

    def _open_first_or_refresh(self) -> None:
        """Enter in the search: read now, then open the only match (or go to the first of several)."""
        self._open_first = True
        self.load_list()

    def new_client(self) -> None:
        dialog = NewClientDialog(self.context, self, initial=prefill_from_search(self.search.text()))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.client_id:
            self.refresh()
            self.open_client_requested.emit(dialog.client_id)

    def show_duplicates(self) -> None:
        dialog = DuplicatesDialog(self.context, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def import_clients(self) -> None:
        from vauhdittamo.ui.clients.import_dialog import ImportClientsDialog

        dialog = ImportClientsDialog(self.context, self)
        dialog.imported.connect(self._after_import)
        dialog.exec()

    def _after_import(self, _count: int) -> None:
        self.refresh()
