"""The global exception hook: known problems get a plain message, bugs a crash dialog and a log entry
(neither holding personal data)."""

import logging
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import IntegrityError, OperationalError

from tests.acting import acting
from vauhdittamo.db import Database
from vauhdittamo.errors import DiskFullError
from vauhdittamo.logging_setup import setup_file_logging
from vauhdittamo.models import Client
from vauhdittamo.ui import crash


@pytest.fixture
def hook(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list[str]]]:
    shown: dict[str, list[str]] = {"warning": [], "crash": []}
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown["warning"].append(text))

    def exec_crash_dialog(box: QMessageBox) -> int:
        shown["crash"].append(box.detailedText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_crash_dialog)
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


NAME, PERSONAL_ID = "Ainomaija", "131052-308T"


def _client_insert_error(db: Database) -> IntegrityError:
    """A real error of the ORM, inserting a client whose id is taken, with a name and an identity code."""
    with db.transaction(acting(db)) as session:
        first = Client(first_name="Eero", last_name="Esimerkki")
        session.add(first)
        session.flush()
        taken = first.id
    with db.transaction(acting(db)) as session, pytest.raises(IntegrityError) as info:
        session.add(Client(id=taken, first_name=NAME, last_name="Kivirinta", personal_id=PERSONAL_ID))
        session.flush()
    return info.value


class _NoApplication:
    @staticmethod
    def instance() -> None:
        return None


@pytest.fixture
def log_file() -> Iterator[Path]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    path = setup_file_logging()
    assert path is not None
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.mark.parametrize("engine_hides", [True, False], ids=["as-shipped", "defence-in-depth"])
def test_a_database_bug_is_reported_without_personal_data(
    engine_hides: bool, hook: dict[str, list[str]], db: Database, staff_id: str, log_file: Path,
    caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not engine_hides:  # as if the engine showed the values: the crash report must still hold none
        monkeypatch.setattr(db.engine, "hide_parameters", False)
    error = _client_insert_error(db)
    assert (PERSONAL_ID in str(error)) is not engine_hides
    with caplog.at_level(logging.CRITICAL):
        _raise(error)
        monkeypatch.setattr(crash, "QApplication", _NoApplication)  # no GUI (yet): to standard error
        _raise(error)
    out, err = capfd.readouterr()
    assert len(hook["crash"]) == 1 and "UNIQUE constraint failed: client.id" in hook["crash"][0]
    assert "INSERT INTO client" in hook["crash"][0] and "UNIQUE constraint failed: client.id" in err
    written = log_file.read_text(encoding="utf-8")
    assert written.count("unexpected error") == 2 and "IntegrityError" in written
    for text in (hook["crash"][0], written, caplog.text, out, err):
        assert NAME not in text and PERSONAL_ID not in text
