"""Counts of each kind of record, the schema version and the last sync, for `stats` and the status bar."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from vauhdittamo.models import (
    AttendanceMark,
    Client,
    CompetenceCertificate,
    GuidanceVisit,
    LocalSetting,
    PartnerOrganisation,
    Referral,
    StaffMember,
    SyncedMixin,
    Workshop,
    WorkshopSession,
)
from vauhdittamo.models.meta import LAST_SYNC_KEY


@dataclass
class DatabaseStats:
    clients: int
    visits: int
    referrals: int
    workshops: int
    sessions: int
    attendance_marks: int
    certificates: int
    partners: int
    staff: int
    schema_version: str | None
    last_sync: dt.datetime | None

    def as_json(self) -> dict[str, object]:
        data = asdict(self)
        data["last_sync"] = self.last_sync.isoformat() if self.last_sync else None
        return data


def _live_count(session: Session, model: type[SyncedMixin]) -> int:
    return session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0


def last_sync_time(session: Session) -> dt.datetime | None:
    value = session.get(LocalSetting, LAST_SYNC_KEY)
    return dt.datetime.fromisoformat(value.value) if value and value.value else None


def database_stats(session: Session) -> DatabaseStats:
    return DatabaseStats(
        clients=_live_count(session, Client),
        visits=_live_count(session, GuidanceVisit),
        referrals=_live_count(session, Referral),
        workshops=_live_count(session, Workshop),
        sessions=_live_count(session, WorkshopSession),
        attendance_marks=_live_count(session, AttendanceMark),
        certificates=_live_count(session, CompetenceCertificate),
        partners=_live_count(session, PartnerOrganisation),
        staff=_live_count(session, StaffMember),
        schema_version=session.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none(),
        last_sync=last_sync_time(session),
    )
