"""Setting a password or PIN: one's own (with the current one), or another's by an administrator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.services import auth
from vauhdittamo.services import staff as staff_service
from vauhdittamo.ui.context import AppContext


def _secret_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(auth.SECRET_MAX)
    edit.setMinimumWidth(240)
    return edit


class PasswordDialog(QDialog):
    """A new password or PIN, typed twice. Changing one's own also asks the current one."""

    def __init__(self, context: AppContext, staff_id: str, staff_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.staff_id = staff_id
        self.own = staff_id == context.staff_id
        self.setWindowTitle(self.tr("Change your password") if self.own else self.tr("Set a password"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        heading = QLabel(
            self.tr("Change your password or PIN")
            if self.own
            else self.tr("A new password or PIN for {name}").format(name=staff_name)
        )
        heading.setObjectName("dialogTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        hint = QLabel(
            self.tr("At least 10 characters, or a PIN of at least 6 digits.")
            if self.own
            else self.tr("At least 10 characters, or a PIN of at least 6 digits. Give it to {name} in person; "
                         "this also ends a lockout after wrong passwords.").format(name=staff_name)
        )
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        self.current_edit = _secret_field()
        self.new_edit = _secret_field()
        self.again_edit = _secret_field()
        if self.own:
            form.addRow(self.tr("Current password"), self.current_edit)
        else:
            self.current_edit.setVisible(False)
        form.addRow(self.tr("New password or PIN"), self.new_edit)
        form.addRow(self.tr("Again"), self.again_edit)
        layout.addLayout(form)
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
        (self.current_edit if self.own else self.new_edit).setFocus()

    def _error(self, text: str, focus: QLineEdit) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)
        focus.setFocus()

    def save(self) -> None:
        new = self.new_edit.text()
        if new != self.again_edit.text():
            self.again_edit.clear()
            self._error(self.tr("The two passwords differ. Type the same password twice."), self.again_edit)
            return
        try:
            with self.context.transaction(write_lock=False) as session:
                if self.own:
                    auth.set_password(session, self.staff_id, new, current_password=self.current_edit.text())
                else:
                    staff_service.reset_password(session, self.staff_id, new)
        except ValidationError as exc:
            focus = self.current_edit if exc.field == "current_password" else self.new_edit
            focus.clear()
            self._error(exc.translated(QCoreApplication.translate), focus)
            return
        except AppError as exc:
            self._error(exc.translated(QCoreApplication.translate), self.new_edit)
            return
        for edit in (self.current_edit, self.new_edit, self.again_edit):
            edit.clear()
        self.accept()
