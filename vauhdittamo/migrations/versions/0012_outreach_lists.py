"""Outreach lists, their entries and contact attempts (filled by the outreach work).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.String(length=36), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "outreach_list",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("villages", sa.String(length=1000), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by_id", sa.String(length=36), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["staff_member.id"], name=op.f("fk_outreach_list_closed_by_id_staff_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_list")),
    )
    op.create_table(
        "outreach_entry",
        sa.Column("list_id", sa.String(length=36), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("village", sa.String(length=100), nullable=False),
        sa.Column("assigned_to_id", sa.String(length=36), nullable=True),
        sa.Column("client_id", sa.String(length=36), nullable=True),
        sa.Column("erased_at", sa.DateTime(), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["assigned_to_id"], ["staff_member.id"], name=op.f("fk_outreach_entry_assigned_to_id_staff_member")
        ),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], name=op.f("fk_outreach_entry_client_id_client")),
        sa.ForeignKeyConstraint(
            ["list_id"], ["outreach_list.id"], name=op.f("fk_outreach_entry_list_id_outreach_list")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_entry")),
    )
    with op.batch_alter_table("outreach_entry") as batch_op:
        batch_op.create_index("ix_outreach_entry_list", ["list_id", "village"], unique=False)
        batch_op.create_index("ix_outreach_entry_assigned", ["assigned_to_id"], unique=False)
        batch_op.create_index("ix_outreach_entry_client", ["client_id"], unique=False)
    op.create_table(
        "outreach_attempt",
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("channel", sa.String(length=40), nullable=False),
        sa.Column("attempted_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("next_try_on", sa.Date(), nullable=True),
        sa.Column("staff_id", sa.String(length=36), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["outreach_entry.id"], name=op.f("fk_outreach_attempt_entry_id_outreach_entry")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_member.id"], name=op.f("fk_outreach_attempt_staff_id_staff_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_attempt")),
    )
    with op.batch_alter_table("outreach_attempt") as batch_op:
        batch_op.create_index("ix_outreach_attempt_entry", ["entry_id", "attempted_on"], unique=False)


def downgrade() -> None:
    op.drop_table("outreach_attempt")
    op.drop_table("outreach_entry")
    op.drop_table("outreach_list")
