"""Synchronised records and their fields in the user's words, for conflicts and held-back changes."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

from vauhdittamo.errors import QT_TRANSLATE_NOOP

CONTEXT = "records"

TABLE_NAMES = {
    "client": QT_TRANSLATE_NOOP("records", "Client"),
    "client_note": QT_TRANSLATE_NOOP("records", "Client note"),
    "consent": QT_TRANSLATE_NOOP("records", "Consent"),
    "guidance_visit": QT_TRANSLATE_NOOP("records", "Visit"),
    "referral": QT_TRANSLATE_NOOP("records", "Referral"),
    "referral_event": QT_TRANSLATE_NOOP("records", "Referral event"),
    "path_goal": QT_TRANSLATE_NOOP("records", "Path goal"),
    "path_step": QT_TRANSLATE_NOOP("records", "Path step"),
    "competence_certificate": QT_TRANSLATE_NOOP("records", "Competence certificate"),
    "workshop": QT_TRANSLATE_NOOP("records", "Workshop"),
    "workshop_schedule_slot": QT_TRANSLATE_NOOP("records", "Workshop schedule"),
    "workshop_facilitator": QT_TRANSLATE_NOOP("records", "Workshop facilitator"),
    "workshop_enrolment": QT_TRANSLATE_NOOP("records", "Workshop enrolment"),
    "workshop_session": QT_TRANSLATE_NOOP("records", "Workshop session"),
    "attendance_mark": QT_TRANSLATE_NOOP("records", "Attendance mark"),
    "staff_member": QT_TRANSLATE_NOOP("records", "Staff member"),
    "partner_organisation": QT_TRANSLATE_NOOP("records", "Partner"),
    "partner_service": QT_TRANSLATE_NOOP("records", "Partner service"),
    "visit_topic": QT_TRANSLATE_NOOP("records", "Visit topic"),
    "audit_entry": QT_TRANSLATE_NOOP("records", "Audit entry"),
    "sync_conflict": QT_TRANSLATE_NOOP("records", "Sync conflict"),
}

FIELD_NAMES = {
    "first_name": QT_TRANSLATE_NOOP("records", "first name"),
    "last_name": QT_TRANSLATE_NOOP("records", "last name"),
    "birth_date": QT_TRANSLATE_NOOP("records", "date of birth"),
    "personal_id": QT_TRANSLATE_NOOP("records", "identity code"),
    "municipality": QT_TRANSLATE_NOOP("records", "municipality"),
    "village": QT_TRANSLATE_NOOP("records", "village"),
    "language": QT_TRANSLATE_NOOP("records", "language"),
    "phone": QT_TRANSLATE_NOOP("records", "phone"),
    "email": QT_TRANSLATE_NOOP("records", "e-mail"),
    "address": QT_TRANSLATE_NOOP("records", "address"),
    "personal_coach_id": QT_TRANSLATE_NOOP("records", "personal coach"),
    "exit_date": QT_TRANSLATE_NOOP("records", "exit date"),
    "exit_outcome": QT_TRANSLATE_NOOP("records", "exit outcome"),
    "client_id": QT_TRANSLATE_NOOP("records", "client"),
    "staff_id": QT_TRANSLATE_NOOP("records", "staff member"),
    "note": QT_TRANSLATE_NOOP("records", "note"),
    "text": QT_TRANSLATE_NOOP("records", "text"),
    "reason": QT_TRANSLATE_NOOP("records", "reason"),
    "status": QT_TRANSLATE_NOOP("records", "status"),
    "name": QT_TRANSLATE_NOOP("records", "name"),
    "display_name": QT_TRANSLATE_NOOP("records", "name"),
    "role": QT_TRANSLATE_NOOP("records", "role"),
    "active": QT_TRANSLATE_NOOP("records", "active"),
    "password_hash": QT_TRANSLATE_NOOP("records", "password"),
    "title": QT_TRANSLATE_NOOP("records", "title"),
    "description": QT_TRANSLATE_NOOP("records", "description"),
    "place": QT_TRANSLATE_NOOP("records", "place"),
    "capacity": QT_TRANSLATE_NOOP("records", "capacity"),
    "session_date": QT_TRANSLATE_NOOP("records", "date"),
    "start_time": QT_TRANSLATE_NOOP("records", "start time"),
    "end_time": QT_TRANSLATE_NOOP("records", "end time"),
    "cancelled": QT_TRANSLATE_NOOP("records", "cancelled"),
    "cancel_reason": QT_TRANSLATE_NOOP("records", "reason for cancelling"),
    "next_step": QT_TRANSLATE_NOOP("records", "next step"),
    "next_step_date": QT_TRANSLATE_NOOP("records", "next step's date"),
    "topics": QT_TRANSLATE_NOOP("records", "topics"),
    "channel": QT_TRANSLATE_NOOP("records", "channel"),
    "visited_at": QT_TRANSLATE_NOOP("records", "time of visit"),
    "urgency": QT_TRANSLATE_NOOP("records", "urgency"),
    "response_due": QT_TRANSLATE_NOOP("records", "response due"),
    "assessment_result": QT_TRANSLATE_NOOP("records", "assessment result"),
    "contact_person": QT_TRANSLATE_NOOP("records", "contact person"),
    "opening_hours": QT_TRANSLATE_NOOP("records", "opening hours"),
    "deleted_at": QT_TRANSLATE_NOOP("records", "removed"),
    "anonymised_at": QT_TRANSLATE_NOOP("records", "anonymised"),
    "created_at": QT_TRANSLATE_NOOP("records", "created"),
    "updated_at": QT_TRANSLATE_NOOP("records", "changed"),
}


def table_name(table: str) -> str:
    """A kind of record in the user's language (the table's own name when it has no words yet)."""
    source = TABLE_NAMES.get(table)
    return QCoreApplication.translate(CONTEXT, source) if source else table


def field_name(column: str) -> str:
    """A field in the user's language (the column's own name when it has no words yet)."""
    source = FIELD_NAMES.get(column)
    return QCoreApplication.translate(CONTEXT, source) if source else column


def reason_text(reason: str) -> str:
    """A reason recorded by the sync (``template`` or ``template\\x1f{json params}``), translated and filled."""
    template, _sep, raw = reason.partition("\x1f")
    translated = QCoreApplication.translate("sync", template)
    if not raw:
        return translated
    try:
        params = json.loads(raw)
    except ValueError:
        return translated
    if not isinstance(params, dict):
        return translated
    filled = {
        key: field_name(str(value)) if key == "column" else table_name(str(value)) if key == "table" else value
        for key, value in params.items()
    }
    try:
        return translated.format(**filled)
    except (KeyError, IndexError, ValueError):
        return template.format(**filled) if "{" in template else translated
