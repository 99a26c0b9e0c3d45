import pytest

from tests.acting import acting
from vauhdittamo.db import Database
from vauhdittamo.errors import AppError
from vauhdittamo.models import BUILTIN_TOPIC_IDS, VisitTopic, VisitTopicOption
from vauhdittamo.services import topics
from vauhdittamo.services import visits as vs


def test_a_new_database_has_the_built_in_topics_with_fixed_keys(db: Database) -> None:
    with db.session(acting(db)) as session:
        listed = topics.topics(session)
        assert [t.code for t in listed] == [t.value for t in VisitTopic]
        for topic in VisitTopic:
            option = session.get(VisitTopicOption, BUILTIN_TOPIC_IDS[topic])
            assert option is not None and option.code == topic.value


def test_add_rename_hide_and_move(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        own = topics.add_topic(session, "Ajokortti")
        assert own.position == 10
        topics.move_topic(session, own.code, -9)
        topics.rename_topic(session, "cv", "Työhakemukset")
        topics.set_topic_active(session, "housing", False)
    with db.session(acting(db)) as session:
        listed = topics.topics(session)
        assert listed[0].label == "Ajokortti"
        assert "housing" not in [t.code for t in listed]
        assert next(t for t in listed if t.code == "cv").label == "Työhakemukset"
        assert "housing" in [t.code for t in topics.topics(session, include_inactive=True)]


def test_duplicate_and_empty_names_refused(db: Database) -> None:
    with db.transaction(acting(db)) as session:
        topics.add_topic(session, "Ajokortti")
    with pytest.raises(AppError, match="already has"), db.transaction(acting(db)) as session:
        topics.add_topic(session, "AJOKORTTI")
    with pytest.raises(AppError), db.transaction(acting(db)) as session:
        topics.add_topic(session, "  ")


def test_visits_take_only_known_topics_and_hidden_ones_stay_valid(db: Database, staff_id: str) -> None:
    with db.transaction(acting(db)) as session:
        own = topics.add_topic(session, "Ajokortti").code
        visit = vs.log_visit(session, client_id=None, staff_id=staff_id, topics=[own, "housing"])
        topics.set_topic_active(session, own, False)
        vs.update_visit(session, visit.id, topics=[own], channel=visit.channel, duration_minutes=10)
    with pytest.raises(AppError, match="Unknown topic"), db.transaction(acting(db)) as session:
        vs.log_visit(session, client_id=None, staff_id=staff_id, topics=["nonsense"])
