"""Read-only views of the data for the application's screens (rows ready to show)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ScalarSelect, func, or_, select
from sqlalchemy.orm import Session

from vauhdittamo.models import (
    FINAL_STATUSES,
    AgeGroup,
    AttendanceMark,
    AttendanceStatus,
    Client,
    GuidanceVisit,
    PartnerOrganisation,
    PartnerService,
    Referral,
    ReferralEvent,
    ReferralStatus,
    StaffMember,
    Workshop,
    WorkshopSession,
)
from vauhdittamo.timeutil import local_today, to_local


@dataclass(frozen=True)
class VisitRow:
    visit_id: str
    client_id: str | None
    visited_at: dt.datetime
    client_name: str | None  # None: anonymous
    staff_name: str
    topics: tuple[str, ...]
    channel: str
    next_step: str
    next_step_date: dt.date | None

    @property
    def is_overdue(self) -> bool:
        """The next step's date has passed."""
        return self.next_step_date is not None and self.next_step_date < local_today()


@dataclass(frozen=True)
class SessionRow:
    session_id: str
    workshop_name: str
    session_date: dt.date
    start_time: dt.time
    end_time: dt.time
    place: str
    present: int
    anonymous: int
    cancelled: bool


@dataclass(frozen=True)
class ClientRow:
    client_id: str
    name: str
    birth_date: dt.date | None
    age_group: AgeGroup
    municipality: str
    village: str
    coach_name: str
    active: bool


@dataclass(frozen=True)
class ReferralRow:
    referral_id: str
    client_name: str
    partner_name: str
    service_name: str
    status: ReferralStatus
    sent_on: dt.date | None
    response_due: dt.date | None

    @property
    def is_overdue(self) -> bool:
        return (
            self.response_due is not None
            and self.response_due < local_today()
            and self.status in (ReferralStatus.DRAFT, ReferralStatus.SENT)
        )


def _staff_names(session: Session) -> dict[str, str]:
    return {member_id: name for member_id, name in session.execute(select(StaffMember.id, StaffMember.display_name))}


def visit_rows(session: Session, visits: list[GuidanceVisit]) -> list[VisitRow]:
    staff = _staff_names(session)
    client_ids = {v.client_id for v in visits if v.client_id}
    names: dict[str, str] = {}
    if client_ids:
        names = {
            cid: f"{first} {last}"
            for cid, first, last in session.execute(
                select(Client.id, Client.first_name, Client.last_name).where(Client.id.in_(client_ids))
            )
        }
    return [
        VisitRow(
            visit_id=v.id,
            client_id=v.client_id,
            visited_at=v.visited_at,
            client_name=names.get(v.client_id, "") if v.client_id else None,
            staff_name=staff.get(v.staff_id or "", ""),
            topics=tuple(v.topic_list),
            channel=v.channel.value,
            next_step=v.next_step,
            next_step_date=v.next_step_date,
        )
        for v in visits
    ]


def follow_ups_due(session: Session, day: dt.date | None = None, limit: int = 200) -> list[VisitRow]:
    """Open next steps whose date is today or earlier (overdue first)."""
    day = day or local_today()
    visits = list(
        session.scalars(
            select(GuidanceVisit)
            .where(
                GuidanceVisit.deleted_at.is_(None),
                GuidanceVisit.next_step_date.is_not(None),
                GuidanceVisit.next_step_date <= day,
                GuidanceVisit.next_step_done.is_(False),
            )
            .order_by(GuidanceVisit.next_step_date)
            .limit(limit)
        )
    )
    return visit_rows(session, visits)


def sessions_between(session: Session, first: dt.date, last: dt.date) -> list[SessionRow]:
    """Workshop sessions from *first* to *last* (inclusive) with their present counts."""
    present = (
        select(AttendanceMark.session_id, func.count().label("n"))
        .where(AttendanceMark.deleted_at.is_(None), AttendanceMark.status == AttendanceStatus.PRESENT)
        .group_by(AttendanceMark.session_id)
        .subquery()
    )
    rows = session.execute(
        select(WorkshopSession, Workshop.name, func.coalesce(present.c.n, 0))
        .join(Workshop, Workshop.id == WorkshopSession.workshop_id)
        .outerjoin(present, present.c.session_id == WorkshopSession.id)
        .where(
            WorkshopSession.deleted_at.is_(None),
            WorkshopSession.session_date >= first,
            WorkshopSession.session_date <= last,
        )
        .order_by(WorkshopSession.session_date, WorkshopSession.start_time, Workshop.name)
    )
    return [
        SessionRow(
            session_id=s.id,
            workshop_name=name,
            session_date=s.session_date,
            start_time=s.start_time,
            end_time=s.end_time,
            place=s.place,
            present=int(n),
            anonymous=s.anonymous_count,
            cancelled=s.cancelled,
        )
        for s, name, n in rows
    ]


def client_rows(session: Session, clients: list[Client], day: dt.date | None = None) -> list[ClientRow]:
    day = day or local_today()
    staff = _staff_names(session)
    return [
        ClientRow(
            client_id=c.id,
            name=f"{c.last_name}, {c.first_name}",
            birth_date=c.birth_date,
            age_group=c.age_group(day),
            municipality=c.municipality,
            village=c.village,
            coach_name=staff.get(c.personal_coach_id or "", ""),
            active=c.exit_date is None,
        )
        for c in clients
    ]


def _latest_status() -> ScalarSelect[str]:
    """The status of a referral's newest live event (the current status, derived from the history)."""
    return (
        select(ReferralEvent.status)
        .where(ReferralEvent.referral_id == Referral.id, ReferralEvent.deleted_at.is_(None))
        .order_by(ReferralEvent.occurred_at.desc(), ReferralEvent.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def referral_rows(session: Session, *, open_only: bool = True) -> list[ReferralRow]:
    """Referrals with their current status; by default only those not yet at a final status.

    Overdue ones come first, then by the date a response is due; referrals without one last.
    """
    status = _latest_status().label("status")
    sent_at = (
        select(func.min(ReferralEvent.occurred_at))
        .where(
            ReferralEvent.referral_id == Referral.id,
            ReferralEvent.status == ReferralStatus.SENT,
            ReferralEvent.deleted_at.is_(None),
        )
        .scalar_subquery()
        .label("sent_at")
    )
    inner = (
        select(
            Referral.id,
            Client.first_name,
            Client.last_name,
            PartnerOrganisation.name.label("org"),
            PartnerService.name.label("service"),
            Referral.response_due,
            status,
            sent_at,
        )
        .join(Client, Client.id == Referral.client_id)
        .join(PartnerService, PartnerService.id == Referral.partner_service_id)
        .join(PartnerOrganisation, PartnerOrganisation.id == PartnerService.organisation_id)
        .where(Referral.deleted_at.is_(None))
        .subquery()
    )
    stmt = select(inner)
    if open_only:
        stmt = stmt.where(
            or_(inner.c.status.is_(None), inner.c.status.not_in([s.value for s in FINAL_STATUSES]))
        )
    rows = [
        ReferralRow(
            referral_id=r.id,
            client_name=f"{r.first_name} {r.last_name}",
            partner_name=r.org,
            service_name=r.service,
            status=ReferralStatus(r.status) if r.status else ReferralStatus.DRAFT,
            sent_on=to_local(r.sent_at).date() if r.sent_at else None,
            response_due=r.response_due,
        )
        for r in session.execute(stmt)
    ]
    rows.sort(key=lambda r: (not r.is_overdue, r.response_due is None, r.response_due or dt.date.max))
    return rows


@dataclass(frozen=True)
class ReferralCounts:
    open: int
    overdue: int


def referral_counts(rows: list[ReferralRow]) -> ReferralCounts:
    open_rows = [r for r in rows if r.status not in FINAL_STATUSES]
    return ReferralCounts(open=len(open_rows), overdue=sum(1 for r in open_rows if r.is_overdue))
