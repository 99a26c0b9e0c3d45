"""The figures of a period report, computed in SQL as distinct counts over the whole period.

:func:`period_report` fills a :class:`~vauhdittamo.services.reporting.figures.PeriodReport` for a period
and filters. Every count of people is a ``COUNT(DISTINCT …)`` over the period (never a sum of weeks or
months); breakdowns by gender, month, topic, channel or category are ``GROUP BY`` queries. The helpers
:func:`client_ids`, :func:`participations`, :func:`held_sessions` and :func:`month_bucket` are shared
with the workbook, so the EURA sheet lists exactly the people the figures count.

What counts
-----------

* **Dates.** A period is Helsinki calendar days. Visits count by the Helsinki date of ``visited_at``
  (the UTC bounds of the period's first and last day, :func:`~vauhdittamo.timeutil.local_day_bounds_utc`),
  referrals by the Helsinki date of their first "sent" event; participants, certificates and sessions by
  their own (local) dates.
* **Records deleted, people erased.** A record counts while its own row is live (``deleted_at`` empty).
  A client's erasure or anonymisation never takes their records out of the figures: erasure tombstones the
  client row but keeps visits, referrals, attendance marks and certificates as anonymous statistics, and a
  report about the past must not change when someone is erased later. Workshop attendance follows the
  promise of the workshop delete confirmation: a session counts as held when it is not cancelled, its date
  is in the period and not after *today*, and it is live or holds attendance (a live mark or an anonymous
  head count); a deleted workshop's held sessions count.
* **Filters** (:class:`~vauhdittamo.services.reporting.period.ReportFilters`): *project* narrows to the
  clients who are participants of that project (any time); *municipality*, *village* and *coach* to the
  clients whose current record has that value; *workshop* narrows attendance to its sessions (with their
  anonymous head counts) and everything else to the clients marked present in it in the period. Anonymous
  visits and head counts have no client, so any client filter leaves them out; :attr:`PeriodReport.notes`
  says so. With a client filter, *sessions held* are the held sessions where a client of the filter was
  present.
* **Participants** (:class:`~vauhdittamo.models.ProjectParticipant`): entered = entry date in the
  period; active = entered on or before the period's end and not exited before its start; exited = exit
  date in the period; entered to date = entry date on or before the period's end. A person in several
  projects counts once unless a project is chosen. For the indicators each person contributes one row:
  for the output indicators their first entry in the period (earliest entry date), for the immediate
  results their last exit in the period, for the six-month results their last exit whose six-month day
  falls in the period, so the gender columns always add up to the total.
* **Six months after leaving** (see :mod:`.indicators`): participants whose exit date plus six calendar
  months (clamped to the month's last day, :func:`add_months`) falls in the period and not after *today*.
* **Incomplete**: active participants whose gender, age band, labour-market status or education level
  is not told, or who exited by the period's end without a known situation
  (:func:`~.indicators.incomplete_condition`).
* **Target**: the chosen project's participant target; without a project, the sum of the targets of
  the live projects running during the period (``None`` when none has one).
* **Referrals** sent in the period, by the partner organisation's category and the current status (the
  latest live event, as of now). **Assessments** are those of them to the work-capacity category, by
  their recorded result ("pending" without one).
* **Attendance hours**: per present mark, time in to time out when both are set and out is after in,
  else the session's length.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from vauhdittamo.errors import QT_TRANSLATE_NOOP
from vauhdittamo.models import (
    AgeGroup,
    AssessmentResult,
    AttendanceMark,
    AttendanceStatus,
    Client,
    CompetenceCertificate,
    GuidanceVisit,
    PartnerCategory,
    PartnerOrganisation,
    PartnerService,
    Project,
    ProjectParticipant,
    Referral,
    ReferralEvent,
    ReferralStatus,
    VisitChannel,
    VisitTopic,
    Workshop,
    WorkshopSession,
)
from vauhdittamo.services.permissions import Permission, require
from vauhdittamo.services.reporting import indicators as ind
from vauhdittamo.services.reporting.figures import (
    AssessmentFigures,
    AttendanceFigures,
    ByGender,
    CertificateFigures,
    Indicator,
    ParticipantFigures,
    PeriodReport,
    ReferralFigures,
    VisitFigures,
    WorkshopRow,
)
from vauhdittamo.services.reporting.period import Period, ReportFilters
from vauhdittamo.timeutil import local_day_bounds_utc, local_today, utcnow

NOTE_CLIENT_FILTER = QT_TRANSLATE_NOOP(
    "reports",
    "Anonymous visits and anonymous workshop head counts are left out: the filter narrows the report to "
    "clients.",
)
NOTE_WORKSHOP_FILTER = QT_TRANSLATE_NOOP(
    "reports",
    "Anonymous visits are left out: with a workshop chosen, visits, referrals, certificates and participants "
    "are those of the clients marked present in its sessions during the period.",
)
NOTE_AFTER_TODAY = QT_TRANSLATE_NOOP(
    "reports",
    "The period continues after today: sessions after today and follow-ups not yet due are not counted.",
)

PENDING = "pending"  # an assessment referral without a result
FOLLOW_UP_MONTHS = 6

# A query of client ids (one column).
ClientIds = Select[str]

_PP = ProjectParticipant
_S = WorkshopSession
_M = AttendanceMark


# --------------------------------------------------------------------------- small helpers


def month_key(day: dt.date) -> str:
    return f"{day:%Y-%m}"


def add_months(day: dt.date, months: int) -> dt.date:
    """*day* moved by whole calendar months; the 31st becomes the month's last day where it has none."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def exit_window(first: dt.date, last: dt.date, months: int = FOLLOW_UP_MONTHS) -> tuple[dt.date, dt.date] | None:
    """The exit dates whose day *months* later falls in *first* … *last* (``None`` when there are none)."""
    if last < first:
        return None
    low = add_months(first, -months) - dt.timedelta(days=4)
    while add_months(low, months) < first:
        low += dt.timedelta(days=1)
    high = add_months(last, -months) + dt.timedelta(days=4)
    while add_months(high, months) > last:
        high -= dt.timedelta(days=1)
    return (low, high) if low <= high else None


def month_bucket(column: Any, bounds: Sequence[tuple[Any, str]]) -> ColumnElement[str]:
    """The key of the bucket *column* falls in: the last of *bounds* (ascending ``(lower bound, key)``) ≤ it.

    A balanced tree of ``CASE`` expressions (portable, and about log2(months) comparisons per row), for
    rows already limited to the period. Works for dates and, with UTC bounds, for timestamps.
    """
    if not bounds:
        return literal("", String)

    def tree(lo: int, hi: int) -> ColumnElement[str]:
        if hi - lo == 1:
            return literal(bounds[lo][1], String)
        mid = (lo + hi) // 2
        return case((column < bounds[mid][0], tree(lo, mid)), else_=tree(mid, hi))

    return tree(0, len(bounds))


def date_bounds(period: Period) -> list[tuple[dt.date, str]]:
    return [(m, month_key(m)) for m in period.months()]


def utc_bounds(period: Period) -> list[tuple[dt.datetime, str]]:
    return [(local_day_bounds_utc(m)[0], month_key(m)) for m in period.months()]


def _seconds(column: Any) -> ColumnElement[int]:
    """Seconds since midnight of a ``Time`` column (``HH:MM:SS`` text on SQLite and PostgreSQL alike)."""
    text = cast(column, String)
    hours = cast(func.substr(text, 1, 2), Integer)
    minutes = cast(func.substr(text, 4, 2), Integer)
    seconds = cast(func.substr(text, 7, 2), Integer)
    result: ColumnElement[int] = hours * 3600 + minutes * 60 + seconds
    return result


def mark_seconds() -> ColumnElement[int]:
    """A present mark's seconds: time in to time out when both are set and out > in, else the session's length."""
    own = and_(_M.time_in.is_not(None), _M.time_out.is_not(None), _M.time_out > _M.time_in)
    length = case((_S.end_time > _S.start_time, _seconds(_S.end_time) - _seconds(_S.start_time)), else_=0)
    result: ColumnElement[int] = case((own, _seconds(_M.time_out) - _seconds(_M.time_in)), else_=length)
    return result


def _hours(seconds: Any) -> float:
    return round((seconds or 0) / 3600, 2)


def _last_day(period: Period, today: dt.date) -> dt.date:
    """The last day of the period on which things could have happened (not after *today*)."""
    return min(period.end, today)


def _fill_months(period: Period, today: dt.date) -> list[str]:
    """The months of the period up to *today*'s month, for charts that show empty months too."""
    return [month_key(m) for m in period.months() if m <= today]


def _sorted_months(found: dict[str, Any], keys: Iterable[str], zero: Any) -> dict[str, Any]:
    merged = dict.fromkeys(keys, zero) | found
    return {k: merged[k] for k in sorted(merged)}


# --------------------------------------------------------------------------- filters


def present_in_workshop(workshop_id: str, period: Period, today: dt.date) -> ClientIds:
    """The clients marked present in *workshop_id*'s held sessions in the period."""
    return (
        select(_M.client_id)
        .join(_S, _S.id == _M.session_id)
        .where(
            _S.workshop_id == workshop_id,
            _S.cancelled.is_(False),
            _S.session_date >= period.start,
            _S.session_date <= _last_day(period, today),
            _M.deleted_at.is_(None),
            _M.status == AttendanceStatus.PRESENT,
        )
    )


def client_ids(filters: ReportFilters, period: Period, today: dt.date) -> ClientIds | None:
    """The ids of the clients the filters narrow to; ``None`` when they narrow nothing (everyone counts)."""
    conditions: list[ColumnElement[bool]] = []
    if filters.municipality:
        conditions.append(Client.municipality == filters.municipality)
    if filters.village:
        conditions.append(Client.village == filters.village)
    if filters.coach_id:
        conditions.append(Client.personal_coach_id == filters.coach_id)
    in_project = (
        select(_PP.client_id).where(_PP.project_id == filters.project_id, _PP.deleted_at.is_(None))
        if filters.project_id else None
    )
    in_workshop = present_in_workshop(filters.workshop_id, period, today) if filters.workshop_id else None
    if not conditions:
        if in_project is not None and in_workshop is None:
            return in_project
        if in_workshop is not None and in_project is None:
            return in_workshop
    if in_project is not None:
        conditions.append(Client.id.in_(in_project))
    if in_workshop is not None:
        conditions.append(Client.id.in_(in_workshop))
    if not conditions:
        return None
    return select(Client.id).where(*conditions)


def participations(filters: ReportFilters, period: Period, today: dt.date) -> Select[*tuple[Any, ...]]:
    """The live participation rows (every column of ``project_participant``) the filters cover.

    With a project chosen, that project's rows; else every project's. Use ``.subquery()`` and its ``.c``.
    """
    stmt = select(*_PP.__table__.c).where(_PP.deleted_at.is_(None))
    if filters.project_id:
        stmt = stmt.where(_PP.project_id == filters.project_id)
    others = client_ids(dataclasses.replace(filters, project_id=None), period, today)
    if others is not None:
        stmt = stmt.where(_PP.client_id.in_(others))
    return stmt


def held_sessions(period: Period, today: dt.date, workshop_id: str | None = None) -> list[ColumnElement[bool]]:
    """Conditions on ``workshop_session`` for the sessions held in the period (see the module's docstring)."""
    mark = aliased(AttendanceMark)
    holds_marks = (
        select(mark.id).where(mark.session_id == _S.id, mark.deleted_at.is_(None)).correlate_except(mark).exists()
    )
    conditions = [
        _S.cancelled.is_(False),
        _S.session_date >= period.start,
        _S.session_date <= _last_day(period, today),
        or_(_S.deleted_at.is_(None), _S.anonymous_count > 0, holds_marks),
    ]
    if workshop_id:
        conditions.append(_S.workshop_id == workshop_id)
    return conditions


# --------------------------------------------------------------------------- the report


def period_report(
    session: Session, period: Period, filters: ReportFilters | None = None, today: dt.date | None = None
) -> PeriodReport:
    """Every figure of the period report (needs :attr:`Permission.EXPORT_REPORTS`)."""
    require(session, Permission.EXPORT_REPORTS)
    filters = filters or ReportFilters()
    today = today or local_today()
    clients = client_ids(filters, period, today)
    notes: list[str] = []
    if filters.narrows_clients:
        notes.append(NOTE_CLIENT_FILTER)
    elif filters.workshop_id:
        notes.append(NOTE_WORKSHOP_FILTER)
    if period.end > today:
        notes.append(NOTE_AFTER_TODAY)
    base = participations(filters, period, today).subquery("pp")
    referrals, assessments = _referrals(session, period, clients)
    return PeriodReport(
        period=period,
        filters=filters,
        generated_at=utcnow(),
        participants=_participants(session, base, period, filters, today),
        output_indicators=_output_indicators(session, base, period),
        result_indicators=_result_indicators(session, base, period),
        follow_up_indicators=_follow_up_indicators(session, base, period, today),
        visits=_visits(session, period, clients, today),
        referrals=referrals,
        assessments=assessments,
        certificates=_certificates(session, period, clients, today),
        attendance=_attendance(session, period, filters, clients, today),
        notes=notes,
    )


# --------------------------------------------------------------------------- participants


def _participants(
    session: Session, base: Any, period: Period, filters: ReportFilters, today: dt.date
) -> ParticipantFigures:
    c = base.c
    s, e = period.start, period.end
    entered = c.entry_date.between(s, e)
    active = and_(c.entry_date <= e, or_(c.exit_date.is_(None), c.exit_date >= s))
    exited = c.exit_date.between(s, e)

    def distinct(condition: ColumnElement[bool]) -> Any:
        return func.count(func.distinct(case((condition, c.client_id))))

    row = session.execute(
        select(
            distinct(entered),
            distinct(active),
            distinct(exited),
            distinct(c.entry_date <= e),
            distinct(and_(active, ind.incomplete_condition(c, e))),
        )
    ).one()
    months = _fill_months(period, today)
    bounds = date_bounds(period)
    by_entry = month_bucket(c.entry_date, bounds)
    entered_by_month = dict(
        session.execute(
            select(by_entry, func.count(func.distinct(c.client_id))).where(entered).group_by(by_entry)
        ).all()
    )
    by_exit = month_bucket(c.exit_date, bounds)
    exited_by_month = dict(
        session.execute(
            select(by_exit, func.count(func.distinct(c.client_id))).where(exited).group_by(by_exit)
        ).all()
    )
    return ParticipantFigures(
        entered=row[0],
        active=row[1],
        exited=row[2],
        entered_to_date=row[3],
        target=_target(session, period, filters),
        incomplete=row[4],
        entered_by_month=_sorted_months(entered_by_month, months, 0),
        exited_by_month=_sorted_months(exited_by_month, months, 0),
    )


def _target(session: Session, period: Period, filters: ReportFilters) -> int | None:
    if filters.project_id:
        project = session.get(Project, filters.project_id)
        return None if project is None else project.participant_target
    total, count = session.execute(
        select(func.sum(Project.participant_target), func.count(Project.participant_target)).where(
            Project.deleted_at.is_(None),
            Project.start_date <= period.end,
            or_(Project.end_date.is_(None), Project.end_date >= period.start),
        )
    ).one()
    return int(total or 0) if count else None


def _one_per_person(base: Any, where: ColumnElement[bool], order: Sequence[Any]) -> Any:
    """*base*'s rows matching *where*, with ``rn`` = 1 on each person's row that counts (by *order*)."""
    rn = func.row_number().over(partition_by=base.c.client_id, order_by=list(order)).label("rn")
    return select(*base.c, rn).where(where).subquery()


def _indicators(session: Session, rows: Any, definitions: Sequence[ind.IndicatorDef]) -> list[Indicator]:
    columns = [
        func.count() if d.rule is None else func.sum(case((ind.condition(d, rows.c), 1), else_=0))
        for d in definitions
    ]
    result = session.execute(
        select(rows.c.gender, *columns).where(rows.c.rn == 1).group_by(rows.c.gender)
    ).all()
    counts: dict[str, dict[str, int]] = {d.key: dict.fromkeys(ind.GENDERS, 0) for d in definitions}
    for gender, *values in result:
        g = gender.value if hasattr(gender, "value") else str(gender)
        g = g if g in ind.GENDERS else "not_told"
        for d, value in zip(definitions, values, strict=True):
            counts[d.key][g] += int(value or 0)
    return [Indicator(d.key, ByGender(**counts[d.key])) for d in definitions]


def _output_indicators(session: Session, base: Any, period: Period) -> list[Indicator]:
    c = base.c
    rows = _one_per_person(base, c.entry_date.between(period.start, period.end), (c.entry_date, c.id))
    return _indicators(session, rows, ind.OUTPUT_INDICATORS)


def _result_indicators(session: Session, base: Any, period: Period) -> list[Indicator]:
    c = base.c
    rows = _one_per_person(base, c.exit_date.between(period.start, period.end), (c.exit_date.desc(), c.id.desc()))
    return _indicators(session, rows, ind.RESULT_INDICATORS)


def _follow_up_indicators(session: Session, base: Any, period: Period, today: dt.date) -> list[Indicator]:
    window = exit_window(period.start, _last_day(period, today))
    if window is None:
        return [Indicator(d.key, ByGender()) for d in ind.FOLLOW_UP_INDICATORS]
    c = base.c
    rows = _one_per_person(base, c.exit_date.between(*window), (c.exit_date.desc(), c.id.desc()))
    return _indicators(session, rows, ind.FOLLOW_UP_INDICATORS)


# --------------------------------------------------------------------------- visits


def _visits(session: Session, period: Period, clients: ClientIds | None, today: dt.date) -> VisitFigures:
    v = GuidanceVisit
    start_utc = local_day_bounds_utc(period.start)[0]
    end_utc = local_day_bounds_utc(period.end)[1]
    where: list[ColumnElement[bool]] = [v.deleted_at.is_(None), v.visited_at >= start_utc, v.visited_at < end_utc]
    if clients is not None:
        where.append(v.client_id.in_(clients))
    # Three passes over the covering index ix_guidance_visit_report: the distinct clients, the counts by
    # month, channel and age group (anonymous or not), and the topic lists.
    distinct_clients = session.execute(select(func.count(func.distinct(v.client_id))).where(*where)).scalar_one()
    month = month_bucket(v.visited_at, utc_bounds(period))
    anonymous_visit = v.client_id.is_(None)
    total = anonymous = 0
    by_month: dict[str, int] = {}
    by_channel: dict[str, int] = dict.fromkeys((c.value for c in VisitChannel), 0)
    by_age: dict[str, int] = dict.fromkeys((a.value for a in AgeGroup), 0)
    for key, channel, age_group, is_anonymous, count in session.execute(
        select(month, v.channel, v.age_group, anonymous_visit, func.count())
        .where(*where)
        .group_by(month, v.channel, v.age_group, anonymous_visit)
    ):
        total += count
        anonymous += count if is_anonymous else 0
        by_month[key] = by_month.get(key, 0) + count
        by_channel[str(channel)] = by_channel.get(str(channel), 0) + count
        by_age[str(age_group)] = by_age.get(str(age_group), 0) + count
    by_topic: dict[str, int] = dict.fromkeys((t.value for t in VisitTopic), 0)
    for topics, count in session.execute(select(v.topics, func.count()).where(*where).group_by(v.topics)):
        for code in dict.fromkeys(t.strip() for t in (topics or "").split(",")):
            if code:
                by_topic[code] = by_topic.get(code, 0) + count
    return VisitFigures(
        total=total,
        anonymous=anonymous,
        distinct_clients=distinct_clients,
        by_month=_sorted_months(by_month, _fill_months(period, today), 0),
        by_topic=by_topic,
        by_channel=by_channel,
        by_age_group=by_age,
    )


# --------------------------------------------------------------------------- referrals


def _sent_referrals(period: Period, clients: ClientIds | None) -> Any:
    """Live referrals whose first live "sent" event is in the period: ``id``, ``client_id``, ``service_id``.

    The sent events of the period come from ``ix_referral_event_sent`` (status, time); each is the first
    one when its referral has no earlier live "sent" event (``ix_referral_event_history``), so the whole
    history of every referral is never grouped.
    """
    e = ReferralEvent
    earlier = aliased(ReferralEvent)
    start_utc = local_day_bounds_utc(period.start)[0]
    end_utc = local_day_bounds_utc(period.end)[1]
    first_sent_in_period = (
        select(e.referral_id)
        .where(
            e.status == ReferralStatus.SENT, e.deleted_at.is_(None),
            e.occurred_at >= start_utc, e.occurred_at < end_utc,
            ~select(earlier.id)
            .where(
                earlier.referral_id == e.referral_id,
                # Not "status = 'sent'": SQLite would then walk every sent event of all time through
                # ix_referral_event_sent for each candidate; the referral's own history is a few rows.
                func.coalesce(earlier.status, "") == ReferralStatus.SENT.value,
                earlier.deleted_at.is_(None), earlier.occurred_at < e.occurred_at,
            )
            .exists(),
        )
    )
    stmt = (
        select(Referral.id, Referral.client_id, Referral.partner_service_id, Referral.assessment_result)
        .where(Referral.deleted_at.is_(None), Referral.id.in_(first_sent_in_period))
    )
    if clients is not None:
        stmt = stmt.where(Referral.client_id.in_(clients))
    return stmt.subquery("sent")


def _referral_rows(session: Session, period: Period, clients: ClientIds | None) -> list[Any]:
    """(category, current status, assessment result, count) of the referrals sent in the period."""
    sent = _sent_referrals(period, clients)
    e = ReferralEvent
    # The latest live event of each referral, from its own history (ix_referral_event_history), newest first.
    latest_status = (
        select(e.status)
        .where(e.referral_id == sent.c.id, e.deleted_at.is_(None))
        .order_by(e.occurred_at.desc(), e.id.desc())
        .limit(1)
        .correlate(sent)
        .scalar_subquery()
    )
    status = func.coalesce(cast(latest_status, String), ReferralStatus.DRAFT.value, type_=String)
    result = cast(sent.c.assessment_result, String)
    return list(
        session.execute(
            select(cast(PartnerOrganisation.category, String), status, result, func.count())
            .select_from(sent)
            .join(PartnerService, PartnerService.id == sent.c.partner_service_id)
            .join(PartnerOrganisation, PartnerOrganisation.id == PartnerService.organisation_id)
            .group_by(PartnerOrganisation.category, status, result)
        ).all()
    )


def _referrals(
    session: Session, period: Period, clients: ClientIds | None
) -> tuple[ReferralFigures, AssessmentFigures]:
    sent = _sent_referrals(period, clients)
    distinct_clients = session.execute(select(func.count(func.distinct(sent.c.client_id)))).scalar_one()
    by_category: dict[str, int] = dict.fromkeys((c.value for c in PartnerCategory), 0)
    by_outcome: dict[str, int] = dict.fromkeys((s.value for s in ReferralStatus if s != ReferralStatus.DRAFT), 0)
    by_category_outcome: dict[str, dict[str, int]] = {}
    by_result: dict[str, int] = dict.fromkeys([*(r.value for r in AssessmentResult), PENDING], 0)
    for category, status, result, count in _referral_rows(session, period, clients):
        by_category[category] = by_category.get(category, 0) + count
        by_outcome[status] = by_outcome.get(status, 0) + count
        inner = by_category_outcome.setdefault(category, {})
        inner[status] = inner.get(status, 0) + count
        if category == PartnerCategory.WORK_CAPACITY:
            key = result or PENDING
            by_result[key] = by_result.get(key, 0) + count
    assessed = sum(by_result.values())
    referrals = ReferralFigures(
        total=sum(by_category.values()),
        distinct_clients=distinct_clients,
        by_category=by_category,
        by_outcome=by_outcome,
        by_category_outcome={k: by_category_outcome[k] for k in sorted(by_category_outcome)},
    )
    return referrals, AssessmentFigures(total=assessed, with_result=assessed - by_result[PENDING], by_result=by_result)


# --------------------------------------------------------------------------- certificates


def _certificates(
    session: Session, period: Period, clients: ClientIds | None, today: dt.date
) -> CertificateFigures:
    cc = CompetenceCertificate
    where: list[ColumnElement[bool]] = [cc.deleted_at.is_(None), cc.awarded_on.between(period.start, period.end)]
    if clients is not None:
        where.append(cc.client_id.in_(clients))
    total, distinct_clients = session.execute(
        select(func.count(), func.count(func.distinct(cc.client_id))).where(*where)
    ).one()
    month = month_bucket(cc.awarded_on, date_bounds(period))
    by_month = dict(session.execute(select(month, func.count()).where(*where).group_by(month)).all())
    return CertificateFigures(
        total=total,
        distinct_clients=distinct_clients,
        by_month=_sorted_months(by_month, _fill_months(period, today), 0),
    )


# --------------------------------------------------------------------------- attendance


def _attendance(
    session: Session, period: Period, filters: ReportFilters, clients: ClientIds | None, today: dt.date
) -> AttendanceFigures:
    held = held_sessions(period, today, filters.workshop_id)
    present: list[ColumnElement[bool]] = [*held, _M.deleted_at.is_(None), _M.status == AttendanceStatus.PRESENT]
    # A workshop filter narrows attendance to the workshop's sessions, not to clients (every client marked
    # present in them is one of "its" clients anyway).
    narrowing = client_ids(dataclasses.replace(filters, workshop_id=None), period, today)
    if narrowing is not None:
        present.append(_M.client_id.in_(narrowing))
    seconds = mark_seconds()

    def marks(*columns: Any) -> Select[*tuple[Any, ...]]:
        return select(*columns).select_from(_M).join(_S, _S.id == _M.session_id).where(*present)

    distinct_participants, attendances, total_seconds = session.execute(
        marks(func.count(func.distinct(_M.client_id)), func.count(), func.sum(seconds))
    ).one()
    month = month_bucket(_S.session_date, date_bounds(period))
    by_month_rows = session.execute(
        marks(month, func.count(func.distinct(_M.client_id)), func.sum(seconds)).group_by(month)
    ).all()
    by_month: dict[str, tuple[int, float]] = {key: (people, _hours(secs)) for key, people, secs in by_month_rows}
    per_workshop = {
        workshop_id: (people, count, _hours(secs))
        for workshop_id, people, count, secs in session.execute(
            marks(_S.workshop_id, func.count(func.distinct(_M.client_id)), func.count(), func.sum(seconds))
            .group_by(_S.workshop_id)
        )
    }

    # Sessions held (and their anonymous head counts, unless a client filter leaves those out).
    session_where = list(held)
    if narrowing is not None:
        mark = aliased(AttendanceMark)
        session_where.append(
            select(mark.id)
            .where(
                mark.session_id == _S.id, mark.deleted_at.is_(None), mark.status == AttendanceStatus.PRESENT,
                mark.client_id.in_(narrowing),
            )
            .correlate_except(mark)
            .exists()
        )
    anonymous_sum = literal(0) if narrowing is not None else func.sum(_S.anonymous_count)
    sessions = {
        workshop_id: (count, int(anonymous or 0))
        for workshop_id, count, anonymous in session.execute(
            select(_S.workshop_id, func.count(), anonymous_sum).where(*session_where).group_by(_S.workshop_id)
        )
    }
    ids = sorted(set(sessions) | set(per_workshop))
    names = dict(session.execute(select(Workshop.id, Workshop.name).where(Workshop.id.in_(ids))).all())
    rows = [
        WorkshopRow(
            workshop_id=wid,
            name=names.get(wid, ""),
            sessions_held=sessions.get(wid, (0, 0))[0],
            distinct_participants=per_workshop.get(wid, (0, 0, 0.0))[0],
            attendances=per_workshop.get(wid, (0, 0, 0.0))[1],
            anonymous=sessions.get(wid, (0, 0))[1],
            hours=per_workshop.get(wid, (0, 0, 0.0))[2],
        )
        for wid in ids
    ]
    rows.sort(key=lambda r: (r.name.casefold(), r.workshop_id))
    return AttendanceFigures(
        sessions_held=sum(r.sessions_held for r in rows),
        distinct_participants=distinct_participants,
        attendances=attendances,
        anonymous=sum(r.anonymous for r in rows),
        hours=_hours(total_seconds),
        by_month=_sorted_months(by_month, _fill_months(period, today), (0, 0.0)),
        by_workshop=rows,
    )
