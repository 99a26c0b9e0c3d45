"""Kumppanit: the partner directory, its organisations and their services, edited through the service layer."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.db import Database
from vauhdittamo.errors import AppError
from vauhdittamo.services import partner_directory as pd
from vauhdittamo.services.permissions import Actor, Permission
from vauhdittamo.services.types import Session
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.partners.organisation_dialog import OrganisationDialog
from vauhdittamo.ui.partners.service_dialog import ServiceDialog
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.tasks import Outcome, TaskRunner
from vauhdittamo.ui.widgets.page import EmptyHint, SectionTitle
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


_Entry = TypeVar("_Entry", bound=_Identified)

ACTIVE_COLUMN = 2  # of the organisation list
DETAIL_FIELDS = ("contact_person", "phone", "email", "address", "opening_hours", "description")


def _read_directory(db: Database, actor: Actor, include_inactive: bool) -> list[pd.OrganisationEntry]:
    """The partner directory, read in the background."""
    with db.session(actor) as session:
        return pd.directory(session, include_inactive=include_inactive)


class PartnersWidget(QWidget):
    """The directory: organisations on the left; the chosen one's details and services on the right."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entries: list[pd.OrganisationEntry] = []
        self.loader = TaskRunner(self)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        outer.addWidget(self.error_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        # -- left: the organisations
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.show_inactive = QCheckBox(self.tr("Show inactive too"))
        self.show_inactive.toggled.connect(self.refresh)
        left_layout.addWidget(self.show_inactive)
        self.organisation_model: RowTableModel[pd.OrganisationEntry] = RowTableModel(
            [
                Column(self.tr("Organisation"), lambda o: o.name),
                Column(self.tr("Category"), lambda o: label(o.category), lambda o: pd.category_rank(o.category)),
                Column(self.tr("Active"), lambda o: self._yes_no(o.active)),
            ]
        )
        self.organisation_view = RowTableView(self.organisation_model)
        self.organisation_view.set_column_widths(220, 150, 70)
        self.organisation_view.stretch_column(0)
        fit_columns(self.organisation_view)
        self.organisation_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.organisation_view.doubleClicked.connect(lambda _index: self.edit_organisation())
        left_layout.addWidget(self.organisation_view, 1)
        self.organisation_empty = EmptyHint(self.tr("No partner organisations."))
        self.organisation_empty.setVisible(False)  # until the directory is read
        left_layout.addWidget(self.organisation_empty)
        bar = QHBoxLayout()
        self.new_organisation_button = QPushButton(self.tr("New organisation"))
        self.new_organisation_button.clicked.connect(self.new_organisation)
        self.edit_organisation_button = QPushButton(self.tr("Edit"))
        self.edit_organisation_button.clicked.connect(self.edit_organisation)
        self.organisation_active_button = QPushButton(self.tr("Make inactive"))
        self.organisation_active_button.clicked.connect(self.toggle_organisation_active)
        for button in (self.new_organisation_button, self.edit_organisation_button):
            bar.addWidget(button)
        bar.addStretch(1)
        left_layout.addLayout(bar)
        # On a row of its own, so that the list keeps its width in a small window.
        state_bar = QHBoxLayout()
        state_bar.addWidget(self.organisation_active_button)
        state_bar.addStretch(1)
        left_layout.addLayout(state_bar)
        splitter.addWidget(left)

        # -- right: the chosen organisation
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.organisation_title = SectionTitle("")
        right_layout.addWidget(self.organisation_title)
        self.category_label = QLabel()
        self.category_label.setObjectName("mutedLabel")
        right_layout.addWidget(self.category_label)
        self.nothing_chosen = EmptyHint(self.tr("Choose an organisation to see its details and services."))
        right_layout.addWidget(self.nothing_chosen)
        self.details = QWidget()
        details_form = QFormLayout(self.details)
        details_form.setContentsMargins(0, 0, 0, 0)
        captions = {
            "contact_person": self.tr("Contact person"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "address": self.tr("Address"),
            "opening_hours": self.tr("Opening hours"),
            "description": self.tr("What it is for"),
        }
        self.detail_labels: dict[str, QLabel] = {}
        for name in DETAIL_FIELDS:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.detail_labels[name] = value
            details_form.addRow(captions[name], value)
        right_layout.addWidget(self.details)

        right_layout.addWidget(SectionTitle(self.tr("Services")))
        self.service_model: RowTableModel[pd.ServiceEntry] = RowTableModel(
            [
                Column(self.tr("Service"), lambda s: s.name),
                Column(
                    self.tr("Response (days)"),
                    lambda s: str(s.response_days),
                    lambda s: s.response_days,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(self.tr("Takes referrals now"), lambda s: self._yes_no(s.accepts_referrals)),
                Column(self.tr("Active"), lambda s: self._yes_no(s.active)),
            ]
        )
        self.service_view = RowTableView(self.service_model)
        self.service_view.set_column_widths(220, 110, 150, 80)
        self.service_view.stretch_column(0)
        fit_columns(self.service_view)
        self.service_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_service_buttons())
        self.service_view.doubleClicked.connect(lambda _index: self.edit_service())
        right_layout.addWidget(self.service_view, 1)
        self.service_empty = EmptyHint(self.tr("No services yet."))
        right_layout.addWidget(self.service_empty)
        service_bar = QHBoxLayout()
        self.new_service_button = QPushButton(self.tr("New service"))
        self.new_service_button.clicked.connect(self.new_service)
        self.edit_service_button = QPushButton(self.tr("Edit service"))
        self.edit_service_button.clicked.connect(self.edit_service)
        self.referrals_button = QPushButton(self.tr("Not taking referrals now"))
        self.referrals_button.clicked.connect(self.toggle_accepts_referrals)
        self.service_active_button = QPushButton(self.tr("Make service inactive"))
        self.service_active_button.clicked.connect(self.toggle_service_active)
        # Two rows, so that the longer Finnish labels are never cut.
        for button in (self.new_service_button, self.edit_service_button):
            service_bar.addWidget(button)
        service_bar.addStretch(1)
        right_layout.addLayout(service_bar)
        switches = QHBoxLayout()
        for button in (self.referrals_button, self.service_active_button):
            switches.addWidget(button)
        switches.addStretch(1)
        right_layout.addLayout(switches)
        splitter.addWidget(right)
        self.may_edit = can(context, Permission.MANAGE_PARTNERS)  # coordinators and administrators
        for button in (
            self.new_organisation_button, self.edit_organisation_button, self.organisation_active_button,
            self.new_service_button, self.edit_service_button, self.referrals_button, self.service_active_button,
        ):
            button.setVisible(self.may_edit)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self._show_selected()

    # ----------------------------------------------------------------- reading

    def refresh(self) -> None:
        """Read the directory again, keeping the chosen organisation and service when still listed."""
        organisation = self.selected_organisation()
        service = self.selected_service()
        self._load(organisation.id if organisation else None, service.id if service else None)

    def _load(self, organisation_id: str | None, service_id: str | None = None) -> None:
        """Read the directory in the background, then show it with *organisation_id* and *service_id* chosen."""
        job = functools.partial(
            _read_directory, self.context.db, self.context.actor, self.show_inactive.isChecked()
        )
        self.loader.run(job, functools.partial(self._show, organisation_id, service_id))

    def _show(self, organisation_id: str | None, service_id: str | None, outcome: Outcome) -> None:
        if outcome.nothing_to_show(self._show_error):
            return
        self.entries = outcome.result
        self.organisation_model.set_rows(self.entries)
        # Only active organisations are listed unless the inactive are asked for: no column needed then.
        self.organisation_view.setColumnHidden(ACTIVE_COLUMN, not self.show_inactive.isChecked())
        fit_columns(self.organisation_view, (2,))
        self.organisation_empty.setVisible(not self.entries)
        self._select(self.organisation_view, self.organisation_model, organisation_id)
        self._show_selected()
        self._select(self.service_view, self.service_model, service_id)
        self._update_service_buttons()

    def _select(self, view: RowTableView, model: RowTableModel[_Entry], row_id: str | None) -> None:
        for row in range(model.rowCount()):
            if model.row_at(row).id == row_id:
                view.selectionModel().setCurrentIndex(
                    model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                return
        view.selectionModel().clearSelection()
        view.setCurrentIndex(model.index(-1, -1))

    def selected_organisation(self) -> pd.OrganisationEntry | None:
        row: pd.OrganisationEntry | None = self.organisation_view.selected_row()
        return row

    def selected_service(self) -> pd.ServiceEntry | None:
        row: pd.ServiceEntry | None = self.service_view.selected_row()
        return row

    def _yes_no(self, value: bool) -> str:
        return self.tr("Yes") if value else self.tr("No")

    def _show_selected(self) -> None:
        organisation = self.selected_organisation()
        chosen = organisation is not None
        self.nothing_chosen.setVisible(not chosen)
        self.details.setVisible(chosen)
        self.organisation_title.setVisible(chosen)
        self.category_label.setVisible(chosen)
        for button in (self.edit_organisation_button, self.organisation_active_button, self.new_service_button):
            button.setEnabled(chosen)
        if organisation is None:
            self.service_model.set_rows([])
            self.service_empty.setVisible(False)
            self._update_service_buttons()
            return
        title = organisation.name
        if not organisation.active:
            title += "  " + self.tr("(inactive)")
        self.organisation_title.setText(title)
        self.category_label.setText(label(organisation.category))
        for name, value in self.detail_labels.items():
            value.setText(getattr(organisation, name) or "–")
        self.organisation_active_button.setText(
            self.tr("Make inactive") if organisation.active else self.tr("Make active")
        )
        self.service_model.set_rows(organisation.services)
        fit_columns(self.service_view, (1, 2, 3))
        self.service_empty.setVisible(not organisation.services)
        self._update_service_buttons()

    def _update_service_buttons(self) -> None:
        service = self.selected_service()
        for button in (self.edit_service_button, self.referrals_button, self.service_active_button):
            button.setEnabled(service is not None)
        if service is None:
            return
        self.referrals_button.setText(
            self.tr("Not taking referrals now") if service.accepts_referrals else self.tr("Taking referrals again")
        )
        self.service_active_button.setText(
            self.tr("Make service inactive") if service.active else self.tr("Make service active")
        )

    # ----------------------------------------------------------------- editing

    def _show_error(self, error: AppError) -> None:
        """A handled error, above the lists."""
        self.error_label.setText(error.translated(QCoreApplication.translate))
        self.error_label.setVisible(True)

    def _apply(self, change: Callable[[Session], object]) -> bool:
        """Run *change* in one transaction; show a handled error above the lists."""
        try:
            with self.context.transaction() as session:
                change(session)
        except AppError as exc:
            self._show_error(exc)
            return False
        self.error_label.setVisible(False)
        return True

    def new_organisation(self) -> None:
        dialog = OrganisationDialog(self.context, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._load(dialog.organisation_id)

    def edit_organisation(self) -> None:
        organisation = self.selected_organisation()
        if organisation is None or not self.may_edit:
            return
        dialog = OrganisationDialog(self.context, organisation, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def toggle_organisation_active(self) -> None:
        organisation = self.selected_organisation()
        if organisation is None:
            return
        self._apply(lambda session: pd.set_organisation_active(session, organisation.id, not organisation.active))
        self.refresh()

    def new_service(self) -> None:
        organisation = self.selected_organisation()
        if organisation is None:
            return
        dialog = ServiceDialog(self.context, organisation, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._load(organisation.id, dialog.service_id)

    def edit_service(self) -> None:
        organisation = self.selected_organisation()
        service = self.selected_service()
        if organisation is None or service is None or not self.may_edit:
            return
        dialog = ServiceDialog(self.context, organisation, service, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def toggle_accepts_referrals(self) -> None:
        service = self.selected_service()
        if service is None:
            return
        self._apply(lambda session: pd.set_accepts_referrals(session, service.id, not service.accepts_referrals))
        self.refresh()

    def toggle_service_active(self) -> None:
        service = self.selected_service()
        if service is None:
            return
        self._apply(lambda session: pd.set_service_active(session, service.id, not service.active))
        self.refresh()
