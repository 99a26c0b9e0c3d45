"""The client search index takes many new clients at once set-wise (an import batch).

One by one, each new client's trigger costs the FTS5 index a flush of its pending terms: 50,000
clients took ~6 s to index, ~1 s set-wise. While ``client_search_bulk`` holds its one row (added and
deleted inside one writer's transaction, so no other program ever sees it), the insert trigger leaves
new clients alone; deleting the row indexes every client inserted since it was added. See
``vauhdittamo.search_index``. The plain index on ``client.search_key``, which no query used, goes.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# A frozen copy of the statements of vauhdittamo.search_index (migrations never import the app's code).
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
_INSERT_BODY = (
    _REMOVE.format(rowid="(SELECT id FROM client_search_row WHERE client_id = new.id)")
    + _ADD.format(r="new", live=_LIVE.format(r="new"))
)
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

UPGRADE = (
    "CREATE TABLE client_search_bulk (id INTEGER PRIMARY KEY CHECK (id = 1), after_rowid INTEGER NOT NULL)",
    "DROP TRIGGER IF EXISTS client_search_after_insert",
    "CREATE TRIGGER client_search_after_insert AFTER INSERT ON client "
    "WHEN NOT EXISTS (SELECT 1 FROM client_search_bulk) BEGIN" + _INSERT_BODY + "END",
    "CREATE TRIGGER client_search_bulk_done AFTER DELETE ON client_search_bulk BEGIN" + _BULK_DONE + "END",
)

DOWNGRADE = (
    "DROP TRIGGER IF EXISTS client_search_bulk_done",
    "DROP TRIGGER IF EXISTS client_search_after_insert",
    "CREATE TRIGGER client_search_after_insert AFTER INSERT ON client BEGIN" + _INSERT_BODY + "END",
    "DROP TABLE IF EXISTS client_search_bulk",
)


def upgrade() -> None:
    for statement in UPGRADE:
        op.execute(statement)
    # Search reads the FTS5 index; a plain index on the search key served no query (LIKE '%…%' cannot use
    # it) and cost every import batch a rewrite of its pages.
    op.drop_index("ix_client_search_key", table_name="client")


def downgrade() -> None:
    op.create_index("ix_client_search_key", "client", ["search_key"], unique=False)
    for statement in DOWNGRADE:
        op.execute(statement)
