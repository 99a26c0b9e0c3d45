"""Staff sign-in: password hashing, signing in, the lock screen's check and the first administrator.

Passwords and PINs are stored only as a slow salted hash, ``scrypt$n$r$p$salt$hash`` (salt and hash in
base64), so the parameters can be raised later: a stored hash keeps its own parameters and is replaced
with one of the current parameters at the next successful sign-in. A password or PIN is never logged,
stored in the clear, or written to the audit trail.

Rules (:func:`check_password_rules`): a **password** of at least 10 characters, or a **PIN** of at least
6 digits (only digits). Both are allowed for every role; a PIN suits a shared front-desk computer, where
it is typed many times a day. Five wrong attempts in a row lock the account for five minutes, which makes
guessing even a six-digit PIN hopeless; the database itself is encrypted, so the hashes cannot be
attacked offline without its key.

Signing in (:func:`sign_in`) and the lock screen (:func:`verify_password`) refuse with one message for
an unknown name and for a wrong password, so it does not tell which was wrong. Every failure is
written to the audit trail (``SIGN_IN_FAILED``, with a code in ``detail`` and the account as the
entity, never the typed text) in its own committed transaction, so it stays even though the caller's
transaction is rolled back by the error. Inactive and deleted accounts are refused; an account
without a password cannot sign in until an administrator sets one.

The first administrator (:func:`create_first_administrator`) is the only account made without an
administrator signed in. It is offered while no active administrator has a password: on a new
database, and on a database from an earlier version whose staff have no passwords (without this no
one could ever sign in there again). Whoever can open the database holds its key already, so this
opens nothing new.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import os
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.models import AuditAction, StaffMember, StaffRole
from vauhdittamo.services import audit
from vauhdittamo.services import validation as v
from vauhdittamo.services.permissions import Permission, current_actor, require
from vauhdittamo.timeutil import to_local, utcnow

# scrypt: 2**15 × 8 × 128 bytes = 32 MiB of memory and roughly 0.1 s per hash.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
SCHEME = "scrypt"

PASSWORD_MIN = 10
PIN_MIN = 6
SECRET_MAX = 256

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=5)

# Audit ``detail`` codes of a failed attempt.
FAIL_WRONG = "wrong_password"
FAIL_UNKNOWN = "unknown_name"
FAIL_LOCKED = "account_locked"
FAIL_LOCKED_NOW = "wrong_password_locked"  # this failure locked the account
FAIL_INACTIVE = "inactive"
FAIL_NO_PASSWORD = "no_password"
FAIL_WRONG_CURRENT = "wrong_current_password"  # changing one's own password
UNLOCK = "unlock"

MSG_WRONG = QT_TRANSLATE_NOOP("errors", "The name or the password is wrong.")
MSG_WRONG_PASSWORD = QT_TRANSLATE_NOOP("errors", "The password is wrong.")
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "errors", "Too many wrong passwords: this account is locked until {time}. Try again then."
)
MSG_INACTIVE = QT_TRANSLATE_NOOP(
    "errors", "This account is no longer in use. Ask an administrator if you need it again."
)
MSG_NO_PASSWORD = QT_TRANSLATE_NOOP(
    "errors", "This account has no password yet. Ask an administrator to set one."
)
MSG_PASSWORD_RULES = QT_TRANSLATE_NOOP(
    "errors", "Choose a password of at least 10 characters, or a PIN of at least 6 digits."
)
MSG_PASSWORD_TOO_LONG = QT_TRANSLATE_NOOP("errors", "The password is too long: at most 256 characters.")
MSG_CURRENT_PASSWORD = QT_TRANSLATE_NOOP("errors", "Your current password is wrong.")
MSG_HAS_ADMINISTRATOR = QT_TRANSLATE_NOOP(
    "errors", "An administrator account already exists. Sign in, or ask an administrator for an account."
)
MSG_NO_SUCH_STAFF = QT_TRANSLATE_NOOP("errors", "The staff member no longer exists.")


@dataclass(frozen=True)
class SignedIn:
    """Who signed in (plain values, usable after the session has closed)."""

    staff_id: str
    display_name: str
    role: StaffRole


# --------------------------------------------------------------------------- hashing


def _normalise(secret: str) -> bytes:
    """The same text typed on any system gives the same bytes (Unicode NFC, UTF-8)."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(secret: bytes, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # OpenSSL's default limit (32 MiB) is just below what n=2**15, r=8 needs: allow twice the need.
    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=2 * 128 * r * (n + p), dklen=length)


def hash_password(password: str, salt: bytes | None = None) -> str:
    """A new ``scrypt$n$r$p$salt$hash`` string for *password* (a random salt unless one is given)."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = _scrypt(_normalise(password), salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)
    return f"{SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return None
    if n < 2 or n & (n - 1) or r < 1 or p < 1 or not salt or not digest:
        return None
    return n, r, p, salt, digest


def password_matches(password: str, stored: str) -> bool:
    """Whether *password* gives *stored* (with the parameters stored in it); compared in constant time."""
    parsed = _parse(stored)
    if parsed is None:
        return False
    n, r, p, salt, digest = parsed
    candidate = _scrypt(_normalise(password), salt, n, r, p, len(digest))
    return hmac.compare_digest(candidate, digest)


def needs_rehash(stored: str) -> bool:
    """Whether *stored* was made with other parameters than today's."""
    parsed = _parse(stored)
    return parsed is None or parsed[:3] != (SCRYPT_N, SCRYPT_R, SCRYPT_P) or len(parsed[4]) != HASH_BYTES


_DUMMY_HASH = f"{SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(bytes(SALT_BYTES))}${_b64(bytes(HASH_BYTES))}"


def _spend_time(password: str) -> None:
    """Hash anyway for an unknown name, so the answer takes as long as for a known one."""
    password_matches(password, _DUMMY_HASH)


def is_pin(secret: str) -> bool:
    return secret.isascii() and secret.isdigit()


def check_password_rules(password: str) -> None:
    """Refuse a password shorter than 10 characters, unless it is a PIN of at least 6 digits."""
    text = unicodedata.normalize("NFC", password)
    if len(text) > SECRET_MAX:
        raise ValidationError(MSG_PASSWORD_TOO_LONG, field="password")
    if not text.strip() or len(text) < (PIN_MIN if is_pin(text) else PASSWORD_MIN):
        raise ValidationError(MSG_PASSWORD_RULES, field="password")


# --------------------------------------------------------------------------- helpers


def _now(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return utcnow()
    if now.tzinfo is None:
        raise ValueError("naive datetime: pass timezone-aware times only")
    return now


def _member(session: Session, staff_id: str) -> StaffMember:
    member = session.get(StaffMember, staff_id)
    if member is None or member.deleted_at is not None:
        raise AppError(MSG_NO_SUCH_STAFF)
    return member


def _find(session: Session, staff_id_or_name: str) -> StaffMember | None:
    """The account by id, or by its name (case-insensitive; an active one first); deleted ones never."""
    key = staff_id_or_name.strip()
    if not key:
        return None
    member = session.get(StaffMember, key)
    if member is None:
        folded = key.casefold()
        namesakes = [
            m for m in session.scalars(select(StaffMember).where(StaffMember.deleted_at.is_(None)))
            if m.display_name.strip().casefold() == folded
        ]
        namesakes.sort(key=lambda m: (not m.active, m.created_at))
        member = namesakes[0] if namesakes else None
    if member is None or member.deleted_at is not None:
        return None
    return member


def _locked_message(until: dt.datetime) -> AppError:
    local = to_local(until)
    return AppError(MSG_LOCKED, time=f"{local.hour}.{local.minute:02d}")


def _record_failure(
    session: Session, staff_id: str | None, code: str, now: dt.datetime, count: bool
) -> dt.datetime | None:
    """Write a failed attempt (and, when *count*, the account's failure counter) in its own transaction.

    A second session on the same engine, committed at once: the caller's transaction is rolled back
    by the error that follows, this record is not. Nobody is signed in for it (``staff_id`` empty);
    the account is the entity. Returns the end of the lockout this failure started, if it did.
    """
    locked_until: dt.datetime | None = None
    info = {"device_id": session.info.get("device_id", ""), "staff_id": None}
    with Session(session.get_bind(), info=info) as side, side.begin():
        if staff_id is not None and count:
            member = side.get(StaffMember, staff_id)
            if member is not None:
                member.failed_sign_ins = (member.failed_sign_ins or 0) + 1
                if member.failed_sign_ins >= MAX_FAILURES:
                    member.failed_sign_ins = 0
                    member.locked_until = locked_until = now + LOCKOUT
                    code = FAIL_LOCKED_NOW
        audit.record(side, AuditAction.SIGN_IN_FAILED, audit.ENTITY_STAFF, staff_id, code)
    return locked_until


def _check(
    session: Session, member: StaffMember | None, password: str, now: dt.datetime, wrong: str = MSG_WRONG
) -> StaffMember:
    """The account if *password* is its password; otherwise record the failure and raise (*wrong* says so)."""
    if member is None:
        _spend_time(password)
        _record_failure(session, None, FAIL_UNKNOWN, now, count=False)
        raise AppError(MSG_WRONG)
    if member.locked_until is not None and member.locked_until > now:
        _record_failure(session, member.id, FAIL_LOCKED, now, count=False)
        raise _locked_message(member.locked_until)
    if not member.password_hash:
        _record_failure(session, member.id, FAIL_NO_PASSWORD, now, count=False)
        raise AppError(MSG_NO_PASSWORD)
    if not password_matches(password, member.password_hash):
        locked_until = _record_failure(session, member.id, FAIL_WRONG, now, count=True)
        if locked_until is not None:
            raise _locked_message(locked_until)
        raise AppError(wrong)
    if not member.active:  # told only to whoever knows the password
        _record_failure(session, member.id, FAIL_INACTIVE, now, count=False)
        raise AppError(MSG_INACTIVE)
    return member


def _succeeded(session: Session, member: StaffMember, password: str, detail: str) -> None:
    if member.failed_sign_ins or member.locked_until is not None:
        member.failed_sign_ins = 0
        member.locked_until = None
    if needs_rehash(member.password_hash):
        member.password_hash = hash_password(password)
    entry = audit.record(session, AuditAction.SIGN_IN, audit.ENTITY_STAFF, member.id, detail)
    entry.staff_id = member.id


# --------------------------------------------------------------------------- signing in


def sign_in(session: Session, staff_id_or_name: str, password: str, now: dt.datetime | None = None) -> SignedIn:
    """Check the password of the account (its id or name) and record the sign-in.

    Raises :class:`AppError` for a wrong name or password (one message for both), a locked account
    (saying until when), an account without a password and an inactive one. The successful sign-in
    is written in *session*'s transaction (commit it); failures are committed on their own. Pass a
    session without unsaved changes of its own.
    """
    moment = _now(now)
    member = _check(session, _find(session, staff_id_or_name), password, moment)
    _succeeded(session, member, password, "")
    session.flush()
    return SignedIn(member.id, member.display_name, member.role)


def verify_password(session: Session, staff_id: str, password: str, now: dt.datetime | None = None) -> None:
    """The lock screen's check: as :func:`sign_in` for a known account (failures count the same).

    A wrong password says only that the password is wrong (the name is not asked here).
    """
    moment = _now(now)
    member = _check(session, _find(session, staff_id), password, moment, MSG_WRONG_PASSWORD)
    _succeeded(session, member, password, UNLOCK)
    session.flush()


def set_password(
    session: Session, staff_id: str, password: str, current_password: str | None = None
) -> None:
    """Set the account's password or PIN (it also ends a lockout).

    One's own password needs the current one (*current_password*); another's needs
    :attr:`Permission.MANAGE_STAFF`. The system (no one signed in) may set any.
    """
    actor = current_actor(session)
    member = _member(session, staff_id)
    if actor is not None and actor.staff_id == staff_id:
        if current_password is None or not password_matches(current_password, member.password_hash):
            # Counts towards the lockout like any wrong password: no guessing at an unlocked screen.
            _record_failure(session, member.id, FAIL_WRONG_CURRENT, utcnow(), count=True)
            raise ValidationError(MSG_CURRENT_PASSWORD, field="current_password")
    else:
        require(session, Permission.MANAGE_STAFF)
    check_password_rules(password)
    member.password_hash = hash_password(password)
    member.password_set_at = utcnow()
    member.failed_sign_ins = 0
    member.locked_until = None
    audit.record(
        session, AuditAction.STAFF_CHANGED, audit.ENTITY_STAFF, member.id,
        "password_changed" if actor is not None and actor.staff_id == staff_id else "password_set",
    )
    session.flush()


# --------------------------------------------------------------------------- the first administrator


def needs_first_administrator(session: Session) -> bool:
    """True while no active administrator has a password: then nobody could manage accounts."""
    found = session.scalar(
        select(StaffMember.id)
        .where(
            StaffMember.role == StaffRole.ADMIN,
            StaffMember.active.is_(True),
            StaffMember.deleted_at.is_(None),
            StaffMember.password_hash != "",
        )
        .limit(1)
    )
    return found is None


def create_first_administrator(
    session: Session, display_name: str, password: str, email: str = ""
) -> SignedIn:
    """Make the first administrator and sign them in (see the module docstring for when).

    An active administrator of that name without a password (from an earlier version) gets the
    password instead of a namesake account.
    """
    if not needs_first_administrator(session):
        raise AppError(MSG_HAS_ADMINISTRATOR)
    name = v.required_text(display_name, "display_name", 120)
    check_password_rules(password)
    folded = name.casefold()
    member = next(
        (
            m for m in session.scalars(
                select(StaffMember).where(
                    StaffMember.role == StaffRole.ADMIN,
                    StaffMember.active.is_(True),
                    StaffMember.deleted_at.is_(None),
                ).order_by(StaffMember.created_at)
            )
            if m.display_name.strip().casefold() == folded
        ),
        None,
    )
    created = member is None
    if member is None:
        member = StaffMember(display_name=name, role=StaffRole.ADMIN, email=v.optional_email(email), active=True)
        session.add(member)
    member.password_hash = hash_password(password)
    member.password_set_at = utcnow()
    member.failed_sign_ins = 0
    member.locked_until = None
    session.flush()
    entry = audit.record(
        session, AuditAction.STAFF_CHANGED, audit.ENTITY_STAFF, member.id,
        "first_administrator_created" if created else "first_administrator_password_set",
    )
    entry.staff_id = member.id
    _succeeded(session, member, password, "")
    session.flush()
    return SignedIn(member.id, member.display_name, member.role)


def record_sign_out(session: Session) -> None:
    """A ``SIGN_OUT`` entry by the session's staff member."""
    staff_id = session.info.get("staff_id")
    audit.record(session, AuditAction.SIGN_OUT, audit.ENTITY_STAFF, staff_id)


def record_screen_locked(session: Session) -> None:
    """A ``SCREEN_LOCKED`` entry by the session's staff member."""
    staff_id = session.info.get("staff_id")
    audit.record(session, AuditAction.SCREEN_LOCKED, audit.ENTITY_STAFF, staff_id)
