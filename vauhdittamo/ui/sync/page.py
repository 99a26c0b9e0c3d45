"""Synkronointi: this installation against the central hub — settings, Sync now, what waits, conflicts.

The hub's address and user name are preferences of this computer (QSettings; the address never with a
password); the password lives only in the operating system's keyring, or — where no keyring works — in
memory until the app closes. Every device syncs: once an address and a user are set, the page syncs
automatically (unless the user turned that off). The sync runs in the background and can be cancelled;
the page loads its figures in the background too, and stays usable offline with no hub at all.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
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

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError
from vauhdittamo.services.permissions import Permission
from vauhdittamo.services.syncing import SyncState, load_state, run_sync
from vauhdittamo.sync import credentials
from vauhdittamo.sync.errors import HubUnreachableError, SyncCancelledError
from vauhdittamo.sync.transport import (
    HubCancel,
    address_without_password,
    hub_url,
    parse_address,
)
from vauhdittamo.timeutil import format_local
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.settings import app_settings, int_setting
from vauhdittamo.ui.tasks import Outcome, ProgressRelay, TaskRunner
from vauhdittamo.ui.widgets.page import Page, SectionTitle, StatCard, StatRow

if TYPE_CHECKING:  # the sync engine (and the hub's PostgreSQL driver) is imported when a sync runs
    from vauhdittamo.sync.protocol import QuarantineSummary, SyncReport

HUB_ADDRESS = "sync/hub_address"
HUB_USER = "sync/hub_user"
AUTO_SYNC = "sync/automatic"  # "true" / "false" once the user chose; absent: on
LEGACY_AUTO_SYNC = "sync/auto"  # written by every save of older versions, so not a choice
AUTO_MINUTES = "sync/auto_minutes"
DEFAULT_AUTO_MINUTES = 15

# The engine's stage names, translated for the progress line.
STAGES = {
    "Connecting to the hub": QT_TRANSLATE_NOOP("SyncPage", "Connecting to the hub"),
    "Sending changes": QT_TRANSLATE_NOOP("SyncPage", "Sending changes"),
    "Receiving changes": QT_TRANSLATE_NOOP("SyncPage", "Receiving changes"),
    "Done": QT_TRANSLATE_NOOP("SyncPage", "Done"),
}


class _Values(dict[str, object]):
    """Values for a notice's placeholders; an unknown one is shown as it is, never an error."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def notice_values(report: SyncReport, notice: str) -> _Values:
    """The figures a sync notice may name: ``{count}`` is the refused or quarantined count it is about."""
    from vauhdittamo.sync.protocol import MSG_QUARANTINED, MSG_REFUSED

    count = report.refused if notice == MSG_REFUSED else report.quarantined if notice == MSG_QUARANTINED else 0
    return _Values(count=count, refused=report.refused, quarantined=report.quarantined, pushed=report.pushed,
                   pulled=report.pulled, conflicts=report.conflicts)


def auto_sync_chosen(settings: QSettings) -> bool:
    """Automatic sync is on unless the user turned it off (older versions' saved "false" was no choice)."""
    value = settings.value(AUTO_SYNC)
    return value is None or str(value) == "true"


def _clean_saved_address(settings: QSettings) -> str:
    """The saved hub address, never with a password (an older one's password goes to the keyring)."""
    address = str(settings.value(HUB_ADDRESS, "") or "")
    cleaned = address_without_password(address)
    if cleaned is None:
        return address
    url = hub_url(address)
    user = str(settings.value(HUB_USER, "") or "") or url.username or ""
    if url.password:  # moved to the keyring when one works; it leaves the settings anyway
        credentials.store_password(user, url.password)
    settings.setValue(HUB_ADDRESS, cleaned)
    return cleaned


class SyncPage(Page):
    """Hub settings, Sync now (Ctrl+S) and Cancel, the state of this installation, conflicts and held-back changes."""

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
        self.tasks = TaskRunner(self, background)  # the sync itself
        self.loader = TaskRunner(self, background)  # the figures
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self._show_progress)
        self.memory_password = ""  # only where no keyring works; gone when the app closes
        self.canceller: HubCancel | None = None
        self.quarantine: QuarantineSummary | None = None
        settings = app_settings()
        settings.remove(LEGACY_AUTO_SYNC)

        # The number of changed records means something to a coordinator; others are told in plain words.
        self.counts_changes = can(context, Permission.RESOLVE_CONFLICTS)
        self.waiting_card = StatCard(
            self.tr("changes waiting to be sent") if self.counts_changes else self.tr("changes made on this computer")
        )
        self.conflicts_card = StatCard(self.tr("conflicts to review"))
        self.held_card = StatCard(self.tr("changes held back"))
        self.last_card = StatCard(self.tr("last successful sync"))
        self.body.addWidget(StatRow([self.waiting_card, self.conflicts_card, self.held_card, self.last_card]))
        held_row = QHBoxLayout()
        self.held_label = QLabel()
        self.held_label.setObjectName("mutedLabel")
        self.held_label.setWordWrap(True)
        self.held_button = QPushButton(self.tr("Show held-back changes…"))
        self.held_button.clicked.connect(self.show_held_back)
        held_row.addWidget(self.held_label, 1)
        held_row.addWidget(self.held_button)
        self.body.addLayout(held_row)
        self.held_label.setVisible(False)
        self.held_button.setVisible(False)
        # Sessions cancelled on one laptop while another marked attendance in them: a coordinator decides.
        stranded_row = QHBoxLayout()
        self.stranded_label = QLabel()
        self.stranded_label.setObjectName("warningLabel")
        self.stranded_label.setWordWrap(True)
        self.stranded_button = QPushButton(self.tr("Review cancelled sessions…"))
        self.stranded_button.clicked.connect(self.review_cancelled_sessions)
        stranded_row.addWidget(self.stranded_label, 1)
        stranded_row.addWidget(self.stranded_button)
        self.body.addLayout(stranded_row)
        self.stranded_label.setVisible(False)
        self.stranded_button.setVisible(False)

        self.body.addWidget(SectionTitle(self.tr("Central hub")))
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(8)
        self.address = QLineEdit(_clean_saved_address(settings))
        self.address.setObjectName("hubAddress")
        self.address.setPlaceholderText("postgresql://hub.example.fi:5432/vauhdittamo")
        self.address.setToolTip(self.tr("Without the password: it is kept in the keyring of this computer."))
        form.addRow(self.tr("Hub address"), self.address)
        self.user = QLineEdit(str(settings.value(HUB_USER, "") or ""))
        self.user.setPlaceholderText(self.tr("your own hub user, from the municipality's IT"))
        form.addRow(self.tr("User name"), self.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the keyring of this computer, never in a file"))
        form.addRow(self.tr("Password"), self.password)
        auto_row = QHBoxLayout()
        self.auto = QCheckBox(self.tr("Sync automatically every"))
        self.auto.setChecked(auto_sync_chosen(settings))
        self.auto_minutes = QSpinBox()
        self.auto_minutes.setRange(5, 240)
        self.auto_minutes.setSuffix(self.tr(" min"))
        self.auto_minutes.setValue(int_setting(settings, AUTO_MINUTES, DEFAULT_AUTO_MINUTES))
        auto_hint = QLabel(self.tr("when the hub can be reached"))
        auto_hint.setObjectName("mutedLabel")
        auto_row.addWidget(self.auto)
        auto_row.addWidget(self.auto_minutes)
        auto_row.addStretch(1)
        form.addRow("", auto_row)
        form.addRow("", auto_hint)  # below, so that the row fits a small window
        self.body.addLayout(form)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.clicked.connect(self.save_settings)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("primary")
        self.sync_button.setShortcut(QKeySequence("Ctrl+S"))
        self.sync_button.setToolTip(self.tr("Ctrl+S"))
        self.sync_button.clicked.connect(lambda: self.sync_now())
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the sync; what was already exchanged is kept"))
        self.cancel_button.clicked.connect(self.cancel_sync)
        self.cancel_button.setVisible(False)
        self.conflicts_button = QPushButton(self.tr("Review conflicts…"))
        self.conflicts_button.clicked.connect(self.review_conflicts)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.conflicts_button)
        # Records of one person made on two laptops show up after a sync: coordinators see how many.
        self.duplicates_button = QPushButton()
        self.duplicates_button.setToolTip(self.tr("Client records that may be one person: compare, merge or mark "
                                                  "them not the same person"))
        self.duplicates_button.clicked.connect(self.show_duplicates)
        self.duplicates_button.setVisible(False)
        self.duplicates_counter = TaskRunner(self, background)
        self.background = background
        buttons.addWidget(self.duplicates_button)
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

        self.may_sync = can(context, Permission.SYNC)
        for widget in (self.sync_button, self.save_button, self.address, self.user, self.password, self.auto,
                       self.auto_minutes):
            widget.setEnabled(self.may_sync)
        if not self.may_sync:
            self.message.setText(self.tr("Your role does not synchronise; ask a coordinator or an outreach worker."))
        self.conflicts_button.setVisible(can(context, Permission.RESOLVE_CONFLICTS))

        self.timer = QTimer(self)
        self.timer.timeout.connect(self._auto_sync)
        self.auto.clicked.connect(self._auto_chosen)
        self.auto_minutes.valueChanged.connect(self._minutes_chosen)
        self._arm_timer()

    # ------------------------------------------------------------------ state

    def refresh(self) -> None:
        """Show this installation's figures; they are counted in the background."""
        db = self.context.db
        self.database_value.setText(str(db.path))
        self.device_value.setText(db.device_id)
        self.loader.run(functools.partial(load_state, db, self.context.actor), self._show_state)
        self.count_duplicates()

    def count_duplicates(self) -> None:
        """How many possible duplicates there are (after each sync; coordinators and administrators only)."""
        if can(self.context, Permission.MERGE_CLIENTS):
            from vauhdittamo.ui.clients.duplicates_dialog import count_duplicates

            job = functools.partial(count_duplicates, self.context.db, self.context.actor)
            self.duplicates_counter.run(job, self._show_duplicate_count)

    def _show_duplicate_count(self, outcome: Outcome) -> None:
        if outcome.cancelled or outcome.error is not None:
            if outcome.error is not None and not isinstance(outcome.error, AppError):
                raise outcome.error
            return
        count: int = outcome.result
        self.duplicates_button.setText(self.tr("%n possible duplicate(s)…", "", count))
        self.duplicates_button.setVisible(count > 0)

    def show_duplicates(self) -> None:
        from vauhdittamo.ui.clients.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.context, self, background=self.background)
        dialog.exec()
        if dialog.changed:
            self.count_duplicates()

    def _show_state(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            if isinstance(outcome.error, AppError):
                self._say(outcome.error.translated(QCoreApplication.translate), error=True)
                return
            raise outcome.error
        state: SyncState = outcome.result
        self.schema_value.setText(state.schema)
        if self.counts_changes:
            self.waiting_card.set_value(state.waiting)
        else:
            self.waiting_card.set_value(self.tr("Wait to be sent") if state.waiting else self.tr("All sent"))
            self.waiting_card.setToolTip(
                self.tr("Changes wait to be sent: they go at the next sync, when this computer is online.")
                if state.waiting
                else self.tr("Everything made on this computer has reached the hub.")
            )
        self.conflicts_card.set_value(state.conflicts)
        self.last_card.set_value(format_local(state.last) if state.last else self.tr("never"))
        self.conflicts_button.setEnabled(state.conflicts > 0)
        self.quarantine = state.quarantine
        held = state.quarantine.pulled + state.quarantine.refused
        self.held_card.set_value(held)
        breakdown = self.tr("Received but could not be applied here: {pulled}. Refused by the hub: {refused}.").format(
            pulled=state.quarantine.pulled, refused=state.quarantine.refused
        )
        self.held_card.setToolTip(breakdown)
        self.held_label.setText(breakdown)
        self.held_label.setVisible(held > 0)
        self.held_button.setVisible(held > 0)
        stranded = state.cancelled_with_attendance
        self.stranded_label.setText(
            self.tr("Cancelled sessions with attendance marks: {count}. The funder's figures leave these marks out "
                    "until the session is restored or its cancellation confirmed.").format(count=stranded)
        )
        self.stranded_label.setVisible(stranded > 0)
        self.stranded_button.setVisible(stranded > 0)

    def show_held_back(self) -> None:
        from vauhdittamo.ui.sync.quarantine_dialog import QuarantineDialog

        if self.quarantine is None:
            return
        dialog = QuarantineDialog(self.quarantine, self)
        dialog.exec()

    def _password(self) -> str:
        typed = self.password.text()
        if typed:
            return typed
        return credentials.stored_password(self.user.text().strip()) or self.memory_password

    def save_settings(self) -> bool:
        """Keep the address and user as preferences and the password in the keyring (or memory)."""
        address, user = self.address.text().strip(), self.user.text().strip()
        try:
            url = parse_address(address)
        except AppError as exc:
            self._say(exc.translated(QCoreApplication.translate), error=True)
            self.address.setFocus()
            return False
        user = user or url.username or ""
        settings = app_settings()
        settings.setValue(HUB_ADDRESS, address)
        settings.setValue(HUB_USER, user)
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
        self._arm_timer()
        return True

    # ------------------------------------------------------------------ syncing

    @property
    def running(self) -> bool:
        return self.tasks.busy

    def sync_now(self, quiet: bool = False) -> None:
        """Start a sync (*quiet*: the automatic one, which never asks and never starts twice)."""
        if not self.may_sync or self.running:
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
        self.canceller = HubCancel()
        self._set_running(True)
        self._say(self.tr("Syncing…"))
        job = functools.partial(
            run_sync, self.context.db, self.context.actor, address, user, password, self.relay.report, self.canceller
        )
        self.tasks.run(job, functools.partial(self._done, quiet))

    def cancel_sync(self) -> None:
        """Stop the running sync at once; what was exchanged is kept, the rest goes at the next sync."""
        if self.canceller is None or not self.running:
            return
        self.cancel_button.setEnabled(False)
        self._say(self.tr("Cancelling…"))
        self.canceller.cancel()

    def _set_running(self, running: bool) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(running)
        self.sync_button.setEnabled(self.may_sync and not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)

    def _show_progress(self, share: float, stage: str) -> None:
        self.progress.setValue(round(share * 100))
        source = STAGES.get(stage)
        if source and not (self.canceller and self.canceller.cancelled):
            self.message.setText(QCoreApplication.translate("SyncPage", source) + "…")

    def _done(self, quiet: bool, outcome: Outcome) -> None:
        self._set_running(False)
        self.canceller = None
        if outcome.error is not None:
            self.refresh()  # a cancelled or broken sync may have exchanged part of it
            error = outcome.error
            if isinstance(error, SyncCancelledError):
                self._say(error.translated(QCoreApplication.translate))
                return
            if isinstance(error, HubUnreachableError) and quiet:
                self._say(self.tr("The hub could not be reached; the next try is automatic."))
                return
            if isinstance(error, AppError):
                self._say(error.translated(QCoreApplication.translate), error=True)
                return
            raise error
        report: SyncReport = outcome.result
        self._say(self.report_text(report))
        self.refresh()

    def report_text(self, report: SyncReport) -> str:
        """What one sync did, in words, with the sync's notices (translated in the context "sync")."""
        from vauhdittamo.sync.protocol import MSG_QUARANTINED, MSG_REFUSED

        lines = [
            self.tr("Synced: {pushed} changes sent, {pulled} received in {seconds} s.").format(
                pushed=report.pushed, pulled=report.pulled, seconds=f"{report.seconds:.1f}"
            )
        ]
        if report.conflicts:
            lines.append(self.tr("{count} new conflicts to review.").format(count=report.conflicts))
        if report.refused and MSG_REFUSED not in report.notices:
            lines.append(self.tr("The hub refused {count} changes of this computer; see the held-back changes.")
                         .format(count=report.refused))
        if report.quarantined and MSG_QUARANTINED not in report.notices:
            lines.append(self.tr("{count} received changes could not be applied here; they are tried again at "
                                 "every sync.").format(count=report.quarantined))
        lines.extend(
            QCoreApplication.translate("sync", notice).format_map(notice_values(report, notice))
            for notice in report.notices
        )
        return "\n".join(lines)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setObjectName("fieldError" if error else "savedLabel")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    # ------------------------------------------------------------------ automatic sync

    def _auto_chosen(self, on: bool) -> None:
        """The user's own choice, kept at once (the default is on)."""
        app_settings().setValue(AUTO_SYNC, "true" if on else "false")
        self._arm_timer()

    def _minutes_chosen(self, minutes: int) -> None:
        app_settings().setValue(AUTO_MINUTES, minutes)
        self._arm_timer()

    def configured(self) -> bool:
        """A hub address and a user are saved."""
        settings = app_settings()
        return bool(str(settings.value(HUB_ADDRESS, "") or "").strip()
                    and str(settings.value(HUB_USER, "") or "").strip())

    def _arm_timer(self) -> None:
        """Tick every few minutes while automatic sync is on; a failed try does not stop the ticking."""
        if self.may_sync and self.auto.isChecked() and self.configured():
            interval = self.auto_minutes.value() * 60_000
            if not self.timer.isActive() or self.timer.interval() != interval:
                self.timer.start(interval)
        else:
            self.timer.stop()

    def _auto_sync(self) -> None:
        """One tick: sync unless the previous try is still running (its timeouts end a stalled one)."""
        self.sync_now(quiet=True)

    def review_cancelled_sessions(self) -> None:
        from vauhdittamo.ui.workshops.cancelled_sessions import CancelledSessionsDialog

        dialog = CancelledSessionsDialog(self.context, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def review_conflicts(self) -> None:
        from vauhdittamo.ui.sync.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.context, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()
