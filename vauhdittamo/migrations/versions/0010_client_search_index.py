"""The client search index: an FTS5 trigram index and a compact name-ordered table, kept by triggers.

Search as you type at municipal scale: ``LIKE '%word%'`` on ``client.search_key`` read every client.
``client_search`` (FTS5, trigram tokenizer, contentless) finds the clients whose search key holds a
word of three letters or more anywhere, or a word that starts with one or two letters; the compact
``client_search_row`` ranks and sorts them in name order. Triggers on ``client`` keep both right for
every kind of write. Neither is part of the SQLAlchemy models (see ``vauhdittamo.search_index``).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# A frozen copy of vauhdittamo.search_index.CREATE and FILL (migrations never import the app's code).
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
    "CREATE TRIGGER client_search_after_insert AFTER INSERT ON client BEGIN"
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
    "DROP TRIGGER IF EXISTS client_search_after_insert",
    "DROP TRIGGER IF EXISTS client_search_after_update",
    "DROP TRIGGER IF EXISTS client_search_after_delete",
    "DROP TABLE IF EXISTS client_search_row",
    "DROP TABLE IF EXISTS client_search",
)


def upgrade() -> None:
    for statement in (*CREATE, *FILL):
        op.execute(statement)


def downgrade() -> None:
    for statement in DROP:
        op.execute(statement)
