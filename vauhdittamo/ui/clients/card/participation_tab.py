"""The Projects tab of the client card: the client's participations in projects (hanke), and their forms."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from vauhdittamo.services import participants as ps
from vauhdittamo.services.client_card import ClientCard
from vauhdittamo.services.participants import ParticipationRow
from vauhdittamo.services.permissions import Permission
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.clients.card.card_tab import CardTab
from vauhdittamo.ui.clients.card.widgets import button, button_row, error_label
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.projects.participation_dialogs import (
    FollowUpDialog,
    ParticipationDialog,
    ParticipationExitDialog,
)
from vauhdittamo.ui.widgets.forms import confirm
from vauhdittamo.ui.widgets.page import EmptyHint, SectionTitle
from vauhdittamo.ui.widgets.table_model import ATTENTION_COLOUR, Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView


class ParticipationTab(CardTab):
    """The client's participations: project, entry, exit and the six-month follow-up.

    Adds a participation, changes its entry data, records its exit and its follow-up (for staff who record
    participation). The list itself never shows the sensitive answers; the entry form shows them to those
    who may see them.
    """

    def __init__(self, context: AppContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, client_id, parent)
        self.may_record = can(context, Permission.RECORD_PARTICIPATION)
        self.body.addWidget(SectionTitle(self.tr("Projects the client takes part in")))
        hint = QLabel(self.tr("A participant's entry data, exit and six-month follow-up are reported to the "
                              "project's funder."))
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)
        self.body.addWidget(hint)
        self.participation_model: RowTableModel[ParticipationRow] = RowTableModel(
            [
                Column(self.tr("Project"), lambda r: r.project_name),
                Column(self.tr("Entry"), lambda r: format_date(r.entry_date), lambda r: r.entry_date),
                Column(self.tr("Exit"), lambda r: format_date(r.exit_date), lambda r: r.exit_date),
                Column(self.tr("Situation at exit"), lambda r: label(r.exit_outcome)),
                Column(self.tr("Six-month follow-up"), self.follow_up_text, lambda r: r.follow_up_on or r.follow_up_due,
                       colour=self._follow_up_colour),
            ]
        )
        self.participation_view = RowTableView(self.participation_model)
        self.participation_view.setObjectName("participationTable")
        # The project's name takes what the others leave; at the card's smallest size that is little enough
        # without the width of a whole sentence for the follow-up (a cut one shows whole in its tool tip).
        self.participation_view.set_column_widths(260, 100, 100, 200, 260)
        self.participation_view.stretch_column(0)
        self.participation_view.activated.connect(lambda _index: self.edit_selected())
        self.participation_view.setToolTip(self.tr("Enter or double-click: the entry data"))
        self.participation_view.selectionModel().selectionChanged.connect(self._selected)
        self.body.addWidget(self.participation_view, 1)
        self.participation_empty = EmptyHint(self.tr("The client takes part in no project yet."))
        self.body.addWidget(self.participation_empty)

        self.add_button = button(self.tr("Add to a project…"), primary=True)
        self.add_button.clicked.connect(self.add_participation)
        self.edit_button = button(self.tr("Entry data…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.exit_button = button(self.tr("Record exit…"))
        self.exit_button.clicked.connect(self.record_exit)
        self.follow_up_button = button(self.tr("Record follow-up…"))
        self.follow_up_button.clicked.connect(self.record_follow_up)
        self.remove_button = button(self.tr("Remove…"))
        self.remove_button.setToolTip(self.tr("Remove a participation recorded by mistake"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.body.addLayout(button_row(self.add_button, self.edit_button, self.exit_button, self.follow_up_button,
                                       self.remove_button))
        self.participation_error = error_label()
        self.body.addWidget(self.participation_error)
        if not self.may_record:
            note = QLabel(self.tr("Your role does not record participation in projects."))
            note.setObjectName("mutedLabel")
            self.body.addWidget(note)
        self._selected()

    # ------------------------------------------------------------------ showing

    def _fill(self, card: ClientCard) -> None:
        selected = self.selected_row()
        with self.context.session() as session:
            rows = ps.client_participations(session, card.client_id)
        self.participation_model.set_rows(rows)
        fit_columns(self.participation_view, [1, 2])  # whole titles and dates
        self.participation_view.setVisible(bool(rows))
        self.participation_empty.setVisible(not rows)
        keep = next((i for i, r in enumerate(self.participation_model.rows())
                     if selected is not None and r.participant_id == selected.participant_id), 0 if rows else None)
        if keep is not None:
            self.participation_view.selectRow(keep)
        self._selected()

    def follow_up_text(self, row: ParticipationRow) -> str:
        """The follow-up's state in a few words: done, due, coming, or nothing before the exit."""
        if row.follow_up_on is not None:
            return self.tr("Done {date}: employed {employed}, improved {improved}").format(
                date=format_date(row.follow_up_on), employed=label(row.follow_up_employed).lower(),
                improved=label(row.follow_up_improved).lower())
        due = row.follow_up_due
        if due is None:
            return ""
        if due <= local_today():
            return self.tr("Due since {date}").format(date=format_date(due))
        return self.tr("From {date}").format(date=format_date(due))

    @staticmethod
    def _follow_up_colour(row: ParticipationRow) -> str | None:
        due = row.follow_up_due
        return ATTENTION_COLOUR if due is not None and row.follow_up_on is None and due <= local_today() else None

    def selected_row(self) -> ParticipationRow | None:
        row = self.participation_view.selected_row()
        return row if isinstance(row, ParticipationRow) else None

    def _selected(self, *_args: object) -> None:
        row = self.selected_row()
        self.add_button.setEnabled(self.may_record)
        for widget in (self.edit_button, self.exit_button, self.remove_button):
            widget.setEnabled(self.may_record and row is not None)
        self.follow_up_button.setEnabled(self.may_record and row is not None and row.exited)
        if row is not None:
            self.exit_button.setText(self.tr("Change exit…") if row.exited else self.tr("Record exit…"))

    def focus_target(self) -> QWidget:
        return self.participation_view if self.participation_model.rowCount() else self.add_button

    # ------------------------------------------------------------------ changing

    def _after(self, dialog: QDialog) -> None:
        saved = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if saved:
            self.participation_error.setVisible(False)
            self.changed.emit()

    def add_participation(self) -> None:
        if self.may_record:
            self._after(ParticipationDialog(self.context, self.client_id, None, self))

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None and self.may_record:
            self._after(ParticipationDialog(self.context, self.client_id, row.participant_id, self))

    def record_exit(self) -> None:
        row = self.selected_row()
        if row is not None and self.may_record:
            self._after(ParticipationExitDialog(self.context, row, self))

    def record_follow_up(self) -> None:
        row = self.selected_row()
        if row is not None and row.exited and self.may_record:
            self._after(FollowUpDialog(self.context, row, self))

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.may_record:
            return
        if confirm(self, self.tr("Remove participation"),
                   self.tr("Remove the client's participation in {project}? Do this only for an entry recorded "
                           "by mistake.").format(project=row.project_name)):
            participant_id = row.participant_id
            self.apply(lambda s: ps.remove_participation(s, participant_id), self.participation_error)
