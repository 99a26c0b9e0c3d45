"""SQLAlchemy mapped classes, one module per aggregate. No Qt here."""

from vauhdittamo.models.audit import AuditAction, AuditEntry
from vauhdittamo.models.base import Base, SyncedMixin, UTCDateTime
from vauhdittamo.models.certificate import CompetenceCertificate
from vauhdittamo.models.client import (
    AgeGroup,
    Client,
    ClientNote,
    Consent,
    ConsentKind,
    ExitOutcome,
    Language,
    age_group_for,
)
from vauhdittamo.models.duplicates import DuplicateDismissal
from vauhdittamo.models.meta import LocalSetting
from vauhdittamo.models.outreach import (
    FINAL_OUTCOMES,
    AttemptOutcome,
    ContactChannel,
    EntryStatus,
    OutreachAttempt,
    OutreachEntry,
    OutreachList,
)
from vauhdittamo.models.partner import (
    DEFAULT_RESPONSE_DAYS,
    PartnerCategory,
    PartnerOrganisation,
    PartnerService,
)
from vauhdittamo.models.path import PathGoal, PathState, PathStep
from vauhdittamo.models.project import (
    SENSITIVE_FIELDS,
    AgeBand,
    Answer,
    EducationLevel,
    Gender,
    LabourStatus,
    Project,
    ProjectParticipant,
)
from vauhdittamo.models.referral import (
    FINAL_STATUSES,
    AssessmentResult,
    Referral,
    ReferralEvent,
    ReferralStatus,
    ReferralUrgency,
)
from vauhdittamo.models.staff import StaffMember, StaffRole
from vauhdittamo.models.sync import SyncConflict, SyncOutbox, SyncQuarantine, SyncRowClock
from vauhdittamo.models.visit import BUILTIN_TOPIC_IDS, GuidanceVisit, VisitChannel, VisitTopic, VisitTopicOption
from vauhdittamo.models.workshop import (
    AttendanceMark,
    AttendanceStatus,
    Workshop,
    WorkshopEnrolment,
    WorkshopFacilitator,
    WorkshopKind,
    WorkshopScheduleSlot,
    WorkshopSession,
)

__all__ = [
    "AuditAction",
    "AuditEntry",
    "BUILTIN_TOPIC_IDS",
    "DEFAULT_RESPONSE_DAYS",
    "FINAL_STATUSES",
    "AgeBand",
    "AgeGroup",
    "Answer",
    "AssessmentResult",
    "AttendanceMark",
    "AttendanceStatus",
    "Base",
    "Client",
    "ClientNote",
    "CompetenceCertificate",
    "Consent",
    "DuplicateDismissal",
    "ConsentKind",
    "EducationLevel",
    "ExitOutcome",
    "EntryStatus",
    "FINAL_OUTCOMES",
    "AttemptOutcome",
    "ContactChannel",
    "OutreachAttempt",
    "OutreachEntry",
    "OutreachList",
    "Gender",
    "LabourStatus",
    "GuidanceVisit",
    "Language",
    "LocalSetting",
    "PartnerCategory",
    "PartnerOrganisation",
    "PartnerService",
    "PathGoal",
    "PathState",
    "PathStep",
    "Project",
    "ProjectParticipant",
    "Referral",
    "ReferralEvent",
    "ReferralStatus",
    "ReferralUrgency",
    "SENSITIVE_FIELDS",
    "StaffMember",
    "StaffRole",
    "SyncConflict",
    "SyncOutbox",
    "SyncQuarantine",
    "SyncRowClock",
    "SyncedMixin",
    "UTCDateTime",
    "VisitChannel",
    "VisitTopic",
    "VisitTopicOption",
    "Workshop",
    "WorkshopEnrolment",
    "WorkshopFacilitator",
    "WorkshopKind",
    "WorkshopScheduleSlot",
    "WorkshopSession",
    "age_group_for",
]
