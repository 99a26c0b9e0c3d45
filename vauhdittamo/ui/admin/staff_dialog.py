"""A staff account's details: a new account (with its first password, if known) or an edit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.models import StaffRole
from vauhdittamo.services import auth
from vauhdittamo.services import staff as staff_service
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.labels import label


class StaffDialog(QDialog):
    """A new account (*account* ``None``) or an edit of one. After ``accept()``: ``staff_id``."""

    def __init__(
        self, context: AppContext, account: staff_service.StaffAccount | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.editing_id = account.staff_id if account is not None else None
        self.staff_id: str | None = None
        heading = self.tr("New staff member") if account is None else self.tr("Edit staff member")
        self.setWindowTitle(heading)
        self.setMinimumWidth(500)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        title = QLabel(heading)
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setMaxLength(120)
        self.email_edit = QLineEdit()
        self.email_edit.setMaxLength(254)
        self.role_combo = QComboBox()
        for role in StaffRole:
            self.role_combo.addItem(label(role), role.value)
        self.active_check = QCheckBox(self.tr("Can sign in (active)"))
        self.active_check.setChecked(True)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Organisation"), self.organisation_edit)
        form.addRow(self.tr("Email"), self.email_edit)
        form.addRow(self.tr("Role"), self.role_combo)
        form.addRow("", self.active_check)
        self.password_edit = QLineEdit()
        self.again_edit = QLineEdit()
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(auth.SECRET_MAX)
        if account is None:
            form.addRow(self.tr("Password or PIN"), self.password_edit)
            form.addRow(self.tr("Again"), self.again_edit)
        else:
            self.password_edit.setVisible(False)
            self.again_edit.setVisible(False)
        layout.addLayout(form)
        if account is None:
            hint = QLabel(self.tr("At least 10 characters, or a PIN of at least 6 digits. Leave empty to set it "
                                  "later with “Set password…”."))
            hint.setObjectName("mutedLabel")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        if account is not None:
            self.name_edit.setText(account.display_name)
            self.organisation_edit.setText(account.organisation)
            self.email_edit.setText(account.email)
            self.role_combo.setCurrentIndex(self.role_combo.findData(account.role.value))
            self.active_check.setChecked(account.active)
        self.name_edit.setFocus()

    def input(self) -> staff_service.StaffInput:
        return staff_service.StaffInput(
            display_name=self.name_edit.text(),
            role=StaffRole(self.role_combo.currentData()),
            organisation=self.organisation_edit.text(),
            email=self.email_edit.text(),
            active=self.active_check.isChecked(),
        )

    def _error(self, text: str, focus: QWidget | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)
        if focus is not None:
            focus.setFocus()

    def save(self) -> None:
        self.error_label.setVisible(False)
        password = self.password_edit.text()
        if self.editing_id is None and password != self.again_edit.text():
            self.again_edit.clear()
            self._error(self.tr("The two passwords differ. Type the same password twice."), self.again_edit)
            return
        try:
            with self.context.transaction() as session:
                if self.editing_id is None:
                    member = staff_service.create_staff(session, self.input(), password)
                else:
                    member = staff_service.update_staff(session, self.editing_id, self.input())
                staff_id = member.id
        except ValidationError as exc:
            fields: dict[str | None, tuple[str, QWidget]] = {
                "display_name": (self.tr("Name"), self.name_edit),
                "organisation": (self.tr("Organisation"), self.organisation_edit),
                "email": (self.tr("Email"), self.email_edit),
                "password": (self.tr("Password or PIN"), self.password_edit),
            }
            caption, widget = fields.get(exc.field, ("", self.name_edit))
            message = exc.translated(QCoreApplication.translate)
            self._error(f"{caption}: {message}" if caption else message, widget)
            return
        except AppError as exc:
            self._error(exc.translated(QCoreApplication.translate))
            return
        self.password_edit.clear()
        self.again_edit.clear()
        self.staff_id = staff_id
        self.accept()
