"""A competence certificate (osaamistodistus): one competence area a client has shown, recorded or edited.

Certificates make learning in the workshops visible (opinnollistaminen), step by step towards a
partial vocational qualification. The assessor is a staff member or someone from outside, such as
a vocational school's teacher.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.services import certificates, clients, staff, workshops
from vauhdittamo.services.certificates import CertificateInput
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.partners.organisation_dialog import error_label
from vauhdittamo.ui.widgets.client_picker import ClientPickerDialog
from vauhdittamo.ui.widgets.forms import add_error_row, confirm
from vauhdittamo.ui.workshops.workshop_dialog import DATE_FORMAT, py_date, qdate

# The "someone else" entry of the assessor list: an outside assessor written by name.
OUTSIDE_ASSESSOR = ""


def completer(words: list[str], parent: QWidget) -> QCompleter:
    """Suggestions from earlier entries, matching anywhere in the text and ignoring case."""
    found = QCompleter(words, parent)
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    found.setFilterMode(Qt.MatchFlag.MatchContains)
    return found


class CertificateDialog(QDialog):
    """Record a certificate for *client_id* (or a client chosen here), or edit *certificate_id*.

    After ``accept()``: ``certificate_id`` is the saved certificate; ``deleted`` is ``True`` when
    it was deleted instead.
    """

    def __init__(
        self,
        context: AppContext,
        client_id: str | None,
        workshop_id: str | None = None,
        certificate_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.editing_id = certificate_id
        self.certificate_id: str | None = None
        self.deleted = False
        self._today = local_today()

        with context.session() as session:
            if certificate_id is not None:
                data = certificates.certificate_input(session, certificate_id)
            else:
                data = CertificateInput(
                    client_id=client_id or "",
                    competence_area="",
                    workshop_id=workshop_id,
                    awarded_on=self._today,
                    assessed_by_id=context.staff_id,
                )
            self.client_id: str | None = data.client_id or None
            client_name = clients.client_name(session, self.client_id) if self.client_id else ""
            areas = certificates.known_competence_areas(session)
            qualifications = certificates.known_qualifications(session)
            workshop_choices = [(w.workshop_id, w.name) for w in workshops.list_workshops(session, today=self._today)]
            people = [(m.id, m.display_name) for m in staff.active_staff(session)]
            if data.assessed_by_id and data.assessed_by_id not in {staff_id for staff_id, _name in people}:
                name = staff.staff_name(session, data.assessed_by_id)
                if name is not None:
                    people.append((data.assessed_by_id, name))

        heading = (
            self.tr("Record a competence certificate") if certificate_id is None
            else self.tr("Edit competence certificate")
        )
        self.setWindowTitle(heading)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        title = QLabel(heading)
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr("One competence area the client has shown, towards a vocational qualification."))
        intro.setObjectName("mutedLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(6)

        form = QFormLayout()
        form.setVerticalSpacing(4)
        self.errors: dict[str, QLabel] = {}

        client_row = QHBoxLayout()
        self.client_label = QLabel()
        client_row.addWidget(self.client_label, 1)
        self.choose_client_button = QPushButton(self.tr("Choose client…"))
        self.choose_client_button.setAutoDefault(False)
        self.choose_client_button.clicked.connect(self.choose_client)
        self.choose_client_button.setVisible(client_id is None and certificate_id is None)
        client_row.addWidget(self.choose_client_button)
        form.addRow(self.tr("Client"), client_row)
        self._add_error(form, "client")
        self._show_client(client_name)

        self.competence_area = QLineEdit(data.competence_area)
        self.competence_area.setObjectName("field_competence_area")
        self.competence_area.setMaxLength(200)
        self.competence_area.setPlaceholderText(self.tr("e.g. Customer service at the cash desk"))
        self.competence_area.setCompleter(completer(areas, self))
        form.addRow(self.tr("Competence area"), self.competence_area)
        self._add_error(form, "competence_area")

        self.qualification = QLineEdit(data.qualification)
        self.qualification.setObjectName("field_qualification")
        self.qualification.setMaxLength(200)
        self.qualification.setPlaceholderText(self.tr("e.g. Vocational qualification in Business, partial"))
        self.qualification.setCompleter(completer(qualifications, self))
        form.addRow(self.tr("Qualification"), self.qualification)
        self._add_error(form, "qualification")

        self.workshop = QComboBox()
        self.workshop.setObjectName("field_workshop")
        self.workshop.addItem(self.tr("(none)"), None)
        for choice_id, name in workshop_choices:
            self.workshop.addItem(name, choice_id)
        self.workshop.setCurrentIndex(max(0, self.workshop.findData(data.workshop_id)) if data.workshop_id else 0)
        form.addRow(self.tr("Workshop"), self.workshop)
        self._add_error(form, "workshop")

        self.awarded_on = QDateEdit(qdate(data.awarded_on or self._today))
        self.awarded_on.setObjectName("field_awarded_on")
        self.awarded_on.setCalendarPopup(True)
        self.awarded_on.setDisplayFormat(DATE_FORMAT)
        self.awarded_on.setMinimumWidth(130)
        calendar = self.awarded_on.calendarWidget()
        if calendar is not None:
            calendar.setMaximumDate(qdate(self._today))  # future days cannot be picked
        date_row = QHBoxLayout()
        date_row.addWidget(self.awarded_on)
        date_row.addStretch(1)
        form.addRow(self.tr("Date"), date_row)
        self._add_error(form, "awarded_on")

        self.assessor = QComboBox()
        self.assessor.setObjectName("field_assessor")
        for staff_id, name in people:
            self.assessor.addItem(name, staff_id)
        self.assessor.addItem(self.tr("Someone else (write the name)"), OUTSIDE_ASSESSOR)
        form.addRow(self.tr("Assessed by"), self.assessor)
        self.assessor_name = QLineEdit(data.assessor_name)
        self.assessor_name.setObjectName("field_assessor_name")
        self.assessor_name.setMaxLength(120)
        self.assessor_name.setPlaceholderText(self.tr("e.g. a vocational school's teacher"))
        form.addRow(self.tr("Assessor's name"), self.assessor_name)
        self._add_error(form, "assessor")

        self.note = QPlainTextEdit(data.note)
        self.note.setObjectName("field_note")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("optional, e.g. how the competence was shown"))
        self.note.setFixedHeight(70)
        form.addRow(self.tr("Note"), self.note)
        self._add_error(form, "note")
        layout.addLayout(form)

        self.form_error = error_label()
        layout.addWidget(self.form_error)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.delete_button = self.buttons.addButton(
            self.tr("Delete certificate…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setAutoDefault(False)
        self.delete_button.setVisible(certificate_id is not None)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        self.assessor.currentIndexChanged.connect(self._assessor_changed)
        if data.assessed_by_id is None:
            self.assessor.setCurrentIndex(self.assessor.count() - 1)
        else:
            self.assessor.setCurrentIndex(max(0, self.assessor.findData(data.assessed_by_id)))
        self._assessor_changed()
        self.competence_area.textEdited.connect(self._area_typed)
        self.awarded_on.dateChanged.connect(self._date_changed)

        if self.client_id is None:
            self.choose_client_button.setFocus()
        else:
            self.competence_area.setFocus()

    # ------------------------------------------------------------------ building and state

    def _add_error(self, form: QFormLayout, field: str) -> None:
        add_error_row(form, self.errors, field)

    def _show_client(self, name: str) -> None:
        font = self.client_label.font()
        font.setBold(bool(name))
        self.client_label.setFont(font)
        self.client_label.setText(name or self.tr("No client chosen yet"))

    def set_client(self, client_id: str) -> None:
        """Make the certificate *client_id*'s."""
        with self.context.session() as session:
            name = clients.client_name(session, client_id)
        self.client_id = client_id
        self._show_client(name)
        self.errors["client"].setVisible(False)

    def choose_client(self) -> None:
        picker = ClientPickerDialog(self.context, self.tr("Whose certificate?"), self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.client_id:
            self.set_client(picker.client_id)
            self.competence_area.setFocus()

    def _area_typed(self, _text: str) -> None:
        self.errors["competence_area"].setVisible(False)

    def _date_changed(self, _date: QDate) -> None:
        self.errors["awarded_on"].setVisible(False)

    def outside_assessor(self) -> bool:
        return bool(self.assessor.currentData() == OUTSIDE_ASSESSOR)

    def _assessor_changed(self) -> None:
        outside = self.outside_assessor()
        self.assessor_name.setEnabled(outside)
        self.errors["assessor"].setVisible(False)
        if outside:
            self.assessor_name.setFocus()

    def input(self) -> CertificateInput:
        outside = self.outside_assessor()
        awarded_on = py_date(self.awarded_on)
        return CertificateInput(
            client_id=self.client_id or "",
            competence_area=self.competence_area.text(),
            qualification=self.qualification.text(),
            workshop_id=self.workshop.currentData() or None,
            awarded_on=awarded_on,
            assessed_by_id=None if outside else str(self.assessor.currentData()),
            assessor_name=self.assessor_name.text() if outside else "",
            note=self.note.toPlainText(),
        )

    # ------------------------------------------------------------------ saving

    def _clear_errors(self) -> None:
        for error in (*self.errors.values(), self.form_error):
            error.setVisible(False)

    def _show_error(self, error: AppError) -> None:
        field = error.field if isinstance(error, ValidationError) else None
        if field == "assessor_name":
            field = "assessor"
        shown = self.errors.get(field or "", self.form_error)
        shown.setText(error.translated(QCoreApplication.translate))
        shown.setVisible(True)
        focus: dict[str, QWidget] = {
            "client": self.choose_client_button if self.choose_client_button.isVisible() else self.competence_area,
            "competence_area": self.competence_area,
            "qualification": self.qualification,
            "workshop": self.workshop,
            "awarded_on": self.awarded_on,
            "assessor": self.assessor_name if self.outside_assessor() else self.assessor,
            "note": self.note,
        }
        widget = focus.get(field or "")
        if widget is not None:
            widget.setFocus()

    def save(self) -> None:
        self._clear_errors()
        if self.client_id is None:
            self.errors["client"].setText(self.tr("Choose the client first."))
            self.errors["client"].setVisible(True)
            self.choose_client_button.setFocus()
            return
        try:
            with self.context.transaction() as session:
                if self.editing_id is None:
                    certificate_id = certificates.record_certificate(session, self.input(), today=self._today).id
                else:
                    certificates.update_certificate(session, self.editing_id, self.input(), today=self._today)
                    certificate_id = self.editing_id
        except AppError as error:
            self._show_error(error)
            return
        self.certificate_id = certificate_id
        self.accept()

    def confirm_delete(self) -> bool:
        """Ask before deleting; tests replace this."""
        return confirm(
            self,
            self.tr("Delete certificate"),
            self.tr("Delete the certificate for “{area}”? Do this only when it was recorded by mistake.").format(
                area=self.competence_area.text().strip()
            ),
        )

    def delete(self) -> None:
        if self.editing_id is None or not self.confirm_delete():
            return
        self._clear_errors()
        try:
            with self.context.transaction() as session:
                certificates.delete_certificate(session, self.editing_id)
        except AppError as error:
            self._show_error(error)
            return
        self.certificate_id = self.editing_id
        self.deleted = True
        self.accept()

