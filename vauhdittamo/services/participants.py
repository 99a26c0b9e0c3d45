"""Participants of projects: a client's entry to a project, the entry data, the exit and the follow-up.

The entry data are those Regulation (EU) 2021/1057, Annex I asks of each participant; every answer may
be "not told". The age band is worked out from the client's birth date on the entry day and kept (it
stays when the client is anonymised); living in a rural area is derived from the client's village or
municipality where it can be (:func:`rural_for`) and may be answered otherwise.

The sensitive answers (:data:`~vauhdittamo.models.project.SENSITIVE_FIELDS`: disability, foreign
background, third-country national, minority, homeless or in housing exclusion) are seen only by those
who see health-related details: administrators and the client's personal coach
(:func:`may_see_sensitive`). For anyone else the reads return them hidden (``None``) and their writes
leave them as they are. Each reading of them is recorded in the audit trail
(``PARTICIPANT_DETAILS_VIEWED``, the participation's id, no personal data).

The exit uses the client's own :class:`~vauhdittamo.models.client.ExitOutcome`; when the client's path
ends (:func:`vauhdittamo.services.client_card.set_exit`) every open participation ends with it
(:func:`end_with_client`). Six months after an exit the participant is asked again (the follow-up);
:func:`due_follow_ups` lists those whose follow-up is due.

Recording entries, exits and follow-ups needs
:attr:`~vauhdittamo.services.permissions.Permission.RECORD_PARTICIPATION`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.models import (
    AgeBand,
    Answer,
    AuditAction,
    Client,
    EducationLevel,
    ExitOutcome,
    Gender,
    LabourStatus,
    Project,
    ProjectParticipant,
    StaffMember,
)
from vauhdittamo.models.project import SENSITIVE_FIELDS
from vauhdittamo.services import audit
from vauhdittamo.services.permissions import (
    Permission,
    current_actor,
    require,
    require_signed_in,
)
from vauhdittamo.timeutil import age_on, format_date, local_today, utcnow

ENTITY_PARTICIPANT = "project_participant"
FOLLOW_UP_MONTHS = 6

MSG_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The client no longer exists.")
MSG_PROJECT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The project no longer exists.")
MSG_CHOOSE_PROJECT = QT_TRANSLATE_NOOP("errors", "Choose the project.")
MSG_PARTICIPANT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The participation no longer exists.")
MSG_ALREADY_PARTICIPANT = QT_TRANSLATE_NOOP(
    "errors", "The client already takes part in this project (entered on {date}). Change that entry instead."
)
MSG_ENTRY_FUTURE = QT_TRANSLATE_NOOP("errors", "The entry date cannot be in the future.")
MSG_ENTRY_BEFORE_START = QT_TRANSLATE_NOOP("errors", "The project starts on {date}: the entry cannot be earlier.")
MSG_ENTRY_AFTER_END = QT_TRANSLATE_NOOP("errors", "The project ended on {date}: the entry cannot be later.")
MSG_ENTRY_AFTER_EXIT = QT_TRANSLATE_NOOP("errors", "The entry date cannot be after the exit date ({date}).")
MSG_CHOOSE = QT_TRANSLATE_NOOP("errors", "Choose one of the answers (\"Not told\" is one of them).")
MSG_SENSITIVE_RESTRICTED = QT_TRANSLATE_NOOP(
    "errors",
    "The answers about disability, background, minority and housing are recorded only by the client's "
    "personal coach and administrators.",
)
MSG_EXIT_OUTCOME = QT_TRANSLATE_NOOP("errors", "Choose the situation at exit.")
MSG_EXIT_FUTURE = QT_TRANSLATE_NOOP("errors", "The exit date cannot be in the future.")
MSG_EXIT_BEFORE_ENTRY = QT_TRANSLATE_NOOP("errors", "The exit date cannot be before the entry date ({date}).")
MSG_CLIENT_EXIT_BEFORE_ENTRY = QT_TRANSLATE_NOOP(
    "errors",
    "The client entered the project {project} on {date}, after this exit date. Correct that entry first.",
)
MSG_NOT_EXITED = QT_TRANSLATE_NOOP("errors", "Record the exit first: the follow-up is six months after it.")
MSG_FOLLOW_UP_TOO_EARLY = QT_TRANSLATE_NOOP(
    "errors", "The six-month follow-up can be recorded from {date} on (six months after the exit)."
)
MSG_FOLLOW_UP_FUTURE = QT_TRANSLATE_NOOP("errors", "The follow-up date cannot be in the future.")
MSG_HAS_FOLLOW_UP = QT_TRANSLATE_NOOP(
    "errors", "The six-month follow-up has been recorded: remove it before removing the exit."
)

E = TypeVar("E", bound=enum.Enum)


# --------------------------------------------------------------------------- derived entry data


def add_months(day: dt.date, months: int) -> dt.date:
    """*day* moved by whole calendar months (the 31st becomes the month's last day where needed)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def follow_up_due_on(exit_date: dt.date) -> dt.date:
    """The first day the six-month follow-up of an exit on *exit_date* can be done."""
    return add_months(exit_date, FOLLOW_UP_MONTHS)


def age_band_for(birth_date: dt.date | None, day: dt.date) -> AgeBand:
    """The age band on *day* (under 18, 18–29, 30–54, 55 and over; unknown without a birth date)."""
    if birth_date is None:
        return AgeBand.UNKNOWN
    age = age_on(birth_date, day)
    if age < 18:
        return AgeBand.UNDER_18
    if age < 30:
        return AgeBand.AGE_18_29
    if age < 55:
        return AgeBand.AGE_30_54
    return AgeBand.AGE_55_PLUS


# Municipalities by the degree of urbanisation (DEGURBA) of Statistics Finland, for the ones the centre's
# clients come from: thinly populated (rural) ones, and towns and cities. A municipality on neither list
# gives no answer: staff answer the question themselves.
RURAL_MUNICIPALITIES = frozenset(
    {
        "lieksa", "juuka", "nurmes", "ilomantsi", "valtimo", "rautavaara", "polvijärvi", "rääkkylä",
        "tohmajärvi", "kitee", "heinävesi", "kaavi", "tuusniemi", "sotkamo", "kuhmo", "suomussalmi",
        "puolanka", "hyrynsalmi", "ristijärvi", "kesälahti", "outokumpu", "liperi",
    }
)
URBAN_MUNICIPALITIES = frozenset(
    {
        "joensuu", "kuopio", "helsinki", "espoo", "vantaa", "tampere", "turku", "oulu", "jyväskylä",
        "lahti", "lappeenranta", "mikkeli", "savonlinna", "kajaani", "iisalmi", "varkaus", "pori",
        "kouvola", "kotka", "vaasa", "hämeenlinna", "rovaniemi", "seinäjoki", "kontiolahti",
    }
)


def rural_for(municipality: str, village: str) -> Answer:
    """Living in a rural area, as far as the address tells: a village, or a thinly populated
    municipality, is rural; a town or city is not; anything else is not known (``NOT_TOLD``)."""
    if village.strip():
        return Answer.YES
    name = " ".join(municipality.split()).casefold()
    if name in RURAL_MUNICIPALITIES:
        return Answer.YES
    if name in URBAN_MUNICIPALITIES:
        return Answer.NO
    return Answer.NOT_TOLD


# --------------------------------------------------------------------------- the records


@dataclass(frozen=True, slots=True)
class EntryInput:
    """The entry data as a form gives them.

    ``rural``: ``None`` derives it from the client's village or municipality (:func:`rural_for`) on entry
    and keeps it as it is on a change. The sensitive answers: ``None`` leaves them as they are ("not told"
    on entry); a staff member who may not see them may give only ``None``.
    """

    entry_date: dt.date
    gender: Gender = Gender.NOT_TOLD
    labour_status: LabourStatus = LabourStatus.NOT_TOLD
    education_level: EducationLevel = EducationLevel.NOT_TOLD
    rural: Answer | None = None
    disability: Answer | None = None
    foreign_background: Answer | None = None
    third_country_national: Answer | None = None
    minority: Answer | None = None
    homeless: Answer | None = None


@dataclass(frozen=True, slots=True)
class ParticipationRow:
    """A client's participation in a project as the screens show it.

    The sensitive answers are ``None`` when they were not read (``sensitive_shown`` false): the reader
    may not see them, or did not ask for them.
    """

    participant_id: str
    project_id: str
    project_name: str
    project_start: dt.date
    project_end: dt.date | None
    client_id: str
    entry_date: dt.date
    gender: Gender
    age_band: AgeBand
    labour_status: LabourStatus
    education_level: EducationLevel
    rural: Answer
    exit_date: dt.date | None
    exit_outcome: ExitOutcome | None
    follow_up_on: dt.date | None
    follow_up_employed: Answer | None
    follow_up_improved: Answer | None
    follow_up_by_name: str
    sensitive_shown: bool = False
    disability: Answer | None = None
    foreign_background: Answer | None = None
    third_country_national: Answer | None = None
    minority: Answer | None = None
    homeless: Answer | None = None

    @property
    def exited(self) -> bool:
        return self.exit_date is not None

    @property
    def follow_up_due(self) -> dt.date | None:
        """The first day of the six-month follow-up (``None`` before the exit)."""
        return None if self.exit_date is None else follow_up_due_on(self.exit_date)

    @property
    def followed_up(self) -> bool:
        return self.follow_up_on is not None

    def sensitive_answers(self) -> dict[str, Answer | None]:
        return {name: getattr(self, name) for name in SENSITIVE_FIELDS}


@dataclass(frozen=True, slots=True)
class DueFollowUp:
    """A participant whose six-month follow-up is due and not yet recorded."""

    participant_id: str
    client_id: str
    client_name: str
    project_name: str
    exit_date: dt.date
    due_date: dt.date


# --------------------------------------------------------------------------- helpers


def _as_enum(enum_cls: type[E], value: Any, field: str, message: str = MSG_CHOOSE) -> E:
    try:
        return enum_cls(value)
    except ValueError:
        raise ValidationError(message, field=field) from None


def _live_client(session: Session, client_id: str) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise AppError(MSG_NOT_FOUND)
    return client


def _live_project(session: Session, project_id: str) -> Project:
    project = session.get(Project, project_id)
    if project is None or project.deleted_at is not None:
        raise AppError(MSG_PROJECT_NOT_FOUND)
    return project


def _live_participant(session: Session, participant_id: str) -> ProjectParticipant:
    participant = session.get(ProjectParticipant, participant_id)
    if participant is None or participant.deleted_at is not None:
        raise AppError(MSG_PARTICIPANT_NOT_FOUND)
    return participant


def _coach_may_see(session: Session, coach_id: str | None) -> bool:
    actor = current_actor(session)
    if actor is None:
        return False
    if actor.may(Permission.VIEW_ALL_HEALTH_DETAILS):
        return True
    return actor.staff_id is not None and actor.staff_id == coach_id


def may_see_sensitive(session: Session, client_id: str) -> bool:
    """Whether the signed-in staff member sees the client's sensitive entry answers: administrators and
    the client's personal coach (as :func:`~vauhdittamo.services.permissions.may_see_health_details`)."""
    require_signed_in(session)
    return _coach_may_see(session, _live_client(session, client_id).personal_coach_id)


def suggested_rural(session: Session, client_id: str) -> Answer:
    """Living in a rural area, derived from the client's village or municipality (:func:`rural_for`)."""
    require_signed_in(session)
    client = _live_client(session, client_id)
    return rural_for(client.municipality, client.village)


def _check_entry_date(project: Project, entry_date: dt.date, today: dt.date) -> None:
    if entry_date > today:
        raise ValidationError(MSG_ENTRY_FUTURE, field="entry_date")
    if entry_date < project.start_date:
        raise ValidationError(MSG_ENTRY_BEFORE_START, field="entry_date", date=format_date(project.start_date))
    if project.end_date is not None and entry_date > project.end_date:
        raise ValidationError(MSG_ENTRY_AFTER_END, field="entry_date", date=format_date(project.end_date))


def _entry_values(session: Session, client: Client, entry: EntryInput, *, new: bool) -> dict[str, Any]:
    """The entry data to store, checked (nothing is changed before every answer is found right)."""
    values: dict[str, Any] = {
        "entry_date": entry.entry_date,
        "gender": _as_enum(Gender, entry.gender, "gender"),
        "labour_status": _as_enum(LabourStatus, entry.labour_status, "labour_status"),
        "education_level": _as_enum(EducationLevel, entry.education_level, "education_level"),
        "age_band": age_band_for(client.birth_date, entry.entry_date),
    }
    if entry.rural is not None:
        values["rural"] = _as_enum(Answer, entry.rural, "rural")
    elif new:
        values["rural"] = rural_for(client.municipality, client.village)
    given = {name: getattr(entry, name) for name in SENSITIVE_FIELDS if getattr(entry, name) is not None}
    if given:
        if not _coach_may_see(session, client.personal_coach_id):
            raise AppError(MSG_SENSITIVE_RESTRICTED)
        for name, value in given.items():
            values[name] = _as_enum(Answer, value, name)
    elif new:
        values.update({name: Answer.NOT_TOLD for name in SENSITIVE_FIELDS})
    return values


# --------------------------------------------------------------------------- reading


def _rows(
    session: Session, conditions: list[ColumnElement[bool]], shown: set[str] | None = None
) -> list[ParticipationRow]:
    names = {sid: name for sid, name in session.execute(select(StaffMember.id, StaffMember.display_name))}
    rows = []
    for p, project in session.execute(
        select(ProjectParticipant, Project)
        .join(Project, Project.id == ProjectParticipant.project_id)
        .where(ProjectParticipant.deleted_at.is_(None), *conditions)
        .order_by(ProjectParticipant.entry_date.desc(), Project.name, ProjectParticipant.id)
    ):
        sensitive = shown is not None and p.id in shown
        rows.append(
            ParticipationRow(
                participant_id=p.id,
                project_id=project.id,
                project_name=project.name,
                project_start=project.start_date,
                project_end=project.end_date,
                client_id=p.client_id,
                entry_date=p.entry_date,
                gender=p.gender,
                age_band=p.age_band,
                labour_status=p.labour_status,
                education_level=p.education_level,
                rural=p.rural,
                exit_date=p.exit_date,
                exit_outcome=p.exit_outcome,
                follow_up_on=p.follow_up_on,
                follow_up_employed=p.follow_up_employed,
                follow_up_improved=p.follow_up_improved,
                follow_up_by_name=names.get(p.follow_up_by_id or "", ""),
                sensitive_shown=sensitive,
                **{name: getattr(p, name) if sensitive else None for name in SENSITIVE_FIELDS},
            )
        )
    return rows


def client_participations(session: Session, client_id: str) -> list[ParticipationRow]:
    """The client's participations, the latest entry first, without the sensitive answers (hidden)."""
    require_signed_in(session)
    _live_client(session, client_id)
    return _rows(session, [ProjectParticipant.client_id == client_id])


def open_participation(session: Session, participant_id: str) -> ParticipationRow:
    """One participation with its entry data, for a form that shows them.

    The sensitive answers are in it only for those who may see them (:func:`may_see_sensitive`); that
    reading is recorded in the audit trail (``PARTICIPANT_DETAILS_VIEWED``). Call it once per opening of
    the form, in a transaction that is committed."""
    require_signed_in(session)
    participant = _live_participant(session, participant_id)
    client = _live_client(session, participant.client_id)
    shown: set[str] = set()
    if _coach_may_see(session, client.personal_coach_id):
        shown.add(participant_id)
        audit.record(session, AuditAction.PARTICIPANT_DETAILS_VIEWED, ENTITY_PARTICIPANT, participant_id)
    [row] = _rows(session, [ProjectParticipant.id == participant_id], shown)
    return row


def _due_conditions(day: dt.date, coach_id: str | None) -> list[ColumnElement[bool]]:
    # Every exit at least six calendar months before *day* (a few days more, checked exactly afterwards).
    latest_exit = add_months(day, -FOLLOW_UP_MONTHS) + dt.timedelta(days=3)
    conditions = [
        ProjectParticipant.deleted_at.is_(None),
        ProjectParticipant.exit_date.is_not(None),
        ProjectParticipant.exit_date <= latest_exit,
        ProjectParticipant.follow_up_on.is_(None),
        Project.deleted_at.is_(None),
        Client.deleted_at.is_(None),
        Client.anonymised_at.is_(None),
    ]
    if coach_id is not None:
        conditions.append(Client.personal_coach_id == coach_id)
    return conditions


def due_follow_ups(session: Session, day: dt.date | None = None, coach_id: str | None = None) -> list[DueFollowUp]:
    """Participants whose six-month follow-up is due on *day* (or was earlier) and not yet recorded, the
    longest waiting first: the clients of the personal coach *coach_id*, or everyone's with ``None``."""
    require(session, Permission.RECORD_PARTICIPATION)
    day = day or local_today()
    rows = []
    for pid, client_id, first, last, project, exit_date in session.execute(
        select(
            ProjectParticipant.id,
            Client.id,
            Client.first_name,
            Client.last_name,
            Project.name,
            ProjectParticipant.exit_date,
        )
        .join(Client, Client.id == ProjectParticipant.client_id)
        .join(Project, Project.id == ProjectParticipant.project_id)
        .where(*_due_conditions(day, coach_id))
        .order_by(ProjectParticipant.exit_date, Client.last_name, Client.first_name, ProjectParticipant.id)
    ):
        assert exit_date is not None
        due = follow_up_due_on(exit_date)
        if due <= day:
            rows.append(DueFollowUp(pid, client_id, f"{first} {last}".strip(), project, exit_date, due))
    return rows


def due_follow_up_count(session: Session, day: dt.date | None = None, coach_id: str | None = None) -> int:
    """How many six-month follow-ups are due (as :func:`due_follow_ups`)."""
    return len(due_follow_ups(session, day, coach_id))


# --------------------------------------------------------------------------- changing


def enrol(
    session: Session, client_id: str, project_id: str, entry: EntryInput, today: dt.date | None = None
) -> ProjectParticipant:
    """The client enters the project on ``entry.entry_date`` (not in the future, within the project's
    period) with the entry data; a client takes part in a project once."""
    require(session, Permission.RECORD_PARTICIPATION, entity_type=ENTITY_PARTICIPANT)
    today = today or local_today()
    client = _live_client(session, client_id)
    if not project_id:
        raise ValidationError(MSG_CHOOSE_PROJECT, field="project")
    project = _live_project(session, project_id)
    _check_entry_date(project, entry.entry_date, today)
    existing = session.scalar(
        select(ProjectParticipant).where(
            ProjectParticipant.client_id == client_id, ProjectParticipant.project_id == project_id
        )
    )
    if existing is not None and existing.deleted_at is None:
        raise ValidationError(MSG_ALREADY_PARTICIPANT, field="project", date=format_date(existing.entry_date))
    values = _entry_values(session, client, entry, new=True)
    if existing is not None:  # removed earlier (recorded by mistake): the same record enters again
        participant = existing
        participant.deleted_at = None
        for name in ("exit_date", "exit_outcome", "follow_up_on", "follow_up_employed", "follow_up_improved",
                     "follow_up_by_id"):
            setattr(participant, name, None)
        for name, value in values.items():
            setattr(participant, name, value)
    else:
        participant = ProjectParticipant(client_id=client_id, project_id=project_id, **values)
        session.add(participant)
    session.flush()
    return participant


def change_entry(
    session: Session, participant_id: str, entry: EntryInput, today: dt.date | None = None
) -> ProjectParticipant:
    """Change a participation's entry date and entry data (the sensitive answers only by those who see them)."""
    require(session, Permission.RECORD_PARTICIPATION, entity_type=ENTITY_PARTICIPANT, entity_id=participant_id)
    today = today or local_today()
    participant = _live_participant(session, participant_id)
    client = _live_client(session, participant.client_id)
    _check_entry_date(_live_project(session, participant.project_id), entry.entry_date, today)
    if participant.exit_date is not None and entry.entry_date > participant.exit_date:
        raise ValidationError(MSG_ENTRY_AFTER_EXIT, field="entry_date", date=format_date(participant.exit_date))
    for name, value in _entry_values(session, client, entry, new=False).items():
        setattr(participant, name, value)
    session.flush()
    return participant


def remove_participation(session: Session, participant_id: str) -> None:
    """Remove a participation recorded by mistake (a tombstone)."""
    require(session, Permission.RECORD_PARTICIPATION, entity_type=ENTITY_PARTICIPANT, entity_id=participant_id)
    participant = _live_participant(session, participant_id)
    participant.deleted_at = utcnow()
    session.flush()


def record_exit(
    session: Session,
    participant_id: str,
    exit_date: dt.date,
    outcome: ExitOutcome | None,
    today: dt.date | None = None,
) -> ProjectParticipant:
    """The participant leaves the project on *exit_date* (not before the entry, not in the future) in the
    situation *outcome*. Changing the exit of a participant followed up keeps the follow-up only while it
    is still six months after the new exit date."""
    require(session, Permission.RECORD_PARTICIPATION, entity_type=ENTITY_PARTICIPANT, entity_id=participant_id)
    today = today or local_today()
    participant = _live_participant(session, participant_id)
    chosen = _as_enum(ExitOutcome, outcome, "exit_outcome", MSG_EXIT_OUTCOME)
    if exit_date > today:
        raise ValidationError(MSG_EXIT_FUTURE, field="exit_date")
    if exit_date < participant.entry_date:
        raise ValidationError(MSG_EXIT_BEFORE_ENTRY, field="exit_date", date=format_date(participant.entry_date))
    if participant.follow_up_on is not None and participant.follow_up_on < follow_up_due_on(exit_date):
        raise ValidationError(
            MSG_FOLLOW_UP_TOO_EARLY, field="exit_date", date=format_date(follow_up_due_on(exit_date))
        )
    participant.exit_date = exit_date
    participant.exit_outcome = chosen
    session.flush()
    return participant


def clear_exit(session: Session, participant_id: str) -> ProjectParticipant:
    """The participant takes part again (the exit removed); not once the follow-up is recorded."""
    require(session, Permission.RECORD_PARTICIPATION, entity_type=ENTITY_PARTICIPANT, entity_id=participant_id)
    participant = _live_participant(session, participant_id)
    if participant.follow_up_on is not None:
        raise AppError(MSG_HAS_FOLLOW_UP)
    participant.exit_date = None
    participant.exit_outcome = None
    session.flush()
    return participant


def record_follow_up(
    session: Session,
    participant_id: str,
    follow_up_on: dt.date,
    employed: Answer | None,
    improved: Answer | None,
    today: dt.date | None = None,
) -> ProjectParticipant:
    """The six-month follow-up, done on *follow_up_on* (from six months after the exit, not in the future):
    in employment (self-employed included) and whether the labour-market situation improved (each must be
    answered; "not told" is an answer)."""
    actor = require(
        session, Permission.RECORD_PARTICIPATION, entity_type=ENTITY_PARTICIPANT, entity_id=participant_id
    )
    today = today or local_today()
    participant = _live_participant(session, participant_id)
    if participant.exit_date is None:
        raise AppError(MSG_NOT_EXITED)
    due = follow_up_due_on(participant.exit_date)
    if follow_up_on < due:
        raise ValidationError(MSG_FOLLOW_UP_TOO_EARLY, field="follow_up_on", date=format_date(due))
    if follow_up_on > today:
        raise ValidationError(MSG_FOLLOW_UP_FUTURE, field="follow_up_on")
    participant.follow_up_employed = _as_enum(Answer, employed, "follow_up_employed")
    participant.follow_up_improved = _as_enum(Answer, improved, "follow_up_improved")
    participant.follow_up_on = follow_up_on
    participant.follow_up_by_id = actor.staff_id
    session.flush()
    return participant


def clear_follow_up(session: Session, participant_id: str) -> ProjectParticipant:
    """Remove a follow-up recorded by mistake: it is due again."""
    require(session, Permission.RECORD_PARTICIPATION, entity_type=ENTITY_PARTICIPANT, entity_id=participant_id)
    participant = _live_participant(session, participant_id)
    participant.follow_up_on = None
    participant.follow_up_employed = None
    participant.follow_up_improved = None
    participant.follow_up_by_id = None
    session.flush()
    return participant


# --------------------------------------------------------------------------- with the client's exit


def _closed_with(client_id: str, exit_date: dt.date, outcome: ExitOutcome | None) -> list[ColumnElement[bool]]:
    """The participations the client's exit on *exit_date* with *outcome* closed (no follow-up yet)."""
    return [
        ProjectParticipant.client_id == client_id,
        ProjectParticipant.deleted_at.is_(None),
        ProjectParticipant.exit_date == exit_date,
        ProjectParticipant.exit_outcome.is_(None) if outcome is None else ProjectParticipant.exit_outcome == outcome,
        ProjectParticipant.follow_up_on.is_(None),
    ]


def end_with_client(
    session: Session,
    client_id: str,
    exit_date: dt.date,
    outcome: ExitOutcome,
    previous_date: dt.date | None = None,
    previous_outcome: ExitOutcome | None = None,
) -> int:
    """The client's path ends: every open participation ends on the same day with the same outcome, and
    those the client's previous exit (*previous_date*, *previous_outcome*) closed move with it. A
    participation entered after *exit_date* is refused (:class:`ValidationError` on ``exit_date``).
    Returns how many participations were ended or moved. Part of
    :func:`~vauhdittamo.services.client_card.set_exit` (:attr:`Permission.EDIT_CLIENTS`)."""
    require(session, Permission.EDIT_CLIENTS, entity_type="client", entity_id=client_id)
    condition: ColumnElement[bool] = ProjectParticipant.exit_date.is_(None)
    if previous_date is not None:
        condition = condition | and_(*_closed_with(client_id, previous_date, previous_outcome))
    ending = list(
        session.scalars(
            select(ProjectParticipant).where(
                ProjectParticipant.client_id == client_id, ProjectParticipant.deleted_at.is_(None), condition
            )
        )
    )
    for participant in ending:
        if participant.entry_date > exit_date:
            project = session.get(Project, participant.project_id)
            raise ValidationError(
                MSG_CLIENT_EXIT_BEFORE_ENTRY,
                field="exit_date",
                project=project.name if project else "",
                date=format_date(participant.entry_date),
            )
    for participant in ending:
        participant.exit_date = exit_date
        participant.exit_outcome = outcome
    session.flush()
    return len(ending)


def reopen_with_client(
    session: Session, client_id: str, exit_date: dt.date | None, outcome: ExitOutcome | None
) -> int:
    """The client's exit is removed: the participations it closed (ended on *exit_date* with *outcome*, not
    followed up) are open again. Returns how many. Part of
    :func:`~vauhdittamo.services.client_card.clear_exit` (:attr:`Permission.EDIT_CLIENTS`)."""
    require(session, Permission.EDIT_CLIENTS, entity_type="client", entity_id=client_id)
    if exit_date is None:
        return 0
    reopened = list(session.scalars(select(ProjectParticipant).where(*_closed_with(client_id, exit_date, outcome))))
    for participant in reopened:
        participant.exit_date = None
        participant.exit_outcome = None
    session.flush()
    return len(reopened)
