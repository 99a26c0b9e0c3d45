"""The weekly workshop attendance report for funders and managers: figures and an Excel workbook.

:func:`weekly_figures` counts a week's attendance (for showing on screen); :func:`export_attendance`
writes the same figures and every attendance row to an ``.xlsx`` workbook in Finnish (the file
goes to Finnish funders, so its sheet names and headings are Finnish whatever the interface
language). Both read the database through the same stream of rows, so the summary always adds
up to the detail.

What counts:

* weeks are ISO weeks of the sessions' Helsinki dates (:class:`~vauhdittamo.services.isoweek.IsoWeek`);
* deleted workshops, sessions and marks, and marks of deleted clients, are left out;
* a cancelled session counts as cancelled (``Peruttu``) only: marks and anonymous head counts
  recorded on it are left out of every figure and of the detail rows;
* a participant's age group is the one on the session date; in weekly figures each participant
  counts once, in the age group of their first day present that week.

Workbook sheets: ``Yhteenveto`` (per workshop and day, workshop subtotals and a grand total),
``Osallistumiset`` (one row per attendance mark, plus one row per session with anonymous
participants) and ``Istunnot`` (every session with its time, place and cancellation).
"""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, ValidationError
from vauhdittamo.models import (
    AgeGroup,
    AttendanceMark,
    AttendanceStatus,
    AuditAction,
    Client,
    Workshop,
    WorkshopSession,
    age_group_for,
)
from vauhdittamo.services import audit
from vauhdittamo.services import spreadsheet as xl
from vauhdittamo.services.isoweek import IsoWeek
from vauhdittamo.services.permissions import Permission, require, require_signed_in
from vauhdittamo.timeutil import format_date, to_local, utcnow

MSG_UNKNOWN_WORKSHOP = QT_TRANSLATE_NOOP(
    "errors", "Unknown workshop: {name}. Give the workshop's name or id as it is in the workshop list."
)
MSG_AMBIGUOUS_WORKSHOP = QT_TRANSLATE_NOOP(
    "errors", "{count} workshops are called {name}; give the id of the one you mean: {ids}."
)

Progress = Callable[[float], None]
"""Called with the share done, 0.0 … 1.0."""

PROGRESS_EVERY = 500  # rows

# --------------------------------------------------------------------------- workbook words (Finnish)

SHEET_SUMMARY = "Yhteenveto"
SHEET_DETAIL = "Osallistumiset"
SHEET_SESSIONS = "Istunnot"

WEEKDAYS = ("ma", "ti", "ke", "to", "pe", "la", "su")
AGE_GROUP_WORDS = {AgeGroup.UNDER_30: "alle 30", AgeGroup.AGE_30_PLUS: "30 ja yli", AgeGroup.UNKNOWN: "ei tiedossa"}
STATUS_WORDS = {
    AttendanceStatus.PRESENT: "läsnä",
    AttendanceStatus.ABSENT: "poissa",
    AttendanceStatus.EXCUSED: "poissa luvan kanssa",
}
YES, NO = "kyllä", "ei"
ANONYMOUS_NAME = "Nimetön"

SUMMARY_HEADERS = (
    "Paja",
    "Päivä",
    "Viikonpäivä",
    "Istunnot",
    "Peruttu",
    "Läsnä",
    "Eri osallistujat *",
    "Alle 30 v",
    "30 v ja yli",
    "Ikä ei tiedossa",
    "Nimettömät",
    "Yhteensä",
)
SUMMARY_WIDTHS = (34, 11, 12, 10, 9, 8, 18, 10, 11, 15, 12, 10)
SUMMARY_HEADER_ROW = 4
WEEK_LABEL = "koko viikko"
GRAND_TOTAL_LABEL = "Kaikki pajat yhteensä"
# Short lines, so that the notes stay within the printed width of the summary (landscape A4).
FOOTNOTES = (
    "* Eri osallistujat: päivän riveillä eri henkilöt, jotka olivat läsnä sinä päivänä; yhteensä-riveillä",
    "  eri henkilöt koko viikolta (sama henkilö lasketaan kerran, vaikka hän olisi ollut läsnä useana päivänä",
    "  tai useassa istunnossa).",
    "  Siksi yhteensä-rivin luku voi olla pienempi kuin päivien summa.",
    "Ikäryhmä on ikä istuntopäivänä; yhteensä-riveillä henkilön viikon ensimmäisenä läsnäolopäivänä.",
    "Nimettömät: läsnä olleet, joista ei ole asiakastietoja. Yhteensä = Läsnä + Nimettömät.",
    "Peruttujen istuntojen merkintöjä ei lasketa.",
)
GENERATED = "Luotu {day} klo {time} (Suomen aikaa), Vauhdittamo desk."

DETAIL_HEADERS = (
    "Päivämäärä",
    "Viikonpäivä",
    "Paja",
    "Istunto",
    "Asiakas",
    "Ikäryhmä",
    "Kotikunta",
    "Kylä",
    "Tila",
    "Saapui",
    "Lähti",
    "Pudotus",
    "Lukumäärä",
)
DETAIL_WIDTHS = (12, 12, 30, 12, 28, 12, 16, 16, 20, 8, 8, 9, 11)

SESSION_HEADERS = (
    "Päivämäärä",
    "Viikonpäivä",
    "Paja",
    "Alkaa",
    "Päättyy",
    "Paikka",
    "Peruttu",
    "Peruutuksen syy",
    "Läsnä",
    "Poissa",
    "Poissa luvan kanssa",
    "Nimettömät",
)
SESSION_WIDTHS = (12, 12, 30, 8, 8, 24, 9, 30, 8, 8, 12, 11)


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class Counts:
    """Attendance counts of one scope: a workshop's day, a workshop's week, or the whole week.

    ``participants`` and the age groups count different people (each person once in the scope);
    ``present`` counts attendances (a person in two sessions counts twice).
    """

    sessions: int = 0  # held (not cancelled)
    cancelled: int = 0
    present: int = 0
    absent: int = 0
    excused: int = 0
    participants: int = 0
    under_30: int = 0
    age_30_plus: int = 0
    age_unknown: int = 0
    anonymous: int = 0

    @property
    def total(self) -> int:
        """Present clients and anonymous participants."""
        return self.present + self.anonymous


@dataclass(frozen=True)
class DayFigures:
    day: dt.date
    counts: Counts


@dataclass(frozen=True)
class WorkshopFigures:
    workshop_id: str
    name: str
    days: tuple[DayFigures, ...]  # days with at least one session, in order
    week: Counts  # participants: different people over the whole week


@dataclass(frozen=True)
class WeeklyFigures:
    week: IsoWeek
    workshops: tuple[WorkshopFigures, ...]  # by name
    total: Counts  # participants: different people over the week in any of the workshops
    detail_rows: int  # rows of the detail sheet: marks plus sessions with anonymous participants


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    week: IsoWeek
    figures: WeeklyFigures
    rows: int  # detail rows written
    size_bytes: int


# --------------------------------------------------------------------------- reading the database


class _SessionInfo(NamedTuple):
    id: str
    workshop_id: str
    workshop_name: str
    day: dt.date
    start: dt.time
    end: dt.time
    place: str
    cancelled: bool
    cancel_reason: str
    anonymous: int


class _ClientInfo(NamedTuple):
    name: str  # "Last, First"
    sort_key: tuple[str, str]
    birth_date: dt.date | None
    municipality: str
    village: str


class _Row(NamedTuple):
    """One detail row; sorted by the leading fields."""

    start: dt.time
    end: dt.time
    workshop_key: str
    workshop_id: str
    session_id: str
    anonymous_row: bool  # after the session's clients
    client_key: tuple[str, str]
    client_id: str
    day: dt.date
    workshop_name: str
    name: str
    age_group: AgeGroup
    municipality: str
    village: str
    status: AttendanceStatus
    drop_in: bool | None
    time_in: dt.time | None
    time_out: dt.time | None
    head_count: int  # 1 for a client, the head count for the anonymous row


_NORDIC = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y", "w": "v"})


def sort_key(text: str) -> str:
    """A key sorting like the Finnish alphabet: case-insensitive, z < å < ä < ö, é as e."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_NORDIC))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _scope(week: IsoWeek, workshop_ids: Sequence[str] | None) -> list[ColumnElement[bool]]:
    conditions = [
        WorkshopSession.deleted_at.is_(None),
        Workshop.deleted_at.is_(None),
        WorkshopSession.session_date >= week.monday,
        WorkshopSession.session_date <= week.sunday,
    ]
    if workshop_ids is not None:
        conditions.append(WorkshopSession.workshop_id.in_(list(workshop_ids)))
    return conditions


_SelectT = TypeVar("_SelectT", bound=Select[*tuple[Any, ...]])


def _marks_from(stmt: _SelectT, week: IsoWeek, workshop_ids: Sequence[str] | None) -> _SelectT:
    """*stmt* limited to the live marks of live clients in the week's held sessions."""
    return (
        stmt.join(WorkshopSession, WorkshopSession.id == AttendanceMark.session_id)
        .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
        .join(Client, Client.id == AttendanceMark.client_id)
        .where(
            *_scope(week, workshop_ids),
            WorkshopSession.cancelled.is_(False),
            AttendanceMark.deleted_at.is_(None),
            Client.deleted_at.is_(None),
        )
    )


@dataclass
class _WeekData:
    week: IsoWeek
    sessions: dict[str, _SessionInfo]
    workshops: dict[str, str]  # id -> name: those with sessions, and every live one asked for
    clients: dict[str, _ClientInfo]
    mark_count: int
    marks: Iterable[Any]  # (session_id, client_id, status, drop_in, time_in, time_out, age_group) by date

    @property
    def anonymous_rows(self) -> int:
        return sum(1 for s in self.sessions.values() if s.anonymous > 0 and not s.cancelled)


def _read_week(session: Session, week: IsoWeek, workshop_ids: Sequence[str] | None) -> _WeekData:
    """The week's sessions, clients and mark count, and the marks as a stream (columns, not objects).

    The queries run in the session's one transaction, so they all see the same state of the database.
    """
    sessions = {
        row.id: _SessionInfo(
            row.id,
            row.workshop_id,
            row.name,
            row.session_date,
            row.start_time,
            row.end_time,
            row.place,
            bool(row.cancelled),
            row.cancel_reason,
            max(0, row.anonymous_count or 0),
        )
        for row in session.execute(
            select(
                WorkshopSession.id,
                WorkshopSession.workshop_id,
                Workshop.name,
                WorkshopSession.session_date,
                WorkshopSession.start_time,
                WorkshopSession.end_time,
                WorkshopSession.place,
                WorkshopSession.cancelled,
                WorkshopSession.cancel_reason,
                WorkshopSession.anonymous_count,
            )
            .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
            .where(*_scope(week, workshop_ids))
        )
    }
    workshops = {s.workshop_id: s.workshop_name for s in sessions.values()}
    if workshop_ids:
        chosen = select(Workshop.id, Workshop.name).where(Workshop.deleted_at.is_(None), Workshop.id.in_(workshop_ids))
        workshops.update({wid: name for wid, name in session.execute(chosen)})
    present_ids = _marks_from(select(AttendanceMark.client_id), week, workshop_ids)
    clients = {
        row.id: _ClientInfo(
            f"{row.last_name}, {row.first_name}",
            (sort_key(row.last_name), sort_key(row.first_name)),
            row.birth_date,
            row.municipality,
            row.village,
        )
        for row in session.execute(
            select(
                Client.id, Client.first_name, Client.last_name, Client.birth_date, Client.municipality, Client.village
            ).where(Client.id.in_(present_ids.scalar_subquery()))
        )
    }
    mark_count = session.scalar(_marks_from(select(func.count()).select_from(AttendanceMark), week, workshop_ids))
    marks = session.execute(
        _marks_from(
            select(
                AttendanceMark.session_id,
                AttendanceMark.client_id,
                AttendanceMark.status,
                AttendanceMark.drop_in,
                AttendanceMark.time_in,
                AttendanceMark.time_out,
                AttendanceMark.age_group,
            ),
            week,
            workshop_ids,
        )
        .order_by(WorkshopSession.session_date)
        .execution_options(yield_per=2000)
    )
    return _WeekData(week, sessions, workshops, clients, int(mark_count or 0), marks)


def _rows(data: _WeekData) -> Iterator[_Row]:
    """Every detail row in order: by date, start time, workshop, client name (anonymous last)."""
    sessions, clients = data.sessions, data.clients
    workshop_keys = {wid: sort_key(name) for wid, name in data.workshops.items()}
    marks_by_day = itertools.groupby(data.marks, key=lambda m: sessions[m[0]].day)
    pending = next(marks_by_day, None)
    for day in data.week.days():
        rows: list[_Row] = []
        if pending is not None and pending[0] == day:
            for session_id, client_id, status, drop_in, time_in, time_out, kept_group in pending[1]:
                s = sessions[session_id]
                c = clients[client_id]
                rows.append(
                    _Row(
                        s.start,
                        s.end,
                        workshop_keys[s.workshop_id],
                        s.workshop_id,
                        s.id,
                        False,
                        c.sort_key,
                        client_id,
                        day,
                        s.workshop_name,
                        c.name,
                        # After anonymisation the birth date is gone and the mark keeps the age group.
                        kept_group if c.birth_date is None and kept_group else age_group_for(c.birth_date, day),
                        c.municipality,
                        c.village,
                        AttendanceStatus(status),
                        bool(drop_in),
                        time_in,
                        time_out,
                        1,
                    )
                )
            pending = next(marks_by_day, None)
        for s in sessions.values():
            if s.day == day and s.anonymous and not s.cancelled:
                rows.append(
                    _Row(
                        s.start,
                        s.end,
                        workshop_keys[s.workshop_id],
                        s.workshop_id,
                        s.id,
                        True,
                        ("", ""),
                        "",
                        day,
                        s.workshop_name,
                        ANONYMOUS_NAME,
                        AgeGroup.UNKNOWN,
                        "",
                        "",
                        AttendanceStatus.PRESENT,
                        None,
                        None,
                        None,
                        s.anonymous,
                    )
                )
        rows.sort()
        yield from rows


@dataclass
class _Tally:
    """Counts being gathered for one scope."""

    sessions: int = 0
    cancelled: int = 0
    present: int = 0
    absent: int = 0
    excused: int = 0
    anonymous: int = 0
    people: dict[str, AgeGroup] = field(default_factory=dict)  # present clients: first age group seen

    def add(self, row: _Row) -> None:
        if row.anonymous_row:
            self.anonymous += row.head_count
        elif row.status is AttendanceStatus.PRESENT:
            self.present += 1
            self.people.setdefault(row.client_id, row.age_group)
        elif row.status is AttendanceStatus.ABSENT:
            self.absent += 1
        else:
            self.excused += 1

    def counts(self) -> Counts:
        groups = list(self.people.values())
        return Counts(
            sessions=self.sessions,
            cancelled=self.cancelled,
            present=self.present,
            absent=self.absent,
            excused=self.excused,
            participants=len(groups),
            under_30=groups.count(AgeGroup.UNDER_30),
            age_30_plus=groups.count(AgeGroup.AGE_30_PLUS),
            age_unknown=groups.count(AgeGroup.UNKNOWN),
            anonymous=self.anonymous,
        )


class _Figures:
    """Gathers :class:`WeeklyFigures` and per-session counts from the detail rows."""

    def __init__(self, data: _WeekData) -> None:
        self.data = data
        self.days: dict[tuple[str, dt.date], _Tally] = {}
        self.weeks: dict[str, _Tally] = {wid: _Tally() for wid in data.workshops}
        self.total = _Tally()
        self.per_session: dict[str, _Tally] = {}
        for s in data.sessions.values():
            for tally in (self._day(s.workshop_id, s.day), self.weeks[s.workshop_id], self.total):
                if s.cancelled:
                    tally.cancelled += 1
                else:
                    tally.sessions += 1
        self.rows = 0

    def _day(self, workshop_id: str, day: dt.date) -> _Tally:
        tally = self.days.get((workshop_id, day))
        if tally is None:
            tally = self.days[(workshop_id, day)] = _Tally()
        return tally

    def add(self, row: _Row) -> None:
        self.rows += 1
        self._day(row.workshop_id, row.day).add(row)
        self.weeks[row.workshop_id].add(row)
        self.total.add(row)
        session = self.per_session.get(row.session_id)
        if session is None:
            session = self.per_session[row.session_id] = _Tally()
        session.add(row)

    def result(self) -> WeeklyFigures:
        order = sorted(self.data.workshops.items(), key=lambda item: (sort_key(item[1]), item[1], item[0]))
        workshops = tuple(
            WorkshopFigures(
                workshop_id=wid,
                name=name,
                days=tuple(
                    DayFigures(day, self.days[(wid, day)].counts())
                    for day in self.data.week.days()
                    if (wid, day) in self.days
                ),
                week=self.weeks[wid].counts(),
            )
            for wid, name in order
        )
        return WeeklyFigures(self.data.week, workshops, self.total.counts(), self.rows)


def weekly_figures(session: Session, week: IsoWeek, workshop_ids: Sequence[str] | None = None) -> WeeklyFigures:
    """The week's attendance figures, the same as the exported workbook shows.

    *workshop_ids*: ``None`` for every workshop, otherwise only these (see :func:`resolve_workshops`).
    """
    require_signed_in(session)
    data = _read_week(session, week, workshop_ids)
    figures = _Figures(data)
    for row in _rows(data):
        figures.add(row)
    return figures.result()


# --------------------------------------------------------------------------- choosing workshops


def resolve_workshops(session: Session, names_or_ids: Iterable[str]) -> list[str]:
    """The ids of live workshops given by id or by name (case-insensitive), in the order given.

    Raises :class:`ValidationError` (field ``workshop``) for an unknown name and for a name that
    several workshops share (the message lists their ids).
    """
    require_signed_in(session)
    live = list(session.execute(select(Workshop.id, Workshop.name).where(Workshop.deleted_at.is_(None))))
    by_id = {wid: wid for wid, _ in live}
    by_name: dict[str, list[str]] = {}
    for wid, name in live:
        by_name.setdefault(name.strip().casefold(), []).append(wid)
    result: list[str] = []
    for given in names_or_ids:
        text = given.strip()
        if text in by_id:
            found = text
        else:
            matches = by_name.get(text.casefold(), [])
            if not matches:
                raise ValidationError(MSG_UNKNOWN_WORKSHOP, field="workshop", name=text or '""')
            if len(matches) > 1:
                raise ValidationError(
                    MSG_AMBIGUOUS_WORKSHOP,
                    field="workshop",
                    name=text,
                    count=len(matches),
                    ids=", ".join(sorted(matches)),
                )
            found = matches[0]
        if found not in result:
            result.append(found)
    return result


# --------------------------------------------------------------------------- the workbook


def week_title(week: IsoWeek) -> str:
    """``Pajojen osallistuminen, viikko 47/2026 (16.11.–22.11.2026)``."""
    monday, sunday = week.monday, week.sunday
    first = f"{monday.day}.{monday.month}." + ("" if monday.year == sunday.year else str(monday.year))
    return f"Pajojen osallistuminen, viikko {week.week}/{week.year} ({first}–{sunday.day}.{sunday.month}.{sunday.year})"


def _session_text(start: dt.time, end: dt.time) -> str:
    return f"{start.hour}.{start.minute:02d}–{end.hour}.{end.minute:02d}"


def _new_sheet(workbook: Any, title: str, widths: Sequence[float], freeze: str) -> Any:
    sheet = workbook.create_sheet(title)
    xl.set_column_widths(sheet, widths)
    sheet.freeze_panes = freeze
    xl.print_landscape_fit_to_width(sheet)
    return sheet


class _DetailWriter:
    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        self.styles = xl.Styles(sheet)
        sheet.append(self.styles.row(DETAIL_HEADERS, xl.HEADER))
        self.rows = 0
        self.texts: dict[str, Any] = {}  # the few repeated words, checked once

    def text(self, value: str) -> Any:
        if value in self.texts:
            return self.texts[value]
        cell = xl.safe_text(self.sheet, value)
        if (cell is None or isinstance(cell, str)) and len(self.texts) < 10_000:  # cells are never shared
            self.texts[value] = cell
        return cell

    def add(self, row: _Row) -> None:
        styles = self.styles
        self.sheet.append(
            (
                styles.date(row.day),
                WEEKDAYS[row.day.weekday()],
                self.text(row.workshop_name),
                _session_text(row.start, row.end),
                xl.safe_text(self.sheet, row.name),
                AGE_GROUP_WORDS[row.age_group],
                self.text(row.municipality),
                self.text(row.village),
                STATUS_WORDS[row.status],
                styles.time(row.time_in),
                styles.time(row.time_out),
                None if row.drop_in is None else YES if row.drop_in else NO,
                row.head_count,
            )
        )
        self.rows += 1

    def finish(self) -> None:
        self.sheet.auto_filter.ref = xl.table_ref(len(DETAIL_HEADERS), 1, self.rows + 1)


def _counts_cells(counts: Counts) -> tuple[int, ...]:
    return (
        counts.sessions,
        counts.cancelled,
        counts.present,
        counts.participants,
        counts.under_30,
        counts.age_30_plus,
        counts.age_unknown,
        counts.anonymous,
        counts.total,
    )


def _write_summary(sheet: Any, figures: WeeklyFigures, filtered: bool, generated_at: dt.datetime) -> None:
    styles = xl.Styles(sheet)
    sheet.append([styles.cell(week_title(figures.week), xl.TITLE)])
    names = ", ".join(w.name for w in figures.workshops)
    sheet.append([xl.safe_text(sheet, f"Pajat: {names}" if filtered else "Pajat: kaikki")])
    sheet.append([])
    sheet.append(styles.row(SUMMARY_HEADERS, xl.HEADER))
    for workshop in figures.workshops:
        for day in workshop.days:
            name = xl.safe_text(sheet, workshop.name)  # a new cell for every row: write-only cells are not shared
            sheet.append([name, styles.date(day.day), WEEKDAYS[day.day.weekday()], *_counts_cells(day.counts)])
        sheet.append(
            styles.row([f"{workshop.name} yhteensä", None, WEEK_LABEL, *_counts_cells(workshop.week)], xl.BOLD)
        )
    sheet.append(styles.row([GRAND_TOTAL_LABEL, None, WEEK_LABEL, *_counts_cells(figures.total)], xl.BOLD))
    sheet.append([])
    for note in FOOTNOTES:
        sheet.append([note])
    local = to_local(generated_at)
    sheet.append([GENERATED.format(day=format_date(local.date()), time=f"{local.hour}.{local.minute:02d}")])


def _write_sessions(sheet: Any, data: _WeekData, per_session: dict[str, _Tally]) -> None:
    styles = xl.Styles(sheet)
    sheet.append(styles.row(SESSION_HEADERS, xl.HEADER))
    workshop_keys = {wid: sort_key(name) for wid, name in data.workshops.items()}
    ordered = sorted(data.sessions.values(), key=lambda s: (s.day, s.start, workshop_keys[s.workshop_id], s.id))
    for s in ordered:
        tally = per_session.get(s.id, _Tally())
        counts: list[int | None] = (
            [None] * 4 if s.cancelled else [tally.present, tally.absent, tally.excused, s.anonymous]
        )
        sheet.append(
            [
                styles.date(s.day),
                WEEKDAYS[s.day.weekday()],
                xl.safe_text(sheet, s.workshop_name),
                styles.time(s.start),
                styles.time(s.end),
                xl.safe_text(sheet, s.place),
                YES if s.cancelled else NO,
                xl.safe_text(sheet, s.cancel_reason),
                *counts,
            ]
        )
    sheet.auto_filter.ref = xl.table_ref(len(SESSION_HEADERS), 1, len(ordered) + 1)


def export_attendance(
    session: Session,
    week: IsoWeek,
    out: Path,
    workshop_ids: list[str] | None = None,
    progress: Progress | None = None,
    *,
    generated_at: dt.datetime | None = None,
) -> ExportSummary:
    """Write the week's attendance workbook to *out* (replacing it) and return what was written.

    *workshop_ids*: ``None`` for every workshop, otherwise only these. The file is written beside
    *out* and renamed into place, so a failure never leaves a partial workbook; a target that
    cannot be written raises :class:`~vauhdittamo.errors.FileAccessError` before the work starts.
    *progress* is called with the share done, every :data:`PROGRESS_EVERY` rows.

    Only staff allowed to export reports may (:class:`~vauhdittamo.services.permissions.PermissionDenied`
    otherwise). Nothing is written to the database: record the export in the audit trail afterwards,
    in a transaction of its own, with :func:`record_export`.
    """
    require(session, Permission.EXPORT_REPORTS)
    out = Path(out)
    generated_at = generated_at or utcnow()
    with xl.atomic_target(out) as partial, xl.write_only_workbook() as workbook:
        data = _read_week(session, week, workshop_ids)
        expected = max(1, data.mark_count + data.anonymous_rows)
        figures = _Figures(data)
        summary_sheet = _new_sheet(workbook, SHEET_SUMMARY, SUMMARY_WIDTHS, f"A{SUMMARY_HEADER_ROW + 1}")
        detail = _DetailWriter(_new_sheet(workbook, SHEET_DETAIL, DETAIL_WIDTHS, "A2"))
        sessions_sheet = _new_sheet(workbook, SHEET_SESSIONS, SESSION_WIDTHS, "A2")
        if progress:
            progress(0.0)
        for row in _rows(data):
            figures.add(row)
            detail.add(row)
            if progress and detail.rows % PROGRESS_EVERY == 0:
                progress(min(0.95, 0.95 * detail.rows / expected))
        detail.finish()
        result = figures.result()
        _write_summary(summary_sheet, result, workshop_ids is not None, generated_at)
        _write_sessions(sessions_sheet, data, figures.per_session)
        workbook.save(partial)
    if progress:
        progress(1.0)
    return ExportSummary(path=out, week=week, figures=result, rows=detail.rows, size_bytes=out.stat().st_size)


def record_export(session: Session, summary: ExportSummary) -> None:
    """Note the export in the audit trail (in the caller's transaction): the week and counts, no names.

    Call it in a short transaction after :func:`export_attendance`: adding the entry in the export's
    own (reading) transaction would hold the database's write lock, or fail, while the file is written.
    """
    require(session, Permission.EXPORT_REPORTS)
    workshops = ",".join(w.workshop_id for w in summary.figures.workshops)
    audit.record(
        session,
        AuditAction.EXPORTED,
        audit.ENTITY_ATTENDANCE_EXPORT,
        detail=f"week={summary.week} rows={summary.rows} workshops={workshops or '-'}",
    )
