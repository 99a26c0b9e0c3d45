"""The hub: a PostgreSQL database run by the municipality's IT, reached with SQLAlchemy and psycopg 3.

Its schema is one change log (``sync_change``), a single counter row that every push updates
first (so pushes are serialised and sequence order is commit order: a puller reading "changes
after N" can never miss a change that took a lower number but committed later), and ``hub_meta``
with the hub's versions. ``vauhdittamo hub init`` creates or upgrades it; running it again is harmless.
"""

from __future__ import annotations

import logging
import re
import uuid
from typing import Any

from psycopg import sql as psycopg_sql
from sqlalchemy import Engine, text

from vauhdittamo.errors import QT_TRANSLATE_NOOP, ValidationError
from vauhdittamo.sync.errors import HubNewerSchemaError
from vauhdittamo.sync.transport import describe

log = logging.getLogger(__name__)

HUB_FORMAT = 1  # the layout of the hub's own tables

_DDL = (
    "CREATE TABLE IF NOT EXISTS hub_meta (key text PRIMARY KEY, value text NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sync_counter (id integer PRIMARY KEY CHECK (id = 1), value bigint NOT NULL)",
    "INSERT INTO sync_counter (id, value) VALUES (1, 0) ON CONFLICT (id) DO NOTHING",
    """CREATE TABLE IF NOT EXISTS sync_change (
        seq bigint PRIMARY KEY,
        change_key text NOT NULL UNIQUE,
        table_name text NOT NULL,
        row_id text NOT NULL,
        device_id text NOT NULL,
        data jsonb NOT NULL,
        clocks jsonb NOT NULL,
        pushed_at timestamptz NOT NULL DEFAULT now()
    )""",
)


def read_meta(conn: Any) -> dict[str, str] | None:
    """The hub's ``hub_meta``, or ``None`` when the hub has not been prepared."""
    exists = conn.execute(text("SELECT to_regclass('hub_meta') IS NOT NULL")).scalar_one()
    if not exists:
        return None
    return {k: v for k, v in conn.execute(text("SELECT key, value FROM hub_meta"))}


def init_hub(engine: Engine, app_schema: str) -> str:
    """Create or upgrade the hub's schema to *app_schema* (the app's local schema version).

    Returns what was done. A hub of a newer app schema is refused and left as it is.
    """
    from vauhdittamo.sync.protocol import schema_order

    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(7351001)"))  # two inits at once take turns
        meta = read_meta(conn) or {}
        found = meta.get("app_schema")
        if found is not None and schema_order(found) > schema_order(app_schema):
            raise HubNewerSchemaError(hub=describe(engine.url), hub_schema=found, local_schema=app_schema)
        for statement in _DDL:
            conn.execute(text(statement))
        values = {"hub_format": str(HUB_FORMAT), "app_schema": app_schema}
        if "hub_id" not in meta:
            values["hub_id"] = str(uuid.uuid4())
        for key, value in values.items():
            conn.execute(
                text("INSERT INTO hub_meta (key, value) VALUES (:k, :v) ON CONFLICT (key) DO UPDATE SET value = :v"),
                {"k": key, "v": value},
            )
    if found is None:
        return f"created at schema {app_schema}"
    if found == app_schema:
        return f"already at schema {app_schema}"
    return f"upgraded from schema {found} to {app_schema}"


_ROLE_NAME = re.compile(r"^[a-z][a-z0-9_.-]{1,62}$")
MSG_ROLE_NAME = QT_TRANSLATE_NOOP(
    "errors", "A hub user name is 2–63 lower-case letters, digits, dots, dashes or underscores, starting with a letter."
)


def add_hub_user(engine: Engine, name: str, password: str) -> str:
    """Create (or update) the hub's own login role *name* with just what syncing needs.

    One role per staff member, never a shared superuser: it may read the hub's version, read and add
    changes and take its turn on the counter row — not delete or rewrite history, nor change the schema.
    The password is turned into a SCRAM verifier on this computer (libpq), so the plain password never
    reaches the server or its logs. Run by the hub's owner (the municipality's IT).
    """
    if not _ROLE_NAME.match(name):
        raise ValidationError(MSG_ROLE_NAME, field="name")
    with engine.begin() as conn:
        raw = conn.connection.driver_connection
        verifier = raw.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode()
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None
        role = psycopg_sql.Identifier(name).as_string(raw)
        literal = psycopg_sql.Literal(verifier).as_string(raw)
        verb = "ALTER" if exists else "CREATE"
        conn.exec_driver_sql(f"{verb} ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD {literal}")
        schema = psycopg_sql.Identifier(conn.execute(text("SELECT current_schema()")).scalar_one()).as_string(raw)
        for statement in (
            f"GRANT USAGE ON SCHEMA {schema} TO {role}",
            f"GRANT SELECT ON hub_meta TO {role}",
            f"GRANT SELECT, INSERT ON sync_change TO {role}",
            f"GRANT SELECT, UPDATE ON sync_counter TO {role}",
        ):
            conn.exec_driver_sql(statement)
    return "updated" if exists else "created"
