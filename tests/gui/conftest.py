"""GUI fixtures: the application styled and translated as users see it, a main window per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from tests.acting import staff_actor
from vauhdittamo.app import create_application
from vauhdittamo.db import Database
from vauhdittamo.ui import tasks
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def synchronous_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Background work runs synchronously in every GUI test (deterministic); a test that is about the
    background itself sets ``tasks.RUN_IN_BACKGROUND`` back to ``True`` before it makes its screen."""
    monkeypatch.setattr(tasks, "RUN_IN_BACKGROUND", False)


@pytest.fixture
def finnish_app(qapp: QApplication) -> Iterator[QApplication]:
    """The QApplication with the Finnish catalogue installed (removed afterwards)."""
    app = create_application(language="fi")
    yield app
    for translator in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()


@pytest.fixture
def window(qtbot: object, finnish_app: QApplication, db: Database, staff_id: str) -> Iterator[MainWindow]:
    main = MainWindow(AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna Ohjaaja"))
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    main.show()
    yield main
