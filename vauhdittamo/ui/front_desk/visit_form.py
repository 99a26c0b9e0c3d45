"""The visit details: topics (digits 1–9 toggle them), channel, duration, note and the next step."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.models import AgeGroup, VisitChannel
from vauhdittamo.services.topics import Topic
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.labels import label, topic_label
from vauhdittamo.ui.widgets.forms import is_signing_out

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


class NextStepDateEdit(QDateEdit):
    """A date field whose Tab always moves on to the next field.

    A QDateEdit uses Tab to step through its day, month and year; showing its special value
    ("no date") it has no section to step to, and Tab never left the field. The sections are still
    reached with ← and →, or by typing the dots.
    """

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt API
        return QWidget.focusNextPrevChild(self, next)


class VisitForm(QWidget):
    """Editable visit details; ``details()`` reads them, ``set_details()`` fills them.

    Signals:
        submit_requested(): Ctrl+Enter anywhere in the form.
    """

    submit_requested = Signal()

    def __init__(self, topics: list[Topic], parent: QWidget | None = None, with_age_group: bool = True) -> None:
        super().__init__(parent)
        # The fields scroll where a small window cannot show them all; nothing is squeezed on top of another.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("visitFormScroll")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll_area)
        self.scroll_area.viewport().setAutoFillBackground(False)
        self.fields = QWidget()
        self.fields.setObjectName("visitFields")
        self.fields.setAutoFillBackground(False)
        self.scroll_area.setWidget(self.fields)
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 4, 0)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow window puts fields below labels

        # Every topic shows at once (no scrolling), one per line; digits 1–9 toggle the first nine.
        self.topics = QListWidget()
        self.topics.setObjectName("topicList")
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.topics.setAccessibleName(self.tr("Topics"))
        self.set_topics(topics)
        self.topics.installEventFilter(self)
        self.topics.itemActivated.connect(self._toggle)
        form.addRow(self._label(self.tr("Topics"), self.topics), self.topics)
        self.topics_error = QLabel(self.tr("Choose at least one topic: press its number (1–9)."))
        self.topics.itemChanged.connect(lambda _item: self.topics_error.setVisible(False))
        self.topics_error.setObjectName("fieldError")
        self.topics_error.setWordWrap(True)
        form.addRow("", self.topics_error)
        self._form = form
        self.topics_error.setVisible(False)

        self.age_group = QComboBox()
        for group in (AgeGroup.UNKNOWN, AgeGroup.UNDER_30, AgeGroup.AGE_30_PLUS):
            self.age_group.addItem(label(group), group.value)
        self._shrinkable(self.age_group)
        self.age_group_label = self._label(self.tr("Age group"), self.age_group)
        form.addRow(self.age_group_label, self.age_group)
        self.set_age_group_visible(with_age_group)

        row = QHBoxLayout()
        self.channel = QComboBox()
        for channel in VisitChannel:
            self.channel.addItem(label(channel), channel.value)
        self._shrinkable(self.channel)
        self.channel.setAccessibleName(self.tr("Channel"))
        row.addWidget(self.channel, 1)
        self.duration = QSpinBox()
        self.duration.setRange(1, 480)
        self.duration.setSingleStep(5)
        self.duration.setValue(DEFAULT_DURATION)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration"))
        self.duration.setToolTip(self.tr("Duration"))
        row.addWidget(self.duration)
        form.addRow(self._label(self.tr("Channel"), self.channel), row)

        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What was it about? (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        self._fit_note()
        form.addRow(self._label(self.tr("Note"), self.note), self.note)

        self.next_step = QLineEdit()
        self.next_step.setMaxLength(400)
        self.next_step.setPlaceholderText(self.tr("Next step (optional)"))
        self.next_step.setAccessibleName(self.tr("Next step"))
        form.addRow(self._label(self.tr("Next step"), self.next_step), self.next_step)
        step = QHBoxLayout()
        self.next_step_date = NextStepDateEdit()
        self.next_step_date.setCalendarPopup(True)
        self.next_step_date.setDisplayFormat("d.M.yyyy")
        self.next_step_date.setSpecialValueText(self.tr("no date"))
        self.next_step_date.setAccessibleName(self.tr("Date of the next step"))
        step.addWidget(self.next_step_date)
        step.addStretch(1)
        form.addRow(self._label(self.tr("Date"), self.next_step_date), step)
        self.clear()
        for widget in (self.topics, self.age_group, self.channel, self.duration, self.note, self.next_step,
                       self.next_step_date):
            widget.installEventFilter(self)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        """A field's visible label, linked to it (a screen reader names the field; a click focuses it)."""
        caption = QLabel(text)
        caption.setBuddy(buddy)
        return caption

    @staticmethod
    def _shrinkable(combo: QComboBox) -> None:
        """A choice box that may be narrower than its longest item (the open list still shows it whole)."""
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)

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
        self.topics.ensurePolished()  # the style sheet's padding sets the row height
        rows = min(self.topics.count(), 12) or 1
        self.topics.setFixedHeight(max(self.topics.sizeHintForRow(0), 18) * rows + 2 * self.topics.frameWidth() + 2)

    def _fit_note(self) -> None:
        # Two lines of the note, whatever the font: the form stays short enough for a 640-pixel window.
        self.note.ensurePolished()
        line = self.note.fontMetrics().lineSpacing()
        margins = self.note.contentsMargins()
        self.note.setFixedHeight(2 * line + int(2 * self.note.document().documentMargin())
                                 + margins.top() + margins.bottom() + 2)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self._fit_topics()
        self._fit_note()
        self.updateGeometry()
        super().showEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Every field without scrolling, no wider than needed (the front desk shares its width)."""
        inner = self.fields.sizeHint()
        return QSize(self.fields.minimumSizeHint().width() + 40, inner.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as the fields allow; as low as the topics' first rows (the rest scrolls)."""
        inner = self.fields.minimumSizeHint()
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + bar, min(inner.height(), 120))

    def set_age_group_visible(self, visible: bool) -> None:
        self._form.setRowVisible(self.age_group, visible)
        self.updateGeometry()  # the height this form wants changed (the page lays out again)

    # ------------------------------------------------------------------ before saving or leaving

    def check_topics(self) -> bool:
        """True when a topic is chosen (or none is offered); otherwise say so under the topics and focus them."""
        if self.topics.count() == 0 or self.details().topics:
            self.topics_error.setVisible(False)
            return True
        self.topics_error.setVisible(True)
        self.topics.setFocus()
        return False

    def has_typed_text(self) -> bool:
        """Whether a note or a next step was typed (what Esc would throw away)."""
        return bool(self.note.toPlainText().strip() or self.next_step.text().strip())

    def confirm_discard(self, typed_before: VisitDetails | None = None) -> bool:
        """True when the form may be left: nothing typed, or the user agreed to discard it.

        *typed_before* is what the form held when it was opened (editing a saved visit): only text
        changed since then counts.
        """
        if is_signing_out():
            return True
        if typed_before is not None:
            now = self.details()
            unchanged = (now.note, now.next_step) == (typed_before.note.strip(), typed_before.next_step.strip())
        else:
            unchanged = not self.has_typed_text()
        if unchanged:
            return True
        answer = QMessageBox.question(
            self.window(),
            self.tr("Unsaved note"),
            self.tr("Discard the unsaved note?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            return True
        (self.note if self.note.toPlainText().strip() else self.next_step).setFocus()
        return False

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
        self.topics_error.setVisible(False)
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

    def _show_whole(self, field: QWidget) -> None:
        """Scroll the whole field into view (ensureWidgetVisible would show only its text cursor)."""
        if not self.fields.isAncestorOf(field):
            return
        centre = field.mapTo(self.fields, field.rect().center())
        self.scroll_area.ensureVisible(centre.x(), centre.y(), field.width() // 2 + 4, field.height() // 2 + 4)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            # Once the layout has settled (a focused field's frame may change it): show the whole field.
            QTimer.singleShot(0, lambda field=watched: self._show_whole(field))
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
