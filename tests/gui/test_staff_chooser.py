from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from vauhdittamo.db import Database
from vauhdittamo.models import StaffMember, StaffRole
from vauhdittamo.ui.sign_in.staff_chooser import StaffChooser


def test_first_start_adds_a_staff_member_and_starts(qtbot: QtBot, finnish_app: QApplication, db: Database) -> None:
    chooser = StaffChooser(db)
    qtbot.addWidget(chooser)
    chooser.show()
    start = chooser.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not start.isEnabled(), "nobody to choose on an empty database"
    assert chooser.empty_hint.isVisible()
    chooser.role_combo.setCurrentIndex(chooser.role_combo.findData(StaffRole.COACH.value))
    qtbot.keyClicks(chooser.name_edit, "Liisa Lahtinen")
    qtbot.keyClick(chooser.name_edit, Qt.Key.Key_Return)
    assert chooser.list.count() == 1
    assert start.isEnabled()
    qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert chooser.result() == StaffChooser.DialogCode.Accepted
    with db.session() as session:
        member = session.get(StaffMember, chooser.staff_id)
        assert member is not None
        assert (member.display_name, member.role) == ("Liisa Lahtinen", StaffRole.COACH)
    assert chooser.staff_name == "Liisa Lahtinen"


def test_empty_name_is_explained_not_saved(qtbot: QtBot, finnish_app: QApplication, db: Database) -> None:
    chooser = StaffChooser(db)
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.mouseClick(chooser.add_button, Qt.MouseButton.LeftButton)
    assert chooser.error_label.isVisible()
    assert chooser.list.count() == 0


def test_last_staff_member_is_preselected(qtbot: QtBot, finnish_app: QApplication, db: Database, staff_id: str) -> None:
    chooser = StaffChooser(db, last_staff_id=staff_id)
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
    assert chooser.staff_id == staff_id
