"""The hybrid logical clock never goes backwards and its counter never wraps, whatever the wall clock does."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, create_engine, text

from vauhdittamo.sync import hlc

FROZEN_MS = 1_767_225_600_000  # 2026-01-01, the wall clock stuck there


@pytest.fixture
def conn() -> Iterator[Connection]:
    engine = create_engine("sqlite://")
    with engine.connect() as connection:
        connection.execute(text("CREATE TABLE local_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))
        yield connection
    engine.dispose()


def test_70000_ticks_in_one_millisecond_never_go_backwards_or_wrap(
    conn: Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hlc, "wall_ms", lambda: FROZEN_MS)
    pattern = re.compile(hlc.CLOCK_PATTERN)
    stored = {"value": hlc.ZERO}  # the last value kept in memory, not in SQL: 70,000 ticks in a moment
    monkeypatch.setattr(hlc, "_read", lambda _conn: stored["value"])
    monkeypatch.setattr(hlc, "_write", lambda _conn, value: stored.update(value=value))
    previous = ""
    for _ in range(70_000):
        value = hlc.tick(conn, "laptop")
        assert value > previous
        previous = value
    assert pattern.match(previous)
    ms, counter, tag = hlc.decode(previous)
    # 65,536 values fit in the frozen millisecond (counter 0 … ffff); the rest moved one millisecond on.
    assert (ms, counter, tag) == (FROZEN_MS + 1, 70_000 - 65_536 - 1, hlc.device_tag("laptop"))
    monkeypatch.undo()
    monkeypatch.setattr(hlc, "wall_ms", lambda: FROZEN_MS)
    hlc._write(conn, previous)  # and through the database: the next tick follows on
    assert hlc.tick(conn, "laptop") == hlc.encode(FROZEN_MS + 1, counter + 1, tag)


def test_the_counter_at_its_top_moves_the_millisecond_on(conn: Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hlc, "wall_ms", lambda: FROZEN_MS)
    top = hlc.encode(FROZEN_MS + 5, hlc.COUNTER_MAX, hlc.device_tag("other"))
    hlc.observe(conn, "laptop", top)  # pulled from a laptop whose clock runs ahead, at its counter's top
    after = hlc.tick(conn, "laptop")
    assert after > top
    assert hlc.decode(after)[:2] == (FROZEN_MS + 6, 0)


def test_a_wall_clock_going_back_does_not_take_the_clock_back(
    conn: Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = {"ms": FROZEN_MS}
    monkeypatch.setattr(hlc, "wall_ms", lambda: now["ms"])
    values = []
    for step in (0, 10, -3_600_000, 1, -1, 3_600_000):
        now["ms"] += step
        values.append(hlc.tick(conn, "laptop"))
    assert values == sorted(values) and len(set(values)) == len(values)


def test_every_reason_the_hub_writes_is_a_known_template() -> None:
    """The Sync screen translates reasons by their template: the hub's SQL must use the same ones."""
    import re

    from vauhdittamo.sync import hub_sql, reasons

    source = "\n".join(hub_sql.FUNCTIONS).replace("{{", "{").replace("}}", "}")
    found = set(re.findall(r"RETURN '((?:[^']|'')+)'(?:\s*\n\s*'((?:[^']|'')+)')?", source))
    texts = {(a + b).replace("''", "'") for a, b in found}
    texts |= {t.replace("''", "'") for t in re.findall(r"'((?:[^']|'')+)'\s*(?:\|\| chr\(31\)|AS why)", source)}
    texts |= {t.replace("''", "'") for t in re.findall(r"THEN '((?:[^']|'')+ (?:is|column|clock)[^']*)'", source)}
    texts |= {t.replace("''", "'") for t in re.findall(r"x\.n, \d, '((?:[^']|'')+)'", source)}
    texts |= {t.replace("''", "'") for t in re.findall(r"ELSE '((?:[^']|'')+)' END", source)}
    reasons_in_sql = {t for t in texts if " " in t and not t.startswith(("^", "YYYY"))}
    assert len(reasons_in_sql) >= 15, sorted(reasons_in_sql)
    assert reasons_in_sql <= reasons.TEMPLATES, sorted(reasons_in_sql - reasons.TEMPLATES)
