"""Starting the desktop application: Qt, translations, the database, sign-in, the main window."""

from __future__ import annotations

import json
import logging
import os
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from vauhdittamo import APP_DISPLAY_NAME, APP_NAME, __version__, paths
from vauhdittamo.db import Database
from vauhdittamo.dbkey import PassphraseRequest
from vauhdittamo.errors import AppError, PassphraseCancelledError
from vauhdittamo.logging_setup import setup_file_logging
from vauhdittamo.services.permissions import StaffActor
from vauhdittamo.services.setup import open_prepared
from vauhdittamo.ui import settings as keys
from vauhdittamo.ui import tasks
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.crash import friendly_error, install_exception_hook
from vauhdittamo.ui.front_desk.page import FrontDeskPage
from vauhdittamo.ui.i18n import DEFAULT_LANGUAGE, install_translators
from vauhdittamo.ui.main_window import MainWindow
from vauhdittamo.ui.settings import app_settings
from vauhdittamo.ui.sign_in.passphrase_dialog import ask_passphrase
from vauhdittamo.ui.sign_in.sign_in_dialog import SignInDialog

log = logging.getLogger(__name__)

# How long sign-out and quit wait for background jobs (asked to stop first) before going on.
BACKGROUND_WAIT_MS = 5000


def load_stylesheet() -> str:
    style = paths.resources_dir() / "style.qss"
    icons = (paths.resources_dir() / "icons").as_posix()
    try:
        return style.read_text(encoding="utf-8").replace("@ICONS@", icons)
    except OSError:
        log.warning("stylesheet %s not found", style)
        return ""


SWITCH_INTERVAL_S = 0.001
"""How long a background job may run Python before the UI thread gets its turn (Python's default: 5 ms).

Every call from Qt into the desk's Python code (a table cell painted, an event) may wait that long while a
job computes; a paint makes hundreds of such calls (measured: the worst stall per screen 5-15 ms shorter)."""


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication with name, style and translations (reuses an existing one)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    icon = paths.resources_dir() / "icons" / "vauhdittamo.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app.setStyle("Fusion")
    app.setStyleSheet(load_stylesheet())
    chosen = language or str(app_settings().value(keys.LANGUAGE, DEFAULT_LANGUAGE))
    install_translators(app, chosen)
    return app


def stop_background_work(timeout_ms: int = BACKGROUND_WAIT_MS) -> bool:
    """Cancel the background jobs still running, drop their outcomes and wait for them (sign-out, quit).

    ``True`` when none is left running; a job that does not stop in time is left to finish on its own.
    """
    tasks.cancel_all()
    return tasks.wait_for_all(timeout_ms)


def open_database_or_explain(db_path: Path | None) -> Database | None:
    """Open the database; a known problem gets a plain message and ``None``.

    The key comes from the keyring without a question; where no keyring works the passphrase
    dialog asks (quitting it raises :class:`PassphraseCancelledError`).
    """
    try:
        return open_prepared(db_path, ask_passphrase=ask_passphrase)
    except PassphraseCancelledError:
        raise
    except Exception as exc:  # noqa: BLE001 - known environment errors become a message
        friendly = friendly_error(exc)
        if friendly is None:
            raise
        log.warning("cannot open the database: %s", friendly.message)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "Cannot open the database"),
            friendly.translated(QCoreApplication.translate),
        )
        return None


def run_gui(db_path: Path | None = None, language: str | None = None) -> int:
    """Run the desktop application until its window closes; returns the exit status."""
    setup_file_logging()
    paths.clean_temp_dir()  # what an export cut short by a crash or power cut left behind
    app = create_application(language=language)
    install_exception_hook()
    log.info("starting %s %s", APP_NAME, __version__)
    smoke = SmokeTest.from_environment()
    if smoke is not None:
        return run_smoke_test(app, db_path, smoke)

    try:
        db = open_database_or_explain(db_path)
    except PassphraseCancelledError:
        log.info("no database passphrase was given; quitting")
        return 0
    if db is None:
        return 1
    try:
        return _sign_in_and_work(app, db)
    except AppError as exc:
        QMessageBox.critical(None, APP_DISPLAY_NAME, exc.translated(QCoreApplication.translate))
        return 1
    finally:
        stop_background_work()  # no worker may still use the database when it closes
        db.close()


def _sign_in_and_work(app: QApplication, db: Database) -> int:
    """Sign in, work in the main window; signing out comes back to the sign-in, closing the window quits."""
    settings = app_settings()
    while True:
        dialog = SignInDialog(db, last_staff_id=str(settings.value(keys.LAST_STAFF, "")) or None)
        if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.signed_in is None:
            return 0
        member = dialog.signed_in
        dialog.deleteLater()
        settings.setValue(keys.LAST_STAFF, member.staff_id)
        log.info("signed in (role %s)", member.role.value)
        window = MainWindow(
            AppContext(db=db, actor=StaffActor(member.staff_id, member.role), staff_name=member.display_name)
        )
        window.show()
        status = app.exec()
        stop_background_work()  # signed out or quitting: nothing of this session runs on
        window.end_session()
        signed_out = window.is_signed_out
        window.deleteLater()
        if not signed_out:
            return status
        log.info("signed out")


# --------------------------------------------------------------------------- the smoke test of a frozen build
#
# installer/smoke_test.py starts the built app offscreen with VAUHDITTAMO_SMOKE_TEST set to a JSON object
# {"passphrase": ..., "staff": ..., "password": ...} (the demo database's throwaway values). The app then
# opens the database, signs in through the sign-in dialog, shows the main window and exits 0 once the
# front desk is on screen (another status and a line on standard error when something fails). The hook
# works only on Qt's offscreen platform, so it never signs anybody in at a real desk; nothing on the
# command line ever carries a password.

SMOKE_TEST_ENV = "VAUHDITTAMO_SMOKE_TEST"
SMOKE_FAILED = 3  # exit status of a failed smoke test (1: the database could not be opened)
SMOKE_DEADLINE_MS = 60_000  # the front desk must be shown by then
_SMOKE_POLL_MS = 50


@dataclass(frozen=True)
class SmokeTest:
    """The smoke test's sign-in: the database passphrase (where no keyring works) and a staff account."""

    password: str
    passphrase: str | None = None
    staff: str | None = None  # the account's name as listed; the first one listed when not given

    @classmethod
    def from_environment(cls, environ: dict[str, str] | os._Environ[str] | None = None) -> SmokeTest | None:
        """The smoke test asked for by :data:`SMOKE_TEST_ENV`, or ``None`` (also off the offscreen platform)."""
        environ = os.environ if environ is None else environ
        raw = environ.get(SMOKE_TEST_ENV)
        if not raw:
            return None
        if environ.get("QT_QPA_PLATFORM", "").split(":")[0] != "offscreen":
            log.warning("%s is ignored: the smoke test runs only on the offscreen platform", SMOKE_TEST_ENV)
            return None
        try:
            values = json.loads(raw)
            return cls(
                password=str(values["password"]),
                passphrase=None if values.get("passphrase") is None else str(values["passphrase"]),
                staff=None if values.get("staff") is None else str(values["staff"]),
            )
        except (ValueError, TypeError, KeyError) as exc:
            problem = f"{APP_NAME}: error: {SMOKE_TEST_ENV} is not a JSON object with a password: {exc}"
            raise SystemExit(problem) from None

    def ask_passphrase(self, request: PassphraseRequest) -> str | None:
        """The given passphrase, once; never for a new database (the smoke test opens the demo)."""
        if request.new or request.wrong:
            return None
        return self.passphrase


def _smoke_failure(message: str) -> int:
    log.error("smoke test failed: %s", message)
    if sys.stderr is not None:  # a windowed build on Windows has no standard error
        print(f"{APP_NAME}: smoke test failed: {message}", file=sys.stderr, flush=True)
    return SMOKE_FAILED


def run_smoke_test(app: QApplication, db_path: Path | None, smoke: SmokeTest) -> int:
    """Open the database, sign in, show the main window; 0 once the front desk is shown."""
    failures: list[str] = []

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        failures.append("".join(traceback.format_exception_only(exc_type, exc)).strip())
        log.critical("unexpected error in the smoke test", exc_info=(exc_type, exc, tb))
        app.exit(SMOKE_FAILED)

    sys.excepthook = hook  # an error in a slot ends the test (no crash dialog waits offscreen)
    try:
        db = open_prepared(db_path, create=False, ask_passphrase=smoke.ask_passphrase)
    except Exception as exc:  # noqa: BLE001 - reported as the test's failure
        return _smoke_failure(f"cannot open the database: {exc}")
    window: MainWindow | None = None
    try:
        dialog = SignInDialog(db)
        index = dialog.name_combo.findText(smoke.staff) if smoke.staff else 0
        if index < 0 or dialog.name_combo.count() == 0:
            return _smoke_failure(f"no staff account to sign in with ({smoke.staff or 'none listed'})")
        dialog.name_combo.setCurrentIndex(index)
        dialog.password_edit.setText(smoke.password)
        dialog.sign_in()
        member = dialog.signed_in
        if dialog.result() != SignInDialog.DialogCode.Accepted or member is None:
            return _smoke_failure(f"signing in failed: {dialog.error_label.text()}")
        log.info("smoke test: signed in (role %s)", member.role.value)
        window = MainWindow(
            AppContext(db=db, actor=StaffActor(member.staff_id, member.role), staff_name=member.display_name)
        )
        shown = window
        waited = 0

        def check() -> None:
            nonlocal waited
            page = shown.current_page()
            if shown.isVisible() and isinstance(page, FrontDeskPage) and page.isVisible() and not tasks.running_jobs():
                log.info("smoke test: the front desk is shown")
                app.exit(0)
                return
            waited += _SMOKE_POLL_MS
            if waited >= SMOKE_DEADLINE_MS:
                failures.append(f"the front desk was not shown (the screen shown: {type(page).__name__})")
                app.exit(SMOKE_FAILED)
                return
            QTimer.singleShot(_SMOKE_POLL_MS, check)

        window.show()
        QTimer.singleShot(0, check)
        status = app.exec()
        if failures:
            return _smoke_failure("; ".join(failures))
        return status
    finally:
        stop_background_work()
        if window is not None:
            window.end_session()
            window.close()
            window.deleteLater()
        db.close()
