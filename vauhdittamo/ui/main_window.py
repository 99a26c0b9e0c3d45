"""The main window: navigation on the left, the screens, and a status bar; the screen lock and signing out."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
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

from vauhdittamo import APP_DISPLAY_NAME
from vauhdittamo.errors import AppError
from vauhdittamo.services import auth
from vauhdittamo.services.stats import last_sync_time
from vauhdittamo.timeutil import format_local
from vauhdittamo.ui import settings as keys
from vauhdittamo.ui import tasks
from vauhdittamo.ui.admin.page import AdminPage, may_see_admin_page
from vauhdittamo.ui.clients.page import ClientsPage
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.front_desk.page import FrontDeskPage
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.referrals.page import ReferralsPage
from vauhdittamo.ui.reports.page import ReportsPage
from vauhdittamo.ui.settings import app_settings
from vauhdittamo.ui.sign_in.lock_screen import ScreenLock
from vauhdittamo.ui.sync.page import HUB_ADDRESS, SyncPage
from vauhdittamo.ui.widgets.forms import signing_out
from vauhdittamo.ui.widgets.page import Page, first_control
from vauhdittamo.ui.workshops.page import WorkshopsPage

log = logging.getLogger(__name__)


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

        self.pages: list[Page] = [
            FrontDeskPage(context),
            ClientsPage(context),
            ReferralsPage(context),
            WorkshopsPage(context),
            ReportsPage(context),
            SyncPage(context),
        ]
        titles = [
            self.tr("Front desk"),
            self.tr("Clients"),
            self.tr("Referrals"),
            self.tr("Workshops"),
            self.tr("Reports"),
            self.tr("Sync"),
        ]
        self.admin_page: AdminPage | None = None
        if may_see_admin_page(context):
            self.admin_page = AdminPage(context)
            self.pages.append(self.admin_page)
            titles.append(self.tr("Administration"))

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

        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
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
        self.lock_action = QAction(self.tr("Lock the screen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_screen)
        self.addAction(self.lock_action)
        if self.admin_page is not None and self.admin_page.staff_tab is not None:
            self.admin_page.staff_tab.idle_lock_changed.connect(self._idle_lock_changed)

        front_desk, clients_page = self.pages[0], self.pages[1]
        assert isinstance(front_desk, FrontDeskPage) and isinstance(clients_page, ClientsPage)
        front_desk.open_client_requested.connect(self.open_client)
        front_desk.open_participations_requested.connect(self.open_participations)
        clients_page.open_client_requested.connect(self.open_client)
        self.cards: dict[str, QWidget] = {}

        self._build_status_bar()
        self._restore()

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
        elif app_settings().value(HUB_ADDRESS, ""):
            self.status_sync.setText(self.tr("Hub set; not synced yet"))
        else:
            self.status_sync.setText(self.tr("Offline: no hub configured"))

    def show_page(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            return
        self.stack.setCurrentIndex(index)
        self.pages[index].refresh()
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
        self.signed_out.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.screen_lock.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.screen_lock.stop()
        settings = app_settings()
        settings.setValue(keys.GEOMETRY, self.saveGeometry())
        settings.setValue(keys.LAST_PAGE, self.stack.currentIndex())
        super().closeEvent(event)
