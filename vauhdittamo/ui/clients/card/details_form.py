"""The form that edits a client's personal details, with errors beside their fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.models import Language
from vauhdittamo.services import clients
from vauhdittamo.services.client_card import ClientCard
from vauhdittamo.ui.clients.card.card_tab import apply_change
from vauhdittamo.ui.clients.card.widgets import button, button_row, error_label
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label

FIELDS = ("first_name", "last_name", "birth_date", "personal_id", "municipality", "village", "language", "phone",
          "email", "address")
LIMITS = {"first_name": 100, "last_name": 100, "birth_date": 10, "personal_id": 11, "municipality": 100,
          "village": 100, "phone": 40, "email": 254, "address": 200}


class DetailsForm(QScrollArea):
    """Editable personal details of one client; :meth:`start` fills them from the card.

    A possible duplicate of another client is shown first and saved on the second press of Save.

    Signals:
        saved(): the details were saved.
        cancelled(): the user left the form without saving.
    """

    saved = Signal()
    cancelled = Signal()

    def __init__(self, context: AppContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.card: ClientCard | None = None  # the dialog keeps it current while the form is open
        self._confirmed_duplicates: frozenset[str] | None = None
        self.setObjectName("formScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        page.setObjectName("formPage")
        self.setWidget(page)
        self.viewport().setAutoFillBackground(False)  # the dialog's own background shows through
        page.setAutoFillBackground(False)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        group = QGroupBox(self.tr("Edit details"))
        form = QFormLayout(group)
        form.setHorizontalSpacing(18)
        self.edits: dict[str, QLineEdit] = {}
        self.field_errors: dict[str, QLabel] = {}
        self.language_combo = QComboBox()
        for language in Language:
            self.language_combo.addItem(label(language), language.value)
        self.language_combo.setMaximumWidth(240)
        captions = self._captions()
        for key in FIELDS:
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(self.language_combo if key == "language" else self._line_edit(key))
            error = error_label()
            self.field_errors[key] = error
            cell.addWidget(error)
            form.addRow(captions[key], cell)
        self.edits["birth_date"].setPlaceholderText(self.tr("e.g. 31.5.2001"))
        self.edits["personal_id"].setPlaceholderText(self.tr("e.g. 131052-308T"))
        self.duplicate_label = QLabel()
        self.duplicate_label.setObjectName("warningLabel")
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setVisible(False)
        form.addRow("", self.duplicate_label)
        self.form_error = error_label()
        form.addRow("", self.form_error)
        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Leave the details unchanged (Esc)"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.save_button = button(self.tr("Save"), primary=True)
        self.save_button.setToolTip(self.tr("Save the details (Enter)"))
        self.save_button.clicked.connect(self.save)
        form.addRow("", button_row(self.save_button, self.cancel_button))
        outer.addWidget(group)
        outer.addStretch(1)

    def _captions(self) -> dict[str, str]:
        return {
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "birth_date": self.tr("Birth date"),
            "personal_id": self.tr("Personal identity code"),
            "municipality": self.tr("Home municipality"),
            "village": self.tr("Village"),
            "language": self.tr("Language"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "address": self.tr("Address"),
        }

    def _line_edit(self, key: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(LIMITS[key])
        edit.setMaximumWidth(160 if key in ("birth_date", "personal_id") else 420)
        edit.returnPressed.connect(self.save)
        self.edits[key] = edit
        return edit

    def start(self, card: ClientCard) -> None:
        """Fill the form with the details of *card*, without errors or warnings."""
        self.card = card
        texts = {
            "first_name": card.first_name,
            "last_name": card.last_name,
            "birth_date": format_date(card.birth_date),
            "personal_id": card.personal_id or "",
            "municipality": card.municipality,
            "village": card.village,
            "phone": card.phone,
            "email": card.email,
            "address": card.address,
        }
        for key, edit in self.edits.items():
            edit.setText(texts[key])
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(card.language.value)))
        self._clear_errors()
        self._confirmed_duplicates = None
        self.save_button.setText(self.tr("Save"))

    def focus_first(self) -> None:
        self.edits["first_name"].setFocus()
        self.edits["first_name"].selectAll()

    def _clear_errors(self) -> None:
        for error in self.field_errors.values():
            error.setVisible(False)
        self.duplicate_label.setVisible(False)
        self.form_error.setVisible(False)

    def save(self) -> None:
        """Check the details, warn once about a possible duplicate, then save them."""
        if self.card is None:
            return
        self._clear_errors()
        data = clients.ClientInput(
            **{key: edit.text() for key, edit in self.edits.items()},
            language=str(self.language_combo.currentData()),
            personal_coach_id=self.card.coach_id,
        )
        try:
            valid = clients.validate_client(data)
        except clients.InvalidInput as exc:
            self._show_invalid(exc)
            return
        with self.context.session() as session:
            found = [(c.id, c.full_name, c.birth_date) for c in
                     clients.find_duplicates(session, valid, exclude_id=self.client_id)]
        duplicates = frozenset(i for i, _name, _born in found)
        if duplicates and duplicates != self._confirmed_duplicates:
            names = ", ".join(f"{name} ({format_date(born)})" if born else name for _i, name, born in found)
            self.duplicate_label.setText(
                self.tr("Another client looks the same: {names}. Check that this is not the same person; "
                        "click “Save anyway” to save.").format(names=names)
            )
            self.duplicate_label.setVisible(True)
            self._confirmed_duplicates = duplicates
            self.save_button.setText(self.tr("Save anyway"))
            return
        if apply_change(self.context, lambda s: clients.update_client(s, self.client_id, valid), self.form_error):
            self.saved.emit()

    def _show_invalid(self, exc: clients.InvalidInput) -> None:
        first: QLineEdit | None = None
        for key, problem in exc.by_field().items():
            error = self.field_errors.get(key, self.form_error)
            error.setText(problem.translated(QCoreApplication.translate))
            error.setVisible(True)
            if first is None and key in self.edits:
                first = self.edits[key]
        if first is not None:
            first.setFocus()
