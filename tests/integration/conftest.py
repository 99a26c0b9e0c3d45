"""PostgreSQL for integration tests: the address comes from VAUHDITTAMO_TEST_PG_URL (set by .ci/run).

On a laptop without the server these tests skip with the reason; in CI (CI=true) they fail instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import OperationalError

PG_URL_ENV = "VAUHDITTAMO_TEST_PG_URL"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(f"PostgreSQL not available: {reason}")


@pytest.fixture(scope="session")
def pg_engine() -> Iterator[Engine]:
    url = os.environ.get(PG_URL_ENV)
    if not url:
        _unavailable(f"set {PG_URL_ENV}, e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test")
    engine = create_engine(str(url))
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        engine.dispose()
        _unavailable(f"cannot connect to {engine.url.render_as_string(hide_password=True)}: {exc.orig}")
    yield engine
    engine.dispose()


@pytest.fixture
def pg_schema(pg_engine: Engine) -> Iterator[Engine]:
    """An engine whose connections work in a fresh, private schema (dropped afterwards)."""
    schema = f"vt_{uuid.uuid4().hex[:12]}"
    with pg_engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(pg_engine.url, connect_args={"options": f"-csearch_path={schema}"})
    try:
        yield engine
    finally:
        engine.dispose()
        with pg_engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture
def hub(pg_engine: Engine) -> Iterator[Engine]:
    """A prepared hub in a private schema, reached as its owner (dropped afterwards)."""
    from tests.integration.sync_helpers import hub_in_schema

    with hub_in_schema(pg_engine) as engine:
        yield engine
