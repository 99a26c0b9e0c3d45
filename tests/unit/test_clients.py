import datetime as dt

import pytest

from tests.acting import acting
from vauhdittamo.db import Database
from vauhdittamo.models import AgeGroup, Client, Language
from vauhdittamo.services import clients as cs


def _add(db: Database, **fields: str) -> str:
    with db.transaction(acting(db)) as session:
        client = cs.create_client(session, cs.validate_client(cs.ClientInput(**fields)))
        return client.id


def test_created_client_is_stamped_with_device_staff_and_utc_times(db: Database, staff_id: str) -> None:
    client_id = _add(db, first_name="Pekka", last_name="Järvinen", personal_id="131052-308T")
    with db.session(acting(db)) as session:
        client = session.get(Client, client_id)
        assert client is not None
        assert client.birth_date == dt.date(1952, 10, 13), "birth date comes from the personal identity code"
        assert client.device_id == db.device_id
        assert client.updated_by_id == staff_id
        assert client.created_at.tzinfo == dt.UTC
        assert client.deleted_at is None
        assert client.age_group(dt.date(2026, 11, 24)) == AgeGroup.AGE_30_PLUS


def test_age_group_under_30_and_unknown() -> None:
    young = Client(first_name="A", last_name="B", birth_date=dt.date(2000, 1, 1))
    assert young.age_group(dt.date(2026, 11, 24)) == AgeGroup.UNDER_30
    assert Client(first_name="A", last_name="B").age_group(dt.date(2026, 1, 1)) == AgeGroup.UNKNOWN


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("jarvinen", "Järvinen"),
        ("JÄRVI", "Järvinen"),
        ("aberg", "Åberg"),
        ("åsa åb", "Åberg"),
        ("31.5.2001", "Åberg"),
        ("2001-05-31", "Åberg"),
        ("040 123", "Järvinen"),
        ("040-1234567", "Järvinen"),
        ("131052-308t", "Järvinen"),
    ],
)
def test_search_is_accent_and_case_insensitive(db: Database, query: str, expected: str) -> None:
    _add(db, first_name="Pekka", last_name="Järvinen", personal_id="131052-308T", phone="040 123 4567")
    _add(db, first_name="Åsa", last_name="Åberg", birth_date="31.5.2001")
    with db.session(acting(db)) as session:
        assert [c.last_name for c in cs.search_clients(session, query)] == [expected]


def test_search_ignores_deleted_clients_and_like_wildcards(db: Database) -> None:
    client_id = _add(db, first_name="Maija", last_name="Mäkelä")
    with db.transaction(acting(db)) as session:
        client = session.get(Client, client_id)
        assert client is not None
        client.deleted_at = dt.datetime.now(dt.UTC)
    with db.session(acting(db)) as session:
        assert cs.search_clients(session, "mäkelä") == []
        assert cs.search_clients(session, "%") == []


def test_all_field_errors_are_reported_at_once() -> None:
    with pytest.raises(cs.InvalidInput) as caught:
        cs.validate_client(
            cs.ClientInput(first_name=" ", last_name="X", birth_date="31.2.2001", personal_id="131052-308A",
                           email="nope", language="klingon")
        )
    fields = caught.value.by_field()
    assert set(fields) == {"first_name", "birth_date", "personal_id", "email", "language"}
    assert "check character" in fields["personal_id"].message


def test_birth_date_must_match_personal_identity_code() -> None:
    with pytest.raises(cs.InvalidInput) as caught:
        cs.validate_client(cs.ClientInput(first_name="A", last_name="B", birth_date="1.1.1990",
                                          personal_id="131052-308T"))
    assert "13.10.1952" in caught.value.by_field()["birth_date"].message


def test_future_birth_date_refused() -> None:
    with pytest.raises(cs.InvalidInput):
        cs.validate_client(cs.ClientInput(first_name="A", last_name="B", birth_date="1.1.2030"),
                           today=dt.date(2026, 11, 24))


@pytest.mark.parametrize(("word", "language"), [("ruotsi", Language.SV), ("SV", Language.SV), ("", Language.FI),
                                                ("muu", Language.OTHER), ("Suomi", Language.FI)])
def test_language_words(word: str, language: Language) -> None:
    assert cs.parse_language(word) == language


def test_duplicates_by_personal_id_or_name_and_birth_date(db: Database) -> None:
    first = _add(db, first_name="Åsa", last_name="Åberg", birth_date="31.5.2001")
    second = _add(db, first_name="Pekka", last_name="Järvinen", personal_id="131052-308T")
    with db.session(acting(db)) as session:
        same_name = cs.validate_client(cs.ClientInput(first_name="asa", last_name="ABERG", birth_date="2001-05-31"))
        assert [c.id for c in cs.find_duplicates(session, same_name)] == [first]
        same_id = cs.validate_client(cs.ClientInput(first_name="P", last_name="J", personal_id="131052-308T"))
        assert [c.id for c in cs.find_duplicates(session, same_id)] == [second]
        assert cs.find_duplicates(session, same_id, exclude_id=second) == []
        other = cs.validate_client(cs.ClientInput(first_name="Åsa", last_name="Åberg", birth_date="1.6.2001"))
        assert cs.find_duplicates(session, other) == []


def test_update_client_refreshes_search_key(db: Database) -> None:
    client_id = _add(db, first_name="Ville", last_name="Virtanen")
    with db.transaction(acting(db)) as session:
        cs.update_client(session, client_id, cs.validate_client(cs.ClientInput(first_name="Ville", last_name="Öhman")))
    with db.session(acting(db)) as session:
        assert [c.id for c in cs.search_clients(session, "ohman")] == [client_id]
        assert cs.search_clients(session, "virtanen") == []
