"""The coordinator's list of possible duplicates over every client, found in seconds at municipal scale.

Every pair the rules of :mod:`.matching` list shares something exact: the identity code, the birth date,
the phone number or the email address (a missing birth date needs the same phone or email). So the
records are grouped by each of those (*blocking*), and only records of one group are compared: first
with ``rapidfuzz.process.extract`` (``fuzz.token_set_ratio``, in C) against the rest of the group, then
the few that pass with the rules. At 50,000 clients the groups hold two or three records each and the
whole list takes well under a second (``benchmarks/near_duplicates.py``).

Live records only: a merged-away record (a tombstone, ``deleted_at``) and an anonymised or erased one are
never candidates. Pairs marked not the same person (:mod:`.dismissals`) are left out, or, on request,
listed on their own.

The pairs found are kept in memory per database with a fingerprint of the clients (how many live ones,
the sum of their change times, the last row): the count the clients screen and the sync screen show after
each sync costs a read of that fingerprint (a tenth of a second at 50,000 clients) until a client changes.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Integer, func, literal_column, select
from sqlalchemy.orm import Session

from vauhdittamo import collector
from vauhdittamo.models import Client, GuidanceVisit
from vauhdittamo.services.duplicates.dismissals import Pair, dismissed_pairs
from vauhdittamo.services.duplicates.keys import Person, mask_personal_id, person
from vauhdittamo.services.duplicates.matching import PREFILTER, Match, compare
from vauhdittamo.services.permissions import Permission, require

_CHUNK = 500  # ids in one IN (...)
# Called now and then during a long scan: raises to stop it (a background job's CancelToken.check).
CancelCheck = Callable[[], None]
_CHECK_EVERY = 2000  # groups between two looks at the cancel flag

PERSON_COLUMNS = (
    Client.id,
    Client.first_name,
    Client.last_name,
    Client.birth_date,
    Client.personal_id,
    Client.phone,
    Client.email,
)


def live_clients() -> Any:
    """The condition of a client that may be a duplicate: not merged away or deleted, not anonymised."""
    return (Client.deleted_at.is_(None)) & (Client.anonymised_at.is_(None))


def person_of(row: Any) -> Person:
    return person(row.id, row.first_name, row.last_name, row.birth_date, row.personal_id, row.phone, row.email)


@dataclass(frozen=True, slots=True)
class ClientSummary:
    """One record of a pair as the list shows it."""

    id: str
    first_name: str
    last_name: str
    birth_date: dt.date | None
    personal_id_masked: str  # see keys.mask_personal_id
    municipality: str
    village: str
    visits: int
    created_at: dt.datetime

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two records that may be one person: ``first`` is the older record (the one to keep, by default)."""

    first: ClientSummary
    second: ClientSummary
    match: Match
    dismissed: bool = False

    @property
    def key(self) -> Pair:
        return frozenset((self.first.id, self.second.id))


def _blocks(people: Sequence[Person]) -> Iterator[tuple[str, list[int]]]:
    """Groups of two or more records sharing an identity code, a birth date, a phone number or an email."""
    groups: dict[tuple[str, Any], list[int]] = defaultdict(list)
    for index, p in enumerate(people):
        if p.personal_id:
            groups[("id", p.personal_id)].append(index)
        if p.birth_date is not None:
            groups[("birth", p.birth_date)].append(index)
        if p.phone:
            groups[("phone", p.phone)].append(index)
        if p.email:
            groups[("email", p.email)].append(index)
    for (kind, _value), members in groups.items():
        if len(members) > 1:
            yield kind, members


def matching_pairs(people: Sequence[Person], cancel: CancelCheck | None = None) -> list[tuple[int, int, Match]]:
    """Every pair of *people* (by index, smaller first) that the rules list, with its match."""
    seen: set[tuple[int, int]] = set()
    found: list[tuple[int, int, Match]] = []
    for count, (kind, members) in enumerate(_blocks(people)):
        if cancel is not None and count % _CHECK_EVERY == 0:
            cancel()
        names = [people[i].full for i in members]
        for position, i in enumerate(members[:-1]):
            rest = members[position + 1 :]
            if kind == "id":  # the same identity code: a duplicate whatever the names
                hits: Iterable[int] = range(len(rest))
            else:
                hits = (
                    k
                    for _name, _score, k in process.extract(
                        names[position],
                        names[position + 1 :],
                        scorer=fuzz.token_set_ratio,
                        score_cutoff=PREFILTER,
                        limit=None,
                    )
                )
            for k in hits:
                j = rest[k]
                pair = (i, j) if i < j else (j, i)
                if pair in seen:
                    continue
                seen.add(pair)
                match = compare(people[pair[0]], people[pair[1]])
                if match is not None and match.listed:
                    found.append((pair[0], pair[1], match))
    return found


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _summaries(session: Session, client_ids: Iterable[str]) -> dict[str, ClientSummary]:
    """The shown details of *client_ids*, with each one's number of guidance visits."""
    ids = sorted(set(client_ids))
    out: dict[str, ClientSummary] = {}
    for chunk in _chunks(ids):
        counted = session.execute(
            select(GuidanceVisit.client_id, func.count())
            .where(GuidanceVisit.client_id.in_(chunk), GuidanceVisit.deleted_at.is_(None))
            .group_by(GuidanceVisit.client_id)
        )
        visits = {client_id: int(count) for client_id, count in counted}
        rows = session.execute(
            select(
                Client.id,
                Client.first_name,
                Client.last_name,
                Client.birth_date,
                Client.personal_id,
                Client.municipality,
                Client.village,
                Client.created_at,
            ).where(Client.id.in_(chunk))
        )
        for row in rows:
            out[row.id] = ClientSummary(
                row.id,
                row.first_name,
                row.last_name,
                row.birth_date,
                mask_personal_id(row.personal_id),
                row.municipality,
                row.village,
                int(visits.get(row.id, 0)),
                row.created_at,
            )
    return out


def _ordered(a: ClientSummary, b: ClientSummary) -> tuple[ClientSummary, ClientSummary]:
    """The older record first (the one a merge keeps by default)."""
    return (a, b) if (a.created_at, a.id) <= (b.created_at, b.id) else (b, a)


def _load_people(session: Session) -> list[Person]:
    """Every live client as the matching compares it."""
    return [person_of(row) for row in session.execute(select(*PERSON_COLUMNS).where(live_clients()))]


Found = list[tuple[str, str, Match]]  # the two client ids (as loaded) and their match
_found: dict[str, tuple[tuple[Any, ...], Found]] = {}  # database → (fingerprint, pairs found)
_found_lock = threading.Lock()


def _fingerprint(session: Session) -> tuple[Any, ...]:
    """What changes whenever a live client is added, changed, merged away, erased or deleted."""
    rowid = literal_column("client.rowid", Integer)
    row = session.execute(
        select(func.count(), func.total(func.julianday(Client.updated_at)), func.max(rowid)).where(live_clients())
    ).one()
    return tuple(row)


def _matched(session: Session, cancel: CancelCheck | None = None) -> Found:
    """Every pair of live clients the rules list (dismissed ones too), from memory while no client changed."""
    database = str(session.get_bind().engine.url)
    fingerprint = _fingerprint(session)
    with _found_lock:
        known = _found.get(database)
    if known is not None and known[0] == fingerprint:
        return known[1]
    with collector.paused():  # every client as a few objects each: no collection walks them all meanwhile
        people = _load_people(session)
        found = [(people[i].id, people[j].id, match) for i, j, match in matching_pairs(people, cancel)]
        del people
    with _found_lock:
        _found[database] = (fingerprint, found)
    return found


def possible_duplicates(
    session: Session, *, include_dismissed: bool = False, cancel: CancelCheck | None = None
) -> list[DuplicatePair]:
    """Every pair of live client records that may be one person, the strongest evidence first.

    Pairs marked not the same person are left out; with *include_dismissed* they are listed too
    (``dismissed``), for taking a mark back. Needs :attr:`Permission.MERGE_CLIENTS`.
    """
    require(session, Permission.MERGE_CLIENTS)
    found = _matched(session, cancel)
    dismissed = dismissed_pairs(session)
    kept = []
    for a, b, match in found:
        key = frozenset((a, b))
        if key in dismissed and not include_dismissed:
            continue
        kept.append((a, b, match, key in dismissed))
    shown = _summaries(session, [cid for a, b, _m, _d in kept for cid in (a, b)])
    pairs = [DuplicatePair(*_ordered(shown[a], shown[b]), match, was) for a, b, match, was in kept]
    pairs.sort(
        key=lambda p: (
            p.dismissed,
            p.match.tier,
            -p.match.score,
            p.first.last_name.casefold(),
            p.first.first_name.casefold(),
            p.first.id,
            p.second.id,
        )
    )
    return pairs


def count_possible_duplicates(session: Session, cancel: CancelCheck | None = None) -> int:
    """How many pairs :func:`possible_duplicates` lists (dismissed pairs left out)."""
    require(session, Permission.MERGE_CLIENTS)
    found = _matched(session, cancel)
    dismissed = dismissed_pairs(session)
    return sum(1 for a, b, _match in found if frozenset((a, b)) not in dismissed)
