"""What the screens read comes from the services as plain data, with nothing left to load lazily."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.acting import acting
from vauhdittamo.db import Database
from vauhdittamo.models import AgeGroup, Client, StaffRole, SyncConflict, VisitChannel, WorkshopKind
from vauhdittamo.services import staff, syncing, visits
from vauhdittamo.services import workshops as ws
from vauhdittamo.services.workshops import SlotInput, WorkshopInput

TODAY = dt.date(2026, 11, 18)  # a Wednesday


def test_staff_pickers_get_plain_choices_and_names_of_former_staff(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        former = staff.add_staff_member(session, "Eero Entinen", StaffRole.OUTREACH).id
        staff.set_active(session, former, False)
    with db.session(acting(db)) as session:
        choices = staff.active_staff(session)
        assert choices == [staff.StaffChoice(staff_id, "Anna Ohjaaja", StaffRole.ADMIN)]
        assert staff.staff_name(session, former) == "Eero Entinen"
        assert staff.staff_role(session, former) is StaffRole.OUTREACH
        assert staff.staff_name(session, "no-such-id") is None and staff.staff_role(session, "no-such-id") is None


def test_a_visit_is_read_for_correcting_it(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        visit_id = visits.log_visit(session, client_id=None, staff_id=staff_id, topics=["job_search"],
                                    channel=VisitChannel.PHONE, age_group=AgeGroup.UNDER_30, note="Soitti").id
    with db.session(acting(db)) as session:
        record = visits.visit_record(session, visit_id)
    assert dataclasses.is_dataclass(record)
    assert (record.client_id, record.topics, record.channel, record.age_group, record.note) == (
        None, ("job_search",), VisitChannel.PHONE, AgeGroup.UNDER_30, "Soitti")
    assert record.editable
    with db.session(acting(db)) as session:
        assert not visits.visit_record(session, visit_id, today=dt.date.today() + dt.timedelta(days=1)).editable


def test_a_session_is_read_with_its_workshop_name(db: Database, staff_id: str) -> None:
    monday = TODAY - dt.timedelta(days=2)
    with db.transaction(acting(db)) as session:
        workshop_id = ws.create_workshop(session, WorkshopInput(
            name="Vauhdittamo START", kind=WorkshopKind.NONSTOP_START, start_date=monday,
            end_date=monday + dt.timedelta(days=6), facilitator_ids=[staff_id],
            slots=[SlotInput(2, dt.time(9), dt.time(12))],
        ), today=TODAY).id
        extra = ws.add_session(session, workshop_id, TODAY, dt.time(13), dt.time(15), place="Kirjasto").id
        generated = next(s for s in ws.sessions_between(session, monday, monday + dt.timedelta(days=6))
                         if s.session_id != extra).session_id
    with db.session(acting(db)) as session:
        details = ws.session_details(session, extra)
        scheduled = ws.session_details(session, generated)
    assert (details.workshop_name, details.place, details.start_time, details.from_schedule) == (
        "Vauhdittamo START", "Kirjasto", dt.time(13), False)
    assert scheduled.from_schedule and scheduled.workshop_id == workshop_id


def test_open_conflicts_come_with_both_values(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        client = Client(first_name="Aino", last_name="Virtanen", phone="050 222")
        session.add(client)
        session.flush()
        session.add(SyncConflict(table_name="client", row_id=client.id, column_name="phone", kind="field",
                                 losing_value='"040 111"', losing_hlc="0"))
        session.add(SyncConflict(table_name="client", row_id=client.id, column_name="village", kind="deleted",
                                 losing_value='"Koli"', losing_hlc="0"))
    with db.session(acting(db)) as session:
        conflicts = sorted(syncing.conflict_list(session), key=lambda c: c.kind)
    assert [(c.kind, c.current, c.losing) for c in conflicts] == [("deleted", None, "Koli"),
                                                                   ("field", "050 222", "040 111")]
    state = syncing.load_state(db, acting(db))
    assert state.conflicts == 2 and state.last is None and state.schema
