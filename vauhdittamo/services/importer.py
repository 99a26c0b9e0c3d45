"""Importing clients from a CSV or Excel (.xlsx) file.

The file is read (:func:`read_import_file`), every row is checked like the client form checks
it and compared with existing clients and earlier rows (:func:`check_rows`), and the result can
be shown as a preview (:func:`preview_import`) or imported in one transaction
(:func:`import_clients`).

* Problems with the file itself (missing, not what its extension claims, too large, unknown or
  missing columns) raise :class:`ImportFileError` with a plain message.
* Problems with a row are collected as :class:`RowProblem` and never raised.
* Rows that duplicate an existing client or an earlier row are :class:`RowDuplicate`: reported
  and skipped, but they do not block the other rows.

Row numbers are the spreadsheet row numbers a user sees in Excel: the heading row is row 1
(the first non-blank row), the first data row is row 2; blank rows count but are skipped.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import enum
import io
import os
import stat
import warnings
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from vauhdittamo.db import Database
from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.models import AuditAction
from vauhdittamo.services import audit
from vauhdittamo.services.clients import (
    ClientData,
    ClientInput,
    InvalidInput,
    create_client,
    find_duplicates,
    validate_client,
)
from vauhdittamo.services.permissions import Actor, Permission, require
from vauhdittamo.services.text import fold

MAX_ROWS = 50_000
MAX_BYTES = 20 * 1024 * 1024

MSG_MISSING = QT_TRANSLATE_NOOP("errors", "The file {path} does not exist.")
MSG_NOT_A_FILE = QT_TRANSLATE_NOOP("errors", "{path} is not a file.")
MSG_READ = QT_TRANSLATE_NOOP("errors", "Cannot read the file {path}: {reason}")
MSG_UNSUPPORTED = QT_TRANSLATE_NOOP(
    "errors", "Cannot import {path}: only CSV (.csv) and Excel workbook (.xlsx) files can be imported."
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
    "errors", "The file {path} is not valid CSV near line {line}: {reason}. Check the quotation marks."
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

Translate = Callable[[str, str], Any]
"""A translate function ``(context, text) -> text``, e.g. ``QCoreApplication.translate``."""


class ImportFileError(AppError):
    """The import file cannot be used at all (nothing was read or imported)."""

    template = QT_TRANSLATE_NOOP("errors", "The file {path} cannot be imported.")


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

    ``reasons`` are English messages prefixed with the column, e.g.
    ``henkilötunnus / personal_id: The check character ... is wrong``. ``errors`` are the same
    problems as :class:`ValidationError` objects (``field``, ``template``, ``params``) for a
    form-like view or translation; see :meth:`translated_reasons`.
    """

    row: int
    reasons: list[str]
    values: dict[str, str]
    errors: list[ValidationError] = field(default_factory=list)

    def translated_reasons(self, translate: Translate) -> list[str]:
        """The reasons through *translate* (column labels stay as they are)."""
        return [_with_label(e.field, e.translated(translate)) for e in self.errors] or list(self.reasons)


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


@dataclass
class ImportPreview:
    """Every non-blank data row with its status, the problems and duplicates. Nothing was written.

    ``columns`` are the field names of the file's columns (``first_name``...) in file order.
    """

    rows: list[ParsedRow]
    problems: list[RowProblem]
    duplicates: list[RowDuplicate]
    columns: list[str]

    @property
    def total_count(self) -> int:
        """Non-blank data rows."""
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
    def importable_rows(self) -> list[ParsedRow]:
        """Valid rows that are not duplicates: imported when there are no problems or invalid rows are skipped."""
        return [r for r in self.rows if r.status is RowStatus.NEW]

    @property
    def importable_count(self) -> int:
        return len(self.importable_rows)

    @property
    def has_problems(self) -> bool:
        return bool(self.problems)


@dataclass
class ImportReport:
    """The outcome of :func:`import_clients`.

    ``committed`` is False when invalid rows stopped the import (then ``imported`` is 0);
    True when the valid new rows were saved, even if that was none.
    """

    imported: int
    problems: list[RowProblem]
    duplicates: list[RowDuplicate]
    committed: bool
    client_ids: list[str] = field(default_factory=list)

    @property
    def skipped_invalid(self) -> int:
        """Invalid rows left out because of ``skip_invalid``."""
        return len(self.problems) if self.committed else 0


# --------------------------------------------------------------------------- reading files


def read_import_file(path: str | os.PathLike[str]) -> ImportTable:
    """Read a ``.csv`` or ``.xlsx`` file; raise :class:`ImportFileError` if it cannot be used."""
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
    if suffix not in (".csv", ".xlsx"):
        raise ImportFileError(MSG_UNSUPPORTED, path=str(path))
    if info.st_size == 0:
        raise ImportFileError(MSG_EMPTY, path=str(path))
    if info.st_size > MAX_BYTES:
        raise ImportFileError(
            MSG_TOO_BIG, path=str(path), size=f"{info.st_size / 1024 / 1024:.1f}", limit=MAX_BYTES // 1024 // 1024
        )
    raw = _read_csv(path) if suffix == ".csv" else _read_xlsx(path)
    return _build_table(path, raw)


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
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_detect_delimiter(text))
    try:
        return _cap_rows(path, ((number, [c.strip() for c in cells]) for number, cells in enumerate(reader, 1)))
    except csv.Error as exc:
        raise ImportFileError(MSG_BAD_CSV, path=str(path), line=reader.line_num, reason=str(exc)) from None


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


def _build_table(path: Path, rows: list[tuple[int, list[str]]]) -> ImportTable:
    """Map the heading row to fields; file-level problems are raised before any row is looked at."""
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
        name = _FIELD_BY_HEADING.get(_heading_key(heading))
        if name is None:
            unknown.append(f"“{heading}” ({letter})")
            continue
        headings.setdefault(name, []).append(f"“{heading}” ({letter})")
        field_at.setdefault(index, name)
    if unknown:
        known = ", ".join(c.label for c in COLUMNS)
        raise ImportFileError(MSG_UNKNOWN_COLUMNS, path=str(path), columns=", ".join(unknown), known=known)
    for name, found in headings.items():
        if len(found) > 1:
            raise ImportFileError(
                MSG_DUPLICATE_COLUMN, path=str(path), column=column_label(name), columns=", ".join(found)
            )
    missing = [column_label(f) for f in REQUIRED_FIELDS if f not in headings]
    if missing:
        raise ImportFileError(MSG_MISSING_COLUMNS, path=str(path), columns=", ".join(missing), row=header_row)
    table = ImportTable(columns=[field_at[i] for i in sorted(field_at)], rows=[])
    for number, cells in rows[1:]:
        for index, value in enumerate(cells):
            if value and index not in field_at:
                letter = get_column_letter(index + 1)
                raise ImportFileError(MSG_NO_HEADING, path=str(path), column=letter, header_row=header_row, row=number)
        values = {name: (cells[i] if i < len(cells) else "") for i, name in field_at.items()}
        table.rows.append((number, values))
    return table


# --------------------------------------------------------------------------- checking and importing


def _with_label(field_name: str | None, message: str) -> str:
    label = column_label(field_name)
    return f"{label}: {message}" if label else message


def _problem(number: int, values: dict[str, str], errors: list[ValidationError]) -> RowProblem:
    reasons = [_with_label(e.field, e.message) for e in errors]
    return RowProblem(row=number, reasons=reasons, values=values, errors=errors)


def _duplicate(
    number: int, data: ClientData, template: str, *, client_id: str | None = None, earlier_row: int | None = None,
    **params: Any,
) -> RowDuplicate:
    return RowDuplicate(
        row=number,
        name=f"{data.first_name} {data.last_name}",
        existing_client_id=client_id,
        reason=template.format(**params),
        earlier_row=earlier_row,
        template=template,
        params=params,
    )


class ImportCancelled(Exception):
    """The check was abandoned (``should_stop`` said so); nothing was written."""


def check_rows(
    session: Session,
    table: ImportTable,
    today: dt.date | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ImportPreview:
    """Validate every row and find duplicates of existing clients and of earlier rows. Writes nothing.

    *should_stop* is asked before each row; when it answers yes, :class:`ImportCancelled` is raised.
    """
    require(session, Permission.IMPORT_CLIENTS)
    preview = ImportPreview(rows=[], problems=[], duplicates=[], columns=list(table.columns))
    rows_by_id: dict[str, int] = {}
    rows_by_name: dict[tuple[str, str, dt.date], int] = {}
    for number, values in table.rows:
        if should_stop is not None and should_stop():
            raise ImportCancelled
        row = ParsedRow(row=number, values=values)
        preview.rows.append(row)
        try:
            data = validate_client(ClientInput(**values), today)
        except InvalidInput as exc:
            row.status = RowStatus.INVALID
            preview.problems.append(_problem(number, values, exc.errors))
            continue
        row.data = data
        name_key = (fold(data.first_name), fold(data.last_name), data.birth_date) if data.birth_date else None
        duplicate: RowDuplicate | None = None
        existing = find_duplicates(session, data)
        if existing:
            same_id = [c for c in existing if data.personal_id and c.personal_id == data.personal_id]
            client = (same_id or existing)[0]
            template = MSG_DUP_EXISTING_ID if same_id else MSG_DUP_EXISTING_NAME
            duplicate = _duplicate(number, data, template, client_id=client.id, name=client.full_name)
        elif data.personal_id and data.personal_id in rows_by_id:
            earlier = rows_by_id[data.personal_id]
            duplicate = _duplicate(number, data, MSG_DUP_ROW_ID, earlier_row=earlier, row=earlier)
        elif name_key and name_key in rows_by_name:
            earlier = rows_by_name[name_key]
            duplicate = _duplicate(number, data, MSG_DUP_ROW_NAME, earlier_row=earlier, row=earlier)
        if duplicate:
            row.status = RowStatus.DUPLICATE
            preview.duplicates.append(duplicate)
        if data.personal_id:
            rows_by_id.setdefault(data.personal_id, number)
        if name_key:
            rows_by_name.setdefault(name_key, number)
    return preview


def preview_import(session: Session, path: str | os.PathLike[str], *, today: dt.date | None = None) -> ImportPreview:
    """Read and check *path* against the clients in *session*; nothing is written.

    Raises :class:`ImportFileError` when the file cannot be used.
    """
    require(session, Permission.IMPORT_CLIENTS)
    return check_rows(session, read_import_file(path), today)


def import_clients(
    db: Database,
    actor: Actor,
    path: str | os.PathLike[str],
    skip_invalid: bool = False,
    *,
    today: dt.date | None = None,
) -> ImportReport:
    """Import the new, valid clients of *path* in one transaction, acting as *actor*.

    With invalid rows nothing is imported (``committed=False``) unless *skip_invalid*; duplicates
    are always skipped and reported. Raises :class:`ImportFileError` only for file-level problems.
    """
    table = read_import_file(path)
    with db.transaction(actor) as session:
        require(session, Permission.IMPORT_CLIENTS)
        preview = check_rows(session, table, today)
        if preview.problems and not skip_invalid:
            return ImportReport(imported=0, problems=preview.problems, duplicates=preview.duplicates, committed=False)
        ids = [create_client(session, row.data).id for row in preview.importable_rows if row.data is not None]
        audit.record(
            session, AuditAction.IMPORTED, audit.ENTITY_CLIENT_IMPORT,
            detail=f"imported={len(ids)} duplicates={len(preview.duplicates)} invalid={len(preview.problems)}",
        )
    return ImportReport(
        imported=len(ids), problems=preview.problems, duplicates=preview.duplicates, committed=True, client_ids=ids
    )
