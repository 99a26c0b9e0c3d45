"""Etsivä työ: the outreach lists of the village pilot, the people on them and how many were reached.

Left, the lists with their progress; right, the chosen list's people (an outreach worker sees their own,
a coordinator everyone's, filtered by worker) and its figures. Everything is read in the background
(:mod:`vauhdittamo.ui.tasks`); typing in the search waits a moment for the next key. Reading the lists also
runs the outreach erasure that is due (:func:`vauhdittamo.services.outreach.purge.purge_due`).

Keyboard: Ctrl+<number> lands in the people; Enter records an attempt on the chosen person, Ctrl+K records
that they became a client (the new-client form opens filled in; Ctrl+Enter saves it), Ctrl+Shift+K links an
existing client instead, F2 corrects the person's details, Delete takes them off the list (coordinators).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.db import Database
from vauhdittamo.errors import AppError, classify_sqlite_error
from vauhdittamo.models import AttemptOutcome, ContactChannel, EntryStatus
from vauhdittamo.services.outreach import attempts, entries, lists, purge, workbook
from vauhdittamo.services.outreach.attempts import AttemptInput
from vauhdittamo.services.outreach.entries import EntryFilters, EntryRow
from vauhdittamo.services.outreach.lists import ListSummary, Worker
from vauhdittamo.services.outreach.progress import ProgressFigures, progress
from vauhdittamo.services.permissions import Actor, Permission
from vauhdittamo.timeutil import local_today, to_local
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.outreach.attempt_dialog import AttemptDialog, new_client_for, person_text, pick_client_for
from vauhdittamo.ui.outreach.labels import STATUS_COLOURS, outreach_label
from vauhdittamo.ui.outreach.progress_view import ProgressView
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.settings import app_settings
from vauhdittamo.ui.tasks import Outcome, TaskRunner
from vauhdittamo.ui.widgets.busy import BusyLabel
from vauhdittamo.ui.widgets.forms import confirm
from vauhdittamo.ui.widgets.page import EmptyHint, Page
from vauhdittamo.ui.widgets.table_model import ATTENTION_COLOUR, ROW_ROLE, Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

FILTER_DELAY_MS = 250
LIST_ROLE = Qt.ItemDataRole.UserRole + 1
EXPORT_FOLDER = "outreach/export_folder"
DUE = "due"  # the status filter's choice: the next try is today or earlier
MINE = "mine"  # the worker filter's choice: the signed-in staff member's people
NOBODY = ""  # the worker filter's choice: not assigned to anybody yet


@dataclass(frozen=True)
class LoadedLists:
    lists: list[ListSummary]
    workers: list[Worker]
    erased: purge.ErasureReport | None = None


def load_lists(db: Database, actor: Actor, include_closed: bool, erase_due: bool) -> LoadedLists:
    """The background job of a refresh: the erasure that is due, then the lists and the workers."""
    erased = None
    if erase_due:
        with db.transaction(actor) as session:
            erased = purge.purge_due(session)
    with db.session(actor) as session:
        return LoadedLists(
            lists.list_summaries(session, include_closed=include_closed), lists.outreach_workers(session), erased
        )


@dataclass(frozen=True)
class LoadedEntries:
    list_id: str
    rows: list[EntryRow]
    figures: ProgressFigures


def load_entries(db: Database, actor: Actor, filters: EntryFilters, today: dt.date) -> LoadedEntries:
    with db.session(actor) as session:
        return LoadedEntries(
            filters.list_id, entries.entry_rows(session, filters, today), progress(session, filters.list_id)
        )


def _export(db: Database, actor: Actor, list_id: str, out: Path) -> workbook.ProgressExport:
    from vauhdittamo.services import spreadsheet

    with spreadsheet.atomic_target(out) as staged:  # named only once the export is in the audit trail
        with db.session(actor) as session:
            export = workbook.export_progress(session, list_id, staged)
        with db.transaction(actor) as session:
            workbook.record_export(session, export)
    return workbook.ProgressExport(out, export.figures, export.size_bytes)


class OutreachPage(Page):
    """The outreach lists and their people (see the module's notes)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Outreach"),
            self.tr("People to reach in the pilot villages, each contact attempt, and who was reached."),
            parent,
        )
        self.context = context
        self.may_manage = can(context, Permission.MANAGE_OUTREACH)
        self.may_export = can(context, Permission.EXPORT_REPORTS)
        self.today = local_today()
        self.summaries: list[ListSummary] = []
        self.workers: list[Worker] = []
        self.figures: ProgressFigures | None = None
        self.lists_loader = TaskRunner(self)
        self.entries_loader = TaskRunner(self)
        self.export_runner = TaskRunner(self)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.load_entries)
        self._filling = False
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_lists_panel())
        self.splitter.addWidget(self._build_list_panel())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 830])
        self.body.addWidget(self.splitter, 1)
        self._show_list(None)

    # ------------------------------------------------------------------ building

    def _build_lists_panel(self) -> QWidget:
        panel = QWidget()
        panel.setMinimumWidth(190)
        panel.setMaximumWidth(320)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 8, 0)
        caption = QLabel(self.tr("&Lists"))
        caption.setObjectName("sectionTitle")
        layout.addWidget(caption)
        self.list_view = QListWidget()
        self.list_view.setObjectName("outreachLists")
        self.list_view.setAccessibleName(self.tr("Outreach lists"))
        self.list_view.setWordWrap(False)  # a long name is cut on its line (the tool tip has it all)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        caption.setBuddy(self.list_view)
        self.list_view.currentItemChanged.connect(lambda _c, _p: self._list_chosen())
        layout.addWidget(self.list_view, 1)
        self.no_lists = EmptyHint(
            self.tr("No outreach lists yet.")
            + (
                " " + self.tr("Make the first with “New list…”.")
                if self.may_manage
                else " " + self.tr("A coordinator makes them.")
            )
        )
        layout.addWidget(self.no_lists)
        self.show_closed = QCheckBox(self.tr("Show closed lists"))
        self.show_closed.toggled.connect(lambda _on: self.refresh())
        layout.addWidget(self.show_closed)
        self.new_list_button = QPushButton(self.tr("New list…"))
        self.new_list_button.clicked.connect(self.new_list)
        self.edit_list_button = QPushButton(self.tr("Change list…"))
        self.edit_list_button.clicked.connect(self.edit_list)
        self.close_list_button = QPushButton(self.tr("Close list…"))
        self.close_list_button.setToolTip(
            self.tr(
                "End the work on the list; the details of those who did not become clients are erased, the figures stay"
            )
        )
        self.close_list_button.clicked.connect(self.close_list)
        for button in (self.new_list_button, self.edit_list_button, self.close_list_button):
            layout.addWidget(button)
            button.setVisible(self.may_manage)
        return panel

    def _build_list_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        self.list_title = QLabel()
        self.list_title.setObjectName("sectionTitle")
        self.list_title.setWordWrap(True)
        layout.addWidget(self.list_title)
        self.list_details = QLabel()
        self.list_details.setObjectName("mutedLabel")
        self.list_details.setWordWrap(True)
        layout.addWidget(self.list_details)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cardTabs")
        self.tabs.addTab(self._build_people_tab(), self.tr("People"))
        self.progress_view = ProgressView(self.may_export)
        self.progress_view.export_button.clicked.connect(self.export_progress)
        self.tabs.addTab(self.progress_view, self.tr("Progress"))
        layout.addWidget(self.tabs, 1)
        self.notice = QLabel()
        self.notice.setObjectName("mutedLabel")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setVisible(False)
        layout.addWidget(self.notice)
        self.no_list = EmptyHint(self.tr("Choose a list on the left."))
        layout.addWidget(self.no_list)
        return panel

    def _build_people_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        bar = QGridLayout()
        bar.setHorizontalSpacing(6)
        self.village_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Every status"), None)
        self.status_filter.addItem(self.tr("Next try due"), DUE)
        for status in EntryStatus:
            self.status_filter.addItem(outreach_label(status), status.value)
        self.worker_filter = QComboBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, phone or address"))
        self.search.setAccessibleName(self.tr("Find a person"))
        # No captions: each box's first choice says what it filters ("Every village"), and screen readers
        # read its accessible name. Captions beside them do not fit a 1000 px window.
        for column, (text, box) in enumerate(
            (
                (self.tr("Village"), self.village_filter),
                (self.tr("Status"), self.status_filter),
                (self.tr("Outreach worker"), self.worker_filter),
            )
        ):
            box.setAccessibleName(text)
            box.setToolTip(text)
            box.setMinimumContentsLength(11)
            bar.addWidget(box, 0, column)
        self.worker_filter.setVisible(self.may_manage)
        bar.setColumnStretch(3, 1)
        layout.addLayout(bar)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        self.busy_label = BusyLabel()
        search_row.addWidget(self.busy_label)
        self.count_label = QLabel()
        self.count_label.setObjectName("mutedLabel")
        search_row.addWidget(self.count_label)
        layout.addLayout(search_row)
        self.village_filter.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.status_filter.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.worker_filter.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.search.textChanged.connect(lambda _t: self._typed())

        self.model: RowTableModel[EntryRow] = RowTableModel(
            [
                Column(self.tr("Name"), self._name_text, lambda r: (r.last_name.casefold(), r.first_name.casefold())),
                Column(self.tr("Village"), lambda r: r.village),
                Column(self.tr("Phone"), lambda r: r.phone),
                Column(
                    self.tr("Status"),
                    lambda r: outreach_label(r.status),
                    lambda r: r.status.value,
                    colour=lambda r: STATUS_COLOURS[r.status],
                ),
                Column(self.tr("Last attempt"), self._last_text, lambda r: r.last_on, tooltip=self._last_tooltip),
                Column(
                    self.tr("Next try"),
                    lambda r: format_date(r.next_try_on),
                    lambda r: r.next_try_on,
                    colour=lambda r: ATTENTION_COLOUR if r.is_due(self.today) else None,
                ),
                Column(self.tr("Worker"), lambda r: r.assigned_name),
                Column(self.tr("Address"), lambda r: r.address),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.setAccessibleName(self.tr("People on the list"))
        if self.may_manage:  # several at once for assigning and removing
            self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.set_column_widths(170, 110, 120, 170, 90, 120, 140)
        fit_columns(self.view)
        self.view.activated.connect(lambda _index: self.record_attempt())
        self.view.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_buttons())
        layout.addWidget(self.view, 1)
        self.empty = EmptyHint(self.tr("Nobody on the list matches the filters."))
        layout.addWidget(self.empty)
        self.keys_hint = QLabel(
            self.tr(
                "Enter: record an attempt · Ctrl+K: became a client · Ctrl+Shift+K: an existing client · F2: details"
            )
        )
        self.keys_hint.setObjectName("mutedLabel")
        self.keys_hint.setWordWrap(True)
        layout.addWidget(self.keys_hint)

        buttons = QHBoxLayout()
        self.attempt_button = QPushButton(self.tr("Record attempt…"))
        self.attempt_button.setObjectName("primary")
        self.attempt_button.setToolTip(self.tr("Enter"))
        self.attempt_button.clicked.connect(self.record_attempt)
        self.client_button = QPushButton(self.tr("Became a client…"))
        self.client_button.setToolTip(self.tr("Ctrl+K: a new client from the person's details"))
        self.client_button.clicked.connect(self.became_client)
        self.more_button = QPushButton(self.tr("More ▾"))
        self.more_button.setAccessibleName(self.tr("More actions"))
        self.more_menu = QMenu(self.more_button)
        self.details_action = self.more_menu.addAction(self.tr("The person's details…"), self.edit_entry)
        self.details_action.setShortcut(QKeySequence("F2"))  # shown in the menu; the page's own shortcut acts
        self.details_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.link_action = self.more_menu.addAction(self.tr("Became a client: an existing one…"), self.link_client)
        self.link_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.link_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.manage_separator = self.more_menu.addSeparator()
        self.import_action = self.more_menu.addAction(self.tr("Import people from a file…"), self.import_entries)
        self.add_clients_action = self.more_menu.addAction(self.tr("Add existing clients…"), self.add_clients)
        self.add_person_action = self.more_menu.addAction(self.tr("Add a person…"), self.add_entry)
        self.assign_action = self.more_menu.addAction(self.tr("Assign the chosen to a worker…"), self.assign)
        self.remove_action = self.more_menu.addAction(self.tr("Take the chosen off the list…"), self.remove_entries)
        for action in (
            self.manage_separator,
            self.import_action,
            self.add_clients_action,
            self.add_person_action,
            self.assign_action,
            self.remove_action,
        ):
            action.setVisible(self.may_manage)
        self.more_button.setMenu(self.more_menu)
        buttons.addWidget(self.attempt_button)
        buttons.addWidget(self.client_button)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+K"), tab, self.became_client)
        QShortcut(QKeySequence("Ctrl+Shift+K"), tab, self.link_client)
        QShortcut(QKeySequence("F2"), tab, self.edit_entry)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.remove_entries)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        return tab

    def main_control(self) -> QWidget | None:
        """Ctrl+<number> lands in the people (arrows choose, Enter records), or in the lists when none is chosen."""
        return self.view if self.current_summary() is not None and self.tabs.currentIndex() == 0 else self.list_view

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the lists again, after running the erasure that is due (see the module's notes)."""
        self.today = local_today()
        job = functools.partial(load_lists, self.context.db, self.context.actor, self.show_closed.isChecked(), True)
        self.lists_loader.run(job, self._lists_loaded)

    def _lists_loaded(self, outcome: Outcome) -> None:
        if outcome.cancelled:
            return
        if outcome.error is not None:
            self._show_error(outcome.error)
            return
        loaded: LoadedLists = outcome.result
        self.summaries, self.workers = loaded.lists, loaded.workers
        chosen = self.current_list_id() or app_settings().value("outreach/list", "")
        self._filling = True
        try:
            self.list_view.clear()
            for summary in loaded.lists:
                item = QListWidgetItem(self._list_text(summary))
                item.setData(LIST_ROLE, summary.list_id)
                item.setToolTip(f"{summary.name}\n{', '.join(summary.villages)}")
                self.list_view.addItem(item)
            index = next((i for i, s in enumerate(loaded.lists) if s.list_id == chosen), 0 if loaded.lists else -1)
            self.list_view.setCurrentRow(index)
            self._fill_worker_filter()
        finally:
            self._filling = False
        self.no_lists.setVisible(not loaded.lists)
        if loaded.erased is not None and loaded.erased.entries:
            self._say(
                self.tr(
                    "The details of %n person(s) on ended lists were erased; the figures stay.",
                    "",
                    loaded.erased.entries,
                )
            )
        self._list_chosen()

    def _list_text(self, summary: ListSummary) -> str:
        counts = summary.counts
        lines = [summary.name, f"{format_date(summary.start_date)}–{format_date(summary.end_date)}"]
        if summary.is_closed:
            lines[1] += " · " + self.tr("closed")
        lines.append(
            self.tr("{reached} of {total} reached").format(reached=counts.reached_in_total, total=counts.total)
        )
        return "\n".join(lines)

    def _fill_worker_filter(self) -> None:
        current = self.worker_filter.currentData()
        self.worker_filter.blockSignals(True)
        self.worker_filter.clear()
        self.worker_filter.addItem(self.tr("Everyone"), None)
        self.worker_filter.addItem(self.tr("Mine"), MINE)
        self.worker_filter.addItem(self.tr("Not assigned"), NOBODY)
        for worker in self.workers:
            if worker.staff_id != self.context.staff_id:
                self.worker_filter.addItem(worker.name, worker.staff_id)
        index = self.worker_filter.findData(current) if current is not None else 0
        self.worker_filter.setCurrentIndex(max(0, index))
        self.worker_filter.blockSignals(False)

    def current_list_id(self) -> str | None:
        item = self.list_view.currentItem()
        return str(item.data(LIST_ROLE)) if item is not None else None

    def current_summary(self) -> ListSummary | None:
        list_id = self.current_list_id()
        return next((s for s in self.summaries if s.list_id == list_id), None)

    def _list_chosen(self) -> None:
        if self._filling:
            return
        summary = self.current_summary()
        if summary is not None:
            app_settings().setValue("outreach/list", summary.list_id)
        self._show_list(summary)
        if summary is not None:
            self.load_entries()

    def _show_list(self, summary: ListSummary | None) -> None:
        self.tabs.setVisible(summary is not None)
        self.list_title.setVisible(summary is not None)
        self.list_details.setVisible(summary is not None)
        self.no_list.setVisible(summary is None and bool(self.summaries))
        self.edit_list_button.setEnabled(summary is not None and not summary.is_closed)
        self.close_list_button.setEnabled(summary is not None and not summary.is_closed)
        if summary is None:
            self.model.set_rows([])
            self._update_buttons()
            return
        self.list_title.setText(summary.name)
        period = f"{format_date(summary.start_date)}–{format_date(summary.end_date)}"
        details = [", ".join(summary.villages), period]
        if summary.closed_at is not None:
            details.append(
                self.tr("closed {day}: the details of those who did not become clients are erased").format(
                    day=format_date(to_local(summary.closed_at).date())
                )
            )
        else:
            details.append(
                self.tr("details kept until {day} at the latest").format(day=format_date(summary.erasure_due_on))
            )
        self.list_details.setText(" · ".join(details))
        self.list_details.setToolTip(summary.description)
        self._fill_village_filter(summary)
        self._update_buttons()

    def _fill_village_filter(self, summary: ListSummary) -> None:
        current = self.village_filter.currentData()
        self.village_filter.blockSignals(True)
        self.village_filter.clear()
        self.village_filter.addItem(self.tr("Every village"), None)
        for village in summary.villages:
            self.village_filter.addItem(village, village)
        self.village_filter.setCurrentIndex(max(0, self.village_filter.findData(current)) if current else 0)
        self.village_filter.blockSignals(False)

    def filters(self) -> EntryFilters | None:
        summary = self.current_summary()
        if summary is None:
            return None
        status = self.status_filter.currentData()
        worker = self.worker_filter.currentData() if self.may_manage else None
        return EntryFilters(
            list_id=summary.list_id,
            village=self.village_filter.currentData(),
            status=EntryStatus(status) if status not in (None, DUE) else None,
            due=status == DUE,
            assigned_to=self.context.staff_id if worker == MINE else worker,
            query=self.search.text().strip(),
        )

    def _typed(self) -> None:
        self._filter_timer.start()
        self.busy_label.set_busy(True)

    def _filters_changed(self) -> None:
        if not self._filling:
            self.load_entries()

    def load_entries(self, select_entry: str | None = None) -> None:
        """Read the chosen list's people (for the filters) and figures, in the background."""
        self._filter_timer.stop()
        filters = self.filters()
        if filters is None:
            return
        selected = select_entry or (row.entry_id if (row := self.selected_entry()) is not None else None)
        self.busy_label.set_busy(True)
        job = functools.partial(load_entries, self.context.db, self.context.actor, filters, self.today)
        self.entries_loader.run(job, functools.partial(self._entries_loaded, selected=selected))

    def _entries_loaded(self, outcome: Outcome, *, selected: str | None) -> None:
        if not self._filter_timer.isActive():
            self.busy_label.set_busy(False)
        if outcome.cancelled:
            return
        if outcome.error is not None:
            self._show_error(outcome.error)
            return
        loaded: LoadedEntries = outcome.result
        if loaded.list_id != self.current_list_id():
            return
        self.model.set_rows(loaded.rows)
        fit_columns(self.view, (2, 3, 4, 5))  # phone, status, last attempt, next try
        self.figures = loaded.figures
        self.progress_view.show_figures(loaded.figures)
        total = loaded.figures.total.total
        self.count_label.setText(self.tr("{shown} of {total}").format(shown=len(loaded.rows), total=total))
        filtered = bool(self.village_filter.currentData() or self.status_filter.currentData() or self.search.text())
        if self.may_manage or filtered:
            self.empty.setText(self.tr("Nobody on the list matches the filters."))
        else:
            self.empty.setText(self.tr("Nobody on this list is assigned to you yet; a coordinator assigns them."))
        self.empty.setVisible(not loaded.rows)
        self._select(selected)
        self._update_buttons()

    def _select(self, entry_id: str | None) -> None:
        rows = self.model.rows()
        index = next((i for i, r in enumerate(rows) if r.entry_id == entry_id), 0 if rows else -1)
        if index >= 0:
            self.view.selectRow(index)

    # ------------------------------------------------------------------ the chosen people

    def selected_entry(self) -> EntryRow | None:
        row = self.view.selected_row()
        return row if isinstance(row, EntryRow) else None

    def chosen_entries(self) -> list[EntryRow]:
        return [index.data(ROW_ROLE) for index in self.view.selectionModel().selectedRows()]

    def _workable(self) -> EntryRow | None:
        """The chosen person, if an attempt can be recorded on them (an open list, details not erased)."""
        summary, row = self.current_summary(), self.selected_entry()
        if summary is None or row is None or summary.is_closed or (row.erased and row.client_id is None):
            return None
        return row

    def _update_buttons(self) -> None:
        summary, row = self.current_summary(), self._workable()
        open_list = summary is not None and not summary.is_closed
        self.attempt_button.setEnabled(row is not None)
        becomes = row is not None and row.status is not EntryStatus.BECAME_CLIENT
        self.client_button.setEnabled(becomes)
        self.link_action.setEnabled(becomes and row is not None and row.client_id is None)
        self.details_action.setEnabled(row is not None and row.client_id is None)
        chosen = bool(self.view.selectionModel().selectedRows())
        for action in (self.import_action, self.add_clients_action, self.add_person_action):
            action.setEnabled(open_list)
        self.assign_action.setEnabled(open_list and chosen)
        self.remove_action.setEnabled(open_list and chosen)

    def _done(self, entry_id: str | None = None, message: str = "") -> None:
        """Something was saved: say so, and read the list again (the person stays chosen)."""
        if message:
            self._say(message)
        self.load_entries(select_entry=entry_id)
        self.refresh_counts()
        self.view.setFocus()

    def refresh_counts(self) -> None:
        """The lists' counts on the left, read again (the chosen list stays)."""
        job = functools.partial(load_lists, self.context.db, self.context.actor, self.show_closed.isChecked(), False)
        self.lists_loader.run(job, self._counts_loaded)

    def _counts_loaded(self, outcome: Outcome) -> None:
        if outcome.cancelled or outcome.error is not None:
            return
        loaded: LoadedLists = outcome.result
        self.summaries = loaded.lists
        for index in range(self.list_view.count()):
            item = self.list_view.item(index)
            summary = next((s for s in loaded.lists if s.list_id == item.data(LIST_ROLE)), None)
            if summary is not None:
                item.setText(self._list_text(summary))

    def record_attempt(self, outcome: AttemptOutcome | None = None) -> None:
        row = self._workable()
        if row is None:
            return
        dialog = AttemptDialog(self.context, row, outcome, self, today=self.today)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self._done(row.entry_id, self.tr("Saved: {name}.").format(name=person_text(row)))
        else:
            self.view.setFocus()

    def _quick_became_client(self, client_id: str | None, row: EntryRow) -> None:
        """The attempt "became a client" today, the way of the last attempt (a phone call if none)."""
        data = AttemptInput(row.last_channel or ContactChannel.PHONE, self.today, AttemptOutcome.BECAME_CLIENT)
        try:
            with self.context.transaction() as session:
                attempts.became_client(session, row.entry_id, client_id, data, today=self.today)
        except AppError as exc:
            self._show_error(exc)
            return
        self._done(row.entry_id, self.tr("{name} is a client now.").format(name=person_text(row)))

    def became_client(self) -> None:
        """Ctrl+K: the new-client form filled in from the person; saving it records "became a client"."""
        row = self._workable()
        if row is None or row.status is EntryStatus.BECAME_CLIENT:
            return
        if row.client_id is not None:  # a client already: only the attempt
            self.record_attempt(AttemptOutcome.BECAME_CLIENT)
            return
        try:
            client_id = new_client_for(self.context, row.entry_id, self)
        except AppError as exc:
            self._show_error(exc)
            return
        if client_id is not None:
            self._quick_became_client(client_id, row)
        else:
            self.view.setFocus()

    def link_client(self) -> None:
        """Ctrl+Shift+K: link an existing client (the search starts with the person's name)."""
        row = self._workable()
        if row is None or row.status is EntryStatus.BECAME_CLIENT:
            return
        if row.client_id is not None:
            self.record_attempt(AttemptOutcome.BECAME_CLIENT)
            return
        client_id = pick_client_for(self.context, row, self)
        if client_id is not None:
            self._quick_became_client(client_id, row)
        else:
            self.view.setFocus()

    def edit_entry(self) -> None:
        from vauhdittamo.ui.outreach.entry_dialogs import EntryDialog

        row, summary = self._workable(), self.current_summary()
        if row is None or summary is None:
            return
        if row.client_id is not None:
            self._say(self.tr("{name} is a client: change the details on the client card.").format(name=row.name))
            return
        dialog = EntryDialog(self.context, summary.villages, entry=row, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(row.entry_id, self.tr("Saved: {name}.").format(name=row.name))
        dialog.deleteLater()

    # ------------------------------------------------------------------ a coordinator's work

    def new_list(self) -> None:
        from vauhdittamo.ui.outreach.list_dialog import ListDialog

        dialog = ListDialog(self.context, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.list_id:
            app_settings().setValue("outreach/list", dialog.list_id)
            self.list_view.setCurrentRow(-1)  # the new list is chosen when the lists are read
            self.refresh()
        dialog.deleteLater()

    def edit_list(self) -> None:
        from vauhdittamo.ui.outreach.list_dialog import ListDialog

        summary = self.current_summary()
        if summary is None or summary.is_closed:
            return
        dialog = ListDialog(self.context, summary, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
        dialog.deleteLater()

    def close_list(self) -> None:
        summary = self.current_summary()
        if summary is None or summary.is_closed:
            return
        question = self.tr(
            "Close “{name}”? Nothing more can be recorded on it, and the names, phone numbers, addresses and "
            "attempt notes of the {count} people who did not become clients are erased now, on every laptop at "
            "their next sync. The figures stay. This cannot be undone."
        ).format(name=summary.name, count=summary.counts.total - summary.counts.became_clients)
        if not confirm(self, self.tr("Close the list"), question):
            return
        try:
            with self.context.transaction() as session:
                erased = lists.close_list(session, summary.list_id)
        except AppError as exc:
            self._show_error(exc)
            return
        self._say(self.tr("The list is closed; the details of %n person(s) were erased.", "", erased))
        self.refresh()

    def add_entry(self) -> None:
        from vauhdittamo.ui.outreach.entry_dialogs import EntryDialog

        summary = self.current_summary()
        if summary is None or summary.is_closed:
            return
        dialog = EntryDialog(self.context, summary.villages, list_id=summary.list_id, workers=self.workers, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(dialog.entry_id)
        dialog.deleteLater()

    def import_entries(self) -> None:
        from vauhdittamo.ui.outreach.import_dialog import ImportEntriesDialog

        summary = self.current_summary()
        if summary is None or summary.is_closed:
            return
        dialog = ImportEntriesDialog(self.context, summary.list_id, summary.name, self.workers, self)
        dialog.exec()
        if dialog.report is not None and dialog.report.imported:
            self._done(None, self.tr("%n person(s) put on the list.", "", dialog.report.imported))
        dialog.deleteLater()

    def add_clients(self) -> None:
        from vauhdittamo.ui.outreach.add_clients_dialog import AddClientsDialog

        summary = self.current_summary()
        if summary is None or summary.is_closed:
            return
        dialog = AddClientsDialog(self.context, summary.list_id, summary.villages, self.workers, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(None, self.tr("%n client(s) put on the list.", "", dialog.added))
        dialog.deleteLater()

    def assign(self) -> None:
        from vauhdittamo.ui.outreach.entry_dialogs import AssignDialog

        chosen = self.chosen_entries()
        if not chosen or not self.may_manage:
            return
        dialog = AssignDialog(self.workers, len(chosen), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                with self.context.transaction() as session:
                    entries.assign_entries(session, [r.entry_id for r in chosen], dialog.staff_id)
            except AppError as exc:
                self._show_error(exc)
            else:
                self._done(chosen[0].entry_id, self.tr("%n person(s) assigned.", "", len(chosen)))
        dialog.deleteLater()

    def remove_entries(self) -> None:
        chosen = self.chosen_entries()
        if not chosen or not self.may_manage:
            return
        question = self.tr(
            "Take %n person(s) off the list? Their details and attempts are removed; they no longer count in "
            "the figures. Use this for people put on the list by mistake.",
            "",
            len(chosen),
        )
        if not confirm(self, self.tr("Take off the list"), question):
            return
        try:
            with self.context.transaction() as session:
                removed = entries.remove_entries(session, [r.entry_id for r in chosen])
        except AppError as exc:
            self._show_error(exc)
            return
        self._done(None, self.tr("%n person(s) taken off the list.", "", removed))

    def export_progress(self) -> None:
        summary = self.current_summary()
        if summary is None or not self.may_export:
            return
        settings = app_settings()
        folder = str(settings.value(EXPORT_FOLDER, "") or "") or QDir.homePath()
        name = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in summary.name).strip() or "outreach"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the progress workbook"),
            str(Path(folder) / f"{name}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return
        out = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        settings.setValue(EXPORT_FOLDER, str(out.parent))
        self.export_to(out)

    def export_to(self, out: Path) -> None:
        """Write the chosen list's progress workbook to *out* (in the background)."""
        summary = self.current_summary()
        if summary is None:
            return
        self.progress_view.export_button.setEnabled(False)
        job = functools.partial(_export, self.context.db, self.context.actor, summary.list_id, out)
        self.export_runner.run(job, self._exported)

    def _exported(self, outcome: Outcome) -> None:
        self.progress_view.export_button.setEnabled(True)
        if outcome.cancelled:
            return
        if outcome.error is not None:
            self._show_error(outcome.error)
            return
        export: workbook.ProgressExport = outcome.result
        self._say(self.tr("The workbook is saved: {path}").format(path=export.path))

    # ------------------------------------------------------------------ messages

    def _say(self, text: str, error: bool = False) -> None:
        self.notice.setObjectName("fieldError" if error else "mutedLabel")
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _show_error(self, error: BaseException) -> None:
        friendly = error if isinstance(error, AppError) else classify_sqlite_error(error, self.context.db.path)
        if friendly is None:
            raise error  # a bug: the crash dialog shows it
        self._say(friendly.translated(QCoreApplication.translate), error=True)

    def _name_text(self, row: EntryRow) -> str:
        return person_text(row) if (row.erased or row.client_removed) else row.name

    def _last_text(self, row: EntryRow) -> str:
        """The day and the way of the latest attempt (its outcome is the status, or in the tool tip)."""
        if row.last_on is None:
            return ""
        return f"{format_date(row.last_on)} · {outreach_label(row.last_channel).lower()}"

    def _last_tooltip(self, row: EntryRow) -> str:
        if row.last_on is None:
            return self.tr("No attempts yet")
        return self.tr("{day}: {way}, {outcome}. Attempts in all: {count}.").format(
            day=format_date(row.last_on),
            way=outreach_label(row.last_channel).lower(),
            outcome=outreach_label(row.last_outcome).lower(),
            count=row.attempts,
        )
