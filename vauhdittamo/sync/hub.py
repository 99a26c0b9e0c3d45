"""The hub: a PostgreSQL database run by the municipality's IT, reached with SQLAlchemy and psycopg 3.

PostgreSQL itself is the authority (see :mod:`.hub_sql` for the tables and functions): laptops call the
hub's functions, which validate, merge and record who pushed; they never write a hub table. The hub keeps
each record's merged current state — no history — so a new laptop downloads current state, and an erasure
is final on the hub as soon as it arrives. ``vauhdittamo hub init`` creates or upgrades the hub (an older
change-log hub is replayed into the new form without losing a change); running it again is harmless.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from typing import Any

from psycopg import sql as psycopg_sql
from sqlalchemy import Connection, Engine, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import DBAPIError

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.sync import hub_sql
from vauhdittamo.sync.errors import HubNewerSchemaError
from vauhdittamo.sync.rules import (
    CLIENT_FREE_TEXT,
    CLIENT_LINKS,
    ERASED_CLIENT,
    STAFF_PRIVILEGED,
    STAFF_TABLE,
    column_rules,
)
from vauhdittamo.sync.transport import describe

log = logging.getLogger(__name__)

HUB_FORMAT = 2  # the layout of the hub's own tables: 1 was a change log, 2 is merged current state
MAX_SKEW_MS = 5 * 60 * 1000  # how far a laptop's clock may run ahead of the hub's
REPORT_HIDDEN = {STAFF_TABLE: frozenset({"password_hash"})}  # never in the reporting views


def read_meta(conn: Any) -> dict[str, str] | None:
    """The hub's ``hub_meta``, or ``None`` when the hub has not been prepared."""
    exists = conn.execute(text("SELECT to_regclass('hub_meta') IS NOT NULL")).scalar_one()
    if not exists:
        return None
    return {k: v for k, v in conn.execute(text("SELECT key, value FROM hub_meta"))}


def _quoted_schema(conn: Connection) -> str:
    raw = conn.connection.driver_connection
    return psycopg_sql.Identifier(conn.execute(text("SELECT current_schema()")).scalar_one()).as_string(raw)


def _write_catalogue(conn: Connection) -> None:
    """The rules of every synchronised table and column (from :mod:`.rules`), written anew."""
    from vauhdittamo.sync.outbox import synced_tables

    conn.execute(text("DELETE FROM hub_table"))
    for position, name in enumerate(synced_tables()):
        link = CLIENT_LINKS.get(name, ())
        conn.execute(
            text(
                "INSERT INTO hub_table (table_name, position, link_kind, link_table, link_column, free_text) "
                "VALUES (:t, :p, :k, :lt, :lc, :f)"
            ),
            {
                "t": name, "p": position, "k": link[0] if link else None,
                "lt": link[1] if len(link) == 3 else None,
                "lc": link[-1] if len(link) >= 2 else None,
                "f": list(CLIENT_FREE_TEXT.get(name, ())),
            },
        )
        conn.execute(
            text(
                "INSERT INTO hub_column (table_name, column_name, kind, max_length, nullable, choices) "
                "VALUES (:t, :c, :k, :m, :n, :ch)"
            ),
            [
                {"t": name, "c": r.name, "k": r.kind, "m": r.max_length, "n": r.nullable,
                 "ch": list(r.choices) if r.choices is not None else None}
                for r in column_rules(name).values()
            ],
        )


def _report_views(conn: Connection) -> list[str]:
    """One view per synchronised table, named like the app's table, with typed columns of the current state.

    The views run with the reader's rights (``security_invoker``), so row-level security applies to them.
    """
    from vauhdittamo.sync.outbox import synced_tables

    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    names = []
    for name, table in synced_tables().items():
        hidden = REPORT_HIDDEN.get(name, frozenset())
        columns = []
        for column in column_rules(name):
            if column in hidden:
                continue
            pg_type = table.columns[column].type.compile(dialect=dialect)
            columns.append(f"(data->>'{column}')::{pg_type} AS \"{column}\"")
        conn.execute(text(f'DROP VIEW IF EXISTS "{name}"'))
        conn.execute(
            text(
                f'CREATE VIEW "{name}" WITH (security_invoker = true) AS SELECT {", ".join(columns)} '
                f"FROM hub_record WHERE table_name = '{name}'"
            )
        )
        names.append(name)
    return names


def _grant(conn: Connection, role: str) -> None:
    """What a hub login may do: call the sync functions and read what its scope allows. Nothing else."""
    raw = conn.connection.driver_connection
    quoted = psycopg_sql.Identifier(role).as_string(raw)
    schema = _quoted_schema(conn)
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {quoted}")
    conn.exec_driver_sql(f"GRANT SELECT ON hub_record TO {quoted}")
    for function in hub_sql.SYNC_FUNCTIONS:
        conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {function} TO {quoted}")
    from vauhdittamo.sync.outbox import synced_tables

    for name in synced_tables():
        conn.exec_driver_sql(f'GRANT SELECT ON "{name}" TO {quoted}')


def _revoke_everything(conn: Connection, role: str) -> None:
    """Take away the rights *role* holds in the hub's schema and its memberships of other roles (a role
    turned into a hub user with ``force``, or given more by hand): a hub user holds what :func:`_grant`
    gives and nothing else."""
    raw = conn.connection.driver_connection
    quoted = psycopg_sql.Identifier(role).as_string(raw)
    schema = _quoted_schema(conn)
    for kind in ("TABLES", "SEQUENCES", "FUNCTIONS"):
        conn.exec_driver_sql(f"REVOKE ALL ON ALL {kind} IN SCHEMA {schema} FROM {quoted}")
    conn.exec_driver_sql(f"REVOKE ALL ON SCHEMA {schema} FROM {quoted}")
    memberships = conn.execute(
        text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :r"
        ),
        {"r": role},
    ).scalars().all()
    for granted in memberships:
        conn.exec_driver_sql(f"REVOKE {psycopg_sql.Identifier(granted).as_string(raw)} FROM {quoted}")


def init_hub(engine: Engine, app_schema: str, *, new_epoch: bool = False) -> str:
    """Create or upgrade the hub's schema to *app_schema* (the app's local schema version).

    Returns what was done. A hub of a newer app schema is refused and left as it is. *new_epoch* (after
    the hub was restored from a backup) makes every laptop re-send what it has and re-read the hub.
    """
    from vauhdittamo.sync.protocol import schema_order

    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": hub_sql.ADVISORY_INIT})  # inits take turns
        meta = read_meta(conn) or {}
        found = meta.get("app_schema")
        if found is not None and schema_order(found) > schema_order(app_schema):
            raise HubNewerSchemaError(hub=describe(engine.url), hub_schema=found, local_schema=app_schema)
        old_format = int(meta.get("hub_format", HUB_FORMAT))
        schema = _quoted_schema(conn)
        for statement in hub_sql.TABLES:
            conn.exec_driver_sql(statement)
        for function in hub_sql.FUNCTIONS:
            conn.exec_driver_sql(
                function.format(
                    s=schema, batch_limit=hub_sql.BATCH_LIMIT, advisory_push=hub_sql.ADVISORY_PUSH,
                    max_skew_ms=MAX_SKEW_MS, clock_re=hub_sql.CLOCK_RE,
                )
            )
        for statement in hub_sql.POLICIES:
            conn.exec_driver_sql(statement)
        for function in (*hub_sql.SYNC_FUNCTIONS, *hub_sql.INTERNAL_FUNCTIONS):
            conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        _write_catalogue(conn)
        _report_views(conn)
        values = {
            "hub_format": str(HUB_FORMAT),
            "app_schema": app_schema,
            "erased_client": json.dumps(ERASED_CLIENT),
            "staff_privileged": json.dumps(list(STAFF_PRIVILEGED)),
        }
        if "hub_id" not in meta:
            values["hub_id"] = str(uuid.uuid4())
        if "owner" not in meta:
            values["owner"] = conn.execute(text("SELECT current_user")).scalar_one()
        upgraded_from_log = old_format < HUB_FORMAT and found is not None
        if "epoch" not in meta or new_epoch or upgraded_from_log:
            values["epoch"] = str(uuid.uuid4())  # every laptop re-sends and re-reads once
        for key, value in values.items():
            conn.execute(
                text("INSERT INTO hub_meta (key, value) VALUES (:k, :v) ON CONFLICT (key) DO UPDATE SET value = :v"),
                {"k": key, "v": value},
            )
        replayed = _upgrade_change_log(conn) if upgraded_from_log else None
        for (login,) in conn.execute(text("SELECT login FROM hub_login")).all():
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).first():
                _grant(conn, login)
    if found is None:
        return f"created at schema {app_schema}"
    if replayed is not None:
        return f"upgraded from a change log ({replayed} changes merged) to schema {app_schema}"
    if new_epoch:
        return f"at schema {app_schema}, a new epoch: every laptop re-sends and re-reads at its next sync"
    if found == app_schema:
        return f"already at schema {app_schema}"
    return f"upgraded from schema {found} to {app_schema}"


def _upgrade_change_log(conn: Connection) -> int:
    """Merge an older hub's change log (format 1) into current state, in its order; then drop the log.

    Its staff logins become hub users (non-administrators). Changes that break a rule are refused and
    listed in ``hub_refusal`` (with their reasons, without data), like any push.
    """
    if not conn.execute(text("SELECT to_regclass('sync_change') IS NOT NULL")).scalar_one():
        return 0
    owner = conn.execute(text("SELECT current_user")).scalar_one()
    grantees = conn.execute(
        text(
            "SELECT DISTINCT grantee FROM information_schema.role_table_grants "
            "WHERE table_schema = current_schema() AND table_name = 'sync_change' AND privilege_type = 'INSERT' "
            "AND grantee <> :owner"
        ),
        {"owner": owner},
    ).scalars().all()
    for login in grantees:
        conn.execute(text("INSERT INTO hub_login (login) VALUES (:l) ON CONFLICT DO NOTHING"), {"l": login})
    merged, last = 0, 0
    while True:
        rows = conn.execute(
            text(
                "SELECT seq, jsonb_build_object('t', table_name, 'r', row_id, 'd', data, 'c', clocks) "
                "FROM sync_change WHERE seq > :s ORDER BY seq LIMIT :n"
            ),
            {"s": last, "n": hub_sql.BATCH_LIMIT},
        ).all()
        if not rows:
            break
        last = int(rows[-1][0])
        conn.execute(
            text("SELECT count(*) FROM hub_push('hub-upgrade', CAST(:b AS jsonb))"),
            {"b": json.dumps([r[1] for r in rows])},
        )
        merged += len(rows)
    conn.exec_driver_sql("DROP TABLE sync_change")
    conn.exec_driver_sql("DROP TABLE IF EXISTS sync_counter")
    log.info("the hub's change log of %d changes was merged into current state", merged)
    return merged


_ROLE_NAME = re.compile(r"^[a-z][a-z0-9_.-]{1,62}$")
MSG_ROLE_NAME = QT_TRANSLATE_NOOP(
    "errors", "A hub user name is 2–63 lower-case letters, digits, dots, dashes or underscores, starting with a letter."
)


MSG_NOT_A_HUB_USER = QT_TRANSLATE_NOOP(
    "errors",
    "The database role {name} exists and is not a hub user. Choose another name, or give --force to turn that "
    "role into a hub user (its other rights are taken away).",
)
MSG_HUB_NOT_READY = QT_TRANSLATE_NOOP("errors", "Prepare the hub first: vauhdittamo hub init")
MSG_RESERVED_ROLE = QT_TRANSLATE_NOOP(
    "errors", "The name {name} is reserved: PostgreSQL's own roles start with pg_. Choose another name."
)
MSG_OWN_ROLE = QT_TRANSLATE_NOOP(
    "errors", "{name} is the user this command connects as (the hub's owner); a hub user needs a name of its own."
)
MSG_ROLE_REFUSED = QT_TRANSLATE_NOOP(
    "errors",
    "The hub did not create or change the user {name}: {reason}. Run the command as the hub's owner, who may "
    "create roles; nothing was changed.",
)


def add_hub_user(
    engine: Engine,
    name: str,
    password: str,
    *,
    admin: bool = False,
    municipalities: tuple[str, ...] | list[str] = (),
    villages: tuple[str, ...] | list[str] = (),
    coach_ids: tuple[str, ...] | list[str] = (),
    force: bool = False,
) -> str:
    """Create (or update) the hub's own login role *name* with just what syncing needs.

    One role per staff member, never a shared superuser: it may call the hub's sync functions and read
    the records of its scope — never write a hub table, nor change the schema. *admin* marks a staff
    administrator's login, the only kind whose changes of staff accounts (role, active, password) the hub
    and the laptops accept. *municipalities*, *villages* and *coach_ids* limit what its laptop receives
    (clients in scope, those it created, and everything not about a client); without them it sees all.

    An existing role that is not a hub user is refused unless *force*. The password is turned into a
    SCRAM verifier on this computer (libpq), so the plain password never reaches the server or its logs.
    Run by the hub's owner (the municipality's IT).
    """
    check_hub_user_name(name)
    try:
        return _add_hub_user(engine, name, password, admin, municipalities, villages, coach_ids, force)
    except DBAPIError as exc:
        # The statement holds the password's SCRAM verifier: only the server's own message is told.
        raise AppError(MSG_ROLE_REFUSED, name=name, reason=_server_message(exc)) from None


def check_hub_user_name(name: str) -> None:
    """Refuse a name that cannot be a hub user (:class:`ValidationError`), before anything is connected."""
    if not _ROLE_NAME.match(name):
        raise ValidationError(MSG_ROLE_NAME, field="name")
    if name.startswith("pg_"):
        raise ValidationError(MSG_RESERVED_ROLE, field="name", name=name)


def _server_message(exc: DBAPIError) -> str:
    """The server's primary message (no statement, no detail lines), e.g. "permission denied to create role"."""
    diag = getattr(exc.orig, "diag", None)
    primary = getattr(diag, "message_primary", None)
    if isinstance(primary, str) and primary:
        return primary
    lines = str(exc.orig).strip().splitlines()
    return lines[0] if lines else type(exc.orig).__name__


def _add_hub_user(
    engine: Engine,
    name: str,
    password: str,
    admin: bool,
    municipalities: tuple[str, ...] | list[str],
    villages: tuple[str, ...] | list[str],
    coach_ids: tuple[str, ...] | list[str],
    force: bool,
) -> str:
    with engine.begin() as conn:
        if read_meta(conn) is None or conn.execute(text("SELECT to_regclass('hub_login') IS NULL")).scalar_one():
            raise AppError(MSG_HUB_NOT_READY)
        if conn.execute(text("SELECT current_user")).scalar_one() == name:
            raise AppError(MSG_OWN_ROLE, name=name)
        raw = conn.connection.driver_connection
        assert raw is not None
        verifier = raw.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode()
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None
        known = conn.execute(text("SELECT 1 FROM hub_login WHERE login = :n"), {"n": name}).first() is not None
        if exists and not known and not force:
            raise AppError(MSG_NOT_A_HUB_USER, name=name)
        role = psycopg_sql.Identifier(name).as_string(raw)
        literal = psycopg_sql.Literal(verifier).as_string(raw)
        verb = "ALTER" if exists else "CREATE"
        conn.exec_driver_sql(
            f"{verb} ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS "
            f"PASSWORD {literal}"
        )
        conn.execute(
            text(
                "INSERT INTO hub_login (login, is_admin, municipalities, villages, coach_ids) "
                "VALUES (:n, :a, :m, :v, :c) ON CONFLICT (login) DO UPDATE SET is_admin = excluded.is_admin, "
                "municipalities = excluded.municipalities, villages = excluded.villages, "
                "coach_ids = excluded.coach_ids"
            ),
            {"n": name, "a": admin, "m": list(municipalities), "v": list(villages), "c": list(coach_ids)},
        )
        _revoke_everything(conn, name)
        _grant(conn, name)
        # An idle transaction would hold the push turn (and row locks) for everyone: ended after a minute.
        conn.exec_driver_sql(f"ALTER ROLE {role} SET idle_in_transaction_session_timeout = '60s'")
    return "updated" if exists else "created"
