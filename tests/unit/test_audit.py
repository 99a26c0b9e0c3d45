"""The audit trail: entries written where things happen, append-only storage, browsing for administrators."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from tests.acting import act_as, acting, staff_actor
from vauhdittamo.db import Database
from vauhdittamo.models import AuditAction, AuditEntry, PartnerCategory, StaffRole
from vauhdittamo.services import audit, client_card, clients, importer, partner_directory, referrals
from vauhdittamo.services.permissions import PermissionDenied
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.timeutil import HELSINKI

TODAY = dt.date(2026, 11, 24)
PAST = dt.date(2020, 11, 30)  # the browsing tests' entries are in November 2020, before anything made now


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=HELSINKI).astimezone(dt.UTC)


def new_client(session: Session, first: str = "Aino", last: str = "Korhonen", phone: str = "") -> str:
    data = clients.validate_client(clients.ClientInput(first_name=first, last_name=last, phone=phone), today=TODAY)
    return clients.create_client(session, data).id


def entries(session: Session, action: AuditAction | None = None) -> list[AuditEntry]:
    stmt = select(AuditEntry).order_by(AuditEntry.created_at, AuditEntry.id)
    if action is not None:
        stmt = stmt.where(AuditEntry.action == action)
    return list(session.scalars(stmt))


def staff_session(db: Database, role: StaffRole) -> Session:
    """A session of a new staff member of *role*."""
    with db.transaction(acting(db)) as session:
        member_id = add_staff_member(session, f"Staff {role.value}", role).id
    return db.session(staff_actor(db, member_id))


def service_of(session: Session, category: PartnerCategory) -> str:
    organisation = partner_directory.create_organisation(
        session, partner_directory.OrganisationInput(name=f"Org {category.value}", category=category.value)
    )
    return partner_directory.create_service(
        session, organisation.id, partner_directory.ServiceInput(name=f"Service {category.value}")
    ).id


# --------------------------------------------------------------------------- written where things happen


def test_opening_a_client_card_writes_an_audit_entry(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        client_id = new_client(session)
    with db.transaction(acting(db)) as session:
        card = client_card.open_card(session, client_id, TODAY)
    assert card.full_name == "Aino Korhonen"
    with db.session(acting(db)) as session:
        [entry] = entries(session, AuditAction.CLIENT_VIEWED)
        # Reading the card again (a tab's refresh) is not another opening.
        client_card.load_card(session, client_id, TODAY)
        session.commit()
        assert len(entries(session, AuditAction.CLIENT_VIEWED)) == 1
    assert (entry.staff_id, entry.entity_type, entry.entity_id, entry.detail) == (staff_id, "client", client_id, "")
    assert entry.device_id == db.device_id


def test_the_audit_table_refuses_updates_and_deletes(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        new_client(session)
    with db.session(acting(db)) as session:
        details = [e.detail for e in entries(session)]
        assert details
        with pytest.raises(DBAPIError, match="append-only"):
            session.execute(text("UPDATE audit_entry SET detail = 'changed'"))
        session.rollback()
        with pytest.raises(DBAPIError, match="append-only"):
            session.execute(text("DELETE FROM audit_entry"))
        session.rollback()
        with pytest.raises(DBAPIError, match="append-only"):  # not through the ORM either
            entries(session)[0].detail = "changed"
            session.flush()
        session.rollback()
        assert [e.detail for e in entries(session)] == details


@pytest.mark.parametrize("verb", ["INSERT OR REPLACE INTO", "REPLACE INTO"])
def test_the_audit_table_refuses_replacing_an_entry(db: Database, staff_id: str, verb: str) -> None:
    with db.transaction(acting(db)) as session:
        new_client(session)
    with db.session(acting(db)) as session:
        entry = entries(session)[0]
        before = (entry.id, entry.action, entry.staff_id, entry.entity_id, entry.detail, entry.created_at)
        columns = "id, action, staff_id, entity_type, entity_id, detail, device_id, created_at, updated_at"
        with pytest.raises(DBAPIError, match="append-only"):
            session.execute(
                text(
                    f"{verb} audit_entry ({columns}) VALUES "
                    "(:id, 'client_erased', NULL, 'client', NULL, 'rewritten', 'elsewhere', :at, :at)"
                ),
                {"id": entry.id, "at": "2020-01-01 00:00:00.000000"},
            )
        session.rollback()
    with db.session(acting(db)) as session:
        again = session.get(AuditEntry, before[0])
        assert again is not None
        assert (again.id, again.action, again.staff_id, again.entity_id, again.detail, again.created_at) == before
        assert len(entries(session)) == len(set(e.id for e in entries(session)))


def test_adding_and_changing_a_client_are_recorded_with_field_names_only(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        client_id = new_client(session, phone="040 123 4567")
    with db.transaction(acting(db)) as session:
        data = clients.validate_client(
            clients.ClientInput(first_name="Aino", last_name="Virtanen", phone="050 765 4321", village="Koli"),
            today=TODAY,
        )
        clients.update_client(session, client_id, data)
        clients.update_client(session, client_id, data)  # nothing changes: nothing recorded
    with db.session(acting(db)) as session:
        [created] = entries(session, AuditAction.CLIENT_CREATED)
        [changed] = entries(session, AuditAction.CLIENT_CHANGED)
    assert (created.entity_id, created.detail) == (client_id, "")
    assert changed.entity_id == client_id
    assert changed.detail == "fields=last_name,village,phone"
    for personal in ("Virtanen", "Koli", "050", "Korhonen"):
        assert personal not in changed.detail


def test_a_referral_without_consent_is_recorded(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        client_id = new_client(session)
        service_id = service_of(session, PartnerCategory.EDUCATION)
        made = referrals.create_referral(
            session, client_id=client_id, partner_service_id=service_id, staff_id=staff_id, reason="Koulutus",
            consent_override_reason="Aino kertoi suostuvansa puhelimessa", today=TODAY,
        )
        draft = referrals.create_referral(
            session, client_id=client_id, partner_service_id=service_id, staff_id=staff_id, reason="Toinen",
            today=TODAY, shares_data=False,
        )
        [entry] = entries(session, AuditAction.CONSENT_OVERRIDDEN)
        assert (entry.entity_type, entry.entity_id, entry.detail) == ("referral", made.id, "category=education")
        # A draft sent later without consent is recorded when it is sent.
        draft.shares_data = True
        referrals.change_status(
            session, draft.id, referrals.S.SENT, consent_override_reason="Kiireellinen tilanne"
        )
        overrides = entries(session, AuditAction.CONSENT_OVERRIDDEN)
    assert [e.entity_id for e in overrides] == [made.id, draft.id]
    assert all("Aino" not in e.detail and "Kiireellinen" not in e.detail for e in overrides)


def test_viewing_health_related_referral_details_is_recorded(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        client_id = new_client(session)
        health = referrals.create_referral(
            session, client_id=client_id, partner_service_id=service_of(session, PartnerCategory.HEALTH_SERVICES),
            staff_id=staff_id, reason="Uniongelmat", shares_data=False, today=TODAY,
        )
        other = referrals.create_referral(
            session, client_id=client_id, partner_service_id=service_of(session, PartnerCategory.EDUCATION),
            staff_id=staff_id, reason="Koulutus", shares_data=False, today=TODAY,
        )
    with db.transaction(acting(db)) as session:
        referrals.referral_detail(session, health.id)
        referrals.referral_detail(session, other.id)
    with staff_session(db, StaffRole.FRONT_DESK) as session, session.begin():
        assert referrals.referral_detail(session, health.id).restricted  # not seen: not recorded
    with db.session(acting(db)) as session:
        viewed = entries(session, AuditAction.REFERRAL_DETAILS_VIEWED)
    assert [(e.staff_id, e.entity_type, e.entity_id) for e in viewed] == [(staff_id, "referral", health.id)]


def test_an_import_is_recorded_with_its_counts(db: Database, staff_id: str, tmp_path: Path) -> None:
    path = tmp_path / "asiakkaat.csv"
    path.write_text("etunimi;sukunimi\nAino;Korhonen\nEero;Virtanen\n", encoding="utf-8")
    report = importer.import_clients(db, acting(db), path, today=TODAY)
    assert report.imported == 2
    with db.session(acting(db)) as session:
        [imported] = entries(session, AuditAction.IMPORTED)
        created = entries(session, AuditAction.CLIENT_CREATED)
    assert imported.entity_type == "client_import"
    assert imported.detail.startswith("imported=2 duplicates=0 invalid=0 rows=2-3 of 3 part=1 file=")
    assert sorted(e.entity_id or "" for e in created) == sorted(report.client_ids)


# --------------------------------------------------------------------------- browsing


@pytest.fixture
def trail(db: Database, staff_id: str) -> dict[str, str]:
    """Entries on known days of November 2020 by two staff members, about two clients and a referral of one."""
    with db.transaction(acting(db)) as session:
        other_id = add_staff_member(session, "Olli Ohjaaja", StaffRole.COACH).id
        aino = new_client(session, "Aino", "Korhonen")
        eero = new_client(session, "Eero", "Virtanen")
        referral = referrals.create_referral(
            session, client_id=aino, partner_service_id=service_of(session, PartnerCategory.KELA),
            staff_id=staff_id, reason="Etuudet", shares_data=False, today=TODAY,
        )
        for staff, action, entity_type, entity_id, when in (
            (staff_id, AuditAction.CLIENT_VIEWED, "client", aino, at(dt.date(2020, 11, 1), 9)),
            (other_id, AuditAction.CLIENT_VIEWED, "client", eero, at(dt.date(2020, 11, 2), 23)),
            (other_id, AuditAction.CLIENT_CHANGED, "client", aino, at(dt.date(2020, 11, 3), 0)),
            (staff_id, AuditAction.REFERRAL_DETAILS_VIEWED, "referral", referral.id, at(dt.date(2020, 11, 4))),
            (None, AuditAction.EXPORTED, "attendance_export", None, at(dt.date(2020, 11, 5))),
        ):
            session.add(
                AuditEntry(action=action, staff_id=staff, entity_type=entity_type, entity_id=entity_id,
                           detail="", created_at=when)
            )
    return {"admin": staff_id, "other": other_id, "aino": aino, "eero": eero, "referral": referral.id}


def test_browse_filters_by_day_staff_action_and_client(db: Database, trail: dict[str, str]) -> None:
    november = {"since": dt.date(2020, 11, 1), "until": dt.date(2020, 11, 30)}
    with db.session(acting(db)) as session:
        rows = audit.browse(session, **november)
        assert [r.action for r in rows] == [
            AuditAction.EXPORTED, AuditAction.REFERRAL_DETAILS_VIEWED, AuditAction.CLIENT_CHANGED,
            AuditAction.CLIENT_VIEWED, AuditAction.CLIENT_VIEWED,
        ]  # newest first
        # Helsinki days: 23.00 on 2 November and 0.00 on 3 November are on different days.
        assert [r.entity_id for r in audit.browse(session, since=dt.date(2020, 11, 2), until=dt.date(2020, 11, 2))] \
            == [trail["eero"]]
        assert [r.action for r in audit.browse(session, since=dt.date(2020, 11, 3), until=dt.date(2020, 11, 3))] \
            == [AuditAction.CLIENT_CHANGED]
        assert {r.entity_id for r in audit.browse(session, staff_id=trail["other"], **november)} == {
            trail["eero"], trail["aino"]
        }
        assert [r.entity_id for r in audit.browse(session, action=AuditAction.CLIENT_VIEWED, **november)] == [
            trail["eero"], trail["aino"]
        ]
        # A client's entries include those about the client's referrals.
        about_aino = audit.browse(session, entity_id=trail["aino"], **november)
        assert [r.entity_id for r in about_aino] == [trail["referral"], trail["aino"], trail["aino"]]
        assert {r.client_name for r in about_aino} == {"Aino Korhonen"}
        assert audit.count(session, entity_id=trail["aino"], **november) == 3
        assert audit.count(session, **november) == 5
        # Paging.
        assert [r.entry_id for r in audit.browse(session, limit=2, offset=1, **november)] == [
            r.entry_id for r in rows[1:3]
        ]


def test_browse_names_the_staff_and_resolves_clients_when_read(db: Database, trail: dict[str, str]) -> None:
    with db.session(acting(db)) as session:
        rows = audit.browse(session, since=dt.date(2020, 11, 1), until=dt.date(2020, 11, 30))
        by_action = {(r.action, r.entity_id): r for r in rows}
        viewed = by_action[(AuditAction.CLIENT_VIEWED, trail["eero"])]
        assert (viewed.staff_name, viewed.client_name, viewed.client_id) == (
            "Olli Ohjaaja", "Eero Virtanen", trail["eero"]
        )
        export = by_action[(AuditAction.EXPORTED, None)]
        assert (export.staff_id, export.staff_name, export.client_id, export.client_name) == (None, "", None, "")
    with db.transaction(acting(db)) as session:
        data = clients.validate_client(clients.ClientInput(first_name="Eero", last_name="Kallio"), today=TODAY)
        clients.update_client(session, trail["eero"], data)
    with db.session(acting(db)) as session:
        [row] = audit.browse(session, action=AuditAction.CLIENT_VIEWED, entity_id=trail["eero"], until=PAST)
    assert row.client_name == "Eero Kallio"  # the name now, not stored in the entry


@pytest.mark.parametrize("role", [StaffRole.FRONT_DESK, StaffRole.OUTREACH, StaffRole.COACH, StaffRole.COORDINATOR])
def test_only_administrators_browse_the_trail(db: Database, trail: dict[str, str], role: StaffRole) -> None:
    with staff_session(db, role) as session:
        with pytest.raises(PermissionDenied):
            audit.browse(session)
        with pytest.raises(PermissionDenied):
            audit.count(session)
        with pytest.raises(PermissionDenied):
            audit.staff_members(session)


def test_the_system_records_without_a_staff_member(db: Database) -> None:
    act_as(db, None)
    with db.transaction(acting(db)) as session:
        new_client(session)
        [entry] = entries(session, AuditAction.CLIENT_CREATED)
    assert entry.staff_id is None
    assert entry.device_id == db.device_id


def test_entries_about_a_staff_account_name_it(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        other_id = add_staff_member(session, "Olli Ohjaaja", StaffRole.COACH).id
        audit.record(session, AuditAction.STAFF_CHANGED, audit.ENTITY_STAFF, other_id, "fields=role")
    with db.session(acting(db)) as session:
        rows = audit.browse(session, entity_type=audit.ENTITY_STAFF, entity_id=other_id)
    mine = [(r.detail, r.subject_staff_name, r.client_name) for r in rows if r.detail == "fields=role"]
    assert mine == [("fields=role", "Olli Ohjaaja", "")]


def test_every_action_has_a_label_and_a_finnish_word_for_the_clients_own_data() -> None:
    from vauhdittamo.services.subject_access import AUDIT_WORDS
    from vauhdittamo.ui.labels import all_labels

    labelled = {value for value, _source in all_labels() if isinstance(value, AuditAction)}
    assert labelled == set(AuditAction)
    assert set(AUDIT_WORDS) == set(AuditAction)


def test_a_coach_assignment_and_a_letter_are_recorded_with_ids_and_codes_only(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        client_id = new_client(session)
        other_id = add_staff_member(session, "Kaisa Valmentaja", StaffRole.COACH).id
        client_card.set_personal_coach(session, client_id, other_id)
        organisation = partner_directory.create_organisation(
            session, partner_directory.OrganisationInput(name="Kela", category="kela")
        )
        service = partner_directory.create_service(
            session, organisation.id, partner_directory.ServiceInput(name="Etuusneuvonta")
        )
        referral = referrals.create_referral(
            session, client_id=client_id, partner_service_id=service.id, staff_id=staff_id, reason="Aino tarvitsee",
            shares_data=False, today=TODAY,
        )
        referrals.record_letter_use(session, referral.id, referrals.LetterUse.PRINTED)
    with db.session(acting(db)) as session:
        [coach] = entries(session, AuditAction.COACH_ASSIGNED)
        [letter] = entries(session, AuditAction.REFERRAL_LETTER)
    assert (coach.staff_id, coach.entity_type, coach.entity_id, coach.detail) == (
        staff_id, "client", client_id, f"coach={other_id} previous=-"
    )
    assert (letter.staff_id, letter.entity_type, letter.entity_id, letter.detail) == (
        staff_id, "referral", referral.id, "letter=printed category=kela"
    )
