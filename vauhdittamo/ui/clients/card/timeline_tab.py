"""The Timeline tab of the client card: everything that happened to the client, newest first, and notes."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from vauhdittamo.models import PathState, VisitTopic
from vauhdittamo.services import client_card as cards
from vauhdittamo.services import topics
from vauhdittamo.services.client_card import ClientCard, TimelineEvent, TimelineKind
from vauhdittamo.ui.clients.card.card_tab import CardTab
from vauhdittamo.ui.clients.card.widgets import button, button_row, error_label, one_line
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date, format_local_time, format_time
from vauhdittamo.ui.labels import label, topic_label, topic_names
from vauhdittamo.ui.widgets.page import EmptyHint
from vauhdittamo.ui.widgets.table_model import Column, RowTableModel
from vauhdittamo.ui.widgets.table_view import RowTableView


def _when_key(event: TimelineEvent) -> str:
    day, all_day, when, ref_id = event.sort_key
    return f"{day.isoformat()} {int(all_day)} {when.isoformat()} {ref_id}"


class TimelineTab(CardTab):
    """The client's timeline, filtered by kind, with a box for writing a note (Ctrl+Enter adds it).

    Visit topics are shown by the centre's topic list, read again with each card.
    """

    def __init__(self, context: AppContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, client_id, parent)
        self._topic_names: dict[str, str] = {}
        bar = QHBoxLayout()
        show = QLabel(self.tr("Show"))
        bar.addWidget(show)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All events"), "")
        for kind in TimelineKind:
            self.kind_filter.addItem(label(kind), kind.value)
        self.kind_filter.currentIndexChanged.connect(self._show_events)
        show.setBuddy(self.kind_filter)
        bar.addWidget(self.kind_filter)
        bar.addStretch(1)
        self.timeline_count = QLabel()
        self.timeline_count.setObjectName("mutedLabel")
        bar.addWidget(self.timeline_count)
        self.body.addLayout(bar)

        self.timeline_model: RowTableModel[TimelineEvent] = RowTableModel(
            [
                Column(self.tr("When"), self._when, _when_key),
                Column(self.tr("Kind"), lambda e: label(e.kind)),
                Column(self.tr("What"), self.event_title, tooltip=self._event_tooltip),
                Column(self.tr("Details", "timeline column"), self.event_detail, tooltip=self._event_tooltip),
                Column(self.tr("Staff"), lambda e: e.staff_name),
            ]
        )
        self.timeline_view = RowTableView(self.timeline_model)
        self.timeline_view.set_column_widths(150, 110, 280, 300, 150)
        self.timeline_view.stretch_column(3)
        self.body.addWidget(self.timeline_view, 1)
        self.timeline_empty = EmptyHint(self.tr("Nothing on the timeline yet."))
        self.body.addWidget(self.timeline_empty)
        self.body.addWidget(self._build_note_box())
        self._note_changed()

    def _build_note_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Add a note"))
        note_layout = QVBoxLayout(group)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("Write a note on the client's timeline (Ctrl+Enter adds it)"))
        self.note_edit.setFixedHeight(76)
        self.note_edit.textChanged.connect(self._note_changed)
        note_layout.addWidget(self.note_edit)
        self.note_error = error_label()
        note_layout.addWidget(self.note_error)
        self.note_counter = QLabel()
        self.note_counter.setObjectName("mutedLabel")
        self.add_note_button = button(self.tr("Add note"), primary=True)
        self.add_note_button.setEnabled(False)
        self.add_note_button.clicked.connect(self.add_note)
        note_layout.addLayout(button_row(self.add_note_button, self.note_counter))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.note_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.add_note)
        return group

    # ------------------------------------------------------------------ showing

    def _fill(self, card: ClientCard) -> None:
        with self.context.session() as session:
            self._topic_names = topic_names(topics.topics(session, include_inactive=True))
        self._show_events()

    def _show_events(self) -> None:
        events = self.card.timeline if self.card else ()
        kind = self.kind_filter.currentData()
        shown = [e for e in events if e.kind == kind] if kind else list(events)
        self.timeline_model.set_rows(shown)
        if kind:
            self.timeline_count.setText(self.tr("{shown} of %n event(s)", "", len(events)).format(shown=len(shown)))
        else:
            self.timeline_count.setText(self.tr("%n event(s)", "", len(shown)))
        self.timeline_empty.setVisible(not shown)

    def focus_target(self) -> QWidget:
        return self.timeline_view

    # ------------------------------------------------------------------ texts

    def _when(self, event: TimelineEvent) -> str:
        if event.all_day:
            return format_date(event.local_day)
        return f"{format_date(event.local_day)} {format_local_time(event.when)}"

    def topic_name(self, topic: VisitTopic | str) -> str:
        """A visit topic's name in the centre's topic list (a code no longer listed shows as best it can)."""
        code = str(topic.value) if isinstance(topic, Enum) else topic
        return self._topic_names.get(code) or topic_label(code)

    def event_title(self, event: TimelineEvent) -> str:
        """What happened, in a few words of the user's language."""
        kind = event.kind
        if kind == TimelineKind.VISIT:
            return ", ".join(self.topic_name(t) for t in event.topics) or self.tr("Guidance visit")
        if kind == TimelineKind.REFERRAL_STATUS:
            return f"{event.title} – {event.organisation}" if event.organisation else event.title
        if kind == TimelineKind.NOTE:
            return one_line(event.detail)
        if kind == TimelineKind.CONSENT:
            template = self.tr("Consent withdrawn: {kind}") if event.withdrawn else self.tr("Consent given: {kind}")
            return template.format(kind=label(event.consent_kind))
        if kind == TimelineKind.EXIT:
            return self.tr("Path ended: {outcome}").format(outcome=label(event.exit_outcome))
        if kind == TimelineKind.GOAL:
            if event.status == PathState.DONE:
                return self.tr("Step done: {title}").format(title=event.title)
            return self.tr("Goal set: {title}").format(title=event.title)
        return event.title  # attendance: the workshop; certificate: the competence area

    def event_detail(self, event: TimelineEvent) -> str:
        """The codes and text that go with the event, in one line."""
        kind = event.kind
        parts: list[str] = []
        if kind == TimelineKind.VISIT:
            parts.append(label(event.channel))
            if event.duration_minutes:
                parts.append(self.tr("{minutes} min").format(minutes=event.duration_minutes))
            parts.append(event.detail)
            if event.next_step:
                parts.append(
                    self.tr("Next step: {step} by {date}").format(step=event.next_step,
                                                                  date=format_date(event.next_step_date))
                    if event.next_step_date
                    else self.tr("Next step: {step}").format(step=event.next_step)
                )
        elif kind == TimelineKind.REFERRAL_STATUS:
            parts += [label(event.status), event.detail]
            if event.restricted:  # a health-related referral: its notes are not for this staff member
                parts.append(self.tr("health-related details hidden"))
        elif kind == TimelineKind.ATTENDANCE:
            parts += [label(event.status), f"{format_time(event.start_time)}–{format_time(event.end_time)}"]
            if event.drop_in:
                parts.append(self.tr("drop-in"))
        elif kind == TimelineKind.CERTIFICATE:
            parts += [event.qualification, event.detail]
        elif kind == TimelineKind.CONSENT:
            parts += [label(event.partner_category), event.detail]
        elif kind == TimelineKind.GOAL and event.goal_title:
            parts.append(self.tr("Goal: {title}").format(title=event.goal_title))
        return "  ·  ".join(one_line(p) for p in parts if p)

    def _event_tooltip(self, event: TimelineEvent) -> str:
        if event.kind == TimelineKind.NOTE:
            return event.detail
        return "\n".join(p for p in (self.event_title(event), self.event_detail(event)) if p)

    # ------------------------------------------------------------------ the note

    def _note_changed(self) -> None:
        length = len(self.note_edit.toPlainText())
        self.note_counter.setText(f"{length}/{cards.NOTE_LIMIT}")
        over = length > cards.NOTE_LIMIT
        if self.note_counter.property("over") != over:  # lets the style sheet colour an over-long count
            self.note_counter.setProperty("over", over)
            self.note_counter.style().unpolish(self.note_counter)
            self.note_counter.style().polish(self.note_counter)
        self.add_note_button.setEnabled(bool(self.note_edit.toPlainText().strip()))

    def add_note(self) -> None:
        text = self.note_edit.toPlainText()
        if not text.strip():
            return
        if self.apply(lambda s: cards.add_note(s, self.client_id, text), self.note_error):
            self.note_edit.clear()
            self.timeline_view.scrollToTop()
