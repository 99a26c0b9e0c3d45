import datetime as dt
import uuid

from vauhdittamo.ids import new_id, new_ids, uuid7
from vauhdittamo.timeutil import HELSINKI, age_on, format_local, local_day_bounds_utc, to_local


def test_uuid7_has_version_and_variant_and_sorts_by_creation() -> None:
    ids = [uuid7() for _ in range(2000)]
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 for u in ids)
    assert ids == sorted(ids), "keys made later must sort later"
    assert len(set(ids)) == len(ids)


def test_new_id_is_canonical_text() -> None:
    key = new_id()
    assert len(key) == 36 and str(uuid.UUID(key)) == key


def test_new_ids_are_what_new_id_makes_many_at_once() -> None:
    before = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    keys = [new_id(), *new_ids(5000), new_id(), *new_ids(0), *new_ids(3)]
    assert len(keys) == 5005 and len(set(keys)) == len(keys)
    assert keys == sorted(keys), "keys made later must sort later"
    parsed = [uuid.UUID(k) for k in keys]
    assert all(str(u) == k and u.version == 7 and u.variant == uuid.RFC_4122 for u, k in zip(parsed, keys, strict=True))
    assert before <= parsed[1].int >> 80 <= int(dt.datetime.now(dt.UTC).timestamp() * 1000) + 2


def test_uuid7_carries_the_current_millisecond() -> None:
    before = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    ms = uuid7().int >> 80
    after = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
    assert before <= ms <= after + 1


def test_helsinki_day_bounds_follow_daylight_saving() -> None:
    start, end = local_day_bounds_utc(dt.date(2026, 3, 29))  # DST starts: a 23-hour day
    assert end - start == dt.timedelta(hours=23)
    assert start == dt.datetime(2026, 3, 28, 22, 0, tzinfo=dt.UTC)


def test_utc_shown_in_helsinki_time() -> None:
    instant = dt.datetime(2026, 1, 5, 7, 30, tzinfo=dt.UTC)
    assert to_local(instant).tzinfo == HELSINKI
    assert format_local(instant) == "5.1.2026 9.30"


def test_age_counts_full_years() -> None:
    assert age_on(dt.date(1996, 11, 25), dt.date(2026, 11, 24)) == 29
    assert age_on(dt.date(1996, 11, 24), dt.date(2026, 11, 24)) == 30
