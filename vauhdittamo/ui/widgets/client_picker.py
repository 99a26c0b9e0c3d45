"""A small dialog to pick one client with the front desk's search."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.widgets.client_search import ClientSearch


class ClientPickerDialog(QDialog):
    """After ``accept()`` the chosen client is in ``client_id``."""

    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_id: str | None = None
        self.setWindowTitle(title)
        self.resize(560, 460)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("dialogTitle")
        layout.addWidget(heading)
        self.search = ClientSearch(context)
        self.search.client_chosen.connect(self._chosen)
        layout.addWidget(self.search, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.search.choose_current)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search.field.setFocus()

    def _chosen(self, client_id: str) -> None:
        self.client_id = client_id
        self.accept()
