"""The Exit tab of the client card: when and where the client's path ended."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from vauhdittamo.models import ExitOutcome
from vauhdittamo.services import client_card as cards
from vauhdittamo.services import validation
from vauhdittamo.services.client_card import ClientCard
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.clients.card.card_tab import CardTab
from vauhdittamo.ui.clients.card.widgets import button, error_label
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.widgets.forms import confirm
from vauhdittamo.ui.widgets.page import SectionTitle


class ExitTab(CardTab):
    """Records the exit (day and outcome, reported to funders), changes it, or makes the client active again."""

    def __init__(self, context: AppContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, client_id, parent)
        self.body.addWidget(SectionTitle(self.tr("End of the client's path")))
        self.exit_status = QLabel()
        self.exit_status.setWordWrap(True)
        self.body.addWidget(self.exit_status)
        hint = QLabel(self.tr("Record the exit when the client's path ends: the day and where they went. "
                              "The outcome is reported to funders; the client's open project participations "
                              "end with it."))
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)
        self.body.addWidget(hint)
        group = QGroupBox(self.tr("Exit"))
        form = QFormLayout(group)
        self.exit_date_edit = QLineEdit()
        self.exit_date_edit.setMaxLength(10)
        self.exit_date_edit.setPlaceholderText(self.tr("e.g. 31.5.2027"))
        self.exit_date_edit.setMaximumWidth(160)
        self.exit_date_edit.returnPressed.connect(self.set_exit)
        self.exit_outcome_combo = QComboBox()
        self.exit_outcome_combo.addItem(self.tr("Choose the outcome…"), None)  # nothing preselected
        for outcome in ExitOutcome:
            self.exit_outcome_combo.addItem(label(outcome), outcome.value)
        self.exit_outcome_combo.setMaximumWidth(320)
        self.exit_error = error_label()
        buttons = QHBoxLayout()
        # Not the main button: ending a client's path is asked about, never one Enter away.
        self.set_exit_button = button(self.tr("Save exit"))
        self.set_exit_button.clicked.connect(self.set_exit)
        self.clear_exit_button = button(self.tr("Make active again"))
        self.clear_exit_button.setToolTip(self.tr("Remove the exit: the client's path continues"))
        self.clear_exit_button.clicked.connect(self.clear_exit)
        buttons.addWidget(self.set_exit_button)
        buttons.addWidget(self.clear_exit_button)
        buttons.addStretch(1)
        date_caption = QLabel(self.tr("Exit date"))
        date_caption.setBuddy(self.exit_date_edit)
        form.addRow(date_caption, self.exit_date_edit)
        outcome_caption = QLabel(self.tr("Outcome"))
        outcome_caption.setBuddy(self.exit_outcome_combo)
        form.addRow(outcome_caption, self.exit_outcome_combo)
        form.addRow("", self.exit_error)
        form.addRow("", buttons)
        self.body.addWidget(group)
        self.body.addStretch(1)

    def _fill(self, card: ClientCard) -> None:
        if card.active:
            self.exit_status.setText(self.tr("The client is active: their path has not ended."))
            self.exit_date_edit.setText(format_date(local_today()))
            self.exit_outcome_combo.setCurrentIndex(0)
        else:
            self.exit_status.setText(
                self.tr("The path ended on {date}: {outcome}.").format(
                    date=format_date(card.exit_date), outcome=label(card.exit_outcome)
                )
            )
            self.exit_date_edit.setText(format_date(card.exit_date))
            self.exit_outcome_combo.setCurrentIndex(max(0, self.exit_outcome_combo.findData(
                card.exit_outcome.value if card.exit_outcome else "")))
        self.set_exit_button.setText(self.tr("Save exit") if card.active else self.tr("Change exit"))
        self.clear_exit_button.setEnabled(not card.active)

    def focus_target(self) -> QWidget:
        return self.exit_date_edit

    def set_exit(self) -> None:
        text = self.exit_date_edit.text()
        data = self.exit_outcome_combo.currentData()
        outcome = None if data is None else ExitOutcome(data)
        if outcome is not None and self.card is not None and self.card.active and not self.confirm_exit(text, outcome):
            return
        self.apply(lambda s: cards.set_exit(s, self.client_id, validation.parse_date(text, "exit_date"), outcome,
                                            local_today()), self.exit_error)

    def confirm_exit(self, day: str, outcome: ExitOutcome) -> bool:
        """Ask before ending an active client's path (No is the default)."""
        return confirm(
            self,
            self.tr("End the client's path"),
            self.tr("End {name}'s path on {date} with the outcome \"{outcome}\"? Their open project "
                    "participations end on the same day.").format(
                name=self.card.full_name if self.card else "", date=day.strip(), outcome=label(outcome)),
        )

    def clear_exit(self) -> None:
        self.apply(lambda s: cards.clear_exit(s, self.client_id), self.exit_error)
