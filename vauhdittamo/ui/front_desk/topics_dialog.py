"""Editing the centre's list of visit topics: add, rename, hide, reorder."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vauhdittamo.errors import AppError
from vauhdittamo.services import topics
from vauhdittamo.services.types import Session
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.labels import topic_label

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class TopicsDialog(QDialog):
    """The topics the front desk offers, in order; hidden ones stay on old visits."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Visit topics"))
        self.resize(460, 480)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Visit topics"))
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        hint = QLabel(self.tr("The first nine topics get the keys 1–9 on the front desk. "
                              "Hidden topics stay on the visits that have them."))
        hint.setWordWrap(True)
        hint.setObjectName("mutedLabel")
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.list = QListWidget()
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.hide_button = QPushButton(self.tr("Hide"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        for button in (self.add_button, self.rename_button, self.hide_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.up_button.clicked.connect(lambda: self.move_topic(-1))
        self.down_button.clicked.connect(lambda: self.move_topic(1))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.reload()

    def reload(self, select_code: str | None = None) -> None:
        with self.context.session() as session:
            entries = topics.topics(session, include_inactive=True)
        current = select_code or self.current_code()
        self.list.clear()
        for entry in entries:
            text = topic_label(entry.code, entry.label)
            item = QListWidgetItem(text if entry.active else self.tr("{name} (hidden)").format(name=text))
            item.setData(CODE_ROLE, entry.code)
            item.setData(Qt.ItemDataRole.UserRole + 2, entry.active)
            if not entry.active:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
            if entry.code == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def current_code(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(CODE_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        for button in (self.rename_button, self.hide_button, self.up_button, self.down_button):
            button.setEnabled(item is not None)
        if item is not None:
            self.hide_button.setText(self.tr("Hide") if item.data(Qt.ItemDataRole.UserRole + 2) else self.tr("Show"))

    def _run(self, action: Callable[[Session], object]) -> bool:
        try:
            with self.context.transaction() as session:
                action(session)
        except AppError as error:
            QMessageBox.warning(self, self.windowTitle(), error.translated(QCoreApplication.translate))
            return False
        return True

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New topic"), self.tr("Name of the topic"))
        if ok and name.strip():
            created: list[str] = []
            if self._run(lambda session: created.append(topics.add_topic(session, name).code)):
                self.reload(created[0])

    def rename(self) -> None:
        code = self.current_code()
        if code is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename topic"),
            self.tr("New name (leave empty to use the standard name of a built-in topic)"),
            text=self.list.currentItem().text(),
        )
        if ok and self._run(lambda session: topics.rename_topic(session, code, name)):
            self.reload(code)

    def toggle_hidden(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        code, active = str(item.data(CODE_ROLE)), bool(item.data(Qt.ItemDataRole.UserRole + 2))
        if self._run(lambda session: topics.set_topic_active(session, code, not active)):
            self.reload(code)

    def move_topic(self, step: int) -> None:
        """Move the chosen topic *step* places up (negative) or down in the list."""
        code = self.current_code()
        if code is not None and self._run(lambda session: topics.move_topic(session, code, step)):
            self.reload(code)
