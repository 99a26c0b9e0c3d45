"""Every folder the application uses, from platformdirs, in one place.

Nothing here creates a folder at import time. Tests (and the ``VAUHDITTAMO_HOME``
environment variable) redirect all folders below one base folder.

What the application writes about people (logs, exports, backups, temporary files) is owner-only:
files ``0600`` and the folders the app makes ``0700`` on POSIX (on Windows ``chmod`` only toggles
read-only and the user's profile folders are private already). Temporary files of exports go to a
private folder of this process below :func:`temp_dir`, never to the system's temporary folder;
:func:`clean_temp_dir` removes what a crash or power cut left there, at the next start.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import secrets
import shutil
import stat
import sys
import threading
from pathlib import Path

from platformdirs import PlatformDirs

from vauhdittamo import APP_NAME

log = logging.getLogger(__name__)

HOME_ENV = "VAUHDITTAMO_HOME"
DATABASE_FILENAME = "vauhdittamo.sqlite3"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_LOCK_SUFFIX = ".lock"

_override: Path | None = None


def set_base_dir(path: Path | None) -> None:
    """Put every folder below *path* (``None`` restores the platform folders)."""
    global _override
    _override = Path(path) if path is not None else None


def _base() -> Path | None:
    if _override is not None:
        return _override
    env = os.environ.get(HOME_ENV)
    return Path(env) if env else None


def _dirs() -> PlatformDirs:
    # appauthor=False: no vendor folder level; roaming=False: the local folder on Windows.
    return PlatformDirs(APP_NAME, appauthor=False, roaming=False)


def data_dir() -> Path:
    """Folder of the local database."""
    base = _base()
    return base / "data" if base else Path(_dirs().user_data_dir)


def log_dir() -> Path:
    """Folder of the log files (and crash reports)."""
    base = _base()
    return base / "logs" if base else Path(_dirs().user_log_dir)


def config_dir() -> Path:
    """Folder of the user preferences (QSettings ini file)."""
    base = _base()
    return base / "config" if base else Path(_dirs().user_config_dir)


def default_database_path() -> Path:
    """The embedded default database: a SQLite file under the user's data folder."""
    return data_dir() / DATABASE_FILENAME


def settings_file() -> Path:
    return config_dir() / "settings.ini"


def temp_dir() -> Path:
    """The private folder of temporary files (export streams), below the data folder."""
    return data_dir() / "tmp"


def ensure_dir(path: Path, mode: int = PRIVATE_DIR_MODE) -> Path:
    """Create *path* (and parents) when needed and return it.

    A folder made here gets *mode* (owner-only by default; missing parents get the default
    permissions). An existing folder is left as it is: see :func:`make_private`.
    """
    path.mkdir(mode=mode, parents=True, exist_ok=True)
    return path


def ensure_private_dir(path: Path) -> Path:
    """:func:`ensure_dir`, and an existing folder made owner-only too (for folders only the app uses)."""
    ensure_dir(path)
    make_private(path, PRIVATE_DIR_MODE)
    return path


def make_private(path: Path, mode: int = PRIVATE_FILE_MODE) -> None:
    """Owner-only permissions for *path* on POSIX (best effort; nothing on Windows)."""
    if sys.platform == "win32":
        return
    try:
        os.chmod(path, mode)
    except OSError as exc:
        log.warning("cannot make %s owner-only: %s", path, exc.strerror or exc)


def private_opener(path: str | os.PathLike[str], flags: int) -> int:
    """An ``opener`` for :func:`open` that creates files owner-only (``0600``)."""
    return os.open(path, flags, PRIVATE_FILE_MODE)


def create_private_file(path: Path) -> None:
    """Create *path* empty and owner-only; an existing file is left as it is (and made owner-only)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    except FileExistsError:
        make_private(path)


# --------------------------------------------------------------------------- files given by the user


FOLDER = "folder"
SPECIAL = "special"  # a device, a pipe, a socket: never read as a database nor replaced by an export


def kind_of_special_file(path: Path) -> str | None:
    """:data:`FOLDER` or :data:`SPECIAL` when *path* exists and is not a regular file, else ``None``.

    A symbolic link is followed: a link to a regular file counts as a regular file.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    return FOLDER if stat.S_ISDIR(mode) else SPECIAL


def check_output_file(path: Path, *, replace: bool = True) -> None:
    """Refuse to write *path* unless it is a new or a regular file in a folder this user may write in.

    Raises :class:`~vauhdittamo.errors.FileAccessError` with a plain message for a folder, a device, a pipe
    or a socket (never replaced, whatever ``--force`` says), an existing file when *replace* is false, a
    missing folder and a folder this user may not write in. Nothing is created.
    """
    from vauhdittamo.errors import (
        MSG_OUT_EXISTS,
        MSG_OUT_FOLDER_READ_ONLY,
        MSG_OUT_IS_FOLDER,
        MSG_OUT_NO_FOLDER,
        MSG_OUT_NOT_A_FILE,
        FileAccessError,
    )

    kind = kind_of_special_file(path)
    if kind == FOLDER:
        raise FileAccessError(MSG_OUT_IS_FOLDER, path=str(path))
    if kind is not None:
        raise FileAccessError(MSG_OUT_NOT_A_FILE, path=str(path))
    if not replace and (path.exists() or path.is_symlink()):
        raise FileAccessError(MSG_OUT_EXISTS, path=str(path))
    folder = path.parent
    if not folder.is_dir():
        raise FileAccessError(MSG_OUT_NO_FOLDER, path=str(path), folder=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileAccessError(MSG_OUT_FOLDER_READ_ONLY, path=str(path), folder=str(folder))


# --------------------------------------------------------------------------- private temporary files
#
# Each process gets its own folder ``tmp/<name>/`` beside a lock file ``tmp/<name>.lock`` that it holds
# open (and, on POSIX, locked) as long as it runs. Start-up cleanup removes only folders whose lock is
# free, so starting the command line never removes the files of an export running in the desktop app.

_session_guard = threading.Lock()
_session: tuple[Path, int] | None = None  # this process's folder and its lock file's descriptor


def _lock(fd: int) -> bool:
    """Take the lock of an open lock file without waiting (always true on Windows: an open file stays)."""
    if sys.platform == "win32":
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        mine, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (there.st_dev, there.st_ino)


def session_temp_dir() -> Path:
    """This process's private folder for temporary files (``0700``), made on first use.

    Removed when the process ends; after a crash or power cut by :func:`clean_temp_dir` at the next start.
    """
    global _session
    with _session_guard:
        base = temp_dir()
        if _session is not None:
            if _session[0].parent == base and _session[0].is_dir():
                return _session[0]
            _end_session()  # the folders moved (tests) or the folder was removed
        ensure_private_dir(base)
        while True:
            name = f"{os.getpid()}-{secrets.token_hex(6)}"
            lock = base / (name + _LOCK_SUFFIX)
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
            # Another start-up's cleanup may have taken (and removed) the new lock file just before us.
            if _lock(fd) and _same_file(fd, lock):
                break
            os.close(fd)
        folder = base / name
        folder.mkdir(mode=PRIVATE_DIR_MODE)
        if not _atexit_registered:
            _register_atexit()
        _session = (folder, fd)
        return folder


_atexit_registered = False


def _register_atexit() -> None:
    global _atexit_registered
    atexit.register(end_session_temp_dir)
    _atexit_registered = True


def _end_session() -> None:
    global _session
    if _session is None:
        return
    folder, fd = _session
    _session = None
    shutil.rmtree(folder, ignore_errors=True)
    lock = folder.with_name(folder.name + _LOCK_SUFFIX)
    if sys.platform == "win32":
        os.close(fd)
        lock.unlink(missing_ok=True)
    else:
        lock.unlink(missing_ok=True)  # still holding the lock, so no one else takes it in between
        os.close(fd)


def end_session_temp_dir() -> None:
    """Remove this process's temporary folder (at exit; also safe to call earlier)."""
    with _session_guard, contextlib.suppress(OSError):
        _end_session()


def _take_stale_lock(lock: Path) -> int | None:
    """A descriptor holding *lock* when its owner has gone, ``None`` while a process still holds it.

    On Windows a lock file that is still open cannot be removed, which tells the same.
    """
    if sys.platform == "win32":
        try:
            lock.unlink()
        except PermissionError:
            return None
        return -1
    try:
        fd = os.open(lock, os.O_RDWR)
    except FileNotFoundError:
        return -1
    if not _lock(fd):
        os.close(fd)
        return None
    return fd


def clean_temp_dir() -> int:
    """Remove the temporary files that ended processes left in :func:`temp_dir`; returns how many entries.

    Never raises: a start-up goes on whatever happens here. Creates no folder.
    """
    base = temp_dir()
    removed = 0
    try:
        if not base.is_dir():
            return 0
        make_private(base, PRIVATE_DIR_MODE)
        entries = sorted(base.iterdir())
    except OSError as exc:
        log.warning("cannot clean the temporary folder %s: %s", base, exc.strerror or exc)
        return 0
    with _session_guard:
        mine = _session[0] if _session is not None else None
    for entry in entries:
        try:
            if entry.name.endswith(_LOCK_SUFFIX):
                folder = entry.with_name(entry.name[: -len(_LOCK_SUFFIX)])
                if folder == mine:
                    continue
                fd = _take_stale_lock(entry)
                if fd is None:
                    continue  # a running process's folder
                try:
                    if folder.is_dir():
                        shutil.rmtree(folder)
                        removed += 1
                    entry.unlink(missing_ok=True)
                    removed += 1
                finally:
                    if fd >= 0:
                        os.close(fd)
            elif entry.is_dir() and not entry.is_symlink():
                # A process makes its lock file before its folder: a folder without one is left over.
                if entry != mine and not entry.with_name(entry.name + _LOCK_SUFFIX).exists():
                    shutil.rmtree(entry)
                    removed += 1
            else:
                entry.unlink(missing_ok=True)
                removed += 1
        except OSError as exc:
            log.warning("cannot remove the temporary file %s: %s", entry, exc.strerror or exc)
    if removed:
        log.info("removed %d temporary file(s) or folder(s) left over in %s", removed, base)
    return removed


def resources_dir() -> Path:
    """The ``resources/`` folder: inside the installed package, or at the top of a source tree."""
    packaged = Path(__file__).resolve().parent / "_resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"
