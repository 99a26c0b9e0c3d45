"""The global exception hook: friendly messages for known problems, a crash dialog for bugs.

A crash report (the log entry, the dialog's details, the text on standard error) never holds the
values of a failed database statement: see :func:`vauhdittamo.logging_setup.format_exception_safely`.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from vauhdittamo import paths
from vauhdittamo.errors import AppError, classify_sqlite_error
from vauhdittamo.logging_setup import format_exception_safely, install_record_scrubber

log = logging.getLogger(__name__)

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def friendly_error(exc: BaseException) -> AppError | None:
    """The handled form of *exc*: itself, a known database failure, or ``None`` for a bug."""
    if isinstance(exc, AppError):
        return exc
    return classify_sqlite_error(exc, "")  # a known database failure (it unwraps the driver's error)


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
    box.setDetailedText(format_exception_safely(exc_type, exc, tb))
    box.exec()


def install_exception_hook() -> Hook:
    """Replace ``sys.excepthook``; returns the previous hook.

    Every log record is scrubbed from here on (:func:`~vauhdittamo.logging_setup.install_record_scrubber`).
    """
    install_record_scrubber()
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
        else:  # what Python itself would print, without a database statement's values
            try:
                sys.stderr.write(format_exception_safely(exc_type, exc, tb))
                sys.stderr.flush()
            except (AttributeError, OSError, ValueError):  # no console (a GUI build on Windows) or it is closed
                pass

    sys.excepthook = hook
    return previous
