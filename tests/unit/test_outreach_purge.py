"""Outreach data is erased when a list closes or its retention ends; the figures stay exactly as they were."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text, update

from tests.acting import act_as, acting
from tests.unit.test_outreach import TODAY, add_person, attempt, audit_details, make_team, new_list, rows
from vauhdittamo.db import Database
from vauhdittamo.models import (
    AttemptOutcome,
    AuditAction,
    ContactChannel,
    EntryStatus,
    OutreachAttempt,
    OutreachEntry,
    OutreachList,
)
from vauhdittamo.services import clients as cs
from vauhdittamo.services.outreach import attempts, lists, progress, purge
from vauhdittamo.services.outreach.attempts import AttemptInput
from vauhdittamo.services.permissions import SYSTEM, PermissionDenied


def _stored(db: Database, list_id: str) -> list[OutreachEntry]:
    with db.session(SYSTEM) as session:
        return list(session.scalars(select(OutreachEntry).where(OutreachEntry.list_id == list_id)))


def _notes(db: Database, list_id: str) -> dict[str, list[str]]:
    with db.session(SYSTEM) as session:
        found: dict[str, list[str]] = {}
        for entry_id, note in session.execute(
            select(OutreachAttempt.entry_id, OutreachAttempt.note)
            .join(OutreachEntry, OutreachEntry.id == OutreachAttempt.entry_id)
            .where(OutreachEntry.list_id == list_id)
        ):
            found.setdefault(entry_id, []).append(note)
        return found


def _figures(db: Database, list_id: str) -> progress.ProgressFigures:
    with db.session(acting(db)) as session:
        return progress.progress(session, list_id)


def _a_worked_list(db: Database) -> tuple[str, dict[str, str]]:
    """A list of three: one reached (with a note), one became a client (with a note), one not tried."""
    team = make_team(db)
    act_as(db, team.coordinator)
    list_id = new_list(db, end_date=dt.date(2026, 10, 31))
    people = {
        "reached": add_person(db, list_id, "Aino", "Korhonen", "Koli", "040 111 2222"),
        "client": add_person(db, list_id, "Eino", "Leino", "Ahmovaara", "040 333 4444"),
        "untried": add_person(db, list_id, "Ville", "Vallaton", "Nunnanlahti"),
    }
    attempt(db, people["reached"], AttemptOutcome.REACHED, note="Asuu siskon luona, soita iltaisin")
    with db.transaction(acting(db)) as session:
        client_id = cs.create_client(session, cs.validate_client(attempts.client_prefill(session, people["client"]))).id
        attempts.became_client(
            session,
            people["client"],
            client_id,
            AttemptInput(ContactChannel.HOME_VISIT, TODAY, None, "Kiinnostui"),
            today=TODAY,
        )
    people["client_id"] = client_id
    return list_id, people


def test_closing_erases_those_who_never_became_clients_and_keeps_the_figures(db: Database) -> None:
    list_id, people = _a_worked_list(db)
    before = _figures(db, list_id)
    with db.transaction(acting(db)) as session:
        assert lists.close_list(session, list_id) == 2
    after = _figures(db, list_id)
    assert after.total == before.total and after.by_village == before.by_village
    assert after.by_channel == before.by_channel and after.closed_at is not None
    stored = {e.id: e for e in _stored(db, list_id)}
    for key in ("reached", "untried"):
        entry = stored[people[key]]
        assert (entry.first_name, entry.last_name, entry.phone, entry.address) == ("", "", "", "")
        assert entry.erased_at is not None and entry.village  # the village stays: the figures are per village
    assert stored[people["client"]].client_id == people["client_id"] and stored[people["client"]].erased_at is None
    notes = _notes(db, list_id)
    assert notes[people["reached"]] == [""]
    assert notes[people["client"]] == ["Kiinnostui"], "a client's history stays with the client"
    assert audit_details(db, AuditAction.OUTREACH_ERASED) == ["reason=closed entries=2 notes=1"]
    shown = {r.entry_id: r for r in rows(db, list_id)}
    assert shown[people["reached"]].name == "" and shown[people["reached"]].erased
    assert shown[people["reached"]].status is EntryStatus.REACHED
    assert shown[people["client"]].name == "Eino Leino"


def test_retention_closes_and_erases_a_list_on_its_day_once(db: Database) -> None:
    list_id, people = _a_worked_list(db)  # its last day 31.10.2026: erased on 30.4.2027
    with db.transaction(acting(db)) as session:
        report = purge.purge_due(session, dt.date(2027, 4, 29))
    assert report == purge.ErasureReport()
    assert all(e.erased_at is None for e in _stored(db, list_id))
    with db.transaction(acting(db)) as session:
        report = purge.purge_due(session, dt.date(2027, 4, 30))
    assert (report.lists, report.lists_closed, report.entries, report.notes) == (1, 1, 2, 1)
    with db.session(SYSTEM) as session:
        closed = session.get(OutreachList, list_id)
        assert closed is not None and closed.closed_at is not None and closed.closed_by_id is None
    assert audit_details(db, AuditAction.OUTREACH_ERASED) == ["reason=retention entries=2 notes=1"]
    assert audit_details(db, AuditAction.OUTREACH_LIST_CHANGED)[-1] == "closed retention"
    with db.transaction(acting(db)) as session:
        assert purge.purge_due(session, dt.date(2027, 5, 1)) == purge.ErasureReport(), "nothing twice"
    assert len(audit_details(db, AuditAction.OUTREACH_ERASED)) == 1


def test_what_a_late_laptop_writes_into_an_erased_entry_is_erased_again(db: Database) -> None:
    list_id, people = _a_worked_list(db)
    with db.transaction(acting(db)) as session:
        lists.close_list(session, list_id)
    with db.transaction(SYSTEM) as session:  # as a sync from a laptop that was offline would write it
        session.execute(update(OutreachEntry).where(OutreachEntry.id == people["reached"]).values(phone="040 999 8888"))
    with db.transaction(acting(db)) as session:
        report = purge.purge_due(session, TODAY)
    assert (report.lists, report.entries) == (1, 1)
    assert {e.phone for e in _stored(db, list_id)} == {""}


def test_the_erasure_is_synchronised_and_overwrites_the_freed_space(db: Database) -> None:
    list_id, people = _a_worked_list(db)
    with db.transaction(SYSTEM) as session:
        session.execute(text("DELETE FROM sync_outbox"))
    with db.transaction(acting(db)) as session:
        lists.close_list(session, list_id)
        assert session.execute(text("PRAGMA secure_delete")).scalar_one() == 1
    with db.session(SYSTEM) as session:
        queued = {(t, r) for t, r in session.execute(text("SELECT table_name, row_id FROM sync_outbox"))}
    assert ("outreach_entry", people["reached"]) in queued and ("outreach_entry", people["untried"]) in queued
    assert ("outreach_list", list_id) in queued
    assert any(table == "outreach_attempt" for table, _ in queued)


def test_who_may_run_the_erasure(db: Database) -> None:
    list_id, _people = _a_worked_list(db)
    team_desk = make_team(db).desk
    act_as(db, team_desk)
    with db.transaction(acting(db)) as session, pytest.raises(PermissionDenied):
        purge.purge_due(session, dt.date(2028, 1, 1))
    act_as(db, None)  # the command line and the app's background work act as the system
    with db.transaction(acting(db)) as session:
        assert purge.purge_due(session, dt.date(2028, 1, 1)).entries == 2


def test_retention_day_is_six_months_after_the_last(db: Database) -> None:
    assert lists.erasure_due_on(dt.date(2026, 8, 31)) == dt.date(2027, 2, 28)
    assert lists.erasure_due_on(dt.date(2027, 8, 31)) == dt.date(2028, 2, 29)
    assert lists.erasure_due_on(dt.date(2026, 12, 31)) == dt.date(2027, 6, 30)
    assert lists.RETENTION_MONTHS == 6
