"""Projects (hanke): the coordinator adds and changes them; everyone may list them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.acting import act_as, acting
from vauhdittamo.db import Database
from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.models import AuditAction, AuditEntry, Client, Project, StaffRole
from vauhdittamo.services import participants as ps
from vauhdittamo.services import projects as pj
from vauhdittamo.services.permissions import Permission, PermissionDenied
from vauhdittamo.services.staff import add_staff_member

TODAY = dt.date(2026, 11, 24)


def _project(**fields: object) -> pj.ProjectInput:
    values: dict[str, object] = {
        "name": "Kohti työtä ja koulutusta",
        "start_date": dt.date(2026, 1, 1),
        "end_date": dt.date(2027, 12, 31),
        "funder": "Pohjois-Karjalan ELY-keskus",
        "code": "S30123",
        "participant_target": "530",
    }
    values.update(fields)
    return pj.ProjectInput(**values)  # type: ignore[arg-type]


def _add(db: Database, **fields: object) -> str:
    with db.transaction(acting(db)) as session:
        return pj.add_project(session, _project(**fields)).id


def _entries(db: Database) -> list[tuple[str | None, str]]:
    with db.session(acting(db)) as session:
        return [
            (e.entity_id, e.detail)
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.action == AuditAction.PROJECT_CHANGED).order_by(AuditEntry.id)
            )
        ]


def test_a_project_is_added_listed_and_audited_with_field_names_only(db: Database, staff_id: str) -> None:
    project_id = _add(db)
    with db.session(acting(db)) as session:
        [row] = pj.list_projects(session)
    assert (row.project_id, row.name, row.funder, row.code, row.participant_target, row.participants) == (
        project_id, "Kohti työtä ja koulutusta", "Pohjois-Karjalan ELY-keskus", "S30123", 530, 0)
    assert (row.start_date, row.end_date) == (dt.date(2026, 1, 1), dt.date(2027, 12, 31))
    assert row.is_running(TODAY) and not row.is_running(dt.date(2028, 1, 1))
    [(entity, detail)] = _entries(db)
    assert entity == project_id
    assert detail == "created fields=name,code,funder,start_date,end_date,participant_target"
    assert "Kohti" not in detail and "ELY" not in detail


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"name": "  "}, "name", "required"),
        ({"start_date": None}, "start_date", "starts"),
        ({"end_date": dt.date(2025, 12, 31)}, "end_date", "end before it starts"),
        ({"participant_target": "0"}, "participant_target", "whole number"),
        ({"participant_target": "-5"}, "participant_target", "whole number"),
        ({"participant_target": "12,5"}, "participant_target", "whole number"),
        ({"participant_target": "many"}, "participant_target", "whole number"),
        ({"participant_target": 0}, "participant_target", "whole number"),
    ],
)
def test_bad_project_data_is_refused_naming_the_field(
    db: Database, staff_id: str, fields: dict[str, object], field: str, message: str
) -> None:
    with db.transaction(acting(db)) as session, pytest.raises(ValidationError, match=message) as caught:
        pj.add_project(session, _project(**fields))
    assert caught.value.field == field


def test_the_target_may_be_empty_and_the_end_open(db: Database, staff_id: str) -> None:
    _add(db, participant_target="", end_date=None)
    _add(db, name="Toinen", participant_target=" 1 200 ")
    with db.session(acting(db)) as session:
        targets = {r.name: (r.participant_target, r.end_date) for r in pj.list_projects(session)}
    assert targets == {"Kohti työtä ja koulutusta": (None, None), "Toinen": (1200, dt.date(2027, 12, 31))}


def test_the_name_is_unique_among_live_projects(db: Database, staff_id: str) -> None:
    first = _add(db)
    other = _add(db, name="Toinen hanke")
    with db.transaction(acting(db)) as session:
        with pytest.raises(ValidationError, match="already has this name") as caught:
            pj.add_project(session, _project(name="KOHTI TYÖTÄ JA KOULUTUSTA"))
        assert caught.value.field == "name"
        with pytest.raises(ValidationError, match="already has this name"):
            pj.change_project(session, other, _project(name="kohti työtä ja koulutusta"))
        pj.change_project(session, first, _project(name="Kohti työtä ja koulutusta", funder="ELY"))  # itself
        pj.delete_project(session, other)
        pj.add_project(session, _project(name="Toinen hanke"))  # the removed one's name is free


def test_a_change_is_audited_with_the_changed_fields(db: Database, staff_id: str) -> None:
    project_id = _add(db)
    with db.transaction(acting(db)) as session:
        pj.change_project(session, project_id, _project(funder="Etelä-Savon ELY-keskus", participant_target=600))
        pj.change_project(session, project_id, _project(funder="Etelä-Savon ELY-keskus", participant_target=600))
    assert [d for _e, d in _entries(db)][1:] == ["fields=funder,participant_target"]


def _client(db: Database) -> str:
    with db.transaction(acting(db)) as session:
        client = Client(first_name="Aino", last_name="Korhonen", birth_date=dt.date(1990, 5, 1))
        session.add(client)
        session.flush()
        return client.id


def test_a_project_with_participants_keeps_them_in_its_period_and_is_not_removed(
    db: Database, staff_id: str
) -> None:
    project_id = _add(db)
    client_id = _client(db)
    with db.transaction(acting(db)) as session:
        ps.enrol(session, client_id, project_id, ps.EntryInput(dt.date(2026, 3, 2)), today=TODAY)
    with db.transaction(acting(db)) as session:
        assert pj.list_projects(session)[0].participants == 1
        with pytest.raises(ValidationError, match=r"entered the project on 2\.3\.2026, before") as early:
            pj.change_project(session, project_id, _project(start_date=dt.date(2026, 4, 1)))
        assert early.value.field == "start_date"
        with pytest.raises(ValidationError, match="after this end date"):
            pj.change_project(session, project_id, _project(end_date=dt.date(2026, 3, 1)))
        with pytest.raises(AppError, match=r"has participants \(1\)"):
            pj.delete_project(session, project_id)
        pj.change_project(session, project_id, _project(start_date=dt.date(2026, 3, 2)))


def test_a_removed_project_is_a_tombstone_gone_from_the_list(db: Database, staff_id: str) -> None:
    project_id = _add(db)
    with db.transaction(acting(db)) as session:
        pj.delete_project(session, project_id)
    with db.session(acting(db)) as session:
        assert pj.list_projects(session) == []
        stored = session.get(Project, project_id)
        assert stored is not None and stored.deleted_at is not None
        with pytest.raises(AppError, match="no longer exists"):
            pj.get_project(session, project_id)
    assert _entries(db)[-1] == (project_id, "deleted")


@pytest.mark.parametrize("role", [StaffRole.FRONT_DESK, StaffRole.OUTREACH, StaffRole.COACH])
def test_only_coordinators_and_administrators_change_projects_and_everyone_lists(
    db: Database, staff_id: str, role: StaffRole
) -> None:
    project_id = _add(db)
    with db.transaction(acting(db)) as session:
        member = add_staff_member(session, f"Staff {role.value}", role).id
    act_as(db, member)
    with db.transaction(acting(db)) as session:
        assert [r.project_id for r in pj.list_projects(session)] == [project_id]
        for attempt in (
            lambda: pj.add_project(session, _project(name="Uusi")),
            lambda: pj.change_project(session, project_id, _project(funder="x")),
            lambda: pj.delete_project(session, project_id),
        ):
            with pytest.raises(PermissionDenied) as denied:
                attempt()
            assert denied.value.permission == Permission.MANAGE_PROJECTS
