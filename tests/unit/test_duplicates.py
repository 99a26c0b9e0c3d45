"""Possible duplicates in a database: the coordinator's list, the check as staff type, pairs marked not the
same person, who may see and mark them, and the demo's near-duplicates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.acting import act_as, acting
from vauhdittamo.db import Database, open_database
from vauhdittamo.ids import derived_id
from vauhdittamo.models import AuditAction, AuditEntry, Client, DuplicateDismissal, GuidanceVisit, StaffRole
from vauhdittamo.services import clients as client_service
from vauhdittamo.services.demo import generate_demo
from vauhdittamo.services.duplicates import (
    Reason,
    Tier,
    count_possible_duplicates,
    dismiss_pair,
    dismissed_pairs,
    near_duplicates,
    possible_duplicates,
    probe,
    undo_dismissal,
)
from vauhdittamo.services.permissions import SYSTEM, PermissionDenied
from vauhdittamo.services.staff import add_staff_member

BORN = dt.date(1990, 1, 1)
HETU = "010190-998V"  # artificial individual number (900–999)
T0 = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)

Ids = dict[str, str]


def _client(
    session: object, first: str, last: str, born: dt.date | None = None, minutes: int = 0, **fields: object
) -> str:
    client = Client(
        first_name=first, last_name=last, birth_date=born, created_at=T0 + dt.timedelta(minutes=minutes), **fields
    )
    session.add(client)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    return client.id


@pytest.fixture
def ids(db: Database, staff_id: str) -> Ids:
    """Matti Virtanen twice (typed "Virtane" on a village laptop), Aino Hämäläinen without ä, bystanders."""
    with db.transaction(acting(db)) as session:
        found: Ids = {"admin": staff_id}
        for key, role in (("coordinator", StaffRole.COORDINATOR), ("front_desk", StaffRole.FRONT_DESK)):
            found[key] = add_staff_member(session, f"Staff {key}", role).id
        found["matti"] = _client(session, "Matti", "Virtanen", BORN, 0, personal_id=HETU, municipality="Lieksa")
        found["virtane"] = _client(session, "Matti", "Virtane", BORN, 5, municipality="Lieksa", village="Koli")
        found["aino"] = _client(session, "Aino", "Hämäläinen", dt.date(1985, 5, 5), 1, phone="040 555 1234")
        found["aino2"] = _client(session, "Aino", "Hamalainen", dt.date(1985, 5, 5), 6)
        found["kari"] = _client(session, "Kari", "Virtanen", BORN, 2)  # Matti's twin
        found["anna"] = _client(session, "Anna", "Korhonen", None, 3)
        found["anna2"] = _client(session, "Anna", "Virtanen", None, 4)  # a common first name alone
        session.add_all(
            [GuidanceVisit(client_id=found["virtane"], visited_at=T0 + dt.timedelta(hours=h)) for h in (1, 2)]
        )
    act_as(db, found["coordinator"])
    return found


def _pairs(db: Database, **options: bool) -> dict[frozenset[str], tuple[Reason, ...]]:
    with db.session(acting(db)) as session:
        return {p.key: p.match.reasons for p in possible_duplicates(session, **options)}


def test_the_list_shows_each_pair_side_by_side_with_its_reason(db: Database, ids: Ids) -> None:
    with db.session(acting(db)) as session:
        pairs = possible_duplicates(session)
        assert count_possible_duplicates(session) == 2
    # Both pairs share a birth date and have names strongly alike: the more alike names (score) first.
    assert [(p.first.id, p.second.id, p.match.reasons, p.match.score) for p in pairs] == [
        (ids["aino"], ids["aino2"], (Reason.SAME_BIRTH_DATE, Reason.ACCENTS), 100),
        (ids["matti"], ids["virtane"], (Reason.SAME_BIRTH_DATE, Reason.ONE_LETTER), 96),
    ]
    matti, virtane = pairs[1].first, pairs[1].second
    assert (matti.full_name, matti.personal_id_masked, matti.municipality, matti.visits) == (
        "Matti Virtanen",
        "010190-***V",
        "Lieksa",
        0,
    )
    assert (virtane.full_name, virtane.birth_date, virtane.village, virtane.visits) == (
        "Matti Virtane",
        BORN,
        "Koli",
        2,
    )
    assert pairs[1].match.text() == "Same birth date, name one letter off"


def test_merged_away_erased_and_deleted_records_are_never_candidates(db: Database, ids: Ids) -> None:
    with db.transaction(acting(db)) as session:
        virtane = session.get(Client, ids["virtane"])
        assert virtane is not None
        virtane.merged_into_id, virtane.deleted_at = ids["matti"], T0  # a tombstone of a merge
        aino2 = session.get(Client, ids["aino2"])
        assert aino2 is not None
        aino2.anonymised_at = T0
    assert _pairs(db) == {}
    with db.session(acting(db)) as session:
        typed = near_duplicates(session, probe("Matti", "Virtane", "1.1.1990"))
        assert [d.id for d in typed] == [ids["matti"]]
        assert [d.id for d in near_duplicates(session, probe("Aino", "Hamalainen", "5.5.1985"))] == [ids["aino"]]


def test_a_pair_marked_not_the_same_person_is_remembered_and_can_be_taken_back(db: Database, ids: Ids) -> None:
    with db.transaction(acting(db)) as session:
        row = dismiss_pair(session, ids["virtane"], ids["matti"])
        assert row.id == derived_id("duplicate_dismissal", *sorted((ids["matti"], ids["virtane"])))
        assert (row.first_client_id, row.second_client_id) == tuple(sorted((ids["matti"], ids["virtane"])))
        assert row.dismissed_by_id == ids["coordinator"]
        assert dismiss_pair(session, ids["matti"], ids["virtane"]).id == row.id  # marked once only
    pair = frozenset((ids["matti"], ids["virtane"]))
    assert pair not in _pairs(db)
    assert _pairs(db, include_dismissed=True)[pair] == (Reason.SAME_BIRTH_DATE, Reason.ONE_LETTER)
    with db.session(acting(db)) as session:
        assert count_possible_duplicates(session) == 1
        assert dismissed_pairs(session) == {pair}
        listed = possible_duplicates(session, include_dismissed=True)
        assert [p.dismissed for p in listed] == [False, True]  # the marked pair last
    with db.transaction(acting(db)) as session:
        assert undo_dismissal(session, ids["matti"], ids["virtane"])
        assert not undo_dismissal(session, ids["matti"], ids["virtane"])
    assert pair in _pairs(db)
    with db.transaction(acting(db)) as session:
        dismiss_pair(session, ids["matti"], ids["virtane"])  # the same record comes back
        rows = session.scalars(select(DuplicateDismissal)).all()
        assert len(rows) == 1 and rows[0].deleted_at is None
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == AuditAction.DUPLICATE_DISMISSED)
            .order_by(AuditEntry.created_at)
        ).all()
    first, second = sorted((ids["matti"], ids["virtane"]))
    assert [(e.staff_id, e.entity_id, e.detail) for e in entries] == [
        (ids["coordinator"], first, f"other={second}"),
        (ids["coordinator"], first, f"other={second} undone"),
        (ids["coordinator"], first, f"other={second}"),
    ]


def test_only_coordinators_and_administrators_see_and_mark_pairs(db: Database, ids: Ids) -> None:
    act_as(db, ids["front_desk"])
    with db.session(acting(db)) as session, pytest.raises(PermissionDenied):
        possible_duplicates(session)
    with db.session(acting(db)) as session, pytest.raises(PermissionDenied):
        count_possible_duplicates(session)
    with pytest.raises(PermissionDenied), db.transaction(acting(db)) as session:
        dismiss_pair(session, ids["matti"], ids["virtane"])
    with db.session(acting(db)) as session:  # the warning as a new client is typed is for everyone adding clients
        typed = near_duplicates(session, probe("Matti", "Virtane", "1.1.1990"))
        assert [d.id for d in typed] == [ids["virtane"], ids["matti"]]
        denied = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.ACCESS_DENIED)).all()
    assert len(denied) == 3 and all("merge_clients" in e.detail for e in denied)
    act_as(db, ids["admin"])
    assert len(_pairs(db)) == 2


def test_as_a_new_client_is_typed_the_likely_records_show_first(db: Database, ids: Ids) -> None:
    with db.session(acting(db)) as session:

        def found(**typed: str) -> list[tuple[str, Tier, tuple[Reason, ...]]]:
            return [(d.id, d.match.tier, d.match.reasons) for d in near_duplicates(session, probe(**typed))]

        # A name alone: strong name matches are hints to ask the birth date; Kari is a twin, not listed.
        assert found(first_name="Mati", last_name="Virtanen") == [
            (ids["matti"], Tier.NAME_ONLY, (Reason.ONE_LETTER, Reason.NO_BIRTH_DATE)),
        ]
        assert found(first_name="Virtanen", last_name="Mati", birth_date="1.1.1990") == [
            (ids["matti"], Tier.BIRTH_DATE_STRONG, (Reason.SAME_BIRTH_DATE, Reason.SWAPPED, Reason.ONE_LETTER)),
            (ids["virtane"], Tier.BIRTH_DATE_SIMILAR, (Reason.SAME_BIRTH_DATE, Reason.SWAPPED, Reason.SIMILAR_NAME)),
        ]
        assert found(first_name="Matti", last_name="Virtanen", birth_date="2.1.1990") == []  # another person
        assert found(first_name="Matti", last_name="Virtanen", birth_date="31.2.1990")[0][1] is Tier.NAME_ONLY
        # The identity code finds its record whatever the name, and gives the birth date.
        assert found(first_name="Pekka", last_name="Järvinen", personal_id="010190-998v") == [
            (ids["matti"], Tier.SAME_ID, (Reason.SAME_ID, Reason.DIFFERENT_NAME)),
        ]
        assert found(first_name="Kari", last_name="Virtanen", personal_id="010190-998v") == [
            (ids["matti"], Tier.SAME_ID, (Reason.SAME_ID, Reason.DIFFERENT_NAME)),
            (ids["kari"], Tier.BIRTH_DATE_STRONG, (Reason.SAME_BIRTH_DATE, Reason.SAME_NAME)),
        ]
        assert (
            found(first_name="Aino", last_name="Hamalainen", phone="+358 40 555 1234")
            == [
                (ids["aino2"], Tier.NAME_ONLY, (Reason.SAME_NAME, Reason.NO_BIRTH_DATE)),
                (ids["aino"], Tier.CONTACT, (Reason.ACCENTS, Reason.SAME_PHONE)),
            ][::-1]
        )
        assert found(first_name="Anna", last_name="Koskinen") == []  # a common first name alone
        assert found(first_name="Ma", last_name="V") == []  # too little typed
        assert found(first_name="Aino", last_name="Korhonen-Hämäläinen", birth_date="5.5.1985") == [
            (ids["aino2"], Tier.BIRTH_DATE_STRONG, (Reason.SAME_BIRTH_DATE, Reason.DOUBLE_SURNAME)),
            (ids["aino"], Tier.BIRTH_DATE_STRONG, (Reason.SAME_BIRTH_DATE, Reason.DOUBLE_SURNAME)),
        ]  # alike, then by name


def test_saving_warns_of_near_duplicates_not_of_name_only_hints(db: Database, ids: Ids) -> None:
    def warned(**typed: str) -> list[str]:
        data = client_service.validate_client(client_service.ClientInput(**typed))
        with db.session(acting(db)) as session:
            return [c.id for c in client_service.find_duplicates(session, data)]

    assert warned(first_name="Matti", last_name="Virtane", birth_date="1.1.1990") == [ids["virtane"], ids["matti"]]
    assert warned(first_name="Matti", last_name="Virtanen") == []  # a hint while typing, no warning on saving
    assert warned(first_name="Aino", last_name="Hamalainen", phone="040 555 1234") == [ids["aino"]]
    # A record edited on its card is not its own duplicate, nor of a pair marked not the same person.
    data = client_service.validate_client(
        client_service.ClientInput(first_name="Matti", last_name="Virtane", birth_date="1.1.1990")
    )
    with db.transaction(acting(db)) as session:
        dismiss_pair(session, ids["matti"], ids["virtane"])
    with db.session(acting(db)) as session:
        assert client_service.find_duplicates(session, data, exclude_id=ids["virtane"]) == []


def test_the_count_follows_every_change_of_a_client(db: Database, ids: Ids) -> None:
    with db.session(acting(db)) as session:
        assert count_possible_duplicates(session) == 2
    with db.transaction(acting(db)) as session:
        client_service.update_client(
            session,
            ids["virtane"],
            client_service.validate_client(
                client_service.ClientInput(first_name="Maija", last_name="Mäkelä", birth_date="1.1.1990")
            ),
        )
    with db.session(acting(db)) as session:
        assert count_possible_duplicates(session) == 1
    with db.transaction(acting(db)) as session:
        client_service.create_client(
            session,
            client_service.validate_client(
                client_service.ClientInput(first_name="Maija", last_name="Mäkelä", birth_date="1.1.1990")
            ),
        )
    with db.session(acting(db)) as session:
        assert count_possible_duplicates(session) == 2


def test_the_demo_has_a_handful_of_realistic_near_duplicates(tmp_path: Path) -> None:
    db = open_database(tmp_path / "demo.sqlite3")
    try:
        generate_demo(db, clients=120, weeks=2, seed=2026, today=dt.date(2026, 11, 24))
        with db.session(SYSTEM) as session:
            pairs = possible_duplicates(session)
            devices = {session.get(Client, p.second.id).device_id for p in pairs}  # type: ignore[union-attr]
            assert count_possible_duplicates(session) == len(pairs)
    finally:
        db.close()
    reasons = {r for p in pairs for r in p.match.reasons}
    assert 6 <= len(pairs) <= 10
    assert {
        Reason.SAME_ID,
        Reason.ONE_LETTER,
        Reason.SWAPPED,
        Reason.ACCENTS,
        Reason.DOUBLE_SURNAME,
        Reason.MORE_FIRST_NAMES,
        Reason.SAME_PHONE,
    } <= reasons
    assert db.device_id not in devices  # recorded on another laptop
    assert all(p.second.visits for p in pairs)  # each second record has something to merge
