"""One workshop session: edit its date, times, place and note; cancel, restore or remove it.

Without a session the dialog adds an extra session to a workshop, outside its weekly schedule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.services import session_checks, workshops
from vauhdittamo.services.types import Session
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import keep_contents_visible
from vauhdittamo.ui.format import format_date, format_time
from vauhdittamo.ui.partners.organisation_dialog import error_label
from vauhdittamo.ui.widgets.forms import add_error_row, confirm
from vauhdittamo.ui.workshops.cancelled_sessions import attendance_text, warning_text
from vauhdittamo.ui.workshops.workshop_dialog import DATE_FORMAT, py_date, py_time, qdate, qtime, time_edit

DEFAULT_TIMES = (dt.time(9, 0), dt.time(12, 0))
CANCEL_REASON_LIMIT = 400
# Fields with their own error line; any other error goes under the form.
ERROR_FIELDS = ("workshop", "date", "time", "place", "note")
MINIMUM_WIDTH = 500


class SessionDialog(QDialog):
    """Edit the session *session_id*, or add an extra session to *workshop_id* on *day*.

    After ``accept()``: ``session_id`` is the session saved or added, and ``outcome`` says what
    happened: ``"saved"``, ``"added"``, ``"cancelled"``, ``"restored"``, ``"confirmed"`` (a cancelled session's
    attendance removed) or ``"removed"``.
    """

    def __init__(
        self,
        context: AppContext,
        session_id: str | None = None,
        workshop_id: str | None = None,
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.editing_id = session_id
        self.session_id: str | None = None
        self.outcome = ""
        self.cancelled = False
        self.from_schedule = False
        self.choices: dict[str, workshops.WorkshopSummary] = {}
        self._place_edited = False
        self.attendance = (0, 0, 0)  # marks, present, anonymous head count

        with context.session() as session:
            if session_id is not None:
                item = workshops.session_details(session, session_id)
                workshop_name = item.workshop_name
                self.cancelled = item.cancelled
                self.cancel_reason = item.cancel_reason
                self.from_schedule = item.from_schedule
                values = (item.session_date, item.start_time, item.end_time, item.place, item.note)
                self.attendance = session_checks.attendance_counts(session, session_id)
            else:
                self.choices = {w.workshop_id: w for w in workshops.list_workshops(session, today=local_today())}
                workshop_name = ""
                values = (day or local_today(), *DEFAULT_TIMES, "", "")

        heading = self.tr("Workshop session") if session_id is not None else self.tr("Extra session")
        self.setWindowTitle(heading)
        self.setMinimumWidth(MINIMUM_WIDTH)
        layout = QVBoxLayout(self)
        title = QLabel(heading)
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        if session_id is not None:
            day0, start0, end0 = values[0], values[1], values[2]
            subtitle = QLabel(f"{workshop_name} · {format_date(day0)} {format_time(start0)}–{format_time(end0)}")
            subtitle.setObjectName("mutedLabel")
            subtitle.setWordWrap(True)
            layout.addWidget(subtitle)
        else:
            intro = QLabel(self.tr("A session outside the weekly schedule, for example an extra day or a visit."))
            intro.setObjectName("mutedLabel")
            intro.setWordWrap(True)
            layout.addWidget(intro)
            layout.addSpacing(6)

        self.cancelled_notice = QLabel()
        self.cancelled_notice.setObjectName("warningLabel")
        self.cancelled_notice.setWordWrap(True)
        self.cancelled_notice.setVisible(self.cancelled)
        if self.cancelled and self.has_attendance:
            self.cancelled_notice.setText(
                warning_text(*self.attendance) + "\n"
                + self.tr("Reason for cancelling: {reason}").format(reason=self.cancel_reason)
            )
        elif self.cancelled:
            self.cancelled_notice.setText(
                self.tr("This session is cancelled. Reason: {reason}").format(reason=self.cancel_reason)
            )
        layout.addWidget(self.cancelled_notice)

        form = QFormLayout()
        form.setVerticalSpacing(4)
        self.errors: dict[str, QLabel] = {}

        self.workshop = QComboBox(self)
        self.workshop.setObjectName("field_workshop")
        if session_id is None:
            for choice in self.choices.values():
                self.workshop.addItem(choice.name, choice.workshop_id)
            self.workshop.setCurrentIndex(max(0, self.workshop.findData(workshop_id)) if self.choices else -1)
            form.addRow(self.tr("Workshop"), self.workshop)
            self._add_error(form, "workshop")
        else:
            self.workshop.setVisible(False)

        self.date = QDateEdit(qdate(values[0]))
        self.date.setObjectName("field_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setMinimumWidth(130)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        form.addRow(self.tr("Date"), date_row)
        self._add_error(form, "date")

        self.start = time_edit(values[1])
        self.start.setObjectName("field_start")
        self.start.setAccessibleName(self.tr("Starts at"))
        self.end = time_edit(values[2])
        self.end.setObjectName("field_end")
        self.end.setAccessibleName(self.tr("Ends at"))
        time_row = QHBoxLayout()
        time_row.setSpacing(6)
        time_row.addWidget(self.start)
        time_row.addWidget(QLabel("–"))
        time_row.addWidget(self.end)
        time_row.addStretch(1)
        form.addRow(self.tr("Time"), time_row)
        self._add_error(form, "time")

        self.place = QLineEdit(values[3])
        self.place.setObjectName("field_place")
        self.place.setMaxLength(200)
        self.place.textEdited.connect(self._place_typed)
        form.addRow(self.tr("Place"), self.place)
        self._add_error(form, "place")

        self.note = QPlainTextEdit(values[4])
        self.note.setObjectName("field_note")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("optional, e.g. what was done or who stood in"))
        self.note.setFixedHeight(70)
        form.addRow(self.tr("Note"), self.note)
        self._add_error(form, "note")
        layout.addLayout(form)

        self.schedule_hint = QLabel(
            self.tr(
                "This session comes from the weekly schedule. If you change its date or times, it leaves "
                "the schedule: later changes to the schedule no longer move it."
            )
        )
        self.schedule_hint.setObjectName("mutedLabel")
        self.schedule_hint.setWordWrap(True)
        self.schedule_hint.setVisible(self.from_schedule)
        layout.addWidget(self.schedule_hint)

        layout.addWidget(self._build_cancel_box())
        layout.addLayout(self._build_session_actions())

        self.form_error = error_label()
        layout.addWidget(self.form_error)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save") if session_id is not None else self.tr("Add session"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        keep_contents_visible(self, MINIMUM_WIDTH)
        if session_id is None:
            self.workshop.currentIndexChanged.connect(self._workshop_changed)
            self._workshop_changed()
            if not self.choices:
                self.workshop.setEnabled(False)
                self.save_button.setEnabled(False)
                self._show_error(None, self.tr("There are no workshops yet. Add a workshop first."))
            self.workshop.setFocus()
        else:
            self.date.setFocus()

    # ------------------------------------------------------------------ building

    def _add_error(self, form: QFormLayout, field: str) -> None:
        add_error_row(form, self.errors, field)

    def _build_cancel_box(self) -> QFrame:
        """The reason asked inline when the session is cancelled (hidden until asked for)."""
        self.cancel_box = QFrame()
        self.cancel_box.setObjectName("warningBox")
        box = QVBoxLayout(self.cancel_box)
        question = QLabel(self.tr("Why is the session cancelled? The reason shows in the week view."))
        question.setWordWrap(True)
        box.addWidget(question)
        self.marks_warning = QLabel()
        self.marks_warning.setWordWrap(True)
        self.marks_warning.setVisible(self.has_attendance)
        if self.has_attendance:
            self.marks_warning.setText(
                self.tr("The session has {attendance}. Cancelling removes them: do this only if the session "
                        "did not take place.").format(attendance=attendance_text(*self.attendance))
            )
        box.addWidget(self.marks_warning)
        self.cancel_reason_edit = QLineEdit()
        self.cancel_reason_edit.setObjectName("field_cancel_reason")
        self.cancel_reason_edit.setMaxLength(CANCEL_REASON_LIMIT)
        self.cancel_reason_edit.setPlaceholderText(self.tr("e.g. the facilitator is ill"))
        self.cancel_reason_edit.textEdited.connect(self._reason_typed)
        box.addWidget(self.cancel_reason_edit)
        self.errors["cancel_reason"] = error_label()
        box.addWidget(self.errors["cancel_reason"])
        row = QHBoxLayout()
        self.confirm_cancel_button = QPushButton(self.tr("Cancel the session"))
        self.confirm_cancel_button.clicked.connect(self.confirm_cancel)
        self.keep_button = QPushButton(self.tr("Keep the session"))
        self.keep_button.clicked.connect(self.hide_cancel_box)
        row.addWidget(self.confirm_cancel_button)
        row.addWidget(self.keep_button)
        row.addStretch(1)
        box.addLayout(row)
        self.cancel_box.setVisible(False)
        return self.cancel_box

    def _build_session_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.cancel_session_button = QPushButton(self.tr("Cancel session…"))
        self.cancel_session_button.setObjectName("cancel_session")
        self.cancel_session_button.clicked.connect(self.show_cancel_box)
        self.restore_button = QPushButton(self.tr("Restore session"))
        self.restore_button.setObjectName("restore_session")
        self.restore_button.clicked.connect(self.restore)
        self.remove_button = QPushButton(self.tr("Remove session…"))
        self.remove_button.setObjectName("remove_session")
        self.remove_button.setToolTip(self.tr("For a session made by mistake; one that had attendance can only be "
                                              "cancelled"))
        self.remove_button.clicked.connect(self.remove)
        self.confirm_cancelled_button = QPushButton(self.tr("Confirm the cancellation…"))
        self.confirm_cancelled_button.setObjectName("confirm_cancellation")
        self.confirm_cancelled_button.setToolTip(
            self.tr("It did not take place: its marks and head count are removed"))
        self.confirm_cancelled_button.clicked.connect(self.confirm_cancelled)
        editing = self.editing_id is not None
        for button in (self.cancel_session_button, self.restore_button, self.confirm_cancelled_button,
                       self.remove_button):
            button.setAutoDefault(False)
            button.setVisible(editing)
            row.addWidget(button)
        self.cancel_session_button.setVisible(editing and not self.cancelled)
        self.restore_button.setVisible(editing and self.cancelled)
        self.confirm_cancelled_button.setVisible(editing and self.cancelled and self.has_attendance)
        row.addStretch(1)
        return row

    # ------------------------------------------------------------------ state

    @property
    def has_attendance(self) -> bool:
        """The session has attendance marks or a head count."""
        marks, _present, anonymous = self.attendance
        return bool(marks or anonymous)

    def current_workshop(self) -> workshops.WorkshopSummary | None:
        workshop_id = self.workshop.currentData()
        return None if workshop_id is None else self.choices.get(str(workshop_id))

    def _place_typed(self, _text: str) -> None:
        self._place_edited = True
        self.errors["place"].setVisible(False)

    def _reason_typed(self, _text: str) -> None:
        self.errors["cancel_reason"].setVisible(False)

    def _workshop_changed(self) -> None:
        """Offer the chosen workshop's place and its usual times for the day."""
        self.errors["workshop"].setVisible(False)
        choice = self.current_workshop()
        if choice is None:
            return
        if not self._place_edited:
            self.place.setText(choice.place)
        weekday = self.date.date().dayOfWeek()
        slot = next((s for s in choice.slots if s.weekday == weekday), choice.slots[0] if choice.slots else None)
        if slot is not None:
            self.start.setTime(qtime(slot.start_time))
            self.end.setTime(qtime(slot.end_time))

    def _clear_errors(self) -> None:
        for error in (*self.errors.values(), self.form_error):
            error.setVisible(False)

    def _show_error(self, field: str | None, text: str) -> None:
        shown = self.errors.get(field or "", self.form_error)
        shown.setText(text)
        shown.setVisible(True)
        keep_contents_visible(self, MINIMUM_WIDTH)

    def _run(self, action: Callable[[Session], object]) -> bool:
        """Run *action* in a transaction; a handled error is shown next to its field."""
        try:
            with self.context.transaction() as session:
                action(session)
        except ValidationError as error:
            field = error.field if error.field in self.errors else None
            self._show_error(field, error.translated(QCoreApplication.translate))
            focus: dict[str, QWidget] = {
                "workshop": self.workshop, "date": self.date, "time": self.start, "place": self.place,
                "note": self.note, "cancel_reason": self.cancel_reason_edit,
            }
            widget = focus.get(field or "")
            if widget is not None:
                widget.setFocus()
            return False
        except AppError as error:
            self._show_error(None, error.translated(QCoreApplication.translate))
            return False
        return True

    # ------------------------------------------------------------------ actions

    def save(self) -> None:
        self._clear_errors()
        day = py_date(self.date)
        start, end = py_time(self.start), py_time(self.end)
        place, note = self.place.text(), self.note.toPlainText()
        if self.editing_id is not None:
            session_id = self.editing_id
            if self._run(lambda session: workshops.update_session(
                session, session_id, day=day, start_time=start, end_time=end, place=place, note=note,
            )):
                self._done(session_id, "saved")
            return
        choice = self.current_workshop()
        if choice is None:
            self._show_error("workshop", self.tr("Choose the workshop."))
            self.workshop.setFocus()
            return
        added: list[str] = []
        if self._run(lambda session: added.append(
            workshops.add_session(session, choice.workshop_id, day, start, end, place=place, note=note).id
        )):
            self._done(added[0], "added")

    def show_cancel_box(self) -> None:
        """Ask for the reason of the cancellation below the form."""
        self._clear_errors()
        self.cancel_box.setVisible(True)
        keep_contents_visible(self, MINIMUM_WIDTH)
        self.cancel_session_button.setEnabled(False)
        self.confirm_cancel_button.setDefault(True)
        self.cancel_reason_edit.setFocus()

    def hide_cancel_box(self) -> None:
        self.cancel_box.setVisible(False)
        keep_contents_visible(self, MINIMUM_WIDTH)
        self.cancel_session_button.setEnabled(True)
        self.save_button.setDefault(True)
        self.cancel_session_button.setFocus()

    def confirm_cancel(self) -> None:
        if self.editing_id is None:
            return
        self._clear_errors()
        session_id, reason = self.editing_id, self.cancel_reason_edit.text()

        def cancel(session: Session) -> None:
            workshops.cancel_session(session, session_id, reason)
            session_checks.confirm_cancellation(session, session_id)  # it did not take place: no attendance

        if self._run(cancel):
            self._done(session_id, "cancelled")

    def confirm_removal(self) -> bool:
        """Ask before removing a cancelled session's marks; tests replace this."""
        return confirm(
            self,
            self.tr("Confirm the cancellation"),
            self.tr("The session did not take place? Its {attendance} are removed, on every laptop at the next "
                    "sync.").format(attendance=attendance_text(*self.attendance)),
        )

    def confirm_cancelled(self) -> None:
        """A cancelled session that has attendance did not take place: remove its attendance."""
        if self.editing_id is None or not self.confirm_removal():
            return
        self._clear_errors()
        session_id = self.editing_id
        if self._run(lambda session: session_checks.confirm_cancellation(session, session_id)):
            self._done(session_id, "confirmed")

    def restore(self) -> None:
        if self.editing_id is None:
            return
        self._clear_errors()
        session_id = self.editing_id
        if self._run(lambda session: workshops.restore_session(session, session_id)):
            self._done(session_id, "restored")

    def confirm_remove(self) -> bool:
        """Ask before removing; tests replace this."""
        return confirm(
            self,
            self.tr("Remove session"),
            self.tr("Remove this session? Do this only for a session made by mistake; "
                    "a session that did not take place should be cancelled instead."),
        )

    def remove(self) -> None:
        if self.editing_id is None or not self.confirm_remove():
            return
        self._clear_errors()
        session_id = self.editing_id
        if self._run(lambda session: workshops.remove_session(session, session_id)):
            self._done(session_id, "removed")

    def _done(self, session_id: str, outcome: str) -> None:
        self.session_id = session_id
        self.outcome = outcome
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Esc first closes the cancellation question, then the dialog."""
        if event.key() == Qt.Key.Key_Escape and self.cancel_box.isVisible():
            self.hide_cancel_box()
            return
        super().keyPressEvent(event)
