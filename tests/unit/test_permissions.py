"""Every role's forbidden actions are refused by the services themselves, not only hidden in the UI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.acting import act_as, acting
from vauhdittamo.db import Database, open_database
from vauhdittamo.models import AssessmentResult, AuditAction, AuditEntry, Client, PartnerCategory, Project, StaffRole
from vauhdittamo.services import (
    attendance,
    audit,
    certificates,
    client_card,
    clients,
    merging,
    participants,
    partner_directory,
    projects,
    referrals,
    retention,
    staff,
    subject_access,
    visits,
)
from vauhdittamo.services import workshops as ws
from vauhdittamo.services.attendance_export import export_attendance
from vauhdittamo.services.isoweek import IsoWeek
from vauhdittamo.services.outreach import lists as outreach_lists
from vauhdittamo.services.permissions import (
    ROLE_PERMISSIONS,
    SYSTEM,
    Permission,
    PermissionDenied,
    allowed,
    current_actor,
)
from vauhdittamo.services.referral_letter import load_letter
from vauhdittamo.services.staff import add_staff_member

TODAY = dt.date(2026, 11, 24)
World = dict[str, str]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, World]]:
    """One staff member per role, a client (the coach's), a partner service of each kind and a workshop session."""
    db = open_database(tmp_path_factory.mktemp("perm") / "perm.sqlite3")
    ids: World = {}
    with db.transaction(acting(db)) as session:
        for role in StaffRole:
            ids[role.value] = add_staff_member(session, f"Staff {role.value}", role).id
        client = Client(first_name="Aino", last_name="Korhonen", personal_coach_id=ids["coach"])
        session.add(client)
        session.flush()
        ids["client"] = client.id
        twin = Client(first_name=client.first_name, last_name=client.last_name + "x")
        session.add(twin)
        session.flush()
        ids["twin"] = twin.id
        for category in (PartnerCategory.EDUCATION, PartnerCategory.HEALTH_SERVICES, PartnerCategory.WORK_CAPACITY):
            organisation = partner_directory.create_organisation(
                session, partner_directory.OrganisationInput(name=f"Org {category.value}", category=category.value)
            )
            service = partner_directory.create_service(
                session, organisation.id, partner_directory.ServiceInput(name=f"Service {category.value}")
            )
            ids[f"service_{category.value}"] = service.id
        workshop = ws.create_workshop(
            session,
            ws.WorkshopInput(name="START", start_date=TODAY - dt.timedelta(days=7),
                             slots=[ws.SlotInput(TODAY.isoweekday(), dt.time(9), dt.time(12))]),
            today=TODAY,
        )
        ids["workshop"] = workshop.id
        ids["session"] = ws.sessions_between(session, TODAY, TODAY)[0].session_id
        health = referrals.create_referral(
            session, client_id=client.id, partner_service_id=ids["service_health_services"],
            staff_id=ids["coach"], reason="Uniongelmat", shares_data=False, today=TODAY,
        )
        ids["health_referral"] = health.id
        # Made by the coordinator for the coach's client: each role that records assessments sees it.
        assessment = referrals.create_referral(
            session, client_id=client.id, partner_service_id=ids["service_work_capacity"],
            staff_id=ids["coordinator"], reason="Työkyky", shares_data=False, send=True, today=TODAY,
        )
        ids["assessment_referral"] = assessment.id
        project = Project(name="Kohti työtä", start_date=TODAY - dt.timedelta(days=300))
        session.add(project)
        session.flush()
        ids["project"] = project.id
    yield db, ids
    db.close()


def _as(db: Database, staff_id: str) -> Session:
    act_as(db, staff_id)
    return db.session(acting(db))


ACTIONS: dict[Permission, Callable[[Session, World, Path], object]] = {
    Permission.LOG_VISITS: lambda s, w, _p: visits.log_visit(s, client_id=w["client"], staff_id=None),
    Permission.EDIT_CLIENTS: lambda s, w, _p: clients.create_client(
        s, clients.validate_client(clients.ClientInput(first_name="Uusi", last_name="Asiakas"))
    ),
    Permission.MAKE_REFERRALS: lambda s, w, _p: referrals.create_referral(
        s, client_id=w["client"], partner_service_id=w["service_education"], staff_id=w["admin"],
        reason="Koulutus", shares_data=False, today=TODAY,
    ),
    Permission.OVERRIDE_CONSENT: lambda s, w, _p: referrals.create_referral(
        s, client_id=w["client"], partner_service_id=w["service_education"], staff_id=w["admin"],
        reason="Koulutus", shares_data=True, consent_override_reason="Asiakas antoi suullisesti", today=TODAY,
    ),
    Permission.MARK_ATTENDANCE: lambda s, w, _p: attendance.set_anonymous_count(s, w["session"], 1, today=TODAY),
    Permission.RECORD_CERTIFICATES: lambda s, w, _p: certificates.record_certificate(
        s, certificates.CertificateInput(w["client"], "Asiakaspalvelu", assessor_name="Opettaja"), today=TODAY
    ),
    Permission.MANAGE_WORKSHOPS: lambda s, w, _p: ws.cancel_session(s, w["session"], "Sairaus"),
    Permission.MANAGE_PARTNERS: lambda s, w, _p: partner_directory.create_organisation(
        s, partner_directory.OrganisationInput(name="Uusi", category="education")
    ),
    Permission.EXPORT_REPORTS: lambda s, w, p: export_attendance(s, IsoWeek(2026, 48), p / "viikko.xlsx"),
    Permission.MANAGE_STAFF: lambda s, w, _p: staff.create_staff(s, staff.StaffInput("Uusi Työntekijä")),
    Permission.VIEW_AUDIT: lambda s, w, _p: audit.browse(s),
    Permission.MANAGE_RETENTION: lambda s, w, _p: retention.set_retention_years(s, 6),
    Permission.SUBJECT_ACCESS: lambda s, w, p: subject_access.export_client_data(s, w["client"], p),
    Permission.ASSIGN_COACH: lambda s, w, _p: client_card.set_personal_coach(s, w["client"], w["outreach"]),
    Permission.RECORD_ASSESSMENT: lambda s, w, _p: referrals.record_assessment_result(
        s, w["assessment_referral"], AssessmentResult.FIT_FOR_WORK
    ),
    Permission.MANAGE_PROJECTS: lambda s, w, _p: projects.add_project(
        s, projects.ProjectInput(name="Uusi hanke", start_date=TODAY, participant_target="100")
    ),
    Permission.RECORD_PARTICIPATION: lambda s, w, _p: participants.enrol(
        s, w["client"], w["project"], participants.EntryInput(TODAY), today=TODAY
    ),
    Permission.RECORD_OUTREACH: lambda s, w, _p: outreach_lists.list_summaries(s),
    Permission.MERGE_CLIENTS: lambda s, w, _p: merging.merge_clients(s, w["client"], w["twin"]),
    Permission.MANAGE_OUTREACH: lambda s, w, _p: outreach_lists.create_list(
        s, outreach_lists.ListInput("Kyläpilotti", "Koli", TODAY, TODAY)
    ),
}


def _cases(denied: bool) -> list[tuple[StaffRole, Permission]]:
    return [
        (role, permission)
        for role in StaffRole
        for permission in ACTIONS
        if (permission not in ROLE_PERMISSIONS[role]) == denied
    ]


@pytest.mark.parametrize(("role", "permission"), _cases(denied=True), ids=str)
def test_forbidden_actions_are_refused_by_the_service(
    world: tuple[Database, World], role: StaffRole, permission: Permission, tmp_path: Path
) -> None:
    db, ids = world
    with _as(db, ids[role.value]) as session, session.begin():
        with pytest.raises(PermissionDenied) as caught:
            ACTIONS[permission](session, ids, tmp_path)
        session.rollback()
    assert caught.value.permission == permission
    assert caught.value.role == role


@pytest.mark.parametrize(("role", "permission"), _cases(denied=False), ids=str)
def test_allowed_actions_go_through(
    world: tuple[Database, World], role: StaffRole, permission: Permission, tmp_path: Path
) -> None:
    db, ids = world
    session = _as(db, ids[role.value])
    try:
        session.begin()
        ACTIONS[permission](session, ids, tmp_path)
    finally:
        session.rollback()  # leave the shared world as it was
        session.close()


def test_the_system_may_do_everything(world: tuple[Database, World]) -> None:
    db, _ids = world
    act_as(db, None)
    with db.session(acting(db)) as session:
        assert current_actor(session) == SYSTEM
        assert all(allowed(session, p) for p in Permission)


def test_no_actor_may_do_nothing(world: tuple[Database, World]) -> None:
    db, _ids = world
    with db.session(None) as session:
        assert current_actor(session) is None
        assert not any(allowed(session, p) for p in Permission)


def test_roles_widen_step_by_step() -> None:
    order = [StaffRole.FRONT_DESK, StaffRole.OUTREACH, StaffRole.COACH, StaffRole.COORDINATOR, StaffRole.ADMIN]
    for lower, higher in zip(order, order[1:], strict=False):
        assert ROLE_PERMISSIONS[lower] < ROLE_PERMISSIONS[higher]
    assert ROLE_PERMISSIONS[StaffRole.ADMIN] == frozenset(Permission)
    assert Permission.EXPORT_REPORTS not in ROLE_PERMISSIONS[StaffRole.COACH]
    assert Permission.MANAGE_STAFF not in ROLE_PERMISSIONS[StaffRole.COORDINATOR]


def test_every_role_syncs_and_only_coordinators_settle_conflicts() -> None:
    assert all(Permission.SYNC in ROLE_PERMISSIONS[role] for role in StaffRole)
    settling = {role for role in StaffRole if Permission.RESOLVE_CONFLICTS in ROLE_PERMISSIONS[role]}
    assert settling == {StaffRole.COORDINATOR, StaffRole.ADMIN}


# Permissions whose refusal is tried elsewhere: every health detail in tests/unit/test_health_details.py,
# the others in the tests of their own features.
TRIED_ELSEWHERE = frozenset(
    {Permission.VIEW_ALL_HEALTH_DETAILS, Permission.SYNC, Permission.IMPORT_CLIENTS, Permission.RESOLVE_CONFLICTS}
)


def test_the_actions_cover_every_permission() -> None:
    assert set(ACTIONS) == set(Permission) - TRIED_ELSEWHERE


def test_only_coordinators_and_administrators_assign_the_personal_coach() -> None:
    assigning = {role for role in StaffRole if Permission.ASSIGN_COACH in ROLE_PERMISSIONS[role]}
    assert assigning == {StaffRole.COORDINATOR, StaffRole.ADMIN}


@pytest.mark.parametrize("role", [StaffRole.FRONT_DESK, StaffRole.OUTREACH, StaffRole.COACH])
def test_nobody_makes_themselves_a_clients_coach_through_any_service(
    world: tuple[Database, World], role: StaffRole
) -> None:
    """Neither the card's coach choice, nor the client form, nor a new client with a coach."""
    db, ids = world
    me = ids[role.value]
    with _as(db, me) as session, session.begin():
        data = clients.validate_client(clients.ClientInput(first_name="Eero", last_name="Uusi"))
        client_id = clients.create_client(session, data).id  # without a coach: allowed
        with pytest.raises(PermissionDenied) as denied:
            client_card.set_personal_coach(session, client_id, me)
        assert denied.value.permission == Permission.ASSIGN_COACH
        data.personal_coach_id = me
        with pytest.raises(PermissionDenied):
            clients.update_client(session, client_id, data)
        with pytest.raises(PermissionDenied):
            clients.create_client(session, data)
        data.personal_coach_id = None  # the coach kept as it is: other details still change
        data.village = "Koli"
        assert clients.update_client(session, client_id, data).village == "Koli"
        session.rollback()


def test_assigning_the_coach_is_recorded(world: tuple[Database, World]) -> None:
    db, ids = world
    with _as(db, ids["coordinator"]) as session, session.begin():
        client_card.set_personal_coach(session, ids["client"], ids["coach"])  # no change: nothing recorded
        client_card.set_personal_coach(session, ids["client"], ids["outreach"])
        client_card.set_personal_coach(session, ids["client"], None)
        data = clients.validate_client(clients.ClientInput(first_name="Aino", last_name="Korhonen"))
        data.personal_coach_id = ids["admin"]
        clients.update_client(session, ids["client"], data)
        created = clients.create_client(session, data)
        entries = [
            (e.staff_id, e.entity_id, e.detail)
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.action == AuditAction.COACH_ASSIGNED).order_by(AuditEntry.id)
            )
        ]
        session.rollback()
    me, client = ids["coordinator"], ids["client"]
    assert entries == [
        (me, client, f"coach={ids['outreach']} previous={ids['coach']}"),
        (me, client, f"coach=- previous={ids['outreach']}"),
        (me, client, f"coach={ids['admin']} previous=-"),
        (me, created.id, f"coach={ids['admin']} previous=-"),
    ]


def test_health_referral_details_only_for_referrer_coach_and_admin(world: tuple[Database, World]) -> None:
    db, ids = world
    seen = {}
    for role in StaffRole:
        with _as(db, ids[role.value]) as session:
            seen[role] = not referrals.referral_detail(session, ids["health_referral"]).restricted
    # The coach made the referral; the admin sees everything; nobody else sees the notes.
    assert seen == {StaffRole.FRONT_DESK: False, StaffRole.OUTREACH: False, StaffRole.COACH: True,
                    StaffRole.COORDINATOR: False, StaffRole.ADMIN: True}
    with _as(db, ids["front_desk"]) as session:
        with pytest.raises(Exception, match="health-related"):
            load_letter(session, ids["health_referral"])
        detail = referrals.referral_detail(session, ids["health_referral"])
        assert all(entry.note == "" for entry in detail.history)
