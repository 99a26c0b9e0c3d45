"""Save a PNG of every screen of the main window (run under Xvfb or offscreen).

    uv run python scripts/screenshots.py --db DEMO.sqlite3 --out screenshots/
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from vauhdittamo.app import create_application
from vauhdittamo.db import open_database
from vauhdittamo.services.staff import active_staff
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.main_window import MainWindow
from vauhdittamo.ui.sign_in.staff_chooser import StaffChooser

PAGE_NAMES = ["front_desk", "clients", "referrals", "workshops", "reports", "sync"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--lang", default="fi")
    parser.add_argument("--search", default="", help="text typed into the client search")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application(language=args.lang)
    db = open_database(args.db)
    chooser = StaffChooser(db)
    chooser.resize(460, 520)
    chooser.show()
    QApplication.processEvents()
    chooser.grab().save(str(args.out / f"00_staff_chooser_{args.lang}.png"))
    chooser.close()
    with db.session() as session:
        staff = active_staff(session)[0]
        context = AppContext(db=db, staff_id=staff.id, staff_name=staff.display_name)
    window = MainWindow(context)
    window.resize(1366, 800)
    window.show()
    for index, name in enumerate(PAGE_NAMES):
        window.navigation.setCurrentRow(index)
        if name == "clients" and args.search:
            window.pages[index].search.setText(args.search)  # type: ignore[attr-defined]
            window.pages[index].refresh()
        for _ in range(5):
            QApplication.processEvents()
        window.grab().save(str(args.out / f"{index + 1:02d}_{name}_{args.lang}.png"))
    QTimer.singleShot(0, app.quit)
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
