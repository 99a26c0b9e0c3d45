"""Referrals (lähetteet) to partner services: making them, their status history and the follow-up.

The history of a referral is append-only: every change of status is a new :class:`ReferralEvent`
(who, when, note) and events are never edited. The *current* status is derived from the history: the
status of the newest live event (by ``occurred_at``, then ``id``); a referral without events is a draft.

The lifecycle (:data:`TRANSITIONS`)::

    draft    -> sent, cancelled
    sent     -> accepted, declined, cancelled
    accepted -> started, no_show, cancelled
    started  -> completed, cancelled
    declined, completed, no_show, cancelled (final) -> nothing

* ``declined`` needs a reason (the event's note);
* ``no_show`` means the client missed the partner's appointment, which exists only once the partner has
  accepted; a client who stops coming after starting is ``cancelled``;
* a final status closes the history; a new need is a new referral.

The consent gate: a referral that shares client data (``shares_data``) needs the client's consent in
force to share data with the partner's category. Without one, :class:`ConsentRequired` is raised unless
a written override reason is given; the override is recorded on the referral (who, when, why). The gate
is checked when the referral is made and again when a draft is sent (the consent may have been
withdrawn in between).

Every mutation validates at the edge and raises :class:`~vauhdittamo.errors.ValidationError` (naming
the form field) or :class:`~vauhdittamo.errors.AppError` with a translatable English message. The
reading functions return plain snapshots holding codes (enum members), never sentences.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, literal, select
from sqlalchemy.orm import Session, aliased

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.ids import new_id
from vauhdittamo.models import (
    FINAL_STATUSES,
    AssessmentResult,
    AuditAction,
    Client,
    Consent,
    ConsentKind,
    PartnerCategory,
    PartnerOrganisation,
    PartnerService,
    Referral,
    ReferralEvent,
    ReferralStatus,
    ReferralUrgency,
    StaffMember,
)
from vauhdittamo.services import audit
from vauhdittamo.services import validation as v
from vauhdittamo.services.client_card import MSG_STAFF_NOT_FOUND
from vauhdittamo.services.clients import MSG_NOT_FOUND as MSG_CLIENT_NOT_FOUND
from vauhdittamo.services.clients import search_conditions
from vauhdittamo.services.partners import response_days_for
from vauhdittamo.services.permissions import (
    HEALTH_CATEGORIES,
    MSG_HEALTH_RESTRICTED,
    Permission,
    may_see_health_details,
    require,
    require_signed_in,
)
from vauhdittamo.timeutil import format_local, local_day_bounds_utc, local_today, to_local, utcnow

S = ReferralStatus

TRANSITIONS: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    S.DRAFT: frozenset({S.SENT, S.CANCELLED}),
    S.SENT: frozenset({S.ACCEPTED, S.DECLINED, S.CANCELLED}),
    S.ACCEPTED: frozenset({S.STARTED, S.NO_SHOW, S.CANCELLED}),
    S.STARTED: frozenset({S.COMPLETED, S.CANCELLED}),
    S.DECLINED: frozenset(),
    S.COMPLETED: frozenset(),
    S.NO_SHOW: frozenset(),
    S.CANCELLED: frozenset(),
}

# Statuses whose event must say why (the note is required).
NOTE_REQUIRED: frozenset[ReferralStatus] = frozenset({S.DECLINED})

# Waiting for the partner's response: past ``response_due`` these are overdue.
AWAITING_RESPONSE: frozenset[ReferralStatus] = frozenset({S.DRAFT, S.SENT})

# Statuses in which a result of a work and functional capacity assessment can be recorded.
ASSESSMENT_STATUSES: frozenset[ReferralStatus] = frozenset({S.SENT, S.ACCEPTED, S.STARTED, S.COMPLETED})

REASON_LIMIT = 4000
NOTE_LIMIT = 4000
OVERRIDE_REASON_LIMIT = 1000
# A status change may be dated this much ahead of the clock (a time picked to the minute, small skew).
FUTURE_TOLERANCE = dt.timedelta(minutes=2)

MSG_REFERRAL_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The referral no longer exists.")
MSG_SERVICE_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The partner service no longer exists.")
MSG_SERVICE_INACTIVE = QT_TRANSLATE_NOOP(
    "errors", "The service {service} is no longer offered. Choose another service."
)
MSG_SERVICE_NOT_TAKING = QT_TRANSLATE_NOOP(
    "errors", "The service {service} is not taking referrals at the moment. Choose another service."
)
MSG_URGENCY = QT_TRANSLATE_NOOP("errors", "Choose the urgency: normal or urgent.")
MSG_STATUS = QT_TRANSLATE_NOOP("errors", "Choose a status for the referral.")
MSG_RESPONSE_DUE_PAST = QT_TRANSLATE_NOOP("errors", "The response date cannot be in the past.")
MSG_CONSENT_REQUIRED = QT_TRANSLATE_NOOP(
    "errors",
    "The client has not consented to sharing data with this partner ({category}). Record the client's "
    "consent, or write why the referral goes ahead without it.",
)
MSG_OVERRIDE_REASON_REQUIRED = QT_TRANSLATE_NOOP(
    "errors", "Write why the referral goes ahead without the client's consent."
)
MSG_TRANSITION = QT_TRANSLATE_NOOP("errors", "A referral cannot go from {from} to {to}.")
MSG_TRANSITION_FINAL = QT_TRANSLATE_NOOP(
    "errors", "The referral is already {from}, so it cannot become {to}. Make a new referral instead."
)
MSG_DECLINE_REASON = QT_TRANSLATE_NOOP("errors", "Write why the partner declined the referral.")
MSG_EVENT_FUTURE = QT_TRANSLATE_NOOP("errors", "A status change cannot be dated in the future.")
MSG_EVENT_BEFORE_PREVIOUS = QT_TRANSLATE_NOOP(
    "errors", "A status change cannot be dated before the previous one ({time})."
)
MSG_ASSESSMENT_NOT_WORK_CAPACITY = QT_TRANSLATE_NOOP(
    "errors",
    "An assessment result belongs only to referrals to a work and functional capacity assessment.",
)
MSG_ASSESSMENT_STATUS = QT_TRANSLATE_NOOP(
    "errors",
    "An assessment result can be recorded only for a referral that is sent, accepted, started or "
    "completed; this one is {status}.",
)
MSG_ASSESSMENT_RESULT = QT_TRANSLATE_NOOP("errors", "Choose the result of the assessment.")
MSG_DAYS_NEGATIVE = QT_TRANSLATE_NOOP("errors", "The number of days cannot be negative.")


# --------------------------------------------------------------------------- errors


class ConsentRequired(AppError):
    """Sharing the client's data needs a consent for the partner's category, or a written override.

    The user interface offers to record the consent (``client_id``, ``category``) or to write a reason.
    ``params["category"]`` is the category code, for the interface to put into words.
    """

    template = MSG_CONSENT_REQUIRED

    def __init__(self, client_id: str, category: PartnerCategory) -> None:
        self.client_id = client_id
        self.category = category
        super().__init__(category=category.value)


class TransitionNotAllowed(AppError):
    """The status cannot follow the current one. ``params`` has the codes under ``from`` and ``to``."""

    def __init__(self, current: ReferralStatus, to: ReferralStatus) -> None:
        self.current = current
        self.to = to
        template = MSG_TRANSITION_FINAL if current in FINAL_STATUSES else MSG_TRANSITION
        super().__init__(template, **{"from": current.value, "to": to.value})


# --------------------------------------------------------------------------- snapshots


@dataclass(frozen=True, slots=True)
class ConsentCheck:
    """Whether the client has a consent in force to share data with *category*, and which one."""

    client_id: str
    category: PartnerCategory
    consent_id: str | None = None
    given_at: dt.datetime | None = None
    given_by_id: str | None = None

    @property
    def has_consent(self) -> bool:
        return self.consent_id is not None


@dataclass(frozen=True, slots=True)
class ReferralSummary:
    """One referral with its current status, as the lists show it. Times are UTC."""

    referral_id: str
    client_id: str
    client_name: str
    partner_organisation_id: str
    organisation_name: str
    category: PartnerCategory
    partner_service_id: str
    service_name: str
    staff_id: str | None
    staff_name: str
    urgency: ReferralUrgency
    status: ReferralStatus
    created_at: dt.datetime
    sent_at: dt.datetime | None  # the first "sent" event
    last_event_at: dt.datetime | None
    response_due: dt.date | None
    shares_data: bool
    consent_overridden: bool
    assessment_result: AssessmentResult | None  # None also when ``health_restricted``
    # A health-related referral whose details the signed-in staff member may not see: the assessment
    # result is left out (see :func:`~vauhdittamo.services.permissions.may_see_health_details`).
    health_restricted: bool = False

    @property
    def is_open(self) -> bool:
        return self.status not in FINAL_STATUSES

    @property
    def sent_on(self) -> dt.date | None:
        """The Helsinki day the referral was sent."""
        return None if self.sent_at is None else to_local(self.sent_at).date()

    def is_overdue(self, today: dt.date) -> bool:
        """No response from the partner by the date it was due (*today* is a Helsinki day)."""
        return self.response_due is not None and self.response_due < today and self.status in AWAITING_RESPONSE


@dataclass(frozen=True, slots=True)
class PartnerBacklog:
    """A partner's referrals without an outcome: how many, since when, and in which statuses."""

    organisation_id: str
    organisation_name: str
    open_count: int
    oldest_sent_on: dt.date | None
    by_status: dict[ReferralStatus, int] = field(default_factory=dict)


# --------------------------------------------------------------------------- helpers


def _aware(value: Any) -> dt.datetime | None:
    """A UTC time read through an aggregate or subquery (may come back naive, or as text on SQLite)."""
    if value is None:
        return None
    when = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    assert isinstance(when, dt.datetime)
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


def _status(value: Any) -> ReferralStatus:
    return S.DRAFT if value is None else S(value)


def _live_client(session: Session, client_id: str) -> Client:
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise ValidationError(MSG_CLIENT_NOT_FOUND, field="client")
    return client


def _live_staff(session: Session, staff_id: str) -> StaffMember:
    member = session.get(StaffMember, staff_id)
    if member is None or member.deleted_at is not None or not member.active:
        raise ValidationError(MSG_STAFF_NOT_FOUND, field="staff")
    return member


def _live_referral(session: Session, referral_id: str) -> Referral:
    referral = session.get(Referral, referral_id)
    if referral is None or referral.deleted_at is not None:
        raise AppError(MSG_REFERRAL_NOT_FOUND)
    return referral


def _utc(when: dt.datetime) -> dt.datetime:
    if when.tzinfo is None:
        raise ValueError("naive datetime: pass timezone-aware times only")
    return when.astimezone(dt.UTC)


def _category_of(service: PartnerService) -> PartnerCategory:
    return PartnerCategory(service.organisation.category)


def _latest_event(session: Session, referral_id: str) -> tuple[ReferralStatus, dt.datetime] | None:
    row = session.execute(
        select(ReferralEvent.status, ReferralEvent.occurred_at)
        .where(ReferralEvent.referral_id == referral_id, ReferralEvent.deleted_at.is_(None))
        .order_by(ReferralEvent.occurred_at.desc(), ReferralEvent.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    occurred_at = _aware(row[1])
    assert occurred_at is not None
    return S(row[0]), occurred_at


# --------------------------------------------------------------------------- the lifecycle


def allowed_next(status: ReferralStatus) -> frozenset[ReferralStatus]:
    """The statuses that may follow *status*."""
    return TRANSITIONS[S(status)]


def check_transition(current: ReferralStatus, to: ReferralStatus) -> None:
    """Raise :class:`TransitionNotAllowed` unless *to* may follow *current*."""
    if to not in TRANSITIONS[current]:
        raise TransitionNotAllowed(current, to)


def current_status(session: Session, referral_id: str) -> ReferralStatus:
    """The referral's status, derived from its history (a referral without events is a draft)."""
    require_signed_in(session)
    _live_referral(session, referral_id)
    latest = _latest_event(session, referral_id)
    return S.DRAFT if latest is None else latest[0]


def next_statuses(session: Session, referral_id: str) -> frozenset[ReferralStatus]:
    """The statuses the referral may move to now (for the buttons of the form)."""
    require_signed_in(session)
    return TRANSITIONS[current_status(session, referral_id)]


# --------------------------------------------------------------------------- consent


def consent_status(session: Session, client_id: str, category: PartnerCategory) -> ConsentCheck:
    """The client's consent in force (not withdrawn, not deleted) to share data with *category*.

    The newest one when there are several; ``has_consent`` is false when there is none.
    """
    require_signed_in(session)
    category = PartnerCategory(category)
    row = session.execute(
        select(Consent.id, Consent.given_at, Consent.given_by_id)
        .where(
            Consent.client_id == client_id,
            Consent.kind == ConsentKind.SHARE_DATA,
            Consent.partner_category == category.value,
            Consent.withdrawn_at.is_(None),
            Consent.deleted_at.is_(None),
        )
        .order_by(Consent.given_at.desc(), Consent.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return ConsentCheck(client_id=client_id, category=category)
    return ConsentCheck(
        client_id=client_id, category=category, consent_id=row[0], given_at=_aware(row[1]), given_by_id=row[2]
    )


def _override_reason(value: str | None) -> str | None:
    """The written override reason, ``None`` when not given; a blank one is refused."""
    if value is None:
        return None
    text = v.limited_text(value, "consent_override_reason", OVERRIDE_REASON_LIMIT)
    if not text:
        raise ValidationError(MSG_OVERRIDE_REASON_REQUIRED, field="consent_override_reason")
    return text


def _record_override(referral: Referral, reason: str, staff_id: str | None, now: dt.datetime) -> None:
    referral.consent_override_reason = reason
    referral.consent_override_by_id = staff_id
    referral.consent_override_at = now


# --------------------------------------------------------------------------- making and changing


def _new_event(
    referral: Referral,
    status: ReferralStatus,
    occurred_at: dt.datetime,
    staff_id: str | None,
    note: str,
    now: dt.datetime,
) -> ReferralEvent:
    """A new event, also in ``referral.events`` (so ``referral.status`` stays right in the session).

    Its id is made here, in call order: events of one device at the same instant sort by id (UUIDv7 keys
    increase on a device), so the later call is the newer event."""
    return ReferralEvent(
        id=new_id(),
        referral=referral,
        status=status,
        occurred_at=occurred_at,
        staff_id=staff_id,
        note=note,
        created_at=now,
        updated_at=now,
    )


def create_referral(
    session: Session,
    *,
    client_id: str,
    partner_service_id: str,
    staff_id: str,
    reason: str,
    urgency: ReferralUrgency = ReferralUrgency.NORMAL,
    response_due: dt.date | None = None,
    note: str = "",
    shares_data: bool = True,
    consent_override_reason: str | None = None,
    send: bool = False,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> Referral:
    """Make a referral of the client to a partner service; *staff_id* is the staff member responsible.

    * the service must be offered (it and its organisation active) and taking referrals now;
    * *reason* is required; *response_due* defaults to *today* (Helsinki) plus the service's response
      days, else its category's default (:func:`~vauhdittamo.services.partners.response_days_for`);
      it cannot be before *today*;
    * the consent gate: when *shares_data* and the client has no consent in force for the partner's
      category, raises :class:`ConsentRequired` unless *consent_override_reason* is written; the
      override is then recorded with the session's actor (the system: *staff_id*) and the time. A
      blank override reason is refused. An override given while a consent is in force (or without
      sharing data) is not needed and not stored;
    * the history starts with a ``draft`` event; with *send* a ``sent`` event follows at the same time,
      both by the session's actor (the system acts on behalf of *staff_id*).
    """
    actor = require(session, Permission.MAKE_REFERRALS, entity_type="client", entity_id=client_id)
    by = actor.staff_id or staff_id
    now = _utc(now) if now is not None else utcnow()
    today = today or to_local(now).date()
    _live_client(session, client_id)
    service = session.get(PartnerService, partner_service_id)
    if service is None or service.deleted_at is not None:
        raise ValidationError(MSG_SERVICE_NOT_FOUND, field="partner_service")
    organisation = service.organisation
    if not service.active or not organisation.active or organisation.deleted_at is not None:
        raise ValidationError(MSG_SERVICE_INACTIVE, field="partner_service", service=service.name)
    if not service.accepts_referrals:
        raise ValidationError(MSG_SERVICE_NOT_TAKING, field="partner_service", service=service.name)
    reason_text = v.required_text(reason, "reason", REASON_LIMIT)
    note_text = v.limited_text(note, "note", NOTE_LIMIT)
    try:
        chosen_urgency = ReferralUrgency(urgency)
    except ValueError:
        raise ValidationError(MSG_URGENCY, field="urgency") from None
    if response_due is None:
        response_due = today + dt.timedelta(days=response_days_for(service))
    elif response_due < today:
        raise ValidationError(MSG_RESPONSE_DUE_PAST, field="response_due")
    _live_staff(session, staff_id)

    override = _override_reason(consent_override_reason)
    category = _category_of(service)
    needs_override = shares_data and not consent_status(session, client_id, category).has_consent
    if needs_override and override is None:
        raise ConsentRequired(client_id, category)

    referral = Referral(
        client_id=client_id,
        partner_service_id=service.id,
        staff_id=staff_id,
        reason=reason_text,
        urgency=chosen_urgency,
        response_due=response_due,
        note=note_text,
        shares_data=shares_data,
        created_at=now,
        updated_at=now,
    )
    if needs_override and override is not None:
        require(session, Permission.OVERRIDE_CONSENT)
        _record_override(referral, override, by, now)
    session.add(referral)
    session.flush()
    if referral.consent_override_at is not None:
        audit.record(
            session, AuditAction.CONSENT_OVERRIDDEN, audit.ENTITY_REFERRAL, referral.id, f"category={category.value}"
        )
    # The history starts with the draft; a "sent" event at the same instant sorts after it by id.
    session.add(_new_event(referral, S.DRAFT, now, by, "", now))
    if send:
        session.add(_new_event(referral, S.SENT, now, by, "", now))
    session.flush()
    return referral


def change_status(
    session: Session,
    referral_id: str,
    to: ReferralStatus,
    note: str = "",
    when: dt.datetime | None = None,
    *,
    consent_override_reason: str | None = None,
    now: dt.datetime | None = None,
) -> ReferralEvent:
    """Append a status change, by the session's actor, to the referral's history and return the new event.

    The change must follow the current status (:data:`TRANSITIONS`), else :class:`TransitionNotAllowed`.
    A decline needs a *note* (the reason). *when* (default: now) cannot be before the previous event nor
    in the future. Sending a draft that shares data checks the consent gate again: without a consent in
    force (and no override recorded before) it raises :class:`ConsentRequired` unless
    *consent_override_reason* is written, which is then recorded. Events already written are never changed.
    """
    actor = require(session, Permission.MAKE_REFERRALS, entity_type="referral", entity_id=referral_id)
    staff_id = actor.staff_id
    now = _utc(now) if now is not None else utcnow()
    referral = _live_referral(session, referral_id)
    try:
        target = S(to)
    except ValueError:
        raise ValidationError(MSG_STATUS, field="status") from None
    latest = _latest_event(session, referral_id)
    current = S.DRAFT if latest is None else latest[0]
    check_transition(current, target)
    note_text = v.limited_text(note, "note", NOTE_LIMIT)
    if target in NOTE_REQUIRED and not note_text:
        raise ValidationError(MSG_DECLINE_REASON, field="note")
    occurred_at = _utc(when) if when is not None else now
    if occurred_at > now + FUTURE_TOLERANCE:
        raise ValidationError(MSG_EVENT_FUTURE, field="when")
    if latest is not None and occurred_at < latest[1]:
        raise ValidationError(MSG_EVENT_BEFORE_PREVIOUS, field="when", time=format_local(latest[1]))

    if target == S.SENT and referral.shares_data and referral.consent_override_at is None:
        override = _override_reason(consent_override_reason)
        category = _category_of(_service_of(session, referral))
        if not consent_status(session, referral.client_id, category).has_consent:
            if override is None:
                raise ConsentRequired(referral.client_id, category)
            require(session, Permission.OVERRIDE_CONSENT)
            _record_override(referral, override, staff_id, now)
            audit.record(
            session, AuditAction.CONSENT_OVERRIDDEN, audit.ENTITY_REFERRAL, referral.id, f"category={category.value}"
        )

    event = _new_event(referral, target, occurred_at, staff_id, note_text, now)
    session.add(event)
    session.flush()
    return event


def _service_of(session: Session, referral: Referral) -> PartnerService:
    service = session.get(PartnerService, referral.partner_service_id)
    if service is None:
        raise AppError(MSG_SERVICE_NOT_FOUND)
    return service


def _coach_of(session: Session, referral: Referral) -> str | None:
    client = session.get(Client, referral.client_id)
    return None if client is None else client.personal_coach_id


def _require_health_details(session: Session, referral: Referral, category: PartnerCategory) -> None:
    """Refuse (:data:`MSG_HEALTH_RESTRICTED`) unless the signed-in staff member may see the referral's
    health-related details."""
    if not may_see_health_details(session, category, referral.staff_id, _coach_of(session, referral)):
        raise AppError(MSG_HEALTH_RESTRICTED)


def _health_visibility(session: Session) -> Callable[[PartnerCategory, str | None, str | None], bool]:
    """:func:`may_see_health_details` for many rows: asked once per (referrer, coach) pair."""
    seen: dict[tuple[str | None, str | None], bool] = {}

    def visible(category: PartnerCategory, referrer_id: str | None, coach_id: str | None) -> bool:
        if category not in HEALTH_CATEGORIES:
            return True
        key = (referrer_id, coach_id)
        if key not in seen:
            seen[key] = may_see_health_details(session, category, referrer_id, coach_id)
        return seen[key]

    return visible


class LetterUse(enum.StrEnum):
    """What was done with a referral letter (the audit entry's ``letter=`` detail)."""

    OPENED = "opened"
    PRINTED = "printed"
    SAVED = "saved"


def record_letter_use(session: Session, referral_id: str, use: LetterUse) -> None:
    """Record in the audit trail that the referral's letter was opened, printed or saved (``REFERRAL_LETTER``,
    ``letter=<use> category=<code>``). The letter names the client and says why they are referred, so
    every use is recorded; a health-related letter is refused (:data:`MSG_HEALTH_RESTRICTED`) to whoever
    may not see its details. Call it in the transaction that reads the letter."""
    require_signed_in(session)
    chosen = LetterUse(use)
    referral = _live_referral(session, referral_id)
    category = _category_of(_service_of(session, referral))
    _require_health_details(session, referral, category)
    audit.record(
        session, AuditAction.REFERRAL_LETTER, audit.ENTITY_REFERRAL, referral_id,
        f"letter={chosen.value} category={category.value}",
    )


def record_assessment_result(session: Session, referral_id: str, result: AssessmentResult | None) -> Referral:
    """Record (or with ``None`` clear) the result of a work and functional capacity assessment.

    Only for referrals to a service of a work capacity organisation, and only once the referral has
    reached the partner and not ended without an assessment (:data:`ASSESSMENT_STATUSES`). The result is
    a health-related detail: it needs :attr:`Permission.RECORD_ASSESSMENT` (coaches, coordinators,
    administrators) *and* the sight of the referral's details (the referrer, the client's personal coach,
    administrators); otherwise :class:`AppError` (:data:`MSG_HEALTH_RESTRICTED`).
    """
    require(session, Permission.RECORD_ASSESSMENT)
    referral = _live_referral(session, referral_id)
    category = _category_of(_service_of(session, referral))
    if category != PartnerCategory.WORK_CAPACITY:
        raise AppError(MSG_ASSESSMENT_NOT_WORK_CAPACITY)
    _require_health_details(session, referral, category)
    if result is None:
        referral.assessment_result = None
    else:
        try:
            chosen = AssessmentResult(result)
        except ValueError:
            raise ValidationError(MSG_ASSESSMENT_RESULT, field="assessment_result") from None
        status = current_status(session, referral_id)
        if status not in ASSESSMENT_STATUSES:
            raise AppError(MSG_ASSESSMENT_STATUS, status=status.value)
        referral.assessment_result = chosen
    session.flush()
    return referral


# --------------------------------------------------------------------------- lists and reports


def _first_sent_at() -> Any:
    # The status test sits inside the aggregate, so that the referral's own history is read through
    # ix_referral_event_history; as a WHERE term SQLite chose ix_referral_event_sent and read every "sent"
    # event of every referral for each referral (12 s for a list of 18,000 referrals).
    return (
        select(func.min(case((ReferralEvent.status == S.SENT, ReferralEvent.occurred_at))))
        .where(ReferralEvent.referral_id == Referral.id, ReferralEvent.deleted_at.is_(None))
        .correlate(Referral)
        .scalar_subquery()
    )


def _last_event_at() -> Any:
    return (
        select(func.max(ReferralEvent.occurred_at))
        .where(ReferralEvent.referral_id == Referral.id, ReferralEvent.deleted_at.is_(None))
        .correlate(Referral)
        .scalar_subquery()
    )


def _latest_event_column(column: Any) -> Any:
    return (
        select(column)
        .where(ReferralEvent.referral_id == Referral.id, ReferralEvent.deleted_at.is_(None))
        .order_by(ReferralEvent.occurred_at.desc(), ReferralEvent.id.desc())
        .limit(1)
        .correlate(Referral)
        .scalar_subquery()
    )


def _summary_query(*client_conditions: ColumnElement[bool]) -> Select[Any]:
    """Live referrals of live clients with their current status (``coalesce``: no events is a draft).

    *client_conditions* (on ``client``) narrow the clients before any status is derived."""
    staff = aliased(StaffMember)
    status = func.coalesce(_latest_event_column(ReferralEvent.status), literal(S.DRAFT.value))
    inner = (
        select(
            Referral.id.label("referral_id"),
            Referral.client_id,
            Client.first_name,
            Client.last_name,
            PartnerOrganisation.id.label("organisation_id"),
            PartnerOrganisation.name.label("organisation_name"),
            PartnerOrganisation.category,
            Referral.partner_service_id,
            PartnerService.name.label("service_name"),
            Referral.staff_id,
            staff.display_name.label("staff_name"),
            Referral.urgency,
            status.label("status"),
            Referral.created_at,
            _first_sent_at().label("sent_at"),
            _last_event_at().label("last_event_at"),
            Referral.response_due,
            Referral.shares_data,
            Referral.consent_override_at,
            Referral.assessment_result,
            Client.personal_coach_id.label("coach_id"),
        )
        .join(Client, Client.id == Referral.client_id)
        .join(PartnerService, PartnerService.id == Referral.partner_service_id)
        .join(PartnerOrganisation, PartnerOrganisation.id == PartnerService.organisation_id)
        .outerjoin(staff, staff.id == Referral.staff_id)
        .where(Referral.deleted_at.is_(None), Client.deleted_at.is_(None), *client_conditions)
        .subquery("r")
    )
    return select(inner)


def _summaries(session: Session, rows: Iterable[Any]) -> list[ReferralSummary]:
    """Rows of :func:`_summary_query` as snapshots. The columns come back typed (enum members, aware
    UTC times); the rows are unpacked by position, which is much faster than by name for long lists.

    The assessment result of a health-related referral is left out unless the session's staff member
    may see its details."""
    summaries: list[ReferralSummary] = []
    add = summaries.append
    visible = _health_visibility(session)
    for (
        referral_id,
        client_id,
        first_name,
        last_name,
        organisation_id,
        organisation_name,
        category,
        service_id,
        service_name,
        staff_id,
        staff_name,
        urgency,
        status,
        created_at,
        sent_at,
        last_event_at,
        response_due,
        shares_data,
        override_at,
        assessment_result,
        coach_id,
    ) in rows:
        restricted = not visible(category, staff_id, coach_id)
        add(
            ReferralSummary(
                referral_id=referral_id,
                client_id=client_id,
                client_name=f"{first_name} {last_name}".strip(),
                partner_organisation_id=organisation_id,
                organisation_name=organisation_name,
                category=category,
                partner_service_id=service_id,
                service_name=service_name,
                staff_id=staff_id,
                staff_name=staff_name or "",
                urgency=urgency,
                status=status or S.DRAFT,
                created_at=created_at,
                sent_at=sent_at,
                last_event_at=last_event_at,
                response_due=response_due,
                shares_data=bool(shares_data),
                consent_overridden=override_at is not None,
                assessment_result=None if restricted else assessment_result,
                health_restricted=restricted,
            )
        )
    return summaries


def _status_values(statuses: Iterable[ReferralStatus]) -> list[str]:
    return [S(s).value for s in statuses]


def referral_list(
    session: Session,
    *,
    statuses: Iterable[ReferralStatus] | None = None,
    partner_organisation_id: str | None = None,
    staff_id: str | None = None,
    client_id: str | None = None,
    limit: int | None = None,
) -> list[ReferralSummary]:
    """Referrals with their current status (derived in SQL), newest first.

    Filters (all optional, combined): current status in *statuses*, the partner organisation, the
    referring staff member and the client. One query, however many referrals.
    """
    require_signed_in(session)
    stmt = _summary_query()
    r = stmt.selected_columns
    conditions: list[ColumnElement[bool]] = []
    if statuses is not None:
        conditions.append(r.status.in_(_status_values(statuses)))
    if partner_organisation_id is not None:
        conditions.append(r.organisation_id == partner_organisation_id)
    if staff_id is not None:
        conditions.append(r.staff_id == staff_id)
    if client_id is not None:
        conditions.append(r.client_id == client_id)
    stmt = stmt.where(*conditions).order_by(r.created_at.desc(), r.referral_id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    return _summaries(session, session.execute(stmt))


DEFAULT_PAGE_SIZE = 200


@dataclass(frozen=True, slots=True)
class ReferralFilters:
    """What the referral list is narrowed to; every part optional.

    *client_query* matches the client's name (also the birth date, phone or personal identity code) as
    the client search does: every word, accents and case aside.
    """

    statuses: frozenset[ReferralStatus] | None = None
    partner_organisation_id: str | None = None
    staff_id: str | None = None
    client_query: str = ""


@dataclass(frozen=True, slots=True)
class ReferralPage:
    """The first rows of the filtered list and how many referrals match in all."""

    rows: list[ReferralSummary]
    total: int


@dataclass(frozen=True, slots=True)
class ReferralCounts:
    """Open referrals, and those of them without a response by their date."""

    open: int
    overdue: int


def _overdue_condition(r: Any, today: dt.date) -> ColumnElement[bool]:
    overdue: ColumnElement[bool] = (r.response_due < today) & r.status.in_(_status_values(AWAITING_RESPONSE))
    return overdue


def referral_page(
    session: Session, filters: ReferralFilters, today: dt.date | None = None, limit: int = DEFAULT_PAGE_SIZE
) -> ReferralPage:
    """The referrals matching *filters* as the list shows them, in one query: those without a response by
    their date first (the most overdue on top), then by the date a response is due (none last), then the
    newest first; at most *limit* rows, with the number matching in all."""
    require_signed_in(session)
    today = today or local_today()
    stmt = _summary_query(*search_conditions(filters.client_query))
    r = stmt.selected_columns
    conditions: list[ColumnElement[bool]] = []
    if filters.statuses is not None:
        conditions.append(r.status.in_(_status_values(filters.statuses)))
    if filters.partner_organisation_id is not None:
        conditions.append(r.organisation_id == filters.partner_organisation_id)
    if filters.staff_id is not None:
        conditions.append(r.staff_id == filters.staff_id)
    overdue_first = case((_overdue_condition(r, today), 0), else_=1)
    stmt = (
        stmt.add_columns(func.count().over().label("total"))
        .where(*conditions)
        .order_by(overdue_first, r.response_due.is_(None), r.response_due, r.created_at.desc(), r.referral_id.desc())
        .limit(max(0, limit))
    )
    result = session.execute(stmt).all()
    total = int(result[0][-1]) if result else 0
    return ReferralPage(_summaries(session, (row[:-1] for row in result)), total)


def referral_counts(session: Session, today: dt.date | None = None) -> ReferralCounts:
    """How many referrals are open, and how many of them have no response by their date (one query)."""
    require_signed_in(session)
    today = today or local_today()
    r = _summary_query().subquery("s").c
    open_count, overdue = session.execute(
        select(func.count(), func.coalesce(func.sum(case((_overdue_condition(r, today), 1), else_=0)), 0)).where(
            r.status.not_in(_status_values(FINAL_STATUSES))
        )
    ).one()
    return ReferralCounts(int(open_count), int(overdue))


def overdue_referrals(
    session: Session, today: dt.date | None = None, *, staff_id: str | None = None
) -> list[ReferralSummary]:
    """Referrals without a response by their date: ``response_due`` before *today* (Helsinki) and still
    a draft or sent. The most overdue first; optionally only those made by *staff_id*."""
    require_signed_in(session)
    today = today or local_today()
    stmt = _summary_query()
    r = stmt.selected_columns
    stmt = stmt.where(r.response_due < today, r.status.in_(_status_values(AWAITING_RESPONSE)))
    if staff_id is not None:
        stmt = stmt.where(r.staff_id == staff_id)
    stmt = stmt.order_by(r.response_due, r.created_at, r.referral_id)
    return _summaries(session, session.execute(stmt))


def no_outcome_report(session: Session, older_than_days: int, today: dt.date | None = None) -> list[PartnerBacklog]:
    """Sent referrals without an outcome, by partner organisation: for coordinators to chase partners.

    Counts the referrals first sent more than *older_than_days* days before *today* (Helsinki days: sent
    on a day before ``today - older_than_days``) whose current status is not final. Drafts never sent are
    not the partner's to answer and are left out (they show as overdue instead). Sorted by the number of
    open referrals, most first, then by name.
    """
    require_signed_in(session)
    if older_than_days < 0:
        raise ValidationError(MSG_DAYS_NEGATIVE, field="older_than_days")
    today = today or local_today()
    cutoff, _ = local_day_bounds_utc(today - dt.timedelta(days=older_than_days))
    stmt = _summary_query()
    r = stmt.subquery("s").c
    grouped = (
        select(
            r.organisation_id,
            r.organisation_name,
            r.status,
            func.count().label("n"),
            func.min(r.sent_at).label("oldest"),
        )
        .where(r.sent_at.is_not(None), r.sent_at < cutoff, r.status.not_in(_status_values(FINAL_STATUSES)))
        .group_by(r.organisation_id, r.organisation_name, r.status)
    )
    backlog: dict[str, dict[str, Any]] = {}
    for org_id, org_name, status, n, oldest in session.execute(grouped):
        entry = backlog.setdefault(org_id, {"name": org_name, "count": 0, "oldest": None, "by_status": {}})
        entry["count"] += int(n)
        entry["by_status"][_status(status)] = int(n)
        oldest_at = _aware(oldest)
        if oldest_at is not None and (entry["oldest"] is None or oldest_at < entry["oldest"]):
            entry["oldest"] = oldest_at
    report = [
        PartnerBacklog(
            organisation_id=org_id,
            organisation_name=entry["name"],
            open_count=entry["count"],
            oldest_sent_on=None if entry["oldest"] is None else to_local(entry["oldest"]).date(),
            by_status=entry["by_status"],
        )
        for org_id, entry in backlog.items()
    ]
    report.sort(key=lambda b: (-b.open_count, b.organisation_name.casefold(), b.organisation_id))
    return report


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One status event of a referral, as its history shows it."""

    event_id: str
    occurred_at: dt.datetime
    status: ReferralStatus
    staff_name: str
    note: str


@dataclass(frozen=True, slots=True)
class ReferralDetail:
    summary: ReferralSummary
    consent_override_reason: str
    history: list[HistoryEntry]
    next_statuses: frozenset[ReferralStatus]
    # Health-related details the signed-in staff member may not see: the reason, the note, the override
    # reason, the events' notes and the assessment result are left out (empty, ``None``).
    restricted: bool = False
    reason: str = ""
    note: str = ""


def referral_detail(session: Session, referral_id: str) -> ReferralDetail:
    """A referral with its whole status history and the statuses it may take next.

    Seeing a health-related referral's details is recorded in the audit trail (``REFERRAL_DETAILS_VIEWED``).
    """
    require_signed_in(session)
    referral = session.get(Referral, referral_id)
    if referral is None or referral.deleted_at is not None:
        raise AppError(MSG_REFERRAL_NOT_FOUND)
    [summary] = [s for s in referral_list(session, client_id=referral.client_id) if s.referral_id == referral_id]
    names = {member_id: name for member_id, name in session.execute(select(StaffMember.id, StaffMember.display_name))}
    restricted = not may_see_health_details(session, summary.category, referral.staff_id, _coach_of(session, referral))
    if summary.category in HEALTH_CATEGORIES and not restricted:
        audit.record(session, AuditAction.REFERRAL_DETAILS_VIEWED, audit.ENTITY_REFERRAL, referral_id)
    history = [
        HistoryEntry(e.id, e.occurred_at, e.status, names.get(e.staff_id or "", ""), "" if restricted else e.note)
        for e in referral.events
        if e.deleted_at is None
    ]
    return ReferralDetail(
        summary,
        "" if restricted else referral.consent_override_reason or "",
        history,
        next_statuses(session, referral_id),
        restricted,
        reason="" if restricted else referral.reason,
        note="" if restricted else referral.note,
    )
