"""The client card dialog: a header and the six tabs, each made when it is first shown."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from vauhdittamo.services import client_card as cards
from vauhdittamo.services.client_card import ClientCard
from vauhdittamo.timeutil import local_today
from vauhdittamo.ui.clients.card.card_tab import CardTab
from vauhdittamo.ui.clients.card.consents_tab import ConsentsTab
from vauhdittamo.ui.clients.card.details_tab import DetailsTab
from vauhdittamo.ui.clients.card.exit_tab import ExitTab
from vauhdittamo.ui.clients.card.participation_tab import ParticipationTab
from vauhdittamo.ui.clients.card.path_tab import PathTab
from vauhdittamo.ui.clients.card.timeline_tab import TimelineTab
from vauhdittamo.ui.clients.card.widgets import button
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.format import format_date
from vauhdittamo.ui.labels import label

TAB_TYPES: tuple[type[CardTab], ...] = (DetailsTab, ConsentsTab, PathTab, TimelineTab, ExitTab, ParticipationTab)
TAB_COUNT = len(TAB_TYPES)

T = TypeVar("T", bound=CardTab)


class ClientCardDialog(QDialog):
    """The client card (asiakaskortti): one client at a glance.

    The dialog reads a :class:`~vauhdittamo.services.client_card.ClientCard` snapshot and shows it on
    its header and on every tab made so far; after a tab saves a change it reads the snapshot again.
    Ctrl+1 … Ctrl+6 open the tabs; Esc leaves the details form first, then closes the card.

    Raises :class:`~vauhdittamo.errors.AppError` when the client no longer exists.

    Signals:
        client_changed(str): something about the client was saved; the client's id.
    """

    client_changed = Signal(str)

    TAB_DETAILS, TAB_CONSENTS, TAB_PATH, TAB_TIMELINE, TAB_EXIT, TAB_PROJECTS = range(TAB_COUNT)

    def __init__(self, context: AppContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.card: ClientCard | None = None
        self._tabs: dict[int, CardTab] = {}  # the tabs made so far, by index
        self.setObjectName("clientCard")
        self.setMinimumSize(860, 600)
        self.resize(1040, 720)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(12)
        layout.addWidget(self._build_header())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cardTabs")
        self.tabs.setDocumentMode(True)
        # A tab's widgets are made when it is first shown: the card opens faster.
        self._holders: list[QVBoxLayout] = []
        for title in (self.tr("Details"), self.tr("Consents"), self.tr("Path"), self.tr("Timeline"), self.tr("Exit"),
                      self.tr("Projects")):
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            self._holders.append(holder_layout)
            self.tabs.addTab(holder, title)
        self.tabs.currentChanged.connect(self.ensure_tab)
        for number in range(1, TAB_COUNT + 1):
            self.tabs.setTabToolTip(number - 1, QKeySequence(f"Ctrl+{number}").toString(
                QKeySequence.SequenceFormat.NativeText))
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda i=number - 1: self.show_tab(i))
        layout.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        self.referral_button = button(self.tr("New referral…"))
        self.referral_button.clicked.connect(self.new_referral)
        bottom.addWidget(self.referral_button)
        bottom.addStretch(1)
        self.close_button = button(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self.reload(opening=True)
        self.show_tab(self.TAB_DETAILS)

    def _build_header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("cardHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 12, 16, 12)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.name_label = QLabel()
        self.name_label.setObjectName("pageTitle")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("pageSubtitle")
        self.facts_label.setWordWrap(True)
        text.addWidget(self.name_label)
        text.addWidget(self.facts_label)
        row.addLayout(text, 1)
        self.badge = QLabel()
        self.badge.setObjectName("statusBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        return header

    # ------------------------------------------------------------------ the tabs

    def ensure_tab(self, index: int) -> None:
        """Make tab *index* and show the card on it, once."""
        if index in self._tabs or not 0 <= index < TAB_COUNT:
            return
        tab = TAB_TYPES[index](self.context, self.client_id)
        tab.changed.connect(self._tab_changed)
        self._tabs[index] = tab
        self._holders[index].addWidget(tab)
        tab.show()
        if self.card is not None:
            tab.show_card(self.card)

    def _tab(self, index: int, kind: type[T]) -> T:
        self.ensure_tab(index)
        tab = self._tabs[index]
        assert isinstance(tab, kind)
        return tab

    @property
    def details_tab(self) -> DetailsTab:
        """The Details tab (made on first use, as are the others)."""
        return self._tab(self.TAB_DETAILS, DetailsTab)

    @property
    def consents_tab(self) -> ConsentsTab:
        return self._tab(self.TAB_CONSENTS, ConsentsTab)

    @property
    def path_tab(self) -> PathTab:
        return self._tab(self.TAB_PATH, PathTab)

    @property
    def timeline_tab(self) -> TimelineTab:
        return self._tab(self.TAB_TIMELINE, TimelineTab)

    @property
    def exit_tab(self) -> ExitTab:
        return self._tab(self.TAB_EXIT, ExitTab)

    @property
    def participation_tab(self) -> ParticipationTab:
        return self._tab(self.TAB_PROJECTS, ParticipationTab)

    def show_tab(self, index: int) -> None:
        """Open tab *index* and put the keyboard focus on its first widget."""
        self.ensure_tab(index)
        self.tabs.setCurrentIndex(index)
        self._tabs[index].focus_target().setFocus()

    # ------------------------------------------------------------------ loading

    def reload(self, opening: bool = False) -> None:
        """Read the card again and show it on the header and every tab made so far.

        *opening*: the dialog is being opened, which the audit trail records (once per opening)."""
        with self.context.transaction() as session:
            card = (cards.open_card if opening else cards.load_card)(session, self.client_id, local_today())
        self.card = card
        self._show_header(card)
        for index in sorted(self._tabs):
            self._tabs[index].show_card(card)

    def new_referral(self) -> None:
        """Refer the client to a partner service (the referral form checks the consent)."""
        from vauhdittamo.ui.referrals.referral_dialog import ReferralDialog

        dialog = ReferralDialog(self.context, self.client_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._tab_changed()
        dialog.deleteLater()

    def _tab_changed(self) -> None:
        self.reload()
        self.client_changed.emit(self.client_id)

    def _show_header(self, card: ClientCard) -> None:
        self.setWindowTitle(card.full_name)
        self.name_label.setText(card.full_name)
        place = ", ".join(p for p in (card.municipality, card.village) if p)
        coach = (self.tr("Personal coach: {name}").format(name=card.coach_name) if card.coach_name
                 else self.tr("No personal coach"))
        self.facts_label.setText("  ·  ".join(p for p in (label(card.age_group), place, coach) if p))
        if card.active:
            self.badge.setText(self.tr("Active"))
            self.badge.setProperty("state", "active")
        else:
            self.badge.setText(self.tr("Ended {date}").format(date=format_date(card.exit_date)))
            self.badge.setProperty("state", "ended")
        self.badge.style().unpolish(self.badge)
        self.badge.style().polish(self.badge)

    # ------------------------------------------------------------------ keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Esc leaves the details form first, then closes the card."""
        details = self._tabs.get(self.TAB_DETAILS)
        if event.key() == Qt.Key.Key_Escape and isinstance(details, DetailsTab) and details.is_editing:
            details.cancel_editing()
            event.accept()
            return
        super().keyPressEvent(event)
