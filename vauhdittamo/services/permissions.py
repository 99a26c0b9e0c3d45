"""Who may do what: the roles' permissions, checked in the services (the UI only hides what is refused).

Every unit of work names its actor: ``db.session(actor)`` / ``db.transaction(actor)`` (see
:meth:`vauhdittamo.db.Database.session`) with a signed-in staff member (:class:`StaffActor`) or an
explicit system actor (:func:`system`, :data:`SYSTEM`: the command line run by the machine's own
user, who holds the database key anyway, demo data, schema upgrades and sync applying pulled rows),
which may do everything. A session without an actor may do nothing: every check refuses it (deny by
default). A refused action is recorded in the audit trail (``ACCESS_DENIED``) in its own transaction,
naming the actor, the permission and the entity, never personal data.

=================== ============================================================================
Role                May
=================== ============================================================================
front desk          log visits; find, add and edit clients; make referrals; mark attendance; synchronise
outreach worker     as the front desk, and record competence certificates and contact attempts on
                    outreach lists
personal coach      as the outreach worker, and send a referral without consent (recorded), see
                    the health-related referral details of their own clients and record their
                    work and functional capacity assessment results
coordinator         as the personal coach, and manage workshops and partners, import clients,
                    export attendance and reports, settle synchronisation conflicts, and assign
                    clients their personal coach (recorded), manage outreach lists and merge
                    duplicate client records
administrator       everything: also staff accounts, retention, the audit trail, a client's own
                    data (access requests) and erasure
=================== ============================================================================

Health-related referral details (to health services and to work and functional capacity
assessment) are shown only to the staff member who made the referral, the client's personal coach
and administrators (:func:`may_see_health_details`); recording an assessment result needs both
:attr:`Permission.RECORD_ASSESSMENT` and that sight. Only coordinators and administrators assign the
personal coach, so nobody can make themselves a client's coach to read those details.
"""

from __future__ import annotations

import contextlib
import enum
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, SessionTransaction

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError
from vauhdittamo.models import AuditAction, AuditEntry, PartnerCategory, StaffMember, StaffRole

MSG_DENIED = QT_TRANSLATE_NOOP("errors", "Your role ({role}) does not allow this: {action}.")
MSG_HEALTH_RESTRICTED = QT_TRANSLATE_NOOP(
    "errors",
    "This referral's health-related details are shown only to the staff member who made it, the client's "
    "personal coach and administrators.",
)
MSG_NOT_SIGNED_IN = QT_TRANSLATE_NOOP("errors", "Sign in again to continue.")

log = logging.getLogger(__name__)


class Permission(enum.StrEnum):
    LOG_VISITS = "log_visits"
    EDIT_CLIENTS = "edit_clients"
    MAKE_REFERRALS = "make_referrals"
    MARK_ATTENDANCE = "mark_attendance"
    RECORD_CERTIFICATES = "record_certificates"
    SYNC = "sync"
    OVERRIDE_CONSENT = "override_consent"
    MANAGE_WORKSHOPS = "manage_workshops"
    MANAGE_PARTNERS = "manage_partners"
    IMPORT_CLIENTS = "import_clients"
    EXPORT_REPORTS = "export_reports"
    RESOLVE_CONFLICTS = "resolve_conflicts"
    MANAGE_STAFF = "manage_staff"
    MANAGE_RETENTION = "manage_retention"
    VIEW_AUDIT = "view_audit"
    SUBJECT_ACCESS = "subject_access"  # export or erase one client's data on request
    VIEW_ALL_HEALTH_DETAILS = "view_all_health_details"
    ASSIGN_COACH = "assign_coach"  # choose or change a client's personal coach
    RECORD_ASSESSMENT = "record_assessment"  # the result of a work and functional capacity assessment
    MANAGE_PROJECTS = "manage_projects"  # add or change projects (hanke) and their targets
    RECORD_PARTICIPATION = "record_participation"  # a client's entry to and exit from a project
    RECORD_OUTREACH = "record_outreach"  # contact attempts on the outreach entries assigned to one
    MANAGE_OUTREACH = "manage_outreach"  # create, fill, assign and close outreach lists
    MERGE_CLIENTS = "merge_clients"  # merge two records of one person; mark pairs "not the same person"


# What each permission is, in words for the refusal message.
PERMISSION_NAMES: dict[Permission, str] = {
    Permission.LOG_VISITS: QT_TRANSLATE_NOOP("permissions", "log guidance visits"),
    Permission.EDIT_CLIENTS: QT_TRANSLATE_NOOP("permissions", "add or change clients"),
    Permission.MAKE_REFERRALS: QT_TRANSLATE_NOOP("permissions", "make referrals"),
    Permission.MARK_ATTENDANCE: QT_TRANSLATE_NOOP("permissions", "mark attendance"),
    Permission.RECORD_CERTIFICATES: QT_TRANSLATE_NOOP("permissions", "record competence certificates"),
    Permission.SYNC: QT_TRANSLATE_NOOP("permissions", "synchronise with the hub"),
    Permission.OVERRIDE_CONSENT: QT_TRANSLATE_NOOP("permissions", "send a referral without the client's consent"),
    Permission.MANAGE_WORKSHOPS: QT_TRANSLATE_NOOP("permissions", "add or change workshops and their sessions"),
    Permission.MANAGE_PARTNERS: QT_TRANSLATE_NOOP("permissions", "change the partner directory"),
    Permission.IMPORT_CLIENTS: QT_TRANSLATE_NOOP("permissions", "import clients from a file"),
    Permission.EXPORT_REPORTS: QT_TRANSLATE_NOOP("permissions", "export attendance and reports"),
    Permission.RESOLVE_CONFLICTS: QT_TRANSLATE_NOOP("permissions", "settle synchronisation conflicts"),
    Permission.MANAGE_STAFF: QT_TRANSLATE_NOOP("permissions", "manage staff accounts"),
    Permission.MANAGE_RETENTION: QT_TRANSLATE_NOOP("permissions", "anonymise clients past the retention period"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("permissions", "browse the audit trail"),
    Permission.SUBJECT_ACCESS: QT_TRANSLATE_NOOP("permissions", "export or erase a client's data on request"),
    Permission.VIEW_ALL_HEALTH_DETAILS: QT_TRANSLATE_NOOP("permissions", "see every health-related referral"),
    Permission.ASSIGN_COACH: QT_TRANSLATE_NOOP("permissions", "assign a client's personal coach"),
    Permission.RECORD_ASSESSMENT: QT_TRANSLATE_NOOP(
        "permissions", "record the result of a work and functional capacity assessment"
    ),
    Permission.MANAGE_PROJECTS: QT_TRANSLATE_NOOP("permissions", "add or change projects"),
    Permission.RECORD_PARTICIPATION: QT_TRANSLATE_NOOP(
        "permissions", "record a client's entry to and exit from a project"
    ),
    Permission.RECORD_OUTREACH: QT_TRANSLATE_NOOP("permissions", "record contact attempts on outreach lists"),
    Permission.MANAGE_OUTREACH: QT_TRANSLATE_NOOP("permissions", "create and manage outreach lists"),
    Permission.MERGE_CLIENTS: QT_TRANSLATE_NOOP("permissions", "merge duplicate client records"),
}

_FRONT_DESK = frozenset({Permission.LOG_VISITS, Permission.EDIT_CLIENTS, Permission.MAKE_REFERRALS,
                         Permission.MARK_ATTENDANCE, Permission.SYNC})  # every device syncs what it records
_OUTREACH = _FRONT_DESK | {Permission.RECORD_CERTIFICATES, Permission.RECORD_OUTREACH}
_COACH = _OUTREACH | {Permission.OVERRIDE_CONSENT, Permission.RECORD_ASSESSMENT, Permission.RECORD_PARTICIPATION}
_COORDINATOR = _COACH | {Permission.MANAGE_WORKSHOPS, Permission.MANAGE_PARTNERS, Permission.IMPORT_CLIENTS,
                         Permission.EXPORT_REPORTS, Permission.RESOLVE_CONFLICTS, Permission.ASSIGN_COACH,
                         Permission.MANAGE_PROJECTS, Permission.MANAGE_OUTREACH, Permission.MERGE_CLIENTS}

ROLE_PERMISSIONS: dict[StaffRole, frozenset[Permission]] = {
    StaffRole.FRONT_DESK: _FRONT_DESK,
    StaffRole.OUTREACH: frozenset(_OUTREACH),
    StaffRole.COACH: frozenset(_COACH),
    StaffRole.COORDINATOR: frozenset(_COORDINATOR),
    StaffRole.ADMIN: frozenset(Permission),
}

HEALTH_CATEGORIES = frozenset({PartnerCategory.HEALTH_SERVICES, PartnerCategory.WORK_CAPACITY})


class PermissionDenied(AppError):
    template = MSG_DENIED

    def __init__(self, role: StaffRole, permission: Permission) -> None:
        self.role = role
        self.permission = permission
        super().__init__(role=ROLE_LABEL_SOURCES[role], action=PERMISSION_NAMES[permission])

    def translated(self, translate: Any) -> str:
        """The message with the role and the action in the user's language."""
        return str(translate("errors", self.template)).format(
            role=translate("labels", ROLE_LABEL_SOURCES[self.role]),
            action=translate("permissions", PERMISSION_NAMES[self.permission]),
        )


# The role labels' English sources (translated in the "labels" context, see ui/labels.py).
ROLE_LABEL_SOURCES: dict[StaffRole, str] = {
    StaffRole.FRONT_DESK: "Front desk",
    StaffRole.OUTREACH: "Outreach worker",
    StaffRole.COACH: "Personal coach",
    StaffRole.COORDINATOR: "Coordinator",
    StaffRole.ADMIN: "Administrator",
}


ACTOR_KEY = "actor"  # the session's actor in ``session.info``
SIDE_TRANSACTION_KEY = "side_transaction"  # opens another unit of work on the same database
PENDING_DENIALS_KEY = "pending_denials"  # refusals to record once the session's transaction ends


@dataclass(frozen=True)
class StaffActor:
    """A signed-in staff member (the role is checked again against the database at each use)."""

    staff_id: str
    role: StaffRole

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    @property
    def name(self) -> str:
        return f"staff:{self.staff_id}"


@dataclass(frozen=True)
class SystemActor:
    """The system itself, named for what it does ("cli", "demo", "sync", "migration")."""

    purpose: str
    staff_id: None = None

    def may(self, permission: Permission) -> bool:
        return True

    @property
    def name(self) -> str:
        return f"system:{self.purpose}"


Actor = StaffActor | SystemActor

SYSTEM = SystemActor("system")


def system(purpose: str) -> SystemActor:
    """An explicit system actor for *purpose* (the command line, demo data, migrations, sync)."""
    return SystemActor(purpose)


def session_actor(session: Session) -> Actor | None:
    """The actor *session* was opened with, as given (not checked against the staff table)."""
    actor = session.info.get(ACTOR_KEY)
    return actor if isinstance(actor, StaffActor | SystemActor) else None


def current_actor(session: Session) -> Actor | None:
    """The actor of *session*; ``None`` when it has none (then every check refuses).

    A staff member must still exist and be active; their role is read from the database.
    """
    actor = session_actor(session)
    if not isinstance(actor, StaffActor):
        return actor
    member = session.get(StaffMember, actor.staff_id)
    if member is None or member.deleted_at is not None or not member.active:
        raise AppError(MSG_NOT_SIGNED_IN)
    session.info["actor_member"] = member  # held, so the unit of work reads the account once
    return actor if member.role is actor.role else StaffActor(member.id, member.role)


def acting_staff_id(session: Session) -> str | None:
    """The signed-in staff member who acts in *session* (``None`` for the system or no actor)."""
    actor = session_actor(session)
    return actor.staff_id if isinstance(actor, StaffActor) else None


def allowed(session: Session, permission: Permission) -> bool:
    """Whether the session's actor may do *permission* (a question: nothing is recorded)."""
    actor = current_actor(session)
    return actor is not None and actor.may(permission)


def require(
    session: Session, permission: Permission, *, entity_type: str = "", entity_id: str | None = None
) -> Actor:
    """The session's actor, who may do *permission*; else :class:`PermissionDenied`, recorded.

    A session without an actor is refused (:class:`NotSignedIn`). The refusal is written to the audit
    trail in its own transaction (the caller's rollback does not remove it).
    """
    actor = current_actor(session)
    if actor is None:
        record_denied(session, None, permission, entity_type, entity_id)
        raise NotSignedIn()
    if not actor.may(permission):
        record_denied(session, actor, permission, entity_type, entity_id)
        assert isinstance(actor, StaffActor)
        raise PermissionDenied(actor.role, permission)
    return actor


def require_signed_in(session: Session) -> Actor:
    """The session's actor, whoever it is; a session without one is refused (:class:`NotSignedIn`).

    For reads every signed-in role may do (finding clients, the schedule, the partner directory).
    """
    actor = current_actor(session)
    if actor is None:
        record_denied(session, None, None, "", None)
        raise NotSignedIn()
    return actor


@contextlib.contextmanager
def side_transaction(session: Session, actor: Actor | None) -> Iterator[Session]:
    """Another unit of work on *session*'s database, acting as *actor*, committed at its end.

    For what must stay written when the caller's transaction is rolled back (a failed sign-in, a refusal).
    """
    opener = session.info.get(SIDE_TRANSACTION_KEY)
    if opener is None:
        raise RuntimeError("the session was not opened by a vauhdittamo.db.Database")
    with opener(actor) as side:
        yield side


class NotSignedIn(AppError):
    template = MSG_NOT_SIGNED_IN


def record_denied(
    session: Session,
    actor: Actor | None,
    permission: Permission | None,
    entity_type: str = "",
    entity_id: str | None = None,
) -> None:
    """Record an ``ACCESS_DENIED`` entry (ids and codes only) in a unit of work of its own.

    While *session* is in a transaction the entry waits for that transaction to end (committed or
    rolled back, see :func:`write_pending_denials`): a second writer on the same SQLite file would
    otherwise wait for the caller's lock. Either way the caller's rollback does not remove it.
    """
    denial = {
        "staff_id": actor.staff_id if actor is not None else None,
        "entity_type": entity_type[:40],
        "entity_id": entity_id,
        "detail": f"permission={permission.value if permission else 'signed_in'} "
        f"actor={actor.name if actor else 'none'}",
    }
    if session.in_transaction():
        session.info.setdefault(PENDING_DENIALS_KEY, []).append(denial)
    else:
        _write_denials(session, [denial])


def write_pending_denials(session: Session, transaction: SessionTransaction) -> None:
    """After a session's outermost transaction ends: write the refusals recorded during it.

    A listener on a database's own session factory (``after_transaction_end``).
    """
    if transaction.parent is None and session.info.get(PENDING_DENIALS_KEY):
        _write_denials(session, session.info.pop(PENDING_DENIALS_KEY))


def _write_denials(session: Session, denials: list[dict[str, Any]]) -> None:
    if SIDE_TRANSACTION_KEY not in session.info:  # a session not opened by a Database: nothing to write with
        log.warning("access denied, not recorded (%s)", [d["detail"] for d in denials])
        return
    try:
        with side_transaction(session, SystemActor("access-check")) as side:
            side.add_all(AuditEntry(action=AuditAction.ACCESS_DENIED, **denial) for denial in denials)
    except DBAPIError:
        log.warning("access denied, could not be recorded (%s)", [d["detail"] for d in denials], exc_info=True)


def may_see_health_details(
    session: Session, category: PartnerCategory, referred_by_id: str | None, coach_id: str | None
) -> bool:
    """Health-related referral details: the referrer, the client's personal coach and administrators."""
    if category not in HEALTH_CATEGORIES:
        return True
    actor = current_actor(session)
    if actor is None:
        return False
    if actor.may(Permission.VIEW_ALL_HEALTH_DETAILS):
        return True
    return actor.staff_id in (referred_by_id, coach_id)
