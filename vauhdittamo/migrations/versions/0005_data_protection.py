"""Data protection: staff passwords, the append-only audit trail, anonymisation.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

# The same statements as vauhdittamo.models.audit.APPEND_ONLY_TRIGGERS (migrations never import the models).
APPEND_ONLY_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS audit_entry_no_update BEFORE UPDATE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
)
revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

AUDIT_ACTIONS = (
    "sign_in", "sign_in_failed", "sign_out", "screen_locked", "client_viewed", "client_created", "client_changed",
    "consent_overridden", "referral_details_viewed", "exported", "imported", "staff_changed", "retention_changed",
    "client_anonymised", "client_erased", "subject_access_export", "access_denied",
)


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("action", sa.Enum(*AUDIT_ACTIONS, name="auditaction", native_enum=False, length=40), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=True),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.String(length=36), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_member.id"], name=op.f("fk_audit_entry_staff_id_staff_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry") as batch_op:
        batch_op.create_index("ix_audit_entry_created", ["created_at"], unique=False)
        batch_op.create_index("ix_audit_entry_entity", ["entity_type", "entity_id"], unique=False)
    for statement in APPEND_ONLY_TRIGGERS:
        op.execute(statement)

    with op.batch_alter_table("staff_member") as batch_op:
        batch_op.add_column(sa.Column("password_hash", sa.String(length=200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("password_set_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(), nullable=True))
    with op.batch_alter_table("client") as batch_op:
        batch_op.add_column(sa.Column("anonymised_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("attendance_mark") as batch_op:
        batch_op.add_column(
            sa.Column(
                "age_group",
                sa.Enum("under_30", "30_plus", "unknown", name="agegroup", native_enum=False, length=40),
                nullable=True,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("attendance_mark") as batch_op:
        batch_op.drop_column("age_group")
    with op.batch_alter_table("client") as batch_op:
        batch_op.drop_column("anonymised_at")
    with op.batch_alter_table("staff_member") as batch_op:
        for column in ("locked_until", "failed_sign_ins", "password_set_at", "password_hash"):
            batch_op.drop_column(column)
    op.drop_table("audit_entry")
