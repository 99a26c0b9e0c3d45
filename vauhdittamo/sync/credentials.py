"""The hub user's password: only in the operating system's keyring, or in memory for this run.

Never in a file, a setting or a log. Where no keyring works the Sync screen keeps the password
in memory until the application closes.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Vauhdittamo desk hub"


def _usable_keyring() -> object | None:
    """The keyring backend, or ``None`` when none works or it would keep secrets in a plain file."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - no keyring at all
        log.info("no keyring: %s", type(exc).__name__)
        return None
    if isinstance(backend, fail.Keyring) or "keyrings.alt" in type(backend).__module__:
        return None
    return backend


def keyring_works() -> bool:
    return _usable_keyring() is not None


def stored_password(user: str) -> str | None:
    """The hub password of *user* from the keyring, ``None`` when there is none (or no keyring)."""
    if not user or _usable_keyring() is None:
        return None
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, user)
    except Exception as exc:  # noqa: BLE001 - a locked or broken keyring: ask instead
        log.info("hub password not read from the keyring: %s", type(exc).__name__)
        return None


def store_password(user: str, password: str) -> bool:
    """Keep the hub password in the keyring; ``False`` when no keyring works (keep it in memory then)."""
    if not user or _usable_keyring() is None:
        return False
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, user, password)
    except Exception as exc:  # noqa: BLE001
        log.info("hub password not stored in the keyring: %s", type(exc).__name__)
        return False
    return True


def forget_password(user: str) -> None:
    if not user or _usable_keyring() is None:
        return
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, user)
    except Exception:  # noqa: BLE001 - nothing stored
        return
