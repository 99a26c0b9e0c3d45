"""Importing clients from a CSV, tab-separated or Excel (.xlsx) file.

The file is read (:func:`read_import_file`), every row is checked like the client form checks
it and compared with existing clients and earlier rows (:func:`check_rows`, a few queries for
all rows together), and the result can be shown as a preview (:func:`preview_import`) or
imported (:func:`import_clients`).

* Problems with the file itself (missing, not what its extension claims, too large, unknown or
  missing columns, a quotation mark left open) raise :class:`ImportFileError` with a plain message.
* Problems with a row are collected as :class:`RowProblem` and never raised.
* Rows that duplicate an existing client or an earlier row are :class:`RowDuplicate`: reported
  and skipped, but they do not block the other rows.

Text files are parsed strictly: a quotation mark left open would otherwise swallow the lines after
it into one value, so a value spanning lines refuses the whole file (no client detail holds a line
break), and a line with fewer values than the heading row has columns is an invalid row.

Writing: nothing is written while any row is invalid (unless invalid rows are skipped). The new
clients are then written in batches (:data:`BATCH_SECONDS`), each in its own short transaction, so
that other programs (the front desk) can save in between; a batch that finds the database busy is
tried again. Each batch takes the write lock at its start (another program's write never makes it
fail), compares its rows with the clients again only when another program wrote since the check, and
puts its clients into the search index set-wise (:func:`vauhdittamo.search_index.bulk_insert`), with
their audit entries, sync clocks and outbox rows. A batch is all or nothing, the import as a whole
is not: when it stops half-way (power cut, Ctrl+C) the batches written stay. Running the same import
again is safe: each batch's audit entry (``IMPORTED``) names the file's rows it covered and the file's
fingerprint, and a row that an earlier run of the same file covered is skipped as already imported,
like every other duplicate.

Row numbers are the spreadsheet row numbers a user sees in Excel: the heading row is row 1
(the first non-blank row), the first data row is row 2; blank rows count but are skipped. In a
text file the row number is the line number.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import enum
import hashlib
import io
import itertools
import json
import os
import re
import stat
import time
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import Table, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from vauhdittamo import collector, search_index
from vauhdittamo.db import WRITE_LOCK_OPTION, Database
from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, DatabaseLockedError, ValidationError, classify_sqlite_error
from vauhdittamo.ids import new_id, new_ids
from vauhdittamo.models import AuditAction, AuditEntry, Client
from vauhdittamo.services import audit
from vauhdittamo.services.clients import (
    ClientData,
    ClientInput,
    InvalidInput,
    search_key_of,
    validate_client,
)
from vauhdittamo.services.permissions import Actor, Permission, acting_staff_id, require, require_signed_in
from vauhdittamo.services.text import fold
from vauhdittamo.sync import hlc
from vauhdittamo.timeutil import format_date, local_today, to_local, utcnow

MAX_ROWS = 50_000
MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")  # delimited text: semicolons, commas or tabs
BATCH_SECONDS = 0.5  # the aim for one write transaction: each batch well under a second
BATCH_ROWS = 1000  # new clients in the first batch; the next ones are sized from the time the last one took
BATCH_ROWS_RANGE = (100, 20_000)
# Seconds between batches, so that a save waiting for the database gets its turn: SQLite's busy handler
# tries again every 100 ms, and a shorter pause would often fall between two of its tries.
BATCH_PAUSE = 0.11
# SQLite's page cache of the import's connection. A batch changes 10-20 MB of pages (the clients, their
# indexes, the search index, audit entries, clocks, outbox): in the usual 8 MB they would be written out
# and read back (decrypted) again before the batch ends.
IMPORT_CACHE_KIB = 64 * 1024
RETRY_FOR = 120.0  # seconds a batch is tried again while another program keeps the database busy
_QUERY_CHUNK = 500  # values in one IN (...) of the duplicate queries

MSG_MISSING = QT_TRANSLATE_NOOP("errors", "The file {path} does not exist.")
MSG_NOT_A_FILE = QT_TRANSLATE_NOOP("errors", "{path} is not a file.")
MSG_READ = QT_TRANSLATE_NOOP("errors", "Cannot read the file {path}: {reason}")
MSG_UNSUPPORTED = QT_TRANSLATE_NOOP(
    "errors", "Cannot import {path}: only CSV (.csv), tab-separated text (.tsv, .txt) and Excel workbook (.xlsx) "
    "files can be imported."
)
MSG_EMPTY = QT_TRANSLATE_NOOP("errors", "The file {path} is empty.")
MSG_TOO_BIG = QT_TRANSLATE_NOOP(
    "errors", "The file {path} is too large ({size} MB); at most {limit} MB can be imported at once. "
    "Split it into smaller files."
)
MSG_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "errors", "The file {path} has more than {limit} rows of clients; split it into smaller files."
)
MSG_NOT_XLSX = QT_TRANSLATE_NOOP(
    "errors", "The file {path} is not an Excel workbook (.xlsx), or it is damaged or password-protected. "
    "Open it in Excel and save it again as an Excel workbook (.xlsx) or as CSV UTF-8."
)
MSG_NOT_TEXT = QT_TRANSLATE_NOOP(
    "errors", "The file {path} is not a CSV text file. In Excel, save it as CSV UTF-8 (.csv)."
)
MSG_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "errors", "The file {path} is not UTF-8 text (first problem on line {line}). In Excel, save it as CSV UTF-8 (.csv)."
)
MSG_BAD_CSV = QT_TRANSLATE_NOOP(
    "errors", "The file {path} is not valid CSV near line {line}. Check the quotation marks and the separators "
    "on that line."
)
MSG_STRAY_QUOTE = QT_TRANSLATE_NOOP(
    "errors", "The file {path} is not valid CSV: on line {line} a value in quotation marks goes on after its "
    "closing quotation mark. A quotation mark inside a value is written twice (\"\"). Check line {line}."
)
MSG_UNCLOSED_QUOTE = QT_TRANSLATE_NOOP(
    "errors", "The file {path} is not valid CSV: the quotation mark opened on line {line} is never closed, so "
    "every line after it would be read as one value. Check the quotation marks on line {line}; nothing was "
    "imported."
)
MSG_VALUE_ON_LINES = QT_TRANSLATE_NOOP(
    "errors", "The file {path} is not valid CSV: a quotation mark opened on line {line} closes only on line "
    "{end}, so lines {line}–{end} would be read as one row. Client details cannot hold line breaks: check the "
    "quotation marks on line {line}; nothing was imported."
)
MSG_FIELD_COUNT = QT_TRANSLATE_NOOP(
    "errors", "This line has {found} value(s) but the heading row names {expected} columns. Check the "
    "separators and quotation marks on this line."
)
MSG_UNKNOWN_COLUMNS = QT_TRANSLATE_NOOP(
    "errors", "The file {path} has columns that cannot be imported: {columns}. Known columns: {known}."
)
MSG_DUPLICATE_COLUMN = QT_TRANSLATE_NOOP(
    "errors", "The file {path} has the column {column} twice: {columns}. Remove one of them."
)
MSG_MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "errors", "The file {path} has no column {columns}. Row {row} must name the columns, for example "
    "etunimi; sukunimi; syntymäaika."
)
MSG_NO_HEADING = QT_TRANSLATE_NOOP(
    "errors", "In the file {path}, column {column} has no heading in row {header_row}, but row {row} has a value "
    "in it. Add a heading or remove the values."
)

MSG_DUP_EXISTING_ID = QT_TRANSLATE_NOOP(
    "errors", "Already a client: {name} has the same personal identity code."
)
MSG_DUP_EXISTING_NAME = QT_TRANSLATE_NOOP(
    "errors", "Already a client: {name} has the same name and birth date."
)
MSG_DUP_ROW_ID = QT_TRANSLATE_NOOP("errors", "Same personal identity code as row {row} of the file.")
MSG_DUP_ROW_NAME = QT_TRANSLATE_NOOP("errors", "Same name and birth date as row {row} of the file.")
MSG_DUP_EARLIER_IMPORT = QT_TRANSLATE_NOOP(
    "errors", "Already imported: an import of this same file on {date} wrote this row."
)
MSG_STOPPED = QT_TRANSLATE_NOOP(
    "errors", "The import stopped after {imported} of {total} new client(s) were written: {reason} Run the same "
    "import again to write the rest; the clients already written are recognised and skipped."
)
# A row's problem, naming the column by its heading as written in the user's file.
MSG_IN_COLUMN = QT_TRANSLATE_NOOP("errors", "Column “{heading}”: {message}")

Translate = Callable[[str, str], Any]
"""A translate function ``(context, text) -> text``, e.g. ``QCoreApplication.translate``."""


class ImportFileError(AppError):
    """The import file cannot be used at all (nothing was read or imported)."""

    template = QT_TRANSLATE_NOOP("errors", "The file {path} cannot be imported.")


class ImportStopped(AppError):
    """Writing stopped half-way (the database stayed busy, the disk is full ...): *report* tells what was written.

    The batches written stay; running the same import again writes the rest.
    """

    template = MSG_STOPPED

    def __init__(self, cause: AppError, report: ImportReport, total: int) -> None:
        self.cause = cause
        self.report = report
        super().__init__(imported=report.imported, total=total, reason=cause.message)

    def translated(self, translate: Any) -> str:
        params = {**self.params, "reason": self.cause.translated(translate)}
        return str(translate("errors", self.template)).format(**params)


@dataclass(frozen=True)
class Column:
    """An importable column: the :class:`ClientInput` field and its Finnish heading."""

    field: str
    finnish: str

    @property
    def label(self) -> str:
        """How messages name the column: ``henkilötunnus / personal_id``."""
        return f"{self.finnish} / {self.field}"


COLUMNS: tuple[Column, ...] = (
    Column("first_name", "etunimi"),
    Column("last_name", "sukunimi"),
    Column("birth_date", "syntymäaika"),
    Column("personal_id", "henkilötunnus"),
    Column("municipality", "kotikunta"),
    Column("village", "kylä"),
    Column("phone", "puhelin"),
    Column("email", "sähköposti"),
    Column("language", "kieli"),
    Column("address", "osoite"),
)
REQUIRED_FIELDS: tuple[str, ...] = ("first_name", "last_name")
_COLUMN_BY_FIELD = {c.field: c for c in COLUMNS}


def _heading_key(text: str) -> str:
    """Headings match case- and accent-insensitively; spaces and hyphens count as ``_``."""
    return fold(text.replace("\ufeff", "")).replace(" ", "_").replace("-", "_")


_FIELD_BY_HEADING = {_heading_key(name): c.field for c in COLUMNS for name in (c.field, c.finnish)}


def column_label(field_name: str | None) -> str:
    """``henkilötunnus / personal_id`` for a field name; the name itself (or "") for others."""
    column = _COLUMN_BY_FIELD.get(field_name or "")
    return column.label if column else field_name or ""


# --------------------------------------------------------------------------- results


class RowStatus(enum.StrEnum):
    NEW = "new"  # valid and not a duplicate: will be imported
    INVALID = "invalid"  # see ImportPreview.problems
    DUPLICATE = "duplicate"  # see ImportPreview.duplicates


@dataclass
class ParsedRow:
    """A non-blank data row: its text by field name and, when valid, the checked details."""

    row: int
    values: dict[str, str]
    data: ClientData | None = None
    status: RowStatus = RowStatus.NEW


@dataclass
class RowProblem:
    """An invalid row.

    ``reasons`` are English messages naming the column by its heading in the file, e.g.
    ``Column “Henkilötunnus”: The check character ... is wrong``. ``errors`` are the same
    problems as :class:`ValidationError` objects (``field``, ``template``, ``params``) for a
    form-like view or translation; see :meth:`translated_reasons`. ``headings``: the file's heading
    of each field.
    """

    row: int
    reasons: list[str]
    values: dict[str, str]
    errors: list[ValidationError] = field(default_factory=list)
    headings: dict[str, str] = field(default_factory=dict)

    def translated_reasons(self, translate: Translate) -> list[str]:
        """The reasons through *translate* (the headings stay as the file has them)."""
        return [
            _with_label(e.field, e.translated(translate), self.headings, translate) for e in self.errors
        ] or list(self.reasons)


@dataclass
class RowDuplicate:
    """A row that is already a client, or repeats an earlier row of the file; it is skipped.

    ``existing_client_id`` is set for an existing client, ``earlier_row`` for a repeated row.
    ``reason`` is the English message; ``template`` and ``params`` allow translating it.
    """

    row: int
    name: str
    existing_client_id: str | None
    reason: str
    earlier_row: int | None = None
    template: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    already_imported: bool = False  # an earlier import of the same file wrote this row

    def translated(self, translate: Translate) -> str:
        """The reason through *translate*."""
        if not self.template:
            return self.reason
        return str(translate("errors", self.template)).format(**self.params)


@dataclass
class ImportTable:
    """What was read from the file: field names in file order and the non-blank data rows."""

    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]
    headings: dict[str, str] = field(default_factory=dict)  # each field's heading, as the file writes it
    # Text files: rows with fewer values than the heading row has columns (row -> values found), and that count.
    short_rows: dict[int, int] = field(default_factory=dict)
    width: int = 0
    fingerprint: str = ""  # of the rows read: the same file imported again is recognised (see import_clients)


class _HasStatus(Protocol):
    @property
    def status(self) -> RowStatus: ...


RowT = TypeVar("RowT", bound=_HasStatus)


@dataclass
class RowsPreview(Generic[RowT]):
    """Every non-blank data row of a file with its status, the problems and duplicates. Nothing was written.

    ``columns`` are the field names of the file's columns (``first_name``...) in file order. Shared by the
    client import and the outreach lists' import.
    """

    rows: list[RowT]
    problems: list[RowProblem]
    duplicates: list[RowDuplicate]
    columns: list[str]

    @property
    def total_count(self) -> int:
        return len(self.rows)

    @property
    def valid_count(self) -> int:
        """Rows without problems, duplicates included."""
        return self.total_count - len(self.problems)

    @property
    def invalid_count(self) -> int:
        return len(self.problems)

    @property
    def duplicate_count(self) -> int:
        return len(self.duplicates)

    @property
    def importable_rows(self) -> list[RowT]:
        """Valid rows that are not duplicates: imported when there are no problems or invalid rows are skipped."""
        return [r for r in self.rows if r.status is RowStatus.NEW]

    @property
    def importable_count(self) -> int:
        return len(self.importable_rows)

    @property
    def has_problems(self) -> bool:
        return bool(self.problems)


@dataclass
class ImportPreview(RowsPreview[ParsedRow]):
    """The client import's preview (see :class:`RowsPreview`)."""


@dataclass
class ImportReport:
    """The outcome of :func:`import_clients`.

    ``committed`` is False when invalid rows stopped the import (then ``imported`` is 0);
    True when the valid new rows were saved, even if that was none. ``batches``: the transactions
    the clients were written in.
    """

    imported: int
    problems: list[RowProblem]
    duplicates: list[RowDuplicate]
    committed: bool
    client_ids: list[str] = field(default_factory=list)
    batches: int = 0

    @property
    def skipped_invalid(self) -> int:
        """Invalid rows left out because of ``skip_invalid``."""
        return len(self.problems) if self.committed else 0

    @property
    def already_imported(self) -> int:
        """Duplicates that an earlier import of the same file wrote (it was run before, or stopped half-way)."""
        return sum(1 for d in self.duplicates if d.already_imported)


class ImportStage(enum.StrEnum):
    CHECKING = "checking"  # rows validated and compared
    WRITING = "writing"  # new clients written


@dataclass(frozen=True)
class ImportProgress:
    """How far an import is: *done* of *total* rows in *stage*; *imported*: clients written so far."""

    stage: ImportStage
    done: int
    total: int
    imported: int = 0

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 1.0


ProgressCallback = Callable[[ImportProgress], None]


# --------------------------------------------------------------------------- reading files


def read_import_file(
    path: str | os.PathLike[str],
    columns: Sequence[Column] = COLUMNS,
    required: Sequence[str] = REQUIRED_FIELDS,
) -> ImportTable:
    """Read a ``.csv`` or ``.xlsx`` file; raise :class:`ImportFileError` if it cannot be used.

    *columns* are the importable columns and *required* the fields every file must have a column for
    (the clients' by default; the outreach lists' import reads its own with the same checks).
    """
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ImportFileError(MSG_MISSING, path=str(path)) from None
    except OSError as exc:
        raise ImportFileError(MSG_READ, path=str(path), reason=exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise ImportFileError(MSG_NOT_A_FILE, path=str(path))
    suffix = path.suffix.lower()
    if suffix not in (*TEXT_SUFFIXES, ".xlsx"):
        raise ImportFileError(MSG_UNSUPPORTED, path=str(path))
    if info.st_size == 0:
        raise ImportFileError(MSG_EMPTY, path=str(path))
    if info.st_size > MAX_BYTES:
        raise ImportFileError(
            MSG_TOO_BIG, path=str(path), size=f"{info.st_size / 1024 / 1024:.1f}", limit=MAX_BYTES // 1024 // 1024
        )
    text_file = suffix in TEXT_SUFFIXES
    table = _build_table(
        path, _read_csv(path) if text_file else _read_xlsx(path), delimited=text_file, columns=columns,
        required=required,
    )
    table.fingerprint = _fingerprint(table)
    return table


def _fingerprint(table: ImportTable) -> str:
    """A digest of the columns and rows read (not of the bytes: saving the same rows again keeps it)."""
    content = json.dumps([table.columns, table.rows], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(content.encode()).hexdigest()[:24]


def _cap_rows(path: Path, rows: Iterable[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """The non-blank rows; refuses more than :data:`MAX_ROWS` data rows (plus the heading row)."""
    kept: list[tuple[int, list[str]]] = []
    for number, cells in rows:
        if any(cells):
            if len(kept) > MAX_ROWS:
                raise ImportFileError(MSG_TOO_MANY_ROWS, path=str(path), limit=MAX_ROWS)
            kept.append((number, cells))
    return kept


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportFileError(MSG_READ, path=str(path), reason=exc.strerror or str(exc)) from exc


def _detect_delimiter(text: str) -> str:
    """Semicolon (Finnish Excel), comma or tab: whichever the first non-blank line has most of, outside quotes."""
    line = next((ln for ln in text.splitlines() if ln.strip()), "")
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_records(path: Path, text: str) -> Iterator[tuple[int, list[str]]]:
    """Each line's values, strictly: a value spanning lines or a quotation mark left open refuses the file.

    (Leniently read, a quotation mark left open swallows the lines after it into one value.)
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_detect_delimiter(text), strict=True)
    line = 1  # where the next record starts
    try:
        for cells in reader:
            if reader.line_num > line:
                raise ImportFileError(MSG_VALUE_ON_LINES, path=str(path), line=line, end=reader.line_num)
            yield line, [c.strip() for c in cells]
            line = reader.line_num + 1
    except csv.Error as exc:
        reason = str(exc)
        if "end of data" in reason:
            raise ImportFileError(MSG_UNCLOSED_QUOTE, path=str(path), line=line) from None
        if reader.line_num > line:
            raise ImportFileError(MSG_VALUE_ON_LINES, path=str(path), line=line, end=reader.line_num) from None
        if "expected after" in reason:
            raise ImportFileError(MSG_STRAY_QUOTE, path=str(path), line=line) from None
        raise ImportFileError(MSG_BAD_CSV, path=str(path), line=line) from None


def _read_csv(path: Path) -> list[tuple[int, list[str]]]:
    data = _read_bytes(path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFileError(MSG_NOT_UTF8, path=str(path), line=1)
    if b"\x00" in data:
        raise ImportFileError(MSG_NOT_TEXT, path=str(path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFileError(MSG_NOT_UTF8, path=str(path), line=line) from None
    return _cap_rows(path, _csv_records(path, text))


def _cell_text(value: object) -> str:
    """A cell value as text: dates as ISO ``2001-05-31``, whole numbers without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_xlsx(path: Path) -> list[tuple[int, list[str]]]:
    """The first worksheet's rows. openpyxl's warnings about unsupported Excel features do not matter here."""
    if not zipfile.is_zipfile(path):
        raise ImportFileError(MSG_NOT_XLSX, path=str(path))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            workbook = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # a damaged or foreign zip fails in many ways inside openpyxl
            raise ImportFileError(MSG_NOT_XLSX, path=str(path)) from exc
        try:
            if not workbook.worksheets:
                raise ImportFileError(MSG_EMPTY, path=str(path))
            sheet: Any = workbook.worksheets[0]
            sheet.reset_dimensions()  # stored dimensions may be wrong; read every row there is
            rows = sheet.iter_rows(min_row=1, values_only=True)
            return _cap_rows(path, ((number, [_cell_text(v) for v in cells]) for number, cells in enumerate(rows, 1)))
        except ImportFileError:
            raise
        except Exception as exc:  # damaged sheet XML
            raise ImportFileError(MSG_NOT_XLSX, path=str(path)) from exc
        finally:
            workbook.close()


def _build_table(
    path: Path,
    rows: list[tuple[int, list[str]]],
    *,
    delimited: bool = False,
    columns: Sequence[Column] = COLUMNS,
    required: Sequence[str] = REQUIRED_FIELDS,
) -> ImportTable:
    """Map the heading row to *columns*' fields; file-level problems are raised before any row is looked at.

    In a *delimited* text file every line must have a value (perhaps empty) for each named column.
    """
    by_heading = {_heading_key(name): c.field for c in columns for name in (c.field, c.finnish)}
    labels = {c.field: c.label for c in columns}
    if not rows:
        raise ImportFileError(MSG_EMPTY, path=str(path))
    header_row, header = rows[0]
    field_at: dict[int, str] = {}
    headings: dict[str, list[str]] = {}
    unknown: list[str] = []
    for index, heading in enumerate(header):
        if not heading:
            continue
        letter = get_column_letter(index + 1)
        name = by_heading.get(_heading_key(heading))
        if name is None:
            unknown.append(f"“{heading}” ({letter})")
            continue
        headings.setdefault(name, []).append(f"“{heading}” ({letter})")
        field_at.setdefault(index, name)
    if unknown:
        known = ", ".join(c.label for c in columns)
        raise ImportFileError(MSG_UNKNOWN_COLUMNS, path=str(path), columns=", ".join(unknown), known=known)
    for name, found in headings.items():
        if len(found) > 1:
            raise ImportFileError(
                MSG_DUPLICATE_COLUMN, path=str(path), column=labels.get(name, name), columns=", ".join(found)
            )
    missing = [labels.get(f, f) for f in required if f not in headings]
    if missing:
        raise ImportFileError(MSG_MISSING_COLUMNS, path=str(path), columns=", ".join(missing), row=header_row)
    table = ImportTable(
        columns=[field_at[i] for i in sorted(field_at)],
        rows=[],
        headings={name: header[i].replace("\ufeff", "").strip() for i, name in field_at.items()},
    )
    if delimited:
        table.width = max(field_at) + 1
    for number, cells in rows[1:]:
        for index, value in enumerate(cells):
            if value and index not in field_at:
                letter = get_column_letter(index + 1)
                raise ImportFileError(MSG_NO_HEADING, path=str(path), column=letter, header_row=header_row, row=number)
        if len(cells) < table.width:
            table.short_rows[number] = len(cells)
        values = {name: (cells[i] if i < len(cells) else "") for i, name in field_at.items()}
        table.rows.append((number, values))
    return table


# --------------------------------------------------------------------------- checking and importing


def _with_label(
    field_name: str | None, message: str, headings: dict[str, str] | None = None, translate: Translate | None = None
) -> str:
    """*message* with the column it is about: by the file's heading, else ``henkilötunnus / personal_id``."""
    heading = (headings or {}).get(field_name or "") or column_label(field_name)
    if not heading:
        return message
    template = translate("errors", MSG_IN_COLUMN) if translate is not None else MSG_IN_COLUMN
    return str(template).format(heading=heading, message=message)


def _problem(
    number: int, values: dict[str, str], errors: list[ValidationError], headings: dict[str, str] | None = None
) -> RowProblem:
    reasons = [_with_label(e.field, e.message, headings) for e in errors]
    return RowProblem(row=number, reasons=reasons, values=values, errors=errors, headings=dict(headings or {}))


def _duplicate(
    number: int, data: ClientData, template: str, *, client_id: str | None = None, earlier_row: int | None = None,
    already_imported: bool = False, **params: Any,
) -> RowDuplicate:
    return RowDuplicate(
        row=number,
        name=f"{data.first_name} {data.last_name}",
        existing_client_id=client_id,
        reason=template.format(**params),
        earlier_row=earlier_row,
        template=template,
        params=params,
        already_imported=already_imported,
    )


class ImportCancelled(Exception):
    """The check was abandoned (``should_stop`` said so); nothing was written."""


# --------------------------------------------------------------------------- duplicates, for all rows at once

NameKey = tuple[str, str, dt.date]
_PROGRESS_EVERY = 1000  # rows between two progress reports while checking


@dataclass(frozen=True)
class _Known:
    """A live client, as a duplicate message names them."""

    id: str
    name: str


class _Folder:
    """:func:`fold` with a memory: the same first and last names come again and again."""

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        folded = self._seen.get(text)
        if folded is None:
            folded = self._seen[text] = fold(text)
        return folded

    def name_key(self, first_name: str, last_name: str, birth_date: dt.date | None) -> NameKey | None:
        """What the same-person rule compares besides the code: folded names and the birth date."""
        return (self(first_name), self(last_name), birth_date) if birth_date else None


@dataclass
class _Existing:
    """Live clients that may be duplicates, by personal identity code and by name key (oldest first)."""

    by_id: dict[str, list[_Known]]
    by_name: dict[NameKey, list[_Known]]

    def duplicate(self, row: int, data: ClientData, folder: _Folder) -> RowDuplicate | None:
        """The rule of :func:`vauhdittamo.services.clients.find_duplicates`: same code, or same name and birth date."""
        same_id = self.by_id.get(data.personal_id) if data.personal_id else None
        if same_id:
            return _duplicate(row, data, MSG_DUP_EXISTING_ID, client_id=same_id[0].id, name=same_id[0].name)
        key = folder.name_key(data.first_name, data.last_name, data.birth_date)
        same_name = self.by_name.get(key) if key else None
        if same_name:
            return _duplicate(row, data, MSG_DUP_EXISTING_NAME, client_id=same_name[0].id, name=same_name[0].name)
        return None


def _chunks(values: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _existing_clients(session: Session, rows: Iterable[ClientData], folder: _Folder) -> _Existing:
    """The live clients sharing a personal identity code or a birth date with any of *rows*.

    A few indexed queries for all rows together (not one per row), read as plain values: at 50,000
    clients nearly every one shares a birth date with some row of a large file.
    """
    require_signed_in(session)
    rows = list(rows)
    codes = sorted({r.personal_id for r in rows if r.personal_id})
    dates = sorted({r.birth_date.isoformat() for r in rows if r.birth_date})  # as SQLite stores them
    conn = session.connection()
    found: dict[str, Any] = {}
    for column, values in (("personal_id", codes), ("birth_date", dates)):
        for chunk in _chunks(values, _QUERY_CHUNK):
            query = (
                "SELECT id, first_name, last_name, birth_date, personal_id FROM client "
                f"WHERE deleted_at IS NULL AND {column} IN ({', '.join('?' for _ in chunk)})"
            )
            found.update((row[0], tuple(row)) for row in conn.exec_driver_sql(query, tuple(chunk)).fetchall())
    existing = _Existing({}, {})
    for client_id in sorted(found):  # ids are time-ordered: the oldest client first
        _id, first_name, last_name, birth_date, personal_id = found[client_id]
        known = _Known(client_id, f"{first_name} {last_name}".strip())
        if personal_id:
            existing.by_id.setdefault(personal_id, []).append(known)
        if birth_date:
            key = (folder(first_name), folder(last_name), dt.date.fromisoformat(birth_date))
            existing.by_name.setdefault(key, []).append(known)
    return existing


_COVERED = re.compile(r"\brows=(\d+)-(\d+)\b")


def _imported_before(session: Session, fingerprint: str) -> dict[int, dt.date]:
    """The rows of the file with *fingerprint* that an earlier import wrote (or skipped), and the day it did."""
    query = select(AuditEntry.created_at, AuditEntry.detail).where(
        AuditEntry.entity_type == audit.ENTITY_CLIENT_IMPORT,
        AuditEntry.action == AuditAction.IMPORTED,
        AuditEntry.detail.contains(f" file={fingerprint}", autoescape=True),
    )
    covered: dict[int, dt.date] = {}
    for created_at, detail in session.execute(query):
        match = _COVERED.search(detail)
        if match is None:
            continue
        day = to_local(created_at).date()
        for row in range(int(match.group(1)), int(match.group(2)) + 1):
            if row not in covered or day < covered[row]:
                covered[row] = day
    return covered


@collector.pausing  # a check keeps about a million objects alive; full collections would walk them again and again
def check_rows(
    session: Session,
    table: ImportTable,
    today: dt.date | None = None,
    should_stop: Callable[[], bool] | None = None,
    progress: ProgressCallback | None = None,
) -> ImportPreview:
    """Validate every row and find duplicates of existing clients, of earlier rows and of earlier imports
    of the same file. Writes nothing.

    *should_stop* is asked before each row; when it answers yes, :class:`ImportCancelled` is raised.
    *progress* hears how far the check is.
    """
    require(session, Permission.IMPORT_CLIENTS)
    today = today or local_today()
    preview = ImportPreview(rows=[], problems=[], duplicates=[], columns=list(table.columns))
    total = len(table.rows)
    for index, (number, values) in enumerate(table.rows):
        if should_stop is not None and should_stop():
            raise ImportCancelled
        if progress is not None and index % _PROGRESS_EVERY == 0:
            progress(ImportProgress(ImportStage.CHECKING, index, total))
        row = ParsedRow(row=number, values=values)
        preview.rows.append(row)
        if number in table.short_rows:
            error = ValidationError(MSG_FIELD_COUNT, found=table.short_rows[number], expected=table.width)
            row.status = RowStatus.INVALID
            preview.problems.append(_problem(number, values, [error], table.headings))
            continue
        try:
            row.data = validate_client(ClientInput(**values), today)
        except InvalidInput as exc:
            row.status = RowStatus.INVALID
            preview.problems.append(_problem(number, values, exc.errors, table.headings))
    if should_stop is not None and should_stop():
        raise ImportCancelled
    valid = [(r, r.data) for r in preview.rows if r.data is not None]
    folder = _Folder()
    existing = _existing_clients(session, (data for _row, data in valid), folder)
    rows_by_id: dict[str, int] = {}
    rows_by_name: dict[NameKey, int] = {}
    for row, data in valid:
        number = row.row
        name_key = folder.name_key(data.first_name, data.last_name, data.birth_date)
        duplicate = existing.duplicate(number, data, folder)
        if duplicate is None and data.personal_id and data.personal_id in rows_by_id:
            earlier = rows_by_id[data.personal_id]
            duplicate = _duplicate(number, data, MSG_DUP_ROW_ID, earlier_row=earlier, row=earlier)
        elif duplicate is None and name_key and name_key in rows_by_name:
            earlier = rows_by_name[name_key]
            duplicate = _duplicate(number, data, MSG_DUP_ROW_NAME, earlier_row=earlier, row=earlier)
        if duplicate:
            row.status = RowStatus.DUPLICATE
            preview.duplicates.append(duplicate)
        if data.personal_id:
            rows_by_id.setdefault(data.personal_id, number)
        if name_key:
            rows_by_name.setdefault(name_key, number)
    # What no rule above recognises (a row without birth date or code), an earlier run of this file wrote.
    covered = _imported_before(session, table.fingerprint) if table.fingerprint else {}
    if covered:
        for row, data in valid:
            day = covered.get(row.row)
            if row.status is RowStatus.NEW and day is not None:
                row.status = RowStatus.DUPLICATE
                preview.duplicates.append(
                    _duplicate(row.row, data, MSG_DUP_EARLIER_IMPORT, already_imported=True, date=format_date(day))
                )
        preview.duplicates.sort(key=lambda d: d.row)
    if progress is not None:
        progress(ImportProgress(ImportStage.CHECKING, total, total))
    return preview


def preview_import(session: Session, path: str | os.PathLike[str], *, today: dt.date | None = None) -> ImportPreview:
    """Read and check *path* against the clients in *session*; nothing is written.

    Raises :class:`ImportFileError` when the file cannot be used.
    """
    require(session, Permission.IMPORT_CLIENTS)
    return check_rows(session, read_import_file(path), today)


# --------------------------------------------------------------------------- writing, in short transactions


@dataclass
class _Batch:
    """The file's rows *first*..*last* (every row in between is handled here) and the new clients among them."""

    first: int
    last: int
    rows: list[ParsedRow]
    duplicates: int
    invalid: int


class _BatchSizer:
    """How many new clients the next batch takes, to be written in about :data:`BATCH_SECONDS`.

    A batch costs a part that hardly grows with its size (the index pages it changes, each written
    once at the commit: at 50,000 clients as much as about 5,000 new rows) and a part for each row.
    Sized as if the time grew with the rows alone, a batch stays short; knowing the fixed part, it may
    be larger: the cost of a row is then the difference between the last two batches of clearly
    different sizes (at most their average), the fixed part what remains, and the next batch at most
    half as large again as the last one.
    """

    def __init__(self) -> None:
        self.size = BATCH_ROWS
        self._last: tuple[int, float] | None = None

    def learn(self, rows: int, seconds: float) -> None:
        if not rows or seconds <= 0:
            return
        per_row = seconds / rows
        if self._last is not None:
            before, took = self._last
            if abs(rows - before) >= 0.2 * max(rows, before):
                slope = (seconds - took) / (rows - before)
                if 0 < slope < per_row:
                    per_row = slope
        self._last = (rows, seconds)
        fixed = seconds - per_row * rows
        in_proportion = rows * BATCH_SECONDS / seconds
        fits = (BATCH_SECONDS - fixed) / per_row if fixed < BATCH_SECONDS else in_proportion
        low, high = BATCH_ROWS_RANGE
        self.size = max(low, min(high, round(max(in_proportion, min(fits, rows * 1.5)))))


def _batches(rows: list[ParsedRow], sizer: _BatchSizer) -> Iterator[_Batch]:
    """Batches of ``sizer.size`` new clients each (asked as each batch starts), in file order.

    Together they cover every row of *rows*: each row is handled in the batch whose range holds it.
    """
    size = sizer.size
    current = _Batch(0, 0, [], 0, 0)
    for row in rows:
        if len(current.rows) == size:
            yield current
            size = sizer.size
            current = _Batch(0, 0, [], 0, 0)
        current.first = current.first or row.row
        current.last = row.row
        if row.status is RowStatus.NEW:
            current.rows.append(row)
        elif row.status is RowStatus.DUPLICATE:
            current.duplicates += 1
        else:
            current.invalid += 1
    yield current


def _table(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _sqlite_datetime(value: dt.datetime) -> str:
    """A point in time as :class:`vauhdittamo.models.base.UTCDateTime` stores it in SQLite: naive UTC."""
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _insert_sql(table: Table, columns: Sequence[str], rows: int = 1) -> str:
    """``INSERT`` of *rows* rows of *columns* with positional parameters (values as SQLite stores them)."""
    for name in columns:
        assert name in table.c, name
    row = f'({", ".join("?" for _ in columns)})'
    return f'INSERT INTO "{table.name}" ({", ".join(columns)}) VALUES {", ".join([row] * rows)}'


INSERT_ROWS = 500  # rows in one INSERT statement


def _insert_rows(conn: Any, table: Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert *rows* (tuples of *columns*), many to one statement.

    One statement per row (``executemany``) costs each row a statement journal, since the tables'
    triggers (the client search index, the audit trail's guard) make every insert a multi-step write.
    """
    for start in range(0, len(rows), INSERT_ROWS):
        part = rows[start : start + INSERT_ROWS]
        conn.exec_driver_sql(_insert_sql(table, columns, len(part)), tuple(itertools.chain.from_iterable(part)))


_STAMP_COLUMNS = ("id", "created_at", "updated_at", "updated_by_id", "device_id")
_CLIENT_COLUMNS = (
    *_STAMP_COLUMNS, "first_name", "last_name", "birth_date", "personal_id", "municipality", "village", "language",
    "phone", "email", "address", "personal_coach_id", "search_key",
)
_AUDIT_COLUMNS = (*_STAMP_COLUMNS, "action", "staff_id", "entity_type", "entity_id", "detail")


@dataclass
class _Prepared:
    """A batch's rows to insert, made before its transaction (in the pause before it): clients and audit entries.

    ``now`` is their time stamp, as SQLite stores it.
    """

    now: str
    clients: list[tuple[Any, ...]]
    entries: list[tuple[Any, ...]]


def _search_key(data: ClientData, folder: _Folder) -> str:
    """:func:`~vauhdittamo.services.clients.search_key_of` *data*, each name folded once (the key starts with them)."""
    rest = search_key_of("", "", data.birth_date, data.personal_id, data.phone)
    return " ".join(part for part in (folder(data.first_name), folder(data.last_name), rest) if part)


def _prepare(batch: _Batch, staff_id: str | None, device_id: str, folder: _Folder) -> _Prepared:
    """The rows of *batch*'s new clients and their ``CLIENT_CREATED`` audit entries (the work that needs no
    transaction), stamped with *staff_id* and *device_id*."""
    now = _sqlite_datetime(utcnow())
    clients: list[tuple[Any, ...]] = []
    entries: list[tuple[Any, ...]] = []
    created = AuditAction.CLIENT_CREATED.value
    ids = iter(new_ids(2 * len(batch.rows)))
    for row, client_id, entry_id in zip(batch.rows, ids, ids, strict=True):
        data = row.data
        assert data is not None
        birth_date = data.birth_date.isoformat() if data.birth_date else None
        clients.append((
            client_id, now, now, staff_id, device_id,
            data.first_name, data.last_name, birth_date, data.personal_id, data.municipality, data.village,
            data.language.value, data.phone, data.email, data.address, data.personal_coach_id,
            _search_key(data, folder),
        ))
        entries.append((entry_id, now, now, staff_id, device_id, created, staff_id, audit.ENTITY_CLIENT, client_id, ""))
    return _Prepared(now, clients, entries)


def _data_version(conn: Any) -> int:
    """SQLite's ``data_version`` of *conn*: it changes when another connection commits, never for its own."""
    return int(conn.exec_driver_sql("PRAGMA data_version").scalar_one())


@dataclass
class _Written:
    """What :func:`_write_batch` did: the clients written, the duplicates found late, the ``data_version`` seen."""

    ids: list[str]
    late: list[RowDuplicate]
    version: int


def _on(db: Database, actor: Actor, conn: Any) -> Session:
    """A session of *db* acting as *actor* on the import's own connection *conn* (see :func:`import_clients`)."""
    session = db.session(actor)
    session.bind = conn
    return session


def _write_batch(
    db: Database,
    actor: Actor,
    batch: _Batch,
    *,
    conn: Any,
    checked: int,
    run_id: str,
    fingerprint: str,
    part: int,
    last_row: int,
    prepared: _Prepared,
) -> _Written:
    """Write *batch* in one transaction on *conn*: its new clients, their audit entries, the batch's ``IMPORTED``
    entry, their sync clocks and outbox rows, and the clients into the search index (set-wise).

    The transaction takes the write lock at its start. When another program has written since the
    check (*checked*: the ``data_version`` then), the batch's rows are compared with the clients again
    (the same client may have been added meanwhile): duplicates are returned, and skipped.
    *prepared* is :func:`_prepare` of *batch*.
    """
    with _on(db, actor, conn) as session, session.begin():
        conn = session.connection()  # the session's transaction on it, begun with the write lock
        require(session, Permission.IMPORT_CLIENTS)
        require(session, Permission.EDIT_CLIENTS)
        version = _data_version(conn)
        clients, entries = prepared.clients, prepared.entries
        late: list[RowDuplicate] = []
        if version != checked:
            folder = _Folder()
            existing = _existing_clients(session, (r.data for r in batch.rows if r.data is not None), folder)
            keep = []
            for index, row in enumerate(batch.rows):
                assert row.data is not None
                duplicate = existing.duplicate(row.row, row.data, folder)
                if duplicate is None:
                    keep.append(index)
                else:
                    late.append(duplicate)
            if late:
                clients, entries = [clients[i] for i in keep], [entries[i] for i in keep]
        staff_id = acting_staff_id(session)
        detail = (
            f"imported={len(clients)} duplicates={batch.duplicates + len(late)} invalid={batch.invalid}"
            + (f" rows={batch.first}-{batch.last} of {last_row} part={part} file={fingerprint}" if batch.first else "")
        )
        now = prepared.now
        entries = [*entries, (new_id(), now, now, staff_id, db.device_id, AuditAction.IMPORTED.value, staff_id,
                              audit.ENTITY_CLIENT_IMPORT, run_id, detail)]
        after = _last_rowids(conn)
        with search_index.bulk_insert(conn):
            _insert_rows(conn, _table(Client), _CLIENT_COLUMNS, clients)
        _insert_rows(conn, _table(AuditEntry), _AUDIT_COLUMNS, entries)
        _record_inserted(conn, db.device_id, after)
    return _Written([c[0] for c in clients], late, version)


_OUTBOX_TABLES = ("client", "audit_entry")  # the tables a batch inserts into, parents first


def _last_rowids(conn: Any) -> dict[str, int]:
    """The highest rowid of each of :data:`_OUTBOX_TABLES`: a batch's rows are those above (it holds the write lock)."""
    row = conn.exec_driver_sql(
        "SELECT " + ", ".join(f'(SELECT coalesce(max(rowid), 0) FROM "{t}")' for t in _OUTBOX_TABLES)
    ).one()
    return dict(zip(_OUTBOX_TABLES, row, strict=True))


def _record_inserted(conn: Any, device_id: str, after: dict[str, int]) -> None:
    """:func:`vauhdittamo.sync.outbox.record_new_rows` of every row inserted above the rowids *after*, set-wise.

    The same clocks and outbox rows (one clock value), each written by one ``INSERT ... SELECT``.
    """
    stamp = hlc.tick(conn, device_id)
    clocks = json.dumps({"*": [stamp, hlc.ZERO]}, separators=(",", ":"))
    for name, rowid in after.items():
        conn.exec_driver_sql(
            f"INSERT INTO sync_row_clock (table_name, row_id, clocks) SELECT '{name}', id, ? FROM \"{name}\" "
            "WHERE rowid > ? ON CONFLICT (table_name, row_id) DO UPDATE SET clocks = excluded.clocks",
            (clocks, rowid),
        )
    for name, rowid in after.items():
        conn.exec_driver_sql(
            f"INSERT INTO sync_outbox (table_name, row_id, hlc) SELECT '{name}', id, ? FROM \"{name}\" WHERE rowid > ?",
            (stamp, rowid),
        )


def _busy(db: Database, exc: DBAPIError) -> bool:
    return isinstance(classify_sqlite_error(exc, db.path), DatabaseLockedError)


@contextlib.contextmanager
def _tuned(conn: Any) -> Iterator[None]:
    """The import's connection *conn* tuned for it, then as it was (it goes back to the pool).

    SQLite's page cache at :data:`IMPORT_CACHE_KIB`; no automatic checkpoint after a commit: the
    import makes it itself (:func:`_checkpoint`) once the batch has been timed, so that the batch size
    follows the time the write lock is held, not that of copying the batch into the database file.
    """
    raw = conn.connection.driver_connection
    cache = int(raw.execute("PRAGMA cache_size").fetchone()[0])
    automatic = int(raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    raw.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    raw.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size = {cache}")
        raw.execute(f"PRAGMA wal_autocheckpoint = {automatic}")


def _checkpoint(conn: Any) -> None:
    """What SQLite does after a commit on its own: copy the write-ahead log into the database file (passive:
    it waits for nobody and nobody waits for it). Should it fail (a full disk), the next batch says why."""
    try:
        conn.connection.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    except conn.dialect.loaded_dbapi.Error:
        pass


def _write_retrying(db: Database, write: Callable[[], _Written]) -> _Written:
    """*write* a batch; while another program keeps the database busy, again after a growing pause."""
    give_up = time.monotonic() + RETRY_FOR
    pause = 0.05
    while True:
        try:
            return write()
        except DBAPIError as exc:
            if not _busy(db, exc) or time.monotonic() + pause > give_up:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 2.0)


@collector.pausing
def import_clients(
    db: Database,
    actor: Actor,
    path: str | os.PathLike[str],
    skip_invalid: bool = False,
    *,
    today: dt.date | None = None,
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """Import the new, valid clients of *path*, acting as *actor*, in batches of about :data:`BATCH_SECONDS`.

    With invalid rows nothing is imported (``committed=False``) unless *skip_invalid*; duplicates
    are always skipped and reported. Raises :class:`ImportFileError` for file-level problems, and
    :class:`ImportStopped` when writing stopped after some batches were written (running the same
    import again writes the rest). *progress* hears how far the check and the writing are.

    The check and every batch run on one connection of the import's own, so that SQLite tells whether
    another program wrote in between (``data_version``): only then are a batch's rows compared with
    the clients again.
    """
    table = read_import_file(path)
    with db.engine.connect() as conn, _tuned(conn):
        with _on(db, actor, conn) as session:
            require(session, Permission.IMPORT_CLIENTS)
            preview = check_rows(session, table, today, progress=progress)
            checked = _data_version(conn)  # in the check's read transaction: as the check saw the database
        report = ImportReport(
            imported=0, problems=preview.problems, duplicates=list(preview.duplicates), committed=False
        )
        if preview.problems and not skip_invalid:
            return report
        report.committed = True
        conn.execution_options(**{WRITE_LOCK_OPTION: True})  # each batch takes the write lock at its start
        staff_id = actor.staff_id
        total = preview.importable_count
        run_id = new_id()
        last_row = preview.rows[-1].row if preview.rows else 0
        done = 0
        late: list[RowDuplicate] = []
        sizer = _BatchSizer()
        folder = _Folder()
        for part, batch in enumerate(_batches(preview.rows, sizer), 1):
            pause_started = time.monotonic()
            prepared = _prepare(batch, staff_id, db.device_id, folder)  # in the pause: a waiting save gets its turn
            if part > 1:
                time.sleep(max(0.0, BATCH_PAUSE - (time.monotonic() - pause_started)))

            def write(
                batch: _Batch = batch, part: int = part, prepared: _Prepared = prepared, checked: int = checked
            ) -> _Written:
                return _write_batch(
                    db, actor, batch, conn=conn, checked=checked, run_id=run_id, fingerprint=table.fingerprint,
                    part=part, last_row=last_row, prepared=prepared,
                )

            started = time.monotonic()
            try:
                written = _write_retrying(db, write)
            except DBAPIError as exc:
                cause = classify_sqlite_error(exc, db.path)
                if cause is None or report.batches == 0:
                    raise
                report.duplicates = sorted(report.duplicates + late, key=lambda d: d.row)
                raise ImportStopped(cause, report, total) from exc
            sizer.learn(len(batch.rows), time.monotonic() - started)
            _checkpoint(conn)
            checked = written.version  # this connection's own commits leave it as it is
            report.client_ids += written.ids
            report.imported += len(written.ids)
            report.batches += 1
            late += written.late
            done += len(batch.rows)
            if progress is not None:
                progress(ImportProgress(ImportStage.WRITING, done, total, report.imported))
    report.duplicates = sorted(report.duplicates + late, key=lambda d: d.row)
    return report
