"""The About window: version, the database's schema version and file, the bundled libraries' licences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.acting import staff_actor
from vauhdittamo import __version__
from vauhdittamo.db import Database, head_revision
from vauhdittamo.services import about
from vauhdittamo.ui.about_dialog import AboutDialog
from vauhdittamo.ui.context import AppContext


@pytest.fixture
def dialog(qtbot: object, qapp: QApplication, db: Database, staff_id: str) -> AboutDialog:
    shown = AboutDialog(AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna Ohjaaja"))
    qtbot.addWidget(shown)  # type: ignore[attr-defined]
    return shown


def test_shows_the_version_and_the_database(dialog: AboutDialog, db: Database) -> None:
    assert __version__ in dialog.version_label.text()
    assert dialog.path_label.text() == str(db.path)
    assert dialog.schema_label.text() == head_revision()


def test_lists_the_bundled_libraries_with_their_licence_texts(dialog: AboutDialog) -> None:
    names = [c.name for c in dialog.components]
    for expected in ("SQLAlchemy", "platformdirs", "keyring", "openpyxl", "psycopg", "alembic", "SQLCipher", "Python"):
        assert expected in names
    qt_row = next(i for i, c in enumerate(dialog.components) if c.name.startswith("Qt"))
    dialog.component_list.setCurrentRow(qt_row)
    text = dialog.license_view.toPlainText()
    assert "LGPL-3.0" in text and "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text
    sqlcipher_row = names.index("SQLCipher")
    dialog.component_list.setCurrentRow(sqlcipher_row)
    assert "ZETETIC" in dialog.license_view.toPlainText()


def test_tells_how_to_get_and_replace_qt(dialog: AboutDialog) -> None:
    text = dialog.qt_label.text()
    assert "https://download.qt.io" in text and "https://pypi.org/project/PySide6/" in text
    assert "LGPL-3.0" in text and "replace" in text


def test_every_listed_licence_file_is_in_the_repository() -> None:
    components = about.bundled_components()
    assert components, "resources/licenses/index.json is missing: run installer/collect_licenses.py"
    for component in components:
        assert component.files, component.name
        for name in component.files:
            assert (about.licenses_dir() / name).is_file(), name


def test_a_missing_licence_folder_is_said_not_fatal(tmp_path: Path) -> None:
    assert about.bundled_components(tmp_path) == []
    (tmp_path / "index.json").write_text(
        json.dumps({"components": [{"name": "x", "files": ["../secret.txt", "gone.txt"]}]}), encoding="utf-8"
    )
    (component,) = about.bundled_components(tmp_path)
    text = about.license_text(component, tmp_path)
    assert "secret" not in text and "gone.txt ==== (missing)" in text
