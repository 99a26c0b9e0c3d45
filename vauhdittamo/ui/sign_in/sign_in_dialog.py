"""Signing in at start: choose your name, type your password; on a new database, the first administrator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo import APP_DISPLAY_NAME
from vauhdittamo.db import Database
from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.services import auth
from vauhdittamo.services import staff as staff_service
from vauhdittamo.services.auth import SignedIn
from vauhdittamo.services.permissions import system
from vauhdittamo.ui.labels import label

# Nobody is signed in yet: the sign-in screen lists the accounts and checks passwords as the system.
SIGN_IN = system("sign-in")


class SignInDialog(QDialog):
    """Who is working at this desk, proved with their password or PIN.

    The name field completes as you type (any part of the name); Enter moves to the password, and
    Enter there signs in. While no administrator can sign in (a new database) the dialog shows the
    form for the first administrator instead. After ``accept()`` the account is in ``signed_in``.
    """

    SIGN_IN_PAGE = 0
    FIRST_ADMIN_PAGE = 1

    def __init__(self, db: Database, last_staff_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.signed_in: SignedIn | None = None
        self.setWindowTitle(self.tr("{app} – sign in").format(app=APP_DISPLAY_NAME))
        self.setMinimumWidth(460)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        # Two pages, one shown (hidden widgets take no room, so the dialog fits the shown one).
        self.pages = [self._build_sign_in(), self._build_first_admin()]
        self.page = self.SIGN_IN_PAGE
        for page in self.pages:
            layout.addWidget(page)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("primary")
        # Enter is handled by the fields themselves (the name moves on to the password), not a default button.
        self.sign_in_button.setAutoDefault(False)
        self.sign_in_button.clicked.connect(self.submit)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.sign_in_button)
        layout.addLayout(buttons)
        self._load(last_staff_id)

    # ------------------------------------------------------------------ building

    def _build_sign_in(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Sign in"))
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        hint = QLabel(self.tr("Choose your name and type your password or PIN."))
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        self.name_combo = QComboBox()
        self.name_combo.setEditable(True)
        self.name_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_combo.setMinimumWidth(260)
        completer = QCompleter(self.name_combo.model(), self.name_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.name_combo.setCompleter(completer)
        line = self.name_combo.lineEdit()
        assert line is not None  # the combo box was made editable above
        line.setPlaceholderText(self.tr("Type or choose your name"))
        line.returnPressed.connect(self._name_entered)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(auth.SECRET_MAX)
        self.password_edit.returnPressed.connect(self.submit)
        form.addRow(self.tr("Name"), self.name_combo)
        form.addRow(self.tr("Password or PIN"), self.password_edit)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        return page

    def _build_first_admin(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Create the first administrator"))
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        self.first_admin_hint = QLabel()
        self.first_admin_hint.setObjectName("mutedLabel")
        self.first_admin_hint.setWordWrap(True)
        layout.addWidget(self.first_admin_hint)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        self.admin_name = QLineEdit()
        self.admin_name.setMaxLength(120)
        self.admin_name.setPlaceholderText(self.tr("First and last name"))
        self.admin_password = QLineEdit()
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_password.setMaxLength(auth.SECRET_MAX)
        self.admin_again = QLineEdit()
        self.admin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_again.setMaxLength(auth.SECRET_MAX)
        self.admin_again.returnPressed.connect(self.submit)
        self.admin_name.returnPressed.connect(self.admin_password.setFocus)
        self.admin_password.returnPressed.connect(self.admin_again.setFocus)
        form.addRow(self.tr("Name"), self.admin_name)
        form.addRow(self.tr("Password or PIN"), self.admin_password)
        form.addRow(self.tr("Again"), self.admin_again)
        layout.addLayout(form)
        rules = QLabel(self.tr("At least 10 characters, or a PIN of at least 6 digits."))
        rules.setObjectName("mutedLabel")
        rules.setWordWrap(True)
        layout.addWidget(rules)
        self.admin_error = QLabel()
        self.admin_error.setObjectName("fieldError")
        self.admin_error.setWordWrap(True)
        self.admin_error.setVisible(False)
        layout.addWidget(self.admin_error)
        return page

    # ------------------------------------------------------------------ loading

    def _show_page(self, index: int) -> None:
        self.page = index
        for number, page in enumerate(self.pages):
            page.setVisible(number == index)
        self.adjustSize()

    def _load(self, select_id: str | None) -> None:
        with self.db.session(SIGN_IN) as session:
            first_admin = auth.needs_first_administrator(session)
            members = [(m.id, m.display_name, m.role) for m in staff_service.active_staff(session)]
        if first_admin:
            self.first_admin_hint.setText(
                self.tr("Staff accounts from an earlier version have no passwords yet. Create an administrator "
                        "(or give yours a password by writing your name as it is); the administrator then sets "
                        "the others' passwords.")
                if members
                else self.tr("Nobody can sign in yet. The first administrator manages the staff accounts: "
                             "adds the others and sets their passwords.")
            )
            self._show_page(self.FIRST_ADMIN_PAGE)
            self.sign_in_button.setText(self.tr("Create and sign in"))
            self.admin_name.setFocus()
            return
        self._show_page(self.SIGN_IN_PAGE)
        self.name_combo.clear()
        for member_id, name, role in members:
            self.name_combo.addItem(name, member_id)
            self.name_combo.setItemData(
                self.name_combo.count() - 1, label(role), Qt.ItemDataRole.ToolTipRole
            )
        index = self.name_combo.findData(select_id) if select_id else -1
        self.name_combo.setCurrentIndex(index)
        if index < 0:
            self.name_combo.setEditText("")
            self.name_combo.setFocus()
        else:
            self.password_edit.setFocus()

    # ------------------------------------------------------------------ actions

    def _name_entered(self) -> None:
        self.password_edit.setFocus()

    def chosen_account(self) -> str:
        """The chosen account's id, or the typed name when it is not one of the list's."""
        text = self.name_combo.currentText().strip()
        index = self.name_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.name_combo.itemData(index))
        return text

    def submit(self) -> None:
        if self.page == self.FIRST_ADMIN_PAGE:
            self.create_first_admin()
        else:
            self.sign_in()

    def show_error(self, text: str) -> None:
        target = self.admin_error if self.page == self.FIRST_ADMIN_PAGE else self.error_label
        target.setText(text)
        target.setVisible(bool(text))

    def sign_in(self) -> None:
        account = self.chosen_account()
        password = self.password_edit.text()
        if not account:
            self.show_error(self.tr("Choose your name first."))
            self.name_combo.setFocus()
            return
        if not password:
            self.show_error(self.tr("Type your password or PIN."))
            self.password_edit.setFocus()
            return
        try:
            with self.db.transaction(SIGN_IN) as session:
                self.signed_in = auth.sign_in(session, account, password)
        except AppError as exc:
            self.password_edit.clear()
            self.show_error(exc.translated(QCoreApplication.translate))
            self.password_edit.setFocus()
            return
        self.password_edit.clear()
        super().accept()

    def create_first_admin(self) -> None:
        password = self.admin_password.text()
        if password != self.admin_again.text():
            self.show_error(self.tr("The two passwords differ. Type the same password twice."))
            self.admin_again.clear()
            self.admin_again.setFocus()
            return
        try:
            with self.db.transaction(SIGN_IN) as session:
                self.signed_in = auth.create_first_administrator(session, self.admin_name.text(), password)
        except ValidationError as exc:
            self.show_error(exc.translated(QCoreApplication.translate))
            (self.admin_name if exc.field == "display_name" else self.admin_password).setFocus()
            return
        except AppError as exc:
            self.show_error(exc.translated(QCoreApplication.translate))
            return
        self.admin_password.clear()
        self.admin_again.clear()
        super().accept()

    def accept(self) -> None:
        """Enter anywhere signs in (never accepts without a checked password)."""
        self.submit()
