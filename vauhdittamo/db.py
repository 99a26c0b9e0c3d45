"""The local SQLite database, encrypted with SQLCipher: engine, sessions, schema upgrades and backups.

* every file is encrypted (SQLCipher 4, AES-256 with an HMAC per page, the WAL too); the key comes
  from :mod:`vauhdittamo.dbkey` (the keyring, or a passphrase where no keyring works);
* WAL journal, ``synchronous=FULL``, foreign keys on and a busy timeout on every connection;
* real transactions (``BEGIN`` is sent explicitly, also around schema changes);
* before a schema upgrade the file is copied with SQLite's backup API, encrypted with the same key;
* a database written by a newer version of the app is refused and left untouched, and so is a file
  whose key or passphrase is wrong;
* a plain (unencrypted) database of an older version is encrypted on first open: an encrypted copy
  is made and checked, kept in ``backups/``, and only then takes the plain file's place; the plain
  file is overwritten with zeros and removed (and so are plain backups in ``backups/``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool
from sqlcipher3 import dbapi2 as sqlcipher

from vauhdittamo import paths, search_index
from vauhdittamo.dbkey import (
    AskPassphrase,
    DatabaseKey,
    KeyringUnavailable,
    PassphraseRequest,
    check_new_passphrase,
    keyring_key,
)
from vauhdittamo.errors import (
    MSG_DATABASE_IS_FOLDER,
    MSG_ENCRYPTION_NEEDED,
    MSG_OUT_FOLDER_READ_ONLY,
    AppError,
    DatabaseLockedError,
    DatabaseMissingError,
    DiskFullError,
    EmptyDatabaseError,
    EncryptionFailedError,
    FileAccessError,
    KeyMissingError,
    KeyringUnavailableError,
    NewerSchemaError,
    NotADatabaseError,
    NotAFileError,
    PassphraseCancelledError,
    UpgradeFailedError,
    UpgradeNeededError,
    WrongKeyError,
    classify_sqlite_error,
)
from vauhdittamo.ids import new_id
from vauhdittamo.models import LocalSetting, SyncedMixin
from vauhdittamo.models.meta import DEVICE_ID_KEY
from vauhdittamo.services.permissions import (
    ACTOR_KEY,
    SIDE_TRANSACTION_KEY,
    SYSTEM,
    Actor,
    acting_staff_id,
    write_pending_denials,
)

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_SIZE = 16  # an SQLCipher file starts with its salt instead of the header
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


# --------------------------------------------------------------------------- files and raw connections


class FileState(Enum):
    NEW = "new"  # no file, or an empty one
    PLAIN = "plain"  # an unencrypted SQLite file (an older version of the app)
    ENCRYPTED = "encrypted"  # an SQLCipher file (or bytes that only the right key can tell apart)


def check_database_path(path: Path) -> None:
    """Refuse a database path that is empty, a folder, a device, a pipe or a socket (:class:`NotAFileError`)."""
    if not path.name:
        raise NotAFileError(MSG_DATABASE_IS_FOLDER, path=str(path), example=str(path / paths.DATABASE_FILENAME))
    kind = paths.kind_of_special_file(path)
    if kind == paths.FOLDER:
        raise NotAFileError(MSG_DATABASE_IS_FOLDER, path=str(path), example=str(path / paths.DATABASE_FILENAME))
    if kind is not None:
        raise NotAFileError(path=str(path))


def _looks_random(head: bytes) -> bool:
    """Could *head* (the first bytes of a file, 512 or more) be SQLCipher's output: a random salt, then ciphertext?

    Random bytes hold nearly every byte value (about 221 distinct in 512 bytes, 240 in 1024, 256 in 4096);
    text, zeros and most other formats far fewer. A real encrypted file falls under the line with a
    probability far below one in a trillion, so this only ever tells a foreign file apart.
    """
    expected = 256 * (1 - (255 / 256) ** len(head))
    return len(set(head)) >= 0.75 * expected


def file_state(path: Path) -> FileState:
    """What *path* holds, from its first bytes; raises :class:`NotADatabaseError` for other files.

    A folder, a device, a pipe or a socket raises :class:`NotAFileError`.
    """
    check_database_path(path)
    try:
        if not path.exists() or path.stat().st_size == 0:
            return FileState.NEW
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        raise FileAccessError(path=str(path), reason=exc.strerror or str(exc)) from exc
    if head.startswith(SQLITE_HEADER):
        return FileState.PLAIN
    # An encrypted file is whole pages (512 bytes at the least) and starts with its random salt.
    if size % 512 == 0 and _looks_random(head):
        return FileState.ENCRYPTED
    raise NotADatabaseError(path=str(path))


_sqlcipher_quiet = False


def _quiet_sqlcipher() -> None:
    """SQLCipher logs a wrong key to stderr itself; the app says it in its own words instead."""
    global _sqlcipher_quiet
    if not _sqlcipher_quiet:
        conn = sqlcipher.connect(":memory:")
        conn.execute("PRAGMA cipher_log_level = NONE")  # process-wide
        conn.close()
        _sqlcipher_quiet = True


def connect_raw(path: Path, key: DatabaseKey | None, *, mode: str | None = None) -> Any:
    """A DB-API connection (SQLCipher) to *path*, keyed with *key* (``None``: a plain file).

    The key is checked at once (SQLCipher itself only fails at the first read): a wrong key raises
    :class:`WrongKeyError` and leaves the file as it was. *mode* is a URI mode such as ``mode=ro``.
    Transactions are explicit (``isolation_level=None``).
    """
    _quiet_sqlcipher()
    target = path.resolve().as_uri() + (f"?{mode}" if mode else "")
    try:
        conn = sqlcipher.connect(target, uri=True, isolation_level=None)
    except sqlcipher.Error as exc:
        raise classify_sqlite_error(exc, path) or FileAccessError(path=str(path), reason=str(exc)) from exc
    try:
        if key is not None:
            # Hex digits only, so formatting cannot inject anything; the key is never logged.
            conn.execute(f'PRAGMA key = "{key.sqlcipher_value()}"')
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.Error as exc:
        conn.close()
        if key is not None and "not a database" in str(exc):
            raise WrongKeyError(path=str(path)) from None
        raise classify_sqlite_error(exc, path) or NotADatabaseError(path=str(path)) from exc
    return conn


def _read_only_mode(path: Path) -> str:
    # Without a WAL file no other connection is open and everything is in the main file:
    # read it as immutable, so that not even -wal/-shm sidecar files are created.
    wal = path.with_name(path.name + "-wal")
    return "mode=ro" if wal.exists() else "mode=ro&immutable=1"


def read_revision(path: Path, key: DatabaseKey | None = None) -> str | None:
    """The schema version stored in *path*, read without changing the file.

    ``None`` for an empty or new database. Raises :class:`NotADatabaseError` for other files and
    :class:`WrongKeyError` when *key* (by default the keyring's) does not open an encrypted file.
    """
    state = file_state(path)
    if state is FileState.NEW:
        return None
    if state is FileState.ENCRYPTED and key is None:
        key = resolve_key(path, state=state)
    conn = connect_raw(path, key if state is FileState.ENCRYPTED else None, mode=_read_only_mode(path))
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
            if tables:
                raise NotADatabaseError(path=str(path))
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlcipher.DatabaseError as exc:
        raise classify_sqlite_error(exc, path) or NotADatabaseError(path=str(path)) from exc
    finally:
        conn.close()


def _refuse_newer(path: Path, found: str | None) -> None:
    if found is not None and found not in known_revisions():
        raise NewerSchemaError(path=str(path), found=found)


# --------------------------------------------------------------------------- the key


def _key_opens(path: Path, key: DatabaseKey) -> bool:
    try:
        connect_raw(path, key, mode=_read_only_mode(path)).close()
    except WrongKeyError:
        return False
    return True


def resolve_key(
    path: Path, *, state: FileState | None = None, ask_passphrase: AskPassphrase | None = None
) -> DatabaseKey:
    """The key for the database at *path*: from the keyring, else from a passphrase the user gives.

    For a new or plain database a keyring key is made (and stored) when there is none. Where no
    keyring works, or the keyring's key does not open the file, *ask_passphrase* is asked; without it
    this raises :class:`KeyringUnavailableError`, :class:`KeyMissingError` or :class:`WrongKeyError`.
    A cancelled question raises :class:`PassphraseCancelledError`.
    """
    state = state or file_state(path)
    try:
        stored = keyring_key(create=state is not FileState.ENCRYPTED)
    except KeyringUnavailable as exc:
        log.info("no keyring can be used for the database key (%s)", exc)
        if ask_passphrase is None:
            raise KeyringUnavailableError(path=str(path)) from None
        return _ask_for_key(path, state, ask_passphrase, keyring_works=False)
    if stored is not None and (state is not FileState.ENCRYPTED or _key_opens(path, stored)):
        return stored
    if ask_passphrase is None:
        if stored is None:
            raise KeyMissingError(path=str(path))
        raise WrongKeyError(path=str(path))
    return _ask_for_key(path, state, ask_passphrase, keyring_works=True)


def _ask_for_key(path: Path, state: FileState, ask: AskPassphrase, *, keyring_works: bool) -> DatabaseKey:
    wrong = False
    while True:
        request = PassphraseRequest(path=path, new=state is not FileState.ENCRYPTED, wrong=wrong,
                                    keyring_works=keyring_works)
        passphrase = ask(request)
        if passphrase is None:
            raise PassphraseCancelledError(path=str(path))
        if request.new:
            check_new_passphrase(passphrase)
            return DatabaseKey.new_from_passphrase(passphrase)
        with path.open("rb") as fh:
            salt = fh.read(SALT_SIZE)
        key = DatabaseKey.from_passphrase(passphrase, salt)
        if _key_opens(path, key):
            return key
        log.info("a wrong passphrase was given for %s", path)
        wrong = True


# --------------------------------------------------------------------------- engine


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # The dialect has already keyed the connection (PRAGMA key, first of the connect hooks).
    # Let SQLAlchemy (not pysqlite) decide where transactions begin; see _on_begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")  # the first read: fails here with a wrong key
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA temp_store=MEMORY")  # sorting and temporary tables never reach the disk
    cursor.close()


WRITE_LOCK_OPTION = "vauhdittamo_write_lock"  # an execution option: take the write lock at BEGIN


def _on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_LOCK_OPTION) else "BEGIN")


def make_engine(path: Path, key: DatabaseKey) -> Engine:
    """An engine on the encrypted file (SQLAlchemy's ``sqlite+pysqlcipher`` dialect).

    The raw key goes in as the URL's password, which SQLAlchemy hides in every rendering of the
    URL (``repr``, logs, error messages); the dialect sends it as ``PRAGMA key`` on each connect.
    A raw key means no key derivation per connection.
    """
    _quiet_sqlcipher()
    url = URL.create("sqlite+pysqlcipher", password=key.sqlcipher_value(), database=str(path))
    if not path.exists():
        # A new file owner-only (SQLite gives its -wal and -shm files the same permissions).
        with contextlib.suppress(OSError):
            paths.create_private_file(path)
    # The dialect would pick SingletonThreadPool; keep the pool a plain SQLite file gets.
    # hide_parameters: an error's text (logs, crash reports) never shows the values of a statement.
    engine = create_engine(url, poolclass=QueuePool, hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


# --------------------------------------------------------------------------- sessions


def _stamp_synced_records(session: Session, _context: Any, _instances: Any) -> None:
    """Fill the device id and who changed a synchronised record from the session's actor."""
    device_id = session.info.get("device_id", "")
    staff_id = acting_staff_id(session)
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


@dataclass
class Database:
    """An open local database: its file, engine, and sessions stamped with this device's id.

    Every unit of work names its actor (:meth:`session`, :meth:`transaction`). The listeners that
    stamp records and fill the sync outbox are bound to this database's own session factory: a
    session made any other way (on this engine or another) does neither.
    """

    path: Path
    engine: Engine
    device_id: str
    created: bool = False  # the file was new: see services.setup.prepare_new_database
    upgraded_from: str | None = None  # the schema version an upgrade at this opening started from
    key: DatabaseKey | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        from vauhdittamo.sync import outbox

        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._factory, "before_flush", _stamp_synced_records)
        event.listen(self._factory, "after_transaction_end", write_pending_denials)
        outbox.listen(self._factory)

    def session(self, actor: Actor | None) -> Session:
        """A new session acting as *actor*: a signed-in staff member or an explicit system actor.

        With ``None`` (nobody) every permission check refuses. Changes are stamped with this device
        and the acting staff member.
        """
        session = self._factory()
        session.info["device_id"] = self.device_id
        session.info[ACTOR_KEY] = actor
        session.info[SIDE_TRANSACTION_KEY] = self.transaction
        return session

    @contextlib.contextmanager
    def transaction(self, actor: Actor | None, *, write_lock: bool = False) -> Iterator[Session]:
        """A session acting as *actor* in one transaction: committed at the end, rolled back on any error.

        *write_lock*: take the database's write lock at the start, waiting (up to the busy timeout) for
        another writer such as an import batch or a sync page. A transaction that reads first and writes
        later would otherwise fail at once when another program committed in between (SQLite cannot
        upgrade a read snapshot that has gone stale). Not for work that writes in a side transaction
        while this one is open (a failed sign-in's record): that would wait for this very transaction.
        """
        with self.session(actor) as session, session.begin():
            if write_lock:
                session.connection(execution_options={WRITE_LOCK_OPTION: True})
            yield session

    def close(self) -> None:
        self.engine.dispose()


# --------------------------------------------------------------------------- opening and upgrading


def open_database(
    path: Path | None = None,
    *,
    create: bool = True,
    upgrade: bool = True,
    key: DatabaseKey | None = None,
    ask_passphrase: AskPassphrase | None = None,
) -> Database:
    """Open (and create, encrypt or upgrade) the database at *path*, the user's default when ``None``.

    Without *key* the key comes from the keyring, or from *ask_passphrase* where no keyring works
    (see :func:`resolve_key`). Raises :class:`NewerSchemaError` for a file from a newer app and
    :class:`WrongKeyError` for a wrong key, in both cases without touching the file.

    *create* false: the file must hold a Vauhdittamo database already; a missing file raises
    :class:`DatabaseMissingError`, an empty one (no bytes, or an SQLite file without tables)
    :class:`EmptyDatabaseError`, and nothing (no folder, no file) is made. *upgrade* false (the
    read-only commands; implies *create* false): a database that would need encrypting or a schema
    upgrade raises :class:`UpgradeNeededError` and is left untouched. A failed upgrade raises
    :class:`UpgradeFailedError`, the old schema kept.
    """
    path = Path(path) if path is not None else paths.default_database_path()
    check_database_path(path)
    create = create and upgrade
    _finish_interrupted_encryption(path)
    if not path.exists():
        if not create:
            raise DatabaseMissingError(path=str(path))
        try:
            paths.ensure_dir(path.parent)
        except OSError as exc:
            raise FileAccessError(path=str(path), reason=exc.strerror or str(exc)) from exc
    state = file_state(path)
    if state is FileState.NEW and not create:
        raise EmptyDatabaseError(path=str(path))
    if state is FileState.PLAIN:
        found = read_revision(path)  # before any key is made: a foreign or newer file stays as it is
        _refuse_newer(path, found)
        if found is None and not create:
            raise EmptyDatabaseError(path=str(path))
        if not upgrade:
            raise UpgradeNeededError(MSG_ENCRYPTION_NEEDED, path=str(path))
    if key is None:
        key = resolve_key(path, state=state, ask_passphrase=ask_passphrase)
    if state is FileState.PLAIN:
        encrypt_plain_database(path, key)
    elif state is FileState.ENCRYPTED:
        found = read_revision(path, key)
        _refuse_newer(path, found)
        if found is None and not create:
            raise EmptyDatabaseError(path=str(path))
    else:
        found = None
    head = head_revision()
    if found is not None and found != head and not upgrade:
        raise UpgradeNeededError(path=str(path), found=found, head=head)

    engine = make_engine(path, key)
    try:
        if found != head:
            backup = backup_before_migration(path, found, key) if found is not None else None
            try:
                _upgrade(engine)
            except Exception as exc:
                if found is None or (isinstance(exc, DBAPIError) and classify_sqlite_error(exc, path)):
                    raise
                # In the log file (the message says what the user needs; standard error stays one line).
                log.info("the schema upgrade of %s from %s to %s failed", path, found, head, exc_info=True)
                raise UpgradeFailedError(
                    path=str(path), found=found, head=head, reason=_first_line(exc), backup=str(backup)
                ) from exc
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
    return Database(
        path=path, engine=engine, device_id=device_id, created=found is None, key=key,
        upgraded_from=found if found is not None and found != head else None,
    )


def _first_line(exc: BaseException) -> str:
    """What went wrong, in one short line: the driver's own message (no statement, no values)."""
    original = getattr(exc, "orig", None) or exc
    lines = str(original).strip().splitlines()
    return (lines[0] if lines else type(original).__name__)[:200]


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
                if not search_index.installed(conn):  # a later migration rebuilt the client table
                    log.warning("the client search index is rebuilt")
                    search_index.install(conn)
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


def backup_database(
    source: Path,
    destination: Path,
    key: DatabaseKey | None = None,
    *,
    ask_passphrase: AskPassphrase | None = None,
) -> Path:
    """A consistent, encrypted copy of *source* at *destination*, safe while the app is writing.

    Uses SQLite's online backup API between two connections keyed the same (the key as in
    :func:`open_database`); a plain source (an older version's file) is exported into an encrypted
    copy. The copy is written beside the target and renamed into place, so an interrupted backup
    never leaves a half file under the final name. The copy is owner-only (``0600`` on POSIX), and so is
    a folder made for it.
    """
    check_database_path(source)
    if not source.exists():
        raise DatabaseMissingError(path=str(source))
    state = file_state(source)
    if state is FileState.NEW or (state is FileState.PLAIN and read_revision(source) is None):
        raise EmptyDatabaseError(path=str(source))
    if key is None:
        key = resolve_key(source, state=state, ask_passphrase=ask_passphrase)
    try:
        paths.ensure_dir(destination.parent)
    except OSError as exc:
        if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
            raise FileAccessError(
                MSG_OUT_FOLDER_READ_ONLY, path=str(destination), folder=str(destination.parent)
            ) from exc
        raise FileAccessError(path=str(destination), reason=exc.strerror or str(exc)) from exc
    paths.check_output_file(destination)  # a folder, a device, a pipe or a socket is never replaced
    partial = destination.with_name(destination.name + ".partial")
    _remove_with_sidecars(partial)
    try:
        paths.create_private_file(partial)  # before SQLite writes it (its journal gets the same permissions)
        if state is FileState.ENCRYPTED:
            src = connect_raw(source, key, mode="mode=ro")
            try:
                try:
                    dst = connect_raw(partial, key)
                except FileAccessError as exc:
                    raise FileAccessError(path=str(destination), reason=exc.params.get("reason", "")) from exc
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode=DELETE")
                finally:
                    dst.close()
            finally:
                src.close()
        else:
            src = connect_raw(source, None)
            try:
                _export_encrypted(src, partial, key)
            finally:
                src.close()
        paths.check_output_file(destination)  # again: something else may have taken the name meanwhile
        os.replace(partial, destination)
    except AppError:
        _remove_with_sidecars(partial)
        raise
    except sqlcipher.Error as exc:
        _remove_with_sidecars(partial)
        raise classify_sqlite_error(exc, source) or FileAccessError(
            path=str(source), reason=str(exc)
        ) from exc
    except OSError as exc:
        _remove_with_sidecars(partial)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFullError() from exc
        raise FileAccessError(path=str(destination), reason=exc.strerror or str(exc)) from exc
    return destination


def _backup_target(path: Path, what: str) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.parent / "backups" / f"{path.stem}-{stamp}-{what}.sqlite3"
    number = 1
    while target.exists():  # another copy within the same second: never replaced
        number += 1
        target = path.parent / "backups" / f"{path.stem}-{stamp}.{number}-{what}.sqlite3"
    return target


def _earlier_migration_backup(path: Path, revision: str) -> Path | None:
    """A backup of *path* at schema *revision* made since the database last changed (a failed upgrade's)."""
    folder = path.parent / "backups"
    pattern = re.compile(rf"{re.escape(path.stem)}-\d{{8}}T\d{{6}}Z(\.\d+)?-schema-{re.escape(revision)}\.sqlite3")
    try:
        changed = max(p.stat().st_mtime_ns for p in (path, _sidecar(path, "-wal")) if p.exists())
        candidates = sorted((p for p in folder.iterdir() if pattern.fullmatch(p.name)), reverse=True)
        return next((p for p in candidates if p.stat().st_mtime_ns >= changed), None)
    except (OSError, ValueError):
        return None


def backup_before_migration(path: Path, revision: str, key: DatabaseKey | None = None) -> Path:
    """An encrypted copy of *path* in ``backups/`` before its schema *revision* is upgraded.

    Made once: when an upgrade failed and is tried again, the copy of the earlier attempt is kept and
    reused as long as the database has not changed since.
    """
    earlier = _earlier_migration_backup(path, revision)
    if earlier is not None:
        log.info("the backup %s from before an earlier upgrade attempt is kept", earlier)
        return earlier
    target = _backup_target(path, f"schema-{revision}")
    log.info("backing up %s to %s before the schema upgrade", path, target)
    backup_database(path, target, key)
    paths.make_private(target.parent, paths.PRIVATE_DIR_MODE)  # the app's own folder, perhaps from an older version
    return target


# --------------------------------------------------------------------------- encrypting a plain database

SIDECARS = ("-wal", "-shm", "-journal")


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _remove_with_sidecars(path: Path) -> None:
    for candidate in (path, *(_sidecar(path, suffix) for suffix in SIDECARS)):
        candidate.unlink(missing_ok=True)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table_counts(conn: Any, schema: str) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: int(conn.execute(f"SELECT count(*) FROM {schema}.{_quote(name)}").fetchone()[0]) for name in names}


def _export_encrypted(conn: Any, destination: Path, key: DatabaseKey) -> tuple[dict[str, int], int]:
    """Copy the plain database of *conn* into a new encrypted file (``sqlcipher_export``).

    Returns the row count of each table and the ``user_version``, read in the same transaction.
    """
    conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(destination), key.sqlcipher_value()))
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            counts = _table_counts(conn, "main")
            user_version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            conn.execute("SELECT sqlcipher_export('encrypted')")
            conn.execute(f"PRAGMA encrypted.user_version = {user_version}")  # not copied by the export
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE encrypted")
    return counts, user_version


def _verify_encrypted_copy(path: Path, copy: Path, key: DatabaseKey, counts: dict[str, int], user_version: int) -> None:
    conn = connect_raw(copy, key)
    try:
        problems = []
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            problems.append("integrity check failed")
        if _table_counts(conn, "main") != counts:
            problems.append("row counts differ")
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) != user_version:
            problems.append("user_version differs")
    finally:
        conn.close()
    if problems:
        raise EncryptionFailedError(path=str(path), reason=f"the encrypted copy is not right ({', '.join(problems)}).")


def _wipe(path: Path) -> None:
    """Overwrite *path* with zeros and remove it (best effort: an SSD may keep old blocks elsewhere)."""
    try:
        size = path.stat().st_size
        zeros = bytes(1 << 20)
        with path.open("r+b") as fh:
            written = 0
            while written < size:
                written += fh.write(zeros[: min(len(zeros), size - written)])
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        log.warning("could not overwrite %s before removing it: %s", path, exc)
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not remove the plain file %s: %s", path, exc)


def _encrypt_file(path: Path, key: DatabaseKey, *, backup: bool) -> None:
    staging = _sidecar(path, ".encrypting")
    aside = _sidecar(path, ".plaintext")
    _remove_with_sidecars(staging)
    conn: Any = None
    was_wal = False
    try:
        paths.create_private_file(staging)  # the encrypted copy, and then the database, owner-only
        conn = connect_raw(path, None)
        was_wal = conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        # Leaving WAL needs the only connection: a program still using the file stops us here.
        if conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0] != "delete":
            raise DatabaseLockedError(path=str(path))
        counts, user_version = _export_encrypted(conn, staging, key)
        conn.close()
        conn = None
        _verify_encrypted_copy(path, staging, key, counts, user_version)
        if backup:
            target = _backup_target(path, "before-encryption")
            log.info("keeping an encrypted copy of %s at %s before replacing the plain file", path, target)
            backup_database(staging, target, key)
            paths.make_private(target.parent, paths.PRIVATE_DIR_MODE)
        if any(_sidecar(path, suffix).exists() for suffix in SIDECARS):
            raise DatabaseLockedError(path=str(path))
    except BaseException as exc:
        if conn is not None:
            with contextlib.suppress(sqlcipher.Error):
                if was_wal:
                    conn.execute("PRAGMA journal_mode=WAL")
            conn.close()
        _remove_with_sidecars(staging)
        if isinstance(exc, sqlcipher.Error):
            friendly = classify_sqlite_error(exc, path)
            raise friendly or EncryptionFailedError(path=str(path), reason=f"{exc}.") from exc
        if isinstance(exc, OSError):
            raise EncryptionFailedError(path=str(path), reason=f"{exc.strerror or exc}.") from exc
        raise
    # The plain file steps aside, the encrypted one takes its name, then the plain one is wiped.
    # An interruption in between is finished at the next start (_finish_interrupted_encryption).
    os.replace(path, aside)
    os.replace(staging, path)
    _wipe(aside)


def encrypt_plain_database(path: Path, key: DatabaseKey) -> None:
    """Encrypt the plain database at *path* in place, and the plain backups beside it.

    On any failure the plain file stays where it was, with its data, and an :class:`AppError` says why.
    """
    log.info("encrypting the plain database %s", path)
    _encrypt_file(path, key, backup=True)
    folder = path.parent / "backups"
    for old in sorted(folder.glob("*.sqlite3")) if folder.is_dir() else []:
        try:
            if file_state(old) is FileState.PLAIN:
                log.info("encrypting the plain backup %s", old)
                _encrypt_file(old, key, backup=False)
        except AppError as exc:
            log.warning("the backup %s is still not encrypted: %s", old, exc.message)


def _finish_interrupted_encryption(path: Path) -> None:
    """Complete (or undo) an encryption that a power cut or crash interrupted."""
    aside = _sidecar(path, ".plaintext")
    staging = _sidecar(path, ".encrypting")
    if aside.exists():
        if not path.exists():
            log.warning("an interrupted encryption of %s: the plain file is put back", path)
            os.replace(aside, path)
        else:
            try:
                done = file_state(path) is FileState.ENCRYPTED
            except AppError:
                done = False
            if done:
                log.warning("an interrupted encryption of %s: the plain file left over is wiped", path)
                _wipe(aside)
            else:
                log.warning("%s and %s both exist; neither is touched", path, aside)
    if staging.exists():
        _remove_with_sidecars(staging)


def schema_revision(db: Database) -> str | None:
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


def local_setting(db: Database, key: str) -> str | None:
    """A setting of this laptop (no personal data), read as the system."""
    with db.session(SYSTEM) as session:
        return session.scalar(select(LocalSetting.value).where(LocalSetting.key == key))
