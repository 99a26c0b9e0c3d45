"""Earlier anonymous visits: give one to the client who came back and wants a record of it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from vauhdittamo.errors import AppError
from vauhdittamo.models import VisitChannel
from vauhdittamo.services import overview, topics, visits
from vauhdittamo.timeutil import format_local, local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.labels import label, topic_names
from vauhdittamo.ui.widgets.client_picker import ClientPickerDialog
from vauhdittamo.ui.widgets.page import EmptyHint
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

DAYS_BACK = 60


class AnonymousVisitsDialog(QDialog):
    """Anonymous visits of the last weeks; Enter attaches the chosen one to a client.

    ``attached`` counts the visits attached while the dialog was open.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.attached = 0
        self.setWindowTitle(self.tr("Earlier anonymous visits"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Earlier anonymous visits"))
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        hint = QLabel(self.tr("Choose the visit of the person who came back, then press Enter to attach it to "
                              "their client record. Visits of the last {days} days are shown.").format(days=DAYS_BACK))
        hint.setWordWrap(True)
        hint.setObjectName("mutedLabel")
        layout.addWidget(hint)
        with context.session() as session:
            self._names = topic_names(topics.topics(session, include_inactive=True))
        self.model: RowTableModel[overview.VisitRow] = RowTableModel(
            [
                Column(self.tr("When"), lambda r: format_local(r.visited_at), lambda r: r.visited_at),
                Column(self.tr("Channel"), lambda r: label(_channel(r.channel))),
                Column(self.tr("Topics"), lambda r: ", ".join(self._names.get(t, t) for t in r.topics)),
                Column(self.tr("Staff"), lambda r: r.staff_name),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.set_column_widths(140, 130, 280)
        self.view.stretch_column(2)
        self.view.activated.connect(lambda _index: self.attach_selected())
        layout.addWidget(self.view, 1)
        self.empty = EmptyHint(self.tr("No anonymous visits in the last {days} days.").format(days=DAYS_BACK))
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox()
        self.attach_button = buttons.addButton(self.tr("Attach to a client…"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.attach_button.clicked.connect(self.attach_selected)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()
        self.view.setFocus()

    def reload(self) -> None:
        with self.context.session() as session:
            since = local_today() - dt.timedelta(days=DAYS_BACK)
            rows = overview.visit_rows(session, visits.anonymous_visits(session, since))
        self.model.set_rows(rows)
        if rows:
            self.view.selectRow(0)
        self.empty.setVisible(not rows)
        self.attach_button.setEnabled(bool(rows))

    def attach_selected(self) -> None:
        row = self.view.selected_row()
        if row is None:
            return
        picker = ClientPickerDialog(self.context, self.tr("Attach the visit to a client"), self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.client_id is None:
            return
        try:
            with self.context.transaction() as session:
                visits.attach_to_client(session, row.visit_id, picker.client_id)
        except AppError as error:
            QMessageBox.warning(self, self.windowTitle(), error.translated(QCoreApplication.translate))
            return
        self.attached += 1
        self.reload()


def _channel(code: str) -> VisitChannel | str:
    return VisitChannel(code) if code in VisitChannel._value2member_map_ else code
