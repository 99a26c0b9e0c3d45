"""The command line against hostile input, as issue 14 reproduced it: every answer one plain line, no traceback.

Read-only commands (stats, export attendance, report period, backup) never create, encrypt or upgrade a
database; no command creates folders or a database except ``demo`` (and the app); only regular files
are ever replaced by ``--out``; an export that cannot be recorded in the audit trail leaves no file.
"""

from __future__ import annotations

import datetime as dt
import errno
import gc
import hashlib
import os
import socket
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy.exc import OperationalError
from sqlcipher3 import dbapi2 as sqlcipher

from tests.acting import acting
from vauhdittamo import __main__ as entry
from vauhdittamo import db as dbmod
from vauhdittamo.cli import MAX_DEMO_CLIENTS, main
from vauhdittamo.db import SQLITE_HEADER, head_revision, open_database, read_revision
from vauhdittamo.dbkey import PassphraseRequest
from vauhdittamo.models import (
    AttendanceMark,
    AttendanceStatus,
    AuditAction,
    AuditEntry,
    Client,
    Workshop,
    WorkshopSession,
)

PASSPHRASE = "kylätalon kannettava 2026"
WEEK = "2026-W47"
PERIOD = ["--from", "2026-11-01", "--to", "2026-11-30"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> bool:
    """Exactly one line, the program's own, and no bug report."""
    return err.count("\n") == 1 and err.startswith("vauhdittamo: error: ") and "unexpected" not in err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A database with a workshop and two clients present in week 2026-W47."""
    path = tmp_path / "desk.sqlite3"
    db = open_database(path)
    with db.transaction(acting(db)) as s:
        workshop = Workshop(name="Vauhdittamo START Lieksa", start_date=dt.date(2026, 1, 1))
        clients = [
            Client(first_name="Aino", last_name="Aalto", birth_date=dt.date(2001, 2, 3)),
            Client(first_name="Pekka", last_name="Järvinen", birth_date=dt.date(1970, 1, 1)),
        ]
        s.add_all([workshop, *clients])
        s.flush()
        session = WorkshopSession(
            workshop_id=workshop.id, session_date=dt.date(2026, 11, 17), start_time=dt.time(9), end_time=dt.time(12)
        )
        s.add(session)
        s.flush()
        for client in clients:
            s.add(AttendanceMark(session_id=session.id, client_id=client.id, status=AttendanceStatus.PRESENT))
    db.close()
    return path


def exporting(kind: str, db: Path, out: Path, *extra: str) -> list[str]:
    """The argv of one of the commands that write a file with --out."""
    if kind == "attendance":
        return ["export", "attendance", "--week", WEEK, "--out", str(out), "--db", str(db), *extra]
    if kind == "report":
        return ["report", "period", *PERIOD, "--out", str(out), "--db", str(db), *extra]
    return ["backup", "--out", str(out), "--db", str(db), *extra]


WRITERS = ["attendance", "report", "backup"]


def _exports(db: Path) -> list[AuditEntry]:
    database = open_database(db)
    try:
        with database.session(acting(database)) as s:
            return list(s.query(AuditEntry).filter(AuditEntry.action == AuditAction.EXPORTED))
    finally:
        database.close()


# --------------------------------------------------------------------------- --db that is not a database file

EVERY_DB_COMMAND = [
    ["stats"],
    ["export", "attendance", "--week", WEEK, "--out", "x.xlsx"],
    ["report", "period", *PERIOD, "--json"],
    ["backup", "--out", "copy.sqlite3"],
    ["import", "clients", "clients.csv"],
    ["demo"],
    ["staff", "set-password", "Anna"],
    ["sync", "--hub", "postgresql://anna@localhost/hub"],
    ["upgrade"],
]


@pytest.mark.parametrize("argv", EVERY_DB_COMMAND, ids=lambda a: a[0])
def test_an_empty_db_path_is_wrong_usage(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, out, err = run(capsys, *argv, "--db", "")
    assert code == 2 and out == ""
    assert "argument --db: the path is empty" in err and "Traceback" not in err


def test_an_empty_db_path_does_not_start_the_app(capsys: pytest.CaptureFixture[str]) -> None:
    started: list[Any] = []

    def launch(args: Any) -> int:
        started.append(args)
        return 0

    with pytest.raises(SystemExit) as exc:
        main(["--db", ""], launch_gui=launch)
    assert exc.value.code == 2 and started == []
    assert "the path is empty" in capsys.readouterr().err


@pytest.mark.parametrize("argv", EVERY_DB_COMMAND, ids=lambda a: a[0])
def test_a_folder_or_a_device_as_the_database(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    Path("clients.csv").write_text("etunimi;sukunimi\nAino;Aalto\n", encoding="utf-8")
    folder = tmp_path / "a folder"
    folder.mkdir()
    code, _, err = run(capsys, *argv, "--db", str(folder))
    assert code == 1 and one_line(err) and "is a folder" in err, err
    code, _, err = run(capsys, *argv, "--db", os.devnull)
    assert code == 1 and one_line(err) and "is not a file" in err and "disk I/O" not in err, err
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert listing(folder) == []


@pytest.mark.parametrize(
    "argv",
    [["stats"], ["export", "attendance", "--week", WEEK, "--out", "x.xlsx"], ["report", "period", *PERIOD, "--json"],
     ["backup", "--out", "copy.sqlite3"], ["import", "clients", "clients.csv"], ["upgrade"],
     ["staff", "set-password", "Anna"], ["sync", "--hub", "postgresql://anna@localhost/hub"]],
    ids=lambda a: a[0],
)
def test_a_zero_byte_file_is_left_empty(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    Path("clients.csv").write_text("etunimi;sukunimi\nAino;Aalto\n", encoding="utf-8")
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    before = listing(tmp_path)
    code, _, err = run(capsys, *argv, "--db", str(empty))
    assert code == 1 and one_line(err) and "is empty" in err, err
    assert empty.stat().st_size == 0 and listing(tmp_path) == before


def test_an_empty_plain_sqlite_file_is_neither_filled_nor_encrypted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plain = tmp_path / "blank.sqlite3"
    conn = sqlite3.connect(plain)
    conn.execute("PRAGMA user_version = 1")  # writes the header: an SQLite file without a single table
    conn.close()
    before = digest(plain)
    copy = str(tmp_path / "copy.sqlite3")
    for argv in (["stats"], ["backup", "--out", copy], ["report", "period", *PERIOD, "--json"]):
        code, _, err = run(capsys, *argv, "--db", str(plain))
        assert code == 1 and one_line(err) and "is empty" in err, err
    assert digest(plain) == before and plain.read_bytes()[:16] == SQLITE_HEADER
    assert not (tmp_path / "backups").exists() and not (tmp_path / "copy.sqlite3").exists()


def test_a_foreign_file_is_not_called_a_wrong_key(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                  desk: Path) -> None:
    """(``desk``: this computer's keyring holds a database key, whose try on random bytes fails.)"""
    text = tmp_path / "notes.sqlite3"
    text.write_bytes(("Muistiinpanoja kokouksesta.\n" * 400).encode()[:8192])  # whole 512-byte pages, like a database
    foreign = tmp_path / "firefox.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    random = tmp_path / "random.sqlite3"
    random.write_bytes(os.urandom(8192))
    for path in (text, foreign):
        before = digest(path)
        code, _, err = run(capsys, "stats", "--db", str(path))
        assert code == 1 and one_line(err) and "is not a Vauhdittamo database" in err and "key" not in err, err
        assert digest(path) == before
    before = digest(random)
    code, _, err = run(capsys, "stats", "--db", str(random))
    assert code == 1 and one_line(err)
    assert "the key or passphrase is wrong, or the file is not a Vauhdittamo database" in err
    assert digest(random) == before


def test_random_bytes_look_encrypted_but_text_zeros_and_xml_do_not() -> None:
    assert all(dbmod._looks_random(os.urandom(n)) for n in (512, 1024, 4096) for _ in range(200))
    assert not dbmod._looks_random(bytes(4096))
    assert not dbmod._looks_random((b"<?xml version='1.0'?><sheet>" * 200)[:4096])
    assert not dbmod._looks_random("Tämä on tekstiä, ei tietokanta. ".encode() * 200)


# --------------------------------------------------------------------------- read-only commands never upgrade

@pytest.fixture
def newer_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """This version of the app has one more schema step than the databases made before it."""
    from tests.unit.test_db import _migrations_with_extra_step

    body = "    op.create_table('extra', sa.Column('id', sa.Integer, primary_key=True))\n"
    old = head_revision()
    monkeypatch.setattr(dbmod, "MIGRATIONS_DIR", _migrations_with_extra_step(tmp_path / "app", body))
    return old


def test_read_only_commands_refuse_an_older_schema_and_upgrade_says_how(
    capsys: pytest.CaptureFixture[str], desk: Path, tmp_path: Path, newer_app: str
) -> None:
    before, files = digest(desk), listing(tmp_path)
    for argv in (["stats"], ["export", "attendance", "--week", WEEK, "--out", str(tmp_path / "w.xlsx")],
                 ["report", "period", *PERIOD, "--json"]):
        code, out, err = run(capsys, *argv, "--db", str(desk))
        assert code == 1 and out == "" and one_line(err), err
        assert f"schema {newer_app}; this version uses 0099" in err and f"vauhdittamo upgrade --db {desk}" in err
    assert digest(desk) == before and listing(tmp_path) == files, "no backup, no upgrade, no workbook"

    code, out, err = run(capsys, "upgrade", "--db", str(desk))
    assert code == 0, err
    assert f"upgraded from schema {newer_app} to 0099" in out
    assert len(list((tmp_path / "backups").glob(f"desk-*-schema-{newer_app}.sqlite3"))) == 1
    assert read_revision(desk) == "0099"
    code, out, _ = run(capsys, "upgrade", "--db", str(desk))
    assert code == 0 and "up to date" in out
    assert run(capsys, "stats", "--db", str(desk))[0] == 0


def test_upgrade_never_makes_a_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "upgrade", "--db", str(tmp_path / "none.sqlite3"))
    assert code == 1 and one_line(err) and "does not exist" in err
    assert listing(tmp_path) == []


def test_read_only_commands_do_not_encrypt_an_older_plain_database(
    capsys: pytest.CaptureFixture[str], desk: Path, tmp_path: Path
) -> None:
    from tests.unit.test_encryption import _make_plain

    plain = tmp_path / "old" / "vauhdittamo.sqlite3"
    plain.parent.mkdir()
    _make_plain(desk, plain)
    before = digest(plain)
    for argv in (["stats"], ["report", "period", *PERIOD, "--json"]):
        code, _, err = run(capsys, *argv, "--db", str(plain))
        assert code == 1 and one_line(err) and "not encrypted yet" in err and "upgrade --db" in err, err
    assert digest(plain) == before and listing(plain.parent) == ["vauhdittamo.sqlite3"]
    # A backup of it is a plain read, and an encrypted copy.
    code, _, err = run(capsys, "backup", "--out", str(tmp_path / "copy.sqlite3"), "--db", str(plain))
    assert code == 0, err
    assert digest(plain) == before and (tmp_path / "copy.sqlite3").read_bytes()[:16] != SQLITE_HEADER
    code, out, err = run(capsys, "upgrade", "--db", str(plain))
    assert code == 0 and "encrypted now" in out, err
    assert plain.read_bytes()[:16] != SQLITE_HEADER


# --------------------------------------------------------------------------- writing commands never create

def test_import_creates_neither_folders_nor_a_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "clients.csv"
    source.write_text("etunimi;sukunimi\nAino;Aalto\n", encoding="utf-8")
    for target in (tmp_path / "missing" / "sub" / "x.sqlite3", tmp_path / "new.sqlite3"):
        code, out, err = run(capsys, "import", "clients", str(source), "--db", str(target))
        assert code == 1 and out == "" and one_line(err), err
        assert "does not exist" in err and "start the app once" in err
    assert listing(tmp_path) == ["clients.csv"]


def test_staff_set_password_creates_no_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "staff", "set-password", "Anna", "--password-stdin", "--db", str(tmp_path / "x.sqlite3"))
    assert code == 1 and one_line(err) and "does not exist" in err
    assert listing(tmp_path) == []


# --------------------------------------------------------------------------- a schema upgrade that fails

def test_a_failed_upgrade_is_one_line_and_backed_up_once(
    capsys: pytest.CaptureFixture[str], desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.unit.test_db import _migrations_with_extra_step

    old = head_revision()
    body = "    op.create_table('workshop', sa.Column('id', sa.Integer, primary_key=True))\n"  # it exists
    monkeypatch.setattr(dbmod, "MIGRATIONS_DIR", _migrations_with_extra_step(tmp_path / "app", body))
    source = tmp_path / "clients.csv"
    source.write_text("etunimi;sukunimi\nEero;Eskola\n", encoding="utf-8")
    for _attempt in range(3):
        code, out, err = run(capsys, "import", "clients", str(source), "--db", str(desk))
        assert code == 1 and out == "" and one_line(err), err
        assert f"could not be upgraded from schema {old} to 0099 (table workshop already exists)" in err
        assert "It was left as it was" in err and "backups" in err
    assert read_revision(desk) == old
    backups = list((tmp_path / "backups").glob("*.sqlite3"))
    assert len(backups) == 1, "every retry of the same upgrade keeps the first copy"
    with pytest.raises(Exception, match="already exists"):
        open_database(desk)
    # Once the database changes, the next attempt makes a copy of its own.
    monkeypatch.setattr(dbmod, "MIGRATIONS_DIR", Path(dbmod.__file__).resolve().parent / "migrations")
    database = open_database(desk)
    with database.transaction(acting(database)) as s:
        s.add(Client(first_name="Uusi", last_name="Asiakas"))
    database.close()
    os.utime(desk, ns=(backups[0].stat().st_mtime_ns + 10**9,) * 2)
    monkeypatch.setattr(dbmod, "MIGRATIONS_DIR", _migrations_with_extra_step(tmp_path / "app2", body))
    assert run(capsys, "import", "clients", str(source), "--db", str(desk))[0] == 1
    assert len(list((tmp_path / "backups").glob("*.sqlite3"))) == 2


# --------------------------------------------------------------------------- --out: only regular files

@pytest.mark.parametrize("kind", WRITERS)
def test_out_as_a_folder_says_it_is_a_folder(capsys: pytest.CaptureFixture[str], desk: Path, tmp_path: Path,
                                            kind: str) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    for force in ((), ("--force",)):
        code, _, err = run(capsys, *exporting(kind, desk, folder, *force))
        assert code == 1 and one_line(err) and "it is a folder" in err and "exists" not in err, err
    assert folder.is_dir() and listing(folder) == []


@pytest.mark.parametrize("kind", WRITERS)
def test_force_never_replaces_a_device_a_pipe_or_a_socket(
    capsys: pytest.CaptureFixture[str], desk: Path, tmp_path: Path, kind: str
) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    sock_path = tmp_path / "sock"
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(sock_path))
    try:
        for target, is_kind in ((Path(os.devnull), stat.S_ISCHR), (pipe, stat.S_ISFIFO), (sock_path, stat.S_ISSOCK)):
            code, _, err = run(capsys, *exporting(kind, desk, target, "--force"))
            assert code == 1 and one_line(err) and "only a file is ever replaced" in err, err
            assert is_kind(os.stat(target).st_mode)
    finally:
        sock.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".", "pipe", "sock"))) == ["pipe", "sock"]


def test_a_target_that_turns_into_a_device_meanwhile_is_not_replaced(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from vauhdittamo import paths
    from vauhdittamo.errors import FileAccessError
    from vauhdittamo.services import spreadsheet

    out = tmp_path / "report.xlsx"
    with pytest.raises(FileAccessError, match="only a file is ever replaced"), spreadsheet.atomic_target(out) as staged:
        staged.write_bytes(b"workbook")
        monkeypatch.setattr(paths, "kind_of_special_file", lambda p: paths.SPECIAL if p == out else None)
    assert not out.exists() and listing(tmp_path) == []


@pytest.mark.parametrize("kind", WRITERS)
def test_a_folder_one_may_not_write_in_is_named(capsys: pytest.CaptureFixture[str], desk: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == folder else real_access(p, mode))
    code, _, err = run(capsys, *exporting(kind, desk, folder / "out.file"))
    assert code == 1 and one_line(err), err
    assert f"you may not write in the folder {folder}" in err and ".partial" not in err
    assert listing(folder) == []


# --------------------------------------------------------------------------- audit first, or no file

def _refusing_audit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The database takes no more writes (another program holds it, or the disk turned read-only)."""

    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise OperationalError("INSERT INTO audit_entry", {}, sqlcipher.OperationalError("database is locked"))

    monkeypatch.setattr("vauhdittamo.services.audit.record", refuse)


@pytest.mark.parametrize("kind", ["attendance", "report"])
def test_an_export_that_cannot_be_audited_leaves_no_file(
    capsys: pytest.CaptureFixture[str], desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    out = tmp_path / "out" / "export.xlsx"
    out.parent.mkdir()
    _refusing_audit(monkeypatch)
    code, stdout, err = run(capsys, *exporting(kind, desk, out))
    assert code == 1 and stdout == "" and one_line(err) and "busy" in err, err
    assert listing(out.parent) == [], "no workbook, no partial file"
    out.write_bytes(b"last week's")
    code, _, err = run(capsys, *exporting(kind, desk, out, "--force"))
    assert code == 1 and out.read_bytes() == b"last week's" and listing(out.parent) == ["export.xlsx"]
    monkeypatch.undo()
    assert _exports(desk) == []
    code, _, err = run(capsys, *exporting(kind, desk, out, "--force"))
    assert code == 0, err
    assert load_workbook(out).sheetnames[0] == "Yhteenveto" and len(_exports(desk)) == 1


def test_a_subject_access_export_that_cannot_be_audited_leaves_no_file(
    desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.acting import staff_actor
    from vauhdittamo.models import StaffRole
    from vauhdittamo.services.staff import add_staff_member
    from vauhdittamo.services.subject_access import export_client_data

    database = open_database(desk)
    try:
        with database.transaction(acting(database)) as s:
            admin = add_staff_member(s, "Anna Ohjaaja", StaffRole.ADMIN).id
            client_id = s.query(Client.id).filter(Client.first_name == "Aino").scalar()
        actor = staff_actor(database, admin)
        folder = tmp_path / "request"
        folder.mkdir()
        _refusing_audit(monkeypatch)
        with pytest.raises(OperationalError), database.transaction(actor) as s:
            export_client_data(s, client_id, folder)
        assert listing(folder) == []
        monkeypatch.undo()
        with database.transaction(actor) as s:
            written = export_client_data(s, client_id, folder)
        assert written.xlsx_path.exists() and written.json_path.exists()
    finally:
        database.close()


# --------------------------------------------------------------------------- a full disk

@pytest.fixture
def unraisable(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """What Python would print as "Exception ignored in ..." (errors in __del__ and the like)."""
    seen: list[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", seen.append)
    yield seen


@pytest.mark.parametrize("kind", ["attendance", "report"])
def test_a_full_disk_is_one_line_and_leaves_nothing(
    capsys: pytest.CaptureFixture[str], desk: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    unraisable: list[Any], kind: str
) -> None:
    from vauhdittamo.services import spreadsheet

    room = {"left": 2000}  # bytes until the disk is full
    real_write = spreadsheet._SaveFile.write

    def write(self: Any, data: Any) -> int:
        size = memoryview(data).nbytes
        if not self._abandoned:
            room["left"] -= size
            if room["left"] < 0:
                raise OSError(errno.ENOSPC, "No space left on device")
        return int(real_write(self, data))

    monkeypatch.setattr(spreadsheet._SaveFile, "write", write)
    out = tmp_path / "out" / "export.xlsx"
    out.parent.mkdir()
    code, _, err = run(capsys, *exporting(kind, desk, out))
    gc.collect()
    assert code == 1 and one_line(err) and "The disk is full" in err, err
    assert unraisable == [], "nothing printed after the message"
    assert listing(out.parent) == []
    assert _exports(desk) == []


def test_a_full_disk_during_a_backup(capsys: pytest.CaptureFixture[str], desk: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_args: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    out = tmp_path / "copies" / "copy.sqlite3"
    code, _, err = run(capsys, "backup", "--out", str(out), "--db", str(desk))
    assert code == 1 and one_line(err) and "The disk is full" in err, err
    assert listing(out.parent) == []


# --------------------------------------------------------------------------- the hub and demo data

@pytest.mark.parametrize(
    "argv",
    [["sync", "--hub", "mysql://anna@db.example.fi/hub"], ["hub", "init", "--hub", "mysql://root@localhost/hub"],
     ["hub", "add-user", "--hub", "mysql://root@localhost/hub", "anna", "--password-stdin"]],
    ids=["sync", "init", "add-user"],
)
def test_a_hub_that_is_not_postgresql(capsys: pytest.CaptureFixture[str], desk: Path, argv: list[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("pitkä-salasana-2026\n"))
    code, _, err = run(capsys, *argv, *(["--db", str(desk)] if argv[0] == "sync" else []))
    assert code == 1 and one_line(err), err
    assert "always a PostgreSQL database, not mysql" in err and "postgresql://" in err


def test_a_reserved_hub_user_name_is_refused_before_connecting(capsys: pytest.CaptureFixture[str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("vauhdittamo.cli._hub_engine", lambda _address: pytest.fail("connected"))
    for force in ((), ("--force",)):
        monkeypatch.setattr("sys.stdin", io.StringIO("pitkä-salasana-2026\n"))
        code, _, err = run(capsys, "hub", "add-user", "--hub", "postgresql://postgres@localhost/hub", "pg_monitor",
                           "--password-stdin", *force)
        assert code == 1 and one_line(err) and "reserved" in err and "SCRAM" not in err, err


def test_demo_has_an_upper_bound(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    code, _, err = run(capsys, "demo", "--clients", str(MAX_DEMO_CLIENTS + 1), "--db", str(path))
    assert code == 2 and f"at most {MAX_DEMO_CLIENTS}" in err and "Traceback" not in err
    code, _, err = run(capsys, "demo", "--weeks", "100000", "--db", str(path))
    assert code == 2 and "at most 520" in err
    assert not path.exists()
    assert f"at most {MAX_DEMO_CLIENTS}" in run(capsys, "demo", "--help")[1]


# --------------------------------------------------------------------------- help texts

def test_help_texts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "backup", "--help")
    assert code == 0 and "the backup file to write" in " ".join(out.split())
    code, out, _ = run(capsys, "hub", "add-user", "--help")
    flat = " ".join(out.split())
    assert code == 0 and "as its owner: the hub" not in flat and "USER its owner" in flat
    code, out, _ = run(capsys, "upgrade", "--help")
    assert code == 0 and "backup" in out


# --------------------------------------------------------------------------- passphrase on standard input

@pytest.mark.usefixtures("no_keyring")
@pytest.mark.parametrize("kind", ["attendance", "report"])
def test_exports_read_the_passphrase_from_stdin_where_no_keyring_works(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    import io

    def ask(request: PassphraseRequest) -> str:
        return PASSPHRASE

    path = tmp_path / "village.sqlite3"
    open_database(path, ask_passphrase=ask).close()
    out = tmp_path / "export.xlsx"
    monkeypatch.setattr("sys.stdin", io.StringIO("not the passphrase\n"))
    code, _, err = run(capsys, *exporting(kind, path, out, "--passphrase-stdin"))
    assert code == 1 and one_line(err) and "passphrase is wrong" in err and not out.exists()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code, stdout, err = run(capsys, *exporting(kind, path, out, "--passphrase-stdin"))
    assert code == 0, err
    assert "written to" in stdout and out.exists()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run(capsys, *exporting(kind, path, out, "--force"))  # no terminal, no --passphrase-stdin
    assert code == 1 and one_line(err) and "--passphrase-stdin" in err


# --------------------------------------------------------------------------- the desktop app on Linux

def test_missing_qt_libraries_are_named_in_one_line(monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    import ctypes

    def cdll(name: str, *args: Any, **kwargs: Any) -> Any:
        """A machine with every library Qt needs but one (whatever this machine has)."""
        if name == "libxcb-cursor.so.0":
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        return object()

    monkeypatch.setattr(ctypes, "CDLL", cdll)
    monkeypatch.setattr(sys, "platform", "linux")
    x11 = {"DISPLAY": ":0"}
    assert entry.missing_qt_libraries(x11) == ["libxcb-cursor.so.0"]
    assert entry.missing_qt_libraries({**x11, "QT_QPA_PLATFORM": "offscreen"}) == []
    assert entry.missing_qt_libraries({**x11, "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}) == []
    assert entry.missing_qt_libraries({**x11, "QT_QPA_PLATFORM": "xcb"}) == ["libxcb-cursor.so.0"]

    monkeypatch.setattr(os, "environ", {**x11})
    monkeypatch.setitem(sys.modules, "vauhdittamo.app", None)  # the app is not even imported
    code = main([], launch_gui=entry._launch_gui)
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert "libxcb-cursor.so.0" in err and "sudo apt install libxcb-cursor0" in err


def test_no_display_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entry, "missing_qt_libraries", lambda environ=None: [])
    monkeypatch.setattr(sys, "platform", "linux")
    problem = entry.gui_start_problem({})
    assert problem is not None and "\n" not in problem and "DISPLAY is not set" in problem
    assert entry.gui_start_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    monkeypatch.setattr(entry, "display_reachable", lambda display: display == ":0")
    assert entry.gui_start_problem({"DISPLAY": ":0"}) is None
    problem = entry.gui_start_problem({"DISPLAY": ":5"})
    assert problem is not None and "\n" not in problem and "cannot open the display :5" in problem


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11")
def test_a_display_nobody_serves_is_unreachable() -> None:
    import ctypes

    try:
        ctypes.CDLL("libxcb.so.1")
    except OSError:
        pytest.skip("no libxcb here")
    assert entry.display_reachable(":9876") is False  # no X server answers there


# --------------------------------------------------------------------------- as a real process

@pytest.fixture
def process_env(tmp_path: Path) -> dict[str, str]:
    """A child process with its own folders and no keyring at all (never the developer's real one)."""
    return {
        **os.environ,
        "VAUHDITTAMO_HOME": str(tmp_path / "home"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PYTHONWARNINGS": "ignore",
    }


@pytest.mark.usefixtures("no_keyring")
def test_as_a_process_every_hostile_case_is_one_line(tmp_path: Path, process_env: dict[str, str]) -> None:
    def ask(request: PassphraseRequest) -> str:
        return PASSPHRASE

    good = tmp_path / "good.sqlite3"
    open_database(good, ask_passphrase=ask).close()
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    rnd = tmp_path / "random.bin"
    rnd.write_bytes(os.urandom(8192))
    cases: list[tuple[list[str], int, str]] = [
        (["stats", "--db", ""], 2, "the path is empty"),
        (["stats", "--db", str(empty)], 1, "is empty"),
        (["stats", "--db", os.devnull], 1, "is not a file"),
        (["stats", "--db", str(rnd)], 1, "or the file is not a Vauhdittamo database"),
        (["backup", "--db", str(good), "--out", os.devnull, "--force"], 1, "only a file is ever replaced"),
        (["export", "attendance", "--week", WEEK, "--db", str(good), "--out", str(tmp_path)], 1, "it is a folder"),
        (["sync", "--hub", "mysql://a@b/c", "--db", str(good)], 1, "not mysql"),
        (["demo", "--clients", "999999999", "--db", str(tmp_path / "d.sqlite3")], 2, "at most"),
    ]
    for argv, expected, words in cases:
        done = subprocess.run(
            [sys.executable, "-m", "vauhdittamo", *argv, "--passphrase-stdin"], input=PASSPHRASE + "\n",
            env=process_env, capture_output=True, text=True, timeout=120, check=False,
        )
        assert done.returncode == expected, (argv, done.stderr)
        assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, (argv, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert words in lines[-1], (argv, done.stderr)
        if expected == 1:
            assert len(lines) == 1, (argv, done.stderr)
    assert empty.stat().st_size == 0 and stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert not (tmp_path / "d.sqlite3").exists()
