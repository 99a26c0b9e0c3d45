"""A participant's pseudonymous code: the same person, the same code, in every workbook and on every laptop.

The code is derived from the client's id (made once, on the laptop that created the client, and the
same everywhere after sync), so it never changes and removing duplicates by it is right where removing
them by name is not. It reveals nothing about the person: only the database links it back to a name.
"""

from __future__ import annotations

import hashlib

# Crockford's base-32 alphabet: no I, L, O or U, so a code read aloud or typed is not misread.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DOMAIN = b"vauhdittamo-participant-code:"


def participant_code(client_id: str) -> str:
    """``"P-XXXX-XXXX"`` for *client_id*: 40 bits of a SHA-256, in Crockford base 32."""
    digest = hashlib.sha256(_DOMAIN + client_id.encode("utf-8")).digest()
    number = int.from_bytes(digest[:5], "big")
    chars = "".join(_ALPHABET[(number >> shift) & 31] for shift in range(35, -1, -5))
    return f"P-{chars[:4]}-{chars[4:]}"
