"""Vauhdittamo desk: walk-in guidance, referrals and workshop attendance."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("vauhdittamo")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

APP_NAME = "vauhdittamo"
APP_DISPLAY_NAME = "Vauhdittamo desk"
