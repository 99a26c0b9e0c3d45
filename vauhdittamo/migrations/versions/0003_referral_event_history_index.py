"""An index that finds a referral's newest status event without sorting.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("referral_event") as batch_op:
        batch_op.create_index("ix_referral_event_history", ["referral_id", "occurred_at", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("referral_event") as batch_op:
        batch_op.drop_index("ix_referral_event_history")
