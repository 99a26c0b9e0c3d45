"""Staff sign-in: password hashing, signing in, the lock screen's check and the first administrator.

Passwords and PINs are stored only as a slow salted hash, ``scrypt$n$r$p$salt$hash`` (salt and hash in
base64), at OWASP's recommended cost (n=2**17, r=8, p=1). The parameters can be raised later: a stored
hash keeps its own parameters and is replaced with one of the current parameters at the next successful
sign-in (hashes made before, at n=2**15, are upgraded so). A stored hash arrives from other laptops
through the hub, so one asking for more than :data:`SCRYPT_MAX_MEMORY` or :data:`SCRYPT_MAX_WORK` never
matches instead of stalling the sign-in. A password or PIN is never logged, stored in the clear, or
written to the audit trail.

Where they are kept: a **password** in ``password_hash``, which is synchronised, so it works on every
laptop; a **PIN** (any secret of digits only, :func:`is_pin`) in ``pin_hash``, which stays on the laptop
where it was set (six digits are found in hours from a hash copied off the hub). One staff member may
have both. A digits-only secret is checked against the PIN; an earlier version stored PINs as the
password, so while the account has no PIN here, it is checked against ``password_hash`` instead, and on
success moved to ``pin_hash`` (``password_hash`` is emptied, and that reaches the hub).

Rules (:func:`check_password_rules`): a **password** of at least 10 characters, or a **PIN** of at least
6 digits (only digits). Both are allowed for every role; a PIN suits a shared front-desk computer, where
it is typed many times a day. Five wrong attempts in a row lock the account for five minutes, which makes
guessing even a six-digit PIN hopeless; a PIN's hash never leaves the laptop, whose database is
encrypted, so it cannot be attacked offline without the database key.

Signing in (:func:`sign_in`) and the lock screen (:func:`verify_password`) refuse with one message for
an unknown name and for a wrong password, so it does not tell which was wrong. Every failure is
written to the audit trail (``SIGN_IN_FAILED``, with a code in ``detail`` and the account as the
entity, never the typed text) in its own committed transaction, so it stays even though the caller's
transaction is rolled back by the error. Inactive and deleted accounts are refused; an account
without a password or PIN (here) cannot sign in until an administrator sets one.

The first administrator (:func:`create_first_administrator`) is the only account made without an
administrator signed in. It is offered while no active administrator has a password or PIN, nor ever
had one set (a PIN set on another laptop is not here, but its date is): on a new database, and on a
database from an earlier version whose staff have no passwords (without this no one could ever sign in
there again). Whoever can open the database holds its key already, so this opens nothing new.
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

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.models import AuditAction, StaffMember, StaffRole
from vauhdittamo.services import audit
from vauhdittamo.services import validation as v
from vauhdittamo.services.permissions import (
    Permission,
    acting_staff_id,
    current_actor,
    require,
    require_signed_in,
    side_transaction,
    system,
)
from vauhdittamo.timeutil import to_local, utcnow

# scrypt at OWASP's current recommendation: 2**17 × 8 × 128 bytes = 128 MiB and roughly 0.3–0.4 s per
# hash. (The tests lower SCRYPT_N for speed, see tests/conftest.py; read these at call time, never copy.)
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
# The most a stored hash may ask for (they arrive from other laptops): memory in bytes and n × r × p.
SCRYPT_MAX_MEMORY = 2**30
SCRYPT_MAX_WORK = 2**24
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


def _scrypt_memory(n: int, r: int, p: int) -> int:
    """The bytes OpenSSL's scrypt needs (its working array and its blocks)."""
    return 128 * r * (n + 2) + 128 * r * p


def _scrypt(secret: bytes, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # OpenSSL refuses more than 32 MiB unless told: allow what these parameters need and 1 MiB more.
    maxmem = _scrypt_memory(n, r, p) + 2**20
    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=length)


def hash_password(password: str, salt: bytes | None = None) -> str:
    """A new ``scrypt$n$r$p$salt$hash`` string for *password* (a random salt unless one is given)."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    n, r, p = SCRYPT_N, SCRYPT_R, SCRYPT_P
    digest = _scrypt(_normalise(password), salt, n, r, p, HASH_BYTES)
    return f"{SCHEME}${n}${r}${p}${_b64(salt)}${_b64(digest)}"


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
    if n < 2 or n & (n - 1) or r < 1 or p < 1 or not salt or not 16 <= len(digest) <= 64:
        return None
    if _scrypt_memory(n, r, p) > SCRYPT_MAX_MEMORY or n * r * p > SCRYPT_MAX_WORK:
        return None  # a hash from elsewhere may not stall the sign-in
    return n, r, p, salt, digest


def password_matches(password: str, stored: str) -> bool:
    """Whether *password* gives *stored* (with the parameters stored in it); compared in constant time."""
    parsed = _parse(stored)
    if parsed is None:
        return False
    n, r, p, salt, digest = parsed
    try:
        candidate = _scrypt(_normalise(password), salt, n, r, p, len(digest))
    except (ValueError, MemoryError):  # OpenSSL could not get the memory: nothing matched
        return False
    return hmac.compare_digest(candidate, digest)


def needs_rehash(stored: str) -> bool:
    """Whether *stored* was made with other parameters than today's."""
    parsed = _parse(stored)
    return parsed is None or parsed[:3] != (SCRYPT_N, SCRYPT_R, SCRYPT_P) or len(parsed[4]) != HASH_BYTES


def _spend_time(password: str) -> None:
    """Hash anyway when there is nothing to compare with, so the answer takes as long as a real check."""
    dummy = f"{SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(bytes(SALT_BYTES))}${_b64(bytes(HASH_BYTES))}"
    password_matches(password, dummy)


def is_pin(secret: str) -> bool:
    """A PIN is a secret of ASCII digits only (kept in ``pin_hash``, on this laptop only)."""
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
    with side_transaction(session, system("sign-in")) as side:
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


# Which of an account's hashes a secret is checked against (see the module docstring).
_PIN = "pin"
_PASSWORD = "password"
_OLD_PIN = "old_pin"  # a PIN that an earlier version stored in password_hash


def _has_secret(member: StaffMember) -> bool:
    return bool(member.password_hash or member.pin_hash)


def _matching(member: StaffMember, secret: str) -> str | None:
    """Which hash *secret* matched (:data:`_PIN`, :data:`_PASSWORD` or :data:`_OLD_PIN`), or ``None``.

    A PIN is checked against ``pin_hash``, or against ``password_hash`` while there is no PIN here;
    anything else against ``password_hash``. One hash either way, also when the slot is empty.
    """
    if is_pin(secret):
        slot, stored = (_PIN, member.pin_hash) if member.pin_hash else (_OLD_PIN, member.password_hash)
    else:
        slot, stored = _PASSWORD, member.password_hash
    if not stored:
        _spend_time(secret)
        return None
    return slot if password_matches(secret, stored) else None


def _store(member: StaffMember, secret: str) -> None:
    """Keep *secret*'s hash: a PIN in ``pin_hash`` (this laptop only), a password in ``password_hash``."""
    if is_pin(secret):
        member.pin_hash = hash_password(secret)
    else:
        member.password_hash = hash_password(secret)


def _check(
    session: Session, member: StaffMember | None, password: str, now: dt.datetime, wrong: str = MSG_WRONG
) -> tuple[StaffMember, str]:
    """The account and the hash *password* matched; otherwise record the failure and raise (*wrong* says so)."""
    if member is None:
        _spend_time(password)
        _record_failure(session, None, FAIL_UNKNOWN, now, count=False)
        raise AppError(MSG_WRONG)
    if member.locked_until is not None and member.locked_until > now:
        _record_failure(session, member.id, FAIL_LOCKED, now, count=False)
        raise _locked_message(member.locked_until)
    if not _has_secret(member):
        _record_failure(session, member.id, FAIL_NO_PASSWORD, now, count=False)
        raise AppError(MSG_NO_PASSWORD)
    slot = _matching(member, password)
    if slot is None:
        locked_until = _record_failure(session, member.id, FAIL_WRONG, now, count=True)
        if locked_until is not None:
            raise _locked_message(locked_until)
        raise AppError(wrong)
    if not member.active:  # told only to whoever knows the password
        _record_failure(session, member.id, FAIL_INACTIVE, now, count=False)
        raise AppError(MSG_INACTIVE)
    return member, slot


def _succeeded(session: Session, member: StaffMember, password: str, slot: str, detail: str) -> None:
    """Record the sign-in; bring the matched hash to today's parameters and an older PIN to ``pin_hash``."""
    if member.failed_sign_ins or member.locked_until is not None:
        member.failed_sign_ins = 0
        member.locked_until = None
    if slot == _OLD_PIN:
        member.pin_hash = hash_password(password)
        member.password_hash = ""
    elif slot == _PIN and needs_rehash(member.pin_hash):
        member.pin_hash = hash_password(password)
    elif slot == _PASSWORD and needs_rehash(member.password_hash):
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
    member, slot = _check(session, _find(session, staff_id_or_name), password, moment)
    _succeeded(session, member, password, slot, "")
    session.flush()
    return SignedIn(member.id, member.display_name, member.role)


def verify_password(session: Session, staff_id: str, password: str, now: dt.datetime | None = None) -> None:
    """The lock screen's check: as :func:`sign_in` for a known account (failures count the same).

    A wrong password says only that the password is wrong (the name is not asked here).
    """
    moment = _now(now)
    member, slot = _check(session, _find(session, staff_id), password, moment, MSG_WRONG_PASSWORD)
    _succeeded(session, member, password, slot, UNLOCK)
    session.flush()


def set_password(
    session: Session, staff_id: str, password: str, current_password: str | None = None
) -> None:
    """Set the account's password, or its PIN on this laptop (either ends a lockout).

    A PIN (digits only) replaces the PIN and leaves the password as it is; a password replaces the
    password and leaves the PIN. One's own needs the current password or PIN (*current_password*;
    when that is a PIN an earlier version kept as the password, it is removed from there); another's
    needs :attr:`Permission.MANAGE_STAFF`. A system actor (the command line) may set any.
    """
    actor = current_actor(session)
    member = _member(session, staff_id)
    own = actor is not None and actor.staff_id == staff_id
    slot: str | None = None
    if own:
        slot = _matching(member, current_password) if current_password is not None else None
        if slot is None:
            # Counts towards the lockout like any wrong password: no guessing at an unlocked screen.
            _record_failure(session, member.id, FAIL_WRONG_CURRENT, utcnow(), count=True)
            raise ValidationError(MSG_CURRENT_PASSWORD, field="current_password")
    else:
        require(session, Permission.MANAGE_STAFF)
    check_password_rules(password)
    if slot == _OLD_PIN:
        member.password_hash = ""
    _store(member, password)
    member.password_set_at = utcnow()
    member.failed_sign_ins = 0
    member.locked_until = None
    audit.record(
        session, AuditAction.STAFF_CHANGED, audit.ENTITY_STAFF, member.id,
        "password_changed" if own else "password_set",
    )
    session.flush()


# --------------------------------------------------------------------------- the first administrator


def needs_first_administrator(session: Session) -> bool:
    """True while no active administrator has a password or PIN: then nobody could manage accounts.

    One whose PIN was set on another laptop has none here, but ``password_set_at`` (synchronised)
    says it was set: that counts, or this laptop would hand the account to whoever types its name.
    """
    found = session.scalar(
        select(StaffMember.id)
        .where(
            StaffMember.role == StaffRole.ADMIN,
            StaffMember.active.is_(True),
            StaffMember.deleted_at.is_(None),
            or_(
                StaffMember.password_hash != "",
                StaffMember.pin_hash != "",
                StaffMember.password_set_at.is_not(None),
            ),
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
    _store(member, password)
    member.password_set_at = utcnow()
    member.failed_sign_ins = 0
    member.locked_until = None
    session.flush()
    entry = audit.record(
        session, AuditAction.STAFF_CHANGED, audit.ENTITY_STAFF, member.id,
        "first_administrator_created" if created else "first_administrator_password_set",
    )
    entry.staff_id = member.id
    _succeeded(session, member, password, _PIN if is_pin(password) else _PASSWORD, "")
    session.flush()
    return SignedIn(member.id, member.display_name, member.role)


def record_sign_out(session: Session) -> None:
    """A ``SIGN_OUT`` entry by the session's staff member."""
    require_signed_in(session)
    staff_id = acting_staff_id(session)
    audit.record(session, AuditAction.SIGN_OUT, audit.ENTITY_STAFF, staff_id)


def record_screen_locked(session: Session) -> None:
    """A ``SCREEN_LOCKED`` entry by the session's staff member."""
    require_signed_in(session)
    staff_id = acting_staff_id(session)
    audit.record(session, AuditAction.SCREEN_LOCKED, audit.ENTITY_STAFF, staff_id)
