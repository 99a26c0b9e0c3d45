"""Pairs marked "not the same person": remembered, synchronised, and left out of the possible duplicates.

A pair is one :class:`~vauhdittamo.models.DuplicateDismissal` under a key derived from the two client ids
(smaller first), so the same pair marked on two laptops is one record after syncing. Coordinators and
administrators mark and unmark pairs (:attr:`Permission.MERGE_CLIENTS`); each is audited with the two ids.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError
from vauhdittamo.ids import derived_id
from vauhdittamo.models import AuditAction, Client, DuplicateDismissal
from vauhdittamo.services import audit
from vauhdittamo.services.permissions import Permission, acting_staff_id, require, require_signed_in
from vauhdittamo.timeutil import utcnow

MSG_SAME_CLIENT = QT_TRANSLATE_NOOP("errors", "A client record cannot be a duplicate of itself.")
MSG_NO_CLIENT = QT_TRANSLATE_NOOP("errors", "One of the two client records no longer exists.")

Pair = frozenset[str]


def canonical(first_id: str, second_id: str) -> tuple[str, str]:
    """The pair's two ids in their stored order (the smaller first)."""
    return (first_id, second_id) if first_id < second_id else (second_id, first_id)


def dismissal_id(first_id: str, second_id: str) -> str:
    """The key every device gives the pair's record."""
    return derived_id("duplicate_dismissal", *canonical(first_id, second_id))


def dismissed_pairs(session: Session) -> set[Pair]:
    """Every pair marked not the same person (and not unmarked): two client ids each, nothing more."""
    require_signed_in(session)
    rows = session.execute(
        select(DuplicateDismissal.first_client_id, DuplicateDismissal.second_client_id).where(
            DuplicateDismissal.deleted_at.is_(None)
        )
    )
    return {frozenset(row) for row in rows}


def _check_pair(session: Session, first_id: str, second_id: str) -> tuple[str, str]:
    if first_id == second_id:
        raise AppError(MSG_SAME_CLIENT)
    pair = canonical(first_id, second_id)
    for client_id in pair:
        client = session.get(Client, client_id)
        if client is None:
            raise AppError(MSG_NO_CLIENT)
    return pair


def dismiss_pair(session: Session, first_id: str, second_id: str) -> DuplicateDismissal:
    """Mark the two records not the same person: the possible duplicates leave the pair out from now on."""
    require(session, Permission.MERGE_CLIENTS, entity_type=audit.ENTITY_CLIENT, entity_id=first_id)
    first, second = _check_pair(session, first_id, second_id)
    row = session.get(DuplicateDismissal, dismissal_id(first, second))
    if row is None:
        row = DuplicateDismissal(id=dismissal_id(first, second), first_client_id=first, second_client_id=second)
        session.add(row)
    elif row.deleted_at is None:
        return row
    row.deleted_at = None
    row.dismissed_at = utcnow()
    row.dismissed_by_id = acting_staff_id(session)
    session.flush()
    audit.record(session, AuditAction.DUPLICATE_DISMISSED, audit.ENTITY_CLIENT, first, f"other={second}")
    return row


def undo_dismissal(session: Session, first_id: str, second_id: str) -> bool:
    """Take the mark back: the pair is a possible duplicate again. ``False`` when it was not marked."""
    require(session, Permission.MERGE_CLIENTS, entity_type=audit.ENTITY_CLIENT, entity_id=first_id)
    first, second = canonical(first_id, second_id)
    row = session.get(DuplicateDismissal, dismissal_id(first, second))
    if row is None or row.deleted_at is not None:
        return False
    row.deleted_at = utcnow()
    session.flush()
    audit.record(session, AuditAction.DUPLICATE_DISMISSED, audit.ENTITY_CLIENT, first, f"other={second} undone")
    return True
