"""Sync figures against a local PostgreSQL, each printed beside the raw engine doing the same work.

    VAUHDITTAMO_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test uv run python benchmarks/sync_hub.py

Rows are as wide as the demo's clients (names, birth date, identity code, phone, e-mail, address,
village, search key). Figures:

* push of 10,000 new and of 10,000 edited rows, against a raw psycopg ``INSERT … ON CONFLICT`` of the same
  rows (the same JSON) into a similar table (aim: at most 2×);
* a new laptop receiving 100,000 clients' current state, against a raw SELECT of the same rows plus their
  plain local insert (aim: at most 2×);
* a sync with nothing to do (aim: under 0.3 s);
* hub storage after ten edits of every record: rows kept per record (aim: about one, not ten).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import keyring
import psycopg
from sqlalchemy import Engine, create_engine, insert, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from figures import record  # noqa: E402

from tests.integration.sync_helpers import hub_in_schema, new_laptop  # noqa: E402
from tests.keyrings import InMemoryKeyring  # noqa: E402
from vauhdittamo import paths  # noqa: E402
from vauhdittamo.db import Database  # noqa: E402
from vauhdittamo.models import Client  # noqa: E402
from vauhdittamo.services.clients import search_key_for  # noqa: E402
from vauhdittamo.services.permissions import SYSTEM
from vauhdittamo.sync.outbox import record_changes, seed_outbox  # noqa: E402
from vauhdittamo.sync.protocol import push, read_push_batch, sync  # noqa: E402

FIRST = ["Aino", "Eino", "Helmi", "Väinö", "Ilona", "Onni", "Siiri", "Toivo", "Kerttu", "Lauri"]
LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen"]
VILLAGES = ["Koli", "Ahmovaara", "Nunnanlahti", "Juuka", "Vuonislahti", "Lieksa"]


def client_rows(count: int, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        first, last = rng.choice(FIRST), f"{rng.choice(LAST)}{i}"
        born = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(20000))
        phone = f"040 {rng.randrange(1000000, 9999999)}"
        pid = f"{born:%d%m%y}-{rng.randrange(100, 999)}X"
        row = {
            "first_name": first, "last_name": last, "birth_date": born, "personal_id": pid,
            "municipality": "Lieksa", "village": rng.choice(VILLAGES), "phone": phone,
            "email": f"{first.lower()}.{last.lower()}@example.fi", "address": f"Kylätie {rng.randrange(1, 200)}",
        }
        row["search_key"] = search_key_for(Client(**row))
        rows.append(row)
    return rows


def bulk_clients(db: Database, count: int) -> None:
    with db.transaction(SYSTEM) as session:  # a bulk insert (no flush), like imports and demo data
        session.execute(insert(Client), client_rows(count))
    with db.engine.begin() as conn:
        seed_outbox(conn, db.device_id)


def edit_all(db: Database, rnd: int) -> None:
    """Every client's phone and village changed, each edit stamped and queued as the app does."""
    with db.engine.begin() as conn:
        ids = list(conn.execute(text("SELECT id FROM client")).scalars())
        conn.execute(text("UPDATE client SET phone = '050 ' || :r || substr(id, 30), village = :v"),
                     {"r": rnd, "v": VILLAGES[rnd % len(VILLAGES)]})
        record_changes(conn, db.device_id, [("client", i, ["phone", "village"]) for i in ids])


def raw_insert(pg_url: str, batches: list[str]) -> float:
    """The raw engine: the same JSON batches into a similar table with INSERT … ON CONFLICT."""
    with psycopg.connect(pg_url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS bench_raw")
        conn.execute("CREATE TABLE bench_raw (table_name text, row_id text, data jsonb, clocks jsonb, "
                     "seq bigserial, PRIMARY KEY (table_name, row_id))")
        started = time.perf_counter()
        for batch in batches:
            with conn.transaction():
                conn.execute(
                    "INSERT INTO bench_raw (table_name, row_id, data, clocks) SELECT x.t, x.r, x.d, x.c "
                    "FROM jsonb_to_recordset(%s::jsonb) AS x(t text, r text, d jsonb, c jsonb) "
                    "ON CONFLICT (table_name, row_id) DO UPDATE SET data = excluded.data, clocks = excluded.clocks",
                    (batch,),
                )
        seconds = time.perf_counter() - started
        conn.execute("DROP TABLE bench_raw")
    return seconds


def queued_batches(db: Database) -> list[str]:
    """The outbox as the JSON batches a push sends (read without clearing it)."""
    out = []
    with db.engine.connect() as conn:
        _top, batch = read_push_batch(conn, limit=10**9)
    for start in range(0, len(batch), 5000):
        out.append(json.dumps(batch[start : start + 5000], separators=(",", ":"), default=str))
    return out


def timed_push(db: Database, hub: Engine, pg_url: str, label: str) -> None:
    batches = queued_batches(db)
    rows = sum(len(json.loads(b)) for b in batches)
    raw = raw_insert(pg_url, batches)
    started = time.perf_counter()
    push(db, hub)
    ours = time.perf_counter() - started
    print(f"push {rows:>7,} {label:<7} rows: {ours:6.2f} s   raw INSERT … ON CONFLICT {raw:6.2f} s   "
          f"ratio {ours / raw:4.1f}×")
    record(f"push {rows:,} {label} rows to the hub", ours, "s", target="≤ 2× the raw engine",
           anchor="raw INSERT … ON CONFLICT", anchor_value=raw)


def raw_pull(hub: Engine, folder: Path) -> tuple[int, float]:
    """The raw engine: SELECT the clients' current rows and insert them into a fresh laptop as they are."""
    target = new_laptop(folder, "raw-target")
    columns = [c for c in Client.__table__.columns.keys()]
    started = time.perf_counter()
    with hub.connect() as conn:
        query = text("SELECT data FROM hub_record WHERE table_name = 'client' ORDER BY seq")
        rows = conn.execute(query).scalars().all()
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join(f":{c}" for c in columns)
    with target.engine.begin() as conn:
        conn.execute(text(f"INSERT INTO client ({names}) VALUES ({marks})"),
                     [{c: r.get(c) for c in columns} for r in rows])
    seconds = time.perf_counter() - started
    target.close()
    return len(rows), seconds


def hub_storage(hub: Engine) -> tuple[int, int, int, int]:
    """Client rows kept, live bytes of all records, records, and the table's size on disk after VACUUM FULL."""
    with hub.connect() as conn:
        conn.commit()
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM FULL hub_record")
        rows = int(conn.execute(text("SELECT count(*) FROM hub_record WHERE table_name = 'client'")).scalar_one())
        live = int(conn.execute(text("SELECT sum(pg_column_size(r.*)) FROM hub_record r")).scalar_one())
        records = int(conn.execute(text("SELECT count(*) FROM hub_record")).scalar_one())
        size = int(conn.execute(text("SELECT pg_total_relation_size('hub_record')")).scalar_one())
    return rows, live, records, size


def main() -> None:
    pg_url = os.environ.get("VAUHDITTAMO_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    keyring.set_keyring(InMemoryKeyring())
    pg = create_engine(pg_url)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths.set_base_dir(folder / "home")

        with hub_in_schema(pg) as hub:
            a = new_laptop(folder, "a10k")
            sync(a, hub, SYSTEM)
            bulk_clients(a, 10_000)
            timed_push(a, hub, pg_url, "new")
            edit_all(a, 1)
            timed_push(a, hub, pg_url, "edited")
            for rnd in range(2, 11):  # ten edits of every record in all
                edit_all(a, rnd)
                push(a, hub)
            rows, live, records, size = hub_storage(hub)
            print(f"hub after 10 edits of each of 10,000 clients: {rows:,} client rows ({rows / 10_000:.2f} per "
                  f"record); {live / records:.0f} bytes of data per record; hub_record with its indexes "
                  f"{size / 1e6:.1f} MB for {records:,} records after VACUUM FULL")
            b = new_laptop(folder, "b10k")
            sync(b, hub, SYSTEM)
            started = time.perf_counter()
            sync(b, hub, SYSTEM)
            noop_ms = (time.perf_counter() - started) * 1000
            print(f"no-op sync: {noop_ms:.0f} ms (aim < 300 ms)")
            record("a sync with nothing to do", noop_ms, "ms", target="< 300 ms")
            a.close()
            b.close()

        with hub_in_schema(pg) as hub:
            a = new_laptop(folder, "a100k")
            sync(a, hub, SYSTEM)
            bulk_clients(a, 100_000)
            started = time.perf_counter()
            push(a, hub)
            print(f"push 100,000 new rows: {time.perf_counter() - started:.2f} s")
            raw_rows, raw_s = raw_pull(hub, folder)
            c = new_laptop(folder, "c100k")
            started = time.perf_counter()
            report = sync(c, hub, SYSTEM)
            ours = time.perf_counter() - started
            print(f"new laptop receives {report.pulled:,} records ({raw_rows:,} clients): {ours:6.2f} s   "
                  f"raw SELECT + local insert {raw_s:6.2f} s   ratio {ours / raw_s:4.1f}×")
            record(f"a new laptop receives {raw_rows:,} clients", ours, "s", target="≤ 2× the raw engine",
                   anchor="raw SELECT + local insert", anchor_value=raw_s)
            a.close()
            c.close()
    pg.dispose()


if __name__ == "__main__":
    main()
