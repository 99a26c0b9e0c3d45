"""Reaching the hub: its address, the connection and what a failed connection means to the user.

Messages and logs show the address with the password hidden (:func:`describe`).
"""

from __future__ import annotations

from sqlalchemy import URL, Engine, create_engine, make_url, text
from sqlalchemy.exc import DBAPIError, OperationalError

from vauhdittamo.sync.errors import HubUnreachableError


def describe(url: URL) -> str:
    """The hub's address for messages and logs: never with the password."""
    return url.render_as_string(hide_password=True)


def hub_url(address: str | URL, password: str | None = None) -> URL:
    url = make_url(address)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if password is not None:
        url = url.set(password=password)
    return url


def connect_hub(url: URL) -> Engine:
    """An engine on the hub; the connection is tried at once (``sslmode`` in the URL is honoured)."""
    engine = create_engine(url, insertmanyvalues_page_size=5000, pool_pre_ping=True, hide_parameters=True)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        engine.dispose()
        raise HubUnreachableError(hub=describe(url), reason=reason_of(exc)) from None
    return engine


def reason_of(exc: DBAPIError) -> str:
    """The first line of the driver's message (psycopg never repeats the password in it)."""
    first = str(exc.orig).strip().splitlines()
    return first[0] if first else type(exc.orig).__name__
