"""The week at a glance: seven day columns, one card per workshop session, today highlighted.

A cancelled session that still holds attendance marks (cancelled on one laptop while another marked people
present) carries a warning badge: its marks are left out of the funder's figures until a coordinator
restores the session or confirms the cancellation.

Keyboard: arrows move between sessions, Enter opens the attendance sheet.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from vauhdittamo.models import WorkshopKind
from vauhdittamo.services.session_checks import CancelledWithAttendance
from vauhdittamo.services.workshops import SessionSummary
from vauhdittamo.ui.format import format_time
from vauhdittamo.ui.labels import weekday_short
from vauhdittamo.ui.workshops.cancelled_sessions import attendance_text, warning_text

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
TODAY_ROLE = Qt.ItemDataRole.UserRole + 2
STRANDED_ROLE = Qt.ItemDataRole.UserRole + 3  # the CancelledWithAttendance of a cancelled session with marks
CARD_HEIGHT = 92

KIND_COLOURS = {
    WorkshopKind.NONSTOP_START: QColor("#2f7fbf"),
    WorkshopKind.COURSE: QColor("#2e8b57"),
    WorkshopKind.GROUP: QColor("#b5651d"),
}
TODAY_BACKGROUND = QColor("#e4f0fa")
WARNING_COLOUR = QColor("#b3261e")
BADGE_SIZE = 16
_ModelIndex = QModelIndex | QPersistentModelIndex


class WeekModel(QAbstractTableModel):
    """Columns are Monday…Sunday; row *r* of a column is that day's *r*-th session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.monday = dt.date.today()
        self.today = dt.date.today()
        self.days: list[list[SessionSummary]] = [[] for _ in range(7)]
        self.stranded: dict[str, CancelledWithAttendance] = {}

    def set_week(
        self,
        monday: dt.date,
        today: dt.date,
        sessions: list[SessionSummary],
        stranded: dict[str, CancelledWithAttendance] | None = None,
    ) -> None:
        """The week's sessions; *stranded*: the cancelled ones that still hold attendance, by session id."""
        self.beginResetModel()
        self.monday, self.today = monday, today
        self.stranded = dict(stranded or {})
        self.days = [[] for _ in range(7)]
        for item in sessions:
            self.days[(item.session_date - monday).days].append(item)
        self.endResetModel()

    def day(self, column: int) -> dt.date:
        return self.monday + dt.timedelta(days=column)

    def session_at(self, row: int, column: int) -> SessionSummary | None:
        sessions = self.days[column] if 0 <= column < 7 else []
        return sessions[row] if 0 <= row < len(sessions) else None

    def index_of(self, session_id: str) -> QModelIndex:
        for column, sessions in enumerate(self.days):
            for row, item in enumerate(sessions):
                if item.session_id == session_id:
                    return self.index(row, column)
        return QModelIndex()

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else max(1, max(len(d) for d in self.days))

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 7

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        if self.session_at(index.row(), index.column()) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.session_at(index.row(), index.column())
        if role == TODAY_ROLE:
            return self.day(index.column()) == self.today
        if item is None:
            return None
        stranded = self.stranded.get(item.session_id)
        if role == SESSION_ROLE:
            return item
        if role == STRANDED_ROLE:
            return stranded
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{format_time(item.start_time)}–{format_time(item.end_time)} {item.workshop_name}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = f"{format_time(item.start_time)}–{format_time(item.end_time)} {item.workshop_name}"
            if item.cancelled:
                text += ", " + self.tr("Cancelled: {reason}").format(reason=item.cancel_reason)
            if stranded is not None:
                text += ", " + attendance_text(stranded.marks, stranded.present, stranded.anonymous)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [item.workshop_name, f"{format_time(item.start_time)}–{format_time(item.end_time)}", item.place]
            if item.cancelled:
                lines.append(self.tr("Cancelled: {reason}").format(reason=item.cancel_reason))
            if stranded is not None:
                lines.append(warning_text(stranded.marks, stranded.present, stranded.anonymous))
            return "\n".join(line for line in lines if line)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 7:
            return None
        day = self.day(section)
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{weekday_short(day.isoweekday())} {day.day}.{day.month}."
            if day != self.today:
                return text
            # "Today" on a line of its own: a seventh of a 1000 px window has no room for both on one line.
            # The day goes in as "\n" + day so that the translations of "Today {day}" keep working.
            lines = self.tr("Today {day}").format(day="\n" + text).split("\n")
            return "\n".join(line.strip() for line in lines if line.strip())
        if role == Qt.ItemDataRole.FontRole and day == self.today:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and day == self.today:
            return QBrush(QColor("#17324d"))
        return None


class SessionCardDelegate(QStyledItemDelegate):
    """Paints a session as a small card: time, workshop, place, people present."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _ModelIndex) -> None:
        rect: QRect = option.rect
        painter.save()
        if index.data(TODAY_ROLE):
            painter.fillRect(rect, TODAY_BACKGROUND)
        item: SessionSummary | None = index.data(SESSION_ROLE)
        if item is None:
            painter.restore()
            return
        card = rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#2f7fbf") if selected else QColor("#d3dbe4"), 2 if selected else 1))
        painter.setBrush(QColor("#f3f4f6") if item.cancelled else QColor("#ffffff"))
        painter.drawRoundedRect(card, 7, 7)
        accent = QColor("#9aa7b4") if item.cancelled else KIND_COLOURS.get(item.kind, QColor("#2f7fbf"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRect(card.left(), card.top(), 5, card.height()), 2, 2)

        stranded: CancelledWithAttendance | None = index.data(STRANDED_ROLE)
        text = card.adjusted(10, 5, -4, -4)
        base: QFont = option.font
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1.0))
        line = painter.fontMetrics().height() + 1
        muted = QColor("#5b6b7c")
        ink = QColor("#8a96a3") if item.cancelled else QColor("#1d2733")

        times = f"{format_time(item.start_time)}–{format_time(item.end_time)}"
        # Bold where it fits; a narrow column (a 1000 px window) shows the times whole in a lighter font.
        time_font = next((f for f in (bold, base) if QFontMetrics(f).horizontalAdvance(times) <= text.width()), small)
        painter.setFont(time_font)
        painter.setPen(ink)
        times = painter.fontMetrics().elidedText(times, Qt.TextElideMode.ElideRight, text.width())
        painter.drawText(QRect(text.left(), text.top(), text.width(), line), Qt.AlignmentFlag.AlignLeft, times)
        name_font = QFont(base)
        name_font.setStrikeOut(item.cancelled)
        painter.setFont(name_font)
        elided = painter.fontMetrics().elidedText(item.workshop_name, Qt.TextElideMode.ElideRight, text.width())
        painter.drawText(QRect(text.left(), text.top() + line, text.width(), line), Qt.AlignmentFlag.AlignLeft, elided)
        painter.setFont(small)
        painter.setPen(muted)
        place = painter.fontMetrics().elidedText(item.place, Qt.TextElideMode.ElideRight, text.width())
        painter.drawText(
            QRect(text.left(), text.top() + 2 * line, text.width(), line), Qt.AlignmentFlag.AlignLeft, place
        )
        status = self.status_text(item)
        status_room = text.width() - (BADGE_SIZE + 4 if stranded is not None else 0)
        if painter.fontMetrics().horizontalAdvance(status) > status_room:
            status = self.short_status_text(item)
        status = painter.fontMetrics().elidedText(status, Qt.TextElideMode.ElideRight, status_room)
        painter.setPen(WARNING_COLOUR if item.cancelled else QColor("#1e6b3a") if item.attendance else muted)
        status_line = QRect(text.left(), text.top() + 3 * line, text.width(), line)
        painter.drawText(status_line, Qt.AlignmentFlag.AlignLeft, status)
        if stranded is not None:  # right after "Cancelled": this cancelled session still holds attendance
            left = status_line.left() + painter.fontMetrics().horizontalAdvance(status) + 4
            top = status_line.center().y() - BADGE_SIZE // 2 + 1
            self._paint_badge(painter, QRect(left, top, BADGE_SIZE, BADGE_SIZE))
        painter.restore()

    @staticmethod
    def _paint_badge(painter: QPainter, rect: QRect) -> None:
        """A red round "!": the marks of this cancelled session are left out of the figures."""
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(WARNING_COLOUR)
        painter.drawEllipse(rect)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(rect.height() - 4)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "!")
        painter.restore()

    def status_text(self, item: SessionSummary) -> str:
        if item.cancelled:
            return self.tr("Cancelled")
        if item.capacity:
            return self.tr("{count} / {capacity} present").format(count=item.attendance, capacity=item.capacity)
        return self.tr("{count} present").format(count=item.attendance)

    def short_status_text(self, item: SessionSummary) -> str:
        """The status in a narrow column: the counts without the word (the tool tip has the rest)."""
        if item.cancelled:
            return self.tr("Cancelled")
        if item.capacity:
            return f"{item.attendance} / {item.capacity}"
        return str(item.attendance)

    def sizeHint(self, option: QStyleOptionViewItem, index: _ModelIndex) -> QSize:  # noqa: N802 - Qt API
        return QSize(150, CARD_HEIGHT)


class WeekGrid(QTableView):
    """The seven-day grid.

    Signals:
        session_activated(str): Enter or double-click on a session; its id.
    """

    session_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekGrid")
        self.week_model = WeekModel(self)
        self.setModel(self.week_model)
        self.setItemDelegate(SessionCardDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(CARD_HEIGHT)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.doubleClicked.connect(self._activate)

    def set_week(
        self,
        monday: dt.date,
        today: dt.date,
        sessions: list[SessionSummary],
        stranded: dict[str, CancelledWithAttendance] | None = None,
    ) -> None:
        current = self.current_session()
        self.week_model.set_week(monday, today, sessions, stranded)
        index = self.week_model.index_of(current.session_id) if current else QModelIndex()
        if not index.isValid():
            index = self._first_session_on_or_after(today)
        if index.isValid():
            self.setCurrentIndex(index)

    def _first_session_on_or_after(self, today: dt.date) -> QModelIndex:
        first = max(0, min(6, (today - self.week_model.monday).days))
        for column in [*range(first, 7), *range(0, first)]:
            if self.week_model.session_at(0, column) is not None:
                return self.week_model.index(0, column)
        return QModelIndex()

    def current_session(self) -> SessionSummary | None:
        index = self.currentIndex()
        return index.data(SESSION_ROLE) if index.isValid() else None

    def stranded(self, session_id: str) -> CancelledWithAttendance | None:
        """The attendance a cancelled session of the week still holds, or ``None``."""
        return self.week_model.stranded.get(session_id)

    def _activate(self, index: QModelIndex) -> None:
        item = index.data(SESSION_ROLE)
        if item is not None:
            self.session_activated.emit(item.session_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate(self.currentIndex())
            return
        super().keyPressEvent(event)
