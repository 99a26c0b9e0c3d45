"""Project participants: entry data, who sees the sensitive answers, the exit and the six-month follow-up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.acting import act_as, acting
from vauhdittamo.db import Database
from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.models import (
    AgeBand,
    Answer,
    AuditAction,
    AuditEntry,
    Client,
    EducationLevel,
    ExitOutcome,
    Gender,
    LabourStatus,
    Project,
    ProjectParticipant,
    StaffRole,
)
from vauhdittamo.models.project import SENSITIVE_FIELDS
from vauhdittamo.services import client_card as cc
from vauhdittamo.services import participants as ps
from vauhdittamo.services import subject_access
from vauhdittamo.services.permissions import Permission, PermissionDenied
from vauhdittamo.services.staff import add_staff_member

TODAY = dt.date(2026, 11, 24)
START = dt.date(2026, 1, 1)
Ids = dict[str, str]


@pytest.fixture
def ids(db: Database, staff_id: str) -> Ids:
    """The administrator, two coaches, a coordinator and a front desk worker; a project; a client of coach A."""
    found: Ids = {"admin": staff_id}
    with db.transaction(acting(db)) as session:
        for key, role in (("coach", StaffRole.COACH), ("other_coach", StaffRole.COACH),
                          ("coordinator", StaffRole.COORDINATOR), ("front_desk", StaffRole.FRONT_DESK)):
            found[key] = add_staff_member(session, f"Staff {key}", role).id
        project = Project(name="Kohti työtä", start_date=START, end_date=dt.date(2027, 12, 31))
        other = Project(name="Nuoret", start_date=dt.date(2025, 1, 1), end_date=dt.date(2025, 12, 31))
        session.add_all([project, other])
        client = Client(first_name="Aino", last_name="Korhonen", birth_date=dt.date(1997, 6, 15),
                        municipality="Lieksa", village="Koli", personal_coach_id=found["coach"],
                        created_at=dt.datetime(2026, 1, 5, 8, tzinfo=dt.UTC))
        session.add(client)
        session.flush()
        found.update(project=project.id, old_project=other.id, client=client.id)
    return found


def _client(db: Database, **fields: object) -> str:
    values: dict[str, object] = {"first_name": "Eero", "last_name": "Mäkinen",
                                 "created_at": dt.datetime(2026, 1, 5, 8, tzinfo=dt.UTC)}
    values.update(fields)
    with db.transaction(acting(db)) as session:
        client = Client(**values)
        session.add(client)
        session.flush()
        return client.id


def _enrol(db: Database, ids: Ids, client: str | None = None, entry: ps.EntryInput | None = None) -> str:
    with db.transaction(acting(db)) as session:
        return ps.enrol(session, client or ids["client"], ids["project"],
                        entry or ps.EntryInput(dt.date(2026, 3, 2)), today=TODAY).id


def _stored(db: Database, participant_id: str) -> ProjectParticipant:
    with db.session(acting(db)) as session:
        found = session.get(ProjectParticipant, participant_id)
        assert found is not None
        return found


def _viewed(db: Database) -> list[tuple[str | None, str | None, str, str]]:
    with db.session(acting(db)) as session:
        return [
            (e.staff_id, e.entity_id, e.entity_type, e.detail)
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.action == AuditAction.PARTICIPANT_DETAILS_VIEWED)
            )
        ]


# --------------------------------------------------------------------------- derived data


@pytest.mark.parametrize(
    ("birth", "band"),
    [
        (None, AgeBand.UNKNOWN),
        (dt.date(2008, 3, 3), AgeBand.UNDER_18),  # 17 on the day
        (dt.date(2008, 3, 2), AgeBand.AGE_18_29),  # 18 that very day
        (dt.date(1996, 3, 3), AgeBand.AGE_18_29),  # 29
        (dt.date(1996, 3, 2), AgeBand.AGE_30_54),
        (dt.date(1971, 3, 3), AgeBand.AGE_30_54),  # 54
        (dt.date(1971, 3, 2), AgeBand.AGE_55_PLUS),
    ],
)
def test_the_age_band_is_the_age_on_the_entry_day(birth: dt.date | None, band: AgeBand) -> None:
    assert ps.age_band_for(birth, dt.date(2026, 3, 2)) == band


@pytest.mark.parametrize(
    ("municipality", "village", "rural"),
    [
        ("Lieksa", "Koli", Answer.YES),
        ("Joensuu", "Reijola", Answer.YES),  # a village is rural wherever it is
        ("Lieksa", "", Answer.YES),
        (" juuka ", "", Answer.YES),
        ("Nurmes", "", Answer.YES),
        ("Ilomantsi", "", Answer.YES),
        ("Joensuu", "", Answer.NO),
        ("Helsinki", "", Answer.NO),
        ("Somewhere", "", Answer.NOT_TOLD),
        ("", "", Answer.NOT_TOLD),
    ],
)
def test_rural_is_derived_from_the_village_or_municipality(municipality: str, village: str, rural: Answer) -> None:
    assert ps.rural_for(municipality, village) == rural


@pytest.mark.parametrize(
    ("day", "due"),
    [
        (dt.date(2026, 3, 15), dt.date(2026, 9, 15)),
        (dt.date(2026, 8, 31), dt.date(2027, 2, 28)),
        (dt.date(2027, 8, 31), dt.date(2028, 2, 29)),
        (dt.date(2026, 9, 30), dt.date(2027, 3, 30)),
    ],
)
def test_the_follow_up_is_due_six_calendar_months_after_the_exit(day: dt.date, due: dt.date) -> None:
    assert ps.follow_up_due_on(day) == due


# --------------------------------------------------------------------------- entry


def test_enrolment_stores_the_entry_data_with_the_age_band_and_rural_derived(db: Database, ids: Ids) -> None:
    pid = _enrol(db, ids, entry=ps.EntryInput(
        dt.date(2026, 3, 2), gender=Gender.WOMAN, labour_status=LabourStatus.LONG_TERM_UNEMPLOYED,
        education_level=EducationLevel.ISCED_3_4, disability=Answer.YES, homeless=Answer.NO))
    stored = _stored(db, pid)
    assert (stored.entry_date, stored.gender, stored.labour_status, stored.education_level) == (
        dt.date(2026, 3, 2), Gender.WOMAN, LabourStatus.LONG_TERM_UNEMPLOYED, EducationLevel.ISCED_3_4)
    assert (stored.age_band, stored.rural) == (AgeBand.AGE_18_29, Answer.YES)
    assert (stored.disability, stored.homeless, stored.minority) == (Answer.YES, Answer.NO, Answer.NOT_TOLD)
    assert (stored.exit_date, stored.follow_up_on) == (None, None)


def test_every_answer_may_be_not_told_and_rural_overridden(db: Database, ids: Ids) -> None:
    joensuu = _client(db, municipality="Joensuu", birth_date=None)
    pid = _enrol(db, ids, joensuu)
    stored = _stored(db, pid)
    assert (stored.gender, stored.labour_status, stored.education_level, stored.age_band, stored.rural) == (
        Gender.NOT_TOLD, LabourStatus.NOT_TOLD, EducationLevel.NOT_TOLD, AgeBand.UNKNOWN, Answer.NO)
    assert all(getattr(stored, name) == Answer.NOT_TOLD for name in SENSITIVE_FIELDS)
    with db.transaction(acting(db)) as session:
        ps.change_entry(session, pid, ps.EntryInput(dt.date(2026, 3, 2), rural=Answer.YES), today=TODAY)
    assert _stored(db, pid).rural == Answer.YES
    with db.transaction(acting(db)) as session:  # rural not given: kept as answered
        ps.change_entry(session, pid, ps.EntryInput(dt.date(2026, 3, 3)), today=TODAY)
    assert _stored(db, pid).rural == Answer.YES


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (TODAY + dt.timedelta(days=1), "future"),
        (dt.date(2025, 12, 31), r"starts on 1\.1\.2026"),
    ],
)
def test_the_entry_date_is_in_the_project_period_and_not_in_the_future(
    db: Database, ids: Ids, entry: dt.date, message: str
) -> None:
    with db.transaction(acting(db)) as session, pytest.raises(ValidationError, match=message) as caught:
        ps.enrol(session, ids["client"], ids["project"], ps.EntryInput(entry), today=TODAY)
    assert caught.value.field == "entry_date"


def test_no_entry_after_the_project_ended(db: Database, ids: Ids) -> None:
    with db.transaction(acting(db)) as session, pytest.raises(ValidationError, match=r"ended on 31\.12\.2025"):
        ps.enrol(session, ids["client"], ids["old_project"], ps.EntryInput(dt.date(2026, 1, 2)), today=TODAY)


def test_a_client_takes_part_in_a_project_once_and_in_several_projects(db: Database, ids: Ids) -> None:
    _enrol(db, ids)
    with db.transaction(acting(db)) as session:
        with pytest.raises(ValidationError, match=r"already takes part in this project \(entered on 2\.3\.2026\)"):
            ps.enrol(session, ids["client"], ids["project"], ps.EntryInput(dt.date(2026, 4, 1)), today=TODAY)
        ps.enrol(session, ids["client"], ids["old_project"], ps.EntryInput(dt.date(2025, 6, 1)), today=TODAY)
    with db.session(acting(db)) as session:
        rows = ps.client_participations(session, ids["client"])
    assert [(r.project_name, r.entry_date) for r in rows] == [
        ("Kohti työtä", dt.date(2026, 3, 2)), ("Nuoret", dt.date(2025, 6, 1))]


def test_a_participation_removed_by_mistake_can_be_entered_again(db: Database, ids: Ids) -> None:
    pid = _enrol(db, ids)
    with db.transaction(acting(db)) as session:
        ps.record_exit(session, pid, dt.date(2026, 4, 1), ExitOutcome.OTHER, today=TODAY)
        ps.remove_participation(session, pid)
    with db.session(acting(db)) as session:
        assert ps.client_participations(session, ids["client"]) == []
    again = _enrol(db, ids, entry=ps.EntryInput(dt.date(2026, 5, 4)))
    stored = _stored(db, again)
    assert (again, stored.entry_date, stored.exit_date, stored.deleted_at) == (pid, dt.date(2026, 5, 4), None, None)


def test_bad_codes_are_refused_naming_the_field(db: Database, ids: Ids) -> None:
    with db.transaction(acting(db)) as session, pytest.raises(ValidationError, match="Not told") as caught:
        ps.enrol(session, ids["client"], ids["project"],
                 ps.EntryInput(dt.date(2026, 3, 2), gender="female"), today=TODAY)  # type: ignore[arg-type]
    assert caught.value.field == "gender"


def test_a_changed_entry_date_recomputes_the_age_band_and_stays_before_the_exit(db: Database, ids: Ids) -> None:
    teen = _client(db, birth_date=dt.date(2008, 6, 1))
    pid = _enrol(db, ids, teen)
    assert _stored(db, pid).age_band == AgeBand.UNDER_18
    with db.transaction(acting(db)) as session:
        ps.change_entry(session, pid, ps.EntryInput(dt.date(2026, 6, 1)), today=TODAY)
        ps.record_exit(session, pid, dt.date(2026, 7, 1), ExitOutcome.EDUCATION, today=TODAY)
        with pytest.raises(ValidationError, match=r"after the exit date \(1\.7\.2026\)"):
            ps.change_entry(session, pid, ps.EntryInput(dt.date(2026, 7, 2)), today=TODAY)
    assert _stored(db, pid).age_band == AgeBand.AGE_18_29


# --------------------------------------------------------------------------- the sensitive answers


def _with_answers(db: Database, ids: Ids) -> str:
    return _enrol(db, ids, entry=ps.EntryInput(dt.date(2026, 3, 2), disability=Answer.YES,
                                               foreign_background=Answer.YES, minority=Answer.NO))


@pytest.mark.parametrize("who", ["coach", "admin"])
def test_the_clients_coach_and_administrators_see_the_sensitive_answers_and_it_is_recorded(
    db: Database, ids: Ids, who: str
) -> None:
    pid = _with_answers(db, ids)
    act_as(db, ids[who])
    with db.transaction(acting(db)) as session:
        assert ps.may_see_sensitive(session, ids["client"])
        row = ps.open_participation(session, pid)
    assert row.sensitive_shown
    assert (row.disability, row.foreign_background, row.minority, row.homeless) == (
        Answer.YES, Answer.YES, Answer.NO, Answer.NOT_TOLD)
    assert _viewed(db) == [(ids[who], pid, ps.ENTITY_PARTICIPANT, "")]


@pytest.mark.parametrize("who", ["other_coach", "coordinator"])
def test_others_get_the_sensitive_answers_hidden_and_cannot_overwrite_them(
    db: Database, ids: Ids, who: str
) -> None:
    pid = _with_answers(db, ids)
    act_as(db, ids[who])
    with db.transaction(acting(db)) as session:
        assert not ps.may_see_sensitive(session, ids["client"])
        row = ps.open_participation(session, pid)
        assert not row.sensitive_shown
        assert all(value is None for value in row.sensitive_answers().values())
        assert row.gender == Gender.NOT_TOLD, "the other entry data are shown"
        # Their change of the other answers leaves the hidden ones as they are.
        ps.change_entry(session, pid, ps.EntryInput(dt.date(2026, 3, 2), gender=Gender.MAN), today=TODAY)
        with pytest.raises(AppError, match="only by the client's personal coach and administrators"):
            ps.change_entry(session, pid, ps.EntryInput(dt.date(2026, 3, 2), disability=Answer.NO), today=TODAY)
    assert _viewed(db) == [], "nothing sensitive was read"
    stored = _stored(db, pid)
    assert (stored.gender, stored.disability, stored.foreign_background, stored.minority) == (
        Gender.MAN, Answer.YES, Answer.YES, Answer.NO)


def test_the_list_of_participations_leaves_the_sensitive_answers_out(db: Database, ids: Ids) -> None:
    _with_answers(db, ids)
    act_as(db, ids["coach"])
    with db.session(acting(db)) as session:
        [row] = ps.client_participations(session, ids["client"])
    assert not row.sensitive_shown and row.disability is None
    assert _viewed(db) == []


def test_the_coach_of_another_client_enrols_without_sensitive_answers(db: Database, ids: Ids) -> None:
    act_as(db, ids["other_coach"])
    with db.transaction(acting(db)) as session:
        with pytest.raises(AppError, match="only by the client's personal coach"):
            ps.enrol(session, ids["client"], ids["project"],
                     ps.EntryInput(dt.date(2026, 3, 2), homeless=Answer.YES), today=TODAY)
        pid = ps.enrol(session, ids["client"], ids["project"], ps.EntryInput(dt.date(2026, 3, 2)), today=TODAY).id
    assert _stored(db, pid).homeless == Answer.NOT_TOLD


def test_the_front_desk_records_no_participation(db: Database, ids: Ids) -> None:
    pid = _enrol(db, ids)
    act_as(db, ids["front_desk"])
    with db.transaction(acting(db)) as session:
        for attempt in (
            lambda: ps.enrol(session, ids["client"], ids["old_project"], ps.EntryInput(dt.date(2025, 3, 2)),
                             today=TODAY),
            lambda: ps.change_entry(session, pid, ps.EntryInput(dt.date(2026, 3, 2)), today=TODAY),
            lambda: ps.record_exit(session, pid, dt.date(2026, 4, 1), ExitOutcome.OTHER, today=TODAY),
            lambda: ps.record_follow_up(session, pid, TODAY, Answer.YES, Answer.YES, today=TODAY),
            lambda: ps.due_follow_ups(session, TODAY),
        ):
            with pytest.raises(PermissionDenied) as denied:
                attempt()
            assert denied.value.permission == Permission.RECORD_PARTICIPATION
        assert ps.client_participations(session, ids["client"])[0].participant_id == pid, "but sees the list"


# --------------------------------------------------------------------------- exit and follow-up


def test_the_exit_is_checked_and_recorded(db: Database, ids: Ids) -> None:
    pid = _enrol(db, ids)
    with db.transaction(acting(db)) as session:
        with pytest.raises(ValidationError, match=r"before the entry date \(2\.3\.2026\)"):
            ps.record_exit(session, pid, dt.date(2026, 3, 1), ExitOutcome.EMPLOYMENT, today=TODAY)
        with pytest.raises(ValidationError, match="future"):
            ps.record_exit(session, pid, TODAY + dt.timedelta(days=1), ExitOutcome.EMPLOYMENT, today=TODAY)
        with pytest.raises(ValidationError, match="situation at exit") as none:
            ps.record_exit(session, pid, TODAY, None, today=TODAY)
        assert none.value.field == "exit_outcome"
        ps.record_exit(session, pid, dt.date(2026, 3, 2), ExitOutcome.QUALIFICATION, today=TODAY)
    stored = _stored(db, pid)
    assert (stored.exit_date, stored.exit_outcome) == (dt.date(2026, 3, 2), ExitOutcome.QUALIFICATION)
    with db.transaction(acting(db)) as session:
        ps.clear_exit(session, pid)
    assert _stored(db, pid).exit_date is None


def test_the_follow_up_is_recorded_from_six_months_after_the_exit(db: Database, ids: Ids) -> None:
    pid = _enrol(db, ids)
    act_as(db, ids["coach"])
    with db.transaction(acting(db)) as session:
        with pytest.raises(AppError, match="Record the exit first"):
            ps.record_follow_up(session, pid, TODAY, Answer.YES, Answer.YES, today=TODAY)
        ps.record_exit(session, pid, dt.date(2026, 5, 29), ExitOutcome.JOB_SEARCHING, today=TODAY)
        with pytest.raises(ValidationError, match=r"from 29\.11\.2026 on") as early:
            ps.record_follow_up(session, pid, dt.date(2026, 11, 28), Answer.YES, Answer.YES, today=TODAY)
        assert early.value.field == "follow_up_on"
    with db.transaction(acting(db)) as session:
        ps.record_exit(session, pid, dt.date(2026, 5, 20), ExitOutcome.JOB_SEARCHING, today=TODAY)
        with pytest.raises(ValidationError, match="future"):
            ps.record_follow_up(session, pid, TODAY + dt.timedelta(days=1), Answer.YES, Answer.NO, today=TODAY)
        ps.record_follow_up(session, pid, dt.date(2026, 11, 20), Answer.YES, Answer.NOT_TOLD, today=TODAY)
    stored = _stored(db, pid)
    assert (stored.follow_up_on, stored.follow_up_employed, stored.follow_up_improved, stored.follow_up_by_id) == (
        dt.date(2026, 11, 20), Answer.YES, Answer.NOT_TOLD, ids["coach"])
    with db.session(acting(db)) as session:
        [row] = ps.client_participations(session, ids["client"])
    assert (row.follow_up_due, row.followed_up, row.follow_up_by_name) == (
        dt.date(2026, 11, 20), True, "Staff coach")
    with db.transaction(acting(db)) as session:
        with pytest.raises(AppError, match="remove it before removing the exit"):
            ps.clear_exit(session, pid)
        with pytest.raises(ValidationError, match="six months"):  # the follow-up would come too early
            ps.record_exit(session, pid, dt.date(2026, 6, 1), ExitOutcome.JOB_SEARCHING, today=TODAY)
        ps.clear_follow_up(session, pid)
        ps.clear_exit(session, pid)


# --------------------------------------------------------------------------- with the client's exit


def test_the_clients_exit_ends_every_open_participation_and_clearing_it_reopens_them(
    db: Database, ids: Ids
) -> None:
    open_one = _enrol(db, ids)
    with db.transaction(acting(db)) as session:
        ended_one = ps.enrol(session, ids["client"], ids["old_project"], ps.EntryInput(dt.date(2025, 3, 1)),
                             today=TODAY).id
        ps.record_exit(session, ended_one, dt.date(2025, 12, 31), ExitOutcome.EDUCATION, today=TODAY)
        cc.set_exit(session, ids["client"], dt.date(2026, 10, 1), ExitOutcome.EMPLOYMENT, today=TODAY)
    assert (_stored(db, open_one).exit_date, _stored(db, open_one).exit_outcome) == (
        dt.date(2026, 10, 1), ExitOutcome.EMPLOYMENT)
    assert (_stored(db, ended_one).exit_date, _stored(db, ended_one).exit_outcome) == (
        dt.date(2025, 12, 31), ExitOutcome.EDUCATION), "an earlier exit stays"
    with db.transaction(acting(db)) as session:  # the exit changed: the participation moves with it
        cc.set_exit(session, ids["client"], dt.date(2026, 10, 5), ExitOutcome.QUALIFICATION, today=TODAY)
    assert (_stored(db, open_one).exit_date, _stored(db, open_one).exit_outcome) == (
        dt.date(2026, 10, 5), ExitOutcome.QUALIFICATION)
    with db.transaction(acting(db)) as session:
        cc.clear_exit(session, ids["client"])
    assert _stored(db, open_one).exit_date is None
    assert _stored(db, open_one).exit_outcome is None
    assert _stored(db, ended_one).exit_date == dt.date(2025, 12, 31)


def test_the_clients_exit_is_not_before_an_open_entry_and_needs_an_outcome(db: Database, ids: Ids) -> None:
    _enrol(db, ids, entry=ps.EntryInput(dt.date(2026, 6, 1)))
    with db.transaction(acting(db)) as session:
        with pytest.raises(ValidationError, match=r"entered the project Kohti työtä on 1\.6\.2026") as caught:
            cc.set_exit(session, ids["client"], dt.date(2026, 5, 1), ExitOutcome.OTHER, today=TODAY)
        assert caught.value.field == "exit_date"
        with pytest.raises(ValidationError, match="Choose the outcome"):
            cc.set_exit(session, ids["client"], dt.date(2026, 7, 1), None, today=TODAY)


def test_the_front_desk_ends_a_clients_path_with_its_participations(db: Database, ids: Ids) -> None:
    pid = _enrol(db, ids)
    act_as(db, ids["front_desk"])
    with db.transaction(acting(db)) as session:
        cc.set_exit(session, ids["client"], dt.date(2026, 10, 1), ExitOutcome.OTHER, today=TODAY)
    assert _stored(db, pid).exit_date == dt.date(2026, 10, 1)


# --------------------------------------------------------------------------- the due list


def test_due_follow_ups_for_the_coach_or_for_everyone(db: Database, ids: Ids) -> None:
    others = _client(db, first_name="Ville", last_name="Virtanen", personal_coach_id=ids["other_coach"])
    gone = _client(db, first_name="Anon", last_name="Ymi", personal_coach_id=ids["coach"])
    done = _client(db, first_name="Jo", last_name="Seurattu", personal_coach_id=ids["coach"])
    recent = _client(db, first_name="Vasta", last_name="Lähtenyt", personal_coach_id=ids["coach"])
    pids = {key: _enrol(db, ids, client) for key, client in
            (("mine", ids["client"]), ("others", others), ("gone", gone), ("done", done), ("recent", recent))}
    exits = {"mine": dt.date(2026, 5, 24), "others": dt.date(2026, 4, 1), "gone": dt.date(2026, 4, 1),
             "done": dt.date(2026, 4, 1), "recent": dt.date(2026, 5, 25)}
    with db.transaction(acting(db)) as session:
        for key, day in exits.items():
            ps.record_exit(session, pids[key], day, ExitOutcome.JOB_SEARCHING, today=TODAY)
        ps.record_follow_up(session, pids["done"], dt.date(2026, 10, 2), Answer.NO, Answer.NO, today=TODAY)
        anonymised = session.get(Client, gone)
        assert anonymised is not None
        anonymised.anonymised_at = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    act_as(db, ids["coach"])
    with db.session(acting(db)) as session:
        mine = ps.due_follow_ups(session, TODAY, ids["coach"])
        assert ps.due_follow_up_count(session, TODAY, ids["coach"]) == 1
        everyone = ps.due_follow_ups(session, TODAY)
        assert ps.due_follow_up_count(session, TODAY + dt.timedelta(days=1)) == 3
    assert mine == [ps.DueFollowUp(pids["mine"], ids["client"], "Aino Korhonen", "Kohti työtä",
                                   dt.date(2026, 5, 24), dt.date(2026, 11, 24))]
    assert [(r.client_name, r.due_date) for r in everyone] == [
        ("Ville Virtanen", dt.date(2026, 10, 1)), ("Aino Korhonen", dt.date(2026, 11, 24))]


def test_the_clients_own_data_holds_the_participations(db: Database, ids: Ids, tmp_path: Path) -> None:
    pid = _with_answers(db, ids)
    with db.transaction(acting(db)) as session:
        ps.record_exit(session, pid, dt.date(2026, 4, 1), ExitOutcome.JOB_SEARCHING, today=TODAY)
        written = subject_access.export_client_data(session, ids["client"], tmp_path)
    assert written.counts["participations"] == 1
    sheet = load_workbook(written.xlsx_path)["Hankkeet"]
    header, row = ([cell.value for cell in r] for r in sheet.iter_rows(max_row=2))
    values = dict(zip(header, row, strict=True))
    assert (values["Hanke"], values["Aloituspäivä"], values["Vammainen"], values["Tilanne päättyessä"]) == (
        "Kohti työtä", dt.datetime(2026, 3, 2), "kyllä", "työnhakija")
    assert values["Ikä aloittaessa"] == "18–29" and values["Asuu maaseudulla"] == "kyllä"
