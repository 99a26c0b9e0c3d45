"""Filling an outreach list from a file of people to reach (CSV, tab-separated text or Excel .xlsx).

The file is read exactly as the client import reads it (:func:`vauhdittamo.services.importer.read_import_file`:
Finnish or English headings, a quotation mark left open or a value over several lines refuses the file,
unknown, repeated or missing columns refuse it, so do files too large; row numbers are those Excel shows),
with the columns of :data:`COLUMNS`. Each row is checked like the client form checks a name, a phone number
and an address (control and invisible characters refused), and its village must be one of the list's (an
empty one is the list's only village, when it has one).

A row naming someone already on the list, or an earlier row of the file (the same name in the same village,
or the same phone number), is a duplicate: reported and skipped, never doubled. Nothing is written while
any row is invalid, unless the invalid rows are skipped; then the new rows are written in the caller's
transaction, with one audit entry (``IMPORTED``, counts and the file's fingerprint only).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, AppError, ValidationError
from vauhdittamo.models import AuditAction, OutreachEntry
from vauhdittamo.services import audit
from vauhdittamo.services.importer import (
    MSG_FIELD_COUNT,
    MSG_IN_COLUMN,
    Column,
    ImportTable,
    RowDuplicate,
    RowProblem,
    RowsPreview,
    RowStatus,
    read_import_file,
)
from vauhdittamo.services.outreach.entries import (
    MAX_ENTRIES,
    MSG_LIST_FULL,
    EntryData,
    EntryInput,
    InvalidEntry,
    check_worker,
    name_key,
    people_on_list,
    phone_key,
    validate_entry,
)
from vauhdittamo.services.outreach.lists import ENTITY_LIST, open_list
from vauhdittamo.services.permissions import Permission, require

COLUMNS: tuple[Column, ...] = (
    Column("first_name", "etunimi"),
    Column("last_name", "sukunimi"),
    Column("village", "kylä"),
    Column("phone", "puhelin"),
    Column("address", "osoite"),
)
REQUIRED_FIELDS: tuple[str, ...] = ("first_name", "last_name")
_LABELS = {c.field: c.label for c in COLUMNS}

MSG_ON_LIST_NAME = QT_TRANSLATE_NOOP("errors", "Already on the list: {name} of {village}.")
MSG_ON_LIST_PHONE = QT_TRANSLATE_NOOP("errors", "Already on the list: {name} has the same phone number.")
MSG_ROW_NAME = QT_TRANSLATE_NOOP("errors", "Same name and village as row {row} of the file.")
MSG_ROW_PHONE = QT_TRANSLATE_NOOP("errors", "Same phone number as row {row} of the file.")


@dataclass
class EntryRowRead:
    """A non-blank data row: its text by field name and, when valid, the checked details."""

    row: int
    values: dict[str, str]
    data: EntryData | None = None
    status: RowStatus = RowStatus.NEW


@dataclass
class OutreachPreview(RowsPreview[EntryRowRead]):
    """Every non-blank row with its status, the problems and the duplicates. Nothing was written."""

    list_id: str = ""
    fingerprint: str = ""


@dataclass
class OutreachImportReport:
    """What :func:`import_entries` did; ``committed`` False: invalid rows stopped it (nothing written)."""

    imported: int
    problems: list[RowProblem]
    duplicates: list[RowDuplicate]
    committed: bool
    entry_ids: list[str] = field(default_factory=list)

    @property
    def skipped_invalid(self) -> int:
        return len(self.problems) if self.committed else 0


def read_outreach_file(path: str | os.PathLike[str]) -> ImportTable:
    """Read *path* with the client import's strict reading and this import's columns (:class:`ImportFileError`)."""
    return read_import_file(path, COLUMNS, REQUIRED_FIELDS)


def _problem(
    number: int, values: dict[str, str], errors: list[ValidationError], headings: dict[str, str]
) -> RowProblem:
    reasons = []
    for error in errors:
        heading = headings.get(error.field or "") or _LABELS.get(error.field or "", "")
        reasons.append(MSG_IN_COLUMN.format(heading=heading, message=error.message) if heading else error.message)
    return RowProblem(row=number, reasons=reasons, values=values, errors=errors, headings=dict(headings))


def _duplicate(
    number: int, data: EntryData, template: str, *, earlier_row: int | None = None, **params: Any
) -> RowDuplicate:
    return RowDuplicate(
        row=number,
        name=f"{data.first_name} {data.last_name}",
        existing_client_id=None,
        reason=template.format(**params),
        earlier_row=earlier_row,
        template=template,
        params=params,
    )


def check_entries(session: Session, list_id: str, table: ImportTable) -> OutreachPreview:
    """Check every row of *table* against the list *list_id* (open) and the file's earlier rows; writes nothing."""
    require(session, Permission.MANAGE_OUTREACH, entity_type=ENTITY_LIST, entity_id=list_id)
    found = open_list(session, list_id)
    villages = found.village_names
    people = people_on_list(session, list_id)
    preview = OutreachPreview([], [], [], list(table.columns), list_id=list_id, fingerprint=table.fingerprint)
    by_name: dict[tuple[str, str, str], int] = {}
    by_phone: dict[str, int] = {}
    for number, values in table.rows:
        row = EntryRowRead(number, values)
        preview.rows.append(row)
        if number in table.short_rows:
            error = ValidationError(MSG_FIELD_COUNT, found=table.short_rows[number], expected=table.width)
            row.status = RowStatus.INVALID
            preview.problems.append(_problem(number, values, [error], table.headings))
            continue
        try:
            data = validate_entry(EntryInput(**values), villages)
        except InvalidEntry as invalid:
            row.status = RowStatus.INVALID
            preview.problems.append(_problem(number, values, invalid.errors, table.headings))
            continue
        row.data = data
        key = name_key(data.first_name, data.last_name, data.village)
        phone = phone_key(data.phone)
        duplicate: RowDuplicate | None = None
        if key is not None and key in people.by_name:
            known = people.by_name[key]
            duplicate = _duplicate(number, data, MSG_ON_LIST_NAME, name=known.name, village=known.village)
        elif phone is not None and phone in people.by_phone:
            duplicate = _duplicate(number, data, MSG_ON_LIST_PHONE, name=people.by_phone[phone].name)
        elif key is not None and key in by_name:
            duplicate = _duplicate(number, data, MSG_ROW_NAME, earlier_row=by_name[key], row=by_name[key])
        elif phone is not None and phone in by_phone:
            duplicate = _duplicate(number, data, MSG_ROW_PHONE, earlier_row=by_phone[phone], row=by_phone[phone])
        if duplicate is not None:
            row.status = RowStatus.DUPLICATE
            preview.duplicates.append(duplicate)
        if key is not None:
            by_name.setdefault(key, number)
        if phone is not None:
            by_phone.setdefault(phone, number)
    if people.count + preview.importable_count > MAX_ENTRIES:
        raise AppError(MSG_LIST_FULL, limit=MAX_ENTRIES, count=people.count + preview.importable_count)
    return preview


def preview_entries(session: Session, list_id: str, path: str | os.PathLike[str]) -> OutreachPreview:
    """Read and check *path* for the list; nothing is written (:class:`ImportFileError` for an unusable file)."""
    require(session, Permission.MANAGE_OUTREACH, entity_type=ENTITY_LIST, entity_id=list_id)
    return check_entries(session, list_id, read_outreach_file(path))


def import_entries(
    session: Session,
    list_id: str,
    path: str | os.PathLike[str],
    *,
    skip_invalid: bool = False,
    assigned_to_id: str | None = None,
) -> OutreachImportReport:
    """Put the new, valid rows of *path* on the list, assigned to *assigned_to_id* (or nobody yet).

    The file is read and checked again in the caller's transaction, so what is written is what the
    list holds now. With invalid rows nothing is written (``committed`` False) unless *skip_invalid*.
    """
    require(session, Permission.MANAGE_OUTREACH, entity_type=ENTITY_LIST, entity_id=list_id)
    check_worker(session, assigned_to_id)
    preview = check_entries(session, list_id, read_outreach_file(path))
    report = OutreachImportReport(0, preview.problems, preview.duplicates, committed=False)
    if preview.problems and not skip_invalid:
        return report
    report.committed = True
    entries = []
    for row in preview.importable_rows:
        data = row.data
        assert data is not None
        entries.append(
            OutreachEntry(
                list_id=list_id,
                first_name=data.first_name,
                last_name=data.last_name,
                village=data.village,
                phone=data.phone,
                address=data.address,
                assigned_to_id=assigned_to_id,
            )
        )
    session.add_all(entries)
    session.flush()
    report.imported = len(entries)
    report.entry_ids = [e.id for e in entries]
    audit.record(
        session,
        AuditAction.IMPORTED,
        ENTITY_LIST,
        list_id,
        f"imported={report.imported} duplicates={len(preview.duplicates)} invalid={len(preview.problems)} "
        f"assigned={assigned_to_id or '-'} file={preview.fingerprint}",
    )
    return report
