"""The period report as an Excel workbook in Finnish, with native charts and the participants for EURA 2021.

:func:`write_period_workbook` writes a :class:`~vauhdittamo.services.reporting.figures.PeriodReport`
and its participant rows (:mod:`.eura`) to an ``.xlsx`` file; it reads no database, so the figures
are exactly the report's (distinct counts over the period, never sums of weeks or months).
:func:`export_period_report` computes both and writes them; :func:`record_export` notes the export
in the audit trail afterwards.

Sheets: ``Yhteenveto`` (period, filters, participants against the target, the period's activity),
``Indikaattorit`` (the ESF+ common indicators by gender), ``Kuukausittain`` (month rows and charts),
``Käynnit`` (guidance visits by topic, channel and age group), ``Lähetteet`` (referrals by partner
category and outcome, assessments by result), ``Pajat`` (per workshop), ``EURA`` (one row per
participation, by pseudonymous code) and ``Puutteelliset`` (participations whose entry or exit data
is incomplete, by personal coach, to have them completed).

The workbook is for funders and the centre, so it is in Finnish whatever the interface language.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, TwoCellAnchor
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties, RegularTextRun
from openpyxl.styles import Alignment
from openpyxl.utils.units import cm_to_EMU
from openpyxl.worksheet.pagebreak import Break
from sqlalchemy import select
from sqlalchemy.orm import Session

from vauhdittamo.errors import QT_TRANSLATE_NOOP, ValidationError
from vauhdittamo.models import (
    SENSITIVE_FIELDS,
    AgeBand,
    AgeGroup,
    Answer,
    AssessmentResult,
    AuditAction,
    EducationLevel,
    ExitOutcome,
    Gender,
    LabourStatus,
    PartnerCategory,
    Project,
    ReferralStatus,
    StaffMember,
    VisitChannel,
    VisitTopic,
    VisitTopicOption,
    Workshop,
)
from vauhdittamo.services import audit
from vauhdittamo.services import spreadsheet as xl
from vauhdittamo.services.permissions import Permission, require, require_signed_in
from vauhdittamo.services.reporting import eura, queries
from vauhdittamo.services.reporting import indicators as ind
from vauhdittamo.services.reporting.eura import ParticipantList, ParticipantRow
from vauhdittamo.services.reporting.figures import ByGender, Indicator, PeriodReport
from vauhdittamo.services.reporting.period import Period, ReportFilters
from vauhdittamo.timeutil import format_date, to_local

Progress = Callable[[float], None]
"""Called with the share done, 0.0 … 1.0."""

PROGRESS_EVERY = 1000  # participant rows
ENTITY_PERIOD_EXPORT = "period_report_export"

# --------------------------------------------------------------------------- words (Finnish)

SHEET_SUMMARY = "Yhteenveto"
SHEET_INDICATORS = "Indikaattorit"
SHEET_MONTHS = "Kuukausittain"
SHEET_VISITS = "Käynnit"
SHEET_REFERRALS = "Lähetteet"
SHEET_WORKSHOPS = "Pajat"
SHEET_EURA = "EURA"
SHEET_INCOMPLETE = "Puutteelliset"

SHEET_CONTENTS = (
    (SHEET_INDICATORS, "ESR+-indikaattorit sukupuolen mukaan: tuotos, tulos päättyessä ja 6 kk päättymisestä"),
    (SHEET_MONTHS, "Kuukausittaiset luvut ja kaaviot"),
    (SHEET_VISITS, "Ohjauskäynnit aiheen, kanavan ja ikäryhmän mukaan"),
    (SHEET_REFERRALS, "Lähetteet kumppaniluokan ja tilanteen mukaan; työ- ja toimintakyvyn selvitykset"),
    (SHEET_WORKSHOPS, "Pajoittain: istunnot, eri osallistujat, osallistumiset ja tunnit"),
    (SHEET_EURA, "Osallistujat EURA 2021 -järjestelmään: yksi rivi osallistujaa kohden, osallistujakoodilla"),
    (SHEET_INCOMPLETE, "Osallistujat, joiden aloitus- tai lopetustiedoista puuttuu jotain"),
)

GENDER_HEADERS = (*(ind.GENDER_FI[g] for g in Gender), "Yhteensä")

GENDER_WORDS = {
    Gender.WOMAN: "Nainen",
    Gender.MAN: "Mies",
    Gender.NON_BINARY: "Muunsukupuolinen",
    Gender.NOT_TOLD: "Ei kerrottu",
}
AGE_BAND_WORDS = {
    AgeBand.UNDER_18: "Alle 18",
    AgeBand.AGE_18_29: "18–29",
    AgeBand.AGE_30_54: "30–54",
    AgeBand.AGE_55_PLUS: "55 tai yli",
    AgeBand.UNKNOWN: "Ei tiedossa",
}
LABOUR_WORDS = {
    LabourStatus.EMPLOYED: "Työssä (myös yrittäjät)",
    LabourStatus.UNEMPLOYED: "Työtön",
    LabourStatus.LONG_TERM_UNEMPLOYED: "Pitkäaikaistyötön",
    LabourStatus.INACTIVE: "Työvoiman ulkopuolella",
    LabourStatus.INACTIVE_NOT_IN_EDUCATION: "Työvoiman ulkopuolella, ei koulutuksessa",
    LabourStatus.NOT_TOLD: "Ei kerrottu",
}
EDUCATION_WORDS = {
    EducationLevel.ISCED_0_2: "ISCED 0–2 (enintään perusaste)",
    EducationLevel.ISCED_3_4: "ISCED 3–4 (toinen aste)",
    EducationLevel.ISCED_5_8: "ISCED 5–8 (korkea-aste)",
    EducationLevel.NOT_TOLD: "Ei kerrottu",
}
ANSWER_WORDS = {Answer.YES: "Kyllä", Answer.NO: "Ei", Answer.NOT_TOLD: "Ei kerrottu"}
EXIT_WORDS = {
    ExitOutcome.EMPLOYMENT: "Työssä (myös yrittäjänä)",
    ExitOutcome.EDUCATION: "Koulutuksessa",
    ExitOutcome.QUALIFICATION: "Sai tutkinnon tai sen osan",
    ExitOutcome.JOB_SEARCHING: "Työnhakijana",
    ExitOutcome.REHABILITATION: "Kuntoutuksessa",
    ExitOutcome.PENSION: "Eläkkeellä",
    ExitOutcome.INACTIVE: "Työvoiman ulkopuolella",
    ExitOutcome.OTHER: "Muu",
    ExitOutcome.UNKNOWN: "Ei tiedossa",
}
SENSITIVE_HEADERS = {
    "disability": "Vamma",
    "foreign_background": "Ulkomaalaistausta",
    "third_country_national": "Kolmannen maan kansalainen",
    "minority": "Vähemmistö (myös romanit)",
    "homeless": "Asunnoton tai asuntomarkkinoilta syrjäytynyt",
}
NOT_SHOWN = "ei näytetä"
ANONYMISED = "(anonymisoitu)"
MISSING_WORDS = {
    eura.MISSING_GENDER: "sukupuoli",
    eura.MISSING_AGE: "ikä",
    eura.MISSING_LABOUR_STATUS: "työmarkkina-asema",
    eura.MISSING_EDUCATION: "koulutustaso",
    eura.MISSING_EXIT_SITUATION: "tilanne päättyessä",
    eura.MISSING_FOLLOW_UP: "6 kk:n jatkoseuranta (myöhässä)",
}

TOPIC_WORDS = {
    VisitTopic.JOB_SEARCH: "Työnhaku",
    VisitTopic.EDUCATION: "Koulutus ja opiskelu",
    VisitTopic.BENEFITS: "Etuudet ja Kela",
    VisitTopic.HOUSING: "Asuminen",
    VisitTopic.HEALTH: "Terveys ja hyvinvointi",
    VisitTopic.LIFE_SKILLS: "Arjenhallinta",
    VisitTopic.CV: "CV ja hakemukset",
    VisitTopic.WORKSHOPS: "Pajatoiminta",
    VisitTopic.OTHER: "Muu",
}
CHANNEL_WORDS = {
    VisitChannel.WALK_IN: "Paikan päällä",
    VisitChannel.PHONE: "Puhelin",
    VisitChannel.OUTREACH: "Jalkautuminen / kylä",
    VisitChannel.REMOTE: "Etäyhteys",
}
AGE_GROUP_WORDS = {
    AgeGroup.UNDER_30: "Alle 30-vuotiaat",
    AgeGroup.AGE_30_PLUS: "30 vuotta täyttäneet",
    AgeGroup.UNKNOWN: "Ikä ei tiedossa",
}
CATEGORY_WORDS = {
    PartnerCategory.TE_SERVICES: "TE-palvelut",
    PartnerCategory.KELA: "Kela",
    PartnerCategory.SOCIAL_SERVICES: "Sosiaalipalvelut",
    PartnerCategory.HEALTH_SERVICES: "Terveyspalvelut",
    PartnerCategory.WORK_CAPACITY: "Työ- ja toimintakyvyn selvitys",
    PartnerCategory.EDUCATION: "Koulutus",
    PartnerCategory.YOUTH_SERVICES: "Nuorisopalvelut",
    PartnerCategory.MUNICIPAL_SERVICES: "Kunnan palvelut",
    PartnerCategory.THIRD_SECTOR: "Kolmas sektori",
    PartnerCategory.OTHER: "Muu",
}
STATUS_WORDS = {
    ReferralStatus.DRAFT: "Luonnos",
    ReferralStatus.SENT: "Lähetetty",
    ReferralStatus.ACCEPTED: "Hyväksytty",
    ReferralStatus.DECLINED: "Hylätty",
    ReferralStatus.STARTED: "Alkanut",
    ReferralStatus.COMPLETED: "Päättynyt",
    ReferralStatus.NO_SHOW: "Ei saapunut",
    ReferralStatus.CANCELLED: "Peruttu",
}
ASSESSMENT_WORDS = {
    AssessmentResult.FIT_FOR_WORK: "Työkykyinen",
    AssessmentResult.NEEDS_REHABILITATION: "Tarvitsee kuntoutusta",
    AssessmentResult.PENSION_RECOMMENDED: "Eläkettä suositellaan",
    AssessmentResult.OTHER: "Muu tulos",
    "pending": "Tulos puuttuu",
}
MONTH_NAMES = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu")

# The notes a report may carry (English sources, see .queries), in Finnish.
NOTE_WORDS: dict[str, str] = {
    queries.NOTE_CLIENT_FILTER: "Nimettömät käynnit ja pajojen nimettömät osallistujat eivät ole mukana: rajaus "
    "koskee asiakkaita.",
    queries.NOTE_WORKSHOP_FILTER: "Nimettömät käynnit eivät ole mukana: kun paja on valittu, käynnit, lähetteet, "
    "osaamistodistukset ja osallistujat ovat niiden asiakkaiden, jotka olivat läsnä pajan istunnoissa "
    "ajanjaksolla.",
    queries.NOTE_AFTER_TODAY: "Ajanjakso jatkuu tämän päivän jälkeen: tulevia istuntoja eikä vielä erääntymättömiä "
    "jatkoseurantoja lasketa.",
}

FIGURE_NOTES = (
    "Eri henkilöt on laskettu koko ajanjaksolta: sama henkilö lasketaan kerran, vaikka hän olisi mukana useana "
    "kuukautena tai viikkona. Siksi koko ajanjakson luku voi olla pienempi kuin kuukausien summa; "
    "älä laske kuukausi- tai viikkolukuja yhteen.",
    "Päivät ovat Suomen aikaa. Pajojen luvut koskevat pidettyjä istuntoja (ei peruttuja eikä tulevia). "
    "Osallistujatunnit: saapumis- ja lähtöajasta, muuten istunnon pituudesta.",
)

GENERATED = "{day} klo {time} (Suomen aikaa)"

TITLE_PREFIX = "Seurantaraportti"
FOOTER = "&A – sivu &P / &N"

# Styles of this workbook (besides spreadsheet's HEADER, BOLD, TITLE, DATE).
PERCENT = xl.CellStyle(number_format="0.0 %")
BOLD_PERCENT = xl.CellStyle(bold=True, number_format="0.0 %")
HOURS = xl.CellStyle(number_format="0.0")
BOLD_HOURS = xl.CellStyle(bold=True, number_format="0.0")
SECTION = xl.CellStyle(bold=True, fill="F2F2F2")


# --------------------------------------------------------------------------- helpers


def period_text(period: Period) -> str:
    """``1.10.–31.12.2026`` (the year once when both ends share it)."""
    start, end = period.start, period.end
    if start == end:
        return format_date(start)
    first = f"{start.day}.{start.month}." + ("" if start.year == end.year else str(start.year))
    return f"{first}–{format_date(end)}"


def month_label(key: str) -> str:
    """``"2026-10"`` as ``loka 2026``."""
    try:
        year, month = int(key[:4]), int(key[5:7])
        return f"{MONTH_NAMES[month - 1]} {year}"
    except (ValueError, IndexError):
        return key


def indicator_label(key: str, labels: Mapping[str, str] | None = None) -> str:
    """The Finnish name of the indicator *key* (*labels* first, then :mod:`.indicators`)."""
    if labels and key in labels:
        return labels[key]
    found = ind.BY_KEY.get(key)
    return found.label_fi if found else key.replace("_", " ")


def _word(words: Mapping[Any, str], key: str) -> str:
    for enum_key, word in words.items():
        if str(enum_key) == key:
            return word
    return key.replace("_", " ")


def _missing_text(row: ParticipantRow) -> str:
    return ", ".join(MISSING_WORDS.get(key, key) for key in row.missing)


def _add_footer(sheet: Any) -> None:
    sheet.HeaderFooter.oddFooter.center.text = FOOTER
    sheet.HeaderFooter.evenFooter.center.text = FOOTER


class _Sheet:
    """A write-only worksheet and the number of rows written (charts and print titles need them)."""

    def __init__(self, workbook: Any, title: str, widths: Sequence[float], *, header_row: int | None = None) -> None:
        self.ws = workbook.create_sheet(title)
        self.title = title
        xl.set_column_widths(self.ws, widths)
        self.widths = tuple(widths)
        if header_row:  # frozen below the table's header, repeated on every printed page
            self.ws.freeze_panes = f"A{header_row + 1}"  # before the first row (write-only)
            self.ws.print_title_rows = f"{header_row}:{header_row}"
        self.columns = len(widths)
        xl.print_landscape_fit_to_width(self.ws)
        _add_footer(self.ws)
        self.styles = xl.Styles(self.ws)
        self._aligned: dict[tuple[xl.CellStyle, str], Any] = {}
        self.rows = 0

    def aligned(self, style: xl.CellStyle, horizontal: str) -> Any:
        """The style array of *style* aligned *horizontal* ("right", "center"), registered once."""
        key = (style, horizontal)
        if key not in self._aligned:
            proto = Cell(self.ws, row=1, column=1, style_array=self.styles.get(style))
            proto.alignment = Alignment(
                horizontal=horizontal, wrap_text=style.wrap or None, vertical="top" if style.wrap else None
            )
            self._aligned[key] = proto._style
        return self._aligned[key]

    def date(self, value: dt.date | None) -> Any:
        """A date cell, centred (a right-aligned date runs into the text of the next column)."""
        if value is None:
            return None
        return Cell(self.ws, row=1, column=1, value=value, style_array=self.aligned(xl.DATE, "center"))

    def append(self, values: Sequence[Any]) -> int:
        self.ws.append(list(values))
        self.rows += 1
        return self.rows

    def text(self, value: str, style: xl.CellStyle | None = None) -> Any:
        return self.styles.cell(value, style) if style else xl.safe_text(self.ws, value)

    def blank(self) -> None:
        self.append([])

    def title_row(self, text: str) -> None:
        self.append([self.styles.cell(text, xl.TITLE)])

    def headers(self, headers: Sequence[str], *, numbers: Sequence[int] = ()) -> int:
        """A header row, as tall as its longest wrapped heading (spreadsheets do not size it on opening).

        The headings of the columns *numbers* (1-based) are right-aligned above their figures.
        """
        lines = max((_lines(text, width) for text, width in zip(headers, self.widths, strict=False) if text), default=1)
        if lines > 1:
            self.ws.row_dimensions[self.rows + 1].height = LINE_HEIGHT * lines + 2
        cells = self.styles.row(headers, xl.HEADER)
        for column in numbers:
            cells[column - 1] = Cell(self.ws, row=1, column=1, style_array=self.aligned(xl.HEADER, "right"))
            cells[column - 1].value = headers[column - 1]  # headings are this module's words, never formulas
        return self.append(cells)

    def section(self, text: str, columns: int | None = None) -> int:
        """A bold, shaded row naming the part of the table that follows."""
        cells = [self.styles.cell(text, SECTION)]
        cells += [self.styles.cell("", SECTION) for _ in range((columns or self.columns) - 1)]
        return self.append(cells)

    def note(self, text: str, width: int | None = None) -> int:
        """*text* on as many rows as it takes within *width* characters (default: the table's width)."""
        limit = width or max(40, int(sum(self.widths) * 1.1))
        for line in textwrap.wrap(text, limit, subsequent_indent="  " if text.startswith("*") else ""):
            self.append([self.text(line)])
        return self.rows


LINE_HEIGHT = 13.5  # points: one line of the default font


def _lines(text: str, width: float) -> int:
    """How many lines *text* wraps to in a column *width* characters wide (bold headings are wider)."""
    return max(1, len(textwrap.wrap(text, max(4, int(width * 0.95)), break_long_words=False)))


def _axis_visible(chart: Any) -> None:
    """openpyxl 3.1 marks axes deleted unless told otherwise: Excel would draw no axis labels."""
    chart.x_axis.delete = False
    chart.y_axis.delete = False


def _title(text: str, size: int = 12) -> Title:
    """A chart title in *size* points, bold (the default is large for a chart half a page wide)."""
    font = CharacterProperties(sz=size * 100, b=True)
    paragraph = Paragraph(pPr=ParagraphProperties(defRPr=font), r=[RegularTextRun(rPr=font, t=text)])
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


def _anchor(first: tuple[int, int], last: tuple[int, int], *, from_off: float = 0.0, to_off: float = 0.0) -> Any:
    """From cell *first* to cell *last* (0-based column, row), each moved right by an offset in centimetres.

    A chart anchored to two cells takes their size in every spreadsheet program (a size in centimetres
    alone is drawn differently by LibreOffice and Excel).
    """
    anchor = TwoCellAnchor()
    anchor._from = AnchorMarker(col=first[0], row=first[1], colOff=cm_to_EMU(from_off))
    anchor.to = AnchorMarker(col=last[0], row=last[1], colOff=cm_to_EMU(to_off))
    return anchor


def _column_cm(width: float) -> float:
    """A column *width* characters wide, in centimetres (7 pixels a character and 5 of padding, 96 dpi)."""
    return (width * 7 + 5) / 96 * 2.54


def _chart(kind: str, title: str, y_title: str) -> Any:
    chart = BarChart() if kind == "bar" else LineChart()
    if kind == "bar":
        chart.type = "col"
        chart.grouping = "clustered"
        chart.overlap = -10
    chart.title = _title(title)
    chart.y_axis.title = y_title
    chart.y_axis.scaling.min = 0  # bars and lines from zero, not from the smallest month
    chart.y_axis.number_format = "0"
    chart.legend.position = "b"
    chart.style = 10
    _axis_visible(chart)
    return chart


def _add_series(chart: Any, sheet: _Sheet, columns: Sequence[int], header_row: int, first: int, last: int) -> None:
    for column in columns:
        data = Reference(sheet.ws, min_col=column, min_row=header_row, max_row=last)
        chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet.ws, min_col=1, min_row=first, max_row=last))


# --------------------------------------------------------------------------- the sheets


def _write_summary(
    sheet: _Sheet,
    report: PeriodReport,
    filter_words: Sequence[str],
    participants: ParticipantList,
) -> None:
    s = sheet.styles
    p = report.participants
    sheet.title_row(f"{TITLE_PREFIX} {period_text(report.period)}")
    sheet.blank()
    local = to_local(report.generated_at)
    rows: list[tuple[str, str]] = [("Ajanjakso", f"{period_text(report.period)} ({report.period.days} päivää)")]
    words = list(filter_words) or ["ei rajausta: kaikki asiakkaat ja hankkeet"]
    rows.append(("Rajaus", words[0]))
    rows += [("", word) for word in words[1:]]
    rows.append(("Luotu", GENERATED.format(day=format_date(local.date()), time=f"{local.hour}.{local.minute:02d}")))
    for label, value in rows:  # the value runs on over the empty columns beside it
        sheet.append([s.cell(label, xl.BOLD) if label else None, sheet.text(value)])
    sheet.blank()

    sheet.headers(("Osallistujat", "Henkilöitä", "", "Selite"), numbers=(2,))
    target_note = (
        "hankkeen osallistujatavoite" if report.filters.project_id else "valittujen hankkeiden tavoitteet yhteensä"
    )
    participant_rows: list[tuple[str, Any, str, xl.CellStyle]] = [
        ("Aloittaneet ajanjaksolla", p.entered, "aloituspäivä ajanjaksolla", xl.BOLD),
        (
            "Osallistuneet ajanjaksolla",
            p.active,
            "aloittanut viimeistään ajanjakson lopussa eikä päättänyt ennen sen alkua",
            xl.BOLD,
        ),
        ("Päättäneet ajanjaksolla", p.exited, "päättymispäivä ajanjaksolla", xl.BOLD),
        ("Aloittaneet ajanjakson loppuun mennessä", p.entered_to_date, "kaikki aloittaneet hankkeen alusta", xl.BOLD),
        ("Osallistujatavoite", p.target if p.target is not None else "ei tavoitetta", target_note, xl.BOLD),
    ]
    for label, value, note, style in participant_rows:
        sheet.append([sheet.text(label), s.cell(value, style), None, sheet.text(note)])
    if p.target:
        share = p.entered_to_date / p.target
        sheet.append(
            [
                sheet.text("Toteuma tavoitteesta"),
                s.cell(share, BOLD_PERCENT),
                None,
                sheet.text(f"{p.entered_to_date} / {p.target} osallistujaa"),
            ]
        )
    sheet.append(
        [
            sheet.text("Puutteelliset aloitus- tai lopetustiedot"),
            s.cell(p.incomplete, xl.BOLD),
            None,
            sheet.text(f"ajanjaksolla osallistuneet, joiden tiedoista puuttuu jotain (välilehti {SHEET_INCOMPLETE})"),
        ]
    )
    sheet.append(
        [
            sheet.text("Myöhässä olevat 6 kk:n jatkoseurannat"),
            s.cell(participants.follow_ups_overdue, xl.BOLD),
            None,
            sheet.text(f"seurantapäivä ajanjakson loppuun mennessä ja ohi (välilehti {SHEET_INCOMPLETE})"),
        ]
    )
    sheet.blank()

    v, r, a, c, w = report.visits, report.referrals, report.assessments, report.certificates, report.attendance
    sheet.headers(("Toiminta ajanjaksolla", "Määrä", "", "Selite"), numbers=(2,))
    activity: list[tuple[str, Any, str, xl.CellStyle | None]] = [
        ("Ohjauskäynnit", v.total, f"joista nimettömiä {v.anonymous}", None),
        ("Ohjauskäynneillä käyneet eri asiakkaat", v.distinct_clients, "eri henkilöt koko ajanjaksolta", None),
        ("Lähetteet", r.total, f"{r.distinct_clients} eri asiakkaalle", None),
        ("Työ- ja toimintakyvyn selvitykset", a.total, f"joista tulos kirjattu {a.with_result}", None),
        ("Osaamistodistukset", c.total, f"{c.distinct_clients} eri asiakkaalle", None),
        ("Pidetyt pajaistunnot", w.sessions_held, "", None),
        ("Pajojen eri osallistujat", w.distinct_participants, "eri henkilöt koko ajanjaksolta", None),
        ("Pajaosallistumiset", w.attendances, "läsnäolomerkinnät", None),
        ("Pajojen nimettömät osallistujat", w.anonymous, "nimettömät lukumäärät", None),
        ("Osallistujatunnit pajoissa", w.hours, "", HOURS),
    ]
    for label, value, note, number_style in activity:
        sheet.append([sheet.text(label), s.cell(value, number_style or xl.CellStyle()), None, sheet.text(note)])
    sheet.blank()

    notes = [NOTE_WORDS.get(n, n) for n in report.notes]
    if not participants.sensitive_shown:
        notes.append(
            f"Välilehden {SHEET_EURA} arkaluonteiset vastaukset (vamma, tausta, vähemmistö, asunnottomuus) "
            "näytetään vain niille, jotka näkevät terveyteen liittyvät tiedot (ylläpitäjät)."
        )
    sheet.headers(("Huomiot", "", "", ""))
    for note in [*notes, *FIGURE_NOTES]:
        sheet.note(f"– {note}")
    sheet.blank()
    sheet.headers(("Välilehti", "Sisältö", "", ""))
    for name, what in SHEET_CONTENTS:
        sheet.append([sheet.text(name), sheet.text(what)])


def _gender_cells(sheet: _Sheet, counts: ByGender, style: xl.CellStyle | None = None) -> list[Any]:
    values = (counts.woman, counts.man, counts.non_binary, counts.not_told)
    cells = [sheet.styles.cell(v, style) if style else v for v in values]
    return [*cells, sheet.styles.cell(counts.total, xl.BOLD)]


INDICATOR_GROUPS = (
    ("Aloittaneiden osallistujien tiedot: aloituspäivä ajanjaksolla", "output_indicators"),
    ("Välittömät tulokset osallistumisen päättyessä: päättymispäivä ajanjaksolla", "result_indicators"),
    ("Pitemmän aikavälin tulokset: kuusi kuukautta päättymisestä täyttyi ajanjaksolla", "follow_up_indicators"),
)


def _write_indicators(sheet: _Sheet, report: PeriodReport, labels: Mapping[str, str] | None) -> None:
    sheet.title_row(f"ESR+-indikaattorit sukupuolen mukaan, {period_text(report.period)}")
    sheet.headers(("Indikaattori", *GENDER_HEADERS), numbers=range(2, 7))
    for title, attribute in INDICATOR_GROUPS:
        indicators: list[Indicator] = getattr(report, attribute)
        sheet.section(title)
        if not indicators:
            sheet.append([sheet.text("ei lukuja")])
        for indicator in indicators:
            sheet.append(
                [sheet.text(indicator_label(indicator.key, labels)), *_gender_cells(sheet, indicator.by_gender)]
            )
    sheet.blank()
    sheet.note(
        "Luvut ovat eri henkilöitä (asetus (EU) 2021/1057, liite I). Sama henkilö voi kuulua useaan indikaattoriin."
    )


MONTH_WIDTHS = (18, 16, 16, 16, 22, 22, 22)  # A–D and E–G are each as wide as one chart (12.5 cm)
CHART_ROWS = 14  # rows of 15 points under a 7 cm chart
PAGE_ROWS = 30  # rows on a landscape A4 page

MONTH_HEADERS = (
    "Kuukausi",
    "Aloittaneet osallistujat",
    "Päättäneet osallistujat",
    "Ohjauskäynnit",
    "Pajojen eri osallistujat",
    "Osallistujatunnit pajoissa",
    "Osaamistodistukset",
)


def _write_months(sheet: _Sheet, report: PeriodReport) -> None:
    p, v, w, c = report.participants, report.visits, report.attendance, report.certificates
    header = sheet.headers(MONTH_HEADERS, numbers=range(2, len(MONTH_HEADERS) + 1))
    found = set(p.entered_by_month) | set(p.exited_by_month) | set(v.by_month) | set(w.by_month) | set(c.by_month)
    keys = sorted(found) or [f"{m.year:04d}-{m.month:02d}" for m in report.period.months()]
    s = sheet.styles
    today = to_local(report.generated_at).date()
    current = f"{today:%Y-%m}" if report.period.start <= today < report.period.end else None
    for key in keys:
        distinct, hours = w.by_month.get(key, (0, 0.0))
        sheet.append(
            [
                sheet.text(month_label(key) + (" (kesken)" if key == current else "")),
                p.entered_by_month.get(key, 0),
                p.exited_by_month.get(key, 0),
                v.by_month.get(key, 0),
                distinct,
                s.cell(hours, HOURS),
                c.by_month.get(key, 0),
            ]
        )
    first, last = header + 1, header + len(keys)
    sheet.append(
        s.row(["Koko ajanjakso *", p.entered, p.exited, v.total, w.distinct_participants], xl.BOLD)
        + [s.cell(w.hours, BOLD_HOURS), s.cell(c.total, xl.BOLD)]
    )
    sheet.blank()
    sheet.note(
        "* Koko ajanjakson pajojen eri osallistujat on laskettu koko ajanjaksolta (sama henkilö kerran), "
        "ei kuukausien summana."
    )
    if not keys:
        return
    charts = [
        (_chart("bar", "Aloittaneet ja päättäneet osallistujat", "henkilöä"), (2, 3)),
        (_chart("line", "Ohjauskäynnit", "käyntiä"), (4,)),
        (_chart("bar", "Pajojen eri osallistujat", "henkilöä"), (5,)),
        (_chart("line", "Osallistujatunnit pajoissa", "tuntia"), (6,)),
    ]
    # Two charts side by side (columns A–D and E–G), each pair on one printed page.
    gap = 0.3  # cm between the charts
    page_start, top = 0, sheet.rows + 2
    for pair in range(0, len(charts), 2):
        if top + CHART_ROWS - page_start > PAGE_ROWS:
            sheet.ws.row_breaks.append(Break(id=top - 1))  # the charts start the next page
            page_start = top - 1
        row, end = top - 1, top - 1 + CHART_ROWS
        anchors = (
            _anchor((0, row), (3, end), to_off=_column_cm(MONTH_WIDTHS[3]) - gap),
            _anchor((4, row), (7, end), from_off=gap),
        )
        for (chart, columns), anchor in zip(charts[pair : pair + 2], anchors, strict=False):
            _add_series(chart, sheet, columns, header, first, last)
            if isinstance(chart, LineChart):
                for series in chart.series:
                    series.marker.symbol = "circle"
                    series.smooth = False
            chart.anchor = anchor
            sheet.ws.add_chart(chart)
        top += CHART_ROWS + 1


def _counts_table(
    sheet: _Sheet,
    title: str,
    header: str,
    counts: Mapping[str, int],
    words: Mapping[Any, str],
    order: Sequence[str],
    *,
    total: int | None = None,
) -> tuple[int, int]:
    """A section with one row per key (the known keys in *order* first); returns its first and last row."""
    sheet.section(title, 3)
    sheet.headers((header, "Määrä", "Osuus"), numbers=(2, 3))
    keys = [k for k in order if k in counts] + sorted(k for k in counts if k not in order)
    base = total if total is not None else sum(counts.values())
    first = sheet.rows + 1
    for key in keys:
        value = counts[key]
        sheet.append(
            [
                sheet.text(words.get(key) or _word(words, key)),
                value,
                sheet.styles.cell(value / base if base else 0.0, PERCENT),
            ]
        )
    if not keys:
        sheet.append([sheet.text("ei käyntejä")])
    last = sheet.rows
    sheet.blank()
    return first, last


VISIT_WIDTHS = (30, 10, 10, 4, *([10] * 9))  # the table, a gap and the chart's columns


def _write_visits(sheet: _Sheet, report: PeriodReport, topic_words: Mapping[str, str]) -> None:
    v = report.visits
    sheet.title_row(f"Ohjauskäynnit {period_text(report.period)}: {v.total} käyntiä, joista nimettömiä {v.anonymous}")
    topic_order = [str(t) for t in VisitTopic]
    words = {**{str(k): w for k, w in TOPIC_WORDS.items()}, **topic_words}
    first, last = _counts_table(sheet, "Aiheen mukaan *", "Aihe", v.by_topic, words, topic_order, total=v.total)
    _counts_table(
        sheet,
        "Kanavan mukaan",
        "Kanava",
        v.by_channel,
        {str(k): w for k, w in CHANNEL_WORDS.items()},
        [str(c) for c in VisitChannel],
    )
    _counts_table(
        sheet,
        "Ikäryhmän mukaan (käynnin ikäryhmä)",
        "Ikäryhmä",
        v.by_age_group,
        {str(k): w for k, w in AGE_GROUP_WORDS.items()},
        [str(g) for g in AgeGroup],
    )
    sheet.note("* Käynnillä voi olla useita aiheita: aiheiden summa voi olla suurempi kuin käyntien määrä,")
    sheet.note("  ja osuus on aiheen käyntien osuus kaikista käynneistä.")
    if last >= first:
        chart = BarChart()
        chart.type = "bar"
        chart.title = _title("Ohjauskäynnit aiheen mukaan")
        chart.legend = None
        chart.style = 10
        _axis_visible(chart)
        chart.x_axis.scaling.orientation = "maxMin"  # the first topic at the top, as in the table
        chart.y_axis.crosses = "max"  # and the value axis below the bars
        chart.y_axis.scaling.min = 0
        chart.y_axis.number_format = "0"
        chart.add_data(Reference(sheet.ws, min_col=2, min_row=first, max_row=last), titles_from_data=False)
        chart.set_categories(Reference(sheet.ws, min_col=1, min_row=first, max_row=last))
        rows = max(CHART_ROWS, 3 + 2 * (last - first + 1))  # about two rows a bar
        chart.anchor = _anchor((4, 1), (len(VISIT_WIDTHS), 1 + rows))
        sheet.ws.add_chart(chart)


def _write_referrals(sheet: _Sheet, report: PeriodReport) -> None:
    r, a = report.referrals, report.assessments
    statuses = [str(s) for s in ReferralStatus]
    used = [s for s in statuses if r.by_outcome.get(s)] + sorted(k for k in r.by_outcome if k not in statuses)
    sheet.title_row(f"Lähetteet {period_text(report.period)}: {r.total} lähetettä {r.distinct_clients} eri asiakkaalle")
    sheet.headers(
        ("Kumppaniluokka", *(_word(STATUS_WORDS, s) for s in used), "Yhteensä"), numbers=range(2, len(used) + 3)
    )
    categories = [str(c) for c in PartnerCategory]
    keys = [c for c in categories if c in r.by_category_outcome] + sorted(
        k for k in r.by_category_outcome if k not in categories
    )
    s = sheet.styles
    for key in keys:
        row = r.by_category_outcome[key]
        sheet.append(
            [
                sheet.text(_word(CATEGORY_WORDS, key)),
                *(row.get(status, 0) for status in used),
                s.cell(r.by_category.get(key, sum(row.values())), xl.BOLD),
            ]
        )
    sheet.append(s.row(["Yhteensä", *(r.by_outcome.get(status, 0) for status in used), r.total], xl.BOLD))
    sheet.note("Tila on lähetteen viimeisin tilanne. Mukana ajanjaksolla tehdyt lähetteet (ei poistettuja).")
    sheet.blank()
    sheet.section("Työ- ja toimintakyvyn selvitykset tuloksen mukaan", 3)
    sheet.headers(("Tulos", "Määrä", ""), numbers=(2,))
    results = [str(x) for x in AssessmentResult] + ["pending"]
    for key in [k for k in results if k in a.by_result] + sorted(k for k in a.by_result if k not in results):
        sheet.append([sheet.text(_word(ASSESSMENT_WORDS, key)), a.by_result[key]])
    sheet.append(s.row(["Yhteensä", a.total], xl.BOLD))


WORKSHOP_HEADERS = (
    "Paja",
    "Pidetyt istunnot",
    "Eri osallistujat",
    "Osallistumiset",
    "Nimettömät",
    "Osallistujatunnit",
)


def _write_workshops(sheet: _Sheet, report: PeriodReport) -> None:
    w = report.attendance
    sheet.headers(WORKSHOP_HEADERS, numbers=range(2, len(WORKSHOP_HEADERS) + 1))
    s = sheet.styles
    for row in w.by_workshop:
        sheet.append(
            [
                sheet.text(row.name),
                row.sessions_held,
                row.distinct_participants,
                row.attendances,
                row.anonymous,
                s.cell(row.hours, HOURS),
            ]
        )
    sheet.append(
        s.row(["Kaikki pajat *", w.sessions_held, w.distinct_participants, w.attendances, w.anonymous], xl.BOLD)
        + [s.cell(w.hours, BOLD_HOURS)]
    )
    sheet.blank()
    sheet.note("* Kaikkien pajojen eri osallistujat: sama henkilö kerran, vaikka hän olisi käynyt useassa pajassa.")
    sheet.note("Osallistumiset: läsnäolomerkinnät. Nimettömät: läsnä olleet, joista ei ole asiakastietoja.")
    sheet.note("Osallistujatunnit: läsnä olleiden saapumis- ja lähtöajasta, muuten istunnon pituudesta.")


EURA_HEADERS = (
    "Osallistujakoodi",
    "Hanke",
    "Hankekoodi",
    "Aloituspäivä",
    "Sukupuoli",
    "Ikä aloittaessa",
    "Työmarkkina-asema aloittaessa",
    "Koulutustaso",
    *(SENSITIVE_HEADERS[name] for name in SENSITIVE_FIELDS),
    "Maaseutualueelta",
    "Päättymispäivä",
    "Tilanne päättyessä",
    "Jatkoseuranta viimeistään",
    "Jatkoseuranta tehty",
    "Työssä 6 kk jälkeen",
    "Tilanne parantunut 6 kk jälkeen",
    "Mukana",
    "Puuttuu",
)
EURA_WIDTHS = (17, 28, 11, 13, 17, 12, 38, 30, 10, 18, 14, 14, 24, 17, 15, 24, 15, 15, 12, 15, 16, 44)
INCLUDED_ACTIVE = "osallistujana"
INCLUDED_FOLLOW_UP = "jatkoseurannassa"


def _included(row: ParticipantRow) -> str:
    """Why the row is on the sheet: took part in the period, its follow-up falls in the period, or both."""
    reasons = [INCLUDED_ACTIVE] * row.active + [INCLUDED_FOLLOW_UP] * row.follow_up_in_period
    return " ja ".join(reasons)


def _answer(value: Answer | None) -> str | None:
    return None if value is None else ANSWER_WORDS[value]


def _write_eura(sheet: _Sheet, participants: ParticipantList, progress: Progress | None) -> None:
    shown = participants.sensitive_shown
    intro = (
        "Osallistujat EURA 2021 -järjestelmään, yksi rivi hankeosallistumista kohden: ajanjaksolla "
        f"osallistuneet (\u201d{INCLUDED_ACTIVE}\u201d) ja ne, joiden 6 kk:n jatkoseuranta osuu ajanjaksolle "
        f"(\u201d{INCLUDED_FOLLOW_UP}\u201d)."
    )
    if not shown:
        intro += (
            f" Arkaluonteiset vastaukset lukevat \u201d{NOT_SHOWN}\u201d: ne näytetään vain niille, jotka näkevät "
            "terveyteen liittyvät tiedot (ylläpitäjät)."
        )
    sheet.note(intro)
    sheet.headers(EURA_HEADERS)
    total = max(1, len(participants.rows))
    texts: dict[str, Any] = {}

    def text(value: str) -> Any:  # project names repeat: checked once
        if value not in texts:
            texts[value] = xl.safe_text(sheet.ws, value)
        found = texts[value]
        return found if found is None or isinstance(found, str) else xl.safe_text(sheet.ws, value)

    for index, row in enumerate(participants.rows, 1):
        sensitive = (
            [ANSWER_WORDS[a] for a in row.sensitive]
            if row.sensitive is not None
            else [NOT_SHOWN] * len(SENSITIVE_FIELDS)
        )
        sheet.append(
            [
                row.code,
                text(row.project_name),
                text(row.project_code),
                sheet.date(row.entry_date),
                GENDER_WORDS[row.gender],
                AGE_BAND_WORDS[row.age_band],
                LABOUR_WORDS[row.labour_status],
                EDUCATION_WORDS[row.education_level],
                *sensitive,
                ANSWER_WORDS[row.rural],
                sheet.date(row.exit_date),
                None if row.exit_date is None else EXIT_WORDS[row.exit_outcome or ExitOutcome.UNKNOWN],
                sheet.date(row.follow_up_due),
                sheet.date(row.follow_up_on),
                _answer(row.follow_up_employed),
                _answer(row.follow_up_improved),
                _included(row),
                _missing_text(row) or None,
            ]
        )
        if progress and index % PROGRESS_EVERY == 0:
            progress(0.1 + 0.8 * index / total)
    sheet.ws.auto_filter.ref = xl.table_ref(len(EURA_HEADERS), 2, sheet.rows)


def _incomplete_headers(with_names: bool) -> tuple[str, ...]:
    return (
        "Omavalmentaja",
        *(("Asiakas",) if with_names else ()),
        "Osallistujakoodi",
        "Hanke",
        "Aloituspäivä",
        "Päättymispäivä",
        "Puuttuu",
        "Viimeksi kirjannut",
    )


def _write_incomplete(sheet: _Sheet, participants: ParticipantList, with_names: bool) -> None:
    rows = participants.incomplete
    sheet.note(
        f"Osallistujat, joiden aloitus- tai lopetustiedoista puuttuu jotain tai joiden 6 kk:n jatkoseuranta on "
        f"myöhässä: {len(rows)}. Täydennä tiedot sovelluksessa; kysy omavalmentajalta tai viimeksi kirjanneelta."
    )
    headers = _incomplete_headers(with_names)
    sheet.headers(headers)
    for row in rows:
        name = [xl.safe_text(sheet.ws, row.name or ANONYMISED)] if with_names else []
        sheet.append(
            [
                xl.safe_text(sheet.ws, row.coach_name or "(ei omavalmentajaa)"),
                *name,
                row.code,
                xl.safe_text(sheet.ws, row.project_name),
                sheet.date(row.entry_date),
                sheet.date(row.exit_date),
                _missing_text(row),
                xl.safe_text(sheet.ws, row.recorded_by_name),
            ]
        )
    sheet.ws.auto_filter.ref = xl.table_ref(len(headers), 2, sheet.rows)


# --------------------------------------------------------------------------- writing


@dataclass(frozen=True)
class PeriodExportSummary:
    """What :func:`write_period_workbook` wrote."""

    path: Path
    report: PeriodReport
    participants: int
    incomplete: int
    sensitive_shown: bool
    with_names: bool
    size_bytes: int


def write_period_workbook(
    path: Path,
    report: PeriodReport,
    participants: ParticipantList,
    *,
    filter_words: Sequence[str] = (),
    topic_words: Mapping[str, str] | None = None,
    indicator_labels: Mapping[str, str] | None = None,
    with_names: bool = True,
    progress: Progress | None = None,
) -> PeriodExportSummary:
    """Write *report* and its *participants* to the workbook *path* (replacing it, atomically, owner-only).

    *filter_words*: the filters in words (``"Hanke: …"``; see :func:`describe_filters`); *topic_words*:
    the centre's names of visit topic codes (custom topics); *indicator_labels*: the indicators'
    Finnish names (defaults to :mod:`.indicators`); *with_names*: the client's name on the
    ``Puutteelliset`` sheet (never on ``EURA``). Reads no database.
    """
    out = Path(path)
    with xl.atomic_target(out) as partial:
        _write_workbook(
            partial, report, participants, filter_words, topic_words, indicator_labels, with_names, progress
        )
    return _summary(out, report, participants, with_names)


def _summary(out: Path, report: PeriodReport, participants: ParticipantList, with_names: bool) -> PeriodExportSummary:
    return PeriodExportSummary(
        path=out,
        report=report,
        participants=len(participants.rows),
        incomplete=len(participants.incomplete),
        sensitive_shown=participants.sensitive_shown,
        with_names=with_names,
        size_bytes=out.stat().st_size,
    )


def _write_workbook(
    partial: Path,
    report: PeriodReport,
    participants: ParticipantList,
    filter_words: Sequence[str],
    topic_words: Mapping[str, str] | None,
    indicator_labels: Mapping[str, str] | None,
    with_names: bool,
    progress: Progress | None,
) -> None:
    if progress:
        progress(0.0)
    with xl.write_only_workbook() as workbook:
        summary = _Sheet(workbook, SHEET_SUMMARY, (42, 12, 2, 80))
        indicators = _Sheet(workbook, SHEET_INDICATORS, (72, 11, 11, 18, 13, 12), header_row=2)
        months = _Sheet(workbook, SHEET_MONTHS, MONTH_WIDTHS, header_row=1)
        visits = _Sheet(workbook, SHEET_VISITS, VISIT_WIDTHS, header_row=1)
        statuses = sum(1 for value in report.referrals.by_outcome.values() if value) or 1
        referrals = _Sheet(workbook, SHEET_REFERRALS, (36, *([12] * (statuses + 1))), header_row=2)
        workshops = _Sheet(workbook, SHEET_WORKSHOPS, (40, 12, 12, 14, 12, 14), header_row=1)
        eura_sheet = _Sheet(workbook, SHEET_EURA, EURA_WIDTHS, header_row=2)
        eura_sheet.ws.page_setup.fitToWidth = 2  # two pages across, the code repeated on each
        eura_sheet.ws.print_title_cols = "A:A"
        incomplete = _Sheet(
            workbook,
            SHEET_INCOMPLETE,
            (24, *((28,) if with_names else ()), 17, 30, 13, 15, 44, 22),
            header_row=2,
        )
        _write_summary(summary, report, filter_words, participants)
        _write_indicators(indicators, report, indicator_labels)
        _write_months(months, report)
        _write_visits(visits, report, topic_words or {})
        _write_referrals(referrals, report)
        _write_workshops(workshops, report)
        if progress:
            progress(0.1)
        _write_eura(eura_sheet, participants, progress)
        _write_incomplete(incomplete, participants, with_names)
        workbook.save(partial)
    if progress:
        progress(1.0)


# --------------------------------------------------------------------------- choosing the filters

MSG_UNKNOWN_PROJECT = QT_TRANSLATE_NOOP(
    "errors", "Unknown project: {name}. Give the project's name or id as it is in the project list."
)
MSG_AMBIGUOUS_PROJECT = QT_TRANSLATE_NOOP(
    "errors", "{count} projects are called {name}; give the id of the one you mean: {ids}."
)
MSG_UNKNOWN_COACH = QT_TRANSLATE_NOOP(
    "errors", "Unknown personal coach: {name}. Give the staff member's name or id as it is in the staff list."
)
MSG_AMBIGUOUS_COACH = QT_TRANSLATE_NOOP(
    "errors", "{count} staff members are called {name}; give the id of the one you mean: {ids}."
)


def _resolve(found: Sequence[tuple[str, str]], given: str, field: str, unknown: str, ambiguous: str) -> str:
    text = given.strip()
    ids = {fid for fid, _ in found}
    if text in ids:
        return text
    matches = sorted(fid for fid, name in found if name.strip().casefold() == text.casefold())
    if not matches:
        raise ValidationError(unknown, field=field, name=text or '""')
    if len(matches) > 1:
        raise ValidationError(ambiguous, field=field, name=text, count=len(matches), ids=", ".join(matches))
    return matches[0]


def resolve_project(session: Session, name_or_id: str) -> str:
    """The id of the live project given by id or by name (case-insensitive).

    Raises :class:`ValidationError` (field ``project``) for an unknown name and for a name that several
    projects share (the message lists their ids).
    """
    require_signed_in(session)
    live = [
        (pid, name)
        for pid, name in session.execute(select(Project.id, Project.name).where(Project.deleted_at.is_(None)))
    ]
    return _resolve(live, name_or_id, "project", MSG_UNKNOWN_PROJECT, MSG_AMBIGUOUS_PROJECT)


def resolve_coach(session: Session, name_or_id: str) -> str:
    """The id of the staff member given by id or by name (case-insensitive), as :func:`resolve_project`."""
    require_signed_in(session)
    query = select(StaffMember.id, StaffMember.display_name).where(StaffMember.deleted_at.is_(None))
    staff = [(sid, name) for sid, name in session.execute(query)]
    return _resolve(staff, name_or_id, "coach", MSG_UNKNOWN_COACH, MSG_AMBIGUOUS_COACH)


def describe_filters(session: Session, filters: ReportFilters) -> list[str]:
    """The report's filters in Finnish words, for the summary (names of the project, workshop, coach)."""
    words: list[str] = []
    if filters.project_id:
        project = session.get(Project, filters.project_id)
        if project is None:
            words.append(f"Hanke: {filters.project_id}")
        else:
            code = f" ({project.code})" if project.code else ""
            funder = f", rahoittaja {project.funder}" if project.funder else ""
            words.append(f"Hanke: {project.name}{code}{funder}")
    if filters.municipality:
        words.append(f"Kotikunta: {filters.municipality}")
    if filters.village:
        words.append(f"Kylä: {filters.village}")
    if filters.workshop_id:
        workshop = session.get(Workshop, filters.workshop_id)
        words.append(f"Paja: {workshop.name if workshop else filters.workshop_id} (sen osallistujat ajanjaksolla)")
    if filters.coach_id:
        coach = session.get(StaffMember, filters.coach_id)
        words.append(f"Omavalmentaja: {coach.display_name if coach else filters.coach_id}")
    return words


def topic_names(session: Session) -> dict[str, str]:
    """The centre's own names of visit topics (custom topics and renamed built-in ones)."""
    return {
        code: label.strip()
        for code, label in session.execute(select(VisitTopicOption.code, VisitTopicOption.label))
        if label and label.strip()
    }


def export_period_report(
    session: Session,
    period: Period,
    filters: ReportFilters,
    out: Path,
    *,
    with_names: bool = True,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> PeriodExportSummary:
    """Compute the period report and its participant rows and write them to *out* (see :func:`write_period_workbook`).

    Needs :attr:`Permission.EXPORT_REPORTS`. Nothing is written to the database: record the export
    afterwards, in a short transaction of its own, with :func:`record_export`.
    """
    from vauhdittamo.services.reporting.queries import period_report

    require(session, Permission.EXPORT_REPORTS)
    out = Path(out)
    with xl.atomic_target(out) as partial:  # a target that cannot be written fails before the work
        report = period_report(session, period, filters, today=today)
        participants = eura.participant_rows(session, period, filters, today=today)
        _write_workbook(
            partial,
            report,
            participants,
            describe_filters(session, filters),
            topic_names(session),
            None,
            with_names,
            progress,
        )
    return _summary(out, report, participants, with_names)


def record_export(session: Session, summary: PeriodExportSummary) -> None:
    """Note the export in the audit trail (in the caller's transaction): the period and counts, no names.

    Sensitive answers in the workbook are recorded too (``PARTICIPANT_DETAILS_VIEWED``, one entry).
    """
    require(session, Permission.EXPORT_REPORTS)
    report = summary.report
    f = report.filters
    scope = " ".join(
        f"{name}={value}"
        for name, value in (
            ("project", f.project_id),
            ("municipality", "set" if f.municipality else None),
            ("village", "set" if f.village else None),
            ("workshop", f.workshop_id),
            ("coach", f.coach_id),
        )
        if value
    )
    audit.record(
        session,
        AuditAction.EXPORTED,
        ENTITY_PERIOD_EXPORT,
        detail=f"period={report.period.start.isoformat()}..{report.period.end.isoformat()} "
        f"participants={summary.participants}"
        + (f" {scope}" if scope else "")
        + f" names={'yes' if summary.with_names else 'no'}",
    )
    if summary.sensitive_shown and summary.participants:
        audit.record(
            session,
            AuditAction.PARTICIPANT_DETAILS_VIEWED,
            eura.ENTITY_PERIOD_REPORT,
            detail=f"export=period participants={summary.participants}",
        )
