"""The encrypted database: nothing readable in the file, its WAL or a backup; wrong keys refused.

A lost laptop must give away no client's name. Every check looks at the bytes on disk.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from tests import encrypted
from tests.acting import acting
from tests.keyrings import InMemoryKeyring
from vauhdittamo import db as dbmod
from vauhdittamo.db import (
    SQLITE_HEADER,
    FileState,
    backup_before_migration,
    backup_database,
    file_state,
    head_revision,
    open_database,
    read_revision,
)
from vauhdittamo.dbkey import KEYRING_ENTRY, KEYRING_SERVICE, DatabaseKey, PassphraseRequest, keyring_key
from vauhdittamo.errors import (
    KeyMissingError,
    KeyringUnavailableError,
    NewerSchemaError,
    PassphraseCancelledError,
    ValidationError,
    WrongKeyError,
)
from vauhdittamo.models import Client
from vauhdittamo.services import clients as cs

# Names that occur nowhere else, so that finding one in the bytes can only mean a leak.
FIRST = "Zyxwvutsdóttir"
LAST = "Qwertyäinen"
PASSPHRASE = "ruislimppu ja kalakukko"


def _names_in(data: bytes) -> list[str]:
    found = []
    for name in (FIRST, LAST):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if name.encode(encoding) in data:
                found.append(f"{name} ({encoding})")
    return found


def _add_client(database: dbmod.Database) -> None:
    with database.transaction(acting(database)) as session:
        cs.create_client(session, cs.validate_client(cs.ClientInput(first_name=FIRST, last_name=LAST)))


def _client_names(database: dbmod.Database) -> list[tuple[str, str]]:
    with database.session(acting(database)) as session:
        return [(c.first_name, c.last_name) for c in session.query(Client)]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*"))


def _make_plain(source: Path, plain: Path) -> None:
    """A plain SQLite copy of an encrypted database: what an older version of the app left on disk."""
    conn = encrypted.connect(source)
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    assert plain.read_bytes()[:16] == SQLITE_HEADER


def _asker(*answers: str | None) -> tuple[Callable[[PassphraseRequest], str | None], list[PassphraseRequest]]:
    asked: list[PassphraseRequest] = []
    replies = list(answers)

    def ask(request: PassphraseRequest) -> str | None:
        asked.append(request)
        return replies.pop(0)

    return ask, asked


# --------------------------------------------------------------------------- nothing readable on disk


def test_the_database_file_does_not_start_with_the_sqlite_header(db: dbmod.Database) -> None:
    _add_client(db)
    head = db.path.read_bytes()[:16]
    assert head != SQLITE_HEADER
    assert not head.startswith(b"SQLite format")
    assert file_state(db.path) is FileState.ENCRYPTED


def test_the_check_would_see_a_name_in_a_plain_file(db: dbmod.Database, tmp_path: Path) -> None:
    """The control: the byte search does find the names when a file is not encrypted."""
    _add_client(db)
    plain = tmp_path / "plain.sqlite3"
    _make_plain(db.path, plain)
    assert _names_in(plain.read_bytes())


def test_no_client_name_in_the_file_or_its_wal_while_the_database_is_open(db: dbmod.Database) -> None:
    _add_client(db)
    with db.session(acting(db)) as session:  # a connection stays open: nothing is checkpointed yet
        assert session.query(Client).count() == 1
        wal = db.path.with_name(db.path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0, "the write is in the WAL, not yet in the file"
        assert _names_in(wal.read_bytes()) == []
        assert _names_in(db.path.read_bytes()) == []
    db.close()
    assert _names_in(db.path.read_bytes()) == []


def test_an_uncommitted_write_in_the_wal_is_not_readable_either(db: dbmod.Database) -> None:
    _add_client(db)
    wal = db.path.with_name(db.path.name + "-wal")
    size_before = wal.stat().st_size
    writer = encrypted.connect(db.path)
    writer.execute("BEGIN IMMEDIATE")
    # Enough rows to spill the transaction's pages out of the cache into the WAL before the commit.
    writer.execute("PRAGMA cache_size=2")
    writer.execute("CREATE TABLE scratch (note TEXT)")
    writer.executemany("INSERT INTO scratch VALUES (?)", [(f"{FIRST} {LAST} {n} " * 20,) for n in range(500)])
    try:
        assert wal.stat().st_size > size_before, "uncommitted pages went to the WAL"
        assert _names_in(wal.read_bytes()) == []
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_backup_is_encrypted_with_the_same_key(db: dbmod.Database, tmp_path: Path) -> None:
    _add_client(db)
    out = backup_database(db.path, tmp_path / "backup" / "copy.sqlite3")
    data = out.read_bytes()
    assert data[:16] != SQLITE_HEADER and _names_in(data) == []
    assert not out.with_name(out.name + "-wal").exists()
    copy = open_database(out, create=False)
    try:
        assert _client_names(copy) == [(FIRST, LAST)]
    finally:
        copy.close()


def test_a_backup_before_a_schema_upgrade_is_encrypted(db: dbmod.Database) -> None:
    _add_client(db)
    out = backup_before_migration(db.path, head_revision(), db.key)
    assert out.parent == db.path.parent / "backups"
    data = out.read_bytes()
    assert data[:16] != SQLITE_HEADER and _names_in(data) == []
    assert read_revision(out) == head_revision()


def test_the_command_line_backup_is_encrypted(db: dbmod.Database, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from vauhdittamo.cli import main

    _add_client(db)
    out = tmp_path / "cli-copy.sqlite3"
    assert main(["backup", "--out", str(out), "--db", str(db.path)]) == 0
    data = out.read_bytes()
    assert data[:16] != SQLITE_HEADER and _names_in(data) == []


# --------------------------------------------------------------------------- wrong keys


def test_a_wrong_raw_key_is_refused_and_the_file_left_untouched(db_path: Path) -> None:
    database = open_database(db_path)
    _add_client(database)
    database.close()
    before, listing = _digest(db_path), _listing(db_path.parent)
    with pytest.raises(WrongKeyError) as caught:
        open_database(db_path, key=DatabaseKey.generate())
    assert "the key or passphrase is wrong" in caught.value.message
    assert str(db_path) in caught.value.message
    assert _digest(db_path) == before
    assert _listing(db_path.parent) == listing, "not even a -wal or -shm file was made"


def test_a_keyring_key_that_does_not_fit_is_refused(db_path: Path, test_keyring: InMemoryKeyring,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(db_path).close()
    before = _digest(db_path)
    monkeypatch.setitem(test_keyring.entries, (KEYRING_SERVICE, KEYRING_ENTRY), DatabaseKey.generate().raw.hex())
    with pytest.raises(WrongKeyError):
        open_database(db_path)
    with pytest.raises(WrongKeyError):
        backup_database(db_path, db_path.with_name("copy.sqlite3"))
    assert _digest(db_path) == before
    assert not db_path.with_name("copy.sqlite3").exists()


def test_a_database_whose_key_is_not_in_the_keyring(db_path: Path, empty_keyring: InMemoryKeyring) -> None:
    """A file from another computer (or after the keyring was reset): no new key is made for it."""
    open_database(db_path, key=DatabaseKey.generate()).close()
    with pytest.raises(KeyMissingError) as caught:
        open_database(db_path)
    assert "not in this computer's keyring" in caught.value.message
    assert empty_keyring.entries == {}
    ask, asked = _asker(None)
    with pytest.raises(PassphraseCancelledError):
        open_database(db_path, ask_passphrase=ask)
    assert asked == [PassphraseRequest(path=db_path, new=False, wrong=False, keyring_works=True)]


def test_a_file_that_is_no_database_at_all_is_still_not_a_database(tmp_path: Path) -> None:
    from vauhdittamo.errors import NotADatabaseError

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x07" * 5000)
    with pytest.raises(NotADatabaseError):
        open_database(junk)
    assert junk.read_bytes() == b"\x07" * 5000


# --------------------------------------------------------------------------- the keyring


def test_the_key_is_made_at_first_start_and_stored_before_the_database(
    tmp_path: Path, empty_keyring: InMemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "first.sqlite3"
    seen: list[bool] = []
    original = dbmod.make_engine

    def spy(p: Path, key: DatabaseKey) -> object:
        seen.append((KEYRING_SERVICE, KEYRING_ENTRY) in empty_keyring.entries and not p.exists())
        return original(p, key)

    monkeypatch.setattr(dbmod, "make_engine", spy)
    database = open_database(path)
    database.close()
    assert seen == [True], "the key was in the keyring before the database file existed"
    stored = empty_keyring.entries[(KEYRING_SERVICE, KEYRING_ENTRY)]
    assert len(bytes.fromhex(stored)) == 32
    assert database.key is not None and database.key.raw.hex() == stored
    again = open_database(path)
    assert again.key is not None and again.key.raw == database.key.raw, "the same key every time"
    again.close()


class _ForgetfulKeyring(InMemoryKeyring):
    """Says it stored the password, and then has nothing (like a misconfigured backend)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        pass


def test_a_keyring_that_does_not_keep_the_key_counts_as_no_keyring(tmp_path: Path,
                                                                  test_keyring: InMemoryKeyring) -> None:
    import keyring

    keyring.set_keyring(_ForgetfulKeyring())
    try:
        path = tmp_path / "new.sqlite3"
        with pytest.raises(KeyringUnavailableError):
            open_database(path)
        assert not path.exists(), "nothing was encrypted with a key that would be lost"
    finally:
        keyring.set_keyring(test_keyring)


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_and_without_a_way_to_ask_the_error_says_so(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    with pytest.raises(KeyringUnavailableError) as caught:
        open_database(path)
    assert "No keyring works" in caught.value.message
    assert not path.exists()
    assert keyring_works_here() is False


def keyring_works_here() -> bool:
    from vauhdittamo.dbkey import keyring_works

    return keyring_works()


# --------------------------------------------------------------------------- passphrases


@pytest.mark.usefixtures("no_keyring")
def test_passphrase_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "village.sqlite3"
    ask, asked = _asker(PASSPHRASE)
    database = open_database(path, ask_passphrase=ask)
    assert asked == [PassphraseRequest(path=path, new=True, wrong=False, keyring_works=False)]
    _add_client(database)
    backup = backup_database(path, tmp_path / "backups" / "copy.sqlite3", database.key)
    database.close()
    for file in (path, backup):
        assert file.read_bytes()[:16] != SQLITE_HEADER and _names_in(file.read_bytes()) == []

    # Next start: a wrong passphrase is said to be wrong, the right one opens.
    ask, asked = _asker("not the passphrase", PASSPHRASE)
    again = open_database(path, ask_passphrase=ask)
    try:
        assert [r.wrong for r in asked] == [False, True]
        assert all(not r.new for r in asked)
        assert _client_names(again) == [(FIRST, LAST)]
    finally:
        again.close()

    # The backup opens with the same passphrase.
    ask, _ = _asker(PASSPHRASE)
    copy = open_database(backup, create=False, ask_passphrase=ask)
    assert _client_names(copy) == [(FIRST, LAST)]
    copy.close()


@pytest.mark.usefixtures("no_keyring")
def test_a_passphrase_database_opens_in_any_sqlcipher_4_tool(tmp_path: Path) -> None:
    """The key is SQLCipher 4's own derivation of the passphrase: no lock-in to this app."""
    path = tmp_path / "village.sqlite3"
    ask, _ = _asker(PASSPHRASE)
    open_database(path, ask_passphrase=ask).close()
    conn = sqlcipher.connect(str(path))
    conn.execute("PRAGMA key = 'ruislimppu ja kalakukko'")
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    conn.close()


@pytest.mark.usefixtures("no_keyring")
def test_a_wrong_passphrase_is_refused_and_the_file_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "village.sqlite3"
    ask, _ = _asker(PASSPHRASE)
    open_database(path, ask_passphrase=ask).close()
    before, listing = _digest(path), _listing(tmp_path)
    salt = path.read_bytes()[:16]
    with pytest.raises(WrongKeyError) as caught:
        open_database(path, key=DatabaseKey.from_passphrase("ruislimppu ja kalakukk0", salt))
    assert "the key or passphrase is wrong" in caught.value.message
    ask, asked = _asker("wrong one", "another wrong one", None)
    with pytest.raises(PassphraseCancelledError):
        open_database(path, ask_passphrase=ask)
    assert [r.wrong for r in asked] == [False, True, True]
    assert _digest(path) == before
    assert _listing(tmp_path) == listing


@pytest.mark.usefixtures("no_keyring")
def test_a_new_passphrase_must_be_long_enough(tmp_path: Path) -> None:
    path = tmp_path / "village.sqlite3"
    ask, _ = _asker("short")
    with pytest.raises(ValidationError, match="at least 10 characters"):
        open_database(path, ask_passphrase=ask)
    assert not path.exists()


# --------------------------------------------------------------------------- an older, plain database


def _plain_database(tmp_path: Path, name: str = "vauhdittamo.sqlite3") -> Path:
    source = tmp_path / "source" / "seed.sqlite3"
    source.parent.mkdir()
    seed = open_database(source)
    _add_client(seed)
    seed.close()
    plain = tmp_path / "data" / name
    plain.parent.mkdir()
    _make_plain(source, plain)
    return plain


def test_a_plain_database_is_encrypted_on_first_open(tmp_path: Path) -> None:
    plain = _plain_database(tmp_path)
    assert _names_in(plain.read_bytes())
    old_backup = plain.parent / "backups" / "vauhdittamo-20250101T000000Z-schema-0001.sqlite3"
    old_backup.parent.mkdir()
    old_backup.write_bytes(plain.read_bytes())

    database = open_database(plain)
    try:
        assert _client_names(database) == [(FIRST, LAST)], "the data came along"
        assert dbmod.schema_revision(database) == head_revision()
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        database.close()
    data = plain.read_bytes()
    assert data[:16] != SQLITE_HEADER and _names_in(data) == []
    leftovers = [p.name for p in plain.parent.iterdir() if p.suffix in (".plaintext", ".encrypting")]
    assert leftovers == [], "the plain original is gone"
    backups = sorted((plain.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 2 and any("before-encryption" in b.name for b in backups)
    for backup in backups:
        assert backup.read_bytes()[:16] != SQLITE_HEADER and _names_in(backup.read_bytes()) == [], backup.name
    assert read_revision(old_backup) == head_revision(), "the old plain backup was encrypted in place"


def test_a_plain_database_from_an_older_schema_is_encrypted_then_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.unit.test_db import _migrations_with_extra_step

    plain = _plain_database(tmp_path)
    body = "    op.create_table('extra', sa.Column('id', sa.Integer, primary_key=True))\n"
    monkeypatch.setattr(dbmod, "MIGRATIONS_DIR", _migrations_with_extra_step(tmp_path, body))
    database = open_database(plain)
    try:
        assert dbmod.schema_revision(database) == "0099"
        assert _client_names(database) == [(FIRST, LAST)]
    finally:
        database.close()
    backups = sorted((plain.parent / "backups").glob("*.sqlite3"))
    assert {("before-encryption" in b.name, "schema-" in b.name) for b in backups} == {(True, False), (False, True)}
    for file in (plain, *backups):
        assert file.read_bytes()[:16] != SQLITE_HEADER and _names_in(file.read_bytes()) == [], file.name


def test_a_plain_database_from_a_newer_version_is_neither_encrypted_nor_touched(
    tmp_path: Path, empty_keyring: InMemoryKeyring
) -> None:
    plain = _plain_database(tmp_path)
    empty_keyring.entries.clear()
    conn = sqlcipher.connect(str(plain))
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before, listing = _digest(plain), _listing(plain.parent)
    with pytest.raises(NewerSchemaError):
        open_database(plain)
    assert _digest(plain) == before and _listing(plain.parent) == listing
    assert empty_keyring.entries == {}, "no key was even made"


def test_a_failed_encryption_leaves_the_plain_database_in_place(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from vauhdittamo.errors import EncryptionFailedError

    plain = _plain_database(tmp_path)
    before = plain.read_bytes()

    def broken(*_args: object) -> None:
        raise EncryptionFailedError(path=str(plain), reason="the copy is not right (simulated).")

    monkeypatch.setattr(dbmod, "_verify_encrypted_copy", broken)
    with pytest.raises(EncryptionFailedError) as caught:
        open_database(plain)
    assert "left as it was" in caught.value.message
    assert plain.read_bytes() == before
    assert sorted(p.name for p in plain.parent.iterdir()) == [plain.name], "no half-made file is left"
    monkeypatch.undo()
    database = open_database(plain)
    assert _client_names(database) == [(FIRST, LAST)]
    database.close()


def test_an_encryption_interrupted_between_the_renames_is_finished_at_the_next_start(tmp_path: Path) -> None:
    plain = _plain_database(tmp_path)
    aside = plain.with_name(plain.name + ".plaintext")
    plain.rename(aside)  # the power went out after the plain file stepped aside
    database = open_database(plain)
    assert _client_names(database) == [(FIRST, LAST)]
    database.close()
    assert not aside.exists() and _names_in(plain.read_bytes()) == []

    # ... or after the encrypted file took its place: the plain one left over is wiped.
    aside.write_bytes(b"SQLite format 3\x00" + f"{FIRST} {LAST}".encode() * 100)
    open_database(plain).close()
    assert not aside.exists()


def test_a_plain_database_in_use_by_another_program_is_not_encrypted_under_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vauhdittamo.errors import DatabaseLockedError

    plain = _plain_database(tmp_path)
    other = sqlcipher.connect(str(plain), isolation_level=None)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("SELECT count(*) FROM client").fetchone()
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 50)
    try:
        with pytest.raises(DatabaseLockedError):
            open_database(plain)
        assert other.execute("SELECT first_name FROM client").fetchall() == [(FIRST,)]
    finally:
        other.close()
    assert plain.read_bytes()[:16] == SQLITE_HEADER
    assert not plain.with_name(plain.name + ".encrypting").exists()


# --------------------------------------------------------------------------- the key stays secret


def test_the_key_appears_in_no_log_record_and_no_error(db_path: Path, tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    logging.getLogger("sqlalchemy").setLevel(logging.DEBUG)
    try:
        database = open_database(db_path)
        _add_client(database)
        backup_database(db_path, tmp_path / "copy.sqlite3")
        key = database.key
        assert key is not None
        texts = [repr(key), str(key), repr(database), repr(database.engine), str(database.engine.url),
                 repr(database.engine.url)]
        database.close()
        for attempt in (lambda: open_database(db_path, key=DatabaseKey.generate()),
                        lambda: dbmod.make_engine(db_path, DatabaseKey.generate()).connect()):
            with pytest.raises(Exception) as caught:  # noqa: B017, PT011 - any error: its text is checked
                attempt()
            texts += [str(caught.value), repr(caught.value)]
    finally:
        logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    texts += [record.getMessage() for record in caplog.records]
    texts += [caplog.text]
    secret = key.raw.hex()
    for text in texts:
        assert secret not in text.lower()
        assert secret[:16] not in text.lower()
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(key)


def test_no_file_but_the_database_holds_the_key(db: dbmod.Database, isolated_home: Path) -> None:
    assert db.key is not None
    secret = db.key.raw.hex().encode()
    for file in [*db.path.parent.rglob("*"), *isolated_home.rglob("*")]:
        if file.is_file():
            data = file.read_bytes()
            assert secret not in data and db.key.raw not in data, file


def test_the_raw_key_needs_no_key_derivation_at_connect(db: dbmod.Database) -> None:
    """A new connection with the keyring's raw key takes milliseconds, not the KDF's tenth of a second."""
    import time

    assert db.key is not None
    started = time.perf_counter()
    for _ in range(10):
        encrypted.connect(db.path).close()
    assert (time.perf_counter() - started) / 10 < 0.05


def test_keyring_key_from_a_fresh_keyring_then_the_same(empty_keyring: InMemoryKeyring) -> None:
    assert keyring_key(create=False) is None
    made = keyring_key(create=True)
    assert made is not None
    again = keyring_key(create=False)
    assert again is not None and again.raw == made.raw


# --------------------------------------------------------------------------- the command line


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from vauhdittamo.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.usefixtures("no_keyring")
def test_command_line_without_keyring_and_terminal_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = _run(capsys, "demo", "--clients", "1", "--db", str(tmp_path / "x.sqlite3"))
    assert code == 1
    assert err.count("\n") == 1 and "No keyring works" in err and "terminal" in err
    assert not (tmp_path / "x.sqlite3").exists()


@pytest.mark.usefixtures("no_keyring")
def test_command_line_asks_the_passphrase_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass
    import json

    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal())
    typed = iter(["too short", "too short", PASSPHRASE, PASSPHRASE + "!", PASSPHRASE, PASSPHRASE])
    prompts: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": prompts.append(prompt) or next(typed))
    path = tmp_path / "village.sqlite3"
    code, _, err = _run(capsys, "demo", "--clients", "0", "--weeks", "0", "--db", str(path))  # a new database
    assert code == 0, err
    assert "at least 10 characters" in err and "not the same" in err and "cannot be recovered" in err
    csv = tmp_path / "clients.csv"
    csv.write_text(f"etunimi;sukunimi\n{FIRST};{LAST}\n", encoding="utf-8")
    typed = iter([PASSPHRASE])
    code, _, err = _run(capsys, "import", "clients", str(csv), "--db", str(path))
    assert code == 0, err
    assert _names_in(path.read_bytes()) == []

    typed = iter(["wrong passphrase", PASSPHRASE])
    code, out, err = _run(capsys, "stats", "--json", "--db", str(path))
    assert code == 0 and json.loads(out)["clients"] == 1
    assert "wrong" in err

    typed = iter(["wrong 1", "wrong 2", "wrong 3", PASSPHRASE])
    code, _, err = _run(capsys, "stats", "--db", str(path))
    assert code == 1 and "the key or passphrase is wrong" in err


@pytest.mark.usefixtures("no_keyring")
def test_command_line_reads_the_passphrase_from_stdin_when_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import json

    path = tmp_path / "village.sqlite3"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code, out, err = _run(capsys, "demo", "--clients", "5", "--weeks", "1", "--db", str(path), "--passphrase-stdin")
    assert code == 0, err
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code, out, _ = _run(capsys, "--passphrase-stdin", "stats", "--json", "--db", str(path))
    assert code == 0 and json.loads(out)["clients"] == 5
    monkeypatch.setattr("sys.stdin", io.StringIO("not it\n"))
    code, _, err = _run(capsys, "stats", "--db", str(path), "--passphrase-stdin")
    assert code == 1 and "the key or passphrase is wrong" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    out_file = tmp_path / "copy.sqlite3"
    code, _, err = _run(capsys, "backup", "--out", str(out_file), "--db", str(path), "--passphrase-stdin")
    assert code == 0, err
    assert out_file.read_bytes()[:16] != SQLITE_HEADER


def test_keyrings_that_would_keep_the_key_in_a_file_are_not_used(test_keyring: InMemoryKeyring) -> None:
    import keyring
    from keyring.backends import chainer, fail, null

    from vauhdittamo.dbkey import _refused

    class PlaintextKeyring(InMemoryKeyring):
        priority = 5  # type: ignore[assignment]

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    assert _refused(PlaintextKeyring())
    assert _refused(fail.Keyring()) and _refused(null.Keyring())
    assert not _refused(InMemoryKeyring())

    plaintext, safe = PlaintextKeyring(), InMemoryKeyring()

    class Chain(chainer.ChainerBackend):  # the plaintext file first, as a misconfigured chain might have it
        backends = [plaintext, safe]  # type: ignore[assignment]

    keyring.set_keyring(Chain())
    try:
        assert keyring_key(create=True) is not None
    finally:
        keyring.set_keyring(test_keyring)
    assert plaintext.entries == {} and len(safe.entries) == 1
