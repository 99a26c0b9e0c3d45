"""The client search index in the local database, kept by SQLite triggers on ``client``.

Two structures, both outside the SQLAlchemy models (only SQLite has them), both holding live clients
(not deleted, with a search key: an anonymised client has none) and keyed by ``client.rowid``:

``client_search``
    An FTS5 index with the trigram tokenizer over the client's search key (contentless: it stores
    no text). Words are separated by two spaces and the text starts and ends with two, so that a
    whole word (``" ab "``) and the start of a word (``" ab"``, even ``"  a"`` for one letter) are
    trigram phrases too; a word of three letters or more matches anywhere (``"abc"``).
``client_search_row``
    One compact row per client: names, whether the client's service has ended, and the search key
    between single spaces, indexed in name order. Candidates found in ``client_search`` are ranked
    and sorted here, and a common short prefix is read here in name order until enough are found.

The triggers keep both in step with every write to ``client``: the ORM, the raw SQL of a sync
merge, bulk updates (anonymisation, erasure), imports, ``INSERT OR REPLACE``.

Many new clients at once (an import batch) are indexed set-wise instead (:func:`bulk_insert`): while
``client_search_bulk`` holds its one row, the insert trigger leaves new clients alone, and deleting
that row indexes every client inserted since it was added, in four statements. The row lives only
inside the writer's own transaction (added and deleted there), so no other program ever sees it:
their inserts, before and after, are indexed one by one as always. (One by one, each insert costs the
FTS5 index a flush of its pending terms to disk: 50,000 clients ~6 s instead of ~1 s set-wise.)

Schema migrations 0010 and 0015 create all this (their own frozen copies of these statements);
:func:`install` builds it again after a later migration that rebuilt the ``client`` table (which
drops its triggers).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

INDEX_TABLE = "client_search"
ROW_TABLE = "client_search_row"
NAME_INDEX = "client_search_row_by_name"
BULK_TABLE = "client_search_bulk"
TRIGGERS = (
    "client_search_after_insert",
    "client_search_after_update",
    "client_search_after_delete",
    "client_search_bulk_done",
)

# The same statements as migrations 0010 and 0015 (which keep their own copies).
_LIVE = "{r}.deleted_at IS NULL AND {r}.search_key <> ''"
_ADD = """
    INSERT INTO client_search (rowid, words)
        SELECT {r}.rowid, '  ' || replace({r}.search_key, ' ', '  ') || '  ' WHERE {live};
    INSERT INTO client_search_row (id, client_id, last_name, first_name, ended, words)
        SELECT {r}.rowid, {r}.id, {r}.last_name, {r}.first_name, {r}.exit_date IS NOT NULL,
               ' ' || {r}.search_key || ' '
        WHERE {live};
"""
_REMOVE = """
    DELETE FROM client_search WHERE rowid = {rowid};
    DELETE FROM client_search_row WHERE id = {rowid};
"""


def _add(r: str) -> str:
    return _ADD.format(r=r, live=_LIVE.format(r=r))


# Set-wise, when the bulk row is deleted: the clients inserted since it was added (rowids above the
# highest one then). Entries those clients already have go first: an update inside the bulk insert
# indexed its row, and a client replaced whole (INSERT OR REPLACE) left an entry under its old rowid.
_BULK_NEW = "SELECT id FROM client WHERE rowid > old.after_rowid"
_BULK_DONE = f"""
    DELETE FROM client_search WHERE rowid IN (SELECT id FROM client_search_row WHERE client_id IN ({_BULK_NEW}));
    DELETE FROM client_search_row WHERE client_id IN ({_BULK_NEW});
    INSERT INTO client_search (rowid, words)
        SELECT rowid, '  ' || replace(search_key, ' ', '  ') || '  ' FROM client
        WHERE rowid > old.after_rowid AND deleted_at IS NULL AND search_key <> '';
    INSERT INTO client_search_row (id, client_id, last_name, first_name, ended, words)
        SELECT rowid, id, last_name, first_name, exit_date IS NOT NULL, ' ' || search_key || ' ' FROM client
        WHERE rowid > old.after_rowid AND deleted_at IS NULL AND search_key <> '';
"""


CREATE = (
    "CREATE VIRTUAL TABLE client_search USING fts5(words, tokenize = 'trigram', content = '', "
    "contentless_delete = 1)",
    """CREATE TABLE client_search_row (
        id INTEGER PRIMARY KEY,
        client_id TEXT NOT NULL UNIQUE,
        last_name TEXT NOT NULL,
        first_name TEXT NOT NULL,
        ended INTEGER NOT NULL,
        words TEXT NOT NULL
    )""",
    "CREATE INDEX client_search_row_by_name ON client_search_row (last_name, first_name, id, ended, words)",
    "CREATE TABLE client_search_bulk (id INTEGER PRIMARY KEY CHECK (id = 1), after_rowid INTEGER NOT NULL)",
    "CREATE TRIGGER client_search_after_insert AFTER INSERT ON client "
    "WHEN NOT EXISTS (SELECT 1 FROM client_search_bulk) BEGIN"
    + _REMOVE.format(rowid="(SELECT id FROM client_search_row WHERE client_id = new.id)")
    + _add("new")
    + "END",
    "CREATE TRIGGER client_search_after_update "
    "AFTER UPDATE OF id, search_key, deleted_at, first_name, last_name, exit_date ON client BEGIN"
    + _REMOVE.format(rowid="old.rowid")
    + _add("new")
    + "END",
    "CREATE TRIGGER client_search_after_delete AFTER DELETE ON client BEGIN"
    + _REMOVE.format(rowid="old.rowid")
    + "END",
    "CREATE TRIGGER client_search_bulk_done AFTER DELETE ON client_search_bulk BEGIN" + _BULK_DONE + "END",
)

FILL = (
    """INSERT INTO client_search (rowid, words)
        SELECT rowid, '  ' || replace(search_key, ' ', '  ') || '  ' FROM client
        WHERE deleted_at IS NULL AND search_key <> ''""",
    """INSERT INTO client_search_row (id, client_id, last_name, first_name, ended, words)
        SELECT rowid, id, last_name, first_name, exit_date IS NOT NULL, ' ' || search_key || ' ' FROM client
        WHERE deleted_at IS NULL AND search_key <> ''""",
    "INSERT INTO client_search (client_search) VALUES ('optimize')",
)

DROP = (
    *(f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS),
    "DROP TABLE IF EXISTS client_search_bulk",
    "DROP TABLE IF EXISTS client_search_row",  # its index goes with it
    "DROP TABLE IF EXISTS client_search",
)


def is_index_table(name: str | None) -> bool:
    """Whether *name* is one of the index's tables (FTS5 makes shadow tables ``client_search_*``)."""
    return name is not None and (name == INDEX_TABLE or name.startswith(INDEX_TABLE + "_"))


def include_in_schema_comparison(name: str | None, type_: str, _parent_names: Any) -> bool:
    """An Alembic ``include_name`` hook: the index's tables are no part of the models' schema."""
    return not (type_ == "table" and is_index_table(name))


def installed(connection: Any) -> bool:
    """Whether every trigger of the index exists and no bulk insert was left unfinished.

    (*connection*: SQLAlchemy's, in a transaction.)
    """
    found = connection.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'client\\_search\\_%' ESCAPE '\\'"
    ).scalar_one()
    if int(found) != len(TRIGGERS):
        return False
    return int(connection.exec_driver_sql("SELECT count(*) FROM client_search_bulk").scalar_one()) == 0


def install(connection: Any) -> None:
    """Build the index from scratch for the clients stored (in the caller's transaction)."""
    for statement in (*DROP, *CREATE, *FILL):
        connection.exec_driver_sql(statement)


@contextlib.contextmanager
def bulk_insert(connection: Any) -> Iterator[None]:
    """Index the clients inserted inside the block set-wise at its end, not one by one as they come.

    *connection*: SQLAlchemy's, in a write transaction that rolls back on any error (as
    ``Database.transaction`` does); the block must end in that same transaction, so no other program
    ever sees the bulk row. Raised inside, the error leaves the bulk row for the rollback to remove.
    """
    connection.exec_driver_sql(
        "INSERT INTO client_search_bulk (id, after_rowid) SELECT 1, coalesce(max(rowid), 0) FROM client"
    )
    yield
    connection.exec_driver_sql("DELETE FROM client_search_bulk")
