"""Retention: clients with nothing recorded for a long time are reviewed and anonymised.

The retention period (whole years, default 5) is a setting of this installation (``LocalSetting``
``retention_years``). A client whose *last event* (:func:`last_event_days`) is older than the period
is listed for review (:func:`due_for_review`); an administrator confirms, and :func:`anonymise` erases
the client's personal data while the statistics stay.

**Erased** by anonymisation (:func:`erase_personal_data`, shared with the erasure on request):

* the client's names (replaced by :data:`ANONYMISED_FIRST_NAME` and an empty last name: the columns
  are required), birth date, personal identity code, phone, email, address, the search text, the
  **village** and the personal coach. The village goes because pilot villages are small: together with
  the age group and the dates it can point to one person. The municipality stays;
* every free text written about the client: notes, consent notes, visit notes and next steps,
  referral reasons, notes, status-event notes and consent-override reasons, path goals' titles and
  descriptions and steps' titles, certificate notes, the notes of outreach contact attempts (and any
  contact details left on the client's outreach entries);
* the client's name and identity code in free texts **not linked to the client**
  (:func:`_scrub_mentions`): workshop sessions' notes and cancellation reasons, and the notes and next
  steps of anonymous visits. Only the matched words become :data:`SCRUBBED` ("[poistettu]"); the rest
  of the text stays, because it is about other people and the session too (a note such as "Aino
  Korhonen and Pekka came late" keeps "and Pekka came late"). Matched, case-insensitively: the first and
  last name together (either order), the last name alone when it has at least 4 letters, and the
  identity code; a name matches at the start of a word and takes the rest of that word with it, so
  Finnish endings go too ("Qvistbäckille"). Inflections that change the stem ("Korhoselle") and first
  names alone are not found.

**Kept** (statistics): the records with their dates, counts and codes — visits with their age group,
channel, topics and duration; referrals with partner, statuses, urgency, assessment result and the
fact (who, when) of a consent override; attendance marks, each now with the age group on its session's
day (:attr:`AttendanceMark.age_group`, filled from the birth date before that is erased); certificates'
competence areas and qualifications; consents' kinds and dates; path states and dates; the exit date
and outcome; the municipality and the language.

:func:`anonymise` is idempotent (anonymised clients are skipped) and all-or-nothing per call (one
savepoint); it refuses clients that have had an event within the period since the list was read.
Each client anonymised gets a ``CLIENT_ANONYMISED`` audit entry, without any name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal, or_, select, text, update
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql import functions

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.models import (
    AgeGroup,
    AttendanceMark,
    AuditAction,
    Client,
    ClientNote,
    CompetenceCertificate,
    Consent,
    GuidanceVisit,
    LocalSetting,
    OutreachAttempt,
    OutreachEntry,
    PathGoal,
    PathStep,
    Referral,
    ReferralEvent,
    UTCDateTime,
    WorkshopEnrolment,
    WorkshopSession,
    age_group_for,
)
from vauhdittamo.services import audit
from vauhdittamo.services.clients import MSG_NOT_FOUND
from vauhdittamo.services.permissions import Permission, acting_staff_id, require, require_signed_in
from vauhdittamo.sync.rules import ANONYMISED_FIRST_NAME as ANONYMISED_FIRST_NAME  # re-exported
from vauhdittamo.sync.rules import ERASED_CLIENT
from vauhdittamo.timeutil import local_day_bounds_utc, local_today, to_local, utcnow

RETENTION_KEY = "retention_years"
DEFAULT_RETENTION_YEARS = 5
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 50
# The first name of an anonymised client (names are required columns); the last name is empty.
CHUNK = 500  # ids per IN (...) list
SCRUBBED = "[poistettu]"  # what a client's name or identity code becomes in a text about others too
MIN_LAST_NAME_ALONE = 4  # a shorter last name alone is too common a word to scrub

MSG_RETENTION_YEARS = QT_TRANSLATE_NOOP("errors", "The retention period must be from {min} to {max} years.")
MSG_NOT_DUE = QT_TRANSLATE_NOOP(
    "errors",
    "{count} of the chosen clients have had something recorded within the retention period, so nothing "
    "was anonymised. Read the list again and choose again.",
)


@dataclass(frozen=True, slots=True)
class RetentionCandidate:
    """A client due for review: nothing recorded since ``last_event_day`` (a Helsinki day).

    ``removed``: the client record was already deleted (a tombstone still holding personal data).
    """

    client_id: str
    name: str
    last_event_day: dt.date
    exit_date: dt.date | None
    municipality: str
    removed: bool = False


# --------------------------------------------------------------------------- the period


def retention_years(session: Session) -> int:
    """The retention period of this installation in years (the default when unset or unreadable)."""
    value = session.scalar(select(LocalSetting.value).where(LocalSetting.key == RETENTION_KEY))
    try:
        years = int(value) if value is not None else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS
    return years if MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS else DEFAULT_RETENTION_YEARS


def set_retention_years(session: Session, years: int) -> int:
    """Set the retention period (1 … 50 years); a change of the period in force is recorded in the audit trail."""
    require(session, Permission.MANAGE_RETENTION)
    if isinstance(years, bool) or not isinstance(years, int) or not (
        MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS
    ):
        raise ValidationError(
            MSG_RETENTION_YEARS, field="retention_years", min=MIN_RETENTION_YEARS, max=MAX_RETENTION_YEARS
        )
    previous = retention_years(session)
    setting = session.get(LocalSetting, RETENTION_KEY)
    if setting is None:
        session.add(LocalSetting(key=RETENTION_KEY, value=str(years)))
    else:
        setting.value = str(years)
    if years == previous:  # stored, but the period in force did not change
        session.flush()
        return years
    audit.record(
        session, AuditAction.RETENTION_CHANGED, audit.ENTITY_SETTING, RETENTION_KEY,
        f"years={years} previous={previous}",
    )
    session.flush()
    return years


def cutoff_day(today: dt.date, years: int) -> dt.date:
    """*today* *years* years back (29 February becomes 28 February): events before it are too old."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


# --------------------------------------------------------------------------- the last event


def _chunks(ids: Sequence[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def _day(value: Any, instant: bool) -> dt.date | None:
    """A maximum read from SQL as a Helsinki day (instants are stored as UTC; raw text on SQLite)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value) if instant else dt.date.fromisoformat(value[:10])
    if isinstance(value, dt.datetime):
        return to_local(value if value.tzinfo else value.replace(tzinfo=dt.UTC)).date()
    assert isinstance(value, dt.date)
    return value


def _event_sources() -> list[tuple[Select[*tuple[Any, ...]], bool]]:
    """``(client id, latest value)`` queries over every kind of event, and whether the value is an instant."""
    goal_client = PathGoal.client_id
    return [
        (select(Client.id, Client.created_at), True),
        (select(Client.id, Client.exit_date), False),
        (
            select(GuidanceVisit.client_id, func.max(GuidanceVisit.visited_at))
            .where(GuidanceVisit.deleted_at.is_(None), GuidanceVisit.client_id.is_not(None))
            .group_by(GuidanceVisit.client_id),
            True,
        ),
        (
            select(Referral.client_id, func.max(Referral.created_at))
            .where(Referral.deleted_at.is_(None))
            .group_by(Referral.client_id),
            True,
        ),
        (
            select(Referral.client_id, func.max(ReferralEvent.occurred_at))
            .join(Referral, Referral.id == ReferralEvent.referral_id)
            .where(ReferralEvent.deleted_at.is_(None), Referral.deleted_at.is_(None))
            .group_by(Referral.client_id),
            True,
        ),
        (
            select(AttendanceMark.client_id, func.max(WorkshopSession.session_date))
            .join(WorkshopSession, WorkshopSession.id == AttendanceMark.session_id)
            .where(AttendanceMark.deleted_at.is_(None), WorkshopSession.deleted_at.is_(None))
            .group_by(AttendanceMark.client_id),
            False,
        ),
        (
            select(WorkshopEnrolment.client_id, func.max(func.coalesce(WorkshopEnrolment.left_on,
                                                                      WorkshopEnrolment.enrolled_on)))
            .where(WorkshopEnrolment.deleted_at.is_(None))
            .group_by(WorkshopEnrolment.client_id),
            False,
        ),
        (
            select(ClientNote.client_id, func.max(ClientNote.written_at))
            .where(ClientNote.deleted_at.is_(None))
            .group_by(ClientNote.client_id),
            True,
        ),
        (
            select(Consent.client_id, func.max(func.coalesce(Consent.withdrawn_at, Consent.given_at)))
            .where(Consent.deleted_at.is_(None))
            .group_by(Consent.client_id),
            True,
        ),
        (
            select(CompetenceCertificate.client_id, func.max(CompetenceCertificate.awarded_on))
            .where(CompetenceCertificate.deleted_at.is_(None))
            .group_by(CompetenceCertificate.client_id),
            False,
        ),
        (
            select(goal_client, func.max(PathGoal.created_at))
            .where(PathGoal.deleted_at.is_(None))
            .group_by(goal_client),
            True,
        ),
        (
            select(goal_client, func.max(PathStep.created_at))
            .join(PathGoal, PathGoal.id == PathStep.goal_id)
            .where(PathStep.deleted_at.is_(None), PathGoal.deleted_at.is_(None))
            .group_by(goal_client),
            True,
        ),
        (
            select(goal_client, func.max(PathStep.done_on))
            .join(PathGoal, PathGoal.id == PathStep.goal_id)
            .where(PathStep.deleted_at.is_(None), PathGoal.deleted_at.is_(None))
            .group_by(goal_client),
            False,
        ),
    ]


def _client_column(stmt: Select[*tuple[Any, ...]]) -> ColumnElement[Any]:
    column: ColumnElement[Any] = stmt.selected_columns[0]
    return column


def _event_value(stmt: Select[*tuple[Any, ...]]) -> ColumnElement[Any]:
    """What an event source takes the latest of: the argument of its ``max()``, or its plain value column."""
    column: ColumnElement[Any] = stmt.selected_columns[1]
    if isinstance(column, functions.max):
        argument: ColumnElement[Any] = list(column.clauses)[0]
        return argument
    return column


def _quiet_since(cutoff: dt.date) -> list[ColumnElement[bool]]:
    """Conditions on a client: no event on *cutoff* (a Helsinki day) or later.

    The same events as :func:`last_event_days`; an instant counts from the UTC start of the Helsinki day.
    The client's own columns come first, so that the database drops a recent client before it looks up
    any other table (each of those by its client index).
    """
    since, _ = local_day_bounds_utc(cutoff)
    own: list[ColumnElement[bool]] = []
    others: list[ColumnElement[bool]] = []
    for stmt, instant in _event_sources():
        client = _client_column(stmt)
        value = _event_value(stmt)
        bound = since if instant else cutoff
        if stmt.get_final_froms() == [Client.__table__]:  # the client's own column
            own.append(or_(value.is_(None), value < bound))
        else:
            recent = (
                stmt.with_only_columns(literal(1), maintain_column_froms=True)
                .group_by(None)
                .where(client == Client.id, value >= bound)
            )
            others.append(~recent.exists())
    return own + others


def last_event_days(session: Session, client_ids: Iterable[str] | None = None) -> dict[str, dt.date]:
    """The Helsinki day of each client's last event (every client when *client_ids* is ``None``).

    The latest of: the record's creation, the exit date, visits, referrals and their status events,
    workshop sessions with an attendance mark, enrolments, notes, consents given or withdrawn,
    certificates, path goals and steps made or done. Deleted records do not count.
    """
    require_signed_in(session)
    chosen = None if client_ids is None else list(dict.fromkeys(client_ids))
    latest: dict[str, dt.date] = {}
    for stmt, instant in _event_sources():
        batches: Iterable[list[str] | None] = [None] if chosen is None else _chunks(chosen)
        for batch in batches:
            query = stmt if batch is None else stmt.where(_client_column(stmt).in_(batch))
            for client_id, value in session.execute(query):
                day = _day(value, instant)
                if client_id is not None and day is not None and (client_id not in latest or day > latest[client_id]):
                    latest[client_id] = day
    return latest


def last_event_day(session: Session, client_id: str) -> dt.date | None:
    """The Helsinki day of the client's last event (``None`` for an unknown client)."""
    require_signed_in(session)
    return last_event_days(session, [client_id]).get(client_id)


# --------------------------------------------------------------------------- review


def due_for_review(session: Session, today: dt.date | None = None) -> list[RetentionCandidate]:
    """Clients not yet anonymised whose last event is older than the retention period, oldest first.

    Deleted client records still holding personal data are listed too (``removed``).
    """
    require(session, Permission.MANAGE_RETENTION)
    today = today or local_today()
    cutoff = cutoff_day(today, retention_years(session))
    # The database leaves out everyone with a recent event (at municipal scale nearly everyone); the last
    # event day is worked out for the rest only.
    rows = session.execute(
        select(
            Client.id, Client.first_name, Client.last_name, Client.exit_date, Client.municipality,
            Client.deleted_at,
        ).where(Client.anonymised_at.is_(None), Client.merged_into_id.is_(None), *_quiet_since(cutoff))
    ).all()
    days = last_event_days(session, [row[0] for row in rows])
    candidates = [
        RetentionCandidate(
            client_id=cid,
            name=f"{first} {last}".strip(),
            last_event_day=days[cid],
            exit_date=exit_date,
            municipality=municipality,
            removed=deleted_at is not None,
        )
        for cid, first, last, exit_date, municipality, deleted_at in rows
        if cid in days and days[cid] < cutoff
    ]
    candidates.sort(key=lambda c: (c.last_event_day, c.name.casefold(), c.client_id))
    return candidates


# --------------------------------------------------------------------------- erasing


def _blank(
    session: Session,
    model: type[Any],
    condition: ColumnElement[bool],
    columns: Sequence[InstrumentedAttribute[Any]],
    stamp: dict[str, Any],
) -> None:
    """Empty the text *columns* of *model*'s rows matching *condition* (only rows holding some text)."""
    session.execute(
        update(model)
        .where(condition, or_(*(column != "" for column in columns)))
        .values({column.key: "" for column in columns} | stamp)
        .execution_options(synchronize_session="fetch")
    )


# --------------------------------------------------------------------------- mentions in other texts

_WORD_START = r"(?<!\w)"
_HETU_LIKE = re.compile(r"\d{6}[-+A-Za-z]\d{3}[0-9A-Za-z]")
_WORD = re.compile(r"\w+")


def _name_source(name: str) -> str:
    """*name* as a regular expression: literal, any run of spaces between its parts."""
    return r"\s+".join(re.escape(part) for part in name.split())


@dataclass(frozen=True, slots=True)
class _Mentions:
    """How to find the chosen clients in free text: by the first word of a last name (each word of a text
    is checked against these cheaply), then with the regular expressions of those clients only."""

    by_key: dict[str, tuple[str, ...]]  # casefolded first word of a last name -> patterns
    by_code: dict[str, str]  # casefolded identity code -> pattern

    def pattern_for(self, value: str, cache: dict[frozenset[str], re.Pattern[str]]) -> re.Pattern[str] | None:
        """The expression of the clients *value* may mention, ``None`` when it mentions none of them."""
        sources: set[str] = set()
        if self.by_key:
            for word in _WORD.findall(value.casefold()):
                for end in range(1, len(word) + 1):
                    sources.update(self.by_key.get(word[:end], ()))
        if self.by_code:
            for code in _HETU_LIKE.findall(value):
                if (source := self.by_code.get(code.casefold())) is not None:
                    sources.add(source)
        if not sources:
            return None
        key = frozenset(sources)
        if key not in cache:
            # Longer patterns first: "first last" before "last" alone.
            ordered = sorted(sources, key=lambda source: (-len(source), source))
            cache[key] = re.compile("|".join(f"(?:{source})" for source in ordered), re.IGNORECASE)
        return cache[key]


def _mentions(clients: Sequence[Client]) -> _Mentions:
    by_key: dict[str, list[str]] = {}
    by_code: dict[str, str] = {}
    for client in clients:
        if client.anonymised_at is not None:  # scrubbed when anonymised; no name left to look for
            continue
        first, last = (client.first_name or "").strip(), (client.last_name or "").strip()
        if last:
            sources = []
            if first:
                sources.append(_WORD_START + _name_source(first) + r"\s+" + _name_source(last) + r"\w*")
                sources.append(_WORD_START + _name_source(last) + r",?\s+" + _name_source(first) + r"\w*")
            if sum(ch.isalpha() for ch in last) >= MIN_LAST_NAME_ALONE:
                sources.append(_WORD_START + _name_source(last) + r"\w*")
            key = _WORD.findall(last.casefold())
            if key and sources:
                by_key.setdefault(key[0], []).extend(sources)
        if client.personal_id:
            code = client.personal_id.strip()
            by_code[code.casefold()] = r"(?<![0-9A-Za-z])" + re.escape(code) + r"(?![0-9A-Za-z])"
    return _Mentions({key: tuple(sources) for key, sources in by_key.items()}, by_code)


def _limit(column: InstrumentedAttribute[Any]) -> int | None:
    length = getattr(column.property.columns[0].type, "length", None)
    return length if isinstance(length, int) else None


def _scrub_mentions(session: Session, clients: Sequence[Client], stamp: dict[str, Any]) -> int:
    """Replace the *clients*' names and identity codes by :data:`SCRUBBED` in the free texts not linked
    to a client (see the module's notes); returns how many records changed.

    Read the names before they are erased. Each changed record is updated through the ORM
    (``update(Model)``), so the change reaches the other devices by synchronisation.
    """
    mentions = _mentions(clients)
    if not mentions.by_key and not mentions.by_code:
        return 0
    cache: dict[frozenset[str], re.Pattern[str]] = {}
    targets: list[tuple[type[Any], ColumnElement[bool] | None, list[InstrumentedAttribute[Any]]]] = [
        (WorkshopSession, None, [WorkshopSession.note, WorkshopSession.cancel_reason]),
        (GuidanceVisit, GuidanceVisit.client_id.is_(None), [GuidanceVisit.note, GuidanceVisit.next_step]),
    ]
    changed = 0
    for model, condition, columns in targets:
        stmt = select(model.id, *columns).where(or_(*(column != "" for column in columns)))
        if condition is not None:
            stmt = stmt.where(condition)
        updates: list[tuple[str, dict[str, str]]] = []
        for row_id, *values in session.execute(stmt):
            new: dict[str, str] = {}
            for column, value in zip(columns, values, strict=True):
                pattern = mentions.pattern_for(value, cache) if value else None
                if pattern is None or not pattern.search(value):
                    continue
                text_now = pattern.sub(SCRUBBED, value)
                limit = _limit(column)
                new[column.key] = text_now if limit is None else text_now[:limit]
            if new:
                updates.append((row_id, new))
        for row_id, new in updates:
            session.execute(
                update(model)
                .where(model.id == row_id)
                .values(new | stamp)
                .execution_options(synchronize_session="fetch")
            )
        changed += len(updates)
    return changed


def _fill_attendance_age_groups(session: Session, clients: Sequence[Client], stamp: dict[str, Any]) -> None:
    """Each attendance mark without an age group gets the one on its session's day."""
    births = {c.id: c.birth_date for c in clients}
    groups: dict[AgeGroup, list[str]] = {}
    for batch in _chunks(list(births)):
        for mark_id, client_id, day in session.execute(
            select(AttendanceMark.id, AttendanceMark.client_id, WorkshopSession.session_date)
            .join(WorkshopSession, WorkshopSession.id == AttendanceMark.session_id)
            .where(AttendanceMark.client_id.in_(batch), AttendanceMark.age_group.is_(None))
        ):
            groups.setdefault(age_group_for(births[client_id], day), []).append(mark_id)
    for group, mark_ids in groups.items():
        for batch in _chunks(mark_ids):
            session.execute(
                update(AttendanceMark)
                .where(AttendanceMark.id.in_(batch))
                .values({"age_group": group} | stamp)
                .execution_options(synchronize_session="fetch")
            )


def erase_personal_data(session: Session, clients: Sequence[Client], now: dt.datetime) -> None:
    """Erase the personal fields and free texts of *clients* (see the module's list); keep statistics.

    Sets ``anonymised_at`` (*now*, unless set before). The caller records the audit entries; the
    permission is checked here too (anonymisation or erasure on request), so no path reaches it unchecked.
    """
    actor = require_signed_in(session)
    if not (actor.may(Permission.MANAGE_RETENTION) or actor.may(Permission.SUBJECT_ACCESS)):
        require(session, Permission.SUBJECT_ACCESS)  # refused, and recorded
    if session.get_bind().dialect.name == "sqlite":
        # Freed space is overwritten with zeros, so erased text does not linger in the file's free pages.
        session.execute(text("PRAGMA secure_delete = ON"))
    stamp: dict[str, Any] = {"updated_at": now, "updated_by_id": acting_staff_id(session)}
    clients = [*clients, *_merged_into(session, clients)]  # one person: the records merged into theirs too
    _scrub_mentions(session, clients, stamp)  # first: it needs the names erased below
    _fill_attendance_age_groups(session, clients, stamp)
    for batch in _chunks([c.id for c in clients]):
        referral_ids = select(Referral.id).where(Referral.client_id.in_(batch)).scalar_subquery()
        goal_ids = select(PathGoal.id).where(PathGoal.client_id.in_(batch)).scalar_subquery()
        _blank(session, ClientNote, ClientNote.client_id.in_(batch), [ClientNote.text], stamp)
        _blank(session, Consent, Consent.client_id.in_(batch), [Consent.note], stamp)
        _blank(
            session, GuidanceVisit, GuidanceVisit.client_id.in_(batch),
            [GuidanceVisit.note, GuidanceVisit.next_step], stamp,
        )
        _blank(session, Referral, Referral.client_id.in_(batch), [Referral.reason, Referral.note], stamp)
        _blank(session, Referral, Referral.client_id.in_(batch), [Referral.consent_override_reason], stamp)
        _blank(session, ReferralEvent, ReferralEvent.referral_id.in_(referral_ids), [ReferralEvent.note], stamp)
        _blank(session, PathGoal, PathGoal.client_id.in_(batch), [PathGoal.title, PathGoal.description], stamp)
        _blank(session, PathStep, PathStep.goal_id.in_(goal_ids), [PathStep.title], stamp)
        _blank(
            session, CompetenceCertificate, CompetenceCertificate.client_id.in_(batch),
            [CompetenceCertificate.note], stamp,
        )
        entry_ids = select(OutreachEntry.id).where(OutreachEntry.client_id.in_(batch)).scalar_subquery()
        _blank(session, OutreachAttempt, OutreachAttempt.entry_id.in_(entry_ids), [OutreachAttempt.note], stamp)
        _blank(
            session, OutreachEntry, OutreachEntry.client_id.in_(batch),
            [OutreachEntry.first_name, OutreachEntry.last_name, OutreachEntry.phone, OutreachEntry.address], stamp,
        )
        session.execute(
            update(Client)
            .where(Client.id.in_(batch))
            .values(
                ERASED_CLIENT  # the same values every laptop and the hub keep for an erased client
                | {"anonymised_at": func.coalesce(Client.anonymised_at, literal(now, UTCDateTime()))}
                | stamp
            )
            .execution_options(synchronize_session="fetch")
        )
    session.flush()


def _merged_into(session: Session, clients: Sequence[Client]) -> list[Client]:
    """The tombstones of records merged into *clients* (see services.merging) that are not among them."""
    from vauhdittamo.services.merging.groups import tombstones_of

    extra = tombstones_of(session, [c.id for c in clients])
    return [c for batch in _chunks(extra) for c in session.scalars(select(Client).where(Client.id.in_(batch)))]


def _clients(session: Session, client_ids: Iterable[str]) -> list[Client]:
    """The clients of *client_ids* (once each, in order), deleted ones too; unknown ids are refused."""
    wanted = list(dict.fromkeys(client_ids))
    found: dict[str, Client] = {}
    for batch in _chunks(wanted):
        found.update({c.id: c for c in session.scalars(select(Client).where(Client.id.in_(batch)))})
    if len(found) != len(wanted):
        raise AppError(MSG_NOT_FOUND)
    return [found[cid] for cid in wanted]


def anonymise(session: Session, client_ids: Iterable[str], today: dt.date | None = None) -> int:
    """Anonymise the chosen clients due for review; returns how many were anonymised now.

    Clients already anonymised are skipped. Nothing is changed when any client is unknown, or has had
    an event within the retention period (:class:`AppError`). One audit entry per client anonymised.
    """
    require(session, Permission.MANAGE_RETENTION)
    today = today or local_today()
    years = retention_years(session)
    cutoff = cutoff_day(today, years)
    with session.begin_nested():
        pending = [c for c in _clients(session, client_ids) if c.anonymised_at is None]
        if not pending:
            return 0
        days = last_event_days(session, [c.id for c in pending])
        recent = sum(1 for c in pending if c.id in days and days[c.id] >= cutoff)
        if recent:
            raise AppError(MSG_NOT_DUE, count=recent)
        now = utcnow()
        erase_personal_data(session, pending, now)
        for client in pending:
            audit.record(
                session, AuditAction.CLIENT_ANONYMISED, audit.ENTITY_CLIENT, client.id, f"retention_years={years}"
            )
        session.flush()
    return len(pending)
