"""ESF+ projects (hanke) and their participants: entry data, exit and the six-month follow-up.

The entry data are those Regulation (EU) 2021/1057, Annex I asks of each participant; every answer
may be "not told". The exit uses the client's own :class:`~vauhdittamo.models.client.ExitOutcome`.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vauhdittamo.models.base import Base, SyncedMixin, str_enum
from vauhdittamo.models.client import Client, ExitOutcome


class Gender(enum.StrEnum):
    WOMAN = "woman"
    MAN = "man"
    NON_BINARY = "non_binary"
    NOT_TOLD = "not_told"


class LabourStatus(enum.StrEnum):
    """Labour-market status at entry."""

    EMPLOYED = "employed"  # including self-employed
    UNEMPLOYED = "unemployed"
    LONG_TERM_UNEMPLOYED = "long_term_unemployed"
    INACTIVE = "inactive"
    INACTIVE_NOT_IN_EDUCATION = "inactive_not_in_education"  # inactive, not in education or training
    NOT_TOLD = "not_told"


class EducationLevel(enum.StrEnum):
    ISCED_0_2 = "isced_0_2"
    ISCED_3_4 = "isced_3_4"
    ISCED_5_8 = "isced_5_8"
    NOT_TOLD = "not_told"


class Answer(enum.StrEnum):
    YES = "yes"
    NO = "no"
    NOT_TOLD = "not_told"


class AgeBand(enum.StrEnum):
    """Age at entry in the bands of the common output indicators (kept when the client is anonymised)."""

    UNDER_18 = "under_18"
    AGE_18_29 = "18_29"
    AGE_30_54 = "30_54"
    AGE_55_PLUS = "55_plus"
    UNKNOWN = "unknown"


# Entry answers about a participant's situation that only the roles seeing health-related details see.
SENSITIVE_FIELDS = ("disability", "foreign_background", "third_country_national", "minority", "homeless")


class Project(SyncedMixin, Base):
    """A funded project (hanke) the centre's work is reported to."""

    __tablename__ = "project"

    name: Mapped[str] = mapped_column(String(200))
    # The funder's code of the project (EURA 2021: e.g. "S30123"), if it has one.
    code: Mapped[str] = mapped_column(String(40), default="")
    funder: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    participant_target: Mapped[int | None] = mapped_column(Integer, default=None)
    description: Mapped[str] = mapped_column(Text, default="")


class ProjectParticipant(SyncedMixin, Base):
    """A client's participation in a project, from the entry date to the exit and its follow-up."""

    __tablename__ = "project_participant"
    __table_args__ = (
        UniqueConstraint("project_id", "client_id"),
        Index("ix_project_participant_client", "client_id"),
        Index("ix_project_participant_entry", "entry_date"),
        Index("ix_project_participant_exit", "exit_date"),
    )

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id"))
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"))
    entry_date: Mapped[dt.date] = mapped_column(Date)
    gender: Mapped[Gender] = mapped_column(str_enum(Gender), default=Gender.NOT_TOLD)
    age_band: Mapped[AgeBand] = mapped_column(str_enum(AgeBand), default=AgeBand.UNKNOWN)
    labour_status: Mapped[LabourStatus] = mapped_column(str_enum(LabourStatus), default=LabourStatus.NOT_TOLD)
    education_level: Mapped[EducationLevel] = mapped_column(
        str_enum(EducationLevel), default=EducationLevel.NOT_TOLD
    )
    rural: Mapped[Answer] = mapped_column(str_enum(Answer), default=Answer.NOT_TOLD)
    disability: Mapped[Answer] = mapped_column(str_enum(Answer), default=Answer.NOT_TOLD)
    foreign_background: Mapped[Answer] = mapped_column(str_enum(Answer), default=Answer.NOT_TOLD)
    third_country_national: Mapped[Answer] = mapped_column(str_enum(Answer), default=Answer.NOT_TOLD)
    minority: Mapped[Answer] = mapped_column(str_enum(Answer), default=Answer.NOT_TOLD)
    homeless: Mapped[Answer] = mapped_column(str_enum(Answer), default=Answer.NOT_TOLD)
    exit_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    exit_outcome: Mapped[ExitOutcome | None] = mapped_column(str_enum(ExitOutcome), default=None)
    # The follow-up six months after the exit: when it was done and what it found.
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    follow_up_employed: Mapped[Answer | None] = mapped_column(str_enum(Answer), default=None)
    follow_up_improved: Mapped[Answer | None] = mapped_column(str_enum(Answer), default=None)
    follow_up_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff_member.id"), default=None)

    project: Mapped[Project] = relationship()
    client: Mapped[Client] = relationship()
