"""The administrator's staff accounts: who may sign in, in which role, and the screen lock's idle time."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.db import Database
from vauhdittamo.errors import AppError
from vauhdittamo.services import staff as staff_service
from vauhdittamo.services.permissions import Actor
from vauhdittamo.services.staff import StaffAccount
from vauhdittamo.timeutil import format_local, utcnow
from vauhdittamo.ui.admin.staff_dialog import StaffDialog
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.format import format_local_time
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.settings import IDLE_LOCK_RANGE, idle_lock_minutes, set_idle_lock_minutes
from vauhdittamo.ui.sign_in.password_dialog import PasswordDialog
from vauhdittamo.ui.tasks import Outcome, TaskRunner
from vauhdittamo.ui.widgets.page import SectionTitle
from vauhdittamo.ui.widgets.table_model import ATTENTION_COLOUR, Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

INACTIVE_COLOUR = "#8a96a3"


def _read_accounts(db: Database, actor: Actor) -> list[StaffAccount]:
    """The staff accounts, read in the background."""
    with db.session(actor) as session:
        return staff_service.staff_accounts(session)


class StaffTab(QWidget):
    """Every staff account with its role, state, password and last sign-in; below, the screen lock setting.

    Signals:
        changed(): an account was saved.
        idle_lock_changed(int): the idle minutes before the screen locks were changed.
    """

    changed = Signal()
    idle_lock_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loader = TaskRunner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(10)

        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New staff member…"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_account)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_account)
        self.password_button = QPushButton(self.tr("Set password…"))
        self.password_button.clicked.connect(self.set_password)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        for button in (self.new_button, self.edit_button, self.password_button, self.active_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.model: RowTableModel[StaffAccount] = RowTableModel(
            [
                Column(self.tr("Name"), self.name_text, self.name_key, colour=self.row_colour),
                Column(self.tr("Role"), self.role_text, colour=self.row_colour),
                Column(self.tr("Organisation"), self.organisation_text, colour=self.row_colour),
                Column(self.tr("State"), self.state_text, colour=self.state_colour),
                Column(self.tr("Password"), self.password_text, colour=self.password_colour),
                Column(self.tr("Last sign-in"), self.last_sign_in_text, self.last_sign_in_key, colour=self.row_colour),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.set_column_widths(210, 150, 230, 160, 140, 150)
        self.view.stretch_column(2)
        fit_columns(self.view)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.view, 1)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        layout.addWidget(SectionTitle(self.tr("Screen lock")))
        lock_row = QHBoxLayout()
        lock_row.setSpacing(8)
        lock_row.addWidget(QLabel(self.tr("Lock the screen after")))
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(*IDLE_LOCK_RANGE)
        self.idle_spin.setValue(idle_lock_minutes())
        self.idle_spin.setMinimumWidth(80)
        self.idle_spin.valueChanged.connect(self._idle_changed)
        lock_row.addWidget(self.idle_spin)
        lock_row.addWidget(QLabel(self.tr("minutes without use")))
        lock_row.addStretch(1)
        layout.addLayout(lock_row)
        note = QLabel(self.tr("On this computer. Anyone can lock at once with Ctrl+L; unlocking needs the "
                              "password or PIN of whoever is signed in."))
        note.setObjectName("mutedLabel")
        note.setWordWrap(True)
        layout.addWidget(note)
        self._update_buttons()

    # ------------------------------------------------------------------ texts

    def name_text(self, account: StaffAccount) -> str:
        return account.display_name

    def name_key(self, account: StaffAccount) -> str:
        return account.display_name.casefold()

    def role_text(self, account: StaffAccount) -> str:
        return label(account.role)

    def organisation_text(self, account: StaffAccount) -> str:
        return account.organisation

    def state_text(self, account: StaffAccount) -> str:
        if not account.active:
            return self.tr("Inactive")
        if account.locked(utcnow()) and account.locked_until is not None:
            return self.tr("Locked until {time}").format(time=format_local_time(account.locked_until))
        return self.tr("Active")

    def password_text(self, account: StaffAccount) -> str:
        if not account.has_password:
            return self.tr("Not set")
        if account.password_set_at is None:
            return self.tr("Set")
        return self.tr("Set {date}").format(date=format_local(account.password_set_at, with_time=False))

    def last_sign_in_text(self, account: StaffAccount) -> str:
        return format_local(account.last_sign_in) if account.last_sign_in else self.tr("never")

    def last_sign_in_key(self, account: StaffAccount) -> str:
        return account.last_sign_in.isoformat() if account.last_sign_in else ""

    def row_colour(self, account: StaffAccount) -> str | None:
        return None if account.active else INACTIVE_COLOUR

    def state_colour(self, account: StaffAccount) -> str | None:
        if account.active and account.locked(utcnow()):
            return ATTENTION_COLOUR
        return self.row_colour(account)

    def password_colour(self, account: StaffAccount) -> str | None:
        if account.active and not account.has_password:
            return ATTENTION_COLOUR
        return self.row_colour(account)

    # ------------------------------------------------------------------ loading

    def refresh(self, choose: str | None = None) -> None:
        """Read the staff accounts again (in the background), then choose *choose* or the one chosen now."""
        if choose is None:
            chosen = self.selected()
            choose = chosen.staff_id if chosen is not None else None
        job = functools.partial(_read_accounts, self.context.db, self.context.actor)
        self.loader.run(job, functools.partial(self._show, choose))

    def _show(self, choose: str | None, outcome: Outcome) -> None:
        if outcome.nothing_to_show(self._show_error):
            return
        rows: list[StaffAccount] = outcome.result
        self.model.set_rows(rows)
        fit_columns(self.view, (1, 3, 4, 5))
        if choose is not None and any(row.staff_id == choose for row in rows):
            self.select(choose)
        elif rows:
            self.view.selectRow(0)
        self._update_buttons()

    def select(self, staff_id: str | None) -> None:
        for row, account in enumerate(self.model.rows()):
            if account.staff_id == staff_id:
                self.view.selectRow(row)
                return

    def selected(self) -> StaffAccount | None:
        account: StaffAccount | None = self.view.selected_row()
        return account

    def _current_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _double_clicked(self, *_args: object) -> None:
        self.edit_account()

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.edit_button, self.password_button, self.active_button):
            button.setEnabled(account is not None)
        self.active_button.setText(
            self.tr("Activate") if account is not None and not account.active else self.tr("Deactivate")
        )

    # ------------------------------------------------------------------ actions

    def _show_error(self, exc: AppError | None) -> None:
        self.error_label.setText(exc.translated(QCoreApplication.translate) if exc else "")
        self.error_label.setVisible(exc is not None)

    def _saved(self, staff_id: str | None) -> None:
        self._show_error(None)
        self.refresh(choose=staff_id)
        self.changed.emit()

    def new_account(self) -> None:
        dialog = StaffDialog(self.context, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved(dialog.staff_id)

    def edit_account(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = StaffDialog(self.context, account, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved(dialog.staff_id)

    def set_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        dialog = PasswordDialog(self.context, account.staff_id, account.display_name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved(account.staff_id)

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        if account.active:
            answer = QMessageBox.question(
                self,
                self.tr("Deactivate"),
                self.tr("{name} can no longer sign in. Their visits, referrals and other history stay, and the "
                        "account can be taken into use again.").format(name=account.display_name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            with self.context.transaction() as session:
                staff_service.set_active(session, account.staff_id, not account.active)
        except AppError as exc:
            self._show_error(exc)
            return
        self._saved(account.staff_id)

    def _idle_changed(self, minutes: int) -> None:
        set_idle_lock_minutes(minutes)
        self.idle_lock_changed.emit(minutes)
