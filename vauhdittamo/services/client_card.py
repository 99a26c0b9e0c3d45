"""The client card (asiakaskortti): one client's details, consents, path and timeline, and their changes.

:func:`load_card` reads everything the card shows in a fixed, small number of queries and returns a
plain snapshot. The snapshot holds codes (enum members) and names, never English sentences: the user
interface turns the codes into words in the user's language.

The mutations validate at the edge and raise :class:`~vauhdittamo.errors.ValidationError` (naming the
form field to fix) or :class:`~vauhdittamo.errors.AppError` with a translatable message.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.models import (
    AgeGroup,
    AttendanceMark,
    AttendanceStatus,
    AuditAction,
    Client,
    ClientNote,
    CompetenceCertificate,
    Consent,
    ConsentKind,
    ExitOutcome,
    GuidanceVisit,
    Language,
    PartnerCategory,
    PartnerOrganisation,
    PartnerService,
    PathGoal,
    PathState,
    PathStep,
    Referral,
    ReferralEvent,
    ReferralStatus,
    StaffMember,
    VisitChannel,
    VisitTopic,
    Workshop,
    WorkshopSession,
)
from vauhdittamo.services import audit, participants
from vauhdittamo.services import validation as v
from vauhdittamo.services.clients import MSG_NOT_FOUND, record_coach_change
from vauhdittamo.services.permissions import (
    HEALTH_CATEGORIES,
    Permission,
    may_see_health_details,
    require,
    require_signed_in,
)
from vauhdittamo.timeutil import HELSINKI, format_date, local_today, to_local, utcnow

NOTE_LIMIT = 4000
CONSENT_NOTE_LIMIT = 1000
TITLE_LIMIT = 200
DESCRIPTION_LIMIT = 4000

MSG_STAFF_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The staff member no longer exists or is no longer active.")
MSG_CONSENT_CATEGORY_REQUIRED = QT_TRANSLATE_NOOP(
    "errors", "Choose the partner category the client agrees to share data with."
)
MSG_CONSENT_CATEGORY_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "errors", "A partner category belongs only to a consent to share data."
)
MSG_CONSENT_KIND = QT_TRANSLATE_NOOP("errors", "Choose what the client consents to.")
MSG_CONSENT_DUPLICATE = QT_TRANSLATE_NOOP(
    "errors", "The client already has this consent in force. Withdraw it first to record it again."
)
MSG_CONSENT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The consent no longer exists.")
MSG_CONSENT_WITHDRAWN = QT_TRANSLATE_NOOP("errors", "This consent has already been withdrawn.")
MSG_GOAL_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The goal no longer exists.")
MSG_STEP_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The step no longer exists.")
MSG_PATH_STATE = QT_TRANSLATE_NOOP("errors", "Choose a state: planned, in progress, done or dropped.")
MSG_EXIT_OUTCOME = QT_TRANSLATE_NOOP("errors", "Choose the outcome of the exit.")
MSG_EXIT_FUTURE = QT_TRANSLATE_NOOP("errors", "The exit date cannot be in the future.")
MSG_EXIT_TOO_EARLY = QT_TRANSLATE_NOOP(
    "errors", "The exit date cannot be before the client's first recorded day ({date})."
)

E = TypeVar("E", bound=enum.Enum)


# --------------------------------------------------------------------------- the snapshot


class TimelineKind(enum.StrEnum):
    VISIT = "visit"
    REFERRAL_STATUS = "referral_status"
    ATTENDANCE = "attendance"
    CERTIFICATE = "certificate"
    NOTE = "note"
    CONSENT = "consent"
    EXIT = "exit"
    GOAL = "goal"


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One thing that happened to the client.

    ``when`` is a UTC instant. For events known only by their day (certificates, exits, steps done)
    ``all_day`` is true and ``when`` is the start of that day in Helsinki.

    ``title`` and ``detail`` are names and text written by people; everything coded is in the typed
    fields below, for the user interface to put into words:

    * ``VISIT``: ``topics``, ``channel``, ``duration_minutes``, ``detail`` = note, ``next_step(_date)``;
    * ``REFERRAL_STATUS``: ``title`` = partner service, ``organisation``, ``partner_category``, ``status``,
      ``detail`` = note; ``restricted``: a health-related referral whose details the signed-in staff
      member may not see (:func:`~vauhdittamo.services.permissions.may_see_health_details`), so its
      note is left out (``detail`` is empty);
    * ``ATTENDANCE``: ``title`` = workshop, ``status``, ``session_date``, ``start_time``, ``end_time``,
      ``drop_in``;
    * ``CERTIFICATE``: ``title`` = competence area, ``qualification``, ``detail`` = note;
    * ``NOTE``: ``detail`` = the note;
    * ``CONSENT``: ``consent_kind``, ``partner_category``, ``withdrawn``, ``detail`` = note;
    * ``EXIT``: ``exit_outcome``;
    * ``GOAL``: a goal set (``title``, ``status`` ``None``) or a step done (``title`` = step,
      ``goal_title``, ``status`` = ``PathState.DONE``).
    """

    when: dt.datetime
    kind: TimelineKind
    title: str
    detail: str
    ref_id: str
    all_day: bool = False
    staff_name: str = ""
    status: ReferralStatus | AttendanceStatus | PathState | None = None
    topics: tuple[VisitTopic | str, ...] = ()
    channel: VisitChannel | None = None
    duration_minutes: int | None = None
    next_step: str = ""
    next_step_date: dt.date | None = None
    organisation: str = ""
    session_date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    drop_in: bool = False
    qualification: str = ""
    consent_kind: ConsentKind | None = None
    partner_category: PartnerCategory | str | None = None
    withdrawn: bool = False
    exit_outcome: ExitOutcome | None = None
    goal_title: str = ""
    referral_id: str = ""
    restricted: bool = False

    @property
    def local_day(self) -> dt.date:
        """The Helsinki calendar day of the event."""
        return to_local(self.when).date()

    @property
    def health_related(self) -> bool:
        """A status event of a referral to health services or a work and functional capacity assessment."""
        return self.kind == TimelineKind.REFERRAL_STATUS and self.partner_category in HEALTH_CATEGORIES

    @property
    def sort_key(self) -> tuple[dt.date, bool, dt.datetime, str]:
        """Ascending order in time; a day's all-day events come after its timed ones."""
        return (self.local_day, self.all_day, self.when, self.ref_id)


@dataclass(frozen=True, slots=True)
class ConsentRow:
    consent_id: str
    kind: ConsentKind
    partner_category: PartnerCategory | str | None
    given_at: dt.datetime
    given_by_name: str
    withdrawn_at: dt.datetime | None
    withdrawn_by_name: str
    note: str

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


@dataclass(frozen=True, slots=True)
class StepRow:
    step_id: str
    goal_id: str
    position: int
    title: str
    target_date: dt.date | None
    state: PathState
    done_on: dt.date | None


@dataclass(frozen=True, slots=True)
class GoalRow:
    goal_id: str
    title: str
    description: str
    target_date: dt.date | None
    state: PathState
    created_at: dt.datetime
    steps: tuple[StepRow, ...]


@dataclass(frozen=True, slots=True)
class ClientCard:
    """Everything the client card shows, read at one moment."""

    client_id: str
    first_name: str
    last_name: str
    birth_date: dt.date | None
    personal_id: str | None
    municipality: str
    village: str
    language: Language
    phone: str
    email: str
    address: str
    age_group: AgeGroup
    coach_id: str | None
    coach_name: str
    exit_date: dt.date | None
    exit_outcome: ExitOutcome | None
    registered_on: dt.date  # the Helsinki day the client record was made
    consents: tuple[ConsentRow, ...]
    goals: tuple[GoalRow, ...]
    timeline: tuple[TimelineEvent, ...]  # newest first

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def active(self) -> bool:
        return self.exit_date is None

    @property
    def active_consents(self) -> tuple[ConsentRow, ...]:
        return tuple(c for c in self.consents if c.active)


# --------------------------------------------------------------------------- reading


def _coded(enum_cls: type[E], value: Any) -> E | Any:
    """*value* as a member of *enum_cls*, or unchanged when it is not one (data from a newer version)."""
    try:
        return enum_cls(value)
    except ValueError:
        return value


def _start_of_day(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=HELSINKI).astimezone(dt.UTC)


def _local_instant(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=HELSINKI).astimezone(dt.UTC)


def _live_client(session: Session, client_id: str) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise AppError(MSG_NOT_FOUND)
    return client


def load_card(session: Session, client_id: str, today: dt.date | None = None) -> ClientCard:
    """The card of a live client; raises :class:`AppError` when the client no longer exists.

    Reads with a fixed number of queries, however long the client's history.
    """
    require_signed_in(session)
    today = today or local_today()
    client = _live_client(session, client_id)
    staff: dict[str, str] = {
        member_id: display_name
        for member_id, display_name in session.execute(select(StaffMember.id, StaffMember.display_name))
    }

    def name(staff_id: str | None) -> str:
        return staff.get(staff_id, "") if staff_id else ""

    consents = [
        ConsentRow(
            consent_id=c.id,
            kind=c.kind,
            partner_category=None if c.partner_category is None else _coded(PartnerCategory, c.partner_category),
            given_at=c.given_at,
            given_by_name=name(c.given_by_id),
            withdrawn_at=c.withdrawn_at,
            withdrawn_by_name=name(c.withdrawn_by_id),
            note=c.note,
        )
        for c in session.scalars(
            select(Consent).where(Consent.client_id == client_id, Consent.deleted_at.is_(None))
        )
    ]
    consents.sort(key=lambda c: c.given_at, reverse=True)
    consents.sort(key=lambda c: not c.active)  # stable: active first, each group newest first

    goals = _goals(session, client_id)
    timeline = _timeline(session, client, consents, goals, name)
    return ClientCard(
        client_id=client.id,
        first_name=client.first_name,
        last_name=client.last_name,
        birth_date=client.birth_date,
        personal_id=client.personal_id,
        municipality=client.municipality,
        village=client.village,
        language=client.language,
        phone=client.phone,
        email=client.email,
        address=client.address,
        age_group=client.age_group(today),
        coach_id=client.personal_coach_id,
        coach_name=name(client.personal_coach_id),
        exit_date=client.exit_date,
        exit_outcome=client.exit_outcome,
        registered_on=to_local(client.created_at).date(),
        consents=tuple(consents),
        goals=goals,
        timeline=timeline,
    )


def open_card(session: Session, client_id: str, today: dt.date | None = None) -> ClientCard:
    """The card, as :func:`load_card`, recording that the signed-in staff member opened it (audit trail).

    Each health-related referral whose details the timeline shows is recorded too
    (``REFERRAL_DETAILS_VIEWED``, ``view=timeline``). Call it once per opening of the card, in a
    transaction that is committed."""
    require_signed_in(session)
    card = load_card(session, client_id, today)
    audit.record(session, AuditAction.CLIENT_VIEWED, audit.ENTITY_CLIENT, client_id)
    shown = {e.referral_id for e in card.timeline if e.referral_id and e.health_related and not e.restricted}
    for referral_id in sorted(shown):
        audit.record(session, AuditAction.REFERRAL_DETAILS_VIEWED, audit.ENTITY_REFERRAL, referral_id, "view=timeline")
    return card


def _goals(session: Session, client_id: str) -> tuple[GoalRow, ...]:
    goal_list = list(
        session.scalars(
            select(PathGoal)
            .where(PathGoal.client_id == client_id, PathGoal.deleted_at.is_(None))
            .order_by(PathGoal.created_at, PathGoal.id)
        )
    )
    steps: dict[str, list[StepRow]] = {g.id: [] for g in goal_list}
    if goal_list:
        for s in session.scalars(
            select(PathStep)
            .join(PathGoal, PathGoal.id == PathStep.goal_id)
            .where(PathGoal.client_id == client_id, PathStep.deleted_at.is_(None))
            .order_by(PathStep.position, PathStep.created_at, PathStep.id)
        ):
            steps.setdefault(s.goal_id, []).append(
                StepRow(s.id, s.goal_id, s.position, s.title, s.target_date, s.state, s.done_on)
            )
    return tuple(
        GoalRow(g.id, g.title, g.description, g.target_date, g.state, g.created_at, tuple(steps.get(g.id, ())))
        for g in goal_list
    )


def _timeline(
    session: Session,
    client: Client,
    consents: list[ConsentRow],
    goals: tuple[GoalRow, ...],
    name: Callable[[str | None], str],
) -> tuple[TimelineEvent, ...]:
    client_id = client.id
    events: list[TimelineEvent] = []
    add = events.append

    for vid, at, channel, topics, minutes, note, next_step, next_date, staff_id in session.execute(
        select(
            GuidanceVisit.id,
            GuidanceVisit.visited_at,
            GuidanceVisit.channel,
            GuidanceVisit.topics,
            GuidanceVisit.duration_minutes,
            GuidanceVisit.note,
            GuidanceVisit.next_step,
            GuidanceVisit.next_step_date,
            GuidanceVisit.staff_id,
        ).where(GuidanceVisit.client_id == client_id, GuidanceVisit.deleted_at.is_(None))
    ):
        add(
            TimelineEvent(
                when=at,
                kind=TimelineKind.VISIT,
                title="",
                detail=note,
                ref_id=vid,
                staff_name=name(staff_id),
                topics=tuple(_coded(VisitTopic, t) for t in topics.split(",") if t),
                channel=channel,
                duration_minutes=minutes,
                next_step=next_step,
                next_step_date=next_date,
            )
        )

    # Health-related referrals: the notes only for the referrer, the client's coach and administrators.
    visible: dict[str | None, bool] = {}
    for eid, at, status, note, staff_id, service, organisation, category, rid, referrer in session.execute(
        select(
            ReferralEvent.id,
            ReferralEvent.occurred_at,
            ReferralEvent.status,
            ReferralEvent.note,
            ReferralEvent.staff_id,
            PartnerService.name,
            PartnerOrganisation.name,
            PartnerOrganisation.category,
            Referral.id,
            Referral.staff_id,
        )
        .join(Referral, Referral.id == ReferralEvent.referral_id)
        .join(PartnerService, PartnerService.id == Referral.partner_service_id)
        .join(PartnerOrganisation, PartnerOrganisation.id == PartnerService.organisation_id)
        .where(Referral.client_id == client_id, Referral.deleted_at.is_(None), ReferralEvent.deleted_at.is_(None))
    ):
        coded = _coded(PartnerCategory, category)
        restricted = False
        if coded in HEALTH_CATEGORIES:
            if referrer not in visible:
                visible[referrer] = may_see_health_details(session, coded, referrer, client.personal_coach_id)
            restricted = not visible[referrer]
        add(
            TimelineEvent(
                when=at,
                kind=TimelineKind.REFERRAL_STATUS,
                title=service,
                detail="" if restricted else note,
                ref_id=eid,
                staff_name=name(staff_id),
                status=status,
                organisation=organisation,
                partner_category=coded,
                referral_id=rid,
                restricted=restricted,
            )
        )

    for mid, mark, drop_in, staff_id, day, start, end, workshop in session.execute(
        select(
            AttendanceMark.id,
            AttendanceMark.status,
            AttendanceMark.drop_in,
            AttendanceMark.marked_by_id,
            WorkshopSession.session_date,
            WorkshopSession.start_time,
            WorkshopSession.end_time,
            Workshop.name,
        )
        .join(WorkshopSession, WorkshopSession.id == AttendanceMark.session_id)
        .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
        .where(
            AttendanceMark.client_id == client_id,
            AttendanceMark.deleted_at.is_(None),
            WorkshopSession.deleted_at.is_(None),
        )
    ):
        add(
            TimelineEvent(
                when=_local_instant(day, start),
                kind=TimelineKind.ATTENDANCE,
                title=workshop,
                detail="",
                ref_id=mid,
                staff_name=name(staff_id),
                status=mark,
                session_date=day,
                start_time=start,
                end_time=end,
                drop_in=drop_in,
            )
        )

    for cid, area, qualification, awarded_on, assessed_by, assessor, note in session.execute(
        select(
            CompetenceCertificate.id,
            CompetenceCertificate.competence_area,
            CompetenceCertificate.qualification,
            CompetenceCertificate.awarded_on,
            CompetenceCertificate.assessed_by_id,
            CompetenceCertificate.assessor_name,
            CompetenceCertificate.note,
        ).where(CompetenceCertificate.client_id == client_id, CompetenceCertificate.deleted_at.is_(None))
    ):
        add(
            TimelineEvent(
                when=_start_of_day(awarded_on),
                kind=TimelineKind.CERTIFICATE,
                title=area,
                detail=note,
                ref_id=cid,
                all_day=True,
                staff_name=name(assessed_by) or assessor,
                qualification=qualification,
            )
        )

    for nid, written_at, text, staff_id in session.execute(
        select(ClientNote.id, ClientNote.written_at, ClientNote.text, ClientNote.staff_id).where(
            ClientNote.client_id == client_id, ClientNote.deleted_at.is_(None)
        )
    ):
        add(
            TimelineEvent(
                when=written_at, kind=TimelineKind.NOTE, title="", detail=text, ref_id=nid, staff_name=name(staff_id)
            )
        )

    for c in consents:
        common: dict[str, Any] = {
            "kind": TimelineKind.CONSENT,
            "title": "",
            "detail": c.note,
            "ref_id": c.consent_id,
            "consent_kind": c.kind,
            "partner_category": c.partner_category,
        }
        add(TimelineEvent(when=c.given_at, staff_name=c.given_by_name, **common))
        if c.withdrawn_at is not None:
            add(TimelineEvent(when=c.withdrawn_at, staff_name=c.withdrawn_by_name, withdrawn=True, **common))

    for goal in goals:
        add(
            TimelineEvent(
                when=goal.created_at, kind=TimelineKind.GOAL, title=goal.title, detail="", ref_id=goal.goal_id
            )
        )
        for step in goal.steps:
            if step.state == PathState.DONE and step.done_on is not None:
                add(
                    TimelineEvent(
                        when=_start_of_day(step.done_on),
                        kind=TimelineKind.GOAL,
                        title=step.title,
                        detail="",
                        ref_id=step.step_id,
                        all_day=True,
                        status=PathState.DONE,
                        goal_title=goal.title,
                    )
                )

    if client.exit_date is not None:
        add(
            TimelineEvent(
                when=_start_of_day(client.exit_date),
                kind=TimelineKind.EXIT,
                title="",
                detail="",
                ref_id=client.id,
                all_day=True,
                exit_outcome=client.exit_outcome,
            )
        )

    events.sort(key=lambda e: e.sort_key, reverse=True)
    return tuple(events)


# --------------------------------------------------------------------------- showing


def masked_personal_id(code: str | None) -> str:
    """The personal identity code with its individual part hidden: ``131052-****``."""
    if not code:
        return ""
    if len(code) < 7:
        return "*" * len(code)
    return code[:7] + "****"


# --------------------------------------------------------------------------- changing


def _as_enum(enum_cls: type[E], value: Any, message: str, field: str) -> E:
    try:
        return enum_cls(value)
    except ValueError:
        raise ValidationError(message, field=field) from None


def _live_staff(session: Session, staff_id: str) -> StaffMember:
    member = session.get(StaffMember, staff_id)
    if member is None or member.deleted_at is not None or not member.active:
        raise ValidationError(MSG_STAFF_NOT_FOUND, field="staff")
    return member


def set_personal_coach(session: Session, client_id: str, staff_id: str | None) -> Client:
    """Assign the client's personal coach (an active staff member), or remove it with ``None``.

    Only for coordinators and administrators (:attr:`Permission.ASSIGN_COACH`): the personal coach sees
    the client's health-related referral details, so nobody may make themselves the coach. A change is
    recorded in the audit trail (``COACH_ASSIGNED``, with the staff ids); choosing the coach the client
    already has changes nothing."""
    require(session, Permission.ASSIGN_COACH)
    client = _live_client(session, client_id)
    previous = client.personal_coach_id
    if staff_id == previous:
        return client
    if staff_id is not None:
        _live_staff(session, staff_id)
    client.personal_coach_id = staff_id
    session.flush()
    record_coach_change(session, client.id, staff_id, previous)
    return client


def add_consent(
    session: Session,
    client_id: str,
    kind: ConsentKind,
    partner_category: PartnerCategory | None,
    note: str,
) -> Consent:
    """Record a consent given now, by the session's actor. Sharing data needs a partner category; one
    consent in force per kind and category."""
    actor = require(session, Permission.EDIT_CLIENTS, entity_type="client", entity_id=client_id)
    _live_client(session, client_id)
    kind = _as_enum(ConsentKind, kind, MSG_CONSENT_KIND, "kind")
    category: PartnerCategory | None = None
    if kind == ConsentKind.SHARE_DATA:
        if partner_category is None:
            raise ValidationError(MSG_CONSENT_CATEGORY_REQUIRED, field="partner_category")
        category = _as_enum(PartnerCategory, partner_category, MSG_CONSENT_CATEGORY_REQUIRED, "partner_category")
    elif partner_category is not None:
        raise ValidationError(MSG_CONSENT_CATEGORY_NOT_ALLOWED, field="partner_category")
    text = v.limited_text(note, "note", CONSENT_NOTE_LIMIT)
    stored_category = None if category is None else category.value
    in_force = session.scalar(
        select(func.count())
        .select_from(Consent)
        .where(
            Consent.client_id == client_id,
            Consent.kind == kind,
            Consent.partner_category.is_(None)
            if stored_category is None
            else Consent.partner_category == stored_category,
            Consent.withdrawn_at.is_(None),
            Consent.deleted_at.is_(None),
        )
    )
    if in_force:
        raise ValidationError(MSG_CONSENT_DUPLICATE, field="kind")
    consent = Consent(
        client_id=client_id,
        kind=kind,
        partner_category=stored_category,
        given_at=utcnow(),
        given_by_id=actor.staff_id,
        note=text,
    )
    session.add(consent)
    session.flush()
    return consent


def withdraw_consent(session: Session, consent_id: str) -> Consent:
    """Mark a consent in force as withdrawn now, by the session's actor."""
    actor = require(session, Permission.EDIT_CLIENTS)
    consent = session.get(Consent, consent_id)
    if consent is None or consent.deleted_at is not None:
        raise AppError(MSG_CONSENT_NOT_FOUND)
    if consent.withdrawn_at is not None:
        raise AppError(MSG_CONSENT_WITHDRAWN)
    consent.withdrawn_at = utcnow()
    consent.withdrawn_by_id = actor.staff_id
    session.flush()
    return consent


def add_note(session: Session, client_id: str, text: str) -> ClientNote:
    """A note on the client's timeline (at most 4000 characters), written by the session's actor."""
    actor = require(session, Permission.EDIT_CLIENTS, entity_type="client", entity_id=client_id)
    _live_client(session, client_id)
    note = ClientNote(
        client_id=client_id,
        staff_id=actor.staff_id,
        written_at=utcnow(),
        text=v.required_text(text, "note", NOTE_LIMIT),
    )
    session.add(note)
    session.flush()
    return note


def add_goal(
    session: Session, client_id: str, title: str, target_date: dt.date | None, description: str = ""
) -> PathGoal:
    """A new goal on the client's path, planned."""
    require(session, Permission.EDIT_CLIENTS)
    _live_client(session, client_id)
    goal = PathGoal(
        client_id=client_id,
        title=v.required_text(title, "title", TITLE_LIMIT),
        description=v.limited_text(description, "description", DESCRIPTION_LIMIT),
        target_date=target_date,
        state=PathState.PLANNED,
    )
    session.add(goal)
    session.flush()
    return goal


def _live_goal(session: Session, goal_id: str) -> PathGoal:
    goal = session.get(PathGoal, goal_id)
    if goal is None or goal.deleted_at is not None:
        raise AppError(MSG_GOAL_NOT_FOUND)
    return goal


def add_step(session: Session, goal_id: str, title: str, target_date: dt.date | None) -> PathStep:
    """A new planned step, after the goal's other steps."""
    require(session, Permission.EDIT_CLIENTS)
    _live_goal(session, goal_id)
    last = session.scalar(
        select(func.max(PathStep.position)).where(PathStep.goal_id == goal_id, PathStep.deleted_at.is_(None))
    )
    step = PathStep(
        goal_id=goal_id,
        position=0 if last is None else last + 1,
        title=v.required_text(title, "title", TITLE_LIMIT),
        target_date=target_date,
        state=PathState.PLANNED,
    )
    session.add(step)
    session.flush()
    return step


def set_goal_state(session: Session, goal_id: str, state: PathState) -> PathGoal:
    require(session, Permission.EDIT_CLIENTS)
    goal = _live_goal(session, goal_id)
    goal.state = _as_enum(PathState, state, MSG_PATH_STATE, "state")
    session.flush()
    return goal


def set_step_state(session: Session, step_id: str, state: PathState, today: dt.date | None = None) -> PathStep:
    """Change a step's state; done records the day (*today*, Helsinki), any other state clears it."""
    require(session, Permission.EDIT_CLIENTS)
    step = session.get(PathStep, step_id)
    if step is None or step.deleted_at is not None:
        raise AppError(MSG_STEP_NOT_FOUND)
    new_state = _as_enum(PathState, state, MSG_PATH_STATE, "state")
    if new_state == PathState.DONE:
        if step.state != PathState.DONE or step.done_on is None:
            step.done_on = today or local_today()
    else:
        step.done_on = None
    step.state = new_state
    session.flush()
    return step


def first_recorded_day(session: Session, client_id: str) -> dt.date:
    """The earliest Helsinki day known for the client: the record's creation or an earlier visit,
    referral or workshop session (imported clients can have history older than their record)."""
    require_signed_in(session)
    client = _live_client(session, client_id)
    days = [to_local(client.created_at).date()]
    first_visit = session.scalar(
        select(func.min(GuidanceVisit.visited_at)).where(
            GuidanceVisit.client_id == client_id, GuidanceVisit.deleted_at.is_(None)
        )
    )
    first_event = session.scalar(
        select(func.min(ReferralEvent.occurred_at))
        .join(Referral, Referral.id == ReferralEvent.referral_id)
        .where(Referral.client_id == client_id, ReferralEvent.deleted_at.is_(None))
    )
    for value in (first_visit, first_event):
        if value is not None:
            days.append(to_local(_aware(value)).date())
    first_session = session.scalar(
        select(func.min(WorkshopSession.session_date))
        .join(AttendanceMark, AttendanceMark.session_id == WorkshopSession.id)
        .where(AttendanceMark.client_id == client_id, AttendanceMark.deleted_at.is_(None))
    )
    if first_session is not None:
        days.append(first_session)
    return min(days)


def _aware(value: Any) -> dt.datetime:
    """An aggregate over a UTC column comes back raw (naive, or text on SQLite)."""
    when = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    assert isinstance(when, dt.datetime)
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when


def set_exit(
    session: Session, client_id: str, exit_date: dt.date, outcome: ExitOutcome | None, today: dt.date | None = None
) -> Client:
    """End the client's path on *exit_date* with *outcome* (``None``: not chosen, refused). The date may
    not be in the future nor before the client's first recorded day.

    Every project participation still open ends with it, on the same day with the same outcome (and those
    the previous exit ended move with a changed one), see
    :func:`~vauhdittamo.services.participants.end_with_client`."""
    require(session, Permission.EDIT_CLIENTS)
    today = today or local_today()
    client = _live_client(session, client_id)
    chosen = _as_enum(ExitOutcome, outcome, MSG_EXIT_OUTCOME, "exit_outcome")
    if exit_date > today:
        raise ValidationError(MSG_EXIT_FUTURE, field="exit_date")
    earliest = first_recorded_day(session, client_id)
    if exit_date < earliest:
        raise ValidationError(MSG_EXIT_TOO_EARLY, field="exit_date", date=format_date(earliest))
    participants.end_with_client(session, client_id, exit_date, chosen, client.exit_date, client.exit_outcome)
    client.exit_date = exit_date
    client.exit_outcome = chosen
    session.flush()
    return client


def clear_exit(session: Session, client_id: str) -> Client:
    """Make an ended client active again (nothing happens to an active one); the project participations
    the exit ended are open again."""
    require(session, Permission.EDIT_CLIENTS)
    client = _live_client(session, client_id)
    participants.reopen_with_client(session, client_id, client.exit_date, client.exit_outcome)
    client.exit_date = None
    client.exit_outcome = None
    session.flush()
    return client
