"""Demo data of the village pilot's outreach: one list for Koli, Ahmovaara and Nunnanlahti.

About a hundred people to reach (imported at the list's start), a few existing clients of the villages put on
the list too, each assigned to the village's outreach worker (a few to nobody yet), and ten weeks of contact
attempts: calls that go unanswered, letters, home visits and a village event; some people reached, some
declining or moved away, and some who became clients (linked to the demo's clients of their village).

Reproducible like the rest of the demo: the same seed and day give the same rows and keys (its own random
stream, so the rest of the demo stays as it was). Written with Core inserts, after the demo's other rows.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from vauhdittamo.models import (
    FINAL_OUTCOMES,
    AttemptOutcome,
    Base,
    ContactChannel,
    OutreachAttempt,
    OutreachEntry,
    OutreachList,
)
from vauhdittamo.models.outreach import VILLAGE_SEPARATOR
from vauhdittamo.services.demo.data import (
    FEMALE_FI_OLDER,
    FEMALE_FI_YOUNG,
    MALE_FI_OLDER,
    MALE_FI_YOUNG,
    MUNICIPALITIES,
    PHONE_PREFIXES,
    SURNAMES_FI,
    VILLAGE_ROADS,
)

LIST_NAME = "Kyläpilotti: Koli, Ahmovaara ja Nunnanlahti"
LIST_DESCRIPTION = (
    "Käydään läpi Kolin, Ahmovaaran ja Nunnanlahden alueiden työttömät yhdessä Lieksan ja Juuan toimijoiden "
    "kanssa ja tehdään polutusta."
)
# Village: people to reach (besides the clients put on the list) and the outreach worker's municipality.
VILLAGES: dict[str, tuple[int, str]] = {
    "Koli": (40, "Lieksa"),
    "Ahmovaara": (28, "Juuka"),
    "Nunnanlahti": (26, "Juuka"),
}
START_DAYS_AGO = 70
LENGTH_DAYS = 182
NOW_MINUTE = 12 * 60  # the demo's "now": noon of today
CHANNEL_WEIGHTS = {
    ContactChannel.PHONE: 55,
    ContactChannel.LETTER: 15,
    ContactChannel.HOME_VISIT: 18,
    ContactChannel.VILLAGE_EVENT: 12,
}
NOTES = (
    "Ei vastannut, vastaaja täynnä.",
    "Soita iltapäivällä töiden jälkeen.",
    "Kiinnostunut START-pajasta.",
    "Tapasimme kylätalolla, haluaa kuulla koulutuksista.",
    "Puhelinnumero ei ole käytössä.",
    "Asiakas pyysi soittamaan ensi viikolla.",
    "Lähetetty kirje ja esite Vauhdittamosta.",
    "Ei ole kiinnostunut juuri nyt.",
    "Muuttanut Joensuuhun.",
    "Sovittu tapaaminen Vauhdittamoon.",
)

Row = dict[str, Any]
At = Callable[[dt.date, int], dt.datetime]


@dataclass
class OutreachCounts:
    lists: int = 0
    entries: int = 0
    attempts: int = 0


class _Maker:
    def __init__(
        self,
        session: Session,
        seed: int,
        today: dt.date,
        device_id: str,
        at: At,
        new_id: Callable[[random.Random, dt.datetime], str],
    ) -> None:
        self.session = session
        self.rng = random.Random(f"vauhdittamo demo outreach {seed}")
        self.today = today
        self.device_id = device_id
        self.at = at
        self._new_id = new_id
        self.rows: dict[str, list[Row]] = {"outreach_list": [], "outreach_entry": [], "outreach_attempt": []}

    def meta(self, when: dt.datetime, by: str | None, updated: dt.datetime | None = None) -> Row:
        return {
            "id": self._new_id(self.rng, when),
            "created_at": when,
            "updated_at": updated or when,
            "updated_by_id": by,
            "device_id": self.device_id,
            "deleted_at": None,
        }

    def moment(self, day: dt.date) -> dt.datetime:
        last = NOW_MINUTE - 15 if day == self.today else 16 * 60
        return self.at(day, self.rng.randrange(8 * 60, last))

    def workday_between(self, first: dt.date, last: dt.date) -> dt.date:
        span = max(0, (last - first).days)
        for _ in range(10):
            day = first + dt.timedelta(days=self.rng.randint(0, span))
            if day.weekday() < 5:
                return day
        return first

    def write(self) -> None:
        tables = {
            "outreach_list": OutreachList.__table__,
            "outreach_entry": OutreachEntry.__table__,
            "outreach_attempt": OutreachAttempt.__table__,
        }
        for name, rows in self.rows.items():
            table = tables[name]
            assert isinstance(table, Table) and table is Base.metadata.tables[name]
            if rows:
                self.session.execute(table.insert(), rows)


def make_outreach(
    session: Session,
    *,
    seed: int,
    today: dt.date,
    device_id: str,
    at: At,
    new_id: Callable[[random.Random, dt.datetime], str],
    coordinator_id: str | None,
    workers: dict[str, str],
    clients: Sequence[tuple[str, str, dt.date]],
) -> OutreachCounts:
    """Write the demo's outreach list (see the module's notes).

    *at* gives a Helsinki wall-clock minute of a day as UTC; *new_id* a key from a random stream and a time;
    *workers* is the outreach worker of each municipality (staff id); *clients* are ``(id, village, created
    day)`` of the demo's clients.
    """
    maker = _Maker(session, seed, today, device_id, at, new_id)
    rng = maker.rng
    start = today - dt.timedelta(days=START_DAYS_AGO)
    end = start + dt.timedelta(days=LENGTH_DAYS)
    created = at(start, 8 * 60 + 30)
    outreach_list = maker.meta(created, coordinator_id)
    outreach_list.update(
        name=LIST_NAME,
        villages=VILLAGE_SEPARATOR.join(VILLAGES),
        start_date=start,
        end_date=end,
        description=LIST_DESCRIPTION,
        closed_at=None,
        closed_by_id=None,
    )
    maker.rows["outreach_list"].append(outreach_list)
    municipalities = {m.name: m for m in MUNICIPALITIES}
    by_village: dict[str, list[tuple[str, dt.date]]] = {}
    for client_id, village, created_day in clients:
        if village in VILLAGES:
            by_village.setdefault(village, []).append((client_id, created_day))
    counts = OutreachCounts(lists=1)
    for village, (people, municipality) in VILLAGES.items():
        worker = workers.get(municipality)
        muni = municipalities[municipality]
        pool = sorted(by_village.get(village, []))
        older = [c for c in pool if c[1] < start]
        rng.shuffle(older)
        picked = older[: min(3, len(older) // 2)]  # a few of the village's clients, to reach again
        free = sorted((c for c in pool if c[1] > start), key=lambda c: (c[1], c[0]))  # became clients meanwhile
        for index in range(people + len(picked)):
            linked = picked[index - people][0] if index >= people else None
            assigned = None if rng.random() < 0.04 else worker
            entry = maker.meta(created + dt.timedelta(minutes=index % 50), coordinator_id)
            first = last = phone = address = ""
            if linked is None:
                young = rng.random() < 0.4
                names = (
                    (MALE_FI_YOUNG if young else MALE_FI_OLDER)
                    if rng.random() < 0.55
                    else (FEMALE_FI_YOUNG if young else FEMALE_FI_OLDER)
                )
                first, last = rng.choice(names), rng.choice(SURNAMES_FI)
                if rng.random() < 0.85:
                    phone = f"{rng.choice(PHONE_PREFIXES)} {rng.randrange(1000):03d} {rng.randrange(10000):04d}"
                if rng.random() < 0.8:
                    address = f"{VILLAGE_ROADS[village]} {rng.randint(1, 480)}, {muni.postcode} {muni.name}"
            entry.update(
                list_id=outreach_list["id"],
                first_name=first,
                last_name=last,
                phone=phone,
                address=address,
                village=village,
                assigned_to_id=assigned,
                client_id=linked,
                erased_at=None,
            )
            attempts = _attempts(maker, entry, start, free, worker or coordinator_id)
            maker.rows["outreach_entry"].append(entry)
            maker.rows["outreach_attempt"].extend(attempts)
            counts.entries += 1
            counts.attempts += len(attempts)
    maker.write()
    return counts


def _attempts(
    maker: _Maker, entry: Row, start: dt.date, free: list[tuple[str, dt.date]], staff_id: str | None
) -> list[Row]:
    """The entry's history of attempts; a "became a client" links a free client of the village (and empties the
    entry), when one is left."""
    rng = maker.rng
    tries = rng.choices((0, 1, 2, 3, 4), (22, 30, 25, 15, 8))[0]
    # The first try any time from the list's start to a week ago: the work goes on, some tries are due.
    day = maker.workday_between(
        start + dt.timedelta(days=3), max(start + dt.timedelta(days=3), maker.today - dt.timedelta(days=7))
    )
    rows: list[Row] = []
    for number in range(tries):
        if day > maker.today:
            break
        last = number == tries - 1
        outcome = AttemptOutcome.NOT_REACHED
        if last:
            outcome = rng.choices(list(AttemptOutcome), (28, 30, 12, 6, 24))[0]
        channel = rng.choices(list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values()))[0]
        if outcome is AttemptOutcome.BECAME_CLIENT and entry["client_id"] is None:
            # The client was made the day the person became one: after the entry's earlier attempts.
            earliest = rows[-1]["attempted_on"] if rows else start
            usable = [c for c in free if earliest <= c[1] <= maker.today]
            if not usable:
                outcome = AttemptOutcome.REACHED
            else:
                client_id, day = usable[0]
                free.remove(usable[0])
                entry.update(client_id=client_id, first_name="", last_name="", phone="", address="")
        when = maker.moment(day)
        row = maker.meta(when, staff_id)
        next_try = None
        if outcome not in FINAL_OUTCOMES and rng.random() < 0.75:
            next_try = day + dt.timedelta(days=rng.choice((2, 3, 5, 7, 14, 21)))
        row.update(
            entry_id=entry["id"],
            channel=channel,
            attempted_on=day,
            outcome=outcome,
            note=rng.choice(NOTES) if rng.random() < 0.3 else "",
            next_try_on=next_try,
            staff_id=staff_id,
        )
        rows.append(row)
        if outcome is AttemptOutcome.BECAME_CLIENT:
            entry["updated_at"] = when
            break
        day = maker.workday_between(day + dt.timedelta(days=2), day + dt.timedelta(days=16))
    return rows
