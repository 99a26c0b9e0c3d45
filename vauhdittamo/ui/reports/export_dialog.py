"""The weekly workshop attendance export to Excel: pick a week and workshops, see the figures, save."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.db import Database
from vauhdittamo.errors import AppError
from vauhdittamo.services import workshops
from vauhdittamo.services.attendance_export import (
    ExportSummary,
    WeeklyFigures,
    export_attendance,
    record_export,
    weekly_figures,
)
from vauhdittamo.services.isoweek import IsoWeek, weeks_in_year
from vauhdittamo.services.permissions import Actor
from vauhdittamo.services.spreadsheet import atomic_target
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.settings import app_settings
from vauhdittamo.ui.tasks import Outcome, ProgressRelay, TaskRunner
from vauhdittamo.ui.widgets.page import StatCard

LAST_EXPORT_FOLDER = "export/last_folder"


def run_export(
    db: Database,
    actor: Actor,
    week: IsoWeek,
    path: Path,
    workshop_ids: list[str] | None,
    progress: Callable[[float], None],
    with_names: bool = True,
) -> ExportSummary:
    """The background job: its own database session, progress through a queued signal; then the audit entry.

    The workbook gets its name only once the export is in the audit trail (none is left unrecorded).
    """
    with atomic_target(path) as staged:
        with db.session(actor) as session:
            summary = export_attendance(session, week, staged, workshop_ids, progress, with_names=with_names)
        with db.transaction(actor) as session:
            record_export(session, summary)
    return replace(summary, path=path)


def default_file_name(week: IsoWeek, with_names: bool = True) -> str:
    """The suggested file name (in Finnish, as the workbook); one without names says so."""
    return f"pajat_osallistuminen_{week}.xlsx" if with_names else f"pajat_osallistuminen_{week}_ilman_nimia.xlsx"


class ExportAttendanceDialog(QDialog):
    """Choose an ISO week (last week in Helsinki by default) and workshops; export runs in the background.

    *today* (default: today in Helsinki, whatever the computer's time zone) picks the default week.
    """

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        background: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = TaskRunner(self, background)
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self._show_progress)
        self.summary: ExportSummary | None = None
        self.week = IsoWeek.containing(today or local_today()).previous()
        self._auto_name = True
        self.setWindowTitle(self.tr("Export workshop attendance"))
        self.setMinimumSize(720, 560)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel(self.tr("Weekly workshop attendance to Excel"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        intro = QLabel(
            self.tr("A summary sheet per workshop and day, and one row per attendance. Weeks run Monday to "
                    "Sunday (ISO 8601).")
        )
        intro.setObjectName("mutedLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        week_row = QHBoxLayout()
        self.previous_button = QPushButton("◀")
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.previous_button.setFixedWidth(40)
        self.previous_button.clicked.connect(lambda: self.set_week(self.week.previous()))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setAccessibleName(self.tr("Year"))
        self.week_number = QSpinBox()
        self.week_number.setAccessibleName(self.tr("Week"))
        self.week_number.setPrefix(self.tr("week "))
        self.next_button = QPushButton("▶")
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.next_button.setFixedWidth(40)
        self.next_button.clicked.connect(lambda: self.set_week(self.week.next()))
        self.dates_label = QLabel()
        self.dates_label.setObjectName("weekLabel")
        for widget in (self.previous_button, self.year, self.week_number, self.next_button):
            week_row.addWidget(widget)
        week_row.addSpacing(12)
        week_row.addWidget(self.dates_label, 1)
        form.addRow(self.tr("Week"), week_row)
        layout.addLayout(form)
        self.year.valueChanged.connect(self._week_edited)
        self.week_number.valueChanged.connect(self._week_edited)

        lists = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Workshops")))
        self.workshop_list = QListWidget()
        self.workshop_list.setObjectName("workshopChoice")
        self.workshop_list.itemChanged.connect(lambda _item: self._update_figures())
        left.addWidget(self.workshop_list, 1)
        choose = QHBoxLayout()
        self.all_button = QPushButton(self.tr("All"))
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton(self.tr("None"))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        choose.addWidget(self.all_button)
        choose.addWidget(self.none_button)
        choose.addStretch(1)
        left.addLayout(choose)
        lists.addLayout(left, 1)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("The chosen week")))
        cards = QGridLayout()
        cards.setSpacing(8)
        self.sessions_card = StatCard(self.tr("sessions held"))
        self.present_card = StatCard(self.tr("attendances"))
        self.people_card = StatCard(self.tr("different participants"))
        self.anonymous_card = StatCard(self.tr("anonymous"))
        for i, card in enumerate((self.sessions_card, self.present_card, self.people_card, self.anonymous_card)):
            cards.addWidget(card, i // 2, i % 2)
        right.addLayout(cards)
        self.ages_label = QLabel()
        self.ages_label.setObjectName("mutedLabel")
        self.ages_label.setWordWrap(True)
        right.addWidget(self.ages_label)
        right.addStretch(1)
        lists.addLayout(right, 1)
        layout.addLayout(lists, 1)

        file_row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.path_edit.textEdited.connect(lambda _t: setattr(self, "_auto_name", False))
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        file_form = QFormLayout()
        file_form.addRow(self.tr("Save as"), file_row)
        self.without_names = QCheckBox(self.tr("Leave out names (for a workbook that leaves the office)"))
        self.without_names.setObjectName("withoutNames")
        self.without_names.setToolTip(
            self.tr("Names, home municipalities, villages and cancellation reasons are left out. Each client's "
                    "participant code, age group and every figure stay, so the same person can still be "
                    "counted once across weeks.")
        )
        self.without_names.toggled.connect(self._names_toggled)
        file_form.addRow("", self.without_names)
        layout.addLayout(file_form)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_file_button = QPushButton(self.tr("Open the file"))
        self.open_file_button.clicked.connect(self.open_file)
        for button in (self.open_folder_button, self.open_file_button):
            button.setVisible(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setObjectName("primary")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.export)

        self._load_workshops()
        self.set_week(self.week)

    # ------------------------------------------------------------------ week and workshops

    def set_week(self, week: IsoWeek) -> None:
        self.week = week
        for box in (self.year, self.week_number):
            box.blockSignals(True)
        self.year.setValue(week.year)
        self.week_number.setRange(1, weeks_in_year(week.year))
        self.week_number.setValue(week.week)
        for box in (self.year, self.week_number):
            box.blockSignals(False)
        self.dates_label.setText(f"{format_date(week.monday)} – {format_date(week.sunday)}")
        self._suggest_name()
        self._update_figures()

    def with_names(self) -> bool:
        return not self.without_names.isChecked()

    def _suggest_name(self) -> None:
        if self._auto_name:
            self.path_edit.setText(str(self._folder() / default_file_name(self.week, self.with_names())))

    def _names_toggled(self, _checked: bool) -> None:
        self._suggest_name()

    def _week_edited(self) -> None:
        year = self.year.value()
        self.week_number.setRange(1, weeks_in_year(year))
        self.set_week(IsoWeek(year, self.week_number.value()))

    def _load_workshops(self) -> None:
        with self.context.session() as session:
            items = workshops.list_workshops(session)
        self.workshop_list.blockSignals(True)
        for item in items:
            row = QListWidgetItem(item.name if item.active else self.tr("{name} (ended)").format(name=item.name))
            row.setData(Qt.ItemDataRole.UserRole, item.workshop_id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            self.workshop_list.addItem(row)
        self.workshop_list.blockSignals(False)

    def _check_all(self, checked: bool) -> None:
        self.workshop_list.blockSignals(True)
        for row in range(self.workshop_list.count()):
            self.workshop_list.item(row).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.workshop_list.blockSignals(False)
        self._update_figures()

    def chosen_workshops(self) -> list[str] | None:
        """``None`` when every workshop is chosen (so new ones are never left out)."""
        items = [self.workshop_list.item(r) for r in range(self.workshop_list.count())]
        chosen = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
        return None if len(chosen) == len(items) else chosen

    def _update_figures(self) -> None:
        chosen = self.chosen_workshops()
        self.export_button.setEnabled(chosen != [] and not self.tasks.busy)
        with self.context.session() as session:
            figures = weekly_figures(session, self.week, chosen)
        self.show_figures(figures)

    def show_figures(self, figures: WeeklyFigures) -> None:
        total = figures.total
        self.sessions_card.set_value(total.sessions)
        self.present_card.set_value(total.present)
        self.people_card.set_value(total.participants)
        self.anonymous_card.set_value(total.anonymous)
        self.ages_label.setText(
            self.tr("Participants under 30: {young} · 30 and over: {older} · age not known: {unknown}. "
                    "Sessions upcoming: {upcoming} · ended without attendance marked: {unmarked} · "
                    "cancelled: {cancelled}.").format(
                young=total.under_30, older=total.age_30_plus, unknown=total.age_unknown,
                upcoming=total.upcoming, unmarked=total.unmarked, cancelled=total.cancelled,
            )
        )

    # ------------------------------------------------------------------ file

    def _folder(self) -> Path:
        stored = app_settings().value(LAST_EXPORT_FOLDER, "")
        folder = Path(str(stored)) if stored else Path.home() / "Documents"
        return folder if folder.is_dir() else Path.home()

    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def choose_file(self) -> None:
        current = self.target() or self._folder() / default_file_name(self.week, self.with_names())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the attendance workbook"), str(current), self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self._auto_name = False
            self.path_edit.setText(name)

    def confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace the file?"), self.tr("{name} exists already. Replace it?").format(name=path.name)
        )
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------------ export

    def export(self) -> None:
        if self.tasks.busy or not self.export_button.isEnabled():
            return
        path = self.target()
        if path is None:
            self._show_message(self.tr("Choose where to save the workbook."), error=True)
            return
        if path.exists() and not self.confirm_replace(path):
            return
        self.path_edit.setText(str(path))
        self._set_busy(True)
        job = functools.partial(
            run_export,
            self.context.db,
            self.context.actor,
            self.week,
            path,
            self.chosen_workshops(),
            self.relay.report,
            self.with_names(),
        )
        self.tasks.run(job, self._done)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        for widget in (self.export_button, self.browse_button, self.path_edit, self.workshop_list, self.year,
                       self.week_number, self.previous_button, self.next_button, self.without_names):
            widget.setEnabled(not busy)
        if busy:
            self._show_message(self.tr("Exporting…"))
            self.open_folder_button.setVisible(False)
            self.open_file_button.setVisible(False)

    def _show_progress(self, share: float, _stage: str = "") -> None:
        self.progress.setValue(round(share * 100))

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("fieldError" if error else "savedLabel")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def _done(self, outcome: Outcome) -> None:
        self._set_busy(False)
        if outcome.error is not None:
            if isinstance(outcome.error, AppError):
                self._show_message(outcome.error.translated(QCoreApplication.translate), error=True)
                return
            raise outcome.error
        summary: ExportSummary = outcome.result
        self.summary = summary
        app_settings().setValue(LAST_EXPORT_FOLDER, str(summary.path.parent))
        saved = (
            self.tr("Saved {path}: {rows} attendance rows, {present} attendances, {people} different participants.")
            if summary.with_names
            else self.tr("Saved {path} without names: {rows} attendance rows, {present} attendances, {people} "
                         "different participants.")
        )
        self._show_message(
            saved.format(path=summary.path, rows=summary.rows, present=summary.figures.total.present,
                         people=summary.figures.total.participants)
        )
        self.open_folder_button.setVisible(True)
        self.open_file_button.setVisible(True)
        self.close_button.setFocus()

    def open_folder(self) -> None:
        if self.summary is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.summary.path.parent)))

    def open_file(self) -> None:
        if self.summary is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.summary.path)))

    def reject(self) -> None:
        if self.tasks.busy:
            return  # the export finishes first; closing mid-way would leave the user guessing
        super().reject()
