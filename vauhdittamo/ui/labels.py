"""Translatable display names of the domain's coded values."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from vauhdittamo.errors import QT_TRANSLATE_NOOP
from vauhdittamo.models import (
    AgeBand,
    AgeGroup,
    Answer,
    AttendanceStatus,
    AuditAction,
    ConsentKind,
    EducationLevel,
    ExitOutcome,
    Gender,
    LabourStatus,
    Language,
    PartnerCategory,
    PathState,
    ReferralStatus,
    StaffRole,
    VisitChannel,
    VisitTopic,
    WorkshopKind,
)
from vauhdittamo.services.client_card import TimelineKind
from vauhdittamo.services.erasure_reasons import ErasureReason
from vauhdittamo.services.topics import Topic

_CONTEXT = "labels"

_LABEL_LIST: list[tuple[Enum, str]] = [
    (AgeGroup.UNDER_30, QT_TRANSLATE_NOOP("labels", "Under 30")),
    (AgeGroup.AGE_30_PLUS, QT_TRANSLATE_NOOP("labels", "30 and over")),
    (AgeGroup.UNKNOWN, QT_TRANSLATE_NOOP("labels", "Age unknown")),
    (VisitChannel.WALK_IN, QT_TRANSLATE_NOOP("labels", "Walk-in")),
    (VisitChannel.PHONE, QT_TRANSLATE_NOOP("labels", "Phone")),
    (VisitChannel.OUTREACH, QT_TRANSLATE_NOOP("labels", "Outreach / village")),
    (VisitChannel.REMOTE, QT_TRANSLATE_NOOP("labels", "Remote")),
    (VisitTopic.JOB_SEARCH, QT_TRANSLATE_NOOP("labels", "Job search")),
    (VisitTopic.EDUCATION, QT_TRANSLATE_NOOP("labels", "Education and training")),
    (VisitTopic.BENEFITS, QT_TRANSLATE_NOOP("labels", "Benefits and Kela")),
    (VisitTopic.HOUSING, QT_TRANSLATE_NOOP("labels", "Housing")),
    (VisitTopic.HEALTH, QT_TRANSLATE_NOOP("labels", "Health and wellbeing")),
    (VisitTopic.LIFE_SKILLS, QT_TRANSLATE_NOOP("labels", "Everyday life skills")),
    (VisitTopic.CV, QT_TRANSLATE_NOOP("labels", "CV and applications")),
    (VisitTopic.WORKSHOPS, QT_TRANSLATE_NOOP("labels", "Workshops")),
    (VisitTopic.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (ReferralStatus.DRAFT, QT_TRANSLATE_NOOP("labels", "Draft")),
    (ReferralStatus.SENT, QT_TRANSLATE_NOOP("labels", "Sent")),
    (ReferralStatus.ACCEPTED, QT_TRANSLATE_NOOP("labels", "Accepted")),
    (ReferralStatus.DECLINED, QT_TRANSLATE_NOOP("labels", "Declined")),
    (ReferralStatus.STARTED, QT_TRANSLATE_NOOP("labels", "Started")),
    (ReferralStatus.COMPLETED, QT_TRANSLATE_NOOP("labels", "Completed")),
    (ReferralStatus.NO_SHOW, QT_TRANSLATE_NOOP("labels", "No-show")),
    (ReferralStatus.CANCELLED, QT_TRANSLATE_NOOP("labels", "Cancelled")),
    (StaffRole.FRONT_DESK, QT_TRANSLATE_NOOP("labels", "Front desk")),
    (StaffRole.OUTREACH, QT_TRANSLATE_NOOP("labels", "Outreach worker")),
    (StaffRole.COACH, QT_TRANSLATE_NOOP("labels", "Personal coach")),
    (StaffRole.COORDINATOR, QT_TRANSLATE_NOOP("labels", "Coordinator")),
    (StaffRole.ADMIN, QT_TRANSLATE_NOOP("labels", "Administrator")),
    (PartnerCategory.TE_SERVICES, QT_TRANSLATE_NOOP("labels", "TE services")),
    (PartnerCategory.KELA, QT_TRANSLATE_NOOP("labels", "Kela")),
    (PartnerCategory.SOCIAL_SERVICES, QT_TRANSLATE_NOOP("labels", "Social services")),
    (PartnerCategory.HEALTH_SERVICES, QT_TRANSLATE_NOOP("labels", "Health services")),
    (PartnerCategory.WORK_CAPACITY, QT_TRANSLATE_NOOP("labels", "Work and functional capacity assessment")),
    (PartnerCategory.EDUCATION, QT_TRANSLATE_NOOP("labels", "Education")),
    (PartnerCategory.YOUTH_SERVICES, QT_TRANSLATE_NOOP("labels", "Youth services")),
    (PartnerCategory.MUNICIPAL_SERVICES, QT_TRANSLATE_NOOP("labels", "Municipal services")),
    (PartnerCategory.THIRD_SECTOR, QT_TRANSLATE_NOOP("labels", "Third sector")),
    (PartnerCategory.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (ConsentKind.SHARE_DATA, QT_TRANSLATE_NOOP("labels", "Data sharing")),
    (ConsentKind.CONTACT_SMS, QT_TRANSLATE_NOOP("labels", "Contact by text message")),
    (ConsentKind.CONTACT_EMAIL, QT_TRANSLATE_NOOP("labels", "Contact by email")),
    (PathState.PLANNED, QT_TRANSLATE_NOOP("labels", "Planned")),
    (PathState.IN_PROGRESS, QT_TRANSLATE_NOOP("labels", "In progress")),
    (PathState.DONE, QT_TRANSLATE_NOOP("labels", "Done")),
    (PathState.DROPPED, QT_TRANSLATE_NOOP("labels", "Dropped")),
    (ExitOutcome.EMPLOYMENT, QT_TRANSLATE_NOOP("labels", "In employment (incl. self-employed)")),
    (ExitOutcome.EDUCATION, QT_TRANSLATE_NOOP("labels", "In education or training")),
    (ExitOutcome.QUALIFICATION, QT_TRANSLATE_NOOP("labels", "Gained a qualification")),
    (ExitOutcome.JOB_SEARCHING, QT_TRANSLATE_NOOP("labels", "Job searching")),
    (ExitOutcome.REHABILITATION, QT_TRANSLATE_NOOP("labels", "Rehabilitation")),
    (ExitOutcome.PENSION, QT_TRANSLATE_NOOP("labels", "Pension")),
    (ExitOutcome.INACTIVE, QT_TRANSLATE_NOOP("labels", "Inactive (not working nor job searching)")),
    (ExitOutcome.OTHER, QT_TRANSLATE_NOOP("labels", "Other")),
    (ExitOutcome.UNKNOWN, QT_TRANSLATE_NOOP("labels", "Not known")),
    (Gender.WOMAN, QT_TRANSLATE_NOOP("labels", "Woman")),
    (Gender.MAN, QT_TRANSLATE_NOOP("labels", "Man")),
    (Gender.NON_BINARY, QT_TRANSLATE_NOOP("labels", "Non-binary")),
    (Gender.NOT_TOLD, QT_TRANSLATE_NOOP("labels", "Not told")),
    (LabourStatus.EMPLOYED, QT_TRANSLATE_NOOP("labels", "Employed (incl. self-employed)")),
    (LabourStatus.UNEMPLOYED, QT_TRANSLATE_NOOP("labels", "Unemployed")),
    (LabourStatus.LONG_TERM_UNEMPLOYED, QT_TRANSLATE_NOOP("labels", "Long-term unemployed")),
    (LabourStatus.INACTIVE, QT_TRANSLATE_NOOP("labels", "Inactive")),
    (LabourStatus.INACTIVE_NOT_IN_EDUCATION, QT_TRANSLATE_NOOP("labels", "Inactive, not in education or training")),
    (LabourStatus.NOT_TOLD, QT_TRANSLATE_NOOP("labels", "Not told")),
    (EducationLevel.ISCED_0_2, QT_TRANSLATE_NOOP("labels", "Basic education at most (ISCED 0–2)")),
    (EducationLevel.ISCED_3_4, QT_TRANSLATE_NOOP("labels", "Upper secondary or post-secondary (ISCED 3–4)")),
    (EducationLevel.ISCED_5_8, QT_TRANSLATE_NOOP("labels", "Tertiary (ISCED 5–8)")),
    (EducationLevel.NOT_TOLD, QT_TRANSLATE_NOOP("labels", "Not told")),
    (Answer.YES, QT_TRANSLATE_NOOP("labels", "Yes")),
    (Answer.NO, QT_TRANSLATE_NOOP("labels", "No")),
    (Answer.NOT_TOLD, QT_TRANSLATE_NOOP("labels", "Not told")),
    (AgeBand.UNDER_18, QT_TRANSLATE_NOOP("labels", "Under 18")),
    (AgeBand.AGE_18_29, QT_TRANSLATE_NOOP("labels", "18–29")),
    (AgeBand.AGE_30_54, QT_TRANSLATE_NOOP("labels", "30–54")),
    (AgeBand.AGE_55_PLUS, QT_TRANSLATE_NOOP("labels", "55 and over")),
    (AgeBand.UNKNOWN, QT_TRANSLATE_NOOP("labels", "Age unknown")),
    (AttendanceStatus.PRESENT, QT_TRANSLATE_NOOP("labels", "Present")),
    (AttendanceStatus.ABSENT, QT_TRANSLATE_NOOP("labels", "Absent")),
    (AttendanceStatus.EXCUSED, QT_TRANSLATE_NOOP("labels", "Excused")),
    (WorkshopKind.NONSTOP_START, QT_TRANSLATE_NOOP("labels", "Non-stop START")),
    (WorkshopKind.COURSE, QT_TRANSLATE_NOOP("labels", "Course")),
    (WorkshopKind.GROUP, QT_TRANSLATE_NOOP("labels", "Group")),
    (Language.FI, QT_TRANSLATE_NOOP("labels", "Finnish")),
    (Language.SV, QT_TRANSLATE_NOOP("labels", "Swedish")),
    (Language.OTHER, QT_TRANSLATE_NOOP("labels", "Other language")),
    (TimelineKind.VISIT, QT_TRANSLATE_NOOP("labels", "Visit")),
    (TimelineKind.REFERRAL_STATUS, QT_TRANSLATE_NOOP("labels", "Referral")),
    (TimelineKind.ATTENDANCE, QT_TRANSLATE_NOOP("labels", "Workshop")),
    (TimelineKind.CERTIFICATE, QT_TRANSLATE_NOOP("labels", "Certificate")),
    (TimelineKind.NOTE, QT_TRANSLATE_NOOP("labels", "Note")),
    (TimelineKind.CONSENT, QT_TRANSLATE_NOOP("labels", "Consent")),
    (TimelineKind.EXIT, QT_TRANSLATE_NOOP("labels", "Exit")),
    (TimelineKind.GOAL, QT_TRANSLATE_NOOP("labels", "Path")),
    (AuditAction.SIGN_IN, QT_TRANSLATE_NOOP("labels", "Signed in")),
    (AuditAction.SIGN_IN_FAILED, QT_TRANSLATE_NOOP("labels", "Sign-in failed")),
    (AuditAction.SIGN_OUT, QT_TRANSLATE_NOOP("labels", "Signed out")),
    (AuditAction.SCREEN_LOCKED, QT_TRANSLATE_NOOP("labels", "Screen locked")),
    (AuditAction.CLIENT_VIEWED, QT_TRANSLATE_NOOP("labels", "Client card opened")),
    (AuditAction.CLIENT_CREATED, QT_TRANSLATE_NOOP("labels", "Client added")),
    (AuditAction.CLIENT_CHANGED, QT_TRANSLATE_NOOP("labels", "Client details changed")),
    (AuditAction.CONSENT_OVERRIDDEN, QT_TRANSLATE_NOOP("labels", "Referral without consent")),
    (AuditAction.REFERRAL_DETAILS_VIEWED, QT_TRANSLATE_NOOP("labels", "Health-related referral viewed")),
    (AuditAction.EXPORTED, QT_TRANSLATE_NOOP("labels", "Exported")),
    (AuditAction.IMPORTED, QT_TRANSLATE_NOOP("labels", "Imported")),
    (AuditAction.STAFF_CHANGED, QT_TRANSLATE_NOOP("labels", "Staff account changed")),
    (AuditAction.RETENTION_CHANGED, QT_TRANSLATE_NOOP("labels", "Retention period changed")),
    (AuditAction.CLIENT_ANONYMISED, QT_TRANSLATE_NOOP("labels", "Client anonymised")),
    (AuditAction.CLIENT_ERASED, QT_TRANSLATE_NOOP("labels", "Client erased on request")),
    (AuditAction.SUBJECT_ACCESS_EXPORT, QT_TRANSLATE_NOOP("labels", "Client's own data exported")),
    (AuditAction.ACCESS_DENIED, QT_TRANSLATE_NOOP("labels", "Access denied")),
    (AuditAction.CONFLICT_SETTLED, QT_TRANSLATE_NOOP("labels", "Sync conflict settled")),
    (AuditAction.COACH_ASSIGNED, QT_TRANSLATE_NOOP("labels", "Personal coach assigned")),
    (AuditAction.REFERRAL_LETTER, QT_TRANSLATE_NOOP("labels", "Referral letter opened, printed or saved")),
    (AuditAction.PARTICIPANT_DETAILS_VIEWED, QT_TRANSLATE_NOOP("labels", "Participant's sensitive entry data viewed")),
    (AuditAction.PROJECT_CHANGED, QT_TRANSLATE_NOOP("labels", "Project added or changed")),
    (AuditAction.OUTREACH_LIST_CHANGED, QT_TRANSLATE_NOOP("labels", "Outreach list made, filled, assigned or closed")),
    (AuditAction.OUTREACH_ERASED, QT_TRANSLATE_NOOP("labels", "Outreach list's personal data erased")),
    (AuditAction.CLIENTS_MERGED, QT_TRANSLATE_NOOP("labels", "Two records of one client merged")),
    (AuditAction.DUPLICATE_DISMISSED, QT_TRANSLATE_NOOP("labels", "Possible duplicate marked not the same person")),
    (ErasureReason.CLIENT_REQUEST, QT_TRANSLATE_NOOP("labels", "The client's request")),
    (ErasureReason.RECORDED_BY_MISTAKE, QT_TRANSLATE_NOOP("labels", "Recorded by mistake")),
    (ErasureReason.DUPLICATE, QT_TRANSLATE_NOOP("labels", "Duplicate record")),
    (ErasureReason.OTHER, QT_TRANSLATE_NOOP("labels", "Other reason")),
]
# Keyed by (enum class, value): StrEnum members of different classes can compare equal.
_LABELS: dict[tuple[type, str], str] = {(type(k), k.value): v for k, v in _LABEL_LIST}


_WEEKDAYS_SHORT = (
    QT_TRANSLATE_NOOP("labels", "Mon"),
    QT_TRANSLATE_NOOP("labels", "Tue"),
    QT_TRANSLATE_NOOP("labels", "Wed"),
    QT_TRANSLATE_NOOP("labels", "Thu"),
    QT_TRANSLATE_NOOP("labels", "Fri"),
    QT_TRANSLATE_NOOP("labels", "Sat"),
    QT_TRANSLATE_NOOP("labels", "Sun"),
)


def weekday_short(isoweekday: int) -> str:
    """The translated short name of an ISO weekday (1 = Monday … 7 = Sunday): "ma", "ti", …"""
    return QCoreApplication.translate(_CONTEXT, _WEEKDAYS_SHORT[isoweekday - 1])


def label(value: Enum | str | None) -> str:
    """The translated display name of a coded value (its code when unknown, empty for None)."""
    if value is None:
        return ""
    source = _LABELS.get((type(value), value.value)) if isinstance(value, Enum) else None
    if source is None:
        return str(value.value if isinstance(value, Enum) else value)
    return QCoreApplication.translate(_CONTEXT, source)


def all_labels() -> list[tuple[Enum, str]]:
    """Every coded value with its English source label (for tests)."""
    return list(_LABEL_LIST)


def topic_label(code: str, own_name: str = "") -> str:
    """A visit topic's name: the centre's own name, else the built-in topic's translated name."""
    if own_name:
        return own_name
    if code in VisitTopic._value2member_map_:
        return label(VisitTopic(code))
    return code


def topic_names(topics: list[Topic]) -> dict[str, str]:
    """Code → shown name for every topic of the list."""
    return {t.code: topic_label(t.code, t.label) for t in topics}
