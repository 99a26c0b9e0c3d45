"""The workshops tab: every workshop, and the selected one's participants and certificates."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError
from vauhdittamo.services import certificates, workshops
from vauhdittamo.services.permissions import Permission
from vauhdittamo.services.types import Session
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.format import format_date, format_time
from vauhdittamo.ui.labels import label, weekday_short
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.tasks import Outcome, TaskRunner
from vauhdittamo.ui.widgets.client_picker import ClientPickerDialog
from vauhdittamo.ui.widgets.page import EmptyHint, SectionTitle
from vauhdittamo.ui.widgets.table_model import ROW_ROLE, Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class WorkshopList(QWidget):
    """Workshops with their schedule; below, the selected workshop's participants and certificates.

    Signals:
        changed(): something was saved; other views should refresh.
    """

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loader = TaskRunner(self)
        self.details_loader = TaskRunner(self)  # the selected workshop's participants and certificates
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)

        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New workshop…"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_workshop)
        self.edit_button = QPushButton(self.tr("Edit workshop…"))
        self.edit_button.clicked.connect(self.edit_workshop)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        self.may_manage = can(context, Permission.MANAGE_WORKSHOPS)  # coordinators and administrators
        self.may_certify = can(context, Permission.RECORD_CERTIFICATES)
        layout.addLayout(bar)  # first: a button shown before it has a parent would be a window of its own
        self.new_button.setVisible(self.may_manage)
        self.edit_button.setVisible(self.may_manage)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model: RowTableModel[workshops.WorkshopSummary] = RowTableModel(
            [
                Column(self.tr("Workshop"), lambda w: w.name, lambda w: w.name.casefold()),
                Column(self.tr("Kind"), lambda w: label(w.kind)),
                Column(self.tr("Place"), lambda w: " / ".join(p for p in (w.place, w.village) if p)),
                Column(self.tr("Schedule"), self.schedule_text),
                Column(self.tr("Facilitators"), lambda w: ", ".join(w.facilitators)),
                Column(self.tr("Enrolled"), self.enrolled_text, lambda w: w.enrolled, RIGHT),
                Column(self.tr("Dates"), self.dates_text, lambda w: w.start_date),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.set_column_widths(200, 110, 190, 180, 170, 125)
        fit_columns(self.view)
        self.view.doubleClicked.connect(lambda _index: self.edit_workshop())
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_details())
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view)
        self.empty = EmptyHint(self.tr("No workshops yet. Add the first with “New workshop…”."))
        top_layout.addWidget(self.empty)
        splitter.addWidget(top)

        details = QWidget()
        columns = QHBoxLayout(details)
        columns.setContentsMargins(0, 6, 0, 0)
        columns.setSpacing(16)
        columns.addLayout(self._participants_box(), 1)
        columns.addLayout(self._certificates_box(), 1)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

    def _participants_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        self.participants_title = SectionTitle(self.tr("Participants"))
        box.addWidget(self.participants_title)
        self.participants: RowTableModel[workshops.Participant] = RowTableModel(
            [
                Column(self.tr("Name"), lambda p: p.name, lambda p: p.name.casefold()),
                Column(self.tr("Enrolled"), lambda p: format_date(p.enrolled_on), lambda p: p.enrolled_on),
                Column(self.tr("Present"), lambda p: str(p.present_count), lambda p: p.present_count, RIGHT),
            ]
        )
        self.participants_view = RowTableView(self.participants)
        self.participants_view.set_column_widths(200, 115, 70)
        self.participants_view.stretch_column(0)
        fit_columns(self.participants_view)
        box.addWidget(self.participants_view, 1)
        buttons = QHBoxLayout()
        self.enrol_button = QPushButton(self.tr("Enrol a client…"))
        self.enrol_button.clicked.connect(self.enrol_client)
        self.leave_button = QPushButton(self.tr("End enrolment"))
        self.leave_button.clicked.connect(self.end_enrolment)
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        return box

    def _certificates_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(SectionTitle(self.tr("Competence certificates")))
        self.certificates: RowTableModel[certificates.CertificateRow] = RowTableModel(
            [
                Column(self.tr("Date"), lambda c: format_date(c.awarded_on), lambda c: c.awarded_on),
                Column(self.tr("Client"), lambda c: c.client_name, lambda c: c.client_name.casefold()),
                Column(self.tr("Competence area"), lambda c: c.competence_area),
                Column(self.tr("Qualification"), lambda c: c.qualification),
            ]
        )
        self.certificates_view = RowTableView(self.certificates)
        self.certificates_view.set_column_widths(80, 150, 160)
        self.certificates_view.doubleClicked.connect(lambda _index: self.edit_certificate())
        box.addWidget(self.certificates_view, 1)
        buttons = QHBoxLayout()
        self.certificate_button = QPushButton(self.tr("Record a certificate…"))
        self.certificate_button.clicked.connect(self.record_certificate)
        if not self.may_certify:  # (hidden only: shown while it has no parent, it would be a window)
            self.certificate_button.setVisible(False)
        buttons.addWidget(self.certificate_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        return box

    # ------------------------------------------------------------------ texts

    def schedule_text(self, workshop: workshops.WorkshopSummary) -> str:
        return ", ".join(
            f"{weekday_short(s.weekday)} {format_time(s.start_time)}–{format_time(s.end_time)}"
            for s in workshop.slots
        )

    def enrolled_text(self, workshop: workshops.WorkshopSummary) -> str:
        return f"{workshop.enrolled} / {workshop.capacity}" if workshop.capacity else str(workshop.enrolled)

    def dates_text(self, workshop: workshops.WorkshopSummary) -> str:
        if workshop.end_date is None:
            return self.tr("from {date}").format(date=format_date(workshop.start_date))
        return f"{format_date(workshop.start_date)} – {format_date(workshop.end_date)}"

    # ------------------------------------------------------------------ loading

    def refresh(self, select: str | None = None) -> None:
        """Read the workshops again (in the background); *select* one, else the one selected stays so."""
        selected = self.selected_workshop()
        chosen = select or (selected.workshop_id if selected else None)
        db, actor = self.context.db, self.context.actor

        def work() -> list[workshops.WorkshopSummary]:
            with db.session(actor) as session:
                return workshops.list_workshops(session)

        self.loader.run(work, lambda outcome: self._show_rows(outcome, chosen))

    def _show_rows(self, outcome: Outcome, chosen: str | None) -> None:
        if outcome.cancelled:
            return
        if outcome.error is not None:
            raise outcome.error
        rows: list[workshops.WorkshopSummary] = outcome.result
        self.model.set_rows(rows)
        fit_columns(self.view, (1, 5))
        self.empty.setVisible(not rows)
        self.view.setVisible(bool(rows))
        self.select_workshop(chosen if chosen is not None else (rows[0].workshop_id if rows else None))
        self.show_details()

    def select_workshop(self, workshop_id: str | None) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.index(row, 0).data(ROW_ROLE)
            if item is not None and item.workshop_id == workshop_id:
                self.view.selectRow(row)
                return

    def selected_workshop(self) -> workshops.WorkshopSummary | None:
        item: workshops.WorkshopSummary | None = self.view.selected_row()
        return item

    def show_details(self) -> None:
        workshop = self.selected_workshop()
        for widget in (self.edit_button, self.enrol_button, self.leave_button, self.certificate_button):
            widget.setEnabled(workshop is not None)
        if workshop is None:
            self.details_loader.forget()
            self.participants.set_rows([])
            self.certificates.set_rows([])
            self.participants_title.setText(self.tr("Participants"))
            return
        db, actor, workshop_id = self.context.db, self.context.actor, workshop.workshop_id

        def work() -> tuple[list[workshops.Participant], list[certificates.CertificateRow]]:
            with db.session(actor) as session:
                people = workshops.participants(session, workshop_id, local_today())
                return people, certificates.certificates(session, workshop_id=workshop_id)

        self.details_loader.run(work, lambda outcome: self._show_details(outcome, workshop.name))

    def _show_details(self, outcome: Outcome, name: str) -> None:
        if outcome.cancelled:
            return
        if outcome.error is not None:
            raise outcome.error
        people, earned = outcome.result
        self.participants.set_rows(people)
        self.certificates.set_rows(earned)
        fit_columns(self.participants_view, (1, 2))
        fit_columns(self.certificates_view, (0,))
        self.participants_title.setText(
            self.tr("Participants of {workshop} ({count})").format(workshop=name, count=len(people))
        )

    # ------------------------------------------------------------------ actions

    def _saved(self, select: str | None = None) -> None:
        self.refresh(select)
        self.changed.emit()

    def new_workshop(self) -> None:
        from vauhdittamo.ui.workshops.workshop_dialog import WorkshopDialog

        dialog = WorkshopDialog(self.context, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved(dialog.workshop_id)  # the new workshop is selected once the list is read

    def edit_workshop(self) -> None:
        from vauhdittamo.ui.workshops.workshop_dialog import WorkshopDialog

        workshop = self.selected_workshop()
        if workshop is None or not self.may_manage:
            return
        dialog = WorkshopDialog(self.context, workshop.workshop_id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved()

    def enrol_client(self) -> None:
        workshop = self.selected_workshop()
        if workshop is None:
            return
        picker = ClientPickerDialog(
            self.context, self.tr("Enrol a client in {workshop}").format(workshop=workshop.name), self
        )
        if picker.exec() != QDialog.DialogCode.Accepted or not picker.client_id:
            return
        self._run(lambda session: workshops.enrol(session, workshop.workshop_id, picker.client_id or ""))

    def end_enrolment(self) -> None:
        workshop = self.selected_workshop()
        person: workshops.Participant | None = self.participants_view.selected_row()
        if workshop is None or person is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("End enrolment"),
            self.tr("{name} leaves {workshop} today. Attendance so far stays.").format(
                name=person.name, workshop=workshop.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda session: workshops.end_enrolment(session, workshop.workshop_id, person.client_id))

    def _run(self, action: Callable[[Session], object]) -> None:
        try:
            with self.context.transaction() as session:
                action(session)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.translated(QCoreApplication.translate))
            return
        self._saved()

    def record_certificate(self) -> None:
        from vauhdittamo.ui.workshops.certificate_dialog import CertificateDialog

        workshop = self.selected_workshop()
        if workshop is None:
            return
        person: workshops.Participant | None = self.participants_view.selected_row()
        dialog = CertificateDialog(
            self.context, person.client_id if person else None, workshop_id=workshop.workshop_id, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved()

    def edit_certificate(self) -> None:
        from vauhdittamo.ui.workshops.certificate_dialog import CertificateDialog

        row: certificates.CertificateRow | None = self.certificates_view.selected_row()
        if row is None or not self.may_certify:
            return
        dialog = CertificateDialog(
            self.context, row.client_id, workshop_id=row.workshop_id, certificate_id=row.certificate_id, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved()

