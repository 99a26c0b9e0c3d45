"""`vauhdittamo report period` as a coordinator runs it: the workbook, JSON for automation, one-line errors."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.acting import acting
from vauhdittamo.cli import main
from vauhdittamo.db import open_database
from vauhdittamo.models import (
    AgeBand,
    AgeGroup,
    Answer,
    AttendanceMark,
    AttendanceStatus,
    AuditAction,
    AuditEntry,
    Client,
    EducationLevel,
    ExitOutcome,
    Gender,
    GuidanceVisit,
    LabourStatus,
    Project,
    ProjectParticipant,
    StaffMember,
    StaffRole,
    VisitChannel,
    Workshop,
    WorkshopSession,
)
from vauhdittamo.services.pseudonym import participant_code
from vauhdittamo.services.reporting.period import Period, ReportFilters
from vauhdittamo.services.reporting.queries import period_report

# A quarter in the past, so that "today" never cuts it short.
FROM, TO = "2025-07-01", "2025-09-30"
Q3 = Period(dt.date(2025, 7, 1), dt.date(2025, 9, 30))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse: usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def report_args(db_file: Path, *extra: str) -> list[str]:
    return ["report", "period", "--from", FROM, "--to", TO, "--db", str(db_file), *extra]


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """Two projects (and two more sharing a name), five participants, visits and a workshop in 2025 Q3."""
    path = tmp_path / "desk.sqlite3"
    db = open_database(path)
    with db.transaction(acting(db)) as s:
        coach = StaffMember(display_name="Minna Partanen", role=StaffRole.COACH)
        main_project = Project(
            name="Kohti työtä ja koulutusta", code="S30123", start_date=dt.date(2025, 1, 1), participant_target=530
        )
        pilot = Project(name="=Kyläpilotti", start_date=dt.date(2025, 1, 1), participant_target=40)
        twins = [Project(name="Kesäpaja", start_date=dt.date(2025, 6, 1)) for _ in range(2)]
        workshop = Workshop(name="Kyläpaja Koli", start_date=dt.date(2025, 1, 1))
        s.add_all([coach, main_project, pilot, *twins, workshop])
        s.flush()
        people = [
            Client(first_name="Aino", last_name="Aalto", municipality="Lieksa", personal_coach_id=coach.id),
            Client(first_name="Pekka", last_name="Järvinen", municipality="Juuka"),
            Client(first_name="Liisa", last_name="Laine", municipality="Lieksa", personal_coach_id=coach.id),
            Client(first_name="Kaisa", last_name="Koski", municipality="Lieksa"),
            Client(first_name="Eeva", last_name="Ei-kertonut", municipality="Juuka"),
        ]
        s.add_all(people)
        s.flush()
        aino, pekka, liisa, kaisa, eeva = people
        told: dict[str, Any] = dict(
            gender=Gender.WOMAN,
            age_band=AgeBand.AGE_18_29,
            labour_status=LabourStatus.LONG_TERM_UNEMPLOYED,
            education_level=EducationLevel.ISCED_0_2,
            disability=Answer.YES,
            rural=Answer.YES,
        )
        s.add_all(
            [
                ProjectParticipant(
                    project_id=main_project.id, client_id=aino.id, entry_date=dt.date(2025, 7, 3), **told
                ),
                ProjectParticipant(project_id=pilot.id, client_id=aino.id, entry_date=dt.date(2025, 8, 1), **told),
                ProjectParticipant(
                    project_id=main_project.id,
                    client_id=pekka.id,
                    entry_date=dt.date(2025, 2, 1),
                    exit_date=dt.date(2025, 8, 29),
                    exit_outcome=ExitOutcome.EMPLOYMENT,
                    **{**told, "gender": Gender.MAN},
                ),
                ProjectParticipant(
                    project_id=main_project.id,
                    client_id=liisa.id,
                    entry_date=dt.date(2025, 3, 1),
                    exit_date=dt.date(2025, 9, 15),
                    **told,
                ),  # exited without a situation
                ProjectParticipant(project_id=pilot.id, client_id=kaisa.id, entry_date=dt.date(2025, 9, 1), **told),
                ProjectParticipant(project_id=main_project.id, client_id=eeva.id, entry_date=dt.date(2025, 9, 30)),
            ]
        )
        for day in (dt.date(2025, 8, 5), dt.date(2025, 9, 9)):
            s.add(
                GuidanceVisit(
                    client_id=aino.id,
                    visited_at=dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC),
                    channel=VisitChannel.WALK_IN,
                    topics="job_search,cv",
                    age_group=AgeGroup.UNDER_30,
                )
            )
        s.add(
            GuidanceVisit(
                visited_at=dt.datetime(2025, 8, 6, 10, tzinfo=dt.UTC),
                channel=VisitChannel.OUTREACH,
                topics="housing",
                age_group=AgeGroup.AGE_30_PLUS,
            )
        )
        session = WorkshopSession(
            workshop_id=workshop.id,
            session_date=dt.date(2025, 8, 12),
            start_time=dt.time(9),
            end_time=dt.time(12),
            anonymous_count=2,
        )
        s.add(session)
        s.flush()
        for client in (aino, kaisa):
            s.add(AttendanceMark(session_id=session.id, client_id=client.id, status=AttendanceStatus.PRESENT))
    db.close()
    return path


def audit_entries(db_file: Path) -> list[tuple[str, str]]:
    db = open_database(db_file)
    with db.session(acting(db)) as s:
        entries = (
            s.query(AuditEntry)
            .filter(AuditEntry.action.in_([AuditAction.EXPORTED, AuditAction.PARTICIPANT_DETAILS_VIEWED]))
            .order_by(AuditEntry.action)
            .all()
        )
        found = [(str(e.action), e.detail) for e in entries]
    db.close()
    return found


def test_writes_the_workbook_prints_one_line_and_audits(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "q3.xlsx"
    code, stdout, err = run(capsys, *report_args(db_file, "--out", str(out)))
    assert code == 0, err
    assert err == "" and stdout.count("\n") == 1
    assert stdout.startswith("2025-07-01–2025-09-30: 3 participant(s) entered, 5 active, 2 exited;")
    assert "6 participant row(s), 2 to complete; written to" in stdout and str(out) in stdout
    book = load_workbook(out)
    assert book.sheetnames == [
        "Yhteenveto",
        "Indikaattorit",
        "Kuukausittain",
        "Käynnit",
        "Lähetteet",
        "Pajat",
        "EURA",
        "Puutteelliset",
    ]
    eura = list(book["EURA"].iter_rows(min_row=3, values_only=True))
    assert len(eura) == 6
    db = open_database(db_file)
    with db.session(acting(db)) as s:
        aino = s.query(Client).filter(Client.first_name == "Aino").one()
        code_of_aino = participant_code(aino.id)
    db.close()
    assert sum(1 for r in eura if r[0] == code_of_aino) == 2  # a row per project, one code
    pilot = next(r for r in eura if r[1] == "=Kyläpilotti")
    assert pilot[1] == "=Kyläpilotti"  # a project name read as text, never as a formula
    assert book["Kuukausittain"]._charts  # native charts
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    # The system acts on the command line and sees the sensitive answers: the export and that sight, counts only.
    assert audit_entries(db_file) == [
        ("exported", "period=2025-07-01..2025-09-30 participants=6 names=yes"),
        ("participant_details_viewed", "export=period participants=6"),
    ]


def test_json_prints_the_reports_figures_without_writing_anything(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    code, stdout, err = run(capsys, *report_args(db_file, "--json"))
    assert code == 0, err
    data = json.loads(stdout)
    db = open_database(db_file)
    with db.session(acting(db)) as s:
        expected = period_report(s, Q3, ReportFilters()).as_json()
    db.close()
    for key in ("generated_at",):
        data.pop(key), expected.pop(key)
    assert data.pop("participant_rows") == 6
    assert data.pop("incomplete_rows") == 2
    assert data == expected
    assert data["participants"]["active"] == 5
    assert data["visits"]["total"] == 3 and data["visits"]["anonymous"] == 1
    assert data["attendance"]["distinct_participants"] == 2
    assert list(tmp_path.glob("*.xlsx")) == []
    assert audit_entries(db_file) == []  # only figures were printed


def test_json_with_out_writes_and_says_where(capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "q3.xlsx"
    code, stdout, err = run(capsys, *report_args(db_file, "--json", "--out", str(out)))
    assert code == 0, err
    data = json.loads(stdout)
    assert data["out"] == str(out) and out.exists()
    assert data["participants"]["entered"] == 3  # Aino (in two projects), Kaisa, Eeva


def test_project_by_name_or_id(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    code, stdout, err = run(capsys, *report_args(db_file, "--json", "--project", "kohti TYÖTÄ ja koulutusta"))
    assert code == 0, err
    data = json.loads(stdout)
    assert data["participants"]["target"] == 530
    assert data["participants"]["active"] == 4  # Aino, Pekka, Liisa, Eeva
    project_id = data["filters"]["project_id"]
    code, stdout, _ = run(capsys, *report_args(db_file, "--json", "--project", project_id))
    assert code == 0 and json.loads(stdout)["filters"]["project_id"] == project_id
    code, stdout, _ = run(capsys, *report_args(db_file, "--json", "--project", "=Kyläpilotti"))
    assert code == 0 and json.loads(stdout)["participants"]["target"] == 40


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (("--project", "Ei ole"), "Unknown project: Ei ole."),
        (("--project", "Kesäpaja"), "2 projects are called Kesäpaja; give the id of the one you mean:"),
        (("--coach", "Nobody"), "Unknown personal coach: Nobody."),
        (("--workshop", "Pajaton"), "Unknown workshop: Pajaton."),
    ],
)
def test_unknown_or_ambiguous_filter_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path, extra: tuple[str, ...], expected: str
) -> None:
    out = tmp_path / "x.xlsx"
    code, stdout, err = run(capsys, *report_args(db_file, "--out", str(out), *extra))
    assert code == 1 and stdout == ""
    assert err.count("\n") == 1 and expected in err and "Traceback" not in err
    assert not out.exists()


def test_filters_by_municipality_coach_and_workshop(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    def active(*extra: str) -> int:
        code, stdout, err = run(capsys, *report_args(db_file, "--json", *extra))
        assert code == 0, err
        return int(json.loads(stdout)["participants"]["active"])

    assert active("--municipality", "Lieksa") == 3
    assert active("--coach", "Minna Partanen") == 2
    assert active("--workshop", "Kyläpaja Koli") == 2  # Aino and Kaisa were present
    assert active("--village", "Koli") == 0


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2025-09-30", "2025-07-01", "The period cannot end (2025-07-01) before it starts (2025-09-30)"),
        ("2025-13-01", "2025-12-31", "Give the date as year-month-day, for example 2026-10-01 (not 2025-13-01)"),
        ("1.7.2025", "2025-12-31", "(not 1.7.2025)"),
        ("1990-01-01", "2025-12-31", "A report covers at most 20 years"),
    ],
)
def test_bad_period_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path, start: str, end: str, expected: str
) -> None:
    out = tmp_path / "x.xlsx"
    argv = ["report", "period", "--from", start, "--to", end, "--out", str(out), "--db", str(db_file)]
    code, stdout, err = run(capsys, *argv)
    assert code == 1 and stdout == ""
    assert err.count("\n") == 1 and expected in err
    assert not out.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["report"],
        ["report", "period", "--to", TO, "--json"],
        ["report", "period", "--from", FROM, "--json"],
        ["report", "weekly", "--from", FROM, "--to", TO, "--json"],
    ],
)
def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2 and "usage:" in err


def test_neither_out_nor_json_is_wrong_usage(capsys: pytest.CaptureFixture[str], db_file: Path) -> None:
    code, stdout, err = run(capsys, *report_args(db_file))
    assert code == 2 and stdout == "" and "--out" in err and "--json" in err


def test_existing_file_is_kept_without_force(capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "q3.xlsx"
    out.write_bytes(b"last quarter's report")
    code, _, err = run(capsys, *report_args(db_file, "--out", str(out)))
    assert code == 1 and err.count("\n") == 1 and "--force" in err
    assert out.read_bytes() == b"last quarter's report"
    assert run(capsys, *report_args(db_file, "--out", str(out), "--force"))[0] == 0
    assert load_workbook(out).sheetnames[0] == "Yhteenveto"


def test_never_replaces_the_database_nor_writes_to_a_missing_folder(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    before = db_file.read_bytes()
    code, _, err = run(capsys, *report_args(db_file, "--out", str(db_file), "--force"))
    assert code == 1 and "database itself" in err
    assert db_file.read_bytes() == before
    code, _, err = run(capsys, *report_args(db_file, "--out", str(tmp_path / "nowhere" / "q3.xlsx")))
    assert code == 1 and err.count("\n") == 1 and "does not exist" in err


def test_without_names(capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "q3.xlsx"
    code, stdout, err = run(capsys, *report_args(db_file, "--out", str(out), "--without-names"))
    assert code == 0, err
    assert stdout.rstrip().endswith("(without names)")
    book = load_workbook(out)
    cells = {str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value}
    assert not any(name in text for text in cells for name in ("Aalto", "Laine", "Ei-kertonut"))
    assert audit_entries(db_file)[0] == ("exported", "period=2025-07-01..2025-09-30 participants=6 names=no")
    code, _, _ = run(capsys, *report_args(db_file, "--out", str(out), "--force"))
    incomplete = {r[1] for r in load_workbook(out)["Puutteelliset"].iter_rows(min_row=3, values_only=True)}
    assert incomplete == {"Laine, Liisa", "Ei-kertonut, Eeva"}


def test_on_demo_data_the_workbook_holds_the_reports_figures(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """End to end on generated data: the workbook's figures are the JSON's, the EURA sheet its rows."""
    path = tmp_path / "demo.sqlite3"
    code, _, err = run(capsys, "demo", "--db", str(path), "--clients", "150", "--weeks", "10", "--seed", "3")
    assert code == 0, err
    today = dt.date.today()
    start = (today - dt.timedelta(days=90)).isoformat()
    argv = ["report", "period", "--from", start, "--to", today.isoformat(), "--db", str(path)]
    out = tmp_path / "demo.xlsx"
    code, stdout, err = run(capsys, *argv, "--out", str(out), "--json")
    assert code == 0, err
    data = json.loads(stdout)
    book = load_workbook(out)
    summary = {r[0]: r[1] for r in book["Yhteenveto"].iter_rows(values_only=True) if r and r[0]}
    p = data["participants"]
    assert summary["Aloittaneet ajanjaksolla"] == p["entered"]
    assert summary["Osallistuneet ajanjaksolla"] == p["active"]
    assert summary["Päättäneet ajanjaksolla"] == p["exited"]
    assert summary["Puutteelliset aloitus- tai lopetustiedot"] == p["incomplete"]
    assert summary["Ohjauskäynnit"] == data["visits"]["total"]
    assert summary["Pajojen eri osallistujat"] == data["attendance"]["distinct_participants"]
    assert len(list(book["EURA"].iter_rows(min_row=3))) == data["participant_rows"] > 0
    assert len(list(book["Puutteelliset"].iter_rows(min_row=3))) == data["incomplete_rows"]
    indicators = {r[0]: r[5] for r in book["Indikaattorit"].iter_rows(min_row=3, values_only=True) if r[0]}
    assert indicators["Osallistujat yhteensä"] == data["output_indicators"][0]["by_gender"]["total"] == p["entered"]
