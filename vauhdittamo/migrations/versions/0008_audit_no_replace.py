"""The audit trail append-only also against INSERT OR REPLACE / REPLACE INTO.

``REPLACE`` deletes the row with the same key and inserts the new one; SQLite fires no DELETE
trigger for that deletion (recursive triggers are off), so the UPDATE and DELETE triggers of 0005 do
not see it. A BEFORE INSERT trigger runs before the conflict is resolved: it refuses any insert of
an id the trail already holds.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from alembic import op

# The same statement as in vauhdittamo.models.audit.APPEND_ONLY_TRIGGERS (migrations never import the models).
NO_REPLACE_TRIGGER = (
    "CREATE TRIGGER IF NOT EXISTS audit_entry_no_replace BEFORE INSERT ON audit_entry "
    "WHEN EXISTS (SELECT 1 FROM audit_entry WHERE id = NEW.id) "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
)

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(NO_REPLACE_TRIGGER)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_replace")
