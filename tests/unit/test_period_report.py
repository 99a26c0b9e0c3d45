"""The period report's figures: every one checked against independent SQL on demo data, and the edge rules.

The expected figures are written here from scratch in plain SQLite SQL over the tables (correlated
subqueries where the report uses window functions, ``strftime`` where it uses text arithmetic, Python's
zoneinfo for Helsinki months), never through the report's own helpers.
"""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from tests.acting import act_as, acting
from tests.conftest import TEST_SCRYPT_N
from vauhdittamo.db import Database, open_database
from vauhdittamo.models import (
    AgeBand,
    AgeGroup,
    Answer,
    AssessmentResult,
    AttendanceMark,
    AttendanceStatus,
    Client,
    EducationLevel,
    ExitOutcome,
    Gender,
    GuidanceVisit,
    LabourStatus,
    PartnerCategory,
    PartnerOrganisation,
    PartnerService,
    Project,
    ProjectParticipant,
    Referral,
    ReferralEvent,
    ReferralStatus,
    StaffRole,
    VisitChannel,
    Workshop,
    WorkshopSession,
)
from vauhdittamo.services import auth
from vauhdittamo.services.demo import generate_demo
from vauhdittamo.services.permissions import SYSTEM, PermissionDenied
from vauhdittamo.services.reporting import indicators
from vauhdittamo.services.reporting.period import Period, ReportFilters
from vauhdittamo.services.reporting.queries import (
    NOTE_AFTER_TODAY,
    NOTE_CLIENT_FILTER,
    NOTE_WORKSHOP_FILTER,
    add_months,
    exit_window,
    period_report,
)
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.timeutil import HELSINKI

TODAY = dt.date(2026, 11, 24)  # a Tuesday
CHANGED = "2026-11-20 10:00:00.000000"  # when the demo's "later changes" were made (UTC, as stored)

# --------------------------------------------------------------------------- the expected figures, in SQL

OUTPUT_SQL = {
    "participants": "1 = 1",
    "unemployed": "labour_status IN ('unemployed', 'long_term_unemployed')",
    "long_term_unemployed": "labour_status = 'long_term_unemployed'",
    "inactive": "labour_status IN ('inactive', 'inactive_not_in_education')",
    "inactive_not_in_education": "labour_status = 'inactive_not_in_education'",
    "employed": "labour_status = 'employed'",
    "below_18": "age_band = 'under_18'",
    "age_18_29": "age_band = '18_29'",
    "age_55_plus": "age_band = '55_plus'",
    "isced_0_2": "education_level = 'isced_0_2'",
    "isced_3_4": "education_level = 'isced_3_4'",
    "isced_5_8": "education_level = 'isced_5_8'",
    "disability": "disability = 'yes'",
    "third_country_national": "third_country_national = 'yes'",
    "foreign_background": "foreign_background = 'yes'",
    "minority": "minority = 'yes'",
    "homeless": "homeless = 'yes'",
    "rural": "rural = 'yes'",
}
RESULT_SQL = {
    "leavers": "1 = 1",
    "job_searching": "exit_outcome = 'job_searching'",
    "in_education": "exit_outcome = 'education'",
    "qualification": "exit_outcome = 'qualification'",
    "employed_on_leaving": "exit_outcome = 'employment'",
    "inactive_on_leaving": "exit_outcome = 'inactive'",
    "rehabilitation": "exit_outcome = 'rehabilitation'",
    "pension": "exit_outcome = 'pension'",
    "other": "exit_outcome = 'other'",
    "unknown": "(exit_outcome IS NULL OR exit_outcome = 'unknown')",
}
FOLLOW_UP_SQL = {
    "follow_up_due": "1 = 1",
    "employed_6m": "follow_up_employed = 'yes'",
    "improved_6m": "follow_up_improved = 'yes'",
    "follow_up_missing": "follow_up_on IS NULL",
}
# Six calendar months after the exit; the 31st becomes the month's last day (SQLite would roll over).
SIX_MONTHS = (
    "CASE WHEN strftime('%d', date(exit_date, '+6 months')) = strftime('%d', exit_date) "
    "THEN date(exit_date, '+6 months') ELSE date(exit_date, '+6 months', 'start of month', '-1 day') END"
)


def _secs(column: str) -> str:
    return f"(strftime('%s', '2000-01-01 ' || substr({column}, 1, 8)) - strftime('%s', '2000-01-01 00:00:00'))"


MARK_SECONDS = (
    "CASE WHEN m.time_in IS NOT NULL AND m.time_out IS NOT NULL AND m.time_out > m.time_in "
    f"THEN {_secs('m.time_out')} - {_secs('m.time_in')} "
    f"WHEN s.end_time > s.start_time THEN {_secs('s.end_time')} - {_secs('s.start_time')} ELSE 0 END"
)


def _utc_text(day: dt.date) -> str:
    """Helsinki midnight at the start of *day*, as SQLAlchemy stores UTC times in SQLite."""
    moment = dt.datetime.combine(day, dt.time(0), tzinfo=HELSINKI).astimezone(dt.UTC)
    return f"{moment:%Y-%m-%d %H:%M:%S.%f}"


class Expected:
    """The figures of *period* and *filters*, each from its own SQL."""

    def __init__(self, s: Session, period: Period, filters: ReportFilters, today: dt.date) -> None:
        self.s = s
        self.f = filters
        last = min(period.end, today)
        self.p: dict[str, Any] = {
            "s": period.start.isoformat(), "e": period.end.isoformat(), "last": last.isoformat(),
            "su": _utc_text(period.start), "eu": _utc_text(period.end + dt.timedelta(days=1)),
            "f_project": filters.project_id, "f_muni": filters.municipality, "f_village": filters.village,
            "f_coach": filters.coach_id, "f_workshop": filters.workshop_id,
        }
        self.narrowed = bool(filters.project_id or filters.municipality or filters.village or filters.coach_id)

    def q(self, sql: str) -> list[Any]:
        return list(self.s.execute(text(sql), self.p).all())

    def one(self, sql: str) -> Any:
        return self.s.execute(text(sql), self.p).scalar_one()

    def clients(self, column: str, *, project: bool = True, workshop: bool = True) -> str:
        parts = []
        if self.f.municipality:
            parts.append("c.municipality = :f_muni")
        if self.f.village:
            parts.append("c.village = :f_village")
        if self.f.coach_id:
            parts.append("c.personal_coach_id = :f_coach")
        if project and self.f.project_id:
            parts.append("c.id IN (SELECT client_id FROM project_participant "
                         "WHERE project_id = :f_project AND deleted_at IS NULL)")
        if workshop and self.f.workshop_id:
            parts.append(
                "c.id IN (SELECT wm.client_id FROM attendance_mark wm "
                "JOIN workshop_session ws ON ws.id = wm.session_id "
                "WHERE ws.workshop_id = :f_workshop AND ws.cancelled = 0 AND ws.session_date BETWEEN :s AND :last "
                "AND wm.deleted_at IS NULL AND wm.status = 'present')"
            )
        if not parts:
            return "1 = 1"
        return f"{column} IN (SELECT c.id FROM client c WHERE {' AND '.join(parts)})"

    # ----------------------------------------------------------------- participants

    @property
    def participations(self) -> str:
        project = "AND project_id = :f_project" if self.f.project_id else ""
        return (f"SELECT * FROM project_participant WHERE deleted_at IS NULL {project} "
                f"AND {self.clients('client_id', project=False)}")

    def participants(self) -> dict[str, Any]:
        pp = self.participations
        active = "entry_date <= :e AND (exit_date IS NULL OR exit_date >= :s)"
        incomplete = (
            "(gender = 'not_told' OR age_band = 'unknown' OR labour_status = 'not_told' "
            "OR education_level = 'not_told' OR (exit_date IS NOT NULL AND exit_date <= :e "
            "AND (exit_outcome IS NULL OR exit_outcome = 'unknown')))"
        )

        def people(condition: str) -> int:
            return int(self.one(f"SELECT COUNT(DISTINCT client_id) FROM ({pp}) WHERE {condition}"))

        if self.f.project_id:
            target = self.one("SELECT participant_target FROM project WHERE id = :f_project")
        else:
            total, count = self.q(
                "SELECT SUM(participant_target), COUNT(participant_target) FROM project WHERE deleted_at IS NULL "
                "AND start_date <= :e AND (end_date IS NULL OR end_date >= :s)"
            )[0]
            target = total if count else None
        return {
            "entered": people("entry_date BETWEEN :s AND :e"),
            "active": people(active),
            "exited": people("exit_date BETWEEN :s AND :e"),
            "entered_to_date": people("entry_date <= :e"),
            "target": target,
            "incomplete": people(f"{active} AND {incomplete}"),
            "entered_by_month": dict(self.q(
                f"SELECT substr(entry_date, 1, 7), COUNT(DISTINCT client_id) FROM ({pp}) "
                "WHERE entry_date BETWEEN :s AND :e GROUP BY 1")),
            "exited_by_month": dict(self.q(
                f"SELECT substr(exit_date, 1, 7), COUNT(DISTINCT client_id) FROM ({pp}) "
                "WHERE exit_date BETWEEN :s AND :e GROUP BY 1")),
        }

    def _indicators(self, rows: str, conditions: dict[str, str]) -> list[dict[str, Any]]:
        result = []
        for key, condition in conditions.items():
            counts = dict.fromkeys(("woman", "man", "non_binary", "not_told"), 0)
            for gender, count in self.q(f"SELECT gender, COUNT(*) FROM ({rows}) WHERE {condition} GROUP BY gender"):
                counts[gender] += count
            result.append({"key": key, "by_gender": counts | {"total": sum(counts.values())}})
        return result

    def output_indicators(self) -> list[dict[str, Any]]:
        pp = self.participations
        first_entry = (
            f"SELECT a.* FROM ({pp}) a WHERE a.entry_date BETWEEN :s AND :e AND NOT EXISTS ("
            f"SELECT 1 FROM ({pp}) b WHERE b.client_id = a.client_id AND b.entry_date BETWEEN :s AND :e "
            "AND (b.entry_date < a.entry_date OR (b.entry_date = a.entry_date AND b.id < a.id)))"
        )
        return self._indicators(first_entry, OUTPUT_SQL)

    def _last_exit(self, window: str) -> str:
        pp = self.participations
        return (
            f"SELECT a.* FROM ({pp}) a WHERE a.exit_date IS NOT NULL AND {window.replace('exit_date', 'a.exit_date')} "
            f"AND NOT EXISTS (SELECT 1 FROM ({pp}) b WHERE b.client_id = a.client_id AND b.exit_date IS NOT NULL "
            f"AND {window.replace('exit_date', 'b.exit_date')} "
            "AND (b.exit_date > a.exit_date OR (b.exit_date = a.exit_date AND b.id > a.id)))"
        )

    def result_indicators(self) -> list[dict[str, Any]]:
        return self._indicators(self._last_exit("exit_date BETWEEN :s AND :e"), RESULT_SQL)

    def follow_up_indicators(self) -> list[dict[str, Any]]:
        return self._indicators(self._last_exit(f"({SIX_MONTHS}) BETWEEN :s AND :last"), FOLLOW_UP_SQL)

    # ----------------------------------------------------------------- the rest

    def visits(self) -> dict[str, Any]:
        where = f"deleted_at IS NULL AND visited_at >= :su AND visited_at < :eu AND {self.clients('client_id')}"
        total, anonymous, distinct = self.q(
            "SELECT COUNT(*), COALESCE(SUM(client_id IS NULL), 0), COUNT(DISTINCT client_id) "
            f"FROM guidance_visit WHERE {where}"
        )[0]
        months: collections.Counter[str] = collections.Counter()
        for (visited_at,) in self.q(f"SELECT visited_at FROM guidance_visit WHERE {where}"):
            local = dt.datetime.fromisoformat(visited_at).replace(tzinfo=dt.UTC).astimezone(HELSINKI)
            months[f"{local:%Y-%m}"] += 1
        codes = [row[0] for row in self.q("SELECT code FROM visit_topic")]
        codes += [c for (c,) in self.q("SELECT DISTINCT topics FROM guidance_visit") if c and "," not in c]
        topics = {
            code: self.one(
                f"SELECT COUNT(*) FROM guidance_visit WHERE {where} "
                f"AND instr(',' || topics || ',', ',' || '{code}' || ',') > 0"
            )
            for code in set(codes)
        }
        return {
            "total": total, "anonymous": anonymous, "distinct_clients": distinct, "by_month": dict(months),
            "by_topic": topics,
            "by_channel": dict(self.q(f"SELECT channel, COUNT(*) FROM guidance_visit WHERE {where} GROUP BY 1")),
            "by_age_group": dict(self.q(f"SELECT age_group, COUNT(*) FROM guidance_visit WHERE {where} GROUP BY 1")),
        }

    @property
    def sent(self) -> str:
        first_sent = ("(SELECT MIN(e.occurred_at) FROM referral_event e WHERE e.referral_id = r.id "
                      "AND e.status = 'sent' AND e.deleted_at IS NULL)")
        return (
            "SELECT r.id, r.client_id, r.assessment_result, o.category, "
            "(SELECT e.status FROM referral_event e WHERE e.referral_id = r.id AND e.deleted_at IS NULL "
            " ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1) AS status "
            "FROM referral r JOIN partner_service ps ON ps.id = r.partner_service_id "
            "JOIN partner_organisation o ON o.id = ps.organisation_id "
            f"WHERE r.deleted_at IS NULL AND {first_sent} >= :su AND {first_sent} < :eu "
            f"AND {self.clients('r.client_id')}"
        )

    def referrals(self) -> dict[str, Any]:
        total, distinct = self.q(f"SELECT COUNT(*), COUNT(DISTINCT client_id) FROM ({self.sent})")[0]
        both: dict[str, dict[str, int]] = {}
        for category, status, count in self.q(f"SELECT category, status, COUNT(*) FROM ({self.sent}) GROUP BY 1, 2"):
            both.setdefault(category, {})[status] = count
        return {
            "total": total, "distinct_clients": distinct,
            "by_category": dict(self.q(f"SELECT category, COUNT(*) FROM ({self.sent}) GROUP BY 1")),
            "by_outcome": dict(self.q(f"SELECT status, COUNT(*) FROM ({self.sent}) GROUP BY 1")),
            "by_category_outcome": both,
        }

    def assessments(self) -> dict[str, Any]:
        rows = dict(self.q(
            f"SELECT COALESCE(assessment_result, 'pending'), COUNT(*) FROM ({self.sent}) "
            "WHERE category = 'work_capacity' GROUP BY 1"
        ))
        total = sum(rows.values())
        return {"total": total, "with_result": total - rows.get("pending", 0), "by_result": rows}

    def certificates(self) -> dict[str, Any]:
        where = (f"deleted_at IS NULL AND awarded_on BETWEEN :s AND :e AND {self.clients('client_id')}")
        total, distinct = self.q(
            f"SELECT COUNT(*), COUNT(DISTINCT client_id) FROM competence_certificate WHERE {where}")[0]
        by_month = dict(self.q(f"SELECT substr(awarded_on, 1, 7), COUNT(*) FROM competence_certificate WHERE {where} "
                               "GROUP BY 1"))
        return {"total": total, "distinct_clients": distinct, "by_month": by_month}

    def attendance(self) -> dict[str, Any]:
        workshop = "AND s.workshop_id = :f_workshop" if self.f.workshop_id else ""
        held = (
            "s.cancelled = 0 AND s.session_date BETWEEN :s AND :last AND (s.deleted_at IS NULL "
            "OR s.anonymous_count > 0 OR EXISTS (SELECT 1 FROM attendance_mark x WHERE x.session_id = s.id "
            f"AND x.deleted_at IS NULL)) {workshop}"
        )
        people = self.clients("m.client_id", workshop=False)
        present = (f"FROM attendance_mark m JOIN workshop_session s ON s.id = m.session_id "
                   f"WHERE m.deleted_at IS NULL AND m.status = 'present' AND {held} AND {people}")
        distinct, attendances, seconds = self.q(
            f"SELECT COUNT(DISTINCT m.client_id), COUNT(*), COALESCE(SUM({MARK_SECONDS}), 0) {present}")[0]
        by_month = {
            month: [count, round(secs / 3600, 2)]
            for month, count, secs in self.q(
                f"SELECT substr(s.session_date, 1, 7), COUNT(DISTINCT m.client_id), SUM({MARK_SECONDS}) {present} "
                "GROUP BY 1")
        }
        marks = {
            wid: (count, n, secs)
            for wid, count, n, secs in self.q(
                f"SELECT s.workshop_id, COUNT(DISTINCT m.client_id), COUNT(*), SUM({MARK_SECONDS}) {present} "
                "GROUP BY 1")
        }
        with_people = ""
        if self.narrowed:
            with_people = (
                "AND EXISTS (SELECT 1 FROM attendance_mark m WHERE m.session_id = s.id AND m.deleted_at IS NULL "
                f"AND m.status = 'present' AND {people})"
            )
        sessions = {
            wid: (count, 0 if self.narrowed else anonymous)
            for wid, count, anonymous in self.q(
                f"SELECT s.workshop_id, COUNT(*), SUM(s.anonymous_count) FROM workshop_session s "
                f"WHERE {held} {with_people} GROUP BY 1")
        }
        names = dict(self.q("SELECT id, name FROM workshop"))
        rows = {
            wid: {
                "workshop_id": wid, "name": names[wid], "sessions_held": sessions.get(wid, (0, 0))[0],
                "distinct_participants": marks.get(wid, (0, 0, 0))[0], "attendances": marks.get(wid, (0, 0, 0))[1],
                "anonymous": sessions.get(wid, (0, 0))[1], "hours": round(marks.get(wid, (0, 0, 0))[2] / 3600, 2),
            }
            for wid in set(sessions) | set(marks)
        }
        return {
            "sessions_held": sum(r["sessions_held"] for r in rows.values()),
            "distinct_participants": distinct, "attendances": attendances,
            "anonymous": sum(r["anonymous"] for r in rows.values()), "hours": round(seconds / 3600, 2),
            "by_month": by_month, "by_workshop": rows,
        }


def _nonzero(value: Any) -> Any:
    """Counts by key without the zero entries (the report lists every key of a chart, zeros too)."""
    if isinstance(value, dict):
        return {k: _nonzero(v) for k, v in value.items() if v not in (0, [0, 0.0], {})}
    return value


def _check(actual: dict[str, Any], expected: dict[str, Any], section: str) -> None:
    for key, value in expected.items():
        got = actual[key]
        if isinstance(value, dict):
            assert _nonzero(got) == _nonzero(value), f"{section}.{key}"
        else:
            assert got == value, f"{section}.{key}"


# --------------------------------------------------------------------------- demo data


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """300 clients, a year of history, and a few later changes: a workshop deleted, a client erased, some
    visits, marks, a referral and a participation deleted (all of them must leave the past figures right)."""
    path = tmp_path_factory.mktemp("period") / "d.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(auth, "SCRYPT_N", TEST_SCRYPT_N)
        db = open_database(path)
        generate_demo(db, clients=300, weeks=52, seed=5, today=TODAY)
    with db.transaction(SYSTEM) as s:
        p = {"now": CHANGED}
        koli = s.execute(text("SELECT id FROM workshop WHERE name = 'Kyläpaja Koli'")).scalar_one()
        s.execute(text("UPDATE workshop SET deleted_at = :now WHERE id = :w"), p | {"w": koli})
        # As the workshop delete did before it was fixed: sessions without marks go (head counts with them).
        s.execute(text(
            "UPDATE workshop_session SET deleted_at = :now WHERE workshop_id = :w AND id NOT IN "
            "(SELECT session_id FROM attendance_mark WHERE deleted_at IS NULL)"), p | {"w": koli})
        erased = s.execute(text(
            "SELECT client_id FROM attendance_mark WHERE status = 'present' GROUP BY client_id "
            "ORDER BY COUNT(*) DESC, client_id LIMIT 1")).scalar_one()
        s.execute(text(
            "UPDATE client SET deleted_at = :now, anonymised_at = :now, first_name = 'Anonymisoitu', last_name = '', "
            "village = '', birth_date = NULL, personal_id = NULL WHERE id = :c"), p | {"c": erased})
        s.execute(text("UPDATE guidance_visit SET deleted_at = :now WHERE id IN "
                       "(SELECT id FROM guidance_visit ORDER BY id DESC LIMIT 25)"), p)
        s.execute(text("UPDATE attendance_mark SET deleted_at = :now WHERE id IN "
                       "(SELECT id FROM attendance_mark ORDER BY id LIMIT 15)"), p)
        s.execute(text("UPDATE referral SET deleted_at = :now WHERE id IN "
                       "(SELECT id FROM referral ORDER BY id LIMIT 3)"), p)
        s.execute(text("UPDATE project_participant SET deleted_at = :now WHERE id IN "
                       "(SELECT id FROM project_participant ORDER BY id LIMIT 2)"), p)
    yield db
    db.close()


def _ids(db: Database) -> dict[str, str]:
    with db.session(SYSTEM) as s:
        return {
            "main": s.execute(text("SELECT id FROM project WHERE name = 'Kohti työtä ja koulutusta'")).scalar_one(),
            "youth": s.execute(text("SELECT id FROM project WHERE name LIKE 'Nuorten%'")).scalar_one(),
            "start": s.execute(text("SELECT id FROM workshop WHERE name = 'Vauhdittamo START Lieksa'")).scalar_one(),
            "koli": s.execute(text("SELECT id FROM workshop WHERE name = 'Kyläpaja Koli'")).scalar_one(),
            "coach": s.execute(text("SELECT id FROM staff_member WHERE display_name = 'Satu Kokkonen'")).scalar_one(),
        }


PERIODS = {
    "Q3": Period.quarter(2026, 3),
    "Q4": Period.quarter(2026, 4),  # runs past today
    "year": Period.year(2026),
    "project": Period(dt.date(2024, 11, 1), TODAY),
    "February": Period.month(2026, 2),
}
FILTERS = {
    "none": {},
    "main project": {"project_id": "main"},
    "youth project": {"project_id": "youth"},
    "municipality": {"municipality": "Juuka"},
    "village": {"village": "Koli"},
    "coach": {"coach_id": "coach"},
    "workshop": {"workshop_id": "start"},
    "deleted workshop": {"workshop_id": "koli"},
    "project and municipality": {"project_id": "main", "municipality": "Lieksa"},
}


def _filters(db: Database, spec: dict[str, str]) -> ReportFilters:
    ids = _ids(db)
    return ReportFilters(**{k: ids.get(v, v) for k, v in spec.items()})


@pytest.mark.parametrize("filter_name", list(FILTERS))
@pytest.mark.parametrize("period_name", ["Q3", "Q4", "year", "project", "February"])
def test_every_figure_matches_independent_sql(demo: Database, period_name: str, filter_name: str) -> None:
    period, filters = PERIODS[period_name], _filters(demo, FILTERS[filter_name])
    with demo.session(SYSTEM) as s:
        report = period_report(s, period, filters, today=TODAY)
        expected = Expected(s, period, filters, TODAY)
        actual = report.as_json()
        _check(actual["participants"], expected.participants(), "participants")
        assert actual["output_indicators"] == expected.output_indicators()
        assert actual["result_indicators"] == expected.result_indicators()
        assert actual["follow_up_indicators"] == expected.follow_up_indicators()
        _check(actual["visits"], expected.visits(), "visits")
        _check(actual["referrals"], expected.referrals(), "referrals")
        _check(actual["assessments"], expected.assessments(), "assessments")
        _check(actual["certificates"], expected.certificates(), "certificates")
        attendance = expected.attendance()
        rows = attendance.pop("by_workshop")
        _check(actual["attendance"], attendance, "attendance")
        assert {r["workshop_id"]: r for r in actual["attendance"]["by_workshop"]} == rows
    names = [r.name.casefold() for r in report.attendance.by_workshop]
    assert names == sorted(names)
    # Each person counts once, in one gender column.
    for indicator in (*report.output_indicators, *report.result_indicators, *report.follow_up_indicators):
        assert indicator.by_gender.total == sum(getattr(indicator.by_gender, g) for g in indicators.GENDERS)
    assert report.output_indicators[0].by_gender.total == report.participants.entered
    assert report.result_indicators[0].by_gender.total == report.participants.exited
    assert report.result_indicators[0].by_gender.total == sum(i.by_gender.total for i in report.result_indicators[1:])


def test_demo_figures_are_substantial(demo: Database) -> None:
    """The demo exercises every part of the report (else the comparisons above would prove little)."""
    with demo.session(SYSTEM) as s:
        report = period_report(s, PERIODS["year"], today=TODAY)
        main = period_report(s, PERIODS["year"], _filters(demo, {"project_id": "main"}), today=TODAY)
        youth = period_report(s, PERIODS["year"], _filters(demo, {"project_id": "youth"}), today=TODAY)
        koli = period_report(s, PERIODS["year"], _filters(demo, {"workshop_id": "koli"}), today=TODAY)
    p = report.participants
    assert p.entered > 50 and p.exited > 10 and p.active > p.entered and p.incomplete > 0
    assert p.target == 530 + 150 and youth.participants.target == 150
    assert all(i.by_gender.total for i in report.output_indicators)
    assert report.follow_up_indicators[0].by_gender.total > 0
    assert 0 < report.follow_up_indicators[-1].by_gender.total < report.follow_up_indicators[0].by_gender.total
    assert report.visits.anonymous > 0 and report.referrals.total > 0 and report.assessments.total > 0
    assert report.certificates.total > 0 and report.attendance.anonymous > 0
    # The deleted workshop's marked sessions and head counts stay in the figures.
    assert koli.attendance.sessions_held > 0 and koli.attendance.attendances > 0 and koli.attendance.anonymous > 0
    # Some people are in both projects: without a project chosen each counts once.
    assert report.participants.entered_to_date < main.participants.entered_to_date + youth.participants.entered_to_date


# --------------------------------------------------------------------------- hand-built edge cases


@pytest.fixture
def coordinator(db: Database) -> str:
    with db.transaction(SYSTEM) as s:
        member = add_staff_member(s, "Minna Koordinaattori", StaffRole.COORDINATOR)
        member_id = member.id
    act_as(db, member_id)
    return member_id


def _utc(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC)


def _client(s: Session, name: str, municipality: str = "Lieksa", village: str = "", coach: str | None = None) -> str:
    client = Client(first_name=name, last_name="Testi", municipality=municipality, village=village,
                    personal_coach_id=coach)
    s.add(client)
    s.flush()
    return client.id


def _participant(s: Session, project_id: str, client_id: str, entry: dt.date, **values: Any) -> ProjectParticipant:
    row = ProjectParticipant(
        project_id=project_id, client_id=client_id, entry_date=entry, gender=values.pop("gender", Gender.WOMAN),
        age_band=values.pop("age_band", AgeBand.AGE_30_54),
        labour_status=values.pop("labour_status", LabourStatus.LONG_TERM_UNEMPLOYED),
        education_level=values.pop("education_level", EducationLevel.ISCED_3_4), **values,
    )
    s.add(row)
    s.flush()
    return row


def _report(db: Database, period: Period, today: dt.date = TODAY, **filters: str) -> Any:
    with db.session(acting(db)) as s:
        return period_report(s, period, ReportFilters(**filters), today=today)


def test_a_person_in_two_projects_counts_once(db: Database, coordinator: str) -> None:
    with db.transaction(acting(db)) as s:
        a = Project(name="A", start_date=dt.date(2026, 1, 1), participant_target=10)
        b = Project(name="B", start_date=dt.date(2026, 1, 1), participant_target=5)
        s.add_all([a, b])
        s.flush()
        aino, pekka = _client(s, "Aino"), _client(s, "Pekka")
        _participant(s, a.id, aino, dt.date(2026, 3, 2), labour_status=LabourStatus.UNEMPLOYED)
        _participant(s, b.id, aino, dt.date(2026, 5, 4), labour_status=LabourStatus.LONG_TERM_UNEMPLOYED,
                     exit_date=dt.date(2026, 6, 1), exit_outcome=ExitOutcome.EMPLOYMENT)
        _participant(s, b.id, pekka, dt.date(2026, 5, 4), gender=Gender.MAN, exit_date=dt.date(2026, 6, 1),
                     exit_outcome=ExitOutcome.JOB_SEARCHING)
        ids = a.id, b.id
    everyone = _report(db, Period.year(2026))
    assert (everyone.participants.entered, everyone.participants.active, everyone.participants.exited) == (2, 2, 2)
    assert everyone.participants.target == 15
    # By month, a person counts in each month they entered a project (Aino in March and May).
    assert everyone.participants.entered_by_month["2026-03"] == 1
    assert everyone.participants.entered_by_month["2026-05"] == 2
    out = {i.key: i.by_gender for i in everyone.output_indicators}
    assert out["participants"].woman == 1 and out["participants"].man == 1
    # Aino counts by her first entry in the period (project A: unemployed, not long-term).
    assert out["unemployed"].total == 2 and out["long_term_unemployed"].total == 1
    results = {i.key: i.by_gender.total for i in everyone.result_indicators}
    assert results["leavers"] == 2 and results["employed_on_leaving"] == 1 and results["job_searching"] == 1
    only_b = _report(db, Period.year(2026), project_id=ids[1])
    assert (only_b.participants.entered, only_b.participants.target) == (2, 5)
    assert {i.key: i.by_gender.total for i in only_b.output_indicators}["long_term_unemployed"] == 2
    only_a = _report(db, Period.year(2026), project_id=ids[0])
    assert (only_a.participants.entered, only_a.participants.exited) == (1, 0)


def _workshop_day(s: Session, name: str, day: dt.date, start: dt.time = dt.time(9), end: dt.time = dt.time(12),
                  **values: Any) -> tuple[str, str]:
    workshop = Workshop(name=name, start_date=dt.date(2026, 1, 1))
    s.add(workshop)
    s.flush()
    session = WorkshopSession(workshop_id=workshop.id, session_date=day, start_time=start, end_time=end, **values)
    s.add(session)
    s.flush()
    return workshop.id, session.id


def _mark(s: Session, session_id: str, client_id: str, status: AttendanceStatus = AttendanceStatus.PRESENT,
          time_in: dt.time | None = None, time_out: dt.time | None = None) -> AttendanceMark:
    mark = AttendanceMark(session_id=session_id, client_id=client_id, status=status, time_in=time_in, time_out=time_out)
    s.add(mark)
    s.flush()
    return mark


def test_attendance_rules(db: Database, coordinator: str) -> None:
    day = dt.date(2026, 11, 10)
    now = dt.datetime(2026, 11, 20, 10, tzinfo=dt.UTC)
    with db.transaction(acting(db)) as s:
        aino, pekka, erased = _client(s, "Aino"), _client(s, "Pekka", "Juuka"), _client(s, "Poistettu")
        # Deleted later with its marked session: still counted, with the hours from the times in and out.
        gone, gone_session = _workshop_day(s, "Poistettu paja", day, anonymous_count=2)
        _mark(s, gone_session, aino, time_in=dt.time(9, 30), time_out=dt.time(11))  # 1.5 h
        _mark(s, gone_session, erased)  # session length: 3 h
        _mark(s, gone_session, pekka, AttendanceStatus.ABSENT)
        s.get(Workshop, gone).deleted_at = now  # type: ignore[union-attr]
        s.get(WorkshopSession, gone_session).deleted_at = now  # type: ignore[union-attr]
        s.get(Client, erased).deleted_at = now  # type: ignore[union-attr]
        # A deleted session with only a head count counts; a deleted session without anything does not.
        _, counted = _workshop_day(s, "Vain päälukuja", day, anonymous_count=3)
        s.get(WorkshopSession, counted).deleted_at = now  # type: ignore[union-attr]
        _, empty = _workshop_day(s, "Tyhjä poistettu", day)
        s.get(WorkshopSession, empty).deleted_at = now  # type: ignore[union-attr]
        # Cancelled and future sessions are not held, whatever they hold.
        _, cancelled = _workshop_day(s, "Peruttu", day, cancelled=True, anonymous_count=4)
        _mark(s, cancelled, aino)
        _, future = _workshop_day(s, "Tuleva", TODAY + dt.timedelta(days=1), anonymous_count=5)
        _mark(s, future, aino)
        # Times: out not after in, or no time out, give the session's length (2 h); a deleted mark is no mark.
        live, live_session = _workshop_day(s, "Elävä", day, dt.time(13), dt.time(15))
        _mark(s, live_session, aino, time_in=dt.time(14), time_out=dt.time(13, 30))
        _mark(s, live_session, pekka, time_in=dt.time(13, 15))
        _mark(s, live_session, erased).deleted_at = now
    report = _report(db, Period.month(2026, 11))
    a = report.attendance
    assert a.sessions_held == 3  # the deleted workshop's, the head count only, the live one
    assert (a.distinct_participants, a.attendances, a.anonymous) == (3, 4, 5)
    assert a.hours == 1.5 + 3 + 2 + 2
    assert a.by_month == {"2026-11": (3, 8.5)}
    rows = {r.name: r for r in a.by_workshop}
    assert set(rows) == {"Poistettu paja", "Vain päälukuja", "Elävä"}
    assert (rows["Poistettu paja"].distinct_participants, rows["Poistettu paja"].hours) == (2, 4.5)
    assert rows["Vain päälukuja"].anonymous == 3 and rows["Vain päälukuja"].attendances == 0
    # A client filter leaves the head counts out and keeps the sessions where its clients were present.
    juuka = _report(db, Period.month(2026, 11), municipality="Juuka")
    assert (juuka.attendance.sessions_held, juuka.attendance.attendances, juuka.attendance.anonymous) == (1, 1, 0)
    assert NOTE_CLIENT_FILTER in juuka.notes
    # The deleted workshop as a filter: its sessions, head counts and people.
    by_workshop = _report(db, Period.month(2026, 11), workshop_id=gone)
    assert (by_workshop.attendance.sessions_held, by_workshop.attendance.anonymous) == (1, 2)
    assert by_workshop.attendance.distinct_participants == 2 and NOTE_WORKSHOP_FILTER in by_workshop.notes
    assert live not in {r.workshop_id for r in by_workshop.attendance.by_workshop}
    # A period that runs past today says so, and counts nothing after today.
    assert NOTE_AFTER_TODAY in _report(db, Period.quarter(2026, 4)).notes
    assert _report(db, Period.quarter(2026, 4)).attendance.anonymous == 5


def test_visits_bucket_by_the_helsinki_date(db: Database, coordinator: str) -> None:
    with db.transaction(acting(db)) as s:
        aino = _client(s, "Aino")
        for at in (
            _utc(dt.date(2026, 6, 30), 20, 59),  # 23.59 on 30 June in Helsinki (summer time, +3)
            _utc(dt.date(2026, 6, 30), 21, 0),  # 00.00 on 1 July
            _utc(dt.date(2026, 7, 31), 20, 59),  # 23.59 on 31 July
            _utc(dt.date(2026, 7, 31), 21, 0),  # 00.00 on 1 August
            _utc(dt.date(2026, 1, 31), 22, 0),  # 00.00 on 1 February (winter time, +2)
            _utc(dt.date(2026, 1, 31), 21, 59),  # 23.59 on 31 January
        ):
            s.add(GuidanceVisit(client_id=aino, visited_at=at, topics="cv,job_search", channel=VisitChannel.PHONE,
                                age_group=AgeGroup.UNDER_30))
        s.add(GuidanceVisit(client_id=None, visited_at=_utc(dt.date(2026, 7, 15), 9), topics="other",
                            age_group=AgeGroup.UNKNOWN))
    july = _report(db, Period.month(2026, 7))
    assert (july.visits.total, july.visits.anonymous, july.visits.distinct_clients) == (3, 1, 1)
    assert july.visits.by_month == {"2026-07": 3}
    assert july.visits.by_topic["cv"] == 2 and july.visits.by_topic["other"] == 1
    assert july.visits.by_channel["phone"] == 2 and july.visits.by_age_group["unknown"] == 1
    year = _report(db, Period.year(2026))
    assert {k: v for k, v in year.visits.by_month.items() if v} == {
        "2026-01": 1, "2026-02": 1, "2026-06": 1, "2026-07": 3, "2026-08": 1,
    }
    # A client filter leaves anonymous visits out, and says so.
    lieksa = _report(db, Period.month(2026, 7), municipality="Lieksa")
    assert (lieksa.visits.total, lieksa.visits.anonymous) == (2, 0) and lieksa.notes == [NOTE_CLIENT_FILTER]
    assert _report(db, Period.month(2026, 7)).notes == []


def test_referrals_sent_in_the_period_by_their_current_status(db: Database, coordinator: str) -> None:
    with db.transaction(acting(db)) as s:
        org = PartnerOrganisation(name="Työkykykeskus", category=PartnerCategory.WORK_CAPACITY)
        s.add(org)
        s.flush()
        service = PartnerService(organisation_id=org.id, name="Työkyvyn arvio")
        s.add(service)
        s.flush()
        aino = _client(s, "Aino")

        def referral(events: list[tuple[ReferralStatus, dt.datetime]], result: AssessmentResult | None = None) -> None:
            row = Referral(client_id=aino, partner_service_id=service.id, assessment_result=result)
            s.add(row)
            s.flush()
            for status, at in events:
                s.add(ReferralEvent(referral_id=row.id, status=status, occurred_at=at))

        # Drafted in June, sent at 00.30 on 1 July Helsinki time, since completed with a result.
        referral([(ReferralStatus.DRAFT, _utc(dt.date(2026, 6, 20), 9)),
                  (ReferralStatus.SENT, _utc(dt.date(2026, 6, 30), 21, 30)),
                  (ReferralStatus.COMPLETED, _utc(dt.date(2026, 9, 1), 9))], AssessmentResult.NEEDS_REHABILITATION)
        referral([(ReferralStatus.DRAFT, _utc(dt.date(2026, 7, 2), 9)),
                  (ReferralStatus.SENT, _utc(dt.date(2026, 7, 2), 10))])
        referral([(ReferralStatus.DRAFT, _utc(dt.date(2026, 7, 3), 9))])  # never sent
        referral([(ReferralStatus.DRAFT, _utc(dt.date(2026, 6, 30), 9)),
                  (ReferralStatus.SENT, _utc(dt.date(2026, 6, 30), 20))])  # sent in June
    july = _report(db, Period.month(2026, 7))
    assert (july.referrals.total, july.referrals.distinct_clients) == (2, 1)
    assert july.referrals.by_category["work_capacity"] == 2
    assert {k: v for k, v in july.referrals.by_outcome.items() if v} == {"completed": 1, "sent": 1}
    assert july.referrals.by_category_outcome == {"work_capacity": {"completed": 1, "sent": 1}}
    assert (july.assessments.total, july.assessments.with_result) == (2, 1)
    assert july.assessments.by_result["needs_rehabilitation"] == 1 and july.assessments.by_result["pending"] == 1


def test_follow_up_window_and_incomplete_data(db: Database, coordinator: str) -> None:
    with db.transaction(acting(db)) as s:
        project = Project(name="A", start_date=dt.date(2025, 1, 1))
        s.add(project)
        s.flush()
        # Six months after 31 August is 28 February; after 31 January, 31 July.
        _participant(s, project.id, _client(s, "Elo"), dt.date(2025, 6, 1), exit_date=dt.date(2025, 8, 31),
                     exit_outcome=ExitOutcome.EMPLOYMENT, follow_up_on=dt.date(2026, 3, 2),
                     follow_up_employed=Answer.YES, follow_up_improved=Answer.YES)
        _participant(s, project.id, _client(s, "Tammi"), dt.date(2025, 6, 1), exit_date=dt.date(2026, 1, 31),
                     exit_outcome=ExitOutcome.UNKNOWN, gender=Gender.MAN)
        _participant(s, project.id, _client(s, "Kesä"), dt.date(2026, 2, 1), gender=Gender.NOT_TOLD)
        _participant(s, project.id, _client(s, "Syys"), dt.date(2026, 2, 1), age_band=AgeBand.UNKNOWN,
                     education_level=EducationLevel.NOT_TOLD)
        _participant(s, project.id, _client(s, "Loka"), dt.date(2026, 2, 1), disability=Answer.NOT_TOLD)
    february = _report(db, Period.month(2026, 2))
    follow_up = {i.key: i.by_gender for i in february.follow_up_indicators}
    assert follow_up["follow_up_due"].total == 1 and follow_up["employed_6m"].woman == 1
    assert follow_up["follow_up_missing"].total == 0
    july = _report(db, Period.month(2026, 7))
    follow_up = {i.key: i.by_gender for i in july.follow_up_indicators}
    assert follow_up["follow_up_due"].man == 1 and follow_up["follow_up_missing"].man == 1
    # Not yet due: the six months end after today.
    assert _report(db, Period.month(2026, 7), today=dt.date(2026, 7, 30)).follow_up_indicators[0].by_gender.total == 0
    # Incomplete: a gender or an age band or an education level untold, an exit with an unknown situation;
    # an untold sensitive answer is the participant's choice.
    assert february.participants.incomplete == 2  # Kesä and Syys (Tammi left before February; Loka is complete)
    assert _report(db, Period.month(2026, 1)).participants.incomplete == 1  # Tammi's exit; the others not yet in


def test_add_months_and_the_exit_window() -> None:
    assert add_months(dt.date(2025, 8, 31), 6) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 8, 31), -6) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 1, 15), 12) == dt.date(2027, 1, 15)
    assert exit_window(dt.date(2026, 2, 1), dt.date(2026, 2, 28)) == (dt.date(2025, 8, 1), dt.date(2025, 8, 31))
    assert exit_window(dt.date(2026, 3, 1), dt.date(2026, 3, 31)) == (dt.date(2025, 9, 1), dt.date(2025, 9, 30))
    assert exit_window(dt.date(2026, 3, 2), dt.date(2026, 3, 1)) is None
    for first in (dt.date(2026, 2, 27), dt.date(2026, 2, 28), dt.date(2026, 3, 1), dt.date(2026, 8, 30)):
        low, high = exit_window(first, first + dt.timedelta(days=40)) or (None, None)
        assert low is not None and high is not None
        assert add_months(low, 6) >= first > add_months(low - dt.timedelta(days=1), 6)
        assert add_months(high, 6) <= first + dt.timedelta(days=40) < add_months(high + dt.timedelta(days=1), 6)


def test_indicator_definitions_are_complete() -> None:
    keys = [d.key for d in indicators.ALL_INDICATORS]
    assert len(keys) == len(set(keys))
    assert [d.key for d in indicators.OUTPUT_INDICATORS] == list(OUTPUT_SQL)
    assert [d.key for d in indicators.RESULT_INDICATORS] == list(RESULT_SQL)
    assert [d.key for d in indicators.FOLLOW_UP_INDICATORS] == list(FOLLOW_UP_SQL)
    assert all(d.label and d.label_fi for d in indicators.ALL_INDICATORS)
    # Every situation at exit is in exactly one result row (so the rows add up to the leavers).
    covered = [v for d in indicators.RESULT_INDICATORS if d.rule for v in d.rule.values]
    assert sorted(map(str, covered)) == sorted([*(o.value for o in ExitOutcome), "None"])


def test_only_those_who_may_export_reports(db: Database) -> None:
    with db.transaction(SYSTEM) as s:
        desk = add_staff_member(s, "Tiina Vastaanotto", StaffRole.FRONT_DESK).id
    act_as(db, desk)
    with pytest.raises(PermissionDenied):
        _report(db, Period.year(2026))


def test_an_empty_database(db: Database, coordinator: str) -> None:
    report = _report(db, Period.year(2026))
    assert report.participants.entered == 0 and report.participants.target is None
    assert report.visits.total == 0 and report.attendance.by_workshop == []
    assert list(report.visits.by_month) == [f"2026-{m:02d}" for m in range(1, 12)]  # up to today's month
    assert report.as_json()["period"] == {"start": "2026-01-01", "end": "2026-12-31"}

