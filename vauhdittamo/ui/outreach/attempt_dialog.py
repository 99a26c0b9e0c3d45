"""Record a contact attempt on a person of an outreach list: the way, the day, the outcome, a note, the next try.

Enter saves (Esc closes). The outcome *Became a client* turns Save into *New client…*: the new-client form
opens with the person's details filled in, and the attempt is saved with the client made there; *Existing
client…* links a client found with the search instead. Earlier attempts are listed below the form.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError
from vauhdittamo.models import FINAL_OUTCOMES, AttemptOutcome, ContactChannel
from vauhdittamo.services.outreach import attempts
from vauhdittamo.services.outreach.attempts import AttemptInput, AttemptRow
from vauhdittamo.services.outreach.entries import EntryRow, InvalidEntry
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.outreach.labels import outreach_label
from vauhdittamo.ui.partners.organisation_dialog import error_label
from vauhdittamo.ui.widgets.forms import add_error_row
from vauhdittamo.ui.widgets.page import SectionTitle
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

DATE_FORMAT = "d.M.yyyy"


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def py_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class NextTryEdit(QDateEdit):
    """The next try's day, or none (its special value); Tab always moves on (as the front desk's next step)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt API
        return QWidget.focusNextPrevChild(self, next)


def person_text(entry: EntryRow) -> str:
    """The person's name (or that it was erased) for a dialog's heading."""
    if entry.client_removed:
        return QCoreApplication.translate("OutreachPage", "A removed client")
    if entry.erased:
        return QCoreApplication.translate("OutreachPage", "Details erased")
    return entry.name


def contact_text(entry: EntryRow) -> str:
    return " · ".join(part for part in (entry.village, entry.phone, entry.address) if part)


class AttemptDialog(QDialog):
    """One attempt on *entry*. After ``accept()``: ``attempt_id`` and, when the person became a client, ``client_id``.

    *outcome*: the outcome chosen at the start (Ctrl+K chooses *Became a client*).
    """

    def __init__(
        self,
        context: AppContext,
        entry: EntryRow,
        outcome: AttemptOutcome | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.entry = entry
        self.today = today or local_today()
        self.attempt_id: str | None = None
        self.client_id: str | None = entry.client_id
        self.setWindowTitle(self.tr("Record an attempt"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Record an attempt"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        person = QFrame()
        person.setObjectName("statCard")
        person_layout = QVBoxLayout(person)
        person_layout.setContentsMargins(12, 8, 12, 8)
        self.person_label = QLabel(person_text(entry))
        self.person_label.setObjectName("sectionTitle")
        self.person_label.setWordWrap(True)
        person_layout.addWidget(self.person_label)
        details = contact_text(entry)
        if entry.client_id is not None:
            details = self.tr("Client · {details}").format(details=details) if details else self.tr("Client")
        self.contact_label = QLabel(details)
        self.contact_label.setObjectName("mutedLabel")
        self.contact_label.setWordWrap(True)
        person_layout.addWidget(self.contact_label)
        layout.addWidget(person)

        form = QFormLayout()
        form.setVerticalSpacing(4)
        self.errors: dict[str, QLabel] = {}
        self.channel = QComboBox()
        self.channel.setObjectName("field_channel")
        for channel in ContactChannel:
            self.channel.addItem(outreach_label(channel), channel.value)
        self.channel.setCurrentIndex(max(0, self.channel.findData((entry.last_channel or ContactChannel.PHONE).value)))
        form.addRow(self._label(self.tr("&Way"), self.channel), self.channel)
        add_error_row(form, self.errors, "channel")
        self.day = QDateEdit(qdate(self.today))
        self.day.setObjectName("field_attempted_on")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(DATE_FORMAT)
        self.day.setMaximumDate(qdate(self.today))
        self.day.setMinimumWidth(130)
        form.addRow(self._label(self.tr("&Day"), self.day), self.day)
        add_error_row(form, self.errors, "attempted_on")
        self.outcome = QComboBox()
        self.outcome.setObjectName("field_outcome")
        self.outcome.setPlaceholderText(self.tr("Choose the outcome"))
        for choice in AttemptOutcome:
            self.outcome.addItem(outreach_label(choice), choice.value)
        self.outcome.setCurrentIndex(self.outcome.findData(outcome.value) if outcome is not None else -1)
        form.addRow(self._label(self.tr("&Outcome"), self.outcome), self.outcome)
        add_error_row(form, self.errors, "outcome")
        self.note = QLineEdit()
        self.note.setObjectName("field_note")
        self.note.setMaxLength(attempts.NOTE_LIMIT)
        self.note.setPlaceholderText(self.tr("optional, short: what was agreed"))
        form.addRow(self._label(self.tr("&Note"), self.note), self.note)
        add_error_row(form, self.errors, "note")
        self.next_try = NextTryEdit()
        self.next_try.setObjectName("field_next_try_on")
        self.next_try.setCalendarPopup(True)
        self.next_try.setDisplayFormat(DATE_FORMAT)
        self.next_try.setSpecialValueText(self.tr("no next try"))
        self.next_try.setMinimumDate(qdate(self.today))  # the minimum shows "no next try"
        self.next_try.setDate(self.next_try.minimumDate())
        self.next_try.setMinimumWidth(130)
        form.addRow(self._label(self.tr("Ne&xt try"), self.next_try), self.next_try)
        add_error_row(form, self.errors, "next_try_on")
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)

        layout.addWidget(SectionTitle(self.tr("Earlier attempts")))
        self.history: RowTableModel[AttemptRow] = RowTableModel(
            [
                Column(self.tr("Day"), lambda a: format_date(a.attempted_on), lambda a: a.attempted_on),
                Column(self.tr("Way"), lambda a: outreach_label(a.channel)),
                Column(self.tr("Outcome"), lambda a: outreach_label(a.outcome)),
                Column(self.tr("Recorded by"), lambda a: a.staff_name),
                Column(self.tr("Note"), lambda a: a.note),
            ]
        )
        self.history_view = RowTableView(self.history)
        self.history_view.setSortingEnabled(False)
        self.history_view.setAccessibleName(self.tr("Earlier attempts"))
        self.history_view.set_column_widths(90, 110, 120, 130)
        self.history_view.stretch_column(4)
        self.history_view.setFixedHeight(150)
        layout.addWidget(self.history_view)
        self.no_history = QLabel(self.tr("No attempts yet."))
        self.no_history.setObjectName("emptyHint")
        layout.addWidget(self.no_history)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.link_button = QPushButton(self.tr("Existing client…"))
        self.link_button.setToolTip(self.tr("The person is a client already: find them and link them"))
        self.link_button.setAutoDefault(False)
        self.buttons.addButton(self.link_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.link_button.clicked.connect(self.link_existing)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        self.outcome.currentIndexChanged.connect(lambda _i: self._outcome_changed())
        self._outcome_changed()
        self.load_history()
        (self.channel if outcome is None else self.save_button).setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", ""))
        return caption

    # ------------------------------------------------------------------ state

    def chosen_outcome(self) -> AttemptOutcome | None:
        value = self.outcome.currentData()
        return AttemptOutcome(value) if value else None

    def _outcome_changed(self) -> None:
        outcome = self.chosen_outcome()
        final = outcome in FINAL_OUTCOMES
        self.next_try.setEnabled(not final)
        if final:
            self.next_try.setDate(self.next_try.minimumDate())
        becomes = outcome is AttemptOutcome.BECAME_CLIENT and self.entry.client_id is None
        self.save_button.setText(self.tr("New client…") if becomes else self.tr("Save"))
        self.link_button.setVisible(becomes)

    def load_history(self) -> None:
        with self.context.session() as session:
            rows = attempts.attempts_of(session, self.entry.entry_id)
        self.history.set_rows(rows)
        self.history_view.setVisible(bool(rows))
        self.no_history.setVisible(not rows)

    def data(self) -> AttemptInput:
        chosen = self.next_try.date()
        next_try = None if chosen == self.next_try.minimumDate() or not self.next_try.isEnabled() else py_date(chosen)
        channel = self.channel.currentData()
        return AttemptInput(
            channel=ContactChannel(channel) if channel else None,
            attempted_on=py_date(self.day.date()),
            outcome=self.chosen_outcome(),
            note=self.note.text(),
            next_try_on=next_try,
        )

    # ------------------------------------------------------------------ saving

    def _clear_errors(self) -> None:
        for line in self.errors.values():
            line.setVisible(False)
        self.error.setVisible(False)

    def _show_error(self, exc: AppError) -> None:
        if isinstance(exc, InvalidEntry):
            for error in exc.errors:
                line = self.errors.get(error.field or "")
                target = line if line is not None else self.error
                target.setText(error.translated(QCoreApplication.translate))
                target.setVisible(True)
            return
        self.error.setText(exc.translated(QCoreApplication.translate))
        self.error.setVisible(True)

    def save(self) -> None:
        self._clear_errors()
        data = self.data()
        try:
            if data.outcome is AttemptOutcome.BECAME_CLIENT:
                attempts.validate_attempt(data, self.today)  # the form's mistakes before the client form
                if self.entry.client_id is None:
                    self.create_client()
                    return
                self._became_client(None)
                return
            with self.context.transaction() as session:
                self.attempt_id = attempts.record_attempt(session, self.entry.entry_id, data, today=self.today).id
        except AppError as exc:
            self._show_error(exc)
            return
        self.accept()

    def _became_client(self, client_id: str | None) -> None:
        with self.context.transaction() as session:
            attempt = attempts.became_client(session, self.entry.entry_id, client_id, self.data(), today=self.today)
            self.attempt_id = attempt.id
        self.client_id = client_id or self.entry.client_id
        self.accept()

    def create_client(self) -> None:
        """The new-client form, filled in from the entry; the attempt is saved with the client made (or opened)."""
        client_id = new_client_for(self.context, self.entry.entry_id, self)
        if client_id is None:
            return
        try:
            self._became_client(client_id)
        except AppError as exc:
            self._show_error(exc)

    def link_existing(self) -> None:
        """Find an existing client (the search starts with the person's name) and link them."""
        client_id = pick_client_for(self.context, self.entry, self)
        if client_id is None:
            return
        self._clear_errors()
        try:
            attempts.validate_attempt(self.data(), self.today)
            self._became_client(client_id)
        except AppError as exc:
            self._show_error(exc)


def new_client_for(context: AppContext, entry_id: str, parent: QWidget) -> str | None:
    """The new-client form filled in from the entry; the client made there, or the existing one chosen."""
    from vauhdittamo.ui.clients.new_client_dialog import NewClientDialog

    with context.session() as session:
        prefill = attempts.client_prefill(session, entry_id)
    dialog = NewClientDialog(context, parent, initial=prefill)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    client_id = dialog.client_id if accepted else None
    dialog.deleteLater()
    return client_id


def pick_client_for(context: AppContext, entry: EntryRow, parent: QWidget) -> str | None:
    """An existing client chosen with the search, which starts with the person's name."""
    from vauhdittamo.ui.widgets.client_picker import ClientPickerDialog

    picker = ClientPickerDialog(context, QCoreApplication.translate("AttemptDialog", "The existing client"), parent)
    if entry.name:
        picker.search.field.setText(entry.name)
        picker.search.search_now()
    accepted = picker.exec() == QDialog.DialogCode.Accepted
    client_id = picker.client_id if accepted else None
    picker.deleteLater()
    return client_id
