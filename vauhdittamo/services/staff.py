"""Staff members: the people who use the application, and their accounts.

Listing the active staff (for pickers and the sign-in) needs no permission. Everything about accounts
— adding, changing, deactivating, resetting a password, the administrator's list — needs
:attr:`Permission.MANAGE_STAFF` (administrators; the system may too) and is written to the audit trail
as ``STAFF_CHANGED`` with the changed field names, never their values. Accounts are never deleted,
only deactivated: visits, referrals and the audit trail refer to them. The last active administrator
can be neither deactivated nor given another role, so someone can always manage the accounts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError
from vauhdittamo.models import AuditAction, AuditEntry, StaffMember, StaffRole
from vauhdittamo.services import audit, auth
from vauhdittamo.services import validation as v
from vauhdittamo.services.permissions import Permission, require, require_signed_in

MSG_LAST_ADMINISTRATOR = QT_TRANSLATE_NOOP(
    "errors",
    "This is the last active administrator. Make another staff member an administrator first, "
    "so that someone can still manage the staff accounts.",
)
MSG_NO_SUCH_STAFF = auth.MSG_NO_SUCH_STAFF


@dataclass(frozen=True)
class StaffInput:
    display_name: str
    role: StaffRole = StaffRole.FRONT_DESK
    organisation: str = ""
    email: str = ""
    active: bool = True


@dataclass(frozen=True)
class StaffAccount:
    """One account as the administrator's list shows it (times in UTC)."""

    staff_id: str
    display_name: str
    organisation: str
    email: str
    role: StaffRole
    active: bool
    has_password: bool
    password_set_at: dt.datetime | None
    locked_until: dt.datetime | None
    last_sign_in: dt.datetime | None

    def locked(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


@dataclass(frozen=True)
class StaffChoice:
    """A staff member as a picker shows them."""

    id: str
    display_name: str
    role: StaffRole


def active_staff(session: Session) -> list[StaffChoice]:
    """The active staff by name, for pickers and the sign-in."""
    require_signed_in(session)
    rows = session.execute(
        select(StaffMember.id, StaffMember.display_name, StaffMember.role)
        .where(StaffMember.active.is_(True), StaffMember.deleted_at.is_(None))
        .order_by(StaffMember.display_name)
    )
    return [StaffChoice(staff_id, name, role) for staff_id, name, role in rows]


def staff_name(session: Session, staff_id: str) -> str | None:
    """The name of any staff member who ever had an account (also inactive ones), ``None`` if unknown."""
    require_signed_in(session)
    return session.scalar(select(StaffMember.display_name).where(StaffMember.id == staff_id))


def staff_role(session: Session, staff_id: str) -> StaffRole | None:
    """The role of the staff member *staff_id*, ``None`` if there is no such account."""
    require_signed_in(session)
    return session.scalar(select(StaffMember.role).where(StaffMember.id == staff_id))


def staff_accounts(session: Session) -> list[StaffAccount]:
    """Every account, also inactive ones, by name, with its last sign-in from the audit trail."""
    require(session, Permission.MANAGE_STAFF)
    last: dict[str | None, dt.datetime | None] = {
        staff_id: at
        for staff_id, at in session.execute(
            select(AuditEntry.staff_id, func.max(AuditEntry.created_at))
            .where(AuditEntry.action == AuditAction.SIGN_IN, AuditEntry.staff_id.is_not(None))
            .group_by(AuditEntry.staff_id)
        )
    }
    members = session.scalars(
        select(StaffMember).where(StaffMember.deleted_at.is_(None)).order_by(StaffMember.display_name)
    )
    return [
        StaffAccount(
            staff_id=m.id,
            display_name=m.display_name,
            organisation=m.organisation,
            email=m.email,
            role=m.role,
            active=m.active,
            has_password=bool(m.password_hash or m.pin_hash),
            password_set_at=m.password_set_at,
            locked_until=m.locked_until,
            last_sign_in=_aware(last.get(m.id)),
        )
        for m in members
    ]


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    """An aggregate comes back without the column type: naive UTC (or text in SQLite)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _get(session: Session, staff_id: str) -> StaffMember:
    member = session.get(StaffMember, staff_id)
    if member is None or member.deleted_at is not None:
        raise AppError(MSG_NO_SUCH_STAFF)
    return member


def _other_active_administrators(session: Session, staff_id: str) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(StaffMember)
            .where(
                StaffMember.role == StaffRole.ADMIN,
                StaffMember.active.is_(True),
                StaffMember.deleted_at.is_(None),
                StaffMember.id != staff_id,
            )
        )
        or 0
    )


def _keep_an_administrator(session: Session, member: StaffMember, role: StaffRole, active: bool) -> None:
    """Refuse a change that would leave no active administrator."""
    was_admin = member.role == StaffRole.ADMIN and member.active
    stays_admin = role == StaffRole.ADMIN and active
    if was_admin and not stays_admin and _other_active_administrators(session, member.id) == 0:
        raise AppError(MSG_LAST_ADMINISTRATOR)


def add_staff_member(
    session: Session,
    display_name: str,
    role: StaffRole = StaffRole.FRONT_DESK,
    organisation: str = "",
    email: str = "",
) -> StaffMember:
    """A new active account without a password (administrators; see :func:`create_staff`)."""
    require(session, Permission.MANAGE_STAFF)
    member = StaffMember(
        display_name=v.required_text(display_name, "display_name", 120),
        role=StaffRole(role),
        organisation=v.limited_text(organisation, "organisation", 120),
        email=v.optional_email(email),
        active=True,
    )
    session.add(member)
    session.flush()
    audit.record(session, AuditAction.STAFF_CHANGED, audit.ENTITY_STAFF, member.id, f"created role={member.role}")
    return member


def create_staff(session: Session, data: StaffInput, password: str = "") -> StaffMember:
    """A new account; with *password* it can sign in at once, without one after a reset."""
    require(session, Permission.MANAGE_STAFF)
    if password:
        auth.check_password_rules(password)  # before anything is written
    member = add_staff_member(session, data.display_name, data.role, data.organisation, data.email)
    if not data.active:
        member.active = False
    if password:
        auth.set_password(session, member.id, password)
    session.flush()
    return member


def update_staff(session: Session, staff_id: str, data: StaffInput) -> StaffMember:
    """Change the account's name, organisation, email, role and active flag."""
    require(session, Permission.MANAGE_STAFF)
    member = _get(session, staff_id)
    role = StaffRole(data.role)
    _keep_an_administrator(session, member, role, data.active)
    values = {
        "display_name": v.required_text(data.display_name, "display_name", 120),
        "organisation": v.limited_text(data.organisation, "organisation", 120),
        "email": v.optional_email(data.email),
        "role": role,
        "active": bool(data.active),
    }
    before = {name: getattr(member, name) for name in values}
    for name, value in values.items():
        setattr(member, name, value)
    changed = audit.changed_fields(before, member)
    if changed:
        detail = ",".join(changed)
        if "role" in changed:
            detail += f" role={role}"
        session.flush()
        audit.record(session, AuditAction.STAFF_CHANGED, audit.ENTITY_STAFF, member.id, detail)
    return member


def set_active(session: Session, staff_id: str, active: bool) -> StaffMember:
    """Deactivate an account (it can no longer sign in; its history stays) or take it into use again."""
    require(session, Permission.MANAGE_STAFF)
    member = _get(session, staff_id)
    _keep_an_administrator(session, member, member.role, active)
    if member.active != active:
        member.active = active
        session.flush()
        audit.record(
            session, AuditAction.STAFF_CHANGED, audit.ENTITY_STAFF, member.id,
            "activated" if active else "deactivated",
        )
    return member


def reset_password(session: Session, staff_id: str, password: str) -> None:
    """An administrator sets another's password or PIN (this also ends a lockout)."""
    require(session, Permission.MANAGE_STAFF)
    _get(session, staff_id)
    auth.set_password(session, staff_id, password)
