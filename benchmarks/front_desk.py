"""Front-desk figures at municipal scale: search as you type, and the client list.

    uv run python benchmarks/front_desk.py                         # builds 50,000 clients first
    uv run python benchmarks/front_desk.py --db bench.sqlite3      # an existing (demo) database

Search as you type is measured as staff feel it: every keystroke of a name runs the search and
fills the result table (ClientSearch.search_now on the offscreen platform).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from throwaway import THROWAWAY_KEY

from vauhdittamo.db import open_database  # noqa: E402
from vauhdittamo.models import Client  # noqa: E402
from vauhdittamo.services.client_list import ClientFilters, list_clients  # noqa: E402
from vauhdittamo.services.demo import generate_demo  # noqa: E402
from vauhdittamo.services.permissions import SYSTEM, StaffActor
from vauhdittamo.services.staff import active_staff  # noqa: E402
from vauhdittamo.timeutil import local_today  # noqa: E402
from vauhdittamo.ui.context import AppContext  # noqa: E402
from vauhdittamo.ui.widgets.client_search import ClientSearch  # noqa: E402


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--names", type=int, default=200, help="names typed letter by letter")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    path = args.db or Path(tempfile.mkdtemp(prefix="vauhdittamo-bench-")) / "bench.sqlite3"
    db = open_database(path, key=THROWAWAY_KEY)
    with db.session(SYSTEM) as session:
        count = session.query(Client).count()
    if count == 0:
        started = time.perf_counter()
        generate_demo(db, clients=args.clients, weeks=52)
        print(f"demo data: {time.perf_counter() - started:.1f} s")
    with db.session(SYSTEM) as session:
        count = session.query(Client).count()
        staff = active_staff(session)[0]
        sample = [c.last_name for c in session.query(Client).order_by(Client.id).limit(5000)]
    print(f"clients: {count}")

    context = AppContext(db=db, actor=StaffActor(staff.id, staff.role), staff_name=staff.display_name)
    search = ClientSearch(context)
    rng = random.Random(1)
    latencies: list[float] = []
    for name in rng.sample(sample, min(args.names, len(sample))):
        for end in range(1, len(name) + 1):
            search.field.blockSignals(True)
            search.field.setText(name[:end].lower())
            search.field.blockSignals(False)
            started = time.perf_counter()
            search.search_now()
            app.processEvents()
            latencies.append((time.perf_counter() - started) * 1000)
    print(f"search as you type ({len(latencies)} keystrokes): median {statistics.median(latencies):.1f} ms, "
          f"p95 {p95(latencies):.1f} ms, max {max(latencies):.1f} ms")

    today = local_today()
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        with db.session(SYSTEM) as session:
            rows = list_clients(session, ClientFilters(), today)
        timings.append((time.perf_counter() - started) * 1000)
    print(f"client list, all {len(rows)} active clients: median {statistics.median(timings):.0f} ms")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
