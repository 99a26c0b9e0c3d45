import datetime as dt

import pytest

from tests.acting import acting
from vauhdittamo.db import Database
from vauhdittamo.errors import AppError
from vauhdittamo.models import AgeGroup, GuidanceVisit, VisitChannel, VisitTopic
from vauhdittamo.services import clients as cs
from vauhdittamo.services import visits as vs
from vauhdittamo.timeutil import local_today, utcnow


def _client(db: Database, birth: str = "1.1.2004") -> str:
    with db.transaction(acting(db)) as session:
        return cs.create_client(session, cs.validate_client(
            cs.ClientInput(first_name="Ville", last_name="Virtanen", birth_date=birth))).id


def _visit(db: Database, staff_id: str, client_id: str | None = None, **extra: object) -> str:
    with db.transaction(acting(db)) as session:
        return vs.log_visit(session, client_id=client_id, staff_id=staff_id, **extra).id  # type: ignore[arg-type]


def test_client_visit_takes_the_age_group_from_the_client(db: Database, staff_id: str) -> None:
    visit_id = _visit(db, staff_id, _client(db), topics=[VisitTopic.JOB_SEARCH])
    with db.session(acting(db)) as session:
        visit = session.get(GuidanceVisit, visit_id)
        assert visit is not None
        assert visit.age_group == AgeGroup.UNDER_30 and visit.topics == "job_search"


def test_visit_duration_is_checked(db: Database, staff_id: str) -> None:
    with pytest.raises(AppError, match="between 1 and 480"), db.transaction(acting(db)) as session:
        vs.log_visit(session, client_id=None, staff_id=staff_id, duration_minutes=0)


def test_same_day_correction_and_removal(db: Database, staff_id: str) -> None:
    visit_id = _visit(db, staff_id)
    with db.transaction(acting(db)) as session:
        vs.update_visit(session, visit_id, topics=[VisitTopic.HOUSING], channel=VisitChannel.PHONE,
                        duration_minutes=25, note="Vuokra-asia", age_group=AgeGroup.AGE_30_PLUS)
    with db.session(acting(db)) as session:
        visit = session.get(GuidanceVisit, visit_id)
        assert visit is not None
        assert (visit.topics, visit.channel, visit.duration_minutes, visit.age_group) == (
            "housing", VisitChannel.PHONE, 25, AgeGroup.AGE_30_PLUS)
    with db.transaction(acting(db)) as session:
        vs.delete_visit(session, visit_id)
    with db.session(acting(db)) as session:
        assert vs.visits_on(session) == []
        assert session.get(GuidanceVisit, visit_id).deleted_at is not None  # type: ignore[union-attr]


def test_yesterdays_visit_cannot_be_changed_or_removed(db: Database, staff_id: str) -> None:
    visit_id = _visit(db, staff_id)
    tomorrow = local_today() + dt.timedelta(days=1)
    with pytest.raises(AppError, match="only on the day"), db.transaction(acting(db)) as session:
        vs.delete_visit(session, visit_id, today=tomorrow)
    with pytest.raises(AppError, match="only on the day"), db.transaction(acting(db)) as session:
        vs.update_visit(session, visit_id, topics=[], channel=VisitChannel.WALK_IN, duration_minutes=5,
                        today=tomorrow)


def test_anonymous_visit_attached_to_a_client_later(db: Database, staff_id: str) -> None:
    visit_id = _visit(db, staff_id, visited_at=utcnow() - dt.timedelta(days=3))
    client_id = _client(db, birth="1.1.1980")
    with db.transaction(acting(db)) as session:
        vs.attach_to_client(session, visit_id, client_id)
    with db.session(acting(db)) as session:
        visit = session.get(GuidanceVisit, visit_id)
        assert visit is not None and visit.client_id == client_id
        assert visit.age_group == AgeGroup.AGE_30_PLUS
    with pytest.raises(AppError, match="already attached"), db.transaction(acting(db)) as session:
        vs.attach_to_client(session, visit_id, client_id)


def test_follow_up_marked_done_leaves_the_due_list(db: Database, staff_id: str) -> None:
    from vauhdittamo.services.overview import follow_ups_due

    visit_id = _visit(db, staff_id, _client(db), next_step="Soita", next_step_date=local_today())
    with db.session(acting(db)) as session:
        assert [r.visit_id for r in follow_ups_due(session)] == [visit_id]
    with db.transaction(acting(db)) as session:
        vs.mark_follow_up_done(session, visit_id)
    with db.session(acting(db)) as session:
        assert follow_ups_due(session) == []


def test_follow_up_count_covers_more_than_the_list_shows(db: Database, staff_id: str) -> None:
    from vauhdittamo.services.overview import follow_ups_due, follow_ups_due_count

    client_id = _client(db)
    for _ in range(3):
        _visit(db, staff_id, client_id, next_step="Soita", next_step_date=local_today())
    with db.session(acting(db)) as session:
        assert len(follow_ups_due(session, limit=2)) == 2
        assert follow_ups_due_count(session) == 3
