"""Possible duplicates as staff see them: the new-client form as they type, the coordinator's list, the merge."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.acting import act_as, acting, staff_actor
from tests.conftest import TEST_SCRYPT_N
from vauhdittamo.db import Database, open_database
from vauhdittamo.models import Client, GuidanceVisit, StaffMember, StaffRole
from vauhdittamo.services import auth
from vauhdittamo.services import clients as client_service
from vauhdittamo.services.demo import generate_demo
from vauhdittamo.services.duplicates import Reason, possible_duplicates, reason_text
from vauhdittamo.services.staff import add_staff_member
from vauhdittamo.ui import tasks
from vauhdittamo.ui.clients.duplicates_dialog import REASON_ROLE, DuplicatesDialog
from vauhdittamo.ui.clients.merge_dialog import MergeDialog
from vauhdittamo.ui.clients.new_client_dialog import NewClientDialog
from vauhdittamo.ui.clients.page import ClientsPage
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.sync.page import SyncPage

BORN = dt.date(1990, 1, 1)
TODAY = dt.date(2026, 11, 24)


def _reasons(*reasons: Reason) -> str:
    return reason_text(reasons, QCoreApplication.translate)


def _context(db: Database, staff_id: str) -> AppContext:
    return AppContext(db=db, actor=staff_actor(db, staff_id), staff_name="Minna Partanen")


def _add(db: Database, first: str, last: str, birth: str = "", municipality: str = "", **fields: str) -> str:
    with db.transaction(acting(db)) as session:
        data = client_service.validate_client(
            client_service.ClientInput(
                first_name=first, last_name=last, birth_date=birth, municipality=municipality, **fields
            )
        )
        return client_service.create_client(session, data).id


@pytest.fixture
def coordinator(db: Database, staff_id: str) -> str:
    with db.transaction(acting(db)) as session:
        member = add_staff_member(session, "Minna Partanen", StaffRole.COORDINATOR).id
    act_as(db, member)
    return member


# --------------------------------------------------------------------------- the new-client form


def test_a_near_duplicate_shows_as_the_name_is_typed(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str
) -> None:
    existing = _add(db, "Matti", "Virtanen", "1.1.1990", "Lieksa")
    _add(db, "Anna", "Korhonen", "2.2.1992")
    dialog = NewClientDialog(_context(db, staff_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.edits["first_name"], "Anna")
    qtbot.keyClicks(dialog.edits["last_name"], "Virtanen")
    dialog.check_now()  # what the pause in typing starts
    assert not dialog.duplicate_box.isVisible()  # a common first name alone is nobody's duplicate
    dialog.edits["first_name"].clear()
    qtbot.keyClicks(dialog.edits["first_name"], "Mati")
    qtbot.waitUntil(dialog.duplicate_box.isVisible)
    item = dialog.duplicate_list.item(0)
    assert item.text() == "Matti Virtanen (1.1.1990, Lieksa)"
    assert item.data(REASON_ROLE) == _reasons(Reason.ONE_LETTER, Reason.NO_BIRTH_DATE)
    qtbot.keyClicks(dialog.edits["birth_date"], "1.1.1990")
    qtbot.waitUntil(
        lambda: dialog.duplicate_list.item(0).data(REASON_ROLE) == _reasons(Reason.SAME_BIRTH_DATE, Reason.ONE_LETTER)
    )
    dialog.edits["birth_date"].setText("2.1.1990")  # another person born the day after
    qtbot.waitUntil(lambda: not dialog.duplicate_box.isVisible())
    dialog.edits["birth_date"].setText("1.1.1990")
    qtbot.waitUntil(dialog.duplicate_box.isVisible)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.opened_existing and dialog.client_id == existing
    with db.session(acting(db)) as session:
        assert session.query(Client).count() == 2


def test_the_check_runs_in_the_background(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks, "RUN_IN_BACKGROUND", True)
    _add(db, "Aino", "Hämäläinen", "5.5.1985", "Juuka")
    dialog = NewClientDialog(_context(db, staff_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.checker.background
    qtbot.keyClicks(dialog.edits["first_name"], "Aino")
    qtbot.keyClicks(dialog.edits["last_name"], "Hamalainen")
    qtbot.keyClicks(dialog.edits["birth_date"], "5.5.1985")
    qtbot.waitUntil(dialog.duplicate_box.isVisible, timeout=10_000)
    assert dialog.duplicate_list.item(0).data(REASON_ROLE) == _reasons(Reason.SAME_BIRTH_DATE, Reason.ACCENTS)
    qtbot.waitUntil(lambda: tasks.running_jobs() == 0)


def test_saving_a_near_duplicate_asks_once_and_keeps_the_reason(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str
) -> None:
    _add(db, "Matti", "Virtanen", "1.1.1990")
    dialog = NewClientDialog(_context(db, staff_id))
    qtbot.addWidget(dialog)
    dialog.show()
    for name, text in (("first_name", "Virtanen"), ("last_name", "Matti"), ("birth_date", "1.1.1990")):
        dialog.edits[name].setText(text)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.client_id is None and dialog.duplicate_box.isVisible()
    assert dialog.duplicate_list.item(0).data(REASON_ROLE) == _reasons(Reason.SAME_BIRTH_DATE, Reason.SWAPPED)
    dialog.check_now()  # the check as typed does not replace the warning of the Save
    assert dialog.duplicate_box.isVisible()
    assert dialog.duplicate_list.item(0).data(REASON_ROLE) == _reasons(Reason.SAME_BIRTH_DATE, Reason.SWAPPED)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.client_id is not None and not dialog.opened_existing


# --------------------------------------------------------------------------- the coordinator's list


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("duplicates") / "demo.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(auth, "SCRYPT_N", TEST_SCRYPT_N)
        db = open_database(path)
        try:
            generate_demo(db, clients=120, weeks=2, seed=2026, today=TODAY)
        finally:
            db.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, copy)
    db = open_database(copy)
    yield db
    db.close()


def _member(db: Database, role: StaffRole) -> str:
    with db.session(acting(db)) as session:
        found = session.scalars(select(StaffMember.id).where(StaffMember.role == role).order_by(StaffMember.id)).first()
    assert found is not None
    act_as(db, found)
    return found


def test_the_list_finds_the_demos_near_duplicates_and_forgets_dismissed_pairs(
    qtbot: QtBot, finnish_app: QApplication, demo: Database
) -> None:
    context = _context(demo, _member(demo, StaffRole.COORDINATOR))
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    pairs = dialog.model.rows()
    assert 6 <= len(pairs) <= 10
    reasons = {r for p in pairs for r in p.match.reasons}
    assert {Reason.SAME_ID, Reason.ONE_LETTER, Reason.SWAPPED, Reason.ACCENTS, Reason.DOUBLE_SURNAME} <= reasons
    assert dialog.count_label.text() == dialog.tr("%n possible duplicate(s)", "", len(pairs))
    first = pairs[0]
    assert dialog.selected() == first
    assert dialog.model.index(0, 3).data() == first.match.text(QCoreApplication.translate)
    shown = [(a.text(), b.text()) for a, b in dialog.values]
    assert shown[0] == (first.first.full_name, first.second.full_name)
    assert "***" in shown[2][0]  # the identity code's individual number hidden

    qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
    assert dialog.changed and first not in dialog.model.rows()
    assert dialog.model.rowCount() == len(pairs) - 1
    again = DuplicatesDialog(context)
    qtbot.addWidget(again)
    assert first.key not in {p.key for p in again.model.rows()}
    again.show_dismissed.setChecked(True)
    dismissed = [p for p in again.model.rows() if p.dismissed]
    assert [p.key for p in dismissed] == [first.key]
    again.view.selectRow(again.model.rows().index(dismissed[0]))
    assert again.dismiss_button.text() == again.tr("Possible duplicate after all")
    assert not again.merge_button.isEnabled()
    again.toggle_dismissed()
    with demo.session(acting(demo)) as session:
        assert first.key in {p.key for p in possible_duplicates(session)}


def test_merging_from_the_list(
    qtbot: QtBot, finnish_app: QApplication, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = _context(demo, _member(demo, StaffRole.COORDINATOR))
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    pair = dialog.selected()
    assert pair is not None

    def confirm_and_merge(merge: MergeDialog) -> int:
        merge.confirm.setChecked(True)
        merge.merge_button.click()
        return merge.result()

    monkeypatch.setattr(MergeDialog, "exec", confirm_and_merge)
    dialog.merge()
    assert dialog.changed
    assert pair.key not in {p.key for p in dialog.model.rows()}
    with demo.session(acting(demo)) as session:
        other = session.get(Client, pair.second.id)
        assert other is not None and other.deleted_at is not None and other.merged_into_id == pair.first.id


def test_the_merge_dialog_shows_what_differs_and_what_moves(
    qtbot: QtBot, finnish_app: QApplication, db: Database, coordinator: str
) -> None:
    kept = _add(db, "Matti", "Virtanen", "1.1.1990", "Lieksa")
    other = _add(db, "Matti", "Virtane", "1.1.1990", "Lieksa", village="Koli", phone="040 123 4567")
    with db.transaction(acting(db)) as session:
        session.add_all(
            [GuidanceVisit(client_id=other, visited_at=dt.datetime(2026, 11, 2, h, tzinfo=dt.UTC)) for h in (8, 9)]
        )
    dialog = MergeDialog(_context(db, coordinator), kept, other)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [f.name for f in dialog.preview.fields] == ["last_name", "village", "phone"]  # type: ignore[union-attr]
    assert dialog.taken_from_other() == ["village", "phone"]  # what the kept record lacks, as suggested
    assert dialog.kept_label.text() == dialog.tr("Kept: {name}").format(name="Matti Virtanen")
    assert dialog.moves_label.text() == dialog.tr("Moves to the kept record: {what}.").format(
        what=QCoreApplication.translate("MergeDialog", "%n visit(s)", "", 2)
    )
    assert not dialog.merge_button.isEnabled()  # nothing happens without the confirmation

    dialog.swap()  # keep the record typed on the village laptop instead
    assert dialog.kept_label.text() == dialog.tr("Kept: {name}").format(name="Matti Virtane")
    assert dialog.taken_from_other() == []
    dialog.choose("last_name", take_other=True)
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.merged
    assert (dialog.kept_id, dialog.other_id) == (other, kept)
    with db.session(acting(db)) as session:
        kept_now = session.get(Client, other)
        gone = session.get(Client, kept)
        assert kept_now is not None and gone is not None
        assert (kept_now.last_name, kept_now.village, kept_now.phone) == ("Virtanen", "Koli", "040 123 4567")
        assert gone.deleted_at is not None and gone.merged_into_id == other


def test_a_refused_merge_is_explained(qtbot: QtBot, finnish_app: QApplication, db: Database, coordinator: str) -> None:
    kept = _add(db, "Matti", "Virtanen", "1.1.1990")
    other = _add(db, "Matti", "Virtane", "1.1.1990")
    dialog = MergeDialog(_context(db, coordinator), kept, other)
    qtbot.addWidget(dialog)
    dialog.show()
    with db.transaction(acting(db)) as session:
        gone = session.get(Client, other)
        assert gone is not None
        gone.deleted_at = dt.datetime.now(dt.UTC)  # deleted meanwhile on another laptop
    dialog.confirm.setChecked(True)
    dialog.merge()
    assert not dialog.merged and dialog.error.isVisible() and dialog.error.text()


# --------------------------------------------------------------------------- the ways in


def test_the_clients_screen_and_the_sync_screen_count_the_possible_duplicates(
    qtbot: QtBot, finnish_app: QApplication, db: Database, coordinator: str
) -> None:
    _add(db, "Matti", "Virtanen", "1.1.1990")
    _add(db, "Mati", "Virtanen", "1.1.1990")
    page = ClientsPage(_context(db, coordinator))
    qtbot.addWidget(page)
    page.refresh()
    assert not page.duplicates_button.isHidden()
    assert page.duplicates_button.text() == page.tr("Possible duplicates ({count})").format(count=1)
    sync_page = SyncPage(_context(db, coordinator), background=False)
    qtbot.addWidget(sync_page)
    sync_page.show()
    sync_page.refresh()
    assert sync_page.duplicates_button.isVisible()
    assert sync_page.duplicates_button.text() == sync_page.tr("%n possible duplicate(s)…", "", 1)


def test_only_coordinators_and_administrators_are_offered_the_list(
    qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str
) -> None:
    _add(db, "Matti", "Virtanen", "1.1.1990")
    _add(db, "Mati", "Virtanen", "1.1.1990")
    with db.transaction(acting(db)) as session:
        desk = add_staff_member(session, "Hanna Rautiainen", StaffRole.FRONT_DESK).id
    act_as(db, desk)
    page = ClientsPage(_context(db, desk))
    qtbot.addWidget(page)
    page.refresh()
    assert page.duplicates_button.isHidden()
    sync_page = SyncPage(_context(db, desk), background=False)
    qtbot.addWidget(sync_page)
    sync_page.refresh()
    assert sync_page.duplicates_button.isHidden()
