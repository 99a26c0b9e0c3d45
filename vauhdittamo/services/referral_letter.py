"""What a referral letter says: only the client data the consent (or a recorded override) covers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from vauhdittamo.errors import AppError
from vauhdittamo.models import Client, PartnerCategory, PartnerService, Referral, ReferralUrgency, StaffMember
from vauhdittamo.services.permissions import MSG_HEALTH_RESTRICTED, may_see_health_details, require_signed_in
from vauhdittamo.services.referrals import MSG_REFERRAL_NOT_FOUND, consent_status
from vauhdittamo.timeutil import local_today, to_local


@dataclass(frozen=True, slots=True)
class LetterData:
    """What the letter shows, read at one moment. ``client_last_name``/``birth_date`` are empty unless
    the referral may identify the client (:attr:`identifies_client`)."""

    referral_id: str
    letter_date: dt.date
    referred_on: dt.date
    client_first_name: str
    client_last_name: str
    client_birth_date: dt.date | None
    identifies_client: bool
    staff_name: str
    organisation_name: str
    category: PartnerCategory
    service_name: str
    contact_person: str
    phone: str
    email: str
    address: str
    opening_hours: str
    reason: str
    note: str
    urgent: bool
    response_due: dt.date | None


def load_letter(session: Session, referral_id: str, today: dt.date | None = None) -> LetterData:
    """The letter's contents for the referral (raises :class:`AppError` when it no longer exists)."""
    require_signed_in(session)
    referral = session.get(Referral, referral_id)
    if referral is None or referral.deleted_at is not None:
        raise AppError(MSG_REFERRAL_NOT_FOUND)
    client = session.get(Client, referral.client_id)
    service = session.get(PartnerService, referral.partner_service_id)
    assert client is not None and service is not None
    organisation = service.organisation
    category = PartnerCategory(organisation.category)
    if not may_see_health_details(session, category, referral.staff_id, client.personal_coach_id):
        raise AppError(MSG_HEALTH_RESTRICTED)
    staff = None if referral.staff_id is None else session.get(StaffMember, referral.staff_id)
    covered = referral.consent_override_at is not None or consent_status(session, client.id, category).has_consent
    identifies = bool(referral.shares_data) and covered
    return LetterData(
        referral_id=referral.id,
        letter_date=today or local_today(),
        referred_on=to_local(referral.created_at).date(),
        client_first_name=client.first_name,
        client_last_name=client.last_name if identifies else "",
        client_birth_date=client.birth_date if identifies else None,
        identifies_client=identifies,
        staff_name="" if staff is None else staff.display_name,
        organisation_name=organisation.name,
        category=category,
        service_name=service.name,
        contact_person=organisation.contact_person,
        phone=organisation.phone,
        email=organisation.email,
        address=organisation.address,
        opening_hours=organisation.opening_hours,
        reason=referral.reason,
        note=referral.note,
        urgent=referral.urgency == ReferralUrgency.URGENT,
        response_due=referral.response_due,
    )
