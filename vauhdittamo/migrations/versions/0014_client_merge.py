"""Client merges: the merged-away record points to the kept one.

A merged-away client becomes a tombstone (``deleted_at`` set) whose ``merged_into_id`` names the record
everything about the person now belongs to. No foreign key: a scoped laptop may hold one without the other.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, never a batch copy of the table: the client table's search-index triggers stay.
    op.add_column("client", sa.Column("merged_into_id", sa.String(length=36), nullable=True))
    op.create_index("ix_client_merged_into", "client", ["merged_into_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_client_merged_into", table_name="client")
    op.drop_column("client", "merged_into_id")
