"""The outreach progress workbook (opened with openpyxl) and `vauhdittamo outreach` on the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.acting import act_as, acting
from tests.unit.test_outreach import TODAY, Team, add_person, attempt, audit_details, make_team, new_list
from vauhdittamo.cli import main
from vauhdittamo.db import Database, open_database
from vauhdittamo.models import AttemptOutcome, AuditAction, ContactChannel, OutreachEntry
from vauhdittamo.services import clients as cs
from vauhdittamo.services.outreach import attempts, workbook
from vauhdittamo.services.outreach.attempts import AttemptInput
from vauhdittamo.services.permissions import SYSTEM, PermissionDenied

GENERATED = dt.datetime(2026, 11, 24, 10, 5, tzinfo=dt.UTC)


def _fill(db: Database, team: Team, name: str = '=HYPERLINK("x")Kyläpilotti') -> str:
    """Five people in three villages: Koli reached and not tried, Ahmovaara declined and became a client, one
    unassigned in Nunnanlahti moved away."""
    act_as(db, team.coordinator)
    list_id = new_list(db, name)
    koli_a = add_person(db, list_id, "Aino", "Korhonen", "Koli", worker=team.riikka)
    add_person(db, list_id, "Bertta", "Berg", "Koli", worker=team.riikka)
    ahmo_d = add_person(db, list_id, "Daavid", "Duunari", "Ahmovaara", worker=team.petri)
    ahmo_e = add_person(db, list_id, "Eero", "Esimerkki", "Ahmovaara", worker=team.petri)
    nunna = add_person(db, list_id, "Fanni", "Forsman", "Nunnanlahti")
    attempt(db, koli_a, AttemptOutcome.NOT_REACHED, dt.date(2026, 10, 1), ContactChannel.PHONE)
    attempt(db, koli_a, AttemptOutcome.REACHED, dt.date(2026, 10, 2), ContactChannel.PHONE)
    attempt(db, ahmo_d, AttemptOutcome.DECLINED, channel=ContactChannel.HOME_VISIT)
    attempt(db, nunna, AttemptOutcome.MOVED_AWAY, channel=ContactChannel.LETTER)
    with db.transaction(acting(db)) as session:
        client_id = cs.create_client(session, cs.validate_client(attempts.client_prefill(session, ahmo_e))).id
        attempts.became_client(
            session, ahmo_e, client_id, AttemptInput(ContactChannel.VILLAGE_EVENT, TODAY, None), today=TODAY
        )
    return list_id


def _values(sheet: Any) -> list[list[Any]]:
    return [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]


def test_the_workbook_holds_the_figures_in_finnish_and_no_names(db: Database, tmp_path: Path) -> None:
    team = make_team(db)
    list_id = _fill(db, team)
    out = tmp_path / "eteneminen.xlsx"
    with db.session(acting(db)) as session:
        export = workbook.export_progress(session, list_id, out, generated_at=GENERATED)
    with db.transaction(acting(db)) as session:
        workbook.record_export(session, export)
    assert audit_details(db, AuditAction.EXPORTED) == ["outreach_progress entries=5 attempts=5"]
    book = load_workbook(out)
    assert book.sheetnames == ["Kylät", "Työntekijät", "Yhteydenotot"]
    villages = _values(book["Kylät"])
    assert villages[0][0] == 'Etsivä työ: =HYPERLINK("x")Kyläpilotti'
    assert villages[1][0] == "Kylät: Koli, Ahmovaara, Nunnanlahti · Ajanjakso 1.9.2026–31.12.2026 · Lista avoin"
    assert villages[3] == ["Kylä", *workbook.COUNT_HEADERS]
    assert villages[4] == ["Koli", 2, 1, 0, 1, 0, 0, 0, 1, 0.5]
    assert villages[5] == ["Ahmovaara", 2, 0, 0, 0, 1, 0, 1, 2, 1]
    assert villages[6] == ["Nunnanlahti", 1, 0, 0, 0, 0, 1, 0, 0, 0]
    assert villages[7] == ["Kaikki kylät yhteensä", 5, 1, 0, 1, 1, 1, 1, 3, 0.6]
    assert book["Kylät"]["J5"].number_format == "0 %"
    assert villages[-1][0] == "Luotu 24.11.2026 klo 12.05 (Suomen aikaa), Vauhdittamo desk."
    workers = _values(book["Työntekijät"])
    assert [row[0] for row in workers[4:8]] == [
        "Petri Nevalainen",
        "Riikka Väisänen",
        "Ei nimettyä työntekijää",
        "Kaikki yhteensä",
    ]
    assert workers[4][1:9] == [2, 0, 0, 0, 1, 0, 1, 2]
    channels = _values(book["Yhteydenotot"])
    assert channels[3] == list(workbook.CHANNEL_HEADERS)
    assert channels[4] == ["Puhelin", 2, 1, 1, 0, 0, 0]
    assert channels[8] == ["Kaikki yhteydenotot", 5, 1, 1, 1, 1, 1]
    everything = " ".join(str(v) for sheet in book.worksheets for row in _values(sheet) for v in row if v)
    for name in ("Korhonen", "Berg", "Duunari", "Esimerkki", "Forsman"):
        assert name not in everything
    for sheet in book.worksheets:
        assert sheet.print_title_rows == "$1:$4"
        assert sheet.freeze_panes == "A5"
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.oddFooter.right.text == "Sivu &P / &N" and sheet.oddFooter.left.text == "&A"
        assert "Kyläpilotti" in sheet.oddHeader.center.text


def test_text_typed_by_people_is_never_a_formula(db: Database, tmp_path: Path) -> None:
    team = make_team(db)
    act_as(db, team.coordinator)
    list_id = new_list(db, "=1+1", villages="Koli, @SUM(A1)")
    add_person(db, list_id, "Aino", "Korhonen", "@sum(a1)")
    out = tmp_path / "x.xlsx"
    with db.session(acting(db)) as session:
        workbook.export_progress(session, list_id, out)
    sheet = load_workbook(out)["Kylät"]
    cell = sheet["A6"]
    assert (cell.value, cell.data_type, cell.quotePrefix) == ("@SUM(A1)", "s", True)
    assert sheet["A1"].value == "Etsivä työ: =1+1"


def test_only_those_who_export_reports_export(db: Database, tmp_path: Path) -> None:
    team = make_team(db)
    list_id = _fill(db, team)
    act_as(db, team.riikka)
    with db.session(acting(db)) as session, pytest.raises(PermissionDenied):
        workbook.export_progress(session, list_id, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


# --------------------------------------------------------------------------- the command line


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite3"
    db = open_database(path)
    try:
        _fill(db, make_team(db), "Kyläpilotti syksy")
    finally:
        db.close()
    return path


def test_the_command_writes_the_workbook_and_records_it(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "raportti.xlsx"
    code, printed, err = run(
        capsys, "outreach", "progress", "--list", "kyläpilotti SYKSY", "--out", str(out), "--db", str(db_file)
    )
    assert (code, err) == (0, "")
    assert printed.strip() == (
        f"Kyläpilotti syksy: 5 people, 3 reached (1 became clients, 1 declined), 1 moved away, 1 not yet tried; "
        f"written to {out}"
    )
    assert load_workbook(out).sheetnames == ["Kylät", "Työntekijät", "Yhteydenotot"]
    code, _out, err = run(
        capsys, "outreach", "progress", "--list", "Kyläpilotti syksy", "--out", str(out), "--db", str(db_file)
    )
    assert code == 1 and "exists" in err, "never replaced without --force"
    code, _out, err = run(
        capsys, "outreach", "progress", "--list", "Nurmes", "--out", str(tmp_path / "n.xlsx"), "--db", str(db_file)
    )
    assert code == 1 and err.strip() == (
        "vauhdittamo: error: Unknown outreach list: Nurmes. Give the list's name or id as the app shows it."
    )
    assert not (tmp_path / "n.xlsx").exists()
    db = open_database(db_file, create=False)
    try:
        assert audit_details(db, AuditAction.EXPORTED) == ["outreach_progress entries=5 attempts=5"]
    finally:
        db.close()


def test_the_purge_command_erases_what_is_due(
    capsys: pytest.CaptureFixture[str], db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, printed, _err = run(capsys, "outreach", "purge", "--db", str(db_file))
    assert code == 0 and printed.strip() == "Nothing to erase: every closed outreach list is erased already."
    db = open_database(db_file, create=False)
    try:
        with db.transaction(SYSTEM) as session:
            [list_id] = {e.list_id for e in session.scalars(select(OutreachEntry))}
            from vauhdittamo.services.outreach import lists

            lists.close_list(session, list_id)
            session.execute(  # written meanwhile into an erased entry (a late sync)
                OutreachEntry.__table__.update().where(OutreachEntry.client_id.is_(None)).values(phone="040 1234567")
            )
    finally:
        db.close()
    code, printed, _err = run(capsys, "outreach", "purge", "--db", str(db_file))
    assert code == 0
    assert printed.strip() == (
        "Erased the details of 4 people and 0 attempt note(s) on 1 list(s); 0 list(s) closed at the end of their "
        "retention."
    )
