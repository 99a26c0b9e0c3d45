"""Small helpers the form dialogs share: an error line under a field, and a careful yes/no question."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QWidget

from vauhdittamo.ui.partners.organisation_dialog import error_label


def add_error_row(form: QFormLayout, errors: dict[str, QLabel], field: str) -> QLabel:
    """A hidden red line under the last row of *form*, kept in *errors* under *field*."""
    errors[field] = error_label()
    form.addRow("", errors[field])
    return errors[field]


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before something that cannot be undone; No is the default, so Enter never destroys anything."""
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


SIGNING_OUT = "vauhdittamo_signing_out"


@contextmanager
def signing_out() -> Iterator[None]:
    """While the session ends, windows close without asking about unsaved input (see :func:`is_signing_out`)."""
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(SIGNING_OUT, True)
    try:
        yield
    finally:
        if app is not None:
            app.setProperty(SIGNING_OUT, False)


def is_signing_out() -> bool:
    app = QCoreApplication.instance()
    return bool(app is not None and app.property(SIGNING_OUT))
