"""Monthly charts for the Reports screen, drawn by Qt Charts: bars per month, and two lines on two scales."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

COLOURS = ("#2f7fbf", "#e08a3c", "#3c9a6b", "#8a5fb8")
GRID_COLOUR = "#e4e9ef"
FRAME_COLOUR = "#dde3ea"
LABEL_COLOUR = "#41505f"
CHART_HEIGHT = 250
MAX_BAR_LABELS = 12  # values printed on the bars up to this many months; more would crowd them


def month_label(first_day: dt.date, with_year: bool = False) -> str:
    """A month's short name in the application's language ("tammi", "helmi", …); with the year ``1/2026``."""
    if with_year:
        return f"{first_day.month}/{first_day.year}"
    return QLocale().standaloneMonthName(first_day.month, QLocale.FormatType.ShortFormat)


def month_labels(months: Sequence[dt.date]) -> list[str]:
    """Short month names ("loka", "marras"); months and years (``12/2025``) when they span more than one year."""
    with_year = len({m.year for m in months}) > 1
    return [month_label(m, with_year) for m in months]


def nice_maximum(value: float) -> float:
    """A round top for a value axis: 1, 2, 5 × 10ⁿ at or above *value* (at least 5, so small counts read well)."""
    if value <= 5:
        return 5.0
    power = float(10 ** math.floor(math.log10(value)))
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * power:
            return float(factor * power)
    return 10.0 * power


class _MonthlyChart(QChartView):
    """A chart view with the app's look: white card, light grid, legend below, no animation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundBrush(QBrush(QColor("#ffffff")))
        chart.setBackgroundPen(QPen(QColor(FRAME_COLOUR)))
        chart.setBackgroundRoundness(10)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setLabelColor(QColor(LABEL_COLOUR))
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_HEIGHT)
        self.setMaximumHeight(CHART_HEIGHT + 40)
        self.setStyleSheet("background: transparent;")
        self.categories: list[str] = []
        self._category_axis_shown: QBarCategoryAxis | None = None

    def _clear(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        self._category_axis_shown = None
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()
        return chart

    def _category_axis(self, months: Sequence[dt.date]) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        self.categories = month_labels(months)
        axis.append(self.categories)
        axis.setGridLineVisible(False)
        axis.setLabelsColor(QColor(LABEL_COLOUR))
        self._category_axis_shown = axis
        return axis

    def _fit_labels(self) -> None:
        """Month names upright when they fit side by side, else turned (never cut short)."""
        axis = self._category_axis_shown
        if axis is None or not self.categories:
            return
        metrics = QFontMetrics(axis.labelsFont())
        widest = max(metrics.horizontalAdvance(text) for text in self.categories) + 8
        room = self.width() - 110  # the value axes and margins take about this much
        angle = 0 if widest * len(self.categories) <= room else -90
        if axis.labelsAngle() != angle:
            axis.setLabelsAngle(angle)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_labels()

    def _value_axis(self, maximum: float, colour: str | None = None, decimals: int = 0) -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(0, nice_maximum(maximum))
        axis.setTickCount(6)
        axis.setLabelFormat(f"%.{decimals}f")
        axis.setGridLineColor(QColor(GRID_COLOUR))
        axis.setLabelsColor(QColor(colour or LABEL_COLOUR))
        if colour:
            axis.setLinePenColor(QColor(colour))
        return axis


class MonthlyBarChart(_MonthlyChart):
    """Counts per month as bars; one set per series (e.g. entered and exited), values on the bars."""

    def show_months(self, months: Sequence[dt.date], sets: Sequence[tuple[str, Sequence[int]]]) -> None:
        chart = self._clear()
        series = QBarSeries()
        for number, (name, values) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(QColor(COLOURS[number % len(COLOURS)]))
            bar_set.setBorderColor(QColor(COLOURS[number % len(COLOURS)]))
            bar_set.setLabelColor(QColor(LABEL_COLOUR))
            series.append(bar_set)
        series.setLabelsVisible(len(months) <= MAX_BAR_LABELS)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        x_axis = self._category_axis(months)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        top = max((max(values, default=0) for _, values in sets), default=0)
        y_axis = self._value_axis(top * 1.12)  # room for the value above the highest bar
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y_axis)
        chart.legend().setVisible(len(sets) > 1)
        self._fit_labels()


class MonthlyLineChart(_MonthlyChart):
    """Two monthly lines on their own scales: the left one (counts) and the right one (e.g. hours)."""

    def show_months(
        self,
        months: Sequence[dt.date],
        left: tuple[str, Sequence[float]],
        right: tuple[str, Sequence[float]],
    ) -> None:
        chart = self._clear()
        x_axis = self._category_axis(months)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        for number, ((name, values), side, decimals) in enumerate(
            ((left, Qt.AlignmentFlag.AlignLeft, 0), (right, Qt.AlignmentFlag.AlignRight, 0))
        ):
            colour = COLOURS[number]
            series = QLineSeries()
            series.setName(name)
            pen = QPen(QColor(colour))
            pen.setWidth(3)
            series.setPen(pen)
            series.setPointsVisible(True)
            series.setPointLabelsVisible(len(months) <= MAX_BAR_LABELS)
            series.setPointLabelsFormat("@yPoint")
            series.setPointLabelsColor(QColor(colour))
            font = QFont(series.pointLabelsFont())
            font.setBold(True)
            series.setPointLabelsFont(font)
            series.setPointLabelsClipping(False)
            series.append([QPointF(i, float(v)) for i, v in enumerate(values)])
            chart.addSeries(series)
            series.attachAxis(x_axis)
            y_axis = self._value_axis(max(values, default=0) * 1.12, colour, decimals)
            chart.addAxis(y_axis, side)
            series.attachAxis(y_axis)
        chart.legend().setVisible(True)
        self._fit_labels()
