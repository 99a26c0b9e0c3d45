"""`vauhdittamo export attendance` as a coordinator runs it: exit codes and one-line messages."""

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.acting import acting
from vauhdittamo.cli import main
from vauhdittamo.db import open_database
from vauhdittamo.models import (
    AttendanceMark,
    AttendanceStatus,
    AuditAction,
    AuditEntry,
    Client,
    Workshop,
    WorkshopSession,
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """A database with two workshops and a few marks in week 2026-W47."""
    path = tmp_path / "desk.sqlite3"
    db = open_database(path)
    with db.transaction(acting(db)) as s:
        start = Workshop(name="Vauhdittamo START Lieksa", start_date=dt.date(2026, 1, 1))
        koli = Workshop(name="Kyläpaja Koli", start_date=dt.date(2026, 1, 1))
        clients = [
            Client(first_name="Aino", last_name="Aalto", birth_date=dt.date(2001, 2, 3)),
            Client(first_name="Pekka", last_name="Järvinen", birth_date=dt.date(1970, 1, 1)),
        ]
        s.add_all([start, koli, *clients])
        s.flush()
        for workshop, day in ((start, 16), (start, 18), (koli, 17)):
            session = WorkshopSession(
                workshop_id=workshop.id,
                session_date=dt.date(2026, 11, day),
                start_time=dt.time(9),
                end_time=dt.time(12),
                anonymous_count=1,
            )
            s.add(session)
            s.flush()
            for client in clients:
                s.add(AttendanceMark(session_id=session.id, client_id=client.id, status=AttendanceStatus.PRESENT))
    db.close()
    return path


def test_export_writes_the_workbook_and_prints_one_line(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "viikko47.xlsx"
    code, stdout, err = run(
        capsys, "export", "attendance", "--week", "2026-W47", "--out", str(out), "--db", str(db_file)
    )
    assert code == 0, err
    assert err == ""
    assert stdout.count("\n") == 1
    assert "Week 2026-W47: 9 attendance row(s), 6 present, 2 different participant(s), 3 anonymous" in stdout
    assert str(out) in stdout
    book = load_workbook(out)
    assert book.sheetnames == ["Yhteenveto", "Osallistumiset", "Istunnot"]
    assert book["Osallistumiset"].max_row == 10
    db = open_database(db_file)
    with db.session(acting(db)) as s:
        (entry,) = s.query(AuditEntry).filter(AuditEntry.action == AuditAction.EXPORTED).all()
    db.close()
    assert entry.staff_id is None and entry.detail.startswith("week=2026-W47 rows=9 ")


def test_db_option_before_the_command_and_lower_case_week(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "w47.xlsx"
    code, stdout, _ = run(capsys, "--db", str(db_file), "export", "attendance", "--week", "2026-w47", "--out", str(out))
    assert code == 0 and out.exists() and "2026-W47" in stdout


def test_workshop_filter_by_name_or_id(capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "koli.xlsx"
    code, stdout, err = run(
        capsys,
        "export",
        "attendance",
        "--week",
        "2026-W47",
        "--out",
        str(out),
        "--workshop",
        "kyläpaja koli",
        "--db",
        str(db_file),
    )
    assert code == 0, err
    assert "3 attendance row(s), 2 present" in stdout
    assert {r[2] for r in load_workbook(out)["Osallistumiset"].iter_rows(min_row=2, values_only=True)} == {
        "Kyläpaja Koli"
    }
    db = open_database(db_file)
    with db.session(acting(db)) as s:
        start_id = s.query(Workshop.id).filter(Workshop.name == "Vauhdittamo START Lieksa").scalar()
    db.close()
    code, stdout, _ = run(
        capsys,
        "export",
        "attendance",
        "--week",
        "2026-W47",
        "--out",
        str(out),
        "--force",
        "--workshop",
        start_id,
        "--workshop",
        "Kyläpaja Koli",
        "--db",
        str(db_file),
    )
    assert code == 0 and "9 attendance row(s)" in stdout


@pytest.mark.parametrize(
    ("week", "expected"),
    [
        ("2026-W54", "2026 has weeks 1 to 53"),
        ("2025-W53", "2025 has weeks 1 to 52"),
        ("last", "for example 2026-W47"),
        ("2026-47", "for example 2026-W47"),
        ("2026-W00", "no week 0"),
    ],
)
def test_invalid_week_is_one_line_error(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path, week: str, expected: str
) -> None:
    out = tmp_path / "x.xlsx"
    code, stdout, err = run(capsys, "export", "attendance", "--week", week, "--out", str(out), "--db", str(db_file))
    assert code == 1 and stdout == ""
    assert err.count("\n") == 1 and expected in err and err.startswith("vauhdittamo: error: ")
    assert not out.exists()


def test_unknown_workshop_is_one_line_error(capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    code, _, err = run(
        capsys,
        "export",
        "attendance",
        "--week",
        "2026-W47",
        "--out",
        str(out),
        "--workshop",
        "Kyläpaja Kolx",
        "--db",
        str(db_file),
    )
    assert code == 1 and err.count("\n") == 1
    assert "Unknown workshop: Kyläpaja Kolx" in err
    assert not out.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "attendance", "--out", "x.xlsx"],
        ["export", "attendance", "--week", "2026-W47"],
        ["export"],
        ["export", "visits", "--week", "2026-W47", "--out", "x.xlsx"],
        ["export", "attendance", "--week", "2026-W47", "--out", "x.xlsx", "--workshop"],
    ],
)
def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and "usage:" in err


def test_existing_file_is_kept_without_force(capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "viikko.xlsx"
    out.write_bytes(b"last week's report")
    argv = ["export", "attendance", "--week", "2026-W47", "--out", str(out), "--db", str(db_file)]
    code, _, err = run(capsys, *argv)
    assert code == 1 and err.count("\n") == 1 and "--force" in err
    assert out.read_bytes() == b"last week's report"
    assert run(capsys, *argv, "--force")[0] == 0
    assert load_workbook(out).sheetnames[0] == "Yhteenveto"


def test_missing_folder_and_missing_database(capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path) -> None:
    code, _, err = run(
        capsys,
        "export",
        "attendance",
        "--week",
        "2026-W47",
        "--out",
        str(tmp_path / "nowhere" / "x.xlsx"),
        "--db",
        str(db_file),
    )
    assert code == 1 and err.count("\n") == 1 and "does not exist" in err
    missing = tmp_path / "missing.sqlite3"
    code, _, err = run(
        capsys, "export", "attendance", "--week", "2026-W47", "--out", str(tmp_path / "x.xlsx"), "--db", str(missing)
    )
    assert code == 1 and "does not exist" in err
    assert not missing.exists() and not (tmp_path / "x.xlsx").exists()


def test_export_never_replaces_the_database(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    before = db_file.read_bytes()
    code, _, err = run(
        capsys, "export", "attendance", "--week", "2026-W47", "--out", str(db_file), "--force", "--db", str(db_file)
    )
    assert code == 1 and "database itself" in err
    assert db_file.read_bytes() == before


def test_without_names_leaves_out_the_names_and_says_so(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "ilman_nimia.xlsx"
    code, stdout, err = run(
        capsys,
        "export",
        "attendance",
        "--week",
        "2026-W47",
        "--out",
        str(out),
        "--without-names",
        "--db",
        str(db_file),
    )
    assert code == 0, err
    assert "9 attendance row(s), 6 present, 2 different participant(s)" in stdout
    assert stdout.rstrip().endswith("(without names)")
    book = load_workbook(out)
    detail = book["Osallistumiset"]
    headers = [c.value for c in detail[1]]
    assert "Asiakas" not in headers and "Kotikunta" not in headers and "Osallistujakoodi" in headers
    cells = {str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value}
    assert not any("Aalto" in text or "Järvinen" in text for text in cells)
    codes = [r[headers.index("Osallistujakoodi")] for r in detail.iter_rows(min_row=2, values_only=True)]
    assert len({c for c in codes if c}) == 2  # the two clients, each with one code over the week
    db = open_database(db_file)
    with db.session(acting(db)) as s:
        (entry,) = s.query(AuditEntry).filter(AuditEntry.action == AuditAction.EXPORTED).all()
    db.close()
    assert entry.detail.endswith(" names=no") and "Aalto" not in entry.detail


def test_names_are_included_by_default_and_audited_so(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "nimet.xlsx"
    code, stdout, _ = run(capsys, "export", "attendance", "--week", "2026-W47", "--out", str(out), "--db", str(db_file))
    assert code == 0 and "without names" not in stdout
    assert "Aalto, Aino" in {r[4] for r in load_workbook(out)["Osallistumiset"].iter_rows(min_row=2, values_only=True)}
    db = open_database(db_file)
    with db.session(acting(db)) as s:
        (entry,) = s.query(AuditEntry).filter(AuditEntry.action == AuditAction.EXPORTED).all()
    db.close()
    assert entry.detail.endswith(" names=yes")


@pytest.mark.usefixtures("no_keyring")
def test_export_reads_the_passphrase_from_stdin_where_no_keyring_works(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    passphrase = "a village laptop passphrase"
    path = tmp_path / "village.sqlite3"
    monkeypatch.setattr("sys.stdin", io.StringIO(passphrase + "\n"))
    code, _, err = run(capsys, "demo", "--clients", "20", "--weeks", "1", "--db", str(path), "--passphrase-stdin")
    assert code == 0, err
    out = tmp_path / "viikko.xlsx"
    monkeypatch.setattr("sys.stdin", io.StringIO(passphrase + "\n"))
    code, stdout, err = run(
        capsys, "export", "attendance", "--week", "2026-W47", "--out", str(out), "--db", str(path), "--passphrase-stdin"
    )
    assert code == 0, err
    assert "Week 2026-W47" in stdout and out.exists()
