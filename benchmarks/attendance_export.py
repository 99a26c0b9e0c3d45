"""Weekly attendance export figures: one busy week (~10,000 attendance rows) and a whole year of weeks.

    uv run python benchmarks/attendance_export.py                   # 40 workshops x 5 sessions x ~50 marks, 52 weeks
    uv run python benchmarks/attendance_export.py --weeks 8 --per-session 20
    uv run python benchmarks/attendance_export.py --db bench.sqlite3 --reuse   # measure an existing database

Builds a temporary database with bulk inserts (clients, workshops, five sessions a week per
workshop, marks of every status, drop-ins, arrival times, anonymous head counts, a few cancelled
sessions), then prints for one week and for the whole year (one workbook per week, the way a
coordinator exports them): seconds, detail rows per second, file size and peak memory: Python
allocations of one week's export under tracemalloc (a separate run, as tracemalloc slows the
code it watches), and the peak resident size of a fresh process exporting one week and all the
weeks (the same when the export streams). Takes about five minutes. Asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path
from typing import Any

from throwaway import THROWAWAY_KEY

from vauhdittamo.db import Database, open_database
from vauhdittamo.models import AttendanceMark, AttendanceStatus, Client, Workshop, WorkshopSession
from vauhdittamo.services.attendance_export import export_attendance, weekly_figures
from vauhdittamo.services.demo.data import MUNICIPALITIES, SURNAMES_FI
from vauhdittamo.services.isoweek import IsoWeek, week_range

FIRST_NAMES = ("Aino", "Eetu", "Sari", "Jari", "Oona", "Ismo", "Leena", "Mika", "Venla", "Timo", "Helmi", "Juho")
STATUS_WEIGHTS = ((AttendanceStatus.PRESENT, 84), (AttendanceStatus.ABSENT, 10), (AttendanceStatus.EXCUSED, 6))
CHUNK = 20_000
NOW = dt.datetime(2026, 1, 1, 8, tzinfo=dt.UTC)


def _meta() -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "created_at": NOW, "updated_at": NOW, "device_id": "benchmark"}


def _insert(session: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        session.execute(table.insert(), rows[start : start + CHUNK])


def build(db: Database, first: IsoWeek, weeks: int, clients: int, workshops: int, per_session: int, seed: int) -> int:
    """Bulk-insert the data set; returns the number of attendance marks."""
    rng = random.Random(seed)
    statuses = [s for s, _ in STATUS_WEIGHTS]
    weights = [w for _, w in STATUS_WEIGHTS]
    client_rows = []
    for _ in range(clients):
        place = rng.choice(MUNICIPALITIES)
        birth = (
            None if rng.random() < 0.05 else dt.date(rng.randint(1960, 2008), rng.randint(1, 12), rng.randint(1, 28))
        )
        client_rows.append(
            {
                **_meta(),
                "first_name": rng.choice(FIRST_NAMES),
                "last_name": rng.choice(SURNAMES_FI),
                "birth_date": birth,
                "municipality": place.name,
                "village": rng.choice(place.villages) if rng.random() < 0.3 else "",
                "search_key": "",
            }
        )
    workshop_rows = [
        {**_meta(), "name": f"Vauhdittamo START {n + 1:02d}", "place": f"Paja {n + 1}", "start_date": first.monday}
        for n in range(workshops)
    ]
    pools = [rng.sample(client_rows, min(len(client_rows), per_session * 6)) for _ in workshop_rows]
    marks = 0
    with db.transaction() as s:
        _insert(s, Client.__table__, client_rows)
        _insert(s, Workshop.__table__, workshop_rows)
        last = first
        for _ in range(weeks - 1):
            last = last.next()
        for week in week_range(first, last):
            session_rows: list[dict[str, Any]] = []
            mark_rows: list[dict[str, Any]] = []
            for workshop, pool in zip(workshop_rows, pools, strict=True):
                for day in week.days()[:5]:
                    cancelled = rng.random() < 0.02
                    session = {
                        **_meta(),
                        "workshop_id": workshop["id"],
                        "session_date": day,
                        "start_time": dt.time(9),
                        "end_time": dt.time(12),
                        "place": workshop["place"],
                        "cancelled": cancelled,
                        "cancel_reason": "Ohjaaja sairaana" if cancelled else "",
                        "anonymous_count": rng.choice((0, 0, 1, 2, 3)),
                        "note": "",
                    }
                    session_rows.append(session)
                    if cancelled:
                        continue
                    count = max(1, int(rng.gauss(per_session, per_session / 10)))
                    for client in rng.sample(pool, min(count, len(pool))):
                        status = rng.choices(statuses, weights)[0]
                        present = status == AttendanceStatus.PRESENT
                        timed = present and rng.random() < 0.3
                        mark_rows.append(
                            {
                                **_meta(),
                                "session_id": session["id"],
                                "client_id": client["id"],
                                "status": status,
                                "drop_in": present and rng.random() < 0.1,
                                "time_in": dt.time(9, 5 * rng.randint(0, 9)) if timed else None,
                                "time_out": dt.time(11, 5 * rng.randint(0, 11)) if timed else None,
                            }
                        )
            _insert(s, WorkshopSession.__table__, session_rows)
            _insert(s, AttendanceMark.__table__, mark_rows)
            marks += len(mark_rows)
    return marks


def export_weeks(db: Database, weeks: list[IsoWeek], folder: Path) -> tuple[float, int, int]:
    """Export each week to its own workbook; returns (seconds, detail rows, bytes)."""
    rows = size = 0
    started = time.perf_counter()
    with db.session() as session:
        for week in weeks:
            summary = export_attendance(session, week, folder / f"osallistuminen-{week}.xlsx")
            rows += summary.rows
            size += summary.size_bytes
    return time.perf_counter() - started, rows, size


def peak_rss_mb() -> float:
    """This process's peak resident size so far."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1e6 if sys.platform == "darwin" else 1e3)


def _export_in_fresh_process(db_path: Path, weeks: list[IsoWeek], folder: Path) -> tuple[float, int, int, float]:
    db = open_database(db_path, key=THROWAWAY_KEY)
    try:
        seconds, rows, size = export_weeks(db, weeks, folder)
    finally:
        db.close()
    return seconds, rows, size, peak_rss_mb()


def in_fresh_process(db_path: Path, weeks: list[IsoWeek], folder: Path) -> tuple[float, int, int, float]:
    """Export in a new interpreter, so its peak resident size is the export's own; adds that size (MB)."""
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(_export_in_fresh_process, (db_path, weeks, folder))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--workshops", type=int, default=40)
    parser.add_argument("--per-session", type=int, default=50, help="attendance marks per session (about)")
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--year", type=int, default=2026, help="the data starts in week 1 of this year")
    parser.add_argument("--runs", type=int, default=3, help="runs of the one-week export")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, help="database file (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true", help="measure the existing --db without building data")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="vauhdittamo-export-"))
    db_path = args.db or folder / "bench.sqlite3"
    first = IsoWeek(args.year, 1)
    weeks = list(week_range(first, IsoWeek.containing(first.monday + dt.timedelta(weeks=args.weeks - 1))))
    if not args.reuse:
        if db_path.exists():
            print(f"{db_path} exists; remove it or use --reuse", file=sys.stderr)
            return 2
        db = open_database(db_path, key=THROWAWAY_KEY)
        started = time.perf_counter()
        marks = build(db, first, len(weeks), args.clients, args.workshops, args.per_session, args.seed)
        print(
            f"built {args.clients} clients, {args.workshops} workshops, {len(weeks)} weeks, {marks} attendance "
            f"marks in {time.perf_counter() - started:.1f} s"
        )
        db.close()
    size_mb = sum(p.stat().st_size for p in db_path.parent.glob(db_path.name + "*")) / 1e6
    print(f"database size: {size_mb:.1f} MB")

    db = open_database(db_path, key=THROWAWAY_KEY)
    week = weeks[len(weeks) // 2]
    one = folder / "week"
    one.mkdir()
    with db.session() as session:
        weekly_figures(session, week)  # warm up the page cache
        started = time.perf_counter()
        figures = weekly_figures(session, week)
        figures_seconds = time.perf_counter() - started
    print(f"weekly_figures {week} ({figures.detail_rows} rows, for the screen): {figures_seconds:.2f} s")
    timings = []
    for _ in range(args.runs):
        seconds, rows, size = export_weeks(db, [week], one)
        timings.append(seconds)
    seconds = statistics.median(timings)
    tracemalloc.start()
    export_weeks(db, [week], one)
    traced_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    db.close()
    print(
        f"export one week {week}: {rows} detail rows in {seconds:.2f} s (median of {args.runs}; "
        f"{rows / seconds:,.0f} rows/s), file {size / 1e6:.2f} MB, peak Python allocations {traced_peak / 1e6:.1f} MB"
    )

    _, _, _, week_rss = in_fresh_process(db_path, [week], one)
    year = folder / "year"
    year.mkdir()
    seconds, rows, size, year_rss = in_fresh_process(db_path, weeks, year)
    print(
        f"export {len(weeks)} weeks ({weeks[0]}..{weeks[-1]}, one file each): {rows} detail rows in {seconds:.1f} s "
        f"({rows / seconds:,.0f} rows/s, {seconds / len(weeks):.2f} s a week), files {size / 1e6:.1f} MB in all"
    )
    print(
        f"peak resident size of a fresh process exporting one week: {week_rss:.0f} MB; "
        f"all {len(weeks)} weeks: {year_rss:.0f} MB"
    )
    print(f"files in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
