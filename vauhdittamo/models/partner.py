"""Partner organisations and the services they take referrals to."""

from __future__ import annotations

import enum

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vauhdittamo.models.base import Base, SyncedMixin, str_enum


class PartnerCategory(enum.StrEnum):
    TE_SERVICES = "te_services"
    KELA = "kela"
    SOCIAL_SERVICES = "social_services"
    HEALTH_SERVICES = "health_services"
    WORK_CAPACITY = "work_capacity"  # work and functional capacity assessment
    EDUCATION = "education"
    YOUTH_SERVICES = "youth_services"
    MUNICIPAL_SERVICES = "municipal_services"
    THIRD_SECTOR = "third_sector"
    OTHER = "other"


# Days within which a partner of the category is expected to respond to a referral.
DEFAULT_RESPONSE_DAYS: dict[PartnerCategory, int] = {
    PartnerCategory.TE_SERVICES: 14,
    PartnerCategory.KELA: 21,
    PartnerCategory.SOCIAL_SERVICES: 7,
    PartnerCategory.HEALTH_SERVICES: 14,
    PartnerCategory.WORK_CAPACITY: 30,
    PartnerCategory.EDUCATION: 21,
    PartnerCategory.YOUTH_SERVICES: 7,
    PartnerCategory.MUNICIPAL_SERVICES: 14,
    PartnerCategory.THIRD_SECTOR: 14,
    PartnerCategory.OTHER: 14,
}


class PartnerOrganisation(SyncedMixin, Base):
    __tablename__ = "partner_organisation"

    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[PartnerCategory] = mapped_column(str_enum(PartnerCategory))
    contact_person: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    opening_hours: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    services: Mapped[list[PartnerService]] = relationship(back_populates="organisation")


class PartnerService(SyncedMixin, Base):
    __tablename__ = "partner_service"

    organisation_id: Mapped[str] = mapped_column(ForeignKey("partner_organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The switch "not taking referrals now" (no capacity), respected by the referral form.
    accepts_referrals: Mapped[bool] = mapped_column(Boolean, default=True)
    # Overrides the category default when set.
    response_days: Mapped[int | None] = mapped_column(Integer, default=None)

    organisation: Mapped[PartnerOrganisation] = relationship(back_populates="services")
