"""Which records are one person: a kept client and the tombstones merged into it (directly or in a chain)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from vauhdittamo.models import Client

_CHUNK = 500


def merged_into_map(session: Session) -> dict[str, str]:
    """Every tombstone's id and the id it was merged into (one step)."""
    rows = session.execute(select(Client.id, Client.merged_into_id).where(Client.merged_into_id.is_not(None)))
    return {cid: str(target) for cid, target in rows}


def final_target(links: Mapping[str, str], client_id: str) -> str | None:
    """Where the chain of merges from *client_id* ends; ``None`` when it runs in a circle."""
    seen = {client_id}
    current = client_id
    while current in links:
        current = links[current]
        if current in seen:
            return None
        seen.add(current)
    return current


def cycle_of(links: Mapping[str, str], client_id: str) -> list[str]:
    """The records of the circle that the chain from *client_id* runs into (in the circle's order)."""
    order: list[str] = []
    current = client_id
    while current not in order:
        order.append(current)
        current = links[current]
    return order[order.index(current) :]


def tombstones_of(session: Session, client_ids: Iterable[str]) -> list[str]:
    """The ids of every tombstone merged, directly or through others, into one of *client_ids*."""
    found: list[str] = []
    seen = set(client_ids)
    frontier = list(seen)
    while frontier:
        batch, frontier = frontier[:_CHUNK], frontier[_CHUNK:]
        for (cid,) in session.execute(select(Client.id).where(Client.merged_into_id.in_(batch))):
            if cid not in seen:
                seen.add(cid)
                found.append(cid)
                frontier.append(cid)
    return found
