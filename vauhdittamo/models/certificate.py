"""Competence certificates: learning made visible (opinnollistaminen)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vauhdittamo.models.base import Base, SyncedMixin


class CompetenceCertificate(SyncedMixin, Base):
    __tablename__ = "competence_certificate"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    competence_area: Mapped[str] = mapped_column(String(200))
    # The (partial) vocational qualification the competence area belongs to, if any.
    qualification: Mapped[str] = mapped_column(String(200), default="")
    workshop_id: Mapped[str | None] = mapped_column(ForeignKey("workshop.id"), default=None)
    awarded_on: Mapped[dt.date] = mapped_column(Date)
    assessed_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), default=None)
    assessor_name: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")
