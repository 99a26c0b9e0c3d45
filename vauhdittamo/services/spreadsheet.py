"""Writing Excel workbooks for export: text that is never a formula, typed cells, shared styles,
and saving so that a failed export never leaves a half-written file.

Meant for openpyxl's write-only mode (``Workbook(write_only=True)``), which streams rows to disk:
column widths and frozen panes must be set before the first row is appended; the auto filter is
written after the rows and may be set last.

**Formula injection.** openpyxl stores a string starting with ``=`` as a formula, and Excel or
LibreOffice would turn text such as ``+358 40 123`` or ``@SUM(A1)`` into a formula as soon as
someone edits the cell. :func:`safe_text` stores such text as a typed string cell with Excel's
*quote prefix* (the leading apostrophe a user would type), so it shows exactly as written and is
never evaluated, not even after editing.

**Private files.** A workbook streams its rows through temporary files; openpyxl would put them in
the system's temporary folder, where a crash or power cut leaves them, client names and all. Here they
go to this process's private folder (:func:`vauhdittamo.paths.session_temp_dir`, ``0700``), which the
next start cleans. Saved exports are owner-only (``0600`` on POSIX).
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import secrets
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook as _OpenpyxlWorkbook
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet import _writer as openpyxl_writer

from vauhdittamo import paths
from vauhdittamo.errors import (
    MSG_OUT_FOLDER_READ_ONLY,
    MSG_OUT_IS_FOLDER,
    MSG_OUT_NO_FOLDER,
    QT_TRANSLATE_NOOP,
    DiskFullError,
    FileAccessError,
)

MSG_NO_FOLDER = MSG_OUT_NO_FOLDER
MSG_IS_FOLDER = MSG_OUT_IS_FOLDER
MSG_NO_PERMISSION = QT_TRANSLATE_NOOP(
    "errors",
    "Cannot save {path}: the file is open in another program (for example Excel) or you may not write "
    "in that folder. Close the file, or choose another name or folder.",
)

DATE_FORMAT = "d.m.yyyy"
TIME_FORMAT = "h.mm"
MAX_TEXT = 32_767  # Excel's limit for the text of one cell

# Characters that start a formula in Excel or LibreOffice, and those hiding one behind whitespace.
_FORMULA_START = frozenset("=+-@")
_CONTROL_START = frozenset("\t\r\n")
# XML 1.0 cannot hold these (openpyxl refuses them); tab, line feed and carriage return stay.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ERROR_CODES = frozenset(ERROR_CODES)

Workbook = Any  # openpyxl.Workbook (untyped)
Worksheet = Any  # a write-only worksheet (untyped)


def clean_text(value: str) -> str:
    """*value* without the control characters a workbook cannot hold, cut to Excel's cell limit."""
    if _ILLEGAL.search(value):
        value = _ILLEGAL.sub("", value)
    return value[:MAX_TEXT]


def looks_like_formula(text: str) -> bool:
    """Would Excel or LibreOffice read *text* as a formula (or an error value) when it is typed in?"""
    if not text:
        return False
    if text[0] in _CONTROL_START:
        return True
    stripped = text.lstrip()
    return (bool(stripped) and stripped[0] in _FORMULA_START) or text in _ERROR_CODES


@dataclass(frozen=True)
class CellStyle:
    """A cell style to register once per workbook with :meth:`Styles.get`."""

    bold: bool = False
    fill: str | None = None  # RGB hex, e.g. "DDEBF7"
    number_format: str | None = None
    size: float | None = None
    wrap: bool = False


HEADER = CellStyle(bold=True, fill="DDEBF7", wrap=True)
BOLD = CellStyle(bold=True)
TITLE = CellStyle(bold=True, size=14)
DATE = CellStyle(number_format=DATE_FORMAT)
BOLD_DATE = CellStyle(bold=True, number_format=DATE_FORMAT)
TIME = CellStyle(number_format=TIME_FORMAT)
WRAPPED = CellStyle(wrap=True)


class Styles:
    """Styles registered once in a workbook; new cells copy them (cheap for many thousand cells)."""

    def __init__(self, worksheet: Worksheet) -> None:
        self._ws = worksheet
        self._arrays: dict[CellStyle, Any] = {}

    def get(self, style: CellStyle) -> Any:
        """The registered style array of *style* (an openpyxl ``StyleArray``)."""
        array = self._arrays.get(style)
        if array is None:
            proto = Cell(self._ws, row=1, column=1)
            if style.bold or style.size:
                proto.font = Font(bold=style.bold, size=style.size)
            if style.fill:
                proto.fill = PatternFill(fill_type="solid", start_color=style.fill, end_color=style.fill)
            if style.number_format:
                proto.number_format = style.number_format
            if style.wrap:
                proto.alignment = Alignment(wrap_text=True, vertical="top")
            array = self._arrays[style] = proto._style
        return array

    def cell(self, value: Any, style: CellStyle) -> Any:
        """A write-only cell holding *value* in *style*; text goes through :func:`safe_text`."""
        if isinstance(value, str):
            return safe_text(self._ws, value, self.get(style))
        return Cell(self._ws, row=1, column=1, value=value, style_array=self.get(style))

    def date(self, value: dt.date | None, style: CellStyle = DATE) -> Any:
        """A real date cell (``d.m.yyyy``); nothing for ``None``."""
        return None if value is None else Cell(self._ws, row=1, column=1, value=value, style_array=self.get(style))

    def time(self, value: dt.time | None, style: CellStyle = TIME) -> Any:
        """A real time-of-day cell (``h.mm``); nothing for ``None``."""
        return None if value is None else Cell(self._ws, row=1, column=1, value=value, style_array=self.get(style))

    def row(self, values: Sequence[Any], style: CellStyle) -> list[Any]:
        """Every value of a row in *style* (empty cells stay empty)."""
        return [None if v is None else self.cell(v, style) for v in values]


def safe_text(worksheet: Worksheet, value: str, style_array: Any = None) -> Any:
    """*value* as a cell that is always plain text, never a formula.

    Returns the cleaned string itself when openpyxl and Excel both take it as text (``None``, no
    cell, for empty text), otherwise
    (or when *style_array* is given) a write-only cell of type string; formula-looking text
    also gets the quote prefix, so editing the cell in Excel does not turn it into a formula.
    """
    text = clean_text(value)
    if not text:  # an empty cell, not an empty string
        return None if style_array is None else Cell(worksheet, row=1, column=1, style_array=style_array)
    risky = looks_like_formula(text)
    if not risky and style_array is None:
        return text
    cell = Cell(worksheet, row=1, column=1, style_array=style_array)
    cell.value = text
    cell.data_type = "s"  # openpyxl made "=..." a formula and "#N/A" an error value
    if risky:
        cell.quotePrefix = True
    return cell


def _private_temporary_file(suffix: str = "") -> str:
    """openpyxl's ``create_temporary_file``, in the private folder of this process (an owner-only file)."""
    fd, name = tempfile.mkstemp(suffix=suffix, prefix="openpyxl.", dir=paths.session_temp_dir())
    os.close(fd)
    openpyxl_writer.ALL_TEMP_FILES.append(name)  # removed at exit by openpyxl, as its own are
    return name


def use_private_temporary_files() -> None:
    """Make openpyxl's streamed worksheets write their temporary files to the private folder (idempotent).

    openpyxl makes each one with ``worksheet._writer.create_temporary_file``, looked up when a sheet
    gets its first row; replacing it (for the whole process, so every thread's export is covered)
    is the one way to choose the folder without changing ``tempfile.tempdir`` for everyone.
    """
    if openpyxl_writer.create_temporary_file is not _private_temporary_file:
        openpyxl_writer.create_temporary_file = _private_temporary_file


class _SaveFile:
    """The file a workbook is saved to, which can be given up after a failure (a full disk).

    openpyxl's zip archive keeps writing to its file when it is collected; once :meth:`abandon` has
    closed the file, those late writes are ignored instead of failing again ("Exception ignored ...
    OSError" on standard error, after the error was already reported).
    """

    def __init__(self, path: Any) -> None:
        self._file = open(path, "wb")  # noqa: SIM115 - closed by close() or abandon()
        self._abandoned = False
        self._position = 0  # where an abandoned file would be: the archive's sizes stay consistent

    def write(self, data: Any) -> int:
        if self._abandoned:
            size = memoryview(data).nbytes
            self._position += size
            return size
        return self._file.write(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        if not self._abandoned:
            return self._file.seek(offset, whence)
        self._position = offset if whence == 0 else self._position + offset
        return self._position

    def tell(self) -> int:
        return self._position if self._abandoned else self._file.tell()

    def seekable(self) -> bool:
        return True

    def flush(self) -> None:
        if not self._abandoned:
            self._file.flush()

    def close(self) -> None:
        self._file.close()

    def abandon(self) -> None:
        self._abandoned = True
        try:
            self._file.close()
        except OSError:  # its buffer cannot be written either
            pass


class _Workbook(_OpenpyxlWorkbook):  # type: ignore[misc]  # openpyxl is untyped
    """openpyxl's workbook, whose :meth:`save` leaves nothing open behind when writing fails."""

    def save(self, filename: Any) -> None:
        if not isinstance(filename, str | os.PathLike):
            super().save(filename)
            return
        target = _SaveFile(filename)
        try:
            super().save(target)
            target.close()
        except BaseException:
            target.abandon()
            raise


@contextmanager
def write_only_workbook() -> Iterator[Workbook]:
    """A new streaming workbook (``Workbook(write_only=True)``, no sheets yet).

    Its temporary files go to the private folder (:func:`use_private_temporary_files`). If the block
    fails, the sheets' row streams are closed and their temporary files removed (openpyxl would
    otherwise keep them until the program ends and complain when they are collected).
    """
    use_private_temporary_files()
    workbook = _Workbook(write_only=True)
    try:
        yield workbook
    except BaseException:
        discard_workbook(workbook)
        raise


def discard_workbook(workbook: Workbook) -> None:
    """Give up an unsaved write-only workbook: end its sheets' streams and remove their temporary files."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        try:
            if not sheet.closed:
                sheet.close()
        except Exception:  # a stream broken by the failure being handled; the file goes below
            pass
        try:
            writer.cleanup()
        except (OSError, ValueError):  # already removed
            pass


def set_column_widths(worksheet: Worksheet, widths: Sequence[float]) -> None:
    """Widths (in characters) of the first columns; before any row is appended in write-only mode."""
    for index, width in enumerate(widths, 1):
        worksheet.column_dimensions[get_column_letter(index)].width = width


PAPER_A4 = "9"  # the paper size code of A4 in SpreadsheetML


def print_landscape_fit_to_width(worksheet: Worksheet) -> None:
    """Printed (or saved as PDF) on landscape A4, every column on one page width."""
    worksheet.page_setup.orientation = "landscape"
    worksheet.page_setup.paperSize = PAPER_A4
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0  # as many pages down as needed


def table_ref(columns: int, first_row: int, last_row: int) -> str:
    """The A1 reference of a table, e.g. ``A1:M120``."""
    return f"A{first_row}:{get_column_letter(columns)}{max(first_row, last_row)}"


def file_error(path: Path, exc: OSError) -> Exception:
    """The friendly error for a failure to write *path*."""
    if isinstance(exc, IsADirectoryError):
        return FileAccessError(MSG_IS_FOLDER, path=str(path))
    if isinstance(exc, FileNotFoundError):
        return FileAccessError(MSG_NO_FOLDER, path=str(path), folder=str(path.parent))
    if isinstance(exc, PermissionError):
        return FileAccessError(MSG_NO_PERMISSION, path=str(path))
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError()
    if exc.errno == errno.EROFS:
        return FileAccessError(MSG_OUT_FOLDER_READ_ONLY, path=str(path), folder=str(path.parent))
    return FileAccessError(path=str(path), reason=exc.strerror or str(exc))


@contextmanager
def atomic_target(out: Path) -> Iterator[Path]:
    """A new temporary file beside *out* to write to; it replaces *out* when the block ends well.

    The target is checked (and the temporary file made) first, so an export fails before any
    work when the target cannot be written: only a new or a regular file is ever replaced, never a
    folder, a device, a pipe or a socket (:func:`vauhdittamo.paths.check_output_file`). On any error
    the temporary file is removed and *out* is left as it was. The file is owner-only (``0600`` on
    POSIX), and so is *out* after it.

    Nesting is fine: a caller may write through a service that uses this itself, and replace *out*
    only after its own step (say, recording the export in the audit trail) succeeded.
    """
    out = Path(out)
    paths.check_output_file(out)
    partial = out.with_name(f".{out.name}.{secrets.token_hex(4)}.partial")
    try:
        with open(partial, "xb", opener=paths.private_opener):  # it holds personal data: owner-only
            pass
    except OSError as exc:
        raise file_error(out, exc) from exc
    try:
        yield partial
        paths.check_output_file(out)  # again: something else may have taken the name meanwhile
        try:
            os.replace(partial, out)
        except OSError as exc:
            raise file_error(out, exc) from exc
    except OSError as exc:
        raise file_error(out, exc) from exc
    finally:
        partial.unlink(missing_ok=True)
