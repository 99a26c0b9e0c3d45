"""Competence certificates (osaamistodistukset): learning in workshops made visible (opinnollistaminen)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from vauhdittamo.errors import QT_TRANSLATE_NOOP, ValidationError
from vauhdittamo.models import Client, CompetenceCertificate, StaffMember, Workshop
from vauhdittamo.services import validation as v
from vauhdittamo.services.permissions import Permission, require, require_signed_in
from vauhdittamo.services.workshops import MSG_UNKNOWN_CLIENT, get_workshop
from vauhdittamo.timeutil import local_today, utcnow

MSG_FUTURE_AWARD = QT_TRANSLATE_NOOP("errors", "A certificate cannot be dated in the future.")
MSG_UNKNOWN_CERTIFICATE = QT_TRANSLATE_NOOP("errors", "The certificate no longer exists.")
MSG_ASSESSOR = QT_TRANSLATE_NOOP("errors", "Choose who assessed the competence, or write the assessor's name.")


@dataclass
class CertificateInput:
    client_id: str
    competence_area: str
    qualification: str = ""
    workshop_id: str | None = None
    awarded_on: dt.date | None = None
    assessed_by_id: str | None = None
    assessor_name: str = ""  # an assessor from outside, e.g. a vocational school's teacher
    note: str = ""


@dataclass
class CertificateRow:
    certificate_id: str
    client_id: str
    client_name: str
    competence_area: str
    qualification: str
    workshop_id: str | None
    workshop_name: str
    awarded_on: dt.date
    assessor: str
    note: str


def _apply(session: Session, row: CompetenceCertificate, data: CertificateInput, today: dt.date) -> None:
    client = session.get(Client, data.client_id)
    if client is None or client.deleted_at is not None:
        raise ValidationError(MSG_UNKNOWN_CLIENT, field="client")
    if data.workshop_id is not None:
        get_workshop(session, data.workshop_id)
    awarded_on = data.awarded_on or today
    if awarded_on > today:
        raise ValidationError(MSG_FUTURE_AWARD, field="awarded_on")
    assessor_name = v.limited_text(data.assessor_name, "assessor_name", 120)
    if data.assessed_by_id is None and not assessor_name:
        raise ValidationError(MSG_ASSESSOR, field="assessor")
    row.client_id = data.client_id
    row.competence_area = v.required_text(data.competence_area, "competence_area", 200)
    row.qualification = v.limited_text(data.qualification, "qualification", 200)
    row.workshop_id = data.workshop_id
    row.awarded_on = awarded_on
    row.assessed_by_id = data.assessed_by_id
    row.assessor_name = assessor_name
    row.note = v.limited_text(data.note, "note", 2000)


def record_certificate(session: Session, data: CertificateInput, today: dt.date | None = None) -> CompetenceCertificate:
    require(session, Permission.RECORD_CERTIFICATES)
    row = CompetenceCertificate()
    _apply(session, row, data, today or local_today())
    session.add(row)
    session.flush()
    return row


def update_certificate(
    session: Session, certificate_id: str, data: CertificateInput, today: dt.date | None = None
) -> None:
    require(session, Permission.RECORD_CERTIFICATES)
    _apply(session, _get(session, certificate_id), data, today or local_today())
    session.flush()


def delete_certificate(session: Session, certificate_id: str) -> None:
    require(session, Permission.RECORD_CERTIFICATES)
    _get(session, certificate_id).deleted_at = utcnow()
    session.flush()


def certificate_input(session: Session, certificate_id: str) -> CertificateInput:
    require_signed_in(session)
    row = _get(session, certificate_id)
    return CertificateInput(
        client_id=row.client_id,
        competence_area=row.competence_area,
        qualification=row.qualification,
        workshop_id=row.workshop_id,
        awarded_on=row.awarded_on,
        assessed_by_id=row.assessed_by_id,
        assessor_name=row.assessor_name,
        note=row.note,
    )


def _get(session: Session, certificate_id: str) -> CompetenceCertificate:
    row = session.get(CompetenceCertificate, certificate_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError(MSG_UNKNOWN_CERTIFICATE, field="certificate")
    return row


def certificates(
    session: Session, *, client_id: str | None = None, workshop_id: str | None = None
) -> list[CertificateRow]:
    """A client's or a workshop's certificates, newest first."""
    require_signed_in(session)
    assessor = aliased(StaffMember)
    stmt = (
        select(CompetenceCertificate, Client.first_name, Client.last_name, Workshop.name, assessor.display_name)
        .join(Client, Client.id == CompetenceCertificate.client_id)
        .outerjoin(Workshop, Workshop.id == CompetenceCertificate.workshop_id)
        .outerjoin(assessor, assessor.id == CompetenceCertificate.assessed_by_id)
        .where(CompetenceCertificate.deleted_at.is_(None), Client.deleted_at.is_(None))
        .order_by(CompetenceCertificate.awarded_on.desc(), Client.last_name, Client.first_name)
    )
    if client_id is not None:
        stmt = stmt.where(CompetenceCertificate.client_id == client_id)
    if workshop_id is not None:
        stmt = stmt.where(CompetenceCertificate.workshop_id == workshop_id)
    return [
        CertificateRow(
            certificate_id=c.id,
            client_id=c.client_id,
            client_name=f"{last}, {first}",
            competence_area=c.competence_area,
            qualification=c.qualification,
            workshop_id=c.workshop_id,
            workshop_name=workshop or "",
            awarded_on=c.awarded_on,
            assessor=", ".join(x for x in (staff_name or "", c.assessor_name) if x),
            note=c.note,
        )
        for c, first, last, workshop, staff_name in session.execute(stmt)
    ]


def known_competence_areas(session: Session) -> list[str]:
    """Competence areas and qualifications already used, for completion in the form."""
    require_signed_in(session)
    areas = session.scalars(
        select(CompetenceCertificate.competence_area)
        .where(CompetenceCertificate.deleted_at.is_(None))
        .distinct()
        .order_by(CompetenceCertificate.competence_area)
    )
    return list(areas)


def known_qualifications(session: Session) -> list[str]:
    require_signed_in(session)
    rows = session.scalars(
        select(CompetenceCertificate.qualification)
        .where(CompetenceCertificate.deleted_at.is_(None), CompetenceCertificate.qualification != "")
        .distinct()
        .order_by(CompetenceCertificate.qualification)
    )
    return list(rows)
