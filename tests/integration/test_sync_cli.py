"""`vauhdittamo hub init` and `vauhdittamo sync` against a real PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from vauhdittamo.cli import main

pytestmark = pytest.mark.postgres


@pytest.fixture
def hub_address(pg_engine: Engine) -> Iterator[str]:
    schema = f"sync_cli_{uuid.uuid4().hex[:12]}"
    with pg_engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = pg_engine.url.update_query_dict({"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with pg_engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


def test_hub_init_is_idempotent_and_sync_runs(
    hub_address: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["hub", "init", "--hub", hub_address]) == 0
    assert "created" in capsys.readouterr().out
    assert main(["hub", "init", "--hub", hub_address]) == 0
    assert "already" in capsys.readouterr().out
    db = tmp_path / "laptop.sqlite3"
    assert main(["demo", "--db", str(db), "--clients", "20", "--weeks", "1"]) == 0
    capsys.readouterr()
    assert main(["sync", "--hub", hub_address, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "change(s) sent" in out
    other = tmp_path / "other.sqlite3"
    assert main(["stats", "--db", str(other)]) == 1  # no such database yet
    capsys.readouterr()


def test_an_unprepared_hub_is_refused_with_one_line(
    hub_address: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "laptop.sqlite3"
    assert main(["demo", "--db", str(db), "--clients", "1", "--weeks", "1"]) == 0
    capsys.readouterr()
    assert main(["sync", "--hub", hub_address, "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "hub init" in err and len(err.strip().splitlines()) == 1


def test_the_password_never_appears_in_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hub", "init", "--hub", "postgresql://worker:s3cret-pw@127.0.0.1:1/nohub"]) == 1
    err = capsys.readouterr().err
    assert "s3cret-pw" not in err and "Cannot reach the hub" in err
