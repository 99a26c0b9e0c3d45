"""Text folding for search: case- and accent-insensitive (``jarvinen`` finds *Järvinen*)."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case *text* without accents, with single spaces: ``Åberg`` → ``aberg``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()


def digits(text: str) -> str:
    """Only the digits of *text* (for phone numbers)."""
    return "".join(ch for ch in text if ch.isdigit())
