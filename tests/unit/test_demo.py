"""Demo data: complete, reproducible, artificial and consistent; the starter partner directory."""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload
from stdnum.fi import hetu

from tests import encrypted
from tests.acting import acting
from tests.conftest import TEST_SCRYPT_N
from vauhdittamo.db import Database, open_database
from vauhdittamo.models import (
    DEFAULT_RESPONSE_DAYS,
    FINAL_STATUSES,
    Answer,
    AttendanceMark,
    AttendanceStatus,
    Client,
    ExitOutcome,
    GuidanceVisit,
    LabourStatus,
    PartnerCategory,
    PartnerService,
    Project,
    ProjectParticipant,
    Referral,
    ReferralStatus,
    Workshop,
    WorkshopKind,
    WorkshopSession,
)
from vauhdittamo.services import auth
from vauhdittamo.services.clients import search_key_for
from vauhdittamo.services.demo import DemoSummary, artificial_personal_id, finnish_holidays, generate_demo
from vauhdittamo.services.participants import follow_up_due_on
from vauhdittamo.services.partner_directory import ensure_starter_directory
from vauhdittamo.services.partners import STARTER_DIRECTORY, response_days_for
from vauhdittamo.timeutil import HELSINKI, age_on

TODAY = dt.date(2026, 11, 24)  # a Tuesday
NOW = dt.datetime.combine(TODAY, dt.time(12), tzinfo=HELSINKI).astimezone(dt.UTC)

SYNCED_TABLES = (
    "client", "guidance_visit", "referral", "referral_event", "workshop", "workshop_session",
    "workshop_schedule_slot", "workshop_facilitator", "workshop_enrolment", "attendance_mark", "consent",
    "competence_certificate", "path_goal", "path_step", "partner_organisation", "partner_service",
    "staff_member", "client_note", "project", "project_participant",
)

NEXT_STATUSES = {
    ReferralStatus.DRAFT: {ReferralStatus.SENT, ReferralStatus.CANCELLED},
    ReferralStatus.SENT: {ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.CANCELLED},
    ReferralStatus.ACCEPTED: {ReferralStatus.STARTED, ReferralStatus.NO_SHOW, ReferralStatus.CANCELLED},
    ReferralStatus.STARTED: {ReferralStatus.COMPLETED, ReferralStatus.CANCELLED},
}


def _build(path: Path, seed: int = 1, clients: int = 200, weeks: int = 4) -> DemoSummary:
    db = open_database(path)
    try:
        return generate_demo(db, clients=clients, weeks=weeks, seed=seed, today=TODAY)
    finally:
        db.close()


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the device-local ones, without device_id, in id order."""
    conn = encrypted.connect(path)
    try:
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
            if r[0] not in ("local_setting", "sync_outbox", "sync_row_clock")  # stamped with this device's clock
        ]
        dump = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "device_id"]
            order = "id" if "id" in columns else columns[0]
            dump[table] = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}").fetchall()
        return dump
    finally:
        conn.close()


def _ids(path: Path, table: str) -> set[str]:
    conn = encrypted.connect(path)
    try:
        return {row[0] for row in conn.execute(f"SELECT id FROM {table}")}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "d.sqlite3"
    with pytest.MonkeyPatch.context() as patch:  # the tests' hash cost, as in the builds the tests make
        patch.setattr(auth, "SCRYPT_N", TEST_SCRYPT_N)
        _build(path)
    return path


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    db = open_database(demo_path, create=False)
    yield db
    db.close()


def test_every_table_gets_rows(demo_path: Path) -> None:
    conn = encrypted.connect(demo_path)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in SYNCED_TABLES}
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    assert all(counts.values()), counts
    assert counts["client"] == 200
    assert 8 <= counts["staff_member"] <= 12


def test_summary_counts_match_the_database(tmp_path: Path) -> None:
    summary = _build(tmp_path / "d.sqlite3", clients=60, weeks=2)
    dump = _dump(tmp_path / "d.sqlite3")
    assert summary.clients == len(dump["client"]) == 60
    assert summary.guidance_visits == len(dump["guidance_visit"])
    assert summary.referral_events == len(dump["referral_event"])
    assert summary.attendance_marks == len(dump["attendance_mark"])
    assert summary.partner_services == len(dump["partner_service"])
    assert summary.projects == len(dump["project"]) == 2
    assert summary.participants == len(dump["project_participant"])
    assert summary.total_rows == sum(len(dump[t]) for t in SYNCED_TABLES)
    assert "60 clients" in str(summary)


def test_same_seed_same_rows_and_keys(tmp_path: Path, demo_path: Path) -> None:
    _build(tmp_path / "again.sqlite3")
    first, second = _dump(demo_path), _dump(tmp_path / "again.sqlite3")
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table


def test_different_seed_differs(tmp_path: Path, demo_path: Path) -> None:
    _build(tmp_path / "other.sqlite3", seed=2)
    first, other = _dump(demo_path), _dump(tmp_path / "other.sqlite3")
    assert first["client"] != other["client"]
    assert _ids(demo_path, "guidance_visit").isdisjoint(_ids(tmp_path / "other.sqlite3", "guidance_visit"))


def test_nothing_is_later_than_the_simulated_now(demo_path: Path) -> None:
    limit = f"{NOW:%Y-%m-%d %H:%M:%S.%f}"  # as SQLAlchemy stores UTC times in SQLite
    conn = encrypted.connect(demo_path)
    try:
        for table in SYNCED_TABLES:
            latest = conn.execute(f"SELECT max(created_at), max(updated_at) FROM {table}").fetchone()
            assert latest[0] <= limit and latest[1] <= limit, table
        assert conn.execute("SELECT max(visited_at) FROM guidance_visit").fetchone()[0] <= limit
        assert conn.execute("SELECT max(occurred_at) FROM referral_event").fetchone()[0] <= limit
    finally:
        conn.close()


def test_personal_ids_are_artificial_and_valid(demo_db: Database) -> None:
    with demo_db.session(acting(demo_db)) as session:
        clients = session.scalars(select(Client)).all()
    codes = [c.personal_id for c in clients if c.personal_id]
    assert 0 < len(codes) < len(clients)  # not every client has one
    # Unique, but for the demo's one deliberate duplicate: a second record of a person, name mistyped.
    shared = [code for code, count in collections.Counter(codes).items() if count > 1]
    assert len(shared) <= 1
    for code in shared:
        twins = [c for c in clients if c.personal_id == code]
        assert len(twins) == 2 and twins[0].birth_date == twins[1].birth_date
    for client in clients:
        if client.personal_id:
            assert hetu.validate(client.personal_id, allow_temporary=True) == client.personal_id
            assert int(client.personal_id[7:10]) >= 900
            assert client.birth_date is not None
            assert client.personal_id[:6] == f"{client.birth_date:%d%m%y}"


def test_artificial_personal_id_century_signs() -> None:
    assert artificial_personal_id(dt.date(1999, 12, 31), 901)[6] == "-"
    assert artificial_personal_id(dt.date(2008, 2, 29), 998)[6] == "A"
    assert hetu.validate(artificial_personal_id(dt.date(2008, 2, 29), 998), allow_temporary=True)
    with pytest.raises(ValueError):
        artificial_personal_id(dt.date(1990, 1, 1), 123)


def test_clients_are_plausible(demo_db: Database) -> None:
    with demo_db.session(acting(demo_db)) as session:
        clients = session.scalars(select(Client)).all()
    for client in clients:
        assert client.search_key
        assert client.search_key == search_key_for(client)
        if client.birth_date is not None:
            assert 16 <= age_on(client.birth_date, TODAY) <= 64
        assert (client.exit_date is None) == (client.exit_outcome is None)
    languages = {c.language for c in clients}
    assert "fi" in languages and len(languages) > 1
    assert sum(c.personal_coach_id is not None for c in clients) > len(clients) * 0.7
    assert any(c.exit_date is not None for c in clients)
    assert {c.municipality for c in clients} >= {"Lieksa", "Juuka"}
    assert any(c.village for c in clients)


def test_referral_histories_follow_the_lifecycle(demo_db: Database) -> None:
    with demo_db.session(acting(demo_db)) as session:
        referrals = session.scalars(select(Referral).options(selectinload(Referral.events))).all()
        statuses = set()
        overdue = 0
        for referral in referrals:
            events = sorted(referral.events, key=lambda e: (e.occurred_at, e.id))
            history = [e.status for e in events]
            assert history[0] == ReferralStatus.DRAFT
            for before, after in zip(history, history[1:], strict=False):
                assert after in NEXT_STATUSES[before], history
            assert all(s not in FINAL_STATUSES for s in history[:-1])
            assert referral.status == history[-1]
            assert (referral.response_due is not None) == (ReferralStatus.SENT in history)
            assert all(e.occurred_at <= NOW for e in events)
            assert referral.shares_data or referral.consent_override_reason is None
            if referral.assessment_result is not None:
                assert referral.status == ReferralStatus.COMPLETED
            statuses.add(referral.status)
            if referral.status == ReferralStatus.SENT and referral.response_due and referral.response_due < TODAY:
                overdue += 1
    assert statuses & FINAL_STATUSES  # some closed
    assert statuses - FINAL_STATUSES  # some still open
    assert overdue > 0


def test_visits_cover_today_and_follow_ups(demo_db: Database) -> None:
    start = dt.datetime.combine(TODAY, dt.time(0), tzinfo=HELSINKI)
    with demo_db.session(acting(demo_db)) as session:
        todays = session.scalar(select(func.count()).where(GuidanceVisit.visited_at >= start))
        anonymous = session.scalar(select(func.count()).where(GuidanceVisit.client_id.is_(None)))
        total = session.scalar(select(func.count()).select_from(GuidanceVisit))
        due_today = session.scalar(
            select(func.count()).where(GuidanceVisit.next_step_date == TODAY, GuidanceVisit.next_step_done.is_(False))
        )
        overdue = session.scalar(
            select(func.count()).where(GuidanceVisit.next_step_date < TODAY, GuidanceVisit.next_step_done.is_(False))
        )
        weekend = [
            v.visited_at for v in session.scalars(select(GuidanceVisit))
            if v.visited_at.astimezone(HELSINKI).weekday() >= 5
        ]
    assert todays and due_today and overdue
    assert total and 0.08 < anonymous / total < 0.25
    assert weekend == []


def test_workshop_sessions_have_attendance(demo_db: Database) -> None:
    with demo_db.session(acting(demo_db)) as session:
        workshops = session.scalars(select(Workshop)).all()
        assert any(w.kind == WorkshopKind.NONSTOP_START for w in workshops)
        sessions = session.scalars(select(WorkshopSession)).all()
        marks = session.scalars(select(AttendanceMark)).all()
    present: dict[str, int] = {}
    for mark in marks:
        if mark.status == AttendanceStatus.PRESENT:
            present[mark.session_id] = present.get(mark.session_id, 0) + 1
    past = [s for s in sessions if s.session_date < TODAY and not s.cancelled]
    future = [s for s in sessions if s.session_date > TODAY]
    assert past and future
    assert all(s.id not in present for s in future)
    average = sum(present.get(s.id, 0) for s in past) / len(past)
    assert 5 <= average <= 20
    assert max(s.session_date for s in sessions) >= TODAY + dt.timedelta(days=14)
    assert {m.status for m in marks} == set(AttendanceStatus)
    assert any(m.drop_in for m in marks) and any(m.time_in for m in marks)


def test_progress_is_reported_in_order(tmp_path: Path) -> None:
    calls: list[tuple[str, float]] = []
    db = open_database(tmp_path / "d.sqlite3")
    try:
        generate_demo(db, clients=30, weeks=1, today=TODAY, progress=lambda stage, f: calls.append((stage, f)))
    finally:
        db.close()
    fractions = [f for _, f in calls]
    assert fractions == sorted(fractions)
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert all(stage for stage, _ in calls)


def test_empty_demo(tmp_path: Path) -> None:
    summary = _build(tmp_path / "d.sqlite3", clients=0, weeks=0)
    assert summary.clients == summary.guidance_visits == summary.attendance_marks == 0
    assert summary.staff_members and summary.workshop_sessions


def test_holidays() -> None:
    holidays = finnish_holidays(2026)
    assert dt.date(2026, 4, 3) in holidays  # Good Friday
    assert dt.date(2026, 6, 19) in holidays  # Midsummer Eve
    assert dt.date(2026, 12, 6) in holidays


# --------------------------------------------------------------------------- starter directory


def test_starter_directory_covers_every_category() -> None:
    assert {org.category for org in STARTER_DIRECTORY} == set(PartnerCategory)


def test_response_days_for(tmp_path: Path) -> None:
    db = open_database(tmp_path / "p.sqlite3")
    try:
        with db.transaction(acting(db)) as session:
            ensure_starter_directory(session)
            services = session.scalars(select(PartnerService).options(selectinload(PartnerService.organisation)))
            for service in services:
                expected = service.response_days or DEFAULT_RESPONSE_DAYS[service.organisation.category]
                assert response_days_for(service) == expected
                assert response_days_for(service) > 0
    finally:
        db.close()


# --------------------------------------------------------------------------- projects and participants


def test_projects_and_participants_are_realistic(demo_db: Database) -> None:
    with demo_db.session(acting(demo_db)) as session:
        projects = {p.name: p for p in session.scalars(select(Project))}
        clients = {c.id: c for c in session.scalars(select(Client))}
        rows = session.scalars(select(ProjectParticipant)).all()
    main = projects["Kohti työtä ja koulutusta"]  # the Lieksa–Juuka project of the seeds
    assert main.participant_target == 530 and main.funder == "Etelä-Savon ELY-keskus"
    assert main.end_date is not None and main.start_date < TODAY < main.end_date
    assert len(projects) == 2
    by_project = {p.id: [r for r in rows if r.project_id == p.id] for p in projects.values()}
    assert all(by_project.values())
    # Most clients with contact take part; the main project's participants live in Lieksa or Juuka.
    assert len({r.client_id for r in rows}) > len(clients) * 0.4
    assert {clients[r.client_id].municipality for r in by_project[main.id]} <= {"Lieksa", "Juuka"}
    assert any(a.client_id == b.client_id for a in by_project[main.id] for b in rows if b.project_id != main.id)
    for row in rows:
        client = clients[row.client_id]
        project = next(p for p in projects.values() if p.id == row.project_id)
        assert project.start_date <= row.entry_date <= TODAY
        if client.exit_date is not None:  # the participation's exit extends the client's
            assert (row.exit_date, row.exit_outcome) == (client.exit_date, client.exit_outcome)
        if row.exit_date is not None:
            assert row.entry_date <= row.exit_date <= TODAY and row.exit_outcome is not None
        if row.follow_up_on is not None:
            assert row.exit_date is not None and row.follow_up_on <= TODAY
            assert row.follow_up_employed is not None and row.follow_up_improved is not None
        if client.village:
            assert row.rural == Answer.YES
    statuses = collections.Counter(r.labour_status for r in rows)
    assert statuses.most_common(2)[0][0] in (LabourStatus.LONG_TERM_UNEMPLOYED, LabourStatus.UNEMPLOYED)
    assert statuses[LabourStatus.NOT_TOLD] > 0
    disability = collections.Counter(r.disability for r in rows)
    assert disability[Answer.NO] > disability[Answer.NOT_TOLD] > 0 and disability[Answer.YES] > 0
    assert any(r.exit_outcome == ExitOutcome.JOB_SEARCHING for r in rows)
    # Some leave a project and stay clients.
    assert any(r.exit_date is not None and clients[r.client_id].exit_date is None for r in rows)


def test_follow_ups_when_six_months_have_passed(tmp_path: Path) -> None:
    _build(tmp_path / "d.sqlite3", clients=150, weeks=52)
    db = open_database(tmp_path / "d.sqlite3", create=False)
    try:
        with db.session(acting(db)) as session:
            rows = session.scalars(select(ProjectParticipant).where(ProjectParticipant.exit_date.is_not(None))).all()
    finally:
        db.close()
    followed = [r for r in rows if r.follow_up_on is not None]
    assert followed
    for row in followed:
        assert row.exit_date is not None
        assert follow_up_due_on(row.exit_date) <= row.follow_up_on <= TODAY
