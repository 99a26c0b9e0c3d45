import datetime as dt
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from tests import encrypted
from tests.acting import acting
from vauhdittamo import db as dbmod
from vauhdittamo.db import backup_database, head_revision, open_database, read_revision
from vauhdittamo.errors import DatabaseMissingError, NewerSchemaError, NotADatabaseError, UpgradeFailedError
from vauhdittamo.models import Client, GuidanceVisit
from vauhdittamo.services import clients as cs


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _set_revision(path: Path, revision: str) -> None:
    conn = encrypted.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_connections_use_wal_full_sync_foreign_keys_and_busy_timeout(db: dbmod.Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_new_database_is_at_head_with_a_device_id(db: dbmod.Database) -> None:
    assert dbmod.schema_revision(db) == head_revision()
    assert len(db.device_id) == 36
    db.close()
    again = open_database(db.path)
    assert again.device_id == db.device_id, "the device id is made once and kept"
    again.close()


def test_default_database_lives_in_the_user_data_folder(isolated_home: Path) -> None:
    database = open_database()
    try:
        assert database.path == isolated_home / "data" / "vauhdittamo.sqlite3"
        assert database.path.exists()
    finally:
        database.close()


def test_database_from_a_newer_version_is_refused_and_left_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    _set_revision(db_path, "9999_from_the_future")
    before = _digest(db_path)
    siblings = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(NewerSchemaError) as caught:
        open_database(db_path)
    assert "newer version" in caught.value.message
    assert _digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == siblings
    assert read_revision(db_path) == "9999_from_the_future"


def test_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("these are not the tables you are looking for")
    with pytest.raises(NotADatabaseError):
        open_database(bogus)
    assert bogus.read_text().startswith("these are not")


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.close()
    with pytest.raises(NotADatabaseError):
        open_database(other)


def test_missing_database_not_created_when_asked_not_to(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissingError):
        open_database(tmp_path / "nope.sqlite3", create=False)
    assert not (tmp_path / "nope.sqlite3").exists()


def _migrations_with_extra_step(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(dbmod.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "0099_test_step.py").write_text(
        "from alembic import op\nimport sqlalchemy as sa\n"
        f"revision = '0099'\ndown_revision = {head_revision()!r}\nbranch_labels = None\ndepends_on = None\n"
        f"def upgrade():\n{body}\ndef downgrade():\n    pass\n"
    )
    return folder


def test_upgrade_backs_up_the_file_first(db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = open_database(db_path)
    old_revision = head_revision()
    with old.transaction(acting(old)) as session:
        cs.create_client(session, cs.validate_client(cs.ClientInput(first_name="Ella", last_name="Öhman")))
    old.close()
    body = (
        "    op.create_table('extra', sa.Column('id', sa.Integer, primary_key=True))\n"
        "    with op.batch_alter_table('client') as batch:\n"
        "        batch.add_column(sa.Column('nickname', sa.String(40), nullable=True))\n"
    )
    monkeypatch.setattr(dbmod, "MIGRATIONS_DIR", _migrations_with_extra_step(tmp_path, body))
    upgraded = open_database(db_path)
    try:
        assert dbmod.schema_revision(upgraded) == "0099"
        with upgraded.session(acting(upgraded)) as session:
            assert session.scalar(text("SELECT first_name FROM client")) == "Ella", "batch copy keeps the rows"
    finally:
        upgraded.close()
    backups = list((db_path.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    assert read_revision(backups[0]) == old_revision
    conn = encrypted.connect(backups[0])
    assert conn.execute("SELECT first_name FROM client").fetchall() == [("Ella",)]
    conn.close()


def test_failed_upgrade_leaves_the_old_schema(db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(db_path).close()
    old_revision = head_revision()
    body = (
        "    op.create_table('half_done', sa.Column('id', sa.Integer, primary_key=True))\n"
        "    raise RuntimeError('power cut in the middle of the upgrade')\n"
    )
    monkeypatch.setattr(dbmod, "MIGRATIONS_DIR", _migrations_with_extra_step(tmp_path, body))
    with pytest.raises(UpgradeFailedError, match="power cut"):
        open_database(db_path)
    conn = encrypted.connect(db_path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    conn.close()
    assert "half_done" not in tables
    assert version == old_revision


def test_backup_is_consistent_while_another_connection_writes(db: dbmod.Database, tmp_path: Path) -> None:
    with db.transaction(acting(db)) as session:
        cs.create_client(session, cs.validate_client(cs.ClientInput(first_name="Saved", last_name="Before")))
    writer = encrypted.connect(db.path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE client SET first_name = 'Uncommitted'")
    try:
        out = backup_database(db.path, tmp_path / "copy.sqlite3")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    conn = encrypted.connect(out)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT first_name FROM client").fetchall() == [("Saved",)]
    conn.close()
    assert not (tmp_path / "copy.sqlite3.partial").exists()


def test_naive_datetimes_are_refused_and_aware_ones_come_back_in_utc(db: dbmod.Database) -> None:
    helsinki_morning = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    with db.transaction(acting(db)) as session:
        visit = GuidanceVisit(visited_at=helsinki_morning)
        session.add(visit)
    with db.session(acting(db)) as session:
        stored = session.get(GuidanceVisit, visit.id)
        assert stored is not None
        assert stored.visited_at == dt.datetime(2026, 6, 1, 6, 0, tzinfo=dt.UTC)
        raw = session.execute(text("SELECT visited_at FROM guidance_visit")).scalar_one()
        assert str(raw).startswith("2026-06-01 06:00")
    with pytest.raises(Exception, match="naive"), db.transaction(acting(db)) as session:
        session.add(GuidanceVisit(visited_at=dt.datetime(2026, 6, 1, 9, 0)))


def test_a_failed_transaction_saves_nothing(db: dbmod.Database) -> None:
    with pytest.raises(RuntimeError), db.transaction(acting(db)) as session:
        cs.create_client(session, cs.validate_client(cs.ClientInput(first_name="Lost", last_name="Row")))
        raise RuntimeError("crash before commit")
    with db.session(acting(db)) as session:
        assert session.query(Client).count() == 0


def test_migrations_build_exactly_the_models_schema(db: dbmod.Database) -> None:
    """Nothing in the models is missing from the migrations (or the other way round)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from vauhdittamo.models import Base
    from vauhdittamo.search_index import include_in_schema_comparison

    with db.engine.connect() as conn:
        # The client search index (FTS5 and its own tables, kept by triggers) lies outside the models.
        context = MigrationContext.configure(conn, opts={"include_name": include_in_schema_comparison})
        assert compare_metadata(context, Base.metadata) == []

