"""Helpers for the sync tests: hubs in private PostgreSQL schemas, laptops as local databases."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text

from vauhdittamo.db import Database, head_revision, open_database
from vauhdittamo.ids import new_id
from vauhdittamo.sync.hub import init_hub
from vauhdittamo.sync.outbox import synced_columns, synced_tables

_template: dict[str, Path] = {}


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
