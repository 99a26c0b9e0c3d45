"""Types that the screens may name without importing SQLAlchemy themselves.

A screen opens a unit of work with ``context.session()`` / ``context.transaction()`` (acting as the
signed-in staff member) and hands
the session to service functions; it never queries through it. Annotating such a callback needs the
type, which is re-exported from here so that ``vauhdittamo.ui`` has no SQLAlchemy import of its own.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

__all__ = ["Session"]
