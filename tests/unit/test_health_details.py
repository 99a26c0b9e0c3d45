"""Health-related referral details, walked through every service that returns referral data, as every role.

A referral to health services or to a work and functional capacity assessment carries health data: its
reason, note, consent-override reason, status-event notes and the assessment result. They are shown only
to the staff member who made the referral, the client's personal coach and administrators
(:func:`~vauhdittamo.services.permissions.may_see_health_details`); the assessment result is changed only
by those of them whose role records assessments. A referral to any other partner is seen by every role.

:data:`READERS` lists each service function that returns referral data and the test that walks it;
:func:`test_every_service_returning_referral_data_is_walked` fails when a new one appears unlisted.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import json
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

import vauhdittamo.services
from tests.acting import act_as, acting
from vauhdittamo.db import Database, open_database
from vauhdittamo.errors import AppError
from vauhdittamo.models import (
    AssessmentResult,
    AttendanceMark,
    AttendanceStatus,
    AuditAction,
    AuditEntry,
    Client,
    PartnerCategory,
    PartnerOrganisation,
    PartnerService,
    ReferralStatus,
    StaffRole,
    Workshop,
    WorkshopSession,
)
from vauhdittamo.services import client_card, overview, referrals, subject_access, visits
from vauhdittamo.services.attendance_export import export_attendance
from vauhdittamo.services.isoweek import IsoWeek
from vauhdittamo.services.permissions import (
    MSG_HEALTH_RESTRICTED,
    ROLE_PERMISSIONS,
    Permission,
    PermissionDenied,
)
from vauhdittamo.services.referral_letter import load_letter
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.timeutil import local_today

TODAY = local_today()
MARK = "7731"

# Who is who: a name per staff member, with the role. "own_coach" is the client's personal coach and
# "referrer" (front desk) made every referral.
ROLES: dict[str, StaffRole] = {
    "front_desk": StaffRole.FRONT_DESK,
    "outreach": StaffRole.OUTREACH,
    "own_coach": StaffRole.COACH,
    "other_coach": StaffRole.COACH,
    "coordinator": StaffRole.COORDINATOR,
    "admin": StaffRole.ADMIN,
    "referrer": StaffRole.FRONT_DESK,
}
SEES_HEALTH = frozenset({"own_coach", "admin", "referrer"})
RECORDS_ASSESSMENT = frozenset({"own_coach", "admin"})  # the referrer's role does not record assessments
STAFF = list(ROLES)

# The free texts of each referral: health services (H), work capacity assessment (W), education (E).
HEALTH_TEXTS = {
    "health": [f"H-syy-{MARK}", f"H-lisätieto-{MARK}", f"H-ohitus-{MARK}", f"H-vaihe-{MARK}"],
    "work_capacity": [f"W-syy-{MARK}", f"W-lisätieto-{MARK}", f"W-vaihe-{MARK}"],
}
OPEN_TEXTS = [f"E-syy-{MARK}", f"E-lisätieto-{MARK}", f"E-ohitus-{MARK}", f"E-vaihe-{MARK}"]
EVERY_TEXT = [*HEALTH_TEXTS["health"], *HEALTH_TEXTS["work_capacity"], *OPEN_TEXTS]
RESULT = AssessmentResult.NEEDS_REHABILITATION

World = dict[str, str]


def _service(session: Session, category: PartnerCategory, name: str) -> str:
    organisation = PartnerOrganisation(name=f"Kumppani {name}", category=category)
    session.add(organisation)
    session.flush()
    service = PartnerService(organisation_id=organisation.id, name=name)
    session.add(service)
    session.flush()
    return service.id


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, World]]:
    """A client with three referrals (health, work capacity, education), a visit due for follow-up and a
    workshop attendance, and one staff member of each kind; everything made by the system."""
    db = open_database(tmp_path_factory.mktemp("health") / "health.sqlite3")
    ids: World = {}
    with db.transaction(acting(db)) as session:
        for name, role in ROLES.items():
            ids[name] = add_staff_member(session, f"Staff {name}", role).id
        client = Client(first_name="Aino", last_name="Korhonen", personal_coach_id=ids["own_coach"])
        session.add(client)
        session.flush()
        ids["client"] = client.id
        referrer = ids["referrer"]

        health = referrals.create_referral(
            session, client_id=client.id, staff_id=referrer, send=True,
            partner_service_id=_service(session, PartnerCategory.HEALTH_SERVICES, "Päihdepalvelut"),
            reason=f"H-syy-{MARK}", note=f"H-lisätieto-{MARK}", consent_override_reason=f"H-ohitus-{MARK}",
        )
        referrals.change_status(session, health.id, ReferralStatus.ACCEPTED, note=f"H-vaihe-{MARK}")
        ids["health"] = health.id

        past = TODAY - dt.timedelta(days=60)  # due long ago, still only sent: overdue
        capacity = referrals.create_referral(
            session, client_id=client.id, staff_id=referrer, shares_data=False, today=past,
            response_due=past + dt.timedelta(days=5),
            partner_service_id=_service(session, PartnerCategory.WORK_CAPACITY, "Työkykyselvitys"),
            reason=f"W-syy-{MARK}", note=f"W-lisätieto-{MARK}",
        )
        referrals.change_status(session, capacity.id, ReferralStatus.SENT, note=f"W-vaihe-{MARK}")
        referrals.record_assessment_result(session, capacity.id, RESULT)
        ids["work_capacity"] = capacity.id

        education = referrals.create_referral(
            session, client_id=client.id, staff_id=referrer, send=True,
            partner_service_id=_service(session, PartnerCategory.EDUCATION, "Ammatillinen koulutus"),
            reason=f"E-syy-{MARK}", note=f"E-lisätieto-{MARK}", consent_override_reason=f"E-ohitus-{MARK}",
        )
        referrals.change_status(session, education.id, ReferralStatus.ACCEPTED, note=f"E-vaihe-{MARK}")
        ids["education"] = education.id

        visits.log_visit(session, client_id=client.id, staff_id=referrer, note="Käynti", next_step="Soita",
                         next_step_date=TODAY - dt.timedelta(days=1))
        workshop = Workshop(name="START", start_date=TODAY - dt.timedelta(days=30))
        session.add(workshop)
        session.flush()
        workshop_session = WorkshopSession(
            workshop_id=workshop.id, session_date=TODAY, start_time=dt.time(9), end_time=dt.time(12)
        )
        session.add(workshop_session)
        session.flush()
        session.add(AttendanceMark(session_id=workshop_session.id, client_id=client.id,
                                   status=AttendanceStatus.PRESENT))
    yield db, ids
    db.close()


def _as(db: Database, staff_id: str) -> Session:
    """A session of *staff_id* in a transaction the test rolls back (the shared world stays as it is)."""
    act_as(db, staff_id)
    session = db.session(acting(db))
    session.begin()
    return session


def _sees(who: str, referral: str) -> bool:
    return referral == "education" or who in SEES_HEALTH


def _texts_seen(value: object) -> set[str]:
    shown = repr(value)
    return {t for t in EVERY_TEXT if t in shown}


def _expected(who: str, referrals_shown: tuple[str, ...] = ("health", "work_capacity", "education")) -> set[str]:
    texts: set[str] = set()
    for referral in referrals_shown:
        if _sees(who, referral):
            texts.update(OPEN_TEXTS if referral == "education" else HEALTH_TEXTS[referral])
    return texts


# --------------------------------------------------------------------------- lists


@pytest.mark.parametrize("who", STAFF)
def test_referral_lists_hide_the_assessment_result(world: tuple[Database, World], who: str) -> None:
    db, ids = world
    with _as(db, ids[who]) as session:
        listed = {s.referral_id: s for s in referrals.referral_list(session, client_id=ids["client"])}
        [overdue] = referrals.overdue_referrals(session)
        backlog = referrals.no_outcome_report(session, 0, TODAY + dt.timedelta(days=1))
        paged = {s.referral_id: s for s in referrals.referral_page(session, referrals.ReferralFilters()).rows}
        session.rollback()
    for summary in (listed[ids["work_capacity"]], overdue, paged[ids["work_capacity"]]):
        assert summary.referral_id == ids["work_capacity"]
        assert summary.assessment_result == (RESULT if who in SEES_HEALTH else None)
        assert summary.health_restricted == (who not in SEES_HEALTH)
    assert listed[ids["health"]].health_restricted == (who not in SEES_HEALTH)
    assert not listed[ids["education"]].health_restricted
    # The summaries and the partners' backlog carry no free text at all.
    assert _texts_seen(listed) == _texts_seen(overdue) == _texts_seen(backlog) == set()


# --------------------------------------------------------------------------- one referral


@pytest.mark.parametrize("who", STAFF)
@pytest.mark.parametrize("referral", ["health", "work_capacity", "education"])
def test_referral_detail_shows_health_details_only_to_the_allowed(
    world: tuple[Database, World], who: str, referral: str
) -> None:
    db, ids = world
    with _as(db, ids[who]) as session:
        detail = referrals.referral_detail(session, ids[referral])
        viewed = list(session.scalars(select(AuditEntry).where(
            AuditEntry.action == AuditAction.REFERRAL_DETAILS_VIEWED, AuditEntry.entity_id == ids[referral])))
        session.rollback()
    sees = _sees(who, referral)
    assert detail.restricted == (not sees)
    assert _texts_seen(detail) == _expected(who, (referral,))
    assert bool(detail.reason) == bool(detail.note) == sees
    assert any(e.note for e in detail.history) == sees
    if referral == "work_capacity":
        assert detail.summary.assessment_result == (RESULT if sees else None)
    # Seeing a health-related referral's details is recorded; not seeing them, or an ordinary one, is not.
    assert len(viewed) == (1 if sees and referral != "education" else 0)


@pytest.mark.parametrize("who", STAFF)
def test_the_assessment_result_is_changed_only_by_those_who_record_and_see_it(
    world: tuple[Database, World], who: str
) -> None:
    db, ids = world
    with _as(db, ids[who]) as session:
        if who in RECORDS_ASSESSMENT:
            changed = referrals.record_assessment_result(session, ids["work_capacity"], AssessmentResult.OTHER)
            assert changed.assessment_result == AssessmentResult.OTHER
        elif Permission.RECORD_ASSESSMENT not in _permissions(who):
            with pytest.raises(PermissionDenied) as denied:
                referrals.record_assessment_result(session, ids["work_capacity"], AssessmentResult.OTHER)
            assert denied.value.permission == Permission.RECORD_ASSESSMENT
        else:  # a coach of other clients, a coordinator: the role may, but not for this referral
            with pytest.raises(AppError) as refused:
                referrals.record_assessment_result(session, ids["work_capacity"], None)
            assert refused.value.template == MSG_HEALTH_RESTRICTED
        session.rollback()


def _permissions(who: str) -> frozenset[Permission]:
    return ROLE_PERMISSIONS[ROLES[who]]


def test_recording_the_assessment_result_is_a_role_of_coaches_coordinators_and_administrators() -> None:
    recording = {role for role in StaffRole if Permission.RECORD_ASSESSMENT in ROLE_PERMISSIONS[role]}
    assert recording == {StaffRole.COACH, StaffRole.COORDINATOR, StaffRole.ADMIN}


# --------------------------------------------------------------------------- the client card


@pytest.mark.parametrize("who", STAFF)
def test_the_timeline_hides_health_related_notes(world: tuple[Database, World], who: str) -> None:
    db, ids = world
    with _as(db, ids[who]) as session:
        card = client_card.open_card(session, ids["client"])
        viewed = {
            e.entity_id: e.detail
            for e in session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.REFERRAL_DETAILS_VIEWED))
        }
        session.rollback()
    events = [e for e in card.timeline if e.referral_id]
    assert {e.referral_id for e in events} == {ids["health"], ids["work_capacity"], ids["education"]}
    for event in events:
        referral = next(name for name in ("health", "work_capacity", "education") if ids[name] == event.referral_id)
        assert event.restricted == (not _sees(who, referral))
        assert event.health_related == (referral != "education")
        assert event.title  # the service and the status are shown to everyone
    assert {e.detail for e in events if e.detail} == _expected(who) & {
        f"H-vaihe-{MARK}", f"W-vaihe-{MARK}", f"E-vaihe-{MARK}"
    }
    # The reason and the other texts of a referral are never on the timeline.
    assert _texts_seen(card) == _expected(who) & {f"H-vaihe-{MARK}", f"W-vaihe-{MARK}", f"E-vaihe-{MARK}"}
    # Health-related details shown on the timeline are recorded, one entry per referral.
    shown = {ids["health"], ids["work_capacity"]} if who in SEES_HEALTH else set()
    assert viewed == dict.fromkeys(shown, "view=timeline")


# --------------------------------------------------------------------------- the letter


@pytest.mark.parametrize("who", STAFF)
@pytest.mark.parametrize("referral", ["health", "work_capacity", "education"])
def test_the_letter_is_refused_where_details_are_restricted_and_every_use_is_recorded(
    world: tuple[Database, World], who: str, referral: str
) -> None:
    db, ids = world
    referral_id = ids[referral]
    with _as(db, ids[who]) as session:
        if _sees(who, referral):
            letter = load_letter(session, referral_id)
            assert _texts_seen(letter) == {t for t in _expected(who, (referral,)) if "-syy-" in t or "-lisä" in t}
            for use in referrals.LetterUse:
                referrals.record_letter_use(session, referral_id, use)
            entries = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.REFERRAL_LETTER))
            category = {"health": "health_services"}.get(referral, referral)
            assert sorted((e.staff_id, e.entity_id, e.detail) for e in entries) == sorted(
                (ids[who], referral_id, f"letter={use.value} category={category}") for use in referrals.LetterUse
            )
        else:
            with pytest.raises(AppError) as refused:
                load_letter(session, referral_id)
            assert refused.value.template == MSG_HEALTH_RESTRICTED
            for use in referrals.LetterUse:
                with pytest.raises(AppError) as refused:
                    referrals.record_letter_use(session, referral_id, use)
                assert refused.value.template == MSG_HEALTH_RESTRICTED
        session.rollback()


# --------------------------------------------------------------------------- exports and the front desk


@pytest.mark.parametrize("who", STAFF)
def test_the_subject_access_export_is_for_administrators_who_see_everything(
    world: tuple[Database, World], who: str, tmp_path: Path
) -> None:
    db, ids = world
    with _as(db, ids[who]) as session:
        if ROLES[who] != StaffRole.ADMIN:
            with pytest.raises(PermissionDenied):
                subject_access.export_client_data(session, ids["client"], tmp_path)
            assert list(tmp_path.iterdir()) == []
        else:
            written = subject_access.export_client_data(session, ids["client"], tmp_path)
            document = written.json_path.read_text(encoding="utf-8")
            assert _texts_seen(document) == set(EVERY_TEXT)
            results = {r["id"]: r["assessment_result"] for r in json.loads(document)["referrals"]}
            assert results[ids["work_capacity"]] == RESULT.value
            book = load_workbook(written.xlsx_path)
            cells = " ".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row)
            assert _texts_seen(cells) == set(EVERY_TEXT)
        session.rollback()


@pytest.mark.parametrize("who", STAFF)
def test_the_attendance_export_carries_no_referral_data(
    world: tuple[Database, World], who: str, tmp_path: Path
) -> None:
    db, ids = world
    out = tmp_path / "viikko.xlsx"
    with _as(db, ids[who]) as session:
        if Permission.EXPORT_REPORTS not in _permissions(who):
            with pytest.raises(PermissionDenied):
                export_attendance(session, IsoWeek.containing(TODAY), out)
        else:
            export_attendance(session, IsoWeek.containing(TODAY), out)
            book = load_workbook(out)
            cells = " ".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row)
            assert "Korhonen" in cells  # the client's attendance is there
            assert _texts_seen(cells) == set()
            assert "kuntoutus" not in cells.casefold() and RESULT.value not in cells
        session.rollback()


@pytest.mark.parametrize("who", STAFF)
def test_the_front_desk_follow_ups_carry_no_referral_data(world: tuple[Database, World], who: str) -> None:
    db, ids = world
    with _as(db, ids[who]) as session:
        rows = overview.follow_ups_due(session)
        session.rollback()
    assert [r.client_id for r in rows] == [ids["client"]]
    assert _texts_seen(rows) == set()


# --------------------------------------------------------------------------- nothing left out

# Every public service function whose code reads referrals, and how it is covered here: "walked" by a test
# above, or why it returns no referral details.
READERS: dict[str, str] = {
    "referrals.referral_list": "walked",
    "referrals.overdue_referrals": "walked",
    "referrals.referral_page": "walked",
    "referrals.referral_counts": "counts only",
    "referrals.no_outcome_report": "walked (counts only)",
    "referrals.referral_detail": "walked",
    "referrals.record_assessment_result": "walked",
    "referrals.record_letter_use": "walked",
    "referral_letter.load_letter": "walked",
    "client_card.load_card": "walked (through open_card)",
    "client_card.open_card": "walked",
    "subject_access.export_client_data": "walked",
    "attendance_export.export_attendance": "walked",
    "overview.follow_ups_due": "walked",
    # No referral details returned:
    "referrals.create_referral": "a mutation; returns the referral its caller wrote",
    "referrals.change_status": "a mutation; returns the event its caller wrote",
    "referrals.current_status": "the status only",
    "referrals.next_statuses": "statuses only",
    "referrals.consent_status": "the consent only",
    "client_card.first_recorded_day": "a day only",
    "retention.last_event_days": "days only",
    "retention.last_event_day": "a day only",
    "retention.erase_personal_data": "erases; returns nothing",
    "stats.database_stats": "counts only",
    "audit.entries_about_client": "audit entries: ids and codes, never notes",
    "audit.browse": "audit entries: ids and codes, never notes",
    "audit.count": "a count",
}

_REFERRAL_MODELS = ("Referral)", "Referral.", "ReferralEvent", "referral_list(", "_summary_query(")


def _service_functions() -> Iterator[tuple[str, Callable[..., object]]]:
    package = vauhdittamo.services
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        short = info.name.removeprefix(package.__name__ + ".")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__ and not name.startswith("_"):
                yield f"{short}.{name}", function


def test_every_service_returning_referral_data_is_walked() -> None:
    reading = {
        name
        for name, function in _service_functions()
        if any(marker in inspect.getsource(function) for marker in _REFERRAL_MODELS)
    }
    unlisted = reading - set(READERS)
    assert not unlisted, f"walk these in this module, or say in READERS why they return no referral details: {unlisted}"
    assert set(READERS) <= {name for name, _function in _service_functions()}  # no stale names
