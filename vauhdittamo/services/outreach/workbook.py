"""An outreach list's progress as an Excel workbook in Finnish, for the coordinator who reports the pilot's reach.

Sheets: ``Kylät`` (per village), ``Työntekijät`` (per outreach worker) and ``Yhteydenotot`` (attempts per
channel and outcome), each with a total row. The workbook holds counts only, never a name of a person on
the list (staff names aside). Every sheet prints on landscape A4, one page wide, its title and heading rows
on every page, the list's name at the top and the sheet's name and page numbers at the foot. Text the
coordinator typed (the list's name, villages) goes through :func:`vauhdittamo.services.spreadsheet.safe_text`,
so it is never a formula.

The file is written beside its target and renamed into place (:func:`~vauhdittamo.services.spreadsheet.atomic_target`);
record the export afterwards with :func:`record_export`, in a transaction of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from vauhdittamo.models import AttemptOutcome, AuditAction, ContactChannel
from vauhdittamo.services import audit
from vauhdittamo.services import spreadsheet as xl
from vauhdittamo.services.outreach.lists import ENTITY_LIST
from vauhdittamo.services.outreach.progress import ProgressFigures, ProgressLine, progress
from vauhdittamo.services.outreach.status import Counts
from vauhdittamo.services.permissions import Permission, require
from vauhdittamo.timeutil import format_date, to_local, utcnow

SHEET_VILLAGES = "Kylät"
SHEET_WORKERS = "Työntekijät"
SHEET_CHANNELS = "Yhteydenotot"

COUNT_HEADERS = (
    "Yhteensä",
    "Ei vielä yritetty",
    "Ei tavoitettu",
    "Tavoitettu",
    "Kieltäytyi",
    "Muuttanut pois",
    "Asiakkaaksi",
    "Tavoitetut yhteensä *",
    "Tavoitettu-%",
)
VILLAGE_HEADERS = ("Kylä", *COUNT_HEADERS)
WORKER_HEADERS = ("Työntekijä", *COUNT_HEADERS)
COUNT_WIDTHS = (28, 10, 11, 11, 11, 11, 11, 11, 12, 11)
CHANNEL_HEADERS = (
    "Yhteydenottotapa",
    "Yrityksiä",
    "Tavoitettu",
    "Ei tavoitettu",
    "Kieltäytyi",
    "Muuttanut pois",
    "Asiakkaaksi",
)
CHANNEL_WIDTHS = (28, 10, 11, 11, 11, 11, 11)
CHANNEL_WORDS = {
    ContactChannel.PHONE: "Puhelin",
    ContactChannel.LETTER: "Kirje",
    ContactChannel.HOME_VISIT: "Kotikäynti",
    ContactChannel.VILLAGE_EVENT: "Kylätapahtuma",
}
CHANNEL_OUTCOMES = (
    AttemptOutcome.REACHED,
    AttemptOutcome.NOT_REACHED,
    AttemptOutcome.DECLINED,
    AttemptOutcome.MOVED_AWAY,
    AttemptOutcome.BECAME_CLIENT,
)
HEADER_ROW = 4
TITLE = "Etsivä työ: {name}"
VILLAGE_TOTAL = "Kaikki kylät yhteensä"
WORKER_TOTAL = "Kaikki yhteensä"
CHANNEL_TOTAL = "Kaikki yhteydenotot"
UNASSIGNED = "Ei nimettyä työntekijää"
OPEN_STATE = "avoin"
CLOSED_STATE = "suljettu {day}"
FOOTNOTES = (
    "Jokainen listan henkilö lasketaan kerran, tilassa johon viimeisin yhteydenotto hänet jätti; kun henkilöstä on",
    "  tullut asiakas, hän pysyy asiakkaana. Ei tavoitettu = yritetty, mutta ei vielä tavoitettu.",
    "* Tavoitetut yhteensä = Tavoitettu + Kieltäytyi + Asiakkaaksi. Tavoitettu-% on tavoitettujen osuus kaikista.",
    "Henkilötiedot poistetaan, kun lista suljetaan tai viimeistään kuusi kuukautta ajanjakson päättymisestä;",
    "  luvut säilyvät ennallaan. Työkirjassa ei ole listan henkilöiden nimiä eikä yhteystietoja.",
)
CHANNEL_NOTE = "Jokainen yhteydenottoyritys lasketaan erikseen: yhdellä henkilöllä voi olla useita yrityksiä."
GENERATED = "Luotu {day} klo {time} (Suomen aikaa), Vauhdittamo desk."
PAGE_FOOTER = "Sivu &P / &N"
SHEET_NAME_CODE = "&A"
HEADER_ROW_HEIGHT = 30

PERCENT = xl.CellStyle(number_format="0 %")
BOLD_PERCENT = xl.CellStyle(bold=True, number_format="0 %")


@dataclass(frozen=True)
class ProgressExport:
    """What :func:`export_progress` wrote."""

    path: Path
    figures: ProgressFigures
    size_bytes: int


def period_text(figures: ProgressFigures) -> str:
    return f"{format_date(figures.start_date)}–{format_date(figures.end_date)}"


def _header_footer_text(text: str) -> str:
    """*text* for a page header or footer, where ``&`` starts a code."""
    return text.replace("&", "&&")


def _new_sheet(workbook: Any, title: str, widths: Sequence[float], page_title: str) -> Any:
    sheet = workbook.create_sheet(title)
    xl.set_column_widths(sheet, widths)
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.row_dimensions[HEADER_ROW].height = HEADER_ROW_HEIGHT
    xl.print_landscape_fit_to_width(sheet)
    sheet.print_title_rows = f"1:{HEADER_ROW}"
    sheet.oddHeader.center.text = _header_footer_text(page_title)
    sheet.oddHeader.center.size = 9
    sheet.oddFooter.left.text = SHEET_NAME_CODE
    sheet.oddFooter.left.size = 9
    sheet.oddFooter.right.text = PAGE_FOOTER
    sheet.oddFooter.right.size = 9
    return sheet


def _heading(sheet: Any, styles: xl.Styles, figures: ProgressFigures, headers: Sequence[str]) -> None:
    sheet.append([styles.cell(TITLE.format(name=figures.name), xl.TITLE)])
    state = (
        CLOSED_STATE.format(day=format_date(to_local(figures.closed_at).date()))
        if figures.closed_at is not None
        else OPEN_STATE
    )
    line = f"Kylät: {', '.join(figures.villages)} · Ajanjakso {period_text(figures)} · Lista {state}"
    sheet.append([xl.safe_text(sheet, line)])
    sheet.append([])
    sheet.append(styles.row(headers, xl.HEADER))


def _count_cells(styles: xl.Styles, counts: Counts, bold: bool) -> list[Any]:
    share = counts.reached_share
    return [
        counts.total,
        counts.not_tried,
        counts.not_reached,
        counts.reached,
        counts.declined,
        counts.moved_away,
        counts.became_clients,
        counts.reached_in_total,
        None if share is None else styles.cell(share, BOLD_PERCENT if bold else PERCENT),
    ]


def _write_counts(
    sheet: Any,
    figures: ProgressFigures,
    headers: Sequence[str],
    lines: Sequence[ProgressLine],
    label_of: Any,
    total_label: str,
    generated_at: dt.datetime,
) -> None:
    styles = xl.Styles(sheet)
    _heading(sheet, styles, figures, headers)
    for line in lines:
        sheet.append([xl.safe_text(sheet, label_of(line)), *_count_cells(styles, line.counts, False)])
    bold = [
        styles.cell(total_label, xl.BOLD),
        *(styles.cell(c, xl.BOLD) if isinstance(c, int) else c for c in _count_cells(styles, figures.total, True)),
    ]
    sheet.append(bold)
    sheet.auto_filter.ref = xl.table_ref(len(headers), HEADER_ROW, HEADER_ROW + len(lines))
    sheet.append([])
    for note in FOOTNOTES:
        sheet.append([note])
    _generated(sheet, generated_at)


def _generated(sheet: Any, generated_at: dt.datetime) -> None:
    local = to_local(generated_at)
    sheet.append([GENERATED.format(day=format_date(local.date()), time=f"{local.hour}.{local.minute:02d}")])


def _write_channels(sheet: Any, figures: ProgressFigures, generated_at: dt.datetime) -> None:
    styles = xl.Styles(sheet)
    _heading(sheet, styles, figures, CHANNEL_HEADERS)
    for line in figures.by_channel:
        sheet.append([CHANNEL_WORDS[line.channel], line.attempts, *(line.outcomes[o] for o in CHANNEL_OUTCOMES)])
    totals = [figures.attempts, *(sum(line.outcomes[o] for line in figures.by_channel) for o in CHANNEL_OUTCOMES)]
    sheet.append(styles.row([CHANNEL_TOTAL, *totals], xl.BOLD))
    sheet.append([])
    sheet.append([CHANNEL_NOTE])
    _generated(sheet, generated_at)


def export_progress(
    session: Session, list_id: str, out: Path, *, generated_at: dt.datetime | None = None
) -> ProgressExport:
    """Write the list's progress workbook to *out* (replacing it) and return what was written.

    Only staff allowed to export reports may (:class:`~vauhdittamo.services.permissions.PermissionDenied`).
    Nothing is written to the database: record the export with :func:`record_export` afterwards.
    """
    require(session, Permission.EXPORT_REPORTS, entity_type=ENTITY_LIST, entity_id=list_id)
    out = Path(out)
    generated_at = generated_at or utcnow()
    figures = progress(session, list_id)
    page_title = TITLE.format(name=figures.name)
    with xl.atomic_target(out) as partial, xl.write_only_workbook() as workbook:
        villages = _new_sheet(workbook, SHEET_VILLAGES, COUNT_WIDTHS, page_title)
        _write_counts(
            villages, figures, VILLAGE_HEADERS, figures.by_village, lambda line: line.label, VILLAGE_TOTAL, generated_at
        )
        workers = _new_sheet(workbook, SHEET_WORKERS, COUNT_WIDTHS, page_title)
        _write_counts(
            workers,
            figures,
            WORKER_HEADERS,
            figures.by_worker,
            lambda line: line.label or UNASSIGNED,
            WORKER_TOTAL,
            generated_at,
        )
        channels = _new_sheet(workbook, SHEET_CHANNELS, CHANNEL_WIDTHS, page_title)
        _write_channels(channels, figures, generated_at)
        workbook.save(partial)
    return ProgressExport(out, figures, out.stat().st_size)


def record_export(session: Session, export: ProgressExport) -> None:
    """Note the export in the audit trail (counts only), in the caller's transaction."""
    require(session, Permission.EXPORT_REPORTS, entity_type=ENTITY_LIST, entity_id=export.figures.list_id)
    audit.record(
        session,
        AuditAction.EXPORTED,
        ENTITY_LIST,
        export.figures.list_id,
        f"outreach_progress entries={export.figures.total.total} attempts={export.figures.attempts}",
    )
