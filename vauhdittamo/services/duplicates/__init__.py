"""Near-duplicate client records: one person recorded twice, found with rapidfuzz.

* :mod:`.keys` — what is compared (folded name words, birth date, identity code, phone, email);
* :mod:`.matching` — the rules, their thresholds and the plain-language reasons;
* :mod:`.lookup` — possible duplicates of one person (the new-client form as staff type, before saving);
* :mod:`.pairs` — the coordinator's list over every client (blocking, then rapidfuzz);
* :mod:`.dismissals` — pairs marked "not the same person", remembered and synchronised.
"""

from vauhdittamo.services.duplicates.dismissals import dismiss_pair, dismissed_pairs, undo_dismissal
from vauhdittamo.services.duplicates.keys import Person, mask_personal_id, person
from vauhdittamo.services.duplicates.lookup import NearDuplicate, near_duplicates, probe
from vauhdittamo.services.duplicates.matching import REASON_TEXTS, Match, Reason, Tier, compare, reason_text
from vauhdittamo.services.duplicates.pairs import (
    ClientSummary,
    DuplicatePair,
    count_possible_duplicates,
    possible_duplicates,
)

__all__ = [
    "REASON_TEXTS",
    "ClientSummary",
    "DuplicatePair",
    "Match",
    "NearDuplicate",
    "Person",
    "Reason",
    "Tier",
    "compare",
    "count_possible_duplicates",
    "dismiss_pair",
    "dismissed_pairs",
    "mask_personal_id",
    "near_duplicates",
    "person",
    "possible_duplicates",
    "probe",
    "reason_text",
    "undo_dismissal",
]
