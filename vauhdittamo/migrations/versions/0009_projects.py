"""ESF+ projects and participants: entry data, exit situation and the six-month follow-up.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
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


def _answer(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.String(length=40), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "project",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("funder", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("participant_target", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
    )
    op.create_table(
        "project_participant",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        _answer("gender"),
        _answer("age_band"),
        _answer("labour_status"),
        _answer("education_level"),
        _answer("rural"),
        _answer("disability"),
        _answer("foreign_background"),
        _answer("third_country_national"),
        _answer("minority"),
        _answer("homeless"),
        sa.Column("exit_date", sa.Date(), nullable=True),
        _answer("exit_outcome", nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        _answer("follow_up_employed", nullable=True),
        _answer("follow_up_improved", nullable=True),
        sa.Column("follow_up_by_id", sa.String(length=36), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_project_participant_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_by_id"], ["staff_member.id"],
            name=op.f("fk_project_participant_follow_up_by_id_staff_member"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_participant_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_participant")),
        sa.UniqueConstraint("project_id", "client_id", name=op.f("uq_project_participant_project_id")),
    )
    with op.batch_alter_table("project_participant") as batch_op:
        batch_op.create_index("ix_project_participant_client", ["client_id"], unique=False)
        batch_op.create_index("ix_project_participant_entry", ["entry_date"], unique=False)
        batch_op.create_index("ix_project_participant_exit", ["exit_date"], unique=False)


def downgrade() -> None:
    op.drop_table("project_participant")
    op.drop_table("project")
