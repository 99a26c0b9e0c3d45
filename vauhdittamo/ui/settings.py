"""User preferences in an ini file under the config folder (never domain data or secrets)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from vauhdittamo import paths

LANGUAGE = "ui/language"
LAST_STAFF = "session/last_staff_id"
GEOMETRY = "window/geometry"
LAST_PAGE = "window/last_page"
DESK_CHANNEL = "front_desk/channel"
IDLE_LOCK_MINUTES = "security/idle_lock_minutes"

DEFAULT_IDLE_LOCK_MINUTES = 10
IDLE_LOCK_RANGE = (1, 240)  # minutes; the lock cannot be turned off (a lost laptop must not show clients)


def app_settings() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


def int_setting(settings: QSettings, key: str, default: int) -> int:
    """A whole number from the settings; *default* when unset or not a number (an ini file holds text)."""
    value: object = settings.value(key, default)
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, str | float):
        try:
            return int(value)
        except ValueError:
            return default
    return default


def idle_lock_minutes(settings: QSettings | None = None) -> int:
    """After how many minutes without use the screen locks (the default when unset or invalid)."""
    minutes = int_setting(settings or app_settings(), IDLE_LOCK_MINUTES, DEFAULT_IDLE_LOCK_MINUTES)
    low, high = IDLE_LOCK_RANGE
    return min(max(minutes, low), high)


def set_idle_lock_minutes(minutes: int) -> None:
    low, high = IDLE_LOCK_RANGE
    app_settings().setValue(IDLE_LOCK_MINUTES, min(max(int(minutes), low), high))
