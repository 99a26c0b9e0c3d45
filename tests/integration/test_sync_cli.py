"""`vauhdittamo hub init` and `vauhdittamo sync` against a real PostgreSQL."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from vauhdittamo.cli import main
from vauhdittamo.db import open_database
from vauhdittamo.sync import credentials, protocol
from vauhdittamo.sync import hub as hub_module
from vauhdittamo.sync.protocol import SyncReport

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
    assert credentials.store_password("worker", "s3cret-pw")
    try:
        assert main(["hub", "init", "--hub", "postgresql://worker@127.0.0.1:1/nohub"]) == 1
    finally:
        credentials.forget_password("worker")
    err = capsys.readouterr().err
    assert "s3cret-pw" not in err and "Cannot reach the hub" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("command", [["hub", "init"], ["hub", "add-user", "minna.partanen", "--password-stdin"],
                                     ["sync"]])
def test_a_password_in_the_hub_address_is_refused(command: list[str], capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-enough-password\n"))
    assert main([*command, "--hub", "postgresql://worker:s3cret-pw@127.0.0.1:1/nohub"]) == 1
    captured = capsys.readouterr()
    assert "s3cret-pw" not in captured.err + captured.out
    assert len(captured.err.strip().splitlines()) == 1 and "must not contain a password" in captured.err


def test_a_wrong_database_is_named(pg_engine: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    address = pg_engine.url.set(database="no_such_hub_db").render_as_string(hide_password=False)
    assert main(["hub", "init", "--hub", address]) == 1
    err = capsys.readouterr().err
    assert "no_such_hub_db" in err and "network" not in err


def test_add_user_passes_its_scope_to_the_hub(hub_address: str, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[tuple[object, ...], dict[str, object]]] = []

    def add_hub_user(*args: object, **kwargs: object) -> str:
        calls.append((args[1:], kwargs))
        return "created"

    monkeypatch.setattr(hub_module, "add_hub_user", add_hub_user)
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-enough-password\n"))
    assert main(["hub", "add-user", "--hub", hub_address, "minna.partanen", "--password-stdin",
                 "--municipality", "Kuusamo", "--municipality", "Taivalkoski", "--village", "Käylä",
                 "--coach", "staff-1", "--force"]) == 0
    assert calls == [(("minna.partanen", "a-long-enough-password"),
                      {"admin": False, "municipalities": ("Kuusamo", "Taivalkoski"), "villages": ("Käylä",),
                       "coach_ids": ("staff-1",), "force": True})]
    out = capsys.readouterr().out
    assert "minna.partanen created" in out and "Kuusamo, Taivalkoski" in out and "a-long" not in out
    calls.clear()
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-enough-password\n"))
    assert main(["hub", "add-user", "--hub", hub_address, "anna.admin", "--password-stdin", "--admin"]) == 0
    assert calls[0][1] == {"admin": True, "municipalities": (), "villages": (), "coach_ids": (), "force": False}
    assert "administrator" in capsys.readouterr().out


def test_hub_init_can_start_a_new_epoch(hub_address: str, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, object]] = []

    def init_hub(_engine: object, _schema: str, **kwargs: object) -> str:
        calls.append(kwargs)
        return "already at schema x"

    monkeypatch.setattr(hub_module, "init_hub", init_hub)
    assert main(["hub", "init", "--hub", hub_address, "--new-epoch"]) == 0
    assert main(["hub", "init", "--hub", hub_address]) == 0
    assert calls == [{"new_epoch": True}, {"new_epoch": False}]
    assert "new epoch" in capsys.readouterr().out


def test_sync_reports_what_was_held_back_and_the_notices(hub_address: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    db_path = tmp_path / "laptop.sqlite3"
    open_database(db_path).close()

    def sync(
        _db: object, _hub: object, _actor: object, progress: object = None, cancel: object = None
    ) -> SyncReport:
        return SyncReport(pushed=3, pulled=4, refused=1, quarantined=2,
                          notices=[protocol.MSG_REFUSED, "The hub was restored from a backup."])

    monkeypatch.setattr(protocol, "sync", sync)
    assert main(["sync", "--hub", hub_address, "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "3 change(s) sent, 4 received, 0 conflict(s) to review, 1 refused by the hub, 2 received but not" in out
    assert "The hub refused 1 of this computer's changes" in out and "{count}" not in out
    assert "The hub was restored from a backup." in out
    assert "Held back in all" not in out  # nothing waits in this laptop's quarantine


def test_stats_shows_the_held_back_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "laptop.sqlite3"
    db = open_database(db_path)
    with db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO sync_quarantine (kind, table_name, row_id, reason, data, clocks, created_at) "
                 "VALUES ('pulled', 'client', 'c1', 'r', '{}', '{}', '2026-12-01 10:00:00')")
        )
    db.close()
    assert main(["stats", "--json", "--db", str(db_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["quarantine_pulled"], data["quarantine_refused"]) == (1, 0)
    assert main(["stats", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "quarantine pulled" in out and "quarantine refused" in out
