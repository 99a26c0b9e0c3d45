"""The attendance sheet of one workshop session (läsnäololista).

Every change is saved at once. Keyboard: 1 present, 2 absent, 3 excused, 0 clear (the next
row is selected after each mark); Ctrl+Shift+A marks everyone without a mark present; Ctrl+I and
Ctrl+U record the time in or out as now; F2 edits a time. In the drop-in search: Enter adds the
client as present, F2 adds one anonymous person, F3 makes a new client and adds them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError
from vauhdittamo.models import AttendanceStatus
from vauhdittamo.services import attendance
from vauhdittamo.services.permissions import Permission
from vauhdittamo.services.types import Session
from vauhdittamo.timeutil import local_today, to_local, utcnow
from vauhdittamo.ui.clients.new_client_dialog import NewClientDialog, prefill_from_search
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.format import format_date, format_time
from vauhdittamo.ui.labels import weekday_short
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.widgets.client_search import ClientSearch
from vauhdittamo.ui.widgets.forms import confirm
from vauhdittamo.ui.widgets.page import SectionTitle
from vauhdittamo.ui.workshops.attendance_model import ROW_ROLE, AttendanceModel
from vauhdittamo.ui.workshops.cancelled_sessions import decide, warning_text

# The drop-in search's result columns (ui/widgets/client_search.py).
SEARCH_NAME, SEARCH_BORN, SEARCH_AGE_GROUP, SEARCH_HOME = range(4)
SEARCH_NAME_WIDTH = 210  # "Korhonen-Väisänen, Eeva-Kaarina" and the like, whole
SEARCH_HOME_WIDTH = 160
SHEET_NAME_WIDTH = 200

STATUS_KEYS = {
    Qt.Key.Key_1: AttendanceStatus.PRESENT,
    Qt.Key.Key_2: AttendanceStatus.ABSENT,
    Qt.Key.Key_3: AttendanceStatus.EXCUSED,
}


class SheetTable(QTableView):
    """The participants; number keys mark the selected person."""

    def __init__(self, dialog: AttendanceDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            key = Qt.Key(event.key())
            if key in STATUS_KEYS:
                self.dialog.mark_selected(STATUS_KEYS[key])
                return
            if key in (Qt.Key.Key_0, Qt.Key.Key_Delete):
                self.dialog.clear_selected()
                return
        super().keyPressEvent(event)


class AttendanceDialog(QDialog):
    """Mark one session's attendance; ``changed`` tells the caller to refresh its lists."""

    def __init__(self, context: AppContext, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self.changed = False
        self.sheet: attendance.AttendanceSheet | None = None
        self.setWindowTitle(self.tr("Attendance"))
        self.resize(1300, 700)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.title = QLabel()
        self.title.setObjectName("dialogTitle")
        layout.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("mutedLabel")
        layout.addWidget(self.subtitle)
        self.notice = QLabel()
        self.notice.setObjectName("warningLabel")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        layout.addWidget(self.notice)
        # A cancelled session that has attendance (cancelled elsewhere meanwhile): restore it or confirm.
        self.cancelled_actions = QWidget()
        actions = QHBoxLayout(self.cancelled_actions)
        actions.setContentsMargins(0, 0, 0, 0)
        self.restore_button = QPushButton(self.tr("Restore the session"))
        self.restore_button.setToolTip(self.tr("It took place: its marks count again"))
        self.restore_button.clicked.connect(lambda: self.decide_cancelled(restore=True))
        self.confirm_cancel_button = QPushButton(self.tr("Confirm the cancellation…"))
        self.confirm_cancel_button.setToolTip(self.tr("It did not take place: its marks and head count are removed"))
        self.confirm_cancel_button.clicked.connect(lambda: self.decide_cancelled(restore=False))
        for button in (self.restore_button, self.confirm_cancel_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        self.cancelled_actions.setVisible(False)
        layout.addWidget(self.cancelled_actions)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        layout.addLayout(columns, 1)
        columns.addLayout(self._build_sheet(), 3)
        columns.addWidget(self._build_side_panel(), 2)

        footer = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("summaryLabel")
        footer.addWidget(self.summary, 1)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        footer.addWidget(self.error, 1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        footer.addWidget(self.close_button)
        layout.addLayout(footer)

        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.mark_all_present)
        QShortcut(QKeySequence("Ctrl+I"), self, lambda: self.stamp_time(time_in=True))
        QShortcut(QKeySequence("Ctrl+U"), self, lambda: self.stamp_time(time_in=False))
        self.reload(select_first_unmarked=True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.table.setFocus()

    # ------------------------------------------------------------------ layout

    def _build_sheet(self) -> QVBoxLayout:
        box = QVBoxLayout()
        buttons = QHBoxLayout()
        self.present_button = QPushButton(self.tr("1  Present"))
        self.present_button.clicked.connect(lambda: self.mark_selected(AttendanceStatus.PRESENT))
        self.absent_button = QPushButton(self.tr("2  Absent"))
        self.absent_button.clicked.connect(lambda: self.mark_selected(AttendanceStatus.ABSENT))
        self.excused_button = QPushButton(self.tr("3  Excused"))
        self.excused_button.clicked.connect(lambda: self.mark_selected(AttendanceStatus.EXCUSED))
        self.clear_button = QPushButton(self.tr("0  Clear"))
        self.clear_button.clicked.connect(self.clear_selected)
        self.all_present_button = QPushButton(self.tr("Everyone present"))
        self.all_present_button.setObjectName("primary")
        self.all_present_button.setToolTip(self.tr("Marks everyone without a mark present (Ctrl+Shift+A)"))
        self.all_present_button.clicked.connect(self.mark_all_present)
        for button in (self.present_button, self.absent_button, self.excused_button, self.clear_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.all_present_button)
        box.addLayout(buttons)

        self.model = AttendanceModel(self)
        self.model.times_edited.connect(self.save_times)
        self.model.invalid_input.connect(self.show_error)
        self.table = SheetTable(self)
        self.table.setObjectName("attendanceTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AttendanceModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (AttendanceModel.PARTICIPATION, 122),
            (AttendanceModel.AGE_GROUP, 70),
            (AttendanceModel.STATUS, 110),
            (AttendanceModel.TIME_IN, 60),
            (AttendanceModel.TIME_OUT, 60),
            (AttendanceModel.CERTIFICATES, 50),
        ):
            self.table.setColumnWidth(column, width)
        # The age group is counted from the birth date for the figures; the name's tool tip shows it. Its
        # column would take the room the names need (the whole name tells the person).
        self.table.setColumnHidden(AttendanceModel.AGE_GROUP, True)
        fit_columns(self.table)
        box.addWidget(self.table, 1)

        tools = QHBoxLayout()
        self.time_in_button = QPushButton(self.tr("Came now"))
        self.time_in_button.setToolTip(self.tr("Records the time in as now (Ctrl+I)"))
        self.time_in_button.clicked.connect(lambda: self.stamp_time(time_in=True))
        self.time_out_button = QPushButton(self.tr("Left now"))
        self.time_out_button.setToolTip(self.tr("Records the time out as now (Ctrl+U)"))
        self.time_out_button.clicked.connect(lambda: self.stamp_time(time_in=False))
        self.certificate_button = QPushButton(self.tr("Competence certificate…"))
        self.certificate_button.clicked.connect(self.record_certificate)
        for button in (self.time_in_button, self.time_out_button, self.certificate_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tools.addWidget(button)
        self.certificate_button.setVisible(can(self.context, Permission.RECORD_CERTIFICATES))
        tools.addStretch(1)
        box.addLayout(tools)
        hint = QLabel(
            self.tr("Keys: 1 present · 2 absent · 3 excused · 0 clear · Ctrl+Shift+A everyone present · "
                    "F2 write a time")
        )
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)
        box.addWidget(hint)
        return box

    def _build_side_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("panel")
        box = QVBoxLayout(panel)
        box.setContentsMargins(14, 12, 14, 12)
        box.addWidget(SectionTitle(self.tr("Add a drop-in")))
        self.search = ClientSearch(self.context, placeholder=self.tr("Find a client: name, birth date, phone…"))
        self.search.client_chosen.connect(self.add_drop_in)
        self.search.anonymous_requested.connect(lambda: self.change_anonymous(+1))
        self.search.new_client_requested.connect(self.new_client)
        box.addWidget(self.search, 1)
        search_hint = QLabel(self.tr("Enter: add as present · F2: one more anonymous · F3: new client"))
        search_hint.setObjectName("mutedLabel")
        search_hint.setWordWrap(True)
        box.addWidget(search_hint)
        self.search.hint.setVisible(False)
        # Enough of each person to tell namesakes apart: the whole name, the birth date and where they live
        # (the age group follows from the birth date).
        results = self.search.results
        results.setColumnHidden(SEARCH_AGE_GROUP, True)
        results.setColumnWidth(SEARCH_BORN, 90)
        results.setColumnWidth(SEARCH_HOME, 130)
        self.search.model.modelReset.connect(self._fit_search_results)
        self._fit_search_results()

        box.addWidget(SectionTitle(self.tr("Anonymous head count")))
        explanation = QLabel(self.tr("People who took part without a client record."))
        explanation.setObjectName("mutedLabel")
        explanation.setWordWrap(True)
        box.addWidget(explanation)
        row = QHBoxLayout()
        self.anonymous = QSpinBox()
        self.anonymous.setObjectName("anonymousCount")
        self.anonymous.setAccessibleName(self.tr("Anonymous head count"))
        self.anonymous.setRange(0, attendance.MAX_HEAD_COUNT)
        self.anonymous.setKeyboardTracking(False)
        self.anonymous.setMinimumWidth(110)
        self.anonymous.valueChanged.connect(self.set_anonymous)
        row.addWidget(self.anonymous)
        row.addStretch(1)
        box.addLayout(row)
        return panel

    def _fit_sheet(self) -> None:
        """Short values whole, and room for whole names besides them."""
        table = self.table
        fit_columns(table, (AttendanceModel.PARTICIPATION, AttendanceModel.STATUS))
        others = sum(
            table.columnWidth(c) for c in range(self.model.columnCount())
            if c != AttendanceModel.NAME and not table.isColumnHidden(c)
        )
        table.setMinimumWidth(
            SHEET_NAME_WIDTH + others + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth()
        )

    def _fit_search_results(self) -> None:
        """The birth date and home whole, and room for a whole name besides them."""
        results = self.search.results
        fit_columns(results, (SEARCH_BORN, SEARCH_HOME))
        if results.columnWidth(SEARCH_HOME) > SEARCH_HOME_WIDTH:  # a long "municipality / village" is cut
            results.setColumnWidth(SEARCH_HOME, SEARCH_HOME_WIDTH)
        results.setMinimumWidth(
            SEARCH_NAME_WIDTH + results.columnWidth(SEARCH_BORN) + results.columnWidth(SEARCH_HOME)
            + results.verticalScrollBar().sizeHint().width() + 2 * results.frameWidth()
        )

    # ------------------------------------------------------------------ loading

    def reload(self, select_client: str | None = None, select_first_unmarked: bool = False) -> None:
        current = self.selected_row()
        with self.context.session() as session:
            sheet = attendance.load_sheet(session, self.session_id)
        self.sheet = sheet
        today = local_today()
        markable = not sheet.cancelled and sheet.session_date <= today
        weekday = weekday_short(sheet.session_date.isoweekday())
        self.title.setText(
            self.tr("{workshop} — {weekday} {date} {start}–{end}").format(
                workshop=sheet.workshop_name, weekday=weekday, date=format_date(sheet.session_date),
                start=format_time(sheet.start_time), end=format_time(sheet.end_time),
            )
        )
        self.setWindowTitle(self.tr("Attendance: {workshop}").format(workshop=sheet.workshop_name))
        details = [sheet.place] if sheet.place else []
        if sheet.note:
            details.append(sheet.note)
        self.subtitle.setText(" · ".join(details))
        self.subtitle.setVisible(bool(details))
        marks = sum(1 for r in sheet.rows if r.status is not None)
        stranded = sheet.cancelled and bool(marks or sheet.anonymous_count)
        if stranded:
            self.notice.setText(
                warning_text(marks, sheet.present, sheet.anonymous_count) + "\n"
                + self.tr("Reason for cancelling: {reason}").format(reason=sheet.cancel_reason)
            )
        elif sheet.cancelled:
            self.notice.setText(self.tr("This session is cancelled: {reason}").format(reason=sheet.cancel_reason))
        elif sheet.session_date > today:
            self.notice.setText(self.tr("This session is on {date}; attendance is marked on the day.").format(
                date=format_date(sheet.session_date)))
        self.notice.setVisible(not markable)
        self.cancelled_actions.setVisible(stranded and can(self.context, Permission.MANAGE_WORKSHOPS))
        for widget in (self.present_button, self.absent_button, self.excused_button, self.clear_button,
                       self.all_present_button, self.time_in_button, self.time_out_button, self.search,
                       self.anonymous):
            widget.setEnabled(markable)

        self.model.set_rows(sheet.rows, editable=markable)
        self._fit_sheet()
        self.anonymous.blockSignals(True)
        self.anonymous.setValue(sheet.anonymous_count)
        self.anonymous.blockSignals(False)
        self._update_summary()
        target = select_client or (current.client_id if current else None)
        row = self.model.row_of(target) if target else -1
        if select_first_unmarked or row < 0:
            row = next((i for i, r in enumerate(sheet.rows) if r.status is None), 0 if sheet.rows else -1)
        if row >= 0:
            self._select(row)

    def _update_summary(self) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        absent = sum(1 for r in sheet.rows if r.status == AttendanceStatus.ABSENT)
        excused = sum(1 for r in sheet.rows if r.status == AttendanceStatus.EXCUSED)
        text = self.tr(
            "Present {present} · absent {absent} · excused {excused} · not marked {unmarked} · "
            "anonymous {anonymous} · in all {total}"
        ).format(present=sheet.present, absent=absent, excused=excused, unmarked=sheet.unmarked,
                 anonymous=sheet.anonymous_count, total=sheet.total_present)
        if sheet.capacity:
            text += " / " + str(sheet.capacity)
        self.summary.setText(text)

    def _select(self, row: int) -> None:
        index = self.model.index(row, AttendanceModel.NAME)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def selected_row(self) -> attendance.SheetRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    # ------------------------------------------------------------------ actions

    def _save(self, action: Callable[[Session], object]) -> bool:
        """Run one change in its own transaction; show a plain message if it is refused."""
        self.error.clear()
        try:
            with self.context.transaction() as session:
                action(session)
        except AppError as exc:
            self.show_error(exc)
            return False
        self.changed = True
        return True

    def show_error(self, exc: object) -> None:
        if isinstance(exc, AppError):
            self.error.setText(exc.translated(QCoreApplication.translate))

    def mark_selected(self, status: AttendanceStatus) -> None:
        row = self.selected_row()
        if row is None:
            return
        position = self.table.currentIndex().row()
        saved = self._save(
            lambda s: attendance.mark(s, self.session_id, row.client_id, status)
        )
        if saved:
            self.reload()
            self._select(min(position + 1, self.model.rowCount() - 1))

    def clear_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.status is None:
            return
        if self._save(lambda s: attendance.clear_mark(s, self.session_id, row.client_id)):
            self.reload()

    def mark_all_present(self) -> None:
        if not self.all_present_button.isEnabled():
            return
        if self._save(lambda s: attendance.mark_all_present(s, self.session_id)):
            self.reload()

    def add_drop_in(self, client_id: str) -> None:
        saved = self._save(
            lambda s: attendance.add_drop_in(s, self.session_id, client_id)
        )
        if saved:
            self.search.reset()
            self.reload(select_client=client_id)

    def new_client(self, text: str) -> None:
        dialog = NewClientDialog(self.context, self, initial=prefill_from_search(text))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.client_id:
            self.add_drop_in(dialog.client_id)
        else:
            self.search.field.setFocus()

    def change_anonymous(self, step: int) -> None:
        if self.anonymous.isEnabled():
            self.anonymous.setValue(max(0, self.anonymous.value() + step))

    def set_anonymous(self, count: int) -> None:
        if self._save(lambda s: attendance.set_anonymous_count(s, self.session_id, count)):
            self.reload()
        elif self.sheet is not None:
            self.anonymous.blockSignals(True)
            self.anonymous.setValue(self.sheet.anonymous_count)
            self.anonymous.blockSignals(False)

    def save_times(self, client_id: str, time_in: dt.time | None, time_out: dt.time | None) -> None:
        if self._save(lambda s: attendance.set_times(s, self.session_id, client_id, time_in, time_out)):
            self.reload(select_client=client_id)

    def stamp_time(self, time_in: bool) -> None:
        """Record now (Helsinki time, whole minutes) as the selected person's time in or out."""
        row = self.selected_row()
        if row is None or not self.time_in_button.isEnabled():
            return
        now = to_local(utcnow()).time().replace(second=0, microsecond=0)
        if time_in:
            self.save_times(row.client_id, now, row.time_out)
        else:
            self.save_times(row.client_id, row.time_in, now)

    def confirm_removal(self) -> bool:
        """Ask before removing a cancelled session's marks; tests replace this."""
        return confirm(
            self,
            self.tr("Confirm the cancellation"),
            self.tr("The session did not take place? Its attendance marks and head count are removed, on every "
                    "laptop at the next sync."),
        )

    def decide_cancelled(self, restore: bool) -> None:
        """Restore the cancelled session (it took place), or confirm it and remove its attendance."""
        if not restore and not self.confirm_removal():
            return
        refused = decide(self, self.context, self.session_id, restore)
        if refused is not None:
            self.error.setText(refused)
            return
        self.changed = True
        self.reload()

    def record_certificate(self) -> None:
        from vauhdittamo.ui.workshops.certificate_dialog import CertificateDialog

        row = self.selected_row()
        if row is None or self.sheet is None:
            return
        dialog = CertificateDialog(self.context, row.client_id, workshop_id=self.sheet.workshop_id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.reload(select_client=row.client_id)
