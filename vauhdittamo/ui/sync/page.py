"""Synkronointi: the state of this installation's data against a central hub."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from vauhdittamo.db import schema_revision
from vauhdittamo.services.stats import last_sync_time
from vauhdittamo.timeutil import format_local
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.widgets.page import EmptyHint, Page, SectionTitle


class SyncPage(Page):
    """Where this installation stands: it works offline; a hub is optional."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Sync"),
            self.tr(
                "This installation keeps all its data locally and works fully offline. "
                "When a central hub is configured, syncing brings every installation to the same data."
            ),
            parent,
        )
        self.context = context
        self.body.addWidget(SectionTitle(self.tr("This installation")))
        form = QFormLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(8)
        self.database_value = QLabel()
        self.device_value = QLabel()
        self.schema_value = QLabel()
        self.last_sync_value = QLabel()
        for value in (self.database_value, self.device_value, self.schema_value, self.last_sync_value):
            value.setObjectName("valueLabel")
        form.addRow(self.tr("Database"), self.database_value)
        form.addRow(self.tr("Device id"), self.device_value)
        form.addRow(self.tr("Schema version"), self.schema_value)
        form.addRow(self.tr("Last successful sync"), self.last_sync_value)
        self.body.addLayout(form)
        self.hub_hint = EmptyHint(self.tr("No central hub has been configured, so nothing is waiting to be synced."))
        self.body.addWidget(self.hub_hint)
        self.body.addStretch(1)

    def refresh(self) -> None:
        db = self.context.db
        self.database_value.setText(str(db.path))
        self.device_value.setText(db.device_id)
        self.schema_value.setText(schema_revision(db) or "")
        with db.session() as session:
            last = last_sync_time(session)
        self.last_sync_value.setText(format_local(last) if last else self.tr("never"))
