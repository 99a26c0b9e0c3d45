"""What every screen needs: the open database and the signed-in staff member, who acts in every unit of work."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from vauhdittamo.db import Database
from vauhdittamo.models import StaffRole
from vauhdittamo.services.permissions import Permission, StaffActor
from vauhdittamo.services.types import Session


@dataclass
class AppContext:
    """The signed-in staff member (:attr:`actor`) and the database their screens work on.

    Screens open units of work with :meth:`session` / :meth:`transaction`, which act as :attr:`actor`.
    """

    db: Database
    actor: StaffActor
    staff_name: str
    # What the signed-in role may do, asked once per sign-in (see vauhdittamo.ui.permissions).
    granted: frozenset[Permission] | None = field(default=None, repr=False, compare=False)

    @property
    def staff_id(self) -> str:
        return self.actor.staff_id

    @property
    def role(self) -> StaffRole:
        return self.actor.role

    def session(self) -> Session:
        """A new session acting as the signed-in staff member."""
        return self.db.session(self.actor)

    @contextlib.contextmanager
    def transaction(self, *, write_lock: bool = True) -> Iterator[Session]:
        """A session acting as the signed-in staff member, in one transaction.

        It takes the write lock at its start, so a save never fails because an import or a sync wrote
        meanwhile; checking a password passes ``write_lock=False`` (a failure is recorded in a side
        transaction, see :func:`vauhdittamo.services.permissions.side_transaction`).
        """
        with self.db.transaction(self.actor, write_lock=write_lock) as session:
            yield session
