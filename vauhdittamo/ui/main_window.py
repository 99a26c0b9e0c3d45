"""The main window: navigation on the left, the screens, and a status bar; the screen lock and signing out."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, overload

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo import APP_DISPLAY_NAME, collector
from vauhdittamo.errors import AppError
from vauhdittamo.services import auth
from vauhdittamo.services.permissions import Permission
from vauhdittamo.services.stats import last_sync_time
from vauhdittamo.timeutil import format_local
from vauhdittamo.ui import settings as keys
from vauhdittamo.ui import tasks
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.settings import app_settings
from vauhdittamo.ui.sign_in.lock_screen import ScreenLock
from vauhdittamo.ui.widgets.forms import signing_out
from vauhdittamo.ui.widgets.page import Page, first_control

if TYPE_CHECKING:
    from vauhdittamo.ui.admin.page import AdminPage

log = logging.getLogger(__name__)


# The screens in the navigation's order. Each is built the first time it is shown (or asked for), and its
# module imported only then: start-up imports and builds the first screen only.


def _front_desk(context: AppContext, parent: QWidget) -> Page:
    from vauhdittamo.ui.front_desk.page import FrontDeskPage

    return FrontDeskPage(context, parent)


def _clients(context: AppContext, parent: QWidget) -> Page:
    from vauhdittamo.ui.clients.page import ClientsPage

    return ClientsPage(context, parent)


def _referrals(context: AppContext, parent: QWidget) -> Page:
    from vauhdittamo.ui.referrals.page import ReferralsPage

    return ReferralsPage(context, parent)


def _workshops(context: AppContext, parent: QWidget) -> Page:
    from vauhdittamo.ui.workshops.page import WorkshopsPage

    return WorkshopsPage(context, parent)


def _outreach(context: AppContext, parent: QWidget) -> Page:
    from vauhdittamo.ui.outreach.page import OutreachPage

    return OutreachPage(context, parent)


def _reports(context: AppContext, parent: QWidget) -> Page:
    from vauhdittamo.ui.reports.page import ReportsPage

    return ReportsPage(context, parent)


def _sync(context: AppContext, parent: QWidget) -> Page:
    from vauhdittamo.ui.sync.page import SyncPage

    return SyncPage(context, parent)


def _admin(context: AppContext, parent: QWidget) -> Page:
    from vauhdittamo.ui.admin.page import AdminPage

    return AdminPage(context, parent)


# Whoever holds one of these sees the administration screen (the same as ui.admin.page.ADMIN_PERMISSIONS,
# named here so that start-up does not import the administration screen).
ADMIN_PERMISSIONS = (Permission.MANAGE_STAFF, Permission.VIEW_AUDIT, Permission.MANAGE_RETENTION)


# The other screens' modules, imported in the background once the window is up, so that a screen's first
# showing only builds its widgets.
SCREEN_MODULES = (
    "vauhdittamo.ui.clients.page",
    "vauhdittamo.ui.referrals.page",
    "vauhdittamo.ui.workshops.page",
    "vauhdittamo.ui.outreach.page",
    "vauhdittamo.ui.reports.page",
    "vauhdittamo.ui.sync.page",
    "vauhdittamo.services.syncing",
    "vauhdittamo.sync.protocol",
    "vauhdittamo.ui.admin.page",
    "vauhdittamo.services.subject_access",
    "vauhdittamo.ui.clients.card",
)
WARM_UP_DELAY_MS = 300
IDLE_BUILD_GAP_MS = 30  # between two screens built in advance: room for the keys and paints waiting


def import_screens(cancel: tasks.CancelToken) -> None:
    """The background job after start-up: import the other screens' modules (no widgets are made)."""
    for name in SCREEN_MODULES:
        cancel.check()
        importlib.import_module(name)


def _hub_address_key() -> str:
    from vauhdittamo.ui.sync.page import HUB_ADDRESS

    return HUB_ADDRESS


class Pages(Sequence[Page]):
    """The main window's screens by their index; a screen is built the first time it is asked for.

    Reads like the list it replaces (``pages[i]``, ``len``, iteration, ``index``); iterating builds every
    screen. :meth:`built` tells whether a screen exists yet without building it.
    """

    def __init__(self, window: MainWindow, factories: list[Callable[[AppContext, QWidget], Page]]) -> None:
        self._window = window
        self._factories = factories
        self._pages: list[Page | None] = [None] * len(factories)

    def __len__(self) -> int:
        return len(self._factories)

    @overload
    def __getitem__(self, index: int) -> Page: ...

    @overload
    def __getitem__(self, index: slice) -> list[Page]: ...

    def __getitem__(self, index: int | slice) -> Page | list[Page]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        page = self._pages[index]
        if page is None:
            # Some screens show a widget before its layout gives it a parent: for a moment it is a window
            # of its own and takes the activation. The window that had it gets it back, with its focus.
            active, focus = QApplication.activeWindow(), QApplication.focusWidget()
            page = self._factories[index](self._window.context, self._window.stack)  # a child from the start
            self._pages[index] = page
            self._window._page_built(index, page)
            if active is not None:  # (the activation moves later, when the events are handled)
                active.activateWindow()
                if focus is not None:
                    focus.setFocus()
        return page

    def built(self, index: int) -> Page | None:
        """The screen at *index* when it has been built, else ``None`` (nothing is built)."""
        return self._pages[index] if 0 <= index < len(self) else None


class ElidedLabel(QLabel):
    """A one-line label that gives way first: it shows as much of its text as fits, cut in the middle
    (a path's start and its file name stay), and the whole text in its tool tip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setMinimumWidth(60)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 2, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, room)
        self.setProperty("elided", shown != self._full)  # cut on purpose: the tool tip has it all
        if shown != self.text():
            self.setText(shown)


class MainWindow(QMainWindow):
    """Vauhdittamo desk's main window.

    The administration screen is the last one, for roles that may manage staff, browse the audit
    trail or set retention. Ctrl+L locks the screen (it also locks by itself after the idle time);
    *Sign out* closes every window and ends the session (``signed_out``; the application goes
    back to the sign-in).

    Signals:
        page_changed(int): the shown screen changed (its index in the navigation).
        signed_out(): the staff member signed out.
    """

    page_changed = Signal(int)
    signed_out = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.is_signed_out = False
        self._session_ended = False
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setMinimumSize(QSize(1000, 640))

        factories: list[Callable[[AppContext, QWidget], Page]] = [
            _front_desk, _clients, _referrals, _workshops, _reports, _sync
        ]
        titles = [
            self.tr("Front desk"),
            self.tr("Clients"),
            self.tr("Referrals"),
            self.tr("Workshops"),
            self.tr("Reports"),
            self.tr("Sync"),
        ]
        if can(context, Permission.RECORD_OUTREACH) or can(context, Permission.MANAGE_OUTREACH):
            factories.insert(4, _outreach)  # after the workshops, for the roles doing outreach work
            titles.insert(4, self.tr("Outreach"))
        self._admin_index: int | None = None
        if any(can(context, permission) for permission in ADMIN_PERMISSIONS):
            self._admin_index = len(factories)
            factories.append(_admin)
            titles.append(self.tr("Administration"))
        self.cards: dict[str, QWidget] = {}
        self.stack = QStackedWidget()
        for _factory in factories:  # each stands in for its screen until the screen is built
            self.stack.addWidget(QWidget())
        self.pages = Pages(self, factories)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)

        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(208)  # the screens keep their width at the smallest window (1000 px)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(12, 18, 12, 14)
        side.setSpacing(6)
        brand = QLabel("Vauhdittamo")
        brand.setObjectName("brand")
        side.addWidget(brand)
        brand_sub = QLabel(self.tr("guidance desk"))
        brand_sub.setObjectName("brandSub")
        side.addWidget(brand_sub)
        side.addSpacing(14)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; ↑/↓ change the screen
        self.navigation.setAccessibleName(self.tr("Screens"))
        for number, title in enumerate(titles, start=1):
            item = QListWidgetItem(title)
            item.setToolTip(self.tr("{title} (Ctrl+{n})").format(title=title, n=number))
            item.setSizeHint(QSize(170, 40))
            self.navigation.addItem(item)
        side.addWidget(self.navigation, 1)
        self.staff_label = QLabel(
            f"{context.staff_name}\n{label(context.role)}" if context.role is not None else context.staff_name
        )
        self.staff_label.setObjectName("sidebarStaff")
        self.staff_label.setWordWrap(True)
        side.addWidget(self.staff_label)
        side.addWidget(self._build_account_buttons())
        row.addWidget(sidebar)

        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.navigation.currentRowChanged.connect(self.show_page)
        for number in range(1, len(self.pages) + 1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, i=number - 1: self.go_to_page(i))
            self.addAction(action)
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.refresh_current)
        self.addAction(refresh)
        self.screen_lock = ScreenLock(context, self)
        self.screen_lock.sign_out_requested.connect(self.sign_out)
        self.screen_lock.watcher.rested.connect(self._at_rest)
        self.lock_action = QAction(self.tr("Lock the screen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_screen)
        self.addAction(self.lock_action)

        self._warmer = tasks.TaskRunner(self)
        self._warmed = False
        self._warm = False
        self._build_status_bar()
        self._restore()

    @property
    def admin_page(self) -> AdminPage | None:
        """The administration screen (built when asked for); ``None`` for a role that does not see it."""
        if self._admin_index is None:
            return None
        from vauhdittamo.ui.admin.page import AdminPage

        page = self.pages[self._admin_index]
        assert isinstance(page, AdminPage)
        return page

    def _page_built(self, index: int, page: Page) -> None:
        """A screen was built: it takes its stand-in's place in the stack and its signals are connected."""
        current = self.stack.currentIndex()
        stand_in = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        if stand_in is not None:
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        self.stack.setCurrentIndex(current)
        open_client = getattr(page, "open_client_requested", None)
        if open_client is not None:  # the front desk, the clients
            open_client.connect(self.open_client)
        open_participations = getattr(page, "open_participations_requested", None)
        if open_participations is not None:  # the front desk
            open_participations.connect(self.open_participations)
        staff_tab = getattr(page, "staff_tab", None)
        if staff_tab is not None:  # the administration screen for those who manage staff
            staff_tab.idle_lock_changed.connect(self._idle_lock_changed)

    def _build_account_buttons(self) -> QWidget:
        box = QWidget()
        box.setObjectName("sidebarAccount")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.password_button = QPushButton(self.tr("Change password…"))
        self.password_button.clicked.connect(self.change_password)
        self.lock_button = QPushButton(self.tr("Lock the screen (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_screen)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.clicked.connect(self.sign_out)
        self.about_button = QPushButton(self.tr("About…"))
        self.about_button.setToolTip(self.tr("Version, database and the licences of the bundled libraries"))
        self.about_button.clicked.connect(self.show_about)
        for button in (self.password_button, self.lock_button, self.about_button, self.sign_out_button):
            button.setObjectName("sidebarLink")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAutoDefault(False)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            layout.addWidget(button)
        return box

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_staff = QLabel()
        self.status_database = ElidedLabel()  # gives way to the others in a narrow window
        self.status_sync = QLabel()
        for widget in (self.status_staff, self.status_database, self.status_sync):
            widget.setObjectName("statusItem")
        bar.addWidget(self.status_staff)
        bar.addWidget(self.status_database, 1)
        bar.addPermanentWidget(self.status_sync)
        self.update_status()

    def update_status(self) -> None:
        self.status_staff.setText(self.tr("Signed in: {name}").format(name=self.context.staff_name))
        self.status_database.set_full_text(self.tr("Database: {path}").format(path=self.context.db.path))
        with self.context.session() as session:
            last = last_sync_time(session)
        if last:
            self.status_sync.setText(self.tr("Last synced {time}").format(time=format_local(last)))
        elif app_settings().value(_hub_address_key(), ""):
            self.status_sync.setText(self.tr("Hub set; not synced yet"))
        else:
            self.status_sync.setText(self.tr("Offline: no hub configured"))

    def show_page(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            return
        page = self.pages[index]  # built on its first showing
        self.stack.setCurrentIndex(index)
        page.refresh()
        self.page_changed.emit(index)

    def go_to_page(self, index: int) -> None:
        """Ctrl+<number>: show the screen and put the focus on its main control (not on a tab bar)."""
        if not 0 <= index < len(self.pages):
            return
        self.navigation.setCurrentRow(index)
        self.focus_main_control()

    def focus_main_control(self) -> None:
        page = self.current_page()
        target = page.main_control()
        from vauhdittamo.ui.front_desk.page import FrontDeskPage  # imported at start (the first screen)

        if isinstance(page, FrontDeskPage):  # the search, or the topics of the visit being logged
            target = page.form.topics if page.stack.currentIndex() == 1 else page.search.field
        if target is None or not target.isVisible() or not target.isEnabled():
            target = first_control(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_about(self) -> None:
        """The About window: version, schema, database location and licences."""
        from vauhdittamo.ui.about_dialog import AboutDialog

        AboutDialog(self.context, self).exec()

    def open_participations(self, client_id: str) -> None:
        """Show the client's card on its Projects tab (a six-month follow-up to record)."""
        from vauhdittamo.ui.clients.card import ClientCardDialog

        self.open_client(client_id, ClientCardDialog.TAB_PROJECTS)

    def open_client(self, client_id: str, tab: int | None = None) -> None:
        """Show the client's card (one window per client; an open one comes to the front), on *tab* if given."""
        from vauhdittamo.ui.clients.card import ClientCardDialog

        card = self.cards.get(client_id)
        if card is None:
            card = ClientCardDialog(self.context, client_id, self)
            card.client_changed.connect(lambda _id: self.refresh_current())
            card.finished.connect(lambda _result, key=client_id: self.cards.pop(key, None))
            self.cards[client_id] = card
        card.show()
        if tab is not None and isinstance(card, ClientCardDialog):
            card.show_tab(tab)
        card.raise_()
        card.activateWindow()

    def refresh_current(self) -> None:
        self.pages[self.stack.currentIndex()].refresh()
        self.update_status()

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def _restore(self) -> None:
        settings = app_settings()
        geometry = settings.value(keys.GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        index = keys.int_setting(settings, keys.LAST_PAGE, 0)
        # The navigation starts with no row, so this always emits and shows the page.
        self.navigation.setCurrentRow(index if 0 <= index < len(self.pages) else 0)

    # ------------------------------------------------------------------ the session

    def lock_screen(self) -> None:
        """Cover every window until the signed-in staff member's password is typed (Ctrl+L)."""
        self.screen_lock.lock()

    def _idle_lock_changed(self, _minutes: int) -> None:
        self.screen_lock.reload_settings()

    def change_password(self) -> None:
        from vauhdittamo.ui.sign_in.password_dialog import PasswordDialog

        PasswordDialog(self.context, self.context.staff_id, self.context.staff_name, self).exec()

    def end_session(self) -> None:
        """Write the sign-out to the audit trail (once)."""
        if self._session_ended:
            return
        self._session_ended = True
        try:
            with self.context.transaction() as session:
                auth.record_sign_out(session)
        except AppError as exc:  # e.g. the database went away; signing out goes on
            log.warning("could not record the sign-out: %s", exc.message)

    def sign_out(self) -> None:
        """Close every window (dropping unsaved input) and end the session; the sign-in comes next."""
        if self.is_signed_out:
            return
        self.is_signed_out = True
        tasks.cancel_all()  # no outcome of this session's background jobs reaches a closing window
        self.screen_lock.stop()
        with signing_out():  # no "discard the unsaved note?" questions on the way out
            for widget in QApplication.topLevelWidgets():
                if widget is self or not widget.isVisible():
                    continue
                if isinstance(widget, QDialog):
                    widget.reject()  # ends a dialog waiting in exec()
                widget.close()
        self.end_session()
        self.close()
        collector.thaw()  # this session's screens may be collected once they are gone
        self.signed_out.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.screen_lock.start()
        if not self._warmed and self._warmer.background:  # tests build the screens they show, synchronously
            self._warmed = True
            QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)

    def _warm_up(self) -> None:
        self._warmer.run(import_screens, lambda _outcome: self._build_next_screen())

    def is_warm(self) -> bool:
        """Whether every screen has been built in the idle time after start-up (or that was left off)."""
        return self._warm

    def _build_next_screen(self) -> None:
        """Build one not yet built screen, styled, then come back on a later turn of the event loop.

        After start-up the other screens are built one at a time while the desk is idle, so that a screen's
        first showing is as quick as its later ones; keys and paints in between are handled first.
        """
        if self.is_signed_out or not self.isVisible():
            self._warm = True
            return
        for index in range(len(self.pages)):
            if self.pages.built(index) is None:
                break
        else:
            self._warm = True
            collector.settle_long_lived()  # the screens built: later collections leave them out
            collector.hold_full_collections()  # made at rest from now on (see _at_rest)
            return
        try:
            page = self.pages[index]
            page.ensurePolished()  # the style sheet is applied now, not on the first showing
            page.resize(self.stack.size())  # and laid out at the size it will be shown at
            layout = page.layout()
            if layout is not None:
                layout.activate()
        except Exception:  # noqa: BLE001 - the screen tries again (and reports) when it is opened
            log.exception("building the screen %d in advance failed", index)
            self._warm = True
            return
        QTimer.singleShot(IDLE_BUILD_GAP_MS, self._build_next_screen)

    def _at_rest(self) -> None:
        """Nobody has typed for a few seconds: Python's full collection now, not in the middle of a screen's loading."""
        if tasks.running_jobs():
            self.screen_lock.watcher.rest_timer.start()  # once the jobs are done
            return
        collector.collect_at_rest()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.screen_lock.stop()
        settings = app_settings()
        settings.setValue(keys.GEOMETRY, self.saveGeometry())
        settings.setValue(keys.LAST_PAGE, self.stack.currentIndex())
        super().closeEvent(event)
