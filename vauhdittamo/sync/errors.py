"""Errors of synchronisation the user can act on."""

from __future__ import annotations

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError


class SyncError(AppError):
    """Something about the hub or this computer that stops a sync (environment, not a bug)."""


class HubUnreachableError(SyncError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Cannot reach the hub {hub}: {reason}. Check the network and try again; nothing was lost."
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
