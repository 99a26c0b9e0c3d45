"""Attendance sheets: enrolled people, drop-ins, head counts, times and certificates."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.acting import acting
from tests.unit.test_workshops import MONDAY, TODAY, add_client, live_sessions, start_workshop
from vauhdittamo.db import Database
from vauhdittamo.errors import ValidationError
from vauhdittamo.models import AgeGroup, AttendanceMark, AttendanceStatus
from vauhdittamo.services import attendance, certificates
from vauhdittamo.services import workshops as ws
from vauhdittamo.services.certificates import CertificateInput
from vauhdittamo.services.client_card import TimelineKind, load_card
from vauhdittamo.timeutil import local_today

PRESENT, ABSENT, EXCUSED = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED


@pytest.fixture
def group(db: Database, staff_id: str) -> dict[str, str]:
    """A workshop with three enrolled clients and a first session on Tuesday 17.11.2026."""
    with db.transaction(acting(db)) as session:
        workshop_id = start_workshop(session, staff_id)
        ids = {
            "workshop": workshop_id,
            "session": live_sessions(session, workshop_id)[0].id,
            "aino": add_client(session, "Aino", "Korhonen", dt.date(2001, 5, 3)),
            "eero": add_client(session, "Eero", "Mäkinen", dt.date(1980, 1, 1)),
            "sanna": add_client(session, "Sanna", "Heikkinen"),
            "ville": add_client(session, "Ville", "Nieminen", dt.date(1999, 9, 9)),
        }
        for name in ("aino", "eero", "sanna"):
            ws.enrol(session, workshop_id, ids[name], MONDAY)
    return ids


def mark_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AttendanceMark)) or 0


def test_the_sheet_lists_the_enrolled_with_age_groups(db: Database, group: dict[str, str]) -> None:
    with db.session(acting(db)) as session:
        sheet = attendance.load_sheet(session, group["session"])
    assert [r.name for r in sheet.rows] == ["Heikkinen, Sanna", "Korhonen, Aino", "Mäkinen, Eero"]
    assert [r.age_group for r in sheet.rows] == [AgeGroup.UNKNOWN, AgeGroup.UNDER_30, AgeGroup.AGE_30_PLUS]
    assert sheet.unmarked == 3 and sheet.present == 0
    assert sheet.session_date == dt.date(2026, 11, 17) and sheet.workshop_name == "Vauhdittamo START"


def test_enrolled_drop_in_and_anonymous_people(db: Database, group: dict[str, str], staff_id: str) -> None:
    session_id = group["session"]
    with db.transaction(acting(db)) as session:
        attendance.mark(session, session_id, group["eero"], ABSENT, today=TODAY)
        assert attendance.mark_all_present(session, session_id, today=TODAY) == 2
        attendance.add_drop_in(session, session_id, group["ville"], today=TODAY)
        attendance.set_anonymous_count(session, session_id, 4, today=TODAY)
        attendance.set_times(session, session_id, group["aino"], dt.time(9, 10), dt.time(11, 45))
    with db.session(acting(db)) as session:
        sheet = attendance.load_sheet(session, session_id)
    by_name = {r.name: r for r in sheet.rows}
    assert by_name["Mäkinen, Eero"].status == ABSENT
    assert by_name["Korhonen, Aino"].status == PRESENT
    assert (by_name["Korhonen, Aino"].time_in, by_name["Korhonen, Aino"].time_out) == (dt.time(9, 10), dt.time(11, 45))
    ville = by_name["Nieminen, Ville"]
    assert ville.drop_in and not ville.enrolled and ville.status == PRESENT
    assert sheet.present == 3 and sheet.anonymous_count == 4 and sheet.total_present == 7
    assert sheet.rows[-1].name == "Nieminen, Ville"  # drop-ins after the enrolled


def test_marking_twice_makes_one_mark(db: Database, group: dict[str, str], staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        for status in (PRESENT, EXCUSED, PRESENT):
            attendance.mark(session, group["session"], group["aino"], status, today=TODAY)
        attendance.clear_mark(session, group["session"], group["aino"])
        attendance.mark(session, group["session"], group["aino"], EXCUSED, today=TODAY)
        assert mark_count(session) == 1
        assert attendance.load_sheet(session, group["session"]).row(group["aino"]).status == EXCUSED  # type: ignore[union-attr]


def test_a_cleared_drop_in_disappears_from_the_sheet(db: Database, group: dict[str, str], staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        attendance.add_drop_in(session, group["session"], group["ville"], today=TODAY)
        attendance.clear_mark(session, group["session"], group["ville"])
        assert attendance.load_sheet(session, group["session"]).row(group["ville"]) is None


def test_not_present_means_no_times(db: Database, group: dict[str, str], staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        attendance.mark(session, group["session"], group["aino"], PRESENT, today=TODAY)
        with pytest.raises(ValidationError):
            attendance.set_times(session, group["session"], group["aino"], dt.time(11), dt.time(10))
        attendance.set_times(session, group["session"], group["aino"], dt.time(9), None)
        attendance.mark(session, group["session"], group["aino"], ABSENT, today=TODAY)
        assert attendance.load_sheet(session, group["session"]).row(group["aino"]).time_in is None  # type: ignore[union-attr]
        with pytest.raises(ValidationError):
            attendance.set_times(session, group["session"], group["aino"], dt.time(9), None)


def test_cancelled_and_future_sessions_cannot_be_marked(db: Database, group: dict[str, str], staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        ws.cancel_session(session, group["session"], "Myrsky")
        with pytest.raises(ValidationError, match="cancelled"):
            attendance.mark(session, group["session"], group["aino"], PRESENT, today=TODAY)
        ws.restore_session(session, group["session"])
        attendance.mark(session, group["session"], group["aino"], PRESENT, today=TODAY)
        later = live_sessions(session, group["workshop"])[3]
        with pytest.raises(ValidationError, match="on the day"):
            attendance.mark(session, later.id, group["aino"], PRESENT, today=TODAY)
        with pytest.raises(ValidationError):
            attendance.set_anonymous_count(session, group["session"], -1, today=TODAY)


def test_attendance_and_certificates_show_on_the_client_timeline(
    db: Database, staff_id: str
) -> None:
    today = local_today()
    with db.transaction(acting(db)) as session:
        workshop_id = start_workshop(session, staff_id, start_date=today, end_date=None,
                                     slots=[ws.SlotInput(today.isoweekday(), dt.time(0, 0), dt.time(23, 59))])
        session_id = live_sessions(session, workshop_id)[0].id
        aino = add_client(session)
        attendance.add_drop_in(session, session_id, aino)
        certificates.record_certificate(
            session,
            CertificateInput(aino, "Asiakaspalvelu", "Liiketoiminnan perustutkinto", workshop_id, today, staff_id),
        )
    with db.session(acting(db)) as session:
        card = load_card(session, aino)
    kinds = [e.kind for e in card.timeline]
    assert TimelineKind.ATTENDANCE in kinds and TimelineKind.CERTIFICATE in kinds


def test_certificates_for_client_and_workshop(db: Database, group: dict[str, str], staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        first = certificates.record_certificate(
            session,
            CertificateInput(group["aino"], "Kahvilatyö", "Ravintola- ja catering-alan perustutkinto",
                             group["workshop"], dt.date(2026, 11, 17), staff_id),
            today=TODAY,
        )
        certificates.record_certificate(
            session,
            CertificateInput(group["eero"], "Puutyöt", "", None, dt.date(2026, 11, 10), None, "Eduko, Jari Opettaja"),
            today=TODAY,
        )
        with pytest.raises(ValidationError):
            certificates.record_certificate(
                session, CertificateInput(group["eero"], "Tulevaisuus", awarded_on=dt.date(2026, 12, 1),
                                          assessed_by_id=staff_id), today=TODAY
            )
        with pytest.raises(ValidationError):
            certificates.record_certificate(session, CertificateInput(group["eero"], "Ilman arvioijaa"), today=TODAY)
        in_workshop = certificates.certificates(session, workshop_id=group["workshop"])
        assert [c.client_name for c in in_workshop] == ["Korhonen, Aino"]
        assert in_workshop[0].assessor == "Anna Ohjaaja"
        eero = certificates.certificates(session, client_id=group["eero"])
        assert eero[0].assessor == "Eduko, Jari Opettaja" and eero[0].workshop_name == ""
        assert attendance.load_sheet(session, group["session"]).row(group["aino"]).certificates == 1  # type: ignore[union-attr]
        certificates.delete_certificate(session, first.id)
        assert certificates.certificates(session, workshop_id=group["workshop"]) == []
        assert certificates.known_competence_areas(session) == ["Puutyöt"]
