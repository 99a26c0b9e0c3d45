"""The global exception hook: friendly messages for known problems, a crash dialog for bugs."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.exc import DBAPIError

from vauhdittamo import paths
from vauhdittamo.errors import AppError, classify_sqlite_error

log = logging.getLogger(__name__)

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def friendly_error(exc: BaseException) -> AppError | None:
    """The handled form of *exc*: itself, a known database failure, or ``None`` for a bug."""
    if isinstance(exc, AppError):
        return exc
    if isinstance(exc, DBAPIError):
        return classify_sqlite_error(exc, "")
    return None


def show_error(parent: QWidget | None, error: AppError) -> None:
    """A plain message for an error the user can do something about."""
    QMessageBox.warning(
        parent, QCoreApplication.translate("crash", "Cannot continue"), error.translated(QCoreApplication.translate)
    )


def show_crash_dialog(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("crash", "Unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "crash",
            "Something unexpected happened. What you had saved is safe. "
            "Please tell your administrator; the details are in the log folder:",
        )
        + f"\n{paths.log_dir()}"
    )
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.exec()


def install_exception_hook() -> Hook:
    """Replace ``sys.excepthook``; returns the previous hook."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        friendly = friendly_error(exc)
        if friendly is not None:
            log.warning("handled error: %s", friendly.message)
            if QApplication.instance() is not None:
                show_error(QApplication.activeWindow(), friendly)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is not None:
            show_crash_dialog(exc_type, exc, tb)
        else:
            previous(exc_type, exc, tb)

    sys.excepthook = hook
    return previous
