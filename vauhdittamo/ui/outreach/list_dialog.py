"""A new outreach list, or a change to one: name, villages, period and a description."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.services.outreach import lists
from vauhdittamo.services.outreach.lists import ListInput, ListSummary
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import keep_contents_visible
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.partners.organisation_dialog import error_label
from vauhdittamo.ui.widgets.forms import add_error_row

DATE_FORMAT = "d.M.yyyy"
FIELD_ORDER = ("name", "villages", "start_date", "end_date", "description")


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def py_date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def date_edit(day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumWidth(130)
    return edit


class ListDialog(QDialog):
    """A new list (*summary* ``None``) or a change to one. After ``accept()``: ``list_id``."""

    def __init__(self, context: AppContext, summary: ListSummary | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editing_id = summary.list_id if summary is not None else None
        self.list_id: str | None = None
        heading = self.tr("New outreach list") if summary is None else self.tr("Change the outreach list")
        self.setWindowTitle(heading)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        title = QLabel(heading)
        title.setObjectName("dialogTitle")
        layout.addWidget(title)

        form = QFormLayout()
        form.setVerticalSpacing(4)
        self.errors: dict[str, QLabel] = {}
        self.name = QLineEdit()
        self.name.setObjectName("field_name")
        self.name.setMaxLength(lists.NAME_LIMIT)
        self.name.setPlaceholderText(self.tr("e.g. Village pilot, autumn 2026"))
        form.addRow(self._label(self.tr("&Name"), self.name), self.name)
        add_error_row(form, self.errors, "name")
        self.villages = QLineEdit()
        self.villages.setObjectName("field_villages")
        self.villages.setMaxLength(1000)
        self.villages.setPlaceholderText(self.tr("e.g. Koli, Ahmovaara, Nunnanlahti"))
        form.addRow(self._label(self.tr("&Villages"), self.villages), self.villages)
        add_error_row(form, self.errors, "villages")
        today = local_today()
        self.start_date = date_edit(today, "field_start_date")
        self.end_date = date_edit(lists.add_months(today, 3), "field_end_date")
        period = QHBoxLayout()
        period.addWidget(self.start_date)
        dash = QLabel("–")
        period.addWidget(dash)
        period.addWidget(self.end_date)
        period.addStretch(1)
        form.addRow(self._label(self.tr("&Period"), self.start_date), period)
        add_error_row(form, self.errors, "start_date")
        add_error_row(form, self.errors, "end_date")
        self.description = QPlainTextEdit()
        self.description.setObjectName("field_description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.description.setPlaceholderText(self.tr("optional: what the list is for, whom it covers"))
        form.addRow(self._label(self.tr("&Description"), self.description), self.description)
        add_error_row(form, self.errors, "description")
        layout.addLayout(form)
        self.retention_note = QLabel()
        self.retention_note.setObjectName("mutedLabel")
        self.retention_note.setWordWrap(True)
        layout.addWidget(self.retention_note)
        self.error = error_label()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        self.end_date.dateChanged.connect(lambda _d: self._show_retention())
        if summary is not None:
            self.name.setText(summary.name)
            self.villages.setText(", ".join(summary.villages))
            self.start_date.setDate(qdate(summary.start_date))
            self.end_date.setDate(qdate(summary.end_date))
            self.description.setPlainText(summary.description)
        self._show_retention()
        self.name.setFocus()
        keep_contents_visible(self, 520)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", ""))
        return caption

    def _show_retention(self) -> None:
        due = lists.erasure_due_on(py_date(self.end_date))
        self.retention_note.setText(
            self.tr(
                "The names and contact details of those who do not become clients are erased when the list is "
                "closed, at the latest on {day}. The figures stay."
            ).format(day=format_date(due))
        )

    def data(self) -> ListInput:
        return ListInput(
            name=self.name.text(),
            villages=self.villages.text(),
            start_date=py_date(self.start_date),
            end_date=py_date(self.end_date),
            description=self.description.toPlainText(),
        )

    def save(self) -> None:
        for label in self.errors.values():
            label.setVisible(False)
        self.error.setVisible(False)
        try:
            with self.context.transaction() as session:
                if self.editing_id is None:
                    self.list_id = lists.create_list(session, self.data()).id
                else:
                    self.list_id = lists.change_list(session, self.editing_id, self.data()).id
        except ValidationError as exc:
            self._show(exc)
            return
        except AppError as exc:
            self.error.setText(exc.translated(QCoreApplication.translate))
            self.error.setVisible(True)
            return
        self.accept()

    def _show(self, exc: ValidationError) -> None:
        line = self.errors.get(exc.field or "")
        if line is None:
            self.error.setText(exc.translated(QCoreApplication.translate))
            self.error.setVisible(True)
            return
        line.setText(exc.translated(QCoreApplication.translate))
        line.setVisible(True)
        focus = {
            "name": self.name,
            "villages": self.villages,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "description": self.description,
        }.get(exc.field or "")
        if focus is not None:
            focus.setFocus()
