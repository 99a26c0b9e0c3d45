"""Logging: a rotating owner-only file in the user's log folder, and never personal data in a record.

Nothing is logged about people on purpose, but an unexpected database error carries the statement
and its bound values (names, identity codes, addresses). Every engine the app makes hides them
(``hide_parameters=True``); as a second line of defence every log record is scrubbed when it is made
(:func:`install_record_scrubber`): a database error, in a record's arguments or in its traceback, is
rendered as its class, the driver's first message line, and the statement with its string literals
masked, without parameters. :func:`format_exception_safely` gives the same text for crash reports.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import re
import sqlite3
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any, cast

from sqlalchemy.exc import StatementError

from vauhdittamo import paths

LOG_FILENAME = "vauhdittamo.log"
FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
CLI_FORMAT = "%(levelname)s %(name)s: %(message)s"

MAX_STATEMENT = 2000
MAX_MESSAGE = 300
PARAMETERS_HIDDEN = "[SQL parameters hidden]"

_STRING_LITERAL = re.compile(r"'(?:[^']|'')*'")
_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")
# SQLAlchemy renders the parameters on one line (repr escapes line breaks), also "displaying 10 of 208".
_PARAMETERS_LINE = re.compile(r"\[parameters: [^\n]*")
_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


# --------------------------------------------------------------------------- rendering errors safely


def _driver_errors() -> tuple[type[BaseException], ...]:
    """DB-API error classes of the drivers loaded in this process (a driver not loaded raised nothing)."""
    found: list[type[BaseException]] = [sqlite3.Error]
    for module_name in ("sqlcipher3.dbapi2", "psycopg"):
        error = getattr(sys.modules.get(module_name), "Error", None)
        if isinstance(error, type) and issubclass(error, BaseException):
            found.append(error)
    return tuple(found)


def is_database_error(exc: object) -> bool:
    """Is *exc* an error of SQLAlchemy's statements or of a database driver (whose text may hold values)?"""
    return isinstance(exc, (StatementError, *_driver_errors()))


def _qualified(cls: type[BaseException]) -> str:
    module = cls.__module__
    return cls.__qualname__ if module in ("builtins", "__main__") else f"{module}.{cls.__qualname__}"


def _driver_message(exc: BaseException) -> str:
    """The first line of a driver's message (PostgreSQL's DETAIL lines hold values), quotes masked."""
    try:
        text = str(exc)
    except Exception:  # noqa: BLE001 - a broken __str__ must not break logging
        return "(message not available)"
    first = text.strip().splitlines()[0] if text.strip() else ""
    return _QUOTED.sub("'?'", first)[:MAX_MESSAGE]


def mask_sql(statement: str) -> str:
    """*statement* with its string literals masked, cut to :data:`MAX_STATEMENT` characters."""
    masked = _STRING_LITERAL.sub("'?'", statement)
    return masked if len(masked) <= MAX_STATEMENT else masked[:MAX_STATEMENT] + " …"


def describe_database_error(exc: BaseException) -> str:
    """The message of a database error without bound values (and without literals in its statement)."""
    if isinstance(exc, StatementError):
        orig = exc.orig
        if isinstance(orig, BaseException):
            text = f"({_qualified(type(orig))}) {_driver_message(orig)}"
        else:
            text = _QUOTED.sub("'?'", str(exc.args[0] if exc.args else "").strip().partition("\n")[0])[:MAX_MESSAGE]
        if exc.statement:
            text += f"\n[SQL: {mask_sql(str(exc.statement))}]"
        return text + f"\n{PARAMETERS_HIDDEN}"
    return _driver_message(exc)


def safe_exception_text(exc: BaseException) -> str:
    """``ClassName: message`` of *exc*, a database error without its values."""
    if is_database_error(exc):
        return f"{_qualified(type(exc))}: {describe_database_error(exc)}"
    return scrub_text("".join(traceback.format_exception_only(type(exc), exc)).rstrip("\n"))


def _format_chain(exc: BaseException, tb: TracebackType | None, out: list[str], seen: set[int]) -> None:
    seen.add(id(exc))
    cause, context = exc.__cause__, exc.__context__
    if cause is not None and id(cause) not in seen:
        _format_chain(cause, cause.__traceback__, out, seen)
        out.append(_CAUSE)
    elif context is not None and not exc.__suppress_context__ and id(context) not in seen:
        _format_chain(context, context.__traceback__, out, seen)
        out.append(_CONTEXT)
    if tb is not None:
        out.append("Traceback (most recent call last):\n")
        out.extend(traceback.format_tb(tb))
    out.append(safe_exception_text(exc) + "\n")


def format_exception_safely(
    exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
) -> str:
    """Like ``traceback.format_exception``, with every database error in the chain told without values."""
    if exc is None:
        return "".join(traceback.format_exception_only(exc_type, None)) if exc_type else "NoneType: None\n"
    out: list[str] = []
    _format_chain(exc, tb, out, set())
    return "".join(out)


def scrub_text(text: str) -> str:
    """Last resort on finished text: SQLAlchemy's ``[parameters: ...]`` line replaced."""
    return _PARAMETERS_LINE.sub(PARAMETERS_HIDDEN, text) if "[parameters: " in text else text


# --------------------------------------------------------------------------- scrubbing every log record


def _safe_arg(value: object) -> object:
    return safe_exception_text(value) if isinstance(value, BaseException) and is_database_error(value) else value


def scrub_record(record: logging.LogRecord) -> None:
    """Make *record* safe to write: database errors in its message, arguments and traceback without values."""
    if record.exc_info and record.exc_info[1] is not None:
        record.exc_text = format_exception_safely(*record.exc_info).rstrip("\n")
    if isinstance(record.msg, BaseException) and is_database_error(record.msg):
        record.msg = safe_exception_text(record.msg)
    if isinstance(record.args, tuple):
        record.args = tuple(_safe_arg(arg) for arg in record.args)
    elif isinstance(record.args, dict):
        record.args = {key: _safe_arg(arg) for key, arg in record.args.items()}


class PrivacyFilter(logging.Filter):
    """A handler filter that scrubs each record (see :func:`scrub_record`); lets every record through."""

    def filter(self, record: logging.LogRecord) -> bool:
        scrub_record(record)
        return True


class PrivacyFormatter(logging.Formatter):
    """Tracebacks rendered by :func:`format_exception_safely`; finished text passed through :func:`scrub_text`."""

    def formatException(self, ei: Any) -> str:
        exc_type, exc, tb = ei
        return format_exception_safely(exc_type, exc, tb).rstrip("\n")

    def format(self, record: logging.LogRecord) -> str:
        return scrub_text(super().format(record))


_factory_guard = threading.Lock()
_scrubbing_factory: Callable[..., logging.LogRecord] | None = None


def install_record_scrubber() -> None:
    """Scrub every log record of the process as it is made, whichever handler writes it (idempotent)."""
    global _scrubbing_factory
    with _factory_guard:
        current = logging.getLogRecordFactory()
        if current is _scrubbing_factory:
            return
        inner = current

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = inner(*args, **kwargs)
            scrub_record(record)
            return record

        _scrubbing_factory = factory
        logging.setLogRecordFactory(factory)


# --------------------------------------------------------------------------- handlers


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created owner-only (``0600``)."""

    def _open(self) -> io.TextIOWrapper:
        stream = open(  # the handler keeps the stream
            self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors, opener=paths.private_opener
        )
        return cast(io.TextIOWrapper, stream)


class StderrHandler(logging.StreamHandler[IO[str]]):
    """Writes to whatever ``sys.stderr`` is at the time of each record (as logging's last resort does)."""

    def __init__(self, level: int = logging.NOTSET) -> None:
        logging.Handler.__init__(self, level)

    @property
    def stream(self) -> IO[str]:
        return sys.stderr

    @stream.setter
    def stream(self, _value: IO[str]) -> None:
        pass


def _privacy(handler: logging.Handler, fmt: str) -> logging.Handler:
    handler.setFormatter(PrivacyFormatter(fmt))
    handler.addFilter(PrivacyFilter())
    return handler


def stderr_handler() -> logging.Handler:
    """A handler to standard error, scrubbed, in the command line's format."""
    return _privacy(StderrHandler(), CLI_FORMAT)


def setup_file_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to ``vauhdittamo.log`` (owner-only); returns the file, or ``None`` when it cannot be written."""
    install_record_scrubber()
    root = logging.getLogger()
    try:
        folder = paths.ensure_private_dir(paths.log_dir())
        for old in folder.glob(LOG_FILENAME + "*"):  # written by an older version with the umask's permissions
            paths.make_private(old)
        handler = _PrivateRotatingFileHandler(
            folder / LOG_FILENAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        if not root.handlers:
            root.addHandler(_privacy(StderrHandler(), FILE_FORMAT))
        root.setLevel(level)
        return None
    root.setLevel(level)
    root.addHandler(_privacy(handler, FILE_FORMAT))
    return folder / LOG_FILENAME


def setup_cli_logging(level: int = logging.WARNING) -> None:
    """Warnings and errors to standard error, scrubbed; like ``logging.basicConfig``, only when nothing is set up."""
    install_record_scrubber()
    root = logging.getLogger()
    if root.handlers:
        return
    root.addHandler(stderr_handler())
    root.setLevel(level)
