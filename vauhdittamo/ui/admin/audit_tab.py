"""The audit trail for administrators: who opened, changed, exported or erased what, and when."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError
from vauhdittamo.models import AuditAction
from vauhdittamo.services import audit, auth
from vauhdittamo.services.audit import AuditRow
from vauhdittamo.services.clients import client_name
from vauhdittamo.timeutil import format_local, local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.crash import show_error
from vauhdittamo.ui.fitting import fit_columns
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.sync.record_names import field_name
from vauhdittamo.ui.tasks import Outcome, TaskRunner
from vauhdittamo.ui.widgets.client_picker import ClientPickerDialog
from vauhdittamo.ui.widgets.page import EmptyHint
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView

PAGE_SIZE = 500
DEFAULT_DAYS = 30  # the date range shown first: the last month
DEVICE_ID_SHOWN = 8  # characters of a device id shown in the table

# What an entry is about, in words (the context is this class's, for lupdate).
ENTITY_LABELS: dict[str, str] = {
    audit.ENTITY_CLIENT: QT_TRANSLATE_NOOP("AuditTab", "Client"),
    audit.ENTITY_REFERRAL: QT_TRANSLATE_NOOP("AuditTab", "Referral"),
    audit.ENTITY_ATTENDANCE_EXPORT: QT_TRANSLATE_NOOP("AuditTab", "Attendance workbook"),
    audit.ENTITY_CLIENT_IMPORT: QT_TRANSLATE_NOOP("AuditTab", "Client import"),
    audit.ENTITY_SETTING: QT_TRANSLATE_NOOP("AuditTab", "Setting"),
    audit.ENTITY_STAFF: QT_TRANSLATE_NOOP("AuditTab", "Staff member"),
}

# The sign-in codes of the audit trail's detail (vauhdittamo.services.auth), in words.
DETAIL_TEXTS: dict[str, str] = {
    auth.FAIL_WRONG: QT_TRANSLATE_NOOP("AuditTab", "wrong password"),
    auth.FAIL_UNKNOWN: QT_TRANSLATE_NOOP("AuditTab", "no account has the name typed"),
    auth.FAIL_LOCKED: QT_TRANSLATE_NOOP("AuditTab", "the account was locked"),
    auth.FAIL_LOCKED_NOW: QT_TRANSLATE_NOOP("AuditTab", "wrong password; the account is now locked"),
    auth.FAIL_INACTIVE: QT_TRANSLATE_NOOP("AuditTab", "the account is not active"),
    auth.FAIL_NO_PASSWORD: QT_TRANSLATE_NOOP("AuditTab", "the account has no password yet"),
    auth.FAIL_WRONG_CURRENT: QT_TRANSLATE_NOOP("AuditTab", "wrong current password when changing it"),
    auth.UNLOCK: QT_TRANSLATE_NOOP("AuditTab", "unlocked the screen"),
}
SIGN_IN_ACTIONS = frozenset({AuditAction.SIGN_IN, AuditAction.SIGN_IN_FAILED})


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d.M.yyyy")
    return edit


class AuditTab(QWidget):
    """The audit trail, newest first, filtered by dates, staff member, action and client; 500 a page."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id: str | None = None
        self.offset = 0
        self.total = 0
        self._filling = False
        self.loader = TaskRunner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)

        filters = QWidget()
        filters.setObjectName("filterBar")
        rows = QVBoxLayout(filters)
        rows.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(bar)
        today = local_today()
        self.since_edit = _date_edit(today - dt.timedelta(days=DEFAULT_DAYS))
        self.since_edit.setAccessibleName(self.tr("From"))
        self.until_edit = _date_edit(today)
        self.until_edit.setAccessibleName(self.tr("To"))
        self.staff_filter = QComboBox()
        self.staff_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.staff_filter.setMinimumContentsLength(16)
        self.staff_filter.setToolTip(self.tr("Staff member"))
        self.staff_filter.setAccessibleName(self.tr("Staff member"))
        self.action_filter = QComboBox()
        self.action_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action_filter.setMinimumContentsLength(20)
        self.action_filter.setToolTip(self.tr("Action"))
        self.action_filter.setAccessibleName(self.tr("Action"))
        self.action_filter.addItem(self.tr("All actions"), None)
        for action in sorted(AuditAction, key=lambda a: label(a).casefold()):
            self.action_filter.addItem(label(action), action.value)
        self.client_button = QPushButton(self.tr("Any client"))
        self.client_button.setToolTip(self.tr("Show only the entries about one client"))
        self.client_button.clicked.connect(self.choose_client)
        self.clear_client_button = QPushButton(self.tr("All clients"))
        self.clear_client_button.setObjectName("linkButton")
        self.clear_client_button.clicked.connect(self.clear_client)
        self.clear_client_button.setVisible(False)
        since_label = QLabel(self.tr("From"))
        since_label.setBuddy(self.since_edit)
        until_label = QLabel(self.tr("to"))
        until_label.setBuddy(self.until_edit)
        bar.addWidget(since_label)
        bar.addWidget(self.since_edit)
        bar.addWidget(until_label)
        bar.addWidget(self.until_edit)
        bar.addSpacing(8)
        bar.addWidget(self.staff_filter, 1)
        bar.addWidget(self.action_filter, 1)
        # The client filter and the count on a row of their own: the first row fills a small window.
        client_row = QHBoxLayout()
        client_row.setContentsMargins(0, 0, 0, 0)
        client_row.addWidget(self.client_button)
        client_row.addWidget(self.clear_client_button)
        client_row.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("mutedLabel")
        client_row.addWidget(self.count_label)
        rows.addLayout(client_row)
        layout.addWidget(filters)
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self._filters_changed)
        for combo in (self.staff_filter, self.action_filter):
            combo.currentIndexChanged.connect(self._filters_changed)

        self.model: RowTableModel[AuditRow] = RowTableModel(
            [
                Column(self.tr("Time"), lambda r: format_local(r.at), lambda r: r.at.isoformat()),
                Column(self.tr("Staff member"), self._staff_text),
                Column(self.tr("Action"), lambda r: label(r.action)),
                Column(self.tr("What"), self._what),
                Column(self.tr("Detail"), self._detail, tooltip=lambda r: r.detail),
                Column(self.tr("Device"), self._device, tooltip=lambda r: r.device_id),
            ]
        )
        self.view = RowTableView(self.model)
        self.view.set_column_widths(150, 160, 220, 260, 260, 110)
        self.view.stretch_column(4)
        fit_columns(self.view)
        self.view.setToolTip(self.tr("Double-click an entry about a client to show only that client's entries."))
        self.view.activated.connect(lambda _index: self.filter_by_selected_client())
        layout.addWidget(self.view, 1)
        self.empty = EmptyHint(self.tr("No audit entries match the filters."))
        layout.addWidget(self.empty)

        pager = QHBoxLayout()
        pager.addStretch(1)
        self.newer_button = QPushButton(self.tr("Newer"))
        self.newer_button.clicked.connect(self.newer_page)
        self.older_button = QPushButton(self.tr("Older"))
        self.older_button.clicked.connect(self.older_page)
        pager.addWidget(self.newer_button)
        pager.addWidget(self.older_button)
        layout.addLayout(pager)

    # ------------------------------------------------------------------ cells

    def _staff_text(self, row: AuditRow) -> str:
        if row.staff_id is None and row.action in SIGN_IN_ACTIONS:
            # Nobody is signed in yet: whoever tried, by the account's name when there is one.
            return row.subject_staff_name or self.tr("Unknown user")
        if row.staff_id is None:
            return self.tr("System")
        return row.staff_name or self.tr("Removed staff member")

    def _detail(self, row: AuditRow) -> str:
        """The entry's detail in words: the sign-in codes explained, changed fields by their names."""
        source = DETAIL_TEXTS.get(row.detail)
        if source is not None:
            return QCoreApplication.translate("AuditTab", source)
        prefix, _sep, fields = row.detail.rpartition("fields=")
        if _sep and fields and " " not in fields:
            names = ", ".join(field_name(f) for f in fields.split(",") if f)
            return (prefix + self.tr("fields: {names}").format(names=names)).strip()
        return row.detail

    def _what(self, row: AuditRow) -> str:
        source = ENTITY_LABELS.get(row.entity_type)
        kind = QCoreApplication.translate("AuditTab", source) if source else row.entity_type
        if row.client_removed:
            return self.tr("{kind}: anonymised client").format(kind=kind)
        name = row.client_name or row.subject_staff_name
        if not name and row.action in SIGN_IN_ACTIONS and row.entity_type == audit.ENTITY_STAFF:
            name = self.tr("unknown user")
        if name:
            return self.tr("{kind}: {name}").format(kind=kind, name=name)
        return kind

    def _device(self, row: AuditRow) -> str:
        if row.device_id and row.device_id == self.context.db.device_id:
            return self.tr("This device")
        return row.device_id[-DEVICE_ID_SHOWN:]

    # ------------------------------------------------------------------ filters

    def _filters_changed(self) -> None:
        if not self._filling:
            self.offset = 0
            self.refresh()

    def filters(self) -> dict[str, Any]:
        """The chosen filters as keyword arguments of :func:`vauhdittamo.services.audit.browse`."""
        action = self.action_filter.currentData()
        return {
            "since": _day(self.since_edit.date()),
            "until": _day(self.until_edit.date()),
            "staff_id": self.staff_filter.currentData(),
            "action": AuditAction(action) if action else None,
            "entity_id": self.client_id,
        }

    def set_client(self, client_id: str | None, name: str = "") -> None:
        """Show only the entries about *client_id* (``None``: about anyone)."""
        self.client_id = client_id
        if client_id is None:
            self.client_button.setText(self.tr("Any client"))
        else:
            self.client_button.setText(self.tr("Client: {name}").format(name=name or self.tr("anonymised client")))
        self.clear_client_button.setVisible(client_id is not None)
        self._filters_changed()

    def choose_client(self) -> None:
        dialog = ClientPickerDialog(self.context, self.tr("Show the entries about a client"), self)
        try:
            if dialog.exec() != ClientPickerDialog.DialogCode.Accepted or dialog.client_id is None:
                return
            chosen = dialog.client_id
        finally:
            dialog.deleteLater()
        with self.context.session() as session:
            name = client_name(session, chosen)
        self.set_client(chosen, name)

    def clear_client(self) -> None:
        self.set_client(None)

    def filter_by_selected_client(self) -> None:
        row = self.view.selected_row()
        if isinstance(row, AuditRow) and row.client_id is not None:
            self.set_client(row.client_id, row.client_name)

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the staff choices and the chosen page of entries again (in the background)."""
        db, actor, filters, offset = self.context.db, self.context.actor, self.filters(), self.offset

        def work() -> tuple[list[tuple[str, str]], int, int, list[AuditRow]]:
            with db.session(actor) as session:
                members = audit.staff_members(session)
                if filters["staff_id"] is not None and all(m[0] != filters["staff_id"] for m in members):
                    filters["staff_id"] = None  # the chosen one is no longer listed: all staff, as the box shows
                total = audit.count(session, **filters)
                first = max(0, (total - 1) // PAGE_SIZE * PAGE_SIZE) if offset >= total else offset
                return members, total, first, audit.browse(session, limit=PAGE_SIZE, offset=first, **filters)

        self.loader.run(work, self._show)

    def _show(self, outcome: Outcome) -> None:
        if outcome.cancelled:
            return
        if outcome.error is not None:
            if isinstance(outcome.error, AppError):
                show_error(self, outcome.error)
                return
            raise outcome.error
        members, self.total, self.offset, rows = outcome.result
        self._fill_staff(members)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if rows:
            self.count_label.setText(
                self.tr("{first}–{last} of {total} entries").format(
                    first=self.offset + 1, last=self.offset + len(rows), total=self.total
                )
            )
        else:
            self.count_label.setText("")
        self.newer_button.setEnabled(self.offset > 0)
        self.older_button.setEnabled(self.offset + len(rows) < self.total)

    def newer_page(self) -> None:
        self.offset = max(0, self.offset - PAGE_SIZE)
        self.refresh()

    def older_page(self) -> None:
        if self.offset + PAGE_SIZE < self.total:
            self.offset += PAGE_SIZE
            self.refresh()

    def _fill_staff(self, members: list[tuple[str, str]]) -> None:
        wanted: list[tuple[str, str | None]] = [(self.tr("All staff"), None)]
        wanted += [(name, member_id) for member_id, name in members]
        combo = self.staff_filter
        if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == wanted:
            return
        current = combo.currentData()
        self._filling = True
        try:
            combo.clear()
            for text, data in wanted:
                combo.addItem(text, data)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
        finally:
            self._filling = False
