"""Creating, editing, finding and de-duplicating clients."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Integer, event, literal_column, select, table, text
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.models import AuditAction, Client, Language
from vauhdittamo.services import audit
from vauhdittamo.services import validation as v
from vauhdittamo.services.duplicates import near_duplicates, person
from vauhdittamo.services.permissions import Permission, require, require_signed_in
from vauhdittamo.services.text import digits, fold
from vauhdittamo.timeutil import format_date, local_today

MSG_LANGUAGE = QT_TRANSLATE_NOOP("errors", "Language must be Finnish, Swedish or other (fi, sv, other).")
MSG_INVALID_CLIENT = QT_TRANSLATE_NOOP("errors", "Check the client details: {count} field(s) need fixing.")
MSG_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The client no longer exists.")

T = TypeVar("T")

_PHONE_TOKEN = re.compile(r"^\+?[\d-]{3,}$")
_ISO_DATE_TOKEN = re.compile(r"^\d{4}-\d{1,2}(-\d{0,2})?$")

_LANGUAGE_WORDS = {
    "fi": Language.FI, "suomi": Language.FI, "finnish": Language.FI, "fin": Language.FI, "finska": Language.FI,
    "sv": Language.SV, "ruotsi": Language.SV, "swedish": Language.SV, "svenska": Language.SV, "swe": Language.SV,
    "other": Language.OTHER, "muu": Language.OTHER, "annat": Language.OTHER,
}


class InvalidInput(AppError):
    """Several field errors at once, so a form can show each next to its field."""

    template = MSG_INVALID_CLIENT

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        super().__init__(count=len(errors))

    def by_field(self) -> dict[str, ValidationError]:
        return {e.field or "": e for e in self.errors}


@dataclass
class ClientInput:
    """Client details as typed in a form or read from an import file (all text)."""

    first_name: str = ""
    last_name: str = ""
    birth_date: str = ""
    personal_id: str = ""
    municipality: str = ""
    village: str = ""
    language: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    personal_coach_id: str | None = None


@dataclass
class ClientData:
    """Validated client details, ready to be stored."""

    first_name: str
    last_name: str
    birth_date: dt.date | None = None
    personal_id: str | None = None
    municipality: str = ""
    village: str = ""
    language: Language = Language.FI
    phone: str = ""
    email: str = ""
    address: str = ""
    personal_coach_id: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def parse_language(value: str) -> Language:
    text = fold(value)
    if not text:
        return Language.FI
    try:
        return _LANGUAGE_WORDS[text]
    except KeyError:
        raise ValidationError(MSG_LANGUAGE, field="language") from None


def validate_client(data: ClientInput, today: dt.date | None = None) -> ClientData:
    """Check every field; raise :class:`InvalidInput` listing all problems at once."""
    today = today or local_today()
    errors: list[ValidationError] = []

    def check(fn: Callable[..., T], *args: Any) -> T | None:
        try:
            return fn(*args)
        except ValidationError as exc:
            errors.append(exc)
            return None

    first = check(v.required_line, data.first_name, "first_name", 100)
    last = check(v.required_line, data.last_name, "last_name", 100)
    birth: dt.date | None = None
    if data.birth_date.strip():
        birth = check(v.parse_date, data.birth_date, "birth_date")
        if birth is not None:
            birth = check(v.check_birth_date, birth, today)
    personal_id: str | None = None
    if data.personal_id.strip():
        personal_id = check(v.normalise_personal_id, data.personal_id)
        if personal_id is not None:
            encoded = v.birth_date_from_personal_id(personal_id)
            if birth is None and not data.birth_date.strip():
                birth = encoded
            elif birth is not None and birth != encoded:
                errors.append(
                    ValidationError(v.MSG_HETU_BIRTH_DATE, field="birth_date", date=format_date(encoded))
                )
    municipality = check(v.limited_line, data.municipality, "municipality", 100)
    village = check(v.limited_line, data.village, "village", 100)
    language = check(parse_language, data.language)
    phone = check(v.optional_phone, data.phone)
    email = check(v.optional_email, data.email)
    address = check(v.limited_line, data.address, "address", 200)
    if errors or first is None or last is None:
        raise InvalidInput(errors)
    return ClientData(
        first_name=first,
        last_name=last,
        birth_date=birth,
        personal_id=personal_id,
        municipality=municipality or "",
        village=village or "",
        language=language or Language.FI,
        phone=phone or "",
        email=email or "",
        address=address or "",
        personal_coach_id=data.personal_coach_id,
    )


# The client's columns the search key is made of: a change to any of them rebuilds it.
SEARCH_KEY_SOURCES = ("first_name", "last_name", "birth_date", "personal_id", "phone")


def search_key_for(client: Client) -> str:
    """The folded text that search-as-you-type matches against."""
    return search_key_of(client.first_name, client.last_name, client.birth_date, client.personal_id, client.phone)


def search_key_of(
    first_name: str, last_name: str, birth_date: dt.date | None, personal_id: str | None, phone: str
) -> str:
    """:func:`search_key_for` from the column values (a row received by sync, a settled conflict)."""
    parts = [fold(first_name or ""), fold(last_name or "")]
    if birth_date:
        b = birth_date
        parts += [f"{b.day}.{b.month}.{b.year}", f"{b.day:02d}.{b.month:02d}.{b.year}", b.isoformat()]
    if personal_id:
        parts.append(personal_id.lower())
    if phone:
        parts.append(digits(phone))
    return " ".join(p for p in parts if p)


@event.listens_for(Client, "before_insert")
@event.listens_for(Client, "before_update")
def _keep_search_key(_mapper: Any, _connection: Any, client: Client) -> None:
    """Every insert or update of a client through the ORM keeps its search key in step with its fields."""
    client.search_key = "" if client.anonymised_at is not None else search_key_for(client)


def _apply(client: Client, data: ClientData) -> None:
    for f in fields(ClientData):
        if f.name != "extra":
            setattr(client, f.name, getattr(data, f.name))
    client.search_key = search_key_for(client)


def record_coach_change(session: Session, client_id: str, coach_id: str | None, previous_id: str | None) -> None:
    """The audit entry of a change of the client's personal coach (staff ids only, ``-`` for none)."""
    require(session, Permission.ASSIGN_COACH, entity_type="client", entity_id=client_id)
    audit.record(
        session, AuditAction.COACH_ASSIGNED, audit.ENTITY_CLIENT, client_id,
        f"coach={coach_id or '-'} previous={previous_id or '-'}",
    )


def create_client(session: Session, data: ClientData) -> Client:
    """A new client. Giving them a personal coach at once needs :attr:`Permission.ASSIGN_COACH`."""
    require(session, Permission.EDIT_CLIENTS)
    if data.personal_coach_id is not None:
        require(session, Permission.ASSIGN_COACH)
    client = Client()
    _apply(client, data)
    session.add(client)
    session.flush()
    audit.record(session, AuditAction.CLIENT_CREATED, audit.ENTITY_CLIENT, client.id)
    if client.personal_coach_id is not None:
        record_coach_change(session, client.id, client.personal_coach_id, None)
    return client


def update_client(session: Session, client_id: str, data: ClientData) -> Client:
    """Change the client's details. A change of the personal coach needs :attr:`Permission.ASSIGN_COACH`
    and is recorded on its own (``COACH_ASSIGNED``) besides the changed field names."""
    require(session, Permission.EDIT_CLIENTS)
    client = session.get(Client, client_id)
    if client is None or client.deleted_at is not None:
        raise AppError(MSG_NOT_FOUND)
    previous_coach = client.personal_coach_id
    if data.personal_coach_id != previous_coach:
        require(session, Permission.ASSIGN_COACH)
    before = {f.name: getattr(client, f.name) for f in fields(ClientData) if f.name != "extra"}
    _apply(client, data)
    session.flush()
    if changed := audit.changed_fields(before, client):
        audit.record(session, AuditAction.CLIENT_CHANGED, audit.ENTITY_CLIENT, client.id, "fields=" + ",".join(changed))
    if client.personal_coach_id != previous_coach:
        record_coach_change(session, client.id, client.personal_coach_id, previous_coach)
    return client


def find_duplicates(session: Session, data: ClientData, exclude_id: str | None = None) -> list[Client]:
    """Live clients that may be the same person as *data*, the strongest evidence first: the same personal
    identity code, the same birth date with a name alike (one letter off, swapped, a double surname, å/ä/ö
    typed as a/o, similar), or a name alike with the same phone or email (the rules of
    :mod:`vauhdittamo.services.duplicates.matching`). Pairs marked not the same person are left out."""
    require_signed_in(session)
    typed = person("", data.first_name, data.last_name, data.birth_date, data.personal_id, data.phone, data.email)
    found = near_duplicates(session, typed, exclude_id=exclude_id, limit=_DUPLICATES_AT_MOST, listed_only=True)
    clients = [session.get(Client, d.id) for d in found]
    return [c for c in clients if c is not None]


_DUPLICATES_AT_MOST = 20


# --------------------------------------------------------------------------- search as you type
#
# Every word of the query must occur in the client's search key (vauhdittamo.search_index keeps the
# index). Whole-word matches come first, then matches at the start of a word, then the rest, each in
# name order. A word of three letters or more is found through the trigram index; a shorter one only
# at the start of a word there, and elsewhere by reading the index rows in name order.

_TRIGRAM = 3
# Candidates up to this many are sorted at once; a larger share of all clients is read in name order
# until enough are found (few rows when matches are that common).
_SORT_AT_MOST = 1000


class _Found(enum.IntEnum):
    """How a word of the query occurs in a search key: the rank of a match."""

    WORD = 0  # a whole word
    START = 1  # the start of a word
    ANYWHERE = 2


def search_words(query: str) -> list[str]:
    """The folded words of *query* as the search matches them (a phone number as its digits)."""
    words = []
    for token in fold(query).split(" "):
        if _PHONE_TOKEN.match(token) and not _ISO_DATE_TOKEN.match(token):
            token = digits(token)
        if token:
            words.append(token)
    return words


def _like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _pattern(word: str, found: _Found) -> str:
    """A LIKE pattern on ``client_search_row.words`` (the search key between single spaces)."""
    if found is _Found.WORD:
        return f"% {_like(word)} %"
    if found is _Found.START:
        return f"% {_like(word)}%"
    return f"%{_like(word)}%"


def _phrase(word: str, found: _Found) -> str | None:
    """A trigram phrase on ``client_search.words`` (words between two spaces); ``None``: none can be made."""
    if found is _Found.WORD:
        text_ = f" {word} "
    elif found is _Found.START:
        text_ = f"{' ' if len(word) > 1 else '  '}{word}"
    elif len(word) >= _TRIGRAM:
        text_ = word
    else:
        return None
    return '"' + text_.replace('"', '""') + '"'


def _fts_query(words: list[str], found: _Found) -> str | None:
    phrases = [p for p in (_phrase(w, found) for w in words) if p is not None]
    return " ".join(phrases) or None


class _Sql:
    """Conditions on ``client_search_row`` with their bound values."""

    def __init__(self) -> None:
        self.params: dict[str, Any] = {}

    def value(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return ":" + name

    def like(self, word: str, found: _Found) -> str:
        return f"words LIKE {self.value(_pattern(word, found))} ESCAPE '\\'"

    def all_like(self, words: list[str], found: _Found) -> str:
        return " AND ".join(self.like(w, found) for w in words)

    def rank(self, words: list[str]) -> str:
        cases = [
            f"CASE WHEN {self.like(w, _Found.WORD)} THEN 0 WHEN {self.like(w, _Found.START)} THEN 1 ELSE 2 END"
            for w in words
        ]
        return f"max({', '.join(cases)}, 0)"  # max() of two or more values (of one, it would aggregate)


def _count(session: Session, match: str) -> int:
    return int(session.execute(
        text("SELECT count(*) FROM client_search WHERE client_search MATCH :m"), {"m": match}
    ).scalar_one())


def _sorted(session: Session, match: str, sql: _Sql, where: list[str], order: str, limit: int) -> list[int]:
    """The index rows among *match*'s candidates meeting *where*, in *order*."""
    statement = (
        "SELECT id FROM client_search_row "
        f"WHERE id IN (SELECT rowid FROM client_search WHERE client_search MATCH {sql.value(match)}) "
        + "".join(f"AND {w} " for w in where)
        + f"ORDER BY {order}last_name, first_name, id LIMIT {sql.value(limit)}"
    )
    return list(session.execute(text(statement), sql.params).scalars())


def _in_name_order(session: Session, sql: _Sql, where: list[str], limit: int) -> list[int]:
    """The first index rows in name order meeting *where* (common matches: few rows are read)."""
    statement = (
        "SELECT id FROM client_search_row INDEXED BY client_search_row_by_name "
        f"WHERE {' AND '.join(where) or '1'} "
        f"ORDER BY last_name, first_name, id LIMIT {sql.value(limit)}"
    )
    return list(session.execute(text(statement), sql.params).scalars())


def _ranked(session: Session, words: list[str], limit: int, include_ended: bool) -> list[int]:
    """The rowids of the best *limit* clients matching every word of *words*, best first."""
    counts: dict[str, int] = {}

    def count(match: str) -> int:
        if match not in counts:
            counts[match] = _count(session, match)
        return counts[match]

    ended = [] if include_ended else ["ended = 0"]
    long_words = [w for w in words if len(w) >= _TRIGRAM]
    anywhere = _fts_query(long_words, _Found.ANYWHERE)
    if anywhere is not None:
        found = count(anywhere)
        if found == 0:
            return []
        if found <= _SORT_AT_MOST:  # rank and sort every candidate
            sql = _Sql()
            return _sorted(session, anywhere, sql, [sql.all_like(words, _Found.ANYWHERE), *ended],
                           sql.rank(words) + ", ", limit)
    # Many candidates: whole words first, then starts of words, then the rest, each read in name order.
    result: list[int] = []
    for how in _Found:
        need = limit - len(result)
        if need <= 0:
            break
        match = _fts_query(words, how)
        candidates = count(match) if match is not None else None
        if candidates == 0:
            continue
        sql = _Sql()
        where = [sql.all_like(words, how), *ended]
        if how is not _Found.WORD:
            where.append(f"NOT ({sql.all_like(words, _Found(how - 1))})")  # not already taken
        # Short words can make the rest of the matches rare: reading in name order would then read all.
        most = _SORT_AT_MOST * (4 if how is _Found.ANYWHERE else 1)
        if match is not None and candidates is not None and candidates <= most:
            result += _sorted(session, match, sql, where, "", need)
        else:
            result += _in_name_order(session, sql, where, need)
    return result


def search_conditions(query: str) -> list[ColumnElement[bool]]:
    """SQL conditions on ``client``: every word of *query* occurs in the client's folded search text."""
    words = search_words(query)
    conditions: list[ColumnElement[bool]] = []
    anywhere = _fts_query([w for w in words if len(w) >= _TRIGRAM], _Found.ANYWHERE)
    if anywhere is not None:
        indexed = (
            select(literal_column("rowid", Integer))
            .select_from(table("client_search"))
            .where(literal_column("client_search").op("MATCH")(anywhere))
        )
        conditions.append(literal_column("client.rowid", Integer).in_(indexed))
    conditions += [
        Client.search_key.like(_pattern(w, _Found.ANYWHERE), escape="\\") for w in words if len(w) < _TRIGRAM
    ]
    return conditions


def search_clients(session: Session, query: str, limit: int = 50, include_ended: bool = True) -> list[Client]:
    """Clients whose name, birth date, phone or personal identity code match every word of *query*.

    Whole-word matches first, then matches at the start of a word, then the rest; each in name order.
    """
    require_signed_in(session)
    words = search_words(query)
    if not words:
        stmt = select(Client).where(Client.deleted_at.is_(None))
        if not include_ended:
            stmt = stmt.where(Client.exit_date.is_(None))
        return list(session.scalars(stmt.order_by(Client.last_name, Client.first_name).limit(limit)))
    if limit <= 0:
        return []
    rowids = _ranked(session, words, limit, include_ended)
    if not rowids:
        return []
    rowid = literal_column("client.rowid", Integer)
    loaded = session.execute(select(rowid, Client).where(rowid.in_(rowids), Client.deleted_at.is_(None)))
    by_rowid = {row[0]: row[1] for row in loaded}
    return [by_rowid[r] for r in rowids if r in by_rowid]


def client_name(session: Session, client_id: str) -> str:
    """The client's first and last name."""
    require_signed_in(session)
    return get_client(session, client_id).full_name


def get_client(session: Session, client_id: str) -> Client:
    """A live client, for showing (the kept record for one merged into another)."""
    require_signed_in(session)
    client = live_client(session, client_id)
    if client is None:
        raise AppError(MSG_NOT_FOUND)
    return client


_MERGE_HOPS = 20  # a chain of merges longer than this is not followed


def live_client(session: Session, client_id: str) -> Client | None:
    """The live record of *client_id*: itself, or the record it was merged into; ``None`` when gone."""
    require_signed_in(session)
    client = session.get(Client, client_id)
    for _hop in range(_MERGE_HOPS):
        if client is None or client.merged_into_id is None:
            break
        client = session.get(Client, client.merged_into_id)
    if client is None or client.deleted_at is not None:
        return None
    return client
