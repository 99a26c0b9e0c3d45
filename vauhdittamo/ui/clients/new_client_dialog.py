"""A new client: plain-language checks next to each field and a duplicate warning before saving."""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.models import Language
from vauhdittamo.services import clients as client_service
from vauhdittamo.services.permissions import Permission
from vauhdittamo.services.staff import active_staff
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.permissions import can


class _PossibleDuplicate(Protocol):
    """What the duplicate warning shows of a client that may be the same person."""

    @property
    def first_name(self) -> str: ...
    @property
    def last_name(self) -> str: ...
    @property
    def birth_date(self) -> dt.date | None: ...
    @property
    def municipality(self) -> str: ...


_HETU_LIKE = re.compile(r"^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]?$", re.IGNORECASE)
_DATE_LIKE = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}$|^\d{4}-\d{1,2}-\d{1,2}$")
_PHONE_LIKE = re.compile(r"^\+?[\d -]{6,}$")


def prefill_from_search(text: str) -> client_service.ClientInput:
    """What the front-desk search already tells about a new client."""
    text = text.strip()
    data = client_service.ClientInput()
    if _HETU_LIKE.match(text):
        data.personal_id = text.upper()
    elif _DATE_LIKE.match(text):
        data.birth_date = text
    elif _PHONE_LIKE.match(text):
        data.phone = text
    elif text:
        words = text.split()
        data.first_name = words[0].capitalize()
        data.last_name = " ".join(w.capitalize() for w in words[1:])
    return data


class NewClientDialog(QDialog):
    """After ``accept()``: ``client_id`` is the new client, or the existing one staff chose to open."""

    FIELDS = ("first_name", "last_name", "birth_date", "personal_id", "municipality", "village", "language",
              "phone", "email", "address")

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 initial: client_service.ClientInput | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id: str | None = None
        self.opened_existing = False
        self._confirmed_duplicates: set[str] = set()
        self.setWindowTitle(self.tr("New client"))
        self.setMinimumWidth(520)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("New client"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)

        form = QFormLayout()
        form.setVerticalSpacing(4)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        labels = {
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "birth_date": self.tr("Birth date"),
            "personal_id": self.tr("Personal identity code"),
            "municipality": self.tr("Home municipality"),
            "village": self.tr("Village"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "address": self.tr("Address"),
        }
        placeholders = {
            "birth_date": self.tr("e.g. 31.5.2001"),
            "personal_id": self.tr("optional, e.g. 131052-308T"),
            "phone": self.tr("e.g. 040 123 4567"),
        }
        limits = {"first_name": 100, "last_name": 100, "birth_date": 10, "personal_id": 11, "municipality": 100,
                  "village": 100, "phone": 40, "email": 254, "address": 200}
        for name in self.FIELDS:
            if name == "language":
                self.language = QComboBox()
                self.language.addItem(self.tr("Finnish"), Language.FI.value)
                self.language.addItem(self.tr("Swedish"), Language.SV.value)
                self.language.addItem(self.tr("Other"), Language.OTHER.value)
                form.addRow(self.tr("Language"), self.language)
                self.errors[name] = self._error_label()
                form.addRow("", self.errors[name])
                continue
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            edit.setMaxLength(limits[name])
            edit.setPlaceholderText(placeholders.get(name, ""))
            self.edits[name] = edit
            form.addRow(labels[name], edit)
            self.errors[name] = self._error_label()
            form.addRow("", self.errors[name])
        self.coach = QComboBox()
        self.coach.addItem(self.tr("No personal coach yet"), None)
        with context.session() as session:
            for member in active_staff(session):
                self.coach.addItem(member.display_name, member.id)
        if not can(context, Permission.ASSIGN_COACH):
            self.coach.setEnabled(False)
            self.coach.setToolTip(self.tr("A coordinator assigns the personal coach."))
        form.addRow(self.tr("Personal coach"), self.coach)
        layout.addLayout(form)

        self.duplicate_box = QFrame()
        self.duplicate_box.setObjectName("warningBox")
        box = QVBoxLayout(self.duplicate_box)
        self.duplicate_text = QLabel()
        self.duplicate_text.setWordWrap(True)
        box.addWidget(self.duplicate_text)
        self.duplicate_list = QListWidget()
        self.duplicate_list.setMaximumHeight(90)
        self.duplicate_list.itemActivated.connect(lambda _item: self.open_existing())
        box.addWidget(self.duplicate_list)
        self.open_button = QPushButton(self.tr("Open the existing client"))
        self.open_button.clicked.connect(self.open_existing)
        box.addWidget(self.open_button)
        self.duplicate_box.setVisible(False)
        layout.addWidget(self.duplicate_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        for edit in self.edits.values():
            edit.textEdited.connect(self._details_changed)

        if initial is not None:
            for name, edit in self.edits.items():
                edit.setText(str(getattr(initial, name) or ""))
        focus = next((e for n, e in self.edits.items() if not e.text() and n in ("first_name", "last_name")), None)
        (focus or self.edits["first_name"]).setFocus()

    def _details_changed(self) -> None:
        self.save_button.setEnabled(True)
        self.duplicate_box.setVisible(False)

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def input(self) -> client_service.ClientInput:
        data = client_service.ClientInput(**{name: edit.text() for name, edit in self.edits.items()})
        data.language = str(self.language.currentData())
        data.personal_coach_id = self.coach.currentData()
        return data

    def save(self) -> None:
        for label in self.errors.values():
            label.setVisible(False)
        try:
            data = client_service.validate_client(self.input())
        except client_service.InvalidInput as invalid:
            first_bad = None
            for error in invalid.errors:
                error_line = self.errors.get(error.field or "")
                if error_line is not None:
                    error_line.setText(error.translated(QCoreApplication.translate))
                    error_line.setVisible(True)
                    first_bad = first_bad or self.edits.get(error.field or "")
            if first_bad is not None:
                first_bad.setFocus()
            return
        with self.context.session() as session:
            matches = client_service.find_duplicates(session, data)
            described = [(c.id, self._describe(c), c.personal_id == data.personal_id and bool(data.personal_id))
                         for c in matches]
        if described and not self._confirmed(described):
            return
        with self.context.transaction() as session:
            self.client_id = client_service.create_client(session, data).id
        self.accept()

    def _describe(self, client: _PossibleDuplicate) -> str:
        details = [format_date(client.birth_date), client.municipality]
        return f"{client.first_name} {client.last_name} ({', '.join(d for d in details if d)})"

    def _confirmed(self, matches: list[tuple[str, str, bool]]) -> bool:
        """Show the matches; a second Save with the same name matches saves anyway (never a same id)."""
        same_id = any(m[2] for m in matches)
        ids = {m[0] for m in matches}
        if not same_id and ids <= self._confirmed_duplicates:
            return True
        self.duplicate_list.clear()
        for client_id, text, _ in matches:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, client_id)
            self.duplicate_list.addItem(item)
        self.duplicate_list.setCurrentRow(0)
        if same_id:
            self.duplicate_text.setText(
                self.tr("A client with this personal identity code already exists. Open the existing client.")
            )
            self.save_button.setEnabled(False)
        else:
            self.duplicate_text.setText(
                self.tr("A client with the same name and birth date already exists. Open them instead, "
                        "or press Save again if this is another person.")
            )
            self._confirmed_duplicates |= ids
        self.duplicate_box.setVisible(True)
        self.open_button.setFocus()
        return False

    def open_existing(self) -> None:
        item = self.duplicate_list.currentItem()
        if item is None:
            return
        self.client_id = item.data(Qt.ItemDataRole.UserRole)
        self.opened_existing = True
        self.accept()
