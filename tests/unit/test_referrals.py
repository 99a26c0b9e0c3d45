"""Referrals: the lifecycle, the consent gate, response dates, assessment results and the follow-up lists."""

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from tests.acting import act_as, acting
from vauhdittamo.db import Database, open_database
from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.models import (
    FINAL_STATUSES,
    AssessmentResult,
    Client,
    Consent,
    ConsentKind,
    PartnerCategory,
    PartnerOrganisation,
    PartnerService,
    Referral,
    ReferralEvent,
    ReferralStatus,
    ReferralUrgency,
    StaffMember,
    StaffRole,
)
from vauhdittamo.services import referrals as rf
from vauhdittamo.services.permissions import current_actor
from vauhdittamo.services.referrals import ConsentRequired, TransitionNotAllowed
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.timeutil import HELSINKI

S = ReferralStatus
TODAY = dt.date(2026, 11, 24)


def utc(day: int, hour: int, minute: int = 0, month: int = 11) -> dt.datetime:
    """A Helsinki wall-clock time in 2026 as a UTC instant."""
    return dt.datetime(2026, month, day, hour, minute, tzinfo=HELSINKI).astimezone(dt.UTC)


NOW = utc(24, 10)  # the simulated clock: 24.11.2026 at 10.00 in Helsinki

# The shortest way from a new referral (draft) to each status.
PATH_TO: dict[ReferralStatus, list[ReferralStatus]] = {
    S.DRAFT: [],
    S.SENT: [S.SENT],
    S.ACCEPTED: [S.SENT, S.ACCEPTED],
    S.DECLINED: [S.SENT, S.DECLINED],
    S.STARTED: [S.SENT, S.ACCEPTED, S.STARTED],
    S.COMPLETED: [S.SENT, S.ACCEPTED, S.STARTED, S.COMPLETED],
    S.NO_SHOW: [S.SENT, S.ACCEPTED, S.NO_SHOW],
    S.CANCELLED: [S.CANCELLED],
}

ALLOWED = {
    (S.DRAFT, S.SENT),
    (S.DRAFT, S.CANCELLED),
    (S.SENT, S.ACCEPTED),
    (S.SENT, S.DECLINED),
    (S.SENT, S.CANCELLED),
    (S.ACCEPTED, S.STARTED),
    (S.ACCEPTED, S.NO_SHOW),
    (S.ACCEPTED, S.CANCELLED),
    (S.STARTED, S.COMPLETED),
    (S.STARTED, S.CANCELLED),
}


# --------------------------------------------------------------------------- set-up


def add_client(session: Session, first_name: str = "Pekka", last_name: str = "Järvinen") -> str:
    client = Client(first_name=first_name, last_name=last_name, created_at=utc(1, 8))
    session.add(client)
    session.flush()
    return client.id


def add_service(
    session: Session,
    category: PartnerCategory = PartnerCategory.KELA,
    *,
    organisation: str = "Kela Lieksa",
    name: str = "Ammatillinen kuntoutus",
    response_days: int | None = None,
    accepts_referrals: bool = True,
    active: bool = True,
    organisation_active: bool = True,
    organisation_id: str | None = None,
) -> str:
    if organisation_id is None:
        org = PartnerOrganisation(name=organisation, category=category, active=organisation_active)
        session.add(org)
        session.flush()
        organisation_id = org.id
    service = PartnerService(
        organisation_id=organisation_id,
        name=name,
        response_days=response_days,
        accepts_referrals=accepts_referrals,
        active=active,
    )
    session.add(service)
    session.flush()
    return service.id


def organisation_of(session: Session, service_id: str) -> str:
    service = session.get(PartnerService, service_id)
    assert service is not None
    return service.organisation_id


def add_consent(
    session: Session,
    client_id: str,
    category: PartnerCategory | str,
    *,
    given_at: dt.datetime | None = None,
    withdrawn_at: dt.datetime | None = None,
    deleted_at: dt.datetime | None = None,
    kind: ConsentKind = ConsentKind.SHARE_DATA,
) -> str:
    consent = Consent(
        client_id=client_id,
        kind=kind,
        partner_category=str(category) if kind == ConsentKind.SHARE_DATA else None,
        given_at=given_at or utc(2, 9),
        withdrawn_at=withdrawn_at,
        deleted_at=deleted_at,
    )
    session.add(consent)
    session.flush()
    return consent.id


def new_referral(session: Session, client_id: str, service_id: str, staff_id: str, **fields: Any) -> Referral:
    values: dict[str, Any] = {
        "client_id": client_id,
        "partner_service_id": service_id,
        "staff_id": staff_id,
        "reason": "Kuntoutustarpeen selvitys",
        "urgency": ReferralUrgency.NORMAL,
        "today": TODAY,
        "now": utc(10, 9),
    }
    values.update(fields)
    return rf.create_referral(session, **values)


def walk(session: Session, referral_id: str, staff_id: str, statuses: list[ReferralStatus], start: int = 11) -> None:
    """Take the referral through *statuses*, one day apart from the 11th of November."""
    for day, status in enumerate(statuses, start=start):
        rf.change_status(session, referral_id, status, note="syy", when=utc(day, 12), now=NOW)


def event_count(session: Session, referral_id: str) -> int:
    return int(
        session.scalar(select(func.count()).select_from(ReferralEvent).where(ReferralEvent.referral_id == referral_id))
        or 0
    )


@pytest.fixture
def world(db: Database, staff_id: str) -> dict[str, str]:
    """A client with a consent to share data with Kela, and a Kela service."""
    with db.transaction(acting(db)) as s:
        client_id = add_client(s)
        service_id = add_service(s)
        add_consent(s, client_id, PartnerCategory.KELA)
    return {"client": client_id, "service": service_id, "staff": staff_id}


# --------------------------------------------------------------------------- the transition table


def test_the_table_covers_every_status_and_final_statuses_lead_nowhere() -> None:
    assert set(rf.TRANSITIONS) == set(S)
    assert {s for s, nexts in rf.TRANSITIONS.items() if not nexts} == FINAL_STATUSES
    assert {(a, b) for a, nexts in rf.TRANSITIONS.items() for b in nexts} == ALLOWED
    for status, path in PATH_TO.items():  # every status is reachable from a draft
        current = S.DRAFT
        for step in path:
            assert step in rf.allowed_next(current)
            current = step
        assert current == status


@pytest.fixture(scope="module")
def matrix_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, str]]]:
    """One database for the whole status × status matrix; every case makes its own referral."""
    database = open_database(Path(tmp_path_factory.mktemp("matrix")) / "matrix.sqlite3")
    with database.transaction(acting(database)) as s:
        staff = add_staff_member(s, "Matti Matriisi", StaffRole.COACH).id
        client_id = add_client(s)
        service_id = add_service(s)
        add_consent(s, client_id, PartnerCategory.KELA)
    act_as(database, staff)
    yield database, {"client": client_id, "service": service_id, "staff": staff}
    database.close()


@pytest.mark.parametrize(("current", "target"), list(itertools.product(S, S)), ids=lambda s: s.value)
def test_every_transition_of_the_matrix(
    matrix_db: tuple[Database, dict[str, str]], current: ReferralStatus, target: ReferralStatus
) -> None:
    db, ids = matrix_db
    with db.transaction(acting(db)) as s:
        referral = new_referral(s, ids["client"], ids["service"], ids["staff"])
        referral_id = referral.id
        walk(s, referral_id, ids["staff"], PATH_TO[current])
        assert rf.current_status(s, referral_id) == current
        before = event_count(s, referral_id)
    with db.transaction(acting(db)) as s:
        if (current, target) in ALLOWED:
            event = rf.change_status(s, referral_id, target, note="syy", when=utc(20, 12), now=NOW)
            assert event.status == target
            assert rf.current_status(s, referral_id) == target
            assert event_count(s, referral_id) == before + 1
        else:
            with pytest.raises(TransitionNotAllowed) as caught:
                rf.change_status(s, referral_id, target, note="syy", when=utc(20, 12), now=NOW)
            assert caught.value.params == {"from": current.value, "to": target.value}
            assert caught.value.current == current and caught.value.to == target
            assert current.value in str(caught.value) and target.value in str(caught.value)
    with db.transaction(acting(db)) as s:
        expected = target if (current, target) in ALLOWED else current
        assert rf.current_status(s, referral_id) == expected
        assert event_count(s, referral_id) == before + ((current, target) in ALLOWED)


def test_refused_transition_messages_name_both_statuses(db: Database, world: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        referral_id = new_referral(s, world["client"], world["service"], world["staff"], send=True).id
    with db.transaction(acting(db)) as s, pytest.raises(TransitionNotAllowed) as caught:
        rf.change_status(s, referral_id, S.COMPLETED, when=utc(11, 9), now=NOW)
    assert str(caught.value) == "A referral cannot go from sent to completed."
    assert caught.value.template == rf.MSG_TRANSITION

    with db.transaction(acting(db)) as s:
        rf.change_status(s, referral_id, S.CANCELLED, when=utc(11, 9), now=NOW)
    with db.transaction(acting(db)) as s, pytest.raises(TransitionNotAllowed) as caught:
        rf.change_status(s, referral_id, S.SENT, when=utc(12, 9), now=NOW)
    assert caught.value.template == rf.MSG_TRANSITION_FINAL
    assert str(caught.value).startswith("The referral is already cancelled, so it cannot become sent.")
    # The interface translates the template; the codes are filled in afterwards.
    translated = caught.value.translated(lambda _ctx, text: text.replace("The referral is already", "Jo"))
    assert translated.startswith("Jo cancelled, so it cannot become sent.")


def test_declining_needs_a_reason(db: Database, world: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        referral_id = new_referral(s, world["client"], world["service"], world["staff"], send=True).id
    for blank in ("", "   \n"):
        with db.transaction(acting(db)) as s, pytest.raises(ValidationError) as caught:
            rf.change_status(s, referral_id, S.DECLINED, note=blank, when=utc(11, 9), now=NOW)
        assert caught.value.field == "note"
        assert caught.value.template == rf.MSG_DECLINE_REASON
    with db.transaction(acting(db)) as s:
        event = rf.change_status(
            s, referral_id, S.DECLINED, note="  Ei palvelun piirissä ", when=utc(11, 9), now=NOW
        )
        assert event.note == "Ei palvelun piirissä"
        assert rf.current_status(s, referral_id) == S.DECLINED


def test_unknown_status_code_is_refused(db: Database, world: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        referral_id = new_referral(s, world["client"], world["service"], world["staff"]).id
    with db.transaction(acting(db)) as s, pytest.raises(ValidationError) as caught:
        rf.change_status(s, referral_id, "lost", now=NOW)  # type: ignore[arg-type]
    assert caught.value.field == "status"


def test_next_statuses_follow_the_current_status(db: Database, world: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        referral = new_referral(s, world["client"], world["service"], world["staff"])
        assert [e.status for e in referral.events] == [S.DRAFT]
        assert rf.next_statuses(s, referral.id) == {S.SENT, S.CANCELLED}
        walk(s, referral.id, world["staff"], [S.SENT, S.ACCEPTED])
        assert rf.next_statuses(s, referral.id) == {S.STARTED, S.NO_SHOW, S.CANCELLED}
        assert referral.status == S.ACCEPTED  # the loaded object follows the history in the same session
        assert [e.status for e in referral.events] == [S.DRAFT, S.SENT, S.ACCEPTED]


def test_a_deleted_referral_cannot_change(db: Database, world: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        referral = new_referral(s, world["client"], world["service"], world["staff"])
        referral.deleted_at = NOW
        referral_id = referral.id
    with db.transaction(acting(db)) as s:
        with pytest.raises(AppError) as caught:
            rf.change_status(s, referral_id, S.SENT, now=NOW)
        assert caught.value.template == rf.MSG_REFERRAL_NOT_FOUND
        with pytest.raises(AppError):
            rf.current_status(s, referral_id)
    with db.transaction(acting(db)) as s, pytest.raises(AppError):
        rf.change_status(s, "no-such-referral", S.SENT, now=NOW)


# --------------------------------------------------------------------------- the history


def test_events_are_appended_and_never_updated(db: Database, world: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        referral_id = new_referral(s, world["client"], world["service"], world["staff"]).id

    def raw_rows() -> list[tuple[Any, ...]]:
        with db.engine.connect() as conn:
            return [
                tuple(row)
                for row in conn.execute(
                    text("SELECT * FROM referral_event WHERE referral_id = :r ORDER BY occurred_at, id"),
                    {"r": referral_id},
                )
            ]

    history = raw_rows()
    assert len(history) == 1
    for day, status in enumerate([S.SENT, S.ACCEPTED, S.STARTED, S.COMPLETED], start=11):
        with db.transaction(acting(db)) as s:
            rf.change_status(s, referral_id, status, note=f"vaihe {status}", when=utc(day, 9), now=NOW)
        rows = raw_rows()
        assert len(rows) == len(history) + 1
        assert rows[: len(history)] == history  # the earlier rows, byte for byte
        history = rows
    # A refused change writes nothing either.
    with db.transaction(acting(db)) as s, pytest.raises(TransitionNotAllowed):
        rf.change_status(s, referral_id, S.CANCELLED, when=utc(20, 9), now=NOW)
    assert raw_rows() == history
    with db.transaction(acting(db)) as s:
        events = list(
            s.scalars(
                select(ReferralEvent)
                .where(ReferralEvent.referral_id == referral_id)
                .order_by(ReferralEvent.occurred_at, ReferralEvent.id)
            )
        )
        assert [e.status for e in events] == [S.DRAFT, S.SENT, S.ACCEPTED, S.STARTED, S.COMPLETED]
        assert [e.note for e in events] == ["", "vaihe sent", "vaihe accepted", "vaihe started", "vaihe completed"]
        assert {e.staff_id for e in events} == {world["staff"]}
        assert all(e.created_at == e.updated_at == NOW for e in events[1:])


def test_status_is_derived_from_the_newest_event(db: Database, world: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        referral_id = new_referral(s, world["client"], world["service"], world["staff"], send=True).id
        walk(s, referral_id, world["staff"], [S.ACCEPTED], start=15)
        # An event written later (e.g. synchronised from another device) but dated earlier does not win.
        s.add(ReferralEvent(referral_id=referral_id, status=S.DECLINED, occurred_at=utc(12, 9), note="myöhässä"))
        s.flush()
        assert rf.current_status(s, referral_id) == S.ACCEPTED
        # A deleted event does not count.
        s.add(ReferralEvent(referral_id=referral_id, status=S.CANCELLED, occurred_at=utc(16, 9), deleted_at=NOW))
        s.flush()
        assert rf.current_status(s, referral_id) == S.ACCEPTED
        [summary] = rf.referral_list(s, client_id=world["client"])
        assert summary.status == S.ACCEPTED
        assert summary.last_event_at == utc(15, 12)
        referral = s.get(Referral, referral_id)
        assert referral is not None
        s.refresh(referral)
        assert referral.status == S.ACCEPTED  # the model's own derivation agrees


def test_events_at_the_same_instant_are_ordered_by_id(db: Database, world: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        referral_id = new_referral(s, world["client"], world["service"], world["staff"], now=utc(10, 9)).id
        rf.change_status(s, referral_id, S.SENT, when=utc(10, 9), now=NOW)
        assert rf.current_status(s, referral_id) == S.SENT
        rf.change_status(s, referral_id, S.CANCELLED, when=utc(10, 9), now=NOW)
        assert rf.current_status(s, referral_id) == S.CANCELLED


def test_event_dates_cannot_go_back_nor_into_the_future(db: Database, world: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        referral_id = new_referral(s, world["client"], world["service"], world["staff"], now=utc(10, 9)).id
        rf.change_status(s, referral_id, S.SENT, when=utc(12, 9), now=NOW)
    with db.transaction(acting(db)) as s, pytest.raises(ValidationError) as caught:
        rf.change_status(s, referral_id, S.ACCEPTED, when=utc(12, 8, 59), now=NOW)
    assert caught.value.field == "when"
    assert caught.value.template == rf.MSG_EVENT_BEFORE_PREVIOUS
    assert caught.value.params == {"time": "12.11.2026 9.00"}  # Helsinki time in the message
    with db.transaction(acting(db)) as s, pytest.raises(ValidationError) as caught:
        rf.change_status(s, referral_id, S.ACCEPTED, when=NOW + dt.timedelta(minutes=3), now=NOW)
    assert caught.value.template == rf.MSG_EVENT_FUTURE
    with db.transaction(acting(db)) as s:
        event = rf.change_status(
            s, referral_id, S.ACCEPTED, when=NOW + dt.timedelta(minutes=1), now=NOW
        )
        assert event.occurred_at == NOW + dt.timedelta(minutes=1)
    with db.transaction(acting(db)) as s, pytest.raises(ValueError):
        rf.change_status(s, referral_id, S.STARTED, when=dt.datetime(2026, 11, 24, 9), now=NOW)


def test_times_are_stored_in_utc(db: Database, world: dict[str, str]) -> None:
    helsinki_noon = dt.datetime(2026, 11, 12, 12, 0, tzinfo=HELSINKI)  # 10.00 UTC in winter
    with db.transaction(acting(db)) as s:
        referral_id = new_referral(
            s, world["client"], world["service"], world["staff"], now=dt.datetime(2026, 11, 10, 9, tzinfo=HELSINKI)
        ).id
        rf.change_status(s, referral_id, S.SENT, when=helsinki_noon, now=NOW)
    with db.engine.connect() as conn:
        stored = sorted(
            conn.execute(
                text("SELECT occurred_at FROM referral_event WHERE referral_id = :r"), {"r": referral_id}
            ).scalars()
        )
    assert stored == ["2026-11-10 07:00:00.000000", "2026-11-12 10:00:00.000000"]
    with db.transaction(acting(db)) as s:
        events = s.scalars(select(ReferralEvent).where(ReferralEvent.referral_id == referral_id)).all()
        assert {e.occurred_at.tzinfo for e in events} == {dt.UTC}
        [summary] = rf.referral_list(s, client_id=world["client"])
        assert summary.sent_at == helsinki_noon and summary.sent_at.tzinfo == dt.UTC
        assert summary.created_at.tzinfo == dt.UTC
        assert summary.sent_on == dt.date(2026, 11, 12)


def test_sent_on_is_the_helsinki_day() -> None:
    late = dt.datetime(2026, 11, 12, 23, 30, tzinfo=dt.UTC)  # 13.11. at 1.30 in Helsinki
    summary = rf.ReferralSummary(
        referral_id="r", client_id="c", client_name="", partner_organisation_id="o", organisation_name="",
        category=PartnerCategory.KELA, partner_service_id="s", service_name="", staff_id=None, staff_name="",
        urgency=ReferralUrgency.NORMAL, status=S.SENT, created_at=late, sent_at=late, last_event_at=late,
        response_due=dt.date(2026, 11, 20), shares_data=True, consent_overridden=False, assessment_result=None,
    )  # fmt: skip
    assert summary.sent_on == dt.date(2026, 11, 13)
    assert summary.is_overdue(dt.date(2026, 11, 21)) and not summary.is_overdue(dt.date(2026, 11, 20))
    assert summary.is_open


# --------------------------------------------------------------------------- making a referral


def test_a_new_referral_is_a_draft_with_one_event(db: Database, world: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        referral = new_referral(
            s, world["client"], world["service"], world["staff"], urgency=ReferralUrgency.URGENT, note="  Soita ensin "
        )
        assert referral.reason == "Kuntoutustarpeen selvitys"
        assert referral.note == "Soita ensin"
        assert referral.urgency == ReferralUrgency.URGENT
        assert referral.staff_id == world["staff"]
        assert referral.shares_data is True
        assert referral.consent_override_reason is None and referral.consent_override_at is None
        [event] = s.scalars(select(ReferralEvent).where(ReferralEvent.referral_id == referral.id)).all()
        assert (event.status, event.occurred_at, event.staff_id) == (S.DRAFT, utc(10, 9), world["staff"])
        assert rf.current_status(s, referral.id) == S.DRAFT


def test_sending_at_once_writes_draft_then_sent(db: Database, world: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        referral_id = new_referral(s, world["client"], world["service"], world["staff"], send=True).id
    with db.transaction(acting(db)) as s:
        events = s.scalars(
            select(ReferralEvent)
            .where(ReferralEvent.referral_id == referral_id)
            .order_by(ReferralEvent.occurred_at, ReferralEvent.id)
        ).all()
        assert [(e.status, e.occurred_at) for e in events] == [(S.DRAFT, utc(10, 9)), (S.SENT, utc(10, 9))]
        assert rf.current_status(s, referral_id) == S.SENT
        referral = s.get(Referral, referral_id)
        assert referral is not None and referral.status == S.SENT


def test_a_reason_is_required(db: Database, world: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s, pytest.raises(ValidationError) as caught:
        new_referral(s, world["client"], world["service"], world["staff"], reason="   ")
    assert caught.value.field == "reason"


@pytest.mark.parametrize(
    ("service_fields", "template"),
    [
        ({"accepts_referrals": False}, rf.MSG_SERVICE_NOT_TAKING),
        ({"active": False}, rf.MSG_SERVICE_INACTIVE),
        ({"organisation_active": False}, rf.MSG_SERVICE_INACTIVE),
    ],
    ids=["not-taking-referrals", "service-inactive", "organisation-inactive"],
)
def test_a_service_must_be_taking_referrals(
    db: Database, world: dict[str, str], service_fields: dict[str, Any], template: str
) -> None:
    with db.transaction(acting(db)) as s:
        service_id = add_service(s, name="Kierrätyspaja", **service_fields)
    with db.transaction(acting(db)) as s, pytest.raises(ValidationError) as caught:
        new_referral(s, world["client"], service_id, world["staff"])
    assert caught.value.field == "partner_service"
    assert caught.value.template == template
    assert "Kierrätyspaja" in str(caught.value)
    with db.transaction(acting(db)) as s:
        assert s.scalar(select(func.count()).select_from(Referral)) == 0


def test_unknown_client_service_or_staff_is_refused(db: Database, world: dict[str, str]) -> None:
    cases = [
        ({"client_id": "nobody"}, "client"),
        ({"partner_service_id": "nothing"}, "partner_service"),
        ({"staff_id": "no-one"}, "staff"),
    ]
    for fields, field in cases:
        with db.transaction(acting(db)) as s, pytest.raises(ValidationError) as caught:
            values: dict[str, Any] = {
                "client_id": world["client"],
                "partner_service_id": world["service"],
                "staff_id": world["staff"],
            }
            values.update(fields)
            rf.create_referral(s, reason="Syy", today=TODAY, now=NOW, **values)
        assert caught.value.field == field
    with db.transaction(acting(db)) as s:
        member = s.get(StaffMember, world["staff"])
        assert member is not None
        member.active = False
    with db.transaction(acting(db)) as s, pytest.raises(AppError):  # a deactivated account acts no more
        new_referral(s, world["client"], world["service"], world["staff"])


def test_response_due_defaults_from_the_category(db: Database, world: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        social = add_service(s, PartnerCategory.SOCIAL_SERVICES, organisation="Sosiaalityö", name="Aikuissosiaalityö")
        add_consent(s, world["client"], PartnerCategory.SOCIAL_SERVICES)
        kela = new_referral(s, world["client"], world["service"], world["staff"])
        assert kela.response_due == TODAY + dt.timedelta(days=21)  # Kela's default
        other = new_referral(s, world["client"], social, world["staff"], today=dt.date(2026, 12, 30))
        assert other.response_due == dt.date(2027, 1, 6)  # social services: 7 days


def test_response_due_defaults_from_the_service(db: Database, world: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        service_id = add_service(s, name="Etuusneuvonta", response_days=3)
        referral = new_referral(s, world["client"], service_id, world["staff"])
        assert referral.response_due == TODAY + dt.timedelta(days=3)


def test_today_defaults_to_the_helsinki_day_of_now(db: Database, world: dict[str, str]) -> None:
    late_evening = dt.datetime(2026, 11, 23, 22, 30, tzinfo=dt.UTC)  # already 24.11. in Helsinki
    with db.transaction(acting(db)) as s:
        referral = new_referral(s, world["client"], world["service"], world["staff"], today=None, now=late_evening)
        assert referral.response_due == dt.date(2026, 11, 24) + dt.timedelta(days=21)


def test_a_given_response_due_is_kept_but_not_in_the_past(db: Database, world: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        referral = new_referral(s, world["client"], world["service"], world["staff"], response_due=TODAY)
        assert referral.response_due == TODAY
    with db.transaction(acting(db)) as s, pytest.raises(ValidationError) as caught:
        new_referral(s, world["client"], world["service"], world["staff"], response_due=TODAY - dt.timedelta(days=1))
    assert caught.value.field == "response_due"


# --------------------------------------------------------------------------- the consent gate


@pytest.fixture
def bare(db: Database, staff_id: str) -> dict[str, str]:
    """A client without consents and a Kela service."""
    with db.transaction(acting(db)) as s:
        return {"client": add_client(s), "service": add_service(s), "staff": staff_id}


def referral_count(db: Database) -> int:
    with db.transaction(acting(db)) as s:
        return int(s.scalar(select(func.count()).select_from(Referral)) or 0)


def test_no_consent_requires_consent(db: Database, bare: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s, pytest.raises(ConsentRequired) as caught:
        new_referral(s, bare["client"], bare["service"], bare["staff"], send=True)
    assert caught.value.client_id == bare["client"]
    assert caught.value.category == PartnerCategory.KELA
    assert caught.value.params == {"category": "kela"}
    assert isinstance(caught.value, AppError)
    assert "kela" in str(caught.value)
    assert referral_count(db) == 0


@pytest.mark.parametrize(
    "consent",
    [
        {"category": PartnerCategory.KELA, "withdrawn_at": utc(5, 9)},
        {"category": PartnerCategory.KELA, "deleted_at": utc(5, 9)},
        {"category": PartnerCategory.SOCIAL_SERVICES},
        {"category": PartnerCategory.KELA, "kind": ConsentKind.CONTACT_SMS},
    ],
    ids=["withdrawn", "deleted", "another-category", "another-kind"],
)
def test_only_a_consent_in_force_for_the_category_counts(
    db: Database, bare: dict[str, str], consent: dict[str, Any]
) -> None:
    with db.transaction(acting(db)) as s:
        add_consent(s, bare["client"], **consent)
        check = rf.consent_status(s, bare["client"], PartnerCategory.KELA)
        assert not check.has_consent and check.consent_id is None
    with db.transaction(acting(db)) as s, pytest.raises(ConsentRequired):
        new_referral(s, bare["client"], bare["service"], bare["staff"])
    assert referral_count(db) == 0


def test_consent_status_finds_the_newest_consent_in_force(db: Database, bare: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        add_consent(s, bare["client"], PartnerCategory.KELA, given_at=utc(1, 9), withdrawn_at=utc(2, 9))
        older = add_consent(s, bare["client"], PartnerCategory.KELA, given_at=utc(3, 9))
        newer = add_consent(s, bare["client"], PartnerCategory.KELA, given_at=utc(4, 9))
        add_consent(s, add_client(s, "Muu"), PartnerCategory.KELA, given_at=utc(5, 9))
        check = rf.consent_status(s, bare["client"], PartnerCategory.KELA)
        assert check.has_consent and check.consent_id == newer and check.consent_id != older
        assert check.given_at == utc(4, 9) and check.category == PartnerCategory.KELA


def test_with_consent_no_override_is_needed_nor_stored(db: Database, bare: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        add_consent(s, bare["client"], PartnerCategory.KELA)
        referral = new_referral(s, bare["client"], bare["service"], bare["staff"], consent_override_reason="Turha syy")
        assert referral.consent_override_reason is None
        assert referral.consent_override_by_id is None and referral.consent_override_at is None


def test_an_override_with_a_reason_is_recorded(db: Database, bare: dict[str, str]) -> None:
    when = dt.datetime(2026, 11, 10, 11, 15, tzinfo=HELSINKI)
    with db.transaction(acting(db)) as s:
        referral_id = new_referral(
            s,
            bare["client"],
            bare["service"],
            bare["staff"],
            consent_override_reason="  Kiireellinen tilanne; suullinen suostumus puhelimessa. ",
            send=True,
            now=when,
        ).id
    with db.transaction(acting(db)) as s:
        referral = s.get(Referral, referral_id)
        assert referral is not None
        assert referral.consent_override_reason == "Kiireellinen tilanne; suullinen suostumus puhelimessa."
        assert referral.consent_override_by_id == bare["staff"]
        assert referral.consent_override_at == when
        assert referral.consent_override_at is not None and referral.consent_override_at.tzinfo == dt.UTC
        assert rf.current_status(s, referral_id) == S.SENT
        [summary] = rf.referral_list(s)
        assert summary.consent_overridden


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_an_empty_override_reason_is_refused(db: Database, bare: dict[str, str], reason: str) -> None:
    with db.transaction(acting(db)) as s, pytest.raises(ValidationError) as caught:
        new_referral(s, bare["client"], bare["service"], bare["staff"], consent_override_reason=reason)
    assert caught.value.field == "consent_override_reason"
    assert caught.value.template == rf.MSG_OVERRIDE_REASON_REQUIRED
    assert referral_count(db) == 0


def test_a_referral_that_shares_no_data_needs_no_consent(db: Database, bare: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        referral = new_referral(s, bare["client"], bare["service"], bare["staff"], shares_data=False, send=True)
        assert referral.shares_data is False
        assert referral.consent_override_at is None


def test_sending_a_draft_checks_the_consent_again(db: Database, bare: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        consent_id = add_consent(s, bare["client"], PartnerCategory.KELA)
        referral_id = new_referral(s, bare["client"], bare["service"], bare["staff"]).id
        consent = s.get(Consent, consent_id)
        assert consent is not None
        consent.withdrawn_at = utc(10, 10)  # the client changed their mind before the draft was sent
    with db.transaction(acting(db)) as s, pytest.raises(ConsentRequired):
        rf.change_status(s, referral_id, S.SENT, when=utc(11, 9), now=NOW)
    with db.transaction(acting(db)) as s, pytest.raises(ValidationError):
        rf.change_status(s, referral_id, S.SENT, when=utc(11, 9), now=NOW, consent_override_reason=" ")
    with db.transaction(acting(db)) as s:
        rf.change_status(
            s, referral_id, S.SENT, when=utc(11, 9), now=NOW, consent_override_reason="Lakisääteinen"
        )
        referral = s.get(Referral, referral_id)
        assert referral is not None
        assert (referral.consent_override_reason, referral.consent_override_by_id) == ("Lakisääteinen", bare["staff"])
        assert referral.consent_override_at == NOW
        # Cancelling needs no consent.
        rf.change_status(s, referral_id, S.CANCELLED, when=utc(12, 9), now=NOW)


def test_a_recorded_override_covers_sending_later(db: Database, bare: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        referral_id = new_referral(s, bare["client"], bare["service"], bare["staff"], consent_override_reason="Syy").id
        rf.change_status(s, referral_id, S.SENT, when=utc(11, 9), now=NOW)
        referral = s.get(Referral, referral_id)
        assert referral is not None and referral.consent_override_at == utc(10, 9)  # the first override stays


# --------------------------------------------------------------------------- assessment results


def test_assessment_result_only_for_work_capacity(db: Database, world: dict[str, str]) -> None:
    with db.transaction(acting(db)) as s:
        service_id = add_service(
            s, PartnerCategory.WORK_CAPACITY, organisation="Työkykyselvitys", name="Lääkärin työkykyarvio"
        )
        add_consent(s, world["client"], PartnerCategory.WORK_CAPACITY)
        assessment = new_referral(s, world["client"], service_id, world["staff"]).id
        kela = new_referral(s, world["client"], world["service"], world["staff"], send=True).id
    with db.transaction(acting(db)) as s, pytest.raises(AppError) as caught:
        rf.record_assessment_result(s, kela, AssessmentResult.FIT_FOR_WORK)
    assert caught.value.template == rf.MSG_ASSESSMENT_NOT_WORK_CAPACITY
    with db.transaction(acting(db)) as s, pytest.raises(AppError) as caught:
        rf.record_assessment_result(s, assessment, AssessmentResult.FIT_FOR_WORK)  # still a draft
    assert caught.value.params == {"status": "draft"}
    with db.transaction(acting(db)) as s:
        walk(s, assessment, world["staff"], [S.SENT, S.ACCEPTED, S.STARTED, S.COMPLETED])
        rf.record_assessment_result(s, assessment, AssessmentResult.NEEDS_REHABILITATION)
    with db.transaction(acting(db)) as s:
        referral = s.get(Referral, assessment)
        assert referral is not None and referral.assessment_result == AssessmentResult.NEEDS_REHABILITATION
        assert rf.referral_list(s, client_id=world["client"], statuses=[S.COMPLETED])[0].assessment_result == (
            AssessmentResult.NEEDS_REHABILITATION
        )
        corrected = rf.record_assessment_result(s, assessment, AssessmentResult.PENSION_RECOMMENDED)
        assert corrected.assessment_result == AssessmentResult.PENSION_RECOMMENDED
        assert rf.record_assessment_result(s, assessment, None).assessment_result is None  # cleared
    with db.transaction(acting(db)) as s, pytest.raises(ValidationError):
        rf.record_assessment_result(s, assessment, "healed")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "allowed"),
    [(status, status in rf.ASSESSMENT_STATUSES) for status in S],
    ids=lambda value: value.value if isinstance(value, S) else str(value),
)
def test_assessment_result_by_status(
    matrix_db: tuple[Database, dict[str, str]], status: ReferralStatus, allowed: bool
) -> None:
    db, ids = matrix_db
    with db.transaction(acting(db)) as s:
        add_consent(s, ids["client"], PartnerCategory.WORK_CAPACITY)
        service_id = add_service(s, PartnerCategory.WORK_CAPACITY, organisation="Työkyky", name="Psykologin arvio")
        referral_id = new_referral(s, ids["client"], service_id, ids["staff"]).id
        walk(s, referral_id, ids["staff"], PATH_TO[status])
    with db.transaction(acting(db)) as s:
        if allowed:
            assert rf.record_assessment_result(s, referral_id, AssessmentResult.OTHER).assessment_result == (
                AssessmentResult.OTHER
            )
        else:
            with pytest.raises(AppError) as caught:
                rf.record_assessment_result(s, referral_id, AssessmentResult.OTHER)
            assert caught.value.template == rf.MSG_ASSESSMENT_STATUS


# --------------------------------------------------------------------------- lists and reports


def test_overdue_referrals_have_no_response_by_their_date(db: Database, world: dict[str, str]) -> None:
    staff = world["staff"]
    with db.transaction(acting(db)) as s:
        other_staff = add_staff_member(s, "Olli Ohjaaja").id

        def make(due: dt.date, statuses: list[ReferralStatus], by: str = staff) -> str:
            referral_id = new_referral(s, world["client"], world["service"], by, today=dt.date(2026, 11, 1)).id
            s.get_one(Referral, referral_id).response_due = due
            walk(s, referral_id, by, statuses)
            return referral_id

        draft_late = make(dt.date(2026, 11, 20), [])
        sent_later = make(dt.date(2026, 11, 23), [S.SENT])
        sent_very_late = make(dt.date(2026, 11, 5), [S.SENT], by=other_staff)
        make(TODAY, [S.SENT])  # due today: not yet overdue
        make(dt.date(2026, 11, 30), [S.SENT])  # not due
        make(dt.date(2026, 11, 5), [S.SENT, S.ACCEPTED])  # answered
        make(dt.date(2026, 11, 5), [S.SENT, S.DECLINED])  # answered
        make(dt.date(2026, 11, 5), [S.CANCELLED])  # closed
        no_due = new_referral(s, world["client"], world["service"], staff, today=dt.date(2026, 11, 1))
        no_due.response_due = None
        s.flush()

        overdue = rf.overdue_referrals(s, TODAY)
        assert [r.referral_id for r in overdue] == [sent_very_late, draft_late, sent_later]
        assert [r.status for r in overdue] == [S.SENT, S.DRAFT, S.SENT]
        assert all(r.is_overdue(TODAY) for r in overdue)
        assert [r.referral_id for r in rf.overdue_referrals(s, TODAY, staff_id=other_staff)] == [sent_very_late]
        assert overdue[0].staff_name == "Olli Ohjaaja"
        assert overdue[0].organisation_name == "Kela Lieksa"
        assert overdue[0].service_name == "Ammatillinen kuntoutus"
        assert overdue[0].client_name == "Pekka Järvinen"
        assert overdue[0].category == PartnerCategory.KELA
        assert rf.overdue_referrals(s, dt.date(2026, 11, 5)) == []


def test_referral_list_filters(db: Database, world: dict[str, str]) -> None:
    staff = world["staff"]
    with db.transaction(acting(db)) as s:
        other_staff = add_staff_member(s, "Olli Ohjaaja").id
        other_client = add_client(s, "Liisa", "Laine")
        add_consent(s, other_client, PartnerCategory.KELA)
        youth = add_service(s, PartnerCategory.YOUTH_SERVICES, organisation="Ohjaamo", name="Nuorten ohjaus")
        same_org = add_service(s, organisation_id=organisation_of(s, world["service"]), name="Etuusneuvonta")
        a = new_referral(s, world["client"], world["service"], staff, now=utc(1, 9)).id
        b = new_referral(s, world["client"], youth, staff, now=utc(2, 9), shares_data=False).id
        c = new_referral(s, other_client, same_org, other_staff, now=utc(3, 9)).id
        d = new_referral(s, other_client, world["service"], staff, now=utc(4, 9)).id
        gone = new_referral(s, other_client, world["service"], staff, now=utc(5, 9))
        gone.deleted_at = NOW
        walk(s, a, staff, [S.SENT, S.ACCEPTED])
        walk(s, c, other_staff, [S.SENT])
        walk(s, d, staff, [S.CANCELLED])
        # A referral without any events (e.g. half-synchronised) counts as a draft.
        bare = Referral(client_id=other_client, partner_service_id=youth, staff_id=other_staff, reason="Syy")
        bare.created_at = utc(6, 9)
        s.add(bare)
        s.flush()
        e = bare.id
        kela = organisation_of(s, world["service"])

        def ids(**filters: Any) -> list[str]:
            return [r.referral_id for r in rf.referral_list(s, **filters)]

        assert ids() == [e, d, c, b, a]  # newest first; the deleted one is left out
        assert ids(statuses=[S.DRAFT]) == [e, b]
        assert ids(statuses=[S.SENT, S.ACCEPTED]) == [c, a]
        assert ids(statuses=FINAL_STATUSES) == [d]
        assert ids(statuses=[]) == []
        assert ids(partner_organisation_id=kela) == [d, c, a]
        assert ids(staff_id=other_staff) == [e, c]
        assert ids(client_id=world["client"]) == [b, a]
        assert ids(client_id=other_client, partner_organisation_id=kela, statuses=[S.SENT]) == [c]
        assert ids(limit=2) == [e, d]
        summaries = {r.referral_id: r for r in rf.referral_list(s)}
        assert summaries[a].status == S.ACCEPTED and summaries[a].sent_at == utc(11, 12)
        assert summaries[e].status == S.DRAFT and summaries[e].sent_at is None and summaries[e].last_event_at is None
        assert summaries[b].shares_data is False
        assert summaries[d].is_open is False and summaries[a].is_open is True
        # A deleted client's referrals are left out.
        s.get_one(Client, other_client).deleted_at = NOW
        s.flush()
        assert ids() == [b, a]


def test_no_outcome_report_by_partner(db: Database, world: dict[str, str]) -> None:
    staff = world["staff"]
    with db.transaction(acting(db)) as s:
        kela = organisation_of(s, world["service"])
        add_consent(s, world["client"], PartnerCategory.SOCIAL_SERVICES)
        social_service = add_service(s, PartnerCategory.SOCIAL_SERVICES, organisation="Sosiaalityö", name="Aikuis")
        social = organisation_of(s, social_service)
        quiet = add_service(s, PartnerCategory.EDUCATION, organisation="Ammattiopisto", name="Hakeutuminen")

        def make(service_id: str, sent: dt.datetime | None, then: tuple[ReferralStatus, ...] = ()) -> str:
            referral_id = new_referral(
                s, world["client"], service_id, staff, now=utc(1, 8, month=9), today=dt.date(2026, 9, 1),
                shares_data=service_id != quiet,
            ).id  # fmt: skip
            if sent is not None:
                rf.change_status(s, referral_id, S.SENT, when=sent, now=NOW)
                for status in then:
                    rf.change_status(
                        s, referral_id, status, note="syy", when=sent + dt.timedelta(days=1), now=NOW
                    )
            return referral_id

        older_than = 30  # on 24.11., "older than 30 days" means sent on 24.10. or before
        make(world["service"], utc(2, 9, month=10))  # Kela, sent
        make(world["service"], utc(10, 9, month=10), (S.ACCEPTED,))  # Kela, accepted
        make(world["service"], utc(12, 9, month=10), (S.ACCEPTED, S.STARTED))  # Kela, started
        make(world["service"], utc(1, 9, month=10), (S.ACCEPTED, S.STARTED, S.COMPLETED))  # final: out
        make(world["service"], utc(1, 9, month=10), (S.DECLINED,))  # final: out
        make(world["service"], None)  # a draft never sent: out
        make(world["service"], utc(20, 9, month=11))  # too recent: out
        make(social_service, dt.datetime(2026, 10, 24, 23, 59, tzinfo=HELSINKI))  # 31 days: in
        make(social_service, dt.datetime(2026, 10, 25, 0, 0, tzinfo=HELSINKI))  # exactly 30 days: out
        make(quiet, utc(20, 9, month=11))  # out

        report = rf.no_outcome_report(s, older_than, TODAY)
        assert [(b.organisation_id, b.organisation_name, b.open_count) for b in report] == [
            (kela, "Kela Lieksa", 3),
            (social, "Sosiaalityö", 1),
        ]
        assert report[0].oldest_sent_on == dt.date(2026, 10, 2)
        assert report[0].by_status == {S.SENT: 1, S.ACCEPTED: 1, S.STARTED: 1}
        assert report[1].oldest_sent_on == dt.date(2026, 10, 24)  # the Helsinki day
        assert report[1].by_status == {S.SENT: 1}

        assert [b.open_count for b in rf.no_outcome_report(s, 0, TODAY)] == [4, 2, 1]
        assert rf.no_outcome_report(s, 365, TODAY) == []
        with pytest.raises(ValidationError):
            rf.no_outcome_report(s, -1, TODAY)


def test_referral_list_reads_many_referrals_in_one_query(db: Database, world: dict[str, str]) -> None:
    from sqlalchemy import event

    with db.transaction(acting(db)) as s:
        for day in range(1, 21):
            referral_id = new_referral(s, world["client"], world["service"], world["staff"], now=utc(day, 8)).id
            rf.change_status(s, referral_id, S.SENT, when=utc(day, 9), now=NOW)
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    with db.transaction(acting(db)) as s:
        current_actor(s)  # who acts is checked once per unit of work: not counted here
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            rows = rf.referral_list(s, statuses=[S.SENT])
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
    assert len(rows) == 20
    assert len([q for q in statements if q.lstrip().upper().startswith("SELECT")]) == 1


def test_referral_page_puts_overdue_first_filters_by_client_and_counts(db: Database, world: dict[str, str]) -> None:
    staff = world["staff"]
    later = TODAY + dt.timedelta(days=30)
    with db.transaction(acting(db)) as s:
        other_client = add_client(s, "Liisa", "Laine")
        add_consent(s, other_client, PartnerCategory.KELA)

        def due(days: int) -> dt.date:
            return TODAY + dt.timedelta(days=days)

        late = new_referral(s, world["client"], world["service"], staff, now=utc(1, 9), response_due=due(days=5)).id
        later_late = new_referral(s, other_client, world["service"], staff, now=utc(2, 9), response_due=due(days=9)).id
        answered = new_referral(s, other_client, world["service"], staff, now=utc(3, 9), response_due=due(days=1)).id
        walk(s, answered, staff, [S.SENT, S.ACCEPTED])
        waiting = new_referral(s, world["client"], world["service"], staff, now=utc(4, 9), response_due=due(days=60)).id
        closed = new_referral(s, other_client, world["service"], staff, now=utc(5, 9)).id
        walk(s, closed, staff, [S.CANCELLED])
        open_statuses = frozenset(x for x in S if x not in FINAL_STATUSES)

        page = rf.referral_page(s, rf.ReferralFilters(statuses=open_statuses), later)
        # No response by the date first (the most overdue on top), then by the date a response is due.
        assert [r.referral_id for r in page.rows] == [late, later_late, answered, waiting]
        assert page.total == 4
        everything = rf.referral_page(s, rf.ReferralFilters(), later, limit=2)
        assert [r.referral_id for r in everything.rows] == [late, later_late] and everything.total == 5
        by_name = rf.referral_page(s, rf.ReferralFilters(client_query="LAINE"), later)
        assert {r.referral_id for r in by_name.rows} == {later_late, answered, closed}
        assert rf.referral_page(s, rf.ReferralFilters(client_query="jarvinen liisa"), later).rows == []
        assert rf.referral_page(s, rf.ReferralFilters(client_query="nobody"), later) == rf.ReferralPage([], 0)
        assert rf.referral_counts(s, later) == rf.ReferralCounts(open=4, overdue=2)
        assert rf.referral_counts(s, TODAY) == rf.ReferralCounts(open=4, overdue=0)
        [summary] = [r for r in page.rows if r.referral_id == answered]
        assert summary.sent_at == utc(11, 12), "the first sent event, read through the referral's own history"
