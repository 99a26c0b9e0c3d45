"""Client card figures: reading a long client history and opening the card dialog.

    uv run python benchmarks/client_card.py                      # 3,000 other clients, ~500 events
    uv run python benchmarks/client_card.py --clients 20000 --events 1000 --runs 50

Builds a temporary database (demo data for the other clients, then one client with a long
history of every kind), then prints the median and 95th percentile of ``load_card`` and of
constructing and showing ``ClientCardDialog`` offscreen. Asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import event  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402
from throwaway import THROWAWAY_KEY

from vauhdittamo.db import Database, open_database  # noqa: E402
from vauhdittamo.models import (  # noqa: E402
    AttendanceMark,
    AttendanceStatus,
    Client,
    ClientNote,
    CompetenceCertificate,
    Consent,
    ConsentKind,
    ExitOutcome,
    GuidanceVisit,
    PartnerCategory,
    PartnerService,
    PathGoal,
    PathState,
    PathStep,
    Referral,
    ReferralEvent,
    ReferralStatus,
    StaffMember,
    VisitChannel,
    VisitTopic,
    Workshop,
    WorkshopSession,
)
from vauhdittamo.services.client_card import load_card  # noqa: E402
from vauhdittamo.services.clients import search_key_for  # noqa: E402
from vauhdittamo.services.demo import generate_demo  # noqa: E402
from vauhdittamo.services.topics import add_topic  # noqa: E402
from vauhdittamo.timeutil import HELSINKI, local_today  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=HELSINKI).astimezone(dt.UTC)


def build_long_history(db: Database, events: int, seed: int) -> str:
    """One client with about *events* timeline events of every kind over three years; returns the id."""
    rng = random.Random(seed)
    today = local_today()
    first_day = today - dt.timedelta(days=3 * 365)

    def day() -> dt.date:
        return first_day + dt.timedelta(days=rng.randrange((today - first_day).days))

    shares = {"visit": 0.36, "referral": 0.24, "attendance": 0.24, "note": 0.08, "certificate": 0.03}
    counts = {kind: int(events * share) for kind, share in shares.items()}
    with db.transaction() as s:
        staff = [m.id for m in s.query(StaffMember).all()] or [None]
        services = [p.id for p in s.query(PartnerService).limit(20).all()]
        client = Client(first_name="Pitkä", last_name="Historia", birth_date=dt.date(1990, 3, 4),
                        municipality="Lieksa", village="Koli", created_at=_at(first_day, 8),
                        personal_coach_id=staff[0], exit_date=today, exit_outcome=ExitOutcome.EMPLOYMENT)
        client.search_key = search_key_for(client)
        workshop = Workshop(name="Vauhdittamo START (benchmark)", start_date=first_day)
        s.add_all([client, workshop])
        s.flush()
        # The built-in topics and two of the centre's own, which the timeline shows by their names.
        own_topics = [add_topic(s, name).code for name in ("Ajokortti (benchmark)", "Harrastukset (benchmark)")]
        topics = [t.value for t in VisitTopic] + own_topics
        for _ in range(counts["visit"]):
            visited_at = _at(day(), rng.randint(8, 15), rng.randrange(60))
            s.add(GuidanceVisit(client_id=client.id, staff_id=rng.choice(staff), visited_at=visited_at,
                                channel=rng.choice(list(VisitChannel)),
                                topics=",".join(rng.sample(topics, rng.randint(1, 3))),
                                duration_minutes=rng.choice([5, 10, 15, 30, 45]), note="Keskusteltu tilanteesta",
                                next_step="Soitto", next_step_date=day()))
        statuses = [ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.STARTED, ReferralStatus.COMPLETED]
        referral_events = counts["referral"]
        while referral_events > 0 and services:
            referral = Referral(client_id=client.id, partner_service_id=rng.choice(services),
                                staff_id=rng.choice(staff))
            s.add(referral)
            s.flush()
            start = day()
            for step, status in enumerate(statuses[: min(referral_events, rng.randint(2, 4))]):
                s.add(ReferralEvent(referral_id=referral.id, status=status, staff_id=rng.choice(staff),
                                    occurred_at=_at(start + dt.timedelta(days=7 * step), 10),
                                    note="Tilanne päivitetty"))
                referral_events -= 1
        sessions = sorted({day() for _ in range(counts["attendance"] * 2)})[: counts["attendance"]]
        for session_day in sessions:
            session = WorkshopSession(workshop_id=workshop.id, session_date=session_day, start_time=dt.time(9),
                                      end_time=dt.time(12))
            s.add(session)
            s.flush()
            s.add(AttendanceMark(session_id=session.id, client_id=client.id, marked_by_id=rng.choice(staff),
                                 status=rng.choice(list(AttendanceStatus))))
        for _ in range(counts["note"]):
            s.add(ClientNote(client_id=client.id, staff_id=rng.choice(staff), written_at=_at(day(), 14),
                             text="Soitettu ja sovittu seuraava tapaaminen.\nAsiakas tulee paikalle maanantaina."))
        for _ in range(counts["certificate"]):
            s.add(CompetenceCertificate(client_id=client.id, competence_area="Kiinteistönhoito",
                                        qualification="Kiinteistönhoitajan osatutkinto", awarded_on=day()))
        for category in list(PartnerCategory)[:6]:
            given = day()
            s.add(Consent(client_id=client.id, kind=ConsentKind.SHARE_DATA, partner_category=category.value,
                          given_at=_at(given, 9), given_by_id=staff[0],
                          withdrawn_at=_at(given + dt.timedelta(days=30), 9) if rng.random() < 0.4 else None))
        for number in range(5):
            goal = PathGoal(client_id=client.id, title=f"Tavoite {number + 1}", created_at=_at(day(), 11),
                            target_date=today + dt.timedelta(days=90), state=PathState.IN_PROGRESS)
            s.add(goal)
            s.flush()
            for position in range(4):
                done = position < 2
                s.add(PathStep(goal_id=goal.id, position=position, title=f"Askel {position + 1}",
                               state=PathState.DONE if done else PathState.PLANNED, done_on=day() if done else None))
        return client.id


def time_load_card(db: Database, client_id: str, runs: int) -> tuple[list[float], int, int]:
    statements = 0

    def count(*_args: object) -> None:
        nonlocal statements
        statements += 1

    with db.session() as session:
        load_card(session, client_id)  # warm up
    timings = []
    for _ in range(runs):
        with Session(db.engine) as session:
            statements = 0
            event.listen(db.engine, "before_cursor_execute", count)
            started = time.perf_counter()
            card = load_card(session, client_id)
            timings.append((time.perf_counter() - started) * 1000)
            event.remove(db.engine, "before_cursor_execute", count)
    return timings, len(card.timeline), statements


def time_dialog(db: Database, client_id: str, runs: int) -> tuple[list[float], list[float]]:
    """Opening the card (construct, show, paint), then the first switch to its timeline tab.

    Only the details tab is made on opening; the timeline tab is made (and reads the topic list) on the switch.
    """
    from PySide6.QtWidgets import QApplication

    from vauhdittamo.app import create_application
    from vauhdittamo.ui.clients.card import ClientCardDialog
    from vauhdittamo.ui.context import AppContext

    app = create_application(language="fi")
    with db.session() as session:
        member = session.query(StaffMember).first()
        assert member is not None
        context = AppContext(db=db, staff_id=member.id, staff_name=member.display_name)
    timings, timeline = [], []
    for run in range(runs + 1):
        started = time.perf_counter()
        dialog = ClientCardDialog(context, client_id)
        dialog.show()
        QApplication.processEvents()
        opened = time.perf_counter()
        dialog.tabs.setCurrentIndex(dialog.TAB_TIMELINE)
        QApplication.processEvents()
        switched = time.perf_counter()
        if run:  # the first run pays for fonts and styles once
            timings.append((opened - started) * 1000)
            timeline.append((switched - opened) * 1000)
        dialog.close()
        dialog.deleteLater()
        QApplication.processEvents()
    del app
    return timings, timeline


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=3000, help="other clients (demo data)")
    parser.add_argument("--weeks", type=int, default=26)
    parser.add_argument("--events", type=int, default=500, help="timeline events of the measured client (about)")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    db_path = Path(tempfile.mkdtemp(prefix="vauhdittamo-card-")) / "bench.sqlite3"
    db = open_database(db_path, key=THROWAWAY_KEY)
    started = time.perf_counter()
    generate_demo(db, clients=args.clients, weeks=args.weeks, seed=args.seed)
    client_id = build_long_history(db, args.events, args.seed)
    print(f"built {args.clients} demo clients and one long history in {time.perf_counter() - started:.1f} s")

    timings, events, statements = time_load_card(db, client_id, args.runs)
    print(f"load_card ({events} timeline events, {statements} SQL statements, {args.runs} runs): "
          f"median {statistics.median(timings):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms, "
          f"max {max(timings):.1f} ms")
    dialog, timeline = time_dialog(db, client_id, args.runs)
    print(f"ClientCardDialog construct + show offscreen ({args.runs} runs): "
          f"median {statistics.median(dialog):.1f} ms, p95 {percentile(dialog, 0.95):.1f} ms, "
          f"max {max(dialog):.1f} ms")
    print(f"first switch to the timeline tab ({events} rows): "
          f"median {statistics.median(timeline):.1f} ms, p95 {percentile(timeline, 0.95):.1f} ms, "
          f"max {max(timeline):.1f} ms")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
