"""Errors the user can do something about, with plain messages.

Messages are English source strings marked for translation; the UI shows them through
``QCoreApplication.translate("errors", ...)``. Anything that is not an :class:`AppError`
is a bug: the global exception hook logs it and shows the crash dialog.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark *text* for translation in *context* without translating it here."""
    return text


class AppError(Exception):
    """A handled error: its message tells the user what happened and what to do."""

    template: str = QT_TRANSLATE_NOOP("errors", "Something went wrong.")

    def __init__(self, template: str | None = None, **params: Any) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def translated(self, translate: Any) -> str:
        """The message through a translate function ``(context, text) -> text``."""
        return str(translate("errors", self.template)).format(**self.params)


class ValidationError(AppError):
    """Input that breaks a rule; ``field`` names the form field to fix."""

    def __init__(self, template: str, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class DatabaseError(AppError):
    """Something about the database file itself (environment, not a bug)."""


class NewerSchemaError(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} was written by a newer version of Vauhdittamo desk (schema {found}). "
        "Update the application; the database was left untouched.",
    )


class NotADatabaseError(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The file {path} is not a Vauhdittamo database or it is damaged. Restore it from a backup.",
    )


class DatabaseLockedError(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} is busy in another program. Wait a moment and try again.",
    )


class DiskFullError(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The disk is full. Free some space and try again; nothing saved was lost."
    )


class DatabaseMissingError(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The database {path} does not exist. Check the path, or start the app once to create it."
    )


class WrongKeyError(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} could not be opened: the key or passphrase is wrong, or the file is not a "
        "Vauhdittamo database. The file was left untouched.",
    )


class EmptyDatabaseError(DatabaseError):
    """A file that exists but holds no Vauhdittamo database (zero bytes, or an SQLite file without tables)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The file {path} is empty: it is not a Vauhdittamo database. It was left untouched; check the path, or "
        "start the app once to create a database.",
    )


class NotAFileError(DatabaseError):
    """The database path names a folder, a device, a pipe or a socket."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} is not a file (it is a device, a pipe or a socket). Give the path of a database file.",
    )


MSG_DATABASE_IS_FOLDER = QT_TRANSLATE_NOOP(
    "errors", "The database {path} is a folder. Give the path of a database file, for example {example}."
)


class UpgradeNeededError(DatabaseError):
    """A read-only command met a database that only an upgrade (or its encryption) would let it read."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} is from an older version of Vauhdittamo desk (schema {found}; this version "
        "uses {head}). Start the app once, or run: vauhdittamo upgrade --db {path}. It was left untouched.",
    )


MSG_ENCRYPTION_NEEDED = QT_TRANSLATE_NOOP(
    "errors",
    "The database {path} is from an older version of Vauhdittamo desk and is not encrypted yet. Start the app "
    "once, or run: vauhdittamo upgrade --db {path}. It was left untouched.",
)


class UpgradeFailedError(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} could not be upgraded from schema {found} to {head} ({reason}). It was left as "
        "it was, and a copy made before the upgrade is in {backup}. Please report this.",
    )


class KeyringUnavailableError(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No keyring works on this computer, so the database {path} is protected with a passphrase. "
        "Run the command in a terminal to type it, or give it on standard input with --passphrase-stdin.",
    )


class KeyMissingError(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The key of the database {path} is not in this computer's keyring, and no passphrase was given. "
        "The database can only be opened where its key is, or with its passphrase.",
    )


class PassphraseCancelledError(DatabaseError):
    template = QT_TRANSLATE_NOOP("errors", "No passphrase was given; the database {path} was not opened.")


class EncryptionFailedError(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} could not be encrypted: {reason} It was left as it was; try again.",
    )


class FileAccessError(AppError):
    template = QT_TRANSLATE_NOOP("errors", "Cannot use the file {path}: {reason}")


# Where a file is written (an export, a report, a backup): only a regular file is ever replaced.
MSG_OUT_IS_FOLDER = QT_TRANSLATE_NOOP("errors", "Cannot save {path}: it is a folder. Give a file name.")
MSG_OUT_NOT_A_FILE = QT_TRANSLATE_NOOP(
    "errors",
    "Cannot save {path}: it is a device, a pipe or a socket, not a file, and only a file is ever replaced. "
    "Give a file name.",
)
MSG_OUT_EXISTS = QT_TRANSLATE_NOOP("errors", "Cannot save {path}: the file exists (give --force to replace it).")
MSG_OUT_NO_FOLDER = QT_TRANSLATE_NOOP(
    "errors", "Cannot save {path}: the folder {folder} does not exist. Choose another folder."
)
MSG_OUT_FOLDER_READ_ONLY = QT_TRANSLATE_NOOP(
    "errors", "Cannot save {path}: you may not write in the folder {folder}. Choose another folder."
)


def classify_sqlite_error(exc: BaseException, path: object) -> AppError | None:
    """The friendly error for a known environment failure of SQLite, or ``None`` for a bug."""
    original = getattr(exc, "orig", exc)
    if not isinstance(original, sqlite3.Error | sqlcipher.Error):
        return None
    text = str(original).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(path=str(path))
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFullError()
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return NotADatabaseError(path=str(path))
    if "unable to open" in text or "readonly" in text or "read-only" in text or "disk i/o" in text:
        return FileAccessError(path=str(path), reason=str(original))
    return None
