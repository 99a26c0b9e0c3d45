"""Realistic, reproducible artificial data for demonstrations, training and benchmarks.

Everything is made up: names come from embedded lists, personal identity codes use only the
artificial individual numbers 900–999, phone numbers and addresses are random. The same seed and
the same *today* give exactly the same rows, primary keys included (UUIDv7-shaped keys whose time
part is the record's own creation time and whose random part comes from the seeded generator).

Rows are written with bulk Core inserts in one transaction, so municipal-scale data
(50,000 clients, a year of history) takes well under a minute or two.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from sqlalchemy import Table, select
from sqlalchemy.orm import Session, selectinload

from vauhdittamo.db import Database
from vauhdittamo.errors import QT_TRANSLATE_NOOP
from vauhdittamo.models import (
    AgeGroup,
    Answer,
    AssessmentResult,
    AttendanceStatus,
    Base,
    Client,
    ConsentKind,
    ExitOutcome,
    Gender,
    Language,
    PartnerCategory,
    PartnerService,
    PathState,
    ReferralStatus,
    ReferralUrgency,
    StaffRole,
    VisitChannel,
    VisitTopic,
    age_group_for,
)
from vauhdittamo.services.auth import hash_password
from vauhdittamo.services.clients import search_key_for
from vauhdittamo.services.demo.data import (
    ANONYMOUS_QUESTIONS,
    ASSESSMENT_WEIGHTS,
    CANCEL_REASONS,
    CLIENT_NOTES,
    COMPETENCE_AREAS,
    CONSENT_NOTES,
    DISABILITY_WEIGHTS,
    EDUCATION_WEIGHTS_ADULT,
    EDUCATION_WEIGHTS_YOUNG,
    EMPLOYED_AFTER,
    EVENT_NOTES,
    EXIT_NOTES,
    EXIT_WEIGHTS,
    FEMALE_FI_OLDER,
    FEMALE_FI_YOUNG,
    FEMALE_OTHER,
    FEMALE_SV,
    FOLLOW_UP_SHARE,
    FOREIGN_WEIGHTS,
    FOREIGN_WEIGHTS_OTHER,
    GOALS_ADULT,
    GOALS_YOUNG,
    HOMELESS_WEIGHTS,
    LABOUR_WEIGHTS_ADULT,
    LABOUR_WEIGHTS_YOUNG,
    MAIL_DOMAINS,
    MALE_FI_OLDER,
    MALE_FI_YOUNG,
    MALE_OTHER,
    MALE_SV,
    MINORITY_WEIGHTS,
    MUNICIPALITIES,
    MUNICIPALITY_WEIGHTS,
    NEXT_STEPS,
    PHONE_PREFIXES,
    PROJECT_EXIT_SHARE,
    PROJECT_EXIT_WEIGHTS,
    PROJECTS,
    REFERRAL_NOTES,
    REFERRAL_REASONS,
    REFERRAL_WEIGHTS_ADULT,
    REFERRAL_WEIGHTS_YOUNG,
    SERVICE_DAYS,
    SESSION_NOTES,
    STAFF,
    SURNAMES_FI,
    SURNAMES_OTHER,
    SURNAMES_SV,
    THIRD_COUNTRY_WEIGHTS,
    THIRD_COUNTRY_WEIGHTS_OTHER,
    TOPIC_WEIGHTS_ADULT,
    TOPIC_WEIGHTS_YOUNG,
    VILLAGE_ROADS,
    VISIT_NOTES,
    WORKSHOPS,
    YOUTH_COACH,
    Municipality,
    ProjectDef,
    WorkshopDef,
)
from vauhdittamo.services.demo.duplicates import make_near_duplicates
from vauhdittamo.services.demo.outreach import make_outreach
from vauhdittamo.services.participants import age_band_for, rural_for
from vauhdittamo.services.partner_directory import ensure_starter_directory
from vauhdittamo.services.partners import response_days_for
from vauhdittamo.services.permissions import system
from vauhdittamo.services.text import fold
from vauhdittamo.services.workshops import session_key
from vauhdittamo.timeutil import HELSINKI, age_on, local_today

Row = dict[str, Any]
_T = TypeVar("_T")
Progress = Callable[[str, float], None]

# The password of every demo staff member (artificial accounts only; `vauhdittamo demo` prints it).
DEMO_PASSWORD = "vauhdittamo-demo"

STAGE_SETUP = QT_TRANSLATE_NOOP("demo", "Staff and partners")
STAGE_CLIENTS = QT_TRANSLATE_NOOP("demo", "Clients, visits and referrals")
STAGE_WORKSHOPS = QT_TRANSLATE_NOOP("demo", "Workshops and attendance")
STAGE_ANONYMOUS = QT_TRANSLATE_NOOP("demo", "Anonymous visits")
STAGE_PARTICIPANTS = QT_TRANSLATE_NOOP("demo", "Projects and participants")
STAGE_SAVING = QT_TRANSLATE_NOOP("demo", "Saving")
STAGE_DONE = QT_TRANSLATE_NOOP("demo", "Done")

# The simulated "now": noon in Helsinki on *today* (visits of today are all in the morning).
NOW_MINUTE = 12 * 60
OFFICE_OPENS = 8 * 60
OFFICE_LAST_VISIT = 15 * 60 + 45
CHUNK_ROWS = 20_000


# Tables in the order they are written (parents before children: foreign keys are checked at once).
TABLE_ORDER = (
    "staff_member", "client", "workshop", "workshop_schedule_slot", "workshop_facilitator", "workshop_session",
    "workshop_enrolment", "attendance_mark", "guidance_visit", "referral", "referral_event", "consent",
    "client_note", "path_goal", "path_step", "competence_certificate", "project", "project_participant",
)

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


# --------------------------------------------------------------------------- public API


@dataclass
class DemoSummary:
    """How many rows of each kind :func:`generate_demo` wrote."""

    staff_members: int = 0
    partner_organisations: int = 0
    partner_services: int = 0
    clients: int = 0
    exited_clients: int = 0
    consents: int = 0
    client_notes: int = 0
    guidance_visits: int = 0
    anonymous_visits: int = 0
    referrals: int = 0
    referral_events: int = 0
    workshops: int = 0
    schedule_slots: int = 0
    facilitators: int = 0
    enrolments: int = 0
    workshop_sessions: int = 0
    attendance_marks: int = 0
    path_goals: int = 0
    path_steps: int = 0
    competence_certificates: int = 0
    projects: int = 0
    participants: int = 0  # participations: a client may take part in several projects
    exited_participants: int = 0
    follow_ups: int = 0

    @property
    def total_rows(self) -> int:
        """All rows written (the exited, anonymous and followed-up are already counted in their kind's rows)."""
        skip = {"exited_clients", "anonymous_visits", "exited_participants", "follow_ups"}
        return sum(getattr(self, f.name) for f in fields(self) if f.name not in skip)

    def __str__(self) -> str:
        parts = [f"{getattr(self, f.name)} {f.name.replace('_', ' ')}" for f in fields(self)]
        return ", ".join(parts) + f" ({self.total_rows} rows)"


def generate_demo(
    db: Database,
    *,
    clients: int = 500,
    weeks: int = 12,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill *db* with artificial data: *clients* clients and *weeks* weeks of history up to *today*.

    Workshop sessions also cover the current week and the next two (without attendance).
    The same *seed* and *today* give the same rows and keys. Meant for an empty database.
    """
    if clients < 0 or weeks < 0:
        raise ValueError("clients and weeks must not be negative")
    generator = _Generator(db, clients=clients, weeks=weeks, seed=seed, today=today or local_today(),
                           progress=progress)
    return generator.run()


# --------------------------------------------------------------------------- helpers


def demo_password_hash(seed: int) -> str:
    """The hash of :data:`DEMO_PASSWORD` with a salt made from *seed* (reproducible demo data)."""
    salt = hashlib.sha256(f"vauhdittamo demo staff {seed}".encode()).digest()[:16]
    return hash_password(DEMO_PASSWORD, salt=salt)


def _easter(year: int) -> dt.date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def finnish_holidays(year: int) -> list[dt.date]:
    """Weekday public holidays (and Christmas Eve) on which the Vauhdittamo is closed."""
    easter = _easter(year)
    june_19 = dt.date(year, 6, 19)
    midsummer_eve = june_19 + dt.timedelta(days=(4 - june_19.weekday()) % 7)
    return [
        dt.date(year, 1, 1), dt.date(year, 1, 6), easter - dt.timedelta(days=2), easter + dt.timedelta(days=1),
        dt.date(year, 5, 1), easter + dt.timedelta(days=39), midsummer_eve, dt.date(year, 12, 6),
        dt.date(year, 12, 24), dt.date(year, 12, 25), dt.date(year, 12, 26),
    ]


def artificial_personal_id(birth: dt.date, individual: int) -> str:
    """A personal identity code with an artificial individual number (900–999) and its check character."""
    if not 900 <= individual <= 999:
        raise ValueError("artificial individual numbers are 900–999")
    sign = "-" if birth.year < 2000 else "A"
    digits = f"{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}{individual:03d}"
    return f"{digits[:6]}{sign}{digits[6:]}{_HETU_CHECK[int(digits) % 31]}"


def seeded_uuid7(rng: random.Random, when: dt.datetime) -> str:
    """A UUIDv7-shaped key: *when* as its milliseconds, random bits from *rng*."""
    ms = (when - _EPOCH) // dt.timedelta(milliseconds=1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rng.getrandbits(12) << 64 | 0b10 << 62 | rng.getrandbits(62)
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class _Sink:
    """Buffers rows per table and writes them with bulk Core inserts, parents first."""

    def __init__(self, session: Session, chunk_rows: int = CHUNK_ROWS) -> None:
        self.session = session
        self.chunk_rows = chunk_rows
        self.tables: dict[str, Table] = {name: Base.metadata.tables[name] for name in TABLE_ORDER}
        self.buffers: dict[str, list[Row]] = {name: [] for name in TABLE_ORDER}
        self.counts: dict[str, int] = dict.fromkeys(TABLE_ORDER, 0)
        self.pending = 0

    def add(self, table: str, row: Row) -> None:
        self.buffers[table].append(row)
        self.pending += 1
        if self.pending >= self.chunk_rows:
            self.flush()

    def flush(self) -> None:
        for name in TABLE_ORDER:
            rows = self.buffers[name]
            if rows:
                self.session.execute(self.tables[name].insert(), rows)
                self.counts[name] += len(rows)
                self.buffers[name] = []
        self.pending = 0


@dataclass(slots=True)
class _Visit:
    at: dt.datetime
    day: dt.date
    staff_id: str
    minutes: int
    topic: VisitTopic
    channel: VisitChannel


@dataclass(slots=True)
class _Plan:
    """What later stages need to know about a client."""

    id: str
    municipality: str
    village: str
    created_day: dt.date
    start: dt.date  # first day active in the simulated period
    end: dt.date  # exit date, or today
    coach_id: str | None
    birth: dt.date | None = None
    male: bool = False
    language: Language = Language.FI
    visit_days: list[dt.date] = field(default_factory=list)
    exit_outcome: ExitOutcome | None = None  # None: not exited
    referred: bool = False
    present: int = 0  # workshop sessions marked present


@dataclass
class _Timeline:
    today: dt.date
    period_start: dt.date  # a Monday
    setup_day: dt.date
    holidays: frozenset[dt.date]
    workdays: list[dt.date]  # period_start … today (today always included)
    offsets: dict[dt.date, dt.timedelta] = field(default_factory=dict)
    now: dt.datetime = field(init=False)

    def __post_init__(self) -> None:
        self.now = self.at(self.today, NOW_MINUTE)

    def at(self, day: dt.date, minute: int) -> dt.datetime:
        """A Helsinki wall-clock minute of *day* (between 04:00 and 24:00) as a UTC datetime."""
        offset = self.offsets.get(day)
        if offset is None:
            offset = dt.datetime.combine(day, dt.time(12), tzinfo=HELSINKI).utcoffset() or dt.timedelta(0)
            self.offsets[day] = offset
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC) + dt.timedelta(minutes=minute) - offset

    def is_workday(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def next_workday(self, day: dt.date) -> dt.date:
        while not self.is_workday(day):
            day += dt.timedelta(days=1)
        return day


# --------------------------------------------------------------------------- the generator


class _Generator:
    def __init__(
        self, db: Database, *, clients: int, weeks: int, seed: int, today: dt.date, progress: Progress | None
    ) -> None:
        self.db = db
        self.n_clients = clients
        self.rng = random.Random(seed)
        # Projects and participants draw from their own stream: the rest of the demo stays as it was.
        self.prng = random.Random(f"vauhdittamo demo participants {seed}")
        self.seed = seed
        self.progress = progress
        self.summary = DemoSummary()
        self.device_id = db.device_id
        monday = today - dt.timedelta(days=today.weekday())
        period_start = monday - dt.timedelta(weeks=weeks)
        setup_day = period_start - dt.timedelta(days=365)
        holidays = frozenset(d for y in range(setup_day.year, today.year + 2) for d in finnish_holidays(y))
        days = [period_start + dt.timedelta(days=i) for i in range((today - period_start).days)]
        workdays = [d for d in days if d.weekday() < 5 and d not in holidays]
        workdays.append(today)  # the desk view of today always has data
        self.t = _Timeline(today, period_start, setup_day, holidays, workdays)
        self.setup_at = self.t.at(setup_day, 9 * 60)
        self.staff: dict[str, str] = {}  # display name -> id
        self.plans: list[_Plan] = []
        self.named_visits = 0
        self.used_personal_ids: set[str] = set()
        self.used_emails: set[str] = set()
        self.services: dict[PartnerCategory, list[tuple[str, int]]] = {}

    # ----------------------------------------------------------------- small helpers

    def new_id(self, when: dt.datetime) -> str:
        return seeded_uuid7(self.rng, when)

    def meta(self, when: dt.datetime, by: str | None, updated: dt.datetime | None = None) -> Row:
        return {
            "id": self.new_id(when),
            "created_at": when,
            "updated_at": updated if updated is not None else when,
            "updated_by_id": by,
            "device_id": self.device_id,
            "deleted_at": None,
        }

    def office_time(self, day: dt.date) -> dt.datetime:
        """A random office-hours moment of *day* (before the simulated now on today)."""
        last = NOW_MINUTE - 10 if day == self.t.today else OFFICE_LAST_VISIT
        return self.t.at(day, self.rng.randrange(OFFICE_OPENS, last))

    def report(self, stage: str, fraction: float) -> None:
        if self.progress is not None:
            self.progress(stage, min(max(fraction, 0.0), 1.0))

    def pick(self, weights: dict[_T, int]) -> _T:
        return self.rng.choices(list(weights), list(weights.values()))[0]

    # ----------------------------------------------------------------- run

    def run(self) -> DemoSummary:
        with self.db.transaction(system("demo")) as session:
            self.report(STAGE_SETUP, 0.0)
            sink = _Sink(session)
            self.make_staff(sink)
            sink.flush()
            self.make_partners(session)
            self.report(STAGE_CLIENTS, 0.03)
            self.make_clients(sink)
            self.report(STAGE_WORKSHOPS, 0.85)
            self.make_workshops(sink)
            self.report(STAGE_ANONYMOUS, 0.92)
            self.make_anonymous_visits(sink)
            self.report(STAGE_PARTICIPANTS, 0.94)
            self.make_participants(sink)
            self.report(STAGE_SAVING, 0.95)
            sink.flush()
            make_outreach(  # the village pilot's outreach list, after its staff and clients
                session, seed=self.seed, today=self.t.today, device_id=self.device_id, at=self.t.at,
                new_id=seeded_uuid7, workers=self.outreach,
                coordinator_id=next((self.staff[m.name] for m in STAFF if m.role == StaffRole.COORDINATOR), None),
                clients=[(p.id, p.village, p.created_day) for p in self.plans],
            )
            make_near_duplicates(session, self.seed)  # a few people recorded twice, as offline laptops do
        counts = sink.counts
        s = self.summary
        s.staff_members = counts["staff_member"]
        s.clients = counts["client"]
        s.consents = counts["consent"]
        s.client_notes = counts["client_note"]
        s.guidance_visits = counts["guidance_visit"]
        s.referrals = counts["referral"]
        s.referral_events = counts["referral_event"]
        s.workshops = counts["workshop"]
        s.schedule_slots = counts["workshop_schedule_slot"]
        s.facilitators = counts["workshop_facilitator"]
        s.enrolments = counts["workshop_enrolment"]
        s.workshop_sessions = counts["workshop_session"]
        s.attendance_marks = counts["attendance_mark"]
        s.path_goals = counts["path_goal"]
        s.path_steps = counts["path_step"]
        s.projects = counts["project"]
        s.participants = counts["project_participant"]
        s.competence_certificates = counts["competence_certificate"]
        self.report(STAGE_DONE, 1.0)
        return s

    # ----------------------------------------------------------------- staff and partners

    def make_staff(self, sink: _Sink) -> None:
        # Every demo account signs in with DEMO_PASSWORD: one hash (scrypt is slow on purpose), its salt
        # from the seed so that the same seed gives the same rows.
        password_hash = demo_password_hash(self.seed)
        for i, member in enumerate(STAFF):
            created = self.setup_at + dt.timedelta(minutes=5 * i)
            row = self.meta(created, None)
            first, last = member.name.split(" ", 1)
            row.update(
                display_name=member.name,
                organisation=member.organisation,
                email=f"{fold(first)}.{fold(last)}@vauhdittamo.example",
                role=member.role,
                active=True,
                password_hash=password_hash,
                password_set_at=self.setup_at,
                failed_sign_ins=0,
                locked_until=None,
            )
            self.staff[member.name] = row["id"]
            sink.add("staff_member", row)
        self.front_desk = {m.municipality: self.staff[m.name] for m in STAFF if m.role == StaffRole.FRONT_DESK}
        self.outreach = {m.municipality: self.staff[m.name] for m in STAFF if m.role == StaffRole.OUTREACH}
        self.coaches = [self.staff[m.name] for m in STAFF if m.role == StaffRole.COACH]
        self.local_coaches: dict[str, list[str]] = {}
        for m in STAFF:
            if m.role == StaffRole.COACH:
                for place in [m.municipality] if m.municipality else [x.name for x in MUNICIPALITIES]:
                    self.local_coaches.setdefault(place, []).append(self.staff[m.name])

    def make_partners(self, session: Session) -> None:
        ensure_starter_directory(session)  # the same fixed rows a new database gets
        services = session.scalars(
            select(PartnerService)
            .options(selectinload(PartnerService.organisation))
            .where(
                PartnerService.deleted_at.is_(None),
                PartnerService.active.is_(True),
                PartnerService.accepts_referrals.is_(True),
            )
            .order_by(PartnerService.id)
        ).all()
        for service in services:
            org = service.organisation
            if org.deleted_at is None and org.active:
                self.services.setdefault(org.category, []).append((service.id, response_days_for(service)))
        directory = session.execute(select(PartnerService.organisation_id)).all()
        self.summary.partner_organisations = len({org_id for (org_id,) in directory})
        self.summary.partner_services = len(directory)

    # ----------------------------------------------------------------- clients

    def make_clients(self, sink: _Sink) -> None:
        step = max(1, self.n_clients // 50)
        for i in range(self.n_clients):
            self.make_client(sink)
            if i % step == 0:
                self.report(STAGE_CLIENTS, 0.03 + 0.82 * i / max(1, self.n_clients))

    def names(self, language: Language, male: bool, young: bool) -> tuple[str, str]:
        rng = self.rng
        if language == Language.OTHER:
            return rng.choice(MALE_OTHER if male else FEMALE_OTHER), rng.choice(SURNAMES_OTHER)
        if language == Language.SV:
            if rng.random() < 0.85:
                first = rng.choice(MALE_SV if male else FEMALE_SV)
            else:
                first = self.finnish_first(male, young)
            return first, rng.choice(SURNAMES_SV if rng.random() < 0.75 else SURNAMES_FI)
        first = self.finnish_first(male, young) if rng.random() < 0.93 else rng.choice(MALE_SV if male else FEMALE_SV)
        return first, rng.choice(SURNAMES_FI if rng.random() < 0.9 else SURNAMES_SV)

    def finnish_first(self, male: bool, young: bool) -> str:
        if male:
            return self.rng.choice(MALE_FI_YOUNG if young else MALE_FI_OLDER)
        return self.rng.choice(FEMALE_FI_YOUNG if young else FEMALE_FI_OLDER)

    def contact_details(
        self, first: str, last: str, birth: dt.date | None, muni: Municipality, village: str
    ) -> tuple[str, str, str]:
        """Made-up phone number, e-mail address (example domains) and street address; each may be empty."""
        rng = self.rng
        phone = ""
        if rng.random() < 0.88:
            phone = f"{rng.choice(PHONE_PREFIXES)} {rng.randrange(1000):03d} {rng.randrange(10000):04d}"
        email = ""
        if rng.random() < 0.4:
            tail = rng.choice(("", "", f"{birth.year % 100:02d}" if birth else "", str(rng.randint(1, 99))))
            email = self.own_email(f"{fold(first)}.{fold(last)}{tail}@{rng.choice(MAIL_DOMAINS)}".replace(" ", ""))
        address = ""
        if rng.random() < 0.6:
            if village:
                address = f"{VILLAGE_ROADS[village]} {rng.randint(1, 480)}, {muni.postcode} {muni.name}"
            else:
                street = f"{rng.choice(muni.streets)} {rng.randint(1, 60)}"
                if rng.random() < 0.55:
                    street += f" {rng.choice('ABCD')} {rng.randint(1, 30)}"
                address = f"{street}, {muni.postcode} {muni.name}"
        return phone, email, address

    def own_email(self, email: str) -> str:
        """Nobody shares an address: a namesake's gets a number (no random draw: the rest stays as it was)."""
        local, _, domain = email.partition("@")
        number = 1
        while email in self.used_emails:
            number += 1
            email = f"{local}.{number}@{domain}"
        self.used_emails.add(email)
        return email

    def make_client(self, sink: _Sink) -> None:
        """One client with their visits, consents, referrals, notes, goals and perhaps a certificate."""
        rng, t = self.rng, self.t
        r = rng.random()
        language = Language.FI if r < 0.88 else Language.SV if r < 0.92 else Language.OTHER
        male = rng.random() < 0.52
        # Age: many under 30.
        age = rng.randint(16, 29) if rng.random() < 0.55 else rng.randint(30, 64)
        birth: dt.date | None = t.today - dt.timedelta(days=int((age + 0.01 + 0.98 * rng.random()) * 365.2425))
        if rng.random() < 0.03:
            birth = None
        first, last = self.names(language, male, birth is not None and birth.year >= 1990)
        personal_id: str | None = None
        if birth is not None and rng.random() < 0.55:
            for _ in range(10):
                code = artificial_personal_id(birth, 900 + 2 * rng.randrange(50) + (1 if male else 0))
                if code not in self.used_personal_ids:
                    self.used_personal_ids.add(code)
                    personal_id = code
                    break
        muni = rng.choices(MUNICIPALITIES, MUNICIPALITY_WEIGHTS)[0]
        village = rng.choice(muni.villages) if rng.random() < 0.35 else ""
        phone, email, address = self.contact_details(first, last, birth, muni, village)
        coach_id: str | None = None
        if rng.random() < 0.85:
            if village and rng.random() < 0.5 and muni.name in self.outreach:
                coach_id = self.outreach[muni.name]
            elif muni.name == "Lieksa" and age < 30 and rng.random() < 0.6:
                coach_id = self.staff[YOUTH_COACH]
            else:
                coach_id = rng.choice(self.local_coaches[muni.name])

        # The client's time in the simulated period.
        workdays = t.workdays
        last_index = len(workdays) - 1
        existing = rng.random() < 0.3
        if existing:
            created_day = t.setup_day + dt.timedelta(days=rng.randrange((t.period_start - t.setup_day).days))
            lo = 0
        else:
            lo = rng.randint(0, last_index)
            created_day = workdays[lo]
        start = workdays[lo]
        hi = last_index
        exit_index: int | None = None
        if hi - lo >= 12 and rng.random() < 0.15:
            exit_index = rng.randint(lo + 10, hi - 1)
            hi = exit_index
        fixed = ([lo] if not existing else []) + ([exit_index] if exit_index is not None else [])
        # 3–8 visits over the whole period, fewer for a shorter time as a client.
        share = (hi - lo + 1) / len(workdays)
        k = max(1, round(rng.randint(3, 8) * share))
        day_indexes = sorted(fixed + [rng.randint(lo, hi) for _ in range(max(0, k - len(fixed)))])
        days = [workdays[j] for j in day_indexes]
        minutes = sorted(
            (d, rng.randrange(OFFICE_OPENS, NOW_MINUTE - 10 if d == t.today else OFFICE_LAST_VISIT)) for d in days
        )
        if existing:
            created_at = t.at(created_day, rng.randrange(OFFICE_OPENS, OFFICE_LAST_VISIT))
            creator = self.front_desk.get(muni.name) or rng.choice(list(self.front_desk.values()))
        else:
            created_at = t.at(minutes[0][0], minutes[0][1]) - dt.timedelta(minutes=rng.randint(1, 5))
            creator = coach_id or self.front_desk.get(muni.name) or rng.choice(list(self.front_desk.values()))
        end = workdays[exit_index] if exit_index is not None else t.today
        exit_outcome = self.pick(EXIT_WEIGHTS) if exit_index is not None else None

        # Visits (computed before the client row so that its updated_at is known).
        visits: list[_Visit] = []
        for d, minute in minutes:
            visits.append(self.plan_visit(d, minute, muni.name, village, coach_id, birth))
        updated_at = created_at
        updated_by = creator
        if exit_index is not None:
            last_visit = visits[-1]
            updated_at = last_visit.at + dt.timedelta(minutes=last_visit.minutes)
            updated_by = coach_id or last_visit.staff_id

        row = self.meta(created_at, updated_by, updated_at)
        client_id = row["id"]
        probe = Client(first_name=first, last_name=last, birth_date=birth, personal_id=personal_id, phone=phone)
        row.update(
            first_name=first,
            last_name=last,
            birth_date=birth,
            personal_id=personal_id,
            municipality=muni.name,
            village=village,
            language=language,
            phone=phone,
            email=email,
            address=address,
            personal_coach_id=coach_id,
            search_key=search_key_for(probe),
            exit_date=end if exit_index is not None else None,
            exit_outcome=exit_outcome,
        )
        sink.add("client", row)
        if exit_index is not None:
            self.summary.exited_clients += 1
        plan = _Plan(client_id, muni.name, village, created_day, start, end, coach_id, birth, male, language,
                     [v.day for v in visits], exit_outcome)
        self.plans.append(plan)

        # Children of the client.
        for visit in visits:
            self.add_visit(sink, client_id, visit, birth)
        self.named_visits += len(visits)
        consents = self.contact_consents(client_id, created_at, creator, bool(phone), bool(email))
        shared: dict[str, Row] = {}
        if visits and rng.random() < 0.5:
            v0 = visits[0]
            for category in (PartnerCategory.TE_SERVICES, PartnerCategory.KELA):
                consent = self.consent_row(client_id, ConsentKind.SHARE_DATA, category, v0.at, v0.staff_id)
                consents.append(consent)
                shared[category] = consent
        young = birth is not None and age < 30
        if visits and self.services and rng.random() < 0.3:
            n_referrals = 2 if rng.random() < 0.25 else 1
            for _ in range(n_referrals):
                self.make_referral(sink, client_id, rng.choice(visits), young, coach_id, shared, consents)
            plan.referred = True
        self.withdraw_some(consents)
        for consent in consents:
            sink.add("consent", consent)
        self.make_notes(sink, client_id, visits, coach_id, exit_outcome)
        if visits and rng.random() < 0.5:
            self.make_goals(sink, client_id, visits, young, coach_id, exit_outcome, end)
        if visits and rng.random() < 0.04:
            v = rng.choice(visits)
            area, qualification = rng.choice(COMPETENCE_AREAS)
            self.add_certificate(sink, client_id, area, qualification, None, v.day, None,
                                 "Ammattiopiston arvioija", "Työkokeilun yhteydessä osoitettu osaaminen.")

    # ----------------------------------------------------------------- visits

    def plan_visit(
        self, day: dt.date, minute: int, municipality: str, village: str, coach_id: str | None, birth: dt.date | None
    ) -> _Visit:
        rng = self.rng
        r = rng.random()
        outreach_share = 0.4 if village else 0.03
        if r < outreach_share:
            channel = VisitChannel.OUTREACH
        else:
            r = rng.random()
            channel = VisitChannel.WALK_IN if r < 0.7 else VisitChannel.PHONE if r < 0.92 else VisitChannel.REMOTE
        if channel == VisitChannel.OUTREACH:
            staff_id = self.outreach.get(municipality) or rng.choice(list(self.outreach.values()))
            minutes = rng.choice((30, 45, 60, 60, 90))
        else:
            if coach_id is not None and rng.random() < 0.5:
                staff_id = coach_id
            elif rng.random() < 0.6:
                staff_id = self.front_desk.get(municipality) or rng.choice(list(self.front_desk.values()))
            else:
                staff_id = rng.choice(self.coaches)
            if channel == VisitChannel.WALK_IN:
                minutes = rng.choice((5, 10, 10, 15, 15, 20, 20, 30, 45, 60))
            elif channel == VisitChannel.PHONE:
                minutes = rng.choice((5, 5, 10, 10, 15, 20))
            else:
                minutes = rng.choice((15, 20, 30, 45))
        young = birth is not None and (day - birth).days < 30 * 365.2425
        topic = self.pick(TOPIC_WEIGHTS_YOUNG if young else TOPIC_WEIGHTS_ADULT)
        return _Visit(self.t.at(day, minute), day, staff_id, minutes, topic, channel)

    def add_visit(self, sink: _Sink, client_id: str, visit: _Visit, birth: dt.date | None) -> None:
        rng, t = self.rng, self.t
        weights = TOPIC_WEIGHTS_YOUNG if age_group_for(birth, visit.day) == AgeGroup.UNDER_30 else TOPIC_WEIGHTS_ADULT
        topics = [visit.topic]
        for _ in range(rng.choice((0, 0, 0, 0, 1, 1, 1, 2))):
            extra = self.pick(weights)
            if extra not in topics:
                topics.append(extra)
        note = rng.choice(VISIT_NOTES[visit.topic]) if rng.random() < 0.65 else ""
        next_step = ""
        next_date: dt.date | None = None
        done = False
        if rng.random() < 0.35:
            next_step = rng.choice(NEXT_STEPS)
            if visit.day < t.today and (t.today - visit.day).days <= 14 and rng.random() < 0.15:
                next_date = t.today
            else:
                next_date = visit.day + dt.timedelta(days=rng.randint(2, 21))
            done = next_date < t.today and rng.random() < 0.78
        row = self.meta(visit.at, visit.staff_id)
        row.update(
            client_id=client_id,
            staff_id=visit.staff_id,
            visited_at=visit.at,
            channel=visit.channel,
            topics=",".join(topics),
            duration_minutes=visit.minutes,
            note=note,
            next_step=next_step,
            next_step_date=next_date,
            next_step_done=done,
            age_group=age_group_for(birth, visit.day),
        )
        sink.add("guidance_visit", row)

    def make_anonymous_visits(self, sink: _Sink) -> None:
        rng, t = self.rng, self.t
        count = round(self.named_visits * 0.15 / 0.85)
        front = list(self.front_desk.values())
        for _ in range(count):
            day = rng.choice(t.workdays)
            at = self.office_time(day)
            channel = VisitChannel.WALK_IN if rng.random() < 0.75 else VisitChannel.PHONE
            r = rng.random()
            age_group = AgeGroup.UNDER_30 if r < 0.45 else AgeGroup.AGE_30_PLUS if r < 0.85 else AgeGroup.UNKNOWN
            staff_id = rng.choice(front) if rng.random() < 0.8 else rng.choice(self.coaches)
            topic, note = rng.choice(ANONYMOUS_QUESTIONS)
            row = self.meta(at, staff_id)
            row.update(
                client_id=None,
                staff_id=staff_id,
                visited_at=at,
                channel=channel,
                topics=topic.value,
                duration_minutes=rng.choice((5, 5, 10, 10, 15)),
                note=note,
                next_step="",
                next_step_date=None,
                next_step_done=False,
                age_group=age_group,
            )
            sink.add("guidance_visit", row)
        self.summary.anonymous_visits = count

    # ----------------------------------------------------------------- consents

    def consent_row(
        self, client_id: str, kind: ConsentKind, category: str | None, at: dt.datetime, staff_id: str | None
    ) -> Row:
        row = self.meta(at, staff_id)
        row.update(
            client_id=client_id,
            kind=kind,
            partner_category=None if category is None else str(category),
            given_at=at,
            given_by_id=staff_id,
            withdrawn_at=None,
            withdrawn_by_id=None,
            note=self.rng.choice(CONSENT_NOTES),
        )
        return row

    def contact_consents(
        self, client_id: str, at: dt.datetime, staff_id: str, has_phone: bool, has_email: bool
    ) -> list[Row]:
        rows = []
        if has_phone and self.rng.random() < 0.75:
            rows.append(self.consent_row(client_id, ConsentKind.CONTACT_SMS, None, at, staff_id))
        if has_email and self.rng.random() < 0.7:
            rows.append(self.consent_row(client_id, ConsentKind.CONTACT_EMAIL, None, at, staff_id))
        return rows

    def withdraw_some(self, consents: list[Row]) -> None:
        """Withdraw a few consents, after any referral that relied on them (``last_used``)."""
        now = self.t.now
        for consent in consents:
            if self.rng.random() >= 0.03:
                continue
            since = consent.pop("last_used", consent["given_at"])
            if now - since < dt.timedelta(days=2):
                continue
            seconds = int((now - since).total_seconds())
            at = since + dt.timedelta(seconds=self.rng.randrange(3600, seconds))
            consent["withdrawn_at"] = at
            consent["withdrawn_by_id"] = consent["given_by_id"]
            consent["updated_at"] = at
        for consent in consents:
            consent.pop("last_used", None)

    # ----------------------------------------------------------------- referrals

    def make_referral(
        self,
        sink: _Sink,
        client_id: str,
        visit: _Visit,
        young: bool,
        coach_id: str | None,
        shared: dict[str, Row],
        consents: list[Row],
    ) -> None:
        rng, t = self.rng, self.t
        weights = {c: w for c, w in (REFERRAL_WEIGHTS_YOUNG if young else REFERRAL_WEIGHTS_ADULT).items()
                   if w and c in self.services}
        if not weights:
            return
        category = self.pick(weights)
        service_id, response_days = rng.choice(self.services[category])
        referrer = visit.staff_id
        updater = coach_id or referrer
        t0 = visit.at + dt.timedelta(minutes=visit.minutes + rng.randint(1, 10))
        if t0 >= t.now:
            t0 = visit.at + dt.timedelta(minutes=1)
        urgency = ReferralUrgency.URGENT if rng.random() < 0.1 else ReferralUrgency.NORMAL

        # Consent to share data with the partner category.
        shares_data = True
        override: tuple[str, str, dt.datetime] | None = None
        consent = shared.get(category)
        if consent is None:
            r = rng.random()
            if r < 0.75:
                consent = self.consent_row(client_id, ConsentKind.SHARE_DATA, category, t0, referrer)
                consents.append(consent)
                shared[category] = consent
            elif r < 0.95:
                shares_data = False
            else:
                override = ("Kiireellinen tilanne; asiakas antoi suostumuksen suullisesti puhelimessa.", referrer, t0)
        if consent is not None:
            consent["last_used"] = max(consent.get("last_used", t0), t0)

        # The history: draft → sent → accepted/declined → started → completed / no_show / cancelled.
        events: list[tuple[ReferralStatus, dt.datetime, str]] = [(ReferralStatus.DRAFT, t0, referrer)]
        response_due: dt.date | None = None
        assessment: AssessmentResult | None = None

        def add(status: ReferralStatus, at: dt.datetime, staff: str) -> bool:
            if at > t.now:
                return False
            events.append((status, at, staff))
            return True

        if rng.random() >= 0.04:  # a few stay drafts
            if rng.random() < 0.85:
                sent_day = visit.day
                sent_at = t0 + dt.timedelta(minutes=rng.randint(2, 40))
            else:
                sent_day = t.next_workday(visit.day + dt.timedelta(days=rng.randint(1, 3)))
                sent_at = self.office_time(sent_day)
            if add(ReferralStatus.SENT, sent_at, referrer):
                days = max(2, response_days // 2) if urgency == ReferralUrgency.URGENT else response_days
                response_due = sent_day + dt.timedelta(days=days)
                self.continue_referral(add, category, sent_day, days, referrer, updater)
                if events[-1][0] == ReferralStatus.COMPLETED and category == PartnerCategory.WORK_CAPACITY:
                    assessment = self.pick(ASSESSMENT_WEIGHTS)

        last_at, last_by = events[-1][1], events[-1][2]
        row = self.meta(t0, last_by, last_at)
        referral_id = row["id"]
        row.update(
            client_id=client_id,
            partner_service_id=service_id,
            staff_id=referrer,
            reason=REFERRAL_REASONS[category],
            urgency=urgency,
            response_due=response_due,
            note=rng.choice(REFERRAL_NOTES),
            shares_data=shares_data,
            assessment_result=assessment,
            consent_override_reason=override[0] if override else None,
            consent_override_by_id=override[1] if override else None,
            consent_override_at=override[2] if override else None,
        )
        sink.add("referral", row)
        for status, at, staff in events:
            event = self.meta(at, staff)
            event.update(referral_id=referral_id, status=status, occurred_at=at, staff_id=staff,
                         note=rng.choice(EVENT_NOTES[status]))
            sink.add("referral_event", event)

    def continue_referral(
        self,
        add: Callable[[ReferralStatus, dt.datetime, str], bool],
        category: PartnerCategory,
        sent_day: dt.date,
        days: int,
        referrer: str,
        updater: str,
    ) -> None:
        """The partner's side of a sent referral; stops at the simulated now (the referral stays open)."""
        rng, t = self.rng, self.t

        def on(day: dt.date) -> dt.datetime:
            return self.office_time(t.next_workday(day))

        if rng.random() < 0.05:
            add(ReferralStatus.CANCELLED, on(sent_day + dt.timedelta(days=rng.randint(1, 5))), referrer)
            return
        # Most partners answer in time, some late, and some answers never get recorded: those still
        # open past response_due are the overdue referrals that staff chase.
        r = rng.random()
        if r < 0.08:
            return
        delay = rng.randint(1, days) if r < 0.8 else rng.randint(days + 1, 3 * days + 5)
        answer_day = t.next_workday(sent_day + dt.timedelta(days=delay))
        if rng.random() < 0.14:
            add(ReferralStatus.DECLINED, on(answer_day), updater)
            return
        if not add(ReferralStatus.ACCEPTED, on(answer_day), updater):
            return
        start_day = t.next_workday(answer_day + dt.timedelta(days=rng.randint(2, 21)))
        if rng.random() < 0.1:
            add(ReferralStatus.NO_SHOW, on(start_day), updater)
            return
        if not add(ReferralStatus.STARTED, on(start_day), updater):
            return
        low, high = SERVICE_DAYS.get(category, (14, 60))
        end_day = start_day + dt.timedelta(days=rng.randint(low, high))
        if rng.random() < 0.06:
            add(ReferralStatus.CANCELLED, on(start_day + dt.timedelta(days=rng.randint(1, low))), updater)
        else:
            add(ReferralStatus.COMPLETED, on(end_day), updater)

    # ----------------------------------------------------------------- notes, goals, certificates

    def make_notes(
        self, sink: _Sink, client_id: str, visits: Sequence[_Visit], coach_id: str | None, outcome: ExitOutcome | None
    ) -> None:
        rng = self.rng
        if not visits:
            return
        for _ in range(rng.choice((0, 0, 1, 1, 1, 2, 2, 3))):
            visit = rng.choice(visits)
            self.add_note(sink, client_id, visit, visit.staff_id, rng.choice(CLIENT_NOTES))
        if outcome is not None:
            last = visits[-1]
            self.add_note(sink, client_id, last, coach_id or last.staff_id, EXIT_NOTES[outcome])

    def add_note(self, sink: _Sink, client_id: str, visit: _Visit, staff_id: str, text: str) -> None:
        at = min(visit.at + dt.timedelta(minutes=visit.minutes + 2), self.t.now)
        row = self.meta(at, staff_id)
        row.update(client_id=client_id, staff_id=staff_id, written_at=at, text=text)
        sink.add("client_note", row)

    def make_goals(
        self,
        sink: _Sink,
        client_id: str,
        visits: Sequence[_Visit],
        young: bool,
        coach_id: str | None,
        outcome: ExitOutcome | None,
        end: dt.date,
    ) -> None:
        rng, t = self.rng, self.t
        catalogue = GOALS_YOUNG if young else GOALS_ADULT
        n_goals = 2 if rng.random() < 0.25 else 1
        for title, step_titles in rng.sample(catalogue, n_goals):
            visit = rng.choice(visits[: max(1, (len(visits) + 1) // 2)])
            staff_id = coach_id or visit.staff_id
            created = visit.at + dt.timedelta(minutes=visit.minutes)
            created = min(created, t.now)
            start_day = visit.day
            target = start_day + dt.timedelta(days=rng.randint(60, 240))
            n_steps = rng.randint(2, len(step_titles))
            finished = outcome in (ExitOutcome.EMPLOYMENT, ExitOutcome.EDUCATION, ExitOutcome.QUALIFICATION)
            dropped = not finished and rng.random() < 0.08
            steps: list[tuple[str, dt.date, PathState, dt.date | None]] = []
            blocked = False
            for pos in range(n_steps):
                step_target = start_day + (target - start_day) * (pos + 1) // n_steps
                step_done: dt.date | None = None
                if finished:
                    state = PathState.DONE
                    step_done = min(end, start_day + (end - start_day) * (pos + 1) // n_steps)
                elif not blocked and step_target + dt.timedelta(days=7) <= t.today and rng.random() < 0.75:
                    state = PathState.DONE
                    step_done = min(t.today, step_target + dt.timedelta(days=rng.randint(-7, 7)))
                    step_done = max(step_done, start_day)
                else:
                    state = PathState.PLANNED if blocked or dropped else PathState.IN_PROGRESS
                    if dropped:
                        state = PathState.DROPPED
                    blocked = True
                steps.append((step_titles[pos], step_target, state, step_done))
            states = [s[2] for s in steps]
            if all(s == PathState.DONE for s in states):
                goal_state = PathState.DONE
            elif dropped:
                goal_state = PathState.DROPPED
            elif PathState.DONE in states or (t.today - start_day).days > 7:
                goal_state = PathState.IN_PROGRESS
            else:
                goal_state = PathState.PLANNED
                steps = [(a, b, PathState.PLANNED, None) for a, b, _, _ in steps]
            done_days = [s[3] for s in steps if s[3] is not None]
            goal_updated = created
            if done_days:
                goal_updated = max(created, self.office_time(max(done_days)))
            goal = self.meta(created, staff_id, goal_updated)
            goal.update(client_id=client_id, title=title, description="", target_date=target, state=goal_state)
            sink.add("path_goal", goal)
            for pos, (step_title, step_target, state, step_done) in enumerate(steps):
                updated = max(created, self.office_time(step_done)) if step_done is not None else created
                step = self.meta(created, staff_id, updated)
                step.update(goal_id=goal["id"], position=pos, title=step_title, target_date=step_target,
                            state=state, done_on=step_done)
                sink.add("path_step", step)

    def add_certificate(
        self,
        sink: _Sink,
        client_id: str,
        area: str,
        qualification: str,
        workshop_id: str | None,
        day: dt.date,
        assessed_by: str | None,
        assessor_name: str,
        note: str,
    ) -> None:
        at = self.office_time(day)
        row = self.meta(at, assessed_by)
        row.update(client_id=client_id, competence_area=area, qualification=qualification, workshop_id=workshop_id,
                   awarded_on=day, assessed_by_id=assessed_by, assessor_name=assessor_name, note=note)
        sink.add("competence_certificate", row)

    # ----------------------------------------------------------------- workshops

    def make_workshops(self, sink: _Sink) -> None:
        t = self.t
        coordinator = self.staff["Minna Partanen"]
        this_monday = t.today - dt.timedelta(days=t.today.weekday())
        last_monday = this_monday + dt.timedelta(weeks=2)
        mondays = []
        monday = t.period_start
        while monday <= last_monday:
            mondays.append(monday)
            monday += dt.timedelta(weeks=1)
        for index, spec in enumerate(WORKSHOPS):
            created = self.setup_at + dt.timedelta(hours=1, minutes=10 * index)
            workshop = self.meta(created, coordinator)
            workshop_id = workshop["id"]
            workshop.update(name=spec.name, kind=spec.kind, place=spec.place, village=spec.village,
                            capacity=spec.capacity, start_date=t.setup_day, end_date=None,
                            description=spec.description)
            sink.add("workshop", workshop)
            slot_ids: list[str] = []
            for weekday, start, end in spec.slots:
                slot = self.meta(created, coordinator)
                slot.update(workshop_id=workshop_id, weekday=weekday, start_time=start, end_time=end)
                sink.add("workshop_schedule_slot", slot)
                slot_ids.append(slot["id"])
            facilitators = [self.staff[name] for name in spec.facilitators]
            for staff_id in facilitators:
                row = self.meta(created, coordinator)
                row.update(workshop_id=workshop_id, staff_id=staff_id)
                sink.add("workshop_facilitator", row)
            catchment = [
                i for i, p in enumerate(self.plans)
                if p.municipality in spec.municipalities and (p.village or not spec.villages_only)
            ]
            enrolments = self.make_enrolments(sink, spec, workshop_id, catchment, mondays, coordinator)
            self.make_sessions(
                sink, spec, workshop_id, slot_ids, catchment, enrolments, mondays, facilitators, coordinator
            )
            self.report(STAGE_WORKSHOPS, 0.85 + 0.07 * (index + 1) / len(WORKSHOPS))

    def make_enrolments(
        self,
        sink: _Sink,
        spec: WorkshopDef,
        workshop_id: str,
        catchment: list[int],
        mondays: list[dt.date],
        staff_id: str,
    ) -> list[tuple[int, dt.date, dt.date | None]]:
        """Keep about ``target_enrolled`` clients enrolled each week; returns (client, enrolled_on, left_on)."""
        rng, t = self.rng, self.t
        result: list[tuple[int, dt.date, dt.date | None]] = []
        if not catchment:
            return result
        enrolled: dict[int, bool] = {}
        active: list[tuple[int, dt.date, dt.date | None]] = []
        for week, monday in enumerate(mondays):
            if monday > t.today:
                break
            active = [e for e in active if e[2] is None or e[2] > monday]
            for _ in range(spec.target_enrolled - len(active)):
                for _attempt in range(30):
                    index = rng.choice(catchment)
                    plan = self.plans[index]
                    if index in enrolled or plan.start > monday + dt.timedelta(days=4) or plan.end <= monday:
                        continue
                    if week == 0:
                        earliest = max(plan.created_day, monday - dt.timedelta(weeks=8))
                        on = earliest + dt.timedelta(days=rng.randint(0, max(0, (monday - earliest).days)))
                    else:
                        on = max(plan.start, monday + dt.timedelta(days=rng.randint(0, 4)))
                    on = min(on, t.today, plan.end)
                    left: dt.date | None = on + dt.timedelta(weeks=rng.randint(4, 20))
                    if plan.end < t.today:
                        left = min(left, plan.end) if left is not None else plan.end
                    if left is not None and left > t.today:
                        left = None
                    if left is not None and left <= on:
                        continue
                    enrolled[index] = True
                    entry = (index, on, left)
                    active.append(entry)
                    result.append(entry)
                    created = self.office_time(on)
                    updated = self.office_time(left) if left is not None else created
                    row = self.meta(created, staff_id, max(created, updated))
                    row.update(workshop_id=workshop_id, client_id=plan.id, enrolled_on=on, left_on=left)
                    sink.add("workshop_enrolment", row)
                    break
        return result

    def make_sessions(
        self,
        sink: _Sink,
        spec: WorkshopDef,
        workshop_id: str,
        slot_ids: list[str],
        catchment: list[int],
        enrolments: list[tuple[int, dt.date, dt.date | None]],
        mondays: list[dt.date],
        facilitators: list[str],
        coordinator: str,
    ) -> None:
        rng, t = self.rng, self.t
        present_days: dict[int, list[dt.date]] = {}
        for monday in mondays:
            for slot_id, (weekday, start, end) in zip(slot_ids, spec.slots, strict=True):
                day = monday + dt.timedelta(days=weekday - 1)
                start_minute = start.hour * 60 + start.minute
                end_minute = end.hour * 60 + end.minute
                held = day < t.today or (day == t.today and start_minute < NOW_MINUTE)
                cancelled, reason = False, ""
                if day in t.holidays:
                    cancelled, reason = True, "Arkipyhä"
                elif held and rng.random() < 0.02:
                    cancelled, reason = True, rng.choice(CANCEL_REASONS)
                created_day = min(max(t.setup_day, day - dt.timedelta(days=14)), t.today)
                created = t.at(created_day, OFFICE_OPENS + rng.randrange(30))
                marks: list[Row] = []
                anonymous = 0
                marker = rng.choice(facilitators)
                if held and not cancelled:
                    anonymous = rng.choice((0, 0, 0, 1, 1, 2, 3))
                    marks = self.attendance(day, start_minute, end_minute, spec, catchment, enrolments, marker)
                updated = created
                if marks:
                    updated = max(created, min(t.at(day, end_minute), t.now))
                session = self.meta(created, marker if marks else coordinator, updated)
                # The same key the schedule gives the session (services/workshops.py), so that
                # generating sessions later never doubles those of the demo.
                session["id"] = session_key(workshop_id, slot_id, day)
                session.update(workshop_id=workshop_id, slot_id=slot_id, session_date=day, start_time=start,
                               end_time=end,
                               place=spec.place, cancelled=cancelled, cancel_reason=reason, anonymous_count=anonymous,
                               note=rng.choice(SESSION_NOTES) if held and not cancelled and rng.random() < 0.15
                               else "")
                sink.add("workshop_session", session)
                for mark in marks:
                    mark["session_id"] = session["id"]
                    index = mark.pop("_client_index")
                    if mark["status"] == AttendanceStatus.PRESENT:
                        present_days.setdefault(index, []).append(day)
                    sink.add("attendance_mark", mark)
        for index, days in present_days.items():
            self.plans[index].present += len(days)
        self.workshop_certificates(sink, workshop_id, present_days, facilitators)

    def attendance(
        self,
        day: dt.date,
        start_minute: int,
        end_minute: int,
        spec: WorkshopDef,
        catchment: list[int],
        enrolments: list[tuple[int, dt.date, dt.date | None]],
        marker: str,
    ) -> list[Row]:
        rng, t = self.rng, self.t
        rows: list[Row] = []
        marked: dict[int, bool] = {}
        ongoing = day == t.today and end_minute > NOW_MINUTE
        people = [(e[0], False) for e in enrolments if e[1] <= day and (e[2] is None or e[2] > day)]
        people = [p for p in people if rng.random() < 0.72]
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3)) if catchment else 0):
            for _attempt in range(10):
                index = rng.choice(catchment)
                plan = self.plans[index]
                if index in marked or any(p[0] == index for p in people) or not plan.start <= day <= plan.end:
                    continue
                people.append((index, True))
                marked[index] = True
                break
        for index, drop_in in people:
            r = rng.random()
            status = AttendanceStatus.PRESENT
            if not drop_in:
                status = (
                    AttendanceStatus.PRESENT if r < 0.84 else AttendanceStatus.ABSENT if r < 0.94
                    else AttendanceStatus.EXCUSED
                )
            time_in: dt.time | None = None
            time_out: dt.time | None = None
            if status == AttendanceStatus.PRESENT and rng.random() < 0.3:
                minute_in = start_minute + 5 * rng.randint(0, 9)
                time_in = dt.time(minute_in // 60, minute_in % 60)
                minute_out = max(minute_in + 30, end_minute - 5 * rng.randint(0, 12))
                if not ongoing:
                    time_out = dt.time(minute_out // 60, minute_out % 60)
            created = min(t.at(day, start_minute + rng.randint(0, 20)), t.now)
            updated = created
            if time_out is not None:
                updated = max(created, min(t.at(day, time_out.hour * 60 + time_out.minute), t.now))
            row = self.meta(created, marker, updated)
            row.update(session_id=None, client_id=self.plans[index].id, status=status, drop_in=drop_in,
                       time_in=time_in, time_out=time_out, marked_by_id=marker, _client_index=index)
            rows.append(row)
        return rows

    def workshop_certificates(
        self, sink: _Sink, workshop_id: str, present_days: dict[int, list[dt.date]], facilitators: list[str]
    ) -> None:
        rng = self.rng
        for index, days in present_days.items():
            if len(days) < 4 or rng.random() >= 0.4:
                continue
            areas = rng.sample(COMPETENCE_AREAS, 2 if rng.random() < 0.25 else 1)
            for area, qualification in areas:
                day = rng.choice(days[3:])
                self.add_certificate(sink, self.plans[index].id, area, qualification, workshop_id, day,
                                     rng.choice(facilitators), "", "Osaaminen osoitettu työpajassa työnäytöllä.")


    # ----------------------------------------------------------------- projects and participants

    def make_participants(self, sink: _Sink) -> None:
        """The projects, and the clients who took part in them with entry data, exits and follow-ups.

        Most clients with substantial contact (two visits or more, a workshop session or a referral) who
        are eligible become participants; a client who has exited leaves the project on their exit date
        with their exit outcome (the participation's exit extends the client's), and most of those whose
        six months have passed have a follow-up.
        """
        t = self.t
        coordinator = self.staff["Minna Partanen"]
        for number, spec in enumerate(PROJECTS):
            earliest = t.period_start - dt.timedelta(days=spec.starts_before_period_days)
            start = min(earliest, t.setup_day).replace(day=1) if number == 0 else earliest.replace(day=1)
            end = _add_months(start, spec.months) - dt.timedelta(days=1)
            while end < t.today + dt.timedelta(days=90):  # a long demo history: the project runs on
                end = _add_months(end + dt.timedelta(days=1), 12) - dt.timedelta(days=1)
            created = max(self.setup_at, t.at(start, 9 * 60)) + dt.timedelta(hours=3, minutes=number)
            created = min(created, t.now)
            row = self.pmeta(created, coordinator)
            row.update(name=spec.name, code="", funder=spec.funder, start_date=start, end_date=end,
                       participant_target=spec.target, description=spec.description)
            sink.add("project", row)
            for plan in self.plans:
                self.make_participant(sink, spec, row["id"], start, end, plan)

    def pmeta(self, when: dt.datetime, by: str | None) -> Row:
        """:meth:`meta` with a key from the participants' own random stream."""
        return {"id": seeded_uuid7(self.prng, when), "created_at": when, "updated_at": when, "updated_by_id": by,
                "device_id": self.device_id, "deleted_at": None}

    def make_participant(
        self, sink: _Sink, spec: ProjectDef, project_id: str, start: dt.date, end: dt.date, plan: _Plan
    ) -> None:
        rng, t = self.prng, self.t
        if spec.municipalities and plan.municipality not in spec.municipalities:
            return
        substantial = len(plan.visit_days) >= 2 or plan.present > 0 or plan.referred
        if rng.random() >= (spec.share if substantial else 0.1):
            return
        # Entry: an existing client joined soon after they first came; a new one on their second contact.
        days = sorted(plan.visit_days)
        if plan.created_day < t.period_start:
            entry = plan.created_day + dt.timedelta(days=rng.randint(0, 45))
            entry = min(entry, t.period_start - dt.timedelta(days=1))
        elif days:
            entry = days[1] if len(days) >= 2 else days[0]
        else:
            entry = plan.created_day
        if spec.youth_only:
            entry += dt.timedelta(days=rng.randint(0, 20))
        entry = max(entry, start)
        if entry > min(plan.end, t.today, end):
            return
        young = plan.birth is not None and age_on(plan.birth, entry) < 30
        if spec.youth_only and not young:
            return
        staff_id = plan.coach_id or rng.choice(self.coaches)
        created = self.participant_time(entry)
        row = self.pmeta(created, staff_id)

        r = rng.random()
        gender = Gender.NOT_TOLD if r < 0.02 else Gender.NON_BINARY if r < 0.025 else (
            Gender.MAN if plan.male else Gender.WOMAN)
        other_language = plan.language == Language.OTHER
        row.update(
            project_id=project_id,
            client_id=plan.id,
            entry_date=entry,
            gender=gender,
            age_band=age_band_for(plan.birth, entry),
            labour_status=self.ppick(LABOUR_WEIGHTS_YOUNG if young else LABOUR_WEIGHTS_ADULT),
            education_level=self.ppick(EDUCATION_WEIGHTS_YOUNG if young else EDUCATION_WEIGHTS_ADULT),
            rural=rural_for(plan.municipality, plan.village),
            disability=self.ppick(DISABILITY_WEIGHTS),
            foreign_background=self.ppick(FOREIGN_WEIGHTS_OTHER if other_language else FOREIGN_WEIGHTS),
            third_country_national=self.ppick(THIRD_COUNTRY_WEIGHTS_OTHER if other_language else THIRD_COUNTRY_WEIGHTS),
            minority=self.ppick(MINORITY_WEIGHTS),
            homeless=self.ppick(HOMELESS_WEIGHTS),
            exit_date=None,
            exit_outcome=None,
            follow_up_on=None,
            follow_up_employed=None,
            follow_up_improved=None,
            follow_up_by_id=None,
        )
        exit_date: dt.date | None = None
        outcome = plan.exit_outcome
        if outcome is not None:  # the client's path ended: so did the participation, the same day and way
            exit_date = plan.end
        else:  # some leave the project on a later contact and stay clients
            later = [d for d in days if entry + dt.timedelta(days=120) <= d < t.today]
            if later and rng.random() < PROJECT_EXIT_SHARE:
                exit_date = later[0] if rng.random() < 0.6 else rng.choice(later)
                outcome = self.ppick(PROJECT_EXIT_WEIGHTS)
        if exit_date is not None and outcome is not None:
            row.update(exit_date=exit_date, exit_outcome=outcome)
            row["updated_at"] = max(created, self.participant_time(exit_date))
            self.summary.exited_participants += 1
            due = _add_months(exit_date, 6)
            if due <= t.today and rng.random() < FOLLOW_UP_SHARE:
                on = min(t.today, due + dt.timedelta(days=rng.randint(0, 25)))
                employed = rng.random() < EMPLOYED_AFTER[outcome]
                if employed:
                    improved = Answer.YES
                elif outcome in (ExitOutcome.EDUCATION, ExitOutcome.QUALIFICATION):
                    improved = Answer.YES if rng.random() < 0.6 else Answer.NO
                else:
                    r = rng.random()
                    improved = Answer.YES if r < 0.15 else Answer.NOT_TOLD if r < 0.2 else Answer.NO
                row.update(follow_up_on=on, follow_up_employed=Answer.YES if employed else Answer.NO,
                           follow_up_improved=improved, follow_up_by_id=staff_id)
                row["updated_at"] = max(row["updated_at"], self.participant_time(on))
                self.summary.follow_ups += 1
        sink.add("project_participant", row)

    def participant_time(self, day: dt.date) -> dt.datetime:
        """An office-hours moment of *day* from the participants' stream (before the simulated now)."""
        last = NOW_MINUTE - 10 if day == self.t.today else OFFICE_LAST_VISIT
        return self.t.at(day, self.prng.randrange(OFFICE_OPENS, last))

    def ppick(self, weights: dict[_T, int]) -> _T:
        return self.prng.choices(list(weights), list(weights.values()))[0]


def _add_months(day: dt.date, months: int) -> dt.date:
    """*day* moved by whole calendar months (the 31st becomes the month's last day where it has none)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))

