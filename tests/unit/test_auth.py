"""Staff sign-in: password hashes, wrong passwords and lockouts, the first administrator, staff accounts."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.acting import act_as, acting, staff_actor
from vauhdittamo.db import Database, open_database
from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.models import AuditAction, AuditEntry, StaffMember, StaffRole
from vauhdittamo.services import auth
from vauhdittamo.services import staff as staff_service
from vauhdittamo.services.permissions import SYSTEM, Permission, PermissionDenied
from vauhdittamo.services.staff import StaffInput
from vauhdittamo.sync import outbox

PASSWORD = "kesä-aamu-2026"
PIN = "482915"
NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)


def add_member(db: Database, name: str, role: StaffRole, password: str | None = PASSWORD) -> str:
    """A staff member added by the system, with *password* (none when ``None``)."""
    with db.transaction(SYSTEM) as session:
        member = staff_service.add_staff_member(session, name, role)
        if password is not None:
            auth.set_password(session, member.id, password)
        return member.id


def entries(session: Session, action: AuditAction) -> list[AuditEntry]:
    """Entries of *action* in the order they were made (keys are time-ordered on a device)."""
    return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


def try_sign_in(db: Database, who: str, password: str, now: dt.datetime = NOW) -> auth.SignedIn:
    with db.transaction(acting(db)) as session:
        return auth.sign_in(session, who, password, now=now)


def row(db: Database, staff_id: str) -> StaffMember:
    with db.session(acting(db)) as session:
        member = session.get(StaffMember, staff_id)
        assert member is not None
        return member


def old_hash(secret: str, n: int) -> str:
    """A hash as an earlier version made it, at scrypt cost *n*."""
    salt = bytes(range(16))
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=n, r=8, p=1, maxmem=2**26, dklen=32)
    return f"scrypt${n}$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def store_hashes(db: Database, staff_id: str, **hashes: str) -> None:
    """Write hashes straight into the row, as an earlier version left them."""
    with db.transaction(acting(db)) as session:
        member = session.get(StaffMember, staff_id)
        assert member is not None
        for column, value in hashes.items():
            setattr(member, column, value)


def as_member(db: Database, staff_id: str) -> Session:
    """A session acting as *staff_id* (the test's own actor is left as it was)."""
    return db.session(staff_actor(db, staff_id))


# --------------------------------------------------------------------------- hashing


def test_a_production_hash_uses_owasps_scrypt_cost(production_hash_cost: None) -> None:
    salt = bytes(range(16))
    stored = auth.hash_password(PASSWORD, salt=salt)
    assert stored.split("$")[:4] == ["scrypt", "131072", "8", "1"]
    expected = hashlib.scrypt(PASSWORD.encode(), salt=salt, n=2**17, r=8, p=1, maxmem=2**28, dklen=32)
    assert stored.split("$")[5] == base64.b64encode(expected).decode()
    assert not auth.needs_rehash(stored)


def test_hash_format_names_its_parameters_and_verifies() -> None:
    stored = auth.hash_password(PASSWORD)
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(auth.SCRYPT_N), "8", "1")  # lowered for the tests
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(digest)) == 32
    assert PASSWORD not in stored
    assert auth.password_matches(PASSWORD, stored)
    assert not auth.password_matches(PASSWORD + "x", stored)
    assert not auth.password_matches("", stored)
    assert auth.hash_password(PASSWORD) != stored, "a new salt every time"
    assert not auth.needs_rehash(stored)


def test_hash_is_scrypt_with_the_stored_parameters() -> None:
    salt = bytes(range(16))
    stored = auth.hash_password(PASSWORD, salt=salt)
    expected = hashlib.scrypt(PASSWORD.encode(), salt=salt, n=auth.SCRYPT_N, r=8, p=1, dklen=32)
    assert stored.split("$")[5] == base64.b64encode(expected).decode()
    # An older hash with other parameters still verifies, and is marked for replacing.
    old = old_hash(PASSWORD, 2**10)
    assert auth.password_matches(PASSWORD, old)
    assert auth.needs_rehash(old)


def test_the_same_password_typed_in_another_unicode_form_matches() -> None:
    composed = "Äidinkieli-2026"
    decomposed = "A\u0308idinkieli-2026"
    assert auth.password_matches(decomposed, auth.hash_password(composed))


ZEROS = base64.b64encode(bytes(32)).decode()


@pytest.mark.parametrize("stored", [
    "", "plain", "scrypt$0$8$1$AA==$AA==", "scrypt$1024$8$1$!!$AA==", "md5$x",
    # Asking for 4 GiB, or for hours: a hash from elsewhere may not stall the sign-in.
    f"scrypt${2**22}$8$1${ZEROS}${ZEROS}", f"scrypt${2**16}$8$64${ZEROS}${ZEROS}",
])
def test_broken_hashes_never_match(stored: str) -> None:
    assert not auth.password_matches(PASSWORD, stored)
    assert auth.needs_rehash(stored)


@pytest.mark.parametrize("good", ["kymmenenmer", "123456", "0000000000", "a b c d e f"])
def test_password_rules_accept(good: str) -> None:
    auth.check_password_rules(good)


@pytest.mark.parametrize("bad", ["", "lyhyt", "salasana1", "12345", " " * 12, "x" * 257, "１２３４５６"])
def test_password_rules_refuse(bad: str) -> None:
    with pytest.raises(ValidationError):
        auth.check_password_rules(bad)


# --------------------------------------------------------------------------- signing in


def test_sign_in_by_id_or_name_records_the_sign_in(db: Database) -> None:
    member_id = add_member(db, "Liisa Lahtinen", StaffRole.COACH)
    signed = try_sign_in(db, member_id, PASSWORD)
    assert (signed.staff_id, signed.display_name, signed.role) == (member_id, "Liisa Lahtinen", StaffRole.COACH)
    assert try_sign_in(db, "  liisa LAHTINEN ", PASSWORD).staff_id == member_id
    with db.session(acting(db)) as session:
        recorded = entries(session, AuditAction.SIGN_IN)
    assert [(e.staff_id, e.entity_id) for e in recorded] == [(member_id, member_id)] * 2
    assert all(PASSWORD not in e.detail for e in recorded)


def test_a_wrong_password_and_an_unknown_name_get_the_same_message(db: Database) -> None:
    member_id = add_member(db, "Liisa Lahtinen", StaffRole.COACH)
    with pytest.raises(AppError) as wrong:
        try_sign_in(db, member_id, "väärä-salasana")
    with pytest.raises(AppError) as unknown:
        try_sign_in(db, "Nobody Here", PASSWORD)
    assert wrong.value.message == unknown.value.message == "The name or the password is wrong."
    with db.session(acting(db)) as session:
        failed = entries(session, AuditAction.SIGN_IN_FAILED)
        assert [(e.staff_id, e.entity_id, e.detail) for e in failed] == [
            (None, member_id, auth.FAIL_WRONG), (None, None, auth.FAIL_UNKNOWN)
        ]  # committed although the sign-in's own transaction was rolled back
        assert all("Nobody" not in e.detail and "väärä" not in e.detail for e in failed)
        assert session.get(StaffMember, member_id).failed_sign_ins == 1  # type: ignore[union-attr]


def test_five_failures_lock_the_account_for_five_minutes(db: Database) -> None:
    member_id = add_member(db, "Liisa Lahtinen", StaffRole.FRONT_DESK)
    for attempt in range(4):
        with pytest.raises(AppError, match="wrong"):
            try_sign_in(db, member_id, f"wrong-{attempt}-password", now=NOW + dt.timedelta(seconds=attempt))
    with pytest.raises(AppError) as locked:
        try_sign_in(db, member_id, "wrong-4-password", now=NOW + dt.timedelta(seconds=4))
    assert locked.value.template == auth.MSG_LOCKED
    assert locked.value.params == {"time": "12.05"}  # Helsinki time, five minutes on
    # Locked: even the right password is refused until then, and it does not count.
    with pytest.raises(AppError) as still:
        try_sign_in(db, member_id, PASSWORD, now=NOW + dt.timedelta(minutes=4))
    assert still.value.template == auth.MSG_LOCKED
    with db.session(acting(db)) as session:
        member = session.get(StaffMember, member_id)
        assert member is not None and member.locked_until == NOW + dt.timedelta(seconds=4, minutes=5)
        details = [e.detail for e in entries(session, AuditAction.SIGN_IN_FAILED)]
    assert details == [auth.FAIL_WRONG] * 4 + [auth.FAIL_LOCKED_NOW, auth.FAIL_LOCKED]
    # After the time the right password works, and the counter starts again.
    assert try_sign_in(db, member_id, PASSWORD, now=NOW + dt.timedelta(minutes=6)).staff_id == member_id
    with db.session(acting(db)) as session:
        member = session.get(StaffMember, member_id)
        assert member is not None and (member.failed_sign_ins, member.locked_until) == (0, None)


def test_a_success_resets_the_count_of_failures(db: Database) -> None:
    member_id = add_member(db, "Liisa Lahtinen", StaffRole.FRONT_DESK)
    for _round in range(2):
        for _ in range(4):
            with pytest.raises(AppError):
                try_sign_in(db, member_id, "wrong-password")
        try_sign_in(db, member_id, PASSWORD)  # eight failures, never five in a row


def test_inactive_deleted_and_passwordless_accounts_are_refused(db: Database) -> None:
    inactive = add_member(db, "Ilona Inaktiivinen", StaffRole.COACH)
    deleted = add_member(db, "Daniel Poistettu", StaffRole.COACH)
    without = add_member(db, "Noora Uusi", StaffRole.COACH, password=None)
    with db.transaction(acting(db)) as session:
        staff_service.set_active(session, inactive, False)
        session.get(StaffMember, deleted).deleted_at = NOW  # type: ignore[union-attr]
    with pytest.raises(AppError) as refused:
        try_sign_in(db, inactive, PASSWORD)
    assert refused.value.template == auth.MSG_INACTIVE
    with pytest.raises(AppError) as wrong_for_inactive:
        try_sign_in(db, inactive, "not-the-password")
    assert wrong_for_inactive.value.template == auth.MSG_WRONG, "only the password's owner learns it is inactive"
    with pytest.raises(AppError) as gone:
        try_sign_in(db, deleted, PASSWORD)
    assert gone.value.template == auth.MSG_WRONG
    with pytest.raises(AppError) as no_password:
        try_sign_in(db, without, "anything-at-all")
    assert no_password.value.template == auth.MSG_NO_PASSWORD


def test_the_lock_screen_checks_the_password_and_counts_failures(db: Database) -> None:
    member_id = add_member(db, "Liisa Lahtinen", StaffRole.COACH)
    with db.transaction(acting(db)) as session:
        auth.verify_password(session, member_id, PASSWORD, now=NOW)
    for _ in range(5):
        with pytest.raises(AppError):
            with db.transaction(acting(db)) as session:
                auth.verify_password(session, member_id, "wrong-password", now=NOW)
    with pytest.raises(AppError) as locked:
        with db.transaction(acting(db)) as session:
            auth.verify_password(session, member_id, PASSWORD, now=NOW + dt.timedelta(minutes=1))
    assert locked.value.template == auth.MSG_LOCKED
    with db.session(acting(db)) as session:
        assert [e.detail for e in entries(session, AuditAction.SIGN_IN)] == [auth.UNLOCK]


def test_an_older_hash_is_replaced_at_sign_in(db: Database, production_hash_cost: None) -> None:
    member_id = add_member(db, "Liisa Lahtinen", StaffRole.COACH, password=None)
    old = old_hash(PASSWORD, 2**15)  # what the previous version made
    store_hashes(db, member_id, password_hash=old)
    try_sign_in(db, member_id, PASSWORD)
    stored = row(db, member_id).password_hash
    assert stored.startswith("scrypt$131072$8$1$") and auth.password_matches(PASSWORD, stored)
    assert not auth.needs_rehash(stored), "replaced once, not at every sign-in"


def test_naive_times_are_refused(db: Database) -> None:
    member_id = add_member(db, "Liisa Lahtinen", StaffRole.COACH)
    with pytest.raises(ValueError, match="naive"):
        try_sign_in(db, member_id, PASSWORD, now=dt.datetime(2026, 11, 24, 10))


# --------------------------------------------------------------------------- PINs


def synced_values(member: StaffMember) -> list[object]:
    """What of the row the hub gets."""
    return [getattr(member, column) for column in outbox.synced_columns("staff_member")]


def test_a_pin_stays_on_this_laptop_and_leaves_the_password_as_it_was(db: Database) -> None:
    member_id = add_member(db, "Liisa Lahtinen", StaffRole.FRONT_DESK)
    password_hash = row(db, member_id).password_hash
    with db.transaction(acting(db)) as session:
        auth.set_password(session, member_id, PIN)  # the system, like an administrator
    member = row(db, member_id)
    assert member.password_hash == password_hash, "the synchronised hash is untouched"
    assert auth.password_matches(PIN, member.pin_hash) and not auth.password_matches(PIN, member.password_hash)
    assert "pin_hash" not in outbox.synced_columns("staff_member")
    assert member.pin_hash not in synced_values(member)
    # Both sign in, here.
    assert try_sign_in(db, member_id, PIN).staff_id == member_id
    assert try_sign_in(db, member_id, PASSWORD).staff_id == member_id
    with db.transaction(acting(db)) as session:
        auth.verify_password(session, member_id, PIN, now=NOW)
    # A new password leaves the PIN.
    with db.transaction(acting(db)) as session:
        auth.set_password(session, member_id, "uusi-salasana-1")
    assert row(db, member_id).pin_hash == member.pin_hash
    assert try_sign_in(db, member_id, PIN).staff_id == member_id
    assert try_sign_in(db, member_id, "uusi-salasana-1").staff_id == member_id


def test_an_account_with_only_a_pin(db: Database, admin: str) -> None:
    with db.transaction(acting(db)) as session:
        member_id = staff_service.create_staff(session, StaffInput("Hanna Rautiainen"), PIN).id
    member = row(db, member_id)
    assert member.password_hash == "" and member.pin_hash.startswith("scrypt$")
    assert member.password_set_at is not None
    assert try_sign_in(db, member_id, PIN).staff_id == member_id
    with pytest.raises(AppError) as wrong:
        try_sign_in(db, member_id, "a-password-she-has-not")
    assert wrong.value.template == auth.MSG_WRONG
    with pytest.raises(AppError):
        try_sign_in(db, member_id, "000000")
    assert row(db, member_id).failed_sign_ins == 2, "wrong passwords and wrong PINs count alike"


def test_a_pin_from_an_earlier_version_moves_out_of_the_password_hash(db: Database) -> None:
    member_id = add_member(db, "Liisa Lahtinen", StaffRole.FRONT_DESK, password=None)
    store_hashes(db, member_id, password_hash=old_hash(PIN, 2**15))  # where an earlier version kept PINs
    with pytest.raises(AppError):
        try_sign_in(db, member_id, "111111")
    assert row(db, member_id).password_hash != "", "a wrong PIN moves nothing"
    assert try_sign_in(db, member_id, PIN).staff_id == member_id
    member = row(db, member_id)
    assert member.password_hash == "" and member.pin_hash not in synced_values(member)
    assert member.pin_hash.startswith(f"scrypt${auth.SCRYPT_N}$") and auth.password_matches(PIN, member.pin_hash)
    assert try_sign_in(db, member_id, PIN).staff_id == member_id
    with db.transaction(acting(db)) as session:
        auth.verify_password(session, member_id, PIN, now=NOW)


def test_the_lock_screen_moves_an_earlier_pin_too(db: Database) -> None:
    member_id = add_member(db, "Liisa Lahtinen", StaffRole.FRONT_DESK, password=None)
    store_hashes(db, member_id, password_hash=auth.hash_password(PIN))
    with db.transaction(acting(db)) as session:
        auth.verify_password(session, member_id, PIN, now=NOW)
    member = row(db, member_id)
    assert member.password_hash == "" and auth.password_matches(PIN, member.pin_hash)


def test_a_pin_set_here_replaces_an_earlier_one(db: Database) -> None:
    member_id = add_member(db, "Liisa Lahtinen", StaffRole.FRONT_DESK, password=None)
    store_hashes(db, member_id, password_hash=auth.hash_password(PIN))
    with db.transaction(acting(db)) as session:
        auth.set_password(session, member_id, "907315")
    with pytest.raises(AppError):
        try_sign_in(db, member_id, PIN)
    assert try_sign_in(db, member_id, "907315").staff_id == member_id


def test_changing_ones_own_earlier_pin(db: Database) -> None:
    member_id = add_member(db, "Liisa Lahtinen", StaffRole.FRONT_DESK, password=None)
    store_hashes(db, member_id, password_hash=auth.hash_password(PIN))
    with as_member(db, member_id) as session:
        auth.set_password(session, member_id, "907315", current_password=PIN)
        session.commit()
    member = row(db, member_id)
    assert member.password_hash == "", "the earlier PIN is gone from what is synchronised"
    assert auth.password_matches("907315", member.pin_hash)
    # And one's own password, with the PIN as the current secret.
    with as_member(db, member_id) as session:
        auth.set_password(session, member_id, "uusi-salasana-1", current_password="907315")
        session.commit()
    member = row(db, member_id)
    assert auth.password_matches("uusi-salasana-1", member.password_hash)
    assert auth.password_matches("907315", member.pin_hash)


# --------------------------------------------------------------------------- setting passwords


def test_own_password_needs_the_current_one(db: Database) -> None:
    member_id = add_member(db, "Liisa Lahtinen", StaffRole.FRONT_DESK)
    with as_member(db, member_id) as session:
        with pytest.raises(ValidationError) as wrong:
            auth.set_password(session, member_id, "uusi-salasana-1", current_password="not-it-at-all")
        assert wrong.value.field == "current_password"
        session.rollback()
        auth.set_password(session, member_id, "uusi-salasana-1", current_password=PASSWORD)
        session.commit()
    assert try_sign_in(db, member_id, "uusi-salasana-1").staff_id == member_id
    with db.session(acting(db)) as session:
        assert auth.FAIL_WRONG_CURRENT in [e.detail for e in entries(session, AuditAction.SIGN_IN_FAILED)]
        assert [e.detail for e in entries(session, AuditAction.STAFF_CHANGED) if e.entity_id == member_id][-1] \
            == "password_changed"


@pytest.mark.parametrize("role", [StaffRole.FRONT_DESK, StaffRole.OUTREACH, StaffRole.COACH, StaffRole.COORDINATOR])
def test_only_administrators_manage_staff(db: Database, role: StaffRole) -> None:
    actor = add_member(db, f"Staff {role.value}", role)
    other = add_member(db, "Olli Ohjaaja", StaffRole.FRONT_DESK)
    with as_member(db, actor) as session:
        calls = [
            lambda: auth.set_password(session, other, "uusi-salasana-1"),
            lambda: staff_service.reset_password(session, other, "uusi-salasana-1"),
            lambda: staff_service.add_staff_member(session, "Uusi Ihminen"),
            lambda: staff_service.create_staff(session, StaffInput("Uusi Ihminen")),
            lambda: staff_service.update_staff(session, other, StaffInput("Olli Ohjaaja", StaffRole.ADMIN)),
            lambda: staff_service.update_staff(session, actor, StaffInput("Me", StaffRole.ADMIN)),
            lambda: staff_service.set_active(session, other, False),
            lambda: staff_service.staff_accounts(session),
        ]
        for call in calls:
            with pytest.raises(PermissionDenied) as denied:
                call()
            assert denied.value.permission == Permission.MANAGE_STAFF
    with db.session(acting(db)) as session:
        member = session.get(StaffMember, other)
        assert member is not None and member.active and member.role == StaffRole.FRONT_DESK


# --------------------------------------------------------------------------- staff accounts


@pytest.fixture
def admin(db: Database) -> Iterator[str]:
    """An administrator with a password, signed in."""
    admin_id = add_member(db, "Anna Ylläpitäjä", StaffRole.ADMIN)
    act_as(db, admin_id)
    yield admin_id
    act_as(db, None)


def test_administrator_creates_edits_deactivates_and_resets(db: Database, admin: str) -> None:
    with db.transaction(acting(db)) as session:
        member = staff_service.create_staff(
            session, StaffInput("Kalle Koordinaattori", StaffRole.COORDINATOR, "Lieksan kaupunki", "kalle@example.fi"),
            "123456",
        )
        new_id = member.id
    assert try_sign_in(db, new_id, "123456").role == StaffRole.COORDINATOR
    with db.transaction(acting(db)) as session:
        staff_service.update_staff(session, new_id, StaffInput("Kalle K", StaffRole.COACH, "Lieksa", ""))
        staff_service.reset_password(session, new_id, "toinen-salasana")
        staff_service.set_active(session, new_id, False)
    with pytest.raises(AppError):
        try_sign_in(db, new_id, "toinen-salasana")
    with db.session(acting(db)) as session:
        accounts = {a.staff_id: a for a in staff_service.staff_accounts(session)}
        details = [e.detail for e in entries(session, AuditAction.STAFF_CHANGED) if e.entity_id == new_id]
    account = accounts[new_id]
    assert (account.display_name, account.role, account.active, account.has_password) == (
        "Kalle K", StaffRole.COACH, False, True
    )
    assert account.last_sign_in is not None
    assert accounts[admin].last_sign_in is None
    assert details == [
        "created role=coordinator", "password_set", "display_name,organisation,email,role role=coach",
        "password_set", "deactivated",
    ]
    assert all("Kalle" not in d and "example" not in d for d in details), "no personal data in the trail"


def test_a_new_account_with_a_bad_password_is_not_created(db: Database, admin: str) -> None:
    with pytest.raises(ValidationError):
        with db.transaction(acting(db)) as session:
            staff_service.create_staff(session, StaffInput("Kalle Koordinaattori"), "short")
    with db.session(acting(db)) as session:
        assert [a.display_name for a in staff_service.staff_accounts(session)] == ["Anna Ylläpitäjä"]


def test_the_last_active_administrator_stays(db: Database, admin: str) -> None:
    for change in (
        lambda s: staff_service.set_active(s, admin, False),
        lambda s: staff_service.update_staff(s, admin, StaffInput("Anna Ylläpitäjä", StaffRole.COORDINATOR)),
        lambda s: staff_service.update_staff(s, admin, StaffInput("Anna Ylläpitäjä", StaffRole.ADMIN, active=False)),
    ):
        with pytest.raises(AppError) as refused:
            with db.transaction(acting(db)) as session:
                change(session)
        assert refused.value.template == staff_service.MSG_LAST_ADMINISTRATOR
    # With a second administrator, the first may step down.
    second = add_member(db, "Bertta Ylläpitäjä", StaffRole.ADMIN)
    with db.transaction(acting(db)) as session:
        staff_service.update_staff(session, admin, StaffInput("Anna Ylläpitäjä", StaffRole.COORDINATOR))
    act_as(db, second)
    with pytest.raises(AppError):
        with db.transaction(acting(db)) as session:
            staff_service.set_active(session, second, False)


# --------------------------------------------------------------------------- the first administrator


def test_first_administrator_on_an_empty_database(db: Database) -> None:
    with db.session(acting(db)) as session:
        assert auth.needs_first_administrator(session)
    with pytest.raises(ValidationError):
        with db.transaction(acting(db)) as session:
            auth.create_first_administrator(session, "Anna Ylläpitäjä", "short")
    with db.transaction(acting(db)) as session:
        signed = auth.create_first_administrator(session, "Anna Ylläpitäjä", PASSWORD)
    assert signed.role == StaffRole.ADMIN
    with db.session(acting(db)) as session:
        assert not auth.needs_first_administrator(session)
        [sign_in] = entries(session, AuditAction.SIGN_IN)
        [created] = entries(session, AuditAction.STAFF_CHANGED)
    assert sign_in.staff_id == created.staff_id == signed.staff_id
    assert created.detail == "first_administrator_created"
    with pytest.raises(AppError) as again:
        with db.transaction(acting(db)) as session:
            auth.create_first_administrator(session, "Mallory", PASSWORD)
    assert again.value.template == auth.MSG_HAS_ADMINISTRATOR
    assert try_sign_in(db, "Anna Ylläpitäjä", PASSWORD).staff_id == signed.staff_id


def test_an_older_database_without_passwords_gets_its_administrator(db: Database) -> None:
    coach = add_member(db, "Olli Ohjaaja", StaffRole.COACH, password=None)
    old_admin = add_member(db, "Anna Ylläpitäjä", StaffRole.ADMIN, password=None)
    with db.session(acting(db)) as session:
        assert auth.needs_first_administrator(session)
    with db.transaction(acting(db)) as session:
        signed = auth.create_first_administrator(session, "anna ylläpitäjä", PASSWORD)
    assert signed.staff_id == old_admin, "the existing administrator gets the password, no namesake account"
    with db.session(acting(db)) as session:
        assert len(session.scalars(select(StaffMember)).all()) == 2
    with pytest.raises(AppError) as no_password:
        try_sign_in(db, coach, PASSWORD)
    assert no_password.value.template == auth.MSG_NO_PASSWORD


def test_the_first_administrator_with_a_pin(db: Database) -> None:
    with db.transaction(acting(db)) as session:
        signed = auth.create_first_administrator(session, "Anna Ylläpitäjä", PIN)
    member = row(db, signed.staff_id)
    assert member.password_hash == "" and auth.password_matches(PIN, member.pin_hash)
    with db.session(acting(db)) as session:
        assert not auth.needs_first_administrator(session)
    assert try_sign_in(db, "Anna Ylläpitäjä", PIN).staff_id == signed.staff_id


def test_an_administrator_with_a_pin_on_another_laptop_is_not_offered_again(db: Database) -> None:
    """Synchronised here: the date the PIN was set, not the PIN. Nobody may claim the account by its name."""
    admin_id = add_member(db, "Anna Ylläpitäjä", StaffRole.ADMIN, password=None)
    with db.transaction(acting(db)) as session:
        member = session.get(StaffMember, admin_id)
        assert member is not None
        member.password_set_at = NOW
    with db.session(acting(db)) as session:
        assert not auth.needs_first_administrator(session)
    with pytest.raises(AppError) as refused:
        with db.transaction(acting(db)) as session:
            auth.create_first_administrator(session, "Anna Ylläpitäjä", PASSWORD)
    assert refused.value.template == auth.MSG_HAS_ADMINISTRATOR
    with pytest.raises(AppError) as no_password:
        try_sign_in(db, admin_id, PIN)
    assert no_password.value.template == auth.MSG_NO_PASSWORD


# --------------------------------------------------------------------------- demo data


def test_demo_staff_sign_in_with_the_demo_password(tmp_path: Path) -> None:
    from vauhdittamo.services.demo import DEMO_PASSWORD, generate_demo

    db = open_database(tmp_path / "demo.sqlite3")
    try:
        generate_demo(db, clients=5, weeks=1, seed=3, today=dt.date(2026, 11, 24))
        with db.session(acting(db)) as session:
            hashes = set(session.scalars(select(StaffMember.password_hash)))
            admin_id = session.scalars(select(StaffMember.id).where(StaffMember.role == StaffRole.ADMIN)).first()
            assert not auth.needs_first_administrator(session)
        assert len(hashes) == 1 and auth.password_matches(DEMO_PASSWORD, hashes.pop())
        assert admin_id is not None and try_sign_in(db, admin_id, DEMO_PASSWORD).role == StaffRole.ADMIN
    finally:
        db.close()
