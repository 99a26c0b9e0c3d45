"""The Details tab of the client card: figures, personal details, the personal coach and the edit form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.models import AttendanceStatus
from vauhdittamo.services import client_card as cards
from vauhdittamo.services import staff as staff_service
from vauhdittamo.services.client_card import ClientCard, TimelineKind
from vauhdittamo.services.permissions import Permission
from vauhdittamo.ui.clients.card.card_tab import CardTab
from vauhdittamo.ui.clients.card.details_form import DetailsForm
from vauhdittamo.ui.clients.card.widgets import button, button_row, error_label
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.widgets.page import StatCard, StatRow

VIEW_PAGE, FORM_PAGE = 0, 1


class DetailsTab(CardTab):
    """The client's figures and personal details; the coach is chosen here, the rest edited in a form.

    The personal identity code shows masked until the user asks for the whole code. The form is made
    on the first edit. Only coordinators and administrators choose the coach (the coach sees the client's
    health-related referral details); for other roles the choice is shown but disabled.
    """

    def __init__(self, context: AppContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, client_id, parent)
        self._reveal = False
        self._staff: list[tuple[str, str]] = []
        self.form: DetailsForm | None = None
        self.visits_card = StatCard(self.tr("visits"))
        self.present_card = StatCard(self.tr("workshop sessions attended"))
        self.certificates_card = StatCard(self.tr("competence certificates"))
        self.last_visit_card = StatCard(self.tr("last visit"))
        self.stat_row = StatRow([self.visits_card, self.present_card, self.certificates_card, self.last_visit_card])
        self.body.addWidget(self.stat_row)
        self.details_stack = QStackedWidget()
        self.details_stack.addWidget(self._build_view())
        self.body.addWidget(self.details_stack, 1)

    def _build_view(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        group = QGroupBox(self.tr("Personal details"))
        form = QFormLayout(group)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(8)
        self.value_labels: dict[str, QLabel] = {}
        form.addRow(self.tr("Name"), self._value_label("name"))
        form.addRow(self.tr("Birth date"), self._value_label("birth_date"))
        id_row = QHBoxLayout()
        id_row.setSpacing(12)
        self.personal_id_label = self._value_label("personal_id")
        self.personal_id_label.setObjectName("valueLabel")
        id_row.addWidget(self.personal_id_label)
        self.reveal_button = button(self.tr("Show"))
        self.reveal_button.setToolTip(self.tr("Show or hide the whole personal identity code"))
        self.reveal_button.clicked.connect(self.toggle_personal_id)
        id_row.addWidget(self.reveal_button)
        id_row.addStretch(1)
        form.addRow(self.tr("Personal identity code"), id_row)
        form.addRow(self.tr("Language"), self._value_label("language"))
        form.addRow(self.tr("Home municipality"), self._value_label("municipality"))
        form.addRow(self.tr("Village"), self._value_label("village"))
        form.addRow(self.tr("Phone"), self._value_label("phone"))
        form.addRow(self.tr("Email"), self._value_label("email"))
        form.addRow(self.tr("Address"), self._value_label("address"))
        coach_row = QHBoxLayout()
        self.coach_combo = QComboBox()
        self.coach_combo.setMinimumWidth(240)
        self.coach_combo.currentIndexChanged.connect(self._coach_chosen)
        if not can(self.context, Permission.ASSIGN_COACH):
            self.coach_combo.setEnabled(False)
            self.coach_combo.setToolTip(self.tr("Only coordinators and administrators assign the personal coach."))
        coach_row.addWidget(self.coach_combo)
        coach_row.addStretch(1)
        form.addRow(self.tr("Personal coach"), coach_row)
        self.coach_error = error_label()
        form.addRow("", self.coach_error)
        self.edit_button = button(self.tr("Edit details"))
        self.edit_button.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_button.setToolTip(self.tr("Edit the client's details (Ctrl+E)"))
        self.edit_button.clicked.connect(self.start_editing)
        form.addRow("", button_row(self.edit_button))
        outer.addWidget(group)
        outer.addStretch(1)
        return page

    def _value_label(self, key: str) -> QLabel:
        shown = QLabel()
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setWordWrap(True)
        self.value_labels[key] = shown
        return shown

    # ------------------------------------------------------------------ showing

    def _fill(self, card: ClientCard) -> None:
        with self.context.session() as session:
            self._staff = [(m.id, m.display_name) for m in staff_service.active_staff(session)]
        visits = [e for e in card.timeline if e.kind == TimelineKind.VISIT]
        self.visits_card.set_value(len(visits))
        self.present_card.set_value(
            sum(1 for e in card.timeline if e.kind == TimelineKind.ATTENDANCE and e.status == AttendanceStatus.PRESENT)
        )
        self.certificates_card.set_value(sum(1 for e in card.timeline if e.kind == TimelineKind.CERTIFICATE))
        self.last_visit_card.set_value(format_date(visits[0].local_day) if visits else "–")

        values = self.value_labels
        values["name"].setText(card.full_name)
        values["birth_date"].setText(format_date(card.birth_date) or "–")
        values["language"].setText(label(card.language))
        values["municipality"].setText(card.municipality or "–")
        values["village"].setText(card.village or "–")
        values["phone"].setText(card.phone or "–")
        values["email"].setText(card.email or "–")
        values["address"].setText(card.address or "–")
        self._show_personal_id()

        self.coach_combo.clear()
        self.coach_combo.addItem(self.tr("No personal coach"), "")
        for member_id, name in self._staff:
            self.coach_combo.addItem(name, member_id)
        if card.coach_id and self.coach_combo.findData(card.coach_id) < 0:  # an inactive coach stays shown
            self.coach_combo.addItem(card.coach_name or "?", card.coach_id)
        self.coach_combo.setCurrentIndex(max(0, self.coach_combo.findData(card.coach_id or "")))
        if self.form is not None:
            self.form.card = card

    def _show_personal_id(self) -> None:
        code = self.card.personal_id if self.card else None
        self.reveal_button.setVisible(bool(code))
        if not code:
            self.personal_id_label.setText("–")
            return
        self.personal_id_label.setText(code if self._reveal else cards.masked_personal_id(code))
        self.reveal_button.setText(self.tr("Hide") if self._reveal else self.tr("Show"))

    def focus_target(self) -> QWidget:
        if self.form is not None and self.is_editing:
            return self.form.edits["first_name"]
        return self.edit_button

    # ------------------------------------------------------------------ changing

    def toggle_personal_id(self) -> None:
        self._reveal = not self._reveal
        self._show_personal_id()

    def _coach_chosen(self) -> None:
        if self._loading or self.card is None:
            return
        card = self.card
        coach_id = self.coach_combo.currentData() or None
        if coach_id == card.coach_id:
            return
        if not self.apply(lambda s: cards.set_personal_coach(s, self.client_id, coach_id), self.coach_error):
            self._loading = True
            self.coach_combo.setCurrentIndex(max(0, self.coach_combo.findData(card.coach_id or "")))
            self._loading = False

    @property
    def is_editing(self) -> bool:
        return self.details_stack.currentIndex() == FORM_PAGE

    def start_editing(self) -> None:
        """Show the edit form, filled with the client's details, in place of the details."""
        if self.card is None:
            return
        if self.form is None:
            self.form = DetailsForm(self.context, self.client_id)
            self.form.saved.connect(self._form_saved)
            self.form.cancelled.connect(self.cancel_editing)
            self.details_stack.addWidget(self.form)
        self.form.start(self.card)
        self.stat_row.setVisible(False)
        self.details_stack.setCurrentIndex(FORM_PAGE)
        self.form.focus_first()

    def save_details(self) -> None:
        if self.form is not None and self.is_editing:
            self.form.save()

    def cancel_editing(self) -> None:
        """Leave the form without saving."""
        self._leave_form()

    def _form_saved(self) -> None:
        self.changed.emit()
        self._leave_form()

    def _leave_form(self) -> None:
        self.details_stack.setCurrentIndex(VIEW_PAGE)
        self.stat_row.setVisible(True)
        self.edit_button.setFocus()
