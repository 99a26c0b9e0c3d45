"""A session cancelled on one laptop while another marked attendance: listed, restored or confirmed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.acting import act_as, acting
from tests.gui.test_attendance_sheet import _today_workshop
from vauhdittamo.db import Database
from vauhdittamo.models import AttendanceMark, AttendanceStatus, StaffRole, WorkshopSession
from vauhdittamo.services import attendance, session_checks
from vauhdittamo.services import workshops as ws
from vauhdittamo.services.attendance_export import weekly_figures
from vauhdittamo.services.isoweek import IsoWeek
from vauhdittamo.services.permissions import PermissionDenied
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.timeutil import local_today


def _marked_then_cancelled_elsewhere(db: Database, staff_id: str) -> tuple[str, str]:
    """Three marks and a head count here; the cancellation arrives as another laptop's change would."""
    workshop_id, session_id, clients = _today_workshop(db, staff_id, enrolled=3)
    with db.transaction(acting(db)) as session:
        attendance.mark(session, session_id, clients[0], AttendanceStatus.PRESENT)
        attendance.mark(session, session_id, clients[1], AttendanceStatus.PRESENT)
        attendance.mark(session, session_id, clients[2], AttendanceStatus.ABSENT)
        attendance.set_anonymous_count(session, session_id, 2)
    with db.transaction(acting(db)) as session:
        item = session.get(WorkshopSession, session_id)
        assert item is not None
        item.cancelled, item.cancel_reason = True, "Ohjaaja sairaana"
    return workshop_id, session_id


def test_a_cancelled_session_with_marks_is_listed(db: Database, staff_id: str) -> None:
    workshop_id, session_id = _marked_then_cancelled_elsewhere(db, staff_id)
    yesterday = local_today() - dt.timedelta(days=1)
    with db.transaction(acting(db)) as session:
        plain_id = ws.add_session(session, workshop_id, yesterday, dt.time(9), dt.time(10)).id
        ws.cancel_session(session, plain_id, "Ei osallistujia")  # cancelled with no attendance: nothing to decide
    with db.session(acting(db)) as session:
        [found] = session_checks.cancelled_with_attendance(session)
        one = session_checks.attendance_of_cancelled(session, session_id)
        assert session_checks.attendance_of_cancelled(session, plain_id) is None
    assert found == one
    assert (found.session_id, found.marks, found.present, found.anonymous) == (session_id, 3, 2, 2)
    assert (found.workshop_name, found.cancel_reason) == ("Vauhdittamo START", "Ohjaaja sairaana")


def test_restoring_brings_the_marks_back_into_the_figures(db: Database, staff_id: str) -> None:
    _workshop_id, session_id = _marked_then_cancelled_elsewhere(db, staff_id)
    week = IsoWeek.containing(local_today())
    with db.session(acting(db)) as session:
        before = weekly_figures(session, week).total.present
    with db.transaction(acting(db)) as session:
        session_checks.restore_session(session, session_id)
    with db.session(acting(db)) as session:
        assert session_checks.cancelled_with_attendance(session) == []
        after = weekly_figures(session, week).total
        assert (after.present, after.anonymous) == (before + 2, 2)


def test_confirming_the_cancellation_removes_its_attendance(db: Database, staff_id: str) -> None:
    _workshop_id, session_id = _marked_then_cancelled_elsewhere(db, staff_id)
    with db.transaction(acting(db)) as session:
        assert session_checks.confirm_cancellation(session, session_id) == 3
    with db.session(acting(db)) as session:
        assert session_checks.cancelled_with_attendance(session) == []
        live = [m for m in session.query(AttendanceMark).filter_by(session_id=session_id) if m.deleted_at is None]
        item = session.get(WorkshopSession, session_id)
        assert live == [] and item is not None and item.cancelled and item.anonymous_count == 0


def test_only_those_who_manage_workshops_decide(db: Database, staff_id: str) -> None:
    _workshop_id, session_id = _marked_then_cancelled_elsewhere(db, staff_id)
    with db.transaction(acting(db)) as session:
        desk = add_staff_member(session, "Tiina Tiski", StaffRole.FRONT_DESK).id
    act_as(db, desk)
    with db.session(acting(db)) as session:
        assert len(session_checks.cancelled_with_attendance(session)) == 1  # seen by everyone who marks
    for decide in (session_checks.confirm_cancellation, session_checks.restore_session):
        with pytest.raises(PermissionDenied), db.transaction(acting(db)) as session:
            decide(session, session_id)
