"""The domain model is portable to PostgreSQL, the central hub's database."""

import datetime as dt

import pytest
from sqlalchemy import Engine, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vauhdittamo.models import (
    AttendanceMark,
    AttendanceStatus,
    Base,
    Client,
    PartnerCategory,
    PartnerOrganisation,
    PartnerService,
    Referral,
    ReferralEvent,
    ReferralStatus,
    StaffMember,
    Workshop,
    WorkshopSession,
)

pytestmark = pytest.mark.postgres


def test_every_table_creates_on_postgresql(pg_schema: Engine) -> None:
    Base.metadata.create_all(pg_schema)
    assert set(inspect(pg_schema).get_table_names()) == set(Base.metadata.tables)


def test_records_round_trip_with_utc_times_and_device_keys(pg_schema: Engine) -> None:
    Base.metadata.create_all(pg_schema)
    sent = dt.datetime(2026, 11, 20, 8, 15, tzinfo=dt.UTC)
    with Session(pg_schema) as session, session.begin():
        staff = StaffMember(display_name="Anna Ohjaaja", device_id="dev-1")
        client = Client(first_name="Åsa", last_name="Åberg", birth_date=dt.date(2001, 5, 31), device_id="dev-1")
        org = PartnerOrganisation(name="Kela", category=PartnerCategory.KELA, device_id="dev-1")
        session.add_all([staff, client, org])
        session.flush()
        service = PartnerService(organisation_id=org.id, name="Kuntoutus", device_id="dev-1")
        session.add(service)
        session.flush()
        referral = Referral(client_id=client.id, partner_service_id=service.id, staff_id=staff.id, device_id="dev-1")
        session.add(referral)
        session.flush()
        session.add(ReferralEvent(referral_id=referral.id, status=ReferralStatus.SENT, occurred_at=sent,
                                  device_id="dev-1"))
        referral_id = referral.id
    with Session(pg_schema) as session:
        stored = session.get(Referral, referral_id)
        assert stored is not None
        assert stored.status == ReferralStatus.SENT
        assert stored.events[0].occurred_at == sent
        assert session.scalar(select(Client.last_name)) == "Åberg"


def test_one_attendance_mark_per_person_and_session(pg_schema: Engine) -> None:
    Base.metadata.create_all(pg_schema)
    with Session(pg_schema) as session, session.begin():
        client = Client(first_name="A", last_name="B", device_id="d")
        workshop = Workshop(name="START", start_date=dt.date(2026, 1, 5), device_id="d")
        session.add_all([client, workshop])
        session.flush()
        meeting = WorkshopSession(workshop_id=workshop.id, session_date=dt.date(2026, 1, 5),
                                  start_time=dt.time(9), end_time=dt.time(12), device_id="d")
        session.add(meeting)
        session.flush()
        session.add(AttendanceMark(session_id=meeting.id, client_id=client.id, status=AttendanceStatus.PRESENT,
                                   device_id="d"))
        ids = (meeting.id, client.id)
    with pytest.raises(IntegrityError), Session(pg_schema) as session, session.begin():
        session.add(AttendanceMark(session_id=ids[0], client_id=ids[1], status=AttendanceStatus.ABSENT,
                                   device_id="d2"))
