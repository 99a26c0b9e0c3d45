"""Ylläpito: administration in tabs — staff accounts, the audit trail, data protection (retention, requests)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from vauhdittamo.services.permissions import Permission
from vauhdittamo.ui.admin.audit_tab import AuditTab
from vauhdittamo.ui.admin.privacy_tab import PrivacyTab
from vauhdittamo.ui.admin.staff_tab import StaffTab
from vauhdittamo.ui.context import AppContext
from vauhdittamo.ui.permissions import can
from vauhdittamo.ui.widgets.page import Page

# Whoever holds one of these sees the page (the main window asks before adding it).
ADMIN_PERMISSIONS = (Permission.MANAGE_STAFF, Permission.VIEW_AUDIT, Permission.MANAGE_RETENTION)


def may_see_admin_page(context: AppContext) -> bool:
    return any(can(context, permission) for permission in ADMIN_PERMISSIONS)


class AdminPage(Page):
    """Tabs of administration; ``add_tab`` adds more. A tab with a ``refresh()`` is refreshed when shown.

    The staff tab (``staff_tab``; ``None`` without :attr:`Permission.MANAGE_STAFF`) comes first.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Administration"),
            self.tr("Staff accounts, the audit trail and data protection. Only administrators see this screen."),
            parent,
        )
        self.context = context
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cardTabs")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.staff_tab: StaffTab | None = None
        if can(context, Permission.MANAGE_STAFF):
            self.staff_tab = StaffTab(context)
            self.add_tab(self.staff_tab, self.tr("Staff"))
        self.audit_tab: AuditTab | None = None
        if can(context, Permission.VIEW_AUDIT):
            self.audit_tab = AuditTab(context)
            self.add_tab(self.audit_tab, self.tr("Audit trail"))
        self.privacy_tab: PrivacyTab | None = None
        if can(context, Permission.MANAGE_RETENTION) or can(context, Permission.SUBJECT_ACCESS):
            self.privacy_tab = PrivacyTab(context)
            self.add_tab(self.privacy_tab, self.tr("Data protection"))
        self.body.addWidget(self.tabs, 1)

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab at the end; returns its index."""
        return self.tabs.addTab(widget, title)

    def refresh(self) -> None:
        self._refresh_tab(self.tabs.currentWidget())

    def _tab_changed(self, index: int) -> None:
        self._refresh_tab(self.tabs.widget(index))

    def _refresh_tab(self, widget: QWidget | None) -> None:
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()
