"""A new referral of one client to a partner service, with the consent gate in plain words.

The form offers the services that take referrals now (:func:`partner_directory.referable_services`),
grouped under their category. When the referral shares the client's data and the client has not
consented to sharing data with the service's category, a warning box says so and offers two ways
forward: record the consent now, or write why the referral goes ahead without it (the override is
recorded on the referral).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.models import ConsentKind, PartnerCategory, ReferralUrgency
from vauhdittamo.services import client_card, clients, partner_directory, referrals
from vauhdittamo.services.partner_directory import ServiceChoice
from vauhdittamo.services.referrals import OVERRIDE_REASON_LIMIT, ConsentRequired
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.fitting import keep_contents_visible
from vauhdittamo.ui.labels import label

# Form fields that show their own error; a service error without one of these goes to ``general``.
ERROR_FIELDS = ("partner_service", "reason", "urgency", "response_due", "note", "consent_override_reason")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ReferralDialog(QDialog):
    """The new-referral form. After ``accept()``: ``referral_id`` and whether it was ``sent``."""

    def __init__(self, context: AppContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.referral_id: str | None = None
        self.sent = False
        self._today = local_today()
        self.setWindowTitle(self.tr("New referral"))

        with context.session() as session:
            self.client_name = clients.client_name(session, client_id)
            self.choices: dict[str, ServiceChoice] = {
                c.service_id: c for c in partner_directory.referable_services(session)
            }

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("New referral for {name}").format(name=self.client_name))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)

        form = QFormLayout()
        form.setVerticalSpacing(4)
        self.errors: dict[str, QLabel] = {}

        self.service = QComboBox()
        self.service.setObjectName("field_partner_service")
        self._fill_services()
        form.addRow(self.tr("Partner service"), self.service)
        self.category_label = QLabel()
        self.category_label.setObjectName("hint")
        form.addRow("", self.category_label)
        self._add_error(form, "partner_service")

        self.reason = QPlainTextEdit()
        self.reason.setObjectName("field_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why the client is referred, in a few sentences"))
        self.reason.setFixedHeight(80)
        form.addRow(self.tr("Reason"), self.reason)
        self._add_error(form, "reason")

        self.urgency = QComboBox()
        self.urgency.setObjectName("field_urgency")
        self.urgency.addItem(self.tr("Normal"), ReferralUrgency.NORMAL.value)
        self.urgency.addItem(self.tr("Urgent"), ReferralUrgency.URGENT.value)
        form.addRow(self.tr("Urgency"), self.urgency)
        self._add_error(form, "urgency")

        self.response_due = QDateEdit()
        self.response_due.setObjectName("field_response_due")
        self.response_due.setCalendarPopup(True)
        self.response_due.setDisplayFormat("d.M.yyyy")
        self.response_due.setMinimumDate(_qdate(self._today))
        form.addRow(self.tr("Response due"), self.response_due)
        self._add_error(form, "response_due")

        self.note = QPlainTextEdit()
        self.note.setObjectName("field_note")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("optional"))
        self.note.setFixedHeight(60)
        form.addRow(self.tr("Note"), self.note)
        self._add_error(form, "note")

        self.shares_data = QCheckBox(self.tr("The referral shares the client's data with the partner"))
        self.shares_data.setObjectName("field_shares_data")
        self.shares_data.setChecked(True)
        form.addRow("", self.shares_data)
        layout.addLayout(form)

        self.consent_box = QFrame()
        self.consent_box.setObjectName("warningBox")
        box = QVBoxLayout(self.consent_box)
        self.consent_text = QLabel()
        self.consent_text.setWordWrap(True)
        box.addWidget(self.consent_text)
        self.record_consent_button = QPushButton(self.tr("Record consent now"))
        self.record_consent_button.clicked.connect(self.record_consent)
        # Enter always sends: a button Tab passed through must not become the one Enter presses.
        self.record_consent_button.setAutoDefault(False)
        box.addWidget(self.record_consent_button)
        box.addWidget(QLabel(self.tr("Or write why the referral goes ahead without consent:")))
        self.override_reason = QLineEdit()
        self.override_reason.setObjectName("field_consent_override_reason")
        self.override_reason.setMaxLength(OVERRIDE_REASON_LIMIT)
        self.override_reason.setPlaceholderText(self.tr("e.g. the client agreed by phone, written consent to follow"))
        box.addWidget(self.override_reason)
        self.errors["consent_override_reason"] = self._error_label()
        box.addWidget(self.errors["consent_override_reason"])
        self.consent_box.setVisible(False)
        layout.addWidget(self.consent_box)

        self.general_error = self._error_label()
        layout.addWidget(self.general_error)
        layout.addStretch(1)  # spare height below the form, not between its rows

        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton(self.tr("Send now"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.draft_button = self.buttons.addButton(self.tr("Save as draft"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.send_button.setDefault(True)
        for secondary in (self.draft_button, self.cancel_button):
            secondary.setAutoDefault(False)
        self.send_button.clicked.connect(lambda: self.save(send=True))
        self.draft_button.clicked.connect(lambda: self.save(send=False))
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.save(send=True))

        self.service.currentIndexChanged.connect(self._service_changed)
        self.shares_data.toggled.connect(self._update_consent_box)
        self.override_reason.textEdited.connect(lambda _text: self.errors["consent_override_reason"].setVisible(False))
        self.reason.textChanged.connect(lambda: self.errors["reason"].setVisible(False))
        self._service_changed()
        keep_contents_visible(self)
        self.service.setFocus()

    # ------------------------------------------------------------------ building

    def _error_label(self) -> QLabel:
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setVisible(False)
        return error

    def _add_error(self, form: QFormLayout, name: str) -> None:
        self.errors[name] = self._error_label()
        form.addRow("", self.errors[name])

    def _fill_services(self) -> None:
        """The services under a header per category (headers cannot be chosen)."""
        model = self.service.model()
        assert isinstance(model, QStandardItemModel)
        category: PartnerCategory | None = None
        for choice in self.choices.values():
            if choice.category != category:
                category = choice.category
                self.service.addItem(label(category), None)
                header = model.item(self.service.count() - 1)
                header.setFlags(header.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable))
            self.service.addItem("    " + choice.label, choice.service_id)
            self.service.setItemData(self.service.count() - 1, label(choice.category), Qt.ItemDataRole.ToolTipRole)
        first = next((i for i in range(self.service.count()) if self.service.itemData(i)), -1)
        self.service.setCurrentIndex(first)

    # ------------------------------------------------------------------ state

    def current_choice(self) -> ServiceChoice | None:
        service_id = self.service.currentData()
        return None if service_id is None else self.choices.get(service_id)

    def select_service(self, service_id: str) -> None:
        """Choose the service with this id (for callers that know where the client goes)."""
        index = self.service.findData(service_id)
        if index >= 0:
            self.service.setCurrentIndex(index)

    def _service_changed(self) -> None:
        choice = self.current_choice()
        self.errors["partner_service"].setVisible(False)
        if choice is None:
            self.category_label.setText("")
        else:
            self.category_label.setText(self.tr("Category: {category}").format(category=label(choice.category)))
            self.response_due.setDate(_qdate(self._today + dt.timedelta(days=choice.response_days)))
        self._update_consent_box()

    def needs_consent(self) -> bool:
        """Whether the referral shares data with a category the client has not consented to."""
        choice = self.current_choice()
        if choice is None or not self.shares_data.isChecked():
            return False
        with self.context.session() as session:
            return not referrals.consent_status(session, self.client_id, choice.category).has_consent

    def _update_consent_box(self) -> None:
        needed = self.needs_consent()
        choice = self.current_choice()
        if needed and choice is not None:
            self.consent_text.setText(
                self.tr(
                    "{name} has not given consent to share their data with {category}. Ask the client and "
                    "record the consent now, or write why the referral goes ahead without it."
                ).format(name=self.client_name, category=label(choice.category))
            )
        else:
            self.errors["consent_override_reason"].setVisible(False)
        if needed != self.consent_box.isVisibleTo(self):
            self.consent_box.setVisible(needed)
            keep_contents_visible(self)

    def record_consent(self) -> None:
        """Record the client's consent to share data with the chosen service's category."""
        choice = self.current_choice()
        if choice is None:
            return
        try:
            with self.context.transaction() as session:
                client_card.add_consent(
                    session, self.client_id, ConsentKind.SHARE_DATA, choice.category, ""
                )
        except AppError as error:
            # Most likely recorded meanwhile elsewhere: the box below shows how things stand now.
            self.errors["consent_override_reason"].setText(error.translated(QCoreApplication.translate))
            self.errors["consent_override_reason"].setVisible(True)
        self._update_consent_box()
        if not self.consent_box.isVisible():
            self.reason.setFocus()

    # ------------------------------------------------------------------ saving

    def _show_error(self, field: str | None, text: str) -> None:
        target = self.errors.get(field or "", self.general_error)
        target.setText(text)
        target.setVisible(True)
        keep_contents_visible(self)

    def save(self, send: bool) -> None:
        for error_label in (*self.errors.values(), self.general_error):
            error_label.setVisible(False)
        choice = self.current_choice()
        if choice is None:
            self._show_error("partner_service", self.tr("Choose the partner service."))
            self.service.setFocus()
            return
        needed = self.needs_consent()
        self.consent_box.setVisible(needed)
        try:
            with self.context.transaction() as session:
                referral = referrals.create_referral(
                    session,
                    client_id=self.client_id,
                    partner_service_id=choice.service_id,
                    staff_id=self.context.staff_id,
                    reason=self.reason.toPlainText(),
                    urgency=ReferralUrgency(self.urgency.currentData()),
                    response_due=_pydate(self.response_due.date()),
                    note=self.note.toPlainText(),
                    shares_data=self.shares_data.isChecked(),
                    consent_override_reason=self.override_reason.text() if needed else None,
                    send=send,
                    today=self._today,
                )
                referral_id = referral.id
        except ConsentRequired as error:
            self._update_consent_box()
            self.consent_box.setVisible(True)
            text = QCoreApplication.translate("errors", error.template).format(category=label(error.category))
            self._show_error("consent_override_reason", text)
            self.override_reason.setFocus()
            return
        except ValidationError as error:
            self._show_error(error.field, error.translated(QCoreApplication.translate))
            focus = {"reason": self.reason, "consent_override_reason": self.override_reason,
                     "partner_service": self.service, "response_due": self.response_due, "note": self.note}
            widget = focus.get(error.field or "")
            if widget is not None:
                widget.setFocus()
            return
        except AppError as error:
            self._show_error(None, error.translated(QCoreApplication.translate))
            return
        self.referral_id = referral_id
        self.sent = send
        self.accept()
