"""Who may do what: the roles' permissions, checked in the services (the UI only hides what is refused).

The signed-in staff member is the session's actor (``session.info["staff_id"]``, set by
:meth:`vauhdittamo.db.Database.session`). A session without one is the system itself — the
command line run by the machine's own user, who holds the database key anyway, schema upgrades and
demo data — and may do everything.

=================== ============================================================================
Role                May
=================== ============================================================================
front desk          log visits; find, add and edit clients; make referrals; mark attendance; synchronise
outreach worker     as the front desk, and record competence certificates
personal coach      as the outreach worker, and send a referral without consent (recorded), see
                    the health-related referral details of their own clients and record their
                    work and functional capacity assessment results
coordinator         as the personal coach, and manage workshops and partners, import clients,
                    export attendance and reports, settle synchronisation conflicts, and assign
                    clients their personal coach (recorded)
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

import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError
from vauhdittamo.models import PartnerCategory, StaffMember, StaffRole

MSG_DENIED = QT_TRANSLATE_NOOP("errors", "Your role ({role}) does not allow this: {action}.")
MSG_HEALTH_RESTRICTED = QT_TRANSLATE_NOOP(
    "errors",
    "This referral's health-related details are shown only to the staff member who made it, the client's "
    "personal coach and administrators.",
)
MSG_NOT_SIGNED_IN = QT_TRANSLATE_NOOP("errors", "Sign in again to continue.")


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
}

_FRONT_DESK = frozenset({Permission.LOG_VISITS, Permission.EDIT_CLIENTS, Permission.MAKE_REFERRALS,
                         Permission.MARK_ATTENDANCE, Permission.SYNC})  # every device syncs what it records
_OUTREACH = _FRONT_DESK | {Permission.RECORD_CERTIFICATES}
_COACH = _OUTREACH | {Permission.OVERRIDE_CONSENT, Permission.RECORD_ASSESSMENT}
_COORDINATOR = _COACH | {Permission.MANAGE_WORKSHOPS, Permission.MANAGE_PARTNERS, Permission.IMPORT_CLIENTS,
                         Permission.EXPORT_REPORTS, Permission.RESOLVE_CONFLICTS, Permission.ASSIGN_COACH}

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


@dataclass(frozen=True)
class Actor:
    staff_id: str
    role: StaffRole

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


def current_actor(session: Session) -> Actor | None:
    """The signed-in staff member of *session*; ``None`` for the system (no one signed in)."""
    staff_id = session.info.get("staff_id")
    if not staff_id:
        return None
    member = session.get(StaffMember, staff_id)
    if member is None or member.deleted_at is not None or not member.active:
        raise AppError(MSG_NOT_SIGNED_IN)
    return Actor(member.id, member.role)


def allowed(session: Session, permission: Permission) -> bool:
    actor = current_actor(session)
    return actor is None or actor.may(permission)


def require(session: Session, permission: Permission) -> Actor | None:
    """Raise :class:`PermissionDenied` unless the session's actor may do *permission*."""
    actor = current_actor(session)
    if actor is not None and not actor.may(permission):
        raise PermissionDenied(actor.role, permission)
    return actor


def may_see_health_details(
    session: Session, category: PartnerCategory, referred_by_id: str | None, coach_id: str | None
) -> bool:
    """Health-related referral details: the referrer, the client's personal coach and administrators."""
    if category not in HEALTH_CATEGORIES:
        return True
    actor = current_actor(session)
    if actor is None or actor.may(Permission.VIEW_ALL_HEALTH_DETAILS):
        return True
    return actor.staff_id in (referred_by_id, coach_id)
