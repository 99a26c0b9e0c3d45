"""Raportit: what the database holds, at a glance."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from vauhdittamo.services.permissions import Permission
from vauhdittamo.services.stats import database_stats
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.reports.export_dialog import ExportAttendanceDialog
from vauhdittamo.ui.widgets.page import Page, SectionTitle, StatCard


class ReportsPage(Page):
    """Counts of every kind of record."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Reports"),
            self.tr("Everything recorded in this database so far, at a glance."),
            parent,
        )
        self.context = context
        export_title = SectionTitle(self.tr("Weekly workshop attendance"))
        self.body.addWidget(export_title)
        export_row = QHBoxLayout()
        explanation = QLabel(
            self.tr("For managers and funders: sessions, attendances and different participants per workshop "
                    "and day, under 30 and 30 and over, as an Excel workbook.")
        )
        explanation.setObjectName("mutedLabel")
        explanation.setWordWrap(True)
        export_row.addWidget(explanation, 1)
        self.export_button = QPushButton(self.tr("Export attendance to Excel…"))
        self.export_button.setObjectName("primary")
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.export_button.setToolTip(self.tr("Ctrl+E"))
        self.export_button.clicked.connect(self.export_attendance)
        export_row.addWidget(self.export_button)
        self.body.addLayout(export_row)
        may_export = can(context, Permission.EXPORT_REPORTS)  # coordinators and administrators
        for widget in (export_title, explanation, self.export_button):
            widget.setVisible(may_export)
        self.body.addWidget(SectionTitle(self.tr("Records")))
        self.cards = {
            "clients": StatCard(self.tr("clients")),
            "visits": StatCard(self.tr("guidance visits")),
            "referrals": StatCard(self.tr("referrals")),
            "workshops": StatCard(self.tr("workshops")),
            "sessions": StatCard(self.tr("workshop sessions")),
            "attendance_marks": StatCard(self.tr("attendance marks")),
            "certificates": StatCard(self.tr("competence certificates")),
            "partners": StatCard(self.tr("partner organisations")),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 4, i % 4)
        self.body.addLayout(grid)
        self.body.addStretch(1)

    def refresh(self) -> None:
        with self.context.session() as session:
            stats = database_stats(session)
        for key, card in self.cards.items():
            card.set_value(int(getattr(stats, key)))

    def export_attendance(self) -> None:
        if not can(self.context, Permission.EXPORT_REPORTS):
            return
        dialog = ExportAttendanceDialog(self.context, self)
        dialog.exec()
