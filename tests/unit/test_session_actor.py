"""Every unit of work names its actor; the database's listeners belong to its own session factory."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from tests.acting import staff_actor
from vauhdittamo.db import Database
from vauhdittamo.models import AuditAction, AuditEntry, Base, Client, StaffRole
from vauhdittamo.services import audit, client_card, clients
from vauhdittamo.services.permissions import (
    SYSTEM,
    NotSignedIn,
    PermissionDenied,
    StaffActor,
    current_actor,
    system,
)
from vauhdittamo.services.staff import add_staff_member


def _outbox(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one())


def test_the_database_has_no_shared_acting_staff_member(db: Database) -> None:
    assert not hasattr(db, "staff_id")


def test_a_plain_session_on_another_engine_writes_no_outbox_rows(db: Database, tmp_path: Path) -> None:
    other = create_engine(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    Base.metadata.create_all(other)
    try:
        with Session(other) as session, session.begin():
            session.add(Client(first_name="Aino", last_name="Muu"))
        with other.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM sync_outbox")).scalar_one() == 0
            assert conn.execute(text("SELECT device_id FROM client")).scalar_one() == ""
    finally:
        other.dispose()
    assert _outbox(db) == 0


def test_only_the_databases_own_sessions_record_changes(db: Database) -> None:
    with Session(db.engine) as session, session.begin():  # not from the database's factory
        session.add(Client(first_name="Aino", last_name="Ohi"))
    assert _outbox(db) == 0
    with db.transaction(SYSTEM) as session:
        session.add(Client(first_name="Eino", last_name="Mukana"))
    assert _outbox(db) == 1
    with db.session(SYSTEM) as session:
        stamped = session.scalar(select(Client.device_id).where(Client.first_name == "Eino"))
    assert stamped == db.device_id


def test_the_session_acts_as_the_actor_it_was_opened_with(db: Database) -> None:
    with db.transaction(system("cli")) as session:
        front_desk = add_staff_member(session, "Tiina Vastaanotto", StaffRole.FRONT_DESK).id
        client_id = clients.create_client(
            session, clients.validate_client(clients.ClientInput(first_name="Aino", last_name="Virtanen"))
        ).id
    with db.transaction(staff_actor(db, front_desk)) as session:
        note = client_card.add_note(session, client_id, "Kävi kysymässä kursseista")
        assert note.staff_id == front_desk  # never someone the caller names
        assert current_actor(session) == StaffActor(front_desk, StaffRole.FRONT_DESK)
    # A role given with the actor is checked against the staff table: claiming more does not help.
    with pytest.raises(PermissionDenied), db.transaction(StaffActor(front_desk, StaffRole.ADMIN)) as session:
        clients.client_name(session, client_id)
        audit.browse(session)
    with db.session(SYSTEM) as session:
        [denied] = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.ACCESS_DENIED))
        assert (denied.staff_id, denied.detail) == (front_desk, f"permission=view_audit actor=staff:{front_desk}")


def test_no_actor_reads_nothing(db: Database) -> None:
    with pytest.raises(NotSignedIn), db.session(None) as session:
        clients.search_clients(session, "Aino")
