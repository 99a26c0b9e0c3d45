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
from vauhdittamo.services.pseudonym import participant_code
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
        gone = b.client("Poistettu", "Asiakas", dt.date(1990, 1, 1), deleted=True)  # counts, anonymously
        extra = b.client("Eero", "Eskola", dt.date(1970, 1, 1))

        monday = b.session(start, day(16), anonymous=2)
        b.mark(monday, young)
        b.mark(monday, older)
        b.mark(monday, turning)
        b.mark(monday, unknown, ABSENT)
        tuesday = b.session(koli, day(17), 10, 13)
        b.mark(tuesday, older, drop_in=True, time_in=dt.time(10, 5), time_out=dt.time(12, 30))
        b.mark(tuesday, unknown)
        b.mark(tuesday, gone)  # a client deleted since: counted without name
        wednesday = b.session(start, day(18))
        b.mark(wednesday, young)
        b.mark(wednesday, turning)
        b.mark(wednesday, older, EXCUSED)
        b.mark(wednesday, extra, deleted=True)  # a deleted mark
        thursday = b.session(start, day(19), anonymous=3, cancelled=True)
        b.mark(thursday, extra)  # marked before the session was cancelled
        b.session(start, day(20), deleted=True)  # removed by mistake, nothing recorded
        b.session(old, day(18))  # a deleted workshop's session without attendance
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
        sessions=row["Pidetyt"],
        upcoming=row["Tulevat"],
        unmarked=row["Merkitsemättä"],
        cancelled=row["Peruttu"],
        present=row["Läsnä"],
        participants=row["Eri osallistujat *"],
        under_30=row["Alle 30-vuotiaat"],
        age_30_plus=row["30 vuotta täyttäneet"],
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
    # The deleted client counts (30 or over by the birth date still kept on the deleted record).
    assert koli.week == Counts(sessions=1, present=3, participants=3, age_30_plus=2, age_unknown=1)
    assert figures.total == Counts(
        sessions=3,
        cancelled=1,
        present=8,
        absent=1,
        excused=1,
        participants=5,
        under_30=2,
        age_30_plus=2,
        age_unknown=1,
        anonymous=2,
    )
    assert figures.detail_rows == 11


def test_workbook_summary_matches_the_figures(db: Database, coordinator: str, tmp_path: Path) -> None:
    build_week_47(db)
    out = tmp_path / "viikko.xlsx"
    with db.session(acting(db)) as s:
        result = export_attendance(s, W47, out, generated_at=GENERATED)
        figures = weekly_figures(s, W47)
    assert result.figures == figures and result.rows == 11 and result.path == out
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
    assert grand["Yhteensä"] == 10
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
    assert all(sheet.cell(grand_row, col).font.b for col in (1, 4, 14))
    date_cell = sheet.cell(ae.SUMMARY_HEADER_ROW + 1, 2)
    assert date_cell.is_date and date_cell.number_format == "d.m.yyyy"


def test_detail_rows_are_sorted_and_typed(db: Database, coordinator: str, tmp_path: Path) -> None:
    build_week_47(db)
    out = tmp_path / "viikko.xlsx"
    with db.session(acting(db)) as s:
        export_attendance(s, W47, out, generated_at=GENERATED)
        ids = {f"{c.last_name}, {c.first_name}": c.id for c in s.query(Client).all()}
    sheet = read(out)["Osallistumiset"]
    assert [c.value for c in sheet[1]] == list(DETAIL_HEADERS)
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:N12"
    rows = table(sheet)
    assert [(r["Päivämäärä"].value.date(), r["Paja"].value, r["Asiakas"].value, r["Tila"].value) for r in rows] == [
        (day(16), "Vauhdittamo START Lieksa", "Aalto, Aino", "läsnä"),
        (day(16), "Vauhdittamo START Lieksa", "Ikonen, Ismo", "poissa"),
        (day(16), "Vauhdittamo START Lieksa", "Järvinen, Pekka", "läsnä"),
        (day(16), "Vauhdittamo START Lieksa", "Öhman, Oona", "läsnä"),
        (day(16), "Vauhdittamo START Lieksa", "Nimetön", "läsnä"),
        (day(17), "Kyläpaja Koli", "Ikonen, Ismo", "läsnä"),
        (day(17), "Kyläpaja Koli", "Järvinen, Pekka", "läsnä"),
        (day(17), "Kyläpaja Koli", "Anonymisoitu", "läsnä"),  # the deleted client: no name, in Finnish
        (day(18), "Vauhdittamo START Lieksa", "Aalto, Aino", "läsnä"),
        (day(18), "Vauhdittamo START Lieksa", "Järvinen, Pekka", "poissa luvalla"),
        (day(18), "Vauhdittamo START Lieksa", "Öhman, Oona", "läsnä"),
    ]
    assert values(rows, "Viikonpäivä")[:6] == ["ma"] * 5 + ["ti"]
    assert values(rows, "Ikäryhmä") == [
        "alle 30-vuotias",
        "ei tiedossa",
        "30 vuotta täyttänyt",
        "alle 30-vuotias",
        "ei tiedossa",
        "ei tiedossa",
        "30 vuotta täyttänyt",
        "30 vuotta täyttänyt",
        "alle 30-vuotias",
        "30 vuotta täyttänyt",
        "30 vuotta täyttänyt",
    ]
    assert values(rows, "Istunto")[:8] == ["9.00–12.00"] * 5 + ["10.00–13.00"] * 3
    # People present: absent and excused rows count 0, so the column adds up to the attendances.
    assert values(rows, "Läsnä (lkm)") == [1, 0, 1, 1, 2, 1, 1, 1, 1, 0, 1]
    assert values(rows, "Pudotus")[4:7] == [None, "ei", "kyllä"]
    assert values(rows, "Kotikunta")[:2] == ["Lieksa", "Juuka"] and rows[2]["Kylä"].value == "Koli"
    # The participant code of each client's row; none for the anonymised client and the head count.
    assert values(rows, "Osallistujakoodi") == [
        None if r["Asiakas"].value in ("Nimetön", "Anonymisoitu") else participant_code(ids[r["Asiakas"].value])
        for r in rows
    ]
    assert values(rows, "Osallistujakoodi")[0] == values(rows, "Osallistujakoodi")[8]  # Aalto on two days
    anonymised = rows[7]
    assert [anonymised[c].value for c in ("Osallistujakoodi", "Kotikunta", "Kylä")] == [None, None, None]
    for row in rows:
        assert row["Päivämäärä"].is_date and row["Päivämäärä"].number_format == "d.m.yyyy"
        assert row["Läsnä (lkm)"].data_type == "n"
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
    assert grand["Nimettömät"] == sum(r["Läsnä (lkm)"].value for r in anonymous)
    # The whole column adds up to the total: absent and excused rows hold 0.
    assert grand["Yhteensä"] == sum(r["Läsnä (lkm)"].value for r in detail) == grand["Läsnä"] + grand["Nimettömät"]
    assert all(r["Läsnä (lkm)"].value == 0 for r in detail if r["Tila"].value != "läsnä")


def test_sessions_sheet_lists_every_session_of_the_week(db: Database, coordinator: str, tmp_path: Path) -> None:
    build_week_47(db)
    out = tmp_path / "viikko.xlsx"
    with db.session(acting(db)) as s:
        export_attendance(s, W47, out)
    sheet = read(out)["Istunnot"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:L5"
    rows = table(sheet)
    assert [
        (r["Päivämäärä"].value.date(), r["Tila"].value, r["Läsnä"].value, r["Nimettömät"].value) for r in rows
    ] == [
        (day(16), "Pidetty", 3, 2),
        (day(17), "Pidetty", 3, 0),
        (day(18), "Pidetty", 2, 0),
        (day(19), "Peruttu", None, None),
    ]
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
    assert detail.auto_filter.ref == "A1:N1"
    rows = summary_rows(out)
    assert list(rows) == [("Kaikki pajat yhteensä", "koko viikko")]
    grand = rows[("Kaikki pajat yhteensä", "koko viikko")]
    assert [grand[h] for h in SUMMARY_HEADERS[3:]] == [0] * 11


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
    assert result.figures.total.present == 3 and result.rows == 3
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
    assert len(seen) == 2 + 11 // 3
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


@dataclass
class Expected:
    """A week's figures counted straight from the records, without the export's code."""

    held: int
    cancelled: int
    upcoming: int
    unmarked: int
    present: int
    people: int
    under_30: int
    age_30_plus: int
    age_unknown: int
    anonymous: int
    rows: int


def expected_week(s: Any, week: IsoWeek, now: dt.datetime) -> Expected:
    sessions = {x.id: x for x in s.query(WorkshopSession).all()}
    workshops = {w.id: w for w in s.query(Workshop).all()}
    clients = {c.id: c for c in s.query(Client).all()}
    marks = [m for m in s.query(AttendanceMark).all() if m.deleted_at is None]
    marked = {m.session_id for m in marks}
    counted = [
        x
        for x in sessions.values()
        if x.session_date in week
        and (
            (x.deleted_at is None and workshops[x.workshop_id].deleted_at is None)
            or x.id in marked
            or x.anonymous_count > 0
        )
    ]
    local = now.astimezone(HELSINKI)
    not_cancelled = {x.id for x in counted if not x.cancelled}
    held = [x for x in counted if not x.cancelled and (x.id in marked or x.anonymous_count > 0)]
    waiting = [x for x in counted if not x.cancelled and x not in held]
    upcoming = [x for x in waiting if (x.session_date, x.end_time) > (local.date(), local.time())]
    week_marks = [m for m in marks if m.session_id in not_cancelled]
    present = [m for m in week_marks if m.status == PRESENT]
    first_day: dict[str, AttendanceMark] = {}
    for m in sorted(present, key=lambda m: sessions[m.session_id].session_date, reverse=True):
        first_day[m.client_id] = m

    def group(m: AttendanceMark) -> AgeGroup:
        client = clients[m.client_id]
        if client.birth_date is None and m.age_group is not None:
            return m.age_group
        return age_group_for(client.birth_date, sessions[m.session_id].session_date)

    groups = [group(m) for m in first_day.values()]
    return Expected(
        held=len(held),
        cancelled=sum(1 for x in counted if x.cancelled),
        upcoming=len(upcoming),
        unmarked=len(waiting) - len(upcoming),
        present=len(present),
        people=len(first_day),
        under_30=groups.count(AgeGroup.UNDER_30),
        age_30_plus=groups.count(AgeGroup.AGE_30_PLUS),
        age_unknown=groups.count(AgeGroup.UNKNOWN),
        anonymous=sum(x.anonymous_count for x in counted if not x.cancelled),
        rows=len(week_marks) + sum(1 for x in counted if not x.cancelled and x.anonymous_count > 0),
    )


def grand_total(path: Path) -> dict[str, Any]:
    return summary_rows(path)[("Kaikki pajat yhteensä", "koko viikko")]


def check_against(path: Path, expected: Expected) -> None:
    grand = grand_total(path)
    assert (
        grand["Pidetyt"],
        grand["Peruttu"],
        grand["Tulevat"],
        grand["Merkitsemättä"],
        grand["Läsnä"],
        grand["Eri osallistujat *"],
        grand["Alle 30-vuotiaat"],
        grand["30 vuotta täyttäneet"],
        grand["Ikä ei tiedossa"],
        grand["Nimettömät"],
    ) == (
        expected.held,
        expected.cancelled,
        expected.upcoming,
        expected.unmarked,
        expected.present,
        expected.people,
        expected.under_30,
        expected.age_30_plus,
        expected.age_unknown,
        expected.anonymous,
    )
    assert grand["Yhteensä"] == expected.present + expected.anonymous
    detail = table(read(path)["Osallistumiset"])
    assert len(detail) == expected.rows
    assert sum(r["Läsnä (lkm)"].value for r in detail) == grand["Yhteensä"]


def test_demo_weeks_match_an_independent_count(db: Database, tmp_path: Path) -> None:
    """The workbook's totals against a plain count over the ORM objects, for each week of demo data."""
    from vauhdittamo.services.demo import generate_demo

    today = dt.date(2026, 11, 25)
    now = dt.datetime(2026, 11, 25, 10, 0, tzinfo=HELSINKI)
    generate_demo(db, clients=400, weeks=4, seed=3, today=today)
    with db.session(acting(db)) as s:
        week = IsoWeek.containing(today)
        for _ in range(4):
            out = tmp_path / f"{week}.xlsx"
            result = export_attendance(s, week, out, generated_at=now)
            expected = expected_week(s, week, now)
            assert expected.present > 0 and result.rows == expected.rows
            check_against(out, expected)
            week = week.previous()


def test_past_weeks_stay_the_same_after_deleting_a_workshop_and_erasing_clients(
    db: Database, staff_id: str, tmp_path: Path
) -> None:
    """The issue's week 47: exported again after a workshop was deleted and clients erased, nothing moves."""
    from vauhdittamo.services import retention, subject_access
    from vauhdittamo.services import workshops as ws
    from vauhdittamo.services.demo import generate_demo

    today = dt.date(2026, 11, 25)
    now = dt.datetime(2026, 11, 25, 10, 0, tzinfo=HELSINKI)
    generate_demo(db, clients=400, weeks=4, seed=5, today=today)
    weeks = [IsoWeek(2026, 46), IsoWeek(2026, 47)]
    with db.session(acting(db)) as s:
        before = {w: weekly_figures(s, w, now=now) for w in weeks}
        for w in weeks:
            export_attendance(s, w, tmp_path / f"before-{w}.xlsx", generated_at=now)
        codes_before = {
            r["Osallistujakoodi"].value for r in table(read(tmp_path / "before-2026-W47.xlsx")["Osallistumiset"])
        }
        # A workshop with attendance and a head count in week 47, and three people present that week.
        w47 = before[IsoWeek(2026, 47)]
        busiest = max(w47.workshops, key=lambda w: w.week.total)
        present = sorted(
            {
                m.client_id
                for m, on in s.query(AttendanceMark, WorkshopSession.session_date).join(
                    WorkshopSession, WorkshopSession.id == AttendanceMark.session_id
                )
                if m.deleted_at is None and m.status == PRESENT and on in IsoWeek(2026, 47)
            }
        )
        erased, anonymised = present[:2], present[2:4]
    assert busiest.week.anonymous > 0 and busiest.week.present > 0
    with db.transaction(acting(db)) as s:
        ws.delete_workshop(s, busiest.workshop_id)
        for client_id in erased:
            assert subject_access.erase_client(s, client_id, subject_access.ErasureReason.CLIENT_REQUEST)
        retention.erase_personal_data(s, [s.get(Client, c) for c in anonymised], utcnow())  # type: ignore[misc]
    with db.session(acting(db)) as s:
        for w in weeks:
            after = weekly_figures(s, w, now=now)
            assert after.total == before[w].total
            assert {x.workshop_id: (x.days, x.week) for x in after.workshops} == {
                x.workshop_id: (x.days, x.week) for x in before[w].workshops
            }
            out = tmp_path / f"after-{w}.xlsx"
            export_attendance(s, w, out, generated_at=now)
            check_against(out, expected_week(s, w, now))
            assert grand_total(out) == grand_total(tmp_path / f"before-{w}.xlsx")
        deleted_name = next(x.name for x in after.workshops if x.workshop_id == busiest.workshop_id)
    assert deleted_name == f"{busiest.name} (poistettu)"
    detail = table(read(tmp_path / "after-2026-W47.xlsx")["Osallistumiset"])
    hidden = [r for r in detail if r["Asiakas"].value == "Anonymisoitu"]
    assert hidden and all(r["Osallistujakoodi"].value is None and r["Kotikunta"].value is None for r in hidden)
    assert not any("Anonymised" in str(r["Asiakas"].value) for r in detail)
    assert {r["Osallistujakoodi"].value for r in detail} == codes_before - {
        participant_code(c) for c in erased + anonymised
    } | {None}


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
        assert weekly_figures(s, W47).total.present == 8
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
    assert entry.detail == f"week=2026-W47 rows=3 workshops={ids.koli} names=yes"


# --------------------------------------------------------------------------- sessions not held


def test_upcoming_and_unmarked_sessions_are_shown_as_such(db: Database, coordinator: str, tmp_path: Path) -> None:
    """Only a session with attendance recorded counts as held; the others are not a session nobody came to."""
    with db.transaction(acting(db)) as s:
        b = Builder(s)
        workshop = b.workshop("Vauhdittamo START")
        client = b.client("Aino", "Aalto", dt.date(2000, 1, 1))
        b.mark(b.session(workshop, day(16)), client)  # held
        b.session(workshop, day(17), anonymous=3)  # held: only a head count
        b.session(workshop, day(18))  # ended, nothing recorded
        b.session(workshop, day(19), 9, 12)  # ends at noon on the day "now" falls on
        b.session(workshop, day(19), 13, 15)  # later that day
        b.session(workshop, day(20), cancelled=True)
        b.session(workshop, day(21))  # a day later
    now = dt.datetime(2026, 11, 19, 12, 30, tzinfo=HELSINKI)
    out = tmp_path / "kesken.xlsx"
    with db.session(acting(db)) as s:
        figures = weekly_figures(s, W47, now=now)
        export_attendance(s, W47, out, generated_at=now.astimezone(dt.UTC))
    assert figures.total == Counts(
        sessions=2, unmarked=2, upcoming=2, cancelled=1, present=1, participants=1, under_30=1, anonymous=3
    )
    days = {d.day: d.counts for d in figures.workshops[0].days}
    assert days[day(18)] == Counts(unmarked=1) and days[day(21)] == Counts(upcoming=1)
    assert days[day(19)] == Counts(unmarked=1, upcoming=1)
    book = read(out)
    rows = table(book["Istunnot"])
    assert [(r["Päivämäärä"].value.day, r["Tila"].value, r["Läsnä"].value, r["Nimettömät"].value) for r in rows] == [
        (16, "Pidetty", 1, 0),
        (17, "Pidetty", 0, 3),
        (18, "Merkitsemättä", None, None),
        (19, "Merkitsemättä", None, None),
        (19, "Tuleva", None, None),
        (20, "Peruttu", None, None),
        (21, "Tuleva", None, None),
    ]
    summary = summary_rows(out)
    grand = summary[("Kaikki pajat yhteensä", "koko viikko")]
    assert (grand["Pidetyt"], grand["Tulevat"], grand["Merkitsemättä"], grand["Peruttu"]) == (2, 2, 2, 1)
    assert summary[("Vauhdittamo START", day(18))]["Merkitsemättä"] == 1
    # Later, the same week has nothing upcoming left.
    with db.session(acting(db)) as s:
        later = weekly_figures(s, W47, now=dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)).total
    assert (later.upcoming, later.unmarked, later.sessions) == (0, 4, 2)


# --------------------------------------------------------------------------- deleting a workshop


def test_deleting_a_workshop_keeps_its_attendance_in_the_report(db: Database, coordinator: str) -> None:
    """The delete confirmation promises that marked attendance stays in the reports: head counts too."""
    from vauhdittamo.services import workshops as ws

    with db.transaction(acting(db)) as s:
        b = Builder(s)
        workshop = b.workshop("Kahvilakurssi")
        client = b.client("Aino", "Aalto", dt.date(2000, 1, 1))
        b.mark(b.session(workshop, day(16)), client)
        counted = b.session(workshop, day(17), anonymous=4)  # only an anonymous head count
        empty = b.session(workshop, day(18))  # nothing recorded
        b.session(workshop, day(19), anonymous=2, cancelled=True)
    now = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
    with db.session(acting(db)) as s:
        before = weekly_figures(s, W47, now=now)
    with db.transaction(acting(db)) as s:
        ws.delete_workshop(s, workshop.id)
    with db.session(acting(db)) as s:
        sessions = {x.id: x for x in s.query(WorkshopSession)}
        assert sessions[counted.id].deleted_at is None  # kept with its count
        assert sessions[empty.id].deleted_at is not None
        after = weekly_figures(s, W47, now=now)
    assert before.total == Counts(sessions=2, unmarked=1, cancelled=1, present=1, participants=1, under_30=1,
                                  anonymous=4)
    # The empty session went with the workshop; every attendance stays.
    assert after.total == Counts(**{**before.total.__dict__, "unmarked": 0})
    (only,) = after.workshops
    assert only.name == "Kahvilakurssi (poistettu)" and only.deleted


def test_head_counts_of_sessions_deleted_with_their_workshop_still_count(db: Database, coordinator: str) -> None:
    """Sessions with only a head count that an earlier version deleted with their workshop count again."""
    with db.transaction(acting(db)) as s:
        b = Builder(s)
        workshop = b.workshop("Vanha paja", deleted=True)
        b.session(workshop, day(17), anonymous=5, deleted=True)
        b.session(workshop, day(18), deleted=True)  # nothing recorded: left out
    with db.session(acting(db)) as s:
        figures = weekly_figures(s, W47)
    assert figures.total == Counts(sessions=1, anonymous=5)
    assert [w.name for w in figures.workshops] == ["Vanha paja (poistettu)"]


# --------------------------------------------------------------------------- printing


def test_every_sheet_prints_with_its_headings_and_page_numbers(db: Database, coordinator: str, tmp_path: Path) -> None:
    build_week_47(db)
    out = tmp_path / "viikko.xlsx"
    with db.session(acting(db)) as s:
        export_attendance(s, W47, out)
    book = read(out)
    title_rows = {"Yhteenveto": "$1:$4", "Osallistumiset": "$1:$1", "Istunnot": "$1:$1"}
    for sheet in book.worksheets:
        assert sheet.print_title_rows == title_rows[sheet.title]
        assert sheet.oddFooter.left.text == "&A"  # the sheet's name
        assert sheet.oddFooter.right.text == "Sivu &P / &N"
        assert sheet.oddHeader.center.text == "Pajojen osallistuminen, viikko 47/2026 (16.11.–22.11.2026)"
        assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    with zipfile.ZipFile(out) as archive:
        names = archive.read("xl/workbook.xml").decode()
    assert names.count('name="_xlnm.Print_Titles"') == 3


# --------------------------------------------------------------------------- codes and a workbook without names


def test_a_person_has_the_same_code_in_every_week(db: Database, coordinator: str, tmp_path: Path) -> None:
    """Two clients share a name; the codes tell them apart and find each across weeks."""
    with db.transaction(acting(db)) as s:
        b = Builder(s)
        workshop = b.workshop("Vauhdittamo START")
        first = b.client("Aino", "Aalto", dt.date(2000, 1, 1))
        second = b.client("Aino", "Aalto", dt.date(1999, 5, 5))
        for on in (day(17), day(24)):
            session = b.session(workshop, on)
            b.mark(session, first)
            b.mark(session, second)
    codes: dict[IsoWeek, list[str]] = {}
    with db.session(acting(db)) as s:
        for week in (W47, W47.next()):
            export_attendance(s, week, tmp_path / f"{week}.xlsx")
            codes[week] = sorted(values(table(read(tmp_path / f"{week}.xlsx")["Osallistumiset"]), "Osallistujakoodi"))
    assert codes[W47] == codes[W47.next()] == sorted([participant_code(first.id), participant_code(second.id)])
    assert len(set(codes[W47])) == 2


def test_a_workbook_without_names_keeps_codes_and_figures(db: Database, coordinator: str, tmp_path: Path) -> None:
    ids = build_week_47(db)
    with db.transaction(acting(db)) as s:  # a cancellation reason naming someone
        thursday = s.query(WorkshopSession).filter(WorkshopSession.session_date == day(19)).one()
        thursday.cancel_reason = "Aino Aalto sairastui"
    named, anonymous = tmp_path / "nimet.xlsx", tmp_path / "ilman.xlsx"
    with db.session(acting(db)) as s:
        with_names = export_attendance(s, W47, named, generated_at=GENERATED)
        without = export_attendance(s, W47, anonymous, generated_at=GENERATED, with_names=False)
        clients = s.query(Client).all()
    assert without.figures == with_names.figures and without.rows == with_names.rows
    assert not without.with_names and with_names.with_names
    book = read(anonymous)
    detail = book["Osallistumiset"]
    assert [c.value for c in detail[1]] == list(ae.DETAIL_HEADERS_WITHOUT_NAMES)
    assert not {"Asiakas", "Kotikunta", "Kylä"} & set(ae.DETAIL_HEADERS_WITHOUT_NAMES)
    assert [c.value for c in book["Istunnot"][1]] == list(ae.SESSION_HEADERS_WITHOUT_NAMES)
    assert "Peruutuksen syy" not in ae.SESSION_HEADERS_WITHOUT_NAMES
    rows = table(detail)
    named_rows = table(read(named)["Osallistumiset"])
    assert values(rows, "Osallistujakoodi") == values(named_rows, "Osallistujakoodi")
    assert values(rows, "Ikäryhmä") == values(named_rows, "Ikäryhmä")
    assert values(rows, "Läsnä (lkm)") == values(named_rows, "Läsnä (lkm)")
    assert values(rows, "Osallistuja") == [
        "Asiakas" if r["Asiakas"].value not in ("Nimetön", "Anonymisoitu") else r["Asiakas"].value
        for r in named_rows
    ]
    assert grand_total(anonymous) == grand_total(named)
    # No name, home municipality, village or free text anywhere in the file.
    everything = " ".join(
        str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value
    )
    for client in clients:
        assert f"{client.last_name}, {client.first_name}" not in everything
        if client.deleted_at is None:  # (the deleted one is called "Poistettu Asiakas": words of the workbook)
            for word in (client.first_name, client.last_name):
                assert word not in everything, word
    for word in ("Lieksa,", "Juuka", "Koli", "sairastui", "Ohjaaja"):
        if word == "Koli":
            assert "Koli" not in everything.replace("Kyläpaja Koli", ""), word
        else:
            assert word not in everything, word
    sheet = book["Yhteenveto"]
    assert sheet.cell(sheet.max_row - 1, 1).value == ae.WITHOUT_NAMES_NOTE
    with db.transaction(acting(db)) as s:
        record_export(s, without)
    with db.session(acting(db)) as s:
        (entry,) = s.query(AuditEntry).filter(AuditEntry.action == AuditAction.EXPORTED).all()
    assert entry.detail == f"week=2026-W47 rows=11 workshops={ids.koli},{ids.start} names=no"
