"""The outreach codes in the user's words (their own "outreach" context: "Declined" is not a referral's)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from vauhdittamo.errors import QT_TRANSLATE_NOOP
from vauhdittamo.models import AttemptOutcome, ContactChannel, EntryStatus

_CONTEXT = "outreach"

_LABEL_LIST: list[tuple[Enum, str]] = [
    (ContactChannel.PHONE, QT_TRANSLATE_NOOP("outreach", "Phone call")),
    (ContactChannel.LETTER, QT_TRANSLATE_NOOP("outreach", "Letter")),
    (ContactChannel.HOME_VISIT, QT_TRANSLATE_NOOP("outreach", "Home visit")),
    (ContactChannel.VILLAGE_EVENT, QT_TRANSLATE_NOOP("outreach", "Village event")),
    (AttemptOutcome.REACHED, QT_TRANSLATE_NOOP("outreach", "Reached")),
    (AttemptOutcome.NOT_REACHED, QT_TRANSLATE_NOOP("outreach", "Not reached")),
    (AttemptOutcome.DECLINED, QT_TRANSLATE_NOOP("outreach", "Declined")),
    (AttemptOutcome.MOVED_AWAY, QT_TRANSLATE_NOOP("outreach", "Moved away")),
    (AttemptOutcome.BECAME_CLIENT, QT_TRANSLATE_NOOP("outreach", "Became a client")),
    (EntryStatus.NOT_TRIED, QT_TRANSLATE_NOOP("outreach", "Not tried yet")),
    (EntryStatus.REACHED, QT_TRANSLATE_NOOP("outreach", "Reached")),
    (EntryStatus.NOT_REACHED, QT_TRANSLATE_NOOP("outreach", "Not reached")),
    (EntryStatus.DECLINED, QT_TRANSLATE_NOOP("outreach", "Declined")),
    (EntryStatus.MOVED_AWAY, QT_TRANSLATE_NOOP("outreach", "Moved away")),
    (EntryStatus.BECAME_CLIENT, QT_TRANSLATE_NOOP("outreach", "Became a client")),
]
_LABELS: dict[tuple[type, str], str] = {(type(k), k.value): v for k, v in _LABEL_LIST}

# Colours of the statuses in the lists (the app's attention red is for a next try that is due).
STATUS_COLOURS: dict[EntryStatus, str | None] = {
    EntryStatus.NOT_TRIED: None,
    EntryStatus.NOT_REACHED: "#8a5300",
    EntryStatus.REACHED: "#1a5f8f",
    EntryStatus.DECLINED: "#5b6b7c",
    EntryStatus.MOVED_AWAY: "#5b6b7c",
    EntryStatus.BECAME_CLIENT: "#1e6b3a",
}


def outreach_label(value: ContactChannel | AttemptOutcome | EntryStatus | None) -> str:
    """The translated name of an outreach code (empty for ``None``)."""
    if value is None:
        return ""
    source = _LABELS.get((type(value), value.value))
    return QCoreApplication.translate(_CONTEXT, source) if source else str(value.value)


def all_outreach_labels() -> list[tuple[Enum, str]]:
    """Every outreach code with its English source label (for tests)."""
    return list(_LABEL_LIST)
