"""Pairs of client records marked not the same person.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "duplicate_dismissal",
        sa.Column("first_client_id", sa.String(length=36), nullable=False),
        sa.Column("second_client_id", sa.String(length=36), nullable=False),
        sa.Column("dismissed_by_id", sa.String(length=36), nullable=True),
        sa.Column("dismissed_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.String(length=36), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["first_client_id"], ["client.id"], name=op.f("fk_duplicate_dismissal_first_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["dismissed_by_id"],
            ["staff_member.id"],
            name=op.f("fk_duplicate_dismissal_dismissed_by_id_staff_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_dismissal")),
        sa.UniqueConstraint("first_client_id", "second_client_id", name=op.f("uq_duplicate_dismissal_first_client_id")),
    )
    with op.batch_alter_table("duplicate_dismissal") as batch_op:
        batch_op.create_index("ix_duplicate_dismissal_second", ["second_client_id"], unique=False)


def downgrade() -> None:
    op.drop_table("duplicate_dismissal")
