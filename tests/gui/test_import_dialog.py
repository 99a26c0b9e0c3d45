"""The client import dialog: preview with reasons, skipping invalid rows, file errors, background work."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.acting import acting, staff_actor
from vauhdittamo.db import Database
from vauhdittamo.models import Client
from vauhdittamo.services import importer, validation
from vauhdittamo.services.clients import ClientInput, create_client, validate_client
from vauhdittamo.services.importer import RowStatus
from vauhdittamo.services.permissions import Actor
from vauhdittamo.ui import tasks
from vauhdittamo.ui.clients import import_dialog
from vauhdittamo.ui.clients.import_dialog import ImportClientsDialog, PreviewRow
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.settings import app_settings
from vauhdittamo.ui.widgets.table_model import ATTENTION_COLOUR, ROW_ROLE

MIXED_FILE = (
    "etunimi;sukunimi;syntymäaika;henkilötunnus;kotikunta\n"
    "Aino;Järvinen;;131052-308T;Kemijärvi\n"  # 2: new
    "Pekka;Virtanen;31.5.2001;;Salla\n"  # 3: already a client
    "Liisa;Korhonen;31.2.2001;;Pelkosenniemi\n"  # 4: impossible date
    "Matti;Mäkinen;;131052-308A;Savukoski\n"  # 5: wrong check character
    "Outi;Oja;1.1.1980;;Kemijärvi\n"  # 6: new
    "OUTI;oja;1980-01-01;;\n"  # 7: the same person as row 6
)


def tr(text: str, **params: Any) -> str:
    """An error message as the Finnish user sees it."""
    return QCoreApplication.translate("errors", text).format(**params)


@pytest.fixture(autouse=True)
def synchronous(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "RUN_IN_BACKGROUND", False)


@pytest.fixture
def context(db: Database, staff_id: str) -> AppContext:
    return AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna Ohjaaja")


@pytest.fixture
def existing_client(db: Database, staff_id: str) -> str:
    with db.transaction(acting(db)) as session:
        return create_client(session, validate_client(ClientInput("Pekka", "Virtanen", "31.5.2001"))).id


@pytest.fixture
def wait_for_workers() -> Iterator[None]:
    """Background jobs must be finished before the database closes."""
    yield
    QThreadPool.globalInstance().waitForDone()


def write(tmp_path: Path, text: str, name: str = "asiakkaat.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def open_dialog(qtbot: QtBot, context: AppContext, path: Path | None = None, **kwargs: Any) -> ImportClientsDialog:
    dialog = ImportClientsDialog(context, path=path, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown_rows(dialog: ImportClientsDialog) -> list[PreviewRow]:
    model = dialog.view.model()
    return [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]


def client_names(db: Database) -> list[str]:
    with db.session(acting(db)) as session:
        return sorted(f"{c.first_name} {c.last_name}" for c in session.scalars(select(Client)))


def test_preview_shows_every_row_with_its_status_and_reason(
    qtbot: QtBot, finnish_app: QApplication, context: AppContext, existing_client: str, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, context, write(tmp_path, MIXED_FILE))
    assert dialog.view.isVisible() and not dialog.error_label.isVisible()
    rows = {r.row: r for r in dialog.model.rows()}
    assert sorted(rows) == [2, 3, 4, 5, 6, 7]
    assert [rows[n].status for n in sorted(rows)] == [
        RowStatus.NEW,
        RowStatus.DUPLICATE,
        RowStatus.INVALID,
        RowStatus.INVALID,
        RowStatus.NEW,
        RowStatus.DUPLICATE,
    ]
    assert (rows[2].name, rows[2].birth_date, rows[2].personal_id, rows[2].municipality) == (
        "Aino Järvinen",
        "13.10.1952",
        "131052-308T",
        "Kemijärvi",
    )
    assert rows[2].reasons == () and rows[6].reasons == ()
    assert rows[3].reasons == (tr(importer.MSG_DUP_EXISTING_NAME, name="Pekka Virtanen"),)
    impossible = tr(validation.MSG_DATE_IMPOSSIBLE, value="31.2.2001")
    assert impossible != validation.MSG_DATE_IMPOSSIBLE.format(value="31.2.2001"), "shown in Finnish"
    assert rows[4].reasons == (f"Sarake ”syntymäaika”: {impossible}",)
    assert (rows[4].name, rows[4].birth_date) == ("Liisa Korhonen", "31.2.2001")
    assert rows[5].reasons == (f"Sarake ”henkilötunnus”: {tr(validation.MSG_HETU_CHECK)}",)
    assert rows[5].personal_id == "131052-308A"
    assert rows[7].reasons == (tr(importer.MSG_DUP_ROW_NAME, row=6),)

    model = dialog.view.model()
    texts = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }
    assert texts["4"][1] == dialog.status_text(RowStatus.INVALID)
    assert texts["4"][-1] == f"Sarake ”syntymäaika”: {impossible}"
    assert texts["3"][1] == dialog.status_text(RowStatus.DUPLICATE)
    assert texts["2"][1] == dialog.status_text(RowStatus.NEW)
    invalid_row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "5")
    assert model.index(invalid_row, 1).data(Qt.ItemDataRole.ForegroundRole) == QColor(ATTENTION_COLOUR)

    assert dialog.summary_label.text() == dialog.tr("{rows}: {new}, {invalid}, {duplicates}").format(
        rows=dialog.tr("%n row(s)", "", 6),
        new=dialog.tr("%n new", "", 2),
        invalid=dialog.tr("%n invalid", "", 2),
        duplicates=dialog.tr("%n duplicate(s)", "", 2),
    )
    assert not dialog.import_button.isEnabled(), "invalid rows block the import until they are skipped"
    assert dialog.skip_invalid_box.isEnabled() and not dialog.skip_invalid_box.isChecked()
    assert dialog.hint_label.isVisible()


def test_the_filter_shows_only_rows_with_problems(
    qtbot: QtBot, finnish_app: QApplication, context: AppContext, existing_client: str, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, context, write(tmp_path, MIXED_FILE))
    dialog.only_problems_box.setChecked(True)
    assert sorted(r.row for r in shown_rows(dialog)) == [3, 4, 5, 7]
    dialog.only_problems_box.setChecked(False)
    assert len(shown_rows(dialog)) == 6


def test_skipping_invalid_rows_imports_only_the_new_valid_clients(
    qtbot: QtBot, finnish_app: QApplication, context: AppContext, existing_client: str, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, context, write(tmp_path, MIXED_FILE))
    qtbot.mouseClick(dialog.skip_invalid_box, Qt.MouseButton.LeftButton)
    assert dialog.skip_invalid_box.isChecked()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=5000) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert imported.args == [2]
    assert client_names(context.db) == ["Aino Järvinen", "Outi Oja", "Pekka Virtanen"]
    assert dialog.report is not None and dialog.report.imported == 2
    assert dialog.result_label.isVisible()
    assert dialog.result_label.text().startswith(dialog.tr("%n client(s) imported.", "", 2))
    assert dialog.tr("%n row(s) skipped (invalid or duplicate).", "", 4) in dialog.result_label.text()
    assert not dialog.import_button.isVisible(), "the same file cannot be imported twice by accident"
    assert dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportClientsDialog.DialogCode.Accepted


def test_a_clean_file_can_be_imported_at_once(
    qtbot: QtBot, finnish_app: QApplication, context: AppContext, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, context, write(tmp_path, "first_name,last_name\nAino,Aalto\nEino,Eskola\n"))
    assert dialog.import_button.isEnabled()
    assert not dialog.skip_invalid_box.isEnabled(), "nothing to skip"
    assert dialog.hint_label.text() == dialog.tr("Import adds %n new client(s).", "", 2)
    with qtbot.waitSignal(dialog.imported, timeout=5000) as imported:
        dialog.start_import()
    assert imported.args == [2]
    assert client_names(context.db) == ["Aino Aalto", "Eino Eskola"]


def test_nothing_to_import_when_every_row_is_already_a_client(
    qtbot: QtBot, finnish_app: QApplication, context: AppContext, existing_client: str, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, context, write(tmp_path, "etunimi;sukunimi;syntymäaika\nPekka;Virtanen;31.5.2001\n"))
    assert [r.status for r in shown_rows(dialog)] == [RowStatus.DUPLICATE]
    assert not dialog.import_button.isEnabled()
    assert dialog.hint_label.text() == dialog.tr(
        "There is nothing to import: no row is a new client with valid details."
    )


def test_a_fake_workbook_gets_a_plain_message_and_nothing_to_import(
    qtbot: QtBot, finnish_app: QApplication, context: AppContext, tmp_path: Path
) -> None:
    path = write(tmp_path, "etunimi;sukunimi\nAino;Aalto\n", name="asiakkaat.xlsx")
    dialog = open_dialog(qtbot, context, path)
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == tr(importer.MSG_NOT_XLSX, path=str(path))
    assert "Traceback" not in dialog.error_label.text()
    assert dialog.model.rowCount() == 0
    assert not dialog.view.isVisible()
    assert not dialog.import_button.isEnabled()
    assert not dialog.busy_widget.isVisible()
    assert dialog.choose_button.isEnabled(), "another file can be chosen"


def test_the_preview_model_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    finnish_app: QApplication,
    context: AppContext,
    existing_client: str,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, context, write(tmp_path, MIXED_FILE))
    qtmodeltester.check(dialog.model)
    dialog.only_problems_box.setChecked(True)
    qtmodeltester.check(dialog.model)


def test_choosing_a_file_starts_in_the_last_folder_used(
    qtbot: QtBot, finnish_app: QApplication, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "siirrot"
    folder.mkdir()
    path = write(folder, "first_name,last_name\nAino,Aalto\n")
    asked: list[str] = []

    def fake_dialog(_parent: object, _caption: str, directory: str, _filter: str) -> tuple[str, str]:
        asked.append(directory)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_dialog))
    dialog = open_dialog(qtbot, context)
    assert not dialog.view.isVisible() and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.path == path
    assert [r.name for r in shown_rows(dialog)] == ["Aino Aalto"]
    assert app_settings().value(import_dialog.LAST_FOLDER) == str(folder)
    dialog.choose_file()
    assert asked[1] == str(folder)


def test_a_bug_while_checking_is_not_hidden(
    qtbot: QtBot, finnish_app: QApplication, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(import_dialog, "check_rows", broken)
    with pytest.raises(RuntimeError, match="a bug"):
        ImportClientsDialog(context, path=write(tmp_path, "first_name,last_name\nAino,Aalto\n"))


# --------------------------------------------------------------------------- in the background


def test_preview_and_import_run_in_the_background(
    qtbot: QtBot,
    finnish_app: QApplication,
    context: AppContext,
    existing_client: str,
    tmp_path: Path,
    wait_for_workers: None,
) -> None:
    dialog = open_dialog(qtbot, context, write(tmp_path, MIXED_FILE), background=True)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert not dialog.busy_widget.isVisible()
    assert len(shown_rows(dialog)) == 6
    dialog.skip_invalid_box.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        dialog.start_import()
        assert dialog.importing and dialog.busy_widget.isVisible()
    assert imported.args == [2]
    assert client_names(context.db) == ["Aino Järvinen", "Outi Oja", "Pekka Virtanen"]


def test_cancel_abandons_the_preview(
    qtbot: QtBot,
    finnish_app: QApplication,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    wait_for_workers: None,
) -> None:
    reading, release = threading.Event(), threading.Event()
    checked: list[object] = []
    real_read = import_dialog.read_import_file

    def slow_read(path: Path) -> importer.ImportTable:
        reading.set()
        release.wait(10)
        return real_read(path)

    monkeypatch.setattr(import_dialog, "read_import_file", slow_read)
    monkeypatch.setattr(import_dialog, "check_rows", lambda *args, **_kw: checked.append(args))
    dialog = open_dialog(qtbot, context, write(tmp_path, "first_name,last_name\nAino,Aalto\n"), background=True)
    qtbot.waitUntil(reading.is_set, timeout=10_000)  # the event loop begins the job
    assert dialog.busy_widget.isVisible() and dialog.cancel_button.isEnabled()
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy_widget.isVisible()
    assert dialog.path is None and dialog.path_edit.text() == ""
    assert dialog.choose_button.isEnabled()
    release.set()
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(20)  # let a late result arrive, if one were sent
    assert checked == [], "the abandoned preview stopped before checking the rows"
    assert dialog.preview is None
    assert dialog.model.rowCount() == 0
    assert not dialog.view.isVisible()


def test_the_import_cannot_be_cancelled_or_closed_half_way(
    qtbot: QtBot,
    finnish_app: QApplication,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    wait_for_workers: None,
) -> None:
    started, release = threading.Event(), threading.Event()
    real_import = import_dialog.import_clients

    def slow_import(db: Database, actor: Actor, path: Path, skip_invalid: bool = False) -> importer.ImportReport:
        started.set()
        release.wait(10)
        return real_import(db, actor, path, skip_invalid=skip_invalid)

    monkeypatch.setattr(import_dialog, "import_clients", slow_import)
    dialog = open_dialog(qtbot, context, write(tmp_path, "first_name,last_name\nAino,Aalto\n"), background=True)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    dialog.start_import()
    qtbot.waitUntil(started.is_set, timeout=10_000)  # the event loop begins the job
    assert not dialog.cancel_button.isEnabled()
    assert not dialog.close_button.isEnabled()
    assert not dialog.choose_button.isEnabled()
    dialog.reject()
    dialog.close()
    assert dialog.isVisible(), "closing waits for the import"
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        release.set()
    assert imported.args == [1]
    assert client_names(context.db) == ["Aino Aalto"]
    assert dialog.close_button.isEnabled()


def test_a_bug_in_the_background_reaches_the_exception_hook(
    qtbot: QtBot,
    finnish_app: QApplication,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    wait_for_workers: None,
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(import_dialog, "check_rows", broken)
    with qtbot.captureExceptions() as exceptions:
        dialog = open_dialog(qtbot, context, write(tmp_path, "first_name,last_name\nAino,Aalto\n"), background=True)
        qtbot.waitUntil(lambda: bool(exceptions), timeout=10_000)
    assert [str(exc) for _type, exc, _tb in exceptions] == ["a bug"]
    assert not dialog.busy_widget.isVisible()
    assert not dialog.import_button.isEnabled()
