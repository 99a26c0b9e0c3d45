"""The administrator's audit trail and data protection tabs, and the client card's one audit entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.acting import act_as, acting, staff_actor
from tests.unit.test_retention import History, build_history
from vauhdittamo.db import Database
from vauhdittamo.errors import AppError
from vauhdittamo.models import AuditAction, AuditEntry, Client, StaffRole
from vauhdittamo.services import auth, clients, retention, subject_access
from vauhdittamo.services.permissions import PermissionDenied
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.services.subject_access import ErasureReason
from vauhdittamo.ui.admin import audit_tab as audit_tab_module
from vauhdittamo.ui.admin import privacy_tab as privacy_tab_module
from vauhdittamo.ui.admin.audit_tab import AuditTab
from vauhdittamo.ui.admin.privacy_tab import EraseDialog, PrivacyTab
from vauhdittamo.ui.clients.card import ClientCardDialog
from vauhdittamo.ui.context import AppContext


@pytest.fixture
def context(db: Database, staff_id: str) -> AppContext:
    return AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Anna Ohjaaja")


@pytest.fixture
def old(db: Database, staff_id: str) -> History:
    with db.transaction(acting(db)) as session:
        return build_history(session, staff_id)


def _new_client(db: Database, first: str, last: str) -> str:
    with db.transaction(acting(db)) as session:
        data = clients.validate_client(clients.ClientInput(first_name=first, last_name=last))
        return clients.create_client(session, data).id


def _viewed(db: Database, client_id: str) -> int:
    with db.session(acting(db)) as session:
        return len(list(session.scalars(select(AuditEntry).where(
            AuditEntry.action == AuditAction.CLIENT_VIEWED, AuditEntry.entity_id == client_id))))


def _click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# --------------------------------------------------------------------------- the client card


def test_the_client_card_is_recorded_once_per_opening(
    qtbot: QtBot, finnish_app: QApplication, db: Database, context: AppContext
) -> None:
    client_id = _new_client(db, "Aino", "Korhonen")
    dialog = ClientCardDialog(context, client_id)
    qtbot.addWidget(dialog)
    assert _viewed(db, client_id) == 1
    for index in range(5):  # making every tab and reading the card again is not another opening
        dialog.show_tab(index)
    dialog.reload()
    assert _viewed(db, client_id) == 1
    dialog.close()
    second = ClientCardDialog(context, client_id)
    qtbot.addWidget(second)
    assert _viewed(db, client_id) == 2


# --------------------------------------------------------------------------- the audit trail


def test_the_audit_tab_lists_and_filters_the_trail(
    qtbot: QtBot, finnish_app: QApplication, db: Database, context: AppContext
) -> None:
    aino = _new_client(db, "Aino", "Korhonen")
    eero = _new_client(db, "Eero", "Virtanen")
    dialog = ClientCardDialog(context, aino)
    qtbot.addWidget(dialog)
    tab = AuditTab(context)
    qtbot.addWidget(tab)
    tab.refresh()
    ModelTester(None).check(tab.model)
    rows = tab.model.rows()
    about_clients = [r.action for r in rows if r.entity_type == "client"]  # (adding staff is recorded too)
    assert about_clients == [AuditAction.CLIENT_VIEWED, AuditAction.CLIENT_CREATED, AuditAction.CLIENT_CREATED]
    assert rows[0].action == AuditAction.CLIENT_VIEWED  # newest first
    assert tab.model.index(0, 1).data() == "Anna Ohjaaja"
    assert "Aino Korhonen" in tab.model.index(0, 3).data()
    assert tab.model.index(0, 5).data() == tab.tr("This device")
    total = len(rows)
    assert tab.count_label.text() == tab.tr("{first}–{last} of {total} entries").format(
        first=1, last=total, total=total
    )

    tab.action_filter.setCurrentIndex(tab.action_filter.findData(AuditAction.CLIENT_CREATED.value))
    assert {r.entity_id for r in tab.model.rows()} == {aino, eero}
    tab.set_client(eero, "Eero Virtanen")
    assert [r.entity_id for r in tab.model.rows()] == [eero]
    assert tab.clear_client_button.isVisibleTo(tab)
    tab.clear_client()
    tab.action_filter.setCurrentIndex(0)
    assert len(tab.model.rows()) == total
    # Double-clicking an entry about a client shows only that client's entries.
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    tab.filter_by_selected_client()
    assert {r.entity_id for r in tab.model.rows()} == {aino}
    assert not tab.empty.isVisibleTo(tab)
    # A day range without entries.
    tab.since_edit.setDate(tab.since_edit.date().addYears(-3))
    tab.until_edit.setDate(tab.since_edit.date().addDays(1))
    assert tab.model.rows() == [] and tab.empty.isVisibleTo(tab)


def test_failed_sign_ins_read_as_words_not_codes(
    qtbot: QtBot, finnish_app: QApplication, db: Database, context: AppContext, staff_id: str
) -> None:
    from tests.unit.test_auth import try_sign_in

    with pytest.raises(AppError):
        try_sign_in(db, "Nobody Here", "väärä-salasana-1")
    with pytest.raises(AppError):
        try_sign_in(db, staff_id, "väärä-salasana-1")
    act_as(db, staff_id)
    tab = AuditTab(context)
    qtbot.addWidget(tab)
    tab.refresh()
    failed = [i for i, r in enumerate(tab.model.rows()) if r.action == AuditAction.SIGN_IN_FAILED]
    assert len(failed) == 2
    shown = [[tab.model.index(i, c).data() for c in range(tab.model.columnCount())] for i in failed]
    texts = " ".join(" ".join(row) for row in shown)
    assert "unknown_name" not in texts and "wrong_password" not in texts
    unknown, known = shown if "Anna Ohjaaja" not in shown[0][1] else shown[::-1]
    words = {code: QCoreApplication.translate("AuditTab", text) for code, text in audit_tab_module.DETAIL_TEXTS.items()}
    assert unknown[1] == tab.tr("Unknown user") and unknown[4] == words[auth.FAIL_UNKNOWN]
    assert known[1] == "Anna Ohjaaja" and known[4] == words[auth.FAIL_NO_PASSWORD]  # (the fixture has none)


def test_the_audit_tab_refuses_other_roles(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction(acting(db)) as session:
        coordinator = add_staff_member(session, "Kaisa Koordinaattori", StaffRole.COORDINATOR).id
    act_as(db, coordinator)
    shown: list[AppError] = []
    monkeypatch.setattr(audit_tab_module, "show_error", lambda _parent, error: shown.append(error))
    tab = AuditTab(AppContext(db=db, actor=staff_actor(db, coordinator), staff_name="Kaisa Koordinaattori"))
    qtbot.addWidget(tab)
    tab.refresh()
    assert len(shown) == 1 and isinstance(shown[0], PermissionDenied)
    assert tab.model.rows() == []


# --------------------------------------------------------------------------- retention


def test_the_privacy_tab_anonymises_the_chosen_clients_after_confirmation(
    qtbot: QtBot, finnish_app: QApplication, db: Database, context: AppContext, old: History,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = PrivacyTab(context)
    qtbot.addWidget(tab)
    tab.refresh()
    ModelTester(None).check(tab.model)
    assert [r.client_id for r in tab.model.rows()] == [old.client_id]
    assert tab.model.index(0, 0).data() == "Aurelia Qvistbäck"
    assert not tab.anonymise_button.isEnabled()
    assert tab.model.setData(tab.model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert tab.anonymise_button.isEnabled()

    asked: list[int] = []
    monkeypatch.setattr(tab, "confirm_anonymise", lambda count: asked.append(count) or False)
    _click(qtbot, tab.anonymise_button)
    assert asked == [1]
    with db.session(acting(db)) as session:
        assert session.get(Client, old.client_id).anonymised_at is None  # type: ignore[union-attr]

    monkeypatch.setattr(tab, "confirm_anonymise", lambda count: True)
    _click(qtbot, tab.anonymise_button)
    with db.session(acting(db)) as session:
        client = session.get(Client, old.client_id)
        assert client is not None and client.anonymised_at is not None and client.first_name == "Anonymised"
    assert tab.model.rows() == [] and tab.empty.isVisibleTo(tab)
    assert not tab.anonymise_button.isEnabled()


def test_the_privacy_tab_saves_the_retention_period(
    qtbot: QtBot, finnish_app: QApplication, db: Database, context: AppContext, old: History
) -> None:
    tab = PrivacyTab(context)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.years_spin.value() == 5 and tab.model.rowCount() == 1
    tab.years_spin.setValue(8)  # the history is six years old: not due any more
    _click(qtbot, tab.save_years_button)
    with db.session(acting(db)) as session:
        assert retention.retention_years(session) == 8
    assert tab.model.rowCount() == 0
    assert tab.years_saved.text() == tab.tr("Saved")


# --------------------------------------------------------------------------- a client's own data


def test_the_privacy_tab_exports_a_clients_own_data(
    qtbot: QtBot, finnish_app: QApplication, db: Database, context: AppContext, old: History,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    tab = PrivacyTab(context)
    qtbot.addWidget(tab)
    tab.refresh()
    assert not tab.export_button.isEnabled() and not tab.erase_button.isEnabled()
    tab.set_client(old.client_id)
    assert tab.client_label.text() == "Aurelia Qvistbäck"
    monkeypatch.setattr(tab, "ask_folder", lambda: out)
    opened: list[Any] = []
    monkeypatch.setattr(privacy_tab_module.QDesktopServices, "openUrl", lambda url: opened.append(url))
    _click(qtbot, tab.export_button)
    assert tab.last_export is not None
    assert sorted(p.suffix for p in out.iterdir()) == [".json", ".xlsx"]
    assert str(out) in tab.result_label.text()
    assert tab.open_folder_button.isVisibleTo(tab)
    _click(qtbot, tab.open_folder_button)
    assert [u.toLocalFile() for u in opened] == [str(out)]


def test_the_privacy_tab_erases_a_client_on_request(
    qtbot: QtBot, finnish_app: QApplication, db: Database, context: AppContext, old: History,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = PrivacyTab(context)
    qtbot.addWidget(tab)
    tab.set_client(old.client_id)
    asked: list[str] = []
    monkeypatch.setattr(tab, "ask_erasure", lambda name: asked.append(name))  # cancelled
    _click(qtbot, tab.erase_button)
    assert asked == ["Aurelia Qvistbäck"]
    with db.session(acting(db)) as session:
        assert session.get(Client, old.client_id).deleted_at is None  # type: ignore[union-attr]

    monkeypatch.setattr(tab, "ask_erasure", lambda name: (ErasureReason.CLIENT_REQUEST, "TS-2026-0007"))
    _click(qtbot, tab.erase_button)
    with db.session(acting(db)) as session:
        client = session.get(Client, old.client_id)
        assert client is not None and client.deleted_at is not None and client.first_name == "Anonymised"
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.CLIENT_ERASED))
        assert entry.detail == "reason=client_request reference=TS-2026-0007"
    assert tab.client_id is None and not tab.erase_button.isEnabled()
    assert "Aurelia Qvistbäck" in tab.result_label.text()


def test_the_erase_dialog_names_the_client_and_needs_the_confirmation(
    qtbot: QtBot, finnish_app: QApplication
) -> None:
    dialog = EraseDialog("Aurelia Qvistbäck")
    qtbot.addWidget(dialog)
    assert "Aurelia Qvistbäck" in dialog.windowTitle() + "".join(
        w.text() for w in dialog.findChildren(privacy_tab_module.QLabel)
    )
    assert not dialog.erase_button.isEnabled()
    dialog.understood.setChecked(True)
    assert dialog.erase_button.isEnabled()
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData(ErasureReason.DUPLICATE.value))
    qtbot.keyClicks(dialog.reference_edit, "ts-2026-0009")
    assert (dialog.reason, dialog.reference) == (ErasureReason.DUPLICATE, "TS-2026-0009")
    assert dialog.erase_button.isEnabled()
    assert dialog.reference_edit.placeholderText() == "TS-2026-0142"


@pytest.mark.parametrize("typed", ["Matti Virtanen", "131052-308T", "TS-2026"])
def test_the_erase_dialog_takes_only_a_case_number(qtbot: QtBot, finnish_app: QApplication, typed: str) -> None:
    dialog = EraseDialog("Aurelia Qvistbäck")
    qtbot.addWidget(dialog)
    dialog.understood.setChecked(True)
    qtbot.keyClicks(dialog.reference_edit, typed)  # a name or an identity code cannot be typed whole
    assert subject_access.CASE_NUMBER.fullmatch(dialog.reference) is None
    assert not dialog.erase_button.isEnabled()
    assert "TS-2026-0142" in dialog.reference_hint.text()
    dialog.reference_edit.clear()  # no case number at all is fine
    assert dialog.erase_button.isEnabled()
