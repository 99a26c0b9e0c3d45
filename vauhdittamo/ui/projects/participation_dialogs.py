"""The forms of a client's participation in a project: the entry data, the exit and the six-month follow-up.

Each dialog saves through :mod:`vauhdittamo.services.participants` in one transaction and shows a handled
error under the field it names; after ``accept()`` the change is saved.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.models import Answer, EducationLevel, ExitOutcome, Gender, LabourStatus
from vauhdittamo.models.project import SENSITIVE_FIELDS
from vauhdittamo.services import participants as ps
from vauhdittamo.services import projects as pj
from vauhdittamo.services import validation
from vauhdittamo.services.types import Session
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label

E = TypeVar("E", bound=enum.Enum)

DATE_WIDTH = 160


def _error() -> QLabel:
    error = QLabel()
    error.setObjectName("fieldError")
    error.setWordWrap(True)
    error.setVisible(False)
    return error


def enum_combo(members: Iterable[enum.Enum], choose: str = "") -> QComboBox:
    """A combo box of coded values by their labels; with *choose*, a first item "choose…" holding ``None``."""
    combo = QComboBox()
    # As wide as its field, not as its longest item: the form's captions keep their room.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    if choose:
        combo.addItem(choose, None)
    for member in members:
        combo.addItem(label(member), member.value)
    return combo


def select_value(combo: QComboBox, value: enum.Enum | None) -> None:
    """Show *value* in *combo* (the first item when it is ``None`` or not listed)."""
    combo.setCurrentIndex(max(0, combo.findData(value.value if value is not None else None)))


def chosen(combo: QComboBox, enum_cls: type[E]) -> E | None:
    """The coded value chosen in *combo*; ``None`` for the "choose…" item."""
    data = combo.currentData()
    return None if data is None else enum_cls(data)


def date_edit(day: dt.date | None) -> QLineEdit:
    edit = QLineEdit(format_date(day))
    edit.setMaxLength(10)
    edit.setPlaceholderText(QCoreApplication.translate("ParticipationDialog", "e.g. 31.5.2027"))
    edit.setMaximumWidth(DATE_WIDTH)
    return edit


class _FormDialog(QDialog):
    """A titled form with an error line under each field, a form-wide error line, Save and Cancel."""

    def __init__(self, context: AppContext, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(heading)
        self.errors: dict[str, QLabel] = {}
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # wrapped texts are never cut
        title = QLabel(heading)
        title.setObjectName("dialogTitle")
        self.layout_.addWidget(title)

    def add_row(self, form: QFormLayout, field: str, caption: str, widget: QWidget) -> QLabel:
        """A row of *form* whose caption is the widget's buddy, and a hidden error line under it."""
        caption_label = QLabel(caption)
        caption_label.setBuddy(widget)
        widget.setObjectName(f"field_{field}")
        form.addRow(caption_label, widget)
        self.errors[field] = _error()
        form.addRow(self.errors[field])  # across the form: a hidden error takes no room
        return caption_label

    def finish(self) -> None:
        self.form_error = _error()
        self.layout_.addWidget(self.form_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

    def save(self) -> None:
        raise NotImplementedError

    def run(self, change: Callable[[Session], object]) -> bool:
        """Run *change* in one transaction; show a handled error under its field (or the form) and say
        whether it was saved (then the dialog is accepted)."""
        for error in (*self.errors.values(), self.form_error):
            error.setVisible(False)
        try:
            with self.context.transaction() as session:
                change(session)
        except AppError as exc:
            field = exc.field if isinstance(exc, ValidationError) else None
            target = self.errors.get(field or "", self.form_error)
            target.setText(exc.translated(QCoreApplication.translate))
            target.setVisible(True)
            return False
        self.accept()
        return True


class ParticipationDialog(_FormDialog):
    """A client's entry to a project (*participant_id* ``None``) or a change of the entry data.

    Every answer offers "not told". The sensitive answers are shown only to the client's personal coach and
    administrators; anyone else sees a line saying why, and their saving leaves those answers as they are.
    Opening an existing participation with them shown is recorded in the audit trail.
    """

    def __init__(
        self, context: AppContext, client_id: str, participant_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        heading = self.tr("Add to a project") if participant_id is None else self.tr("Entry data")
        super().__init__(context, heading, parent)
        self.client_id = client_id
        self.participant_id = participant_id
        today = local_today()
        row: ps.ParticipationRow | None = None
        with context.transaction() as session:  # opening it shows (and records) the sensitive answers
            self.may_see_sensitive = ps.may_see_sensitive(session, client_id)
            suggested = ps.suggested_rural(session, client_id)
            projects = pj.list_projects(session) if participant_id is None else []
            if participant_id is not None:
                row = ps.open_participation(session, participant_id)
        self.row = row

        columns = QHBoxLayout()
        columns.setSpacing(16)
        self.layout_.addLayout(columns)
        entry_group = QGroupBox(self.tr("At entry"))
        entry_layout = QVBoxLayout(entry_group)
        form = QFormLayout()
        form.setVerticalSpacing(4)
        entry_layout.addLayout(form)
        self.project_combo = QComboBox()
        if row is None:
            self.project_combo.addItem(self.tr("Choose the project…"), None)
            running = [p for p in projects if p.is_running(today)]
            for project in projects:
                self.project_combo.addItem(project.name, project.project_id)
            if len(running) == 1:
                self.project_combo.setCurrentIndex(self.project_combo.findData(running[0].project_id))
        else:
            self.project_combo.addItem(row.project_name, row.project_id)
            self.project_combo.setEnabled(False)
        self.add_row(form, "project", self.tr("Project"), self.project_combo)
        self.entry_date_edit = date_edit(row.entry_date if row else today)
        self.add_row(form, "entry_date", self.tr("Entry date"), self.entry_date_edit)
        self.gender_combo = enum_combo(Gender)
        self.add_row(form, "gender", self.tr("Gender"), self.gender_combo)
        self.labour_combo = enum_combo(LabourStatus)
        self.add_row(form, "labour_status", self.tr("Labour-market status"), self.labour_combo)
        self.education_combo = enum_combo(EducationLevel)
        self.add_row(form, "education_level", self.tr("Education level"), self.education_combo)
        self.rural_combo = enum_combo(Answer)
        self.add_row(form, "rural", self.tr("Lives in a rural area"), self.rural_combo)
        hint = QLabel("\n".join((
            self.tr("Rural area suggested from the client's village or municipality: {answer}.").format(
                answer=label(suggested)),
            self.tr("The age group is worked out from the birth date on the entry day."),
        )))
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)
        entry_layout.addWidget(hint)
        entry_layout.addStretch(1)
        columns.addWidget(entry_group, 1)

        sensitive_group = QGroupBox(self.tr("Disadvantaged situation"))
        sensitive_layout = QVBoxLayout(sensitive_group)
        self.sensitive_combos: dict[str, QComboBox] = {}
        if self.may_see_sensitive:
            sensitive_form = QFormLayout()
            sensitive_form.setVerticalSpacing(4)
            captions = {
                "disability": self.tr("Disability"),
                "foreign_background": self.tr("Foreign background"),
                "third_country_national": self.tr("Third-country national"),
                "minority": self.tr("Minority (incl. Roma)"),
                "homeless": self.tr("Homeless or in housing exclusion"),
            }
            for name in SENSITIVE_FIELDS:
                combo = enum_combo(Answer)
                self.sensitive_combos[name] = combo
                self.add_row(sensitive_form, name, captions[name], combo)
            sensitive_layout.addLayout(sensitive_form)
            note = QLabel(self.tr("Sensitive: shown only to the client's personal coach and administrators. "
                                  "Ask; the client need not answer."))
        else:
            note = QLabel(self.tr("The answers about disability, background, minority and housing are hidden: "
                                  "they are shown only to the client's personal coach and administrators. "
                                  "Saving here leaves them as they are."))
        note.setObjectName("mutedLabel")
        note.setWordWrap(True)
        self.sensitive_note = note
        sensitive_layout.addWidget(note)
        sensitive_layout.addStretch(1)
        columns.addWidget(sensitive_group, 1)

        if row is None:
            select_value(self.rural_combo, suggested)
            for combo in (self.gender_combo, self.labour_combo, self.education_combo, *self.sensitive_combos.values()):
                combo.setCurrentIndex(combo.count() - 1)  # "not told"
        else:
            select_value(self.gender_combo, row.gender)
            select_value(self.labour_combo, row.labour_status)
            select_value(self.education_combo, row.education_level)
            select_value(self.rural_combo, row.rural)
            for name, combo in self.sensitive_combos.items():
                select_value(combo, row.sensitive_answers()[name] or Answer.NOT_TOLD)
        self.finish()
        self.setMinimumWidth(900)
        (self.project_combo if row is None else self.entry_date_edit).setFocus()

    def entry(self) -> ps.EntryInput:
        """The form's entry data (raises :class:`ValidationError` for a badly written date)."""
        sensitive = {name: chosen(combo, Answer) for name, combo in self.sensitive_combos.items()}
        return ps.EntryInput(
            entry_date=validation.parse_date(self.entry_date_edit.text(), "entry_date"),
            gender=chosen(self.gender_combo, Gender) or Gender.NOT_TOLD,
            labour_status=chosen(self.labour_combo, LabourStatus) or LabourStatus.NOT_TOLD,
            education_level=chosen(self.education_combo, EducationLevel) or EducationLevel.NOT_TOLD,
            rural=chosen(self.rural_combo, Answer),
            **sensitive,
        )

    def save(self) -> None:
        if self.participant_id is None:
            project_id = str(self.project_combo.currentData() or "")
            self.run(lambda s: ps.enrol(s, self.client_id, project_id, self.entry(), local_today()))
        else:
            participant_id = self.participant_id
            self.run(lambda s: ps.change_entry(s, participant_id, self.entry(), local_today()))


class ParticipationExitDialog(_FormDialog):
    """The participant leaves the project: the day and the situation at exit (which must be chosen)."""

    def __init__(self, context: AppContext, row: ps.ParticipationRow, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Exit from {project}").format(project=row.project_name), parent)
        self.row = row
        group = QGroupBox(self.tr("At exit"))
        form = QFormLayout(group)
        form.setVerticalSpacing(4)
        self.exit_date_edit = date_edit(row.exit_date or local_today())
        self.add_row(form, "exit_date", self.tr("Exit date"), self.exit_date_edit)
        self.outcome_combo = enum_combo(ExitOutcome, self.tr("Choose the situation…"))
        select_value(self.outcome_combo, row.exit_outcome)
        self.add_row(form, "exit_outcome", self.tr("Situation at exit"), self.outcome_combo)
        hint = QLabel(self.tr("Entered on {date}. The six-month follow-up comes due six months after the exit.")
                      .format(date=format_date(row.entry_date)))
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)
        form.addRow(hint)
        self.layout_.addWidget(group)
        self.finish()
        self.setMinimumWidth(520)
        self.exit_date_edit.setFocus()

    def save(self) -> None:
        participant_id = self.row.participant_id
        text = self.exit_date_edit.text()
        outcome = chosen(self.outcome_combo, ExitOutcome)
        self.run(lambda s: ps.record_exit(s, participant_id, validation.parse_date(text, "exit_date"), outcome,
                                          local_today()))


class FollowUpDialog(_FormDialog):
    """The six-month follow-up: when it was done, in employment, and whether the situation improved."""

    def __init__(self, context: AppContext, row: ps.ParticipationRow, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Six-month follow-up: {project}").format(project=row.project_name), parent)
        self.row = row
        group = QGroupBox(self.tr("Six months after the exit"))
        form = QFormLayout(group)
        form.setVerticalSpacing(4)
        self.follow_up_edit = date_edit(row.follow_up_on or local_today())
        self.add_row(form, "follow_up_on", self.tr("Follow-up date"), self.follow_up_edit)
        choose = self.tr("Choose…")
        self.employed_combo = enum_combo(Answer, choose)
        select_value(self.employed_combo, row.follow_up_employed)
        self.add_row(form, "follow_up_employed", self.tr("In employment (incl. self-employed)"), self.employed_combo)
        self.improved_combo = enum_combo(Answer, choose)
        select_value(self.improved_combo, row.follow_up_improved)
        self.add_row(form, "follow_up_improved", self.tr("Labour-market situation improved"), self.improved_combo)
        due = row.follow_up_due
        hint = QLabel(self.tr("Exit on {exit}; the follow-up can be recorded from {due} on.").format(
            exit=format_date(row.exit_date), due=format_date(due)))
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)
        form.addRow(hint)
        self.layout_.addWidget(group)
        self.finish()
        self.setMinimumWidth(560)
        self.follow_up_edit.setFocus()

    def save(self) -> None:
        participant_id = self.row.participant_id
        text = self.follow_up_edit.text()
        employed = chosen(self.employed_combo, Answer)
        improved = chosen(self.improved_combo, Answer)
        self.run(lambda s: ps.record_follow_up(s, participant_id, validation.parse_date(text, "follow_up_on"),
                                               employed, improved, local_today()))
