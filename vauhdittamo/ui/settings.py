"""User preferences in an ini file under the config folder (never domain data or secrets)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from vauhdittamo import paths

LANGUAGE = "ui/language"
LAST_STAFF = "session/last_staff_id"
GEOMETRY = "window/geometry"
LAST_PAGE = "window/last_page"


def app_settings() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
DESK_CHANNEL = "front_desk/channel"
