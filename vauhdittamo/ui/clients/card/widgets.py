"""Small widgets and text helpers shared by the tabs of the client card."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from vauhdittamo.timeutil import to_local
from vauhdittamo.ui.format import format_date, format_local_time


def button(text: str, primary: bool = False) -> QPushButton:
    """A push button that Enter in a text field does not press by accident."""
    made = QPushButton(text)
    made.setAutoDefault(False)
    if primary:
        made.setObjectName("primary")
    return made


def button_row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side at their natural width, the spare room after them."""
    row = QHBoxLayout()
    row.setSpacing(8)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def error_label() -> QLabel:
    """A hidden label for a handled error, shown below the field or form it belongs to."""
    error = QLabel()
    error.setObjectName("fieldError")
    error.setWordWrap(True)
    error.setVisible(False)
    return error


def one_line(text: str) -> str:
    """*text* with its line breaks and runs of spaces as single spaces."""
    return " ".join(text.split())


def date_time(when: dt.datetime) -> str:
    """A UTC instant as the local date and time."""
    return f"{format_date(to_local(when).date())} {format_local_time(when)}"
