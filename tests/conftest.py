"""Test set-up: offscreen Qt, every folder in a temporary place, a test keyring, a fresh database per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backends import fail  # noqa: E402
from sqlalchemy import text  # noqa: E402

from tests import acting as acting_module  # noqa: E402
from tests.acting import act_as, acting  # noqa: E402
from tests.keyrings import InMemoryKeyring  # noqa: E402
from vauhdittamo import paths  # noqa: E402
from vauhdittamo.db import Database, open_database  # noqa: E402
from vauhdittamo.ids import new_id  # noqa: E402
from vauhdittamo.models import StaffRole  # noqa: E402
from vauhdittamo.services import auth  # noqa: E402
from vauhdittamo.services.staff import add_staff_member  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Redirect data, log and config folders below the test's temporary folder."""
    home = tmp_path / "home"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    paths.set_base_dir(home)
    yield home
    paths.set_base_dir(None)


TEST_SCRYPT_N = 2**8


@pytest.fixture(autouse=True)
def cheap_password_hashes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Staff passwords hashed at scrypt n=2**8 (about 1 ms) instead of n=2**17 (about 0.4 s per sign-in).

    A test that asks for the ``production_hash_cost`` fixture keeps the real cost.
    """
    if "production_hash_cost" not in request.fixturenames:
        monkeypatch.setattr(auth, "SCRYPT_N", TEST_SCRYPT_N)


@pytest.fixture
def production_hash_cost() -> None:
    """Hash passwords at the application's real scrypt cost in this test (see ``cheap_password_hashes``)."""


@pytest.fixture(scope="session", autouse=True)
def test_keyring() -> Iterator[InMemoryKeyring]:
    """One in-memory keyring for the whole run, like one user account's: the real keyring is never touched.

    (Session-wide, because module-scoped fixtures build databases too; the key is one per account.)
    """
    previous = keyring.core._keyring_backend  # None until a real backend was looked up: keep it so
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.core._keyring_backend = previous


@pytest.fixture
def empty_keyring(test_keyring: InMemoryKeyring) -> Iterator[InMemoryKeyring]:
    """A keyring with no database key yet, for this test only (a first start on a new computer)."""
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(test_keyring)


@pytest.fixture
def no_keyring(test_keyring: InMemoryKeyring) -> Iterator[None]:
    """No keyring works here (as on a laptop without one): the database needs a passphrase."""
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(test_keyring)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


_TEMPLATE: dict[str, Path] = {}


def _migrated_template(folder: Path) -> Path:
    """A new database, migrated to the head once per test process (each test's ``db`` is a copy of it)."""
    template = _TEMPLATE.get("path")
    if template is None or not template.exists():
        template = folder / "template.sqlite3"
        open_database(template).close()
        _TEMPLATE["path"] = template
    return template


@pytest.fixture
def db(db_path: Path, test_keyring: InMemoryKeyring, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A new database of its own (a copy of a migrated template, with its own device id)."""
    if keyring.get_keyring() is not test_keyring:  # a test of its own keyring: made the long way
        database = open_database(db_path)
    else:
        shutil.copy(_migrated_template(tmp_path_factory.getbasetemp()), db_path)
        database = open_database(db_path)
        device = new_id()
        with database.engine.begin() as conn:
            conn.execute(text("UPDATE local_setting SET value = :v WHERE key = 'device_id'"), {"v": device})
        database.device_id = device
    yield database
    database.close()


@pytest.fixture(autouse=True)
def forget_actors() -> Iterator[None]:
    """Each test names its own actors (tests/acting.py)."""
    yield
    acting_module.forget()


@pytest.fixture
def staff_id(db: Database) -> str:
    """A signed-in administrator (who may do everything); the database stamps changes with it."""
    with db.transaction(acting(db)) as session:
        member = add_staff_member(session, "Anna Ohjaaja", StaffRole.ADMIN)
        member_id = member.id
    act_as(db, member_id)
    return member_id
