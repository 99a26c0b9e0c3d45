"""A per-staff hub user may sync and nothing more; the plain password never reaches the server."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import ProgrammingError

from tests.acting import acting
from tests.integration.sync_helpers import new_laptop
from tests.integration.test_sync_protocol import add_client
from vauhdittamo.cli import main
from vauhdittamo.db import head_revision
from vauhdittamo.errors import AppError
from vauhdittamo.sync.hub import add_hub_user, init_hub
from vauhdittamo.sync.protocol import sync

pytestmark = pytest.mark.postgres
PASSWORD = "hubin-salasana-2026"


@pytest.fixture
def owner(pg_engine: Engine) -> Iterator[tuple[Engine, str]]:
    """The hub as its owner sees it (a private schema), and a role name that is dropped afterwards."""
    schema = f"hub_users_{uuid.uuid4().hex[:10]}"
    role = f"staff_{uuid.uuid4().hex[:10]}"
    with pg_engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(pg_engine.url.update_query_dict({"options": f"-csearch_path={schema}"}))
    init_hub(engine, head_revision())
    try:
        yield engine, role
    finally:
        engine.dispose()
        with pg_engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
                conn.execute(text(f'DROP OWNED BY "{role}"'))
                conn.execute(text(f'DROP ROLE "{role}"'))


WRITES = (
    "DELETE FROM hub_record",
    "UPDATE hub_record SET data = '{}'",
    "INSERT INTO hub_record (table_name, row_id, seq, data, clocks, pushed_by) "
    "VALUES ('client', 'x', 1, '{}', '{}', 'x')",
    "TRUNCATE hub_record",
    "UPDATE hub_meta SET value = 'x'",
    "INSERT INTO hub_login (login, is_admin) VALUES (current_user, true)",
    "UPDATE hub_login SET is_admin = true",
    "DELETE FROM hub_device",
    "UPDATE hub_client SET erased = false",
    "DELETE FROM hub_refusal",
    "UPDATE hub_column SET max_length = NULL",
    "SELECT setval('hub_seq', 1)",
    "SELECT hub_merge('client', 'x', '{}', '{}', 'x', true, '{}', '{}')",
    "DROP TABLE hub_record",
    "CREATE TABLE hub_record_copy (x int)",
)


def test_a_staff_hub_user_syncs_but_cannot_rewrite_history(owner: tuple[Engine, str], tmp_path: Path) -> None:
    engine, role = owner
    assert add_hub_user(engine, role, PASSWORD) == "created"
    assert add_hub_user(engine, role, PASSWORD) == "updated"
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"), {"r": role}).scalar()
        flags = conn.execute(text("SELECT rolsuper, rolcreatedb FROM pg_roles WHERE rolname = :r"), {"r": role}).one()
    assert stored.startswith("SCRAM-SHA-256$") and PASSWORD not in stored
    assert tuple(flags) == (False, False)

    staff_hub = create_engine(engine.url.set(username=role, password=PASSWORD))
    laptop = new_laptop(tmp_path, "laptop")
    try:
        add_client(laptop)
        assert sync(laptop, staff_hub, acting(laptop)).pushed > 0
        with staff_hub.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM hub_record")).scalar_one() > 0  # it reads what it syncs
            for statement in WRITES:
                with pytest.raises(ProgrammingError, match="permission denied|must be owner"):
                    conn.execute(text(statement))
                conn.rollback()
    finally:
        laptop.close()
        staff_hub.dispose()


def test_the_command_adds_a_user_from_standard_input(
    owner: tuple[Engine, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    engine, role = owner
    address = engine.url.render_as_string(hide_password=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["hub", "add-user", "--hub", address, role, "--password-stdin"]) == 0
    out = capsys.readouterr().out
    assert role in out and PASSWORD not in out
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["hub", "add-user", "--hub", address, role, "--password-stdin"]) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["hub", "add-user", "--hub", address, "Bad Name!", "--password-stdin"]) == 1
    assert "lower-case" in capsys.readouterr().err


def test_an_existing_role_becomes_a_hub_user_only_when_forced(owner: tuple[Engine, str]) -> None:
    engine, role = owner
    with engine.begin() as conn:  # a role of something else, with rights of its own
        conn.execute(text(f"CREATE ROLE \"{role}\" LOGIN CREATEDB PASSWORD '{PASSWORD}'"))
        conn.execute(text(f'GRANT USAGE ON SCHEMA {_schema(conn)} TO "{role}"'))
        conn.execute(text(f'GRANT INSERT, UPDATE, DELETE ON hub_record, hub_login TO "{role}"'))
        conn.execute(text(f'GRANT pg_read_all_data TO "{role}"'))
    with pytest.raises(AppError, match="exists and is not a hub user"):
        add_hub_user(engine, role, PASSWORD)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM hub_login WHERE login = :r"), {"r": role}).scalar() == 0
        assert conn.execute(text("SELECT rolcreatedb FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar()

    assert add_hub_user(engine, role, PASSWORD, force=True) == "updated"
    with engine.connect() as conn:
        assert conn.execute(
            text("SELECT is_admin FROM hub_login WHERE login = :r"), {"r": role}
        ).scalar_one() is False
        assert conn.execute(text("SELECT rolcreatedb FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar() is False
        assert conn.execute(
            text(
                "SELECT has_table_privilege(:r, 'hub_record', 'INSERT') OR has_table_privilege(:r, 'hub_login', "
                "'UPDATE') OR pg_has_role(:r, 'pg_read_all_data', 'MEMBER')"
            ),
            {"r": role},
        ).scalar() is False
    staff_hub = create_engine(engine.url.set(username=role, password=PASSWORD))
    try:
        with staff_hub.connect() as conn:
            for statement in ("DELETE FROM hub_record", "SELECT * FROM hub_login", "SELECT * FROM hub_client"):
                with pytest.raises(ProgrammingError, match="permission denied"):
                    conn.execute(text(statement))
                conn.rollback()
    finally:
        staff_hub.dispose()


def test_the_admin_flag_is_stored(owner: tuple[Engine, str], monkeypatch: pytest.MonkeyPatch) -> None:
    engine, role = owner
    address = engine.url.render_as_string(hide_password=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["hub", "add-user", "--hub", address, role, "--password-stdin", "--admin"]) == 0
    with engine.connect() as conn:
        assert conn.execute(text("SELECT is_admin FROM hub_login WHERE login = :r"), {"r": role}).scalar_one()
    staff_hub = create_engine(engine.url.set(username=role, password=PASSWORD))
    try:
        with staff_hub.connect() as conn:
            assert conn.execute(text("SELECT hub_handshake('pc')->>'admin'")).scalar_one() == "true"
    finally:
        staff_hub.dispose()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["hub", "add-user", "--hub", address, role, "--password-stdin"]) == 0  # again, without --admin
    with engine.connect() as conn:
        assert conn.execute(text("SELECT is_admin FROM hub_login WHERE login = :r"), {"r": role}).scalar_one() is False


def _schema(conn: Connection) -> str:
    return '"' + str(conn.execute(text("SELECT current_schema()")).scalar_one()) + '"'


@pytest.mark.parametrize("force", [(), ("--force",)], ids=["plain", "forced"])
def test_a_reserved_role_is_refused_in_one_line(
    owner: tuple[Engine, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    force: tuple[str, ...],
) -> None:
    engine, _role = owner
    address = engine.url.render_as_string(hide_password=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["hub", "add-user", "--hub", address, "pg_monitor", "--password-stdin", *force]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "reserved" in err
    assert "SCRAM" not in err and "Traceback" not in err
    with engine.connect() as conn:
        assert conn.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'pg_monitor'")).scalar() is False


def test_a_role_the_server_refuses_is_one_line_without_the_verifier(
    owner: tuple[Engine, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from vauhdittamo.sync import credentials

    engine, role = owner
    limited = f"lim_{uuid.uuid4().hex[:10]}"  # may read the hub, may not create roles
    with engine.begin() as conn:
        conn.execute(text(f"CREATE ROLE \"{limited}\" LOGIN NOCREATEROLE PASSWORD '{PASSWORD}'"))
        conn.execute(text(f'GRANT USAGE ON SCHEMA {_schema(conn)} TO "{limited}"'))
        conn.execute(text(f'GRANT SELECT ON hub_meta, hub_login TO "{limited}"'))
    assert credentials.store_password(limited, PASSWORD)
    try:
        address = engine.url.set(username=limited, password=None).render_as_string(hide_password=False)
        monkeypatch.setattr("sys.stdin", io.StringIO("uuden-salasana-2026\n"))
        assert main(["hub", "add-user", "--hub", address, role, "--password-stdin"]) == 1
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1, err
        assert f"did not create or change the user {role}" in err and "permission denied" in err
        assert "SCRAM" not in err and "uuden-salasana" not in err and "Traceback" not in err
        with engine.connect() as conn:
            assert conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first() is None
    finally:
        credentials.forget_password(limited)
        with engine.begin() as conn:
            conn.execute(text(f'DROP OWNED BY "{limited}"'))
            conn.execute(text(f'DROP ROLE "{limited}"'))
