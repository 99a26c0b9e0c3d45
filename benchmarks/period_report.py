"""The coordinator's period report over a year at municipal scale, next to plain SQL counts of its headline figures.

    uv run python benchmarks/period_report.py                       # 50,000 clients, a year of history
    uv run python benchmarks/period_report.py --clients 5000 --runs 9
    uv run python benchmarks/period_report.py --db bench.sqlite3    # build there, or reuse it if it exists

Builds demo data (or reuses the cached database of an earlier run in the temporary folder: the same
clients, weeks, seed and simulated today give the same data), then times ``period_report`` for the year up
to the demo's today (median of a few runs after one warm-up) and, as an anchor, one plain SQL query per
headline figure (participants entered, active and exited, visits, referrals sent, certificates, workshop
participants and attendances). The target is two seconds for the report. Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from figures import record  # noqa: E402
from sqlalchemy import text  # noqa: E402
from throwaway import THROWAWAY_KEY  # noqa: E402

from vauhdittamo.db import open_database  # noqa: E402
from vauhdittamo.services.demo import generate_demo  # noqa: E402
from vauhdittamo.services.permissions import SYSTEM  # noqa: E402
from vauhdittamo.services.reporting.period import Period  # noqa: E402
from vauhdittamo.services.reporting.queries import period_report  # noqa: E402
from vauhdittamo.timeutil import local_day_bounds_utc  # noqa: E402

TODAY = dt.date(2026, 11, 24)  # the simulated today: a fixed day, so a cached database stays valid

# The headline figures in plain SQL (SQLite), one statement each: no filters, the report's rules.
ANCHORS = {
    "participants entered": """
        SELECT COUNT(DISTINCT client_id) FROM project_participant
        WHERE deleted_at IS NULL AND entry_date BETWEEN :s AND :e""",
    "participants active": """
        SELECT COUNT(DISTINCT client_id) FROM project_participant
        WHERE deleted_at IS NULL AND entry_date <= :e AND (exit_date IS NULL OR exit_date >= :s)""",
    "participants exited": """
        SELECT COUNT(DISTINCT client_id) FROM project_participant
        WHERE deleted_at IS NULL AND exit_date BETWEEN :s AND :e""",
    "visits": """
        SELECT COUNT(*) FROM guidance_visit WHERE deleted_at IS NULL AND visited_at >= :su AND visited_at < :eu""",
    "referrals sent": """
        SELECT COUNT(*) FROM referral r
        JOIN (SELECT referral_id, MIN(occurred_at) AS sent_at FROM referral_event
              WHERE status = 'sent' AND deleted_at IS NULL GROUP BY referral_id) f ON f.referral_id = r.id
        WHERE r.deleted_at IS NULL AND f.sent_at >= :su AND f.sent_at < :eu""",
    "certificates": """
        SELECT COUNT(*) FROM competence_certificate WHERE deleted_at IS NULL AND awarded_on BETWEEN :s AND :e""",
    "workshop participants": """
        SELECT COUNT(DISTINCT m.client_id) FROM attendance_mark m JOIN workshop_session s ON s.id = m.session_id
        WHERE m.deleted_at IS NULL AND m.status = 'present' AND s.cancelled = 0
          AND s.session_date BETWEEN :s AND :e""",
    "attendances": """
        SELECT COUNT(*) FROM attendance_mark m JOIN workshop_session s ON s.id = m.session_id
        WHERE m.deleted_at IS NULL AND m.status = 'present' AND s.cancelled = 0
          AND s.session_date BETWEEN :s AND :e""",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="database file: built when missing, else reused")
    args = parser.parse_args()

    name = f"vauhdittamo-period-report-{args.clients}-{args.weeks}-{args.seed}-{TODAY}.sqlite3"
    db_path = args.db or Path(tempfile.gettempdir()) / name
    if db_path.exists():
        print(f"reusing {db_path}")
    else:
        db = open_database(db_path, key=THROWAWAY_KEY)
        started = time.perf_counter()
        summary = generate_demo(db, clients=args.clients, weeks=args.weeks, seed=args.seed, today=TODAY)
        print(f"demo data in {time.perf_counter() - started:.1f} s: {summary}")
        db.close()
    size = sum(p.stat().st_size for p in db_path.parent.glob(db_path.name + "*"))
    print(f"database {db_path} ({size / 1_000_000:.1f} MB)")

    period = Period(TODAY - dt.timedelta(days=364), TODAY)
    params = {
        "s": period.start.isoformat(),
        "e": period.end.isoformat(),
        "su": f"{local_day_bounds_utc(period.start)[0]:%Y-%m-%d %H:%M:%S.%f}",
        "eu": f"{local_day_bounds_utc(period.end)[1]:%Y-%m-%d %H:%M:%S.%f}",
    }
    db = open_database(db_path, key=THROWAWAY_KEY)
    try:
        with db.session(SYSTEM) as session:
            report = period_report(session, period, today=TODAY)  # warm-up: page cache, compiled statements
            report_times = []
            for _ in range(args.runs):
                t = time.perf_counter()
                report = period_report(session, period, today=TODAY)
                report_times.append(time.perf_counter() - t)
            anchor_times = []
            anchors: dict[str, int] = {}
            for _ in range(args.runs + 1):
                t = time.perf_counter()
                anchors = {key: session.execute(text(sql), params).scalar_one() for key, sql in ANCHORS.items()}
                anchor_times.append(time.perf_counter() - t)
            anchor_times = anchor_times[1:]
    finally:
        db.close()

    p, v, a = report.participants, report.visits, report.attendance
    print(f"\nperiod {period.start} … {period.end} (today {TODAY})")
    print(f"period_report: median {statistics.median(report_times):.3f} s "
          f"(runs: {', '.join(f'{x:.3f}' for x in report_times)}; target ≤ 2 s)")
    print(f"plain SQL, {len(ANCHORS)} headline counts: median {statistics.median(anchor_times):.3f} s "
          f"(runs: {', '.join(f'{x:.3f}' for x in anchor_times)})")
    record("period report, a year at 50,000 clients", statistics.median(report_times), "s", target="≤ 2 s",
           anchor=f"plain SQL of {len(ANCHORS)} headline counts", anchor_value=statistics.median(anchor_times))
    print("\nfigure                     report    plain SQL")
    ours = {
        "participants entered": p.entered,
        "participants active": p.active,
        "participants exited": p.exited,
        "visits": v.total,
        "referrals sent": report.referrals.total,
        "certificates": report.certificates.total,
        "workshop participants": a.distinct_participants,
        "attendances": a.attendances,
    }
    for key, value in ours.items():
        mark = "" if value == anchors[key] else "   (differs)"
        print(f"{key:<24} {value:>9} {anchors[key]:>12}{mark}")
    print(f"\nentered to date {p.entered_to_date} of target {p.target}; incomplete {p.incomplete}; "
          f"visits {v.total} ({v.anonymous} anonymous, {v.distinct_clients} clients); "
          f"attendance {a.sessions_held} sessions, {a.hours:.1f} participant hours, {a.anonymous} anonymous")
    for group, indicators in (("output", report.output_indicators), ("result", report.result_indicators),
                              ("six months", report.follow_up_indicators)):
        print(f"{group}: " + ", ".join(f"{i.key} {i.by_gender.total}" for i in indicators))
    return 0


if __name__ == "__main__":
    sys.exit(main())
