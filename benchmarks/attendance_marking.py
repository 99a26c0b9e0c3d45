"""How long marking a full workshop session takes at the keyboard (20 people, one key each).

    uv run python benchmarks/attendance_marking.py [--people 20] [--rounds 5]

Builds a workshop meeting today with N enrolled clients in a throwaway database, opens the
attendance sheet offscreen and presses 1 (present) for everyone, as staff do; prints the time the
application itself needs per mark and for the whole session (the person's own typing comes on top:
one key per participant).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from throwaway import THROWAWAY_KEY  # noqa: E402

from vauhdittamo.app import create_application  # noqa: E402
from vauhdittamo.db import open_database  # noqa: E402
from vauhdittamo.models import Client, StaffRole  # noqa: E402
from vauhdittamo.services import workshops as ws  # noqa: E402
from vauhdittamo.services.permissions import SYSTEM, StaffActor
from vauhdittamo.services.staff import add_staff_member  # noqa: E402
from vauhdittamo.timeutil import local_today  # noqa: E402
from vauhdittamo.ui.context import AppContext  # noqa: E402
from vauhdittamo.ui.workshops.attendance_dialog import AttendanceDialog  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    create_application(language="fi")
    totals = []
    for _ in range(args.rounds):
        db = open_database(Path(tempfile.mkdtemp()) / "marking.sqlite3", key=THROWAWAY_KEY)
        today = local_today()
        with db.transaction(SYSTEM) as session:
            staff_id = add_staff_member(session, "Anna Ohjaaja", StaffRole.COORDINATOR).id
            workshop = ws.create_workshop(session, ws.WorkshopInput(
                name="Vauhdittamo START", start_date=today, capacity=args.people,
                slots=[ws.SlotInput(today.isoweekday(), dt.time(0, 0), dt.time(23, 59))]))
            for n in range(args.people):
                client = Client(first_name=f"Etu{n:02d}", last_name=f"Suku{n:02d}", birth_date=dt.date(1995, 1, 1))
                session.add(client)
                session.flush()
                ws.enrol(session, workshop.id, client.id, today)
            session_id = ws.sessions_between(session, today, today)[0].session_id
        context = AppContext(db=db, actor=StaffActor(staff_id, StaffRole.COORDINATOR), staff_name="Anna Ohjaaja")
        dialog = AttendanceDialog(context, session_id)
        dialog.show()
        start = time.perf_counter()
        for _person in range(args.people):
            QTest.keyClick(dialog.table, Qt.Key.Key_1)
        totals.append(time.perf_counter() - start)
        assert dialog.sheet is not None and dialog.sheet.present == args.people
        dialog.close()
        db.close()
    median = statistics.median(totals)
    print(f"marking {args.people} people present, one key each ({args.rounds} rounds)")
    print(f"  whole session: median {median * 1000:.0f} ms, worst {max(totals) * 1000:.0f} ms")
    print(f"  per mark:      median {median / args.people * 1000:.1f} ms (saved at once, sheet reloaded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
