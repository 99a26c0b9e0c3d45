"""Projects (hanke): the funded projects the centre's participants take part in.

Every signed-in staff member may list the projects (to enrol a client in one); adding, changing and
removing them needs :attr:`~vauhdittamo.services.permissions.Permission.MANAGE_PROJECTS`
(coordinators and administrators). Each change is recorded in the audit trail (``PROJECT_CHANGED``,
with the names of the fields only). A project is removed as a tombstone, and only while nobody takes
part in it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.models import AuditAction, Project, ProjectParticipant
from vauhdittamo.services import audit
from vauhdittamo.services import validation as v
from vauhdittamo.services.permissions import Permission, require, require_signed_in
from vauhdittamo.timeutil import format_date, utcnow

ENTITY_PROJECT = "project"

NAME_LIMIT = 200
CODE_LIMIT = 40
FUNDER_LIMIT = 200
DESCRIPTION_LIMIT = 4000
TARGET_LIMIT = 1_000_000

MSG_PROJECT_NOT_FOUND = QT_TRANSLATE_NOOP("errors", "The project no longer exists.")
MSG_NAME_TAKEN = QT_TRANSLATE_NOOP("errors", "Another project already has this name.")
MSG_START_REQUIRED = QT_TRANSLATE_NOOP("errors", "Give the day the project starts.")
MSG_PERIOD = QT_TRANSLATE_NOOP("errors", "The project cannot end before it starts.")
MSG_TARGET = QT_TRANSLATE_NOOP(
    "errors", "Write the participant target as a whole number greater than zero, or leave it empty."
)
MSG_ENTRY_BEFORE_START = QT_TRANSLATE_NOOP(
    "errors", "A participant entered the project on {date}, before this start date."
)
MSG_ENTRY_AFTER_END = QT_TRANSLATE_NOOP(
    "errors", "A participant entered the project on {date}, after this end date."
)
MSG_HAS_PARTICIPANTS = QT_TRANSLATE_NOOP(
    "errors", "The project has participants ({count}), so it cannot be removed."
)


@dataclass(frozen=True, slots=True)
class ProjectInput:
    """A project as a form gives it. *participant_target* may be the form's text ("" for none)."""

    name: str
    start_date: dt.date | None
    end_date: dt.date | None = None
    funder: str = ""
    code: str = ""
    participant_target: int | str | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class ProjectRow:
    """A live project with the number of its participants so far."""

    project_id: str
    name: str
    code: str
    funder: str
    start_date: dt.date
    end_date: dt.date | None
    participant_target: int | None
    description: str
    participants: int

    def is_running(self, day: dt.date) -> bool:
        """Whether *day* is within the project's period."""
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


def parse_target(value: int | str | None) -> int | None:
    """A participant target: a whole number greater than zero, or ``None`` (empty)."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError(MSG_TARGET, field="participant_target")
    if isinstance(value, int):
        number = value
    else:
        text = value.strip().replace(" ", "").replace("\u00a0", "")
        if not text:
            return None
        if not text.isdigit():
            raise ValidationError(MSG_TARGET, field="participant_target")
        number = int(text)
    if number <= 0 or number > TARGET_LIMIT:
        raise ValidationError(MSG_TARGET, field="participant_target")
    return number


@dataclass(frozen=True, slots=True)
class _Checked:
    name: str
    code: str
    funder: str
    start_date: dt.date
    end_date: dt.date | None
    participant_target: int | None
    description: str


def _validate(data: ProjectInput) -> _Checked:
    name = v.required_text(data.name, "name", NAME_LIMIT)
    if data.start_date is None:
        raise ValidationError(MSG_START_REQUIRED, field="start_date")
    if data.end_date is not None and data.end_date < data.start_date:
        raise ValidationError(MSG_PERIOD, field="end_date")
    return _Checked(
        name=name,
        code=v.limited_text(data.code, "code", CODE_LIMIT),
        funder=v.limited_text(data.funder, "funder", FUNDER_LIMIT),
        start_date=data.start_date,
        end_date=data.end_date,
        participant_target=parse_target(data.participant_target),
        description=v.limited_text(data.description, "description", DESCRIPTION_LIMIT),
    )


def _name_taken(session: Session, name: str, other_than: str | None) -> bool:
    """Whether another live project has *name* (compared without case: SQLite folds ASCII only)."""
    wanted = name.casefold()
    return any(
        found.casefold() == wanted
        for found in session.scalars(
            select(Project.name).where(Project.deleted_at.is_(None), Project.id != (other_than or ""))
        )
    )


def _live_project(session: Session, project_id: str) -> Project:
    project = session.get(Project, project_id)
    if project is None or project.deleted_at is not None:
        raise AppError(MSG_PROJECT_NOT_FOUND)
    return project


def list_projects(session: Session) -> list[ProjectRow]:
    """The live projects, the newest start first, each with its number of live participants."""
    require_signed_in(session)
    counts: dict[str, int] = {
        project_id: count
        for project_id, count in session.execute(
            select(ProjectParticipant.project_id, func.count())
            .where(ProjectParticipant.deleted_at.is_(None))
            .group_by(ProjectParticipant.project_id)
        )
    }
    return [
        ProjectRow(
            project_id=p.id,
            name=p.name,
            code=p.code,
            funder=p.funder,
            start_date=p.start_date,
            end_date=p.end_date,
            participant_target=p.participant_target,
            description=p.description,
            participants=counts.get(p.id, 0),
        )
        for p in session.scalars(
            select(Project)
            .where(Project.deleted_at.is_(None))
            .order_by(Project.start_date.desc(), Project.name, Project.id)
        )
    ]


def get_project(session: Session, project_id: str) -> ProjectRow:
    """One live project; :class:`AppError` when it no longer exists."""
    require_signed_in(session)
    _live_project(session, project_id)
    [row] = [r for r in list_projects(session) if r.project_id == project_id]
    return row


def add_project(session: Session, data: ProjectInput) -> Project:
    """A new project; its name must differ from every other live project's."""
    require(session, Permission.MANAGE_PROJECTS, entity_type=ENTITY_PROJECT)
    checked = _validate(data)
    if _name_taken(session, checked.name, None):
        raise ValidationError(MSG_NAME_TAKEN, field="name")
    project = Project(
        name=checked.name,
        code=checked.code,
        funder=checked.funder,
        start_date=checked.start_date,
        end_date=checked.end_date,
        participant_target=checked.participant_target,
        description=checked.description,
    )
    session.add(project)
    session.flush()
    filled = [name for name in _FIELDS if getattr(project, name) not in ("", None)]
    audit.record(session, AuditAction.PROJECT_CHANGED, ENTITY_PROJECT, project.id, "created fields=" + ",".join(filled))
    return project


_FIELDS = ("name", "code", "funder", "start_date", "end_date", "participant_target", "description")


def change_project(session: Session, project_id: str, data: ProjectInput) -> Project:
    """Change a project. Its period must still hold every participant's entry date."""
    require(session, Permission.MANAGE_PROJECTS, entity_type=ENTITY_PROJECT, entity_id=project_id)
    project = _live_project(session, project_id)
    checked = _validate(data)
    if _name_taken(session, checked.name, project_id):
        raise ValidationError(MSG_NAME_TAKEN, field="name")
    first, last = session.execute(
        select(func.min(ProjectParticipant.entry_date), func.max(ProjectParticipant.entry_date)).where(
            ProjectParticipant.project_id == project_id, ProjectParticipant.deleted_at.is_(None)
        )
    ).one()
    if first is not None and first < checked.start_date:
        raise ValidationError(MSG_ENTRY_BEFORE_START, field="start_date", date=format_date(first))
    if last is not None and checked.end_date is not None and last > checked.end_date:
        raise ValidationError(MSG_ENTRY_AFTER_END, field="end_date", date=format_date(last))
    before = {name: getattr(project, name) for name in _FIELDS}
    for name in _FIELDS:
        setattr(project, name, getattr(checked, name))
    session.flush()
    if changed := audit.changed_fields(before, project):
        audit.record(session, AuditAction.PROJECT_CHANGED, ENTITY_PROJECT, project.id, "fields=" + ",".join(changed))
    return project


def delete_project(session: Session, project_id: str) -> None:
    """Remove a project nobody takes part in (a tombstone, synchronised like every record)."""
    require(session, Permission.MANAGE_PROJECTS, entity_type=ENTITY_PROJECT, entity_id=project_id)
    project = _live_project(session, project_id)
    count = session.scalar(
        select(func.count())
        .select_from(ProjectParticipant)
        .where(ProjectParticipant.project_id == project_id, ProjectParticipant.deleted_at.is_(None))
    )
    if count:
        raise AppError(MSG_HAS_PARTICIPANTS, count=count)
    project.deleted_at = utcnow()
    session.flush()
    audit.record(session, AuditAction.PROJECT_CHANGED, ENTITY_PROJECT, project.id, "deleted")
