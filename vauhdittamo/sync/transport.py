"""Reaching the hub: its address, the connection and what a failed connection means to the user.

* **An address the user types** (:func:`parse_address`: the Sync screen, ``--hub``) never holds a
  password: the password comes from the keyring or is typed when asked, and :func:`hub_url` adds it.
* **The connection** (:func:`connect_hub`) gives up after :data:`CONNECT_TIMEOUT_S`, notices a dead
  network through TCP keepalives and ends any statement that runs longer than
  :data:`STATEMENT_TIMEOUT_MS`, so that a sync never hangs for good.
* **TLS with a verified certificate** (``sslmode=verify-full``) unless the hub is on this computer
  (localhost, 127.0.0.0/8, ::1, a Unix socket) or the address gives its own ``sslmode``.
* **A failure names its cause** (:func:`hub_error`): a wrong password, an unknown user or database, a
  timeout, a TLS problem or an unreachable server, each its own error; never the password.

Messages and logs show the address with the password hidden (:func:`describe`).
"""

from __future__ import annotations

import ipaddress
import logging
import os
import re
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import ArgumentError, DBAPIError

from vauhdittamo.errors import QT_TRANSLATE_NOOP
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
    SyncError,
)

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10
"""Seconds to wait for the hub to accept a connection (libpq ``connect_timeout``; at least 2)."""
STATEMENT_TIMEOUT_MS = 60_000
"""The hub ends any statement of this connection that runs longer (PostgreSQL ``statement_timeout``)."""
KEEPALIVES: dict[str, int] = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10,
                              "keepalives_count": 3}
"""TCP keepalives: a silently dropped network is noticed in about a minute instead of hours."""
SECURE_SSLMODE = "verify-full"

_DRIVERS = ("postgresql", "postgres", "postgresql+psycopg")
MSG_NOT_POSTGRESQL = QT_TRANSLATE_NOOP(
    "errors",
    "The hub is always a PostgreSQL database, not {scheme}: write its address as "
    "postgresql://user@server:5432/database.",
)
_SECRET_QUERY_KEYS = ("password", "sslpassword")


# --------------------------------------------------------------------------- addresses


def describe(url: URL) -> str:
    """The hub's address for messages and logs: never with the password."""
    hidden = {key: "***" for key in _SECRET_QUERY_KEYS if key in url.query}
    if hidden:
        url = url.update_query_dict(hidden)
    return url.render_as_string(hide_password=True)


def hub_url(address: str | URL, password: str | None = None) -> URL:
    """The address as an SQLAlchemy URL for psycopg, with *password* added (from the keyring or a prompt).

    Internal: an address the user typed goes through :func:`parse_address` first.
    """
    url = make_url(address)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if password is not None:
        url = url.set(password=password)
    return url


def parse_address(address: str) -> URL:
    """A hub address as the user typed it: refused when it is not one, or when it holds a password."""
    try:
        url = make_url(address.strip())
    except (ArgumentError, ValueError):
        raise HubAddressInvalidError() from None
    if url.drivername not in _DRIVERS:
        scheme = url.drivername.split("+")[0]
        raise HubAddressInvalidError(MSG_NOT_POSTGRESQL, scheme=scheme) if scheme else HubAddressInvalidError()
    if url.password is not None or any(key in url.query for key in _SECRET_QUERY_KEYS):
        raise PasswordInAddressError(hub=describe(_without_password(url)))
    return hub_url(url)


def address_without_password(address: str) -> str | None:
    """*address* with its password removed, or ``None`` when it had none or is not an address."""
    try:
        url = make_url(address.strip())
    except (ArgumentError, ValueError):
        return None
    if url.password is None and not any(key in url.query for key in _SECRET_QUERY_KEYS):
        return None
    return _without_password(url).render_as_string(hide_password=False)


def _without_password(url: URL) -> URL:
    return url._replace(password=None).difference_update_query(_SECRET_QUERY_KEYS)  # set() cannot clear it


def _query_values(url: URL, key: str) -> list[str]:
    value = url.query.get(key)
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _hosts(url: URL) -> list[str]:
    """Every host the address names (several with ``host1,host2``); an empty list means a Unix socket."""
    found: list[str] = []
    for entry in [url.host or "", *_query_values(url, "host")]:
        for part in entry.split(","):
            part = part.strip()
            if not part:
                continue
            if part.startswith("["):  # [::1]:5432
                part = part[1:].split("]", 1)[0]
            elif part.count(":") == 1 and not part.startswith("/"):  # host:port from ?host=
                part = part.split(":", 1)[0]
            found.append(part)
    return found


def _is_local_host(host: str) -> bool:
    if host.startswith(("/", "@")):  # a Unix socket directory, or an abstract socket
        return True
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback  # 127.0.0.0/8 and ::1
    except ValueError:
        return False


def is_local(url: URL) -> bool:
    """The hub runs on this computer: every host is localhost, a loopback address or a Unix socket."""
    return all(_is_local_host(host) for host in _hosts(url))


def _default_root_certificate() -> Path:
    """Where libpq looks for the certificate authorities when the address names none."""
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", "")) / "postgresql" / "root.crt"
    return Path.home() / ".postgresql" / "root.crt"


def tls_settings(url: URL) -> dict[str, str]:
    """What TLS the connection needs beyond the address itself.

    An ``sslmode`` in the address is honoured as typed; a hub on this computer needs nothing more;
    any other hub needs ``verify-full``: an encrypted connection to a server whose certificate is
    valid for its name. Without a certificate authority of its own (``sslrootcert`` in the address,
    ``PGSSLROOTCERT`` or libpq's ``root.crt``) the operating system's trusted authorities are used.
    """
    if "sslmode" in url.query or is_local(url):
        return {}
    settings = {"sslmode": SECURE_SSLMODE}
    if ("sslrootcert" not in url.query and not os.environ.get("PGSSLROOTCERT")
            and not _default_root_certificate().exists()):
        settings["sslrootcert"] = "system"
    return settings


def _options(values: Iterable[str]) -> str:
    """The server options: this module's statement timeout first, so that the address's own win."""
    return " ".join([f"-c statement_timeout={STATEMENT_TIMEOUT_MS}", *(v for v in values if v.strip())])


def connection_settings(url: URL, connect_args: Mapping[str, Any] | None = None) -> tuple[URL, dict[str, Any]]:
    """The URL and the connect arguments for the hub's engine: timeouts, keepalives and TLS.

    What the address (or *connect_args*) says itself is kept; ``options`` are merged, not replaced.
    """
    given = dict(connect_args or {})
    args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, **KEEPALIVES, **tls_settings(url)}
    args = {key: value for key, value in args.items() if key not in url.query}
    options = [*_query_values(url, "options")]
    if "options" in given:
        options.append(str(given.pop("options")))
    args.update(given)
    args["options"] = _options(options)
    return url.difference_update_query(["options"]), args


def connect_hub(url: URL, *, connect_args: Mapping[str, Any] | None = None) -> Engine:
    """An engine on the hub; the connection is tried at once, a failure raises a :class:`SyncError`."""
    engine_url, args = connection_settings(url, connect_args)
    try:
        engine = create_engine(
            engine_url, connect_args=args, insertmanyvalues_page_size=5000, pool_pre_ping=True, hide_parameters=True
        )
    except ArgumentError:
        raise HubAddressInvalidError() from None
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as exc:
        engine.dispose()
        error = hub_error(exc, url)
        log.info("hub %s not reached: %s", describe(url), type(error).__name__)
        raise error from None
    return engine


# --------------------------------------------------------------------------- what went wrong

_PREFIXES = (
    re.compile(r"^connection failed:\s*", re.IGNORECASE),
    re.compile(r"^connection to server (at|on) .*? failed:\s*", re.IGNORECASE),
    re.compile(r"^connection is bad:\s*", re.IGNORECASE),
    re.compile(r"^(FATAL|ERROR):\s*", re.IGNORECASE),
)
_DATABASE_MISSING = re.compile(r'database "(?P<name>[^"]*)" does not exist')
_ROLE_MISSING = re.compile(r'role "(?P<name>[^"]*)" does not exist')
_TLS = ("certificate", "server does not support ssl", "ssl error", "ssl negotiation", "sslmode", "sslrootcert",
        "tlsv1", "does not match host name", "ssl was required", "ssl is not")
_ADDRESS = ("invalid connection option", "invalid sslmode", "bad value for", "invalid integer value",
            "invalid value for parameter", "invalid port number")
_UNREACHABLE_HINT = ("connection refused", "could not translate host name", "failed to resolve host",
                     "name or service not known", "no route to host", "network is unreachable")


def reason_of(exc: BaseException, password: str | None = None) -> str:
    """The driver's message, its first line without libpq's prefixes, and never *password*.

    psycopg never repeats the password in its messages; *password* is hidden all the same.
    """
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    reason = lines[0].strip() if lines else type(orig).__name__
    for prefix in _PREFIXES:
        reason = prefix.sub("", reason).strip()
    if password:
        reason = reason.replace(password, "***")
    return reason or type(orig).__name__


def hub_error(exc: BaseException, url: URL) -> SyncError:
    """The error to show for a driver error *exc* on the hub at *url* (the cause in the user's words)."""
    orig = getattr(exc, "orig", None) or exc
    reason = reason_of(exc, url.password)
    low = str(orig).lower()
    hub = describe(url)
    user = url.username or ""
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate == "28P01" or "password authentication failed" in low:
        return HubWrongPasswordError(hub=hub, user=user)
    if "no password supplied" in low or "password is required" in low:
        return HubPasswordNeededError(hub=hub, user=user)
    found = _DATABASE_MISSING.search(str(orig))
    if sqlstate == "3D000" or found:
        return HubDatabaseMissingError(hub=hub, database=found.group("name") if found else (url.database or ""))
    found = _ROLE_MISSING.search(str(orig))
    if found:
        return HubUnknownUserError(hub=hub, user=found.group("name") or user)
    if "due to user request" in low:
        return SyncCancelledError()
    if "statement timeout" in low:
        return HubTimeoutError(hub=hub, seconds=STATEMENT_TIMEOUT_MS // 1000, reason=reason)
    if "timeout expired" in low or "timed out" in low:
        return HubTimeoutError(hub=hub, seconds=_connect_timeout(url), reason=reason)
    if any(marker in low for marker in _ADDRESS):
        return HubAddressOptionError(hub=hub, reason=reason)
    if any(marker in low for marker in _TLS):
        return HubTlsError(hub=hub, reason=reason)
    if "pg_hba.conf" in low or sqlstate in ("28000", "42501"):
        return HubAccessDeniedError(hub=hub, reason=reason)
    return HubUnreachableError(hub=hub, reason=reason)


def _connect_timeout(url: URL) -> int:
    given = _query_values(url, "connect_timeout")
    try:
        return max(2, int(given[0])) if given else CONNECT_TIMEOUT_S
    except ValueError:
        return CONNECT_TIMEOUT_S


# --------------------------------------------------------------------------- cancelling


class HubCancel:
    """Cancels a sync: the event the sync core checks between batches, and the statement running now.

    :meth:`watch` an engine; :meth:`cancel` (from any thread, it does not wait) sets :attr:`event` and
    asks the hub to end what each of the engine's connections is running, so the sync stops at once
    instead of after the batch. Whatever the hub had not committed is rolled back there.
    """

    def __init__(self) -> None:
        self.event = threading.Event()
        self._lock = threading.Lock()
        self._connections: set[Any] = set()

    def watch(self, engine: Engine) -> None:
        event.listen(engine, "checkout", self._checked_out)
        event.listen(engine, "checkin", self._checked_in)

    def _checked_out(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        with self._lock:
            self._connections.add(dbapi_connection)

    def _checked_in(self, dbapi_connection: Any, _record: Any) -> None:
        with self._lock:
            self._connections.discard(dbapi_connection)

    @property
    def cancelled(self) -> bool:
        return self.event.is_set()

    def cancel(self) -> None:
        self.event.set()
        with self._lock:
            running = list(self._connections)
        for connection in running:
            threading.Thread(target=_cancel_statement, args=(connection,), daemon=True).start()


def _cancel_statement(connection: Any) -> None:
    try:
        connection.cancel_safe(timeout=CONNECT_TIMEOUT_S)
    except Exception as exc:  # noqa: BLE001 - already closed or unreachable: the timeouts end it
        log.info("the hub statement was not cancelled: %s", type(exc).__name__)
