"""A quiet "Loading…" for screens that read in the background: shown only when a load is slow."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

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
