"""The Reports screen's background jobs: each opens its own session as the signed-in staff member.

They run in a worker thread (see :mod:`vauhdittamo.ui.tasks`), so they return plain data and never
touch a widget or put text into words (translation happens when the screen shows the result).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from vauhdittamo.db import Database
from vauhdittamo.services import client_list, projects, staff, workshops
from vauhdittamo.services.permissions import Actor
from vauhdittamo.services.reporting.figures import PeriodReport
from vauhdittamo.services.reporting.period import Period, ReportFilters
from vauhdittamo.services.reporting.queries import period_report
from vauhdittamo.services.reporting.workbook import PeriodExportSummary, export_period_report, record_export
from vauhdittamo.services.spreadsheet import atomic_target
from vauhdittamo.services.stats import DatabaseStats, database_stats
from vauhdittamo.services.topics import Topic, topics
from vauhdittamo.ui.reports.period_bar import FilterChoices, ProjectChoice


@dataclass(frozen=True)
class WorkshopItem:
    workshop_id: str
    name: str
    active: bool


@dataclass(frozen=True)
class RawChoices:
    """The filters' contents before they are put into words."""

    projects: list[ProjectChoice]
    places: dict[str, list[str]]
    workshops: list[WorkshopItem]
    coaches: list[tuple[str, str]]

    def as_choices(self, ended: str) -> FilterChoices:
        """*ended* is the translated template for a workshop that has ended ("{name} (ended)")."""
        return FilterChoices(
            projects=self.projects,
            places=self.places,
            workshops=[(w.workshop_id, w.name if w.active else ended.format(name=w.name)) for w in self.workshops],
            coaches=self.coaches,
        )


def load_choices(db: Database, actor: Actor) -> RawChoices:
    """Projects, home municipalities and villages, workshops (ended ones too) and the active staff."""
    with db.session(actor) as session:
        project_rows = projects.list_projects(session)
        places = client_list.places(session)
        workshop_rows = workshops.list_workshops(session)
        members = staff.active_staff(session)
    return RawChoices(
        projects=sorted(
            (ProjectChoice(p.project_id, p.name, p.start_date, p.end_date) for p in project_rows),
            key=lambda p: p.name.casefold(),
        ),
        places=places,
        workshops=[WorkshopItem(w.workshop_id, w.name, w.active) for w in workshop_rows],
        coaches=[(m.id, m.display_name) for m in members],
    )


@dataclass(frozen=True)
class LoadedReport:
    report: PeriodReport
    topics: list[Topic]  # the centre's visit topics (also retired ones), for naming the topic codes


def load_report(
    db: Database, actor: Actor, period: Period, filters: ReportFilters, today: dt.date | None = None
) -> LoadedReport:
    """The period report (refused unless the actor may export reports) and the topics to name its codes."""
    with db.session(actor) as session:
        report = period_report(session, period, filters, today=today)
        topic_list = topics(session, include_inactive=True)
    return LoadedReport(report, topic_list)


def load_stats(db: Database, actor: Actor) -> DatabaseStats:
    """Every kind of record counted (what the screen showed before the period report)."""
    with db.session(actor) as session:
        return database_stats(session)


def run_report_export(
    db: Database,
    actor: Actor,
    period: Period,
    filters: ReportFilters,
    path: Path,
    with_names: bool,
    today: dt.date | None,
    progress: Callable[[float], None],
) -> PeriodExportSummary:
    """Write the period workbook (progress through a queued signal), then note the export in the audit trail.

    The workbook gets its name only once the export is in the audit trail (none is left unrecorded).
    """
    with atomic_target(path) as staged:
        with db.session(actor) as session:
            summary = export_period_report(
                session, period, filters, staged, with_names=with_names, today=today, progress=progress
            )
        with db.transaction(actor) as session:
            record_export(session, summary)
    return replace(summary, path=path)
