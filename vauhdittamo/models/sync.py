"""Bookkeeping of synchronisation with a central hub: the outbox, field clocks and conflicts.

``sync_outbox`` and ``sync_row_clock`` are local to this installation and never synchronised;
``sync_conflict`` is synchronised, so that a coordinator's settlement reaches every laptop.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vauhdittamo.models.base import Base, SyncedMixin, UTCDateTime


class SyncOutbox(Base):
    """A local change not yet pushed to the hub: written in the same transaction as the change."""

    __tablename__ = "sync_outbox"
    __table_args__ = (Index("ix_sync_outbox_row", "table_name", "row_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[str] = mapped_column(String(40))


class SyncRowClock(Base):
    """The hybrid logical clock of each field of a synchronised row, as JSON.

    ``{"column": [hlc, base], "*": [hlc, base]}``: ``hlc`` is when the field was last written, ``base``
    the clock the field had when that write was made (to tell concurrent edits from later ones);
    ``"*"`` stands for every column not listed.
    """

    __tablename__ = "sync_row_clock"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    clocks: Mapped[str] = mapped_column(Text)


class SyncQuarantine(Base):
    """A change that could not be taken (local only, never synchronised).

    ``kind`` ``"pulled"``: a row received from the hub that this computer could not apply (its parent is
    missing, a value breaks a rule); ``data`` and ``clocks`` keep it so that it is tried again at every
    sync. ``kind`` ``"refused"``: a local change the hub refused, with the hub's reason (no data kept);
    ``"unsent"``: a local change this computer did not send because it breaks a rule.
    """

    __tablename__ = "sync_quarantine"
    __table_args__ = (Index("ix_sync_quarantine_row", "kind", "table_name", "row_id", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(Text)
    data: Mapped[str] = mapped_column(Text, default="{}")
    clocks: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class SyncConflict(SyncedMixin, Base):
    """A field edit that lost to a concurrent one (or an edit of a record deleted meanwhile).

    The id is derived from the losing write, so every installation records the same conflict once.
    """

    __tablename__ = "sync_conflict"

    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    column_name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20))  # "field" or "deleted"
    losing_value: Mapped[str] = mapped_column(Text, default="null")  # JSON of the stored value
    losing_hlc: Mapped[str] = mapped_column(String(40))
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=None)
    resolved_by_id: Mapped[str | None] = mapped_column(String(36), default=None)
    resolution: Mapped[str] = mapped_column(String(20), default="")  # "kept" or "taken"
