"""Who acts in a test's units of work, named once per test like a screen's signed-in staff member.

The app opens every unit of work with an explicit actor (``db.session(actor)``); a test names its
actor the same way. :func:`act_as` picks the staff member a test's later sessions act as (``None``:
the system, as the command line and demo data act), :func:`acting` gives that actor for
``db.session(acting(db))``, and :func:`staff_actor` makes the actor of one staff member.
"""

from __future__ import annotations

from vauhdittamo.db import Database
from vauhdittamo.models import StaffMember
from vauhdittamo.services.permissions import SYSTEM, Actor, StaffActor

_acting: dict[int, tuple[Database, Actor]] = {}


def staff_actor(db: Database, staff_id: str) -> StaffActor:
    """The actor of the staff member *staff_id* (with their role as stored)."""
    with db.session(SYSTEM) as session:
        member = session.get(StaffMember, staff_id)
        if member is None:
            raise LookupError(f"no staff member {staff_id}")
        return StaffActor(member.id, member.role)


def act_as(db: Database, staff_id: str | None) -> None:
    """The test's later units of work on *db* act as *staff_id* (``None``: as the system)."""
    _acting[id(db)] = (db, SYSTEM if staff_id is None else staff_actor(db, staff_id))


def acting(db: Database) -> Actor:
    """Whom the test acts as on *db* (the system until :func:`act_as` names someone)."""
    found = _acting.get(id(db))
    return found[1] if found is not None and found[0] is db else SYSTEM


def acting_staff_id(db: Database) -> str | None:
    return acting(db).staff_id


def forget() -> None:
    _acting.clear()
