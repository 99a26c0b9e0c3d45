"""What a period report holds: plain, immutable figures (no database, no Qt).

Keys are stable English codes (enum values, ``YYYY-MM`` months); the screen and the workbook put them
into words. :meth:`PeriodReport.as_json` is what ``vauhdittamo report period --json`` prints.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from vauhdittamo.services.reporting.period import Period, ReportFilters

GENDER_KEYS = ("woman", "man", "non_binary", "not_told")


@dataclass(frozen=True)
class ByGender:
    """A count of distinct people, split by gender (see :class:`vauhdittamo.models.Gender`)."""

    woman: int = 0
    man: int = 0
    non_binary: int = 0
    not_told: int = 0

    @property
    def total(self) -> int:
        return self.woman + self.man + self.non_binary + self.not_told


@dataclass(frozen=True)
class Indicator:
    """One ESF+ common indicator: its key (see :mod:`.indicators`) and its distinct people by gender."""

    key: str
    by_gender: ByGender


@dataclass(frozen=True)
class ParticipantFigures:
    """Distinct participants (a person in several projects counts once unless a project is chosen)."""

    entered: int  # entry date in the period
    active: int  # took part on some day of the period (entered on or before its end, not exited before its start)
    exited: int  # exit date in the period
    entered_to_date: int  # entry date on or before the period's end: progress against the target
    target: int | None  # the project's participant target (one project chosen), else the sum of targets
    incomplete: int  # participants active in the period whose entry or exit data is incomplete
    entered_by_month: dict[str, int] = field(default_factory=dict)  # "YYYY-MM" -> entered that month
    exited_by_month: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class VisitFigures:
    """Guidance visits in the period (Helsinki dates), anonymous visits included."""

    total: int
    anonymous: int
    distinct_clients: int
    by_month: dict[str, int]  # "YYYY-MM"
    by_topic: dict[str, int]  # topic code -> visits with that topic (a visit may have several)
    by_channel: dict[str, int]  # VisitChannel value
    by_age_group: dict[str, int]  # AgeGroup value (the visit's own)


@dataclass(frozen=True)
class ReferralFigures:
    """Referrals sent in the period (created, not deleted), by partner category and current outcome."""

    total: int
    distinct_clients: int
    by_category: dict[str, int]  # PartnerCategory value
    by_outcome: dict[str, int]  # ReferralStatus value (the latest event)
    by_category_outcome: dict[str, dict[str, int]]


@dataclass(frozen=True)
class AssessmentFigures:
    """Work and functional capacity assessments: referrals to the work-capacity category in the period."""

    total: int
    with_result: int
    by_result: dict[str, int]  # AssessmentResult value, "pending" when no result yet


@dataclass(frozen=True)
class CertificateFigures:
    """Competence certificates awarded in the period."""

    total: int
    distinct_clients: int
    by_month: dict[str, int]


@dataclass(frozen=True)
class WorkshopRow:
    workshop_id: str
    name: str
    sessions_held: int
    distinct_participants: int
    attendances: int
    anonymous: int
    hours: float


@dataclass(frozen=True)
class AttendanceFigures:
    """Workshop attendance in sessions held in the period (not cancelled, on or before today)."""

    sessions_held: int
    distinct_participants: int  # distinct clients marked present, over the whole period
    attendances: int  # present marks
    anonymous: int  # anonymous head counts
    hours: float  # participant hours: time in to time out, else the session's length
    by_month: dict[str, tuple[int, float]]  # "YYYY-MM" -> (distinct participants that month, hours)
    by_workshop: list[WorkshopRow]


@dataclass(frozen=True)
class PeriodReport:
    period: Period
    filters: ReportFilters
    generated_at: dt.datetime  # UTC
    participants: ParticipantFigures
    output_indicators: list[Indicator]  # over participants who entered in the period
    result_indicators: list[Indicator]  # immediate: exited in the period
    follow_up_indicators: list[Indicator]  # six months after exit: follow-ups of exits
    visits: VisitFigures
    referrals: ReferralFigures
    assessments: AssessmentFigures
    certificates: CertificateFigures
    attendance: AttendanceFigures
    notes: list[str] = field(default_factory=list)  # translatable remarks (e.g. what a filter leaves out)

    def as_json(self) -> dict[str, Any]:
        """Every figure as JSON-ready data (dates as ISO text)."""

        def convert(value: Any) -> Any:
            if isinstance(value, dt.datetime | dt.date):
                return value.isoformat()
            if isinstance(value, dict):
                return {str(k): convert(v) for k, v in value.items()}
            if isinstance(value, list | tuple):
                return [convert(v) for v in value]
            if dataclasses.is_dataclass(value) and not isinstance(value, type):
                data = {f.name: convert(getattr(value, f.name)) for f in dataclasses.fields(value)}
                if isinstance(value, ByGender):
                    data["total"] = value.total
                return data
            return value

        result: dict[str, Any] = convert(self)
        return result
