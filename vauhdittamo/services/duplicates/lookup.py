"""Possible duplicates of one person: the new-client form as staff type, and the check before saving.

Candidates are read through indexes, never by reading every client: the same identity code, the same
birth date (``ix_client_birth_date``), and names from the search index (``client_search``, see
:mod:`vauhdittamo.search_index`): a client with a name (or a part of a double name) starting with the
first three letters of a typed last name and a name starting with the first two letters of a typed first
name, or the other way round. That also finds a first and last name swapped, a letter off after the
first few, a double surname and å/ä/ö typed as a/o (the index is folded); a name mistyped at its very
start in both parts is not looked for. Where that gives more than :data:`MANY_CANDIDATES` records (the
commonest beginnings, such as *Ka…* and *Mäk…*), one letter more of each part is asked for. At 50,000
clients that is a few dozen records, scored in C by ``rapidfuzz.process.extract`` and then by the rules
of :mod:`.matching`: a few milliseconds (``benchmarks/near_duplicates.py``).

While a new client is typed in, a name strongly alike without a birth date to compare is shown too, as
a hint (:attr:`Tier.NAME_ONLY`); the check before saving and the client card warn only of what the
coordinator's list would list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Integer, literal_column, select, table, text
from sqlalchemy.orm import Session

from vauhdittamo.errors import ValidationError
from vauhdittamo.models import Client
from vauhdittamo.services import validation as v
from vauhdittamo.services.duplicates.dismissals import dismissed_pairs
from vauhdittamo.services.duplicates.keys import Person, person
from vauhdittamo.services.duplicates.matching import PREFILTER, Match, compare
from vauhdittamo.services.duplicates.pairs import PERSON_COLUMNS, live_clients, person_of
from vauhdittamo.services.permissions import Permission, require

DEFAULT_LIMIT = 5  # possible duplicates shown in the new-client form
_PREFIX = 3  # letters of one name part that pick the candidates from the search index...
_OTHER_PREFIX = 2  # ...and of the other part (one letter more of each for the commonest beginnings)
MANY_CANDIDATES = 300


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    """An existing client that may be the person being typed in or saved."""

    id: str
    first_name: str
    last_name: str
    birth_date: dt.date | None
    municipality: str
    village: str
    match: Match

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def probe(
    first_name: str = "",
    last_name: str = "",
    birth_date: str | dt.date | None = None,
    personal_id: str | None = None,
    phone: str = "",
    email: str = "",
) -> Person:
    """What is typed so far, as the matching compares it: a birth date or an identity code that is not
    (yet) valid is left out; a valid identity code gives the birth date when none is typed."""
    birth: dt.date | None = None
    if isinstance(birth_date, dt.date):
        birth = birth_date
    elif birth_date and birth_date.strip():
        try:
            birth = v.parse_date(birth_date)
        except ValidationError:
            birth = None
    code: str | None = None
    if personal_id and personal_id.strip():
        try:
            code = v.normalise_personal_id(personal_id)
        except ValidationError:
            code = None
        if code is not None and birth is None:
            birth = v.birth_date_from_personal_id(code)
    return person("", first_name, last_name, birth, code, phone, email)


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _name_query(p: Person, longer: int = 0) -> str | None:
    """The search index query of the candidates by name (see the module's docstring), with *longer* letters
    more of each part; ``None``: too little typed."""
    branches: set[str] = set()
    for words, others in ((p.last, p.first), (p.first, p.last)):
        starts = {w[: _OTHER_PREFIX + longer] for w in others}
        for word in words:
            if len(word) < _PREFIX:
                continue
            prefix = word[: _PREFIX + longer]
            # A word starts with the prefix, or a part of a hyphenated name does (the index keeps hyphens).
            name = f"({_phrase('  ' + prefix)} OR {_phrase('-' + prefix)})"
            for start in starts:
                branches.add(f"({name} AND {_phrase('  ' + start)})")
    return " OR ".join(sorted(branches)) or None


def _count(session: Session, query: str) -> int:
    """How many clients the search index query finds (the index alone: no client row is read)."""
    found = session.execute(text("SELECT count(*) FROM client_search WHERE client_search MATCH :m"), {"m": query})
    return int(found.scalar_one())


def _candidates(session: Session, p: Person, exclude_id: str | None) -> list[Any]:
    rows: dict[str, Any] = {}
    conditions = []
    if p.personal_id:
        conditions.append(Client.personal_id == p.personal_id)
    if p.birth_date is not None:
        conditions.append(Client.birth_date == p.birth_date)
    query = _name_query(p) if p.has_name else None
    if query is not None:
        if _count(session, query) > MANY_CANDIDATES:
            query = _name_query(p, longer=1)
        indexed = (
            select(literal_column("rowid", Integer))
            .select_from(table("client_search"))
            .where(literal_column("client_search").op("MATCH")(query))
        )
        conditions.append(literal_column("client.rowid", Integer).in_(indexed))
    for condition in conditions:  # one query each: every one of them uses its own index
        for row in session.execute(
            select(*PERSON_COLUMNS, Client.municipality, Client.village).where(condition, live_clients())
        ):
            if row.id != exclude_id:
                rows[row.id] = row
    return list(rows.values())


def near_duplicates(
    session: Session,
    typed: Person,
    *,
    exclude_id: str | None = None,
    limit: int = DEFAULT_LIMIT,
    listed_only: bool = False,
) -> list[NearDuplicate]:
    """Live clients that may be the person *typed* (see :func:`probe`), the strongest evidence first.

    *listed_only*: only what the possible-duplicates list would list (no name-only hints). For a client
    being edited (*exclude_id*), pairs marked not the same person are left out.
    """
    require(session, Permission.EDIT_CLIENTS)
    rows = _candidates(session, typed, exclude_id)
    if not rows:
        return []
    people = [person_of(row) for row in rows]
    passed: Iterable[int]
    if typed.has_name:
        names = [p.full for p in people]
        passed = [
            k
            for _n, _s, k in process.extract(
                typed.full, names, scorer=fuzz.token_set_ratio, score_cutoff=PREFILTER, limit=None
            )
        ]
        if typed.personal_id:  # the same identity code matches whatever the names
            passed = set(passed) | {k for k, p in enumerate(people) if p.personal_id == typed.personal_id}
    else:
        passed = range(len(people))
    dismissed = dismissed_pairs(session) if exclude_id else set()
    found: list[NearDuplicate] = []
    for k in passed:
        match = compare(typed, people[k])
        if match is None or (listed_only and not match.listed):
            continue
        if exclude_id and frozenset((exclude_id, people[k].id)) in dismissed:
            continue
        row = rows[k]
        found.append(
            NearDuplicate(row.id, row.first_name, row.last_name, row.birth_date, row.municipality, row.village, match)
        )
    found.sort(key=lambda d: (d.match.tier, -d.match.score, d.last_name.casefold(), d.first_name.casefold(), d.id))
    return found[:limit]
