"""A printable referral letter (lähete) for the client to take along to the partner.

The letter names the client in full (with the birth date) only when the referral shares the client's
data and a consent in force, or a recorded override, covers it; otherwise it names the client by first
name only. Every piece of free text is HTML-escaped, so what staff typed stays text.

Opening, printing and saving a letter each write an audit entry (``REFERRAL_LETTER``, ``letter=opened``,
``printed`` or ``saved``) in the transaction that reads it; a health-related letter is refused to
whoever may not see that referral's details (the services raise :class:`~vauhdittamo.errors.AppError`).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from vauhdittamo.services.referral_letter import LetterData, load_letter
from vauhdittamo.services.referrals import LetterUse, record_letter_use
from vauhdittamo.timeutil import format_date
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.labels import label


def _text(value: str) -> str:
    """Free text as HTML: escaped, line breaks kept."""
    return html.escape(value).replace("\n", "<br>")


def _row(caption: str, value: str) -> str:
    """A table row: a translated *caption* (escaped here) and a *value* already in HTML; none when empty."""
    if not value:
        return ""
    return f"<tr><td style='padding-right:12px'><b>{html.escape(caption)}</b></td><td>{value}</td></tr>"


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{html.escape(text)}</h{level}>"


def letter_html(data: LetterData) -> str:
    """The letter as HTML for a :class:`QTextDocument`, in the UI language."""
    parts = ["<html><body>", _heading(1, QCoreApplication.translate("ReferralLetter", "Referral"))]
    if data.urgent:
        urgent = QCoreApplication.translate("ReferralLetter", "Urgent")
        parts.append(f"<p><b>{html.escape(urgent)}</b></p>")
    parts.append("<table>")
    parts.append(_row(QCoreApplication.translate("ReferralLetter", "Date"), format_date(data.letter_date)))
    parts.append(_row(QCoreApplication.translate("ReferralLetter", "Referred on"), format_date(data.referred_on)))
    if data.identifies_client:
        name = f"{data.client_first_name} {data.client_last_name}".strip()
        parts.append(_row(QCoreApplication.translate("ReferralLetter", "Client"), _text(name)))
        parts.append(
            _row(QCoreApplication.translate("ReferralLetter", "Birth date"), format_date(data.client_birth_date))
        )
    else:
        parts.append(_row(QCoreApplication.translate("ReferralLetter", "Client"), _text(data.client_first_name)))
    parts.append("</table>")

    parts.append(_heading(3, QCoreApplication.translate("ReferralLetter", "Referred to")))
    parts.append("<table>")
    parts.append(_row(QCoreApplication.translate("ReferralLetter", "Organisation"), _text(data.organisation_name)))
    parts.append(_row(QCoreApplication.translate("ReferralLetter", "Service"), _text(data.service_name)))
    parts.append(_row(QCoreApplication.translate("ReferralLetter", "Category"), html.escape(label(data.category))))
    parts.append(_row(QCoreApplication.translate("ReferralLetter", "Contact person"), _text(data.contact_person)))
    parts.append(_row(QCoreApplication.translate("ReferralLetter", "Address"), _text(data.address)))
    parts.append(_row(QCoreApplication.translate("ReferralLetter", "Phone"), _text(data.phone)))
    parts.append(_row(QCoreApplication.translate("ReferralLetter", "Email"), _text(data.email)))
    parts.append(_row(QCoreApplication.translate("ReferralLetter", "Opening hours"), _text(data.opening_hours)))
    parts.append("</table>")

    parts.append(_heading(3, QCoreApplication.translate("ReferralLetter", "Reason for the referral")))
    parts.append(f"<p>{_text(data.reason)}</p>")
    if data.note:
        parts.append(_heading(3, QCoreApplication.translate("ReferralLetter", "Additional information")))
        parts.append(f"<p>{_text(data.note)}</p>")
    if data.response_due is not None:
        due = QCoreApplication.translate("ReferralLetter", "The partner is asked to respond by {date}.")
        parts.append(f"<p>{html.escape(due.format(date=format_date(data.response_due)))}</p>")
    if not data.identifies_client:
        private = QCoreApplication.translate(
            "ReferralLetter", "The client's personal details are not shared with the partner in this letter."
        )
        parts.append(f"<p><i>{html.escape(private)}</i></p>")

    parts.append(_heading(3, QCoreApplication.translate("ReferralLetter", "Referred by")))
    centre = QCoreApplication.translate("ReferralLetter", "Vauhdittamo guidance centre")
    parts.append(f"<p>{_text(data.staff_name)}<br>{html.escape(centre)}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _document(data: LetterData) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(letter_html(data))
    return document


def _read(context: AppContext, referral_id: str, use: LetterUse) -> LetterData:
    """The letter's contents, with its *use* recorded in the same (committed) transaction."""
    with context.transaction() as session:
        data = load_letter(session, referral_id)
        record_letter_use(session, referral_id, use)
    return data


def letter_document(context: AppContext, referral_id: str) -> QTextDocument:
    """The referral's letter as a document ready to show; the opening is recorded."""
    return _document(_read(context, referral_id, LetterUse.OPENED))


def _prepare(printer: QPrinter) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )


def save_letter_pdf(context: AppContext, referral_id: str, path: str | Path) -> Path:
    """Write the referral's letter to a PDF file at *path* (recorded as saved); return the path."""
    target = Path(path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    _prepare(printer)
    printer.setOutputFileName(str(target))
    printer.setDocName(QCoreApplication.translate("ReferralLetter", "Referral"))
    _document(_read(context, referral_id, LetterUse.SAVED)).print_(printer)
    return target


def print_letter(context: AppContext, referral_id: str, parent: QWidget | None = None) -> bool:
    """Ask for a printer and print the referral's letter (recorded as printed); ``False`` when staff cancel.

    A letter the staff member may not see is refused before the printer is asked for."""
    with context.session() as session:
        load_letter(session, referral_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare(printer)
    printer.setDocName(QCoreApplication.translate("ReferralLetter", "Referral"))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReferralLetter", "Print the referral letter"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    _document(_read(context, referral_id, LetterUse.PRINTED)).print_(printer)  # read again: as recorded
    return True
