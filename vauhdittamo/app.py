"""Starting the desktop application: Qt, translations, the database, sign-in, the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from vauhdittamo import APP_DISPLAY_NAME, APP_NAME, __version__, paths
from vauhdittamo.db import Database
from vauhdittamo.errors import AppError, PassphraseCancelledError
from vauhdittamo.logging_setup import setup_file_logging
from vauhdittamo.services.permissions import StaffActor
from vauhdittamo.services.setup import open_prepared
from vauhdittamo.ui import settings as keys
from vauhdittamo.ui import tasks
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.crash import friendly_error, install_exception_hook
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


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication with name, style and translations (reuses an existing one)."""
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
