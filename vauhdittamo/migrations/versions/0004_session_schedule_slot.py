"""Workshop sessions remember the weekly schedule slot they were generated from.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workshop_session") as batch_op:
        batch_op.add_column(sa.Column("slot_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(
            "fk_workshop_session_slot_id_workshop_schedule_slot", "workshop_schedule_slot", ["slot_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("workshop_session") as batch_op:
        batch_op.drop_constraint("fk_workshop_session_slot_id_workshop_schedule_slot", type_="foreignkey")
        batch_op.drop_column("slot_id")
