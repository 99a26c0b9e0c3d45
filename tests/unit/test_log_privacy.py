"""No personal data in logs or on the command line: a failed statement's values are never written."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError, StatementError

from vauhdittamo import cli, logging_setup, paths
from vauhdittamo.db import Database, open_database

NAME = "Ainomaija"
SURNAME = "Kivirinta"
PERSONAL_ID = "131052-308T"
ADDRESS = "Sepänkatu 7 B 12"
SECRETS = (NAME, SURNAME, PERSONAL_ID, ADDRESS)


def assert_no_personal_data(*texts: str) -> None:
    for written in texts:
        for secret in SECRETS:
            assert secret not in written


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The application's log file set up as the desktop app does; the handlers removed afterwards."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    path = logging_setup.setup_file_logging()
    assert path is not None
    stderr = logging_setup.stderr_handler()
    root.addHandler(stderr)
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def _refusing_database(path: Path) -> None:
    """A database that refuses every new client (an unexpected database error, as a bug would cause)."""
    db = open_database(path)
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TRIGGER no_clients BEFORE INSERT ON client BEGIN SELECT RAISE(ABORT, 'no'); END"))
    db.close()


def _clients_csv(tmp_path: Path, rows: int = 208) -> Path:
    source = tmp_path / "clients.csv"
    lines = ["etunimi;sukunimi;henkilötunnus;osoite", f"{NAME};{SURNAME};{PERSONAL_ID};{ADDRESS}"]
    lines += [f"Eero{i};Esimerkki;;Kylätie {i}" for i in range(rows - 1)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return source


@pytest.mark.parametrize("engine_hides", [True, False], ids=["as-shipped", "defence-in-depth"])
def test_a_database_error_on_the_command_line_writes_no_personal_data(
    engine_hides: bool, tmp_path: Path, log_file: Path, capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch,
) -> None:
    db_path = tmp_path / "refusing.sqlite3"
    _refusing_database(db_path)
    if not engine_hides:  # as if an engine were made without hide_parameters: the log scrubbing still holds
        import vauhdittamo.db

        def engine_showing_values(*args: object, **kwargs: object) -> object:
            return create_engine(*args, **{**kwargs, "hide_parameters": False})  # type: ignore[call-overload]

        monkeypatch.setattr(vauhdittamo.db, "create_engine", engine_showing_values)

    with caplog.at_level(logging.INFO):
        code = cli.main(["import", "clients", str(_clients_csv(tmp_path)), "--db", str(db_path)])

    out, err = capfd.readouterr()
    assert code == cli.EXIT_ERROR
    assert "unexpected IntegrityError" in err and "Traceback" in err  # the bug is reported, with its statement
    assert "INSERT INTO client" in err.replace("\"client\"", "client")
    crash = [r for r in caplog.records if r.levelno == logging.CRITICAL]
    assert len(crash) == 1 and crash[0].exc_info is not None
    raw = str(crash[0].exc_info[1])
    assert (PERSONAL_ID in raw or NAME in raw) is not engine_hides  # what SQLAlchemy itself would have said
    written = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in written and "IntegrityError" in written
    assert_no_personal_data(out, err, written, caplog.text)


def test_executemany_parameter_sets_are_not_logged(log_file: Path, capfd: pytest.CaptureFixture[str],
                                                   caplog: pytest.LogCaptureFixture) -> None:
    engine = create_engine("sqlite://")  # no hide_parameters: "displaying 10 of 208 parameter sets"
    log = logging.getLogger("vauhdittamo.test")
    with engine.connect() as conn:
        conn.execute(text("CREATE TABLE person (name TEXT UNIQUE, personal_id TEXT)"))
        rows = [{"name": NAME, "personal_id": PERSONAL_ID}] + [{"name": f"n{i}", "personal_id": ""} for i in range(207)]
        conn.execute(text("INSERT INTO person VALUES (:name, :personal_id)"), rows)
        with pytest.raises(IntegrityError) as info:
            conn.execute(text("INSERT INTO person VALUES (:name, :personal_id)"), rows)
    assert "displaying 10 of 208" in str(info.value) and PERSONAL_ID in str(info.value)
    with caplog.at_level(logging.INFO):
        log.error("import failed: %s", info.value)
        log.error(info.value)
        log.exception("import failed", exc_info=info.value)
    out, err = capfd.readouterr()
    written = log_file.read_text(encoding="utf-8")
    assert written.count("UNIQUE constraint failed: person.name") >= 3
    assert "displaying" not in written + err + caplog.text
    assert_no_personal_data(out, err, written, caplog.text)


def test_a_statement_with_literals_is_logged_masked() -> None:
    exc = StatementError(
        "stmt", f"UPDATE client SET last_name = '{SURNAME}' WHERE personal_id = '{PERSONAL_ID}'",
        {"x": NAME}, sqlite3.IntegrityError(f"CHECK constraint failed: last_name <> '{SURNAME}'"),
    )
    report = logging_setup.format_exception_safely(type(exc), exc, None)
    assert "UPDATE client SET last_name = '?' WHERE personal_id = '?'" in report
    assert "CHECK constraint failed" in report and logging_setup.PARAMETERS_HIDDEN in report
    assert_no_personal_data(report)


def test_a_driver_message_keeps_only_its_first_line() -> None:
    exc = sqlite3.IntegrityError(
        f'duplicate key value violates unique constraint "client_pid"\nDETAIL:  Key (personal_id)=({PERSONAL_ID}).'
    )
    assert logging_setup.safe_exception_text(exc) == (
        "sqlite3.IntegrityError: duplicate key value violates unique constraint '?'"
    )


def test_chained_errors_and_other_errors_keep_their_text() -> None:
    try:
        try:
            raise IntegrityError("INSERT INTO client VALUES (?)", (PERSONAL_ID,), sqlite3.IntegrityError("no"))
        except IntegrityError as inner:
            raise RuntimeError("import of row 2 failed") from inner
    except RuntimeError as outer:
        report = logging_setup.format_exception_safely(type(outer), outer, outer.__traceback__)
    assert "RuntimeError: import of row 2 failed" in report
    assert "sqlalchemy.exc.IntegrityError: (sqlite3.IntegrityError) no" in report
    assert "direct cause" in report and report.count("Traceback (most recent call last):") == 2
    assert_no_personal_data(report)


def test_every_engine_the_app_makes_hides_parameters(db: Database) -> None:
    assert db.engine.hide_parameters is True


def test_the_log_file_handler_is_scrubbed_even_for_records_made_elsewhere(log_file: Path) -> None:
    """Records of other libraries (not made through the record factory) are scrubbed by the handler too."""
    exc = IntegrityError("INSERT INTO client VALUES (?)", (PERSONAL_ID,), sqlite3.IntegrityError("no"))
    record = logging.LogRecord("other", logging.ERROR, __file__, 1, "failed: %s", (exc,), None)
    for handler in logging.getLogger().handlers:
        handler.handle(record)
    written = log_file.read_text(encoding="utf-8")
    assert "failed: sqlalchemy.exc.IntegrityError: (sqlite3.IntegrityError) no" in written
    assert_no_personal_data(written)


def test_the_command_line_cleans_the_temporary_folder_at_start(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    leftover = paths.ensure_dir(paths.temp_dir() / "1234-deadbeef") / "openpyxl.abc"
    leftover.write_text(NAME, encoding="utf-8")
    cli.main(["stats", "--db", str(tmp_path / "missing.sqlite3")])
    capsys.readouterr()
    assert not leftover.parent.exists()
