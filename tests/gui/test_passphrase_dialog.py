"""The passphrase dialog, shown at start where no keyring works."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from vauhdittamo.dbkey import PassphraseRequest
from vauhdittamo.errors import PassphraseCancelledError
from vauhdittamo.ui.sign_in.passphrase_dialog import PassphraseDialog

PASSPHRASE = "ruislimppu ja kalakukko"


def _dialog(qtbot: object, request: PassphraseRequest) -> PassphraseDialog:
    dialog = PassphraseDialog(request)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    return dialog


def test_a_new_passphrase_is_typed_twice_and_long_enough(qtbot: object, finnish_app: QApplication,
                                                         tmp_path: Path) -> None:
    dialog = _dialog(qtbot, PassphraseRequest(path=tmp_path / "d.sqlite3", new=True))
    assert dialog.repeat_edit.isVisible()
    assert dialog.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.error_label.isVisible()
    assert "palauttaa" in dialog.warning.text() or "recovered" in dialog.warning.text()

    dialog.passphrase_edit.setText("lyhyt")
    dialog.repeat_edit.setText("lyhyt")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.error_label.isVisible() and "10" in dialog.error_label.text()

    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE + "!")
    dialog.accept()
    assert dialog.isVisible()

    dialog.show_check.setChecked(True)
    assert dialog.repeat_edit.echoMode() == QLineEdit.EchoMode.Normal
    dialog.repeat_edit.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase() == PASSPHRASE


def test_entering_the_passphrase_and_being_told_it_was_wrong(qtbot: object, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, PassphraseRequest(path=tmp_path / "d.sqlite3", new=False, wrong=True))
    assert not dialog.repeat_edit.isVisible()
    assert dialog.error_label.isVisible() and "wrong" in dialog.error_label.text()
    assert str(tmp_path / "d.sqlite3") in dialog.explanation.text()
    dialog.accept()
    assert dialog.isVisible(), "an empty passphrase is not accepted"
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_key_missing_from_the_keyring_is_explained(qtbot: object, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, PassphraseRequest(path=tmp_path / "d.sqlite3", new=False, keyring_works=True))
    assert "keyring" in dialog.explanation.text()


@pytest.mark.usefixtures("no_keyring")
def test_the_application_asks_for_the_passphrase_without_a_keyring(qapp: QApplication, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from vauhdittamo import app

    asked: list[PassphraseRequest] = []
    monkeypatch.setattr(app, "ask_passphrase", lambda request: asked.append(request) or PASSPHRASE)
    path = tmp_path / "village.sqlite3"
    db = app.open_database_or_explain(path)
    assert db is not None
    db.close()
    assert asked[0].new
    asked.clear()
    db = app.open_database_or_explain(path)
    assert db is not None
    db.close()
    assert asked and not asked[0].new

    monkeypatch.setattr(app, "ask_passphrase", lambda request: None)
    with pytest.raises(PassphraseCancelledError):
        app.open_database_or_explain(path)


def test_with_a_keyring_nothing_is_asked(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vauhdittamo import app

    def never(_request: PassphraseRequest) -> str:
        raise AssertionError("asked for a passphrase although the keyring works")

    monkeypatch.setattr(app, "ask_passphrase", never)
    db = app.open_database_or_explain(tmp_path / "d.sqlite3")
    assert db is not None
    db.close()
