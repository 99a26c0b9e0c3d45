"""Every folder the application uses, from platformdirs, in one place.

Nothing here creates a folder at import time. Tests (and the ``VAUHDITTAMO_HOME``
environment variable) redirect all folders below one base folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from vauhdittamo import APP_NAME

HOME_ENV = "VAUHDITTAMO_HOME"
DATABASE_FILENAME = "vauhdittamo.sqlite3"

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


def ensure_dir(path: Path) -> Path:
    """Create *path* (and parents) when needed and return it."""
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The ``resources/`` folder: inside the installed package, or at the top of a source tree."""
    packaged = Path(__file__).resolve().parent / "_resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"
