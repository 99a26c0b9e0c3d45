"""Where the key of the encrypted database comes from (no Qt here).

* **The keyring** (the normal case): one random 256-bit key per user account, kept in the operating
  system's keyring under the service ``Vauhdittamo desk`` and the name ``database key``. It is made
  at first start and stored *before* any database is encrypted with it. Every database this user
  opens — the default one, a demo database, a backup, a moved or restored file — uses the same key,
  so a file can be moved or restored from a backup without losing access. A database from another
  computer (another keyring) does not open without that computer's key.
* **A passphrase**, where no keyring works: SQLCipher 4's own key derivation (PBKDF2-HMAC-SHA512,
  256,000 iterations, the file's 16-byte salt). It is derived here once per start, so that the
  connections use the derived raw key and no slow derivation runs at each connect; the file still
  opens with ``PRAGMA key = 'passphrase'`` in any SQLCipher 4 tool. A lost passphrase cannot be
  recovered.

The key is never written to a file or a log; :class:`DatabaseKey` does not show it in ``repr``.
:func:`usable_backend` is the one place that decides which keyring may hold a secret; the hub password
(:mod:`vauhdittamo.sync.credentials`) goes through it too.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vauhdittamo import APP_DISPLAY_NAME
from vauhdittamo.errors import QT_TRANSLATE_NOOP, ValidationError

log = logging.getLogger(__name__)

KEYRING_SERVICE = APP_DISPLAY_NAME
KEYRING_ENTRY = "database key"

KEY_BYTES = 32
SALT_BYTES = 16
# SQLCipher 4 defaults: what `PRAGMA key = 'passphrase'` does with a passphrase.
KDF_ALGORITHM = "sha512"
KDF_ITERATIONS = 256_000

MIN_PASSPHRASE_LENGTH = 10

MSG_PASSPHRASE_TOO_SHORT = QT_TRANSLATE_NOOP(
    "errors", "The passphrase must be at least {minimum} characters long."
)
MSG_PASSPHRASES_DIFFER = QT_TRANSLATE_NOOP("errors", "The two passphrases are not the same.")


class KeyringUnavailable(Exception):  # noqa: N818 - a condition the caller handles, not a failure
    """No keyring works here (none installed, locked, refusing, or one that would store a file)."""


@dataclass(frozen=True, repr=False, eq=False)
class DatabaseKey:
    """A 256-bit SQLCipher key, and the salt when it was derived from a passphrase."""

    raw: bytes
    salt: bytes | None = None
    derived_from_passphrase: bool = False

    def __post_init__(self) -> None:
        if len(self.raw) != KEY_BYTES:
            raise ValueError("a database key has 32 bytes")
        if self.salt is not None and len(self.salt) != SALT_BYTES:
            raise ValueError("a database salt has 16 bytes")

    @classmethod
    def generate(cls) -> DatabaseKey:
        return cls(secrets.token_bytes(KEY_BYTES))

    @classmethod
    def from_passphrase(cls, passphrase: str, salt: bytes) -> DatabaseKey:
        """The key SQLCipher 4 derives from *passphrase* for a file with *salt* (about 0.2 s)."""
        secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
        raw = hashlib.pbkdf2_hmac(KDF_ALGORITHM, secret, salt, KDF_ITERATIONS, KEY_BYTES)
        return cls(raw, salt, derived_from_passphrase=True)

    @classmethod
    def new_from_passphrase(cls, passphrase: str) -> DatabaseKey:
        """A key for a new (or newly encrypted) file: a fresh salt."""
        return cls.from_passphrase(passphrase, secrets.token_bytes(SALT_BYTES))

    def sqlcipher_value(self) -> str:
        """The value for ``PRAGMA key = "..."``: SQLCipher's raw key form, no key derivation."""
        return f"x'{self.raw.hex()}{self.salt.hex() if self.salt else ''}'"

    def __repr__(self) -> str:
        return f"DatabaseKey({'passphrase' if self.derived_from_passphrase else 'keyring'}, <hidden>)"

    __str__ = __repr__

    def __reduce__(self) -> Any:
        raise TypeError("a database key is not pickled")


# --------------------------------------------------------------------------- the keyring


def usable_backend() -> Any:
    """The keyring backend that may keep a secret, or :class:`KeyringUnavailable` when none may.

    The one check of the keyring for every secret of the application: the database key here, and the
    hub password (:mod:`vauhdittamo.sync.credentials`).
    """
    import keyring
    from keyring.backends import chainer, fail

    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - any backend failure means "no keyring"
        raise KeyringUnavailable(type(exc).__name__) from exc
    # A chain of backends: use the best one that keeps the key safely, never a refused one.
    backends = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
    usable = [b for b in backends if not _refused(b) and not isinstance(b, fail.Keyring)]
    if not usable:
        raise KeyringUnavailable(type(backend).__name__)
    return usable[0]


def _refused(backend: Any) -> bool:
    """Backends that cannot keep the key safely: none at all, a null one, or one that writes a file."""
    module = type(backend).__module__
    if module.startswith("keyrings.alt") or module in ("keyring.backends.fail", "keyring.backends.null"):
        return True  # none at all, or plaintext / home-made encrypted files
    try:
        return bool(backend.priority <= 0)
    except Exception:  # noqa: BLE001 - a backend says it is not viable by raising here
        return True


def _get(backend: Any) -> str | None:
    try:
        value = backend.get_password(KEYRING_SERVICE, KEYRING_ENTRY)
    except Exception as exc:  # noqa: BLE001 - locked, dismissed prompt, D-Bus failure, ...
        raise KeyringUnavailable(type(exc).__name__) from exc
    return value if isinstance(value, str) else None


def keyring_key(*, create: bool) -> DatabaseKey | None:
    """The database key from the keyring.

    With *create*, a new random key is made and stored when there is none (and read back, so that
    a keyring that only pretends to store is caught before anything is encrypted with the key).
    ``None`` when there is no key and *create* is false. Raises :class:`KeyringUnavailable`.
    """
    backend = usable_backend()
    stored = _get(backend)
    if stored is not None:
        try:
            return DatabaseKey(bytes.fromhex(stored))
        except ValueError:
            log.warning("the keyring entry %r of %r is not a database key; ignored", KEYRING_ENTRY, KEYRING_SERVICE)
            return None
    if not create:
        return None
    key = DatabaseKey.generate()
    try:
        backend.set_password(KEYRING_SERVICE, KEYRING_ENTRY, key.raw.hex())
    except Exception as exc:  # noqa: BLE001
        raise KeyringUnavailable(type(exc).__name__) from exc
    if _get(backend) != key.raw.hex():
        raise KeyringUnavailable("the keyring did not keep the key")
    log.info("a new database key was stored in the keyring (%s / %s)", KEYRING_SERVICE, KEYRING_ENTRY)
    return key


def keyring_works() -> bool:
    try:
        _get(usable_backend())
    except KeyringUnavailable:
        return False
    return True


# --------------------------------------------------------------------------- passphrases


@dataclass(frozen=True)
class PassphraseRequest:
    """What the user is asked: a new passphrase (``new``) or the database's existing one.

    ``wrong``: the previous attempt did not open the database. ``keyring_works``: there is a keyring,
    but the database's key is not in it (a database made elsewhere, or with a passphrase).
    """

    path: Path
    new: bool
    wrong: bool = False
    keyring_works: bool = False


AskPassphrase = Callable[[PassphraseRequest], "str | None"]
"""Asks the user; returns the passphrase, or ``None`` when the user cancels."""


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Raises :class:`ValidationError` for a passphrase too short or not typed the same twice."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(MSG_PASSPHRASE_TOO_SHORT, field="passphrase", minimum=MIN_PASSPHRASE_LENGTH)
    if repeated is not None and repeated != passphrase:
        raise ValidationError(MSG_PASSPHRASES_DIFFER, field="repeat")
