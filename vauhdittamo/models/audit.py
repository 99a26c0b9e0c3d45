"""The audit trail: who saw or changed what, when and on which device. Append-only."""

from __future__ import annotations

import enum

from sqlalchemy import DDL, ForeignKey, Index, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from vauhdittamo.models.base import Base, SyncedMixin, str_enum


class AuditAction(enum.StrEnum):
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_OUT = "sign_out"
    SCREEN_LOCKED = "screen_locked"
    CLIENT_VIEWED = "client_viewed"  # a client card was opened
    CLIENT_CREATED = "client_created"
    CLIENT_CHANGED = "client_changed"
    CONSENT_OVERRIDDEN = "consent_overridden"  # a referral sent without the consent it needs
    REFERRAL_DETAILS_VIEWED = "referral_details_viewed"  # health-related referral details
    EXPORTED = "exported"
    IMPORTED = "imported"
    STAFF_CHANGED = "staff_changed"
    RETENTION_CHANGED = "retention_changed"
    CLIENT_ANONYMISED = "client_anonymised"
    CLIENT_ERASED = "client_erased"
    SUBJECT_ACCESS_EXPORT = "subject_access_export"
    ACCESS_DENIED = "access_denied"
    CONFLICT_SETTLED = "conflict_settled"  # a sync conflict settled: kept, or the other value taken
    COACH_ASSIGNED = "coach_assigned"  # a client's personal coach chosen, changed or removed
    REFERRAL_LETTER = "referral_letter"  # a referral letter opened, printed or saved (detail: letter=...)
    PARTICIPANT_DETAILS_VIEWED = "participant_details_viewed"  # a participant's sensitive entry data
    PROJECT_CHANGED = "project_changed"  # a project (hanke) added or changed
    OUTREACH_LIST_CHANGED = "outreach_list_changed"  # an outreach list made, changed, filled, assigned or closed
    OUTREACH_ERASED = "outreach_erased"  # the personal data of an outreach list's entries erased (counts stay)
    CLIENTS_MERGED = "clients_merged"  # two records of one person merged (entity: the kept client)
    DUPLICATE_DISMISSED = "duplicate_dismissed"  # two records marked not the same person (or the mark undone)


class AuditEntry(SyncedMixin, Base):
    """One event: ``created_at`` is when it happened, ``staff_id`` who did it (``None``: the system).

    ``detail`` names fields and counts, never personal data (no names, no note texts), so the trail itself
    needs no erasure when a client is anonymised. SQLite triggers refuse updates, deletes and
    replacing an entry (``INSERT OR REPLACE`` / ``REPLACE INTO``).
    """

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_created", "created_at"),
        Index("ix_audit_entry_entity", "entity_type", "entity_id"),
    )

    action: Mapped[AuditAction] = mapped_column(str_enum(AuditAction, length=40))
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), default=None)
    entity_type: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str | None] = mapped_column(String(36), default=None)
    detail: Mapped[str] = mapped_column(Text, default="")


APPEND_ONLY_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS audit_entry_no_update BEFORE UPDATE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    # INSERT OR REPLACE / REPLACE INTO would delete the entry and insert another (no DELETE trigger
    # fires for that); this runs before the conflict is resolved (migration 0008).
    "CREATE TRIGGER IF NOT EXISTS audit_entry_no_replace BEFORE INSERT ON audit_entry "
    "WHEN EXISTS (SELECT 1 FROM audit_entry WHERE id = NEW.id) "
    "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
)

for _statement in APPEND_ONLY_TRIGGERS:
    event.listen(AuditEntry.__table__, "after_create", DDL(_statement).execute_if(dialect="sqlite"))  # type: ignore[no-untyped-call]
