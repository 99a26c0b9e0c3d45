"""Loading the user-interface translations: Finnish by default, Swedish and English."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from vauhdittamo import paths

log = logging.getLogger(__name__)

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"


def translations_dir() -> str:
    return str(paths.resources_dir() / "translations")


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's own catalogues for *language*; English needs none."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale({"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}[language]))
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    catalogues = [
        (translations_dir(), f"vauhdittamo_{language}"),
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
    ]
    for folder, name in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return installed
