"""The Sync screen against a real hub: settings, Sync now in the background, what waits, conflicts."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, create_engine, text

from tests.acting import act_as, acting, staff_actor
from tests.integration.sync_helpers import new_laptop
from tests.integration.test_sync_protocol import add_client, edit, get
from vauhdittamo import paths
from vauhdittamo.db import Database, head_revision
from vauhdittamo.models import StaffRole
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.sync import credentials
from vauhdittamo.sync.hub import init_hub
from vauhdittamo.sync.protocol import MSG_QUARANTINED, MSG_REFUSED, SyncReport
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.settings import app_settings
from vauhdittamo.ui.sync import page as page_module
from vauhdittamo.ui.sync.conflicts_dialog import ConflictsDialog
from vauhdittamo.ui.sync.page import AUTO_SYNC, HUB_ADDRESS, HUB_USER, SyncPage
from vauhdittamo.ui.sync.quarantine_dialog import QuarantineDialog

pytestmark = pytest.mark.postgres


@pytest.fixture
def hub(pg_engine: Engine) -> Iterator[Engine]:
    """A prepared hub in a private schema, reached through an address that names the schema."""
    schema = f"sync_ui_{uuid.uuid4().hex[:12]}"
    with pg_engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(pg_engine.url.update_query_dict({"options": f"-csearch_path={schema}"}))
    try:
        init_hub(engine, head_revision())
        yield engine
    finally:
        engine.dispose()
        with pg_engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


def _address(hub: Engine) -> str:
    """The hub's address as a user writes it (without user and password)."""
    return hub.url.set(username=None, password=None).render_as_string(hide_password=False)


def _laptop(tmp_path: Path, name: str, role: StaffRole = StaffRole.COORDINATOR) -> tuple[Database, AppContext]:
    db = new_laptop(tmp_path, name)
    with db.transaction(acting(db)) as session:
        staff_id = add_staff_member(session, f"Staff {name}", role).id
    act_as(db, staff_id)
    return db, AppContext(db=db, actor=staff_actor(db, staff_id), staff_name=f"Staff {name}")


def _page(qtbot: QtBot, context: AppContext, hub: Engine) -> SyncPage:
    page = SyncPage(context, background=False)
    qtbot.addWidget(page)
    page.show()
    page.address.setText(_address(hub))
    page.user.setText(hub.url.username or "postgres")
    page.password.setText("not-needed-with-trust")
    page.refresh()
    return page


def test_sync_now_sends_and_receives_and_shows_the_state(qtbot: QtBot, qapp: object, hub: Engine,
                                                         tmp_path: Path) -> None:
    a, context_a = _laptop(tmp_path, "a")
    b, context_b = _laptop(tmp_path, "b")
    client_id = add_client(a, "Aino", "Virtanen")
    page_a = _page(qtbot, context_a, hub)
    assert page_a.waiting_card.value_label.text() != "0"
    page_a.sync_button.click()
    assert page_a.progress.isHidden()
    assert "Synced" in page_a.message.text() or "Synkronoitu" in page_a.message.text()
    assert page_a.waiting_card.value_label.text() == "0"
    assert page_a.last_card.value_label.text() not in ("never", "ei koskaan")
    # The password went to the (test) keyring, never to the settings file.
    assert credentials.stored_password(page_a.user.text()) == "not-needed-with-trust"
    settings_text = paths.settings_file().read_text(encoding="utf-8")
    assert "127.0.0.1" in settings_text and "not-needed-with-trust" not in settings_text

    page_b = _page(qtbot, context_b, hub)
    page_b.sync_button.click()
    assert get(b, client_id).last_name == "Virtanen"
    a.close()
    b.close()


def test_conflicts_are_reviewed_and_settled(qtbot: QtBot, qapp: object, hub: Engine, tmp_path: Path) -> None:
    a, context_a = _laptop(tmp_path, "a")
    b, context_b = _laptop(tmp_path, "b")
    client_id = add_client(a)
    page_a, page_b = _page(qtbot, context_a, hub), _page(qtbot, context_b, hub)
    page_a.sync_button.click()
    page_b.sync_button.click()
    edit(a, client_id, phone="040 111")
    edit(b, client_id, phone="050 222")  # later: wins everywhere
    page_a.sync_button.click()
    page_b.sync_button.click()
    page_a.sync_button.click()
    assert get(a, client_id).phone == get(b, client_id).phone == "050 222"
    assert page_a.conflicts_card.value_label.text() == "1"
    dialog = ConflictsDialog(context_a)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    row = dialog.model.row_at(0)
    assert (row.field, row.current, row.other) == ("phone", "050 222", "040 111")
    dialog.take_button.click()
    assert dialog.model.rowCount() == 0 and dialog.changed
    assert get(a, client_id).phone == "040 111"
    page_a.sync_button.click()
    page_b.sync_button.click()
    assert get(b, client_id).phone == "040 111"
    a.close()
    b.close()


def test_a_hub_that_cannot_be_reached_is_explained(qtbot: QtBot, qapp: object, hub: Engine, tmp_path: Path) -> None:
    a, context = _laptop(tmp_path, "a")
    page = _page(qtbot, context, hub)
    page.address.setText("postgresql+psycopg://127.0.0.1:1/nothing?connect_timeout=2")
    page.sync_button.click()
    assert page.message.objectName() == "fieldError"
    assert "127.0.0.1" in page.message.text()
    assert "not-needed-with-trust" not in page.message.text()
    page.address.setText("not a url at all ::")
    page.sync_button.click()
    assert "postgresql://" in page.message.text()
    a.close()


def test_every_role_syncs_but_only_coordinators_review_conflicts(qtbot: QtBot, qapp: object, tmp_path: Path,
                                                                   hub: Engine) -> None:
    a, context = _laptop(tmp_path, "desk", StaffRole.FRONT_DESK)
    add_client(a, "Aino", "Virtanen")
    page = _page(qtbot, context, hub)
    assert page.sync_button.isEnabled() and page.address.isEnabled()
    assert page.conflicts_button.isHidden()
    waiting = page.waiting_card.value_label.text()
    assert not any(ch.isdigit() for ch in waiting), "the front desk is told in words, not a count of records"
    page.sync_button.click()
    assert page.waiting_card.value_label.text() == page.tr("All sent") != waiting
    assert not any(ch.isdigit() for ch in page.waiting_card.value_label.text())
    a.close()


def test_a_role_without_sync_cannot_start_it(qtbot: QtBot, qapp: object, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    a, context = _laptop(tmp_path, "desk", StaffRole.FRONT_DESK)
    monkeypatch.setattr(page_module, "can", lambda _context, _permission: False)
    page = SyncPage(context, background=False)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.sync_button.isEnabled() and not page.address.isEnabled()
    assert page.conflicts_button.isHidden() and not page.timer.isActive()
    a.close()


def test_cancel_stops_the_sync_and_the_next_one_runs(qtbot: QtBot, qapp: object, hub: Engine, tmp_path: Path) -> None:
    a, context = _laptop(tmp_path, "a")
    add_client(a, "Aino", "Virtanen")
    page = _page(qtbot, context, hub)
    waiting = page.waiting_card.value_label.text()
    seen: list[bool] = []

    def press_cancel(_share: float, _stage: str) -> None:
        seen.append(page.cancel_button.isVisible() and page.cancel_button.isEnabled())
        if len(seen) == 1:
            page.cancel_button.click()

    page.relay.progressed.connect(press_cancel)
    page.sync_button.click()
    assert seen[0], "Cancel is offered while the sync runs"
    assert page.cancel_button.isHidden() and page.progress.isHidden() and page.sync_button.isEnabled()
    assert page.message.objectName() != "fieldError"
    assert "cancelled" in page.message.text() or "peruttiin" in page.message.text()
    assert page.waiting_card.value_label.text() == waiting  # nothing was sent
    page.relay.progressed.disconnect(press_cancel)
    page.sync_button.click()
    assert page.waiting_card.value_label.text() == "0"
    a.close()


def test_auto_sync_is_on_once_configured_and_recovers_after_a_failure(
    qtbot: QtBot, qapp: object, hub: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, context = _laptop(tmp_path, "desk", StaffRole.FRONT_DESK)
    add_client(a, "Aino", "Virtanen")
    page = SyncPage(context, background=False)
    qtbot.addWidget(page)
    assert page.auto.isChecked() and not page.timer.isActive()  # on by default, idle until configured
    page.address.setText("postgresql+psycopg://127.0.0.1:1/nothing")
    page.user.setText("postgres")
    page.password.setText("not-needed-with-trust")
    assert page.save_settings()
    assert page.timer.isActive()
    page.timer.timeout.emit()  # a tick: the hub cannot be reached
    assert "automatic" in page.message.text() or "automaattisesti" in page.message.text()
    assert page.timer.isActive()  # the ticking goes on

    page.address.setText(_address(hub))
    assert page.save_settings()
    runs: list[int] = []
    real_run_sync = page_module.run_sync

    def counting_run_sync(*args: object, **kwargs: object) -> object:
        runs.append(1)
        page.timer.timeout.emit()  # a tick while this try still runs: not started twice
        return real_run_sync(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(page_module, "run_sync", counting_run_sync)
    page.timer.timeout.emit()  # the next tick tries again, and succeeds
    assert runs == [1]
    assert page.waiting_card.value_label.text() == page.tr("All sent") and page.timer.isActive()

    page.auto.click()  # the user turns it off: kept
    assert not page.timer.isActive()
    assert app_settings().value(AUTO_SYNC) == "false"
    again = SyncPage(context, background=False)
    qtbot.addWidget(again)
    assert not again.auto.isChecked() and not again.timer.isActive()
    a.close()


def test_a_password_in_the_address_is_refused_and_never_saved(qtbot: QtBot, qapp: object, hub: Engine,
                                                               tmp_path: Path) -> None:
    a, context = _laptop(tmp_path, "a")
    page = _page(qtbot, context, hub)
    assert page.save_settings()
    page.address.setText("postgresql://postgres:s3cret-pw@127.0.0.1/test")
    page.sync_button.click()
    assert page.message.objectName() == "fieldError" and "s3cret-pw" not in page.message.text()
    assert "s3cret-pw" not in paths.settings_file().read_text(encoding="utf-8")
    # An address saved by an older version with its password: the password leaves the settings.
    app_settings().setValue(HUB_ADDRESS, "postgresql://worker:old-s3cret@hub.example.fi/v")
    app_settings().setValue(HUB_USER, "worker")
    later = SyncPage(context, background=False)
    qtbot.addWidget(later)
    assert later.address.text() == "postgresql://worker@hub.example.fi/v"
    app_settings().sync()
    assert "old-s3cret" not in paths.settings_file().read_text(encoding="utf-8")
    assert credentials.stored_password("worker") == "old-s3cret"
    credentials.forget_password("worker")
    a.close()


def test_held_back_changes_are_counted_and_listed(qtbot: QtBot, qapp: object, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    a, context = _laptop(tmp_path, "a")
    page = SyncPage(context, background=False)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.held_card.value_label.text() == "0" and page.held_button.isHidden()
    with a.engine.begin() as conn:
        for kind, table, row_id, reason in (
            ("pulled", "client", "client-000001", "the parent record is missing"),
            ("pulled", "referral", "referral-00002", "a value breaks a rule"),
            ("refused", "guidance_visit", "visit-0000003", "permission denied"),
        ):
            conn.execute(
                text("INSERT INTO sync_quarantine (kind, table_name, row_id, reason, data, clocks, created_at) "
                     "VALUES (:k, :t, :r, :reason, '{}', '{}', '2026-12-01 10:00:00')"),
                {"k": kind, "t": table, "r": row_id, "reason": reason},
            )
    page.refresh()
    assert page.held_card.value_label.text() == "3"
    assert page.held_button.isVisible()
    assert "2" in page.held_label.text() and "1" in page.held_label.text()
    shown: list[QuarantineDialog] = []

    def exec_(dialog: QuarantineDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(QuarantineDialog, "exec", exec_)
    page.held_button.click()
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 3
    kinds = sorted(dialog.model.row_at(i).kind for i in range(3))
    assert kinds == ["Received, could not be applied", "Received, could not be applied", "Refused by the hub"]
    assert {dialog.model.row_at(i).reason for i in range(3)} == {
        "the parent record is missing", "a value breaks a rule", "permission denied"}
    a.close()


def test_a_sync_report_names_refused_held_back_and_notices(qtbot: QtBot, qapp: object, tmp_path: Path) -> None:
    a, context = _laptop(tmp_path, "a")
    page = SyncPage(context, background=False)
    qtbot.addWidget(page)
    text_ = page.report_text(SyncReport(pushed=2, pulled=1, refused=1, quarantined=2,
                                        notices=["The hub was restored from a backup."]))
    assert "refused 1" in text_ and "2 received changes could not be applied" in text_
    assert text_.endswith("The hub was restored from a backup.")
    # The core's own notices about them are shown instead, with their figures.
    text_ = page.report_text(SyncReport(refused=1, quarantined=2, notices=[MSG_REFUSED, MSG_QUARANTINED]))
    assert "changes of this computer" not in text_ and "refused 1 of" in text_ and "2 received records" in text_
    a.close()
