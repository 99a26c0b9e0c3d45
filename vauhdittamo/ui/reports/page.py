"""Raportit: the coordinator's period report (participants, ESF+ indicators, the centre's work), the
workbooks for the funder, and what the database holds at a glance (for everyone)."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError
from vauhdittamo.services.permissions import Permission
from vauhdittamo.services.reporting.figures import PeriodReport
from vauhdittamo.services.reporting.period import Period, ReportFilters
from vauhdittamo.services.reporting.workbook import PeriodExportSummary
from vauhdittamo.services.stats import DatabaseStats
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.reports.export_dialog import LAST_EXPORT_FOLDER, ExportAttendanceDialog
from vauhdittamo.ui.reports.loading import (
    LoadedReport,
    RawChoices,
    load_choices,
    load_report,
    load_stats,
    run_report_export,
)
from vauhdittamo.ui.reports.period_bar import PeriodBar
from vauhdittamo.ui.reports.periods import file_name
from vauhdittamo.ui.reports.report_view import ReportView
from vauhdittamo.ui.settings import app_settings
from vauhdittamo.ui.tasks import Outcome, ProgressRelay, TaskRunner
from vauhdittamo.ui.widgets.page import EmptyHint, Page, SectionTitle, StatCard

RELOAD_DELAY_MS = 250  # changes within this time load once


def documents_folder() -> Path:
    """The last export folder when it still exists, else the user's documents folder, else home."""
    stored = str(app_settings().value(LAST_EXPORT_FOLDER, "") or "")
    for candidate in (stored, QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path.home()


class ReportsPage(Page):
    """The period report for those who may export reports (coordinators, administrators); counts for all.

    The figures load in the background whenever the period or a filter changes (after a short pause);
    a newer request makes an older one's result unwanted.

    Signals:
        report_shown(): a period report reached the screen.
        exported(object): a period workbook was written (its :class:`PeriodExportSummary`).
    """

    report_shown = Signal()
    exported = Signal(object)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        background: bool | None = None,
        today: dt.date | None = None,
    ) -> None:
        may_report = can(context, Permission.EXPORT_REPORTS)  # coordinators and administrators
        super().__init__(
            self.tr("Reports"),
            self.tr("Any period's figures and the workbooks for the funder.")
            if may_report
            else self.tr("Everything recorded in this database so far, at a glance."),
            parent,
        )
        self.may_report = may_report
        self.context = context
        self._fixed_today = today
        self.today = today or local_today()
        self.report: PeriodReport | None = None
        self.summary: PeriodExportSummary | None = None
        self._requested: tuple[Period, ReportFilters] | None = None
        self.loader = TaskRunner(self, background)  # the period report
        self.choices_loader = TaskRunner(self, background)  # the filters' contents
        self.stats_loader = TaskRunner(self, background)  # the record counts
        self.exporter = TaskRunner(self, background)  # the workbook
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self._show_progress)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.load_report)

        self.period_bar = PeriodBar(self.today)
        self.period_bar.changed.connect(self._schedule_load)
        self.body.addWidget(self.period_bar)
        self._build_actions()
        for widget in (self.period_bar, self.report_export_button, self.without_names, self.export_button):
            widget.setVisible(self.may_report)
        self.projects_button.setVisible(can(context, Permission.MANAGE_PROJECTS))

        scroll = QScrollArea()
        scroll.setObjectName("reportScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # a narrow window: nothing cut
        content = QWidget()
        content.setObjectName("page")  # the page's own background under the figures
        self.content_layout = QVBoxLayout(content)
        self.content_layout.setContentsMargins(0, 0, 12, 12)
        self.content_layout.setSpacing(12)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.content_layout.addWidget(self.error_label)
        self.view = ReportView(content)  # a parent first: shown without one, it would be a window of its own
        self.view.setVisible(self.may_report)
        self.content_layout.addWidget(self.view)
        self.not_for_role = EmptyHint(
            self.tr("Period reports with the ESF+ indicators are for coordinators and administrators. "
                    "Below is what the database holds.")
        )
        self.content_layout.addWidget(self.not_for_role)
        self.not_for_role.setVisible(not self.may_report)
        self._build_records()
        self.content_layout.addStretch(1)
        scroll.setWidget(content)
        self.scroll_area = scroll
        self.body.addWidget(scroll, 1)

    def _build_actions(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.report_export_button = QPushButton(self.tr("Export report to Excel…"))
        self.report_export_button.setObjectName("primary")
        self.report_export_button.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.report_export_button.setToolTip(
            self.tr("The figures, the participants for EURA 2021 and those lacking data, as a workbook "
                    "(Ctrl+Shift+E)")
        )
        self.report_export_button.clicked.connect(self.export_report)
        self.without_names = QCheckBox(self.tr("Without client names"))
        self.without_names.setToolTip(
            self.tr("For a workbook that leaves the office: the list of participants lacking data shows "
                    "codes only.")
        )
        self.export_button = QPushButton(self.tr("Export attendance to Excel…"))
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.export_button.setToolTip(
            self.tr("Weekly workshop attendance for managers and funders: sessions, attendances and different "
                    "participants per workshop and day (Ctrl+E)")
        )
        self.export_button.clicked.connect(self.export_attendance)
        self.projects_button = QPushButton(self.tr("Projects…"))
        self.projects_button.setToolTip(self.tr("The projects, their periods and participant targets"))
        self.projects_button.clicked.connect(self.open_projects)
        row.addWidget(self.report_export_button)
        row.addWidget(self.without_names)
        row.addSpacing(12)
        row.addWidget(self.export_button)
        row.addWidget(self.projects_button)
        row.addStretch(1)
        self.body.addLayout(row)

        status = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_file_button = QPushButton(self.tr("Open the file"))
        self.open_file_button.clicked.connect(self.open_file)
        for button in (self.open_folder_button, self.open_file_button):
            button.setVisible(False)
        status.addWidget(self.progress)
        status.addWidget(self.message, 1)
        status.addWidget(self.open_folder_button)
        status.addWidget(self.open_file_button)
        self.body.addLayout(status)

    def _build_records(self) -> None:
        self.content_layout.addWidget(SectionTitle(self.tr("Records")))
        explanation = QLabel(self.tr("Everything recorded in this database so far, whatever the period."))
        explanation.setObjectName("mutedLabel")
        self.content_layout.addWidget(explanation)  # first: shown without a parent it would be a window
        explanation.setVisible(self.may_report)
        self.cards = {
            "clients": StatCard(self.tr("clients")),
            "visits": StatCard(self.tr("guidance visits")),
            "referrals": StatCard(self.tr("referrals")),
            "workshops": StatCard(self.tr("workshops")),
            "sessions": StatCard(self.tr("workshop sessions")),
            "attendance_marks": StatCard(self.tr("attendance marks")),
            "certificates": StatCard(self.tr("competence certificates")),
            "partners": StatCard(self.tr("partner organisations")),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 4, i % 4)
        self.content_layout.addLayout(grid)

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Read everything again: the counts, and for those who may report, the filters and the report."""
        if self._fixed_today is None:
            self.today = local_today()
            self.period_bar.today = self.today
        db, actor = self.context.db, self.context.actor
        self.stats_loader.run(functools.partial(load_stats, db, actor), self._show_stats)
        if not self.may_report:
            return
        self.choices_loader.run(functools.partial(load_choices, db, actor), self._show_choices)
        self.load_report()

    def _schedule_load(self) -> None:
        """Load after a short pause, so that stepping through periods or filters loads once."""
        self.period_bar.set_busy(True)
        self._timer.start()

    def load_report(self) -> None:
        """Load the report of the chosen period and filters now (the bar's changes wait a moment first)."""
        self._timer.stop()
        if not self.may_report:
            return
        period, filters = self.period_bar.period(), self.period_bar.filters()
        self._requested = (period, filters)
        self.period_bar.set_busy(True)
        job = functools.partial(
            load_report, self.context.db, self.context.actor, period, filters, self._fixed_today or self.today
        )
        self.loader.run(job, self._show_report)

    def _show_report(self, outcome: Outcome) -> None:
        self.period_bar.set_busy(False)
        if outcome.error is not None:
            if isinstance(outcome.error, AppError):
                self.error_label.setText(outcome.error.translated(QCoreApplication.translate))
                self.error_label.setVisible(True)
                return
            raise outcome.error
        loaded: LoadedReport = outcome.result
        self.error_label.setVisible(False)
        self.report = loaded.report
        self.view.show_report(loaded.report, loaded.topics, staged=self.loader.background)
        self.report_shown.emit()

    def _show_choices(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            if isinstance(outcome.error, AppError):
                return  # the filters keep what they offered; the report says what went wrong
            raise outcome.error
        raw: RawChoices = outcome.result
        self.period_bar.set_filter_choices(raw.as_choices(self.tr("{name} (ended)")))
        if self._requested is not None and self._requested != (self.period_bar.period(), self.period_bar.filters()):
            self._schedule_load()  # a chosen project or workshop is no longer offered

    def _show_stats(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            if isinstance(outcome.error, AppError):
                return
            raise outcome.error
        stats: DatabaseStats = outcome.result
        for key, card in self.cards.items():
            card.set_value(int(getattr(stats, key)))

    # ------------------------------------------------------------------ the workbooks

    def export_report(self) -> None:
        """Ask for a file name and write the period workbook in the background."""
        if not self.may_report or self.exporter.busy:
            return
        suggested = documents_folder() / file_name(self.period_bar.choice())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report workbook"), str(suggested), self.tr("Excel workbook (*.xlsx)")
        )
        if not name:
            return
        path = Path(name).expanduser()
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self._set_exporting(True)
        job = functools.partial(
            run_report_export,
            self.context.db,
            self.context.actor,
            self.period_bar.period(),
            self.period_bar.filters(),
            path,
            not self.without_names.isChecked(),
            self._fixed_today or self.today,
            self.relay.report,
        )
        self.exporter.run(job, self._exported)

    def _set_exporting(self, busy: bool) -> None:
        self.report_export_button.setEnabled(not busy)
        self.without_names.setEnabled(not busy)
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        if busy:
            self._say(self.tr("Writing the workbook…"))
            self.open_folder_button.setVisible(False)
            self.open_file_button.setVisible(False)

    def _show_progress(self, share: float, _stage: str = "") -> None:
        self.progress.setValue(round(share * 100))

    def _exported(self, outcome: Outcome) -> None:
        self._set_exporting(False)
        if outcome.error is not None:
            if isinstance(outcome.error, AppError):
                self._say(self.tr("The workbook was not saved. {reason}").format(
                    reason=outcome.error.translated(QCoreApplication.translate)), error=True)
                return
            if isinstance(outcome.error, OSError):
                self._say(self.tr("The workbook could not be saved: {reason}. Choose another folder or close the "
                                  "file if it is open in Excel.").format(reason=outcome.error.strerror or
                                                                         outcome.error), error=True)
                return
            raise outcome.error
        summary: PeriodExportSummary = outcome.result
        self.summary = summary
        app_settings().setValue(LAST_EXPORT_FOLDER, str(summary.path.parent))
        self._say(
            self.tr("Saved {path}: {participants} participant rows, {incomplete} of them lacking data.").format(
                path=summary.path, participants=summary.participants, incomplete=summary.incomplete)
        )
        self.open_folder_button.setVisible(True)
        self.open_file_button.setVisible(True)
        self.exported.emit(summary)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("fieldError" if error else "savedLabel")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def open_folder(self) -> None:
        if self.summary is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.summary.path.parent)))

    def open_file(self) -> None:
        if self.summary is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.summary.path)))

    def export_attendance(self) -> None:
        if not can(self.context, Permission.EXPORT_REPORTS):
            return
        dialog = ExportAttendanceDialog(self.context, self)
        dialog.exec()

    def open_projects(self) -> None:
        """The projects dialog; the filters and the report are read again afterwards."""
        if not can(self.context, Permission.MANAGE_PROJECTS):
            return
        from vauhdittamo.ui.projects.projects_dialog import ProjectsDialog

        dialog = ProjectsDialog(self.context, self)
        dialog.exec()
        dialog.deleteLater()
        self.refresh()
