"""The period report workbook as its readers get it: every sheet in Finnish, the report's own figures,
native charts, print settings, text that never turns into a formula, and the participant rows for EURA."""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.acting import act_as, acting
from vauhdittamo.db import Database
from vauhdittamo.models import (
    SENSITIVE_FIELDS,
    AgeBand,
    Answer,
    AttendanceMark,
    AttendanceStatus,
    AuditAction,
    AuditEntry,
    Client,
    EducationLevel,
    ExitOutcome,
    Gender,
    LabourStatus,
    Project,
    ProjectParticipant,
    StaffRole,
    Workshop,
    WorkshopSession,
)
from vauhdittamo.services.permissions import PermissionDenied
from vauhdittamo.services.pseudonym import participant_code
from vauhdittamo.services.reporting import eura
from vauhdittamo.services.reporting.eura import ParticipantList, ParticipantRow, participant_rows
from vauhdittamo.services.reporting.figures import (
    AssessmentFigures,
    AttendanceFigures,
    ByGender,
    CertificateFigures,
    Indicator,
    ParticipantFigures,
    PeriodReport,
    ReferralFigures,
    VisitFigures,
    WorkshopRow,
)
from vauhdittamo.services.reporting.period import Period, ReportFilters
from vauhdittamo.services.reporting.workbook import (
    EURA_HEADERS,
    NOT_SHOWN,
    SHEET_EURA,
    SHEET_INCOMPLETE,
    SHEET_INDICATORS,
    SHEET_MONTHS,
    SHEET_REFERRALS,
    SHEET_SUMMARY,
    SHEET_VISITS,
    SHEET_WORKSHOPS,
    record_export,
    write_period_workbook,
)
from vauhdittamo.services.staff import add_staff_member

Q4 = Period(dt.date(2026, 10, 1), dt.date(2026, 12, 31))
TODAY = dt.date(2027, 1, 15)


def sample_report(filters: ReportFilters | None = None, notes: list[str] | None = None) -> PeriodReport:
    """A report built by hand: figures chosen so that each one can be found in the workbook."""
    return PeriodReport(
        period=Q4,
        filters=filters or ReportFilters(),
        generated_at=dt.datetime(2027, 1, 4, 10, 5, tzinfo=dt.UTC),  # 12.05 in Helsinki
        participants=ParticipantFigures(
            entered=41,
            active=148,
            exited=23,
            entered_to_date=212,
            target=530,
            incomplete=2,
            entered_by_month={"2026-10": 17, "2026-11": 15, "2026-12": 9},
            exited_by_month={"2026-10": 5, "2026-11": 8, "2026-12": 10},
        ),
        output_indicators=[
            Indicator("participants", ByGender(20, 19, 1, 1)),
            Indicator("long_term_unemployed", ByGender(7, 9, 0, 0)),
            Indicator("isced_0_2", ByGender(3, 8, 0, 1)),
        ],
        result_indicators=[
            Indicator("leavers", ByGender(8, 9, 0, 6)),
            Indicator("employed_on_leaving", ByGender(4, 5)),
        ],
        follow_up_indicators=[Indicator("employed_6m", ByGender(2, 3, 0, 0))],
        visits=VisitFigures(
            total=611,
            anonymous=87,
            distinct_clients=203,
            by_month={"2026-10": 230, "2026-11": 201, "2026-12": 180},
            by_topic={"job_search": 250, "cv": 120, "custom_ajokortti": 12},
            by_channel={"walk_in": 400, "phone": 150, "outreach": 61},
            by_age_group={"under_30": 300, "30_plus": 250, "unknown": 61},
        ),
        referrals=ReferralFigures(
            total=57,
            distinct_clients=44,
            by_category={"te_services": 30, "work_capacity": 27},
            by_outcome={"sent": 20, "accepted": 25, "completed": 12},
            by_category_outcome={
                "te_services": {"sent": 10, "accepted": 15, "completed": 5},
                "work_capacity": {"sent": 10, "accepted": 10, "completed": 7},
            },
        ),
        assessments=AssessmentFigures(
            total=27, with_result=7, by_result={"fit_for_work": 4, "needs_rehabilitation": 3, "pending": 20}
        ),
        certificates=CertificateFigures(total=19, distinct_clients=16, by_month={"2026-11": 11, "2026-12": 8}),
        attendance=AttendanceFigures(
            sessions_held=96,
            distinct_participants=148,
            attendances=1210,
            anonymous=35,
            hours=3627.5,
            by_month={"2026-10": (101, 1300.0), "2026-11": (110, 1250.25), "2026-12": (95, 1077.25)},
            by_workshop=[
                WorkshopRow("w1", "Vauhdittamo START Lieksa", 60, 120, 900, 20, 2700.0),
                WorkshopRow("w2", '=HYPERLINK("http://x")', 36, 40, 310, 15, 927.5),
            ],
        ),
        notes=notes or [],
    )


def row(
    code_seed: str,
    *,
    name: str = "Aalto, Aino",
    project: str = "Kohti työtä ja koulutusta",
    missing: tuple[str, ...] = (),
    sensitive: tuple[Answer, ...] | None = (Answer.YES, Answer.NO, Answer.NO, Answer.NOT_TOLD, Answer.NO),
    exit_date: dt.date | None = None,
    outcome: ExitOutcome | None = None,
    coach: str = "Minna Partanen",
) -> ParticipantRow:
    return ParticipantRow(
        participation_id=f"pp-{code_seed}",
        client_id=code_seed,
        code=participant_code(code_seed),
        name=name,
        anonymised=not name,
        project_id="p1",
        project_name=project,
        project_code="S30123",
        entry_date=dt.date(2026, 10, 5),
        gender=Gender.WOMAN,
        age_band=AgeBand.AGE_18_29,
        labour_status=LabourStatus.LONG_TERM_UNEMPLOYED,
        education_level=EducationLevel.ISCED_0_2,
        rural=Answer.YES,
        sensitive=sensitive,
        exit_date=exit_date,
        exit_outcome=outcome,
        follow_up_due=None if exit_date is None else eura.follow_up_due(exit_date),
        follow_up_on=None,
        follow_up_employed=None,
        follow_up_improved=None,
        municipality="Lieksa",
        village="",
        coach_name=coach,
        recorded_by_name="Kalle Koordinaattori",
        active=True,
        follow_up_in_period=False,
        missing=missing,
    )


def sample_participants(sensitive_shown: bool = True) -> ParticipantList:
    sensitive = (Answer.YES, Answer.NO, Answer.NO, Answer.NOT_TOLD, Answer.NO) if sensitive_shown else None
    rows = [
        row("c1", sensitive=sensitive),
        row(
            "c2",
            name="=cmd|' /C calc'!A0, Pekka",
            project="+Hanke",
            missing=(eura.MISSING_EXIT_SITUATION,),
            sensitive=sensitive,
            exit_date=dt.date(2026, 12, 1),
            outcome=None,
        ),
        row("c3", name="", missing=(eura.MISSING_GENDER, eura.MISSING_FOLLOW_UP), sensitive=sensitive, coach=""),
    ]
    return ParticipantList(Q4, ReportFilters(), TODAY, rows, sensitive_shown)


def values(sheet: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in sheet.iter_rows(values_only=True)]


def find(sheet: Any, label: str) -> tuple[Any, ...]:
    for found in sheet.iter_rows(values_only=True):
        if found and found[0] == label:
            return tuple(found)
    raise AssertionError(f"no row {label!r} on {sheet.title}")


@pytest.fixture
def workbook_path(tmp_path: Path) -> Path:
    out = tmp_path / "raportti.xlsx"
    write_period_workbook(
        out,
        sample_report(),
        sample_participants(),
        filter_words=["Hanke: Kohti työtä ja koulutusta (S30123)"],
        topic_words={"custom_ajokortti": "Ajokortti"},
    )
    return out


def test_every_sheet_in_finnish_in_order(workbook_path: Path) -> None:
    book = load_workbook(workbook_path)
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


def test_summary_shows_the_period_filters_time_and_progress(workbook_path: Path) -> None:
    sheet = load_workbook(workbook_path)[SHEET_SUMMARY]
    assert sheet["A1"].value == "Seurantaraportti 1.10.–31.12.2026"
    assert find(sheet, "Ajanjakso")[1] == "1.10.–31.12.2026 (92 päivää)"
    assert find(sheet, "Rajaus")[1] == "Hanke: Kohti työtä ja koulutusta (S30123)"
    assert find(sheet, "Luotu")[1] == "4.1.2027 klo 12.05 (Suomen aikaa)"  # Helsinki time, not UTC
    assert find(sheet, "Aloittaneet ajanjaksolla")[1] == 41
    assert find(sheet, "Osallistuneet ajanjaksolla")[1] == 148
    assert find(sheet, "Päättäneet ajanjaksolla")[1] == 23
    assert find(sheet, "Aloittaneet ajanjakson loppuun mennessä")[1] == 212
    assert find(sheet, "Osallistujatavoite")[1] == 530
    progress = find(sheet, "Toteuma tavoitteesta")
    assert progress[1] == pytest.approx(212 / 530)
    assert progress[3] == "212 / 530 osallistujaa"
    cell = next(c for r in sheet.iter_rows() for c in r if c.value == progress[1])
    assert "%" in cell.number_format
    assert find(sheet, "Puutteelliset aloitus- tai lopetustiedot")[1] == 2  # the report's figure
    assert find(sheet, "Myöhässä olevat 6 kk:n jatkoseurannat")[1] == 1  # from the rows
    assert find(sheet, "Ohjauskäynnit")[1:4] == (611, None, "joista nimettömiä 87")
    assert find(sheet, "Pajojen eri osallistujat")[1] == 148
    assert find(sheet, "Osallistujatunnit pajoissa")[1] == 3627.5


def test_summary_without_filters_or_target(tmp_path: Path) -> None:
    report = sample_report()
    plain = PeriodReport(**{**report.__dict__, "participants": ParticipantFigures(1, 2, 0, 3, None, 0)})
    out = tmp_path / "r.xlsx"
    write_period_workbook(out, plain, sample_participants())
    sheet = load_workbook(out)[SHEET_SUMMARY]
    assert find(sheet, "Rajaus")[1] == "ei rajausta: kaikki asiakkaat ja hankkeet"
    assert find(sheet, "Osallistujatavoite")[1] == "ei tavoitetta"
    assert all(r[0] != "Toteuma tavoitteesta" for r in values(sheet))


def test_indicators_by_gender_with_totals(workbook_path: Path) -> None:
    sheet = load_workbook(workbook_path)[SHEET_INDICATORS]
    rows = values(sheet)
    assert rows[1] == ("Indikaattori", "Naiset", "Miehet", "Muunsukupuoliset", "Ei kerrottu", "Yhteensä")
    assert find(sheet, "Osallistujat yhteensä")[1:6] == (20, 19, 1, 1, 41)
    assert find(sheet, "Pitkäaikaistyöttömät")[1:6] == (7, 9, 0, 0, 16)
    assert find(sheet, "Enintään perusasteen koulutus (ISCED 0–2)")[5] == 12
    sections = [r[0] for r in rows if r[0] and r[0].startswith(("Aloittaneiden", "Välittömät", "Pitemmän"))]
    assert [s.split(":")[1].strip() for s in sections] == [
        "aloituspäivä ajanjaksolla",
        "päättymispäivä ajanjaksolla",
        "kuusi kuukautta päättymisestä täyttyi ajanjaksolla",
    ]
    assert find(sheet, "Osallistumisen päättäneet yhteensä")[1:6] == (8, 9, 0, 6, 23)
    assert find(sheet, "Työssä (myös yrittäjänä) osallistumisen päättyessä")[1:6] == (4, 5, 0, 0, 9)
    assert find(sheet, "Työssä (myös yrittäjänä) kuusi kuukautta osallistumisen päättymisen jälkeen")[5] == 5


def test_indicator_labels_given_by_the_caller_win(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    write_period_workbook(out, sample_report(), sample_participants(), indicator_labels={"participants": "EECO11"})
    assert find(load_workbook(out)[SHEET_INDICATORS], "EECO11")[5] == 41


def test_months_rows_total_and_native_charts(workbook_path: Path) -> None:
    book = load_workbook(workbook_path)
    sheet = book[SHEET_MONTHS]
    rows = values(sheet)
    assert rows[0][0] == "Kuukausi"
    assert rows[1:4] == [
        ("loka 2026", 17, 5, 230, 101, 1300.0, 0),
        ("marras 2026", 15, 8, 201, 110, 1250.25, 11),
        ("joulu 2026", 9, 10, 180, 95, 1077.25, 8),
    ]
    # The period's distinct participants come from the report, not from adding up the months (306).
    assert rows[4] == ("Koko ajanjakso *", 41, 23, 611, 148, 3627.5, 19)
    charts = sheet._charts
    assert len(charts) == 4
    kinds = sorted(type(c).__name__ for c in charts)
    assert kinds == ["BarChart", "BarChart", "LineChart", "LineChart"]
    titles = {_chart_title(c) for c in charts}
    assert titles == {
        "Aloittaneet ja päättäneet osallistujat",
        "Ohjauskäynnit",
        "Pajojen eri osallistujat",
        "Osallistujatunnit pajoissa",
    }
    refs = {s.val.numRef.f for c in charts for s in c.series}
    assert "'Kuukausittain'!$D$2:$D$4" in refs  # the month rows only, not the total


def _chart_title(chart: Any) -> str:
    return "".join(run.t for p in chart.title.tx.rich.p for run in (p.r or []))


def test_visits_by_topic_channel_and_age_group(workbook_path: Path) -> None:
    sheet = load_workbook(workbook_path)[SHEET_VISITS]
    assert find(sheet, "Työnhaku")[1] == 250
    assert find(sheet, "Työnhaku")[2] == pytest.approx(250 / 611)
    assert find(sheet, "CV ja hakemukset")[1] == 120
    assert find(sheet, "Ajokortti")[1] == 12  # the centre's own topic by its own name
    assert find(sheet, "Paikan päällä")[1] == 400
    assert find(sheet, "Jalkautuminen / kylä")[1] == 61
    assert find(sheet, "Alle 30-vuotiaat")[1] == 300
    assert find(sheet, "Ikä ei tiedossa")[1] == 61
    assert len(sheet._charts) == 1


def test_referrals_by_category_and_outcome_and_assessments(workbook_path: Path) -> None:
    sheet = load_workbook(workbook_path)[SHEET_REFERRALS]
    rows = values(sheet)
    assert rows[1] == ("Kumppaniluokka", "Lähetetty", "Hyväksytty", "Päättynyt", "Yhteensä")
    assert find(sheet, "TE-palvelut")[1:5] == (10, 15, 5, 30)
    assert find(sheet, "Työ- ja toimintakyvyn selvitys")[1:5] == (10, 10, 7, 27)
    assert rows[4] == ("Yhteensä", 20, 25, 12, 57)
    assert find(sheet, "Työkykyinen")[1] == 4
    assert find(sheet, "Tulos puuttuu")[1] == 20


def test_workshops_and_a_formula_looking_name_stays_text(workbook_path: Path) -> None:
    sheet = load_workbook(workbook_path)[SHEET_WORKSHOPS]
    assert find(sheet, "Vauhdittamo START Lieksa")[1:6] == (60, 120, 900, 20, 2700.0)
    assert find(sheet, '=HYPERLINK("http://x")')[1] == 36
    cell = sheet["A3"]
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s" and cell.quotePrefix
    assert find(sheet, "Kaikki pajat *")[1:6] == (96, 148, 1210, 35, 3627.5)


def test_eura_one_row_per_participant_in_finnish_words(workbook_path: Path) -> None:
    sheet = load_workbook(workbook_path)[SHEET_EURA]
    rows = values(sheet)
    assert rows[1] == EURA_HEADERS
    assert len(rows) == 2 + 3
    first = dict(zip(EURA_HEADERS, rows[2], strict=True))
    assert first["Osallistujakoodi"] == participant_code("c1")
    assert first["Hanke"] == "Kohti työtä ja koulutusta"
    assert first["Aloituspäivä"] == dt.datetime(2026, 10, 5)
    assert first["Sukupuoli"] == "Nainen"
    assert first["Ikä aloittaessa"] == "18–29"
    assert first["Työmarkkina-asema aloittaessa"] == "Pitkäaikaistyötön"
    assert first["Koulutustaso"] == "ISCED 0–2 (enintään perusaste)"
    assert first["Vamma"] == "Kyllä"
    assert first["Maaseutualueelta"] == "Kyllä"
    assert first["Päättymispäivä"] is None
    second = dict(zip(EURA_HEADERS, rows[3], strict=True))
    assert second["Tilanne päättyessä"] == "Ei tiedossa"
    assert second["Jatkoseuranta viimeistään"] == dt.datetime(2027, 6, 1)
    assert second["Puuttuu"] == "tilanne päättyessä"
    assert sheet.cell(4, 2).quotePrefix  # "+Hanke" is text
    names = {v for r in rows for v in r if isinstance(v, str)}
    assert not any("Aalto" in v or "Pekka" in v for v in names)  # codes only, no names
    assert sheet.auto_filter.ref == f"A2:{sheet.cell(1, len(EURA_HEADERS)).column_letter}5"


def test_eura_hides_sensitive_answers_from_those_who_may_not_see_them(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    write_period_workbook(out, sample_report(), sample_participants(sensitive_shown=False))
    sheet = load_workbook(out)[SHEET_EURA]
    assert "ylläpitäjät" in sheet["A1"].value and NOT_SHOWN in sheet["A1"].value
    columns = [EURA_HEADERS.index(h) for h in EURA_HEADERS[8 : 8 + len(SENSITIVE_FIELDS)]]
    for found in values(sheet)[2:]:
        assert [found[c] for c in columns] == [NOT_SHOWN] * len(SENSITIVE_FIELDS)
    assert any("ylläpitäjät" in (r[0] or "") for r in values(load_workbook(out)[SHEET_SUMMARY]))


def test_incomplete_lists_what_is_missing_and_whom_to_ask(workbook_path: Path) -> None:
    sheet = load_workbook(workbook_path)[SHEET_INCOMPLETE]
    rows = values(sheet)
    assert rows[1] == (
        "Omavalmentaja",
        "Asiakas",
        "Osallistujakoodi",
        "Hanke",
        "Aloituspäivä",
        "Päättymispäivä",
        "Puuttuu",
        "Viimeksi kirjannut",
    )
    assert [r[0] for r in rows[2:]] == ["Minna Partanen", "(ei omavalmentajaa)"]
    pekka = rows[2]
    assert pekka[1] == "=cmd|' /C calc'!A0, Pekka" and sheet["B3"].quotePrefix and sheet["B3"].data_type == "s"
    assert pekka[2] == participant_code("c2") and pekka[6] == "tilanne päättyessä"
    anonymised = rows[3]
    assert anonymised[1] == "(anonymisoitu)"
    assert anonymised[6] == "sukupuoli, 6 kk:n jatkoseuranta (myöhässä)"


def test_incomplete_without_names(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    write_period_workbook(out, sample_report(), sample_participants(), with_names=False)
    rows = values(load_workbook(out)[SHEET_INCOMPLETE])
    assert "Asiakas" not in rows[1]
    assert not any("Pekka" in str(v) for r in rows for v in r)


def test_print_titles_footer_frozen_headers_and_landscape(workbook_path: Path) -> None:
    book = load_workbook(workbook_path)
    for name, title_row in (
        (SHEET_INDICATORS, 2),
        (SHEET_MONTHS, 1),
        (SHEET_VISITS, 1),
        (SHEET_REFERRALS, 2),
        (SHEET_WORKSHOPS, 1),
        (SHEET_EURA, 2),
        (SHEET_INCOMPLETE, 2),
    ):
        sheet = book[name]
        assert sheet.print_title_rows == f"${title_row}:${title_row}", name
        assert sheet.freeze_panes == f"A{title_row + 1}", name
    for sheet in book.worksheets:
        assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text, sheet.title
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.column_dimensions["A"].width >= 13, sheet.title


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_owner_only_file_and_progress(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "r.xlsx"
    seen: list[float] = []
    summary = write_period_workbook(out, sample_report(), sample_participants(), progress=seen.append)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    assert (summary.participants, summary.incomplete, summary.sensitive_shown) == (3, 2, True)
    assert [p.name for p in folder.iterdir()] == ["r.xlsx"]  # no partial file left


# --------------------------------------------------------------------------- participant rows from the database


@pytest.fixture
def project_db(db: Database) -> dict[str, str]:
    """Participations around Q4 2026: before, during, after, exited before, a deleted one, two projects."""
    ids: dict[str, str] = {}
    with db.transaction(acting(db)) as s:
        coach = add_staff_member(s, "Minna Partanen", StaffRole.COACH).id
        main = Project(
            name="Kohti työtä ja koulutusta", code="S30123", start_date=dt.date(2025, 1, 1), participant_target=530
        )
        other = Project(name="Kyläpilotti", start_date=dt.date(2026, 1, 1))
        s.add_all([main, other])
        s.flush()

        def client(first: str, last: str, **kw: Any) -> Client:
            c = Client(first_name=first, last_name=last, **kw)
            s.add(c)
            s.flush()
            ids[first] = c.id
            return c

        def take_part(c: Client, project: Project, entry: dt.date, **kw: Any) -> ProjectParticipant:
            pp = ProjectParticipant(project_id=project.id, client_id=c.id, entry_date=entry, **kw)
            s.add(pp)
            s.flush()
            return pp

        complete = dict(
            gender=Gender.WOMAN,
            age_band=AgeBand.AGE_30_54,
            labour_status=LabourStatus.UNEMPLOYED,
            education_level=EducationLevel.ISCED_3_4,
            disability=Answer.YES,
        )
        aino = client("Aino", "Aalto", municipality="Lieksa", personal_coach_id=coach)
        take_part(aino, main, dt.date(2026, 10, 5), **complete)
        take_part(aino, other, dt.date(2026, 11, 1), **complete)
        pekka = client("Pekka", "Järvinen", municipality="Juuka")
        take_part(
            pekka,
            main,
            dt.date(2026, 3, 1),
            exit_date=dt.date(2026, 5, 31),
            exit_outcome=ExitOutcome.EMPLOYMENT,
            **complete,
        )  # exited before Q4: not active, but the follow-up is due on 30.11.2026, in Q4
        mikko = client("Mikko", "Mäkelä", municipality="Juuka")
        take_part(
            mikko,
            main,
            dt.date(2026, 1, 1),
            exit_date=dt.date(2026, 4, 15),
            exit_outcome=ExitOutcome.EMPLOYMENT,
            follow_up_on=dt.date(2026, 10, 20),
            follow_up_employed=Answer.YES,
            follow_up_improved=Answer.YES,
            **complete,
        )  # followed up in Q4
        liisa = client("Liisa", "Laine", municipality="Lieksa", personal_coach_id=coach)
        take_part(liisa, main, dt.date(2026, 2, 1), exit_date=dt.date(2026, 10, 1), **complete)  # no situation
        matti = client("Matti", "Mäki", municipality="Lieksa")
        take_part(
            matti,
            main,
            dt.date(2026, 1, 10),
            exit_date=dt.date(2026, 6, 30) + dt.timedelta(days=1),
            exit_outcome=ExitOutcome.JOB_SEARCHING,
            **complete,
        )  # 1.7.: exited before Q4
        kaisa = client("Kaisa", "Koski", municipality="Lieksa")
        take_part(
            kaisa,
            main,
            dt.date(2026, 4, 1),
            exit_date=dt.date(2026, 10, 2),
            exit_outcome=ExitOutcome.EDUCATION,
            **complete,
        )
        take_part(client("Ville", "Virta"), main, dt.date(2027, 1, 2), **complete)  # enters after Q4
        gone = take_part(client("Olli", "Poistettu"), main, dt.date(2026, 10, 1), **complete)
        gone.deleted_at = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
        take_part(client("Eeva", "Ei-kertonut"), main, dt.date(2026, 12, 31))  # everything not told
        ids["coach"] = coach
        ids["main"] = main.id
        ids["other"] = other.id
        workshop = Workshop(name="Kyläpaja Koli", start_date=dt.date(2026, 1, 1))
        s.add(workshop)
        s.flush()
        ids["workshop"] = workshop.id
        session = WorkshopSession(
            workshop_id=workshop.id, session_date=dt.date(2026, 11, 3), start_time=dt.time(9), end_time=dt.time(12)
        )
        s.add(session)
        s.flush()
        s.add(AttendanceMark(session_id=session.id, client_id=kaisa.id, status=AttendanceStatus.PRESENT))
        s.add(AttendanceMark(session_id=session.id, client_id=liisa.id, status=AttendanceStatus.ABSENT))
    return ids


def test_participant_rows_are_those_active_in_the_period(db: Database, project_db: dict[str, str]) -> None:
    with db.session(acting(db)) as s:
        found = participant_rows(s, Q4, ReportFilters(), today=TODAY)
    names = sorted((r.name, r.project_name) for r in found.rows)
    assert names == [
        ("Aalto, Aino", "Kohti työtä ja koulutusta"),
        ("Aalto, Aino", "Kyläpilotti"),
        ("Ei-kertonut, Eeva", "Kohti työtä ja koulutusta"),
        ("Järvinen, Pekka", "Kohti työtä ja koulutusta"),
        ("Koski, Kaisa", "Kohti työtä ja koulutusta"),
        ("Laine, Liisa", "Kohti työtä ja koulutusta"),
        ("Mäkelä, Mikko", "Kohti työtä ja koulutusta"),
    ]
    pekka = next(r for r in found.rows if r.name == "Järvinen, Pekka")
    assert (pekka.active, pekka.follow_up_in_period, pekka.follow_up_due) == (False, True, dt.date(2026, 11, 30))
    mikko = next(r for r in found.rows if r.name == "Mäkelä, Mikko")
    assert mikko.complete and mikko.follow_up_employed is Answer.YES
    assert found.sensitive_shown  # the system acts on the command line
    aino = next(r for r in found.rows if r.name == "Aalto, Aino")
    assert aino.code == participant_code(project_db["Aino"])
    assert aino.coach_name == "Minna Partanen"
    assert aino.sensitive == (Answer.YES, Answer.NOT_TOLD, Answer.NOT_TOLD, Answer.NOT_TOLD, Answer.NOT_TOLD)
    incomplete = {r.name: r.missing for r in found.incomplete}
    assert incomplete == {
        "Laine, Liisa": (eura.MISSING_EXIT_SITUATION,),
        "Ei-kertonut, Eeva": (
            eura.MISSING_GENDER,
            eura.MISSING_AGE,
            eura.MISSING_LABOUR_STATUS,
            eura.MISSING_EDUCATION,
        ),
        "Järvinen, Pekka": (eura.MISSING_FOLLOW_UP,),
    }
    # By personal coach (for asking each), those without one last.
    assert [r.name for r in found.incomplete] == ["Laine, Liisa", "Ei-kertonut, Eeva", "Järvinen, Pekka"]
    assert (found.active_people, found.incomplete_people, found.follow_ups_overdue) == (4, 2, 1)


def test_rows_match_the_reports_figures(db: Database, project_db: dict[str, str]) -> None:
    """The EURA sheet lists the people the report counts: the same filters, the same rule of incomplete."""
    from vauhdittamo.services.reporting.queries import period_report

    for filters in (
        ReportFilters(),
        ReportFilters(project_id=project_db["main"]),
        ReportFilters(municipality="Lieksa"),
    ):
        with db.session(acting(db)) as s:
            found = participant_rows(s, Q4, filters, today=TODAY)
            report = period_report(s, Q4, filters, today=TODAY)
        assert found.active_people == report.participants.active, filters
        assert found.incomplete_people == report.participants.incomplete, filters
        follow_ups = {r.client_id for r in found.rows if r.follow_up_in_period}
        due = next(i for i in report.follow_up_indicators if i.key == "follow_up_due")
        assert len(follow_ups) == due.by_gender.total, filters


def test_a_follow_up_is_missing_once_its_day_has_passed(db: Database, project_db: dict[str, str]) -> None:
    def pekka(today: dt.date) -> ParticipantRow:
        with db.session(acting(db)) as s:
            found = participant_rows(s, Q4, ReportFilters(), today=today)
        return next(r for r in found.rows if r.name == "Järvinen, Pekka")

    assert pekka(dt.date(2026, 11, 30)).missing == ()  # due today
    assert pekka(dt.date(2026, 12, 1)).missing == (eura.MISSING_FOLLOW_UP,)
    # Kaisa's follow-up (exit 2.10.2026) is due 2.4.2027: not in Q4, in Q2 2027.
    with db.session(acting(db)) as s:
        q4 = participant_rows(s, Q4, ReportFilters(), today=dt.date(2027, 4, 3))
        q2 = participant_rows(s, Period.quarter(2027, 2), ReportFilters(), today=dt.date(2027, 4, 3))
    kaisa = [r for r in q4.rows if r.name == "Koski, Kaisa"]
    assert kaisa[0].missing == () and kaisa[0].follow_up_due == dt.date(2027, 4, 2)
    kaisa = [r for r in q2.rows if r.name == "Koski, Kaisa"]
    assert not kaisa[0].active and kaisa[0].follow_up_in_period
    assert kaisa[0].missing == (eura.MISSING_FOLLOW_UP,)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (lambda ids: ReportFilters(project_id=ids["other"]), {"Aalto, Aino"}),
        (lambda ids: ReportFilters(municipality="Lieksa"), {"Aalto, Aino", "Koski, Kaisa", "Laine, Liisa"}),
        (lambda ids: ReportFilters(municipality="Juuka"), {"Järvinen, Pekka", "Mäkelä, Mikko"}),
        (lambda ids: ReportFilters(coach_id=ids["coach"]), {"Aalto, Aino", "Laine, Liisa"}),
        (lambda ids: ReportFilters(workshop_id=ids["workshop"]), {"Koski, Kaisa"}),  # present, not absent
    ],
)
def test_participant_rows_follow_the_filters(
    db: Database, project_db: dict[str, str], filters: Any, expected: set[str]
) -> None:
    with db.session(acting(db)) as s:
        found = participant_rows(s, Q4, filters(project_db), today=TODAY)
    assert {r.name for r in found.rows} == expected


def test_sensitive_answers_only_for_those_who_see_health_details(db: Database, project_db: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        coordinator = add_staff_member(s, "Kalle Koordinaattori", StaffRole.COORDINATOR).id
        admin = add_staff_member(s, "Anna Ylläpitäjä", StaffRole.ADMIN).id
    act_as(db, coordinator)
    with db.session(acting(db)) as s:
        found = participant_rows(s, Q4, ReportFilters(), today=TODAY)
    assert not found.sensitive_shown and all(r.sensitive is None for r in found.rows)
    act_as(db, admin)
    with db.session(acting(db)) as s:
        found = participant_rows(s, Q4, ReportFilters(), today=TODAY)
    assert found.sensitive_shown and all(r.sensitive is not None for r in found.rows)


def test_a_coach_may_not_export_participants(db: Database, project_db: dict[str, str]) -> None:
    act_as(db, project_db["coach"])
    with db.session(acting(db)) as s, pytest.raises(PermissionDenied):
        participant_rows(s, Q4, ReportFilters(), today=TODAY)


def test_export_audit_names_counts_not_people(db: Database, project_db: dict[str, str], tmp_path: Path) -> None:
    with db.transaction(acting(db)) as s:
        admin = add_staff_member(s, "Anna Ylläpitäjä", StaffRole.ADMIN).id
        coordinator = add_staff_member(s, "Kalle Koordinaattori", StaffRole.COORDINATOR).id
    for who, shown in ((admin, True), (coordinator, False)):
        act_as(db, who)
        with db.session(acting(db)) as s:
            found = participant_rows(s, Q4, ReportFilters(), today=TODAY)
        summary = write_period_workbook(tmp_path / f"{who}.xlsx", sample_report(), found)
        assert summary.sensitive_shown is shown
        with db.transaction(acting(db)) as s:
            record_export(s, summary)
    with db.session(acting(db)) as s:
        entries = (
            s.query(AuditEntry)
            .filter(AuditEntry.action.in_([AuditAction.EXPORTED, AuditAction.PARTICIPANT_DETAILS_VIEWED]))
            .all()
        )
    got = sorted((e.staff_id == admin, str(e.action), e.detail) for e in entries)
    assert got == [
        (False, "exported", "period=2026-10-01..2026-12-31 participants=7 names=yes"),
        (True, "exported", "period=2026-10-01..2026-12-31 participants=7 names=yes"),
        (True, "participant_details_viewed", "export=period participants=7"),
    ]


def test_the_month_still_running_is_marked(tmp_path: Path) -> None:
    """A report made on 15.12. for the whole of Q4: December's figures are not final, and the row says so."""
    report = sample_report()
    running = PeriodReport(**{**report.__dict__, "generated_at": dt.datetime(2026, 12, 15, 8, tzinfo=dt.UTC)})
    out = tmp_path / "r.xlsx"
    write_period_workbook(out, running, sample_participants())
    months = [r[0] for r in values(load_workbook(out)[SHEET_MONTHS])[1:4]]
    assert months == ["loka 2026", "marras 2026", "joulu 2026 (kesken)"]
