"""The global exception hook: known problems get a plain message, bugs a crash dialog and a log entry."""

import logging
import sqlite3
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import OperationalError

from vauhdittamo.errors import DiskFullError
from vauhdittamo.ui import crash


@pytest.fixture
def hook(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list[str]]]:
    shown: dict[str, list[str]] = {"warning": [], "crash": []}
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown["warning"].append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown["crash"].append(box.detailedText()) or 0)
    previous = crash.install_exception_hook()
    yield shown
    sys.excepthook = previous


def _raise(exc: BaseException) -> None:
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001 - handed to the hook like an uncaught error
        sys.excepthook(type(caught), caught, caught.__traceback__)


def test_known_error_gets_a_plain_message(hook: dict[str, list[str]]) -> None:
    _raise(DiskFullError())
    assert hook["warning"] == ["The disk is full. Free some space and try again; nothing saved was lost."]
    assert hook["crash"] == []


def test_locked_database_from_sqlalchemy_is_recognised(hook: dict[str, list[str]]) -> None:
    _raise(OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked")))
    assert len(hook["warning"]) == 1 and "busy" in hook["warning"][0]


def test_a_bug_is_logged_and_shows_the_crash_dialog(hook: dict[str, list[str]],
                                                    caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.CRITICAL):
        _raise(ZeroDivisionError("a bug"))
    assert len(hook["crash"]) == 1 and "ZeroDivisionError: a bug" in hook["crash"][0]
    assert any(r.levelno == logging.CRITICAL and r.exc_info for r in caplog.records)
