"""Choosing the signed-in staff member at start (real sign-in comes with the data protection work)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.db import Database
from vauhdittamo.errors import ValidationError
from vauhdittamo.models import StaffRole
from vauhdittamo.services import staff as staff_service
from vauhdittamo.ui.labels import label

STAFF_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StaffChooser(QDialog):
    """Pick who is working at this desk, or add a new staff member.

    After ``accept()`` the choice is in ``staff_id`` and ``staff_name``.
    """

    def __init__(self, db: Database, last_staff_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.staff_id: str | None = None
        self.staff_name = ""
        self.setWindowTitle(self.tr("Vauhdittamo desk – who is working?"))
        self.setMinimumWidth(420)

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Choose your name"))
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        self.empty_hint = QLabel(self.tr("No staff members yet. Add yourself below to get started."))
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)

        group = QGroupBox(self.tr("New staff member"))
        form = QFormLayout(group)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.name_edit.setMaxLength(120)
        self.role_combo = QComboBox()
        for role in StaffRole:
            self.role_combo.addItem(label(role), role.value)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_staff_member)
        self.name_edit.returnPressed.connect(self.add_staff_member)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setVisible(False)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Role"), self.role_combo)
        form.addRow("", self.error_label)
        form.addRow("", self.add_button)
        layout.addWidget(group)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        for button in self.buttons.buttons():
            button.setIcon(QIcon())  # plain text buttons, as everywhere else in the app
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load(last_staff_id)

    def _load(self, select_id: str | None) -> None:
        with self.db.session() as session:
            members = [(m.id, m.display_name, m.role) for m in staff_service.active_staff(session)]
        self.list.clear()
        for member_id, name, role in members:
            item = QListWidgetItem(f"{name}  ·  {label(role)}")
            item.setData(STAFF_ID_ROLE, member_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
            self.list.addItem(item)
            if member_id == select_id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty_hint.setVisible(not members)
        self.list.setVisible(bool(members))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(members))
        (self.list if members else self.name_edit).setFocus()

    def add_staff_member(self) -> None:
        role = StaffRole(self.role_combo.currentData())
        try:
            with self.db.transaction() as session:
                member = staff_service.add_staff_member(session, self.name_edit.text(), role)
                new_id = member.id
        except ValidationError:
            self.error_label.setText(self.tr("Write the name of the staff member."))
            self.error_label.setVisible(True)
            return
        self.error_label.setVisible(False)
        self.name_edit.clear()
        self._load(new_id)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.staff_id = item.data(STAFF_ID_ROLE)
        self.staff_name = item.data(Qt.ItemDataRole.AccessibleTextRole)
        super().accept()
