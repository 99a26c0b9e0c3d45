"""The visit details: topics (digits 1–9 toggle them), channel, duration, note and the next step."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from vauhdittamo.models import AgeGroup, VisitChannel
from vauhdittamo.services.topics import Topic
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.labels import label, topic_label

TOPIC_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_DURATION = 15


@dataclass
class VisitDetails:
    topics: list[str] = field(default_factory=list)  # topic codes
    channel: VisitChannel = VisitChannel.WALK_IN
    duration_minutes: int = DEFAULT_DURATION
    note: str = ""
    next_step: str = ""
    next_step_date: dt.date | None = None
    age_group: AgeGroup = AgeGroup.UNKNOWN


class VisitForm(QWidget):
    """Editable visit details; ``details()`` reads them, ``set_details()`` fills them.

    Signals:
        submit_requested(): Ctrl+Enter anywhere in the form.
    """

    submit_requested = Signal()

    def __init__(self, topics: list[Topic], parent: QWidget | None = None, with_age_group: bool = True) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)

        self.topics = QListWidget()
        self.topics.setObjectName("topicList")
        self.set_topics(topics)
        self.topics.installEventFilter(self)
        self.topics.itemActivated.connect(self._toggle)
        form.addRow(self.tr("Topics"), self.topics)

        self.age_group = QComboBox()
        for group in (AgeGroup.UNKNOWN, AgeGroup.UNDER_30, AgeGroup.AGE_30_PLUS):
            self.age_group.addItem(label(group), group.value)
        self.age_group_label = self.tr("Age group")
        form.addRow(self.age_group_label, self.age_group)
        self._form = form
        self.set_age_group_visible(with_age_group)

        row = QHBoxLayout()
        self.channel = QComboBox()
        for channel in VisitChannel:
            self.channel.addItem(label(channel), channel.value)
        row.addWidget(self.channel, 1)
        self.duration = QSpinBox()
        self.duration.setRange(1, 480)
        self.duration.setSingleStep(5)
        self.duration.setValue(DEFAULT_DURATION)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration"))
        row.addWidget(self.duration)
        form.addRow(self.tr("Channel and duration"), row)

        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What was it about? (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        form.addRow(self.tr("Note"), self.note)

        self.next_step = QLineEdit()
        self.next_step.setMaxLength(400)
        self.next_step.setPlaceholderText(self.tr("Next step (optional)"))
        form.addRow(self.tr("Next step"), self.next_step)
        step = QHBoxLayout()
        self.next_step_date = QDateEdit()
        self.next_step_date.setCalendarPopup(True)
        self.next_step_date.setDisplayFormat("d.M.yyyy")
        self.next_step_date.setSpecialValueText(self.tr("no date"))
        self.next_step_date.setAccessibleName(self.tr("Date of the next step"))
        step.addWidget(self.next_step_date)
        step.addStretch(1)
        form.addRow(self.tr("Date"), step)
        self.clear()
        for widget in (self.topics, self.age_group, self.channel, self.duration, self.note, self.next_step,
                       self.next_step_date):
            widget.installEventFilter(self)

    def set_topics(self, topics: list[Topic]) -> None:
        """Offer these topics (the first nine get the digit keys 1–9)."""
        self.topics.clear()
        for number, topic in enumerate(topics, start=1):
            key = f"{number}  " if number <= 9 else "    "
            item = QListWidgetItem(key + topic_label(topic.code, topic.label))
            item.setData(TOPIC_ROLE, topic.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.topics.addItem(item)
        self._fit_topics()

    def _fit_topics(self) -> None:
        """Show every topic without scrolling (the style's padding is known only once polished)."""
        rows = min(self.topics.count(), 12) or 1
        self.topics.setFixedHeight(max(self.topics.sizeHintForRow(0), 20) * rows + 2 * self.topics.frameWidth() + 4)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self._fit_topics()
        super().showEvent(event)

    def set_age_group_visible(self, visible: bool) -> None:
        self._form.setRowVisible(self.age_group, visible)

    def clear(self, channel: VisitChannel | None = None) -> None:
        """Empty the form for the next person (the channel can stay what the desk uses)."""
        for i in range(self.topics.count()):
            self.topics.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.topics.setCurrentRow(0)
        self.age_group.setCurrentIndex(0)
        if channel is not None:
            self.channel.setCurrentIndex(self.channel.findData(channel.value))
        self.duration.setValue(DEFAULT_DURATION)
        self.note.clear()
        self.next_step.clear()
        self._reset_date()

    def _reset_date(self) -> None:
        today = local_today()
        self.next_step_date.setMinimumDate(QDate(today.year, today.month, today.day).addDays(-1))
        self.next_step_date.setDate(self.next_step_date.minimumDate())  # shows "no date"

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def toggle_topic(self, number: int) -> None:
        if 1 <= number <= self.topics.count():
            self.topics.setCurrentRow(number - 1)
            self._toggle(self.topics.item(number - 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_S):
                self.submit_requested.emit()
                return True
            if watched is self.topics and not ctrl and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                self.toggle_topic(key - Qt.Key.Key_0)
                return True
            if watched is self.topics and key == Qt.Key.Key_Space:
                item = self.topics.currentItem()
                if item is not None:
                    self._toggle(item)
                return True
        return super().eventFilter(watched, event)

    def details(self) -> VisitDetails:
        date = self.next_step_date.date()
        chosen = None if date == self.next_step_date.minimumDate() else dt.date(date.year(), date.month(), date.day())
        return VisitDetails(
            topics=[str(self.topics.item(i).data(TOPIC_ROLE)) for i in range(self.topics.count())
                    if self.topics.item(i).checkState() == Qt.CheckState.Checked],
            channel=VisitChannel(self.channel.currentData()),
            duration_minutes=self.duration.value(),
            note=self.note.toPlainText().strip(),
            next_step=self.next_step.text().strip(),
            next_step_date=chosen,
            age_group=AgeGroup(self.age_group.currentData()),
        )

    def set_details(self, details: VisitDetails) -> None:
        wanted = set(details.topics)
        for i in range(self.topics.count()):
            item = self.topics.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(TOPIC_ROLE) in wanted else Qt.CheckState.Unchecked)
        self.channel.setCurrentIndex(self.channel.findData(details.channel.value))
        self.duration.setValue(details.duration_minutes)
        self.note.setPlainText(details.note)
        self.next_step.setText(details.next_step)
        self.age_group.setCurrentIndex(max(0, self.age_group.findData(details.age_group.value)))
        self._reset_date()
        if details.next_step_date is not None:
            d = details.next_step_date
            wanted_date = QDate(d.year, d.month, d.day)
            if wanted_date <= self.next_step_date.minimumDate():
                self.next_step_date.setMinimumDate(wanted_date.addDays(-1))
            self.next_step_date.setDate(wanted_date)
