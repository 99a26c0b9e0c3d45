"""Raw connections to the tests' encrypted databases (what `sqlite3.connect` was for plain files)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vauhdittamo.db import connect_raw
from vauhdittamo.dbkey import keyring_key


def connect(path: Path) -> Any:
    """An SQLCipher connection to *path* keyed with the test keyring's key; statements autocommit."""
    key = keyring_key(create=False)
    assert key is not None, "no database key in the test keyring yet"
    return connect_raw(Path(path), key)
