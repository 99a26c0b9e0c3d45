"""A handful of realistic near-duplicates in the demo data: one person recorded twice.

After the rest of the demo is written, a few later clients become second records of earlier ones, as if
an outreach worker's laptop in a village had recorded the person again offline: one letter off, first and
last name swapped, ä and ö typed as a and o, a double surname, several first names, the same identity
code with a typo in the name, and a name one letter off with no birth date but the same phone number.
Each second record keeps its own visits (so a merge has something to move), and is stamped with another
device and another staff member. The count of clients is unchanged.

A stream of its own (seeded like the rest) picks the records, so the rest of the demo stays as it was.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from vauhdittamo.ids import derived_id
from vauhdittamo.models import Client, OutreachEntry, ProjectParticipant, StaffRole
from vauhdittamo.models.staff import StaffMember
from vauhdittamo.services.clients import search_key_of
from vauhdittamo.services.demo.data import MALE_FI_OLDER, MALE_FI_YOUNG, MALE_OTHER, MALE_SV, SURNAMES_FI

MIN_CLIENTS = 40  # fewer clients than this get no near-duplicates (a tiny demo has too few to pick from)
MIDDLE_NAMES_MALE = ("Juhani", "Olavi", "Antero", "Johannes", "Kalevi")
MIDDLE_NAMES_FEMALE = ("Maria", "Johanna", "Kaarina", "Helena", "Sofia")
_MALE = frozenset(MALE_FI_OLDER + MALE_FI_YOUNG + MALE_SV + MALE_OTHER)
_PLAIN = str.maketrans("äöåÄÖÅ", "aoaAOA")

Row = Any
Change = dict[str, Any]


def one_letter_off(name: str) -> str:
    """A typing slip: a doubled letter typed once (Matti → Mati), else a consonant doubled (Sari → Sarri)."""
    for i in range(1, len(name)):
        if name[i] == name[i - 1]:
            return name[:i] + name[i + 1 :]
    i = next((i for i in range(1, len(name)) if name[i].isalpha() and name[i].lower() not in "aeiouyäöå"), 1)
    return name[:i] + name[i] + name[i:]


def _last_letter_dropped(row: Row, rng: random.Random) -> Change:
    return {"last_name": row.last_name[:-1]}  # Virtanen → Virtane


def _swapped(row: Row, rng: random.Random) -> Change:
    return {"first_name": row.last_name, "last_name": row.first_name}


def _plain_letters(row: Row, rng: random.Random) -> Change:
    return {"first_name": row.first_name.translate(_PLAIN), "last_name": row.last_name.translate(_PLAIN)}


def _double_surname(row: Row, rng: random.Random) -> Change:
    other = rng.choice([s for s in SURNAMES_FI if s != row.last_name])
    return {"last_name": f"{row.last_name}-{other}"}


def _more_first_names(row: Row, rng: random.Random) -> Change:
    middle = MIDDLE_NAMES_MALE if row.first_name in _MALE else MIDDLE_NAMES_FEMALE
    return {"first_name": f"{row.first_name} {rng.choice(middle)}"}


def _same_code_typo(row: Row, rng: random.Random) -> Change:
    return {"first_name": one_letter_off(row.first_name), "personal_id": row.personal_id}


def _phone_only(row: Row, rng: random.Random) -> Change:
    return {"first_name": one_letter_off(row.first_name), "birth_date": None, "phone": row.phone}


@dataclass(frozen=True)
class _Variant:
    make: Callable[[Row, random.Random], Change]
    fits: Callable[[Row], bool]


VARIANTS = (
    _Variant(_last_letter_dropped, lambda r: len(r.last_name) >= 6 and " " not in r.last_name),
    _Variant(_swapped, lambda r: " " not in r.first_name + r.last_name),
    _Variant(_plain_letters, lambda r: any(ch in "äöåÄÖÅ" for ch in r.first_name + r.last_name)),
    _Variant(_double_surname, lambda r: "-" not in r.last_name),
    _Variant(_more_first_names, lambda r: " " not in r.first_name),
    _Variant(_same_code_typo, lambda r: bool(r.personal_id)),
    _Variant(_phone_only, lambda r: bool(r.phone)),
)


def make_near_duplicates(session: Session, seed: int) -> int:
    """Turn a few later clients into second records of earlier ones (see the module); returns how many."""
    rows = session.execute(
        select(
            Client.id,
            Client.first_name,
            Client.last_name,
            Client.birth_date,
            Client.personal_id,
            Client.phone,
            Client.municipality,
            Client.village,
            Client.language,
            Client.created_at,
        )
        .where(Client.deleted_at.is_(None), Client.anonymised_at.is_(None))
        .order_by(Client.created_at, Client.id)
    ).all()
    if len(rows) < MIN_CLIENTS:
        return 0
    rng = random.Random(f"vauhdittamo demo near-duplicates {seed}")
    # Records whose name or birth date is copied elsewhere (a participant's entry data, an outreach entry) stay.
    linked = set(session.scalars(select(ProjectParticipant.client_id)))
    linked.update(c for c in session.scalars(select(OutreachEntry.client_id)) if c)
    staff = {
        role: ids
        for role in (StaffRole.OUTREACH, StaffRole.FRONT_DESK)
        if (
            ids := list(
                session.scalars(select(StaffMember.id).where(StaffMember.role == role).order_by(StaffMember.id))
            )
        )
    }
    recorders: list[str | None] = [*(staff.get(StaffRole.OUTREACH) or staff.get(StaffRole.FRONT_DESK) or ())] or [None]
    device = derived_id("demo device", "village laptop", str(seed))
    half = len(rows) // 2
    originals = [r for r in rows[:half] if r.birth_date is not None]
    seconds = [r for r in rows[half:] if r.id not in linked]
    used: set[str] = set()
    made = 0
    for variant in VARIANTS:
        fitting = [r for r in originals if r.id not in used and variant.fits(r)]
        if not fitting or not seconds:
            continue
        original = rng.choice(fitting)
        second = seconds.pop(rng.randrange(len(seconds)))
        used.update((original.id, second.id))
        values: Change = {
            "first_name": original.first_name,
            "last_name": original.last_name,
            "birth_date": original.birth_date,
            "personal_id": None,
            "phone": "",
            "email": "",
            "municipality": original.municipality,
            "village": original.village,
            "language": original.language,
        }
        values.update(variant.make(original, rng))
        values["search_key"] = search_key_of(
            values["first_name"], values["last_name"], values["birth_date"], values["personal_id"], values["phone"]
        )
        values["device_id"] = device
        values["updated_by_id"] = rng.choice(recorders)
        values["updated_at"] = max(second.created_at, original.created_at) + dt.timedelta(minutes=1)
        session.execute(update(Client).where(Client.id == second.id).values(values))
        made += 1
    return made
