"""The common frame of a screen: a title, a subtitle and a content area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QTabBar, QVBoxLayout, QWidget


class Page(QWidget):
    """A screen of the main window. Subclasses fill ``self.body`` and implement ``refresh``.

    The subtitle sits on the title's line, so the content keeps its height on a 768-pixel screen.
    """

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 14)
        outer.setSpacing(12)
        header = QHBoxLayout()
        header.setSpacing(16)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        header.addWidget(self.title_label, 0, Qt.AlignmentFlag.AlignBaseline)
        self.subtitle_label = QLabel(subtitle, self)  # a parent first: shown without one it would be a window
        self.subtitle_label.setObjectName("pageSubtitle")
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setVisible(bool(subtitle))
        header.addWidget(self.subtitle_label, 1, Qt.AlignmentFlag.AlignBaseline)
        outer.addLayout(header)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        outer.addLayout(self.body, 1)

    def set_subtitle(self, text: str) -> None:
        self.subtitle_label.setText(text)
        self.subtitle_label.setVisible(bool(text))

    def refresh(self) -> None:
        """Reload what the screen shows from the database."""

    def main_control(self) -> QWidget | None:
        """The control Ctrl+<number> puts the focus on; ``None``: the first one Tab reaches."""
        return None


def first_control(container: QWidget) -> QWidget | None:
    """The first visible, enabled control inside *container* that Tab stops at (tab bars aside).

    A tab bar leads nowhere by itself: the screen's own first field, list or button is what a user
    expects after switching screens.
    """
    widget = container.nextInFocusChain()
    seen: set[int] = set()
    while widget is not None and id(widget) not in seen:
        seen.add(id(widget))
        if (
            container.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and not isinstance(widget, QTabBar)
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


class StatCard(QFrame):
    """A number at a glance with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        self.value_label = QLabel("0")
        self.value_label.setObjectName("statValue")
        self.caption_label = QLabel(caption)
        self.caption_label.setObjectName("statCaption")
        self.caption_label.setWordWrap(True)  # a narrow card wraps its caption instead of cutting it
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_value(self, value: int | str) -> None:
        self.value_label.setText(f"{value:,}".replace(",", "\u00a0") if isinstance(value, int) else value)


class StatRow(QWidget):
    """Cards side by side."""

    def __init__(self, cards: list[StatCard], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        for column, card in enumerate(cards):
            grid.addWidget(card, 0, column)


class SectionTitle(QLabel):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("sectionTitle")


class EmptyHint(QLabel):
    """A calm sentence shown where a list has nothing yet."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("emptyHint")
        self.setWordWrap(True)
