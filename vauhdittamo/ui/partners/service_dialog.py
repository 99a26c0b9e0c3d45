"""A partner service's details: a new one or an edit, with a plain error next to each field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
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
from vauhdittamo.models.partner import DEFAULT_RESPONSE_DAYS
from vauhdittamo.services import partner_directory as pd
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.partners.organisation_dialog import error_label


class ServiceDialog(QDialog):
    """A new service of *organisation* (*service* ``None``) or an edit of one of its services.

    After ``accept()``: ``service_id`` is the saved service.
    """

    def __init__(
        self,
        context: AppContext,
        organisation: pd.OrganisationEntry,
        service: pd.ServiceEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation_id = organisation.id
        self.editing_id = service.id if service is not None else None
        self.service_id: str | None = None
        heading = self.tr("New service") if service is None else self.tr("Edit service")
        self.setWindowTitle(heading)
        self.setMinimumWidth(480)

        layout = QVBoxLayout(self)
        title = QLabel(heading)
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        owner = QLabel(organisation.name)
        owner.setObjectName("mutedLabel")
        layout.addWidget(owner)

        form = QFormLayout()
        form.setVerticalSpacing(4)
        self.name = QLineEdit()
        self.name.setObjectName("field_name")
        self.name.setMaxLength(pd.NAME_LIMIT)
        form.addRow(self.tr("Name"), self.name)
        self.errors: dict[str, QLabel] = {"name": error_label()}
        form.addRow("", self.errors["name"])

        self.response_days = QLineEdit()
        self.response_days.setObjectName("field_response_days")
        self.response_days.setMaxLength(3)
        self.response_days.setPlaceholderText(
            self.tr("empty: the category's default, {days} days").format(
                days=DEFAULT_RESPONSE_DAYS.get(organisation.category, 14)
            )
        )
        form.addRow(self.tr("Response time (days)"), self.response_days)
        self.errors["response_days"] = error_label()
        form.addRow("", self.errors["response_days"])

        self.description = QPlainTextEdit()
        self.description.setObjectName("field_description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        form.addRow(self.tr("Description"), self.description)
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

        if service is not None:
            data = pd.ServiceInput.of(service)
            self.name.setText(data.name)
            self.response_days.setText(data.response_days)
            self.description.setPlainText(data.description)
        self.name.setFocus()

    def input(self) -> pd.ServiceInput:
        return pd.ServiceInput(
            name=self.name.text(),
            description=self.description.toPlainText(),
            response_days=self.response_days.text(),
        )

    def save(self) -> None:
        for error in self.errors.values():
            error.setVisible(False)
        self.form_error.setVisible(False)
        try:
            with self.context.transaction() as session:
                if self.editing_id is None:
                    service = pd.create_service(session, self.organisation_id, self.input())
                else:
                    service = pd.update_service(session, self.editing_id, self.input())
                service_id = service.id
        except pd.InvalidService as invalid:
            self._show_errors(invalid)
            return
        except AppError as exc:
            self.form_error.setText(exc.translated(QCoreApplication.translate))
            self.form_error.setVisible(True)
            return
        self.service_id = service_id
        self.accept()

    def _show_errors(self, invalid: pd.InvalidService) -> None:
        by_field = invalid.by_field()
        for field, error in by_field.items():
            shown = self.errors.get(field, self.form_error)
            shown.setText(error.translated(QCoreApplication.translate))
            shown.setVisible(True)
        widgets: dict[str, QWidget] = {
            "name": self.name,
            "response_days": self.response_days,
            "description": self.description,
        }
        first_bad = next((widgets[f] for f in widgets if f in by_field), None)
        if first_bad is not None:
            first_bad.setFocus()
