"""The database passphrase, asked at start where no keyring works on the computer.

At the first start (a new database, or a plain one about to be encrypted) the user chooses a
passphrase and types it twice; later the user enters it, and a wrong one can be retyped.
Cancel quits the application.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.dbkey import MIN_PASSPHRASE_LENGTH, PassphraseRequest, check_new_passphrase
from vauhdittamo.errors import ValidationError


class PassphraseDialog(QDialog):
    """Choose (``request.new``) or enter the passphrase of the database; ``passphrase()`` after accept."""

    def __init__(self, request: PassphraseRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(self.tr("Vauhdittamo desk – database passphrase"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)

        heading = QLabel(
            self.tr("Choose a passphrase for the database")
            if request.new
            else self.tr("Enter the passphrase of the database")
        )
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)

        if request.new:
            explanation = self.tr(
                "No keyring works on this computer, so the database {path} is protected with a passphrase. "
                "It is asked at every start."
            )
        elif request.keyring_works:
            explanation = self.tr(
                "The key of the database {path} is not in this computer's keyring. "
                "If the database has a passphrase, enter it."
            )
        else:
            explanation = self.tr("The database {path} is protected with a passphrase.")
        self.explanation = QLabel(explanation.format(path=request.path))
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        if request.new:
            self.warning = QLabel(
                self.tr(
                    "Write it down and keep it in a safe place: a lost passphrase cannot be recovered, "
                    "and without it the data is lost."
                )
            )
            self.warning.setWordWrap(True)
            self.warning.setObjectName("fieldError")
            layout.addWidget(self.warning)

        form = QFormLayout()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("Passphrase"), self.passphrase_edit)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("The same again"))
        if request.new:
            self.passphrase_edit.setPlaceholderText(
                self.tr("At least {minimum} characters").format(minimum=MIN_PASSPHRASE_LENGTH)
            )
            form.addRow(self.tr("The same again"), self.repeat_edit)
        else:
            self.repeat_edit.setVisible(False)
        self.show_check = QCheckBox(self.tr("Show the passphrase"))
        self.show_check.toggled.connect(self._show_passphrase)
        form.addRow("", self.show_check)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        form.addRow("", self.error_label)
        layout.addLayout(form)
        if request.wrong:
            self._show_error(self.tr("The passphrase is wrong. Try again."))
        else:
            self.error_label.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Use this passphrase") if request.new else self.tr("Open"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        for button in self.buttons.buttons():
            button.setIcon(QIcon())  # plain text buttons, as everywhere else in the app
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase_edit.setFocus()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def accept(self) -> None:
        if self.request.new:
            try:
                check_new_passphrase(self.passphrase_edit.text(), self.repeat_edit.text())
            except ValidationError as exc:
                self._show_error(exc.translated(QCoreApplication.translate))
                (self.repeat_edit if exc.field == "repeat" else self.passphrase_edit).setFocus()
                return
        elif not self.passphrase_edit.text():
            self.passphrase_edit.setFocus()
            return
        super().accept()


def ask_passphrase(request: PassphraseRequest) -> str | None:
    """Show the dialog; the passphrase, or ``None`` when the user quits."""
    dialog = PassphraseDialog(request)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.passphrase()
        return None
    finally:
        dialog.passphrase_edit.clear()
        dialog.repeat_edit.clear()
        dialog.deleteLater()
