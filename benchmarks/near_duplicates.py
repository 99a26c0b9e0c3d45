"""Near-duplicate figures at municipal scale: the new-client form's check as staff type, the coordinator's list.

    uv run python benchmarks/near_duplicates.py                      # 50,000 clients (built once, then reused)
    uv run python benchmarks/near_duplicates.py --db bench.sqlite3   # an existing (demo) database

The demo database is built once into the system temporary folder (``vauhdittamo-bench/``) and reused by
later runs (``--rebuild`` builds it again); it holds the demo's handful of deliberate near-duplicates.

The new-client check: 150 full names of the database, typed letter by letter into the form (first name,
then last name, then the birth date), each state checked as the form checks it after a pause in typing
(``services.duplicates.near_duplicates`` in its own session). Target: p95 within a frame (16 ms). The
anchor, in the same run: the front desk's search of the same typed text (``search_clients``).

The coordinator's list over every client (``possible_duplicates``): the first run, then the count again
with no client changed (what the clients and sync screens show after each sync). Target: seconds. The
anchor: reading the compared columns of every client (one SELECT, no matching). Also prints how many pairs
are listed and why (a flood of pairs would show here). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from figures import record  # noqa: E402
from front_desk import cached_database  # noqa: E402
from sqlalchemy import select  # noqa: E402
from throwaway import THROWAWAY_KEY  # noqa: E402

from vauhdittamo.db import open_database  # noqa: E402
from vauhdittamo.models import Client, StaffMember, StaffRole  # noqa: E402
from vauhdittamo.services.clients import search_clients  # noqa: E402
from vauhdittamo.services.duplicates import (  # noqa: E402
    count_possible_duplicates,
    near_duplicates,
    possible_duplicates,
    probe,
)
from vauhdittamo.services.duplicates import pairs as pairs_module  # noqa: E402
from vauhdittamo.services.duplicates.pairs import PERSON_COLUMNS, live_clients  # noqa: E402
from vauhdittamo.services.permissions import SYSTEM, StaffActor  # noqa: E402
from vauhdittamo.ui.format import format_date  # noqa: E402

FRAME_MS = 16.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def typing(first: str, last: str, born: str) -> list[dict[str, str]]:
    """The form's states as a name and a birth date are typed letter by letter."""
    states = [{"first_name": first[:i]} for i in range(1, len(first) + 1)]
    states += [{"first_name": first, "last_name": last[:i]} for i in range(1, len(last) + 1)]
    states += [{"first_name": first, "last_name": last, "birth_date": born[:i]} for i in range(1, len(born) + 1)]
    return states


def timed(states: list[dict[str, str]], run: Callable[[dict[str, str]], object]) -> list[float]:
    for state in states[:20]:  # warm the page cache as a working day would
        run(state)
    times = []
    for state in states:
        started = time.perf_counter()
        run(state)
        times.append((time.perf_counter() - started) * 1000)
    return times


def summary(times: list[float]) -> str:
    return (
        f"p50 {statistics.median(times):5.1f}  p95 {percentile(times, 0.95):5.1f}  max {max(times):6.1f} ms  "
        f"({len(times)} checks)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing database (default: the cached demo database)")
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--weeks", type=int, default=4)
    parser.add_argument("--rebuild", action="store_true", help="build the cached demo database again")
    parser.add_argument("--names", type=int, default=150, help="full names typed letter by letter")
    args = parser.parse_args()
    # Its own copy: built with the demo's deliberate near-duplicates (the front desk's may be older).
    path = args.db or cached_database(args.clients, args.weeks, args.rebuild, name="near-duplicates")
    db = open_database(path, key=THROWAWAY_KEY)
    with db.session(SYSTEM) as session:
        coordinator = session.scalars(select(StaffMember).where(StaffMember.role == StaffRole.COORDINATOR)).first()
        assert coordinator is not None, "the demo has a coordinator"
        count = session.query(Client).filter(live_clients()).count()
        sample = session.execute(
            select(Client.first_name, Client.last_name, Client.birth_date)
            .where(live_clients(), Client.birth_date.is_not(None))
            .order_by(Client.id)
            .limit(5000)
        ).all()
    actor = StaffActor(coordinator.id, coordinator.role)
    names = random.Random(1).sample(sample, min(args.names, len(sample)))
    states = [s for first, last, born in names for s in typing(first, last, format_date(born))]
    print(f"clients: {count}; {len(names)} names and birth dates typed letter by letter: {len(states)} checks")

    def check(state: dict[str, str]) -> object:
        with db.session(actor) as session:
            return near_duplicates(session, probe(**state))

    def search(state: dict[str, str]) -> object:
        with db.session(actor) as session:
            return search_clients(session, " ".join(state.values()), limit=50)

    print(f"\nnew-client check as staff type, target p95 ≤ {FRAME_MS:.0f} ms")
    checks = timed(states, check)
    print(f"  near_duplicates, every typed state        {summary(checks)}")
    searches = timed(states, search)
    print(f"  anchor: search_clients of the same text    {summary(searches)}")
    record(
        "new-client duplicate check p95, every typed state, 50,000 clients",
        percentile(checks, 0.95),
        "ms",
        target="≤ 16 ms",
        anchor="front-desk search of the same text, p95",
        anchor_value=percentile(searches, 0.95),
    )

    print("\nthe coordinator's possible duplicates over every client, target: seconds")
    started = time.perf_counter()
    with db.session(SYSTEM) as session:
        rows = session.execute(select(*PERSON_COLUMNS).where(live_clients())).all()
    read = time.perf_counter() - started
    print(f"  anchor: one SELECT of the compared columns ({len(rows)} rows)  {read:6.2f} s")
    pairs_module._found.clear()  # the first run after start-up
    started = time.perf_counter()
    with db.session(actor) as session:
        pairs = possible_duplicates(session)
    first_run = time.perf_counter() - started
    print(f"  possible_duplicates, first run                   {first_run:6.2f} s  ({len(pairs)} pairs)")
    started = time.perf_counter()
    with db.session(actor) as session:
        again = count_possible_duplicates(session)
    unchanged = time.perf_counter() - started
    print(f"  count_possible_duplicates, no client changed     {unchanged * 1000:6.0f} ms  ({again} pairs)")
    record(
        "possible duplicates list, 50,000 clients, first run",
        first_run,
        "s",
        target="seconds",
        anchor="one SELECT of the compared columns",
        anchor_value=read,
    )
    record("possible duplicates count, no client changed", unchanged * 1000, "ms", target="≤ 200 ms")
    record(
        "possible duplicates listed per 1,000 clients",
        1000 * len(pairs) / max(1, count),
        "pairs",
        target="a few (no flood)",
    )
    print("\npairs by reason:")
    for text, n in Counter(p.match.text() for p in pairs).most_common():
        print(f"  {n:5d}  {text}")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
