"""A partner organisation's details: a new one or an edit, with a plain error next to each field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError
from vauhdittamo.models import PartnerCategory
from vauhdittamo.services import partner_directory as pd
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.labels import label

LINE_FIELDS = ("name", "contact_person", "phone", "email", "address", "opening_hours")
LIMITS = {
    "name": pd.NAME_LIMIT,
    "contact_person": pd.CONTACT_PERSON_LIMIT,
    "phone": 40,
    "email": 254,
    "address": pd.ADDRESS_LIMIT,
    "opening_hours": pd.OPENING_HOURS_LIMIT,
}
FIELD_ORDER = ("name", "category", *LINE_FIELDS[1:], "description")


def error_label() -> QLabel:
    """The hidden red line under a field."""
    error = QLabel()
    error.setObjectName("fieldError")
    error.setWordWrap(True)
    error.setVisible(False)
    return error


class OrganisationDialog(QDialog):
    """A new organisation (*organisation* ``None``) or an edit of one.

    After ``accept()``: ``organisation_id`` is the saved organisation.
    """

    def __init__(
        self, context: AppContext, organisation: pd.OrganisationEntry | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.editing_id = organisation.id if organisation is not None else None
        self.organisation_id: str | None = None
        heading = self.tr("New partner organisation") if organisation is None else self.tr("Edit partner organisation")
        self.setWindowTitle(heading)
        self.setMinimumWidth(520)

        layout = QVBoxLayout(self)
        title = QLabel(heading)
        title.setObjectName("dialogTitle")
        layout.addWidget(title)

        form = QFormLayout()
        form.setVerticalSpacing(4)
        captions = {
            "name": self.tr("Name"),
            "contact_person": self.tr("Contact person"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "address": self.tr("Address"),
            "opening_hours": self.tr("Opening hours"),
        }
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for name in LINE_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            edit.setMaxLength(LIMITS[name])
            self.edits[name] = edit
            form.addRow(captions[name], edit)
            self.errors[name] = error_label()
            form.addRow("", self.errors[name])
            if name == "name":
                self.category = QComboBox()
                self.category.setObjectName("field_category")
                for category in pd.CATEGORY_ORDER:
                    self.category.addItem(label(category), category.value)
                form.addRow(self.tr("Category"), self.category)
                self.errors["category"] = error_label()
                form.addRow("", self.errors["category"])
        self.description = QPlainTextEdit()
        self.description.setObjectName("field_description")
        self.description.setPlaceholderText(self.tr("What the organisation is for and when to refer a client there"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        form.addRow(self.tr("What it is for"), self.description)
        self.errors["description"] = error_label()
        form.addRow("", self.errors["description"])
        layout.addLayout(form)

        self.form_error = error_label()
        layout.addWidget(self.form_error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        if organisation is not None:
            self.set_input(pd.OrganisationInput.of(organisation))
        self.edits["name"].setFocus()

    def set_input(self, data: pd.OrganisationInput) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
        index = self.category.findData(str(data.category))
        if index >= 0:
            self.category.setCurrentIndex(index)
        self.description.setPlainText(data.description)

    def set_category(self, category: PartnerCategory) -> None:
        self.category.setCurrentIndex(self.category.findData(category.value))

    def input(self) -> pd.OrganisationInput:
        return pd.OrganisationInput(
            category=str(self.category.currentData() or ""),
            description=self.description.toPlainText(),
            **{name: edit.text() for name, edit in self.edits.items()},
        )

    def save(self) -> None:
        for error in self.errors.values():
            error.setVisible(False)
        self.form_error.setVisible(False)
        try:
            with self.context.transaction() as session:
                if self.editing_id is None:
                    organisation = pd.create_organisation(session, self.input())
                else:
                    organisation = pd.update_organisation(session, self.editing_id, self.input())
                organisation_id = organisation.id
        except pd.InvalidOrganisation as invalid:
            self._show_errors(invalid)
            return
        except AppError as exc:
            self.form_error.setText(exc.translated(QCoreApplication.translate))
            self.form_error.setVisible(True)
            return
        self.organisation_id = organisation_id
        self.accept()

    def _show_errors(self, invalid: pd.InvalidOrganisation) -> None:
        by_field = invalid.by_field()
        for field, error in by_field.items():
            shown = self.errors.get(field, self.form_error)
            shown.setText(error.translated(QCoreApplication.translate))
            shown.setVisible(True)
        first_bad = next((f for f in FIELD_ORDER if f in by_field), None)
        if first_bad is not None:
            self._widget(first_bad).setFocus()

    def _widget(self, field: str) -> QWidget:
        if field == "category":
            return self.category
        if field == "description":
            return self.description
        return self.edits[field]
