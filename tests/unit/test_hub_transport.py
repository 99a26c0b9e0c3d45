"""The hub's address, TLS decision, connection settings, error classification and the keyring (no server)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy import make_url
from sqlalchemy.exc import OperationalError

from tests.keyrings import InMemoryKeyring
from vauhdittamo.sync import credentials, transport
from vauhdittamo.sync.errors import (
    HubAccessDeniedError,
    HubAddressInvalidError,
    HubAddressOptionError,
    HubDatabaseMissingError,
    HubPasswordNeededError,
    HubTimeoutError,
    HubTlsError,
    HubUnknownUserError,
    HubUnreachableError,
    HubWrongPasswordError,
    PasswordInAddressError,
    SyncCancelledError,
)
from vauhdittamo.sync.transport import (
    address_without_password,
    connection_settings,
    describe,
    hub_error,
    is_local,
    parse_address,
    reason_of,
    tls_settings,
)

# --------------------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    "address",
    [
        "postgresql://minna@hub.example.fi:5432/vauhdittamo",
        "postgres://hub.example.fi/vauhdittamo?sslmode=verify-ca",
        "  postgresql+psycopg://127.0.0.1/test  ",
    ],
)
def test_a_typed_address_becomes_a_psycopg_url(address: str) -> None:
    url = parse_address(address)
    assert url.drivername == "postgresql+psycopg" and url.password is None


@pytest.mark.parametrize(
    "address",
    [
        "postgresql://minna:s3cret-pw@hub.example.fi/vauhdittamo",
        "postgresql://hub.example.fi/vauhdittamo?password=s3cret-pw",
        "postgresql://minna:@hub.example.fi/vauhdittamo",
    ],
)
def test_a_password_in_the_address_is_refused_without_repeating_it(address: str) -> None:
    with pytest.raises(PasswordInAddressError) as caught:
        parse_address(address)
    assert "s3cret-pw" not in caught.value.message
    assert "hub.example.fi" in caught.value.message and "password" in caught.value.message


@pytest.mark.parametrize("address", ["", "not a url at all ::", "hub.example.fi", "mysql://hub/db", "sqlite:///x.db"])
def test_what_is_not_a_hub_address_is_refused(address: str) -> None:
    with pytest.raises(HubAddressInvalidError) as caught:
        parse_address(address)
    assert "postgresql://" in caught.value.message


def test_a_password_can_be_removed_from_an_old_saved_address() -> None:
    assert address_without_password("postgresql://u:pw@h:5432/db?sslmode=require") == (
        "postgresql://u@h:5432/db?sslmode=require"
    )
    assert address_without_password("postgresql://h/db?password=pw") == "postgresql://h/db"
    assert address_without_password("postgresql://u@h/db") is None
    assert address_without_password("nonsense ::") is None


def test_describe_never_shows_a_password() -> None:
    shown = describe(make_url("postgresql://u:pw-1@h/db?password=pw-2&sslpassword=pw-3"))
    assert "pw-1" not in shown and "pw-2" not in shown and "pw-3" not in shown and "h/db" in shown


# --------------------------------------------------------------------------- TLS


@pytest.mark.parametrize(
    "address",
    [
        "postgresql://localhost/db",
        "postgresql://LOCALHOST./db",
        "postgresql://127.0.0.1/db",
        "postgresql://127.8.9.10:5433/db",
        "postgresql://[::1]:5432/db",
        "postgresql:///db",
        "postgresql:///db?host=/var/run/postgresql",
        "postgresql://u@/db",
        "postgresql:///db?host=localhost:5432&host=127.0.0.1:5433",
    ],
)
def test_a_hub_on_this_computer_needs_no_tls(address: str) -> None:
    url = make_url(address)
    assert is_local(url)
    assert tls_settings(url) == {}


@pytest.mark.parametrize(
    "address",
    [
        "postgresql://hub.example.fi/db",
        "postgresql://10.0.0.5/db",
        "postgresql://[2001:db8::1]/db",
        "postgresql://localhost.example.fi/db",
        "postgresql:///db?host=localhost&host=hub.example.fi",
        "postgresql://hub.example.fi/db?hostaddr=127.0.0.1",
    ],
)
def test_any_other_hub_needs_a_verified_certificate(address: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGSSLROOTCERT", raising=False)
    monkeypatch.setattr(transport, "_default_root_certificate", lambda: tmp_path / "missing.crt")
    url = make_url(address)
    assert not is_local(url)
    # No certificate authority of its own: the operating system's trusted ones.
    assert tls_settings(url) == {"sslmode": "verify-full", "sslrootcert": "system"}


def test_the_own_certificate_authority_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGSSLROOTCERT", raising=False)
    root = tmp_path / "root.crt"
    root.write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    monkeypatch.setattr(transport, "_default_root_certificate", lambda: root)
    assert tls_settings(make_url("postgresql://hub.example.fi/db")) == {"sslmode": "verify-full"}
    monkeypatch.setattr(transport, "_default_root_certificate", lambda: tmp_path / "missing.crt")
    assert tls_settings(make_url("postgresql://hub.example.fi/db?sslrootcert=/etc/ca.pem")) == {
        "sslmode": "verify-full"
    }
    monkeypatch.setenv("PGSSLROOTCERT", str(root))
    assert tls_settings(make_url("postgresql://hub.example.fi/db")) == {"sslmode": "verify-full"}


@pytest.mark.parametrize("mode", ["disable", "require", "verify-ca", "verify-full"])
def test_an_sslmode_in_the_address_is_honoured_as_typed(mode: str) -> None:
    url = make_url(f"postgresql://hub.example.fi/db?sslmode={mode}")
    assert tls_settings(url) == {}
    engine_url, args = connection_settings(url)
    assert engine_url.query["sslmode"] == mode and "sslmode" not in args


# --------------------------------------------------------------------------- connection settings


def test_timeouts_and_keepalives_are_set() -> None:
    url, args = connection_settings(make_url("postgresql+psycopg://u@127.0.0.1/db"))
    assert args["connect_timeout"] == transport.CONNECT_TIMEOUT_S == 10
    assert {k: args[k] for k in ("keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count")} == {
        "keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3
    }
    assert args["options"] == f"-c statement_timeout={transport.STATEMENT_TIMEOUT_MS}"
    assert "sslmode" not in args and "options" not in url.query


def test_the_connect_timeout_is_a_module_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transport, "CONNECT_TIMEOUT_S", 2)
    assert connection_settings(make_url("postgresql://127.0.0.1/db"))[1]["connect_timeout"] == 2


def test_options_are_merged_not_replaced() -> None:
    url, args = connection_settings(
        make_url("postgresql+psycopg://127.0.0.1/db?options=-csearch_path%3Dhub_a"),
        {"options": "-c application_name=desk"},
    )
    assert args["options"] == "-c statement_timeout=60000 -csearch_path=hub_a -c application_name=desk"
    assert "options" not in url.query  # the URL's own would replace the merged ones


def test_what_the_address_says_itself_wins() -> None:
    url, args = connection_settings(make_url("postgresql://127.0.0.1/db?connect_timeout=3&keepalives_idle=5"))
    assert "connect_timeout" not in args and "keepalives_idle" not in args
    assert url.query["connect_timeout"] == "3"
    # The address's own statement timeout comes after this module's, so PostgreSQL takes it.
    _url, args = connection_settings(make_url("postgresql://127.0.0.1/db?options=-c%20statement_timeout%3D5000"))
    assert args["options"].endswith("statement_timeout=5000")


# --------------------------------------------------------------------------- what went wrong

URL = make_url("postgresql+psycopg://minna:s3cret-pw@hub.example.fi/vauhdittamo")
PREFIX = 'connection failed: connection to server at "10.0.0.5", port 5432 failed: '


def _classified(message: str, error: type[psycopg.Error] = psycopg.OperationalError) -> object:
    return hub_error(OperationalError("SELECT 1", {}, error(message)), URL)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (PREFIX + 'FATAL:  password authentication failed for user "minna"', HubWrongPasswordError),
        (PREFIX + "fe_sendauth: no password supplied", HubPasswordNeededError),
        (PREFIX + 'FATAL:  database "vauhdittamo" does not exist', HubDatabaseMissingError),
        (PREFIX + 'FATAL:  role "minna" does not exist', HubUnknownUserError),
        ("connection timeout expired", HubTimeoutError),
        (PREFIX + "Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?",
         HubUnreachableError),
        ("failed to resolve host 'hub.example.fi': [Errno -2] Name or service not known", HubUnreachableError),
        (PREFIX + "server does not support SSL, but SSL was required", HubTlsError),
        (PREFIX + "SSL error: certificate verify failed", HubTlsError),
        (PREFIX + 'server certificate for "other.example.fi" does not match host name "hub.example.fi"', HubTlsError),
        (PREFIX + 'root certificate file "/home/u/.postgresql/root.crt" does not exist', HubTlsError),
        (PREFIX + 'FATAL:  no pg_hba.conf entry for host "10.0.0.9", user "minna", database "v", SSL encryption',
         HubAccessDeniedError),
        ('connection is bad: invalid sslmode value: "bogus"', HubAddressOptionError),
        (PREFIX + "server closed the connection unexpectedly", HubUnreachableError),
    ],
)
def test_each_cause_has_its_own_error(message: str, expected: type) -> None:
    error = _classified(message)
    assert type(error) is expected
    assert "s3cret-pw" not in str(error)
    assert "hub.example.fi" in str(error) or expected is HubAddressOptionError


def test_a_wrong_password_does_not_blame_the_network() -> None:
    error = _classified(PREFIX + 'FATAL:  password authentication failed for user "minna"')
    assert "network" not in str(error) and "minna" in str(error) and "password" in str(error)


def test_the_unknown_database_is_named() -> None:
    error = _classified(PREFIX + 'FATAL:  database "vauhdittamo" does not exist')
    assert 'vauhdittamo' in str(error) and "network" not in str(error)


def test_statement_timeout_and_cancel_are_told_apart() -> None:
    timeout = _classified("canceling statement due to statement timeout", psycopg.errors.QueryCanceled)
    assert isinstance(timeout, HubTimeoutError) and "60 seconds" in str(timeout)
    cancelled = _classified("canceling statement due to user request", psycopg.errors.QueryCanceled)
    assert isinstance(cancelled, SyncCancelledError)


def test_the_connect_timeout_in_the_message_is_the_one_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transport, "CONNECT_TIMEOUT_S", 2)
    assert "2 seconds" in str(_classified("connection timeout expired"))
    error = hub_error(psycopg.OperationalError("connection timeout expired"), make_url("postgresql://h/d?connect_timeout=7"))
    assert "7 seconds" in str(error)


def test_the_reason_is_short_and_never_holds_the_password() -> None:
    exc = psycopg.OperationalError(PREFIX + "something about s3cret-pw\nsecond line")
    assert reason_of(exc, "s3cret-pw") == "something about ***"
    assert reason_of(OperationalError("x", {}, exc)) == "something about s3cret-pw"  # the driver's own words


# --------------------------------------------------------------------------- the keyring


class PlainFileKeyring(InMemoryKeyring):
    """Stands for keyrings.alt: keeps secrets in a plain file."""


PlainFileKeyring.__module__ = "keyrings.alt.file"


class ForgetfulKeyring(InMemoryKeyring):
    """Says it stored the password, keeps nothing."""

    def set_password(self, service: str, username: str, password: str) -> None:
        return None


UseKeyring = Callable[[KeyringBackend], None]


@pytest.fixture
def use_keyring(test_keyring: InMemoryKeyring) -> Iterator[UseKeyring]:
    import keyring

    def use(backend: KeyringBackend) -> None:
        keyring.set_keyring(backend)

    yield use
    keyring.set_keyring(test_keyring)


def test_the_hub_password_goes_to_its_own_keyring_entry(use_keyring: UseKeyring,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    backend = InMemoryKeyring()
    use_keyring(backend)
    assert credentials.keyring_works()
    assert credentials.store_password("minna", "s3cret-pw")
    assert backend.entries == {(credentials.KEYRING_SERVICE, "minna"): "s3cret-pw"}
    assert credentials.stored_password("minna") == "s3cret-pw"
    credentials.forget_password("minna")
    assert credentials.stored_password("minna") is None
    credentials.forget_password("minna")  # nothing stored: no error
    assert "s3cret-pw" not in caplog.text


@pytest.mark.parametrize("backend", [PlainFileKeyring(), fail.Keyring(), ForgetfulKeyring()])
def test_a_keyring_that_cannot_keep_it_safely_is_not_used(use_keyring: UseKeyring, backend: KeyringBackend,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    use_keyring(backend)
    with caplog.at_level(logging.INFO, logger="vauhdittamo.sync.credentials"):
        assert not credentials.store_password("minna", "s3cret-pw")
        assert credentials.stored_password("minna") is None
    assert "s3cret-pw" not in caplog.text
    if isinstance(backend, PlainFileKeyring):
        assert backend.entries == {}
