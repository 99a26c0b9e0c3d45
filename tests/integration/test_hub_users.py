"""A per-staff hub user may sync and nothing more; the plain password never reaches the server."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import ProgrammingError

from tests.integration.sync_helpers import new_laptop
from tests.integration.test_sync_protocol import add_client
from vauhdittamo.cli import main
from vauhdittamo.db import head_revision
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
        assert sync(laptop, staff_hub).pushed > 0
        with staff_hub.connect() as conn:
            for statement in ("DELETE FROM sync_change", "UPDATE hub_meta SET value = 'x'", "DROP TABLE sync_change"):
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
