"""Errors of synchronisation the user can act on."""

from __future__ import annotations

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError


class SyncError(AppError):
    """Something about the hub or this computer that stops a sync (environment, not a bug)."""


class HubUnreachableError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Cannot reach the hub {hub}: {reason}. Check the network and try again; nothing was lost."
    )


class HubTimeoutError(HubUnreachableError):
    """The hub did not answer in time (no connection, or a statement that ran too long)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The hub {hub} did not answer within {seconds} seconds. The network may be slow or the hub busy; "
        "try again later. Nothing was lost.",
    )


class HubAddressInvalidError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The hub address is not valid. Write it as postgresql://user@server:5432/database."
    )


class HubAddressOptionError(SyncError):
    template = QT_TRANSLATE_NOOP("errors", "The hub address {hub} is not valid: {reason}")


class PasswordInAddressError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The hub address must not contain a password: write it without one ({hub}). The password is kept in "
        "this computer's keyring or typed when asked.",
    )


class HubWrongPasswordError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The hub {hub} did not accept the password of the user {user}. Check the password; the municipality's IT "
        "can set a new one. Nothing was exchanged.",
    )


class HubPasswordNeededError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The hub {hub} asks for the password of the user {user}, and none was given."
    )


class HubUnknownUserError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The hub {hub} has no user {user}. Check the user name, or ask the municipality's IT to add it "
        "(vauhdittamo hub add-user).",
    )


class HubDatabaseMissingError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The hub server {hub} has no database {database}. Check the database name at the end of the address."
    )


class HubAccessDeniedError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The hub {hub} does not let this user or computer in: {reason}. Ask the municipality's IT."
    )


class HubTlsError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No secure connection to the hub {hub}: {reason}. The hub needs TLS with a valid certificate for its "
        "name (ask the municipality's IT); nothing was exchanged.",
    )


class HubNotInitialisedError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The hub {hub} has not been prepared for Vauhdittamo desk. Prepare it with: vauhdittamo hub init"
    )


class HubOlderSchemaError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The hub {hub} has schema {hub_schema}, older than this computer's {local_schema}. Upgrade the hub "
        "(vauhdittamo hub init) before syncing; nothing was exchanged.",
    )


class HubNewerSchemaError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The hub {hub} has schema {hub_schema}, newer than this computer's {local_schema}. Update Vauhdittamo "
        "desk on this computer before syncing; nothing was exchanged.",
    )


class ClockSkewError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This computer's clock is {minutes} minutes off the hub's. Set the date and time right and sync again; "
        "nothing was exchanged.",
    )


class HubPasswordMissingError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No password for the hub user {user}: store it in the keyring or run the command in a terminal to type it.",
    )


class ConflictNotFoundError(SyncError):
    template = QT_TRANSLATE_NOOP("errors", "The conflict was not found or it has already been settled.")


class SyncCancelledError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The sync was cancelled. What was already exchanged is kept; the rest goes at the next sync."
    )


class HubRefusedError(SyncError):
    """The hub refused a request of this login (a missing right, a broken rule)."""

    template = QT_TRANSLATE_NOOP("errors", "The hub {hub} refused the sync: {reason}")
