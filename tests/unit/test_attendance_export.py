"""The weekly attendance workbook a coordinator sends to funders: its figures match the database."""

import datetime as dt
import errno
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.acting import act_as, acting
from vauhdittamo.db import Database
from vauhdittamo.errors import DiskFullError, FileAccessError, ValidationError
from vauhdittamo.models import (
    AgeGroup,
    AttendanceMark,
    AttendanceStatus,
    AuditAction,
    AuditEntry,
    Client,
    StaffRole,
    Workshop,
    WorkshopSession,
    age_group_for,
)
from vauhdittamo.services import attendance_export as ae
from vauhdittamo.services import spreadsheet
from vauhdittamo.services.attendance_export import (
    DETAIL_HEADERS,
    SUMMARY_HEADERS,
    Counts,
    export_attendance,
    record_export,
    resolve_workshops,
    weekly_figures,
)
from vauhdittamo.services.isoweek import IsoWeek
from vauhdittamo.services.permissions import Permission, PermissionDenied
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.timeutil import HELSINKI, utcnow

W47 = IsoWeek(2026, 47)  # Mon 16.11. – Sun 22.11.2026
GENERATED = dt.datetime(2026, 11, 23, 7, 5, tzinfo=dt.UTC)  # 9.05 in Helsinki
PRESENT, ABSENT, EXCUSED = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED


@pytest.fixture
def coordinator(db: Database) -> str:
    """A signed-in coordinator: coordinators may export attendance."""
    with db.transaction(acting(db)) as session:
        member_id = add_staff_member(session, "Minna Koordinaattori", StaffRole.COORDINATOR).id
    act_as(db, member_id)
    return member_id


def day(d: int, month: int = 11, year: int = 2026) -> dt.date:
    return dt.date(year, month, d)


class Builder:
    """Adds workshops, sessions, clients and marks in one transaction."""

    def __init__(self, session: Any) -> None:
        self.s = session

    def workshop(self, name: str, deleted: bool = False) -> Workshop:
        workshop = Workshop(name=name, start_date=day(1, 1), deleted_at=utcnow() if deleted else None)
        self.s.add(workshop)
        self.s.flush()
        return workshop

    def client(
        self,
        first: str,
        last: str,
        birth: dt.date | None = None,
        municipality: str = "Lieksa",
        village: str = "",
        deleted: bool = False,
    ) -> Client:
        client = Client(
            first_name=first,
            last_name=last,
            birth_date=birth,
            municipality=municipality,
            village=village,
            deleted_at=utcnow() if deleted else None,
        )
        self.s.add(client)
        self.s.flush()
        return client

    def session(
        self,
        workshop: Workshop,
        on: dt.date,
        start: int = 9,
        end: int = 12,
        *,
        anonymous: int = 0,
        cancelled: bool = False,
        deleted: bool = False,
        place: str = "Vauhdittamo",
    ) -> WorkshopSession:
        session = WorkshopSession(
            workshop_id=workshop.id,
            session_date=on,
            start_time=dt.time(start),
            end_time=dt.time(end),
            anonymous_count=anonymous,
            cancelled=cancelled,
            cancel_reason="Ohjaaja sairaana" if cancelled else "",
            place=place,
            deleted_at=utcnow() if deleted else None,
        )
        self.s.add(session)
        self.s.flush()
        return session

    def mark(
        self,
        session: WorkshopSession,
        client: Client,
        status: AttendanceStatus = PRESENT,
        *,
        drop_in: bool = False,
        time_in: dt.time | None = None,
        time_out: dt.time | None = None,
        deleted: bool = False,
    ) -> AttendanceMark:
        mark = AttendanceMark(
            session_id=session.id,
            client_id=client.id,
            status=status,
            drop_in=drop_in,
            time_in=time_in,
            time_out=time_out,
            deleted_at=utcnow() if deleted else None,
        )
        self.s.add(mark)
        self.s.flush()
        return mark


@dataclass
class Scenario:
    start: str  # workshop ids
    koli: str
    old_workshop: str


def build_week_47(db: Database) -> Scenario:
    """Two live workshops with every kind of row; see the expected figures in the tests below."""
    with db.transaction(acting(db)) as s:
        b = Builder(s)
        start = b.workshop("Vauhdittamo START Lieksa")
        koli = b.workshop("Kyläpaja Koli")
        old = b.workshop("Vanha paja", deleted=True)
        young = b.client("Aino", "Aalto", dt.date(2000, 1, 1))
        older = b.client("Pekka", "Järvinen", dt.date(1980, 5, 5), village="Koli")
        turning = b.client("Oona", "Öhman", dt.date(1996, 11, 18))  # 29 on Monday 16.11., 30 from Wednesday
        unknown = b.client("Ismo", "Ikonen", None, municipality="Juuka")
        gone = b.client("Poistettu", "Asiakas", dt.date(1990, 1, 1), deleted=True)
        extra = b.client("Eero", "Eskola", dt.date(1970, 1, 1))

        monday = b.session(start, day(16), anonymous=2)
        b.mark(monday, young)
        b.mark(monday, older)
        b.mark(monday, turning)
        b.mark(monday, unknown, ABSENT)
        tuesday = b.session(koli, day(17), 10, 13)
        b.mark(tuesday, older, drop_in=True, time_in=dt.time(10, 5), time_out=dt.time(12, 30))
        b.mark(tuesday, unknown)
        b.mark(tuesday, gone)  # a deleted client
        wednesday = b.session(start, day(18))
        b.mark(wednesday, young)
        b.mark(wednesday, turning)
        b.mark(wednesday, older, EXCUSED)
        b.mark(wednesday, extra, deleted=True)  # a deleted mark
        thursday = b.session(start, day(19), anonymous=3, cancelled=True)
        b.mark(thursday, extra)  # marked before the session was cancelled
        friday = b.session(start, day(20), deleted=True)
        b.mark(friday, extra)
        b.mark(b.session(old, day(18)), extra)  # a deleted workshop
        b.mark(b.session(start, day(15), anonymous=4), extra)  # Sunday of week 46
        b.mark(b.session(start, day(23)), extra)  # Monday of week 48
        return Scenario(start.id, koli.id, old.id)


def read(path: Path) -> Any:
    return load_workbook(path)


def table(sheet: Any, header_row: int = 1) -> list[dict[str, Any]]:
    """Rows under the header row as dicts, up to the first empty row."""
    headers = [c.value for c in sheet[header_row]]
    rows = []
    for cells in sheet.iter_rows(min_row=header_row + 1):
        if all(c.value is None for c in cells):
            break
        rows.append({h: c for h, c in zip(headers, cells, strict=False)})
    return rows


def values(rows: list[dict[str, Any]], column: str) -> list[Any]:
    return [r[column].value for r in rows]


def summary_rows(path: Path) -> dict[tuple[str, Any], dict[str, Any]]:
    """Summary rows by (Paja, Päivä-as-date or 'koko viikko')."""
    sheet = read(path)["Yhteenveto"]
    result = {}
    for row in table(sheet, ae.SUMMARY_HEADER_ROW):
        when = row["Päivä"].value
        key = when.date() if isinstance(when, dt.datetime) else row["Viikonpäivä"].value
        result[(row["Paja"].value, key)] = {h: c.value for h, c in row.items()}
    return result


def counts_of(row: dict[str, Any]) -> Counts:
    return Counts(
        sessions=row["Istunnot"],
        cancelled=row["Peruttu"],
        present=row["Läsnä"],
        participants=row["Eri osallistujat *"],
        under_30=row["Alle 30 v"],
        age_30_plus=row["30 v ja yli"],
        age_unknown=row["Ikä ei tiedossa"],
        anonymous=row["Nimettömät"],
    )


def without_marks(counts: Counts) -> Counts:
    """What the summary shows (absent and excused are in the detail sheet only)."""
    return Counts(**{**counts.__dict__, "absent": 0, "excused": 0})


# --------------------------------------------------------------------------- figures


def test_figures_of_a_week_with_every_kind_of_row(db: Database, coordinator: str) -> None:
    ids = build_week_47(db)
    with db.session(acting(db)) as s:
        figures = weekly_figures(s, W47)
    by_name = {w.name: w for w in figures.workshops}
    assert list(by_name) == ["Kyläpaja Koli", "Vauhdittamo START Lieksa"]
    start = by_name["Vauhdittamo START Lieksa"]
    assert start.workshop_id == ids.start
    days = {d.day: d.counts for d in start.days}
    assert list(days) == [day(16), day(18), day(19)]
    assert days[day(16)] == Counts(
        sessions=1, present=3, absent=1, participants=3, under_30=2, age_30_plus=1, anonymous=2
    )
    # Öhman turned 30 on Wednesday.
    assert days[day(18)] == Counts(sessions=1, present=2, excused=1, participants=2, under_30=1, age_30_plus=1)
    assert days[day(19)] == Counts(cancelled=1)
    # Over the week each person once, in the age group of their first day.
    assert start.week == Counts(
        sessions=2, cancelled=1, present=5, absent=1, excused=1, participants=3, under_30=2, age_30_plus=1, anonymous=2
    )
    assert start.week.total == 7
    koli = by_name["Kyläpaja Koli"]
    assert koli.week == Counts(sessions=1, present=2, participants=2, age_30_plus=1, age_unknown=1)
    assert figures.total == Counts(
        sessions=3,
        cancelled=1,
        present=7,
        absent=1,
        excused=1,
        participants=4,
        under_30=2,
        age_30_plus=1,
        age_unknown=1,
        anonymous=2,
    )
    assert figures.detail_rows == 10


def test_workbook_summary_matches_the_figures(db: Database, coordinator: str, tmp_path: Path) -> None:
    build_week_47(db)
    out = tmp_path / "viikko.xlsx"
    with db.session(acting(db)) as s:
        result = export_attendance(s, W47, out, generated_at=GENERATED)
        figures = weekly_figures(s, W47)
    assert result.figures == figures and result.rows == 10 and result.path == out
    assert result.size_bytes == out.stat().st_size
    book = read(out)
    assert book.sheetnames == ["Yhteenveto", "Osallistumiset", "Istunnot"]
    sheet = book["Yhteenveto"]
    assert sheet["A1"].value == "Pajojen osallistuminen, viikko 47/2026 (16.11.–22.11.2026)"
    assert sheet["A2"].value == "Pajat: kaikki"
    assert [c.value for c in sheet[ae.SUMMARY_HEADER_ROW]] == list(SUMMARY_HEADERS)
    assert sheet.freeze_panes == f"A{ae.SUMMARY_HEADER_ROW + 1}"
    assert all(c.font.b for c in sheet[ae.SUMMARY_HEADER_ROW])
    assert sheet[ae.SUMMARY_HEADER_ROW][0].fill.fgColor.rgb.endswith("DDEBF7")

    rows = summary_rows(out)
    assert list(rows) == [
        ("Kyläpaja Koli", day(17)),
        ("Kyläpaja Koli yhteensä", "koko viikko"),
        ("Vauhdittamo START Lieksa", day(16)),
        ("Vauhdittamo START Lieksa", day(18)),
        ("Vauhdittamo START Lieksa", day(19)),
        ("Vauhdittamo START Lieksa yhteensä", "koko viikko"),
        ("Kaikki pajat yhteensä", "koko viikko"),
    ]
    for workshop in figures.workshops:
        for d in workshop.days:
            row = rows[(workshop.name, d.day)]
            assert counts_of(row) == without_marks(d.counts)
            assert row["Yhteensä"] == d.counts.total
            assert row["Viikonpäivä"] == ae.WEEKDAYS[d.day.weekday()]
        assert counts_of(rows[(f"{workshop.name} yhteensä", "koko viikko")]) == without_marks(workshop.week)
    grand = rows[("Kaikki pajat yhteensä", "koko viikko")]
    assert counts_of(grand) == without_marks(figures.total)
    assert grand["Yhteensä"] == 9
    # The week's different participants are fewer than the sum of the daily ones.
    start_days = [rows[("Vauhdittamo START Lieksa", d)]["Eri osallistujat *"] for d in (day(16), day(18), day(19))]
    assert (
        sum(start_days) == 5 and rows[("Vauhdittamo START Lieksa yhteensä", "koko viikko")]["Eri osallistujat *"] == 3
    )

    last = sheet.max_row
    notes = len(ae.FOOTNOTES)
    texts = [sheet.cell(r, 1).value for r in range(last - notes, last + 1)]
    assert texts[0].startswith("* Eri osallistujat")
    assert texts[-1] == "Luotu 23.11.2026 klo 9.05 (Suomen aikaa), Vauhdittamo desk."
    grand_row = next(r for r in range(1, last + 1) if sheet.cell(r, 1).value == "Kaikki pajat yhteensä")
    assert all(sheet.cell(grand_row, col).font.b for col in (1, 4, 12))
    date_cell = sheet.cell(ae.SUMMARY_HEADER_ROW + 1, 2)
    assert date_cell.is_date and date_cell.number_format == "d.m.yyyy"


def test_detail_rows_are_sorted_and_typed(db: Database, coordinator: str, tmp_path: Path) -> None:
    build_week_47(db)
    out = tmp_path / "viikko.xlsx"
    with db.session(acting(db)) as s:
        export_attendance(s, W47, out, generated_at=GENERATED)
    sheet = read(out)["Osallistumiset"]
    assert [c.value for c in sheet[1]] == list(DETAIL_HEADERS)
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:M11"
    rows = table(sheet)
    assert [(r["Päivämäärä"].value.date(), r["Paja"].value, r["Asiakas"].value, r["Tila"].value) for r in rows] == [
        (day(16), "Vauhdittamo START Lieksa", "Aalto, Aino", "läsnä"),
        (day(16), "Vauhdittamo START Lieksa", "Ikonen, Ismo", "poissa"),
        (day(16), "Vauhdittamo START Lieksa", "Järvinen, Pekka", "läsnä"),
        (day(16), "Vauhdittamo START Lieksa", "Öhman, Oona", "läsnä"),
        (day(16), "Vauhdittamo START Lieksa", "Nimetön", "läsnä"),
        (day(17), "Kyläpaja Koli", "Ikonen, Ismo", "läsnä"),
        (day(17), "Kyläpaja Koli", "Järvinen, Pekka", "läsnä"),
        (day(18), "Vauhdittamo START Lieksa", "Aalto, Aino", "läsnä"),
        (day(18), "Vauhdittamo START Lieksa", "Järvinen, Pekka", "poissa luvan kanssa"),
        (day(18), "Vauhdittamo START Lieksa", "Öhman, Oona", "läsnä"),
    ]
    assert values(rows, "Viikonpäivä")[:6] == ["ma"] * 5 + ["ti"]
    assert values(rows, "Ikäryhmä") == [
        "alle 30",
        "ei tiedossa",
        "30 ja yli",
        "alle 30",
        "ei tiedossa",
        "ei tiedossa",
        "30 ja yli",
        "alle 30",
        "30 ja yli",
        "30 ja yli",
    ]
    assert values(rows, "Istunto")[:7] == ["9.00–12.00"] * 5 + ["10.00–13.00"] * 2
    assert values(rows, "Lukumäärä") == [1, 1, 1, 1, 2, 1, 1, 1, 1, 1]
    assert values(rows, "Pudotus")[4:7] == [None, "ei", "kyllä"]
    assert values(rows, "Kotikunta")[:2] == ["Lieksa", "Juuka"] and rows[2]["Kylä"].value == "Koli"
    for row in rows:
        assert row["Päivämäärä"].is_date and row["Päivämäärä"].number_format == "d.m.yyyy"
        assert row["Lukumäärä"].data_type == "n"
    arrived, left = rows[6]["Saapui"], rows[6]["Lähti"]
    assert (arrived.value, left.value) == (dt.time(10, 5), dt.time(12, 30))
    assert arrived.is_date and arrived.number_format == "h.mm" and left.number_format == "h.mm"
    assert rows[5]["Saapui"].value is None


def test_totals_add_up_to_the_detail_rows(db: Database, coordinator: str, tmp_path: Path) -> None:
    build_week_47(db)
    out = tmp_path / "viikko.xlsx"
    with db.session(acting(db)) as s:
        export_attendance(s, W47, out)
    detail = table(read(out)["Osallistumiset"])
    clients = [r for r in detail if r["Asiakas"].value != "Nimetön"]
    anonymous = [r for r in detail if r["Asiakas"].value == "Nimetön"]
    grand = summary_rows(out)[("Kaikki pajat yhteensä", "koko viikko")]
    assert grand["Läsnä"] == sum(1 for r in clients if r["Tila"].value == "läsnä")
    assert grand["Nimettömät"] == sum(r["Lukumäärä"].value for r in anonymous)
    assert grand["Yhteensä"] == sum(r["Lukumäärä"].value for r in detail if r["Tila"].value == "läsnä")


def test_sessions_sheet_lists_every_session_of_the_week(db: Database, coordinator: str, tmp_path: Path) -> None:
    build_week_47(db)
    out = tmp_path / "viikko.xlsx"
    with db.session(acting(db)) as s:
        export_attendance(s, W47, out)
    sheet = read(out)["Istunnot"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:L5"
    rows = table(sheet)
    assert [
        (r["Päivämäärä"].value.date(), r["Peruttu"].value, r["Läsnä"].value, r["Nimettömät"].value) for r in rows
    ] == [(day(16), "ei", 3, 2), (day(17), "ei", 2, 0), (day(18), "ei", 2, 0), (day(19), "kyllä", None, None)]
    assert rows[3]["Peruutuksen syy"].value == "Ohjaaja sairaana"
    assert rows[0]["Alkaa"].value == dt.time(9) and rows[0]["Alkaa"].number_format == "h.mm"


def test_workbook_has_no_formulas_anywhere(db: Database, coordinator: str, tmp_path: Path) -> None:
    build_week_47(db)
    out = tmp_path / "viikko.xlsx"
    with db.session(acting(db)) as s:
        export_attendance(s, W47, out)
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)


# --------------------------------------------------------------------------- weeks at the turn of the year


def test_week_53_spans_into_the_next_year(db: Database, coordinator: str, tmp_path: Path) -> None:
    with db.transaction(acting(db)) as s:
        b = Builder(s)
        workshop = b.workshop("Vauhdittamo START")
        client = b.client("Aino", "Aalto", dt.date(1997, 1, 1))  # turns 30 on 1.1.2027
        for on in (day(27, 12), day(31, 12), day(2, 1, 2027), day(4, 1, 2027)):
            b.mark(b.session(workshop, on), client)
    week = IsoWeek.parse("2026-W53")
    out = tmp_path / "w53.xlsx"
    with db.session(acting(db)) as s:
        result = export_attendance(s, week, out)
    (figures,) = result.figures.workshops
    assert [d.day for d in figures.days] == [day(31, 12), day(2, 1, 2027)]
    assert [(d.counts.under_30, d.counts.age_30_plus) for d in figures.days] == [(1, 0), (0, 1)]
    assert figures.week.participants == 1 and figures.week.under_30 == 1  # first day present: still 29
    book = read(out)
    assert book["Yhteenveto"]["A1"].value == "Pajojen osallistuminen, viikko 53/2026 (28.12.2026–3.1.2027)"
    dates = [r["Päivämäärä"].value.date() for r in table(book["Osallistumiset"])]
    assert dates == [day(31, 12), day(2, 1, 2027)]
    assert [r["Viikonpäivä"].value for r in table(book["Osallistumiset"])] == ["to", "la"]


def test_first_week_of_a_year_starting_in_december(db: Database, coordinator: str, tmp_path: Path) -> None:
    with db.transaction(acting(db)) as s:
        b = Builder(s)
        workshop = b.workshop("Vauhdittamo START")
        client = b.client("Aino", "Aalto")
        for on in (day(28, 12, 2025), day(29, 12, 2025), day(4, 1), day(5, 1)):
            b.session(workshop, on, anonymous=1)
            b.mark(b.session(workshop, on, 13, 15), client)
    with db.session(acting(db)) as s:
        figures = weekly_figures(s, IsoWeek(2026, 1))
        export_attendance(s, IsoWeek(2026, 1), tmp_path / "w1.xlsx")
    assert [d.day for d in figures.workshops[0].days] == [day(29, 12, 2025), day(4, 1)]
    assert figures.total.sessions == 4 and figures.total.anonymous == 2 and figures.total.age_unknown == 1
    title = read(tmp_path / "w1.xlsx")["Yhteenveto"]["A1"].value
    assert title == "Pajojen osallistuminen, viikko 1/2026 (29.12.2025–4.1.2026)"


def test_an_empty_week_gives_a_valid_workbook_with_zero_totals(db: Database, coordinator: str, tmp_path: Path) -> None:
    build_week_47(db)
    out = tmp_path / "tyhja.xlsx"
    with db.session(acting(db)) as s:
        result = export_attendance(s, IsoWeek(2026, 30), out)
    assert result.rows == 0 and result.figures.total == Counts() and result.figures.workshops == ()
    book = read(out)
    detail = book["Osallistumiset"]
    assert [c.value for c in detail[1]] == list(DETAIL_HEADERS) and detail.max_row == 1
    assert detail.auto_filter.ref == "A1:M1"
    rows = summary_rows(out)
    assert list(rows) == [("Kaikki pajat yhteensä", "koko viikko")]
    grand = rows[("Kaikki pajat yhteensä", "koko viikko")]
    assert [grand[h] for h in SUMMARY_HEADERS[3:]] == [0] * 9


# --------------------------------------------------------------------------- text that looks like a formula

FORMULA_NAMES = [
    '=HYPERLINK("http://example.com/x","Klikkaa")',
    "+358401234567",
    "-1",
    "@SUM(A1:A9)",
    " =1+1",
    "\t=2+2",
    "#N/A",
    "=",
]


def test_formula_looking_text_is_stored_as_plain_text(db: Database, coordinator: str, tmp_path: Path) -> None:
    with db.transaction(acting(db)) as s:
        b = Builder(s)
        workshop = b.workshop("=1+2 paja")
        session = b.session(workshop, day(16), place="@kylätalo")
        for number, name in enumerate(FORMULA_NAMES):
            b.mark(session, b.client(f"Etu{number}", name, municipality="+Lieksa", village="-Koli"))
        b.mark(session, b.client("Bell\x07", "Nor\x00mal"))  # control characters a workbook cannot hold
    out = tmp_path / "kaavat.xlsx"
    with db.session(acting(db)) as s:
        export_attendance(s, W47, out)
    book = read(out)
    rows = table(book["Osallistumiset"])
    names = {r["Asiakas"].value for r in rows}
    assert names == {f"{name}, Etu{n}" for n, name in enumerate(FORMULA_NAMES)} | {"Normal, Bell"}
    for row in rows:
        for column in ("Paja", "Asiakas", "Kotikunta", "Kylä"):
            cell = row[column]
            if cell.value is None:  # the client without a village
                continue
            assert cell.data_type == "s", (column, cell.value)
            assert cell.quotePrefix == spreadsheet.looks_like_formula(cell.value), (column, cell.value)
    assert sum(1 for r in rows if r["Asiakas"].quotePrefix) == len(FORMULA_NAMES) - 1  # "#N/A, Etu6" is just text
    assert {r["Paja"].value for r in rows} == {"=1+2 paja"}
    assert {r["Kotikunta"].value for r in rows} == {"+Lieksa", "Lieksa"}
    summary = book["Yhteenveto"]
    workshop_cells = [row[0] for row in summary.iter_rows() if row[0].value and "1+2 paja" in str(row[0].value)]
    assert [c.value for c in workshop_cells] == ["=1+2 paja", "=1+2 paja yhteensä"]
    assert all(c.data_type == "s" for c in workshop_cells)
    assert book["Istunnot"]["F2"].value == "@kylätalo" and book["Istunnot"]["F2"].data_type == "s"
    with zipfile.ZipFile(out) as archive:
        assert not any(b"<f>" in archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/"))


@pytest.mark.parametrize("text", ["=A1", "+1", "-1", "@x", " =x", "\t", "\rx", "\nx", "#N/A", "#REF!", "  -3"])
def test_looks_like_formula(text: str) -> None:
    assert spreadsheet.looks_like_formula(text)


@pytest.mark.parametrize("text", ["", "Aalto", "1-2", "a=b", "Nimetön", "#1 paja", "  x", "(=)"])
def test_ordinary_text_is_not_a_formula(text: str) -> None:
    assert not spreadsheet.looks_like_formula(text)


# --------------------------------------------------------------------------- choosing workshops


def test_workshop_filter(db: Database, coordinator: str, tmp_path: Path) -> None:
    ids = build_week_47(db)
    out = tmp_path / "koli.xlsx"
    with db.session(acting(db)) as s:
        result = export_attendance(s, W47, out, [ids.koli])
    assert [w.name for w in result.figures.workshops] == ["Kyläpaja Koli"]
    assert result.figures.total.present == 2 and result.rows == 2
    book = read(out)
    assert book["Yhteenveto"]["A2"].value == "Pajat: Kyläpaja Koli"
    assert {r["Paja"].value for r in table(book["Osallistumiset"])} == {"Kyläpaja Koli"}


def test_a_chosen_workshop_without_sessions_shows_zeros(db: Database, coordinator: str) -> None:
    build_week_47(db)
    with db.transaction(acting(db)) as s:
        quiet = Builder(s).workshop("Hiljainen paja").id
    with db.session(acting(db)) as s:
        figures = weekly_figures(s, W47, [quiet])
    (only,) = figures.workshops
    assert only.name == "Hiljainen paja" and only.days == () and only.week == Counts()


def test_resolve_workshops_by_id_or_name(db: Database, coordinator: str) -> None:
    ids = build_week_47(db)
    with db.session(acting(db)) as s:
        assert resolve_workshops(s, ["kyläpaja KOLI", ids.start, " Kyläpaja Koli "]) == [ids.koli, ids.start]
        with pytest.raises(ValidationError) as info:
            resolve_workshops(s, ["Kyläpaja Kol"])
        assert info.value.message.startswith("Unknown workshop: Kyläpaja Kol.")
        assert info.value.field == "workshop"
        with pytest.raises(ValidationError, match="Unknown workshop: Vanha paja"):
            resolve_workshops(s, ["Vanha paja"])  # deleted
        with pytest.raises(ValidationError, match="Unknown workshop"):
            resolve_workshops(s, [ids.old_workshop])
    with db.transaction(acting(db)) as s:
        twin = Builder(s).workshop("KYLÄPAJA KOLI").id
    with db.session(acting(db)) as s:
        with pytest.raises(ValidationError) as info:
            resolve_workshops(s, ["Kyläpaja Koli"])
        assert "2 workshops" in info.value.message
        assert ids.koli in info.value.message and twin in info.value.message
        assert resolve_workshops(s, [twin]) == [twin]


# --------------------------------------------------------------------------- writing the file


def test_progress_is_reported_in_steps_up_to_one(
    db: Database, coordinator: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_week_47(db)
    monkeypatch.setattr(ae, "PROGRESS_EVERY", 3)
    seen: list[float] = []
    with db.session(acting(db)) as s:
        export_attendance(s, W47, tmp_path / "p.xlsx", progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert len(seen) == 2 + 10 // 3
    assert seen == sorted(seen) and all(0 <= f <= 1 for f in seen)


def test_existing_file_is_replaced_only_when_the_export_succeeds(
    db: Database, coordinator: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_week_47(db)
    out = tmp_path / "viikko.xlsx"
    out.write_bytes(b"old contents")

    def broken_add(self: Any, row: Any) -> None:
        raise RuntimeError("a bug half-way")

    with monkeypatch.context() as patch:
        patch.setattr(ae._DetailWriter, "add", broken_add)
        with db.session(acting(db)) as s, pytest.raises(RuntimeError):
            export_attendance(s, W47, out)
    assert out.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir() if "xlsx" in p.name] == ["viikko.xlsx"]

    def disk_full(self: Any, filename: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr("openpyxl.Workbook.save", disk_full)
        with db.session(acting(db)) as s, pytest.raises(DiskFullError):
            export_attendance(s, W47, out)
    assert out.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir() if "xlsx" in p.name] == ["viikko.xlsx"]

    with db.session(acting(db)) as s:
        export_attendance(s, W47, out)
    assert read(out).sheetnames[0] == "Yhteenveto"


def test_target_that_cannot_be_written_is_a_clear_error(db: Database, coordinator: str, tmp_path: Path) -> None:
    with db.session(acting(db)) as s:
        with pytest.raises(FileAccessError) as info:
            export_attendance(s, W47, tmp_path / "missing" / "x.xlsx")
        assert "does not exist" in info.value.message and "missing" in info.value.message
        with pytest.raises(FileAccessError) as info:
            export_attendance(s, W47, tmp_path)
        assert "is a folder" in info.value.message


def test_file_open_in_excel_is_a_clear_error(
    db: Database, coordinator: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows a workbook open in Excel cannot be replaced: os.replace raises PermissionError."""
    build_week_47(db)
    out = tmp_path / "auki.xlsx"
    out.write_bytes(b"open in Excel")

    def locked(source: Any, target: Any) -> None:
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(spreadsheet.os, "replace", locked)
    with db.session(acting(db)) as s, pytest.raises(FileAccessError) as info:
        export_attendance(s, W47, out)
    assert "open in another program" in info.value.message and str(out) in info.value.message
    assert out.read_bytes() == b"open in Excel"
    assert [p.name for p in tmp_path.iterdir() if "xlsx" in p.name] == ["auki.xlsx"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions and a non-root user")
def test_read_only_folder_is_a_clear_error(db: Database, coordinator: str, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with db.session(acting(db)) as s, pytest.raises(FileAccessError) as info:
            export_attendance(s, W47, folder / "x.xlsx")
        assert "open in another program" in info.value.message
    finally:
        folder.chmod(0o700)


# --------------------------------------------------------------------------- against realistic data


def test_demo_weeks_match_an_independent_count(db: Database, tmp_path: Path) -> None:
    """The workbook's totals against a plain count over the ORM objects, for each week of demo data."""
    from vauhdittamo.services.demo import generate_demo

    today = dt.date(2026, 11, 25)
    generate_demo(db, clients=400, weeks=4, seed=3, today=today)
    with db.session(acting(db)) as s:
        sessions = {x.id: x for x in s.query(WorkshopSession).all()}
        workshops = {w.id: w for w in s.query(Workshop).all()}
        clients = {c.id: c for c in s.query(Client).all()}
        marks = s.query(AttendanceMark).all()
        week = IsoWeek.containing(today).previous()
        for _ in range(3):
            out = tmp_path / f"{week}.xlsx"
            result = export_attendance(s, week, out)
            live = [
                x
                for x in sessions.values()
                if x.deleted_at is None and x.session_date in week and workshops[x.workshop_id].deleted_at is None
            ]
            held = {x.id for x in live if not x.cancelled}
            present = [
                m
                for m in marks
                if m.session_id in held
                and m.deleted_at is None
                and m.status == PRESENT
                and clients[m.client_id].deleted_at is None
            ]
            people = {
                m.client_id: sessions[m.session_id].session_date
                for m in sorted(present, key=lambda m: sessions[m.session_id].session_date, reverse=True)
            }
            groups = [age_group_for(clients[c].birth_date, first) for c, first in people.items()]
            grand = summary_rows(out)[("Kaikki pajat yhteensä", "koko viikko")]
            assert grand["Läsnä"] == len(present) > 0
            assert grand["Eri osallistujat *"] == len(people)
            assert grand["Alle 30 v"] == groups.count(AgeGroup.UNDER_30)
            assert grand["30 v ja yli"] == groups.count(AgeGroup.AGE_30_PLUS)
            assert grand["Nimettömät"] == sum(x.anonymous_count for x in live if not x.cancelled)
            assert grand["Istunnot"] == len(held) and grand["Peruttu"] == len(live) - len(held)
            detail = table(read(out)["Osallistumiset"])
            assert len(detail) == result.rows
            assert sum(1 for r in detail if r["Tila"].value == "läsnä" and r["Asiakas"].value != "Nimetön") == len(
                present
            )
            week = week.previous()


def test_sort_key_follows_the_finnish_alphabet() -> None:
    names = ["Öhman", "Aalto", "Åberg", "Ärväs", "Zetterberg", "de Vries", "Élise", "Eskola"]
    assert sorted(names, key=ae.sort_key) == [
        "Aalto",
        "de Vries",
        "Élise",
        "Eskola",
        "Zetterberg",
        "Åberg",
        "Ärväs",
        "Öhman",
    ]


def test_generated_time_is_helsinki_time(db: Database, tmp_path: Path) -> None:
    summer = dt.datetime(2026, 6, 30, 21, 30, tzinfo=dt.UTC)  # 0.30 on 1 July in Helsinki (UTC+3)
    with db.session(acting(db)) as s:
        export_attendance(s, W47, tmp_path / "x.xlsx", generated_at=summer)
    sheet = read(tmp_path / "x.xlsx")["Yhteenveto"]
    assert sheet.cell(sheet.max_row, 1).value == "Luotu 1.7.2026 klo 0.30 (Suomen aikaa), Vauhdittamo desk."
    assert summer.astimezone(HELSINKI).day == 1


# --------------------------------------------------------------------------- who may export


def test_only_roles_allowed_to_export_reports_may_export(db: Database, tmp_path: Path) -> None:
    """A personal coach may see the figures but not export the names."""
    with db.transaction(acting(db)) as session:
        coach_id = add_staff_member(session, "Kalle Valmentaja", StaffRole.COACH).id
    act_as(db, coach_id)
    build_week_47(db)
    out = tmp_path / "viikko.xlsx"
    with db.session(acting(db)) as s:
        assert weekly_figures(s, W47).total.present == 7
        with pytest.raises(PermissionDenied) as info:
            export_attendance(s, W47, out)
    assert info.value.permission == Permission.EXPORT_REPORTS
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob(".*partial"))


def test_the_export_is_recorded_in_the_audit_trail_without_names(
    db: Database, coordinator: str, tmp_path: Path
) -> None:
    ids = build_week_47(db)
    with db.session(acting(db)) as s:
        summary = export_attendance(s, W47, tmp_path / "viikko.xlsx", [ids.koli])
    with db.transaction(acting(db)) as s:
        record_export(s, summary)
    with db.session(acting(db)) as s:
        (entry,) = s.query(AuditEntry).filter(AuditEntry.action == AuditAction.EXPORTED).all()
    assert entry.staff_id == coordinator and entry.entity_type == "attendance_export"
    assert entry.detail == f"week=2026-W47 rows=2 workshops={ids.koli}"
