"""Synkronointi: this installation against the central hub — settings, Sync now, what waits, conflicts.

The hub's address and user name are preferences of this computer (QSettings); the password lives
only in the operating system's keyring, or — where no keyring works — in memory until the app closes.
The sync runs in the background; the screen stays usable offline with no hub at all.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)
from sqlalchemy.exc import ArgumentError

from vauhdittamo.db import Database, schema_revision
from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError
from vauhdittamo.services.permissions import Permission
from vauhdittamo.sync import credentials
from vauhdittamo.sync.conflicts import open_conflicts
from vauhdittamo.sync.errors import HubUnreachableError
from vauhdittamo.sync.protocol import SyncReport, last_successful_sync, pending_changes, sync
from vauhdittamo.sync.transport import connect_hub, hub_url
from vauhdittamo.timeutil import format_local
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.settings import app_settings
from vauhdittamo.ui.tasks import Outcome, ProgressRelay, TaskRunner
from vauhdittamo.ui.widgets.page import Page, SectionTitle, StatCard, StatRow

HUB_ADDRESS = "sync/hub_address"
HUB_USER = "sync/hub_user"
AUTO_SYNC = "sync/auto"
AUTO_MINUTES = "sync/auto_minutes"
DEFAULT_AUTO_MINUTES = 15

# The engine's stage names, translated for the progress line.
STAGES = {
    "Connecting to the hub": QT_TRANSLATE_NOOP("SyncPage", "Connecting to the hub"),
    "Sending changes": QT_TRANSLATE_NOOP("SyncPage", "Sending changes"),
    "Receiving changes": QT_TRANSLATE_NOOP("SyncPage", "Receiving changes"),
    "Done": QT_TRANSLATE_NOOP("SyncPage", "Done"),
}
MSG_BAD_ADDRESS = QT_TRANSLATE_NOOP(
    "errors", "The hub address is not valid. Write it as postgresql://server:5432/database (and ?sslmode=require)."
)


def run_sync(
    db: Database, address: str, user: str, password: str, progress: Callable[[float, str], None]
) -> SyncReport:
    """The background job: connect, sync, let go of the connection."""
    try:
        url = hub_url(address).set(username=user or None, password=password or None)
    except ArgumentError:
        raise AppError(MSG_BAD_ADDRESS) from None
    hub = connect_hub(url)
    try:
        return sync(db, hub, progress)
    finally:
        hub.dispose()


class SyncPage(Page):
    """Hub settings, Sync now (F5 on this screen), the state of this installation and the conflicts."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, background: bool | None = None) -> None:
        super().__init__(
            self.tr("Sync"),
            self.tr(
                "This installation keeps all its data locally and works fully offline. "
                "When a central hub is configured, syncing brings every installation to the same data."
            ),
            parent,
        )
        self.context = context
        self.tasks = TaskRunner(self, background)
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self._show_progress)
        self.memory_password = ""  # only where no keyring works; gone when the app closes
        settings = app_settings()

        self.waiting_card = StatCard(self.tr("changes waiting to be sent"))
        self.conflicts_card = StatCard(self.tr("conflicts to review"))
        self.last_card = StatCard(self.tr("last successful sync"))
        self.body.addWidget(StatRow([self.waiting_card, self.conflicts_card, self.last_card]))

        self.body.addWidget(SectionTitle(self.tr("Central hub")))
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(8)
        self.address = QLineEdit(str(settings.value(HUB_ADDRESS, "")))
        self.address.setObjectName("hubAddress")
        self.address.setPlaceholderText("postgresql://hub.example.fi:5432/vauhdittamo?sslmode=require")
        form.addRow(self.tr("Hub address"), self.address)
        self.user = QLineEdit(str(settings.value(HUB_USER, "")))
        self.user.setPlaceholderText(self.tr("your own hub user, from the municipality's IT"))
        form.addRow(self.tr("User name"), self.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the keyring of this computer, never in a file"))
        form.addRow(self.tr("Password"), self.password)
        auto_row = QHBoxLayout()
        self.auto = QCheckBox(self.tr("Sync automatically every"))
        self.auto.setChecked(str(settings.value(AUTO_SYNC, "false")) == "true")
        self.auto_minutes = QSpinBox()
        self.auto_minutes.setRange(5, 240)
        self.auto_minutes.setSuffix(self.tr(" min"))
        self.auto_minutes.setValue(int(str(settings.value(AUTO_MINUTES, DEFAULT_AUTO_MINUTES))))
        auto_hint = QLabel(self.tr("when the hub can be reached"))
        auto_hint.setObjectName("mutedLabel")
        auto_row.addWidget(self.auto)
        auto_row.addWidget(self.auto_minutes)
        auto_row.addWidget(auto_hint)
        auto_row.addStretch(1)
        form.addRow("", auto_row)
        self.body.addLayout(form)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save_settings)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("primary")
        self.sync_button.setShortcut(QKeySequence("Ctrl+S"))
        self.sync_button.setToolTip(self.tr("Ctrl+S"))
        self.sync_button.clicked.connect(self.sync_now)
        self.conflicts_button = QPushButton(self.tr("Review conflicts…"))
        self.conflicts_button.clicked.connect(self.review_conflicts)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        buttons.addWidget(self.conflicts_button)
        self.body.addLayout(buttons)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.body.addWidget(self.progress)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.message)

        self.body.addWidget(SectionTitle(self.tr("This installation")))
        about = QFormLayout()
        about.setHorizontalSpacing(18)
        self.database_value = QLabel()
        self.device_value = QLabel()
        self.schema_value = QLabel()
        for value in (self.database_value, self.device_value, self.schema_value):
            value.setObjectName("valueLabel")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about.addRow(self.tr("Database"), self.database_value)
        about.addRow(self.tr("Device id"), self.device_value)
        about.addRow(self.tr("Schema version"), self.schema_value)
        self.body.addLayout(about)
        self.body.addStretch(1)

        may_sync = can(context, Permission.SYNC)
        for widget in (self.sync_button, self.save_button, self.address, self.user, self.password, self.auto,
                       self.auto_minutes):
            widget.setEnabled(may_sync)
        if not may_sync:
            self.message.setText(self.tr("Your role does not synchronise; ask a coordinator or an outreach worker."))
        self.conflicts_button.setVisible(can(context, Permission.RESOLVE_CONFLICTS))

        self.timer = QTimer(self)
        self.timer.timeout.connect(self._auto_sync)
        self.auto.toggled.connect(lambda _on: self._arm_timer())
        self.auto_minutes.valueChanged.connect(lambda _v: self._arm_timer())
        self._arm_timer()

    # ------------------------------------------------------------------ state

    def refresh(self) -> None:
        db = self.context.db
        self.database_value.setText(str(db.path))
        self.device_value.setText(db.device_id)
        self.schema_value.setText(schema_revision(db) or "")
        self.waiting_card.set_value(pending_changes(db))
        with db.session() as session:
            self.conflicts_card.set_value(len(open_conflicts(session)))
        last = last_successful_sync(db)
        self.last_card.set_value(format_local(last) if last else self.tr("never"))
        self.conflicts_button.setEnabled(self.conflicts_card.value_label.text() != "0")

    def _password(self) -> str:
        typed = self.password.text()
        if typed:
            return typed
        return credentials.stored_password(self.user.text().strip()) or self.memory_password

    def save_settings(self) -> bool:
        """Keep the address and user as preferences and the password in the keyring (or memory)."""
        address, user = self.address.text().strip(), self.user.text().strip()
        try:
            hub_url(address)
        except ArgumentError:
            self._say(AppError(MSG_BAD_ADDRESS).translated(QCoreApplication.translate), error=True)
            return False
        settings = app_settings()
        settings.setValue(HUB_ADDRESS, address)
        settings.setValue(HUB_USER, user)
        settings.setValue(AUTO_SYNC, "true" if self.auto.isChecked() else "false")
        settings.setValue(AUTO_MINUTES, self.auto_minutes.value())
        typed = self.password.text()
        if typed:
            if credentials.store_password(user, typed):
                self._say(self.tr("Saved. The password is in this computer's keyring."))
            else:
                self.memory_password = typed
                self._say(self.tr("Saved. No keyring works here, so the password is kept only until the "
                                  "application closes."))
            self.password.clear()
        else:
            self._say(self.tr("Saved."))
        return True

    # ------------------------------------------------------------------ syncing

    def sync_now(self, quiet: bool = False) -> None:
        if self.tasks.busy or not self.sync_button.isEnabled():
            return
        address, user = self.address.text().strip(), self.user.text().strip()
        if not address:
            if not quiet:
                self._say(self.tr("Write the hub's address first (ask the municipality's IT)."), error=True)
            return
        if self.password.text() and not self.save_settings():
            return
        password = self._password()
        if not password and not quiet:
            self._say(self.tr("Type the hub password."), error=True)
            self.password.setFocus()
            return
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.sync_button.setEnabled(False)
        self._say(self.tr("Syncing…"))
        job = functools.partial(run_sync, self.context.db, address, user, password, self.relay.report)
        self.tasks.run(job, functools.partial(self._done, quiet))

    def _show_progress(self, share: float, stage: str) -> None:
        self.progress.setValue(round(share * 100))
        source = STAGES.get(stage)
        if source:
            self.message.setText(QCoreApplication.translate("SyncPage", source) + "…")

    def _done(self, quiet: bool, outcome: Outcome) -> None:
        self.progress.setVisible(False)
        self.sync_button.setEnabled(True)
        if outcome.error is not None:
            if isinstance(outcome.error, HubUnreachableError) and quiet:
                self._say(self.tr("The hub could not be reached; the next try is automatic."))
                return
            if isinstance(outcome.error, AppError):
                self._say(outcome.error.translated(QCoreApplication.translate), error=True)
                return
            raise outcome.error
        report: SyncReport = outcome.result
        text = self.tr("Synced: {pushed} changes sent, {pulled} received in {seconds} s.").format(
            pushed=report.pushed, pulled=report.pulled, seconds=f"{report.seconds:.1f}"
        )
        if report.conflicts:
            text += " " + self.tr("{count} new conflicts to review.").format(count=report.conflicts)
        self._say(text)
        self.refresh()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("fieldError" if error else "savedLabel")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def _arm_timer(self) -> None:
        if self.auto.isChecked() and self.sync_button.isEnabled():
            self.timer.start(self.auto_minutes.value() * 60_000)
        else:
            self.timer.stop()

    def _auto_sync(self) -> None:
        self.sync_now(quiet=True)

    def review_conflicts(self) -> None:
        from vauhdittamo.ui.sync.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.context, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()
