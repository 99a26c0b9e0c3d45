"""Attacks on the hub by a hub login that is not an administrator's, and by a compromised hub.

Every attack is made directly in SQL as a real login role (``add_hub_user``, NOSUPERUSER): it must be
refused (a permission error, or a refusal with its reason) or, on the pulling side, quarantined; and
afterwards two other laptops still sync and converge.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from tests.acting import acting
from tests.integration.sync_helpers import dump, hub_in_schema, hub_login, new_laptop
from tests.integration.test_sync_protocol import add_client, edit, get
from vauhdittamo.db import Database
from vauhdittamo.models import ClientNote, StaffMember, StaffRole
from vauhdittamo.services.auth import hash_password
from vauhdittamo.sync import hlc
from vauhdittamo.sync.errors import HubRefusedError
from vauhdittamo.sync.hub_sql import BATCH_LIMIT
from vauhdittamo.sync.protocol import push_batch, quarantine_summary, read_push_batch, sync
from vauhdittamo.sync.reasons import plain
from vauhdittamo.timeutil import utcnow

pytestmark = pytest.mark.postgres

DENIED = "permission denied|must be owner|cannot update view"
TAG = "0badc0de"


@pytest.fixture
def hub(pg_engine: Engine) -> Iterator[Engine]:
    """The hub as its owner (the superuser who ran init) sees it."""
    with hub_in_schema(pg_engine) as engine:
        yield engine


@pytest.fixture
def mallory(hub: Engine) -> Iterator[Engine]:
    """A staff member's hub login, not an administrator's."""
    with hub_login(hub) as engine:
        yield engine


@pytest.fixture
def laptops(tmp_path: Path, hub: Engine) -> Iterator[list[Database]]:
    """Two honest laptops, synced with the hub through its owner's login."""
    dbs = [new_laptop(tmp_path, f"honest{i}") for i in range(2)]
    for db in dbs:
        sync(db, hub, acting(db))
    yield dbs
    for db in dbs:
        db.close()


def clock(offset_ms: int = 0, tag: str = TAG) -> str:
    return hlc.encode(hlc.wall_ms() + offset_ms, 0, tag)


def hub_push(engine: Engine, batch: Any, device: str = "mallory-pc") -> list[tuple[str, str, str]]:
    """``hub_push`` called in SQL; returns the refusals."""
    payload = batch if isinstance(batch, str) else json.dumps(batch, default=str)
    with engine.begin() as conn:
        rows = conn.execute(
            text("SELECT table_name, row_id, reason FROM hub_push(:d, CAST(:b AS jsonb))"), {"d": device, "b": payload}
        ).all()
    return [(str(t), str(r), str(why)) for t, r, why in rows]


def hub_state(hub: Engine) -> dict[str, Any]:
    """Everything the hub holds but the refusals (which grow with every refused change)."""
    with hub.connect() as conn:
        return {
            name: sorted(tuple(map(str, row)) for row in conn.execute(text(f"SELECT * FROM {name}")))
            for name in ("hub_record", "hub_meta", "hub_login", "hub_client", "hub_table", "hub_column")
        } | {"seq": conn.execute(text("SELECT last_value FROM hub_seq")).scalar_one()}


def refusals(hub: Engine) -> list[tuple[str, str, str]]:
    with hub.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT login, table_name, reason FROM hub_refusal ORDER BY id"))]


def assert_still_converge(hub: Engine, laptops: list[Database], label: str = "after") -> None:
    a, b = laptops
    client_id = add_client(a, "Eino", label)
    for db in (a, b, a):
        report = sync(db, hub, acting(db))
        assert report.refused == 0 and report.quarantined == 0
    assert get(b, client_id).last_name == label
    assert dump(a) == dump(b)


def a_change(tmp_path: Path, table: str = "client") -> dict[str, Any]:
    """A well-formed change as a laptop sends it (taken from a scratch laptop's outbox)."""
    scratch = new_laptop(tmp_path, "scratch")
    try:
        client_id = add_client(scratch, "Aino", "Virtanen")
        with scratch.transaction(acting(scratch)) as session:
            session.add(ClientNote(client_id=client_id, text="Tapasi ohjaajan", written_at=utcnow()))
        with scratch.engine.connect() as conn:
            _top, batch = read_push_batch(conn)
    finally:
        scratch.close()
    change = next(c for c in batch if c["t"] == table)
    change["c"] = {"*": [clock(), ""]}
    return change


# --------------------------------------------------------------------------- 1. writing hub tables


ATTACKS = (
    "INSERT INTO hub_record (table_name, row_id, seq, data, clocks, pushed_by) "
    "VALUES ('client', 'x', 999999, '{\"id\": \"x\"}', '{}', 'mallory')",
    "UPDATE hub_record SET data = data || '{\"first_name\": \"Mallory\"}'",
    "DELETE FROM hub_record",
    "TRUNCATE hub_record",
    "SELECT row_id FROM hub_record FOR UPDATE",
    "LOCK TABLE hub_record IN EXCLUSIVE MODE",
    "INSERT INTO hub_meta (key, value) VALUES ('owner2', current_user)",
    "UPDATE hub_meta SET value = current_user WHERE key = 'owner'",
    "DELETE FROM hub_meta",
    "INSERT INTO hub_login (login, is_admin) VALUES ('someone', true)",
    "UPDATE hub_login SET is_admin = true, villages = '{}'",
    "DELETE FROM hub_login",
    "INSERT INTO hub_device (login, device_id, cursor) VALUES (current_user, 'x', 0)",
    "UPDATE hub_device SET cursor = 0",
    "DELETE FROM hub_device",
    "INSERT INTO hub_client (client_id, created_by) VALUES ('x', current_user)",
    "UPDATE hub_client SET erased = false, created_by = current_user",
    "DELETE FROM hub_client",
    "DELETE FROM hub_refusal",
    "UPDATE hub_column SET max_length = 100000000",
    "DELETE FROM hub_table",
    "SELECT setval('hub_seq', 1)",
    "SELECT nextval('hub_seq')",
    "SELECT hub_merge('client', 'x', '{\"id\": \"x\"}', '{\"*\": [\"\", \"\"]}', 'postgres', true, '{}', '{}')",
    "SELECT hub_add_conflict('client', 'x', 'phone', 'field', '\"1\"', '00000000000000000000abcdef01', 'x')",
    "SELECT hub_scrub_client('x')",
    "SELECT hub_tick('')",
    "SELECT hub_is_admin(current_user)",
    "SELECT hub_client_of('client', '{}')",
    "DELETE FROM client",
    "UPDATE client SET first_name = 'Mallory'",
    "ALTER TABLE hub_record DISABLE ROW LEVEL SECURITY",
    "DROP POLICY hub_record_scope ON hub_record",
    "CREATE OR REPLACE FUNCTION hub_is_admin(p_login text) RETURNS boolean LANGUAGE sql AS 'SELECT true'",
    "CREATE TABLE hub_mine (x int)",
    "CREATE VIEW hub_all AS SELECT 1",
    "DROP VIEW client",
    "SET ROLE postgres",
    "SET SESSION AUTHORIZATION postgres",
)


def test_a_hub_login_writes_no_hub_table_and_calls_no_internal_function(
    hub: Engine, mallory: Engine, laptops: list[Database]
) -> None:
    a, _b = laptops
    client_id = add_client(a, "Aino", "Virtanen")
    sync(a, hub, acting(a))
    before = hub_state(hub)
    with mallory.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM hub_record")).scalar_one() == len(before["hub_record"])
        for statement in ATTACKS:
            with pytest.raises(DBAPIError, match=DENIED):
                conn.execute(text(statement))
            conn.rollback()
    assert hub_state(hub) == before
    assert get(a, client_id).first_name == "Aino"
    assert_still_converge(hub, laptops)


# --------------------------------------------------------------------------- 2. staff accounts


def add_staff(db: Database, name: str, role: StaffRole = StaffRole.FRONT_DESK) -> str:
    with db.transaction(acting(db)) as session:
        member = StaffMember(display_name=name, role=role, password_hash=hash_password("salasana-123"))
        session.add(member)
        session.flush()
        return member.id


def staff_role(db: Database, staff_id: str) -> str | None:
    with db.engine.connect() as conn:
        found = conn.execute(text("SELECT role FROM staff_member WHERE id = :i"), {"i": staff_id}).first()
    return None if found is None else str(found[0])


def hub_staff(hub: Engine, staff_id: str) -> dict[str, Any] | None:
    with hub.connect() as conn:
        data: dict[str, Any] | None = conn.execute(
            text("SELECT data FROM hub_record WHERE table_name = 'staff_member' AND row_id = :r"), {"r": staff_id}
        ).scalar()
    return data


def test_a_staff_member_cannot_make_itself_an_administrator(
    hub: Engine, mallory: Engine, laptops: list[Database], tmp_path: Path
) -> None:
    a, b = laptops
    pekka = add_staff(a, "Pekka Vastaanotto")
    sync(a, hub, acting(a))
    sync(b, hub, acting(b))
    mallory_pc = new_laptop(tmp_path, "mallory")
    try:
        with mallory.connect() as conn:  # the hub tells the login it is not an administrator's
            assert conn.execute(text("SELECT hub_handshake('mallory-pc')->>'admin'")).scalar_one() == "false"
        sync(mallory_pc, mallory, acting(mallory_pc))
        assert staff_role(mallory_pc, pekka) == "front_desk"

        # Straight through hub_push: role and its own password, with a clock later than all.
        forged = {"t": "staff_member", "r": pekka, "d": dict(hub_staff(hub, pekka) or {}),
                  "c": {"*": [clock(), ""]}}
        privileged = {"role": "admin", "password_hash": hash_password("mallory-tietää"), "active": False,
                      "password_set_at": "2026-01-01 00:00:00.000000"}
        forged["d"].update(privileged)
        refused = hub_push(mallory, [forged])
        assert [(t, r) for t, r, _why in refused] == [("staff_member", pekka)]
        assert "administrator" in refused[0][2]
        for field, value in privileged.items():  # one privileged field alone is refused just the same
            alone = copy.deepcopy(forged)
            alone["d"] = {**(hub_staff(hub, pekka) or {}), field: value}
            assert hub_push(mallory, [alone]) == refused, field
        harmless = copy.deepcopy(forged)  # what is not privileged, any staff member may change
        harmless["d"] = {**(hub_staff(hub, pekka) or {}), "email": "pekka@example.fi"}
        assert hub_push(mallory, [harmless]) == []
        assert (hub_staff(hub, pekka) or {})["email"] == "pekka@example.fi"
        assert (hub_staff(hub, pekka) or {})["role"] == "front_desk"

        # The same from Mallory's laptop: refused, kept in its quarantine with the reason.
        with mallory_pc.transaction(acting(mallory_pc)) as session:
            member = session.get(StaffMember, pekka)
            assert member is not None
            member.role = StaffRole.ADMIN
            member.password_hash = hash_password("mallory-tietää")
        report = sync(mallory_pc, mallory, acting(mallory_pc))
        assert report.refused == 1
        summary = quarantine_summary(mallory_pc)
        assert summary.refused == 1 and "administrator" in summary.items[0].reason
    finally:
        mallory_pc.close()
    with hub.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM hub_refusal WHERE table_name = 'staff_member'")).scalar() == 6
    for db in laptops:
        sync(db, hub, acting(db))
        assert staff_role(db, pekka) == "front_desk"  # laptops signing in never see Pekka as an administrator
        with db.engine.connect() as conn:
            assert conn.execute(
                text("SELECT active, email FROM staff_member WHERE id = :i"), {"i": pekka}
            ).one() == (1, "pekka@example.fi")
    assert (hub_staff(hub, pekka) or {})["role"] == "front_desk"
    assert_still_converge(hub, laptops)


def test_only_an_administrators_login_adds_staff_or_changes_their_role(
    hub: Engine, mallory: Engine, laptops: list[Database], tmp_path: Path
) -> None:
    a, b = laptops
    pekka = add_staff(a, "Pekka Vastaanotto")
    sync(a, hub, acting(a))
    mallory_pc = new_laptop(tmp_path, "mallory")
    admin_pc = new_laptop(tmp_path, "admin")
    try:
        with hub_login(hub, admin=True) as admin:
            sync(mallory_pc, mallory, acting(mallory_pc))
            sync(admin_pc, admin, acting(admin_pc))
            rogue = add_staff(mallory_pc, "Mallory Uusi", StaffRole.ADMIN)
            report = sync(mallory_pc, mallory, acting(mallory_pc))
            assert report.refused == 1
            assert "staff administrator" in quarantine_summary(mallory_pc).items[0].reason
            assert hub_staff(hub, rogue) is None

            newcomer = add_staff(admin_pc, "Maija Koordinaattori", StaffRole.COORDINATOR)
            with admin_pc.transaction(acting(admin_pc)) as session:
                member = session.get(StaffMember, pekka)
                assert member is not None
                member.role = StaffRole.COACH
            report = sync(admin_pc, admin, acting(admin_pc))
            assert report.refused == 0
            with hub.connect() as conn:
                assert conn.execute(
                    text("SELECT is_admin FROM hub_login WHERE login = :l"), {"l": admin.url.username}
                ).scalar_one()
                flags = dict(conn.execute(
                    text("SELECT row_id, priv_admin FROM hub_record WHERE table_name = 'staff_member'")
                ).all())
            assert flags[newcomer] and flags[pekka]
            # a non-administrator's laptop takes an administrator's changes
            sync(mallory_pc, mallory, acting(mallory_pc))
            assert (staff_role(mallory_pc, newcomer), staff_role(mallory_pc, pekka)) == ("coordinator", "coach")
    finally:
        mallory_pc.close()
        admin_pc.close()
    for db in (a, b, a):
        sync(db, hub, acting(db))
    for db in laptops:
        assert staff_role(db, newcomer) == "coordinator"
        assert staff_role(db, pekka) == "coach"
        assert staff_role(db, rogue) is None
    assert_still_converge(hub, laptops)


# --------------------------------------------------------------------------- 3. and 4. malformed pushes


def _broken(change: dict[str, Any], how: str) -> Any:
    bad = copy.deepcopy(change)
    d = bad["d"]
    if how == "element is text":
        return "DROP TABLE hub_record"
    if how == "missing column":
        del d["first_name"]
    elif how == "null in a NOT NULL column":
        d["first_name"] = None
    elif how == "unknown table":
        bad["t"] = "pg_authid"
    elif how == "unknown column":
        d["is_admin"] = True
    elif how == "1 MB first name":
        d["first_name"] = "A" * 1_000_000
    elif how == "bad enum":
        d["language"] = "klingon"
    elif how == "not a date":
        d["birth_date"] = "not-a-date"
    elif how == "impossible date":
        d["birth_date"] = "2001-02-31"
    elif how == "impossible time":
        d["created_at"] = "2026-01-01 25:61:00"
    elif how == "number as text":
        d["first_name"] = 12
    elif how == "id differs":
        d["id"] = "someone-else"
    elif how == "id too long":
        bad["r"] = d["id"] = "x" * 37
    elif how == "clock in 2100":
        bad["c"] = {"*": [hlc.encode(4_102_444_800_000, 0, TAG), ""]}
    elif how == "clock of another kind":
        bad["c"] = {"*": ["tomorrow", ""]}
    elif how == "no clocks":
        bad["c"] = {}
    return bad


BROKEN = {
    "element is text": "not a record",
    "missing column": "first_name is missing",
    "null in a NOT NULL column": "first_name is empty",
    "unknown table": "unknown table pg_authid",
    "unknown column": "unknown column is_admin",
    "1 MB first name": "first_name is longer than 100 characters",
    "bad enum": "language is not one of the allowed values",
    "not a date": "birth_date is not a date",
    "impossible date": "birth_date is not a date",
    "impossible time": "created_at is not a date and time",
    "number as text": "first_name is not text",
    "id differs": "not a record with its id",
    "id too long": "not a record with its id",
    "clock in 2100": "ahead of the hub's clock",
    "clock of another kind": "malformed",
    "no clocks": "clocks are missing",
}


def test_malformed_changes_are_refused_with_their_reasons(
    hub: Engine, mallory: Engine, laptops: list[Database], tmp_path: Path
) -> None:
    good = a_change(tmp_path)
    before = hub_state(hub)
    for how, reason in BROKEN.items():
        refused = hub_push(mallory, [_broken(good, how)])
        assert len(refused) == 1, how
        assert reason in plain(refused[0][2]), (how, refused)
    assert hub_state(hub) == before  # nothing stored
    logged = refusals(hub)
    assert len(logged) == len(BROKEN)
    assert {login for login, _t, _why in logged} == {mallory.url.username}
    assert all("A" * 200 not in why for _l, _t, why in logged)  # no data kept with a refusal

    # A batch that is not a list of changes is refused as a whole.
    for payload in ('"a string, not a list"', '{"t": "client"}', "null", "42"):
        with pytest.raises(DBAPIError, match="not a list of changes"):
            hub_push(mallory, payload)
    with pytest.raises(DBAPIError, match="device id"):
        hub_push(mallory, [], device="'; DROP TABLE hub_record; --")
    # A good change next to a broken one: the good one is merged, the broken one refused.
    refused = hub_push(mallory, [_broken(good, "bad enum"), good])
    assert [plain(why) for _t, _r, why in refused] == ["language is not one of the allowed values"]
    with hub.connect() as conn:
        assert conn.execute(
            text("SELECT data->>'first_name' FROM hub_record WHERE row_id = :r"), {"r": good["r"]}
        ).scalar_one() == "Aino"
    assert_still_converge(hub, laptops)
    assert get(laptops[1], good["r"]).last_name == "Virtanen"


def test_a_batch_of_more_than_the_limit_is_refused(
    hub: Engine, mallory: Engine, laptops: list[Database], tmp_path: Path
) -> None:
    good = a_change(tmp_path)
    before = hub_state(hub)
    with pytest.raises(DBAPIError, match=f"at most {BATCH_LIMIT} changes"):
        hub_push(mallory, [good] * (BATCH_LIMIT + 1))
    with pytest.raises(HubRefusedError, match=f"at most {BATCH_LIMIT} changes"):
        push_batch(mallory, "mallory-pc", [good] * (BATCH_LIMIT + 1))
    assert hub_state(hub) == before
    assert hub_push(mallory, [good] * 3) == []  # the same change three times: merged once
    with hub.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM hub_record WHERE row_id = :r"), {"r": good["r"]}).scalar() == 1
    assert_still_converge(hub, laptops)


def test_out_of_range_numbers_are_refused(hub: Engine, mallory: Engine, laptops: list[Database]) -> None:
    a, _b = laptops
    from vauhdittamo.models import GuidanceVisit

    with a.transaction(acting(a)) as session:
        visit = GuidanceVisit(visited_at=utcnow(), duration_minutes=15)
        session.add(visit)
        session.flush()
        visit_id = visit.id
    sync(a, hub, acting(a))
    with hub.connect() as conn:
        data = conn.execute(text("SELECT data FROM hub_record WHERE row_id = :r"), {"r": visit_id}).scalar_one()
    for value in (10**15, 2**31, -(2**31) - 1, 1.5, "15", True):
        change = {"t": "guidance_visit", "r": visit_id, "d": {**data, "duration_minutes": value},
                  "c": {"*": [clock(), ""]}}
        refused = hub_push(mallory, [change])
        assert refused and plain(refused[0][2]) == "duration_minutes is not a whole number in range", value
    with hub.connect() as conn:  # the reporting view still reads every row
        assert conn.execute(text("SELECT duration_minutes FROM guidance_visit")).scalars().all() == [15]
    assert_still_converge(hub, laptops)


def test_an_erased_client_cannot_be_brought_back(
    hub: Engine, mallory: Engine, laptops: list[Database]
) -> None:
    from vauhdittamo.services.subject_access import ErasureReason, erase_client

    a, b = laptops
    client_id = add_client(a, "Aino", "Virtanen")
    sync(a, hub, acting(a))
    with a.transaction(acting(a)) as session:
        assert erase_client(session, client_id, ErasureReason.CLIENT_REQUEST)
    sync(a, hub, acting(a))
    with hub.connect() as conn:
        data = conn.execute(
            text("SELECT data FROM hub_record WHERE table_name = 'client' AND row_id = :r"), {"r": client_id}
        ).scalar_one()
    revived = {"t": "client", "r": client_id, "c": {"*": [clock(), ""]},
               "d": {**data, "anonymised_at": None, "deleted_at": None, "first_name": "Aino",
                     "last_name": "Virtanen", "phone": "040 123"}}
    hub_push(mallory, [revived])
    with hub.connect() as conn:
        now = conn.execute(
            text("SELECT data FROM hub_record WHERE table_name = 'client' AND row_id = :r"), {"r": client_id}
        ).scalar_one()
        erased = conn.execute(text("SELECT erased FROM hub_client WHERE client_id = :r"), {"r": client_id}).scalar()
    assert now["anonymised_at"] is not None and erased
    assert (now["first_name"], now["last_name"], now["phone"]) == ("Anonymised", "", "")
    sync(b, hub, acting(b))
    assert get(b, client_id).anonymised_at is not None and get(b, client_id).last_name == ""
    assert_still_converge(hub, laptops)


def test_the_audit_trail_on_the_hub_is_never_rewritten(
    hub: Engine, mallory: Engine, laptops: list[Database], tmp_path: Path
) -> None:
    from vauhdittamo.models import AuditAction
    from vauhdittamo.services import audit

    a, _b = laptops
    client_id = add_client(a, "Aino", "Virtanen")
    with a.transaction(acting(a)) as session:
        entry = audit.record(session, AuditAction.CLIENT_VIEWED, audit.ENTITY_CLIENT, client_id)
        session.flush()
        entry_id = entry.id
    sync(a, hub, acting(a))
    with hub.connect() as conn:
        original = conn.execute(text("SELECT data FROM hub_record WHERE row_id = :r"), {"r": entry_id}).scalar_one()
    for change in ({"detail": "nothing happened"}, {"action": "sign_out"}, {"deleted_at": "2026-01-01 00:00:00"},
                   {"staff_id": None, "entity_id": None}):
        forged = {"t": "audit_entry", "r": entry_id, "d": {**original, **change}, "c": {"*": [clock(), ""]}}
        assert hub_push(mallory, [forged]) == [("audit_entry", entry_id, "the audit trail is never changed")]
    assert hub_push(mallory, [{"t": "audit_entry", "r": entry_id, "d": original, "c": {"*": [clock(), ""]}}]) == []
    with hub.connect() as conn:
        assert conn.execute(
            text("SELECT data FROM hub_record WHERE row_id = :r"), {"r": entry_id}
        ).scalar_one() == original
    newcomer = new_laptop(tmp_path, "newcomer")
    try:
        sync(newcomer, hub, acting(newcomer))
        assert dump(newcomer)["audit_entry"] == dump(a)["audit_entry"]
    finally:
        newcomer.close()
    assert_still_converge(hub, laptops)


def test_a_laptop_row_the_hub_could_not_even_read_does_not_stop_the_sync(
    hub: Engine, laptops: list[Database]
) -> None:
    a, b = laptops
    broken = add_client(a, "Aino", "Virta\x00nen")  # e.g. imported from a damaged file
    fine = add_client(a, "Eino", "Leino")
    report = sync(a, hub, acting(a))
    assert report.refused == 1
    item = quarantine_summary(a).items[0]
    assert (item.kind, item.row_id, plain(item.reason)) == ("unsent", broken, "last_name holds a NUL character")
    sync(b, hub, acting(b))
    assert get(b, fine).last_name == "Leino"
    edit(a, broken, last_name="Virtanen")  # corrected: it goes
    assert sync(a, hub, acting(a)).refused == 0
    assert quarantine_summary(a).refused == 0
    sync(b, hub, acting(b))
    assert get(b, broken).last_name == "Virtanen"
    assert dump(a) == dump(b)


# --------------------------------------------------------------------------- 6. a compromised hub


def _insert_record(hub: Engine, table: str, data: dict[str, Any], *, priv_admin: bool = True,
                   clocks: dict[str, Any] | None = None) -> None:
    """Write a record straight into hub_record, as a compromised hub (or its superuser) could."""
    with hub.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO hub_record (table_name, row_id, seq, data, clocks, client_id, pushed_by, priv_admin) "
                "VALUES (:t, :r, nextval('hub_seq'), CAST(:d AS jsonb), CAST(:c AS jsonb), NULL, 'intruder', :p) "
                "ON CONFLICT (table_name, row_id) DO UPDATE SET seq = excluded.seq, data = excluded.data, "
                "clocks = excluded.clocks, priv_admin = excluded.priv_admin"
            ),
            {"t": table, "r": data["id"], "d": json.dumps(data), "p": priv_admin,
             "c": json.dumps(clocks or {"*": [clock(tag="00000000"), ""]})},
        )


def test_rules_broken_on_the_hub_are_quarantined_on_the_laptop(
    hub: Engine, laptops: list[Database], tmp_path: Path
) -> None:
    a, b = laptops
    pekka = add_staff(a, "Pekka Vastaanotto")
    sync(a, hub, acting(a))
    sync(b, hub, acting(b))
    template = a_change(tmp_path)
    note = a_change(tmp_path, "client_note")
    with hub.connect() as conn:
        staff = conn.execute(text("SELECT data FROM hub_record WHERE row_id = :r"), {"r": pekka}).scalar_one()

    in_2100 = hlc.encode(4_102_444_800_000, 0, "00000000")
    _insert_record(hub, "client", {**template["d"], "id": "c-from-2100"}, clocks={"*": [in_2100, ""]})
    unknown_column = {**template["d"], "id": "c-unknown-column", "is_admin": True}
    bad_type = {**template["d"], "id": "c-bad-type", "birth_date": "yesterday"}
    orphan = {**note["d"], "id": "n-orphan", "client_id": "c-arrives-later"}
    _insert_record(hub, "client", unknown_column)
    _insert_record(hub, "client", bad_type)
    _insert_record(hub, "staff_member", {**staff, "role": "admin"}, priv_admin=False)
    _insert_record(hub, "client_note", orphan)

    report = sync(b, hub, acting(b))  # the sync itself succeeds
    assert report.quarantined == 5
    summary = quarantine_summary(b)
    reasons = {(i.table_name, i.row_id): plain(i.reason) for i in summary.items}
    assert summary.pulled == 5 and summary.refused == 0
    assert "ahead of this computer's clock" in reasons[("client", "c-from-2100")]
    assert reasons[("client", "c-unknown-column")] == "unknown column is_admin"
    assert reasons[("client", "c-bad-type")] == "birth_date is not a date"
    assert "not an administrator" in reasons[("staff_member", pekka)]
    assert reasons[("client_note", "n-orphan")] == "it refers to a client record that is not on this computer"
    assert staff_role(b, pekka) == "front_desk"
    with b.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM client WHERE id LIKE 'c-%'")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM client_note WHERE id = 'n-orphan'")).scalar() == 0

    report = sync(b, hub, acting(b))  # tried again: still waiting, the sync goes on
    assert report.quarantined == 5

    _insert_record(hub, "client", {**template["d"], "id": "c-arrives-later", "last_name": "Myöhäinen"})
    report = sync(b, hub, acting(b))
    assert report.quarantined == 4
    assert get(b, "c-arrives-later").last_name == "Myöhäinen"
    with b.engine.connect() as conn:
        assert conn.execute(text("SELECT text FROM client_note WHERE id = 'n-orphan'")).scalar() == "Tapasi ohjaajan"
    assert ("client_note", "n-orphan") not in {(i.table_name, i.row_id) for i in quarantine_summary(b).items}

    # The honest records go on (the clock of 2100 did not carry the laptops' clocks away), and laptops
    # converge on what they could apply.
    sync(a, hub, acting(a))
    edit(a, "c-arrives-later", phone="040 999")
    edit(b, "c-arrives-later", village="Koli")
    for db in (a, b, a):
        assert sync(db, hub, acting(db)).refused == 0
    assert (get(b, "c-arrives-later").phone, get(a, "c-arrives-later").village) == ("040 999", "Koli")
    assert dump(a) == dump(b)
