"""The hub user's password: only in the operating system's keyring, or in memory for this run.

Never in a file, a setting or a log. The same rules as the database key (:mod:`vauhdittamo.dbkey`),
through the same backend check: a keyring that would keep secrets in a plain file (keyrings.alt),
a null or failing one is refused, and failures are logged by kind only, never with a secret. Where no
keyring works the Sync screen keeps the password in memory until the application closes, and the
command line asks for it on the terminal.
"""

from __future__ import annotations

import logging
from typing import Any

from vauhdittamo.dbkey import KeyringUnavailable, usable_backend

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Vauhdittamo desk hub"
"""The keyring service of hub passwords; the entry is the hub user's name."""


def _backend() -> Any | None:
    """The keyring backend that may keep the password, or ``None`` (logged) when none may."""
    try:
        return usable_backend()
    except KeyringUnavailable as exc:
        log.info("no usable keyring for the hub password: %s", exc)
        return None


def keyring_works() -> bool:
    return _backend() is not None


def stored_password(user: str) -> str | None:
    """The hub password of *user* from the keyring, ``None`` when there is none (or no keyring)."""
    backend = _backend() if user else None
    if backend is None:
        return None
    try:
        value = backend.get_password(KEYRING_SERVICE, user)
    except Exception as exc:  # noqa: BLE001 - a locked or broken keyring: ask instead
        log.info("hub password not read from the keyring: %s", type(exc).__name__)
        return None
    return value if isinstance(value, str) and value else None


def store_password(user: str, password: str) -> bool:
    """Keep the hub password in the keyring; ``False`` when no keyring works (keep it in memory then).

    The password is read back, so that a keyring that only pretends to keep it is caught.
    """
    backend = _backend() if user and password else None
    if backend is None:
        return False
    try:
        backend.set_password(KEYRING_SERVICE, user, password)
        kept = bool(backend.get_password(KEYRING_SERVICE, user) == password)
    except Exception as exc:  # noqa: BLE001 - locked, dismissed prompt, D-Bus failure, ...
        log.info("hub password not stored in the keyring: %s", type(exc).__name__)
        return False
    if not kept:
        log.info("the keyring did not keep the hub password")
    return kept


def forget_password(user: str) -> None:
    backend = _backend() if user else None
    if backend is None:
        return
    try:
        backend.delete_password(KEYRING_SERVICE, user)
    except Exception as exc:  # noqa: BLE001 - nothing stored, or the keyring refused
        log.info("hub password not removed from the keyring: %s", type(exc).__name__)
