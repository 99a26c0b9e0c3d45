"""Data protection for administrators: the retention period, clients due for anonymisation, and a
client's own data (the export for an access request, erasure on request)."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRegularExpression, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.db import Database
from vauhdittamo.errors import AppError
from vauhdittamo.services import retention
from vauhdittamo.services.clients import client_name
from vauhdittamo.services.erasure_reasons import ErasureReason
from vauhdittamo.services.permissions import Actor
from vauhdittamo.services.retention import RetentionCandidate
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.crash import show_error
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.tasks import Outcome, TaskRunner
from vauhdittamo.ui.widgets.client_picker import ClientPickerDialog
from vauhdittamo.ui.widgets.page import EmptyHint, SectionTitle
from vauhdittamo.ui.widgets.table_model import Column, Index, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

if TYPE_CHECKING:  # the export (and its spreadsheet library) is imported when a client's data is exported
    from vauhdittamo.services.subject_access import SubjectAccessExport


@dataclass(frozen=True)
class Review:
    """What one background read of the tab brings: the retention period and the clients due for review."""

    years: int
    rows: list[RetentionCandidate]


def load_review(db: Database, actor: Actor, today: dt.date) -> Review:
    """The background job: the retention period and the clients past it."""
    with db.session(actor) as session:
        return Review(retention.retention_years(session), retention.due_for_review(session, today))


class CandidateModel(RowTableModel[RetentionCandidate]):
    """The clients due for review, each with a check box in the first column."""

    def __init__(self, columns: list[Column[RetentionCandidate]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.checked: set[str] = set()

    def set_rows(self, rows: Any) -> None:
        ids = {r.client_id for r in rows}
        self.checked &= ids  # forget the clients no longer listed
        super().set_rows(rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            chosen = self.row_at(index.row()).client_id in self.checked
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        client_id = self.row_at(index.row()).client_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(client_id)
        else:
            self.checked.discard(client_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_all(self, chosen: bool) -> None:
        self.checked = {r.client_id for r in self.rows()} if chosen else set()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def chosen_ids(self) -> list[str]:
        """The checked clients in the list's order."""
        return [r.client_id for r in self.rows() if r.client_id in self.checked]


class EraseDialog(QDialog):
    """Asks why a client's data is erased and makes the user confirm that it cannot be undone."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        from vauhdittamo.services import subject_access

        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase a client's data"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Erase the data of {name}?").format(name=name))
        heading.setObjectName("dialogTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        warning = QLabel(
            self.tr("Everything personal about {name} is erased: the name, birth date, personal identity code, "
                    "contact details and everything written about them. Only statistics without the name stay. "
                    "This cannot be undone.").format(name=name)
        )
        warning.setObjectName("warningLabel")
        warning.setWordWrap(True)
        layout.addWidget(warning)
        form = QFormLayout()
        self.reason_combo = QComboBox()
        for reason in ErasureReason:
            self.reason_combo.addItem(label(reason), reason.value)
        form.addRow(self.tr("Reason"), self.reason_combo)
        # A case number of a fixed form only (letters, year, number): a name or an identity code cannot
        # be typed here, and the service refuses anything else too (subject_access.case_number).
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(subject_access.REFERENCE_LIMIT)
        self.reference_edit.setPlaceholderText(subject_access.CASE_NUMBER_EXAMPLE)
        self.reference_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[A-Za-z]{0,5}(-[0-9]{0,4}(-[0-9]{0,6})?)?"), self)
        )
        self.reference_edit.setToolTip(self.tr("The request's case number, e.g. TS-2026-0142 (no names)"))
        form.addRow(self.tr("Case number"), self.reference_edit)
        self.reference_hint = QLabel(self.tr("Optional. Letters, year and number, e.g. TS-2026-0142."))
        self.reference_hint.setWordWrap(True)
        form.addRow("", self.reference_hint)
        layout.addLayout(form)
        self.understood = QCheckBox(self.tr("I understand that this cannot be undone"))
        layout.addWidget(self.understood)
        buttons = QDialogButtonBox()
        self.erase_button = buttons.addButton(self.tr("Erase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setEnabled(False)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.understood.toggled.connect(self._update_button)
        self.reference_edit.textChanged.connect(self._update_button)
        layout.addWidget(buttons)

    def _reference_ok(self) -> bool:
        from vauhdittamo.services import subject_access  # imported already: the dialog made it

        text = self.reference
        return not text or subject_access.CASE_NUMBER.fullmatch(text) is not None

    def _update_button(self) -> None:
        ok = self._reference_ok()
        self.reference_hint.setText(
            self.tr("Optional. Letters, year and number, e.g. TS-2026-0142.")
            if ok
            else self.tr("Type the whole case number, e.g. TS-2026-0142 (letters, year, number).")
        )
        self.erase_button.setEnabled(self.understood.isChecked() and ok)

    @property
    def reason(self) -> ErasureReason:
        return ErasureReason(self.reason_combo.currentData())

    @property
    def reference(self) -> str:
        return self.reference_edit.text().strip().upper()


class PrivacyTab(QWidget):
    """The retention period, the clients due for review, and one client's own data."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.years = retention.DEFAULT_RETENTION_YEARS
        self.client_id: str | None = None
        self.client_label_text = ""
        self.last_export: SubjectAccessExport | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)

        layout.addWidget(SectionTitle(self.tr("Retention period")))
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("List a client for review when nothing has been recorded about them for")))
        self.years_spin = QSpinBox()
        self.years_spin.setRange(retention.MIN_RETENTION_YEARS, retention.MAX_RETENTION_YEARS)
        self.years_spin.setSuffix(self.tr(" years"))
        self.years_spin.setAccessibleName(self.tr("Retention period in years"))
        period.addWidget(self.years_spin)
        self.save_years_button = QPushButton(self.tr("Save"))
        self.save_years_button.clicked.connect(self.save_years)
        period.addWidget(self.save_years_button)
        self.years_saved = QLabel()
        self.years_saved.setObjectName("savedLabel")
        period.addWidget(self.years_saved)
        period.addStretch(1)
        layout.addLayout(period)
        explanation = QLabel(
            self.tr("Anonymising erases the name, birth date, personal identity code, contact details, village "
                    "and everything written about the client. Visits, attendance, referral outcomes, the exit "
                    "outcome, age groups and the municipality stay for statistics.")
        )
        explanation.setObjectName("mutedLabel")
        explanation.setWordWrap(True)
        layout.addWidget(explanation)

        layout.addWidget(SectionTitle(self.tr("Due for review")))
        self.due_label = QLabel()
        self.due_label.setObjectName("mutedLabel")
        self.due_label.setWordWrap(True)
        layout.addWidget(self.due_label)
        self.model = CandidateModel(
            [
                Column(self.tr("Client"), self._candidate_name),
                Column(self.tr("Last event"), lambda r: format_date(r.last_event_day), lambda r: r.last_event_day),
                Column(self.tr("Exit date"), lambda r: format_date(r.exit_date), lambda r: r.exit_date),
                Column(self.tr("Municipality"), lambda r: r.municipality),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.set_column_widths(280, 130, 150, 160)
        self.view.stretch_column(0)
        fit_columns(self.view)
        self.view.setMinimumHeight(160)
        self.model.dataChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        layout.addWidget(self.view, 1)
        self.empty = EmptyHint(self.tr("No client is past the retention period."))
        layout.addWidget(self.empty)
        review_buttons = QHBoxLayout()
        self.select_all_button = QPushButton(self.tr("Choose all"))
        self.select_all_button.clicked.connect(lambda: self.model.set_all(True))
        self.select_none_button = QPushButton(self.tr("Choose none"))
        self.select_none_button.clicked.connect(lambda: self.model.set_all(False))
        self.anonymise_button = QPushButton(self.tr("Anonymise chosen…"))
        self.anonymise_button.clicked.connect(self.anonymise_chosen)
        review_buttons.addWidget(self.select_all_button)
        review_buttons.addWidget(self.select_none_button)
        review_buttons.addStretch(1)
        review_buttons.addWidget(self.anonymise_button)
        layout.addLayout(review_buttons)

        layout.addWidget(SectionTitle(self.tr("A client's own data")))
        own_explanation = QLabel(
            self.tr("When a client asks: export everything recorded about them (an Excel workbook to read and a "
                    "JSON file for machines), or erase their personal data.")
        )
        own_explanation.setObjectName("mutedLabel")
        own_explanation.setWordWrap(True)
        layout.addWidget(own_explanation)
        own = QHBoxLayout()
        self.choose_client_button = QPushButton(self.tr("Choose client…"))
        self.choose_client_button.clicked.connect(self.choose_client)
        own.addWidget(self.choose_client_button)
        self.client_label = QLabel(self.tr("No client chosen"))
        bold = self.client_label.font()
        bold.setBold(True)
        self.client_label.setFont(bold)
        own.addWidget(self.client_label, 1)
        self.export_button = QPushButton(self.tr("Export their data…"))
        self.export_button.clicked.connect(self.export_client_data)
        self.erase_button = QPushButton(self.tr("Erase on request…"))
        self.erase_button.clicked.connect(self.erase_client)
        own.addWidget(self.export_button)
        own.addWidget(self.erase_button)
        layout.addLayout(own)
        result = QHBoxLayout()
        self.result_label = QLabel()
        self.result_label.setObjectName("savedLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        result.addWidget(self.result_label, 1)
        self.open_folder_button = QPushButton(self.tr("Open the folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.setVisible(False)
        result.addWidget(self.open_folder_button)
        layout.addLayout(result)
        self.loader = TaskRunner(self)
        self._update_buttons()

    # ------------------------------------------------------------------ showing

    def _candidate_name(self, row: RetentionCandidate) -> str:
        return self.tr("{name} (removed record)").format(name=row.name) if row.removed else row.name

    def refresh(self) -> None:
        """Read the retention period and the clients due for review again (in the background)."""
        job = functools.partial(load_review, self.context.db, self.context.actor, local_today())
        self.loader.run(job, self._show_review)

    def _show_review(self, outcome: Outcome) -> None:
        if outcome.cancelled:
            return
        if outcome.error is not None:
            if isinstance(outcome.error, AppError):
                show_error(self, outcome.error)
                return
            raise outcome.error
        review: Review = outcome.result
        self.years, rows = review.years, review.rows
        self.years_spin.setValue(self.years)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.view.setVisible(bool(rows))
        self.due_label.setText(
            self.tr("%n client(s) have had nothing recorded for over {years} years.", "", len(rows))
            .format(years=self.years)
        )
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        has_rows = self.model.rowCount() > 0
        self.select_all_button.setEnabled(has_rows)
        self.select_none_button.setEnabled(has_rows)
        chosen = len(self.model.checked)
        self.anonymise_button.setEnabled(chosen > 0)
        # The primary style would hide that the button is disabled: only an enabled one is primary.
        self.anonymise_button.setObjectName("primary" if chosen else "")
        self.anonymise_button.style().unpolish(self.anonymise_button)
        self.anonymise_button.style().polish(self.anonymise_button)
        self.anonymise_button.setText(
            self.tr("Anonymise %n chosen…", "", chosen) if chosen else self.tr("Anonymise chosen…")
        )
        self.export_button.setEnabled(self.client_id is not None)
        self.erase_button.setEnabled(self.client_id is not None)

    # ------------------------------------------------------------------ retention

    def save_years(self) -> None:
        years = self.years_spin.value()
        try:
            with self.context.transaction() as session:
                retention.set_retention_years(session, years)
        except AppError as exc:
            show_error(self, exc)
            return
        self.years_saved.setText(self.tr("Saved"))
        self.refresh()

    def confirm_anonymise(self, count: int) -> bool:
        """Ask before anonymising *count* clients (a separate method, so tests can answer)."""
        answer = QMessageBox.warning(
            self,
            self.tr("Anonymise clients?"),
            self.tr("Anonymise %n client(s)? Their names, contact details and everything written about them are "
                    "erased for good; the statistics stay. This cannot be undone.", "", count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def anonymise_chosen(self) -> None:
        chosen = self.model.chosen_ids()
        if not chosen or not self.confirm_anonymise(len(chosen)):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.context.transaction() as session:
                done = retention.anonymise(session, chosen, local_today())
        except AppError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, exc)
            self.refresh()
            return
        QGuiApplication.restoreOverrideCursor()
        self.model.set_all(False)
        self.refresh()
        self.due_label.setText(self.tr("%n client(s) anonymised.", "", done) + " " + self.due_label.text())

    # ------------------------------------------------------------------ a client's own data

    def set_client(self, client_id: str | None) -> None:
        """Choose the client whose own data the buttons export or erase (``None``: nobody)."""
        name = ""
        if client_id is not None:
            try:
                with self.context.session() as session:
                    name = client_name(session, client_id)
            except AppError as exc:
                show_error(self, exc)
                client_id = None
        self.client_id = client_id
        self.client_label_text = name
        self.client_label.setText(name or self.tr("No client chosen"))
        self._update_buttons()

    def choose_client(self) -> None:
        dialog = ClientPickerDialog(self.context, self.tr("Choose the client whose data is asked for"), self)
        try:
            if dialog.exec() == ClientPickerDialog.DialogCode.Accepted and dialog.client_id is not None:
                self.set_client(dialog.client_id)
                self._show_result("")
        finally:
            dialog.deleteLater()

    def ask_folder(self) -> Path | None:
        """The folder to write the two files to (``None``: cancelled)."""
        start = Path.home() / "Documents"
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the client's data"), str(start if start.is_dir() else Path.home())
        )
        return Path(folder) if folder else None

    def export_client_data(self) -> None:
        if self.client_id is None:
            return
        folder = self.ask_folder()
        if folder is None:
            return
        from vauhdittamo.services import subject_access

        try:
            with self.context.transaction() as session:
                written = subject_access.export_client_data(session, self.client_id, folder)
        except AppError as exc:
            show_error(self, exc)
            return
        self.last_export = written
        self._show_result(
            self.tr("Saved {workbook} and {json} in {folder}.").format(
                workbook=written.xlsx_path.name, json=written.json_path.name, folder=written.xlsx_path.parent
            ),
            with_folder=True,
        )

    def ask_erasure(self, name: str) -> tuple[ErasureReason, str] | None:
        """The reason and reference of the erasure of *name*'s data, or ``None`` when not confirmed."""
        dialog = EraseDialog(name, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.reason, dialog.reference
        finally:
            dialog.deleteLater()

    def erase_client(self) -> None:
        if self.client_id is None:
            return
        name = self.client_label_text
        answer = self.ask_erasure(name)
        if answer is None:
            return
        reason, reference = answer
        from vauhdittamo.services import subject_access

        try:
            with self.context.transaction() as session:
                subject_access.erase_client(session, self.client_id, reason, reference)
        except AppError as exc:
            show_error(self, exc)
            return
        self.set_client(None)
        self.refresh()
        self._show_result(self.tr("The data of {name} was erased.").format(name=name))

    def _show_result(self, text: str, with_folder: bool = False) -> None:
        self.result_label.setText(text)
        self.open_folder_button.setVisible(with_folder and self.last_export is not None)

    def open_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.xlsx_path.parent)))

