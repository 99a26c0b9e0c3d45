"""The local SQLite database: engine, sessions, schema upgrades and backups.

* WAL journal, ``synchronous=FULL``, foreign keys on and a busy timeout on every connection;
* real transactions (``BEGIN`` is sent explicitly, also around schema changes);
* before a schema upgrade the file is copied with SQLite's backup API;
* a database written by a newer version of the app is refused and left untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from vauhdittamo import paths
from vauhdittamo.errors import (
    DatabaseMissingError,
    FileAccessError,
    NewerSchemaError,
    NotADatabaseError,
    classify_sqlite_error,
)
from vauhdittamo.ids import new_id
from vauhdittamo.models import LocalSetting, SyncedMixin
from vauhdittamo.models.meta import DEVICE_ID_KEY

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


# --------------------------------------------------------------------------- schema versions


_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def _revision_graph() -> dict[str, str | None]:
    """Each shipped schema version and the one it upgrades, read from the migration files.

    (Reading them as text keeps Alembic, a slow import, out of every start-up that needs no upgrade.)
    """
    graph: dict[str, str | None] = {}
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision = _REVISION.search(text)
        if revision:
            down = _DOWN_REVISION.search(text)
            graph[revision.group(1)] = down.group(1) if down else None
    return graph


def head_revision() -> str:
    """The schema version this version of the app writes."""
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must form one line, found heads {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())


def read_revision(path: Path) -> str | None:
    """The schema version stored in *path*, read without changing the file.

    ``None`` for an empty or new database. Raises :class:`NotADatabaseError` for other files.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotADatabaseError(path=str(path))
    # Without a WAL file no other connection is open and everything is in the main file:
    # read it as immutable, so that not even -wal/-shm sidecar files are created.
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) or FileAccessError(path=str(path), reason=str(exc)) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise NotADatabaseError(path=str(path))
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise classify_sqlite_error(exc, path) or NotADatabaseError(path=str(path)) from exc
    finally:
        conn.close()


# --------------------------------------------------------------------------- engine


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy (not pysqlite) decide where transactions begin; see _on_begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


# --------------------------------------------------------------------------- sessions


def _stamp_synced_records(session: Session, _context: Any, _instances: Any) -> None:
    """Fill the device id and who changed a synchronised record from the session's info."""
    device_id = session.info.get("device_id", "")
    staff_id = session.info.get("staff_id")
    for obj in session.new:
        if isinstance(obj, SyncedMixin):
            if not obj.device_id:
                obj.device_id = device_id
            if obj.updated_by_id is None:
                obj.updated_by_id = staff_id
    if staff_id is not None:
        for obj in session.dirty:
            if isinstance(obj, SyncedMixin) and session.is_modified(obj):
                obj.updated_by_id = staff_id


event.listen(Session, "before_flush", _stamp_synced_records)


@dataclass
class Database:
    """An open local database: its file, engine, and sessions stamped with this device's id."""

    path: Path
    engine: Engine
    device_id: str
    staff_id: str | None = None
    created: bool = False  # the file was new: see services.setup.prepare_new_database

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        """A new session; changes are stamped with this device and the signed-in staff member."""
        session = self._factory()
        session.info["device_id"] = self.device_id
        session.info["staff_id"] = self.staff_id
        return session

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed at the end, rolled back on any error."""
        with self.session() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


# --------------------------------------------------------------------------- opening and upgrading


def open_database(path: Path | None = None, *, create: bool = True) -> Database:
    """Open (and create or upgrade) the database at *path*, the user's default when ``None``.

    Raises :class:`NewerSchemaError` for a file from a newer app, without touching it.
    """
    path = Path(path) if path is not None else paths.default_database_path()
    if not path.exists():
        if not create:
            raise DatabaseMissingError(path=str(path))
        try:
            paths.ensure_dir(path.parent)
        except OSError as exc:
            raise FileAccessError(path=str(path), reason=exc.strerror or str(exc)) from exc
    found = read_revision(path)
    if found is not None and found not in known_revisions():
        raise NewerSchemaError(path=str(path), found=found)

    engine = make_engine(path)
    try:
        if found != head_revision():
            if found is not None:
                backup_before_migration(path, found)
            _upgrade(engine)
        device_id = _ensure_device_id(engine)
    except DBAPIError as exc:
        engine.dispose()
        friendly = classify_sqlite_error(exc, path)
        if friendly is not None:
            raise friendly from exc
        raise
    except BaseException:
        engine.dispose()
        raise
    return Database(path=path, engine=engine, device_id=device_id, created=found is None)


def _upgrade(engine: Engine) -> None:
    """Run every pending migration in one transaction; a failure leaves the old schema."""
    from alembic import command

    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        # Batch migrations copy tables; foreign keys are checked once at the end instead.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"schema upgrade broke foreign keys: {problems[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    log.info("database schema at %s", head_revision())


def _ensure_device_id(engine: Engine) -> str:
    with Session(engine) as session, session.begin():
        setting = session.get(LocalSetting, DEVICE_ID_KEY)
        if setting is None:
            setting = LocalSetting(key=DEVICE_ID_KEY, value=new_id())
            session.add(setting)
        return setting.value


# --------------------------------------------------------------------------- backups


def backup_database(source: Path, destination: Path) -> Path:
    """A consistent copy of *source* at *destination*, safe while the app is writing.

    Uses SQLite's online backup API; the copy is written beside the target and renamed
    into place, so an interrupted backup never leaves a half file under the final name.
    """
    if not source.exists():
        raise DatabaseMissingError(path=str(source))
    paths.ensure_dir(destination.parent)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            src.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, destination)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise classify_sqlite_error(exc, source) or FileAccessError(
            path=str(source), reason=str(exc)
        ) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise FileAccessError(path=str(destination), reason=exc.strerror or str(exc)) from exc
    return destination


def backup_before_migration(path: Path, revision: str) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.parent / "backups" / f"{path.stem}-{stamp}-schema-{revision}.sqlite3"
    log.info("backing up %s to %s before the schema upgrade", path, target)
    return backup_database(path, target)


def schema_revision(db: Database) -> str | None:
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


def local_setting(db: Database, key: str) -> str | None:
    with db.session() as session:
        return session.scalar(select(LocalSetting.value).where(LocalSetting.key == key))
