"""Small dialogs about the people of a list: a person's details (new or corrected), and whom they are assigned to."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.services.outreach import entries
from vauhdittamo.services.outreach.entries import EntryInput, EntryRow, InvalidEntry
from vauhdittamo.services.outreach.lists import Worker
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import keep_contents_visible
from vauhdittamo.ui.partners.organisation_dialog import error_label
from vauhdittamo.ui.widgets.forms import add_error_row

LINE_FIELDS = ("first_name", "last_name", "phone", "address")
LIMITS = {
    "first_name": entries.NAME_LIMIT,
    "last_name": entries.NAME_LIMIT,
    "phone": 40,
    "address": entries.ADDRESS_LIMIT,
}


def fill_workers(combo: QComboBox, workers: Sequence[Worker], nobody: str, chosen: str | None = None) -> None:
    """*combo* offers "nobody yet" and every worker; *chosen* (a staff id) is selected."""
    combo.clear()
    combo.addItem(nobody, None)
    for worker in workers:
        combo.addItem(worker.name, worker.staff_id)
    combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)


class EntryDialog(QDialog):
    """A new person on a list (*entry* ``None``: needs *list_id*), or a correction of one's details.

    The same person twice is pointed out; a second *Save* adds them anyway (two people of one name).
    After ``accept()``: ``entry_id``.
    """

    def __init__(
        self,
        context: AppContext,
        villages: Sequence[str],
        *,
        list_id: str | None = None,
        entry: EntryRow | None = None,
        workers: Sequence[Worker] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.list_id = list_id
        self.entry = entry
        self.entry_id: str | None = entry.entry_id if entry is not None else None
        self._same_confirmed = False
        heading = self.tr("Add a person to the list") if entry is None else self.tr("The person's details")
        self.setWindowTitle(heading)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        title = QLabel(heading)
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        form = QFormLayout()
        form.setVerticalSpacing(4)
        self.errors: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        captions = {
            "first_name": self.tr("&First name"),
            "last_name": self.tr("&Last name"),
            "phone": self.tr("&Phone"),
            "address": self.tr("&Address"),
        }
        for name in ("first_name", "last_name"):
            self._line(form, name, captions[name])
        self.village = QComboBox()
        self.village.setObjectName("field_village")
        for village in villages:
            self.village.addItem(village, village)
        form.addRow(self._label(self.tr("&Village"), self.village), self.village)
        add_error_row(form, self.errors, "village")
        for name in ("phone", "address"):
            self._line(form, name, captions[name])
        self.edits["phone"].setPlaceholderText(self.tr("e.g. 040 123 4567"))
        self.worker = QComboBox()
        self.worker.setObjectName("field_assigned_to")
        fill_workers(self.worker, workers, self.tr("Nobody yet"))
        if entry is None:
            form.addRow(self._label(self.tr("Assigned &to"), self.worker), self.worker)
        layout.addLayout(form)
        self.note = QLabel(self.tr("Only what reaching the person needs: no birth dates, no identity codes."))
        self.note.setObjectName("mutedLabel")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        if entry is not None:
            self.edits["first_name"].setText(entry.first_name)
            self.edits["last_name"].setText(entry.last_name)
            self.edits["phone"].setText(entry.phone)
            self.edits["address"].setText(entry.address)
            self.village.setCurrentIndex(max(0, self.village.findData(entry.village)))
        for edit in self.edits.values():
            edit.textEdited.connect(self._changed)
        self.village.currentIndexChanged.connect(lambda _i: self._changed())
        self.edits["first_name"].setFocus()
        keep_contents_visible(self, 480)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", ""))
        return caption

    def _line(self, form: QFormLayout, name: str, caption: str) -> None:
        edit = QLineEdit()
        edit.setObjectName(f"field_{name}")
        edit.setMaxLength(LIMITS[name])
        self.edits[name] = edit
        form.addRow(self._label(caption, edit), edit)
        add_error_row(form, self.errors, name)

    def _changed(self) -> None:
        self._same_confirmed = False

    def data(self) -> EntryInput:
        return EntryInput(
            first_name=self.edits["first_name"].text(),
            last_name=self.edits["last_name"].text(),
            village=str(self.village.currentData() or ""),
            phone=self.edits["phone"].text(),
            address=self.edits["address"].text(),
        )

    def save(self) -> None:
        for line in self.errors.values():
            line.setVisible(False)
        self.error.setVisible(False)
        try:
            with self.context.transaction() as session:
                if self.entry is not None:
                    entries.update_entry(session, self.entry.entry_id, self.data())
                else:
                    assert self.list_id is not None
                    self.entry_id = entries.add_entry(
                        session,
                        self.list_id,
                        self.data(),
                        assigned_to_id=self.worker.currentData(),
                        allow_same=self._same_confirmed,
                    ).id
        except InvalidEntry as invalid:
            self._show_errors(invalid.errors)
            return
        except ValidationError as exc:  # the same person is on the list already
            self._show_errors([exc])
            if exc.field in ("last_name", "phone") and self.entry is None:
                self._same_confirmed = True
                self.error.setText(self.tr("If this is another person, press Save again."))
                self.error.setVisible(True)
            return
        except AppError as exc:
            self.error.setText(exc.translated(QCoreApplication.translate))
            self.error.setVisible(True)
            return
        self.accept()

    def _show_errors(self, errors: Sequence[ValidationError]) -> None:
        first = None
        for error in errors:
            line = self.errors.get(error.field or "")
            target = line if line is not None else self.error
            target.setText(error.translated(QCoreApplication.translate))
            target.setVisible(True)
            first = first or self.edits.get(error.field or "")
        if first is not None:
            first.setFocus()


class AssignDialog(QDialog):
    """Whom the chosen people are assigned to. After ``accept()``: ``staff_id`` (``None``: nobody)."""

    def __init__(self, workers: Sequence[Worker], count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff_id: str | None = None
        self.setWindowTitle(self.tr("Assign to an outreach worker"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Assign to an outreach worker"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr("%n chosen person(s) will be on the list of:", "", count))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.worker = QComboBox()
        self.worker.setAccessibleName(self.tr("Outreach worker"))
        fill_workers(self.worker, workers, self.tr("Nobody yet"))
        self.worker.setCurrentIndex(1 if workers else 0)
        intro.setBuddy(self.worker)
        layout.addWidget(self.worker)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assign"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._chosen)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.worker.setFocus()
        keep_contents_visible(self, 420)

    def _chosen(self) -> None:
        self.staff_id = self.worker.currentData()
        self.accept()
