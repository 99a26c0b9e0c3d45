"""What every screen needs: the open database and the signed-in staff member."""

from __future__ import annotations

from dataclasses import dataclass, field

from vauhdittamo.db import Database
from vauhdittamo.models import StaffRole
from vauhdittamo.services.permissions import Permission


@dataclass
class AppContext:
    db: Database
    staff_id: str
    staff_name: str
    role: StaffRole | None = None  # looked up by the main window when not given
    # What the signed-in role may do, asked once per sign-in (see vauhdittamo.ui.permissions).
    granted: frozenset[Permission] | None = field(default=None, repr=False, compare=False)
