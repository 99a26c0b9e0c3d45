"""Pairs of client records a coordinator marked "not the same person" (see services.duplicates)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vauhdittamo.models.base import Base, SyncedMixin, UTCDateTime


class DuplicateDismissal(SyncedMixin, Base):
    """Two client records that look alike but are two people: the possible-duplicates list leaves them out.

    The pair is stored in one order (the smaller id first) under a key derived from the two ids, so that two
    laptops marking the same pair make one record when synchronised. Undoing the mark deletes the record
    (``deleted_at``); marking the pair again brings the same record back.

    ``second_client_id`` has no foreign key: the pair may span two scoped laptops' clients, and a laptop that
    holds only the first client (the one the record is linked by, see sync.rules.CLIENT_LINKS) keeps it.
    """

    __tablename__ = "duplicate_dismissal"
    __table_args__ = (
        UniqueConstraint("first_client_id", "second_client_id"),
        Index("ix_duplicate_dismissal_second", "second_client_id"),
    )

    first_client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    second_client_id: Mapped[str] = mapped_column(String(36))
    dismissed_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), default=None)
    dismissed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
