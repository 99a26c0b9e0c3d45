"""The command-line face: demo data, statistics, client import, backup, attendance export, period report,
outreach progress and erasure, database upgrade, the hub.

Exit status: 0 success, 1 a handled error (one line on stderr), 2 wrong usage.
Only ``demo`` (and the desktop app) make a new database; the read-only commands (stats, export, report,
backup) never upgrade or encrypt one either (``upgrade`` does, as the app does at start). ``--out``
replaces only a regular file, and an export gets its name only once it is in the audit trail.
Without a command the desktop application starts. Where no keyring works, the database
passphrase is asked on the terminal (or read from standard input with ``--passphrase-stdin``);
never from an environment variable or a file.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from vauhdittamo import APP_NAME, __version__, paths
from vauhdittamo.dbkey import AskPassphrase, PassphraseRequest, check_new_passphrase
from vauhdittamo.errors import (
    MSG_OUT_EXISTS,
    MSG_OUT_IS_FOLDER,
    MSG_OUT_NOT_A_FILE,
    AppError,
    FileAccessError,
    ValidationError,
    WrongKeyError,
    classify_sqlite_error,
)
from vauhdittamo.logging_setup import setup_cli_logging

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from vauhdittamo.db import Database
    from vauhdittamo.services.permissions import Actor
    from vauhdittamo.sync.protocol import SyncReport

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


MAX_DEMO_CLIENTS = 100_000
MAX_DEMO_WEEKS = 520


IMPORT_CLIENTS_HELP = """\
Import clients from a file: every row is checked like the client form checks it, and
compared with the existing clients and with the file's earlier rows.

Columns (Finnish or English heading, any case; only the names are required):
  etunimi / first_name         sukunimi / last_name        syntymäaika / birth_date
  henkilötunnus / personal_id  kotikunta / municipality    kylä / village
  puhelin / phone              sähköposti / email          kieli / language (fi, sv, other)
  osoite / address
Dates as 31.5.2001 or 2001-05-31. Row numbers are those Excel shows (in a text file: line numbers).

Every invalid row is reported with its row number and nothing is imported, unless
--skip-invalid is given. A client who exists already (same personal identity code, or same
name and birth date) or a row repeating an earlier row is reported and skipped. A text file
whose quotation marks do not pair up is refused as a whole.

The clients are written in short batches, so the desktop application can save meanwhile. If an
import stops half-way (Ctrl+C, power cut), the batches written stay: run the same import again
to write the rest; the clients already imported are recognised and skipped."""


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return number


def _at_most(maximum: int) -> Callable[[str], int]:
    """A whole number from 0 to *maximum* (demo data: a typo must not fill the disk)."""

    def parse(value: str) -> int:
        number = _positive_int(value)
        if number > maximum:
            raise argparse.ArgumentTypeError(f"at most {maximum} (not {number})")
        return number

    return parse


def _file_path(value: str) -> Path:
    """A file path given on the command line; an empty one is wrong usage (``--db ''``)."""
    if not value.strip():
        raise argparse.ArgumentTypeError("the path is empty; give a file name")
    return Path(value)


def build_parser() -> argparse.ArgumentParser:
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db",
        type=_file_path,
        metavar="PATH",
        default=argparse.SUPPRESS,  # so that `--db X COMMAND` and `COMMAND --db X` both work
        help=f"database file (default: {paths.DATABASE_FILENAME} in the user's data folder)",
    )
    db_option.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help="where no keyring works: read the database passphrase from the first line of standard input "
        "(for scripts; in a terminal it is asked)",
    )

    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Vauhdittamo desk: walk-in guidance, referrals and workshop attendance. "
        "Without a command the desktop application starts.",
        parents=[db_option],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", choices=["fi", "sv", "en"], help="user interface language (default: fi)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[db_option], help="fill a database with realistic artificial data"
    )
    demo.add_argument(
        "--clients", type=_at_most(MAX_DEMO_CLIENTS), default=500, metavar="N",
        help=f"number of clients (500; at most {MAX_DEMO_CLIENTS})",
    )
    demo.add_argument(
        "--weeks", type=_at_most(MAX_DEMO_WEEKS), default=12, metavar="W",
        help=f"weeks of history (12; at most {MAX_DEMO_WEEKS})",
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed; same seed, same data (1)")
    demo.set_defaults(handler=_cmd_demo)

    stats = commands.add_parser("stats", parents=[db_option], help="counts of each kind of record")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(handler=_cmd_stats)

    importer = commands.add_parser("import", help="import records from a file")
    what = importer.add_subparsers(dest="what", metavar="WHAT", required=True)
    import_clients = what.add_parser(
        "clients",
        parents=[db_option],
        help="import clients from .xlsx, .csv or tab-separated text (Finnish or English headings)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=IMPORT_CLIENTS_HELP,
    )
    import_clients.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help="an Excel workbook (.xlsx; its first sheet), or UTF-8 text (.csv, .tsv, .txt) separated by semicolons, "
        "commas or tabs; the first non-blank row names the columns",
    )
    import_clients.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows even when some rows are invalid (each invalid row is still reported); "
        "without it nothing is imported while any row is invalid",
    )
    import_clients.set_defaults(handler=_cmd_import_clients)

    backup = commands.add_parser(
        "backup", parents=[db_option], help="a consistent copy of the database, also while the app runs"
    )
    backup.add_argument(
        "--out", type=_file_path, required=True, metavar="FILE",
        help="the backup file to write (encrypted with the database's key; a missing folder is made)",
    )
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists (only a file, never a folder)")
    backup.set_defaults(handler=_cmd_backup)

    staff = commands.add_parser("staff", help="staff accounts")
    staff_what = staff.add_subparsers(dest="what", metavar="WHAT", required=True)
    set_password = staff_what.add_parser(
        "set-password",
        parents=[db_option],
        help="set a staff member's password or PIN (e.g. when the only administrator forgot theirs)",
        description="Set the password or PIN of the staff member called NAME; it also ends a lockout. "
        "Asked twice on the terminal, or read from the next line of standard input with --password-stdin.",
    )
    set_password.add_argument("name", metavar="NAME", help="the staff member's name as it is in the app")
    set_password.add_argument(
        "--password-stdin", action="store_true", help="read the new password from standard input (for scripts)"
    )
    set_password.set_defaults(handler=_cmd_staff_set_password)

    exporter = commands.add_parser("export", help="export records to a file")
    export_what = exporter.add_subparsers(dest="what", metavar="WHAT", required=True)
    export_attendance = export_what.add_parser(
        "attendance",
        parents=[db_option],
        help="a week's workshop attendance as an Excel workbook (.xlsx) for funders",
        description="Write one ISO week's workshop attendance (summary, every attendance row and the "
        "sessions) to an Excel workbook in Finnish.",
    )
    export_attendance.add_argument(
        "--week", required=True, metavar="YYYY-Www", help="the ISO week, for example 2026-W47"
    )
    export_attendance.add_argument(
        "--out", type=_file_path, required=True, metavar="FILE", help="the .xlsx file to write"
    )
    export_attendance.add_argument(
        "--workshop",
        action="append",
        metavar="NAME_OR_ID",
        help="only this workshop (its name or id); repeat for several (default: every workshop)",
    )
    export_attendance.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export_attendance.add_argument(
        "--without-names",
        action="store_true",
        help="leave out names, municipalities, villages and cancellation reasons (for a workbook that leaves "
        "the office); participant codes, age groups and figures stay",
    )
    export_attendance.set_defaults(handler=_cmd_export_attendance)

    reporter = commands.add_parser("report", help="reports for the funder and the municipality")
    report_what = reporter.add_subparsers(dest="what", metavar="WHAT", required=True)
    report_period = report_what.add_parser(
        "period",
        parents=[db_option],
        help="a period's figures, ESF+ indicators and participants as an Excel workbook (.xlsx) or JSON",
        description="Compute the period report (participants, ESF+ indicators by gender, visits, referrals, "
        "assessments, certificates, workshop attendance; people counted once over the whole period) and write "
        "it to an Excel workbook in Finnish with a participant sheet for EURA 2021, or print it as JSON.",
    )
    report_period.add_argument(
        "--from", dest="start", required=True, metavar="YYYY-MM-DD", help="the period's first day"
    )
    report_period.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD", help="the period's last day")
    report_period.add_argument("--out", type=_file_path, metavar="FILE", help="the .xlsx file to write")
    report_period.add_argument("--json", action="store_true", help="print the figures as JSON (--out optional)")
    report_period.add_argument("--project", metavar="NAME_OR_ID", help="only this project's participants")
    report_period.add_argument("--municipality", metavar="NAME", help="only clients living in this municipality")
    report_period.add_argument("--village", metavar="NAME", help="only clients living in this village")
    report_period.add_argument(
        "--workshop", metavar="NAME_OR_ID", help="only this workshop's attendance and the clients present in it"
    )
    report_period.add_argument("--coach", metavar="NAME_OR_ID", help="only this personal coach's clients")
    report_period.add_argument("--force", action="store_true", help="replace FILE if it exists")
    report_period.add_argument(
        "--without-names",
        action="store_true",
        help="leave the clients' names out of the list of incomplete participants (codes stay)",
    )
    report_period.set_defaults(handler=_cmd_report_period)

    outreach = commands.add_parser("outreach", help="outreach lists of the village pilot")
    outreach_what = outreach.add_subparsers(dest="what", metavar="WHAT", required=True)
    outreach_progress = outreach_what.add_parser(
        "progress",
        parents=[db_option],
        help="an outreach list's progress per village, worker and channel as an Excel workbook (.xlsx)",
        description="Write the progress of one outreach list (people reached, declined, became clients, moved "
        "away, not yet tried; per village, per outreach worker and per way of contact) to an Excel workbook in "
        "Finnish. The workbook holds counts only, no names of the people on the list.",
    )
    outreach_progress.add_argument(
        "--list", dest="list_name", required=True, metavar="NAME_OR_ID", help="the list's name or id"
    )
    outreach_progress.add_argument(
        "--out", type=_file_path, required=True, metavar="FILE", help="the .xlsx file to write"
    )
    outreach_progress.add_argument("--force", action="store_true", help="replace FILE if it exists")
    outreach_progress.set_defaults(handler=_cmd_outreach_progress)
    outreach_purge = outreach_what.add_parser(
        "purge",
        parents=[db_option],
        help="erase what the outreach lists hold that is no longer needed (the app does it too)",
        description="Close the outreach lists whose retention ended (six months after their last day) and erase "
        "the names, phone numbers, addresses and attempt notes of the people on closed lists who never became "
        "clients. The figures stay. Safe to run again: what was erased already is left as it is.",
    )
    outreach_purge.set_defaults(handler=_cmd_outreach_purge)

    hub_help = (
        "the hub's address, postgresql://USER@HOST/DB (only PostgreSQL), never with the password (it comes from "
        "the keyring or is asked on the terminal); TLS with a verified certificate unless the hub is on this "
        "computer or the address gives its own ?sslmode="
    )
    hub = commands.add_parser("hub", help="the central PostgreSQL hub")
    hub_what = hub.add_subparsers(dest="what", metavar="WHAT", required=True)
    hub_init = hub_what.add_parser("init", help="create or upgrade the hub's schema (safe to run again)")
    hub_init.add_argument("--hub", required=True, metavar="URL", help=hub_help)
    hub_init.add_argument(
        "--new-epoch",
        action="store_true",
        help="after restoring the hub from a backup: every laptop sends all its data again and reads "
        "everything again at its next sync",
    )
    hub_init.set_defaults(handler=_cmd_hub_init)
    hub_user = hub_what.add_parser(
        "add-user",
        help="give a staff member their own hub user (run by the hub's owner; safe to run again)",
        description="Create or update the hub login NAME with only what syncing needs (no superuser, no "
        "deleting). The password is asked twice on the terminal, or read from standard input with "
        "--password-stdin; only its SCRAM verifier is sent to the server.",
    )
    hub_user.add_argument(
        "--hub", required=True, metavar="URL",
        help="the hub's address with USER its owner (who may create roles), e.g. postgresql://OWNER@HOST/DB; "
        "never with the password (it comes from the keyring or is asked on the terminal)",
    )
    hub_user.add_argument(
        "name", metavar="NAME",
        help="the new hub user, e.g. minna.partanen (names starting with pg_ are PostgreSQL's own)",
    )
    hub_user.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    hub_user.add_argument("--admin", action="store_true", help="the hub login of a staff administrator")
    hub_user.add_argument(
        "--municipality", action="append", default=[], metavar="NAME",
        help="the user works with this municipality's clients; repeat for several",
    )
    hub_user.add_argument(
        "--village", action="append", default=[], metavar="NAME",
        help="the user works with this village's clients; repeat for several",
    )
    hub_user.add_argument(
        "--coach", action="append", default=[], metavar="STAFF_ID",
        help="the user is this staff member (a personal coach) and sees their clients; repeat for several",
    )
    hub_user.add_argument(
        "--force", action="store_true",
        help="also change an existing PostgreSQL role that is not a hub user yet",
    )
    hub_user.set_defaults(handler=_cmd_hub_add_user)

    upgrade = commands.add_parser(
        "upgrade",
        parents=[db_option],
        help="upgrade an existing database to this version (as the app does at start); a backup is made first",
        description="Bring an existing database up to this version of the app: its schema is upgraded (and a "
        "database of an older version still unencrypted is encrypted), after a backup in the backups folder "
        "beside it. Nothing is done to a database that is up to date; no new database is made. The read-only "
        "commands (stats, export, report, backup) never upgrade a database themselves.",
    )
    upgrade.set_defaults(handler=_cmd_upgrade)

    sync = commands.add_parser("sync", parents=[db_option], help="send this computer's changes and fetch others'")
    sync.add_argument("--hub", required=True, metavar="URL", help=hub_help)
    sync.set_defaults(handler=_cmd_sync)
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    db = getattr(args, "db", None)
    return Path(db) if db else paths.default_database_path()


PASSPHRASE_TRIES = 3


def _ask_on_terminal() -> AskPassphrase:
    """Ask for the passphrase with getpass (nothing is echoed); three tries."""
    import getpass

    tries = 0

    def ask(request: PassphraseRequest) -> str | None:
        nonlocal tries
        if request.new:
            print(
                f"No keyring works on this computer, so the database {request.path} is protected with a "
                "passphrase. It cannot be recovered: without it the data is lost.",
                file=sys.stderr,
            )
            for _ in range(PASSPHRASE_TRIES):
                try:
                    first = getpass.getpass("New passphrase: ")
                    second = getpass.getpass("The same again: ")
                except EOFError:
                    return None
                try:
                    check_new_passphrase(first, second)
                except ValidationError as exc:
                    print(exc.message, file=sys.stderr)
                    continue
                return first
            return None
        if request.wrong:
            tries += 1
            if tries >= PASSPHRASE_TRIES:
                raise WrongKeyError(path=str(request.path))
            print("The passphrase is wrong; try again.", file=sys.stderr)
        try:
            return getpass.getpass(f"Passphrase of the database {request.path}: ") or None
        except EOFError:
            return None

    return ask


def _read_from_stdin(request: PassphraseRequest) -> str | None:
    """The passphrase from the first line of standard input (one try: a script cannot retype it)."""
    if request.wrong:
        raise WrongKeyError(path=str(request.path))
    line = sys.stdin.readline().rstrip("\r\n")
    return line or None


def _asker(args: argparse.Namespace) -> AskPassphrase | None:
    """How the passphrase is asked where no keyring works; ``None``: it cannot be (an error says so)."""
    if getattr(args, "passphrase_stdin", False):
        return _read_from_stdin
    if sys.stdin is not None and sys.stdin.isatty():
        return _ask_on_terminal()
    return None


def _new_password(args: argparse.Namespace) -> str | None:
    """The new password: the next line of standard input, or typed twice on the terminal."""
    import getpass

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    if sys.stdin is None or not sys.stdin.isatty():
        return None
    first = getpass.getpass("New password or PIN: ")
    if first != getpass.getpass("The same again: "):
        print(f"{APP_NAME}: error: the two passwords differ; nothing was changed", file=sys.stderr)
        return None
    return first or None


def _cli_actor() -> Actor:
    """The command line acts as the system: run by the machine's own user, who holds the database key."""
    from vauhdittamo.services.permissions import system

    return system("cli")


def _cmd_staff_set_password(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from vauhdittamo.models import StaffMember
    from vauhdittamo.services.auth import set_password
    from vauhdittamo.services.setup import open_prepared

    db = open_prepared(_db_path(args), create=False, ask_passphrase=_asker(args))
    try:
        with db.session(_cli_actor()) as session:
            found = list(
                session.scalars(
                    select(StaffMember.id).where(
                        StaffMember.display_name == args.name.strip(), StaffMember.deleted_at.is_(None)
                    )
                )
            )
        if len(found) != 1:
            what = "no staff member is" if not found else f"{len(found)} staff members are"
            print(f"{APP_NAME}: error: {what} called {args.name!r}; nothing was changed", file=sys.stderr)
            return EXIT_ERROR
        password = _new_password(args)
        if password is None:
            print(f"{APP_NAME}: error: no password was given; nothing was changed", file=sys.stderr)
            return EXIT_ERROR
        with db.transaction(_cli_actor()) as session:
            set_password(session, found[0], password)
    finally:
        db.close()
    print(f"The password of {args.name} is set; they can sign in with it now.")
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from vauhdittamo.services.demo import DEMO_PASSWORD, generate_demo
    from vauhdittamo.services.setup import open_prepared
    from vauhdittamo.services.stats import database_stats

    db = open_prepared(_db_path(args), ask_passphrase=_asker(args))
    try:
        with db.session(_cli_actor()) as session:
            existing = database_stats(session)
        if existing.clients or existing.staff:
            print(
                f"{APP_NAME}: error: {db.path} already has data; demo data goes only into an empty database "
                "(use --db NEW_FILE)",
                file=sys.stderr,
            )
            return EXIT_ERROR

        def progress(stage: str, fraction: float) -> None:
            if sys.stderr.isatty():
                print(f"\r{stage:<40} {fraction:4.0%}", end="", file=sys.stderr, flush=True)

        summary = generate_demo(db, clients=args.clients, weeks=args.weeks, seed=args.seed, progress=progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
    finally:
        db.close()
    print(f"Demo data written to {db.path}: {summary}")
    print(f"Every demo staff member signs in with the demo password: {DEMO_PASSWORD}")
    return EXIT_OK


def _cmd_stats(args: argparse.Namespace) -> int:
    from vauhdittamo.db import open_database
    from vauhdittamo.services.stats import database_stats

    db = open_database(_db_path(args), create=False, upgrade=False, ask_passphrase=_asker(args))
    try:
        with db.session(_cli_actor()) as session:
            stats = database_stats(session)
        data = {**stats.as_json(), **_quarantine_counts(db)}
    finally:
        db.close()
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        width = max(len(k) for k in data)
        for key, value in data.items():
            print(f"{key.replace('_', ' '):<{width}}  {'-' if value is None else value}")
    return EXIT_OK


def _cmd_import_clients(args: argparse.Namespace) -> int:
    from vauhdittamo.services.importer import ImportProgress, ImportStage, import_clients
    from vauhdittamo.services.setup import open_prepared

    db = open_prepared(_db_path(args), create=False, ask_passphrase=_asker(args))  # never a new database
    written = 0
    shown = False

    def progress(step: ImportProgress) -> None:
        nonlocal written, shown
        written = step.imported
        if sys.stderr.isatty():  # a progress line in a terminal only, never in a log or a pipe
            label = "Checking rows" if step.stage is ImportStage.CHECKING else "Importing clients"
            print(f"\r{label:<18} {step.done:>7,} / {step.total:,} {step.fraction:4.0%}", end="", file=sys.stderr,
                  flush=True)
            shown = True

    try:
        report = import_clients(db, _cli_actor(), args.file, skip_invalid=args.skip_invalid, progress=progress)
    except KeyboardInterrupt:
        if shown:
            print(file=sys.stderr)
        if written:
            print(
                f"{APP_NAME}: interrupted after {written} client(s) were imported; they stay. Run the same import "
                "again to import the rest (the clients already imported are recognised and skipped).",
                file=sys.stderr,
            )
            return 130
        raise
    finally:
        db.close()
    if shown:
        print(file=sys.stderr)
    for problem in report.problems:
        print(f"row {problem.row}: {'; '.join(problem.reasons)}", file=sys.stderr)
    for duplicate in report.duplicates:
        print(f"row {duplicate.row}: not imported, {duplicate.reason}", file=sys.stderr)
    if report.problems and not args.skip_invalid:
        print(
            f"{APP_NAME}: error: {len(report.problems)} invalid row(s); nothing was imported. "
            "Fix the rows or use --skip-invalid.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    again = (
        f" ({report.already_imported} of them imported already by an earlier run of this file)"
        if report.already_imported else ""
    )
    print(
        f"Imported {report.imported} client(s); {len(report.duplicates)} duplicate(s){again} and "
        f"{len(report.problems)} invalid row(s) skipped."
    )
    return EXIT_OK


def _check_out(out: Path, force: bool, source: Path, what: str) -> None:
    """Refuse *out* before anything is opened: a folder, a device, a pipe or a socket (never replaced, also
    with --force), an existing file without --force, and the database itself."""
    kind = paths.kind_of_special_file(out)
    if kind == paths.FOLDER:
        raise FileAccessError(MSG_OUT_IS_FOLDER, path=str(out))
    if kind is not None:
        raise FileAccessError(MSG_OUT_NOT_A_FILE, path=str(out))
    if out.exists() and not force:
        raise FileAccessError(MSG_OUT_EXISTS, path=str(out))
    if out.exists() and source.exists() and out.resolve() == source.resolve():
        raise FileAccessError(path=str(out), reason=f"{what} cannot replace the database itself")


def _cmd_backup(args: argparse.Namespace) -> int:
    from vauhdittamo.db import backup_database

    out = Path(args.out)
    source = _db_path(args)
    _check_out(out, args.force, source, "the backup")
    backup_database(source, out, ask_passphrase=_asker(args))  # never upgrades nor encrypts the database
    print(f"Backup written to {out}")
    return EXIT_OK


def _cmd_upgrade(args: argparse.Namespace) -> int:
    from vauhdittamo.db import FileState, file_state, head_revision, read_revision
    from vauhdittamo.services.setup import open_prepared

    path = _db_path(args)
    state = file_state(path) if path.exists() else None
    before = read_revision(path) if state is FileState.PLAIN else None
    db = open_prepared(path, create=False, ask_passphrase=_asker(args))
    db.close()
    if state is FileState.PLAIN:
        print(f"The database {path} is encrypted now and at schema {head_revision()} (it was at {before}).")
    elif db.upgraded_from is not None:
        print(f"The database {path} is upgraded from schema {db.upgraded_from} to {head_revision()}.")
    else:
        print(f"The database {path} is up to date (schema {head_revision()}); nothing was changed.")
    return EXIT_OK


def _cmd_export_attendance(args: argparse.Namespace) -> int:
    from vauhdittamo.db import open_database
    from vauhdittamo.services import spreadsheet
    from vauhdittamo.services.attendance_export import export_attendance, record_export, resolve_workshops
    from vauhdittamo.services.isoweek import IsoWeek

    week = IsoWeek.parse(args.week)
    out = Path(args.out)
    source = _db_path(args)
    _check_out(out, args.force, source, "the export")
    db = open_database(source, create=False, upgrade=False, ask_passphrase=_asker(args))
    try:
        # Written beside FILE, and given its name only once the export is in the audit trail: a workbook
        # of personal data is never left behind unrecorded (a busy or read-only database, a full disk).
        with spreadsheet.atomic_target(out) as staged:
            with db.session(_cli_actor()) as session:
                workshop_ids = resolve_workshops(session, args.workshop) if args.workshop else None

                def progress(fraction: float) -> None:
                    if sys.stderr.isatty():
                        print(f"\rExporting week {week} {fraction:4.0%}", end="", file=sys.stderr, flush=True)

                try:
                    summary = export_attendance(
                        session, week, staged, workshop_ids, progress=progress, with_names=not args.without_names
                    )
                finally:
                    if sys.stderr.isatty():
                        print(file=sys.stderr)
            with db.transaction(_cli_actor()) as session:
                record_export(session, summary)
    finally:
        db.close()
    total = summary.figures.total
    print(
        f"Week {week}: {summary.rows} attendance row(s), {total.present} present, {total.participants} "
        f"different participant(s), {total.anonymous} anonymous; written to {out}"
        + (" (without names)" if not summary.with_names else "")
    )
    return EXIT_OK


def _cmd_report_period(args: argparse.Namespace) -> int:
    from vauhdittamo.db import open_database
    from vauhdittamo.services import spreadsheet
    from vauhdittamo.services.attendance_export import resolve_workshops
    from vauhdittamo.services.reporting import eura
    from vauhdittamo.services.reporting.period import Period, ReportFilters
    from vauhdittamo.services.reporting.queries import period_report
    from vauhdittamo.services.reporting.workbook import (
        export_period_report,
        record_export,
        resolve_coach,
        resolve_project,
    )

    period = Period.parse(args.start, args.end)
    out = Path(args.out) if args.out else None
    if out is None and not args.json:
        print(f"{APP_NAME}: error: give --out FILE.xlsx for the workbook, or --json to print the figures",
              file=sys.stderr)
        return EXIT_USAGE
    source = _db_path(args)
    if out is not None:
        _check_out(out, args.force, source, "the report")
    db = open_database(source, create=False, upgrade=False, ask_passphrase=_asker(args))
    try:
        with contextlib.ExitStack() as staging:
            # Written beside FILE, and given its name only once the export is in the audit trail.
            staged = staging.enter_context(spreadsheet.atomic_target(out)) if out is not None else None
            with db.session(_cli_actor()) as session:
                filters = ReportFilters(
                    project_id=resolve_project(session, args.project) if args.project else None,
                    municipality=(args.municipality or "").strip() or None,
                    village=(args.village or "").strip() or None,
                    workshop_id=resolve_workshops(session, [args.workshop])[0] if args.workshop else None,
                    coach_id=resolve_coach(session, args.coach) if args.coach else None,
                )
                if staged is None:
                    report = period_report(session, period, filters)
                    participants = eura.participant_rows(session, period, filters, with_sensitive=False)
                    rows, incomplete = len(participants.rows), len(participants.incomplete)
                else:

                    def progress(fraction: float) -> None:
                        if sys.stderr.isatty():
                            print(f"\rWriting the report {fraction:4.0%}", end="", file=sys.stderr, flush=True)

                    try:
                        summary = export_period_report(
                            session, period, filters, staged, with_names=not args.without_names, progress=progress
                        )
                    finally:
                        if sys.stderr.isatty():
                            print(file=sys.stderr)
                    report, rows, incomplete = summary.report, summary.participants, summary.incomplete
            if staged is not None:
                with db.transaction(_cli_actor()) as session:
                    record_export(session, summary)
    finally:
        db.close()
    if args.json:
        data = {**report.as_json(), "participant_rows": rows, "incomplete_rows": incomplete}
        if out is not None:
            data["out"] = str(out)
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        p = report.participants
        print(
            f"{period.start.isoformat()}–{period.end.isoformat()}: {p.entered} participant(s) entered, {p.active} "
            f"active, {p.exited} exited; {rows} participant row(s), {incomplete} to complete; written to {out}"
            + (" (without names)" if args.without_names else "")
        )
    return EXIT_OK


def _cmd_outreach_progress(args: argparse.Namespace) -> int:
    from vauhdittamo.db import open_database
    from vauhdittamo.services import spreadsheet
    from vauhdittamo.services.outreach.lists import resolve_list
    from vauhdittamo.services.outreach.workbook import export_progress, record_export

    out = Path(args.out)
    source = _db_path(args)
    _check_out(out, args.force, source, "the workbook")
    db = open_database(source, create=False, upgrade=False, ask_passphrase=_asker(args))
    try:
        # Written beside FILE, and given its name only once the export is in the audit trail.
        with spreadsheet.atomic_target(out) as staged:
            with db.session(_cli_actor()) as session:
                export = export_progress(session, resolve_list(session, args.list_name), staged)
            with db.transaction(_cli_actor()) as session:
                record_export(session, export)
    finally:
        db.close()
    total = export.figures.total
    print(
        f"{export.figures.name}: {total.total} people, {total.reached_in_total} reached ({total.became_clients} "
        f"became clients, {total.declined} declined), {total.moved_away} moved away, {total.not_tried} not yet "
        f"tried; written to {out}"
    )
    return EXIT_OK


def _cmd_outreach_purge(args: argparse.Namespace) -> int:
    from vauhdittamo.services.outreach.purge import purge_due
    from vauhdittamo.services.setup import open_prepared

    db = open_prepared(_db_path(args), create=False, ask_passphrase=_asker(args))  # never a new database
    try:
        with db.transaction(_cli_actor()) as session:
            report = purge_due(session)
    finally:
        db.close()
    if not report.lists:
        print("Nothing to erase: every closed outreach list is erased already.")
    else:
        print(
            f"Erased the details of {report.entries} people and {report.notes} attempt note(s) on {report.lists} "
            f"list(s); {report.lists_closed} list(s) closed at the end of their retention."
        )
    return EXIT_OK


def _ask_hub_password(user: str) -> str | None:
    """The hub password typed on the terminal (nothing echoed); ``None`` without a terminal."""
    import getpass

    if sys.stdin is None or not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(f"Password of the hub user {user}: ") or None
    except EOFError:
        return None


def _hub_engine(address: str) -> Engine:
    """The hub's engine; the password from the keyring, else asked on the terminal (never from the address)."""
    from vauhdittamo.sync.credentials import stored_password
    from vauhdittamo.sync.errors import HubPasswordMissingError, HubPasswordNeededError
    from vauhdittamo.sync.transport import connect_hub, hub_url, parse_address

    url = parse_address(address)  # a password in the address is refused
    if url.username:
        password = stored_password(url.username)
        if password is None:
            try:
                return connect_hub(url)  # a hub that needs no password (certificates, trust)
            except HubPasswordNeededError:
                password = _ask_hub_password(url.username)
            if password is None:
                raise HubPasswordMissingError(user=url.username) from None
        url = hub_url(url, password)
    return connect_hub(url)


def _cmd_hub_init(args: argparse.Namespace) -> int:
    from vauhdittamo.db import head_revision
    from vauhdittamo.sync.hub import init_hub
    from vauhdittamo.sync.transport import describe

    engine = _hub_engine(args.hub)
    try:
        done = init_hub(engine, head_revision(), new_epoch=args.new_epoch)
    finally:
        engine.dispose()
    print(f"Hub {describe(engine.url)}: {done}")
    if args.new_epoch:
        print("A new epoch: every laptop sends all its data again and reads everything again at its next sync.")
    return EXIT_OK


def _cmd_hub_add_user(args: argparse.Namespace) -> int:
    from vauhdittamo.services.auth import check_password_rules
    from vauhdittamo.sync.hub import add_hub_user, check_hub_user_name
    from vauhdittamo.sync.transport import describe, parse_address

    check_hub_user_name(args.name)
    parse_address(args.hub)  # a bad address is refused before the password is asked
    password = _new_password(args)
    if password is None:
        print(f"{APP_NAME}: error: no password was given; nothing was changed", file=sys.stderr)
        return EXIT_ERROR
    check_password_rules(password)
    municipalities = tuple(m.strip() for m in args.municipality if m.strip())
    villages = tuple(v.strip() for v in args.village if v.strip())
    coach_ids = tuple(c.strip() for c in args.coach if c.strip())
    engine = _hub_engine(args.hub)
    try:
        done = add_hub_user(
            engine, args.name, password, admin=args.admin, municipalities=municipalities, villages=villages,
            coach_ids=coach_ids, force=args.force,
        )
    finally:
        engine.dispose()
    scope = [f"municipalities {', '.join(municipalities)}"] if municipalities else []
    scope += [f"villages {', '.join(villages)}"] if villages else []
    scope += [f"coach {', '.join(coach_ids)}"] if coach_ids else []
    what = "a staff administrator's hub login" if args.admin else "it may sync and nothing more"
    print(f"Hub {describe(engine.url)}: user {args.name} {done}; {what}" + (f" ({'; '.join(scope)})" if scope else "")
          + ".")
    return EXIT_OK


def _quarantine_counts(db: Database) -> dict[str, int]:
    from vauhdittamo.sync.protocol import quarantine_summary

    held = quarantine_summary(db)
    return {"quarantine_pulled": held.pulled, "quarantine_refused": held.refused}


def _notice_text(report: SyncReport, notice: str) -> str:
    """A sync notice with its figure: ``{count}`` is the refused or quarantined count it is about."""
    from vauhdittamo.sync.protocol import MSG_QUARANTINED, MSG_REFUSED

    count = report.refused if notice == MSG_REFUSED else report.quarantined if notice == MSG_QUARANTINED else 0
    try:
        return notice.format(count=count)
    except (KeyError, IndexError, ValueError):
        return notice


def _cmd_sync(args: argparse.Namespace) -> int:
    from vauhdittamo.db import open_database
    from vauhdittamo.sync.protocol import sync
    from vauhdittamo.sync.transport import parse_address

    parse_address(args.hub)  # a bad address (or one with a password) is refused before anything is opened
    db = open_database(_db_path(args), create=False, ask_passphrase=_asker(args))
    try:
        engine = _hub_engine(args.hub)
        try:

            def progress(fraction: float, stage: str) -> None:
                if sys.stderr.isatty():
                    print(f"\r{stage:<30} {fraction:4.0%}", end="", file=sys.stderr, flush=True)

            report = sync(db, engine, _cli_actor(), progress=progress)
            if sys.stderr.isatty():
                print(file=sys.stderr)
        finally:
            engine.dispose()
        held = _quarantine_counts(db)
    finally:
        db.close()
    print(
        f"Synced in {report.seconds:.1f} s: {report.pushed} change(s) sent, {report.pulled} received, "
        f"{report.conflicts} conflict(s) to review, {report.refused} refused by the hub, {report.quarantined} "
        "received but not applied here."
    )
    for notice in report.notices:
        print(_notice_text(report, notice))
    if any(held.values()):
        print(
            f"Held back in all: {held['quarantine_pulled']} received change(s) not applied here (tried again at "
            f"every sync), {held['quarantine_refused']} refused by the hub (see the Sync screen)."
        )
    return EXIT_OK


def main(argv: Sequence[str] | None = None, launch_gui: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run the command line; without a command start the GUI through *launch_gui*."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        if launch_gui is None:
            parser.print_usage(sys.stderr)
            return EXIT_USAGE
        if not hasattr(args, "db"):
            args.db = None
        return launch_gui(args)
    setup_cli_logging()
    paths.clean_temp_dir()  # what an export cut short by a crash or power cut left behind
    try:
        return int(handler(args))
    except AppError as exc:
        print(f"{APP_NAME}: error: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except DBAPIError as exc:
        friendly = classify_sqlite_error(exc, getattr(args, "db", None) or paths.default_database_path())
        if friendly is None and getattr(args, "hub", None):
            friendly = _hub_failure(exc, args.hub)
        if friendly is None:
            return _unexpected(exc)
        print(f"{APP_NAME}: error: {friendly.message}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"{APP_NAME}: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"{APP_NAME}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - a bug: reported below, without personal data
        return _unexpected(exc)


def _hub_failure(exc: DBAPIError, address: str) -> AppError | None:
    """What the hub's own error means (its driver's message, never the statement); ``None`` for another database."""
    from vauhdittamo.sync.transport import hub_error, parse_address

    if type(exc.orig).__module__.split(".")[0] != "psycopg":
        return None
    try:
        url = parse_address(address)
    except AppError:
        return None
    return hub_error(exc, url)


def _unexpected(exc: BaseException) -> int:
    """A bug: its traceback logged (database errors without their values, see logging_setup), one line said."""
    log.critical("unexpected error", exc_info=exc)
    print(f"{APP_NAME}: error: unexpected {type(exc).__name__}; this is a bug, please report it", file=sys.stderr)
    return EXIT_ERROR
