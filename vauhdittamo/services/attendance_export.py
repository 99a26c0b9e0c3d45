"""The weekly workshop attendance report for funders and managers: figures and an Excel workbook.

:func:`weekly_figures` counts a week's attendance (for showing on screen); :func:`export_attendance`
writes the same figures and every attendance row to an ``.xlsx`` workbook in Finnish (the file
goes to Finnish funders, so its sheet names and headings are Finnish whatever the interface
language). Both read the database through the same stream of rows, so the summary always adds
up to the detail.

What counts:

* weeks are ISO weeks of the sessions' Helsinki dates (:class:`~vauhdittamo.services.isoweek.IsoWeek`);
* a past week's figures stay as they were when records are removed later. Marks of clients who were
  erased, anonymised or deleted still count, anonymously (no name, no municipality, no code), in the
  age group saved on the mark (:attr:`AttendanceMark.age_group`). A session that holds attendance (a
  live mark or an anonymous head count) counts even after it or its workshop was deleted (deleting a
  workshop keeps such sessions, see :func:`vauhdittamo.services.workshops.delete_workshop`); a session
  without attendance counts only while it and its workshop are live. Deleted marks are left out;
* each session has a state (:class:`SessionState`): *held* when attendance is recorded on it,
  *upcoming* until it ends, *unmarked* when it ended without any, *cancelled*. Marks and anonymous
  head counts recorded on a cancelled session are left out of every figure and of the detail rows;
* a participant's age group is the one on the session date; in weekly figures each participant
  counts once, in the age group of their first day present that week.

Workbook sheets: ``Yhteenveto`` (per workshop and day, workshop subtotals and a grand total),
``Osallistumiset`` (one row per attendance mark, plus one row per session with anonymous
participants; each client's row carries the pseudonymous participant code of
:func:`~vauhdittamo.services.pseudonym.participant_code`) and ``Istunnot`` (every session with its
time, place and state). Every sheet prints on landscape A4, one page wide, with its header row on
every page and the sheet's name and page numbers in the footer.

*with_names* ``False`` makes a workbook that may leave the office: no names, municipalities,
villages or cancellation reasons (free text), but the codes, age groups and every figure.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

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
from vauhdittamo.services.pseudonym import participant_code
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


class SessionState(enum.StrEnum):
    """What became of a session, as the workbook shows it."""

    HELD = "held"  # attendance recorded (client marks or an anonymous head count)
    UPCOMING = "upcoming"  # not ended yet, nothing recorded
    UNMARKED = "unmarked"  # ended without any attendance recorded
    CANCELLED = "cancelled"


# --------------------------------------------------------------------------- workbook words (Finnish)

SHEET_SUMMARY = "Yhteenveto"
SHEET_DETAIL = "Osallistumiset"
SHEET_SESSIONS = "Istunnot"

WEEKDAYS = ("ma", "ti", "ke", "to", "pe", "la", "su")
AGE_GROUP_WORDS = {
    AgeGroup.UNDER_30: "alle 30-vuotias",
    AgeGroup.AGE_30_PLUS: "30 vuotta täyttänyt",
    AgeGroup.UNKNOWN: "ei tiedossa",
}
STATUS_WORDS = {
    AttendanceStatus.PRESENT: "läsnä",
    AttendanceStatus.ABSENT: "poissa",
    AttendanceStatus.EXCUSED: "poissa luvalla",
}
SESSION_STATE_WORDS = {
    SessionState.HELD: "Pidetty",
    SessionState.UPCOMING: "Tuleva",
    SessionState.UNMARKED: "Merkitsemättä",
    SessionState.CANCELLED: "Peruttu",
}
YES, NO = "kyllä", "ei"
ANONYMOUS_NAME = "Nimetön"  # the row of a session's anonymous head count
ANONYMISED_NAME = "Anonymisoitu"  # a client erased, anonymised or deleted since
CLIENT_WORD = "Asiakas"  # the Osallistuja column of a workbook without names: a client with a code
DELETED_WORKSHOP = "{name} (poistettu)"

SUMMARY_HEADERS = (
    "Paja",
    "Päivä",
    "Viikonpäivä",
    "Pidetyt",
    "Tulevat",
    "Merkitsemättä",
    "Peruttu",
    "Läsnä",
    "Eri osallistujat *",
    "Alle 30-vuotiaat",
    "30 vuotta täyttäneet",
    "Ikä ei tiedossa",
    "Nimettömät",
    "Yhteensä",
)
SUMMARY_WIDTHS = (34, 11, 12, 9, 9, 14, 9, 8, 12, 10, 11, 10, 12, 10)
SUMMARY_HEADER_ROW = 4
WEEK_LABEL = "koko viikko"
GRAND_TOTAL_LABEL = "Kaikki pajat yhteensä"
# Short lines, so that the notes stay within the printed width of the summary (landscape A4).
FOOTNOTES = (
    "* Eri osallistujat: päivän riveillä eri henkilöt, jotka olivat läsnä sinä päivänä; yhteensä-riveillä",
    "  eri henkilöt koko viikolta (sama henkilö lasketaan kerran, vaikka hän olisi ollut läsnä useana päivänä",
    "  tai useassa istunnossa). Siksi yhteensä-rivin luku voi olla pienempi kuin päivien summa.",
    "Ikäryhmä on ikä istuntopäivänä; yhteensä-riveillä henkilön viikon ensimmäisenä läsnäolopäivänä.",
    "Nimettömät: läsnä olleet, joista ei ole asiakastietoja. Yhteensä = Läsnä + Nimettömät.",
    "Istunnot: Pidetyt = osallistuminen merkitty; Tulevat = eivät ole vielä päättyneet; Merkitsemättä =",
    "  päättyneet ilman yhtään merkintää (ei tietoa, pidettiinkö). Peruttujen istuntojen merkintöjä ei lasketa.",
    "Osallistujakoodi (Osallistumiset-välilehti) on henkilön pysyvä tunnus, sama jokaisen viikon työkirjassa:",
    "  saman henkilön rivit eri viikoilta yhdistetään koodilla, ei nimellä. Koodista ei voi päätellä henkilöä.",
    "Anonymisoitu: asiakas, jonka henkilötiedot on sittemmin poistettu. Hänen osallistumisensa lasketaan",
    "  edelleen (ikäryhmä osallistumispäivältä), mutta nimeä, kotikuntaa ja koodia ei näytetä.",
    "Osallistumiset-välilehden Läsnä (lkm) -sarakkeen summa = Yhteensä (poissaolon rivillä 0).",
    "Poistettujen pajojen istunnot ovat mukana, jos niihin on merkitty osallistumisia.",
)
WITHOUT_NAMES_NOTE = "Tässä työkirjassa ei ole nimiä, kotikuntia, kyliä eikä peruutusten syitä."
GENERATED = "Luotu {day} klo {time} (Suomen aikaa), Vauhdittamo desk."
HEADER_ROW_HEIGHT = 30  # points: two lines of the wrapped headings
PAGE_FOOTER = "Sivu &P / &N"  # page N of M in Excel's header and footer codes
SHEET_NAME_CODE = "&A"


class _Column(NamedTuple):
    header: str
    width: float
    with_names: bool  # in a workbook with names
    without_names: bool  # in a workbook without names


_DETAIL_COLUMNS = (
    _Column("Päivämäärä", 12, True, True),
    _Column("Viikonpäivä", 11, True, True),
    _Column("Paja", 28, True, True),
    _Column("Istunto", 11, True, True),
    _Column("Asiakas", 26, True, False),
    _Column("Osallistuja", 14, False, True),
    _Column("Osallistujakoodi", 16, True, True),
    _Column("Ikäryhmä", 18, True, True),
    _Column("Kotikunta", 14, True, False),
    _Column("Kylä", 14, True, False),
    _Column("Tila", 18, True, True),
    _Column("Pudotus", 9, True, True),
    _Column("Saapui", 8, True, True),
    _Column("Lähti", 8, True, True),
    _Column("Läsnä (lkm)", 8, True, True),
)
_SESSION_COLUMNS = (
    _Column("Päivämäärä", 12, True, True),
    _Column("Viikonpäivä", 11, True, True),
    _Column("Paja", 28, True, True),
    _Column("Alkaa", 8, True, True),
    _Column("Päättyy", 8, True, True),
    _Column("Paikka", 30, True, True),
    _Column("Tila", 14, True, True),
    _Column("Peruutuksen syy", 30, True, False),
    _Column("Läsnä", 8, True, True),
    _Column("Poissa", 8, True, True),
    _Column("Poissa luvalla", 12, True, True),
    _Column("Nimettömät", 11, True, True),
)


def _columns(columns: Sequence[_Column], with_names: bool) -> tuple[_Column, ...]:
    return tuple(c for c in columns if (c.with_names if with_names else c.without_names))


def detail_headers(with_names: bool = True) -> tuple[str, ...]:
    """The detail sheet's column headings, with or without the identifying columns."""
    return tuple(c.header for c in _columns(_DETAIL_COLUMNS, with_names))


def session_headers(with_names: bool = True) -> tuple[str, ...]:
    return tuple(c.header for c in _columns(_SESSION_COLUMNS, with_names))


DETAIL_HEADERS = detail_headers(True)
DETAIL_HEADERS_WITHOUT_NAMES = detail_headers(False)
SESSION_HEADERS = session_headers(True)
SESSION_HEADERS_WITHOUT_NAMES = session_headers(False)


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class Counts:
    """Attendance counts of one scope: a workshop's day, a workshop's week, or the whole week.

    ``participants`` and the age groups count different people (each person once in the scope);
    ``present`` counts attendances (a person in two sessions counts twice). Sessions count by their
    :class:`SessionState`.
    """

    sessions: int = 0  # held: attendance recorded, not cancelled
    cancelled: int = 0
    present: int = 0
    absent: int = 0
    excused: int = 0
    participants: int = 0
    under_30: int = 0
    age_30_plus: int = 0
    age_unknown: int = 0
    anonymous: int = 0
    upcoming: int = 0  # not ended yet, nothing recorded
    unmarked: int = 0  # ended without any attendance recorded

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
    name: str  # as in the workbook: a deleted workshop's name says so
    days: tuple[DayFigures, ...]  # days with at least one session, in order
    week: Counts  # participants: different people over the whole week
    deleted: bool = False


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
    with_names: bool = True


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
    state: SessionState


class _ClientInfo(NamedTuple):
    name: str  # "Last, First"
    sort_key: tuple[str, str]
    birth_date: dt.date | None
    municipality: str
    village: str
    anonymised: bool  # erased, anonymised or deleted: shown without name, place or code


class _Kind(enum.IntEnum):
    """The kinds of detail rows, in their order within a session."""

    CLIENT = 0
    ANONYMISED = 1
    HEAD_COUNT = 2


class _Row(NamedTuple):
    """One detail row; sorted by the leading fields."""

    start: dt.time
    end: dt.time
    workshop_key: str
    workshop_id: str
    session_id: str
    kind: _Kind
    client_key: tuple[str, str]
    client_id: str
    day: dt.date
    workshop_name: str
    name: str
    code: str  # the participant code; empty for anonymised clients and head counts
    age_group: AgeGroup
    municipality: str
    village: str
    status: AttendanceStatus
    drop_in: bool | None
    time_in: dt.time | None
    time_out: dt.time | None
    head_count: int  # people present: 1 or 0 for a client, the head count for the anonymous row


_UNKNOWN_CLIENT = _ClientInfo(ANONYMISED_NAME, ("", ""), None, "", "", True)

_NORDIC = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y", "w": "v"})


def sort_key(text: str) -> str:
    """A key sorting like the Finnish alphabet: case-insensitive, z < å < ä < ö, é as e."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_NORDIC))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _scope(week: IsoWeek, workshop_ids: Sequence[str] | None) -> list[ColumnElement[bool]]:
    """The week's sessions that count (joined with their workshop): see the module's notes."""
    kept = aliased(AttendanceMark)
    holds_marks = (
        select(literal(1))
        .select_from(kept)
        .where(kept.session_id == WorkshopSession.id, kept.deleted_at.is_(None))
        .exists()
    )
    conditions = [
        WorkshopSession.session_date >= week.monday,
        WorkshopSession.session_date <= week.sunday,
        or_(
            and_(WorkshopSession.deleted_at.is_(None), Workshop.deleted_at.is_(None)),
            WorkshopSession.anonymous_count > 0,
            holds_marks,
        ),
    ]
    if workshop_ids is not None:
        conditions.append(WorkshopSession.workshop_id.in_(list(workshop_ids)))
    return conditions


_SelectT = TypeVar("_SelectT", bound=Select[*tuple[Any, ...]])


def _marks_from(stmt: _SelectT, week: IsoWeek, workshop_ids: Sequence[str] | None) -> _SelectT:
    """*stmt* limited to the live marks in the week's counted sessions that were not cancelled."""
    return (
        stmt.join(WorkshopSession, WorkshopSession.id == AttendanceMark.session_id)
        .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
        .where(
            *_scope(week, workshop_ids),
            WorkshopSession.cancelled.is_(False),
            AttendanceMark.deleted_at.is_(None),
        )
    )


def session_state(
    cancelled: bool, recorded: bool, day: dt.date, end: dt.time, now_local: dt.datetime
) -> SessionState:
    """A session's state at *now_local* (Helsinki time): cancelled, held, upcoming or unmarked."""
    if cancelled:
        return SessionState.CANCELLED
    if recorded:
        return SessionState.HELD
    if (day, end) > (now_local.date(), now_local.time()):
        return SessionState.UPCOMING
    return SessionState.UNMARKED


@dataclass
class _WeekData:
    week: IsoWeek
    sessions: dict[str, _SessionInfo]
    workshops: dict[str, str]  # id -> name: those with sessions, and every live one asked for
    deleted_workshops: set[str]
    clients: dict[str, _ClientInfo]
    mark_count: int
    marks: Iterable[Any]  # (session_id, client_id, status, drop_in, time_in, time_out, age_group) by date

    @property
    def anonymous_rows(self) -> int:
        return sum(1 for s in self.sessions.values() if s.anonymous > 0 and not s.cancelled)


def _read_week(
    session: Session, week: IsoWeek, workshop_ids: Sequence[str] | None, now: dt.datetime
) -> _WeekData:
    """The week's sessions, clients and mark count, and the marks as a stream (columns, not objects).

    The queries run in the session's one transaction, so they all see the same state of the database.
    """
    now_local = to_local(now)
    live_mark = aliased(AttendanceMark)
    recorded = (
        select(literal(1))
        .select_from(live_mark)
        .where(live_mark.session_id == WorkshopSession.id, live_mark.deleted_at.is_(None))
        .exists()
    )
    sessions: dict[str, _SessionInfo] = {}
    deleted_workshops: set[str] = set()
    for row in session.execute(
        select(
            WorkshopSession.id,
            WorkshopSession.workshop_id,
            Workshop.name,
            Workshop.deleted_at.label("workshop_deleted_at"),
            WorkshopSession.session_date,
            WorkshopSession.start_time,
            WorkshopSession.end_time,
            WorkshopSession.place,
            WorkshopSession.cancelled,
            WorkshopSession.cancel_reason,
            WorkshopSession.anonymous_count,
            recorded.label("recorded"),
        )
        .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
        .where(*_scope(week, workshop_ids))
    ):
        anonymous = max(0, row.anonymous_count or 0)
        name = row.name
        if row.workshop_deleted_at is not None:
            deleted_workshops.add(row.workshop_id)
            name = DELETED_WORKSHOP.format(name=name)
        sessions[row.id] = _SessionInfo(
            row.id,
            row.workshop_id,
            name,
            row.session_date,
            row.start_time,
            row.end_time,
            row.place,
            bool(row.cancelled),
            row.cancel_reason,
            anonymous,
            session_state(
                bool(row.cancelled), bool(row.recorded) or anonymous > 0, row.session_date, row.end_time, now_local
            ),
        )
    workshops = {s.workshop_id: s.workshop_name for s in sessions.values()}
    if workshop_ids:
        chosen = select(Workshop.id, Workshop.name).where(Workshop.deleted_at.is_(None), Workshop.id.in_(workshop_ids))
        workshops.update({wid: name for wid, name in session.execute(chosen)})
    marked_ids = _marks_from(select(AttendanceMark.client_id), week, workshop_ids)
    clients: dict[str, _ClientInfo] = {}
    for person in session.execute(
        select(
            Client.id,
            Client.first_name,
            Client.last_name,
            Client.birth_date,
            Client.municipality,
            Client.village,
            Client.deleted_at,
            Client.anonymised_at,
        ).where(Client.id.in_(marked_ids.scalar_subquery()))
    ):
        if person.deleted_at is not None or person.anonymised_at is not None:
            clients[person.id] = _ClientInfo(ANONYMISED_NAME, ("", ""), person.birth_date, "", "", True)
        else:
            clients[person.id] = _ClientInfo(
                f"{person.last_name}, {person.first_name}",
                (sort_key(person.last_name), sort_key(person.first_name)),
                person.birth_date,
                person.municipality,
                person.village,
                False,
            )
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
    return _WeekData(week, sessions, workshops, deleted_workshops, clients, int(mark_count or 0), marks)


def _age_group(client: _ClientInfo, kept: AgeGroup | None, day: dt.date) -> AgeGroup:
    """The age group on *day*: from the birth date, or (once that is erased) the one kept on the mark."""
    if client.birth_date is None and kept is not None:
        return AgeGroup(kept)
    return age_group_for(client.birth_date, day)


def _rows(data: _WeekData) -> Iterator[_Row]:
    """Every detail row in order: by date, start time, workshop, client name (anonymised, then anonymous last)."""
    sessions, clients = data.sessions, data.clients
    workshop_keys = {wid: sort_key(name) for wid, name in data.workshops.items()}
    marks_by_day = itertools.groupby(data.marks, key=lambda m: sessions[m[0]].day)
    pending = next(marks_by_day, None)
    for day in data.week.days():
        rows: list[_Row] = []
        if pending is not None and pending[0] == day:
            for session_id, client_id, status, drop_in, time_in, time_out, kept_group in pending[1]:
                s = sessions[session_id]
                c = clients.get(client_id, _UNKNOWN_CLIENT)
                state = AttendanceStatus(status)
                rows.append(
                    _Row(
                        s.start,
                        s.end,
                        workshop_keys[s.workshop_id],
                        s.workshop_id,
                        s.id,
                        _Kind.ANONYMISED if c.anonymised else _Kind.CLIENT,
                        c.sort_key,
                        client_id,
                        day,
                        s.workshop_name,
                        c.name,
                        "" if c.anonymised else participant_code(client_id),
                        _age_group(c, kept_group, day),
                        c.municipality,
                        c.village,
                        state,
                        bool(drop_in),
                        time_in,
                        time_out,
                        1 if state is AttendanceStatus.PRESENT else 0,
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
                        _Kind.HEAD_COUNT,
                        ("", ""),
                        "",
                        day,
                        s.workshop_name,
                        ANONYMOUS_NAME,
                        "",
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
    upcoming: int = 0
    unmarked: int = 0
    present: int = 0
    absent: int = 0
    excused: int = 0
    anonymous: int = 0
    people: dict[str, AgeGroup] = field(default_factory=dict)  # present clients: first age group seen

    def add_session(self, state: SessionState) -> None:
        if state is SessionState.HELD:
            self.sessions += 1
        elif state is SessionState.CANCELLED:
            self.cancelled += 1
        elif state is SessionState.UPCOMING:
            self.upcoming += 1
        else:
            self.unmarked += 1

    def add(self, row: _Row) -> None:
        if row.kind is _Kind.HEAD_COUNT:
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
            upcoming=self.upcoming,
            unmarked=self.unmarked,
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
                tally.add_session(s.state)
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
                deleted=wid in self.data.deleted_workshops,
            )
            for wid, name in order
        )
        return WeeklyFigures(self.data.week, workshops, self.total.counts(), self.rows)


def weekly_figures(
    session: Session,
    week: IsoWeek,
    workshop_ids: Sequence[str] | None = None,
    *,
    now: dt.datetime | None = None,
) -> WeeklyFigures:
    """The week's attendance figures, the same as the exported workbook shows.

    *workshop_ids*: ``None`` for every workshop (deleted ones too, where attendance was recorded),
    otherwise only these (see :func:`resolve_workshops`). *now* (default: the current time) tells
    upcoming sessions from unmarked ones.
    """
    require_signed_in(session)
    data = _read_week(session, week, workshop_ids, now or utcnow())
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


def _header_footer_text(text: str) -> str:
    """*text* for a page header or footer, where ``&`` starts a code."""
    return text.replace("&", "&&")


def _new_sheet(workbook: Any, title: str, widths: Sequence[float], header_row: int, page_title: str) -> Any:
    """A sheet printed on landscape A4 one page wide, its header row (and the rows above) on every page.

    Every page has *page_title* on top and the sheet's name and "Sivu N / M" at the foot. In write-only
    mode the widths and frozen panes must come before the first row; the print settings are written
    when the workbook is saved.
    """
    sheet = workbook.create_sheet(title)
    xl.set_column_widths(sheet, widths)
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.row_dimensions[header_row].height = HEADER_ROW_HEIGHT  # wrapped headings: two lines
    xl.print_landscape_fit_to_width(sheet)
    sheet.print_title_rows = f"1:{header_row}"
    sheet.oddHeader.center.text = _header_footer_text(page_title)
    sheet.oddHeader.center.size = 9
    sheet.oddFooter.left.text = SHEET_NAME_CODE
    sheet.oddFooter.left.size = 9
    sheet.oddFooter.right.text = PAGE_FOOTER
    sheet.oddFooter.right.size = 9
    return sheet


class _DetailWriter:
    def __init__(self, sheet: Any, with_names: bool) -> None:
        self.sheet = sheet
        self.with_names = with_names
        self.keep = [c.with_names if with_names else c.without_names for c in _DETAIL_COLUMNS]
        self.styles = xl.Styles(sheet)
        sheet.append(self.styles.row(detail_headers(with_names), xl.HEADER))
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
        named = row.kind is _Kind.CLIENT
        values = (
            styles.date(row.day),
            WEEKDAYS[row.day.weekday()],
            self.text(row.workshop_name),
            _session_text(row.start, row.end),
            xl.safe_text(self.sheet, row.name) if self.with_names else None,
            CLIENT_WORD if named else row.name,
            row.code or None,
            AGE_GROUP_WORDS[row.age_group],
            self.text(row.municipality) if self.with_names else None,
            self.text(row.village) if self.with_names else None,
            STATUS_WORDS[row.status],
            None if row.drop_in is None else YES if row.drop_in else NO,
            styles.time(row.time_in),
            styles.time(row.time_out),
            row.head_count,
        )
        self.sheet.append([value for value, keep in zip(values, self.keep, strict=True) if keep])
        self.rows += 1

    def finish(self) -> None:
        self.sheet.auto_filter.ref = xl.table_ref(sum(self.keep), 1, self.rows + 1)


def _counts_cells(counts: Counts) -> tuple[int, ...]:
    return (
        counts.sessions,
        counts.upcoming,
        counts.unmarked,
        counts.cancelled,
        counts.present,
        counts.participants,
        counts.under_30,
        counts.age_30_plus,
        counts.age_unknown,
        counts.anonymous,
        counts.total,
    )


def _write_summary(
    sheet: Any, figures: WeeklyFigures, filtered: bool, generated_at: dt.datetime, with_names: bool
) -> None:
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
    for note in FOOTNOTES if with_names else (*FOOTNOTES, WITHOUT_NAMES_NOTE):
        sheet.append([note])
    local = to_local(generated_at)
    sheet.append([GENERATED.format(day=format_date(local.date()), time=f"{local.hour}.{local.minute:02d}")])


def _write_sessions(sheet: Any, data: _WeekData, per_session: dict[str, _Tally], with_names: bool) -> None:
    styles = xl.Styles(sheet)
    keep = [c.with_names if with_names else c.without_names for c in _SESSION_COLUMNS]
    sheet.append(styles.row(session_headers(with_names), xl.HEADER))
    workshop_keys = {wid: sort_key(name) for wid, name in data.workshops.items()}
    ordered = sorted(data.sessions.values(), key=lambda s: (s.day, s.start, workshop_keys[s.workshop_id], s.id))
    for s in ordered:
        tally = per_session.get(s.id, _Tally())
        # Only a held session has counts: an upcoming or unmarked one is not a session nobody came to.
        counts: list[int | None] = (
            [tally.present, tally.absent, tally.excused, s.anonymous]
            if s.state is SessionState.HELD
            else [None] * 4
        )
        values = (
            styles.date(s.day),
            WEEKDAYS[s.day.weekday()],
            xl.safe_text(sheet, s.workshop_name),
            styles.time(s.start),
            styles.time(s.end),
            xl.safe_text(sheet, s.place),
            SESSION_STATE_WORDS[s.state],
            xl.safe_text(sheet, s.cancel_reason) if with_names and s.cancelled else None,
            *counts,
        )
        sheet.append([value for value, kept in zip(values, keep, strict=True) if kept])
    sheet.auto_filter.ref = xl.table_ref(sum(keep), 1, len(ordered) + 1)


def export_attendance(
    session: Session,
    week: IsoWeek,
    out: Path,
    workshop_ids: list[str] | None = None,
    progress: Progress | None = None,
    *,
    generated_at: dt.datetime | None = None,
    with_names: bool = True,
) -> ExportSummary:
    """Write the week's attendance workbook to *out* (replacing it) and return what was written.

    *workshop_ids*: ``None`` for every workshop, otherwise only these. *with_names* ``False`` leaves
    out every directly identifying column (names, municipality, village, cancellation reasons) and
    keeps the participant codes, age groups and figures: a workbook that may leave the office.
    *generated_at* (default: now) is printed on the summary and tells upcoming sessions from unmarked ones.

    The file is written beside *out* and renamed into place, so a failure never leaves a partial
    workbook; a target that cannot be written raises :class:`~vauhdittamo.errors.FileAccessError`
    before the work starts. *progress* is called with the share done, every :data:`PROGRESS_EVERY` rows.

    Only staff allowed to export reports may (:class:`~vauhdittamo.services.permissions.PermissionDenied`
    otherwise). Nothing is written to the database: record the export in the audit trail afterwards,
    in a transaction of its own, with :func:`record_export`.
    """
    require(session, Permission.EXPORT_REPORTS)
    out = Path(out)
    generated_at = generated_at or utcnow()
    title = week_title(week)
    with xl.atomic_target(out) as partial, xl.write_only_workbook() as workbook:
        data = _read_week(session, week, workshop_ids, generated_at)
        expected = max(1, data.mark_count + data.anonymous_rows)
        figures = _Figures(data)
        summary_sheet = _new_sheet(workbook, SHEET_SUMMARY, SUMMARY_WIDTHS, SUMMARY_HEADER_ROW, title)
        detail_widths = [c.width for c in _columns(_DETAIL_COLUMNS, with_names)]
        detail = _DetailWriter(_new_sheet(workbook, SHEET_DETAIL, detail_widths, 1, title), with_names)
        session_widths = [c.width for c in _columns(_SESSION_COLUMNS, with_names)]
        sessions_sheet = _new_sheet(workbook, SHEET_SESSIONS, session_widths, 1, title)
        if progress:
            progress(0.0)
        for row in _rows(data):
            figures.add(row)
            detail.add(row)
            if progress and detail.rows % PROGRESS_EVERY == 0:
                progress(min(0.95, 0.95 * detail.rows / expected))
        detail.finish()
        result = figures.result()
        _write_summary(summary_sheet, result, workshop_ids is not None, generated_at, with_names)
        _write_sessions(sessions_sheet, data, figures.per_session, with_names)
        workbook.save(partial)
    if progress:
        progress(1.0)
    return ExportSummary(
        path=out,
        week=week,
        figures=result,
        rows=detail.rows,
        size_bytes=out.stat().st_size,
        with_names=with_names,
    )


def record_export(session: Session, summary: ExportSummary) -> None:
    """Note the export in the audit trail (in the caller's transaction): the week, counts, whether names
    were included, no names.

    Call it in a short transaction after :func:`export_attendance`: adding the entry in the export's
    own (reading) transaction would hold the database's write lock, or fail, while the file is written.
    """
    require(session, Permission.EXPORT_REPORTS)
    workshops = ",".join(w.workshop_id for w in summary.figures.workshops)
    audit.record(
        session,
        AuditAction.EXPORTED,
        audit.ENTITY_ATTENDANCE_EXPORT,
        detail=f"week={summary.week} rows={summary.rows} workshops={workshops or '-'} "
        f"names={'yes' if summary.with_names else 'no'}",
    )
