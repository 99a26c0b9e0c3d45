"""Checks of what a user sees on a laid-out window: text that does not fit and widgets on top of each other.

:func:`layout_problems` walks the visible widgets of a window and reports

- a label, push button, check box or radio button whose text is wider than the room it has (a word-wrapped
  label: whose wrapped text is taller than the label, or has a word wider than the label);
- a table header whose section is narrower than its title;
- two visible widgets of one layout that overlap, or a widget that sticks out of its parent.

Each problem names the widget by its path from the window (class names, object names, the index among
siblings of the same class) and the text concerned. A label that elides its text on purpose says so by
showing "…" at the end and the whole text in its tool tip, or by the dynamic property ``elided`` = True.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

TOLERANCE = 1  # pixels of rounding
# QHeaderView::section in resources/style.qss: padding 6px 8px, font-weight 600.
HEADER_PADDING = 16
HEADER_WEIGHT = QFont.Weight.DemiBold


@dataclass(frozen=True)
class Problem:
    where: str  # the screen or dialog and the size it was checked at
    path: str  # the widget's path from the window
    text: str  # the text concerned
    what: str  # what is wrong

    def __str__(self) -> str:
        return f"{self.where}: {self.path}: {self.what}: {self.text!r}"


def widget_path(widget: QWidget, root: QWidget) -> str:
    """``Dialog/QFrame#warningBox/QLabel[2]``: class, object name, or the index among same-class siblings."""
    parts: list[str] = []
    current: QWidget | None = widget
    while current is not None:
        name = type(current).__name__
        if current.objectName() and not current.objectName().startswith("qt_"):
            name += "#" + current.objectName()
        else:
            parent = current.parentWidget()
            if parent is not None and current is not root:
                same = [c for c in parent.children() if type(c) is type(current)]
                if len(same) > 1:
                    name += f"[{same.index(current)}]"
        parts.append(name)
        if current is root:
            break
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _plain(text: str) -> str:
    """The text as drawn: a single & (a mnemonic) is not shown, && is one &."""
    return re.sub(r"&(.)", r"\1", text)


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(label.text()))


def _elided_by_design(widget: QWidget, text: str) -> bool:
    return bool(widget.property("elided")) or (text.endswith("…") and bool(widget.toolTip()))


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or not label.pixmap().isNull() or _elided_by_design(label, text):
        return None
    rect = label.contentsRect()
    margin = label.margin()
    width = rect.width() - 2 * margin - max(label.indent(), 0)
    height = rect.height() - 2 * margin
    if _is_rich(label):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(width)
            if doc.idealWidth() > width + TOLERANCE:
                return "a word is wider than the label"
            if doc.size().height() > height + TOLERANCE:
                return f"the wrapped text needs {doc.size().height():.0f} px of height, has {height}"
            return None
        if doc.idealWidth() > width + TOLERANCE:
            return f"the text needs {doc.idealWidth():.0f} px, has {width}"
        return None
    metrics = label.fontMetrics()
    lines = _plain(text).split("\n")
    if label.wordWrap():
        widest_word = max((metrics.horizontalAdvance(w) for line in lines for w in line.split()), default=0)
        if widest_word > width + TOLERANCE:
            return f"a word needs {widest_word} px, the label has {width}"
        needed = label.heightForWidth(label.width())
        if needed > label.height() + TOLERANCE:
            return f"the wrapped text needs {needed} px of height, has {label.height()}"
        return None
    needed_width = max(metrics.horizontalAdvance(line) for line in lines)
    if needed_width > width + TOLERANCE:
        return f"the text needs {needed_width} px, has {width}"
    needed_height = metrics.lineSpacing() * (len(lines) - 1) + metrics.height()
    if needed_height > height + TOLERANCE:
        return f"the text needs {needed_height} px of height, has {height}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text or _elided_by_design(button, text):
        return None
    option = QStyleOptionButton()
    style = button.style()
    if isinstance(button, QPushButton):
        button.initStyleOption(option)
        element = QStyle.SubElement.SE_PushButtonContents
    elif isinstance(button, QCheckBox):
        button.initStyleOption(option)
        element = QStyle.SubElement.SE_CheckBoxContents
    elif isinstance(button, QRadioButton):
        button.initStyleOption(option)
        element = QStyle.SubElement.SE_RadioButtonContents
    else:
        return None
    room = style.subElementRect(element, option, button).width()
    needed = max(button.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if needed > room + TOLERANCE:
        return f"the text needs {needed} px, has {room}"
    return None


def _header_problems(header: QHeaderView) -> list[tuple[str, str]]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    font = QFont(header.font())
    font.setWeight(HEADER_WEIGHT)
    metrics = QFontMetrics(font)
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        title = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not title:
            continue
        lines = str(title).split("\n")
        needed = max(metrics.horizontalAdvance(line) for line in lines) + HEADER_PADDING
        if needed > header.sectionSize(section) + TOLERANCE:
            size = header.sectionSize(section)
            found.append((str(title), f"column {section} is {size} px, its title needs {needed}"))
    return found


def _layout_children(parent: QWidget) -> list[QWidget]:
    """The visible child widgets *parent*'s layout places (nothing of Qt's composite widgets' insides)."""
    layout = parent.layout()
    if layout is None or isinstance(parent, QAbstractScrollArea):
        return []
    placed: list[QWidget] = []
    stack = [layout]
    while stack:
        current = stack.pop()
        for index in range(current.count()):
            item = current.itemAt(index)
            if item is None:
                continue
            widget, inner = item.widget(), item.layout()
            if widget is not None:
                if widget.isVisible() and not widget.isWindow():
                    placed.append(widget)
            elif inner is not None:
                stack.append(inner)
    return placed


def _overlap_problems(parent: QWidget, root: QWidget) -> list[tuple[QWidget, str, str]]:
    children = _layout_children(parent)
    found: list[tuple[QWidget, str, str]] = []
    bounds = parent.rect()
    for widget in children:
        geometry = widget.geometry()
        if not bounds.contains(geometry):
            outside = geometry.united(bounds) != bounds
            if outside and widget.width() > 0 and widget.height() > 0:
                where = f"sticks out of its parent: {_rect(geometry)} in {_rect(bounds)}"
                found.append((widget, _describe(widget), where))
    for i, first in enumerate(children):
        for second in children[i + 1:]:
            common = first.geometry().intersected(second.geometry())
            if common.width() > 0 and common.height() > 0:
                found.append((
                    first,
                    _describe(first),
                    f"overlaps {widget_path(second, root)} ({_describe(second)!r}) "
                    f"by {common.width()}×{common.height()}",
                ))
    return found


def _rect(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}×{rect.height()}"


def _describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    if callable(text):
        value = text()
        if isinstance(value, str) and value:
            return value
    return widget.accessibleName() or type(widget).__name__


def layout_problems(root: QWidget, where: str) -> list[Problem]:
    """Every text that does not fit and every overlap among the visible widgets of *root*."""
    QApplication.processEvents()
    problems: list[Problem] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.isWindow() and widget is not root:
            continue
        what: str | None = None
        if isinstance(widget, QLabel):
            what = _label_problem(widget)
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            what = _button_problem(widget)
            text = widget.text()
        elif isinstance(widget, QHeaderView):
            for title, header_what in _header_problems(widget):
                problems.append(Problem(where, widget_path(widget, root), title, header_what))
        if what is not None:
            problems.append(Problem(where, widget_path(widget, root), text, what))
        for child, text, overlap in _overlap_problems(widget, root):
            problems.append(Problem(where, widget_path(child, root), text, overlap))
    return problems
