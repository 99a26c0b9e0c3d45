"""Workshops: the schedule, generated sessions, hand edits, cancellations and enrolment."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.acting import acting
from vauhdittamo.db import Database
from vauhdittamo.errors import ValidationError
from vauhdittamo.models import AttendanceStatus, Client, WorkshopKind, WorkshopSession
from vauhdittamo.services import attendance
from vauhdittamo.services import workshops as ws
from vauhdittamo.services.workshops import InvalidWorkshop, SlotInput, WorkshopInput

MONDAY = dt.date(2026, 11, 16)  # ISO week 47
TODAY = dt.date(2026, 11, 18)  # Wednesday


def nine_to_noon(weekday: int) -> SlotInput:
    return SlotInput(weekday, dt.time(9), dt.time(12))


def start_workshop(session: Session, staff_id: str, **changes: object) -> str:
    data = WorkshopInput(
        name="Vauhdittamo START",
        kind=WorkshopKind.NONSTOP_START,
        place="Pielisentie 7, Lieksa",
        capacity=20,
        start_date=MONDAY,
        end_date=MONDAY + dt.timedelta(weeks=4, days=-1),
        facilitator_ids=[staff_id],
        slots=[nine_to_noon(2), nine_to_noon(4)],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return ws.create_workshop(session, data, today=TODAY).id


def live_sessions(session: Session, workshop_id: str) -> list[WorkshopSession]:
    return list(
        session.scalars(
            select(WorkshopSession)
            .where(WorkshopSession.workshop_id == workshop_id, WorkshopSession.deleted_at.is_(None))
            .order_by(WorkshopSession.session_date)
        )
    )


def add_client(session: Session, first: str = "Aino", last: str = "Korhonen", born: dt.date | None = None) -> str:
    client = Client(first_name=first, last_name=last, birth_date=born)
    session.add(client)
    session.flush()
    return client.id


def test_sessions_are_generated_from_the_weekly_schedule(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        workshop_id = start_workshop(session, staff_id)
        sessions = live_sessions(session, workshop_id)
    assert [s.session_date.isoweekday() for s in sessions] == [2, 4] * 4
    assert sessions[0].session_date == dt.date(2026, 11, 17)
    assert sessions[-1].session_date == dt.date(2026, 12, 10)
    assert all(s.start_time == dt.time(9) and s.end_time == dt.time(12) for s in sessions)
    assert all(s.place == "Pielisentie 7, Lieksa" for s in sessions)


def test_generation_is_idempotent_and_keys_are_the_same_on_every_device(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        workshop_id = start_workshop(session, staff_id, end_date=None)
        before = {s.id for s in live_sessions(session, workshop_id)}
        assert ws.generate_sessions(session, workshop_id, MONDAY + dt.timedelta(weeks=12), today=TODAY) == 0
        slot = ws.schedule(session, workshop_id)[0]
        assert slot.id is not None
        first = dt.date(2026, 11, 17)
        assert ws.session_key(workshop_id, slot.id, first) in before
    # Tuesdays 17.11.2026–9.2.2027 and Thursdays 19.11.2026–4.2.2027: twelve weeks ahead of 18.11.
    assert len(before) == 13 + 12


def test_a_removed_session_is_not_generated_again(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        workshop_id = start_workshop(session, staff_id)
        first = live_sessions(session, workshop_id)[0]
        ws.remove_session(session, first.id)
        ws.generate_sessions(session, workshop_id, MONDAY + dt.timedelta(weeks=8), today=TODAY)
        assert first.id not in {s.id for s in live_sessions(session, workshop_id)}


def test_the_week_view_generates_later_weeks_of_running_workshops(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        workshop_id = start_workshop(session, staff_id, end_date=None)
        far = MONDAY + dt.timedelta(weeks=30)
        assert not ws.sessions_between(session, far, far + dt.timedelta(days=6))
        assert ws.ensure_sessions_until(session, far + dt.timedelta(days=6), today=TODAY) > 0
        week = ws.sessions_between(session, far, far + dt.timedelta(days=6))
        assert [s.workshop_id for s in week] == [workshop_id, workshop_id]


def test_invalid_workshop_lists_every_field_to_fix(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session, pytest.raises(InvalidWorkshop) as caught:
        ws.create_workshop(
            session,
            WorkshopInput(
                name="  ",
                capacity=0,
                start_date=MONDAY,
                end_date=MONDAY - dt.timedelta(days=1),
                slots=[SlotInput(1, dt.time(12), dt.time(9)), SlotInput(3, dt.time(9), dt.time(12)),
                       SlotInput(3, dt.time(11), dt.time(13))],
                facilitator_ids=["no-such-staff"],
            ),
        )
    assert set(caught.value.by_field()) == {"name", "capacity", "end_date", "schedule", "facilitators"}


def test_a_schedule_change_moves_untouched_future_sessions_only(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        workshop_id = start_workshop(session, staff_id)
        client_id = add_client(session)
        sessions = live_sessions(session, workshop_id)
        past, thursday_next, marked_future, noted_future = sessions[:4]
        assert past.session_date < TODAY < thursday_next.session_date
        attendance.mark(session, past.id, client_id, AttendanceStatus.PRESENT, today=TODAY)
        marked_future.anonymous_count = 2  # a head count written ahead counts as use
        noted_future.note = "Vierailija Eduko"
        data = ws.workshop_input(session, workshop_id)
        tuesday = data.slots[0]
        tuesday.start_time, tuesday.end_time = dt.time(10), dt.time(13)  # Tuesdays move an hour later
        data.slots = [tuesday, SlotInput(5, dt.time(9), dt.time(11))]  # Thursdays become Fridays
        data.place = "Kylätalo, Koli"
        ws.update_workshop(session, workshop_id, data, today=TODAY)
        after = live_sessions(session, workshop_id)

    by_id = {s.id: s for s in after}
    assert (by_id[past.id].start_time, by_id[past.id].place) == (dt.time(9), "Pielisentie 7, Lieksa")  # the past stays
    assert thursday_next.id not in by_id  # an untouched Thursday is gone
    assert by_id[marked_future.id].start_time == dt.time(9)  # used sessions are left alone
    assert by_id[noted_future.id].session_date.isoweekday() == 4
    untouched = [s for s in after if s.session_date > TODAY and s.id not in {marked_future.id, noted_future.id}]
    assert {s.session_date.isoweekday() for s in untouched} == {2, 5}
    assert all(s.place == "Kylätalo, Koli" for s in untouched)
    tuesdays = [s.session_date for s in untouched if s.session_date.isoweekday() == 2]
    assert tuesdays == [dt.date(2026, 12, 1), dt.date(2026, 12, 8)]
    assert all(s.start_time == dt.time(10) for s in untouched if s.session_date.isoweekday() == 2)
    fridays = [s for s in untouched if s.session_date.isoweekday() == 5]
    assert [f.session_date.day for f in fridays] == [20, 27, 4, 11]
    assert all(f.end_time == dt.time(11) for f in fridays)


def test_shortening_the_dates_removes_later_untouched_sessions(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        workshop_id = start_workshop(session, staff_id)
        data = ws.workshop_input(session, workshop_id)
        data.end_date = dt.date(2026, 11, 30)
        ws.update_workshop(session, workshop_id, data, today=TODAY)
        dates = [s.session_date for s in live_sessions(session, workshop_id)]
    assert max(dates) <= dt.date(2026, 11, 30)
    assert len(dates) == 4


def test_a_hand_edited_session_leaves_the_schedule(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        workshop_id = start_workshop(session, staff_id)
        moved = live_sessions(session, workshop_id)[4]
        ws.update_session(session, moved.id, day=moved.session_date, start_time=dt.time(13), end_time=dt.time(15),
                          place="Kirjasto", note="")
        assert moved.slot_id is None
        data = ws.workshop_input(session, workshop_id)
        for slot in data.slots:
            slot.start_time = dt.time(8)
        ws.update_workshop(session, workshop_id, data, today=TODAY)
        assert (moved.start_time, moved.place) == (dt.time(13), "Kirjasto")


def test_cancelled_session_keeps_its_reason(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        workshop_id = start_workshop(session, staff_id)
        item = live_sessions(session, workshop_id)[5]
        with pytest.raises(ValidationError):
            ws.cancel_session(session, item.id, "   ")
        ws.cancel_session(session, item.id, "Ohjaaja sairaana")
        week = ws.sessions_between(session, item.session_date, item.session_date)
    assert week[0].cancelled and week[0].cancel_reason == "Ohjaaja sairaana"


def test_a_session_with_attendance_cannot_be_removed(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        workshop_id = start_workshop(session, staff_id)
        first = live_sessions(session, workshop_id)[0]
        attendance.set_anonymous_count(session, first.id, 3, today=TODAY)
        with pytest.raises(ValidationError):
            ws.remove_session(session, first.id)


def test_extra_session_must_fall_within_the_workshop(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        workshop_id = start_workshop(session, staff_id)
        extra = ws.add_session(session, workshop_id, dt.date(2026, 11, 21), dt.time(10), dt.time(14))
        assert extra.slot_id is None and extra.place == "Pielisentie 7, Lieksa"
        with pytest.raises(ValidationError):
            ws.add_session(session, workshop_id, dt.date(2027, 1, 5), dt.time(10), dt.time(14))
        with pytest.raises(ValidationError):
            ws.add_session(session, workshop_id, dt.date(2026, 11, 21), dt.time(14), dt.time(10))


def test_enrolment_counts_and_reopening(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        workshop_id = start_workshop(session, staff_id)
        aino = add_client(session)
        ws.enrol(session, workshop_id, aino, MONDAY)
        assert [p.client_id for p in ws.participants(session, workshop_id, TODAY)] == [aino]
        ws.end_enrolment(session, workshop_id, aino, TODAY)
        assert ws.participants(session, workshop_id, TODAY) == []
        assert len(ws.participants(session, workshop_id, MONDAY)) == 1
        ws.enrol(session, workshop_id, aino, dt.date(2026, 11, 25))
        assert len(ws.participants(session, workshop_id, dt.date(2026, 11, 25))) == 1
        summary = ws.list_workshops(session, today=dt.date(2026, 11, 25))
        assert summary[0].enrolled == 1 and summary[0].facilitators == ["Anna Ohjaaja"]


def test_deleting_a_workshop_keeps_marked_sessions_in_history(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        workshop_id = start_workshop(session, staff_id)
        client_id = add_client(session)
        first = live_sessions(session, workshop_id)[0]
        attendance.mark(session, first.id, client_id, AttendanceStatus.PRESENT, today=TODAY)
        ws.delete_workshop(session, workshop_id)
        remaining = session.scalar(
            select(func.count()).select_from(WorkshopSession).where(WorkshopSession.deleted_at.is_(None))
        )
        assert remaining == 1
        assert ws.list_workshops(session, today=TODAY) == []
