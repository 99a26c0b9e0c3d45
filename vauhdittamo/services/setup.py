"""What a brand-new database gets once, before anyone uses it."""

from __future__ import annotations

from pathlib import Path

from vauhdittamo.db import Database, open_database
from vauhdittamo.dbkey import AskPassphrase
from vauhdittamo.services.partner_directory import ensure_starter_directory
from vauhdittamo.services.permissions import system


def prepare_new_database(db: Database) -> None:
    """Give a new database the starter partner directory (fixed keys, so every device has the same rows)."""
    with db.transaction(system("setup")) as session:
        ensure_starter_directory(session)


def open_prepared(
    path: Path | None = None, *, create: bool = True, ask_passphrase: AskPassphrase | None = None
) -> Database:
    """Open the database (see :func:`vauhdittamo.db.open_database`) and prepare it if it was new.

    *ask_passphrase* is asked for the database's passphrase where no keyring works.
    """
    db = open_database(path, create=create, ask_passphrase=ask_passphrase)
    if db.created:
        prepare_new_database(db)
    return db
