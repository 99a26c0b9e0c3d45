"""What every tab of the client card has: the snapshot it shows and a way to save a change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from vauhdittamo.errors import AppError
from vauhdittamo.services.client_card import ClientCard
from vauhdittamo.services.types import Session
from vauhdittamo.ui.context import AppContext


def apply_change(context: AppContext, change: Callable[[Session], object], error: QLabel) -> bool:
    """Run *change* in one transaction; show a handled error in *error* and return whether it was saved."""
    try:
        with context.transaction() as session:
            change(session)
    except AppError as exc:
        error.setText(exc.translated(QCoreApplication.translate))
        error.setVisible(True)
        return False
    error.setVisible(False)
    return True


class CardTab(QWidget):
    """One tab of the client card.

    A tab shows a :class:`~vauhdittamo.services.client_card.ClientCard` snapshot given to
    :meth:`show_card` and changes the client only through the services. After a saved change it
    emits ``changed``; the dialog then reads the card again and shows it on every tab made so far.

    Signals:
        changed(): a change to the client was saved.
    """

    changed = Signal()

    def __init__(self, context: AppContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.card: ClientCard | None = None
        self._loading = False  # true while show_card fills the widgets: their signals change nothing
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(4, 12, 4, 4)

    def show_card(self, card: ClientCard) -> None:
        """Show *card* on the tab's widgets."""
        self.card = card
        loading, self._loading = self._loading, True
        try:
            self._fill(card)
        finally:
            self._loading = loading

    def _fill(self, card: ClientCard) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """The widget that gets the keyboard focus when the tab is opened from the keyboard."""
        raise NotImplementedError

    def apply(self, change: Callable[[Session], object], error: QLabel) -> bool:
        """Run *change* in one transaction; on success tell the dialog, else show the error in *error*."""
        if not apply_change(self.context, change, error):
            return False
        self.changed.emit()
        return True
