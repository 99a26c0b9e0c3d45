"""The period report on screen: participants and the target, the ESF+ indicators, visits, referrals,
assessments, certificates and workshop attendance, as cards, compact tables and monthly charts."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vauhdittamo.errors import QT_TRANSLATE_NOOP
from vauhdittamo.models import AgeGroup, AssessmentResult, PartnerCategory, ReferralStatus, VisitChannel
from vauhdittamo.services.reporting.figures import Indicator, PeriodReport
from vauhdittamo.services.reporting.indicators import BY_KEY, GROUP_LABELS, IndicatorGroup
from vauhdittamo.services.topics import Topic
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label, topic_label, topic_names
from vauhdittamo.ui.reports.charts import MonthlyBarChart, MonthlyLineChart
from vauhdittamo.ui.reports.figure_tables import (
    Cell,
    FigureTable,
    TargetCard,
    format_hours,
    format_share,
)
from vauhdittamo.ui.reports.periods import month_key
from vauhdittamo.ui.widgets.page import SectionTitle, StatCard

PENDING = "pending"
RESULT_NAMES: dict[str, str] = {
    AssessmentResult.FIT_FOR_WORK.value: QT_TRANSLATE_NOOP("ReportView", "Fit for work"),
    AssessmentResult.NEEDS_REHABILITATION.value: QT_TRANSLATE_NOOP("ReportView", "Needs rehabilitation"),
    AssessmentResult.PENSION_RECOMMENDED.value: QT_TRANSLATE_NOOP("ReportView", "Pension recommended"),
    AssessmentResult.OTHER.value: QT_TRANSLATE_NOOP("ReportView", "Other result"),
    PENDING: QT_TRANSLATE_NOOP("ReportView", "No result yet"),
}


def indicator_name(key: str) -> str:
    """An indicator's translated name (its key when unknown)."""
    definition = BY_KEY.get(key)
    return QCoreApplication.translate("indicators", definition.label) if definition is not None else key


def code_name(kind: type[enum.Enum], code: str) -> str:
    """The translated name of a coded value stored as text (the code itself when the enum does not know it)."""
    try:
        return label(kind(code))
    except ValueError:
        return code


def ordered(counts: Mapping[str, int], order: Sequence[str]) -> list[tuple[str, int]]:
    """The counts in *order* (codes it does not know last, by count), leaving out zeros."""
    known = [(c, counts[c]) for c in order if counts.get(c)]
    rest = sorted(((c, n) for c, n in counts.items() if c not in order and n), key=lambda item: -item[1])
    return known + rest


def _section_heading(text: str) -> QLabel:
    heading = QLabel(text)
    heading.setObjectName("tableHeading")
    heading.setStyleSheet("font-weight: 600; color: #17324d;")
    heading.setWordWrap(True)
    return heading


def _muted(text: str = "") -> QLabel:
    note = QLabel(text)
    note.setObjectName("mutedLabel")
    note.setWordWrap(True)
    return note


class ReportView(QWidget):
    """Every figure of one :class:`PeriodReport`; :meth:`show_report` replaces them all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: PeriodReport | None = None
        self._shown = 0  # which report the sections still to be filled belong to (a newer one drops them)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.cards: dict[str, StatCard] = {}
        self.notes_label = QLabel()
        self.notes_label.setObjectName("warningLabel")
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(False)
        layout.addWidget(self.notes_label)
        self._build_participants(layout)
        self._build_indicators(layout)
        self._build_visits(layout)
        self._build_referrals(layout)
        self._build_assessments_and_certificates(layout)
        self._build_attendance(layout)

    def _card(self, key: str, caption: str) -> StatCard:
        card = StatCard(caption)
        self.cards[key] = card
        return card

    def _card_row(self, cards: Sequence[StatCard]) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for column, card in enumerate(cards):
            grid.addWidget(card, 0, column)
        return grid

    # ------------------------------------------------------------------ building

    def _build_participants(self, layout: QVBoxLayout) -> None:
        layout.addWidget(SectionTitle(self.tr("Participants")))
        row = QHBoxLayout()
        row.setSpacing(12)
        cards = QGridLayout()
        cards.setSpacing(12)
        cards.addWidget(self._card("entered", self.tr("entered in the period")), 0, 0)
        cards.addWidget(self._card("active", self.tr("took part in the period")), 0, 1)
        cards.addWidget(self._card("exited", self.tr("left in the period")), 1, 0)
        self.target_card = TargetCard(self.tr("of the participant target"))
        cards.addWidget(self.target_card, 1, 1)
        cards.setColumnStretch(0, 1)
        cards.setColumnStretch(1, 1)
        left = QVBoxLayout()
        left.addLayout(cards)
        self.incomplete_label = QLabel()
        self.incomplete_label.setObjectName("warningLabel")
        self.incomplete_label.setWordWrap(True)
        self.incomplete_label.setVisible(False)
        left.addWidget(self.incomplete_label)
        left.addStretch(1)
        row.addLayout(left, 1)
        self.participants_chart = MonthlyBarChart()
        self.participants_chart.setAccessibleName(self.tr("Participants entered and left by month"))
        row.addWidget(self.participants_chart, 1)
        layout.addLayout(row)

    def _gender_headers(self, first: str) -> list[str]:
        return [first, self.tr("Women"), self.tr("Men"), self.tr("Non-binary"), self.tr("Not told"),
                self.tr("Total")]

    def _build_indicators(self, layout: QVBoxLayout) -> None:
        layout.addWidget(SectionTitle(self.tr("ESF+ common indicators")))
        self.indicator_tables: dict[IndicatorGroup, FigureTable] = {}
        notes = {
            IndicatorGroup.OUTPUT: self.tr("Participants whose entry date is in the period, by their entry data."),
            IndicatorGroup.RESULT: self.tr("Participants whose exit date is in the period, by their situation "
                                           "when leaving."),
            IndicatorGroup.FOLLOW_UP: self.tr("Participants whose six months since leaving end in the period, "
                                              "by the follow-up."),
        }
        for group in IndicatorGroup:
            layout.addWidget(_section_heading(QCoreApplication.translate("indicators", GROUP_LABELS[group])))
            layout.addWidget(_muted(notes[group]))
            table = FigureTable(self._gender_headers(self.tr("Indicator")), self.tr("No participants."))
            table.setObjectName(f"indicators_{group.value}")
            self.indicator_tables[group] = table
            layout.addWidget(table)

    def _build_visits(self, layout: QVBoxLayout) -> None:
        layout.addWidget(SectionTitle(self.tr("Guidance visits")))
        layout.addLayout(self._card_row([
            self._card("visits", self.tr("visits, anonymous ones included")),
            self._card("anonymous_visits", self.tr("anonymous visits")),
            self._card("visit_clients", self.tr("different clients")),
        ]))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.visits_chart = MonthlyBarChart()
        self.visits_chart.setAccessibleName(self.tr("Visits by month"))
        grid.addWidget(self.visits_chart, 0, 0, Qt.AlignmentFlag.AlignTop)
        nothing = self.tr("No visits in the period.")
        self.topic_table = FigureTable([self.tr("Topic"), self.tr("Visits"), self.tr("Share")], nothing)
        topics = QVBoxLayout()
        topics.addWidget(self.topic_table)
        topics.addWidget(_muted(self.tr("A visit may have several topics.")))
        topics.addStretch(1)
        grid.addLayout(topics, 0, 1)
        self.channel_table = FigureTable([self.tr("Channel"), self.tr("Visits"), self.tr("Share")], nothing)
        self.age_table = FigureTable([self.tr("Age group"), self.tr("Visits"), self.tr("Share")], nothing)
        grid.addWidget(self.channel_table, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.age_table, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

    def _build_referrals(self, layout: QVBoxLayout) -> None:
        layout.addWidget(SectionTitle(self.tr("Referrals")))
        layout.addLayout(self._card_row([
            self._card("referrals", self.tr("referrals sent")),
            self._card("referral_clients", self.tr("different clients")),
        ]))
        layout.addWidget(_muted(self.tr("Referrals sent in the period, by partner category and where each "
                                        "stands now.")))
        self.referral_table = FigureTable([self.tr("Partner category"), self.tr("Total")],
                                          self.tr("No referrals in the period."))
        layout.addWidget(self.referral_table)

    def _build_assessments_and_certificates(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        row.setSpacing(12)
        left = QVBoxLayout()
        left.addWidget(SectionTitle(self.tr("Work and functional capacity assessments")))
        left.addLayout(self._card_row([
            self._card("assessments", self.tr("referred for an assessment")),
            self._card("assessment_results", self.tr("with a result")),
        ]))
        self.assessment_table = FigureTable([self.tr("Result"), self.tr("Assessments")],
                                            self.tr("No assessments in the period."))
        left.addWidget(self.assessment_table)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(SectionTitle(self.tr("Competence certificates")))
        right.addLayout(self._card_row([
            self._card("certificates", self.tr("certificates awarded")),
            self._card("certificate_clients", self.tr("different clients")),
        ]))
        right.addStretch(1)
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        layout.addLayout(row)

    def _build_attendance(self, layout: QVBoxLayout) -> None:
        layout.addWidget(SectionTitle(self.tr("Workshop attendance")))
        layout.addLayout(self._card_row([
            self._card("sessions", self.tr("sessions held")),
            self._card("workshop_participants", self.tr("different participants")),
            self._card("attendances", self.tr("attendances")),
            self._card("anonymous_attendances", self.tr("anonymous head count")),
            self._card("hours", self.tr("participant hours")),
        ]))
        layout.addWidget(_muted(self.tr("Hours from the times in and out, else the session's length. Sessions "
                                        "cancelled or still to come are left out.")))
        self.attendance_chart = MonthlyLineChart()
        self.attendance_chart.setAccessibleName(self.tr("Workshop participants and hours by month"))
        layout.addWidget(self.attendance_chart)
        self.workshop_table = FigureTable(
            [self.tr("Workshop"), self.tr("Sessions held"), self.tr("Different participants"),
             self.tr("Attendances"), self.tr("Anonymous"), self.tr("Hours")],
            self.tr("No workshop sessions held in the period."),
        )
        layout.addWidget(self.workshop_table)

    # ------------------------------------------------------------------ showing

    def show_report(self, report: PeriodReport, topics: Sequence[Topic] = (), staged: bool = False) -> None:
        """Fill every section with *report*; *staged*: the first now, each of the others on a later turn of
        the event loop (keys and paints waiting go first), so that no single step holds the screen long."""
        self.report = report
        self._shown += 1
        own_names = topic_names(list(topics))
        steps: list[Callable[[], None]] = [
            lambda: self._show_top(report),
            lambda: self._show_visits(
                report, {code: own_names.get(code) or topic_label(code) for code in report.visits.by_topic}
            ),
            lambda: self._show_referrals(report),
            lambda: self._show_assessments_and_certificates(report),
            lambda: self._show_attendance(report),
        ]
        if not staged:
            for step in steps:
                step()
            return
        steps[0]()
        self._next_step(self._shown, steps[1:])

    def _next_step(self, shown: int, steps: list[Callable[[], None]]) -> None:
        if not steps:
            return

        def run() -> None:
            if shown != self._shown:
                return  # a newer report is being shown
            steps[0]()
            self._next_step(shown, steps[1:])

        QTimer.singleShot(0, self, run)

    def _show_top(self, report: PeriodReport) -> None:
        notes = [QCoreApplication.translate("reports", note) for note in report.notes]
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))
        self._show_participants(report)
        for group, indicators in (
            (IndicatorGroup.OUTPUT, report.output_indicators),
            (IndicatorGroup.RESULT, report.result_indicators),
            (IndicatorGroup.FOLLOW_UP, report.follow_up_indicators),
        ):
            self.indicator_tables[group].set_rows(self._indicator_rows(indicators))

    def _show_participants(self, report: PeriodReport) -> None:
        figures = report.participants
        self.cards["entered"].set_value(figures.entered)
        self.cards["active"].set_value(figures.active)
        self.cards["exited"].set_value(figures.exited)
        if figures.target:
            caption = self.tr("of the participant target: entered by {date}").format(
                date=format_date(report.period.end))
        else:
            caption = self.tr("entered by {date}; no participant target set").format(
                date=format_date(report.period.end))
        self.target_card.caption_label.setText(caption)
        self.target_card.set_progress(figures.entered_to_date, figures.target, caption)
        self.incomplete_label.setText(
            self.tr("%n participant(s) of the period lack entry or exit data. The workbook lists them.", "",
                    figures.incomplete)
        )
        self.incomplete_label.setVisible(figures.incomplete > 0)
        months = report.period.months()
        self.participants_chart.show_months(months, [
            (self.tr("Entered"), [figures.entered_by_month.get(month_key(m), 0) for m in months]),
            (self.tr("Left"), [figures.exited_by_month.get(month_key(m), 0) for m in months]),
        ])

    def _indicator_rows(self, indicators: Sequence[Indicator]) -> list[list[Cell]]:
        return [
            [indicator_name(i.key), i.by_gender.woman, i.by_gender.man, i.by_gender.non_binary,
             i.by_gender.not_told, i.by_gender.total]
            for i in indicators
        ]

    def _share_rows(self, counts: list[tuple[str, int]], names: Mapping[str, str], whole: int) -> list[list[Cell]]:
        return [[names.get(code, code), count, format_share(count, whole)] for code, count in counts]

    def _show_visits(self, report: PeriodReport, topic_label: Mapping[str, str]) -> None:
        visits = report.visits
        self.cards["visits"].set_value(visits.total)
        self.cards["anonymous_visits"].set_value(visits.anonymous)
        self.cards["visit_clients"].set_value(visits.distinct_clients)
        months = report.period.months()
        self.visits_chart.show_months(
            months, [(self.tr("Visits"), [visits.by_month.get(month_key(m), 0) for m in months])]
        )
        by_topic = sorted(((c, n) for c, n in visits.by_topic.items() if n), key=lambda item: (-item[1], item[0]))
        self.topic_table.set_rows(self._share_rows(by_topic, topic_label, visits.total))
        channels = ordered(visits.by_channel, [c.value for c in VisitChannel])
        self.channel_table.set_rows(
            self._share_rows(channels, {c: code_name(VisitChannel, c) for c, _ in channels}, visits.total),
            [self.tr("Total"), sum(n for _, n in channels), ""] if channels else None,
        )
        ages = ordered(visits.by_age_group, [a.value for a in AgeGroup])
        self.age_table.set_rows(
            self._share_rows(ages, {a: code_name(AgeGroup, a) for a, _ in ages}, visits.total),
            [self.tr("Total"), sum(n for _, n in ages), ""] if ages else None,
        )

    def _show_referrals(self, report: PeriodReport) -> None:
        referrals = report.referrals
        self.cards["referrals"].set_value(referrals.total)
        self.cards["referral_clients"].set_value(referrals.distinct_clients)
        statuses = [s for s, _ in ordered(referrals.by_outcome, [s.value for s in ReferralStatus])]
        headers = [self.tr("Partner category"), *(code_name(ReferralStatus, s) for s in statuses), self.tr("Total")]
        table = self.referral_table
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        categories = ordered(referrals.by_category, [c.value for c in PartnerCategory])
        rows: list[list[Cell]] = []
        for category, count in categories:
            outcomes = referrals.by_category_outcome.get(category, {})
            rows.append([code_name(PartnerCategory, category), *(outcomes.get(s, 0) for s in statuses), count])
        total: list[Cell] = [self.tr("Total"), *(referrals.by_outcome.get(s, 0) for s in statuses), referrals.total]
        table.set_rows(rows, total if rows else None)

    def _show_assessments_and_certificates(self, report: PeriodReport) -> None:
        assessments = report.assessments
        self.cards["assessments"].set_value(assessments.total)
        self.cards["assessment_results"].set_value(assessments.with_result)
        results = ordered(assessments.by_result, [*(r.value for r in AssessmentResult), PENDING])
        self.assessment_table.set_rows(
            [[QCoreApplication.translate("ReportView", RESULT_NAMES[r]) if r in RESULT_NAMES else r, n]
             for r, n in results],
            [self.tr("Total"), assessments.total] if results else None,
        )
        self.cards["certificates"].set_value(report.certificates.total)
        self.cards["certificate_clients"].set_value(report.certificates.distinct_clients)

    def _show_attendance(self, report: PeriodReport) -> None:
        attendance = report.attendance
        self.cards["sessions"].set_value(attendance.sessions_held)
        self.cards["workshop_participants"].set_value(attendance.distinct_participants)
        self.cards["attendances"].set_value(attendance.attendances)
        self.cards["anonymous_attendances"].set_value(attendance.anonymous)
        self.cards["hours"].set_value(format_hours(attendance.hours))
        months = report.period.months()
        monthly = [attendance.by_month.get(month_key(m), (0, 0.0)) for m in months]
        self.attendance_chart.show_months(
            months,
            (self.tr("Different participants"), [float(people) for people, _ in monthly]),
            (self.tr("Participant hours"), [float(round(hours)) for _, hours in monthly]),
        )
        rows: list[list[Cell]] = [
            [w.name, w.sessions_held, w.distinct_participants, w.attendances, w.anonymous, float(w.hours)]
            for w in sorted(attendance.by_workshop, key=lambda w: w.name.casefold())
        ]
        total: list[Cell] = [self.tr("Total"), attendance.sessions_held, attendance.distinct_participants,
                             attendance.attendances, attendance.anonymous, float(attendance.hours)]
        self.workshop_table.set_rows(rows, total if rows else None)

