"""The partner directory (Kumppanit): editing organisations and their services, and reading them.

* Organisations and services are edited through :class:`OrganisationInput` / :class:`ServiceInput`,
  text as typed in a form. Every problem is reported at once as :class:`InvalidOrganisation` /
  :class:`InvalidService` (both :class:`~vauhdittamo.services.clients.InvalidInput`), one
  :class:`~vauhdittamo.errors.ValidationError` per form field, so a form can show each next to its field.
  A duplicate organisation name (case- and accent-insensitive) is one of those field errors.
* Nothing is ever deleted: an organisation or service is made inactive; a service that has no capacity
  for now is switched to *not taking referrals* (:func:`set_accepts_referrals`), and the referral form
  offers only :func:`referable_services`.
* The reading functions return plain snapshots; response times are the effective ones
  (:func:`~vauhdittamo.services.partners.response_days_for`: the service's own, else its category's default).
* :func:`ensure_starter_directory` fills an empty directory once with
  :data:`~vauhdittamo.services.partners.STARTER_DIRECTORY` under fixed keys, so that installations
  seeded separately do not double the directory when they synchronise.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.models import PartnerCategory, PartnerOrganisation, PartnerService
from vauhdittamo.services import validation as v
from vauhdittamo.services.clients import InvalidInput
from vauhdittamo.services.partners import STARTER_DIRECTORY, response_days_for
from vauhdittamo.services.permissions import Permission, require, require_signed_in
from vauhdittamo.services.text import fold

T = TypeVar("T")

# Limits of the model's columns (descriptions are TEXT; the limit keeps them readable).
NAME_LIMIT = 200
CONTACT_PERSON_LIMIT = 120
ADDRESS_LIMIT = 200
OPENING_HOURS_LIMIT = 200
DESCRIPTION_LIMIT = 4000
RESPONSE_DAYS_MIN = 1
RESPONSE_DAYS_MAX = 365

# The order of the categories in the directory and in the referral form.
CATEGORY_ORDER: tuple[PartnerCategory, ...] = tuple(PartnerCategory)

# The starter directory's rows: the same keys, times and device on every installation.
STARTER_CREATED_AT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
STARTER_DEVICE_ID = "builtin"

MSG_INVALID_ORGANISATION = QT_TRANSLATE_NOOP("errors", "Check the organisation details: {count} field(s) need fixing.")
MSG_INVALID_SERVICE = QT_TRANSLATE_NOOP("errors", "Check the service details: {count} field(s) need fixing.")
MSG_CATEGORY = QT_TRANSLATE_NOOP("errors", "Choose the category of the organisation.")
MSG_RESPONSE_DAYS = QT_TRANSLATE_NOOP(
    "errors",
    "Write the response time as whole days from {min} to {max}, or leave it empty to use the category's default.",
)
MSG_ORGANISATION_EXISTS = QT_TRANSLATE_NOOP("errors", "The directory already has the organisation “{name}”.")
MSG_ORGANISATION_EXISTS_INACTIVE = QT_TRANSLATE_NOOP(
    "errors",
    "The directory already has the organisation “{name}”, marked inactive. Make it active again instead.",
)
MSG_SERVICE_EXISTS = QT_TRANSLATE_NOOP("errors", "The organisation already has the service “{name}”.")
MSG_ORGANISATION_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The partner organisation no longer exists.")
MSG_SERVICE_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The partner service no longer exists.")


class InvalidOrganisation(InvalidInput):
    """Problems in the organisation form, one :class:`ValidationError` per field."""

    template = MSG_INVALID_ORGANISATION


class InvalidService(InvalidInput):
    """Problems in the service form, one :class:`ValidationError` per field."""

    template = MSG_INVALID_SERVICE


# --------------------------------------------------------------------------- snapshots


@dataclass(frozen=True)
class ServiceEntry:
    id: str
    organisation_id: str
    name: str
    description: str
    active: bool
    accepts_referrals: bool
    response_days: int  # effective: the service's own, else the category default
    own_response_days: int | None  # as set on the service; None: the category default


@dataclass(frozen=True)
class OrganisationEntry:
    id: str
    name: str
    category: PartnerCategory
    contact_person: str
    phone: str
    email: str
    address: str
    opening_hours: str
    description: str
    active: bool
    services: tuple[ServiceEntry, ...]


@dataclass(frozen=True)
class ServiceChoice:
    """A service the referral form offers: an active service of an active organisation, taking referrals."""

    service_id: str
    service_name: str
    organisation_id: str
    organisation_name: str
    category: PartnerCategory
    response_days: int

    @property
    def label(self) -> str:
        return f"{self.organisation_name} – {self.service_name}"


@dataclass(frozen=True)
class ServiceDetails:
    """One service with its organisation's contact details (the organisation's *services* are all listed)."""

    service: ServiceEntry
    organisation: OrganisationEntry

    @property
    def referable(self) -> bool:
        """Whether a new referral can go to the service now."""
        return self.organisation.active and self.service.active and self.service.accepts_referrals


# --------------------------------------------------------------------------- input


@dataclass
class OrganisationInput:
    """Organisation details as typed in a form. *category* is a :class:`PartnerCategory` or its value."""

    name: str = ""
    category: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    opening_hours: str = ""
    description: str = ""

    @classmethod
    def of(cls, entry: OrganisationEntry) -> OrganisationInput:
        """The form's starting values for editing *entry*."""
        return cls(
            name=entry.name,
            category=entry.category.value,
            contact_person=entry.contact_person,
            phone=entry.phone,
            email=entry.email,
            address=entry.address,
            opening_hours=entry.opening_hours,
            description=entry.description,
        )


@dataclass
class ServiceInput:
    """Service details as typed in a form; *response_days* empty means the category default."""

    name: str = ""
    description: str = ""
    response_days: str = ""

    @classmethod
    def of(cls, entry: ServiceEntry) -> ServiceInput:
        """The form's starting values for editing *entry*."""
        own = entry.own_response_days
        return cls(name=entry.name, description=entry.description, response_days="" if own is None else str(own))


@dataclass(frozen=True)
class OrganisationData:
    """Validated organisation details, ready to be stored."""

    name: str
    category: PartnerCategory
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    opening_hours: str = ""
    description: str = ""


@dataclass(frozen=True)
class ServiceData:
    """Validated service details, ready to be stored."""

    name: str
    description: str = ""
    response_days: int | None = None


class _Collector:
    """Runs field checks, keeping every :class:`ValidationError` instead of stopping at the first."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def check(self, fn: Callable[..., T], *args: Any) -> T | None:
        try:
            return fn(*args)
        except ValidationError as exc:
            self.errors.append(exc)
            return None


def parse_category(value: str, field: str = "category") -> PartnerCategory:
    try:
        return PartnerCategory(str(value).strip())
    except ValueError:
        raise ValidationError(MSG_CATEGORY, field=field) from None


def parse_response_days(value: str, field: str = "response_days") -> int | None:
    """Whole days from 1 to 365, or ``None`` for an empty field (the category default)."""
    text = value.strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or not RESPONSE_DAYS_MIN <= int(text) <= RESPONSE_DAYS_MAX:
        raise ValidationError(MSG_RESPONSE_DAYS, field=field, min=RESPONSE_DAYS_MIN, max=RESPONSE_DAYS_MAX)
    return int(text)


def validate_organisation(data: OrganisationInput) -> OrganisationData:
    """Check every field; raise :class:`InvalidOrganisation` listing all problems at once."""
    c = _Collector()
    name = c.check(v.required_text, data.name, "name", NAME_LIMIT)
    category = c.check(parse_category, data.category)
    contact_person = c.check(v.limited_text, data.contact_person, "contact_person", CONTACT_PERSON_LIMIT)
    phone = c.check(v.optional_phone, data.phone, "phone")
    email = c.check(v.optional_email, data.email, "email")
    address = c.check(v.limited_text, data.address, "address", ADDRESS_LIMIT)
    opening_hours = c.check(v.limited_text, data.opening_hours, "opening_hours", OPENING_HOURS_LIMIT)
    description = c.check(v.limited_text, data.description, "description", DESCRIPTION_LIMIT)
    if c.errors or name is None or category is None:
        raise InvalidOrganisation(c.errors)
    return OrganisationData(
        name=name,
        category=category,
        contact_person=contact_person or "",
        phone=phone or "",
        email=email or "",
        address=address or "",
        opening_hours=opening_hours or "",
        description=description or "",
    )


def validate_service(data: ServiceInput) -> ServiceData:
    """Check every field; raise :class:`InvalidService` listing all problems at once."""
    c = _Collector()
    name = c.check(v.required_text, data.name, "name", NAME_LIMIT)
    description = c.check(v.limited_text, data.description, "description", DESCRIPTION_LIMIT)
    response_days = c.check(parse_response_days, data.response_days)
    if c.errors or name is None:
        raise InvalidService(c.errors)
    return ServiceData(name=name, description=description or "", response_days=response_days)


# --------------------------------------------------------------------------- editing


def _organisation(session: Session, organisation_id: str) -> PartnerOrganisation:
    org = session.get(PartnerOrganisation, organisation_id)
    if org is None or org.deleted_at is not None:
        raise AppError(MSG_ORGANISATION_NOT_FOUND)
    return org


def _service(session: Session, service_id: str) -> PartnerService:
    service = session.get(PartnerService, service_id)
    if service is None or service.deleted_at is not None or service.organisation.deleted_at is not None:
        raise AppError(MSG_SERVICE_NOT_FOUND)
    return service


def _organisation_name_taken(session: Session, name: str, except_id: str | None) -> ValidationError | None:
    wanted = fold(name)
    for org in session.scalars(select(PartnerOrganisation).where(PartnerOrganisation.deleted_at.is_(None))):
        if org.id != except_id and fold(org.name) == wanted:
            template = MSG_ORGANISATION_EXISTS if org.active else MSG_ORGANISATION_EXISTS_INACTIVE
            return ValidationError(template, field="name", name=org.name)
    return None


def _service_name_taken(
    session: Session, organisation_id: str, name: str, except_id: str | None
) -> ValidationError | None:
    wanted = fold(name)
    services = session.scalars(
        select(PartnerService).where(
            PartnerService.organisation_id == organisation_id, PartnerService.deleted_at.is_(None)
        )
    )
    for service in services:
        if service.id != except_id and fold(service.name) == wanted:
            return ValidationError(MSG_SERVICE_EXISTS, field="name", name=service.name)
    return None


def _valid_organisation(session: Session, data: OrganisationInput, except_id: str | None) -> OrganisationData:
    try:
        valid = validate_organisation(data)
    except InvalidOrganisation as exc:
        errors = exc.errors
        name = data.name.strip()
        if name and not any(e.field == "name" for e in errors):
            taken = _organisation_name_taken(session, name, except_id)
            if taken is not None:
                errors = [taken, *errors]
        raise InvalidOrganisation(errors) from None
    taken = _organisation_name_taken(session, valid.name, except_id)
    if taken is not None:
        raise InvalidOrganisation([taken])
    return valid


def _valid_service(session: Session, organisation_id: str, data: ServiceInput, except_id: str | None) -> ServiceData:
    valid = validate_service(data)
    taken = _service_name_taken(session, organisation_id, valid.name, except_id)
    if taken is not None:
        raise InvalidService([taken])
    return valid


def _apply_organisation(org: PartnerOrganisation, data: OrganisationData) -> None:
    org.name = data.name
    org.category = data.category
    org.contact_person = data.contact_person
    org.phone = data.phone
    org.email = data.email
    org.address = data.address
    org.opening_hours = data.opening_hours
    org.description = data.description


def _apply_service(service: PartnerService, data: ServiceData) -> None:
    service.name = data.name
    service.description = data.description
    service.response_days = data.response_days


def create_organisation(session: Session, data: OrganisationInput) -> PartnerOrganisation:
    """A new active organisation without services. Raises :class:`InvalidOrganisation`."""
    require(session, Permission.MANAGE_PARTNERS)
    valid = _valid_organisation(session, data, None)
    org = PartnerOrganisation(active=True)
    _apply_organisation(org, valid)
    session.add(org)
    session.flush()
    return org


def update_organisation(session: Session, organisation_id: str, data: OrganisationInput) -> PartnerOrganisation:
    """Change an organisation's details (its services' default response time follows the category)."""
    require(session, Permission.MANAGE_PARTNERS)
    org = _organisation(session, organisation_id)
    _apply_organisation(org, _valid_organisation(session, data, organisation_id))
    session.flush()
    return org


def set_organisation_active(session: Session, organisation_id: str, active: bool) -> None:
    """Hide an organisation and all its services from the referral form (old referrals keep it), or show it."""
    require(session, Permission.MANAGE_PARTNERS)
    _organisation(session, organisation_id).active = active
    session.flush()


def create_service(session: Session, organisation_id: str, data: ServiceInput) -> PartnerService:
    """A new active service of the organisation, taking referrals. Raises :class:`InvalidService`."""
    require(session, Permission.MANAGE_PARTNERS)
    org = _organisation(session, organisation_id)
    valid = _valid_service(session, org.id, data, None)
    service = PartnerService(organisation=org, active=True, accepts_referrals=True)
    _apply_service(service, valid)
    session.add(service)
    session.flush()
    return service


def update_service(session: Session, service_id: str, data: ServiceInput) -> PartnerService:
    """Change a service's name, description and own response time."""
    require(session, Permission.MANAGE_PARTNERS)
    service = _service(session, service_id)
    _apply_service(service, _valid_service(session, service.organisation_id, data, service_id))
    session.flush()
    return service


def set_service_active(session: Session, service_id: str, active: bool) -> None:
    """Stop offering a service for good (old referrals keep it), or offer it again."""
    require(session, Permission.MANAGE_PARTNERS)
    _service(session, service_id).active = active
    session.flush()


def set_accepts_referrals(session: Session, service_id: str, accepts: bool) -> None:
    """The switch *not taking referrals now* (no capacity): ``False`` keeps it out of the referral form."""
    require(session, Permission.MANAGE_PARTNERS)
    _service(session, service_id).accepts_referrals = accepts
    session.flush()


# --------------------------------------------------------------------------- reading


def category_rank(category: PartnerCategory) -> int:
    return CATEGORY_ORDER.index(PartnerCategory(category))


def _organisation_key(org: PartnerOrganisation) -> tuple[int, str, str]:
    return category_rank(org.category), fold(org.name), org.id


def _service_key(service: PartnerService) -> tuple[str, str]:
    return fold(service.name), service.id


def _service_entry(service: PartnerService) -> ServiceEntry:
    return ServiceEntry(
        id=service.id,
        organisation_id=service.organisation_id,
        name=service.name,
        description=service.description,
        active=service.active,
        accepts_referrals=service.accepts_referrals,
        response_days=response_days_for(service),
        own_response_days=service.response_days,
    )


def _organisation_entry(org: PartnerOrganisation, services: Iterable[PartnerService]) -> OrganisationEntry:
    return OrganisationEntry(
        id=org.id,
        name=org.name,
        category=PartnerCategory(org.category),
        contact_person=org.contact_person,
        phone=org.phone,
        email=org.email,
        address=org.address,
        opening_hours=org.opening_hours,
        description=org.description,
        active=org.active,
        services=tuple(_service_entry(s) for s in sorted(services, key=_service_key)),
    )


def _live_services(org: PartnerOrganisation, include_inactive: bool) -> list[PartnerService]:
    return [s for s in org.services if s.deleted_at is None and (include_inactive or s.active)]


def directory(session: Session, include_inactive: bool = False) -> list[OrganisationEntry]:
    """The organisations with their services, by category (in :data:`CATEGORY_ORDER`) and name.

    Without *include_inactive* only active organisations and their active services are listed
    (services not taking referrals for now are listed: they are still part of the directory).
    """
    require_signed_in(session)
    stmt = (
        select(PartnerOrganisation)
        .options(selectinload(PartnerOrganisation.services))
        .where(PartnerOrganisation.deleted_at.is_(None))
    )
    if not include_inactive:
        stmt = stmt.where(PartnerOrganisation.active.is_(True))
    orgs = sorted(session.scalars(stmt), key=_organisation_key)
    return [_organisation_entry(org, _live_services(org, include_inactive)) for org in orgs]


def referable_services(session: Session, category: PartnerCategory | None = None) -> list[ServiceChoice]:
    """What a new referral can go to: active services of active organisations that take referrals now.

    Ordered like :func:`directory`; *category* limits the list to one category.
    """
    require_signed_in(session)
    stmt = (
        select(PartnerService)
        .join(PartnerService.organisation)
        .options(selectinload(PartnerService.organisation))
        .where(
            PartnerService.deleted_at.is_(None),
            PartnerService.active.is_(True),
            PartnerService.accepts_referrals.is_(True),
            PartnerOrganisation.deleted_at.is_(None),
            PartnerOrganisation.active.is_(True),
        )
    )
    if category is not None:
        stmt = stmt.where(PartnerOrganisation.category == PartnerCategory(category))
    services = sorted(session.scalars(stmt), key=lambda s: (_organisation_key(s.organisation), _service_key(s)))
    return [
        ServiceChoice(
            service_id=s.id,
            service_name=s.name,
            organisation_id=s.organisation_id,
            organisation_name=s.organisation.name,
            category=PartnerCategory(s.organisation.category),
            response_days=response_days_for(s),
        )
        for s in services
    ]


def service_details(session: Session, service_id: str) -> ServiceDetails:
    """A service and its organisation, also when inactive or not taking referrals (see ``referable``)."""
    require_signed_in(session)
    service = _service(session, service_id)
    org = service.organisation
    return ServiceDetails(
        service=_service_entry(service),
        organisation=_organisation_entry(org, _live_services(org, include_inactive=True)),
    )


# --------------------------------------------------------------------------- starter directory


def starter_id(*names: str) -> str:
    """The fixed key of a starter organisation (its name) or service (organisation and service name).

    Shaped like the built-in topics' keys (a UUIDv7 with a zero time), the rest from a hash of the names.
    """
    digest = hashlib.sha256("\x1f".join(("partner", *names)).encode("utf-8")).hexdigest()
    return f"00000000-0000-7{digest[0:3]}-8{digest[3:6]}-{digest[6:18]}"


def ensure_starter_directory(session: Session) -> int:
    """Fill an empty directory with the starter organisations and services; return how many organisations.

    Idempotent: does nothing (returns 0) once the directory has ever had an organisation, also a
    deactivated or deleted one, so the centre's own edits are never undone. The rows have fixed keys,
    creation time and device (:func:`starter_id`, :data:`STARTER_CREATED_AT`, :data:`STARTER_DEVICE_ID`):
    installations seeded apart hold the same rows, and synchronising them does not double the directory.
    """
    require(session, Permission.MANAGE_PARTNERS)
    if session.scalar(select(PartnerOrganisation.id).limit(1)) is not None:
        return 0
    for starter in STARTER_DIRECTORY:
        org = PartnerOrganisation(
            id=starter_id(starter.name),
            name=starter.name,
            category=starter.category,
            phone=starter.phone,
            email=starter.email,
            address=starter.address,
            opening_hours=starter.opening_hours,
            description=starter.description,
            active=True,
            created_at=STARTER_CREATED_AT,
            updated_at=STARTER_CREATED_AT,
            device_id=STARTER_DEVICE_ID,
        )
        session.add(org)
        for item in starter.services:
            session.add(
                PartnerService(
                    id=starter_id(starter.name, item.name),
                    organisation=org,
                    name=item.name,
                    description=item.description,
                    response_days=item.response_days,
                    accepts_referrals=item.accepts_referrals,
                    active=True,
                    created_at=STARTER_CREATED_AT,
                    updated_at=STARTER_CREATED_AT,
                    device_id=STARTER_DEVICE_ID,
                )
            )
    session.flush()
    return len(STARTER_DIRECTORY)
