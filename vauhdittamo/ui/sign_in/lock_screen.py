"""The screen lock: after some idle minutes, or on Ctrl+L, every window is covered until the password is typed.

:class:`IdleWatcher` restarts a timer on every key press, click, wheel turn or mouse move in any of
the application's windows. :class:`ScreenLock` then covers every open window (the main window, client cards and
any dialog in the middle of its work, which stays as it was) with an opaque panel and shows
:class:`LockDialog` on top: who is signed in and a password field. The right password or PIN unlocks;
wrong ones count towards the account's lockout like at sign-in. *Sign out* instead ends the session
and goes back to the sign-in (unsaved input in open dialogs is dropped).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QShowEvent, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError
from vauhdittamo.services import auth
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.settings import idle_lock_minutes

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


REST_MS = 3000
"""No key, click or mouse move for this long: the user is reading, or away (see :attr:`IdleWatcher.rested`)."""


class IdleWatcher(QObject):
    """Emits ``idle`` when nobody has used the application for the interval.

    It watches the application's top-level windows, not the application: a key press, click or mouse
    move from the window system reaches the window first, and the application's every other event
    (paints, timers, results of background jobs) never calls into Python for it. Windows opened later
    are watched from the moment they get the focus.

    Signals:
        idle(): the interval passed without a key press, click or mouse move.
        rested(): a few seconds (:data:`REST_MS`) passed without one: a moment for housekeeping.
    """

    idle = Signal()
    rested = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.idle)
        self.rest_timer = QTimer(self)
        self.rest_timer.setSingleShot(True)
        self.rest_timer.setInterval(REST_MS)
        self.rest_timer.timeout.connect(self.rested)
        self.watching = False

    def start(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and not self.watching:
            app.focusWindowChanged.connect(self._watch_windows)
            self.watching = True
            self._watch_windows()
        self.timer.start()
        self.rest_timer.start()

    def stop(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication) and self.watching:
            app.focusWindowChanged.disconnect(self._watch_windows)
            for window in QGuiApplication.topLevelWindows():
                window.removeEventFilter(self)
            self.watching = False
        self.timer.stop()
        self.rest_timer.stop()

    def set_interval_ms(self, interval_ms: int) -> None:
        self.timer.setInterval(max(1, interval_ms))
        if self.watching:
            self.timer.start()

    def _watch_windows(self, _focused: QWindow | None = None) -> None:
        """Watch every top-level window (installing again on one already watched changes nothing)."""
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in INPUT_EVENTS and self.watching:
            self.timer.start()
            self.rest_timer.start()
        return False


class LockCover(QWidget):
    """An opaque panel over one window's whole contents, following its size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Locked"))
        text.setObjectName("lockCoverText")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        parent = self.parentWidget()
        if watched is parent and event.type() in (QEvent.Type.Resize, QEvent.Type.ChildAdded):
            self.setGeometry(parent.rect())
            self.raise_()
        return False


class LockDialog(QDialog):
    """Asks the signed-in staff member's password to go on; Esc and closing do nothing.

    Signals:
        unlocked(): the password was right.
        sign_out_requested(): the user chose to sign out instead.
    """

    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Screen locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        heading = QLabel(self.tr("The screen is locked"))
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        who = QLabel(self.tr("Signed in: {name}. Type your password or PIN to go on.").format(
            name=context.staff_name
        ))
        who.setObjectName("mutedLabel")
        who.setWordWrap(True)
        layout.addWidget(who)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(auth.SECRET_MAX)
        self.password_edit.setAccessibleName(self.tr("Password or PIN"))
        self.password_edit.setPlaceholderText(self.tr("Password or PIN"))
        self.password_edit.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.password_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setAutoDefault(False)
        self.sign_out_button.setToolTip(self.tr("Back to the sign-in; unsaved changes in open windows are lost."))
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(self.try_unlock)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)

    def try_unlock(self) -> None:
        password = self.password_edit.text()
        self.password_edit.clear()
        if not password:
            self.error_label.setText(self.tr("Type your password or PIN."))
            self.error_label.setVisible(True)
            self._fit_text()
            return
        try:
            with self.context.transaction(write_lock=False) as session:
                auth.verify_password(session, self.context.staff_id, password)
        except AppError as exc:
            self.error_label.setText(exc.translated(QCoreApplication.translate))
            self.error_label.setVisible(True)
            self._fit_text()
            self.password_edit.setFocus()
            return
        self.error_label.setVisible(False)
        self.unlocked.emit()

    def _fit_text(self) -> None:
        """Grow to show every wrapped line (a window's layout does not count them by itself)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
        self.setMinimumHeight(max(needed, 0))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fit_text()

    def finish(self) -> None:
        """Close for real (after unlocking or signing out)."""
        super().done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        """Esc does not unlock."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            event.accept()  # handled by the field; never a default button
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.isVisible() and not self.property("finishing"):
            event.ignore()
            return
        super().closeEvent(event)


class ScreenLock(QObject):
    """Locks the application after the idle time (QSettings) or on request, and unlocks it.

    Signals:
        locked_changed(bool): the lock went on (True) or off (False).
        sign_out_requested(): the user chose to sign out at the lock.
    """

    locked_changed = Signal(bool)
    sign_out_requested = Signal()

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.watcher = IdleWatcher(idle_lock_minutes() * 60_000, self)
        self.watcher.idle.connect(self.lock)
        self.covers: list[LockCover] = []
        self.dialog: LockDialog | None = None
        self._focus: QWidget | None = None

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def start(self) -> None:
        if not self.locked:
            self.watcher.start()

    def stop(self) -> None:
        """Stop watching and take the lock away without a password (signing out, closing)."""
        self.watcher.stop()
        self._remove_lock()

    def reload_settings(self) -> None:
        """Take a changed idle time into use."""
        self.watcher.set_interval_ms(idle_lock_minutes() * 60_000)

    def lock(self) -> None:
        """Cover every window and ask for the password."""
        if self.locked:
            return
        self.watcher.stop()
        self._focus = QApplication.focusWidget()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        with self.context.transaction() as session:
            auth.record_screen_locked(session)
        dialog = LockDialog(self.context, self.window)
        dialog.unlocked.connect(self.unlock)
        dialog.sign_out_requested.connect(self.sign_out_requested)
        self.covers = [
            LockCover(widget)
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget is not dialog
            and widget.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        ]
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.password_edit.setFocus()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        """The password was right: uncover the windows and watch again."""
        self._remove_lock()
        focus, self._focus = self._focus, None
        if focus is not None and focus.isVisible():
            focus.setFocus()
        self.watcher.start()
        self.locked_changed.emit(False)

    def _remove_lock(self) -> None:
        for cover in self.covers:
            parent = cover.parentWidget()
            if parent is not None:
                parent.removeEventFilter(cover)
            cover.hide()
            cover.deleteLater()
        self.covers = []
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.setProperty("finishing", True)
            dialog.finish()
            dialog.deleteLater()
