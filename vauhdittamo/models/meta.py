"""Facts about this installation (local only, never synchronised)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vauhdittamo.models.base import Base

DEVICE_ID_KEY = "device_id"
LAST_SYNC_KEY = "last_sync_at"


class LocalSetting(Base):
    """A key/value fact of this installation: its device id, the last successful sync."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
