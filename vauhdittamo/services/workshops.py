"""Workshops (pajat): their weekly schedule, the sessions generated from it, facilitators and enrolment.

Sessions are generated from the schedule with keys derived from (workshop, slot, date), so two devices
that generate the same week make the same records and synchronisation merges them. A generated session
that is edited by hand leaves the schedule (``slot_id`` becomes ``None``): later schedule changes no
longer move it. Schedule changes reach only sessions from today on that nobody has touched (no
attendance, no head count, not cancelled, no note); the past is never rewritten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.ids import derived_id
from vauhdittamo.models import (
    AttendanceMark,
    AttendanceStatus,
    Client,
    StaffMember,
    Workshop,
    WorkshopEnrolment,
    WorkshopFacilitator,
    WorkshopKind,
    WorkshopScheduleSlot,
    WorkshopSession,
)
from vauhdittamo.services import validation as v
from vauhdittamo.services.permissions import Permission, require, require_signed_in
from vauhdittamo.timeutil import local_today, utcnow

# How far ahead sessions exist before anyone looks at a later week.
GENERATE_WEEKS_AHEAD = 12
# The week view never generates further than this from today.
GENERATE_LIMIT_DAYS = 400
MAX_CAPACITY = 500

MSG_INVALID_WORKSHOP = QT_TRANSLATE_NOOP("errors", "Check the workshop details: {count} field(s) need attention.")
MSG_NO_SCHEDULE_END = QT_TRANSLATE_NOOP("errors", "The end date must not be before the start date.")
MSG_SLOT_TIMES = QT_TRANSLATE_NOOP("errors", "A session must end after it starts ({start}–{end}).")
MSG_SLOT_WEEKDAY = QT_TRANSLATE_NOOP("errors", "The weekday must be between Monday and Sunday.")
MSG_SLOT_OVERLAP = QT_TRANSLATE_NOOP("errors", "Two schedule rows overlap on the same weekday.")
MSG_CAPACITY = QT_TRANSLATE_NOOP("errors", "The capacity must be between 1 and {limit}, or left empty.")
MSG_UNKNOWN_WORKSHOP = QT_TRANSLATE_NOOP("errors", "The workshop no longer exists.")
MSG_UNKNOWN_SESSION = QT_TRANSLATE_NOOP("errors", "The workshop session no longer exists.")
MSG_UNKNOWN_STAFF = QT_TRANSLATE_NOOP("errors", "A chosen facilitator is no longer an active staff member.")
MSG_UNKNOWN_CLIENT = QT_TRANSLATE_NOOP("errors", "The client no longer exists.")
MSG_CANCEL_REASON = QT_TRANSLATE_NOOP("errors", "Write why the session is cancelled.")
MSG_SESSION_OUTSIDE = QT_TRANSLATE_NOOP(
    "errors", "The session date is outside the workshop's dates ({first} – {last})."
)
MSG_SESSION_HAS_ATTENDANCE = QT_TRANSLATE_NOOP(
    "errors", "The session has attendance marks or a head count; cancel it instead of removing it."
)
MSG_ENROL_DATE = QT_TRANSLATE_NOOP("errors", "The enrolment cannot end before it starts.")


class InvalidWorkshop(AppError):
    """Several field errors at once, so the form can show each next to its field."""

    template = MSG_INVALID_WORKSHOP

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        super().__init__(count=len(errors))

    def by_field(self) -> dict[str, ValidationError]:
        return {e.field or "": e for e in self.errors}


@dataclass
class SlotInput:
    """One weekly slot: ISO weekday (1 = Monday) and local start and end times; ``id`` of an existing slot."""

    weekday: int
    start_time: dt.time
    end_time: dt.time
    id: str | None = None


@dataclass
class WorkshopInput:
    name: str
    kind: WorkshopKind = WorkshopKind.NONSTOP_START
    place: str = ""
    village: str = ""
    capacity: int | None = None
    start_date: dt.date = field(default_factory=local_today)
    end_date: dt.date | None = None
    description: str = ""
    facilitator_ids: list[str] = field(default_factory=list)
    slots: list[SlotInput] = field(default_factory=list)


@dataclass
class WorkshopSummary:
    workshop_id: str
    name: str
    kind: WorkshopKind
    place: str
    village: str
    capacity: int | None
    start_date: dt.date
    end_date: dt.date | None
    slots: list[SlotInput]
    facilitators: list[str]  # display names
    enrolled: int
    active: bool  # runs today or later


@dataclass
class SessionSummary:
    session_id: str
    workshop_id: str
    workshop_name: str
    kind: WorkshopKind
    session_date: dt.date
    start_time: dt.time
    end_time: dt.time
    place: str
    cancelled: bool
    cancel_reason: str
    present: int
    anonymous: int
    capacity: int | None
    from_schedule: bool

    @property
    def attendance(self) -> int:
        """Everybody present: clients and the anonymous head count."""
        return self.present + self.anonymous


def session_key(workshop_id: str, slot_id: str, day: dt.date) -> str:
    """The key every device gives the session that *slot* generates on *day*."""
    return derived_id("workshop_session", workshop_id, slot_id, day.isoformat())


# --------------------------------------------------------------------------- workshops


def validate_workshop(session: Session, data: WorkshopInput) -> None:
    """Raise :class:`InvalidWorkshop` listing every field to fix."""
    require_signed_in(session)
    errors: list[ValidationError] = []

    def check(fn: Callable[..., object], *args: object) -> None:
        try:
            fn(*args)
        except ValidationError as exc:
            errors.append(exc)

    check(v.required_text, data.name, "name", 200)
    check(v.limited_text, data.place, "place", 200)
    check(v.limited_text, data.village, "village", 100)
    check(v.limited_text, data.description, "description", 4000)
    if data.capacity is not None and not 1 <= data.capacity <= MAX_CAPACITY:
        errors.append(ValidationError(MSG_CAPACITY, field="capacity", limit=MAX_CAPACITY))
    if data.end_date is not None and data.end_date < data.start_date:
        errors.append(ValidationError(MSG_NO_SCHEDULE_END, field="end_date"))
    errors.extend(_slot_errors(data.slots))
    if data.facilitator_ids:
        known = set(
            session.scalars(
                select(StaffMember.id).where(
                    StaffMember.id.in_(data.facilitator_ids),
                    StaffMember.deleted_at.is_(None),
                )
            )
        )
        if set(data.facilitator_ids) - known:
            errors.append(ValidationError(MSG_UNKNOWN_STAFF, field="facilitators"))
    if errors:
        raise InvalidWorkshop(errors)


def _slot_errors(slots: Sequence[SlotInput]) -> list[ValidationError]:
    errors: list[ValidationError] = []
    for slot in slots:
        if not 1 <= slot.weekday <= 7:
            errors.append(ValidationError(MSG_SLOT_WEEKDAY, field="schedule"))
        elif slot.end_time <= slot.start_time:
            errors.append(
                ValidationError(
                    MSG_SLOT_TIMES,
                    field="schedule",
                    start=slot.start_time.strftime("%H.%M"),
                    end=slot.end_time.strftime("%H.%M"),
                )
            )
    ordered = sorted(slots, key=lambda s: (s.weekday, s.start_time))
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.weekday == b.weekday and b.start_time < a.end_time:
            errors.append(ValidationError(MSG_SLOT_OVERLAP, field="schedule"))
            break
    return errors


def create_workshop(session: Session, data: WorkshopInput, today: dt.date | None = None) -> Workshop:
    """Add a workshop with its schedule and facilitators, and generate its sessions."""
    require(session, Permission.MANAGE_WORKSHOPS)
    validate_workshop(session, data)
    workshop = Workshop(
        name=data.name.strip(),
        kind=data.kind,
        place=data.place.strip(),
        village=data.village.strip(),
        capacity=data.capacity,
        start_date=data.start_date,
        end_date=data.end_date,
        description=data.description.strip(),
    )
    session.add(workshop)
    session.flush()
    _save_facilitators(session, workshop.id, data.facilitator_ids)
    _save_slots(session, workshop.id, data.slots)
    generate_sessions(session, workshop.id, _default_horizon(today))
    return workshop


def update_workshop(session: Session, workshop_id: str, data: WorkshopInput, today: dt.date | None = None) -> None:
    """Save edited details; untouched sessions from today on follow the new schedule, place and dates."""
    require(session, Permission.MANAGE_WORKSHOPS)
    workshop = get_workshop(session, workshop_id)
    validate_workshop(session, data)
    today = today or local_today()
    old_place = workshop.place
    workshop.name = data.name.strip()
    workshop.kind = data.kind
    workshop.place = data.place.strip()
    workshop.village = data.village.strip()
    workshop.capacity = data.capacity
    workshop.start_date = data.start_date
    workshop.end_date = data.end_date
    workshop.description = data.description.strip()
    _save_facilitators(session, workshop_id, data.facilitator_ids)
    slots = _save_slots(session, workshop_id, data.slots)
    session.flush()

    touched = _touched_session_ids(session, workshop_id, today)
    now = utcnow()
    upcoming = session.scalars(
        select(WorkshopSession).where(
            WorkshopSession.workshop_id == workshop_id,
            WorkshopSession.deleted_at.is_(None),
            WorkshopSession.session_date >= today,
        )
    )
    for item in upcoming:
        if item.id in touched:
            continue
        outside = item.session_date < workshop.start_date or (
            workshop.end_date is not None and item.session_date > workshop.end_date
        )
        if item.slot_id is None:
            if outside:
                item.deleted_at = now
            continue
        slot = slots.get(item.slot_id)
        if outside or slot is None or slot.weekday != item.session_date.isoweekday():
            item.deleted_at = now
            continue
        item.start_time, item.end_time = slot.start_time, slot.end_time
        if item.place == old_place:
            item.place = workshop.place
    session.flush()
    generate_sessions(session, workshop_id, _default_horizon(today), today=today)


def _touched_session_ids(session: Session, workshop_id: str, today: dt.date) -> set[str]:
    """Sessions from *today* on that people have already used: marks, a head count, a note or a cancellation."""
    marked = select(AttendanceMark.session_id).where(AttendanceMark.deleted_at.is_(None))
    rows = session.scalars(
        select(WorkshopSession.id).where(
            WorkshopSession.workshop_id == workshop_id,
            WorkshopSession.session_date >= today,
            (WorkshopSession.id.in_(marked))
            | (WorkshopSession.anonymous_count > 0)
            | (WorkshopSession.cancelled.is_(True))
            | (WorkshopSession.note != ""),
        )
    )
    return set(rows)


def _save_facilitators(session: Session, workshop_id: str, staff_ids: Iterable[str]) -> None:
    wanted = set(staff_ids)
    existing = {
        f.staff_id: f
        for f in session.scalars(select(WorkshopFacilitator).where(WorkshopFacilitator.workshop_id == workshop_id))
    }
    now = utcnow()
    for staff_id, row in existing.items():
        if staff_id in wanted and row.deleted_at is not None:
            row.deleted_at = None
        elif staff_id not in wanted and row.deleted_at is None:
            row.deleted_at = now
    for staff_id in wanted - existing.keys():
        session.add(
            WorkshopFacilitator(
                id=derived_id("workshop_facilitator", workshop_id, staff_id), workshop_id=workshop_id, staff_id=staff_id
            )
        )


def _save_slots(session: Session, workshop_id: str, slots: Sequence[SlotInput]) -> dict[str, WorkshopScheduleSlot]:
    """Store the schedule; returns the live slots by id."""
    existing = {
        s.id: s
        for s in session.scalars(
            select(WorkshopScheduleSlot).where(
                WorkshopScheduleSlot.workshop_id == workshop_id, WorkshopScheduleSlot.deleted_at.is_(None)
            )
        )
    }
    live: dict[str, WorkshopScheduleSlot] = {}
    for data in slots:
        row = existing.pop(data.id, None) if data.id else None
        if row is None:
            row = WorkshopScheduleSlot(workshop_id=workshop_id)
            session.add(row)
        row.weekday, row.start_time, row.end_time = data.weekday, data.start_time, data.end_time
        session.flush()
        live[row.id] = row
    now = utcnow()
    for gone in existing.values():
        gone.deleted_at = now
    return live


def get_workshop(session: Session, workshop_id: str) -> Workshop:
    require_signed_in(session)
    workshop = session.get(Workshop, workshop_id)
    if workshop is None or workshop.deleted_at is not None:
        raise ValidationError(MSG_UNKNOWN_WORKSHOP, field="workshop")
    return workshop


def workshop_input(session: Session, workshop_id: str) -> WorkshopInput:
    """A workshop's details as the edit form shows them."""
    require_signed_in(session)
    workshop = get_workshop(session, workshop_id)
    return WorkshopInput(
        name=workshop.name,
        kind=workshop.kind,
        place=workshop.place,
        village=workshop.village,
        capacity=workshop.capacity,
        start_date=workshop.start_date,
        end_date=workshop.end_date,
        description=workshop.description,
        facilitator_ids=facilitator_ids(session, workshop_id),
        slots=schedule(session, workshop_id),
    )


def facilitator_ids(session: Session, workshop_id: str) -> list[str]:
    require_signed_in(session)
    return list(
        session.scalars(
            select(WorkshopFacilitator.staff_id).where(
                WorkshopFacilitator.workshop_id == workshop_id, WorkshopFacilitator.deleted_at.is_(None)
            )
        )
    )


def schedule(session: Session, workshop_id: str) -> list[SlotInput]:
    require_signed_in(session)
    rows = session.scalars(
        select(WorkshopScheduleSlot)
        .where(WorkshopScheduleSlot.workshop_id == workshop_id, WorkshopScheduleSlot.deleted_at.is_(None))
        .order_by(WorkshopScheduleSlot.weekday, WorkshopScheduleSlot.start_time)
    )
    return [SlotInput(s.weekday, s.start_time, s.end_time, s.id) for s in rows]


def list_workshops(session: Session, today: dt.date | None = None, include_ended: bool = True) -> list[WorkshopSummary]:
    """Every live workshop, those still running first, by name."""
    require_signed_in(session)
    today = today or local_today()
    workshops = list(session.scalars(select(Workshop).where(Workshop.deleted_at.is_(None))))
    ids = [w.id for w in workshops]
    slots: dict[str, list[SlotInput]] = {}
    for s in session.scalars(
        select(WorkshopScheduleSlot)
        .where(WorkshopScheduleSlot.workshop_id.in_(ids), WorkshopScheduleSlot.deleted_at.is_(None))
        .order_by(WorkshopScheduleSlot.weekday, WorkshopScheduleSlot.start_time)
    ):
        slots.setdefault(s.workshop_id, []).append(SlotInput(s.weekday, s.start_time, s.end_time, s.id))
    facilitators: dict[str, list[str]] = {}
    for workshop_id, name in session.execute(
        select(WorkshopFacilitator.workshop_id, StaffMember.display_name)
        .join(StaffMember, StaffMember.id == WorkshopFacilitator.staff_id)
        .where(WorkshopFacilitator.workshop_id.in_(ids), WorkshopFacilitator.deleted_at.is_(None))
        .order_by(StaffMember.display_name)
    ):
        facilitators.setdefault(workshop_id, []).append(name)
    enrolled: dict[str, int] = {
        workshop_id: count
        for workshop_id, count in session.execute(
            select(WorkshopEnrolment.workshop_id, func.count())
            .where(*enrolled_on(today))
            .group_by(WorkshopEnrolment.workshop_id)
        )
    }
    result = [
        WorkshopSummary(
            workshop_id=w.id,
            name=w.name,
            kind=w.kind,
            place=w.place,
            village=w.village,
            capacity=w.capacity,
            start_date=w.start_date,
            end_date=w.end_date,
            slots=slots.get(w.id, []),
            facilitators=facilitators.get(w.id, []),
            enrolled=enrolled.get(w.id, 0),
            active=w.end_date is None or w.end_date >= today,
        )
        for w in workshops
    ]
    if not include_ended:
        result = [w for w in result if w.active]
    return sorted(result, key=lambda w: (not w.active, w.name.casefold()))


def delete_workshop(session: Session, workshop_id: str) -> None:
    """Remove a workshop and its sessions from lists; attendance already marked stays in the history.

    Sessions holding attendance (a live mark or an anonymous head count) are kept, so the reports of
    past weeks keep counting them; the others are removed.
    """
    require(session, Permission.MANAGE_WORKSHOPS)
    workshop = get_workshop(session, workshop_id)
    now = utcnow()
    workshop.deleted_at = now
    for item in session.scalars(
        select(WorkshopSession).where(
            WorkshopSession.workshop_id == workshop_id,
            WorkshopSession.deleted_at.is_(None),
            WorkshopSession.anonymous_count <= 0,
            WorkshopSession.id.not_in(select(AttendanceMark.session_id).where(AttendanceMark.deleted_at.is_(None))),
        )
    ):
        item.deleted_at = now


# --------------------------------------------------------------------------- sessions


def _default_horizon(today: dt.date | None) -> dt.date:
    return (today or local_today()) + dt.timedelta(weeks=GENERATE_WEEKS_AHEAD)


def generate_sessions(
    session: Session, workshop_id: str, until: dt.date, *, since: dt.date | None = None, today: dt.date | None = None
) -> int:
    """Create the scheduled sessions up to *until* that do not exist yet; returns how many were made.

    A session removed or edited by hand keeps its key, so it is never made again.
    """
    require_signed_in(session)
    workshop = get_workshop(session, workshop_id)
    today = today or local_today()
    until = min(until, today + dt.timedelta(days=GENERATE_LIMIT_DAYS))
    if workshop.end_date is not None:
        until = min(until, workshop.end_date)
    first = max(workshop.start_date, since) if since else workshop.start_date
    if until < first:
        return 0
    slots = [
        s
        for s in session.scalars(
            select(WorkshopScheduleSlot).where(
                WorkshopScheduleSlot.workshop_id == workshop_id, WorkshopScheduleSlot.deleted_at.is_(None)
            )
        )
    ]
    if not slots:
        return 0
    existing = set(
        session.scalars(
            select(WorkshopSession.id).where(
                WorkshopSession.workshop_id == workshop_id,
                WorkshopSession.session_date >= first,
                WorkshopSession.session_date <= until,
            )
        )
    )
    made = 0
    for slot in slots:
        day = first + dt.timedelta(days=(slot.weekday - first.isoweekday()) % 7)
        while day <= until:
            key = session_key(workshop_id, slot.id, day)
            if key not in existing and session.get(WorkshopSession, key) is None:
                session.add(
                    WorkshopSession(
                        id=key,
                        workshop_id=workshop_id,
                        slot_id=slot.id,
                        session_date=day,
                        start_time=slot.start_time,
                        end_time=slot.end_time,
                        place=workshop.place,
                    )
                )
                made += 1
            day += dt.timedelta(days=7)
    session.flush()
    return made


def ensure_sessions_until(session: Session, until: dt.date, today: dt.date | None = None) -> int:
    """Generate every running workshop's sessions up to *until* (the week view calls this)."""
    require_signed_in(session)
    today = today or local_today()
    if until > today + dt.timedelta(days=GENERATE_LIMIT_DAYS):
        until = today + dt.timedelta(days=GENERATE_LIMIT_DAYS)
    made = 0
    for workshop_id in session.scalars(
        select(Workshop.id).where(
            Workshop.deleted_at.is_(None),
            (Workshop.end_date.is_(None)) | (Workshop.end_date >= today - dt.timedelta(days=7)),
        )
    ):
        made += generate_sessions(session, workshop_id, until, since=today - dt.timedelta(days=7), today=today)
    return made


def get_session(session: Session, session_id: str) -> WorkshopSession:
    require_signed_in(session)
    item = session.get(WorkshopSession, session_id)
    if item is None or item.deleted_at is not None:
        raise ValidationError(MSG_UNKNOWN_SESSION, field="session")
    return item


@dataclass(frozen=True)
class SessionDetails:
    """One live session as its edit dialog shows it."""

    session_id: str
    workshop_id: str
    workshop_name: str
    session_date: dt.date
    start_time: dt.time
    end_time: dt.time
    place: str
    note: str
    cancelled: bool
    cancel_reason: str
    from_schedule: bool  # generated from the weekly schedule (not an extra session)


def session_details(session: Session, session_id: str) -> SessionDetails:
    """A live session as plain data."""
    require_signed_in(session)
    item = get_session(session, session_id)
    return SessionDetails(
        session_id=item.id,
        workshop_id=item.workshop_id,
        workshop_name=item.workshop.name,
        session_date=item.session_date,
        start_time=item.start_time,
        end_time=item.end_time,
        place=item.place,
        note=item.note,
        cancelled=item.cancelled,
        cancel_reason=item.cancel_reason,
        from_schedule=item.slot_id is not None,
    )


def _check_session_times(day: dt.date, start: dt.time, end: dt.time, workshop: Workshop) -> None:
    if end <= start:
        raise ValidationError(
            MSG_SLOT_TIMES, field="time", start=start.strftime("%H.%M"), end=end.strftime("%H.%M")
        )
    if day < workshop.start_date or (workshop.end_date is not None and day > workshop.end_date):
        raise ValidationError(
            MSG_SESSION_OUTSIDE,
            field="date",
            first=f"{workshop.start_date.day}.{workshop.start_date.month}.{workshop.start_date.year}",
            last="" if workshop.end_date is None else
            f"{workshop.end_date.day}.{workshop.end_date.month}.{workshop.end_date.year}",
        )


def add_session(
    session: Session,
    workshop_id: str,
    day: dt.date,
    start_time: dt.time,
    end_time: dt.time,
    place: str | None = None,
    note: str = "",
) -> WorkshopSession:
    """An extra session outside the weekly schedule."""
    require(session, Permission.MANAGE_WORKSHOPS)
    workshop = get_workshop(session, workshop_id)
    _check_session_times(day, start_time, end_time, workshop)
    item = WorkshopSession(
        workshop_id=workshop_id,
        session_date=day,
        start_time=start_time,
        end_time=end_time,
        place=v.limited_text(workshop.place if place is None else place, "place", 200),
        note=v.limited_text(note, "note", 4000),
    )
    session.add(item)
    session.flush()
    return item


def update_session(
    session: Session,
    session_id: str,
    *,
    day: dt.date,
    start_time: dt.time,
    end_time: dt.time,
    place: str,
    note: str,
) -> None:
    """Edit one session by hand; a session that moves leaves the weekly schedule."""
    require(session, Permission.MANAGE_WORKSHOPS)
    item = get_session(session, session_id)
    workshop = get_workshop(session, item.workshop_id)
    _check_session_times(day, start_time, end_time, workshop)
    if (day, start_time, end_time) != (item.session_date, item.start_time, item.end_time):
        item.slot_id = None
    item.session_date, item.start_time, item.end_time = day, start_time, end_time
    item.place = v.limited_text(place, "place", 200)
    item.note = v.limited_text(note, "note", 4000)
    session.flush()


def cancel_session(session: Session, session_id: str, reason: str) -> None:
    require(session, Permission.MANAGE_WORKSHOPS)
    item = get_session(session, session_id)
    text = v.limited_text(reason, "cancel_reason", 400)
    if not text:
        raise ValidationError(MSG_CANCEL_REASON, field="cancel_reason")
    item.cancelled = True
    item.cancel_reason = text
    session.flush()


def restore_session(session: Session, session_id: str) -> None:
    """Undo a cancellation; the reason given stays until the session is cancelled again."""
    require(session, Permission.MANAGE_WORKSHOPS)
    item = get_session(session, session_id)
    item.cancelled = False
    session.flush()


def remove_session(session: Session, session_id: str) -> None:
    """Remove a session made by mistake; one with attendance can only be cancelled."""
    require(session, Permission.MANAGE_WORKSHOPS)
    item = get_session(session, session_id)
    has_marks = session.scalar(
        select(func.count())
        .select_from(AttendanceMark)
        .where(AttendanceMark.session_id == session_id, AttendanceMark.deleted_at.is_(None))
    )
    if has_marks or item.anonymous_count:
        raise ValidationError(MSG_SESSION_HAS_ATTENDANCE, field="session")
    item.deleted_at = utcnow()
    session.flush()


def sessions_between(
    session: Session, first: dt.date, last: dt.date, workshop_id: str | None = None
) -> list[SessionSummary]:
    """Live sessions from *first* to *last* (inclusive) with their present counts, in time order."""
    require_signed_in(session)
    present = (
        select(AttendanceMark.session_id, func.count().label("n"))
        .where(AttendanceMark.deleted_at.is_(None), AttendanceMark.status == AttendanceStatus.PRESENT)
        .group_by(AttendanceMark.session_id)
        .subquery()
    )
    stmt = (
        select(WorkshopSession, Workshop, func.coalesce(present.c.n, 0))
        .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
        .outerjoin(present, present.c.session_id == WorkshopSession.id)
        .where(
            WorkshopSession.deleted_at.is_(None),
            Workshop.deleted_at.is_(None),
            WorkshopSession.session_date >= first,
            WorkshopSession.session_date <= last,
        )
        .order_by(WorkshopSession.session_date, WorkshopSession.start_time, Workshop.name)
    )
    if workshop_id is not None:
        stmt = stmt.where(WorkshopSession.workshop_id == workshop_id)
    return [
        SessionSummary(
            session_id=s.id,
            workshop_id=w.id,
            workshop_name=w.name,
            kind=w.kind,
            session_date=s.session_date,
            start_time=s.start_time,
            end_time=s.end_time,
            place=s.place,
            cancelled=s.cancelled,
            cancel_reason=s.cancel_reason,
            present=int(n),
            anonymous=s.anonymous_count,
            capacity=w.capacity,
            from_schedule=s.slot_id is not None,
        )
        for s, w, n in session.execute(stmt)
    ]


# --------------------------------------------------------------------------- enrolment


@dataclass
class Participant:
    client_id: str
    name: str
    enrolled_on: dt.date
    left_on: dt.date | None
    present_count: int


def enrolled_on(day: dt.date) -> list[ColumnElement[bool]]:
    """Conditions on :class:`WorkshopEnrolment` for the enrolments in force on *day*."""
    return [
        WorkshopEnrolment.deleted_at.is_(None),
        WorkshopEnrolment.enrolled_on <= day,
        (WorkshopEnrolment.left_on.is_(None)) | (WorkshopEnrolment.left_on > day),
    ]


def enrol(session: Session, workshop_id: str, client_id: str, on: dt.date | None = None) -> WorkshopEnrolment:
    """Enrol a client (again); an earlier enrolment of the same client is reopened from *on*."""
    require(session, Permission.MARK_ATTENDANCE)
    get_workshop(session, workshop_id)
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise ValidationError(MSG_UNKNOWN_CLIENT, field="client")
    on = on or local_today()
    row = session.scalar(
        select(WorkshopEnrolment).where(
            WorkshopEnrolment.workshop_id == workshop_id, WorkshopEnrolment.client_id == client_id
        )
    )
    if row is None:
        row = WorkshopEnrolment(
            id=derived_id("workshop_enrolment", workshop_id, client_id),
            workshop_id=workshop_id,
            client_id=client_id,
            enrolled_on=on,
        )
        session.add(row)
    elif row.deleted_at is not None or (row.left_on is not None and row.left_on <= on):
        row.deleted_at = None
        row.enrolled_on = on
        row.left_on = None
    session.flush()
    return row


def end_enrolment(session: Session, workshop_id: str, client_id: str, on: dt.date | None = None) -> None:
    """The client leaves the workshop on *on* (not enrolled from that day)."""
    require(session, Permission.MARK_ATTENDANCE)
    on = on or local_today()
    row = session.scalar(
        select(WorkshopEnrolment).where(
            WorkshopEnrolment.workshop_id == workshop_id,
            WorkshopEnrolment.client_id == client_id,
            WorkshopEnrolment.deleted_at.is_(None),
        )
    )
    if row is None:
        return
    if on < row.enrolled_on:
        raise ValidationError(MSG_ENROL_DATE, field="left_on")
    if on == row.enrolled_on:
        row.deleted_at = utcnow()  # enrolled by mistake: no trace in the lists
    else:
        row.left_on = on
    session.flush()


def participants(session: Session, workshop_id: str, day: dt.date | None = None) -> list[Participant]:
    """Clients enrolled on *day* (default today), by name, with how often each has been present."""
    require_signed_in(session)
    day = day or local_today()
    present = (
        select(AttendanceMark.client_id, func.count().label("n"))
        .join(WorkshopSession, WorkshopSession.id == AttendanceMark.session_id)
        .where(
            WorkshopSession.workshop_id == workshop_id,
            WorkshopSession.deleted_at.is_(None),
            AttendanceMark.deleted_at.is_(None),
            AttendanceMark.status == AttendanceStatus.PRESENT,
        )
        .group_by(AttendanceMark.client_id)
        .subquery()
    )
    rows = session.execute(
        select(WorkshopEnrolment, Client.first_name, Client.last_name, func.coalesce(present.c.n, 0))
        .join(Client, Client.id == WorkshopEnrolment.client_id)
        .outerjoin(present, present.c.client_id == WorkshopEnrolment.client_id)
        .where(WorkshopEnrolment.workshop_id == workshop_id, Client.deleted_at.is_(None), *enrolled_on(day))
        .order_by(Client.last_name, Client.first_name)
    )
    return [
        Participant(e.client_id, f"{last}, {first}", e.enrolled_on, e.left_on, int(n)) for e, first, last, n in rows
    ]
