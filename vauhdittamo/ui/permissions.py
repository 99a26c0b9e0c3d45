"""What the signed-in staff member may do, for hiding what the role may not (the services refuse it anyway)."""

from __future__ import annotations

from vauhdittamo.errors import AppError
from vauhdittamo.services.permissions import Permission, allowed
from vauhdittamo.ui.context import AppContext


def granted(context: AppContext) -> frozenset[Permission]:
    """Every permission of the signed-in role, asked from the services once per sign-in (context)."""
    if context.granted is None:
        try:
            with context.session() as session:
                context.granted = frozenset(p for p in Permission if allowed(session, p))
        except AppError:  # the account was deactivated meanwhile: show nothing it may not do
            context.granted = frozenset()
    return context.granted


def can(context: AppContext, permission: Permission) -> bool:
    """Whether the signed-in staff member may do *permission*."""
    return permission in granted(context)
