"""The Sync screen against a real hub: settings, Sync now in the background, what waits, conflicts."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, create_engine, text

from tests.integration.sync_helpers import new_laptop
from tests.integration.test_sync_protocol import add_client, edit, get
from vauhdittamo import paths
from vauhdittamo.db import Database, head_revision
from vauhdittamo.models import StaffRole
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.sync import credentials
from vauhdittamo.sync.hub import init_hub
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.sync.conflicts_dialog import ConflictsDialog
from vauhdittamo.ui.sync.page import SyncPage

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
    with db.transaction() as session:
        staff_id = add_staff_member(session, f"Staff {name}", role).id
    db.staff_id = staff_id
    return db, AppContext(db=db, staff_id=staff_id, staff_name=f"Staff {name}")


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


def test_roles_without_sync_cannot_start_it(qtbot: QtBot, qapp: object, tmp_path: Path) -> None:
    a, context = _laptop(tmp_path, "desk", StaffRole.FRONT_DESK)
    page = SyncPage(context, background=False)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.sync_button.isEnabled() and not page.address.isEnabled()
    assert page.conflicts_button.isHidden()
    a.close()
