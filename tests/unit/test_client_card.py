import datetime as dt

import pytest
from sqlalchemy import event

from tests.acting import acting
from vauhdittamo.db import Database
from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.models import (
    AgeGroup,
    AttendanceMark,
    AttendanceStatus,
    Client,
    ClientNote,
    CompetenceCertificate,
    Consent,
    ConsentKind,
    ExitOutcome,
    GuidanceVisit,
    PartnerCategory,
    PartnerOrganisation,
    PartnerService,
    PathGoal,
    PathState,
    PathStep,
    Referral,
    ReferralEvent,
    ReferralStatus,
    StaffMember,
    VisitChannel,
    VisitTopic,
    Workshop,
    WorkshopSession,
)
from vauhdittamo.services import client_card as cc
from vauhdittamo.services import validation as v
from vauhdittamo.services.client_card import TimelineKind
from vauhdittamo.timeutil import HELSINKI

TODAY = dt.date(2026, 11, 24)


def utc(day: int, hour: int, minute: int = 0, month: int = 11) -> dt.datetime:
    """A Helsinki wall-clock time in November 2026 as a UTC instant."""
    return dt.datetime(2026, month, day, hour, minute, tzinfo=HELSINKI).astimezone(dt.UTC)


def _client(db: Database, **fields: object) -> str:
    values: dict[str, object] = {
        "first_name": "Pekka",
        "last_name": "Järvinen",
        "personal_id": "131052-308T",
        "birth_date": dt.date(1952, 10, 13),
        "municipality": "Lieksa",
        "village": "Koli",
        "created_at": utc(1, 8),
    }
    values.update(fields)
    with db.transaction(acting(db)) as session:
        client = Client(**values)
        session.add(client)
        session.flush()
        return client.id


@pytest.fixture
def client_id(db: Database, staff_id: str) -> str:
    return _client(db, personal_coach_id=staff_id)


@pytest.fixture
def history(db: Database, staff_id: str, client_id: str) -> dict[str, str]:
    """One event of every kind, on distinct days of November 2026, and a stranger's history."""
    other = _client(db, first_name="Muu", last_name="Asiakas", personal_id=None, birth_date=None)
    ids: dict[str, str] = {}
    with db.transaction(acting(db)) as s:
        org = PartnerOrganisation(name="Kela Lieksa", category=PartnerCategory.KELA)
        s.add(org)
        s.flush()
        service = PartnerService(organisation_id=org.id, name="Kuntoutus")
        workshop = Workshop(name="START-paja", start_date=dt.date(2026, 1, 1))
        s.add_all([service, workshop])
        s.flush()
        visit = GuidanceVisit(
            client_id=client_id,
            staff_id=staff_id,
            visited_at=utc(2, 9, 5),
            channel=VisitChannel.PHONE,
            topics="job_search,cv,retired_code",
            duration_minutes=25,
            note="Talked about CVs",
            next_step="Send the CV",
            next_step_date=dt.date(2026, 11, 9),
        )
        referral = Referral(client_id=client_id, partner_service_id=service.id, staff_id=staff_id)
        session_ = WorkshopSession(
            workshop_id=workshop.id,
            session_date=dt.date(2026, 11, 4),
            start_time=dt.time(9, 0),
            end_time=dt.time(12, 0),
        )
        s.add_all([visit, referral, session_])
        s.flush()
        sent = ReferralEvent(referral_id=referral.id, status=ReferralStatus.SENT, occurred_at=utc(3, 10),
                             staff_id=staff_id)
        accepted = ReferralEvent(referral_id=referral.id, status=ReferralStatus.ACCEPTED, occurred_at=utc(5, 14),
                                 note="Starts in December")
        mark = AttendanceMark(session_id=session_.id, client_id=client_id, status=AttendanceStatus.PRESENT,
                              drop_in=True)
        certificate = CompetenceCertificate(client_id=client_id, competence_area="Kiinteistönhoito",
                                            qualification="Kiinteistönhoitajan osatutkinto",
                                            awarded_on=dt.date(2026, 11, 6), assessor_name="Ulla Ulkopuolinen")
        note = ClientNote(client_id=client_id, staff_id=staff_id, written_at=utc(7, 15), text="Called back")
        consent = Consent(client_id=client_id, kind=ConsentKind.SHARE_DATA, partner_category="kela",
                          given_at=utc(8, 9), given_by_id=staff_id, withdrawn_at=utc(10, 9),
                          withdrawn_by_id=staff_id, note="Orally")
        goal = PathGoal(client_id=client_id, title="Työpaikka", created_at=utc(11, 12))
        deleted_note = ClientNote(client_id=client_id, written_at=utc(12, 9), text="gone", deleted_at=utc(12, 10))
        stranger = GuidanceVisit(client_id=other, visited_at=utc(12, 9))
        s.add_all([sent, accepted, mark, certificate, note, consent, goal, deleted_note, stranger])
        s.flush()
        step = PathStep(goal_id=goal.id, title="Ajokortti", state=PathState.DONE, done_on=dt.date(2026, 11, 13))
        open_step = PathStep(goal_id=goal.id, position=1, title="Hakemukset")
        s.add_all([step, open_step])
        client = s.get(Client, client_id)
        assert client is not None
        client.exit_date = dt.date(2026, 11, 14)
        client.exit_outcome = ExitOutcome.EMPLOYMENT
        s.flush()
        ids.update(visit=visit.id, sent=sent.id, accepted=accepted.id, mark=mark.id, certificate=certificate.id,
                   note=note.id, consent=consent.id, goal=goal.id, step=step.id, open_step=open_step.id)
    return ids


def _card(db: Database, client_id: str) -> cc.ClientCard:
    with db.session(acting(db)) as session:
        return cc.load_card(session, client_id, TODAY)


def test_card_has_the_details_coach_and_age_group(db: Database, staff_id: str, client_id: str) -> None:
    card = _card(db, client_id)
    assert (card.full_name, card.personal_id, card.municipality, card.village) == (
        "Pekka Järvinen", "131052-308T", "Lieksa", "Koli")
    assert card.age_group == AgeGroup.AGE_30_PLUS
    assert (card.coach_id, card.coach_name) == (staff_id, "Anna Ohjaaja")
    assert card.active and card.exit_date is None
    assert card.registered_on == dt.date(2026, 11, 1)
    assert card.timeline == () and card.consents == () and card.goals == ()


def test_timeline_has_every_kind_newest_first(db: Database, client_id: str, history: dict[str, str]) -> None:
    card = _card(db, client_id)
    assert [(e.kind, e.ref_id) for e in card.timeline] == [
        (TimelineKind.EXIT, client_id),
        (TimelineKind.GOAL, history["step"]),
        (TimelineKind.GOAL, history["goal"]),
        (TimelineKind.CONSENT, history["consent"]),  # withdrawn
        (TimelineKind.CONSENT, history["consent"]),  # given
        (TimelineKind.NOTE, history["note"]),
        (TimelineKind.CERTIFICATE, history["certificate"]),
        (TimelineKind.REFERRAL_STATUS, history["accepted"]),
        (TimelineKind.ATTENDANCE, history["mark"]),
        (TimelineKind.REFERRAL_STATUS, history["sent"]),
        (TimelineKind.VISIT, history["visit"]),
    ]
    assert all(e.when.tzinfo is not None and e.when.utcoffset() == dt.timedelta(0) for e in card.timeline)
    assert {e.kind for e in card.timeline} == set(TimelineKind)


def test_timeline_events_carry_codes_and_names(db: Database, client_id: str, history: dict[str, str]) -> None:
    events = {(e.kind, e.ref_id, e.withdrawn): e for e in _card(db, client_id).timeline}
    visit = events[TimelineKind.VISIT, history["visit"], False]
    assert visit.topics == (VisitTopic.JOB_SEARCH, VisitTopic.CV, "retired_code")
    assert (visit.channel, visit.duration_minutes, visit.detail) == (VisitChannel.PHONE, 25, "Talked about CVs")
    assert (visit.next_step, visit.next_step_date, visit.staff_name) == (
        "Send the CV", dt.date(2026, 11, 9), "Anna Ohjaaja")
    assert visit.when == utc(2, 9, 5)

    accepted = events[TimelineKind.REFERRAL_STATUS, history["accepted"], False]
    assert (accepted.title, accepted.organisation, accepted.status, accepted.detail) == (
        "Kuntoutus", "Kela Lieksa", ReferralStatus.ACCEPTED, "Starts in December")

    mark = events[TimelineKind.ATTENDANCE, history["mark"], False]
    assert (mark.title, mark.status, mark.drop_in) == ("START-paja", AttendanceStatus.PRESENT, True)
    assert (mark.session_date, mark.start_time, mark.end_time) == (
        dt.date(2026, 11, 4), dt.time(9), dt.time(12))
    assert mark.when == utc(4, 9)

    certificate = events[TimelineKind.CERTIFICATE, history["certificate"], False]
    assert certificate.all_day and certificate.local_day == dt.date(2026, 11, 6)
    assert (certificate.title, certificate.qualification, certificate.staff_name) == (
        "Kiinteistönhoito", "Kiinteistönhoitajan osatutkinto", "Ulla Ulkopuolinen")

    assert events[TimelineKind.NOTE, history["note"], False].detail == "Called back"

    given = events[TimelineKind.CONSENT, history["consent"], False]
    withdrawn = events[TimelineKind.CONSENT, history["consent"], True]
    assert (given.consent_kind, given.partner_category, given.detail) == (
        ConsentKind.SHARE_DATA, PartnerCategory.KELA, "Orally")
    assert (given.when, withdrawn.when) == (utc(8, 9), utc(10, 9))

    step = events[TimelineKind.GOAL, history["step"], False]
    assert (step.title, step.goal_title, step.status, step.local_day) == (
        "Ajokortti", "Työpaikka", PathState.DONE, dt.date(2026, 11, 13))
    goal = events[TimelineKind.GOAL, history["goal"], False]
    assert (goal.title, goal.status) == ("Työpaikka", None)
    exit_event = events[TimelineKind.EXIT, client_id, False]
    assert (exit_event.exit_outcome, exit_event.local_day) == (ExitOutcome.EMPLOYMENT, dt.date(2026, 11, 14))


def test_card_lists_consents_active_first_and_goals_with_ordered_steps(
    db: Database, staff_id: str, client_id: str, history: dict[str, str]
) -> None:
    with db.transaction(acting(db)) as session:
        cc.add_consent(session, client_id, ConsentKind.CONTACT_SMS, None, "")
    card = _card(db, client_id)
    assert [(c.kind, c.active) for c in card.consents] == [
        (ConsentKind.CONTACT_SMS, True), (ConsentKind.SHARE_DATA, False)]
    withdrawn = card.consents[1]
    assert (withdrawn.given_by_name, withdrawn.withdrawn_by_name, withdrawn.note) == (
        "Anna Ohjaaja", "Anna Ohjaaja", "Orally")
    assert card.active_consents == card.consents[:1]
    [goal] = card.goals
    assert [s.title for s in goal.steps] == ["Ajokortti", "Hakemukset"]
    assert (card.exit_date, card.exit_outcome, card.active) == (dt.date(2026, 11, 14), ExitOutcome.EMPLOYMENT, False)


def test_card_reads_in_a_fixed_number_of_queries(db: Database, client_id: str, history: dict[str, str]) -> None:
    statements: list[str] = []

    def count(*_args: object) -> None:
        statements.append("x")

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        _card(db, client_id)
        few = len(statements)
        with db.transaction(acting(db)) as session:
            for day in range(1, 28):
                session.add(ClientNote(client_id=client_id, written_at=utc(day, 12), text=f"n{day}"))
                session.add(GuidanceVisit(client_id=client_id, visited_at=utc(day, 13)))
        statements.clear()
        card = _card(db, client_id)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(card.timeline) == 11 + 2 * 27
    assert len(statements) == few <= 12


def test_missing_client_is_a_plain_error(db: Database) -> None:
    with db.session(acting(db)) as session, pytest.raises(AppError, match="no longer exists"):
        cc.load_card(session, "nobody", TODAY)


def test_personal_coach_is_set_changed_and_removed(db: Database, staff_id: str, client_id: str) -> None:
    with db.transaction(acting(db)) as session:
        other = StaffMember(display_name="Ville Valmentaja")
        gone = StaffMember(display_name="Entinen", active=False)
        session.add_all([other, gone])
        session.flush()
        other_id, gone_id = other.id, gone.id
    with db.transaction(acting(db)) as session:
        cc.set_personal_coach(session, client_id, other_id)
    assert _card(db, client_id).coach_name == "Ville Valmentaja"
    with db.transaction(acting(db)) as session, pytest.raises(ValidationError, match="no longer active"):
        cc.set_personal_coach(session, client_id, gone_id)
    with db.transaction(acting(db)) as session:
        cc.set_personal_coach(session, client_id, None)
    assert (_card(db, client_id).coach_id, _card(db, client_id).coach_name) == (None, "")


def test_share_data_consent_needs_a_category_and_others_refuse_one(
    db: Database, staff_id: str, client_id: str
) -> None:
    with db.transaction(acting(db)) as session:
        with pytest.raises(ValidationError) as missing:
            cc.add_consent(session, client_id, ConsentKind.SHARE_DATA, None, "")
        assert missing.value.field == "partner_category"
        with pytest.raises(ValidationError) as extra:
            cc.add_consent(session, client_id, ConsentKind.CONTACT_EMAIL, PartnerCategory.KELA, "")
        assert extra.value.field == "partner_category"
        consent = cc.add_consent(session, client_id, ConsentKind.SHARE_DATA, PartnerCategory.KELA, " Signed ")
        assert (consent.partner_category, consent.note, consent.given_by_id) == ("kela", "Signed", staff_id)
        assert consent.given_at.tzinfo is not None


def test_one_consent_in_force_per_kind_and_category(db: Database, staff_id: str, client_id: str) -> None:
    with db.transaction(acting(db)) as session:
        first = cc.add_consent(session, client_id, ConsentKind.SHARE_DATA, PartnerCategory.KELA, "")
        cc.add_consent(session, client_id, ConsentKind.SHARE_DATA, PartnerCategory.TE_SERVICES, "")
        cc.add_consent(session, client_id, ConsentKind.CONTACT_SMS, None, "")
        with pytest.raises(ValidationError, match="already has this consent"):
            cc.add_consent(session, client_id, ConsentKind.SHARE_DATA, PartnerCategory.KELA, "")
        with pytest.raises(ValidationError, match="already has this consent"):
            cc.add_consent(session, client_id, ConsentKind.CONTACT_SMS, None, "")
        first_id = first.id
    with db.transaction(acting(db)) as session:
        withdrawn = cc.withdraw_consent(session, first_id)
        assert withdrawn.withdrawn_by_id == staff_id and withdrawn.withdrawn_at is not None
        with pytest.raises(AppError, match="already been withdrawn"):
            cc.withdraw_consent(session, first_id)
        cc.add_consent(session, client_id, ConsentKind.SHARE_DATA, PartnerCategory.KELA, "again")
    card = _card(db, client_id)
    assert [c.active for c in card.consents] == [True, True, True, False]
    with db.transaction(acting(db)) as session, pytest.raises(AppError, match="no longer exists"):
        cc.withdraw_consent(session, "missing")


def test_notes_are_required_and_limited(db: Database, staff_id: str, client_id: str) -> None:
    with db.transaction(acting(db)) as session:
        with pytest.raises(ValidationError, match="required"):
            cc.add_note(session, client_id, "   ")
        with pytest.raises(ValidationError) as too_long:
            cc.add_note(session, client_id, "x" * 4001)
        assert too_long.value.params == {"limit": 4000}
        cc.add_note(session, client_id, "x" * 4000)
    [event_] = _card(db, client_id).timeline
    assert (event_.kind, event_.staff_name, len(event_.detail)) == (TimelineKind.NOTE, "Anna Ohjaaja", 4000)


def test_path_goals_steps_and_states(db: Database, client_id: str) -> None:
    with db.transaction(acting(db)) as session:
        with pytest.raises(ValidationError, match="required"):
            cc.add_goal(session, client_id, "", None)
        goal = cc.add_goal(session, client_id, "Koulutus", dt.date(2027, 6, 1), "Kevään yhteishaku")
        first = cc.add_step(session, goal.id, "Opinto-ohjaus", dt.date(2026, 12, 1))
        second = cc.add_step(session, goal.id, "Hakemus", None)
        assert (first.position, second.position, second.state) == (0, 1, PathState.PLANNED)
        goal_id, second_id = goal.id, second.id
    with db.transaction(acting(db)) as session:
        cc.set_step_state(session, second_id, PathState.DONE, today=TODAY)
        cc.set_goal_state(session, goal_id, PathState.IN_PROGRESS)
    [goal_row] = _card(db, client_id).goals
    assert (goal_row.title, goal_row.description, goal_row.target_date, goal_row.state) == (
        "Koulutus", "Kevään yhteishaku", dt.date(2027, 6, 1), PathState.IN_PROGRESS)
    assert [(s.title, s.state, s.done_on) for s in goal_row.steps] == [
        ("Opinto-ohjaus", PathState.PLANNED, None), ("Hakemus", PathState.DONE, TODAY)]
    with db.transaction(acting(db)) as session:
        cc.set_step_state(session, second_id, PathState.DONE, today=TODAY + dt.timedelta(days=3))
    assert _card(db, client_id).goals[0].steps[1].done_on == TODAY, "done again keeps the first day"
    with db.transaction(acting(db)) as session:
        cc.set_step_state(session, second_id, PathState.IN_PROGRESS)
        with pytest.raises(ValidationError, match="Choose a state"):
            cc.set_goal_state(session, goal_id, "finished")  # type: ignore[arg-type]
        with pytest.raises(AppError, match="no longer exists"):
            cc.add_step(session, "missing", "x", None)
    assert _card(db, client_id).goals[0].steps[1].done_on is None


def test_exit_is_validated_set_and_cleared(db: Database, client_id: str) -> None:
    with db.transaction(acting(db)) as session:
        with pytest.raises(ValidationError, match="future") as future:
            cc.set_exit(session, client_id, TODAY + dt.timedelta(days=1), ExitOutcome.EDUCATION, today=TODAY)
        assert future.value.field == "exit_date"
        with pytest.raises(ValidationError, match=r"first recorded day \(1\.11\.2026\)"):
            cc.set_exit(session, client_id, dt.date(2026, 10, 31), ExitOutcome.EDUCATION, today=TODAY)
        with pytest.raises(ValidationError, match="outcome"):
            cc.set_exit(session, client_id, TODAY, "hired", today=TODAY)  # type: ignore[arg-type]
        cc.set_exit(session, client_id, TODAY, ExitOutcome.EDUCATION, today=TODAY)
    card = _card(db, client_id)
    assert (card.active, card.exit_date, card.exit_outcome) == (False, TODAY, ExitOutcome.EDUCATION)
    with db.transaction(acting(db)) as session:
        cc.clear_exit(session, client_id)
    card = _card(db, client_id)
    assert (card.active, card.exit_date, card.exit_outcome, card.timeline) == (True, None, None, ())


def test_exit_may_go_back_to_history_older_than_the_record(db: Database, client_id: str) -> None:
    with db.transaction(acting(db)) as session:
        session.add(GuidanceVisit(client_id=client_id, visited_at=utc(15, 10, month=9)))
    with db.session(acting(db)) as session:
        assert cc.first_recorded_day(session, client_id) == dt.date(2026, 9, 15)
    with db.transaction(acting(db)) as session:
        cc.set_exit(session, client_id, dt.date(2026, 9, 20), ExitOutcome.OTHER, today=TODAY)


@pytest.mark.parametrize(
    ("code", "masked"),
    [("131052-308T", "131052-****"), ("010203A123B", "010203A****"), ("", ""), (None, ""), ("123", "***")],
)
def test_masked_personal_id_shows_only_the_birth_part(code: str | None, masked: str) -> None:
    assert cc.masked_personal_id(code) == masked


def test_masked_personal_id_of_a_validated_code() -> None:
    assert cc.masked_personal_id(v.normalise_personal_id("131052-308t")) == "131052-****"
