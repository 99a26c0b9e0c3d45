"""Client import at municipal scale: 50,000 rows from a CSV file into an encrypted database.

    uv run python benchmarks/import_clients.py                  # 50,000 rows
    uv run python benchmarks/import_clients.py --rows 10000
    uv run python benchmarks/import_clients.py --clients 0      # only into an empty database

Every figure is printed next to its anchor, measured in the same run on the same machine:

* the import of 50,000 new clients through ``services.importer.import_clients`` (read, check, write:
  validation, set-wise duplicate queries, batches with audit entries, sync clocks and outbox rows, and
  the search index filled set-wise), into an empty database and into a copy of the cached demo
  database of 50,000 clients and a year of history (``front_desk.cached_database``, built on the
  first run), next to a bare ``executemany`` of the same client rows into an equal database in one
  transaction, the search index filled set-wise as the import does it (no checks, no audit, no
  outbox, no batches). Target: the import ≤ 5 s.
* the longest write transaction of the imports (target: each under 1 s), next to the median batch;
* front-desk saves made from another thread while the import writes: how many, the slowest, and
  how many failed (target: none);
* the same file imported again: every row recognised as already imported, nothing written;
* with ``--before``: the anchor with the search index kept one row at a time by its triggers, and
  the way the import worked before its batches (one duplicate query and one ORM insert with its
  flush per row, one transaction) on the first 2,000 rows, scaled to all rows.

Files and databases live in a temporary folder that is removed afterwards. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from figures import record
from front_desk import cached_database
from throwaway import THROWAWAY_KEY

from vauhdittamo import search_index
from vauhdittamo.db import Database, open_database
from vauhdittamo.services import importer
from vauhdittamo.services.clients import ClientInput, create_client, find_duplicates, search_key_of, validate_client
from vauhdittamo.services.demo import data as demo
from vauhdittamo.services.permissions import SYSTEM
from vauhdittamo.sync.outbox import pending_count

TARGET_S = 5.0
BATCH_TARGET_S = 1.0
HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def personal_id(day: dt.date, individual: int) -> str:
    base = f"{day.day:02d}{day.month:02d}{day.year % 100:02d}"
    sign = "-" if day.year < 2000 else "A"
    return f"{base}{sign}{individual:03d}{HETU_CHECK[int(f'{base}{individual:03d}') % 31]}"


def make_file(path: Path, rows: int, seed: int = 1) -> None:
    """*rows* distinct clients as a Finnish Excel user's CSV: semicolons, Finnish headings, d.m.yyyy dates."""
    rnd = random.Random(seed)
    firsts = demo.MALE_FI_YOUNG + demo.MALE_FI_OLDER + demo.FEMALE_FI_YOUNG + demo.FEMALE_FI_OLDER + demo.MALE_SV
    lasts = demo.SURNAMES_FI + demo.SURNAMES_SV + demo.SURNAMES_OTHER
    places = [m.name for m in demo.MUNICIPALITIES]
    seen: set[tuple[str, str, dt.date]] = set()
    codes: dict[dt.date, int] = {}
    lines = ["etunimi;sukunimi;syntymäaika;henkilötunnus;kotikunta;puhelin;sähköposti;kieli;osoite"]
    while len(lines) <= rows:
        first, last = rnd.choice(firsts), rnd.choice(lasts)
        born = dt.date(1950, 1, 1) + dt.timedelta(days=rnd.randrange(55 * 365))
        if (first, last, born) in seen:
            continue
        seen.add((first, last, born))
        code = ""
        if rnd.random() < 0.3 and codes.get(born, 900) < 999:  # artificial individual numbers 900-999
            codes[born] = codes.get(born, 900) + 1
            code = personal_id(born, codes[born])
        phone = f"{rnd.choice(demo.PHONE_PREFIXES)} {rnd.randrange(10**7):07d}" if rnd.random() < 0.8 else ""
        email = f"{first.lower()}{len(lines)}@{rnd.choice(demo.MAIL_DOMAINS)}" if rnd.random() < 0.5 else ""
        lines.append(
            f"{first};{last};{born.day}.{born.month}.{born.year};{code};{rnd.choice(places)};{phone};{email};"
            f"{'sv' if rnd.random() < 0.05 else 'fi'};Kylätie {rnd.randrange(1, 200)}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def bare_executemany(db: Database, path: Path, *, set_wise: bool = True) -> tuple[float, float]:
    """The anchor: the same clients (already checked) in one ``executemany`` and one commit; wall and CPU seconds.

    The search index is filled set-wise at the end (:func:`vauhdittamo.search_index.bulk_insert`), as the
    import fills it; with *set_wise* false, one row at a time by its triggers.
    """
    table = importer.read_import_file(path)
    now = "2025-06-01 10:00:00.000000"
    params: list[tuple[Any, ...]] = []
    for _number, values in table.rows:
        d = validate_client(ClientInput(**values))
        params.append((
            f"anchor-{len(params)}", now, now, db.device_id, d.first_name, d.last_name,
            d.birth_date.isoformat() if d.birth_date else None, d.personal_id, d.municipality, d.village,
            d.language.value,
            d.phone, d.email, d.address, search_key_of(d.first_name, d.last_name, d.birth_date, d.personal_id, d.phone),
        ))
    with db.engine.connect() as conn:
        cursor = conn.connection.driver_connection.cursor()
        started, cpu = time.perf_counter(), time.process_time()
        cursor.execute("BEGIN")
        if set_wise:
            cursor.execute(
                f"INSERT INTO {search_index.BULK_TABLE} (id, after_rowid) SELECT 1, coalesce(max(rowid), 0) FROM client"
            )
        cursor.executemany(
            "INSERT INTO client (id, created_at, updated_at, device_id, first_name, last_name, birth_date, "
            "personal_id, municipality, village, language, phone, email, address, search_key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            params,
        )
        if set_wise:
            cursor.execute(f"DELETE FROM {search_index.BULK_TABLE}")  # indexes the rows inserted since
        cursor.execute("COMMIT")
        return time.perf_counter() - started, time.process_time() - cpu


def one_query_per_row(db: Database, path: Path, rows: int) -> float:
    """The import as it was: per row a duplicate query and an ORM insert with its flush; seconds for *rows*."""
    table = importer.read_import_file(path)
    started = time.perf_counter()
    with db.transaction(SYSTEM) as session:
        for _number, values in table.rows[:rows]:
            data = validate_client(ClientInput(**values))
            if not find_duplicates(session, data):
                create_client(session, data)
    return time.perf_counter() - started


class FrontDesk(threading.Thread):
    """Saves a new client every 50 ms in its own transaction, as the front desk would, until stopped."""

    def __init__(self, db: Database) -> None:
        super().__init__(daemon=True)
        self.db = db
        self.stop = threading.Event()
        self.waits: list[float] = []
        self.failures: list[str] = []

    def run(self) -> None:
        number = 0
        while not self.stop.is_set():
            number += 1
            started = time.perf_counter()
            try:
                with self.db.transaction(SYSTEM) as session:
                    create_client(session, validate_client(ClientInput("Walk", f"In{number}")))
                self.waits.append(time.perf_counter() - started)
            except Exception as exc:  # noqa: BLE001 - counted and shown
                self.failures.append(type(exc).__name__ + ": " + str(exc)[:80])
            self.stop.wait(0.05)


def database(folder: Path, name: str, base: Path | None) -> Database:
    """A new database, or a copy of *base* (the cached demo database)."""
    path = folder / f"{name}.sqlite3"
    if base is not None:
        for suffix in ("", "-wal"):
            if Path(f"{base}{suffix}").exists():
                shutil.copyfile(f"{base}{suffix}", f"{path}{suffix}")
    return open_database(path, key=THROWAWAY_KEY)


@dataclass
class Imported:
    """One timed import: wall and CPU seconds, when the check ended, each batch's seconds, the report."""

    seconds: float
    cpu: float
    checked: float
    batches: list[float]
    report: importer.ImportReport
    queued: int


def timed_import(db: Database, source: Path) -> Imported:
    stages: dict[importer.ImportStage, float] = {}
    batch_times: list[float] = []
    real_write = importer._write_batch

    def timed_batch(*a: Any, **kw: Any) -> Any:
        started = time.perf_counter()
        try:
            return real_write(*a, **kw)
        finally:
            batch_times.append(time.perf_counter() - started)

    def progress(p: importer.ImportProgress) -> None:
        stages[p.stage] = time.perf_counter()  # the last report of the check: when it ended

    importer._write_batch = timed_batch
    try:
        started, cpu = time.perf_counter(), time.process_time()
        report = importer.import_clients(db, SYSTEM, source, progress=progress)
        total, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        importer._write_batch = real_write
    with db.engine.connect() as conn:
        queued = pending_count(conn)
    return Imported(total, cpu, stages[importer.ImportStage.CHECKING] - started, batch_times, report, queued)


def show(label: str, run: Imported, anchor: float, anchor_cpu: float) -> None:
    median = statistics.median(run.batches) if run.batches else 0.0
    print(f"import {label}")
    write = run.seconds - run.checked
    print(f"  import      {run.seconds:6.2f} s   (read + check {run.checked:.2f} s, write {write:.2f} s)"
          f"   {run.report.imported:,} clients, {run.report.batches} batches, {run.queued:,} rows queued for sync   "
          f"target ≤ {TARGET_S:.0f} s")
    print(f"  CPU time    {run.cpu:6.2f} s   of this process (the wall-clock figures grow on a busy machine)")
    print(f"  anchor      {anchor:6.2f} s   bare executemany of the same client rows, indexed set-wise, one "
          f"transaction (CPU {anchor_cpu:.2f} s)")
    print(f"  import / anchor  {run.seconds / anchor:4.1f}×")
    print(f"  batches     longest {max(run.batches) * 1000:4.0f} ms, median {median * 1000:.0f} ms   "
          f"target < {BATCH_TARGET_S * 1000:.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--clients", type=int, default=50_000,
                        help="clients in the database imported into (the cached demo database; 0: only an empty one)")
    parser.add_argument("--weeks", type=int, default=52, help="weeks of history in the demo database")
    parser.add_argument("--before", action="store_true", help="also time the import as it was (2,000 rows, scaled)")
    args = parser.parse_args()
    base = cached_database(args.clients, args.weeks, rebuild=False) if args.clients else None
    with tempfile.TemporaryDirectory(prefix="vt-import-bench-") as folder:
        tmp = Path(folder)
        source = tmp / "asiakkaat.csv"
        make_file(source, args.rows)
        size = source.stat().st_size / 1e6
        print(f"{args.rows:,} rows, {size:.1f} MB; write batches of about {importer.BATCH_SECONDS:.1f} s each")
        batches: list[float] = []
        scenarios = [("into an empty database", None)]
        if base is not None:
            scenarios.append((f"into a database of {args.clients:,} clients", base))
        for label, copy_of in scenarios:
            anchor_db = database(tmp, "anchor", copy_of)
            try:
                anchor, anchor_cpu = bare_executemany(anchor_db, source)
            finally:
                anchor_db.close()
            db = database(tmp, "import", copy_of)
            try:
                run = timed_import(db, source)
                show(label, run, anchor, anchor_cpu)
                record(f"import of {args.rows:,} clients {label}", run.seconds, "s", target=f"≤ {TARGET_S:.0f} s",
                       anchor="bare executemany of the same rows, indexed set-wise", anchor_value=anchor)
                batches += run.batches
                if copy_of is None:
                    started = time.perf_counter()
                    again = importer.import_clients(db, SYSTEM, source)
                    print(f"  run again   {time.perf_counter() - started:6.2f} s   {again.imported} imported, "
                          f"{len(again.duplicates):,} recognised as already there "
                          f"({again.already_imported:,} by the earlier import of this file)")
            finally:
                db.close()
            for name in ("anchor", "import"):
                for leftover in tmp.glob(f"{name}.sqlite3*"):
                    leftover.unlink()
        median = statistics.median(batches)
        record("import: longest write transaction", max(batches) * 1000, "ms",
               target=f"< {BATCH_TARGET_S * 1000:.0f} ms", anchor="median batch", anchor_value=median * 1000)

        # The same import while the front desk saves.
        fresh = open_database(tmp / "busy.sqlite3", key=THROWAWAY_KEY)
        desk = FrontDesk(fresh)
        desk.start()
        time.sleep(0.2)
        started = time.perf_counter()
        busy = importer.import_clients(fresh, SYSTEM, source)
        busy_total = time.perf_counter() - started
        desk.stop.set()
        desk.join()
        fresh.close()
        slowest = max(desk.waits) * 1000 if desk.waits else 0.0
        failed = f"{len(desk.failures)} failed" + (f" ({desk.failures[0]})" if desk.failures else "")
        print(f"with saves    {busy_total:6.2f} s   {busy.imported:,} clients into an empty database; front desk: "
              f"{len(desk.waits)} saves, slowest {slowest:.0f} ms, {failed}   target: none failed")
        record("front-desk saves failed during an import", len(desk.failures), "saves", target="0",
               anchor="saves made", anchor_value=len(desk.waits))

        if args.before:
            per_row_db = open_database(tmp / "per-row.sqlite3", key=THROWAWAY_KEY)
            try:
                per_row, _cpu = bare_executemany(per_row_db, source, set_wise=False)
            finally:
                per_row_db.close()
            print(f"anchor, search index one row at a time by its triggers: {per_row:6.2f} s (empty database)")
            before_db = open_database(tmp / "before.sqlite3", key=THROWAWAY_KEY)
            sample = min(2000, args.rows)
            try:
                before = one_query_per_row(before_db, source, sample) * args.rows / sample
            finally:
                before_db.close()
            print(f"before        {before:6.2f} s   (scaled from {sample:,} rows) one duplicate query and one "
                  f"flush per row, into an empty database")
    return 0


if __name__ == "__main__":
    sys.exit(main())
