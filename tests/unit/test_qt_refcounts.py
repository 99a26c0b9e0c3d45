"""The Qt binding must not leak references to None, True and False.

PySide6 6.12.0 on CPython 3.11 dropped one reference to ``None`` at every call of a method that
returns nothing; after enough calls Python aborts ("Fatal Python error: none_dealloc"), taking
the desk application (and the test run) down with it. pyproject.toml excludes that version.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLineEdit


def test_calling_void_and_bool_methods_keeps_none_true_and_false_alive(qapp: QApplication) -> None:
    edit = QLineEdit()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(1000):
        edit.setEnabled(True)
        edit.setText("x")
        edit.isEnabled()
        edit.hasFocus()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert [a - b for a, b in zip(after, before, strict=True)] == [0, 0, 0]
