"""A workshop's details, weekly schedule and facilitators: a new workshop or an edit of one.

Sessions are generated from the weekly schedule. When the schedule changes, sessions that people have
already used (attendance, a head count, a note, a cancellation) keep their times; the rest follow.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError, ValidationError
from vauhdittamo.models import WorkshopKind
from vauhdittamo.services import staff, workshops
from vauhdittamo.services.workshops import InvalidWorkshop, SlotInput, WorkshopInput
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.partners.organisation_dialog import error_label
from vauhdittamo.ui.widgets.forms import add_error_row, confirm
from vauhdittamo.ui.widgets.page import SectionTitle

DATE_FORMAT = "d.M.yyyy"
TIME_FORMAT = "H.mm"
DEFAULT_SLOT = (1, dt.time(9, 0), dt.time(12, 0))  # Monday 9.00–12.00
# Fields with their own error line, in the order the form shows them (the first bad one gets the focus).
FIELD_ORDER = ("name", "place", "village", "capacity", "end_date", "description", "schedule", "facilitators")


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def time_edit(value: dt.time) -> QTimeEdit:
    """A wall-clock time field shown the Finnish way, ``9.00``."""
    edit = QTimeEdit(qtime(value))
    edit.setDisplayFormat(TIME_FORMAT)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit


def py_date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def py_time(edit: QTimeEdit) -> dt.time:
    value = edit.time()
    return dt.time(value.hour(), value.minute())


class ScheduleRow(QWidget):
    """One weekly slot: weekday, start and end time, and a button that removes the row.

    Signals:
        remove_requested(ScheduleRow): the row's Remove button was pressed.
    """

    remove_requested = Signal(object)

    def __init__(self, slot: SlotInput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot_id = slot.id
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.weekday = QComboBox()
        self.weekday.setObjectName("field_weekday")
        for number, name in enumerate(
            (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
             self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")),
            start=1,
        ):
            self.weekday.addItem(name, number)
        self.weekday.setCurrentIndex(max(0, self.weekday.findData(slot.weekday)))
        self.weekday.setAccessibleName(self.tr("Weekday"))
        layout.addWidget(self.weekday, 1)
        self.start = time_edit(slot.start_time)
        self.start.setAccessibleName(self.tr("Starts at"))
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–"))
        self.end = time_edit(slot.end_time)
        self.end.setAccessibleName(self.tr("Ends at"))
        layout.addWidget(self.end)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("Remove this row from the schedule"))
        self.remove_button.clicked.connect(self._remove_clicked)
        layout.addWidget(self.remove_button)

    def _remove_clicked(self) -> None:
        self.remove_requested.emit(self)

    def slot(self) -> SlotInput:
        return SlotInput(int(self.weekday.currentData()), py_time(self.start), py_time(self.end), self.slot_id)


class ScheduleEditor(QWidget):
    """The weekly schedule as a list of rows, with a button to add one.

    Signals:
        changed(): a row was added, removed or edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(6)
        layout.addLayout(self.rows_layout)
        self.empty_label = QLabel(self.tr("No weekly sessions: add extra sessions one by one in the week view."))
        self.empty_label.setObjectName("mutedLabel")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.add_button = QPushButton(self.tr("Add a weekday"))
        self.add_button.setObjectName("add_slot")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.rows: list[ScheduleRow] = []
        # The widgets the dialog puts before and after the schedule in its tab order.
        self.tab_neighbours: tuple[QWidget | None, QWidget | None] = (None, None)
        self._update_empty()

    def set_slots(self, slots: list[SlotInput]) -> None:
        for row in list(self.rows):
            self._drop(row)
        for slot in slots:
            self._append(slot)
        self._update_empty()

    def slots(self) -> list[SlotInput]:
        return [row.slot() for row in self.rows]

    def add_row(self) -> ScheduleRow:
        """A new row: the day after the last row's, at the same times (Monday 9.00–12.00 for the first)."""
        if self.rows:
            last = self.rows[-1].slot()
            slot = SlotInput(last.weekday % 7 + 1, last.start_time, last.end_time)
        else:
            slot = SlotInput(*DEFAULT_SLOT)
        row = self._append(slot)
        self._update_empty()
        row.weekday.setFocus()
        self.changed.emit()
        return row

    def remove_row(self, row: ScheduleRow) -> None:
        index = self.rows.index(row)
        self._drop(row)
        self._update_empty()
        self._fix_tab_order()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].weekday.setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def _append(self, slot: SlotInput) -> ScheduleRow:
        row = ScheduleRow(slot, self)
        row.remove_requested.connect(self.remove_row)
        row.weekday.currentIndexChanged.connect(self.changed)
        row.start.timeChanged.connect(self.changed)
        row.end.timeChanged.connect(self.changed)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self._fix_tab_order()
        return row

    def _fix_tab_order(self) -> None:
        """Tab through the rows in their order, then the Add button, between the dialog's neighbours."""
        chain: list[QWidget] = [w for r in self.rows for w in (r.weekday, r.start, r.end, r.remove_button)]
        chain.append(self.add_button)
        before, after = self.tab_neighbours
        if before is not None:
            chain.insert(0, before)
        if after is not None:
            chain.append(after)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _drop(self, row: ScheduleRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.setParent(None)
        row.deleteLater()

    def _update_empty(self) -> None:
        self.empty_label.setVisible(not self.rows)


class WorkshopDialog(QDialog):
    """A new workshop (*workshop_id* ``None``) or an edit of one.

    After ``accept()``: ``workshop_id`` is the saved workshop; ``deleted`` is ``True`` when the
    workshop was deleted instead.
    """

    def __init__(self, context: AppContext, workshop_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editing_id = workshop_id
        self.workshop_id: str | None = None
        self.deleted = False
        heading = self.tr("New workshop") if workshop_id is None else self.tr("Edit workshop")
        self.setWindowTitle(heading)
        self.setMinimumWidth(900)

        with context.session() as session:
            data = (
                workshops.workshop_input(session, workshop_id)
                if workshop_id is not None
                else WorkshopInput(name="", facilitator_ids=[context.staff_id], slots=[SlotInput(*DEFAULT_SLOT)])
            )
            people = [(m.id, m.display_name) for m in staff.active_staff(session)]
            known = {staff_id for staff_id, _name in people}
            for staff_id in data.facilitator_ids:
                if staff_id not in known:
                    name = staff.staff_name(session, staff_id)
                    if name is not None:
                        people.append((staff_id, self.tr("{name} (no longer active)").format(name=name)))

        layout = QVBoxLayout(self)
        title = QLabel(heading)
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        self.errors: dict[str, QLabel] = {}

        columns = QHBoxLayout()
        columns.setSpacing(24)
        layout.addLayout(columns, 1)
        columns.addLayout(self._build_details(), 1)
        columns.addLayout(self._build_schedule(people), 1)

        self.form_error = error_label()
        layout.addWidget(self.form_error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.delete_button = self.buttons.addButton(
            self.tr("Delete workshop…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setVisible(workshop_id is not None)
        self.delete_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        self.set_input(data)
        self.name.setFocus()

    # ------------------------------------------------------------------ building

    def _add_error(self, form: QFormLayout, field: str) -> None:
        add_error_row(form, self.errors, field)

    def _build_details(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(SectionTitle(self.tr("Details")))
        form = QFormLayout()
        form.setVerticalSpacing(4)

        self.name = QLineEdit()
        self.name.setObjectName("field_name")
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("e.g. Vauhdittamo START"))
        form.addRow(self.tr("Name"), self.name)
        self._add_error(form, "name")

        self.kind = QComboBox()
        self.kind.setObjectName("field_kind")
        for kind in WorkshopKind:
            self.kind.addItem(label(kind), kind.value)
        form.addRow(self.tr("Kind"), self.kind)

        self.place = QLineEdit()
        self.place.setObjectName("field_place")
        self.place.setMaxLength(200)
        self.place.setPlaceholderText(self.tr("e.g. Vauhdittamo, workshop room"))
        form.addRow(self.tr("Place"), self.place)
        self._add_error(form, "place")

        self.village = QLineEdit()
        self.village.setObjectName("field_village")
        self.village.setMaxLength(100)
        self.village.setPlaceholderText(self.tr("for outreach, e.g. Koli"))
        form.addRow(self.tr("Village"), self.village)
        self._add_error(form, "village")

        self.capacity = QSpinBox()
        self.capacity.setObjectName("field_capacity")
        self.capacity.setRange(0, workshops.MAX_CAPACITY)
        self.capacity.setSpecialValueText(self.tr("no limit"))
        self.capacity.setSuffix(self.tr(" people"))
        self.capacity.setToolTip(self.tr("0 = no limit"))
        self.capacity.setMinimumWidth(130)
        capacity_row = QHBoxLayout()
        capacity_row.addWidget(self.capacity)
        capacity_row.addStretch(1)
        form.addRow(self.tr("Capacity"), capacity_row)
        self._add_error(form, "capacity")

        self.start_date = QDateEdit()
        self.start_date.setObjectName("field_start_date")
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat(DATE_FORMAT)
        self.start_date.setMinimumWidth(130)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_date)
        start_row.addStretch(1)
        form.addRow(self.tr("Starts on"), start_row)
        self._add_error(form, "start_date")

        self.has_end = QCheckBox(self.tr("Ends on"))
        self.has_end.setObjectName("field_has_end")
        self.end_date = QDateEdit()
        self.end_date.setObjectName("field_end_date")
        self.end_date.setCalendarPopup(True)
        self.end_date.setDisplayFormat(DATE_FORMAT)
        self.end_date.setMinimumWidth(130)
        self.end_date.setVisible(False)
        self.has_end.toggled.connect(self._end_toggled)
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_date)
        self.open_ended = QLabel(self.tr("runs until further notice"))
        self.open_ended.setObjectName("mutedLabel")
        self.open_ended.setMinimumHeight(self.start_date.sizeHint().height())
        end_row.addWidget(self.open_ended)
        end_row.addStretch(1)
        form.addRow(self.has_end, end_row)
        self._add_error(form, "end_date")

        self.description = QPlainTextEdit()
        self.description.setObjectName("field_description")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What the workshop does and who it is for"))
        self.description.setFixedHeight(90)
        form.addRow(self.tr("Description"), self.description)
        self._add_error(form, "description")
        column.addLayout(form)
        column.addStretch(1)
        return column

    def _build_schedule(self, people: list[tuple[str, str]]) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(SectionTitle(self.tr("Weekly schedule")))
        self.schedule = ScheduleEditor()
        self.schedule.changed.connect(self._schedule_changed)
        column.addWidget(self.schedule)
        self.errors["schedule"] = error_label()
        column.addWidget(self.errors["schedule"])
        hint = QLabel(
            self.tr(
                "Sessions are generated from the schedule for the coming weeks. Sessions already used "
                "(attendance, a head count, a note or cancelled) keep their times when the schedule changes."
            )
        )
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)
        column.addWidget(hint)

        column.addSpacing(8)
        column.addWidget(SectionTitle(self.tr("Facilitators")))
        self.facilitators = QListWidget()
        self.facilitators.setObjectName("field_facilitators")
        self.facilitators.setAccessibleName(self.tr("Facilitators"))
        for staff_id, name in people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, staff_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.facilitators.addItem(item)
        self.facilitators.setMinimumHeight(110)
        self.facilitators.itemChanged.connect(self._facilitators_changed)
        column.addWidget(self.facilitators, 1)
        self.errors["facilitators"] = error_label()
        column.addWidget(self.errors["facilitators"])
        self.schedule.tab_neighbours = (self.description, self.facilitators)
        return column

    # ------------------------------------------------------------------ state

    def _schedule_changed(self) -> None:
        self.errors["schedule"].setVisible(False)

    def _facilitators_changed(self, _item: QListWidgetItem) -> None:
        self.errors["facilitators"].setVisible(False)

    def _end_toggled(self, on: bool) -> None:
        self.end_date.setVisible(on)
        self.open_ended.setVisible(not on)
        if on and self.end_date.date() < self.start_date.date():
            self.end_date.setDate(self.start_date.date())

    def set_input(self, data: WorkshopInput) -> None:
        self.name.setText(data.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind.value)))
        self.place.setText(data.place)
        self.village.setText(data.village)
        self.capacity.setValue(data.capacity or 0)
        self.start_date.setDate(qdate(data.start_date))
        self.end_date.setDate(qdate(data.end_date or data.start_date))
        self.has_end.setChecked(data.end_date is not None)
        self._end_toggled(data.end_date is not None)
        self.description.setPlainText(data.description)
        self.schedule.set_slots(data.slots)
        self.set_facilitators(data.facilitator_ids)

    def set_facilitators(self, staff_ids: list[str]) -> None:
        wanted = set(staff_ids)
        for index in range(self.facilitators.count()):
            item = self.facilitators.item(index)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def facilitator_ids(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.facilitators.item(i) for i in range(self.facilitators.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def input(self) -> WorkshopInput:
        return WorkshopInput(
            name=self.name.text(),
            kind=WorkshopKind(self.kind.currentData()),
            place=self.place.text(),
            village=self.village.text(),
            capacity=self.capacity.value() or None,
            start_date=py_date(self.start_date),
            end_date=py_date(self.end_date) if self.has_end.isChecked() else None,
            description=self.description.toPlainText(),
            facilitator_ids=self.facilitator_ids(),
            slots=self.schedule.slots(),
        )

    # ------------------------------------------------------------------ saving

    def _clear_errors(self) -> None:
        for error in (*self.errors.values(), self.form_error):
            error.setVisible(False)

    def save(self) -> None:
        self._clear_errors()
        try:
            with self.context.transaction() as session:
                if self.editing_id is None:
                    workshop_id = workshops.create_workshop(session, self.input(), today=local_today()).id
                else:
                    workshops.update_workshop(session, self.editing_id, self.input(), today=local_today())
                    workshop_id = self.editing_id
        except InvalidWorkshop as invalid:
            self._show_errors(invalid.errors)
            return
        except AppError as exc:
            self.form_error.setText(exc.translated(QCoreApplication.translate))
            self.form_error.setVisible(True)
            return
        self.workshop_id = workshop_id
        self.accept()

    def _show_errors(self, errors: list[ValidationError]) -> None:
        texts: dict[str, list[str]] = {}
        for error in errors:
            field = error.field if error.field in self.errors else ""
            texts.setdefault(field or "", []).append(error.translated(QCoreApplication.translate))
        for field, lines in texts.items():
            shown = self.errors.get(field, self.form_error)
            shown.setText("\n".join(dict.fromkeys(lines)))
            shown.setVisible(True)
        first_bad = next((f for f in FIELD_ORDER if f in texts), None)
        if first_bad is not None:
            self._widget(first_bad).setFocus()

    def _widget(self, field: str) -> QWidget:
        widgets: dict[str, QWidget] = {
            "name": self.name,
            "place": self.place,
            "village": self.village,
            "capacity": self.capacity,
            "end_date": self.end_date,
            "description": self.description,
            "facilitators": self.facilitators,
        }
        if field == "schedule":
            return self.schedule.rows[0].weekday if self.schedule.rows else self.schedule.add_button
        return widgets.get(field, self.name)

    def confirm_delete(self) -> bool:
        """Ask before deleting; tests replace this."""
        return confirm(
            self,
            self.tr("Delete workshop"),
            self.tr(
                "Delete the workshop {name} and its sessions? Attendance already marked stays in the "
                "clients' history and in the reports."
            ).format(name=self.name.text().strip()),
        )

    def delete(self) -> None:
        if self.editing_id is None or not self.confirm_delete():
            return
        self._clear_errors()
        try:
            with self.context.transaction() as session:
                workshops.delete_workshop(session, self.editing_id)
        except AppError as exc:
            self.form_error.setText(exc.translated(QCoreApplication.translate))
            self.form_error.setVisible(True)
            return
        self.workshop_id = self.editing_id
        self.deleted = True
        self.accept()
