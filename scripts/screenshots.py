"""Save a PNG of every screen of the main window (run under Xvfb or offscreen).

    uv run python scripts/screenshots.py --out screenshots/            # on fresh demo data
    uv run python scripts/screenshots.py --db DEMO.sqlite3 --out screenshots/

Without ``--db`` the script makes demo data in a temporary folder, encrypted with a throwaway key
(it is artificial data), so it needs no keyring.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from vauhdittamo.app import create_application
from vauhdittamo.db import open_database
from vauhdittamo.dbkey import DatabaseKey
from vauhdittamo.models import StaffRole
from vauhdittamo.services.demo import generate_demo
from vauhdittamo.services.permissions import SYSTEM, StaffActor
from vauhdittamo.services.staff import active_staff
from vauhdittamo.ui.clients.new_client_dialog import NewClientDialog
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.main_window import MainWindow
from vauhdittamo.ui.sign_in.sign_in_dialog import SignInDialog

# Only for the artificial demo data made here (see the module docstring).
THROWAWAY_KEY = DatabaseKey(hashlib.sha256(b"vauhdittamo screenshots, artificial data only").digest())
PAGE_NAMES = ["front_desk", "clients", "referrals", "workshops", "outreach", "reports", "sync", "administration"]


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def wait_until(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    """Process events until *condition* holds (background loading), at most *seconds*."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    settle()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, help="an existing database (its key from the keyring)")
    parser.add_argument("--out", type=Path, default=Path("screenshots"))
    parser.add_argument("--lang", default="fi")
    parser.add_argument("--search", default="", help="text typed into the client search")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_application(language=args.lang)
    if args.db is None:
        db = open_database(Path(tempfile.mkdtemp()) / "demo.sqlite3", key=THROWAWAY_KEY)
        generate_demo(db, clients=500, seed=2026)
    else:
        db = open_database(args.db)
    sign_in = SignInDialog(db)
    sign_in.resize(480, 300)
    sign_in.show()
    QApplication.processEvents()
    sign_in.grab().save(str(args.out / f"00_sign_in_{args.lang}.png"))
    sign_in.close()
    with db.session(SYSTEM) as session:  # an administrator, so every screen and button shows
        staff = next(m for m in active_staff(session) if m.role is StaffRole.ADMIN)
        context = AppContext(db=db, actor=StaffActor(staff.id, staff.role), staff_name=staff.display_name)
    window = MainWindow(context)
    window.resize(1366, 800)
    window.show()
    for index, name in enumerate(PAGE_NAMES):
        window.navigation.setCurrentRow(index)
        if name == "clients" and args.search:
            window.pages[index].search.setText(args.search)  # type: ignore[attr-defined]
            window.pages[index].refresh()
        if name == "reports":  # the figures load in the background
            wait_until(lambda: report_loaded(window))
        for _ in range(5):
            QApplication.processEvents()
        window.grab().save(str(args.out / f"{index + 1:02d}_{name}_{args.lang}.png"))
    # The front desk in the middle of logging a visit for the first client the search finds.
    window.navigation.setCurrentRow(0)
    desk = window.pages[0]
    desk.search.field.setText(args.search or "virtanen")  # type: ignore[attr-defined]
    desk.search.search_now()  # type: ignore[attr-defined]
    wait_until(lambda: desk.search.model.rowCount() > 0)  # type: ignore[attr-defined]  # found in the background
    settle()
    window.grab().save(str(args.out / f"07_front_desk_search_{args.lang}.png"))
    desk.search.choose_current()  # type: ignore[attr-defined]
    desk.form.toggle_topic(1)  # type: ignore[attr-defined]
    desk.form.toggle_topic(7)  # type: ignore[attr-defined]
    desk.form.next_step.setText("Päivitä CV ja hae kolmea paikkaa")  # type: ignore[attr-defined]
    settle()
    window.grab().save(str(args.out / f"08_front_desk_form_{args.lang}.png"))
    window.navigation.setCurrentRow(1)
    clients_page = window.pages[1]
    clients_page.mine_button.click()  # type: ignore[attr-defined]
    settle()
    window.grab().save(str(args.out / f"09_my_clients_{args.lang}.png"))
    clients_page.all_button.click()  # type: ignore[attr-defined]
    dialog = NewClientDialog(context, window)
    dialog.edits["first_name"].setText("Maija")
    dialog.edits["last_name"].setText("Mäkelä")
    dialog.edits["birth_date"].setText("31.2.2001")
    dialog.edits["personal_id"].setText("310201A123X")
    dialog.show()
    dialog.save()
    settle()
    dialog.grab().save(str(args.out / f"10_new_client_errors_{args.lang}.png"))
    dialog.close()
    # The partner directory, with the first organisation chosen.
    window.navigation.setCurrentRow(2)
    referrals_page = window.pages[2]
    referrals_page.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    partners = referrals_page.partners  # type: ignore[attr-defined]
    wait_until(lambda: partners.organisation_model.rowCount() > 0)  # read in the background
    partners.organisation_view.selectRow(0)
    settle()
    window.grab().save(str(args.out / f"16_partners_{args.lang}.png"))
    referrals_page.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
    settle()
    window.grab().save(str(args.out / f"17_no_outcome_{args.lang}.png"))
    referrals_page.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    settle()
    from vauhdittamo.ui.referrals.referral_detail_dialog import ReferralDetailDialog

    first = referrals_page.model.row_at(0)  # type: ignore[attr-defined]
    detail = ReferralDetailDialog(context, first.referral_id, window)
    detail.resize(900, 640)
    detail.show()
    settle()
    detail.grab().save(str(args.out / f"18_referral_detail_{args.lang}.png"))
    detail.close()
    # The card of the client with the richest history.
    from sqlalchemy import func, select

    from vauhdittamo.models import AttendanceMark, PathGoal
    from vauhdittamo.ui.clients.card import ClientCardDialog

    with db.session(SYSTEM) as session:
        busiest = session.execute(
            select(AttendanceMark.client_id)
            .where(AttendanceMark.client_id.in_(select(PathGoal.client_id)))
            .group_by(AttendanceMark.client_id).order_by(func.count().desc()).limit(1)
        ).scalar_one()
    card = ClientCardDialog(context, busiest, window)
    card.resize(1100, 760)
    card.show()
    for index, name in enumerate(("details", "consents", "path", "timeline", "exit")):
        card.show_tab(index)
        settle()
        card.grab().save(str(args.out / f"{11 + index}_card_{name}_{args.lang}.png"))
    card.close()
    duplicate_screens(window, context, args.out, args.lang)
    workshop_screens(window, context, args.out, args.lang)
    outreach_screens(window, context, args.out, args.lang)
    report_screens(window, args.out, args.lang)
    QTimer.singleShot(0, app.quit)
    window.close()
    db.close()
    return 0


def workshop_screens(window: MainWindow, context: AppContext, out: Path, lang: str) -> None:
    """The week view, the attendance sheet of this week's busiest session, the workshop list and the export."""
    from vauhdittamo.services import workshops
    from vauhdittamo.timeutil import local_today
    from vauhdittamo.ui.reports.export_dialog import ExportAttendanceDialog
    from vauhdittamo.ui.workshops.attendance_dialog import AttendanceDialog

    window.navigation.setCurrentRow(3)
    page = window.pages[3]
    page.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    settle()
    window.grab().save(str(out / f"20_workshops_week_{lang}.png"))
    today = local_today()
    with context.session() as session:
        held = [s for s in workshops.sessions_between(session, today - dt.timedelta(days=6), today)
                if not s.cancelled]
    busiest = max(held, key=lambda s: s.present)
    sheet = AttendanceDialog(context, busiest.session_id, window)
    sheet.show()
    settle()
    sheet.grab().save(str(out / f"21_attendance_sheet_{lang}.png"))
    sheet.close()
    page.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    settle()
    window.grab().save(str(out / f"22_workshop_list_{lang}.png"))
    export = ExportAttendanceDialog(context, window, background=False)
    export.show()
    settle()
    export.grab().save(str(out / f"23_export_dialog_{lang}.png"))
    export.close()


def duplicate_screens(window: MainWindow, context: AppContext, out: Path, lang: str) -> None:
    """The new-client form finding a near-duplicate as staff type, the possible duplicates, a merge."""
    from vauhdittamo.ui.clients.duplicates_dialog import DuplicatesDialog
    from vauhdittamo.ui.clients.merge_dialog import MergeDialog

    listing = DuplicatesDialog(context, window)
    listing.show()
    wait_until(lambda: listing.model.rowCount() > 0)
    listing.grab().save(str(out / f"40_possible_duplicates_{lang}.png"))
    pair = listing.selected()
    listing.close()
    if pair is None:
        return
    form = NewClientDialog(context, window)
    form.show()
    form.edits["first_name"].setText(pair.first.first_name)
    form.edits["last_name"].setText(pair.first.last_name[:-1])
    form.check_now()
    wait_until(form.duplicate_box.isVisible)
    form.grab().save(str(out / f"41_new_client_possible_duplicates_{lang}.png"))
    form.close()
    merge = MergeDialog(context, pair.first.id, pair.second.id, window)
    merge.show()
    wait_until(lambda: merge.preview is not None)
    merge.grab().save(str(out / f"42_merge_{lang}.png"))
    merge.close()


def outreach_screens(window: MainWindow, context: AppContext, out: Path, lang: str) -> None:
    """The outreach list's people and progress, an attempt being recorded and a file's rows before import."""
    from vauhdittamo.ui.outreach.attempt_dialog import AttemptDialog
    from vauhdittamo.ui.outreach.import_dialog import ImportEntriesDialog
    from vauhdittamo.ui.outreach.page import OutreachPage

    index = PAGE_NAMES.index("outreach")
    window.navigation.setCurrentRow(index)
    page = window.pages[index]
    assert isinstance(page, OutreachPage)
    wait_until(lambda: page.model.rowCount() > 0 and not page.entries_loader.busy)
    page.status_filter.setCurrentIndex(page.status_filter.findData("due"))
    wait_until(lambda: not page.entries_loader.busy)
    window.grab().save(str(out / f"24_outreach_due_{lang}.png"))
    page.status_filter.setCurrentIndex(0)
    page.tabs.setCurrentIndex(1)
    wait_until(lambda: not page.entries_loader.busy)
    window.grab().save(str(out / f"25_outreach_progress_{lang}.png"))
    page.tabs.setCurrentIndex(0)
    wait_until(lambda: not page.entries_loader.busy)
    row = max((r for r in page.model.rows() if r.client_id is None), key=lambda r: r.attempts)
    dialog = AttemptDialog(context, row, parent=window)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("reached"))
    dialog.note.setText("Kiinnostui START-pajasta, soitan maanantaina")
    dialog.show()
    settle()
    dialog.grab().save(str(out / f"26_outreach_attempt_{lang}.png"))
    dialog.close()
    path = Path(tempfile.mkdtemp()) / "kylat.csv"
    path.write_text(
        "etunimi;sukunimi;kylä;puhelin;osoite\nAino;Uusikylä;Koli;040 765 4321;Kolintie 3\n"
        ";Puuttuva;Koli;;\nEino;Esimerkki;Nurmes;soita;\n", encoding="utf-8",
    )
    summary = page.current_summary()
    assert summary is not None
    importer = ImportEntriesDialog(context, summary.list_id, summary.name, page.workers, window, path,
                                   background=False)
    importer.show()
    settle()
    importer.grab().save(str(out / f"27_outreach_import_{lang}.png"))
    importer.close()


def report_loaded(window: MainWindow) -> bool:
    """Whether the Reports page shows its figures and loads nothing more."""
    from vauhdittamo.ui.reports.page import ReportsPage

    page = window.pages[PAGE_NAMES.index("reports")]
    return isinstance(page, ReportsPage) and page.report is not None and not page.loader.busy


def report_screens(window: MainWindow, out: Path, lang: str) -> None:
    """The Reports page scrolled a screenful at a time, down to its end."""
    from vauhdittamo.ui.reports.page import ReportsPage

    page = window.pages[PAGE_NAMES.index("reports")]
    assert isinstance(page, ReportsPage)
    window.resize(1366, 768)
    window.navigation.setCurrentRow(PAGE_NAMES.index("reports"))
    wait_until(lambda: report_loaded(window))
    scroll = page.scroll_area.verticalScrollBar()
    position, number = 0, 1
    while True:
        scroll.setValue(position)
        settle()
        window.grab().save(str(out / f"30_reports_{number}_{lang}.png"))
        if position >= scroll.maximum():
            break
        position, number = min(scroll.maximum(), position + scroll.pageStep()), number + 1
    scroll.setValue(0)


if __name__ == "__main__":
    sys.exit(main())
