"""One referral: who and where, its status history, and the changes of status it may take next."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError
from vauhdittamo.models import (
    AssessmentResult,
    PartnerCategory,
    ReferralStatus,
    ReferralUrgency,
)
from vauhdittamo.services import referrals
from vauhdittamo.services.permissions import Permission
from vauhdittamo.services.referrals import NOTE_REQUIRED, ConsentRequired, ReferralSummary, TransitionNotAllowed
from vauhdittamo.timeutil import format_local
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.referrals.referral_letter import print_letter
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

# The order in which the buttons of the next statuses are shown.
STATUS_ORDER: tuple[ReferralStatus, ...] = tuple(ReferralStatus)


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One event of the status history, as the table shows it (``occurred_at`` is UTC)."""

    event_id: str
    occurred_at: dt.datetime
    status: ReferralStatus
    staff_name: str
    note: str


class ReferralDetailDialog(QDialog):
    """The referral's details and history; one button per status it may move to now.

    Clicking a status button opens an inline note field (a reason is required for a decline) and
    "Save change" records the event. ``changed`` tells afterwards whether anything was saved.
    """

    def __init__(self, context: AppContext, referral_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.referral_id = referral_id
        self.changed = False
        self.pending_status: ReferralStatus | None = None
        self.status_buttons: dict[ReferralStatus, QPushButton] = {}
        self.summary: ReferralSummary | None = None
        self.setMinimumWidth(640)
        self.setWindowTitle(self.tr("Referral"))
        layout = QVBoxLayout(self)

        self.heading = QLabel()
        self.heading.setObjectName("dialogTitle")
        layout.addWidget(self.heading)
        header = QFormLayout()
        self.partner_label = QLabel()
        self.urgency_label = QLabel()
        self.due_label = QLabel()
        self.status_label = QLabel()
        self.sent_label = QLabel()
        self.sent_label.setObjectName("referralSent")
        self.staff_label = QLabel()
        self.staff_label.setObjectName("referralStaff")
        self.reason_title = QLabel(self.tr("Reason:"))
        self.reason_label = QLabel()
        self.note_title = QLabel(self.tr("Additional information:"))
        self.referral_note_label = QLabel()
        self.override_title = QLabel(self.tr("Sent without consent:"))
        self.override_label = QLabel()
        self.override_label.setWordWrap(True)
        for widget in (self.partner_label, self.due_label, self.override_label, self.reason_label,
                       self.referral_note_label):
            widget.setWordWrap(True)
        header.addRow(self.tr("Partner:"), self.partner_label)
        header.addRow(self.tr("Urgency:"), self.urgency_label)
        header.addRow(self.tr("Response due:"), self.due_label)
        header.addRow(self.tr("Status:"), self.status_label)
        header.addRow(self.tr("Sent:"), self.sent_label)
        header.addRow(self.tr("Referred by:"), self.staff_label)
        header.addRow(self.reason_title, self.reason_label)
        header.addRow(self.note_title, self.referral_note_label)
        header.addRow(self.override_title, self.override_label)
        layout.addLayout(header)

        history_title = QLabel(self.tr("Status history"))
        history_title.setObjectName("sectionTitle")
        layout.addWidget(history_title)
        self.history_model: RowTableModel[HistoryRow] = RowTableModel(
            [
                Column(self.tr("When"), lambda r: format_local(r.occurred_at), lambda r: (r.occurred_at, r.event_id)),
                Column(self.tr("Status"), lambda r: label(r.status)),
                Column(self.tr("Staff member"), lambda r: r.staff_name),
                Column(self.tr("Note"), lambda r: r.note),
            ]
        )
        self.history_view = RowTableView(self.history_model)
        self.history_view.set_column_widths(140, 110, 150)
        fit_columns(self.history_view)
        self.history_view.setMinimumHeight(160)
        layout.addWidget(self.history_view, 1)

        # The statuses the referral may move to now: one button each.
        self.change_title = QLabel(self.tr("Change the status:"))
        layout.addWidget(self.change_title)
        self.status_bar = QHBoxLayout()
        layout.addLayout(self.status_bar)
        self.final_hint = QLabel()
        self.final_hint.setObjectName("mutedLabel")
        self.final_hint.setWordWrap(True)
        layout.addWidget(self.final_hint)

        # The inline note of the chosen change.
        self.note_panel = QWidget()
        note_layout = QHBoxLayout(self.note_panel)
        note_layout.setContentsMargins(0, 0, 0, 0)
        self.note_label = QLabel()
        self.note_edit = QLineEdit()
        self.note_edit.returnPressed.connect(self.confirm_change)
        self.confirm_button = QPushButton(self.tr("Save change"))
        self.confirm_button.clicked.connect(self.confirm_change)
        self.cancel_change_button = QPushButton(self.tr("Cancel"))
        self.cancel_change_button.clicked.connect(self.cancel_change)
        note_layout.addWidget(self.note_label)
        note_layout.addWidget(self.note_edit, 1)
        note_layout.addWidget(self.confirm_button)
        note_layout.addWidget(self.cancel_change_button)
        self.note_panel.setVisible(False)
        layout.addWidget(self.note_panel)

        # The result of a work and functional capacity assessment (only for such referrals).
        self.assessment_panel = QWidget()
        assessment_layout = QHBoxLayout(self.assessment_panel)
        assessment_layout.setContentsMargins(0, 0, 0, 0)
        self.assessment_combo = QComboBox()
        self.assessment_combo.addItem(self.tr("No result yet"), None)
        result_names = {
            AssessmentResult.FIT_FOR_WORK: self.tr("Fit for work"),
            AssessmentResult.NEEDS_REHABILITATION: self.tr("Needs rehabilitation"),
            AssessmentResult.PENSION_RECOMMENDED: self.tr("Pension recommended"),
            AssessmentResult.OTHER: self.tr("Other result"),
        }
        for result in AssessmentResult:
            self.assessment_combo.addItem(result_names.get(result, result.value), result.value)
        self.assessment_save = QPushButton(self.tr("Save result"))
        self.assessment_save.clicked.connect(self.save_assessment)
        assessment_layout.addWidget(QLabel(self.tr("Assessment result:")))
        assessment_layout.addWidget(self.assessment_combo, 1)
        assessment_layout.addWidget(self.assessment_save)
        self.assessment_panel.setVisible(False)
        layout.addWidget(self.assessment_panel)

        self.restricted_label = QLabel(
            self.tr("Health-related referral: its reason, notes and assessment result are shown only to the "
                    "staff member who made it, the client's personal coach and administrators.")
        )
        self.restricted_label.setObjectName("warningLabel")
        self.restricted_label.setWordWrap(True)
        self.restricted_label.setVisible(False)
        layout.addWidget(self.restricted_label)

        self.message = QLabel()
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)

        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(self.tr("Print letter…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_letter)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Read the referral again and rebuild the header, the history and the buttons."""
        with self.context.transaction() as session:  # seeing health-related details is recorded
            detail = referrals.referral_detail(session, self.referral_id)
        summary, override_reason, allowed = detail.summary, detail.consent_override_reason, detail.next_statuses
        history = [HistoryRow(e.event_id, e.occurred_at, e.status, e.staff_name, e.note) for e in detail.history]
        self.summary = summary
        self.heading.setText(summary.client_name)
        self.setWindowTitle(self.tr("Referral: {client}").format(client=summary.client_name))
        self.partner_label.setText(f"{summary.organisation_name} – {summary.service_name}")
        self.urgency_label.setText(
            self.tr("Urgent") if summary.urgency == ReferralUrgency.URGENT else self.tr("Normal")
        )
        self.due_label.setText(format_date(summary.response_due))
        self.status_label.setText(label(summary.status))
        self.sent_label.setText(
            format_local(summary.sent_at) if summary.sent_at is not None
            else self.tr("Not sent yet (a draft made {when})").format(when=format_local(summary.created_at))
        )
        self.staff_label.setText(summary.staff_name or self.tr("unknown staff member"))
        self.override_title.setVisible(bool(override_reason))
        self.override_label.setVisible(bool(override_reason))
        self.override_label.setText(override_reason)
        for title, value, text in ((self.reason_title, self.reason_label, detail.reason),
                                   (self.note_title, self.referral_note_label, detail.note)):
            title.setVisible(bool(text))
            value.setVisible(bool(text))
            value.setText(text)
        if detail.restricted:  # the reason exists, but is not this staff member's to read
            self.reason_title.setVisible(True)
            self.reason_label.setVisible(True)
            self.reason_label.setText(self.tr("Not shown: a health-related detail (see below)."))
        self.reason_label.setObjectName("mutedLabel" if detail.restricted else "")
        self.reason_label.style().unpolish(self.reason_label)
        self.reason_label.style().polish(self.reason_label)
        self.history_model.set_rows(history)
        fit_columns(self.history_view, (0, 1, 2))
        self.restricted_label.setVisible(detail.restricted)
        self.print_button.setEnabled(not detail.restricted)
        self._rebuild_buttons(allowed)
        # The assessment result is a health-related detail: hidden where the details are restricted, and
        # changed only by the roles that record assessments.
        is_assessment = summary.category == PartnerCategory.WORK_CAPACITY and not detail.restricted
        self.assessment_panel.setVisible(is_assessment)
        if is_assessment:
            current = summary.assessment_result.value if summary.assessment_result is not None else None
            self.assessment_combo.setCurrentIndex(max(0, self.assessment_combo.findData(current)))
            may_record = can(self.context, Permission.RECORD_ASSESSMENT)
            self.assessment_combo.setEnabled(may_record)
            self.assessment_save.setVisible(may_record)

    def _rebuild_buttons(self, allowed: frozenset[ReferralStatus]) -> None:
        for button in self.status_buttons.values():
            self.status_bar.removeWidget(button)
            button.deleteLater()
        self.status_buttons = {}
        for status in STATUS_ORDER:
            if status not in allowed:
                continue
            button = QPushButton(label(status))
            button.setObjectName(f"status_{status.value}")
            button.clicked.connect(lambda _checked=False, s=status: self.begin_change(s))
            self.status_bar.addWidget(button)
            self.status_buttons[status] = button
        self.change_title.setVisible(bool(allowed))
        self.final_hint.setVisible(not allowed)
        if not allowed and self.summary is not None:
            self.final_hint.setText(
                self.tr("This referral is closed ({status}). A new need is a new referral.").format(
                    status=label(self.summary.status)
                )
            )

    # ------------------------------------------------------------------ changing the status

    def begin_change(self, status: ReferralStatus) -> None:
        """Open the inline note field for a change to *status*."""
        self.pending_status = status
        self.message.setVisible(False)
        if status in NOTE_REQUIRED:
            self.note_label.setText(self.tr("Reason for {status} (required):").format(status=label(status)))
            self.note_edit.setPlaceholderText(self.tr("Why the partner declined"))
        else:
            self.note_label.setText(self.tr("Note for {status} (optional):").format(status=label(status)))
            self.note_edit.setPlaceholderText("")
        self.note_edit.clear()
        self.note_panel.setVisible(True)
        self.note_edit.setFocus()

    def cancel_change(self) -> None:
        self.pending_status = None
        self.note_edit.clear()
        self.note_panel.setVisible(False)

    def confirm_change(self) -> None:
        """Record the pending change with the note; a refusal is shown and nothing is saved."""
        status = self.pending_status
        if status is None:
            return
        note = self.note_edit.text()
        try:
            with self.context.transaction() as session:
                referrals.change_status(session, self.referral_id, status, note)
        except AppError as error:
            self.show_message(error)
            return
        self.changed = True
        self.message.setVisible(False)
        self.cancel_change()
        self.reload()

    def save_assessment(self) -> None:
        value = self.assessment_combo.currentData()
        result = None if value is None else AssessmentResult(value)
        try:
            with self.context.transaction() as session:
                referrals.record_assessment_result(session, self.referral_id, result)
        except AppError as error:
            self.show_message(error)
            return
        self.changed = True
        self.message.setVisible(False)
        self.reload()

    def print_letter(self) -> None:
        """Print the referral letter (recorded in the audit trail); a refusal is shown in the dialog."""
        try:
            print_letter(self.context, self.referral_id, self)
        except AppError as error:
            self.show_message(error)

    def show_message(self, error: AppError) -> None:
        """The error's message in the dialog; statuses named in their shown form."""
        if isinstance(error, TransitionNotAllowed):
            text = QCoreApplication.translate("errors", error.template).format(
                **{"from": label(error.current), "to": label(error.to)}
            )
        elif isinstance(error, ConsentRequired):
            text = QCoreApplication.translate("errors", error.template).format(category=label(error.category))
        elif "status" in error.params:
            params = dict(error.params)
            params["status"] = label(ReferralStatus(params["status"]))
            text = QCoreApplication.translate("errors", error.template).format(**params)
        else:
            text = error.translated(QCoreApplication.translate)
        self.message.setText(text)
        self.message.setVisible(True)
