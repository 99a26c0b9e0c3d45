"""Correct, remove or attach a visit logged today."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError
from vauhdittamo.services import topics, visits
from vauhdittamo.services.types import Session
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_local_time
from vauhdittamo.ui.front_desk.visit_form import VisitDetails, VisitForm
from vauhdittamo.ui.widgets.client_picker import ClientPickerDialog


class VisitEditDialog(QDialog):
    """Edit the details, remove the visit, or give an anonymous visit to a client.

    ``changed`` tells afterwards whether anything was saved.
    """

    def __init__(self, context: AppContext, visit_id: str, client_name: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.visit_id = visit_id
        self.changed = False
        with context.session() as session:
            visit = visits.visit_record(session, visit_id)
            offered = [t for t in topics.topics(session, include_inactive=True)
                       if t.active or t.code in visit.topics]
        self.editable = visit.editable
        anonymous = visit.client_id is None
        details = VisitDetails(
            topics=list(visit.topics),
            channel=visit.channel,
            duration_minutes=visit.duration_minutes,
            note=visit.note,
            next_step=visit.next_step,
            next_step_date=visit.next_step_date,
            age_group=visit.age_group,
        )
        visited_at = visit.visited_at
        who = client_name if client_name else self.tr("Anonymous visitor")
        self.setWindowTitle(self.tr("Visit {time}: {who}").format(time=format_local_time(visited_at), who=who))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        heading = QLabel(self.windowTitle())
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        self.form = VisitForm(offered, with_age_group=anonymous)
        self.form.set_details(details)
        self.form.submit_requested.connect(self.save)
        self.form.setEnabled(self.editable)
        layout.addWidget(self.form)
        if not self.editable:
            notice = QLabel(self.tr("Visits can be changed only on the day they were logged."))
            notice.setObjectName("mutedLabel")
            layout.addWidget(notice)

        # Removing sits apart on the left, is never the default and asks first; Save is the main button.
        actions = QHBoxLayout()
        self.delete_button: QPushButton = QPushButton(self.tr("Remove visit"))
        self.delete_button.setAutoDefault(False)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.attach_button: QPushButton = self.buttons.addButton(
            self.tr("Attach to a client…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.attach_button.setVisible(anonymous)
        self.attach_button.setAutoDefault(False)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(self.editable)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.remove)
        self.attach_button.clicked.connect(self.attach)
        close.clicked.connect(self.reject)
        self.save_button.setEnabled(self.editable)
        self.delete_button.setEnabled(self.editable)
        actions.addWidget(self.buttons)
        layout.addLayout(actions)
        self._opened_with = details
        self.form.topics.setFocus()

    def _run(self, action: Callable[[Session], object]) -> bool:
        try:
            with self.context.transaction() as session:
                action(session)
        except AppError as error:
            QMessageBox.warning(self, self.windowTitle(), error.translated(QCoreApplication.translate))
            return False
        self.changed = True
        return True

    def reject(self) -> None:
        """Esc or *Close*: a note or next step typed here is not thrown away without asking."""
        if self.editable and not self.form.confirm_discard(self._opened_with):
            return
        super().reject()

    def save(self) -> None:
        if not self.form.check_topics():
            return
        d = self.form.details()
        if self._run(
            lambda session: visits.update_visit(
                session,
                self.visit_id,
                topics=d.topics,
                channel=d.channel,
                duration_minutes=d.duration_minutes,
                note=d.note,
                next_step=d.next_step,
                next_step_date=d.next_step_date,
                age_group=d.age_group,
            )
        ):
            self.accept()

    def remove(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Remove visit"), self.tr("Remove this visit? It was logged by mistake."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes and self._run(
            lambda session: visits.delete_visit(session, self.visit_id)
        ):
            self.accept()

    def attach(self) -> None:
        picker = ClientPickerDialog(self.context, self.tr("Attach the visit to a client"), self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.client_id is None:
            return
        client_id = picker.client_id
        if self._run(lambda session: visits.attach_to_client(session, self.visit_id, client_id)):
            self.accept()
