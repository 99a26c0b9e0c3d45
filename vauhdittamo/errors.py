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
    template = QT_TRANSLATE_NOOP("errors", "The database {path} does not exist.")


class WrongKeyError(DatabaseError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} could not be opened: the key or passphrase is wrong. The file was left untouched.",
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
