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
    "project": QT_TRANSLATE_NOOP("records", "Project"),
    "project_participant": QT_TRANSLATE_NOOP("records", "Project participant"),
    "outreach_list": QT_TRANSLATE_NOOP("records", "Outreach list"),
    "outreach_entry": QT_TRANSLATE_NOOP("records", "Person to reach"),
    "outreach_attempt": QT_TRANSLATE_NOOP("records", "Contact attempt"),
    "duplicate_dismissal": QT_TRANSLATE_NOOP("records", "Not the same person"),
    "audit_entry": QT_TRANSLATE_NOOP("records", "Audit entry"),
    "sync_conflict": QT_TRANSLATE_NOOP("records", "Sync conflict"),
}

# Every column of every synchronised table, in words (tests/gui/test_conflicts_dialog.py checks it is complete).
FIELD_NAMES = {
    # people and their details
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
    "search_key": QT_TRANSLATE_NOOP("records", "search key"),
    "personal_coach_id": QT_TRANSLATE_NOOP("records", "personal coach"),
    "exit_date": QT_TRANSLATE_NOOP("records", "exit date"),
    "exit_outcome": QT_TRANSLATE_NOOP("records", "exit outcome"),
    "anonymised_at": QT_TRANSLATE_NOOP("records", "anonymised"),
    "merged_into_id": QT_TRANSLATE_NOOP("records", "merged into"),
    "client_id": QT_TRANSLATE_NOOP("records", "client"),
    "staff_id": QT_TRANSLATE_NOOP("records", "staff member"),
    "display_name": QT_TRANSLATE_NOOP("records", "name"),
    "organisation": QT_TRANSLATE_NOOP("records", "organisation"),
    "role": QT_TRANSLATE_NOOP("records", "role"),
    "active": QT_TRANSLATE_NOOP("records", "active"),
    "password_hash": QT_TRANSLATE_NOOP("records", "password"),
    "password_set_at": QT_TRANSLATE_NOOP("records", "password set"),
    # notes, consents, paths, certificates
    "note": QT_TRANSLATE_NOOP("records", "note"),
    "text": QT_TRANSLATE_NOOP("records", "text"),
    "written_at": QT_TRANSLATE_NOOP("records", "time of writing"),
    "kind": QT_TRANSLATE_NOOP("records", "kind"),
    "partner_category": QT_TRANSLATE_NOOP("records", "partner category"),
    "given_at": QT_TRANSLATE_NOOP("records", "given"),
    "given_by_id": QT_TRANSLATE_NOOP("records", "recorded by"),
    "withdrawn_at": QT_TRANSLATE_NOOP("records", "withdrawn"),
    "withdrawn_by_id": QT_TRANSLATE_NOOP("records", "withdrawal recorded by"),
    "title": QT_TRANSLATE_NOOP("records", "title"),
    "description": QT_TRANSLATE_NOOP("records", "description"),
    "target_date": QT_TRANSLATE_NOOP("records", "target date"),
    "state": QT_TRANSLATE_NOOP("records", "state"),
    "position": QT_TRANSLATE_NOOP("records", "order"),
    "goal_id": QT_TRANSLATE_NOOP("records", "goal"),
    "done_on": QT_TRANSLATE_NOOP("records", "done on"),
    "competence_area": QT_TRANSLATE_NOOP("records", "competence area"),
    "qualification": QT_TRANSLATE_NOOP("records", "qualification"),
    "awarded_on": QT_TRANSLATE_NOOP("records", "awarded on"),
    "assessed_by_id": QT_TRANSLATE_NOOP("records", "assessed by"),
    "assessor_name": QT_TRANSLATE_NOOP("records", "assessor"),
    # visits
    "visited_at": QT_TRANSLATE_NOOP("records", "time of visit"),
    "duration_minutes": QT_TRANSLATE_NOOP("records", "duration"),
    "topics": QT_TRANSLATE_NOOP("records", "topics"),
    "channel": QT_TRANSLATE_NOOP("records", "channel"),
    "age_group": QT_TRANSLATE_NOOP("records", "age group"),
    "next_step": QT_TRANSLATE_NOOP("records", "next step"),
    "next_step_date": QT_TRANSLATE_NOOP("records", "next step's date"),
    "next_step_done": QT_TRANSLATE_NOOP("records", "next step done"),
    "code": QT_TRANSLATE_NOOP("records", "code"),
    "label": QT_TRANSLATE_NOOP("records", "label"),
    # referrals and partners
    "reason": QT_TRANSLATE_NOOP("records", "reason"),
    "status": QT_TRANSLATE_NOOP("records", "status"),
    "urgency": QT_TRANSLATE_NOOP("records", "urgency"),
    "response_due": QT_TRANSLATE_NOOP("records", "response due"),
    "assessment_result": QT_TRANSLATE_NOOP("records", "assessment result"),
    "shares_data": QT_TRANSLATE_NOOP("records", "shares the client's data"),
    "consent_override_reason": QT_TRANSLATE_NOOP("records", "reason for going ahead without consent"),
    "consent_override_by_id": QT_TRANSLATE_NOOP("records", "went ahead without consent"),
    "consent_override_at": QT_TRANSLATE_NOOP("records", "went ahead without consent on"),
    "partner_service_id": QT_TRANSLATE_NOOP("records", "partner service"),
    "referral_id": QT_TRANSLATE_NOOP("records", "referral"),
    "occurred_at": QT_TRANSLATE_NOOP("records", "time"),
    "name": QT_TRANSLATE_NOOP("records", "name"),
    "category": QT_TRANSLATE_NOOP("records", "category"),
    "contact_person": QT_TRANSLATE_NOOP("records", "contact person"),
    "opening_hours": QT_TRANSLATE_NOOP("records", "opening hours"),
    "organisation_id": QT_TRANSLATE_NOOP("records", "partner"),
    "accepts_referrals": QT_TRANSLATE_NOOP("records", "takes referrals"),
    "response_days": QT_TRANSLATE_NOOP("records", "response time (days)"),
    # workshops and attendance
    "workshop_id": QT_TRANSLATE_NOOP("records", "workshop"),
    "place": QT_TRANSLATE_NOOP("records", "place"),
    "capacity": QT_TRANSLATE_NOOP("records", "capacity"),
    "start_date": QT_TRANSLATE_NOOP("records", "first day"),
    "end_date": QT_TRANSLATE_NOOP("records", "last day"),
    "weekday": QT_TRANSLATE_NOOP("records", "weekday"),
    "slot_id": QT_TRANSLATE_NOOP("records", "weekly schedule"),
    "session_date": QT_TRANSLATE_NOOP("records", "date"),
    "start_time": QT_TRANSLATE_NOOP("records", "start time"),
    "end_time": QT_TRANSLATE_NOOP("records", "end time"),
    "cancelled": QT_TRANSLATE_NOOP("records", "cancelled"),
    "cancel_reason": QT_TRANSLATE_NOOP("records", "reason for cancelling"),
    "anonymous_count": QT_TRANSLATE_NOOP("records", "anonymous head count"),
    "enrolled_on": QT_TRANSLATE_NOOP("records", "enrolled on"),
    "left_on": QT_TRANSLATE_NOOP("records", "left on"),
    "session_id": QT_TRANSLATE_NOOP("records", "session"),
    "drop_in": QT_TRANSLATE_NOOP("records", "drop-in"),
    "time_in": QT_TRANSLATE_NOOP("records", "time in"),
    "time_out": QT_TRANSLATE_NOOP("records", "time out"),
    "marked_by_id": QT_TRANSLATE_NOOP("records", "marked by"),
    # outreach lists and possible duplicates
    "villages": QT_TRANSLATE_NOOP("records", "villages"),
    "closed_at": QT_TRANSLATE_NOOP("records", "closed"),
    "closed_by_id": QT_TRANSLATE_NOOP("records", "closed by"),
    "list_id": QT_TRANSLATE_NOOP("records", "outreach list"),
    "assigned_to_id": QT_TRANSLATE_NOOP("records", "outreach worker"),
    "erased_at": QT_TRANSLATE_NOOP("records", "erased"),
    "entry_id": QT_TRANSLATE_NOOP("records", "person to reach"),
    "attempted_on": QT_TRANSLATE_NOOP("records", "date of the attempt"),
    "outcome": QT_TRANSLATE_NOOP("records", "outcome"),
    "next_try_on": QT_TRANSLATE_NOOP("records", "next try"),
    "first_client_id": QT_TRANSLATE_NOOP("records", "client"),
    "second_client_id": QT_TRANSLATE_NOOP("records", "other client"),
    "dismissed_by_id": QT_TRANSLATE_NOOP("records", "marked by"),
    "dismissed_at": QT_TRANSLATE_NOOP("records", "marked"),
    # projects and participants
    "funder": QT_TRANSLATE_NOOP("records", "funder"),
    "participant_target": QT_TRANSLATE_NOOP("records", "participant target"),
    "project_id": QT_TRANSLATE_NOOP("records", "project"),
    "entry_date": QT_TRANSLATE_NOOP("records", "entry date"),
    "gender": QT_TRANSLATE_NOOP("records", "gender"),
    "age_band": QT_TRANSLATE_NOOP("records", "age band"),
    "labour_status": QT_TRANSLATE_NOOP("records", "labour-market status"),
    "education_level": QT_TRANSLATE_NOOP("records", "education level"),
    "rural": QT_TRANSLATE_NOOP("records", "lives in a rural area"),
    "disability": QT_TRANSLATE_NOOP("records", "disability"),
    "foreign_background": QT_TRANSLATE_NOOP("records", "foreign background"),
    "third_country_national": QT_TRANSLATE_NOOP("records", "third-country national"),
    "minority": QT_TRANSLATE_NOOP("records", "minority"),
    "homeless": QT_TRANSLATE_NOOP("records", "homeless"),
    "follow_up_on": QT_TRANSLATE_NOOP("records", "follow-up date"),
    "follow_up_employed": QT_TRANSLATE_NOOP("records", "employed at follow-up"),
    "follow_up_improved": QT_TRANSLATE_NOOP("records", "situation improved at follow-up"),
    "follow_up_by_id": QT_TRANSLATE_NOOP("records", "follow-up recorded by"),
    # the audit trail and the conflicts themselves
    "action": QT_TRANSLATE_NOOP("records", "action"),
    "entity_type": QT_TRANSLATE_NOOP("records", "kind of record"),
    "entity_id": QT_TRANSLATE_NOOP("records", "record"),
    "detail": QT_TRANSLATE_NOOP("records", "detail"),
    "table_name": QT_TRANSLATE_NOOP("records", "kind of record"),
    "row_id": QT_TRANSLATE_NOOP("records", "record"),
    "column_name": QT_TRANSLATE_NOOP("records", "field"),
    "losing_value": QT_TRANSLATE_NOOP("records", "the other value"),
    "losing_hlc": QT_TRANSLATE_NOOP("records", "time of the other value"),
    "resolved_at": QT_TRANSLATE_NOOP("records", "settled"),
    "resolved_by_id": QT_TRANSLATE_NOOP("records", "settled by"),
    "resolution": QT_TRANSLATE_NOOP("records", "settlement"),
    # bookkeeping of every record
    "id": QT_TRANSLATE_NOOP("records", "identifier"),
    "device_id": QT_TRANSLATE_NOOP("records", "device"),
    "updated_by_id": QT_TRANSLATE_NOOP("records", "changed by"),
    "deleted_at": QT_TRANSLATE_NOOP("records", "removed"),
    "created_at": QT_TRANSLATE_NOOP("records", "created"),
    "updated_at": QT_TRANSLATE_NOOP("records", "changed"),
}

# Where one column name means something else in one table.
TABLE_FIELD_NAMES = {
    ("consent", "kind"): QT_TRANSLATE_NOOP("records", "kind of consent"),
    ("workshop", "kind"): QT_TRANSLATE_NOOP("records", "kind of workshop"),
    ("sync_conflict", "kind"): QT_TRANSLATE_NOOP("records", "kind of conflict"),
    ("attendance_mark", "status"): QT_TRANSLATE_NOOP("records", "attendance"),
    ("referral", "staff_id"): QT_TRANSLATE_NOOP("records", "referred by"),
    ("guidance_visit", "staff_id"): QT_TRANSLATE_NOOP("records", "helped by"),
    ("workshop_facilitator", "staff_id"): QT_TRANSLATE_NOOP("records", "facilitator"),
    ("project", "code"): QT_TRANSLATE_NOOP("records", "project code"),
    ("visit_topic", "code"): QT_TRANSLATE_NOOP("records", "topic code"),
    ("visit_topic", "label"): QT_TRANSLATE_NOOP("records", "topic name"),
}


def table_name(table: str) -> str:
    """A kind of record in the user's language (the table's own name when it has no words yet)."""
    source = TABLE_NAMES.get(table)
    return QCoreApplication.translate(CONTEXT, source) if source else table


def field_name(column: str, table: str = "") -> str:
    """A field (of *table*, where it matters) in the user's language (the column's own name when unknown)."""
    source = TABLE_FIELD_NAMES.get((table, column)) or FIELD_NAMES.get(column)
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
    table = str(params.get("table", ""))
    filled = {
        key: field_name(str(value), table) if key == "column" else table_name(str(value)) if key == "table" else value
        for key, value in params.items()
    }
    try:
        return translated.format(**filled)
    except (KeyError, IndexError, ValueError):
        return template.format(**filled) if "{" in template else translated
