"""Tuo asiakkaat: import clients from an Excel workbook or a CSV file, with a preview first.

The file is read and checked in the background (:func:`_check_file`) and every row is shown with
its status: new, invalid or duplicate, with the reasons. The import itself runs
:func:`~vauhdittamo.services.importer.import_clients` (short batches, safe to run again) in the background too;
the batches written stay if it stops. Workers never touch widgets: they hand a :class:`Outcome` back
to the UI thread through a queued signal.

Background work goes through :mod:`vauhdittamo.ui.tasks`; tests set its ``RUN_IN_BACKGROUND``
to ``False`` (or pass ``background=False``) to run the same work synchronously.
"""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.db import Database
from vauhdittamo.errors import AppError, classify_sqlite_error
from vauhdittamo.services.importer import (
    ImportCancelled,
    ImportPreview,
    ImportReport,
    RowStatus,
    check_rows,
    import_clients,
    read_import_file,
)
from vauhdittamo.services.permissions import Actor
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.settings import app_settings
from vauhdittamo.ui.tasks import Outcome, TaskRunner
from vauhdittamo.ui.widgets.table_model import ATTENTION_COLOUR, Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

LAST_FOLDER = "import/last_folder"

STATUS_COLOURS: dict[RowStatus, str] = {
    RowStatus.NEW: "#1e6b3a",
    RowStatus.INVALID: ATTENTION_COLOUR,
    RowStatus.DUPLICATE: "#8a5300",
}


# --------------------------------------------------------------------------- background work


def _check_file(
    db: Database, actor: Actor, path: Path, cancelled: threading.Event
) -> tuple[ImportPreview, list[PreviewRow]]:
    """Read and check *path* in a session of this (worker) thread; stops before its next row once *cancelled*.

    Also prepares the rows to show (translating is thread-safe), so the UI thread only fills the table.
    """
    table = read_import_file(path)
    if cancelled.is_set():
        raise ImportCancelled
    with db.session(actor) as session:
        preview = check_rows(session, table, should_stop=cancelled.is_set)
    return preview, preview_rows(preview)


# --------------------------------------------------------------------------- rows shown


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One row of the file as the preview table shows it (reasons already translated)."""

    row: int
    status: RowStatus
    name: str
    birth_date: str
    personal_id: str
    municipality: str
    reasons: tuple[str, ...] = ()
    birth_date_key: str = ""  # ISO date of a valid row, for sorting

    @property
    def is_problem(self) -> bool:
        return self.status is not RowStatus.NEW


def preview_rows(preview: ImportPreview) -> list[PreviewRow]:
    """Every row of *preview* with its translated reasons, in file order."""
    translate = QCoreApplication.translate
    reasons: dict[int, list[str]] = {}
    for problem in preview.problems:
        reasons.setdefault(problem.row, []).extend(problem.translated_reasons(translate))
    for duplicate in preview.duplicates:
        reasons.setdefault(duplicate.row, []).append(duplicate.translated(translate))
    rows = []
    for parsed in preview.rows:
        values, data = parsed.values, parsed.data
        if data is not None:
            name = f"{data.first_name} {data.last_name}"
            birth_date = format_date(data.birth_date) if data.birth_date else ""
            personal_id = data.personal_id or ""
            municipality = data.municipality
        else:
            name = " ".join(v for v in (values.get("first_name", ""), values.get("last_name", "")) if v)
            birth_date = values.get("birth_date", "")
            personal_id = values.get("personal_id", "")
            municipality = values.get("municipality", "")
        rows.append(
            PreviewRow(
                row=parsed.row,
                status=parsed.status,
                name=name,
                birth_date=birth_date,
                personal_id=personal_id,
                municipality=municipality,
                reasons=tuple(reasons.get(parsed.row, ())),
                birth_date_key=data.birth_date.isoformat() if data is not None and data.birth_date else birth_date,
            )
        )
    return rows


# --------------------------------------------------------------------------- the dialog


class _State(enum.Enum):
    EMPTY = enum.auto()  # no file chosen yet, or the preview was cancelled
    CHECKING = enum.auto()  # reading and checking the file in the background
    FILE_ERROR = enum.auto()  # the file cannot be used; the message says why
    PREVIEW = enum.auto()  # the rows are shown; the import can start
    IMPORTING = enum.auto()  # the transaction is running; it cannot be cancelled
    DONE = enum.auto()  # the import finished; the result is shown


class ImportClientsDialog(QDialog):
    """Choose a CSV or Excel file, preview every row, then import the new valid clients.

    Signals:
        imported(int): the import was saved; the number of clients added.
    """

    imported = Signal(int)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        path: Path | None = None,
        *,
        background: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = TaskRunner(self, background)
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self._rows: list[PreviewRow] = []
        self._state = _State.EMPTY
        self._cancel_event = threading.Event()

        self.setWindowTitle(self.tr("Import clients"))
        self.setMinimumSize(860, 560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        heading = QLabel(self.tr("Import clients from Excel or CSV"))
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "One client per row. The first row names the columns, for example: etunimi; sukunimi; "
                "syntymäaika; henkilötunnus; kotikunta. You see every row before anything is saved."
            )
        )
        intro.setObjectName("mutedLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        file_row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        file_row.addWidget(self.path_edit, 1)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)

        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.error_label)

        busy_row = QHBoxLayout()
        self.busy_label = QLabel()
        busy_row.addWidget(self.busy_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the service does not report progress
        self.progress.setTextVisible(False)
        busy_row.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_preview)
        busy_row.addWidget(self.cancel_button)
        self.busy_widget = QWidget()
        self.busy_widget.setLayout(busy_row)
        busy_row.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.busy_widget)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("sectionTitle")
        layout.addWidget(self.summary_label)

        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.model: RowTableModel[PreviewRow] = RowTableModel(
            [
                Column(self.tr("Row"), lambda r: str(r.row), lambda r: r.row, alignment=right),
                Column(
                    self.tr("Status"),
                    lambda r: self.status_text(r.status),
                    lambda r: r.status.value,
                    colour=lambda r: STATUS_COLOURS[r.status],
                ),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Birth date"), lambda r: r.birth_date, lambda r: r.birth_date_key),
                Column(self.tr("Personal identity code"), lambda r: r.personal_id),
                Column(self.tr("Municipality"), lambda r: r.municipality),
                Column(
                    self.tr("Reason"),
                    lambda r: "; ".join(r.reasons),
                    tooltip=lambda r: "\n".join(r.reasons),
                    colour=lambda r: STATUS_COLOURS[r.status] if r.reasons else None,
                ),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.set_column_widths(60, 110, 190, 100, 130, 110)
        self.view.setAccessibleName(self.tr("Rows of the file"))
        layout.addWidget(self.view, 1)

        # Before a file is chosen: what to do, right under the file row; the empty room stays below.
        self.empty_state = QWidget()
        self.empty_state.setObjectName("importEmptyState")
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.setContentsMargins(0, 4, 0, 0)
        self.empty_label = QLabel(
            self.tr("Start with “Choose file…” above: pick the Excel (.xlsx) or CSV file of clients. Every row "
                    "is checked and shown here with its status before anything is saved.")
        )
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.setWordWrap(True)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(1)
        layout.addWidget(self.empty_state, 1)

        options = QHBoxLayout()
        self.only_problems_box = QCheckBox(self.tr("Show only rows with problems"))
        self.only_problems_box.toggled.connect(self._show_rows)
        options.addWidget(self.only_problems_box)
        options.addSpacing(24)
        self.skip_invalid_box = QCheckBox(self.tr("Import the valid rows and skip the invalid ones"))
        self.skip_invalid_box.toggled.connect(self._update)
        options.addWidget(self.skip_invalid_box)
        options.addStretch(1)
        layout.addLayout(options)

        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)
        self.result_label = QLabel()
        self.result_label.setObjectName("sectionTitle")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("primary")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in (self.close_button, self.import_button, self.choose_button, self.cancel_button):
            button.setIcon(QIcon())  # plain text buttons, as everywhere else in the app
            button.setAutoDefault(False)  # Enter never starts the import by accident
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._update()
        if path is not None:
            self.load(path)
        else:
            self.choose_button.setFocus()

    # ------------------------------------------------------------------ public API

    @property
    def busy(self) -> bool:
        return self._state in (_State.CHECKING, _State.IMPORTING)

    @property
    def importing(self) -> bool:
        return self._state is _State.IMPORTING

    def status_text(self, status: RowStatus) -> str:
        if status is RowStatus.INVALID:
            return self.tr("Invalid")
        if status is RowStatus.DUPLICATE:
            return self.tr("Duplicate")
        return self.tr("New")

    def choose_file(self) -> None:
        """Ask for a file (starting in the last folder used) and preview it."""
        if self.importing:
            return
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
        if not chosen:
            return
        path = Path(chosen)
        settings.setValue(LAST_FOLDER, str(path.parent))
        settings.sync()
        self.load(path)

    def load(self, path: Path) -> None:
        """Read and check *path* and show the preview (abandons a preview still running)."""
        if self.importing:
            return
        self._abandon_preview()
        self.path = Path(path)
        self.preview = None
        self.report = None
        self.path_edit.setText(str(self.path))
        self._set_rows([])
        self.only_problems_box.setChecked(False)
        self.skip_invalid_box.setChecked(False)
        self.error_label.clear()
        self.result_label.clear()
        self._state = _State.CHECKING
        self._update()
        cancelled = self._cancel_event
        db, actor = self.context.db, self.context.actor
        self.tasks.run(lambda: _check_file(db, actor, path, cancelled), self._preview_done)

    def cancel_preview(self) -> None:
        """Abandon the preview still being prepared (the import itself cannot be cancelled)."""
        if self._state is not _State.CHECKING:
            return
        self._abandon_preview()
        self.path = None
        self.path_edit.clear()
        self._state = _State.EMPTY
        self._update()

    def start_import(self) -> None:
        """Import the new valid clients of the previewed file (in short batches, in the background)."""
        if self._state is not _State.PREVIEW or not self.import_button.isEnabled() or self.path is None:
            return
        self._state = _State.IMPORTING
        self._update()
        db, actor, path = self.context.db, self.context.actor, self.path
        skip_invalid = self.skip_invalid_box.isChecked()
        self.tasks.run(lambda: import_clients(db, actor, path, skip_invalid=skip_invalid), self._import_done)

    def reject(self) -> None:
        """Close, but never while the import transaction is running; a running preview is abandoned."""
        if self.importing:
            return
        self._abandon_preview()
        if self._state is _State.DONE:
            self.accept()
        else:
            super().reject()

    # ------------------------------------------------------------------ running work

    def _abandon_preview(self) -> None:
        """Forget the preview being prepared; its worker stops at its next database query."""
        if self._state is _State.CHECKING:
            self._cancel_event.set()
            self._cancel_event = threading.Event()
            self.tasks.forget()

    def _preview_done(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            self._state = _State.FILE_ERROR
            self._show_error(outcome.error)
            return
        self.preview, self._rows = outcome.result
        self._state = _State.PREVIEW
        self._show_rows()

    def _import_done(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            self._state = _State.PREVIEW
            self._show_error(outcome.error)
            return
        report: ImportReport = outcome.result
        self.report = report
        if not report.committed:
            # The file or the clients changed after the preview: show the file as it is now.
            assert self.path is not None
            path = self.path
            self._state = _State.PREVIEW
            self.load(path)
            self.result_label.setText(
                self.tr("Nothing was imported: the file has changed and now has invalid rows. Check it again below.")
            )
            self._update()
            return
        self._state = _State.DONE
        lines = [self.tr("%n client(s) imported.", "", report.imported)]
        skipped = report.skipped_invalid + len(report.duplicates)
        if skipped:
            lines.append(self.tr("%n row(s) skipped (invalid or duplicate).", "", skipped))
        self.result_label.setText(" ".join(lines))
        self._update()
        self.imported.emit(report.imported)

    # ------------------------------------------------------------------ showing state

    def _show_error(self, error: BaseException) -> None:
        """A plain message for a file or database problem; anything else is a bug and is raised."""
        friendly = error if isinstance(error, AppError) else classify_sqlite_error(error, self.context.db.path)
        self.error_label.setText(friendly.translated(QCoreApplication.translate) if friendly else "")
        self._update()
        if friendly is None:
            raise error  # a bug: the global exception hook logs it and shows the crash dialog

    def _set_rows(self, rows: list[PreviewRow]) -> None:
        self._rows = rows
        self.model.set_rows(rows)

    def _show_rows(self) -> None:
        only_problems = self.only_problems_box.isChecked()
        self.model.set_rows([r for r in self._rows if r.is_problem] if only_problems else self._rows)
        self._update()

    def _summary(self, preview: ImportPreview) -> str:
        return self.tr("{rows}: {new}, {invalid}, {duplicates}").format(
            rows=self.tr("%n row(s)", "", preview.total_count),
            new=self.tr("%n new", "", preview.importable_count),
            invalid=self.tr("%n invalid", "", preview.invalid_count),
            duplicates=self.tr("%n duplicate(s)", "", preview.duplicate_count),
        )

    def _hint(self, preview: ImportPreview) -> str:
        if preview.total_count == 0:
            return self.tr("The file has no rows of clients below the headings.")
        if preview.importable_count == 0:
            return self.tr("There is nothing to import: no row is a new client with valid details.")
        if preview.has_problems and not self.skip_invalid_box.isChecked():
            return self.tr(
                "Nothing can be imported while there are invalid rows. Fix them in the file and choose it again, "
                "or tick “Import the valid rows and skip the invalid ones”."
            )
        if preview.has_problems or preview.duplicate_count:
            return self.tr("Import adds %n new client(s); the other rows are skipped.", "", preview.importable_count)
        return self.tr("Import adds %n new client(s).", "", preview.importable_count)

    def _update(self) -> None:
        state, preview = self._state, self.preview
        shows_preview = preview is not None and state in (_State.PREVIEW, _State.IMPORTING, _State.DONE)
        self.busy_widget.setVisible(self.busy)
        self.busy_label.setText(
            self.tr("Importing clients… This can take a minute; do not close the program.")
            if state is _State.IMPORTING
            else self.tr("Reading and checking the file…")
        )
        self.cancel_button.setEnabled(state is _State.CHECKING)
        self.choose_button.setEnabled(state is not _State.IMPORTING)
        self.close_button.setEnabled(state is not _State.IMPORTING)
        self.error_label.setVisible(bool(self.error_label.text()) and state is not _State.CHECKING)
        self.summary_label.setVisible(shows_preview)
        self.view.setVisible(shows_preview)
        self.empty_state.setVisible(not shows_preview)
        self.empty_label.setVisible(state is _State.EMPTY)
        # Choosing the file is the main action until there is a preview (then it is Import).
        wanted = "primary" if state in (_State.EMPTY, _State.FILE_ERROR) else ""
        if self.choose_button.objectName() != wanted:
            self.choose_button.setObjectName(wanted)
            self.choose_button.style().unpolish(self.choose_button)
            self.choose_button.style().polish(self.choose_button)
        self.only_problems_box.setVisible(shows_preview)
        self.skip_invalid_box.setVisible(shows_preview)
        self.hint_label.setVisible(shows_preview and state is _State.PREVIEW)
        self.result_label.setVisible(bool(self.result_label.text()))
        if preview is not None and shows_preview:
            self.summary_label.setText(self._summary(preview))
            self.hint_label.setText(self._hint(preview))
            has_problem_rows = bool(preview.invalid_count or preview.duplicate_count)
            self.only_problems_box.setEnabled(state is not _State.IMPORTING and has_problem_rows)
            self.skip_invalid_box.setEnabled(state is _State.PREVIEW and preview.has_problems)
        can_import = (
            state is _State.PREVIEW
            and preview is not None
            and preview.importable_count > 0
            and (not preview.has_problems or self.skip_invalid_box.isChecked())
        )
        self.import_button.setEnabled(can_import)
        self.import_button.setVisible(state is not _State.DONE)
