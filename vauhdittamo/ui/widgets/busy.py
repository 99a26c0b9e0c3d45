"""Small widgets of screens that read in the background: a quiet "Loading…" and a "Show more" row."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

BUSY_DELAY_MS = 300  # a quick load never flashes "Loading…"


class BusyLabel(QLabel):
    """Hidden until :meth:`set_busy` has said "busy" for :data:`BUSY_DELAY_MS` without "done"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Loading…"))
        self.setObjectName("mutedLabel")
        self.setVisible(False)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(BUSY_DELAY_MS)
        self._delay.timeout.connect(lambda: self.setVisible(True))

    def set_busy(self, busy: bool) -> None:
        if busy:
            if not self._delay.isActive() and not self.isVisible():
                self._delay.start()
        else:
            self._delay.stop()
            self.setVisible(False)


class ShowMoreRow(QWidget):
    """Under a paged list: "Showing … of …" and a *Show more* button, both hidden until a page is cut short."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("mutedLabel")
        self.button = QPushButton(self.tr("Show more"))
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.label.setVisible(False)
        self.button.setVisible(False)
