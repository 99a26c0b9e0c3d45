"""The Consents tab of the client card: the consents given and withdrawn, and a form to record one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from vauhdittamo.models import ConsentKind, PartnerCategory
from vauhdittamo.services import client_card as cards
from vauhdittamo.services.client_card import ClientCard, ConsentRow
from vauhdittamo.ui.clients.card.card_tab import CardTab
from vauhdittamo.ui.clients.card.widgets import button, button_row, date_time, error_label, one_line
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.widgets.page import EmptyHint
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

MUTED_COLOUR = "#7a8793"  # a withdrawn consent


def _consent_colour(row: ConsentRow) -> str | None:
    return None if row.active else MUTED_COLOUR


class ConsentsTab(CardTab):
    """Every consent of the client, withdrawn ones muted; records a new consent or withdraws one."""

    def __init__(self, context: AppContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, client_id, parent)
        self.consent_model: RowTableModel[ConsentRow] = RowTableModel(
            [
                Column(self.tr("Consent"), lambda c: label(c.kind), colour=_consent_colour),
                Column(self.tr("Partner category"), lambda c: label(c.partner_category), colour=_consent_colour),
                Column(self.tr("Given"), lambda c: date_time(c.given_at), lambda c: c.given_at.isoformat(),
                       colour=_consent_colour),
                Column(self.tr("Given by"), lambda c: c.given_by_name, colour=_consent_colour),
                Column(
                    self.tr("Withdrawn"),
                    lambda c: date_time(c.withdrawn_at) if c.withdrawn_at else "",
                    lambda c: c.withdrawn_at.isoformat() if c.withdrawn_at else "",
                    colour=_consent_colour,
                ),
                Column(self.tr("Withdrawn by"), lambda c: c.withdrawn_by_name, colour=_consent_colour),
                Column(self.tr("Note"), lambda c: one_line(c.note), colour=_consent_colour),
            ]
        )
        self.consent_view = RowTableView(self.consent_model)
        self.consent_view.set_column_widths(170, 150, 135, 130, 135, 130)
        self.consent_view.stretch_column(6)
        self.consent_view.selectionModel().selectionChanged.connect(self._consent_selected)
        self.body.addWidget(self.consent_view, 1)
        self.consents_empty = EmptyHint(self.tr("No consents recorded. Ask the client before sharing their data."))
        self.body.addWidget(self.consents_empty)
        self.withdraw_button = button(self.tr("Withdraw the selected consent"))
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self.withdraw_selected_consent)
        self.body.addLayout(button_row(self.withdraw_button))
        self.body.addWidget(self._build_form())
        self._consent_kind_changed()

    def _build_form(self) -> QGroupBox:
        group = QGroupBox(self.tr("Record a consent"))
        form = QFormLayout(group)
        self.consent_kind_combo = QComboBox()
        for kind in ConsentKind:
            self.consent_kind_combo.addItem(label(kind), kind.value)
        self.consent_kind_combo.currentIndexChanged.connect(self._consent_kind_changed)
        self.consent_category_combo = QComboBox()
        for category in PartnerCategory:
            self.consent_category_combo.addItem(label(category), category.value)
        self.consent_kind_combo.setMaximumWidth(360)
        self.consent_category_combo.setMaximumWidth(360)
        self.consent_note_edit = QLineEdit()
        self.consent_note_edit.setMaxLength(cards.CONSENT_NOTE_LIMIT)
        self.consent_note_edit.setPlaceholderText(self.tr("How it was given, e.g. signed form or orally"))
        self.consent_note_edit.returnPressed.connect(self.add_consent)
        self.add_consent_button = button(self.tr("Record consent"), primary=True)
        self.add_consent_button.clicked.connect(self.add_consent)
        self.consent_error = error_label()
        form.addRow(self.tr("Consent to"), self.consent_kind_combo)
        form.addRow(self.tr("Partner category"), self.consent_category_combo)
        form.addRow(self.tr("Note"), self.consent_note_edit)
        form.addRow("", self.consent_error)
        form.addRow("", button_row(self.add_consent_button))
        return group

    def _fill(self, card: ClientCard) -> None:
        self.consent_model.set_rows(card.consents)
        fit_columns(self.consent_view, range(6))  # whole titles ("Perumisen kirjannut") and values; the note stretches
        self.consents_empty.setVisible(not card.consents)
        self._consent_selected()

    def focus_target(self) -> QWidget:
        return self.consent_view

    def _consent_kind_changed(self) -> None:
        share = self.consent_kind_combo.currentData() == ConsentKind.SHARE_DATA.value
        self.consent_category_combo.setEnabled(share)

    def _selected_consent(self) -> ConsentRow | None:
        row = self.consent_view.selected_row()
        return row if isinstance(row, ConsentRow) else None

    def _consent_selected(self, *_args: QItemSelection) -> None:
        consent = self._selected_consent()
        self.withdraw_button.setEnabled(consent is not None and consent.active)

    def add_consent(self) -> None:
        kind = ConsentKind(self.consent_kind_combo.currentData())
        category = (PartnerCategory(self.consent_category_combo.currentData())
                    if kind == ConsentKind.SHARE_DATA else None)
        note = self.consent_note_edit.text()
        if self.apply(
            lambda s: cards.add_consent(s, self.client_id, kind, category, note),
            self.consent_error,
        ):
            self.consent_note_edit.clear()

    def withdraw_selected_consent(self) -> None:
        consent = self._selected_consent()
        if consent is None or not consent.active:
            return
        self.apply(lambda s: cards.withdraw_consent(s, consent.consent_id), self.consent_error)
