"""Outreach lists: a coordinator makes and fills them, outreach workers record their attempts, the counts add up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from tests.acting import act_as, acting
from vauhdittamo.db import Database
from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.models import (
    AttemptOutcome,
    AuditAction,
    AuditEntry,
    Client,
    ContactChannel,
    EntryStatus,
    OutreachEntry,
    StaffRole,
)
from vauhdittamo.services import clients as cs
from vauhdittamo.services.outreach import attempts, entries, lists, progress
from vauhdittamo.services.outreach.attempts import AttemptInput
from vauhdittamo.services.outreach.entries import EntryFilters, EntryInput, InvalidEntry
from vauhdittamo.services.outreach.lists import ListInput
from vauhdittamo.services.outreach.status import Counts
from vauhdittamo.services.permissions import SYSTEM, NotSignedIn, PermissionDenied
from vauhdittamo.services.staff import add_staff_member

TODAY = dt.date(2026, 11, 24)
VILLAGES = "Koli, Ahmovaara, Nunnanlahti"


@dataclass
class Team:
    """The people of a village pilot: a coordinator, two outreach workers, a coach and the front desk."""

    coordinator: str
    riikka: str  # outreach worker for Koli
    petri: str  # outreach worker for Ahmovaara and Nunnanlahti
    coach: str
    desk: str


def make_team(db: Database) -> Team:
    act_as(db, None)
    with db.transaction(acting(db)) as session:
        ids = [
            add_staff_member(session, name, role).id
            for name, role in (
                ("Minna Partanen", StaffRole.COORDINATOR),
                ("Riikka Väisänen", StaffRole.OUTREACH),
                ("Petri Nevalainen", StaffRole.OUTREACH),
                ("Satu Kokkonen", StaffRole.COACH),
                ("Hanna Rautiainen", StaffRole.FRONT_DESK),
            )
        ]
    return Team(*ids)


def new_list(db: Database, name: str = "Kyläpilotti syksy 2026", **fields: object) -> str:
    values: dict[str, object] = {
        "name": name,
        "villages": VILLAGES,
        "start_date": dt.date(2026, 9, 1),
        "end_date": dt.date(2026, 12, 31),
        "description": "Käydään läpi kylien työttömät.",
    }
    values.update(fields)
    with db.transaction(acting(db)) as session:
        return lists.create_list(session, ListInput(**values)).id  # type: ignore[arg-type]


def add_person(
    db: Database, list_id: str, first: str, last: str, village: str, phone: str = "", worker: str | None = None
) -> str:
    with db.transaction(acting(db)) as session:
        entry = entries.add_entry(
            session, list_id, EntryInput(first, last, village, phone, f"{village}ntie 1"), assigned_to_id=worker
        )
        return entry.id


def attempt(
    db: Database,
    entry_id: str,
    outcome: AttemptOutcome,
    day: dt.date = dt.date(2026, 10, 1),
    channel: ContactChannel = ContactChannel.PHONE,
    note: str = "",
    next_try: dt.date | None = None,
) -> str:
    with db.transaction(acting(db)) as session:
        return attempts.record_attempt(
            session, entry_id, AttemptInput(channel, day, outcome, note, next_try), today=TODAY
        ).id


def rows(db: Database, list_id: str, **filters: object) -> list[entries.EntryRow]:
    with db.session(acting(db)) as session:
        return entries.entry_rows(session, EntryFilters(list_id, **filters), TODAY)  # type: ignore[arg-type]


def audit_details(db: Database, action: AuditAction) -> list[str]:
    with db.session(SYSTEM) as session:
        return list(
            session.scalars(select(AuditEntry.detail).where(AuditEntry.action == action).order_by(AuditEntry.id))
        )


@pytest.fixture
def team(db: Database) -> Team:
    return make_team(db)


# --------------------------------------------------------------------------- lists


def test_a_coordinator_makes_a_list_and_the_trail_names_no_one(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    list_id = new_list(db)
    with db.session(acting(db)) as session:
        [summary] = lists.list_summaries(session)
    assert summary.list_id == list_id
    assert summary.villages == ("Koli", "Ahmovaara", "Nunnanlahti")
    assert (summary.start_date, summary.end_date) == (dt.date(2026, 9, 1), dt.date(2026, 12, 31))
    assert summary.erasure_due_on == dt.date(2027, 6, 30)
    assert summary.counts == Counts() and not summary.is_closed
    assert audit_details(db, AuditAction.OUTREACH_LIST_CHANGED) == ["created villages=3"]


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"name": "  "}, "name", "required"),
        ({"villages": " , ;"}, "villages", "at least one village"),
        ({"villages": ", ".join(f"Kylä {n}" for n in range(21))}, "villages", "at most 20"),
        ({"villages": "Koli\x1b"}, "villages", "control character"),
        ({"start_date": None}, "start_date", "first and last day"),
        ({"end_date": dt.date(2026, 8, 31)}, "end_date", "cannot end before"),
        ({"name": "Kyläpilotti\u202esyksy"}, "name", "direction"),
    ],
)
def test_a_list_is_checked_at_the_edge(
    db: Database, team: Team, fields: dict[str, object], field: str, message: str
) -> None:
    act_as(db, team.coordinator)
    with pytest.raises(ValidationError, match=message) as caught:
        new_list(db, **fields)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_villages_are_read_once_each_and_names_are_unique(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    assert lists.parse_villages("Koli; koli, Ahmovaara\nNunnanlahti, ") == ["Koli", "Ahmovaara", "Nunnanlahti"]
    new_list(db, "Kevät")
    with pytest.raises(ValidationError, match="already has this name"):
        new_list(db, " KEVÄT ")


def test_a_village_people_live_in_stays_on_the_list(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    list_id = new_list(db)
    add_person(db, list_id, "Aino", "Korhonen", "Ahmovaara")
    data = ListInput("Kyläpilotti", "Koli, Nunnanlahti", dt.date(2026, 9, 1), dt.date(2026, 12, 31))
    with db.transaction(acting(db)) as session, pytest.raises(ValidationError, match="1 people on the list live in"):
        lists.change_list(session, list_id, data)
    with db.transaction(acting(db)) as session:
        changed = lists.change_list(
            session,
            list_id,
            ListInput("Kyläpilotti", "Koli, ahmovaara, Nunnanlahti, Vuokko", dt.date(2026, 9, 1), dt.date(2027, 1, 31)),
        )
        assert changed.village_names == ["Koli", "ahmovaara", "Nunnanlahti", "Vuokko"]
    assert audit_details(db, AuditAction.OUTREACH_LIST_CHANGED)[-1] == "fields=name,villages,end_date,description"


def test_a_list_is_found_by_name_or_id(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    list_id = new_list(db, "Kyläpilotti Koli")
    with db.session(acting(db)) as session:
        assert lists.resolve_list(session, "kylapilotti koli") == list_id
        assert lists.resolve_list(session, list_id) == list_id
        with pytest.raises(ValidationError, match="Unknown outreach list"):
            lists.resolve_list(session, "Nurmes")


# --------------------------------------------------------------------------- who may do what


def test_only_coordinators_make_fill_and_assign(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    list_id = new_list(db)
    entry_id = add_person(db, list_id, "Aino", "Korhonen", "Koli")
    for who in (team.riikka, team.coach, team.desk):
        act_as(db, who)
        with pytest.raises(PermissionDenied):
            new_list(db, "Toinen")
        with pytest.raises(PermissionDenied):
            add_person(db, list_id, "Eino", "Leino", "Koli")
        with db.transaction(acting(db)) as session, pytest.raises(PermissionDenied):
            entries.assign_entries(session, [entry_id], who)
        with db.transaction(acting(db)) as session, pytest.raises(PermissionDenied):
            lists.close_list(session, list_id)
    act_as(db, team.desk)  # the front desk does no outreach work at all
    with db.session(acting(db)) as session, pytest.raises(PermissionDenied):
        lists.list_summaries(session)
    with pytest.raises(PermissionDenied):
        rows(db, list_id)


def test_nothing_without_an_actor(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    list_id = new_list(db)
    with db.session(None) as session:
        for call in (
            lambda: lists.list_summaries(session),
            lambda: entries.entry_rows(session, EntryFilters(list_id), TODAY),
            lambda: progress.progress(session, list_id),
        ):
            with pytest.raises(NotSignedIn):
                call()


def test_a_worker_sees_and_records_only_their_own_entries(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    list_id = new_list(db)
    mine = add_person(db, list_id, "Aino", "Korhonen", "Koli", worker=team.riikka)
    theirs = add_person(db, list_id, "Eino", "Leino", "Ahmovaara", worker=team.petri)
    nobodys = add_person(db, list_id, "Ville", "Vallaton", "Nunnanlahti")
    act_as(db, team.riikka)
    assert [r.entry_id for r in rows(db, list_id)] == [mine]
    assert [r.entry_id for r in rows(db, list_id, assigned_to=team.petri)] == [mine], "a worker cannot widen it"
    attempt(db, mine, AttemptOutcome.NOT_REACHED, next_try=dt.date(2026, 10, 8))
    for other in (theirs, nobodys):
        with pytest.raises(AppError, match="assigned to another outreach worker"):
            attempt(db, other, AttemptOutcome.REACHED)
        with db.session(acting(db)) as session, pytest.raises(AppError, match="another outreach worker"):
            attempts.attempts_of(session, other)
    denied = audit_details(db, AuditAction.ACCESS_DENIED)
    assert len(denied) == 4 and all("permission=manage_outreach" in d for d in denied)
    with db.session(acting(db)) as session:  # the counts are everyone's: they name no one
        [summary] = lists.list_summaries(session)
        assert summary.counts.total == 3 and summary.mine == 1
    act_as(db, team.coordinator)
    assert len(rows(db, list_id)) == 3
    assert [r.entry_id for r in rows(db, list_id, assigned_to="")] == [nobodys]
    attempt(db, theirs, AttemptOutcome.DECLINED)  # a coordinator records on anyone's entry


# --------------------------------------------------------------------------- attempts and status


def test_the_status_follows_the_latest_attempt_and_became_a_client_stays(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    list_id = new_list(db)
    entry_id = add_person(db, list_id, "Aino", "Korhonen", "Koli", "040 123 4567", worker=team.riikka)
    act_as(db, team.riikka)
    [row] = rows(db, list_id)
    assert (row.status, row.attempts, row.last_on, row.next_try_on) == (EntryStatus.NOT_TRIED, 0, None, None)
    attempt(db, entry_id, AttemptOutcome.NOT_REACHED, dt.date(2026, 10, 1), next_try=dt.date(2026, 10, 5))
    attempt(
        db,
        entry_id,
        AttemptOutcome.REACHED,
        dt.date(2026, 10, 7),
        ContactChannel.HOME_VISIT,
        next_try=dt.date(2026, 12, 1),
    )
    attempt(db, entry_id, AttemptOutcome.NOT_REACHED, dt.date(2026, 9, 20))  # recorded late: an older day
    [row] = rows(db, list_id)
    assert (row.status, row.attempts, row.last_on, row.last_channel) == (
        EntryStatus.REACHED,
        3,
        dt.date(2026, 10, 7),
        ContactChannel.HOME_VISIT,
    )
    assert row.next_try_on == dt.date(2026, 12, 1) and not row.is_due(TODAY)
    with db.transaction(acting(db)) as session:
        client = cs.create_client(session, cs.validate_client(attempts.client_prefill(session, entry_id)))
        attempts.became_client(
            session,
            entry_id,
            client.id,
            AttemptInput(ContactChannel.VILLAGE_EVENT, dt.date(2026, 10, 9), None),
            today=TODAY,
        )
    attempt(db, entry_id, AttemptOutcome.NOT_REACHED, dt.date(2026, 11, 1), next_try=dt.date(2026, 11, 20))
    [row] = rows(db, list_id)
    assert row.status is EntryStatus.BECAME_CLIENT and row.next_try_on is None
    assert row.last_outcome is AttemptOutcome.NOT_REACHED  # the latest attempt, shown as it was


@pytest.mark.parametrize(
    ("outcome", "day", "next_try", "note", "field", "message"),
    [
        (AttemptOutcome.REACHED, TODAY + dt.timedelta(days=1), None, "", "attempted_on", "future"),
        (AttemptOutcome.NOT_REACHED, TODAY, TODAY, "", "next_try_on", "after the attempt"),
        (AttemptOutcome.DECLINED, TODAY, TODAY + dt.timedelta(days=7), "", "next_try_on", "no next try"),
        (AttemptOutcome.MOVED_AWAY, TODAY, TODAY + dt.timedelta(days=7), "", "next_try_on", "no next try"),
        (AttemptOutcome.REACHED, TODAY, None, "x" * 1001, "note", "At most 1000"),
        (AttemptOutcome.REACHED, TODAY, None, "soitto\x07", "note", "control character"),
        (None, TODAY, None, "", "outcome", "Choose the outcome"),
    ],
)
def test_an_attempt_is_checked_at_the_edge(
    db: Database,
    team: Team,
    outcome: AttemptOutcome | None,
    day: dt.date,
    next_try: dt.date | None,
    note: str,
    field: str,
    message: str,
) -> None:
    act_as(db, team.coordinator)
    entry_id = add_person(db, new_list(db), "Aino", "Korhonen", "Koli")
    with db.transaction(acting(db)) as session, pytest.raises(InvalidEntry) as caught:
        attempts.record_attempt(
            session, entry_id, AttemptInput(ContactChannel.PHONE, day, outcome, note, next_try), today=TODAY
        )
    [error] = caught.value.errors
    assert error.field == field and message in error.message


def test_became_a_client_makes_the_client_from_the_entry_and_the_entry_keeps_nothing(db: Database, team: Team) -> None:
    act_as(db, None)
    with db.transaction(acting(db)) as session:  # a client of Ahmovaara tells its municipality
        cs.create_client(
            session, cs.validate_client(cs.ClientInput("Olli", "Vanha", village="Ahmovaara", municipality="Juuka"))
        )
    act_as(db, team.coordinator)
    list_id = new_list(db)
    entry_id = add_person(db, list_id, "Aino", "Korhonen", "ahmovaara", "040 123 4567", worker=team.petri)
    act_as(db, team.petri)
    with db.session(acting(db)) as session:
        prefill = attempts.client_prefill(session, entry_id)
    assert (
        prefill.first_name,
        prefill.last_name,
        prefill.village,
        prefill.phone,
        prefill.address,
        prefill.municipality,
    ) == ("Aino", "Korhonen", "Ahmovaara", "040 123 4567", "ahmovaarantie 1", "Juuka")
    with db.transaction(acting(db)) as session, pytest.raises(AppError, match="with the client"):
        attempts.record_attempt(
            session, entry_id, AttemptInput(ContactChannel.PHONE, TODAY, AttemptOutcome.BECAME_CLIENT), today=TODAY
        )
    with db.transaction(acting(db)) as session:
        client_id = cs.create_client(session, cs.validate_client(prefill)).id
        attempts.became_client(
            session, entry_id, client_id, AttemptInput(ContactChannel.PHONE, TODAY, None, "Tulee"), today=TODAY
        )
    with db.session(SYSTEM) as session:
        entry = session.get(OutreachEntry, entry_id)
        assert entry is not None and entry.client_id == client_id
        assert (entry.first_name, entry.last_name, entry.phone, entry.address) == ("", "", "", "")
        assert entry.village == "Ahmovaara"
    [row] = rows(db, list_id)
    assert (row.name, row.phone, row.client_id, row.status) == (
        "Aino Korhonen",
        "040 123 4567",
        client_id,
        EntryStatus.BECAME_CLIENT,
    )
    with db.session(acting(db)) as session:
        [history] = attempts.attempts_of(session, entry_id)
    assert (history.outcome, history.note, history.staff_name) == (
        AttemptOutcome.BECAME_CLIENT,
        "Tulee",
        "Petri Nevalainen",
    )


def test_became_a_client_links_an_existing_client_once_per_list(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    with db.transaction(acting(db)) as session:
        client_id = cs.create_client(session, cs.validate_client(cs.ClientInput("Aino", "Korhonen"))).id
    list_id = new_list(db)
    first = add_person(db, list_id, "Aino", "Korhonen", "Koli")
    second = add_person(db, list_id, "A.", "Korhonen", "Koli", "050 1")
    data = AttemptInput(ContactChannel.LETTER, TODAY, None)
    with db.transaction(acting(db)) as session:
        attempts.became_client(session, first, client_id, data, today=TODAY)
    with db.transaction(acting(db)) as session, pytest.raises(AppError, match="already on the list as another"):
        attempts.became_client(session, second, client_id, data, today=TODAY)
    with db.transaction(acting(db)) as session, pytest.raises(AppError, match="another client record"):
        other = cs.create_client(session, cs.validate_client(cs.ClientInput("Toinen", "Asiakas"))).id
        attempts.became_client(session, first, other, data, today=TODAY)
    with db.transaction(acting(db)) as session:  # the same client again: just the attempt
        attempts.became_client(session, first, None, data, today=TODAY)


def test_a_removed_attempt_no_longer_counts(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    list_id = new_list(db)
    entry_id = add_person(db, list_id, "Aino", "Korhonen", "Koli", worker=team.riikka)
    act_as(db, team.riikka)
    attempt(db, entry_id, AttemptOutcome.NOT_REACHED, dt.date(2026, 10, 1))
    wrong = attempt(db, entry_id, AttemptOutcome.DECLINED, dt.date(2026, 10, 2), note="väärä henkilö")
    act_as(db, team.petri)
    with db.transaction(acting(db)) as session, pytest.raises(AppError):
        attempts.remove_attempt(session, wrong)
    act_as(db, team.riikka)
    with db.transaction(acting(db)) as session:
        attempts.remove_attempt(session, wrong)
    [row] = rows(db, list_id)
    assert (row.status, row.attempts) == (EntryStatus.NOT_REACHED, 1)


# --------------------------------------------------------------------------- filling the list


def test_the_same_person_twice_is_refused_unless_asked_for(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    list_id = new_list(db)
    add_person(db, list_id, "Aino", "Korhonen", "Koli", "+358 40 123 4567")
    with pytest.raises(ValidationError, match="Aino Korhonen of Koli is already"):
        add_person(db, list_id, "AINO", "korhonen", "koli")
    with pytest.raises(ValidationError, match="040 123 4567 is already on the list"):
        add_person(db, list_id, "Eino", "Leino", "Ahmovaara", "040 123 4567")
    add_person(db, list_id, "Aino", "Korhonen", "Ahmovaara")  # another village: another person
    with db.transaction(acting(db)) as session:
        entries.add_entry(session, list_id, EntryInput("Aino", "Korhonen", "Koli"), allow_same=True)
    assert len(rows(db, list_id)) == 3


def test_an_entry_needs_a_village_of_the_list(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    list_id = new_list(db)
    with pytest.raises(InvalidEntry) as caught:
        add_person(db, list_id, "Aino", "Korhonen", "Nurmes", "12")
    assert {e.field for e in caught.value.errors} == {"village", "phone"}
    with db.transaction(acting(db)) as session, pytest.raises(InvalidEntry, match="1 field"):
        entries.add_entry(session, list_id, EntryInput("Aino", "Korhonen", ""))
    single = new_list(db, "Vain Koli", villages="Koli")
    with db.transaction(acting(db)) as session:  # a list of one village: that village
        assert entries.add_entry(session, single, EntryInput("Aino", "Korhonen", "")).village == "Koli"


def test_existing_clients_join_without_copies_of_their_data(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    with db.transaction(acting(db)) as session:
        ids = [
            cs.create_client(session, cs.validate_client(cs.ClientInput(first, last, village=village))).id
            for first, last, village in (
                ("Aino", "Korhonen", "Koli"),
                ("Eino", "Leino", "KOLI"),
                ("Ville", "Vallaton", "Nurmes"),
            )
        ]
    list_id = new_list(db)
    with db.session(acting(db)) as session:
        offered = entries.candidates(session, list_id, "Koli")
    assert sorted(c.name for c in offered) == ["Aino Korhonen", "Eino Leino"]
    with db.transaction(acting(db)) as session:
        added = entries.add_clients(session, list_id, ids[:2], "koli", assigned_to_id=team.riikka)
    assert (added.added, added.already_on_list) == (2, 0)
    with db.transaction(acting(db)) as session:
        again = entries.add_clients(session, list_id, ids, "Koli")
    assert (again.added, again.already_on_list) == (1, 2)
    with db.session(acting(db)) as session:
        assert all(c.on_list for c in entries.candidates(session, list_id, "Koli"))
        stored = session.scalars(select(OutreachEntry).where(OutreachEntry.list_id == list_id)).all()
    assert all((e.first_name, e.last_name, e.phone, e.address) == ("", "", "", "") for e in stored)
    assert {r.name for r in rows(db, list_id)} == {"Aino Korhonen", "Eino Leino", "Ville Vallaton"}
    assert all(r.village == "Koli" for r in rows(db, list_id))


def test_assigning_and_removing(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    list_id = new_list(db)
    first = add_person(db, list_id, "Aino", "Korhonen", "Koli")
    second = add_person(db, list_id, "Eino", "Leino", "Koli")
    with db.transaction(acting(db)) as session:
        assert entries.assign_entries(session, [first, second], team.riikka) == 2
        assert entries.assign_entries(session, [first], team.riikka) == 0
        with pytest.raises(ValidationError, match="active staff who record outreach"):
            entries.assign_entries(session, [first], team.desk)
    attempt(db, second, AttemptOutcome.NOT_REACHED, note="ei vastannut")
    with db.transaction(acting(db)) as session:
        assert entries.remove_entries(session, [second]) == 1
    assert [r.entry_id for r in rows(db, list_id)] == [first]
    with db.session(SYSTEM) as session:
        removed = session.get(OutreachEntry, second)
        assert removed is not None and removed.deleted_at is not None and removed.first_name == ""
    details = audit_details(db, AuditAction.OUTREACH_LIST_CHANGED)
    assert f"assigned=2 to={team.riikka}" in details and "removed=1" in details
    assert not any("Aino" in d or "Korhonen" in d for d in details)


def test_filters_by_village_status_due_and_words(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    list_id = new_list(db)
    aino = add_person(db, list_id, "Aino", "Korhonen", "Koli", "040 111 2222")
    eino = add_person(db, list_id, "Eino", "Leino", "Ahmovaara")
    ville = add_person(db, list_id, "Ville", "Väänänen", "Nunnanlahti")
    attempt(db, aino, AttemptOutcome.NOT_REACHED, next_try=TODAY)
    attempt(db, eino, AttemptOutcome.NOT_REACHED, next_try=TODAY + dt.timedelta(days=3))
    assert [r.entry_id for r in rows(db, list_id)] == [aino, eino, ville], "by the list's village order"
    assert [r.entry_id for r in rows(db, list_id, village="Ahmovaara")] == [eino]
    assert [r.entry_id for r in rows(db, list_id, status=EntryStatus.NOT_TRIED)] == [ville]
    assert [r.entry_id for r in rows(db, list_id, due=True)] == [aino]
    assert [r.entry_id for r in rows(db, list_id, query="vaana")] == [ville]
    assert [r.entry_id for r in rows(db, list_id, query="1112")] == [aino]


# --------------------------------------------------------------------------- a closed list


def test_a_closed_list_takes_no_more_work(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    list_id = new_list(db)
    entry_id = add_person(db, list_id, "Aino", "Korhonen", "Koli", worker=team.riikka)
    with db.transaction(acting(db)) as session:
        lists.close_list(session, list_id)
    act_as(db, team.riikka)
    with pytest.raises(AppError, match="is closed"):
        attempt(db, entry_id, AttemptOutcome.REACHED)
    act_as(db, team.coordinator)
    with pytest.raises(AppError, match="is closed"):
        add_person(db, list_id, "Eino", "Leino", "Koli")
    with db.transaction(acting(db)) as session, pytest.raises(AppError, match="is closed"):
        lists.close_list(session, list_id)


# --------------------------------------------------------------------------- progress


def test_progress_per_village_worker_and_channel_adds_up(db: Database, team: Team) -> None:
    """Eight people; the figures below are counted by hand from the attempts."""
    act_as(db, team.coordinator)
    list_id = new_list(db)
    people = {
        "a": add_person(db, list_id, "Aino", "A", "Koli", worker=team.riikka),  # reached
        "b": add_person(db, list_id, "Bertta", "B", "Koli", worker=team.riikka),  # not reached twice
        "c": add_person(db, list_id, "Celia", "C", "Koli", worker=team.riikka),  # not tried
        "d": add_person(db, list_id, "Daavid", "D", "Ahmovaara", worker=team.petri),  # declined
        "e": add_person(db, list_id, "Eero", "E", "Ahmovaara", worker=team.petri),  # became a client
        "f": add_person(db, list_id, "Fanni", "F", "Nunnanlahti", worker=team.petri),  # moved away
        "g": add_person(db, list_id, "Gideon", "G", "Nunnanlahti"),  # not tried, nobody's
        "h": add_person(db, list_id, "Helmi", "H", "Nunnanlahti", worker=team.petri),  # not reached, then reached
    }
    attempt(db, people["a"], AttemptOutcome.REACHED, channel=ContactChannel.PHONE)
    attempt(db, people["b"], AttemptOutcome.NOT_REACHED, dt.date(2026, 10, 1), ContactChannel.PHONE)
    attempt(db, people["b"], AttemptOutcome.NOT_REACHED, dt.date(2026, 10, 8), ContactChannel.LETTER)
    attempt(db, people["d"], AttemptOutcome.DECLINED, channel=ContactChannel.HOME_VISIT)
    attempt(db, people["f"], AttemptOutcome.MOVED_AWAY, channel=ContactChannel.LETTER)
    attempt(db, people["h"], AttemptOutcome.NOT_REACHED, dt.date(2026, 10, 1), ContactChannel.PHONE)
    attempt(db, people["h"], AttemptOutcome.REACHED, dt.date(2026, 10, 9), ContactChannel.VILLAGE_EVENT)
    with db.transaction(acting(db)) as session:
        client_id = cs.create_client(session, cs.validate_client(cs.ClientInput("Eero", "E"))).id
        attempts.became_client(
            session, people["e"], client_id, AttemptInput(ContactChannel.VILLAGE_EVENT, TODAY, None), today=TODAY
        )
    act_as(db, team.riikka)  # an outreach worker sees the figures of the whole list
    with db.session(acting(db)) as session:
        figures = progress.progress(session, list_id)
    by_village = {line.key: line.counts for line in figures.by_village}
    assert list(by_village) == ["Koli", "Ahmovaara", "Nunnanlahti"]
    assert by_village["Koli"] == Counts(total=3, not_tried=1, not_reached=1, reached=1)
    assert by_village["Ahmovaara"] == Counts(total=2, declined=1, became_clients=1)
    assert by_village["Nunnanlahti"] == Counts(total=3, not_tried=1, reached=1, moved_away=1)
    by_worker = {line.label: line.counts for line in figures.by_worker}
    assert list(by_worker) == ["Petri Nevalainen", "Riikka Väisänen", ""], "the unassigned last"
    assert by_worker["Petri Nevalainen"] == Counts(total=4, reached=1, declined=1, moved_away=1, became_clients=1)
    assert by_worker[""] == Counts(total=1, not_tried=1)
    assert figures.total == Counts(
        total=8, not_tried=2, not_reached=1, reached=2, declined=1, moved_away=1, became_clients=1
    )
    assert figures.total.reached_in_total == 4 and figures.total.reached_share == 0.5
    channels = {line.channel: line for line in figures.by_channel}
    assert channels[ContactChannel.PHONE].attempts == 3
    assert channels[ContactChannel.PHONE].outcomes[AttemptOutcome.NOT_REACHED] == 2
    assert channels[ContactChannel.LETTER].attempts == 2
    assert channels[ContactChannel.VILLAGE_EVENT].outcomes[AttemptOutcome.BECAME_CLIENT] == 1
    assert figures.attempts == 8
    assert sum((line.counts for line in figures.by_village), Counts()) == figures.total
    assert sum((line.counts for line in figures.by_worker), Counts()) == figures.total


def test_a_client_later_erased_keeps_counting_without_a_name(db: Database, team: Team) -> None:
    act_as(db, team.coordinator)
    list_id = new_list(db)
    entry_id = add_person(db, list_id, "Aino", "Korhonen", "Koli")
    with db.transaction(acting(db)) as session:
        client_id = cs.create_client(session, cs.validate_client(cs.ClientInput("Aino", "Korhonen"))).id
        attempts.became_client(
            session, entry_id, client_id, AttemptInput(ContactChannel.PHONE, TODAY, None), today=TODAY
        )
    with db.transaction(SYSTEM) as session:
        client = session.get(Client, client_id)
        assert client is not None
        client.deleted_at = client.created_at
    [row] = rows(db, list_id)
    assert (row.name, row.client_removed, row.status) == ("", True, EntryStatus.BECAME_CLIENT)
