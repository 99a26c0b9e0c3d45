"""The command line as a coordinator or administrator uses it: exit codes and one-line messages."""

import json
from pathlib import Path

import pytest

from tests import encrypted
from tests.acting import acting
from vauhdittamo import __version__
from vauhdittamo.cli import main
from vauhdittamo.db import head_revision, open_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: --version, usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"vauhdittamo {__version__}"


@pytest.mark.parametrize("argv", [["frobnicate"], ["import"], ["demo", "--clients", "many"], ["backup"],
                                  ["stats", "--unknown"]])
def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "usage:" in err


def test_no_command_without_gui_is_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys)[0] == 2


def test_db_option_before_or_after_the_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    open_database(path).close()
    for argv in (["--db", str(path), "stats", "--json"], ["stats", "--json", "--db", str(path)]):
        code, out, _ = run(capsys, *argv)
        assert code == 0
        assert json.loads(out)["schema_version"] == head_revision()


def test_stats_on_a_missing_database_is_one_line_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "stats", "--db", str(tmp_path / "missing.sqlite3"))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "does not exist" in err
    assert not (tmp_path / "missing.sqlite3").exists()


def test_corrupt_database_is_one_line_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    code, _, err = run(capsys, "stats", "--db", str(path))
    assert code == 1
    assert err.count("\n") == 1 and "damaged" in err
    assert "Traceback" not in err


def test_locked_database_is_one_line_error(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "busy.sqlite3"
    open_database(path).close()
    monkeypatch.setattr("vauhdittamo.db.BUSY_TIMEOUT_MS", 50)
    holder = encrypted.connect(path)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = run(capsys, "import", "clients", str(_csv(tmp_path, "etunimi;sukunimi\nA;B\n")),
                           "--db", str(path))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1
    assert err.count("\n") == 1 and "busy" in err


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "clients.csv"
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_import_with_bad_rows_reports_each_and_changes_nothing(capsys: pytest.CaptureFixture[str],
                                                                 tmp_path: Path) -> None:
    db_path = tmp_path / "d.sqlite3"
    open_database(db_path).close()
    before = (db_path.read_bytes())
    source = _csv(tmp_path, "Etunimi;Sukunimi;Syntymäaika;Henkilötunnus\n"
                            "Pekka;Järvinen;;131052-308T\n"
                            "Maija;Mäkelä;;131052-308A\n"
                            ";Nieminen;1.1.1990;\n"
                            "Åsa;Åberg;31.2.2001;\n")
    code, out, err = run(capsys, "import", "clients", str(source), "--db", str(db_path))
    assert code == 1
    assert "row 3:" in err and "check character" in err
    assert "row 4:" in err and "required" in err
    assert "row 5:" in err and "31.2.2001" in err
    assert "nothing was imported" in err
    code, out, _ = run(capsys, "stats", "--json", "--db", str(db_path))
    assert json.loads(out)["clients"] == 0
    assert len(before) > 0


def test_import_skip_invalid_and_duplicates(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db_path = tmp_path / "d.sqlite3"
    open_database(db_path).close()
    source = _csv(tmp_path, "first_name,last_name,birth_date\nPekka,Järvinen,1952-10-13\nX,,\n")
    assert run(capsys, "import", "clients", str(source), "--skip-invalid", "--db", str(db_path))[0] == 0
    code, out, err = run(capsys, "import", "clients", str(source), "--skip-invalid", "--db", str(db_path))
    assert code == 0
    assert "Imported 0 client(s); 1 duplicate(s)" in out
    assert "row 2: not imported, Already a client" in err
    assert json.loads(run(capsys, "stats", "--json", "--db", str(db_path))[1])["clients"] == 1


def test_import_of_a_file_that_is_not_what_it_claims(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fake = tmp_path / "clients.xlsx"
    fake.write_text("etunimi;sukunimi\nA;B\n")
    open_database(tmp_path / "d.sqlite3").close()
    code, _, err = run(capsys, "import", "clients", str(fake), "--db", str(tmp_path / "d.sqlite3"))
    assert code == 1 and "not an Excel workbook" in err and err.count("\n") == 1


def test_backup_copies_and_refuses_to_overwrite(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db_path = tmp_path / "d.sqlite3"
    open_database(db_path).close()
    run(capsys, "import", "clients", str(_csv(tmp_path, "etunimi;sukunimi\nAino;Aalto\n")), "--db", str(db_path))
    out_path = tmp_path / "backup" / "copy.sqlite3"
    assert run(capsys, "backup", "--out", str(out_path), "--db", str(db_path))[0] == 0
    conn = encrypted.connect(out_path)
    assert conn.execute("SELECT first_name FROM client").fetchall() == [("Aino",)]
    conn.close()
    code, _, err = run(capsys, "backup", "--out", str(out_path), "--db", str(db_path))
    assert code == 1 and "--force" in err
    assert run(capsys, "backup", "--out", str(out_path), "--force", "--db", str(db_path))[0] == 0
    code, _, err = run(capsys, "backup", "--out", str(tmp_path / "x.sqlite3"), "--db", str(tmp_path / "none.sqlite3"))
    assert code == 1 and "does not exist" in err


def test_demo_then_stats_counts_every_kind_and_refuses_a_second_fill(capsys: pytest.CaptureFixture[str],
                                                                      tmp_path: Path) -> None:
    db_path = tmp_path / "demo.sqlite3"
    code, out, _ = run(capsys, "demo", "--db", str(db_path), "--clients", "120", "--weeks", "3", "--seed", "7")
    assert code == 0 and "120 clients" in out
    stats = json.loads(run(capsys, "stats", "--json", "--db", str(db_path))[1])
    for kind in ("clients", "visits", "referrals", "workshops", "sessions", "attendance_marks", "partners", "staff"):
        assert stats[kind] > 0, kind
    assert stats["schema_version"] == head_revision() and stats["last_sync"] is None
    code, _, err = run(capsys, "demo", "--db", str(db_path))
    assert code == 1 and "already has data" in err


def test_a_new_database_gets_the_starter_partner_directory(capsys: pytest.CaptureFixture[str],
                                                            tmp_path: Path) -> None:
    from vauhdittamo.services.partners import STARTER_DIRECTORY
    from vauhdittamo.services.setup import open_prepared

    db_path = tmp_path / "new.sqlite3"
    open_prepared(db_path).close()  # as the app makes it at its first start
    run(capsys, "import", "clients", str(_csv(tmp_path, "etunimi;sukunimi\nAino;Aalto\n")), "--db", str(db_path))
    stats = json.loads(run(capsys, "stats", "--json", "--db", str(db_path))[1])
    assert stats["partners"] == len(STARTER_DIRECTORY)
    run(capsys, "import", "clients", str(_csv(tmp_path, "etunimi;sukunimi\nEero;Eskola\n")), "--db", str(db_path))
    assert json.loads(run(capsys, "stats", "--json", "--db", str(db_path))[1])["partners"] == len(STARTER_DIRECTORY)


def test_staff_set_password_lets_a_locked_out_administrator_in_again(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from vauhdittamo.db import open_database
    from vauhdittamo.models import StaffRole
    from vauhdittamo.services import auth
    from vauhdittamo.services.staff import add_staff_member

    path = tmp_path / "staff.sqlite3"
    db = open_database(path)
    with db.transaction(acting(db)) as session:
        add_staff_member(session, "Jari Kärkkäinen", StaffRole.ADMIN)
    db.close()
    monkeypatch.setattr("sys.stdin", io.StringIO("uusi-salasana-2026\n"))
    assert main(["staff", "set-password", "Jari Kärkkäinen", "--password-stdin", "--db", str(path)]) == 0
    assert "Jari Kärkkäinen" in capsys.readouterr().out
    db = open_database(path)
    with db.transaction(acting(db)) as session:
        assert auth.sign_in(session, "Jari Kärkkäinen", "uusi-salasana-2026").role == StaffRole.ADMIN
    db.close()
    monkeypatch.setattr("sys.stdin", io.StringIO("lyhyt\n"))
    assert main(["staff", "set-password", "Jari Kärkkäinen", "--password-stdin", "--db", str(path)]) == 1
    assert main(["staff", "set-password", "Ei Ketään", "--password-stdin", "--db", str(path)]) == 1
    assert "no staff member" in capsys.readouterr().err
