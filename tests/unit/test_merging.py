"""Merging two records of one person: what moves, what is combined, who may, and what the audit keeps."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.acting import act_as, acting
from vauhdittamo.db import Database
from vauhdittamo.models import (
    AttendanceMark,
    AttendanceStatus,
    AuditAction,
    AuditEntry,
    Client,
    ClientNote,
    GuidanceVisit,
    Project,
    ProjectParticipant,
    StaffRole,
    SyncOutbox,
    Workshop,
    WorkshopEnrolment,
    WorkshopSession,
)
from vauhdittamo.models.project import Gender, LabourStatus
from vauhdittamo.services import clients as client_service
from vauhdittamo.services import retention
from vauhdittamo.services.merging import MergeRefused, follow_merges, merge_clients, merge_preview
from vauhdittamo.services.permissions import PermissionDenied
from vauhdittamo.services.staff import add_staff_member

Ids = dict[str, str]
DAY = dt.date(2026, 11, 2)


def _at(hour: int) -> dt.datetime:
    return dt.datetime(2026, 11, 2, hour, tzinfo=dt.UTC)


@pytest.fixture
def ids(db: Database, staff_id: str) -> Ids:
    """Two records of Matti Virtanen (one typed "Virtane", with the phone), a workshop both attended."""
    found: Ids = {"admin": staff_id}
    with db.transaction(acting(db)) as session:
        for key, role in (
            ("coordinator", StaffRole.COORDINATOR),
            ("coach", StaffRole.COACH),
            ("front_desk", StaffRole.FRONT_DESK),
        ):
            found[key] = add_staff_member(session, f"Staff {key}", role).id
        kept = Client(
            first_name="Matti", last_name="Virtanen", birth_date=dt.date(1990, 1, 1), municipality="Lieksa", village=""
        )
        other = Client(
            first_name="Matti",
            last_name="Virtane",
            birth_date=dt.date(1990, 1, 1),
            municipality="Lieksa",
            village="Koli",
            phone="040 123 4567",
        )
        bystander = Client(first_name="Liisa", last_name="Virtanen", birth_date=dt.date(1988, 3, 3))
        workshop = Workshop(name="Työpaja", start_date=dt.date(2026, 1, 1))
        project = Project(name="Kohti työtä", start_date=dt.date(2026, 1, 1))
        session.add_all([kept, other, bystander, workshop, project])
        session.flush()
        first = WorkshopSession(workshop_id=workshop.id, session_date=DAY, start_time=dt.time(9), end_time=dt.time(12))
        second = WorkshopSession(
            workshop_id=workshop.id,
            session_date=DAY + dt.timedelta(days=7),
            start_time=dt.time(9),
            end_time=dt.time(12),
        )
        session.add_all([first, second])
        session.flush()
        session.add_all(
            [
                GuidanceVisit(client_id=other.id, visited_at=_at(8), note="Etsii kesätöitä"),
                GuidanceVisit(client_id=other.id, visited_at=_at(9)),
                GuidanceVisit(client_id=kept.id, visited_at=_at(10)),
                ClientNote(client_id=other.id, written_at=_at(9), text="Soitettu"),
                WorkshopEnrolment(workshop_id=workshop.id, client_id=kept.id, enrolled_on=DAY),
                WorkshopEnrolment(workshop_id=workshop.id, client_id=other.id, enrolled_on=DAY - dt.timedelta(days=30)),
                # The same session marked for both records: one mark remains, the better one.
                AttendanceMark(session_id=first.id, client_id=kept.id, status=AttendanceStatus.ABSENT),
                AttendanceMark(session_id=first.id, client_id=other.id, status=AttendanceStatus.PRESENT),
                AttendanceMark(session_id=second.id, client_id=other.id, status=AttendanceStatus.PRESENT),
                ProjectParticipant(project_id=project.id, client_id=kept.id, entry_date=DAY),
                ProjectParticipant(
                    project_id=project.id,
                    client_id=other.id,
                    entry_date=DAY,
                    gender=Gender.MAN,
                    labour_status=LabourStatus.UNEMPLOYED,
                ),
            ]
        )
        found.update(
            kept=kept.id,
            other=other.id,
            bystander=bystander.id,
            workshop=workshop.id,
            first=first.id,
            second=second.id,
            project=project.id,
        )
    act_as(db, found["coordinator"])
    return found


def test_preview_lists_the_differing_fields_and_what_moves(db: Database, ids: Ids) -> None:
    with db.session(acting(db)) as session:
        preview = merge_preview(session, ids["kept"], ids["other"])
    fields = {f.name: f for f in preview.fields}
    assert set(fields) == {"last_name", "village", "phone"}
    assert fields["phone"].other_text == "040 123 4567" and fields["phone"].take_other
    assert fields["village"].take_other  # the kept record has no village
    assert not fields["last_name"].take_other  # both have one: the kept record's stays unless chosen
    assert preview.moves == {"visits": 2, "notes": 1, "enrolments": 1, "workshop_marks": 2, "participations": 1}
    assert (preview.kept_name, preview.other_name) == ("Matti Virtanen", "Matti Virtane")


def test_merge_moves_every_record_and_leaves_a_tombstone(db: Database, ids: Ids) -> None:
    with db.transaction(acting(db)) as session:
        result = merge_clients(session, ids["kept"], ids["other"], take_other=["phone", "village"])
    assert result.kept_id == ids["kept"] and result.moved == 7
    with db.session(acting(db)) as session:
        kept = session.get(Client, ids["kept"])
        other = session.get(Client, ids["other"])
        assert kept is not None and other is not None
        assert (kept.last_name, kept.phone, kept.village) == ("Virtanen", "040 123 4567", "Koli")
        assert "0401234567" in kept.search_key  # found by the phone taken over
        assert other.merged_into_id == kept.id and other.deleted_at is not None
        visits = session.scalars(select(GuidanceVisit).where(GuidanceVisit.client_id == kept.id)).all()
        assert len(visits) == 3
        notes = session.scalars(select(ClientNote.client_id)).all()
        assert notes == [kept.id]
        # One enrolment: the kept one, which takes nothing (both had the workshop); the other is deleted.
        enrolments = session.scalars(select(WorkshopEnrolment).where(WorkshopEnrolment.deleted_at.is_(None))).all()
        assert [e.client_id for e in enrolments] == [kept.id]
        marks = {
            m.session_id: m.status
            for m in session.scalars(
                select(AttendanceMark).where(AttendanceMark.deleted_at.is_(None), AttendanceMark.client_id == kept.id)
            )
        }
        assert marks == {ids["first"]: AttendanceStatus.PRESENT, ids["second"]: AttendanceStatus.PRESENT}
        participation = session.scalars(select(ProjectParticipant).where(ProjectParticipant.deleted_at.is_(None))).one()
        assert participation.client_id == kept.id
        assert (participation.gender, participation.labour_status) == (Gender.MAN, LabourStatus.UNEMPLOYED)
        # Hidden from search and lists; its id still opens the kept record.
        found = client_service.search_clients(session, "matti virtane")
        assert [c.id for c in found] == [kept.id]
        assert client_service.get_client(session, ids["other"]).id == kept.id
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.CLIENTS_MERGED)).one()
        assert entry.entity_id == kept.id
        assert entry.detail == f"merged={other.id} moved=7 fields=village,phone"
        assert "Matti" not in entry.detail
        # Every change waits to be synchronised.
        queued = set(session.scalars(select(SyncOutbox.row_id)))
        assert {kept.id, other.id, *(v.id for v in visits)} <= queued


def test_only_coordinators_and_administrators_merge(db: Database, ids: Ids) -> None:
    for role in ("coach", "front_desk"):
        act_as(db, ids[role])
        with pytest.raises(PermissionDenied), db.transaction(acting(db)) as session:
            merge_clients(session, ids["kept"], ids["other"])
    act_as(db, ids["coordinator"])
    with db.session(acting(db)) as session:
        assert session.get(Client, ids["other"]).deleted_at is None  # type: ignore[union-attr]


@pytest.mark.parametrize("case", ["same", "erased", "merged", "unknown", "field"])
def test_refused_merges_say_why_and_change_nothing(db: Database, ids: Ids, case: str) -> None:
    kept, other = ids["kept"], ids["other"]
    take: list[str] = []
    if case == "same":
        other = kept
    elif case == "erased":
        act_as(db, ids["admin"])
        with db.transaction(acting(db)) as session:
            retention.erase_personal_data(session, [session.get(Client, other)], dt.datetime.now(dt.UTC))  # type: ignore[list-item]
        act_as(db, ids["coordinator"])
    elif case == "merged":
        with db.transaction(acting(db)) as session:
            merge_clients(session, ids["bystander"], other)
    elif case == "unknown":
        other = "no-such-client"
    else:
        take = ["anonymised_at"]
    with pytest.raises(MergeRefused) as refused, db.transaction(acting(db)) as session:
        merge_clients(session, kept, other, take_other=take)
    assert refused.value.message
    with db.session(acting(db)) as session:
        assert len(session.scalars(select(GuidanceVisit).where(GuidanceVisit.client_id == ids["kept"])).all()) == 1


def test_erasing_the_kept_record_erases_the_merged_away_one(db: Database, ids: Ids) -> None:
    with db.transaction(acting(db)) as session:
        merge_clients(session, ids["kept"], ids["other"])
    act_as(db, ids["admin"])
    with db.transaction(acting(db)) as session:
        retention.erase_personal_data(session, [session.get(Client, ids["kept"])], dt.datetime.now(dt.UTC))  # type: ignore[list-item]
    with db.session(acting(db)) as session:
        other = session.get(Client, ids["other"])
        assert other is not None and other.anonymised_at is not None
        assert (other.last_name, other.phone, other.village) == ("", "", "")
        notes = session.scalars(select(ClientNote.text)).all()
        assert notes == [""]


def test_retention_never_lists_a_merged_away_record(db: Database, ids: Ids) -> None:
    with db.transaction(acting(db)) as session:
        merge_clients(session, ids["kept"], ids["other"])
    act_as(db, ids["admin"])
    with db.session(acting(db)) as session:
        due = retention.due_for_review(session, today=dt.date(2040, 1, 1))
    assert ids["other"] not in {c.client_id for c in due}
    assert ids["kept"] in {c.client_id for c in due}


def test_records_that_arrive_for_a_merged_away_record_follow_it(db: Database, ids: Ids) -> None:
    """As if a laptop that had not seen the merge added a visit and a mark to the old record."""
    with db.transaction(acting(db)) as session:
        merge_clients(session, ids["kept"], ids["other"])
    with db.transaction(acting(db)) as session:
        session.add(GuidanceVisit(client_id=ids["other"], visited_at=_at(14)))
        session.add(
            AttendanceMark(
                session_id=ids["second"], client_id=ids["other"], status=AttendanceStatus.ABSENT, drop_in=True
            )
        )
    with db.transaction(acting(db)) as session:
        report = follow_merges(session)
    assert report.moved == 2 and report.changed
    with db.session(acting(db)) as session:
        assert (
            session.scalars(select(GuidanceVisit.client_id).where(GuidanceVisit.visited_at == _at(14))).one()
            == (ids["kept"])
        )
        live = session.scalars(
            select(AttendanceMark).where(
                AttendanceMark.session_id == ids["second"], AttendanceMark.deleted_at.is_(None)
            )
        ).all()
        assert [(m.client_id, m.status) for m in live] == [(ids["kept"], AttendanceStatus.PRESENT)]
    with db.transaction(acting(db)) as session:
        assert not follow_merges(session).changed  # settled: a second pass writes nothing


def test_merges_in_a_circle_keep_one_record(db: Database, ids: Ids) -> None:
    """Two laptops merged the pair in opposite directions: the record with the smaller id is kept."""
    with db.transaction(acting(db)) as session:
        merge_clients(session, ids["kept"], ids["other"])
        kept = session.get(Client, ids["kept"])
        assert kept is not None
        kept.merged_into_id = ids["other"]  # what the other laptop's merge brings
        kept.deleted_at = dt.datetime.now(dt.UTC)
    with db.transaction(acting(db)) as session:
        report = follow_merges(session)
    assert report.revived == 1
    keeper, gone = sorted([ids["kept"], ids["other"]])
    with db.session(acting(db)) as session:
        live = session.scalars(select(Client).where(Client.id.in_([keeper, gone]), Client.deleted_at.is_(None))).all()
        assert [c.id for c in live] == [keeper]
        assert session.get(Client, gone).merged_into_id == keeper  # type: ignore[union-attr]
        visits = session.scalars(select(GuidanceVisit.client_id)).all()
        assert set(visits) == {keeper} and len(visits) == 3
