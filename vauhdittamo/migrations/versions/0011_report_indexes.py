"""Covering indexes for the period report: visits by time, and referrals' "sent" events.

The period report counts a year of visits (about 200,000 at 50,000 clients) by month, channel, age group
and topics, and finds when each referral was first sent. Read through the narrow indexes, each row costs a
random read of its table page; these indexes hold every column those queries read, in time order.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("guidance_visit") as batch_op:
        batch_op.create_index(
            "ix_guidance_visit_report",
            ["visited_at", "deleted_at", "client_id", "channel", "age_group", "topics"],
            unique=False,
        )
    with op.batch_alter_table("referral_event") as batch_op:
        batch_op.create_index(
            "ix_referral_event_sent", ["status", "occurred_at", "referral_id", "deleted_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("referral_event") as batch_op:
        batch_op.drop_index("ix_referral_event_sent")
    with op.batch_alter_table("guidance_visit") as batch_op:
        batch_op.drop_index("ix_guidance_visit_report")
