"""The centre's editable list of visit topics, seeded with the built-in ones.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Built-in topic codes in their order; keys are fixed so that every device has the same rows.
BUILTIN_CODES = ("job_search", "education", "benefits", "housing", "health", "life_skills", "cv", "workshops", "other")


def upgrade() -> None:
    table = op.create_table(
        "visit_topic",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.String(length=36), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_topic")),
        sa.UniqueConstraint("code", name=op.f("uq_visit_topic_code")),
    )
    epoch = dt.datetime(2026, 1, 1)
    op.bulk_insert(
        table,
        [
            {
                "code": code,
                "label": "",
                "position": n,
                "active": True,
                "id": f"00000000-0000-7000-8000-{n:012d}",
                "created_at": epoch,
                "updated_at": epoch,
                "updated_by_id": None,
                "device_id": "builtin",
                "deleted_at": None,
            }
            for n, code in enumerate(BUILTIN_CODES, start=1)
        ],
    )


def downgrade() -> None:
    op.drop_table("visit_topic")
