"""Municipal-scale figures: demo generation, start-up to the main window, client search, database size.

    uv run python benchmarks/municipal_scale.py                    # 50,000 clients, a year of history
    uv run python benchmarks/municipal_scale.py --clients 5000 --weeks 12
    uv run python benchmarks/municipal_scale.py --db bench.sqlite3 --reuse   # measure an existing database

Prints figures; asserts nothing (timed assertions do not belong in the test suite).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from throwaway import THROWAWAY_KEY  # noqa: E402

from vauhdittamo.db import open_database  # noqa: E402
from vauhdittamo.models import Client  # noqa: E402
from vauhdittamo.services.clients import search_clients  # noqa: E402
from vauhdittamo.services.demo import generate_demo  # noqa: E402
from vauhdittamo.services.permissions import SYSTEM  # noqa: E402
from vauhdittamo.services.stats import database_stats  # noqa: E402

STARTUP_PROBE = r"""
import os, sys, time
t0 = float(sys.argv[2])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtWidgets import QApplication
from vauhdittamo.app import create_application
from vauhdittamo.db import open_database
from vauhdittamo.services.staff import active_staff
sys.path.insert(0, sys.argv[3])
from throwaway import THROWAWAY_KEY
from vauhdittamo.services.permissions import SYSTEM, StaffActor
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.main_window import MainWindow
app = create_application(language="fi")
db = open_database(Path(sys.argv[1]), key=THROWAWAY_KEY)
with db.session(SYSTEM) as s:
    member = active_staff(s)[0]
    ctx = AppContext(db=db, actor=StaffActor(member.id, member.role), staff_name=member.display_name)
window = MainWindow(ctx)
window.show()
QApplication.processEvents()
print(f"{time.time() - t0:.3f}")
"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def search_queries(db_path: Path, count: int, seed: int) -> list[str]:
    db = open_database(db_path, key=THROWAWAY_KEY)
    rng = random.Random(seed)
    with db.session(SYSTEM) as session:
        sample = list(session.query(Client).order_by(Client.id).limit(5000))
    db.close()
    queries: list[str] = []
    for _ in range(count):
        client = rng.choice(sample)
        kind = rng.random()
        if kind < 0.5:
            queries.append(client.last_name[: rng.randint(3, len(client.last_name))].lower())
        elif kind < 0.75:
            queries.append(f"{client.first_name[:3]} {client.last_name[:4]}".lower())
        elif kind < 0.9 and client.birth_date:
            queries.append(f"{client.birth_date.day}.{client.birth_date.month}.{client.birth_date.year}")
        else:
            queries.append(client.phone[:7] if client.phone else client.last_name[:3])
    return queries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, help="database file (default: a temporary one)")
    parser.add_argument("--reuse", action="store_true", help="measure the existing --db without generating")
    parser.add_argument("--queries", type=int, default=500)
    args = parser.parse_args()

    db_path = args.db or Path(tempfile.mkdtemp(prefix="vauhdittamo-bench-")) / "bench.sqlite3"
    if not args.reuse:
        if db_path.exists():
            print(f"{db_path} exists; remove it or use --reuse", file=sys.stderr)
            return 2
        db = open_database(db_path, key=THROWAWAY_KEY)
        started = time.perf_counter()
        generate_demo(db, clients=args.clients, weeks=args.weeks, seed=args.seed)
        elapsed = time.perf_counter() - started
        db.close()
        print(f"demo generation ({args.clients} clients, {args.weeks} weeks): {elapsed:.1f} s")

    db = open_database(db_path, key=THROWAWAY_KEY)
    with db.session(SYSTEM) as session:
        stats = database_stats(session)
    db.close()
    print(f"records: {stats.clients} clients, {stats.visits} visits, {stats.referrals} referrals, "
          f"{stats.sessions} sessions, {stats.attendance_marks} attendance marks")
    size = sum(p.stat().st_size for p in db_path.parent.glob(db_path.name + "*"))
    print(f"database size: {size / 1_000_000:.1f} MB")

    startups = []
    for _ in range(3):
        t0 = time.time()
        probe = [sys.executable, "-c", STARTUP_PROBE, str(db_path), repr(t0), str(Path(__file__).parent)]
        result = subprocess.run(probe, capture_output=True, text=True, check=True)
        startups.append(float(result.stdout.strip().splitlines()[-1]))
    print(f"process start to main window shown: median {statistics.median(startups):.2f} s "
          f"(runs: {', '.join(f'{s:.2f}' for s in startups)})")

    queries = search_queries(db_path, args.queries, args.seed)
    db = open_database(db_path, key=THROWAWAY_KEY)
    latencies = []
    with db.session(SYSTEM) as session:
        search_clients(session, "warm")
        for query in queries:
            t = time.perf_counter()
            search_clients(session, query, limit=50)
            latencies.append((time.perf_counter() - t) * 1000)
    db.close()
    print(f"client search ({len(queries)} queries, 50 results): median {statistics.median(latencies):.1f} ms, "
          f"p95 {percentile(latencies, 0.95):.1f} ms, max {max(latencies):.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
