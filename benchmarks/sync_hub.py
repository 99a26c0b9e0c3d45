"""Sync figures against a local PostgreSQL: push and pull of 10,000 and 100,000 changed rows, and a no-op sync.

    VAUHDITTAMO_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test uv run python benchmarks/sync_hub.py

Aim: 10,000 rows under 2 s each way, a sync with nothing to do under 0.3 s.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import keyring
from sqlalchemy import create_engine, insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.integration.sync_helpers import hub_in_schema, new_laptop  # noqa: E402
from tests.keyrings import InMemoryKeyring  # noqa: E402
from vauhdittamo import paths  # noqa: E402
from vauhdittamo.models import Client  # noqa: E402
from vauhdittamo.sync.protocol import pull, push, sync  # noqa: E402


def run(rows: int, folder: Path, pg_url: str) -> None:
    pg = create_engine(pg_url)
    with hub_in_schema(pg) as hub:
        a = new_laptop(folder, f"a{rows}")
        b = new_laptop(folder, f"b{rows}")
        sync(a, hub)
        sync(b, hub)
        with a.transaction() as session:  # a bulk insert (no flush), like imports and demo data
            session.execute(insert(Client), [{"first_name": "Aino", "last_name": f"N{i}"} for i in range(rows)])
        with a.engine.begin() as conn:  # bulk inserts bypass the hook: the first-sync seeding covers them
            from vauhdittamo.sync.outbox import seed_outbox

            seed_outbox(conn, a.device_id)
        started = time.perf_counter()
        pushed = push(a, hub)
        push_s = time.perf_counter() - started
        from sqlalchemy import text

        with hub.connect() as conn:
            hub_id = conn.execute(text("SELECT value FROM hub_meta WHERE key = 'hub_id'")).scalar_one()
        started = time.perf_counter()
        pulled, _ = pull(b, hub, hub_id)
        pull_s = time.perf_counter() - started
        sync(a, hub)
        started = time.perf_counter()
        sync(b, hub)
        noop_s = time.perf_counter() - started
        print(f"{rows:>7} rows: push {pushed} in {push_s:.2f} s, pull {pulled} in {pull_s:.2f} s, "
              f"no-op sync {noop_s * 1000:.0f} ms")
        a.close()
        b.close()
    pg.dispose()


def main() -> None:
    pg_url = os.environ.get("VAUHDITTAMO_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    keyring.set_keyring(InMemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        paths.set_base_dir(Path(tmp) / "home")
        for rows in (10_000, 100_000):
            run(rows, Path(tmp), pg_url)


if __name__ == "__main__":
    main()
