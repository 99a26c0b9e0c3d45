"""Logs, exports, backups and temporary files are owner-only, and export temporaries stay private."""

from __future__ import annotations

import logging
import logging.handlers
import os
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl.worksheet import _writer as openpyxl_writer

from tests import encrypted
from tests.acting import acting
from tests.unit.test_attendance_export import W47, build_week_47
from vauhdittamo import logging_setup, paths
from vauhdittamo.db import (
    Database,
    FileState,
    backup_before_migration,
    backup_database,
    file_state,
    head_revision,
    open_database,
    read_revision,
)
from vauhdittamo.models import Client
from vauhdittamo.services import attendance_export as ae
from vauhdittamo.services import spreadsheet as xl
from vauhdittamo.services import subject_access

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions (chmod is a no-op on Windows)")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A umask that lets everyone read (022, the usual one): the app must not rely on a strict one."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, as ``tempfile`` sees it, moved where the test can look."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


# --------------------------------------------------------------------------- owner-only files


@posix_only
def test_folders_the_app_makes_are_owner_only(loose_umask: None, tmp_path: Path) -> None:
    made = paths.ensure_dir(tmp_path / "a" / "b")
    assert mode(made) == 0o700
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    paths.ensure_dir(shared)
    assert mode(shared) == 0o755  # a folder the user chose is left as it is
    paths.ensure_private_dir(shared)
    assert mode(shared) == 0o700


@posix_only
def test_log_files_are_owner_only_also_after_rotation(loose_umask: None) -> None:
    folder = paths.ensure_dir(paths.log_dir(), mode=0o755)
    paths.make_private(folder, 0o755)
    old = folder / f"{logging_setup.LOG_FILENAME}.1"
    old.write_text("written by an older version\n", encoding="utf-8")
    old.chmod(0o644)
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    try:
        path = logging_setup.setup_file_logging()
        assert path is not None
        logging.getLogger("vauhdittamo.test").info("hello")
        assert mode(path) == 0o600 and mode(old) == 0o600 and mode(folder) == 0o700
        handler = next(h for h in root.handlers if h not in before)
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        handler.doRollover()
        logging.getLogger("vauhdittamo.test").info("after rotation")
        assert all(mode(p) == 0o600 for p in folder.iterdir())
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)


@posix_only
def test_the_attendance_export_is_owner_only(loose_umask: None, db: Database, staff_id: str, tmp_path: Path) -> None:
    build_week_47(db)
    out = tmp_path / "viikko.xlsx"
    out.write_bytes(b"an older export everyone could read")
    out.chmod(0o644)
    with db.session(acting(db)) as session:
        ae.export_attendance(session, W47, out)
    assert mode(out) == 0o600
    assert [p.name for p in tmp_path.iterdir() if "xlsx" in p.name] == ["viikko.xlsx"]


@posix_only
@pytest.mark.parametrize("command", ["export", "report"])
def test_the_command_line_exports_are_owner_only_and_leave_nothing_beside(
    loose_umask: None, db: Database, tmp_path: Path, command: str
) -> None:
    from vauhdittamo.cli import main

    build_week_47(db)
    out = tmp_path / "exports" / "out.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"an older export everyone could read")
    out.chmod(0o644)
    argv = (["export", "attendance", "--week", str(W47)] if command == "export"
            else ["report", "period", "--from", "2026-11-01", "--to", "2026-11-30"])
    assert main([*argv, "--out", str(out), "--force", "--db", str(db.path)]) == 0
    assert mode(out) == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["out.xlsx"], "no staged or partial file is left"


@posix_only
def test_the_subject_access_export_is_owner_only(loose_umask: None, db: Database, staff_id: str,
                                                 tmp_path: Path) -> None:
    with db.transaction(acting(db)) as session:
        client = Client(first_name="Aino", last_name="Aalto")
        session.add(client)
        session.flush()
        written = subject_access.export_client_data(session, client.id, tmp_path)
    assert mode(written.xlsx_path) == 0o600 and mode(written.json_path) == 0o600


@posix_only
def test_backups_are_owner_only(loose_umask: None, db: Database, tmp_path: Path) -> None:
    target = backup_database(db.path, tmp_path / "new-folder" / "copy.sqlite3", db.key)
    assert mode(target) == 0o600 and mode(target.parent) == 0o700
    before_upgrade = backup_before_migration(db.path, head_revision(), db.key)
    assert mode(before_upgrade) == 0o600 and mode(before_upgrade.parent) == 0o700
    assert read_revision(before_upgrade, db.key) == head_revision()


@posix_only
def test_a_new_database_is_owner_only(loose_umask: None, tmp_path: Path) -> None:
    database = open_database(tmp_path / "fresh" / "new.sqlite3")
    database.close()
    assert mode(database.path) == 0o600 and mode(database.path.parent) == 0o700


@posix_only
def test_encrypting_a_plain_database_makes_owner_only_files(loose_umask: None, tmp_path: Path) -> None:
    seed = open_database(tmp_path / "seed.sqlite3")
    seed.close()
    plain = tmp_path / "data" / "old.sqlite3"  # what an older version of the app left on disk
    plain.parent.mkdir()
    conn = encrypted.connect(seed.path)
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    plain.chmod(0o644)
    open_database(plain).close()
    assert file_state(plain) is FileState.ENCRYPTED and mode(plain) == 0o600
    backups = list((plain.parent / "backups").glob("*before-encryption*"))
    assert len(backups) == 1 and mode(backups[0]) == 0o600 and mode(backups[0].parent) == 0o700


# --------------------------------------------------------------------------- export temporaries


def _private_files() -> list[Path]:
    folder = paths.temp_dir()
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".lock"))


def test_a_crash_mid_export_leaves_no_temporary_file_anywhere(
    db: Database, staff_id: str, tmp_path: Path, system_temp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_week_47(db)
    seen: dict[str, Any] = {}
    original_add = ae._DetailWriter.add

    def add_then_crash(self: Any, row: Any) -> None:
        original_add(self, row)
        if self.rows == 3:
            seen["private"] = _private_files()
            seen["modes"] = {mode(p) for p in seen["private"]} | {mode(p.parent) for p in seen["private"]}
            seen["system"] = sorted(system_temp.rglob("*"))
            raise RuntimeError("power cut")

    monkeypatch.setattr(ae._DetailWriter, "add", add_then_crash)
    with db.session(acting(db)) as session, pytest.raises(RuntimeError, match="power cut"):
        ae.export_attendance(session, W47, tmp_path / "viikko.xlsx")
    # While the export ran, its streams were in the private folder and nothing in the system's.
    assert seen["system"] == []
    assert seen["private"] and all(p.name.startswith("openpyxl.") for p in seen["private"])
    assert all(p.parent.parent == paths.temp_dir() for p in seen["private"])
    if sys.platform != "win32":
        assert mode(paths.temp_dir()) == 0o700 and seen["modes"] == {0o600, 0o700}
    # After it failed: nothing left, here or there, and no partial workbook beside the target.
    assert _private_files() == [] and sorted(system_temp.rglob("*")) == []
    assert [p.name for p in tmp_path.iterdir() if "xlsx" in p.name] == []


_EXPORT_THEN_POWER_CUT = textwrap.dedent(
    """
    import os, sys
    from vauhdittamo.services import spreadsheet as xl
    with xl.write_only_workbook() as workbook:
        sheet = workbook.create_sheet("Osallistujat")
        for _ in range(2000):  # enough for the stream to reach the disk
            sheet.append(["Ainomaija Kivirinta", "131052-308T"])
        print(xl.openpyxl_writer.ALL_TEMP_FILES[-1], flush=True)
        os._exit(9)  # no clean-up at all, as in a power cut
    """
)


def test_leftovers_of_a_power_cut_are_removed_at_the_next_start(system_temp: Path) -> None:
    env = {**os.environ, paths.HOME_ENV: str(paths._base())}
    done = subprocess.run([sys.executable, "-c", _EXPORT_THEN_POWER_CUT], env=env, capture_output=True, text=True)
    assert done.returncode == 9, done.stderr
    leftover = Path(done.stdout.strip())
    assert leftover.is_file() and "Ainomaija" in leftover.read_text(encoding="utf-8")
    assert leftover.parent.parent == paths.temp_dir() and sorted(system_temp.rglob("*")) == []

    assert paths.clean_temp_dir() >= 2  # the folder and its lock file
    assert list(paths.temp_dir().iterdir()) == []


def test_start_up_cleanup_removes_stray_files_and_old_folders() -> None:
    base = paths.ensure_dir(paths.temp_dir())
    (base / "openpyxl.stray").write_text("x", encoding="utf-8")
    paths.ensure_dir(base / "99-old").joinpath("openpyxl.y").write_text("y", encoding="utf-8")
    assert paths.clean_temp_dir() == 2
    assert list(base.iterdir()) == []


def test_start_up_cleanup_leaves_a_running_process_alone() -> None:
    """Starting the command line while the desktop app exports must not remove the export's files."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys\nfrom vauhdittamo import paths\n"
         "folder = paths.session_temp_dir()\n(folder / 'openpyxl.x').write_text('x')\n"
         "print(folder, flush=True)\nsys.stdin.read()\n"],
        env={**os.environ, paths.HOME_ENV: str(paths._base())},
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        folder = Path(holder.stdout.readline().strip())
        mine = paths.session_temp_dir()
        (mine / "openpyxl.mine").write_text("mine", encoding="utf-8")
        assert paths.clean_temp_dir() == 0
        assert (folder / "openpyxl.x").is_file() and (mine / "openpyxl.mine").is_file()
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
    assert not folder.exists()  # removed by the holder itself as it ended
    paths.end_session_temp_dir()
    assert not mine.exists()
    assert list(paths.temp_dir().iterdir()) == []


def test_the_temporary_folder_follows_the_data_folder(tmp_path: Path) -> None:
    first = paths.session_temp_dir()
    paths.set_base_dir(tmp_path / "elsewhere")
    second = paths.session_temp_dir()
    assert second.parent == tmp_path / "elsewhere" / "data" / "tmp" and not first.exists()
    paths.end_session_temp_dir()


def test_openpyxl_temporary_files_are_redirected_once() -> None:
    xl.use_private_temporary_files()
    xl.use_private_temporary_files()
    assert openpyxl_writer.create_temporary_file is xl._private_temporary_file
