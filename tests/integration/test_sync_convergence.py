"""Random offline work on three laptops, synced in random orders, always ends in the same data."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import Engine, create_engine, text

from tests.acting import acting
from tests.integration.sync_helpers import dump, hub_in_schema, new_laptop
from vauhdittamo.models import Client
from vauhdittamo.sync.protocol import sync

pytestmark = pytest.mark.postgres

PG_URL = os.environ.get("VAUHDITTAMO_TEST_PG_URL")
FIELDS = ("phone", "village", "email", "first_name")


def _conflicts(db) -> set[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return {tuple(r) for r in conn.execute(text(
            "SELECT row_id, column_name, kind, losing_hlc FROM sync_conflict"))}


class Offices(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="vt-sync-"))
        self.pg = create_engine(str(PG_URL))
        self.hub_context = hub_in_schema(self.pg)
        self.hub: Engine = self.hub_context.__enter__()
        self.laptops = [new_laptop(self.folder, f"l{i}") for i in range(3)]
        self.known: list[str] = []
        self.counter = itertools.count()

    @initialize()
    def start(self) -> None:
        pass

    @rule(who=st.integers(0, 2))
    def create(self, who: int) -> None:
        with self.laptops[who].transaction(acting(self.laptops[who])) as session:
            client = Client(first_name="A", last_name=f"N{next(self.counter)}")
            session.add(client)
            session.flush()
            self.known.append(client.id)

    @precondition(lambda self: self.known)
    @rule(who=st.integers(0, 2), pick=st.integers(0, 1000), field=st.sampled_from(FIELDS), value=st.integers(0, 3))
    def edit(self, who: int, pick: int, field: str, value: int) -> None:
        client_id = self.known[pick % len(self.known)]
        with self.laptops[who].transaction(acting(self.laptops[who])) as session:
            client = session.get(Client, client_id)
            if client is not None and client.deleted_at is None:
                setattr(client, field, f"v{value}")

    @precondition(lambda self: self.known)
    @rule(who=st.integers(0, 2), pick=st.integers(0, 1000))
    def delete(self, who: int, pick: int) -> None:
        client_id = self.known[pick % len(self.known)]
        with self.laptops[who].transaction(acting(self.laptops[who])) as session:
            client = session.get(Client, client_id)
            if client is not None and client.deleted_at is None:
                client.deleted_at = dt.datetime.now(dt.UTC)

    @rule(who=st.integers(0, 2))
    def sync_one(self, who: int) -> None:
        sync(self.laptops[who], self.hub, acting(self.laptops[who]))

    @invariant()
    def integrity(self) -> None:
        pass

    def teardown(self) -> None:
        try:
            for _round in range(2):
                for db in self.laptops:
                    sync(db, self.hub, acting(db))
            mirror = new_laptop(self.folder, "mirror")  # what the hub holds, merged
            sync(mirror, self.hub, acting(mirror))
            first = dump(self.laptops[0])
            for db in [*self.laptops[1:], mirror]:
                assert dump(db) == first
            conflicts = _conflicts(self.laptops[0])
            for db in [*self.laptops[1:], mirror]:
                assert _conflicts(db) == conflicts
            mirror.close()
        finally:
            for db in self.laptops:
                db.close()
            self.hub_context.__exit__(None, None, None)
            self.pg.dispose()
            shutil.rmtree(self.folder, ignore_errors=True)  # a run leaves nothing in the temp folder
            self.pg.dispose()


Offices.TestCase.settings = settings(
    max_examples=25, stateful_step_count=20, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow], database=None,
)


@pytest.mark.skipif(not PG_URL, reason="PostgreSQL not available: set VAUHDITTAMO_TEST_PG_URL")
class TestOffices(Offices.TestCase):  # type: ignore[name-defined]
    pass
