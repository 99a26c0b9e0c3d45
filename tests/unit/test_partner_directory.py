"""The partner directory: editing organisations and services, the referral form's choices, the starter set."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from tests.acting import acting
from vauhdittamo.db import Database, open_database
from vauhdittamo.errors import AppError
from vauhdittamo.models import DEFAULT_RESPONSE_DAYS, PartnerCategory, PartnerOrganisation, PartnerService
from vauhdittamo.services import partner_directory as pd
from vauhdittamo.services.clients import InvalidInput
from vauhdittamo.services.partners import STARTER_DIRECTORY

C = PartnerCategory


@pytest.fixture(autouse=True)
def empty_directory(db: Database) -> None:
    """Start from an empty directory, also if opening a new database one day seeds the starter set."""
    with db.transaction(acting(db)) as session:
        session.execute(delete(PartnerService))
        session.execute(delete(PartnerOrganisation))


def _org(db: Database, name: str, category: PartnerCategory = C.THIRD_SECTOR, **fields: str) -> str:
    with db.transaction(acting(db)) as session:
        return pd.create_organisation(session, pd.OrganisationInput(name=name, category=category, **fields)).id


def _service(db: Database, organisation_id: str, name: str, response_days: str = "") -> str:
    with db.transaction(acting(db)) as session:
        data = pd.ServiceInput(name=name, response_days=response_days)
        return pd.create_service(session, organisation_id, data).id


def _org_errors(data: pd.OrganisationInput) -> dict[str, str]:
    with pytest.raises(pd.InvalidOrganisation) as caught:
        pd.validate_organisation(data)
    return {key: error.message for key, error in caught.value.by_field().items()}


def _service_errors(data: pd.ServiceInput) -> dict[str, str]:
    with pytest.raises(pd.InvalidService) as caught:
        pd.validate_service(data)
    return {key: error.message for key, error in caught.value.by_field().items()}


# --------------------------------------------------------------------------- validation


def test_organisation_input_is_trimmed_and_category_accepts_enum_or_value() -> None:
    valid = pd.validate_organisation(
        pd.OrganisationInput(
            name="  Työpaja ry ", category="third_sector", phone=" 040 000 0000 ", email="paja@ry.example"
        )
    )
    assert valid == pd.OrganisationData(
        name="Työpaja ry", category=C.THIRD_SECTOR, phone="040 000 0000", email="paja@ry.example"
    )
    assert pd.validate_organisation(pd.OrganisationInput(name="Kela", category=C.KELA)).category is C.KELA


def test_every_bad_organisation_field_is_reported_at_once() -> None:
    errors = _org_errors(
        pd.OrganisationInput(
            name="  ",
            category="bank",
            contact_person="x" * 121,
            phone="soita",
            email="no-at-sign",
            address="x" * 201,
            opening_hours="x" * 201,
            description="x" * 4001,
        )
    )
    assert errors == {
        "name": "This field is required.",
        "category": "Choose the category of the organisation.",
        "contact_person": "At most 120 characters.",
        "phone": "Write the phone number with digits, for example 040 123 4567.",
        "email": "This does not look like an email address.",
        "address": "At most 200 characters.",
        "opening_hours": "At most 200 characters.",
        "description": "At most 4000 characters.",
    }


def test_organisation_name_and_category_limits() -> None:
    assert _org_errors(pd.OrganisationInput(name="x" * 201, category=C.KELA)) == {"name": "At most 200 characters."}
    assert _org_errors(pd.OrganisationInput(name="Kela")) == {"category": "Choose the category of the organisation."}
    assert pd.validate_organisation(pd.OrganisationInput(name="x" * 200, category=C.KELA)).name == "x" * 200


def test_invalid_input_is_the_forms_common_error() -> None:
    with pytest.raises(InvalidInput) as caught:
        pd.validate_organisation(pd.OrganisationInput())
    assert caught.value.message == "Check the organisation details: 2 field(s) need fixing."
    with pytest.raises(InvalidInput) as caught:
        pd.validate_service(pd.ServiceInput())
    assert caught.value.message == "Check the service details: 1 field(s) need fixing."


@pytest.mark.parametrize(("typed", "expected"), [("", None), ("  ", None), ("1", 1), (" 30 ", 30), ("365", 365)])
def test_response_days_accepted(typed: str, expected: int | None) -> None:
    assert pd.validate_service(pd.ServiceInput(name="Palvelu", response_days=typed)).response_days == expected


@pytest.mark.parametrize("typed", ["0", "366", "-5", "7.5", "kaksi", "1e3", "٣"])
def test_response_days_refused(typed: str) -> None:
    assert _service_errors(pd.ServiceInput(name="Palvelu", response_days=typed)) == {
        "response_days": "Write the response time as whole days from 1 to 365, or leave it empty to use the "
        "category's default."
    }


def test_every_bad_service_field_is_reported_at_once() -> None:
    assert _service_errors(pd.ServiceInput(name="", description="x" * 4001, response_days="0")).keys() == {
        "name",
        "description",
        "response_days",
    }
    assert _service_errors(pd.ServiceInput(name="x" * 201)) == {"name": "At most 200 characters."}


# --------------------------------------------------------------------------- editing


def test_create_edit_and_toggle_an_organisation(db: Database, staff_id: str) -> None:
    org_id = _org(db, "Työpaja ry", contact_person="Paja Ohjaaja", opening_hours="ma–pe 8–15")
    with db.transaction(acting(db)) as session:
        data = pd.OrganisationInput.of(pd.directory(session)[0])
        assert data.contact_person == "Paja Ohjaaja" and data.category == "third_sector"
        data.name = "Työpajayhdistys ry"
        data.category = C.MUNICIPAL_SERVICES
        data.email = "paja@ry.example"
        pd.update_organisation(session, org_id, data)
    with db.session(acting(db)) as session:
        org = session.get(PartnerOrganisation, org_id)
        assert org is not None
        assert (org.name, org.category, org.email) == ("Työpajayhdistys ry", C.MUNICIPAL_SERVICES, "paja@ry.example")
        assert org.updated_by_id == staff_id and org.device_id == db.device_id
    with db.transaction(acting(db)) as session:
        pd.set_organisation_active(session, org_id, False)
    with db.session(acting(db)) as session:
        assert pd.directory(session) == []
        [entry] = pd.directory(session, include_inactive=True)
        assert entry.id == org_id and not entry.active
    with db.transaction(acting(db)) as session:
        pd.set_organisation_active(session, org_id, True)
    with db.session(acting(db)) as session:
        assert [o.id for o in pd.directory(session)] == [org_id]


def test_create_edit_and_toggle_a_service(db: Database) -> None:
    org_id = _org(db, "Työpaja ry")
    service_id = _service(db, org_id, "Kierrätyspaja", response_days="10")
    with db.session(acting(db)) as session:
        [entry] = pd.directory(session)[0].services
        assert (entry.name, entry.active, entry.accepts_referrals, entry.response_days) == (
            "Kierrätyspaja",
            True,
            True,
            10,
        )
        data = pd.ServiceInput.of(entry)
        assert data.response_days == "10"
    with db.transaction(acting(db)) as session:
        data.name, data.description, data.response_days = "Kierrätys- ja puupaja", "Puutyöt.", ""
        pd.update_service(session, service_id, data)
        pd.set_accepts_referrals(session, service_id, False)
    with db.session(acting(db)) as session:
        details = pd.service_details(session, service_id)
        assert details.service.name == "Kierrätys- ja puupaja" and details.service.description == "Puutyöt."
        assert details.service.own_response_days is None
        assert details.service.response_days == DEFAULT_RESPONSE_DAYS[C.THIRD_SECTOR]
        assert not details.service.accepts_referrals and not details.referable
        assert details.organisation.name == "Työpaja ry"
    with db.transaction(acting(db)) as session:
        pd.set_accepts_referrals(session, service_id, True)
        pd.set_service_active(session, service_id, False)
    with db.session(acting(db)) as session:
        assert pd.directory(session)[0].services == ()
        [hidden] = pd.directory(session, include_inactive=True)[0].services
        assert not hidden.active and hidden.accepts_referrals
        assert not pd.service_details(session, service_id).referable


def test_duplicate_organisation_names_are_refused(db: Database) -> None:
    first = _org(db, "Mielenterveysyhdistys Ry")
    for typed in ("mielenterveysyhdistys ry", "MIELENTERVEYSYHDISTYS  RY ", "Mielenterveysyhdistys Rÿ"):
        with pytest.raises(pd.InvalidOrganisation) as caught, db.transaction(acting(db)) as session:
            pd.create_organisation(session, pd.OrganisationInput(name=typed, category=C.OTHER))
        assert caught.value.by_field()["name"].message == (
            "The directory already has the organisation “Mielenterveysyhdistys Ry”."
        )
    other = _org(db, "Diakoniatyö")
    with pytest.raises(pd.InvalidOrganisation) as caught, db.transaction(acting(db)) as session:
        pd.update_organisation(session, other, pd.OrganisationInput(name="mielenterveysyhdistys ry", category="other"))
    assert "already has" in caught.value.by_field()["name"].message
    with db.transaction(acting(db)) as session:  # its own name, in other letters, is fine
        pd.update_organisation(session, first, pd.OrganisationInput(name="MIELENTERVEYSYHDISTYS RY", category="other"))
        pd.set_organisation_active(session, first, False)
    with pytest.raises(pd.InvalidOrganisation) as caught, db.transaction(acting(db)) as session:
        pd.create_organisation(session, pd.OrganisationInput(name="Mielenterveysyhdistys ry", category="other"))
    assert caught.value.by_field()["name"].message == (
        "The directory already has the organisation “MIELENTERVEYSYHDISTYS RY”, marked inactive. "
        "Make it active again instead."
    )


def test_duplicate_name_is_reported_with_the_other_field_errors(db: Database) -> None:
    _org(db, "Kela", C.KELA)
    with pytest.raises(pd.InvalidOrganisation) as caught, db.transaction(acting(db)) as session:
        pd.create_organisation(session, pd.OrganisationInput(name="KELA", category=C.KELA, email="x"))
    assert caught.value.by_field().keys() == {"name", "email"}
    with db.session(acting(db)) as session:
        assert session.scalar(select(func.count()).select_from(PartnerOrganisation)) == 1


def test_duplicate_service_names_are_refused_within_one_organisation(db: Database) -> None:
    paja = _org(db, "Työpaja ry")
    seurakunta = _org(db, "Seurakunta")
    keskusteluapu = _service(db, paja, "Keskusteluapu")
    _service(db, seurakunta, "Keskusteluapu")  # another organisation may have the same service
    with pytest.raises(pd.InvalidService) as caught, db.transaction(acting(db)) as session:
        pd.create_service(session, paja, pd.ServiceInput(name="keskusteluapu "))
    assert caught.value.by_field()["name"].message == "The organisation already has the service “Keskusteluapu”."
    with db.transaction(acting(db)) as session:
        pd.update_service(session, keskusteluapu, pd.ServiceInput(name="KESKUSTELUAPU", response_days="3"))


def test_unknown_ids_are_refused(db: Database) -> None:
    with db.transaction(acting(db)) as session:
        with pytest.raises(AppError, match="organisation no longer exists"):
            pd.create_service(session, "nope", pd.ServiceInput(name="Palvelu"))
        with pytest.raises(AppError, match="organisation no longer exists"):
            pd.set_organisation_active(session, "nope", False)
        with pytest.raises(AppError, match="service no longer exists"):
            pd.set_accepts_referrals(session, "nope", False)
        with pytest.raises(AppError, match="service no longer exists"):
            pd.service_details(session, "nope")


def test_deleted_rows_are_gone(db: Database) -> None:
    org_id = _org(db, "Työpaja ry")
    service_id = _service(db, org_id, "Työpajajakso")
    with db.transaction(acting(db)) as session:
        org = session.get(PartnerOrganisation, org_id)
        assert org is not None
        org.deleted_at = org.created_at
    with db.transaction(acting(db)) as session:
        assert pd.directory(session, include_inactive=True) == []
        assert pd.referable_services(session) == []
        with pytest.raises(AppError, match="service no longer exists"):
            pd.set_service_active(session, service_id, False)
        with pytest.raises(AppError, match="organisation no longer exists"):
            pd.update_organisation(session, org_id, pd.OrganisationInput(name="Paja", category="other"))
        pd.create_organisation(session, pd.OrganisationInput(name="Työpaja ry", category="other"))


# --------------------------------------------------------------------------- reading


def test_referable_services_are_active_services_of_active_organisations_taking_referrals(db: Database) -> None:
    open_org = _org(db, "Työpaja ry")
    closed_org = _org(db, "Suljettu yhdistys")
    ok = _service(db, open_org, "Työpajajakso")
    full = _service(db, open_org, "Kierrätyspaja")
    ended = _service(db, open_org, "Lopetettu paja")
    _service(db, closed_org, "Ruoka-apu")
    with db.transaction(acting(db)) as session:
        pd.set_accepts_referrals(session, full, False)
        pd.set_service_active(session, ended, False)
        pd.set_organisation_active(session, closed_org, False)
    with db.session(acting(db)) as session:
        assert [c.service_id for c in pd.referable_services(session)] == [ok]
        [choice] = pd.referable_services(session, C.THIRD_SECTOR)
        assert choice.label == "Työpaja ry – Työpajajakso"
        assert choice.organisation_id == open_org and choice.category is C.THIRD_SECTOR
        assert pd.referable_services(session, C.KELA) == []
        assert pd.service_details(session, ok).referable
        # the directory lists the full service (only its switch is off), not the ended one
        assert [(s.name, s.accepts_referrals) for s in pd.directory(session)[0].services] == [
            ("Kierrätyspaja", False),
            ("Työpajajakso", True),
        ]


def test_directory_is_ordered_by_category_then_name(db: Database) -> None:
    for name, category in [
        ("Ö-yhdistys", C.THIRD_SECTOR),
        ("Ammattiopisto", C.EDUCATION),
        ("Muu taho", C.OTHER),
        ("aikuisopisto", C.EDUCATION),
        ("Työllisyysalue", C.TE_SERVICES),
        ("Älypaja", C.THIRD_SECTOR),
        ("Kela", C.KELA),
    ]:
        org_id = _org(db, name, category)
        _service(db, org_id, "B-palvelu")
        _service(db, org_id, "a-palvelu")
    with db.session(acting(db)) as session:
        listed = pd.directory(session)
        assert [o.name for o in listed] == [
            "Työllisyysalue",
            "Kela",
            "aikuisopisto",
            "Ammattiopisto",
            "Älypaja",
            "Ö-yhdistys",
            "Muu taho",
        ]
        assert [s.name for s in listed[0].services] == ["a-palvelu", "B-palvelu"]
        choices = pd.referable_services(session)
        assert [(c.organisation_name, c.service_name) for c in choices[:4]] == [
            ("Työllisyysalue", "a-palvelu"),
            ("Työllisyysalue", "B-palvelu"),
            ("Kela", "a-palvelu"),
            ("Kela", "B-palvelu"),
        ]
        assert [pd.category_rank(c.category) for c in choices] == sorted(pd.category_rank(c.category) for c in choices)


def test_effective_response_days_follow_the_service_then_the_category(db: Database) -> None:
    org_id = _org(db, "Kela", C.KELA)
    own = _service(db, org_id, "Ammatillinen kuntoutus", response_days="30")
    default = _service(db, org_id, "Etuusneuvonta")
    with db.session(acting(db)) as session:
        days = {c.service_id: c.response_days for c in pd.referable_services(session)}
        assert days == {own: 30, default: DEFAULT_RESPONSE_DAYS[C.KELA]}
    with db.transaction(acting(db)) as session:
        pd.update_organisation(session, org_id, pd.OrganisationInput(name="Kela", category=C.SOCIAL_SERVICES))
    with db.session(acting(db)) as session:
        entries = {s.id: s for s in pd.directory(session)[0].services}
        assert entries[own].response_days == 30 and entries[own].own_response_days == 30
        assert entries[default].response_days == DEFAULT_RESPONSE_DAYS[C.SOCIAL_SERVICES]
        assert entries[default].own_response_days is None


# --------------------------------------------------------------------------- starter directory


def test_ensure_starter_directory_fills_an_empty_directory_once(db: Database) -> None:
    with db.transaction(acting(db)) as session:
        assert pd.ensure_starter_directory(session) == len(STARTER_DIRECTORY)
    with db.session(acting(db)) as session:
        listed = pd.directory(session)
        assert len(listed) == len(STARTER_DIRECTORY)
        assert {o.category for o in listed} == set(PartnerCategory)
        assert sum(len(o.services) for o in listed) == sum(len(o.services) for o in STARTER_DIRECTORY)
        assert all(o.contact_person == "" for o in listed), "no personal contact data"
        full = [c for c in pd.referable_services(session) if c.service_name == "Kierrätyspaja"]
        assert full == [], "a starter service without capacity is not offered"
    with db.transaction(acting(db)) as session:  # the centre edits and hides starter entries: never re-seeded
        for org in listed:
            pd.set_organisation_active(session, org.id, False)
        assert pd.ensure_starter_directory(session) == 0
    with db.session(acting(db)) as session:
        assert pd.directory(session) == []


def test_starter_entries_pass_the_forms_validation(db: Database) -> None:
    with db.transaction(acting(db)) as session:
        pd.ensure_starter_directory(session)
        for org in pd.directory(session):
            pd.update_organisation(session, org.id, pd.OrganisationInput.of(org))
            for service in org.services:
                pd.update_service(session, service.id, pd.ServiceInput.of(service))


def test_starter_rows_are_the_same_on_every_installation(db: Database, tmp_path: Path) -> None:
    other = open_database(tmp_path / "laptop.sqlite3")
    try:
        rows: list[set[tuple[object, ...]]] = []
        for database in (db, other):
            with database.transaction(acting(database)) as session:
                pd.ensure_starter_directory(session)
                rows.append(
                    {(o.id, o.name, o.created_at, o.device_id) for o in session.scalars(select(PartnerOrganisation))}
                    | {(s.id, s.name, s.created_at, s.device_id) for s in session.scalars(select(PartnerService))}
                )
        assert rows[0] == rows[1]
        assert {row[3] for row in rows[0]} == {pd.STARTER_DEVICE_ID}
        assert {row[2] for row in rows[0]} == {pd.STARTER_CREATED_AT}
        assert db.device_id != other.device_id
    finally:
        other.close()


def test_starter_ids_are_fixed_and_distinct() -> None:
    ids = [pd.starter_id(o.name) for o in STARTER_DIRECTORY]
    ids += [pd.starter_id(o.name, s.name) for o in STARTER_DIRECTORY for s in o.services]
    assert len(set(ids)) == len(ids)
    assert pd.starter_id("Kela") == pd.starter_id("Kela") != pd.starter_id("Kela", "Etuusneuvonta")
    assert all(len(i) == 36 and i.startswith("00000000-0000-7") for i in ids)


