"""What every screen needs: the open database and the signed-in staff member."""

from __future__ import annotations

from dataclasses import dataclass

from vauhdittamo.db import Database


@dataclass
class AppContext:
    db: Database
    staff_id: str
    staff_name: str
