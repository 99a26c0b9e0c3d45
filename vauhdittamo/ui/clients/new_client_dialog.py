"""A new client: plain-language checks next to each field, and possible duplicates as staff type.

While the name, birth date, identity code, phone or email is typed, a check waits a moment for the next key
and then runs in the background (:func:`check_as_typed`): existing clients that may be the same person are
listed with the reason (one letter off, swapped names, the same birth date...). Saving checks once more and
asks for a second Save when a possible duplicate was not confirmed yet; the same identity code is never
saved twice. Any listed client opens instead of making a new one.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer
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

from vauhdittamo.db import Database
from vauhdittamo.errors import AppError
from vauhdittamo.models import Language
from vauhdittamo.services import clients as client_service
from vauhdittamo.services.duplicates import NearDuplicate, Tier, near_duplicates, person, probe
from vauhdittamo.services.permissions import Permission, StaffActor
from vauhdittamo.services.staff import active_staff
from vauhdittamo.ui.clients.duplicates_dialog import REASON_ROLE, ReasonDelegate
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import keep_contents_visible
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.tasks import Outcome, TaskRunner


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


MINIMUM_WIDTH = 520
CHECK_DELAY_MS = 300  # typing waits this long for the next key before the duplicate check
CHECKED_FIELDS = ("first_name", "last_name", "birth_date", "personal_id", "phone", "email")


def check_as_typed(db: Database, actor: StaffActor, typed: dict[str, str]) -> list[NearDuplicate]:
    """The background job: existing clients that may be the person typed so far (*typed*: CHECKED_FIELDS)."""
    with db.session(actor) as session:
        return near_duplicates(session, probe(**typed))


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
        self.setMinimumWidth(MINIMUM_WIDTH)

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
        self.duplicate_list.setItemDelegate(ReasonDelegate(self.duplicate_list))
        self.duplicate_list.setMaximumHeight(104)
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
        self.checker = TaskRunner(self)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        self._warned_on_save = False  # the box shows the check of the last Save, not the typing's
        for name in CHECKED_FIELDS:
            self.edits[name].textChanged.connect(lambda _text: self._check_timer.start())

        if initial is not None:
            for name, edit in self.edits.items():
                edit.setText(str(getattr(initial, name) or ""))
        focus = next((e for n, e in self.edits.items() if not e.text() and n in ("first_name", "last_name")), None)
        (focus or self.edits["first_name"]).setFocus()

    def _details_changed(self) -> None:
        self.save_button.setEnabled(True)
        if self._warned_on_save:
            self._warned_on_save = False
            self.duplicate_box.setVisible(False)

    # ------------------------------------------------------------------ possible duplicates as staff type

    def typed(self) -> dict[str, str]:
        return {name: self.edits[name].text() for name in CHECKED_FIELDS}

    def check_now(self) -> None:
        """Look for possible duplicates of what is typed, in the background."""
        self._check_timer.stop()
        job = functools.partial(check_as_typed, self.context.db, self.context.actor, self.typed())
        self.checker.run(job, self._show_near)

    def _show_near(self, outcome: Outcome) -> None:
        if outcome.cancelled or self._warned_on_save:
            return
        if outcome.error is not None:
            if isinstance(outcome.error, AppError):  # e.g. signed out meanwhile: the save checks again
                return
            raise outcome.error
        found: list[NearDuplicate] = outcome.result
        if not found:
            self.duplicate_box.setVisible(False)
            return
        self._fill(found)
        self.duplicate_text.setText(
            self.tr("Possibly already a client: if this is one of them, open the existing client instead.")
        )
        self._show_box()

    def _show_box(self) -> None:
        self.duplicate_box.setVisible(True)
        keep_contents_visible(self, MINIMUM_WIDTH)  # the form grows by the box: its text wraps

    def _fill(self, found: list[NearDuplicate]) -> None:
        current = self.duplicate_list.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.duplicate_list.clear()
        for near in found:
            item = QListWidgetItem(self._describe(near))
            item.setData(Qt.ItemDataRole.UserRole, near.id)
            reason = near.match.text(QCoreApplication.translate)
            item.setData(REASON_ROLE, reason)
            item.setToolTip(reason)
            self.duplicate_list.addItem(item)
            if near.id == chosen:
                self.duplicate_list.setCurrentItem(item)
        if self.duplicate_list.currentItem() is None:
            self.duplicate_list.setCurrentRow(0)

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
        self._check_timer.stop()
        self.checker.forget()
        typed = person("", data.first_name, data.last_name, data.birth_date, data.personal_id, data.phone, data.email)
        with self.context.session() as session:
            matches = near_duplicates(session, typed, listed_only=True, limit=20)
        if matches and not self._confirmed(matches):
            return
        with self.context.transaction() as session:
            self.client_id = client_service.create_client(session, data).id
        self.accept()

    def _describe(self, client: _PossibleDuplicate) -> str:
        details = [format_date(client.birth_date), client.municipality]
        return f"{client.first_name} {client.last_name} ({', '.join(d for d in details if d)})"

    def _confirmed(self, matches: list[NearDuplicate]) -> bool:
        """Show the matches; a second Save with the same matches saves anyway (never a same id)."""
        same_id = any(m.match.tier is Tier.SAME_ID for m in matches)
        ids = {m.id for m in matches}
        if not same_id and ids <= self._confirmed_duplicates:
            return True
        self._warned_on_save = True
        self._fill(matches)
        if same_id:
            self.duplicate_text.setText(
                self.tr("A client with this personal identity code already exists. Open the existing client.")
            )
            self.save_button.setEnabled(False)
        else:
            self.duplicate_text.setText(
                self.tr("This may be a client already recorded. Open the existing client, "
                        "or press Save again if this is another person.")
            )
            self._confirmed_duplicates |= ids
        self._show_box()
        self.open_button.setFocus()
        return False

    def open_existing(self) -> None:
        item = self.duplicate_list.currentItem()
        if item is None:
            return
        self.client_id = item.data(Qt.ItemDataRole.UserRole)
        self.opened_existing = True
        self.accept()
