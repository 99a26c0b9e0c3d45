"""Helpers for the sync tests: hubs in private PostgreSQL schemas, laptops as local databases."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text

from vauhdittamo.db import Database, head_revision, open_database
from vauhdittamo.ids import new_id
from vauhdittamo.sync.hub import add_hub_user, init_hub
from vauhdittamo.sync.outbox import synced_columns, synced_tables

_template: dict[str, Path] = {}
LOGIN_PASSWORD = "hubin-salasana-2026"


@contextmanager
def hub_in_schema(pg_engine: Engine) -> Iterator[Engine]:
    schema = f"sync_test_{uuid.uuid4().hex[:12]}"
    with pg_engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(pg_engine.url, connect_args={"options": f"-csearch_path={schema}"})
    try:
        init_hub(engine, head_revision())
        yield engine
    finally:
        engine.dispose()
        with pg_engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@contextmanager
def hub_login(hub: Engine, **options: Any) -> Iterator[Engine]:
    """An engine of a real hub login (a NOSUPERUSER role made with ``add_hub_user``) on the hub *hub*.

    *options* go to ``add_hub_user`` (admin, municipalities, villages, coach_ids). The role is dropped
    afterwards.
    """
    role = f"hub_t_{uuid.uuid4().hex[:12]}"
    with hub.connect() as conn:
        schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    add_hub_user(hub, role, LOGIN_PASSWORD, **options)
    engine = create_engine(
        hub.url.set(username=role, password=LOGIN_PASSWORD), connect_args={"options": f"-csearch_path={schema}"}
    )
    try:
        yield engine
    finally:
        engine.dispose()
        drop_role(hub, role)


def drop_role(engine: Engine, role: str) -> None:
    with engine.begin() as conn:
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :r"), {"r": role})
            conn.execute(text(f'DROP OWNED BY "{role}"'))
            conn.execute(text(f'DROP ROLE "{role}"'))


def new_laptop(folder: Path, name: str) -> Database:
    """A new local database with its own device id (copied from a migrated template: fast)."""
    if "path" not in _template or not _template["path"].exists():
        template = folder / "template.sqlite3"
        open_database(template).close()
        _template["path"] = template
    path = folder / f"{name}.sqlite3"
    shutil.copy(_template["path"], path)
    db = open_database(path)
    device = new_id()
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE local_setting SET value = :v WHERE key = 'device_id'"), {"v": device})
    db.device_id = device
    return db


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every synchronised row of *db* (without device-local columns), sorted."""
    out = {}
    with db.engine.connect() as conn:
        for table in synced_tables():
            cols = ", ".join(f'"{c}"' for c in synced_columns(table))
            out[table] = sorted(tuple(r) for r in conn.execute(text(f'SELECT {cols} FROM "{table}"')))
    return out


def secrets_in_laptop(db: Database, secrets: Sequence[str]) -> list[tuple[str, str, str]]:
    """(table, column, secret) wherever a secret is found in any text of any table of the laptop's file."""
    found = []
    with db.engine.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
        for table in tables:
            result = conn.execute(text(f'SELECT * FROM "{table}"'))
            columns = list(result.keys())
            for row in result:
                for column, value in zip(columns, row, strict=True):
                    if isinstance(value, bytes):
                        value = value.decode("utf-8", "replace")
                    if isinstance(value, str):
                        found += [(table, column, s) for s in secrets if s.lower() in value.lower()]
    return found


def secrets_in_hub(hub: Engine, secrets: Sequence[str]) -> list[tuple[str, str, str]]:
    """The same on the hub: every text and jsonb column of every table of the hub's schema."""
    found = []
    with hub.connect() as conn:
        columns = conn.execute(
            text(
                "SELECT c.table_name, c.column_name FROM information_schema.columns c "
                "JOIN information_schema.tables t USING (table_schema, table_name) "
                "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
                "AND c.data_type IN ('text', 'jsonb', 'json', 'character varying', 'ARRAY')"
            )
        ).all()
        assert {"hub_record", "hub_refusal", "hub_client", "hub_meta"} <= {t for t, _c in columns}
        for table, column in columns:
            for secret in secrets:
                hits = conn.execute(
                    text(f'SELECT count(*) FROM "{table}" WHERE lower("{column}"::text) LIKE :s'),
                    {"s": f"%{secret.lower()}%"},
                ).scalar_one()
                if hits:
                    found.append((table, column, secret))
    return found
