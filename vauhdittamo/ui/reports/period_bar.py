"""The Reports screen's period and filters: kind, previous / next, the dates, and whose work is counted."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtGui import QKeySequence, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError
from vauhdittamo.services.reporting.period import Period, PeriodKind, ReportFilters
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.reports.periods import PeriodChoice, default_choice, quarter_of, step, switch_kind

KIND_NAMES: dict[PeriodKind, str] = {
    PeriodKind.MONTH: QT_TRANSLATE_NOOP("PeriodBar", "Month"),
    PeriodKind.QUARTER: QT_TRANSLATE_NOOP("PeriodBar", "Quarter"),
    PeriodKind.YEAR: QT_TRANSLATE_NOOP("PeriodBar", "Year"),
    PeriodKind.PROJECT: QT_TRANSLATE_NOOP("PeriodBar", "Project to date"),
    PeriodKind.RANGE: QT_TRANSLATE_NOOP("PeriodBar", "Any range"),
}


@dataclass(frozen=True)
class ProjectChoice:
    project_id: str
    name: str
    start_date: dt.date
    end_date: dt.date | None


@dataclass(frozen=True)
class FilterChoices:
    """What the filters offer: projects, home municipalities with their villages, workshops, staff."""

    projects: list[ProjectChoice] = field(default_factory=list)
    places: dict[str, list[str]] = field(default_factory=dict)
    workshops: list[tuple[str, str]] = field(default_factory=list)  # (id, shown name)
    coaches: list[tuple[str, str]] = field(default_factory=list)  # (id, name)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def period_name(choice: PeriodChoice) -> str:
    """The shown period in words: "lokakuu 2026", "Q4 2026", "2026", …"""
    start = choice.period.start
    if choice.kind is PeriodKind.MONTH:
        return f"{QLocale().standaloneMonthName(start.month)} {start.year}"
    if choice.kind is PeriodKind.QUARTER:
        return QCoreApplication.translate("PeriodBar", "Q{quarter} {year}").format(
            quarter=quarter_of(start), year=start.year
        )
    if choice.kind is PeriodKind.YEAR:
        return str(start.year)
    if choice.kind is PeriodKind.PROJECT:
        return QCoreApplication.translate("PeriodBar", "since {date}").format(date=format_date(start))
    days = choice.period.days
    return QCoreApplication.translate("PeriodBar", "%n day(s)", "", days)


def _refill(combo: QComboBox, everyone: str, items: list[tuple[str, str]]) -> None:
    """Replace the items ("everyone" first, with no data), keeping the chosen one while it is still offered."""
    current = combo.currentData()
    wanted = [(everyone, None), *items]
    if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == wanted:
        return
    combo.blockSignals(True)
    combo.clear()
    for text, data in wanted:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


class PeriodBar(QWidget):
    """Two rows: the period (kind, ◀ name ▶, from – to) and the filters (project, place, workshop, coach).

    Editing a date makes the period "any range". Alt+← and Alt+→ step the period.

    Signals:
        changed(): the period or a filter changed (by the user or :meth:`set_choice`).
    """

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self._choice = default_choice(today)
        self._projects: list[ProjectChoice] = []
        self._places: dict[str, list[str]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        self.kind.setAccessibleName(self.tr("Period"))
        for kind, name in KIND_NAMES.items():
            self.kind.addItem(QCoreApplication.translate("PeriodBar", name), kind.value)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.previous_button = QPushButton("◀")
        self.previous_button.setAccessibleName(self.tr("Previous period"))
        self.previous_button.setToolTip(self.tr("Previous period (Alt+Left)"))
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.previous_button.setFixedWidth(40)
        self.next_button = QPushButton("▶")
        self.next_button.setAccessibleName(self.tr("Next period"))
        self.next_button.setToolTip(self.tr("Next period (Alt+Right)"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.setFixedWidth(40)
        self.name_label = QLabel()
        self.name_label.setObjectName("weekLabel")
        self.name_label.setMinimumWidth(120)
        self.start_edit = self._date_edit(self.tr("First day"))
        self.end_edit = self._date_edit(self.tr("Last day"))
        dash = QLabel("–")
        row.addWidget(self.kind)
        row.addWidget(self.previous_button)
        row.addWidget(self.name_label)
        row.addWidget(self.next_button)
        row.addSpacing(12)
        row.addWidget(self.start_edit)
        row.addWidget(dash)
        row.addWidget(self.end_edit)
        row.addStretch(1)
        self.busy_label = QLabel(self.tr("Updating…"))
        self.busy_label.setObjectName("mutedLabel")
        self.busy_label.setVisible(False)
        row.addWidget(self.busy_label)
        layout.addLayout(row)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        filters = QWidget()
        filters.setObjectName("reportFilters")
        filter_row = QHBoxLayout(filters)
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.setSpacing(8)
        self.project_filter = QComboBox()
        self.municipality_filter = QComboBox()
        self.village_filter = QComboBox()
        self.workshop_filter = QComboBox()
        self.coach_filter = QComboBox()
        self._everyone = {
            self.project_filter: self.tr("All projects"),
            self.municipality_filter: self.tr("All municipalities"),
            self.village_filter: self.tr("All villages"),
            self.workshop_filter: self.tr("All workshops"),
            self.coach_filter: self.tr("All personal coaches"),
        }
        for combo, caption in (
            (self.project_filter, self.tr("Project")),
            (self.municipality_filter, self.tr("Municipality")),
            (self.village_filter, self.tr("Village")),
            (self.workshop_filter, self.tr("Workshop")),
            (self.coach_filter, self.tr("Personal coach")),
        ):
            combo.setToolTip(caption)
            combo.setAccessibleName(caption)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.addItem(self._everyone[combo], None)
            filter_row.addWidget(combo, 1)
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._filter_chosen(c))
        self.village_filter.setEnabled(False)
        layout.addWidget(filters)

        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.start_edit.dateChanged.connect(lambda _d: self._dates_edited())
        self.end_edit.dateChanged.connect(lambda _d: self._dates_edited())
        self._set_project_kind_enabled()
        self._show_choice()

    def _date_edit(self, caption: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d.M.yyyy")
        edit.setAccessibleName(caption)
        edit.setToolTip(caption)
        return edit

    # ------------------------------------------------------------------ the period

    def choice(self) -> PeriodChoice:
        return self._choice

    def period(self) -> Period:
        return self._choice.period

    def set_choice(self, choice: PeriodChoice) -> None:
        self._choice = choice
        self._show_choice()
        self.changed.emit()

    def step(self, direction: int) -> None:
        """The previous (−1) or next (+1) period of the same kind."""
        if self._choice.steps:
            self.set_choice(step(self._choice, direction))

    def _show_choice(self) -> None:
        choice = self._choice
        widgets = (self.kind, self.start_edit, self.end_edit)
        for widget in widgets:
            widget.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(choice.kind.value))
        self.start_edit.setDate(to_qdate(choice.period.start))
        self.end_edit.setDate(to_qdate(choice.period.end))
        for widget in widgets:
            widget.blockSignals(False)
        self.name_label.setText(period_name(choice))
        self.previous_button.setEnabled(choice.steps)
        self.next_button.setEnabled(choice.steps)
        self.error_label.setVisible(False)

    def _kind_chosen(self) -> None:
        kind = PeriodKind(self.kind.currentData())
        self.set_choice(switch_kind(self._choice, kind, self.today, self.project_span()))

    def _dates_edited(self) -> None:
        start, end = to_date(self.start_edit.date()), to_date(self.end_edit.date())
        try:
            period = Period(start, end)
        except AppError as exc:
            self.error_label.setText(exc.translated(QCoreApplication.translate))
            self.error_label.setVisible(True)
            return
        self.set_choice(PeriodChoice(PeriodKind.RANGE, period))

    def project_span(self) -> tuple[dt.date, dt.date | None] | None:
        """The chosen project's start and end; with every project, from the first start to the last end."""
        chosen = self.project_filter.currentData()
        projects = [p for p in self._projects if chosen is None or p.project_id == chosen]
        if not projects:
            return None
        ends = [p.end_date for p in projects]
        end = None if any(e is None for e in ends) else max(e for e in ends if e is not None)
        return min(p.start_date for p in projects), end

    def _set_project_kind_enabled(self) -> None:
        model = self.kind.model()
        assert isinstance(model, QStandardItemModel)
        item = model.item(self.kind.findData(PeriodKind.PROJECT.value))
        item.setEnabled(bool(self._projects))
        item.setToolTip("" if self._projects else self.tr("No projects yet: add one under Projects…"))

    # ------------------------------------------------------------------ the filters

    def filters(self) -> ReportFilters:
        return ReportFilters(
            project_id=self.project_filter.currentData(),
            municipality=self.municipality_filter.currentData(),
            village=self.village_filter.currentData(),
            workshop_id=self.workshop_filter.currentData(),
            coach_id=self.coach_filter.currentData(),
        )

    def set_filter_choices(self, choices: FilterChoices) -> None:
        """Fill the filters (the current choices are kept while they are still offered); emits nothing."""
        self._projects = list(choices.projects)
        self._places = dict(choices.places)
        _refill(self.project_filter, self._everyone[self.project_filter],
                [(p.name, p.project_id) for p in choices.projects])
        _refill(self.municipality_filter, self._everyone[self.municipality_filter],
                [(m, m) for m in choices.places])
        self._fill_villages()
        _refill(self.workshop_filter, self._everyone[self.workshop_filter], choices.workshops)
        _refill(self.coach_filter, self._everyone[self.coach_filter], choices.coaches)
        self._set_project_kind_enabled()

    def _fill_villages(self) -> None:
        municipality = self.municipality_filter.currentData()
        villages = self._places.get(municipality, []) if municipality else []
        _refill(self.village_filter, self._everyone[self.village_filter], [(v, v) for v in villages])
        self.village_filter.setEnabled(bool(villages))

    def _filter_chosen(self, combo: QComboBox) -> None:
        if combo is self.municipality_filter:
            self._fill_villages()
        if combo is self.project_filter and self._choice.kind is PeriodKind.PROJECT:
            span = self.project_span()
            if span is not None:
                self.set_choice(switch_kind(self._choice, PeriodKind.PROJECT, self.today, span))
                return
        self.changed.emit()

    def set_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
