"""Cancelled sessions that still have attendance marks: the coordinator restores each or confirms it.

See :mod:`vauhdittamo.services.session_checks`: such a session (cancelled on one laptop while another
marked people in it) stays out of the funder's figures until someone decides.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vauhdittamo.errors import AppError
from vauhdittamo.services import session_checks
from vauhdittamo.services.permissions import Permission
from vauhdittamo.services.session_checks import CancelledWithAttendance
from vauhdittamo.services.types import Session
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.format import format_date, format_time
from vauhdittamo.ui.labels import weekday_short
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.widgets.forms import confirm
from vauhdittamo.ui.widgets.page import EmptyHint
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView


def attendance_text(marks: int, present: int, anonymous: int) -> str:
    """``3 attendance marks (2 present), head count 2`` in the user's language."""
    text = QCoreApplication.translate("CancelledSessions", "{marks} attendance marks ({present} present)").format(
        marks=marks, present=present
    )
    if anonymous:
        text += QCoreApplication.translate("CancelledSessions", ", anonymous head count {count}").format(
            count=anonymous
        )
    return text


def warning_text(marks: int, present: int, anonymous: int) -> str:
    """What the attendance sheet and the session dialog say about a cancelled session with attendance."""
    return QCoreApplication.translate(
        "CancelledSessions",
        "Cancelled session with attendance marks: {attendance}. The figures leave them out. If the session took "
        "place, restore it; if it did not, confirm the cancellation and the marks are removed.",
    ).format(attendance=attendance_text(marks, present, anonymous))


def decide(parent: QWidget, context: AppContext, session_id: str, restore: bool) -> str | None:
    """Restore the session or confirm its cancellation; the refusal's text, or ``None`` when done."""
    action: Callable[[Session, str], object] = (
        session_checks.restore_session if restore else session_checks.confirm_cancellation
    )
    try:
        with context.transaction() as session:
            action(session, session_id)
    except AppError as error:
        return error.translated(QCoreApplication.translate)
    return None


class CancelledSessionsDialog(QDialog):
    """Every cancelled session with attendance; ``changed`` tells the caller to refresh."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.changed = False
        self.setWindowTitle(self.tr("Cancelled sessions with attendance marks"))
        self.resize(1000, 460)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Cancelled sessions with attendance marks"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "These sessions were cancelled, but people were marked in them (often on another laptop while "
            "offline). The funder's figures leave them out. Restore a session that took place; confirm the "
            "cancellation of one that did not, and its marks are removed."
        ))
        intro.setObjectName("mutedLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model: RowTableModel[CancelledWithAttendance] = RowTableModel(
            [
                Column(self.tr("Workshop"), lambda r: r.workshop_name),
                Column(
                    self.tr("Session"),
                    lambda r: f"{weekday_short(r.session_date.isoweekday())} {format_date(r.session_date)} "
                              f"{format_time(r.start_time)}–{format_time(r.end_time)}",
                    lambda r: (r.session_date, r.start_time),
                ),
                Column(self.tr("Attendance"), lambda r: attendance_text(r.marks, r.present, r.anonymous)),
                Column(self.tr("Reason for cancelling"), lambda r: r.cancel_reason, tooltip=lambda r: r.cancel_reason),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.set_column_widths(200, 170, 260)
        fit_columns(self.view)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        layout.addWidget(self.view, 1)
        self.empty = EmptyHint(self.tr("No cancelled session has attendance marks."))
        layout.addWidget(self.empty)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore the session"))
        self.restore_button.setToolTip(self.tr("It took place: its marks count again"))
        self.restore_button.clicked.connect(lambda: self._decide(restore=True))
        self.confirm_button = QPushButton(self.tr("Confirm the cancellation…"))
        self.confirm_button.setToolTip(self.tr("It did not take place: its marks and head count are removed"))
        self.confirm_button.clicked.connect(lambda: self._decide(restore=False))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.may_decide = can(context, Permission.MANAGE_WORKSHOPS)
        for button in (self.restore_button, self.confirm_button):
            button.setAutoDefault(False)
            button.setVisible(self.may_decide)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        with self.context.session() as session:
            rows = session_checks.cancelled_with_attendance(session)
        self.model.set_rows(rows)
        fit_columns(self.view, (0, 1, 2))
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if rows:
            self.view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.view.selected_row() is not None
        self.restore_button.setEnabled(chosen)
        self.confirm_button.setEnabled(chosen)

    def confirm_removal(self, row: CancelledWithAttendance) -> bool:
        """Ask before removing the marks; tests replace this."""
        return confirm(
            self,
            self.tr("Confirm the cancellation"),
            self.tr("The session did not take place? Its {attendance} are removed, on every laptop at the next "
                    "sync.").format(attendance=attendance_text(row.marks, row.present, row.anonymous)),
        )

    def _decide(self, restore: bool) -> None:
        row: CancelledWithAttendance | None = self.view.selected_row()
        if row is None or (not restore and not self.confirm_removal(row)):
            return
        refused = decide(self, self.context, row.session_id, restore)
        self.error.setVisible(refused is not None)
        if refused is not None:
            self.error.setText(refused)
            return
        self.changed = True
        self.reload()
