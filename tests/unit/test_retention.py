"""Retention: the period, the last event, the review list, and anonymisation that keeps the statistics.

The anonymisation tests read the raw tables with SQL: every text column of every table is searched for
the client's names, identity code, contact details and the distinctive texts written about them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tests.acting import acting, staff_actor
from vauhdittamo.db import Database
from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.models import (
    AgeGroup,
    AssessmentResult,
    AttendanceMark,
    AttendanceStatus,
    AuditAction,
    AuditEntry,
    Client,
    ClientNote,
    CompetenceCertificate,
    Consent,
    ConsentKind,
    ExitOutcome,
    GuidanceVisit,
    PartnerCategory,
    PartnerOrganisation,
    PartnerService,
    PathGoal,
    PathState,
    PathStep,
    Referral,
    ReferralEvent,
    ReferralStatus,
    StaffRole,
    VisitChannel,
    Workshop,
    WorkshopEnrolment,
    WorkshopSession,
)
from vauhdittamo.services import referrals, retention
from vauhdittamo.services.attendance_export import weekly_figures
from vauhdittamo.services.clients import search_key_for
from vauhdittamo.services.isoweek import IsoWeek
from vauhdittamo.services.permissions import SYSTEM, PermissionDenied
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.timeutil import HELSINKI

TODAY = dt.date(2026, 11, 24)
OLD_DAY = dt.date(2020, 3, 10)  # a Tuesday, more than five years before TODAY
RECENT_DAY = dt.date(2024, 6, 4)

PERSONAL_ID = "150399-931N"  # artificial (individual number 900-999)
BIRTH_DATE = dt.date(1999, 3, 15)
SECRET = "Salaisuus-7731"  # in every free text written about the client


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    """A Helsinki wall-clock time on *day* as a UTC instant."""
    return dt.datetime.combine(day, dt.time(hour), tzinfo=HELSINKI).astimezone(dt.UTC)


@dataclass
class History:
    """A client with a record of every kind, and what must disappear when the client is anonymised."""

    client_id: str
    first_name: str
    last_name: str
    referral_ids: list[str]
    workshop_id: str
    week: IsoWeek
    secrets: list[str]


def build_history(
    session: Session,
    staff_id: str | None,
    *,
    first_name: str = "Aurelia",
    last_name: str = "Qvistbäck",
    day: dt.date = OLD_DAY,
    personal_id: str | None = PERSONAL_ID,
    birth_date: dt.date = BIRTH_DATE,
    phone: str = "040 987 6543",
    address: str = "Kuusikuja 7 B 12",
    village: str = "Ahmovaara",
    secret: str = SECRET,
    note_text: str | None = None,
) -> History:
    """A client whose every record (visits, referrals with events, attendance, enrolment, certificate,
    consent, note, path, exit) happened on or soon after *day*; nothing later."""
    note_text = note_text or f"{secret} muistiinpano: {first_name} kertoi velkaongelmista."
    email = f"{first_name.lower()}.q@example.org"
    client = Client(
        first_name=first_name,
        last_name=last_name,
        birth_date=birth_date,
        personal_id=personal_id,
        municipality="Juuka",
        village=village,
        phone=phone,
        email=email,
        address=address,
        personal_coach_id=staff_id,
        exit_date=day + dt.timedelta(days=60),
        exit_outcome=ExitOutcome.EDUCATION,
        created_at=at(day, 9),
    )
    client.search_key = search_key_for(client)
    session.add(client)
    session.flush()
    cid = client.id
    for offset, topics in ((0, "job_search,cv"), (7, "education")):
        session.add(
            GuidanceVisit(
                client_id=cid, staff_id=staff_id, visited_at=at(day + dt.timedelta(days=offset)),
                channel=VisitChannel.WALK_IN, topics=topics, duration_minutes=20,
                note=f"{secret} käynti {offset}", next_step=f"Soita {first_name}lle",
                next_step_date=day + dt.timedelta(days=offset + 3), age_group=AgeGroup.UNDER_30,
            )
        )
    referral_ids = []
    for category, service_name, statuses, result in (
        (PartnerCategory.EDUCATION, "Ammatillinen koulutus",
         [ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.STARTED,
          ReferralStatus.COMPLETED], None),
        (PartnerCategory.WORK_CAPACITY, "Työkykyselvitys",
         [ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED],
         AssessmentResult.NEEDS_REHABILITATION),
    ):
        organisation = PartnerOrganisation(name=f"Kumppani {category.value}", category=category)
        session.add(organisation)
        session.flush()
        service = PartnerService(organisation_id=organisation.id, name=service_name)
        session.add(service)
        session.flush()
        referral = Referral(
            client_id=cid, partner_service_id=service.id, staff_id=staff_id,
            reason=f"{secret} syy: {first_name} tarvitsee tukea", note=f"{last_name} toivoo iltaopetusta",
            shares_data=True, consent_override_reason=f"{first_name} kertoi suostuvansa suullisesti",
            consent_override_by_id=staff_id, consent_override_at=at(day), assessment_result=result,
            created_at=at(day),
        )
        session.add(referral)
        session.flush()
        for n, status in enumerate(statuses):
            session.add(
                ReferralEvent(
                    referral_id=referral.id, status=status, staff_id=staff_id,
                    occurred_at=at(day + dt.timedelta(days=n)), note=f"{secret} vaihe {n}",
                )
            )
        referral_ids.append(referral.id)
    workshop = Workshop(name="START Juuka", start_date=day - dt.timedelta(days=30))
    session.add(workshop)
    session.flush()
    for offset, status in ((0, AttendanceStatus.PRESENT), (1, AttendanceStatus.ABSENT)):
        workshop_session = WorkshopSession(
            workshop_id=workshop.id, session_date=day + dt.timedelta(days=offset),
            start_time=dt.time(9), end_time=dt.time(12),
        )
        session.add(workshop_session)
        session.flush()
        session.add(
            AttendanceMark(session_id=workshop_session.id, client_id=cid, status=status, marked_by_id=staff_id)
        )
    session.add(WorkshopEnrolment(workshop_id=workshop.id, client_id=cid, enrolled_on=day))
    session.add(
        CompetenceCertificate(
            client_id=cid, competence_area="Asiakaspalvelu", qualification="Liiketoiminnan perustutkinto",
            workshop_id=workshop.id, awarded_on=day + dt.timedelta(days=14), assessor_name="Opettaja Olli",
            note=f"{secret} todistus",
        )
    )
    session.add(
        Consent(
            client_id=cid, kind=ConsentKind.SHARE_DATA, partner_category=PartnerCategory.EDUCATION.value,
            given_at=at(day), given_by_id=staff_id, note=f"{first_name} allekirjoitti lomakkeen",
        )
    )
    session.add(ClientNote(client_id=cid, staff_id=staff_id, written_at=at(day, 11), text=note_text))
    goal = PathGoal(
        client_id=cid, title=f"{first_name}n tavoite: kokiksi", description=f"{secret} tavoite",
        state=PathState.IN_PROGRESS, created_at=at(day),
    )
    session.add(goal)
    session.flush()
    session.add(
        PathStep(
            goal_id=goal.id, title=f"Hae kouluun ({last_name})", state=PathState.DONE,
            done_on=day + dt.timedelta(days=10), created_at=at(day),
        )
    )
    session.flush()
    secrets = [
        first_name, last_name, phone, "".join(ch for ch in phone if ch.isdigit()), email, address, village, secret,
        birth_date.isoformat(),
    ]
    if personal_id:
        secrets.append(personal_id)
    return History(cid, first_name, last_name, referral_ids, workshop.id, IsoWeek.containing(day), secrets)


# --------------------------------------------------------------------------- the raw tables


def find_in_tables(session: Session, needles: Iterable[str]) -> list[str]:
    """``table.column: needle`` for every text found anywhere in the database (case-insensitive)."""
    found: list[str] = []
    tables = [
        name
        for (name,) in session.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        )
    ]
    for table in tables:
        columns = [row[1] for row in session.execute(text(f'PRAGMA table_info("{table}")'))]
        for column in columns:
            for needle in needles:
                hits = session.scalar(
                    text(f'SELECT count(*) FROM "{table}" WHERE instr(lower(CAST("{column}" AS TEXT)), lower(:n)) > 0'),
                    {"n": needle},
                )
                if hits:
                    found.append(f"{table}.{column}: {needle}")
    return found


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def old(db: Database, staff_id: str) -> History:
    with db.transaction(acting(db)) as session:
        return build_history(session, staff_id)


@pytest.fixture
def recent(db: Database, staff_id: str) -> History:
    with db.transaction(acting(db)) as session:
        return build_history(
            session, staff_id, first_name="Bertta", last_name="Tuoreinen", day=RECENT_DAY, personal_id=None,
            birth_date=dt.date(1985, 6, 1), phone="050 111 2222", address="Koivutie 3", village="Nunnanlahti",
            secret="Tuore-4410",
        )


def as_role(db: Database, role: StaffRole) -> Session:
    """A session of a new staff member of *role*, added by the system (the test's own actor is kept)."""
    with db.transaction(SYSTEM) as session:
        member_id = add_staff_member(session, f"Staff {role.value}", role).id
    return db.session(staff_actor(db, member_id))


# --------------------------------------------------------------------------- the period


def test_the_retention_period_defaults_to_five_years_and_is_recorded_when_changed(
    db: Database, staff_id: str
) -> None:
    with db.transaction(acting(db)) as session:
        assert retention.retention_years(session) == 5
        retention.set_retention_years(session, 5)  # the default in force already: nothing to record
        retention.set_retention_years(session, 3)
        retention.set_retention_years(session, 3)  # no change, no second entry
    with db.session(acting(db)) as session:
        assert retention.retention_years(session) == 3
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.RETENTION_CHANGED)))
    assert [(e.staff_id, e.entity_id, e.detail) for e in entries] == [
        (staff_id, "retention_years", "years=3 previous=5")
    ]


@pytest.mark.parametrize("years", [0, 51, -1, True, "5"])
def test_the_retention_period_is_from_one_to_fifty_years(db: Database, staff_id: str, years: object) -> None:
    with db.transaction(acting(db)) as session, pytest.raises(ValidationError) as caught:
        retention.set_retention_years(session, years)  # type: ignore[arg-type]
    assert caught.value.field == "retention_years"


def test_cutoff_day_handles_leap_days() -> None:
    assert retention.cutoff_day(dt.date(2028, 2, 29), 5) == dt.date(2023, 2, 28)
    assert retention.cutoff_day(TODAY, 5) == dt.date(2021, 11, 24)


# --------------------------------------------------------------------------- the last event


def test_last_event_is_the_latest_of_every_kind_of_record(db: Database, staff_id: str, old: History) -> None:
    with db.transaction(acting(db)) as session:
        # The exit (60 days after the first day) is the last thing in the history.
        assert retention.last_event_day(session, old.client_id) == OLD_DAY + dt.timedelta(days=60)
        consent = session.scalars(select(Consent).where(Consent.client_id == old.client_id)).one()
        consent.withdrawn_at = at(dt.date(2021, 1, 5))
        session.flush()
        assert retention.last_event_day(session, old.client_id) == dt.date(2021, 1, 5)
        session.add(
            CompetenceCertificate(client_id=old.client_id, competence_area="Siivous", awarded_on=dt.date(2021, 2, 1))
        )
        session.add(ClientNote(client_id=old.client_id, written_at=at(dt.date(2021, 3, 1)), text="x"))
        session.flush()
        assert retention.last_event_day(session, old.client_id) == dt.date(2021, 3, 1)
        # A deleted record does not count.
        session.add(
            GuidanceVisit(client_id=old.client_id, visited_at=at(dt.date(2022, 1, 1)), deleted_at=at(TODAY))
        )
        session.flush()
        assert retention.last_event_day(session, old.client_id) == dt.date(2021, 3, 1)
        session.add(GuidanceVisit(client_id=old.client_id, visited_at=at(dt.date(2022, 1, 2), 23)))
        session.flush()
        # 23.00 in Helsinki is 21.00 UTC: still the same Helsinki day.
        assert retention.last_event_day(session, old.client_id) == dt.date(2022, 1, 2)


def test_last_event_days_of_many_clients_at_once(db: Database, old: History, recent: History) -> None:
    with db.session(acting(db)) as session:
        days = retention.last_event_days(session)
        assert days[old.client_id] == OLD_DAY + dt.timedelta(days=60)
        assert days[recent.client_id] == RECENT_DAY + dt.timedelta(days=60)
        assert retention.last_event_days(session, [recent.client_id]) == {recent.client_id: days[recent.client_id]}


# --------------------------------------------------------------------------- review


def test_due_for_review_respects_the_period(db: Database, staff_id: str, old: History, recent: History) -> None:
    with db.transaction(acting(db)) as session:
        due = retention.due_for_review(session, today=TODAY)
        assert [c.client_id for c in due] == [old.client_id]
        assert due[0].name == "Aurelia Qvistbäck"
        assert due[0].last_event_day == OLD_DAY + dt.timedelta(days=60)
        assert due[0].exit_date == OLD_DAY + dt.timedelta(days=60)
        assert due[0].municipality == "Juuka"
        retention.set_retention_years(session, 2)
        assert [c.client_id for c in retention.due_for_review(session, today=TODAY)] == [
            old.client_id, recent.client_id
        ]
        retention.set_retention_years(session, 7)
        assert retention.due_for_review(session, today=TODAY) == []
        # Exactly the period ago is not older than the period.
        retention.set_retention_years(session, 5)
        last = RECENT_DAY + dt.timedelta(days=60)
        assert recent.client_id not in {
            c.client_id for c in retention.due_for_review(session, today=last.replace(year=last.year + 5))
        }
        assert recent.client_id in {
            c.client_id
            for c in retention.due_for_review(
                session, today=last.replace(year=last.year + 5) + dt.timedelta(days=1)
            )
        }


def test_anonymised_clients_are_not_listed_again(db: Database, old: History) -> None:
    with db.transaction(acting(db)) as session:
        assert retention.anonymise(session, [old.client_id], today=TODAY) == 1
        assert retention.due_for_review(session, today=TODAY) == []


def test_a_deleted_record_still_holding_personal_data_is_listed(db: Database, old: History) -> None:
    with db.transaction(acting(db)) as session:
        session.get(Client, old.client_id).deleted_at = at(OLD_DAY)  # type: ignore[union-attr]
        session.flush()
        [candidate] = retention.due_for_review(session, today=TODAY)
    assert candidate.client_id == old.client_id
    assert candidate.removed


# --------------------------------------------------------------------------- anonymisation


def _statistics(session: Session, history: History) -> dict[str, object]:
    figures = weekly_figures(session, history.week)
    client = session.get(Client, history.client_id)
    assert client is not None
    return {
        "visits": [
            (v.visited_at, v.age_group, v.topics, v.channel, v.duration_minutes)
            for v in session.scalars(
                select(GuidanceVisit).where(GuidanceVisit.client_id == history.client_id).order_by(GuidanceVisit.id)
            )
        ],
        "attendance": (
            figures.total.present, figures.total.absent, figures.total.participants, figures.total.under_30,
            figures.total.age_30_plus, figures.total.age_unknown,
        ),
        "referrals": sorted(
            (r.service_name, r.status, r.assessment_result, r.consent_overridden, r.sent_on)
            for r in referrals.referral_list(session, client_id=history.client_id)
        ),
        "events": sorted(
            (e.status, e.occurred_at)
            for e in session.scalars(
                select(ReferralEvent).where(ReferralEvent.referral_id.in_(history.referral_ids))
            )
        ),
        "exit": (client.exit_date, client.exit_outcome),
        "municipality": client.municipality,
        "language": client.language,
        "registered": client.created_at,
        "certificates": [
            (c.competence_area, c.qualification, c.awarded_on)
            for c in session.scalars(
                select(CompetenceCertificate).where(CompetenceCertificate.client_id == history.client_id)
            )
        ],
        "consents": [
            (c.kind, c.partner_category, c.given_at)
            for c in session.scalars(select(Consent).where(Consent.client_id == history.client_id))
        ],
        "path": [
            (s.state, s.done_on)
            for s in session.scalars(select(PathStep).join(PathGoal).where(PathGoal.client_id == history.client_id))
        ],
        "enrolments": session.scalar(
            select(WorkshopEnrolment.enrolled_on).where(WorkshopEnrolment.client_id == history.client_id)
        ),
    }


def test_anonymisation_keeps_the_statistics_and_removes_every_personal_field(
    db: Database, staff_id: str, old: History, recent: History
) -> None:
    with db.session(acting(db)) as session:
        before = _statistics(session, old)
        assert before["attendance"] == (1, 1, 1, 1, 0, 0)  # present once, under 30 on the session's day
        # The scan finds everything before anonymisation (the check itself works).
        found = find_in_tables(session, old.secrets)
        assert {f.split(": ")[1] for f in found} == set(old.secrets)

    with db.transaction(acting(db)) as session:
        assert retention.anonymise(session, [old.client_id], today=TODAY) == 1

    with db.session(acting(db)) as session:
        assert _statistics(session, old) == before
        assert find_in_tables(session, old.secrets) == []
        client = session.get(Client, old.client_id)
        assert client is not None
        assert (client.first_name, client.last_name) == (retention.ANONYMISED_FIRST_NAME, "")
        assert client.birth_date is None and client.personal_id is None
        assert (client.phone, client.email, client.address, client.village, client.search_key) == ("",) * 5
        assert client.personal_coach_id is None
        assert client.anonymised_at is not None and client.deleted_at is None
        marks = list(session.scalars(select(AttendanceMark).where(AttendanceMark.client_id == old.client_id)))
        assert {m.age_group for m in marks} == {AgeGroup.UNDER_30}
        # The other client was not touched.
        assert {f.split(": ")[1] for f in find_in_tables(session, recent.secrets)} == set(recent.secrets)
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.CLIENT_ANONYMISED))
        assert (entry.staff_id, entry.entity_type, entry.entity_id) == (staff_id, "client", old.client_id)
        assert entry.device_id == db.device_id
        assert entry.detail == "retention_years=5"


def test_anonymisation_is_idempotent(db: Database, old: History) -> None:
    with db.transaction(acting(db)) as session:
        assert retention.anonymise(session, [old.client_id], today=TODAY) == 1
    with db.session(acting(db)) as session:
        stamp = session.get(Client, old.client_id).updated_at  # type: ignore[union-attr]
    with db.transaction(acting(db)) as session:
        assert retention.anonymise(session, [old.client_id, old.client_id], today=TODAY) == 0
    with db.session(acting(db)) as session:
        assert session.get(Client, old.client_id).updated_at == stamp  # type: ignore[union-attr]
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.CLIENT_ANONYMISED))
        assert len(list(entries)) == 1


def test_anonymisation_is_all_or_nothing(db: Database, old: History, recent: History) -> None:
    """A client with recent events (the list may be stale) stops the whole call; nothing changes."""
    with db.transaction(acting(db)) as session:
        with pytest.raises(AppError) as caught:
            retention.anonymise(session, [old.client_id, recent.client_id], today=TODAY)
        assert caught.value.params == {"count": 1}
        with pytest.raises(AppError):
            retention.anonymise(session, [old.client_id, "no-such-client"], today=TODAY)
    with db.session(acting(db)) as session:
        client = session.get(Client, old.client_id)
        assert client is not None and client.first_name == "Aurelia" and client.anonymised_at is None
        assert session.scalar(select(ClientNote.text).where(ClientNote.client_id == old.client_id)).startswith(
            SECRET
        )
        assert not list(session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.CLIENT_ANONYMISED)))


def test_the_attendance_export_uses_the_kept_age_group(db: Database, old: History) -> None:
    """Without the birth date, the mark's age group counts (not "age unknown")."""
    with db.transaction(acting(db)) as session:
        retention.anonymise(session, [old.client_id], today=TODAY)
    with db.session(acting(db)) as session:
        total = weekly_figures(session, old.week).total
    assert (total.under_30, total.age_unknown) == (1, 0)


@pytest.mark.parametrize("role", [StaffRole.FRONT_DESK, StaffRole.COACH, StaffRole.COORDINATOR])
def test_only_administrators_manage_retention(db: Database, staff_id: str, old: History, role: StaffRole) -> None:
    with as_role(db, role) as session:
        for action in (
            lambda: retention.due_for_review(session, today=TODAY),
            lambda: retention.anonymise(session, [old.client_id], today=TODAY),
            lambda: retention.set_retention_years(session, 3),
        ):
            with pytest.raises(PermissionDenied):
                action()
        session.rollback()
    with db.session(acting(db)) as session:
        assert session.get(Client, old.client_id).anonymised_at is None  # type: ignore[union-attr]


# --------------------------------------------------------------------------- mentions in texts about others


def add_mentions(session: Session, history: History, other: History | None = None) -> dict[tuple[str, str], str]:
    """Free texts naming the client in records not linked to them (a workshop session, anonymous visits).

    Returns ``(table, id) -> the text expected after the client is anonymised or erased``, keyed also by
    column for the records with two texts (``"table.column"``)."""
    long_prefix = "x" * 390
    workshop_session = WorkshopSession(
        workshop_id=history.workshop_id, session_date=OLD_DAY + dt.timedelta(days=2), start_time=dt.time(9),
        end_time=dt.time(12), note="Aurelia  Qvistbäck ja Pekka tulivat myöhässä",
        cancel_reason="QVISTBÄCKIN sairastuminen, ohjaaja estynyt",
    )
    anonymous = GuidanceVisit(
        client_id=None, visited_at=at(OLD_DAY), channel=VisitChannel.PHONE, topics="benefits",
        note=f"Kysyi henkilön {PERSONAL_ID.lower()} puolesta", next_step="Soita Qvistbäck, Aurelialle",
    )
    truncated = GuidanceVisit(
        client_id=None, visited_at=at(OLD_DAY), channel=VisitChannel.WALK_IN, topics="",
        next_step=f"{long_prefix} Qvistbäck",
    )
    untouched = GuidanceVisit(
        client_id=None, visited_at=at(OLD_DAY), channel=VisitChannel.WALK_IN, topics="",
        note="Pekka Virtanen kysyi Aurelia-kurssista" + (f"; {other.first_name} {other.last_name}" if other else ""),
    )
    session.add_all([workshop_session, anonymous, truncated, untouched])
    session.flush()
    return {
        ("workshop_session.note", workshop_session.id): "[poistettu] ja Pekka tulivat myöhässä",
        ("workshop_session.cancel_reason", workshop_session.id): "[poistettu] sairastuminen, ohjaaja estynyt",
        ("guidance_visit.note", anonymous.id): "Kysyi henkilön [poistettu] puolesta",
        ("guidance_visit.next_step", anonymous.id): "Soita [poistettu]",
        ("guidance_visit.next_step", truncated.id): f"{long_prefix} [poistettu]"[:400],
        ("guidance_visit.note", untouched.id): untouched.note,  # a first name alone is not scrubbed
    }


def texts_now(session: Session, expected: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    found = {}
    for column, row_id in expected:
        table, name = column.split(".")
        found[(column, row_id)] = session.scalar(text(f'SELECT "{name}" FROM "{table}" WHERE id = :i'), {"i": row_id})
    return found


def queued_for_sync(session: Session, table: str, row_id: str) -> bool:
    return bool(session.scalar(
        text("SELECT count(*) FROM sync_outbox WHERE table_name = :t AND row_id = :r"), {"t": table, "r": row_id}
    ))


def test_anonymisation_scrubs_the_client_from_texts_about_others(
    db: Database, old: History, recent: History
) -> None:
    with db.transaction(acting(db)) as session:
        expected = add_mentions(session, old, recent)
    with db.session(acting(db)) as session:
        session.execute(text("DELETE FROM sync_outbox"))  # what was queued before
        session.commit()
    with db.transaction(acting(db)) as session:
        assert retention.anonymise(session, [old.client_id], today=TODAY) == 1
    with db.session(acting(db)) as session:
        assert texts_now(session, expected) == expected  # the too long next step cut to its 400 characters
        # Only the name, the last name and the identity code went; nothing else of the client is left.
        assert find_in_tables(session, [old.last_name, PERSONAL_ID, f"{old.first_name} {old.last_name}"]) == []
        assert find_in_tables(session, old.secrets) == ["guidance_visit.note: Aurelia"]  # "Aurelia-kurssista"
        # The other client, named in a note about someone else, was not touched.
        assert {f.split(": ")[1] for f in find_in_tables(session, recent.secrets)} == set(recent.secrets)
        # The scrubbed records reach the other devices.
        for (column, row_id), after in expected.items():
            scrubbed = "Pekka Virtanen" not in after
            assert queued_for_sync(session, column.split(".")[0], row_id) == scrubbed, column


def test_a_short_last_name_alone_is_not_scrubbed(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        client = Client(first_name="Eero", last_name="Oja", personal_id=None)
        session.add(client)
        visit = GuidanceVisit(
            client_id=None, visited_at=at(OLD_DAY), channel=VisitChannel.WALK_IN, topics="",
            note="Eero Oja ja Ojan perhe; OJA EERO soitti. Oja tulvi.",
        )
        session.add(visit)
        session.flush()
        retention.erase_personal_data(session, [client], at(TODAY))
    with db.session(acting(db)) as session:
        assert session.get(GuidanceVisit, visit.id).note == (  # type: ignore[union-attr]
            "[poistettu] ja Ojan perhe; [poistettu] soitti. Oja tulvi."
        )


def test_erasure_blanks_the_notes_of_outreach_attempts_about_the_client(db: Database, staff_id: str) -> None:
    from vauhdittamo.models import AttemptOutcome, ContactChannel, OutreachAttempt, OutreachEntry, OutreachList

    with db.transaction(acting(db)) as session:
        client = Client(first_name="Aino", last_name="Korhonen", village="Koli")
        people = OutreachList(
            name="Kylät", villages="Koli", start_date=dt.date(2026, 9, 1), end_date=dt.date(2026, 12, 31)
        )
        session.add_all([client, people])
        session.flush()
        entry = OutreachEntry(list_id=people.id, village="Koli", client_id=client.id, phone="040 123 4567")
        session.add(entry)
        session.flush()
        session.add(
            OutreachAttempt(
                entry_id=entry.id, channel=ContactChannel.HOME_VISIT, attempted_on=dt.date(2026, 10, 1),
                outcome=AttemptOutcome.BECAME_CLIENT, note="Aino tavattiin kotona",
            )
        )
        client_id = client.id
    with db.transaction(acting(db)) as session:
        erased = session.get(Client, client_id)
        assert erased is not None
        retention.erase_personal_data(session, [erased], dt.datetime.now(dt.UTC))
    with db.session(acting(db)) as session:
        assert session.scalars(select(OutreachAttempt.note)).all() == [""]
        entry_row = session.scalars(select(OutreachEntry)).one()
        assert (entry_row.phone, entry_row.village, entry_row.client_id) == ("", "Koli", client_id)
