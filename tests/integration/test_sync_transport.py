"""Reaching the hub for real: what each failure says, the timeouts, keepalives and cancelling a statement.

The real PostgreSQL of the tests trusts every local connection, so a password is refused by a small
stand-in server that speaks just enough of the protocol to ask for a password and refuse it.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import URL, Engine, text
from sqlalchemy.exc import OperationalError

from vauhdittamo.sync import transport
from vauhdittamo.sync.errors import (
    HubDatabaseMissingError,
    HubPasswordNeededError,
    HubTimeoutError,
    HubTlsError,
    HubUnknownUserError,
    HubUnreachableError,
    HubWrongPasswordError,
    SyncCancelledError,
)
from vauhdittamo.sync.transport import HubCancel, connect_hub, hub_error, hub_url

SSL_REQUEST, GSS_REQUEST, PROTOCOL_3 = 80877103, 80877104, 196608


def _receive(conn: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = conn.recv(size - len(data))
        if not chunk:
            raise ConnectionError
        data += chunk
    return data


def _refuse_password(conn: socket.socket) -> None:
    """Decline TLS, ask for a password in clear text (the test server only), refuse whatever comes."""
    with conn:
        while True:
            length, code = struct.unpack("!ii", _receive(conn, 8))
            if code in (SSL_REQUEST, GSS_REQUEST):
                conn.sendall(b"N")
                continue
            payload = _receive(conn, length - 8).split(b"\0")
            user = payload[payload.index(b"user") + 1].decode() if b"user" in payload else "?"
            break
        conn.sendall(b"R" + struct.pack("!ii", 8, 3))
        kind = _receive(conn, 1)  # "p" and the password, or nothing when the client has none
        _receive(conn, struct.unpack("!i", _receive(conn, 4))[0] - 4)
        assert kind == b"p"
        body = (b"SFATAL\0VFATAL\0C28P01\0M" + f'password authentication failed for user "{user}"'.encode()
                + b"\0\0")
        conn.sendall(b"E" + struct.pack("!i", len(body) + 4) + body)


@pytest.fixture
def server() -> Iterator[tuple[socket.socket, list[socket.socket]]]:
    """A TCP socket on 127.0.0.1 (a random port) and the connections it accepted."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    yield listener, accepted
    listener.close()
    for conn in accepted:
        conn.close()


def _serve(listener: socket.socket, accepted: list[socket.socket], handle: object = None) -> None:
    def loop() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            accepted.append(conn)
            if callable(handle):
                try:
                    handle(conn)
                except (ConnectionError, OSError, AssertionError):
                    pass

    threading.Thread(target=loop, daemon=True).start()


def _address(listener: socket.socket, user: str = "minna") -> URL:
    return hub_url(f"postgresql://{user}@127.0.0.1:{listener.getsockname()[1]}/hub")


def test_a_hub_that_never_answers_times_out(server: tuple[socket.socket, list[socket.socket]],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    listener, accepted = server
    _serve(listener, accepted)  # accepts, then says nothing
    monkeypatch.setattr(transport, "CONNECT_TIMEOUT_S", 2)
    started = time.monotonic()
    with pytest.raises(HubTimeoutError) as caught:
        connect_hub(_address(listener))
    assert time.monotonic() - started < 6
    assert accepted, "the test server was never reached"
    assert "did not answer within 2 seconds" in caught.value.message


def test_a_wrong_password_is_named_as_such(server: tuple[socket.socket, list[socket.socket]]) -> None:
    listener, accepted = server
    _serve(listener, accepted, _refuse_password)
    with pytest.raises(HubWrongPasswordError) as caught:
        connect_hub(hub_url(_address(listener), "wrong-s3cret"))
    message = caught.value.message
    assert "password" in message and "minna" in message
    assert "network" not in message and "wrong-s3cret" not in message


def test_no_password_where_one_is_needed(server: tuple[socket.socket, list[socket.socket]],
                                         monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    listener, accepted = server
    _serve(listener, accepted, _refuse_password)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path) + "/none")  # not the developer's ~/.pgpass
    with pytest.raises(HubPasswordNeededError):
        connect_hub(_address(listener))


def test_an_unreachable_hub_blames_the_network(server: tuple[socket.socket, list[socket.socket]]) -> None:
    listener, _ = server
    port = listener.getsockname()[1]
    listener.close()  # nothing listens there now
    with pytest.raises(HubUnreachableError) as caught:
        connect_hub(hub_url(f"postgresql://minna@127.0.0.1:{port}/hub", "s3cret-pw"))
    assert type(caught.value) is HubUnreachableError
    assert "Connection refused" in caught.value.message and "s3cret-pw" not in caught.value.message


# --------------------------------------------------------------------------- a real PostgreSQL


def _real(pg_engine: Engine, **changes: object) -> URL:
    return pg_engine.url.set(drivername="postgresql+psycopg", **changes)  # type: ignore[arg-type]


@pytest.mark.postgres
def test_an_unknown_database_is_named(pg_engine: Engine) -> None:
    with pytest.raises(HubDatabaseMissingError) as caught:
        connect_hub(_real(pg_engine, database="no_such_hub_db"))
    assert "no_such_hub_db" in caught.value.message and "network" not in caught.value.message


@pytest.mark.postgres
def test_an_unknown_user_is_named(pg_engine: Engine) -> None:
    with pytest.raises(HubUnknownUserError) as caught:
        connect_hub(_real(pg_engine, username="no_such_hub_user"))
    assert "no_such_hub_user" in caught.value.message


@pytest.mark.postgres
def test_tls_is_required_of_a_hub_elsewhere(pg_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hub by a name that is not this computer's gets verify-full: this test server has no TLS."""
    url = _real(pg_engine, host="hub.example.invalid").update_query_dict({"hostaddr": "127.0.0.1"})
    with pytest.raises(HubTlsError):
        connect_hub(url)
    with pytest.raises(HubTlsError):  # an sslmode typed in the address is honoured
        connect_hub(_real(pg_engine).update_query_dict({"sslmode": "require"}))
    connect_hub(url.update_query_dict({"sslmode": "disable"})).dispose()  # as typed, too


@pytest.mark.postgres
def test_the_connection_has_its_timeouts_and_keepalives(pg_engine: Engine) -> None:
    url = _real(pg_engine).update_query_dict({"options": "-csearch_path=pg_catalog"})
    hub = connect_hub(url, connect_args={"application_name": "vauhdittamo-test"})
    try:
        with hub.connect() as conn:
            assert conn.execute(text("SHOW statement_timeout")).scalar_one() == "1min"
            assert conn.execute(text("SHOW search_path")).scalar_one() == "pg_catalog"
            assert conn.execute(text("SHOW application_name")).scalar_one() == "vauhdittamo-test"
            parameters = conn.connection.dbapi_connection.info.get_parameters()  # type: ignore[union-attr]
            assert parameters["keepalives_idle"] == "30" and parameters["connect_timeout"] == "10"
    finally:
        hub.dispose()


@pytest.mark.postgres
def test_a_statement_running_too_long_is_ended(pg_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transport, "STATEMENT_TIMEOUT_MS", 200)
    url = _real(pg_engine)
    hub = connect_hub(url)
    try:
        with pytest.raises(OperationalError) as caught, hub.connect() as conn:
            conn.execute(text("SELECT pg_sleep(5)"))
        assert isinstance(hub_error(caught.value, url), HubTimeoutError)
    finally:
        hub.dispose()


@pytest.mark.postgres
def test_cancel_ends_the_running_statement(pg_engine: Engine) -> None:
    url = _real(pg_engine)
    hub = connect_hub(url)
    cancel = HubCancel()
    cancel.watch(hub)
    timer = threading.Timer(0.3, cancel.cancel)
    started = time.monotonic()
    timer.start()
    try:
        with pytest.raises(OperationalError) as caught, hub.connect() as conn:
            conn.execute(text("SELECT pg_sleep(20)"))
        assert time.monotonic() - started < 10
        assert cancel.event.is_set()
        assert isinstance(hub_error(caught.value, url), SyncCancelledError)
    finally:
        timer.cancel()
        hub.dispose()
