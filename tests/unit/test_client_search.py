"""Search as you type through the client search index: results, ranking, and the index kept in step.

The index (``vauhdittamo.search_index``) is kept by triggers, so every way a client is written is
checked here: the forms, imports, anonymisation and erasure, and the raw SQL of a sync merge.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Integer, literal_column, select, text
from sqlalchemy.orm import Session

from tests.acting import acting
from vauhdittamo import db as dbmod
from vauhdittamo import search_index
from vauhdittamo.db import Database, open_database
from vauhdittamo.models import Client
from vauhdittamo.services import clients as cs
from vauhdittamo.services.client_list import ClientFilters, ClientStatus, list_clients
from vauhdittamo.services.importer import import_clients
from vauhdittamo.services.retention import erase_personal_data

TODAY = dt.date(2026, 6, 1)

# Names chosen so that one query finds whole words, starts of words and words inside others.
PEOPLE = [
    ("Ari", "Virtanen"),
    ("Ari", "Aalto"),
    ("Arimo", "Böök"),
    ("Kari", "Aho"),
    ("Marika", "Ström"),
    ("Saara", "Äijälä"),
    ("Öljy", "Öhman"),
    ("Åsa", "Åström"),
    ("Bo", "Lind"),
    ("Li", "Bo"),
    ("Virva", "Koski"),
    ("Matti", "Ahokas"),
]


def _add(db: Database, first: str, last: str, **fields: str) -> str:
    with db.transaction(acting(db)) as session:
        data = cs.validate_client(cs.ClientInput(first_name=first, last_name=last, **fields))
        return cs.create_client(session, data).id


@pytest.fixture
def people(db: Database, staff_id: str) -> dict[str, str]:
    """The clients of :data:`PEOPLE` by full name (Marika Ström has ended her service)."""
    ids = {f"{first} {last}": _add(db, first, last) for first, last in PEOPLE}
    with db.transaction(acting(db)) as session:
        ended = session.get(Client, ids["Marika Ström"])
        assert ended is not None
        ended.exit_date = dt.date(2026, 5, 1)
    return ids


def _names(found: list[Client]) -> list[str]:
    return [c.full_name for c in found]


def _search(db: Database, query: str, limit: int = 50, include_ended: bool = True) -> list[str]:
    with db.session(acting(db)) as session:
        return _names(cs.search_clients(session, query, limit=limit, include_ended=include_ended))


def _reference(session: Session, query: str, include_ended: bool = True) -> list[str]:
    """What the search must answer, worked out client by client (as ``LIKE '%word%'`` did, ranked)."""
    words = cs.search_words(query)
    rowid = literal_column("client.rowid", Integer)
    rows = session.execute(select(rowid, Client).where(Client.deleted_at.is_(None))).all()

    def rank(key: str) -> int:
        padded = f" {key} "
        return max(0 if f" {w} " in padded else 1 if f" {w}" in padded else 2 for w in words)

    found = [
        (rank(c.search_key), c.last_name, c.first_name, r, c.full_name)
        for r, c in rows
        if c.search_key and all(w in c.search_key for w in words) and (include_ended or c.exit_date is None)
    ]
    return [item[-1] for item in sorted(found)]


def _assert_index_in_step(db: Database) -> None:
    """The index holds exactly the live clients with a search key, as they are now."""
    with db.engine.connect() as conn:
        clients = {
            r.rowid: r
            for r in conn.execute(text(
                "SELECT rowid, id, first_name, last_name, exit_date, search_key FROM client "
                "WHERE deleted_at IS NULL AND search_key <> ''"
            ))
        }
        rows = {r.id: r for r in conn.execute(text("SELECT * FROM client_search_row"))}
        indexed = set(conn.execute(text("SELECT rowid FROM client_search")).scalars())
    assert set(rows) == set(clients) == indexed
    for rowid, c in clients.items():
        row = rows[rowid]
        assert (row.client_id, row.first_name, row.last_name) == (c.id, c.first_name, c.last_name)
        assert (row.ended, row.words) == (int(c.exit_date is not None), f" {c.search_key} ")


# --------------------------------------------------------------------------- results and ranking


def test_whole_words_first_then_starts_of_words_then_the_rest_each_by_name(
    db: Database, people: dict[str, str]
) -> None:
    assert _search(db, "ari") == ["Ari Aalto", "Ari Virtanen", "Arimo Böök", "Kari Aho", "Marika Ström"]
    assert _search(db, "ari", limit=3) == ["Ari Aalto", "Ari Virtanen", "Arimo Böök"]
    assert _search(db, "ari", include_ended=False) == ["Ari Aalto", "Ari Virtanen", "Arimo Böök", "Kari Aho"]


def test_one_and_two_letter_queries_find_word_starts_first_and_then_the_rest(
    db: Database, people: dict[str, str]
) -> None:
    # "bo": Bo Lind and Li Bo have the whole word, nobody a longer word starting with it; Böök folds to "book"
    assert _search(db, "bo") == ["Li Bo", "Bo Lind", "Arimo Böök"]
    assert _search(db, "b") == ["Li Bo", "Arimo Böök", "Bo Lind"]  # all starts of words: by last name
    assert _search(db, "ah") == ["Kari Aho", "Matti Ahokas"]  # Öhman folds to "ohman"
    assert _search(db, "v", limit=2) == ["Virva Koski", "Ari Virtanen"]
    assert _search(db, "v") == ["Virva Koski", "Ari Virtanen"]
    assert _search(db, "ar v") == ["Ari Virtanen"]
    assert _search(db, "ari v") == ["Ari Virtanen"]
    assert _search(db, "zq") == []


@pytest.mark.parametrize(("query", "expected"), [
    ("ä", ["Saara Äijälä"]),
    ("äi", ["Saara Äijälä"]),
    ("AIJALA", ["Saara Äijälä"]),
    ("öh", ["Öljy Öhman"]),
    ("oljy ohman", ["Öljy Öhman"]),
    ("å", ["Åsa Åström"]),
    ("ÅSTRÖ", ["Åsa Åström"]),
    ("strom", ["Marika Ström", "Åsa Åström"]),  # the whole word first
])
def test_finnish_letters_fold_as_the_search_key_does(
    db: Database, people: dict[str, str], query: str, expected: list[str]
) -> None:
    found = _search(db, query)
    assert set(expected) <= set(found)
    with db.session(acting(db)) as session:
        assert found == _reference(session, query)


QUERIES = ["a", "s", "ö", "ar", "ri", "ko", "ari", "aho", "ahokas", "tanen", "ari virt", "a a", "o b", "li bo",
           "matti ahokas", "x", "-", "%", "_", '"', "a%b"]


@pytest.mark.parametrize("sort_at_most", [1000, 1], ids=["sorted", "read-in-name-order"])
def test_every_query_answers_what_matching_every_word_would(
    db: Database, people: dict[str, str], monkeypatch: pytest.MonkeyPatch, sort_at_most: int
) -> None:
    """Both ways of reading the index (sorting candidates; reading in name order) give the same answer."""
    monkeypatch.setattr(cs, "_SORT_AT_MOST", sort_at_most)
    with db.session(acting(db)) as session:
        for query in QUERIES:
            for include_ended in (True, False):
                expected = _reference(session, query, include_ended)
                found = _names(cs.search_clients(session, query, limit=50, include_ended=include_ended))
                assert found == expected, query
                assert _names(cs.search_clients(session, query, limit=2, include_ended=include_ended)) == expected[:2]


def test_birth_dates_phones_and_identity_codes_are_found(db: Database, staff_id: str) -> None:
    _add(db, "Pekka", "Järvinen", personal_id="131052-308T", phone="040 123 4567")
    for query in ("13.10.1952", "1952-10-13", "040 123", "0401234567", "131052-308t", "13", "04", "pekka 1952"):
        assert _search(db, query) == ["Pekka Järvinen"], query


def test_the_client_list_uses_the_same_matching(db: Database, people: dict[str, str]) -> None:
    with db.session(acting(db)) as session:
        for query in ("ari", "a", "ar v", "strom", "ö"):
            listed = list_clients(session, ClientFilters(query=query, status=ClientStatus.ALL), TODAY)
            assert sorted(f"{r.first_name} {r.last_name}" for r in listed) == sorted(_reference(session, query))


# --------------------------------------------------------------------------- the index kept in step


def test_edits_renames_and_phone_changes_move_the_client_in_the_index(db: Database, staff_id: str) -> None:
    client_id = _add(db, "Aino", "Virtanen", phone="040 111")
    _assert_index_in_step(db)
    with db.transaction(acting(db)) as session:
        data = cs.validate_client(cs.ClientInput(first_name="Aino", last_name="Öhman", phone="050 222"))
        cs.update_client(session, client_id, data)
    _assert_index_in_step(db)
    assert _search(db, "virtanen") == [] and _search(db, "040111") == []
    assert _search(db, "ohman") == _search(db, "050 222") == _search(db, "ö") == ["Aino Öhman"]


def test_deleted_clients_leave_the_index_and_come_back_when_restored(db: Database, staff_id: str) -> None:
    client_id = _add(db, "Maija", "Mäkelä")
    with db.transaction(acting(db)) as session:
        client = session.get(Client, client_id)
        assert client is not None
        client.deleted_at = dt.datetime.now(dt.UTC)
    _assert_index_in_step(db)
    assert _search(db, "mäkelä") == _search(db, "m") == []
    with db.transaction(acting(db)) as session:
        client = session.get(Client, client_id)
        assert client is not None
        client.deleted_at = None
    _assert_index_in_step(db)
    assert _search(db, "mäk") == ["Maija Mäkelä"]
    with db.engine.begin() as conn:  # removed for good (as a test or a repair would)
        conn.execute(text("DELETE FROM client WHERE id = :id"), {"id": client_id})
    _assert_index_in_step(db)


def test_anonymised_and_erased_clients_cannot_be_found(db: Database, staff_id: str) -> None:
    gone = _add(db, "Eero", "Eskola", phone="040 999")
    _add(db, "Eeva", "Eskola")
    with db.transaction(acting(db)) as session:
        client = session.get(Client, gone)
        assert client is not None
        erase_personal_data(session, [client], dt.datetime.now(dt.UTC))  # a bulk UPDATE
    _assert_index_in_step(db)
    assert _search(db, "eskola") == _search(db, "es") == ["Eeva Eskola"]
    assert _search(db, "040999") == []


def test_imported_clients_are_found(db: Database, staff_id: str, tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("first_name,last_name,phone\nAino,Järvinen,040 123 4567\nÅke,Öst,\n", encoding="utf-8")
    assert import_clients(db, acting(db), path, today=TODAY).imported == 2
    _assert_index_in_step(db)
    assert _search(db, "jär") == _search(db, "0401234") == ["Aino Järvinen"]
    assert _search(db, "ake ost") == ["Åke Öst"]
    assert _search(db, "ö") == ["Åke Öst", "Aino Järvinen"]  # "o": the start of Öst, inside Aino


def _client_row(db: Database, client_id: str) -> dict[str, object]:
    with db.engine.connect() as conn:
        return dict(conn.execute(text("SELECT * FROM client WHERE id = :id"), {"id": client_id}).one()._mapping)


def test_rows_written_by_a_sync_merge_in_raw_sql_are_indexed(db: Database, staff_id: str) -> None:
    """The merge inserts and updates rows in plain SQL, with the search key it built for them."""
    row = _client_row(db, _add(db, "Aino", "Virtanen"))
    received = {**row, "id": "0190f0f0-0000-7000-8000-000000000001", "first_name": "Sanni", "last_name": "Salo",
                "search_key": cs.search_key_of("Sanni", "Salo", None, None, "")}
    names = ", ".join(received)
    marks = ", ".join(f":{c}" for c in received)
    with db.engine.begin() as conn:
        conn.execute(text(f'INSERT INTO "client" ({names}) VALUES ({marks})'), received)
    _assert_index_in_step(db)
    assert _search(db, "salo") == _search(db, "sa") == ["Sanni Salo"]
    with db.engine.begin() as conn:
        conn.execute(
            text('UPDATE "client" SET last_name = :l, search_key = :k, exit_date = :e WHERE id = :id'),
            {"l": "Sallinen", "k": cs.search_key_of("Sanni", "Sallinen", None, None, ""), "e": dt.date(2026, 1, 1),
             "id": received["id"]},
        )
    _assert_index_in_step(db)
    assert _search(db, "sallinen") == ["Sanni Sallinen"]
    assert _search(db, "sallinen", include_ended=False) == _search(db, "salo") == []
    with db.engine.begin() as conn:  # a row replaced whole keeps one entry
        conn.execute(text(f'INSERT OR REPLACE INTO "client" ({names}) VALUES ({marks})'), received)
    _assert_index_in_step(db)
    assert _search(db, "sa") == ["Sanni Salo"]


def test_a_pulled_page_written_several_rows_to_a_statement_is_indexed(
    db: Database, staff_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pull writes a page's new rows many to one INSERT (here three): every client gets its own entry."""
    from vauhdittamo.sync import hlc, merge
    from vauhdittamo.sync.outbox import synced_columns

    monkeypatch.setattr(merge, "INSERT_ROWS", 3)
    template = _client_row(db, _add(db, "Aino", "Virtanen"))
    clock = hlc.encode(hlc.wall_ms(), 0, "0000beef")
    names = [("Sanni", "Salo"), ("Eino", "Leino"), ("Ari", "Aho"), ("Kari", "Koski"), ("Li", "Bo"), ("Bo", "Lind"),
             ("Öljy", "Öhman")]
    page = []
    for number, (first, last) in enumerate(names, 1):
        row_id = f"0190f0f0-0000-7000-8000-{number:012d}"
        data = {c: template[c] for c in synced_columns("client") if c in template}
        data.update(id=row_id, first_name=first, last_name=last, personal_id=None,
                    exit_date="2026-05-01" if last == "Lind" else None)
        page.append(merge.Received("client", row_id, data, {"*": [clock, hlc.ZERO]}))
    with db.engine.begin() as conn:
        assert merge.apply_page(conn, db.device_id, page) == (0, 0)
    _assert_index_in_step(db)
    assert _search(db, "öhm") == ["Öljy Öhman"]
    assert _search(db, "bo") == ["Li Bo", "Bo Lind"]
    assert _search(db, "bo", include_ended=False) == ["Li Bo"]


# --------------------------------------------------------------------------- schema


def _alembic(conn_db: Database, revision: str, up: bool) -> None:
    from alembic import command

    with conn_db.engine.begin() as conn:
        cfg = dbmod.alembic_config()
        cfg.attributes["connection"] = conn
        (command.upgrade if up else command.downgrade)(cfg, revision)


def test_the_upgrade_indexes_the_clients_already_stored(db: Database, staff_id: str, db_path: Path) -> None:
    _add(db, "Aino", "Virtanen")
    _alembic(db, "0009", up=False)
    with db.engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name LIKE 'client_search%'")).scalar() == 0
    with db.engine.begin() as conn:  # written while there is no index (by that version's columns)
        conn.execute(text(
            "INSERT INTO client (id, created_at, updated_at, device_id, first_name, last_name, municipality, "
            "village, language, phone, email, address, search_key) VALUES ('eino', '2026-01-01 00:00:00', "
            "'2026-01-01 00:00:00', '', 'Eino', 'Leino', '', '', 'fi', '', '', '', 'eino leino')"
        ))
    db.close()
    upgraded = open_database(db_path)
    try:
        assert dbmod.schema_revision(upgraded) == dbmod.head_revision()
        _assert_index_in_step(upgraded)
        assert _search(upgraded, "lei") == ["Eino Leino"]
        assert _search(upgraded, "e") == ["Eino Leino", "Aino Virtanen"]
    finally:
        upgraded.close()


def test_a_lost_index_is_built_again(db: Database, staff_id: str) -> None:
    """What an upgrade does when a migration rebuilt the client table (which drops its triggers)."""
    _add(db, "Aino", "Virtanen")
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER client_search_after_insert"))
        assert not search_index.installed(conn)
        conn.execute(text("DELETE FROM client_search_row"))
        search_index.install(conn)
        assert search_index.installed(conn)
    _assert_index_in_step(db)
    _add(db, "Eino", "Leino")
    _assert_index_in_step(db)


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "fresh.sqlite3")
    yield database
    database.close()


def test_a_new_database_has_the_index_and_its_triggers(fresh: Database) -> None:
    with fresh.engine.connect() as conn:
        assert search_index.installed(conn)
        names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
    assert {"client_search", "client_search_row", "client_search_row_by_name", *search_index.TRIGGERS} <= names
