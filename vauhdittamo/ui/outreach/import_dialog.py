"""Fill an outreach list from a file: choose it, see every row with its problems, then import the new ones.

The file is read and checked in the background (the client import's strict reading, see
:mod:`vauhdittamo.services.outreach.importing`); nothing is written before *Import*. Invalid rows stop the
import unless they are skipped; duplicates (someone already on the list, or an earlier row) are skipped.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.db import Database
from vauhdittamo.errors import AppError, classify_sqlite_error
from vauhdittamo.services.importer import RowStatus
from vauhdittamo.services.outreach import importing
from vauhdittamo.services.outreach.importing import OutreachImportReport, OutreachPreview
from vauhdittamo.services.outreach.lists import Worker
from vauhdittamo.services.permissions import Actor
from vauhdittamo.ui.clients.import_dialog import STATUS_COLOURS
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.outreach.entry_dialogs import fill_workers
from vauhdittamo.ui.settings import app_settings
from vauhdittamo.ui.tasks import Outcome, TaskRunner
from vauhdittamo.ui.widgets.busy import BusyLabel
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

LAST_FOLDER = "outreach/import_folder"


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One row of the file as the preview shows it (reasons translated)."""

    row: int
    status: RowStatus
    name: str
    village: str
    phone: str
    address: str
    reasons: tuple[str, ...] = ()


def preview_rows(preview: OutreachPreview) -> list[PreviewRow]:
    translate = QCoreApplication.translate
    reasons: dict[int, list[str]] = {}
    for problem in preview.problems:
        reasons.setdefault(problem.row, []).extend(problem.translated_reasons(translate))
    for duplicate in preview.duplicates:
        reasons.setdefault(duplicate.row, []).append(duplicate.translated(translate))
    shown = []
    for row in preview.rows:
        values, data = row.values, row.data
        name = (
            f"{data.first_name} {data.last_name}"
            if data
            else " ".join(v for v in (values.get("first_name", ""), values.get("last_name", "")) if v)
        )
        shown.append(
            PreviewRow(
                row=row.row,
                status=row.status,
                name=name,
                village=data.village if data else values.get("village", ""),
                phone=data.phone if data else values.get("phone", ""),
                address=data.address if data else values.get("address", ""),
                reasons=tuple(reasons.get(row.row, ())),
            )
        )
    return shown


def _check(db: Database, actor: Actor, list_id: str, path: Path) -> tuple[OutreachPreview, list[PreviewRow]]:
    with db.session(actor) as session:
        preview = importing.preview_entries(session, list_id, path)
    return preview, preview_rows(preview)


def _import(
    db: Database, actor: Actor, list_id: str, path: Path, skip_invalid: bool, worker: str | None
) -> OutreachImportReport:
    with db.transaction(actor) as session:
        return importing.import_entries(session, list_id, path, skip_invalid=skip_invalid, assigned_to_id=worker)


class _State(enum.Enum):
    EMPTY = enum.auto()
    CHECKING = enum.auto()
    FILE_ERROR = enum.auto()
    PREVIEW = enum.auto()
    IMPORTING = enum.auto()
    DONE = enum.auto()


class ImportEntriesDialog(QDialog):
    """Choose a file of people to reach, preview every row, then put the new ones on the list.

    Signals:
        imported(int): people were put on the list; how many.
    """

    imported = Signal(int)

    def __init__(
        self,
        context: AppContext,
        list_id: str,
        list_name: str,
        workers: Sequence[Worker] = (),
        parent: QWidget | None = None,
        path: Path | None = None,
        *,
        background: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.list_id = list_id
        self.tasks = TaskRunner(self, background)
        self.path: Path | None = None
        self.preview: OutreachPreview | None = None
        self.report: OutreachImportReport | None = None
        self._rows: list[PreviewRow] = []
        self._state = _State.EMPTY
        self.setWindowTitle(self.tr("Import people to reach"))
        self.setMinimumSize(820, 520)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Import people to reach onto “{name}”").format(name=list_name))
        heading.setObjectName("dialogTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "One person per row, from Excel (.xlsx) or CSV. The first row names the columns: etunimi; sukunimi; "
                "kylä; puhelin; osoite (or first_name, last_name, village, phone, address). Only names are required. "
                "You see every row before anything is saved."
            )
        )
        intro.setObjectName("mutedLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        file_row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.path_edit.setAccessibleName(self.tr("File"))
        file_row.addWidget(self.path_edit, 1)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("primary")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        self.busy_label = BusyLabel()
        layout.addWidget(self.busy_label)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("sectionTitle")
        layout.addWidget(self.summary_label)
        self.model: RowTableModel[PreviewRow] = RowTableModel(
            [
                Column(
                    self.tr("Row"),
                    lambda r: str(r.row),
                    lambda r: r.row,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(
                    self.tr("Status"),
                    lambda r: self.status_text(r.status),
                    lambda r: r.status.value,
                    colour=lambda r: STATUS_COLOURS[r.status],
                ),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Village"), lambda r: r.village),
                Column(self.tr("Phone"), lambda r: r.phone),
                Column(
                    self.tr("Reason"),
                    lambda r: "; ".join(r.reasons),
                    tooltip=lambda r: "\n".join(r.reasons),
                    colour=lambda r: STATUS_COLOURS[r.status] if r.reasons else None,
                ),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.set_column_widths(60, 100, 180, 110, 120)
        self.view.setAccessibleName(self.tr("Rows of the file"))
        layout.addWidget(self.view, 1)
        self.empty_label = QLabel(
            self.tr("Start with “Choose file…”: every row is checked and shown here before anything is saved.")
        )
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)
        options = QHBoxLayout()
        self.only_problems = QCheckBox(self.tr("Only rows with problems"))
        self.only_problems.toggled.connect(lambda _on: self._show_rows())
        options.addWidget(self.only_problems)
        self.skip_invalid = QCheckBox(self.tr("Skip the invalid rows"))
        self.skip_invalid.toggled.connect(lambda _on: self._update())
        options.addWidget(self.skip_invalid)
        options.addStretch(1)
        worker_label = QLabel(self.tr("Assign &to:"))
        self.worker = QComboBox()
        self.worker.setAccessibleName(self.tr("Assign to"))
        fill_workers(self.worker, workers, self.tr("Nobody yet"))
        worker_label.setBuddy(self.worker)
        options.addWidget(worker_label)
        options.addWidget(self.worker)
        layout.addLayout(options)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setAutoDefault(False)  # Enter never imports by accident
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.start_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()
        if path is not None:
            self.load(path)
        else:
            self.choose_button.setFocus()

    def status_text(self, status: RowStatus) -> str:
        if status is RowStatus.INVALID:
            return self.tr("Invalid")
        if status is RowStatus.DUPLICATE:
            return self.tr("Duplicate")
        return self.tr("New")

    def choose_file(self) -> None:
        settings = app_settings()
        folder = str(settings.value(LAST_FOLDER, "") or "")
        if not folder or not Path(folder).is_dir():
            folder = QDir.homePath()
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            folder,
            self.tr("Excel and text files (*.xlsx *.csv *.tsv *.txt);;All files (*)"),
        )
        if chosen:
            settings.setValue(LAST_FOLDER, str(Path(chosen).parent))
            self.load(Path(chosen))

    def load(self, path: Path) -> None:
        """Read and check *path* (in the background) and show every row."""
        if self._state is _State.IMPORTING:
            return
        self.path = Path(path)
        self.path_edit.setText(str(self.path))
        self.preview, self.report = None, None
        self._rows = []
        self.model.set_rows([])
        self.error_label.clear()
        self._state = _State.CHECKING
        self._update()
        db, actor, list_id = self.context.db, self.context.actor, self.list_id
        self.tasks.run(lambda: _check(db, actor, list_id, path), self._checked)

    def _checked(self, outcome: Outcome) -> None:
        if outcome.cancelled:
            return
        if outcome.error is not None:
            self._state = _State.FILE_ERROR
            self._show_error(outcome.error)
            return
        self.preview, self._rows = outcome.result
        self._state = _State.PREVIEW
        self._show_rows()

    def start_import(self) -> None:
        if self._state is not _State.PREVIEW or not self.import_button.isEnabled() or self.path is None:
            return
        self._state = _State.IMPORTING
        self._update()
        db, actor, list_id, path = self.context.db, self.context.actor, self.list_id, self.path
        skip, worker = self.skip_invalid.isChecked(), self.worker.currentData()
        self.tasks.run(lambda: _import(db, actor, list_id, path, skip, worker), self._imported)

    def _imported(self, outcome: Outcome) -> None:
        if outcome.cancelled:
            return
        if outcome.error is not None:
            self._state = _State.PREVIEW
            self._show_error(outcome.error)
            return
        report: OutreachImportReport = outcome.result
        self.report = report
        if not report.committed:  # the file or the list changed since the preview
            assert self.path is not None
            self.load(self.path)
            return
        self._state = _State.DONE
        skipped = report.skipped_invalid + len(report.duplicates)
        text = self.tr("%n person(s) put on the list.", "", report.imported)
        if skipped:
            text += " " + self.tr("%n row(s) skipped (invalid or duplicate).", "", skipped)
        self.hint_label.setText(text)
        self._update()
        self.imported.emit(report.imported)

    def _show_error(self, error: BaseException) -> None:
        friendly = error if isinstance(error, AppError) else classify_sqlite_error(error, self.context.db.path)
        if friendly is None:
            raise error  # a bug: the crash dialog shows it
        self.error_label.setText(friendly.translated(QCoreApplication.translate))
        self._update()

    def _show_rows(self) -> None:
        rows = (
            [r for r in self._rows if r.status is not RowStatus.NEW] if self.only_problems.isChecked() else self._rows
        )
        self.model.set_rows(rows)
        self._update()

    def _update(self) -> None:
        state, preview = self._state, self.preview
        shows = preview is not None and state in (_State.PREVIEW, _State.IMPORTING, _State.DONE)
        self.busy_label.set_busy(state in (_State.CHECKING, _State.IMPORTING))
        self.error_label.setVisible(bool(self.error_label.text()) and state is not _State.CHECKING)
        self.summary_label.setVisible(shows)
        self.view.setVisible(shows)
        self.empty_label.setVisible(state is _State.EMPTY)
        self.only_problems.setVisible(shows)
        self.skip_invalid.setVisible(shows)
        self.choose_button.setEnabled(state is not _State.IMPORTING)
        self.close_button.setEnabled(state is not _State.IMPORTING)
        primary = "primary" if state in (_State.EMPTY, _State.FILE_ERROR) else ""
        for button, name in ((self.choose_button, primary), (self.import_button, "" if primary else "primary")):
            if button.objectName() != name:
                button.setObjectName(name)
                button.style().unpolish(button)
                button.style().polish(button)
        if preview is not None and shows:
            self.summary_label.setText(
                self.tr("{rows}: {new}, {invalid}, {duplicates}").format(
                    rows=self.tr("%n row(s)", "", preview.total_count),
                    new=self.tr("%n new", "", preview.importable_count),
                    invalid=self.tr("%n invalid", "", preview.invalid_count),
                    duplicates=self.tr("%n duplicate(s)", "", preview.duplicate_count),
                )
            )
            self.skip_invalid.setEnabled(state is _State.PREVIEW and preview.has_problems)
            self.only_problems.setEnabled(bool(preview.invalid_count or preview.duplicate_count))
            if state is _State.PREVIEW:
                self.hint_label.setText(self._hint(preview))
        elif state is not _State.DONE:
            self.hint_label.clear()
        self.hint_label.setVisible(bool(self.hint_label.text()))
        can_import = (
            state is _State.PREVIEW
            and preview is not None
            and preview.importable_count > 0
            and (not preview.has_problems or self.skip_invalid.isChecked())
        )
        self.import_button.setEnabled(can_import)
        self.import_button.setVisible(state is not _State.DONE)

    def _hint(self, preview: OutreachPreview) -> str:
        if preview.total_count == 0:
            return self.tr("The file has no rows of people below the headings.")
        if preview.importable_count == 0:
            return self.tr("There is nothing to import: no row is a new person with valid details.")
        if preview.has_problems and not self.skip_invalid.isChecked():
            return self.tr(
                "Nothing can be imported while there are invalid rows. Fix them in the file and choose it again, "
                "or tick “Skip the invalid rows”."
            )
        return self.tr("Import puts %n new person(s) on the list.", "", preview.importable_count)

    def reject(self) -> None:
        if self._state is _State.IMPORTING:
            return
        self.tasks.forget()
        if self._state is _State.DONE:
            self.accept()
        else:
            super().reject()
