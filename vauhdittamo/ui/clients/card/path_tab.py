"""The Path tab of the client card: goals and their steps, their states, and a form to add them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from vauhdittamo.models import PathState
from vauhdittamo.services import client_card as cards
from vauhdittamo.services import validation
from vauhdittamo.services.client_card import ClientCard, GoalRow
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.clients.card.card_tab import CardTab
from vauhdittamo.ui.clients.card.widgets import button, button_row, error_label
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label
from vauhdittamo.ui.widgets.page import EmptyHint

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # ("goal" | "step", id) of a path tree item


class PathTab(CardTab):
    """The client's goals with their steps in a tree; sets the state of the selected one, adds goals and steps."""

    def __init__(self, context: AppContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(context, client_id, parent)
        self.path_tree = QTreeWidget()
        self.path_tree.setObjectName("pathTree")
        self.path_tree.setColumnCount(4)
        self.path_tree.setHeaderLabels([self.tr("Goal or step"), self.tr("Target date"), self.tr("State"),
                                        self.tr("Done on")])
        self.path_tree.setRootIsDecorated(True)
        self.path_tree.setAlternatingRowColors(True)
        self.path_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.path_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.path_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 120), (2, 130), (3, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.path_tree.setColumnWidth(column, width)
        self.path_tree.currentItemChanged.connect(self._path_item_selected)
        self.body.addWidget(self.path_tree, 1)
        self.path_empty = EmptyHint(self.tr("No goals yet. Write the client's first goal below."))
        self.body.addWidget(self.path_empty)

        state_row = QHBoxLayout()
        self.state_caption = QLabel(self.tr("State of the selected goal or step"))
        state_row.addWidget(self.state_caption)
        self.state_combo = QComboBox()
        for state in PathState:
            self.state_combo.addItem(label(state), state.value)
        self.state_combo.setEnabled(False)
        self.state_combo.currentIndexChanged.connect(self._state_chosen)
        self.state_caption.setBuddy(self.state_combo)
        state_row.addWidget(self.state_combo)
        state_row.addStretch(1)
        self.body.addLayout(state_row)
        self.body.addWidget(self._build_form())

    def _build_form(self) -> QGroupBox:
        group = QGroupBox(self.tr("Add a goal or a step"))
        form = QFormLayout(group)
        self.path_title_edit = QLineEdit()
        self.path_title_edit.setMaxLength(cards.TITLE_LIMIT)
        self.path_title_edit.setPlaceholderText(self.tr("e.g. Apply to vocational school in spring"))
        self.path_date_edit = QLineEdit()
        self.path_date_edit.setMaxLength(10)
        self.path_date_edit.setPlaceholderText(self.tr("e.g. 31.5.2027 (optional)"))
        self.path_date_edit.setMaximumWidth(220)
        self.path_title_edit.returnPressed.connect(self.add_goal)
        self.add_goal_button = button(self.tr("Add goal"), primary=True)
        self.add_goal_button.setToolTip(self.tr("Add a new goal (Enter in the title)"))
        self.add_goal_button.clicked.connect(self.add_goal)
        self.add_step_button = button(self.tr("Add step to the selected goal"))
        self.add_step_button.setEnabled(False)
        self.add_step_button.clicked.connect(self.add_step)
        buttons = button_row(self.add_goal_button, self.add_step_button)
        self.path_error = error_label()
        form.addRow(self.tr("Title"), self.path_title_edit)
        form.addRow(self.tr("Target date"), self.path_date_edit)
        form.addRow("", self.path_error)
        form.addRow("", buttons)
        return group

    # ------------------------------------------------------------------ showing

    def _fill(self, card: ClientCard) -> None:
        selected = self._selected_path_item()
        self.path_tree.clear()
        restore: QTreeWidgetItem | None = None
        for goal in card.goals:
            goal_item = self._goal_item(goal)
            self.path_tree.addTopLevelItem(goal_item)
            if selected == ("goal", goal.goal_id):
                restore = goal_item
            for step in goal.steps:
                step_item = QTreeWidgetItem(
                    [step.title, format_date(step.target_date), label(step.state), format_date(step.done_on)]
                )
                step_item.setData(0, ITEM_ROLE, ("step", step.step_id))
                step_item.setToolTip(0, step.title)
                goal_item.addChild(step_item)
                if selected == ("step", step.step_id):
                    restore = step_item
        self.path_tree.expandAll()
        self.path_empty.setVisible(not card.goals)
        self.path_tree.setVisible(bool(card.goals))
        if restore is not None:
            self.path_tree.setCurrentItem(restore)
        self._path_item_selected()

    @staticmethod
    def _goal_item(goal: GoalRow) -> QTreeWidgetItem:
        item = QTreeWidgetItem([goal.title, format_date(goal.target_date), label(goal.state), ""])
        item.setData(0, ITEM_ROLE, ("goal", goal.goal_id))
        item.setToolTip(0, goal.description or goal.title)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def focus_target(self) -> QWidget:
        return self.path_tree if self.card and self.card.goals else self.path_title_edit

    def _selected_path_item(self) -> tuple[str, str] | None:
        item = self.path_tree.currentItem()
        data = item.data(0, ITEM_ROLE) if item is not None else None
        return (str(data[0]), str(data[1])) if data else None

    def _selected_goal_id(self) -> str | None:
        item = self.path_tree.currentItem()
        if item is None:
            return None
        goal_item = item.parent() or item
        data = goal_item.data(0, ITEM_ROLE)
        return str(data[1]) if data else None

    def _path_item_selected(self, *_args: object) -> None:
        selected = self._selected_path_item()
        self.add_step_button.setEnabled(selected is not None)
        self.state_combo.setEnabled(selected is not None)
        if selected is None or self.card is None:
            return
        kind, item_id = selected
        state = None
        for goal in self.card.goals:
            if kind == "goal" and goal.goal_id == item_id:
                state = goal.state
            for step in goal.steps:
                if kind == "step" and step.step_id == item_id:
                    state = step.state
        if state is not None:
            loading, self._loading = self._loading, True
            self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(state.value)))
            self._loading = loading

    # ------------------------------------------------------------------ changing

    def _state_chosen(self) -> None:
        selected = self._selected_path_item()
        if self._loading or selected is None:
            return
        kind, item_id = selected
        state = PathState(self.state_combo.currentData())
        if kind == "goal":
            self.apply(lambda s: cards.set_goal_state(s, item_id, state), self.path_error)
        else:
            self.apply(lambda s: cards.set_step_state(s, item_id, state, local_today()), self.path_error)

    def _path_date(self) -> dt.date | None:
        text = self.path_date_edit.text().strip()
        return validation.parse_date(text, "target_date") if text else None

    def add_goal(self) -> None:
        title = self.path_title_edit.text()
        if self.apply(lambda s: cards.add_goal(s, self.client_id, title, self._path_date()), self.path_error):
            self._path_added()

    def add_step(self) -> None:
        goal_id = self._selected_goal_id()
        if goal_id is None:
            return
        title = self.path_title_edit.text()
        if self.apply(lambda s: cards.add_step(s, goal_id, title, self._path_date()), self.path_error):
            self._path_added()

    def _path_added(self) -> None:
        self.path_title_edit.clear()
        self.path_date_edit.clear()
        self.path_title_edit.setFocus()
