"""Participant-level rows of a period report: one row per participation, for entering into EURA 2021.

:func:`participant_rows` reads, in one query, the participations the period report counts
(:func:`.queries.participations`: the same filters, so the sheet lists exactly the people the figures
count) that are either *active* in the period (entry on or before its end, no exit or an exit on or
after its start) or whose *six-month follow-up* falls in the period (exit plus six months in the period
and not after today: the longer-term results the period's report asks for). Each row carries the
participant's pseudonymous code (:func:`~vauhdittamo.services.pseudonym.participant_code`), the entry
data, the exit and the follow-up, and what is missing from them (:data:`MISSING_KEYS`);
:func:`incomplete_rows` picks the rows a coordinator must have completed.

What is missing (as the report's :func:`.indicators.incomplete_condition` counts it, plus the
follow-up): gender, age band, labour-market status or education level not told; an exit on or before
the period's end without a known situation; a six-month follow-up due on or before the period's end
that has passed (before *today*) unrecorded. The sensitive answers may be left untold by choice.

The sensitive entry answers (:data:`~vauhdittamo.models.project.SENSITIVE_FIELDS`) are read only for
those who see health-related details in general (:attr:`Permission.VIEW_ALL_HEALTH_DETAILS`);
whoever shows or exports them records it once (:func:`record_details_viewed`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, false, or_, select
from sqlalchemy.orm import Session, aliased

from vauhdittamo.models import (
    SENSITIVE_FIELDS,
    AgeBand,
    Answer,
    AuditAction,
    Client,
    EducationLevel,
    ExitOutcome,
    Gender,
    LabourStatus,
    Project,
    StaffMember,
)
from vauhdittamo.services import audit
from vauhdittamo.services.attendance_export import sort_key
from vauhdittamo.services.permissions import Permission, allowed, require
from vauhdittamo.services.pseudonym import participant_code
from vauhdittamo.services.reporting.period import Period, ReportFilters
from vauhdittamo.services.reporting.queries import FOLLOW_UP_MONTHS, add_months, exit_window, participations
from vauhdittamo.timeutil import local_today

ENTITY_PERIOD_REPORT = "period_report"  # audit entries about a period report's participant rows

# What may be missing from a participation (the keys of ParticipantRow.missing), in this order.
MISSING_GENDER = "gender"
MISSING_AGE = "age_band"
MISSING_LABOUR_STATUS = "labour_status"
MISSING_EDUCATION = "education_level"
MISSING_EXIT_SITUATION = "exit_outcome"  # exited without a situation at exit (none or not known)
MISSING_FOLLOW_UP = "follow_up"  # six months after the exit passed without a follow-up
MISSING_KEYS = (
    MISSING_GENDER,
    MISSING_AGE,
    MISSING_LABOUR_STATUS,
    MISSING_EDUCATION,
    MISSING_EXIT_SITUATION,
    MISSING_FOLLOW_UP,
)
# The keys of the entry and exit data the report's "incomplete" figure counts (not the follow-up).
ENTRY_EXIT_KEYS = frozenset(MISSING_KEYS) - {MISSING_FOLLOW_UP}


def follow_up_due(exit_date: dt.date) -> dt.date:
    """When the six-month follow-up of an exit on *exit_date* is due."""
    return add_months(exit_date, FOLLOW_UP_MONTHS)


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    """One participation: the person (by code; the name for the centre's own use), entry, exit, follow-up.

    ``sensitive`` holds the answers of :data:`SENSITIVE_FIELDS` in that order, or ``None`` when the
    reader may not see them. ``name`` is ``"Sukunimi, Etunimi"``, empty once the client is anonymised.
    ``coach_name``: the client's personal coach; ``recorded_by_name``: who last changed the participation.
    ``active``: took part in the period (else the row is there for its follow-up due in the period).
    """

    participation_id: str
    client_id: str
    code: str
    name: str
    anonymised: bool
    project_id: str
    project_name: str
    project_code: str
    entry_date: dt.date
    gender: Gender
    age_band: AgeBand
    labour_status: LabourStatus
    education_level: EducationLevel
    rural: Answer
    sensitive: tuple[Answer, ...] | None
    exit_date: dt.date | None
    exit_outcome: ExitOutcome | None
    follow_up_due: dt.date | None
    follow_up_on: dt.date | None
    follow_up_employed: Answer | None
    follow_up_improved: Answer | None
    municipality: str
    village: str
    coach_name: str
    recorded_by_name: str
    active: bool
    follow_up_in_period: bool
    missing: tuple[str, ...]  # MISSING_* keys, in the order of MISSING_KEYS

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def entry_or_exit_missing(self) -> bool:
        """Entry or exit data missing (what the report's ``participants.incomplete`` counts, by person)."""
        return self.active and any(key in ENTRY_EXIT_KEYS for key in self.missing)


@dataclass(frozen=True)
class ParticipantList:
    """The rows of :func:`participant_rows` and whether they hold the sensitive answers."""

    period: Period
    filters: ReportFilters
    today: dt.date
    rows: list[ParticipantRow]
    sensitive_shown: bool

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def incomplete(self) -> list[ParticipantRow]:
        return incomplete_rows(self.rows)

    @property
    def active_people(self) -> int:
        """Distinct people active in the period (the report's ``participants.active``)."""
        return len({r.client_id for r in self.rows if r.active})

    @property
    def incomplete_people(self) -> int:
        """Distinct active people with entry or exit data missing (the report's ``participants.incomplete``)."""
        return len({r.client_id for r in self.rows if r.entry_or_exit_missing})

    @property
    def follow_ups_overdue(self) -> int:
        """Participations whose six-month follow-up is overdue."""
        return sum(1 for r in self.rows if MISSING_FOLLOW_UP in r.missing)


def _missing(
    gender: Gender,
    age_band: AgeBand,
    labour: LabourStatus,
    education: EducationLevel,
    exit_date: dt.date | None,
    outcome: ExitOutcome | None,
    follow_up_on: dt.date | None,
    period: Period,
    today: dt.date,
) -> tuple[str, ...]:
    missing = []
    if gender is Gender.NOT_TOLD:
        missing.append(MISSING_GENDER)
    if age_band is AgeBand.UNKNOWN:
        missing.append(MISSING_AGE)
    if labour is LabourStatus.NOT_TOLD:
        missing.append(MISSING_LABOUR_STATUS)
    if education is EducationLevel.NOT_TOLD:
        missing.append(MISSING_EDUCATION)
    if exit_date is not None and exit_date <= period.end:
        if outcome is None or outcome is ExitOutcome.UNKNOWN:
            missing.append(MISSING_EXIT_SITUATION)
        due = follow_up_due(exit_date)
        if follow_up_on is None and due <= period.end and due < today:
            missing.append(MISSING_FOLLOW_UP)
    return tuple(missing)


def participant_rows(
    session: Session,
    period: Period,
    filters: ReportFilters,
    *,
    today: dt.date | None = None,
    with_sensitive: bool = True,
) -> ParticipantList:
    """The participations of *period* that *filters* cover (see the module), by project, entry date and code.

    *today* (Helsinki; default now) decides which follow-ups are due and overdue. Needs
    :attr:`Permission.EXPORT_REPORTS`; the sensitive answers are read only with
    :attr:`Permission.VIEW_ALL_HEALTH_DETAILS` and *with_sensitive* (then record that they were
    shown with :func:`record_details_viewed`).
    """
    require(session, Permission.EXPORT_REPORTS)
    today = today or local_today()
    sensitive_shown = with_sensitive and allowed(session, Permission.VIEW_ALL_HEALTH_DETAILS)
    coach = aliased(StaffMember)
    recorder = aliased(StaffMember)
    pp = participations(filters, period, today).subquery("pp")
    c = pp.c
    active = and_(c.entry_date <= period.end, or_(c.exit_date.is_(None), c.exit_date >= period.start))
    window = exit_window(period.start, min(period.end, today), FOLLOW_UP_MONTHS)
    follow_up = false() if window is None else c.exit_date.between(*window)
    sensitive_columns = [c[name] for name in SENSITIVE_FIELDS] if sensitive_shown else []
    query = (
        select(
            c.id,
            c.client_id,
            Client.first_name,
            Client.last_name,
            Client.anonymised_at,
            Client.deleted_at,
            Client.municipality,
            Client.village,
            c.project_id,
            Project.name,
            Project.code,
            c.entry_date,
            c.gender,
            c.age_band,
            c.labour_status,
            c.education_level,
            c.rural,
            c.exit_date,
            c.exit_outcome,
            c.follow_up_on,
            c.follow_up_employed,
            c.follow_up_improved,
            coach.display_name,
            recorder.display_name,
            active,
            follow_up,
            *sensitive_columns,
        )
        .select_from(pp)
        .outerjoin(Project, Project.id == c.project_id)
        .outerjoin(Client, Client.id == c.client_id)
        .outerjoin(coach, and_(coach.id == Client.personal_coach_id, coach.deleted_at.is_(None)))
        .outerjoin(recorder, and_(recorder.id == c.updated_by_id, recorder.deleted_at.is_(None)))
        .where(or_(active, follow_up))
        .execution_options(yield_per=5000)
    )
    rows: list[ParticipantRow] = []
    for found in session.execute(query):
        (
            participation_id,
            client_id,
            first,
            last,
            anonymised_at,
            erased_at,
            municipality,
            village,
            project_id,
            project_name,
            project_code,
            entry,
            gender,
            age_band,
            labour,
            education,
            rural,
            exit_date,
            outcome,
            follow_up_on,
            employed,
            improved,
            coach_name,
            recorder_name,
            is_active,
            is_follow_up,
            *sensitive,
        ) = found
        anonymised = anonymised_at is not None or erased_at is not None
        first, last = (first or "").strip(), (last or "").strip()
        gender, age_band = Gender(gender), AgeBand(age_band)
        labour, education = LabourStatus(labour), EducationLevel(education)
        outcome = None if outcome is None else ExitOutcome(outcome)
        rows.append(
            ParticipantRow(
                participation_id=participation_id,
                client_id=client_id,
                code=participant_code(client_id),
                name="" if anonymised else ", ".join(part for part in (last, first) if part),
                anonymised=anonymised,
                project_id=project_id,
                project_name=project_name or "",
                project_code=project_code or "",
                entry_date=entry,
                gender=gender,
                age_band=age_band,
                labour_status=labour,
                education_level=education,
                rural=Answer(rural),
                sensitive=tuple(Answer(a) for a in sensitive) if sensitive_shown else None,
                exit_date=exit_date,
                exit_outcome=outcome,
                follow_up_due=None if exit_date is None else follow_up_due(exit_date),
                follow_up_on=follow_up_on,
                follow_up_employed=None if employed is None else Answer(employed),
                follow_up_improved=None if improved is None else Answer(improved),
                municipality="" if anonymised else municipality or "",
                village="" if anonymised else village or "",
                coach_name=coach_name or "",
                recorded_by_name=recorder_name or "",
                active=bool(is_active),
                follow_up_in_period=bool(is_follow_up),
                missing=_missing(gender, age_band, labour, education, exit_date, outcome, follow_up_on, period, today),
            )
        )
    rows.sort(key=lambda r: (sort_key(r.project_name), r.project_id, r.entry_date, r.code, r.participation_id))
    return ParticipantList(period, filters, today, rows, sensitive_shown)


def incomplete_rows(rows: Iterable[ParticipantRow]) -> list[ParticipantRow]:
    """The rows with something missing, by personal coach (none last), project and name, for asking each coach."""
    found = [r for r in rows if r.missing]
    found.sort(
        key=lambda r: (
            not r.coach_name,
            sort_key(r.coach_name),
            sort_key(r.project_name),
            r.project_id,
            sort_key(r.name),
            r.code,
            r.participation_id,
        )
    )
    return found


def record_details_viewed(session: Session, participants: ParticipantList, purpose: str = "period") -> None:
    """One audit entry when *participants* hold sensitive answers (in the caller's transaction): counts only.

    Call it in a short transaction of its own after the rows were shown or written.
    """
    if not participants.sensitive_shown or not participants.rows:
        return
    audit.record(
        session,
        AuditAction.PARTICIPANT_DETAILS_VIEWED,
        ENTITY_PERIOD_REPORT,
        detail=f"export={purpose} participants={len(participants.rows)}",
    )
