"""Staff members: listing and adding the people who use the application."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vauhdittamo.models import StaffMember, StaffRole
from vauhdittamo.services import validation as v


def active_staff(session: Session) -> list[StaffMember]:
    return list(
        session.scalars(
            select(StaffMember)
            .where(StaffMember.active.is_(True), StaffMember.deleted_at.is_(None))
            .order_by(StaffMember.display_name)
        )
    )


def add_staff_member(
    session: Session,
    display_name: str,
    role: StaffRole = StaffRole.FRONT_DESK,
    organisation: str = "",
    email: str = "",
) -> StaffMember:
    member = StaffMember(
        display_name=v.required_text(display_name, "display_name", 120),
        role=role,
        organisation=v.limited_text(organisation, "organisation", 120),
        email=v.optional_email(email),
    )
    session.add(member)
    session.flush()
    return member
