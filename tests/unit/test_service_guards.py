"""Deny by default: every public service function that takes a session checks who acts.

Each public function of ``vauhdittamo/services/*.py`` with a ``Session`` parameter must call
:func:`~vauhdittamo.services.permissions.require` or
:func:`~vauhdittamo.services.permissions.require_signed_in` (directly, or through a function of the
services that does), which refuse a session without an actor — or be on the short allow-list below.
A new service without a check fails here.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

import vauhdittamo.services
from vauhdittamo.db import Database
from vauhdittamo.models import AuditAction, AuditEntry
from vauhdittamo.services import audit, clients, participants, permissions, projects, retention, subject_access
from vauhdittamo.services.permissions import SYSTEM, NotSignedIn, Permission, require, require_signed_in

GUARDS = {"require", "require_signed_in"}

# Functions without a check of their own, each for a reason (keep this list short).
ALLOWED: dict[str, str] = {
    # Appends to the trail inside a unit of work whose entry point has checked (ids and codes only).
    "audit.record": "called only after a check; holds no personal data",
    # Signing in: nobody is signed in yet; the password (or an empty staff table) is the check.
    "auth.sign_in": "the password is the check",
    "auth.verify_password": "the lock screen: the password is the check",
    "auth.needs_first_administrator": "a yes/no answer before anyone can sign in",
    "auth.create_first_administrator": "only while no administrator exists (checked inside)",
    # Pure reads of settings and counts, no personal data.
    "retention.retention_years": "a number of years (a setting)",
    "stats.last_sync_time": "a time",
    "stats.database_stats": "counts of records",
    "topics.topics": "the visit topic codes and their names",
    "topics.check_codes": "validates topic codes against that list",
}


def _service_modules() -> list[ModuleType]:
    # (permissions.py is the checks themselves.)
    names = [
        m.name for m in pkgutil.iter_modules(vauhdittamo.services.__path__) if not m.ispkg and m.name != "permissions"
    ]
    return [importlib.import_module(f"vauhdittamo.services.{name}") for name in sorted(names)]


def _takes_session(func: Callable[..., Any]) -> bool:
    return any("Session" in str(p.annotation) for p in inspect.signature(func).parameters.values())


def _called_names(func: Callable[..., Any]) -> set[str]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(func)))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name):
                names.add(node.func.id)
            elif isinstance(node.func, ast.Attribute):
                names.add(node.func.attr)
    return names


def _checks(func: Callable[..., Any], seen: set[Callable[..., Any]]) -> bool:
    """Whether *func* calls a guard, itself or through a function of the services it calls."""
    if func in seen:
        return False
    seen.add(func)
    called = _called_names(func)
    if called & GUARDS:
        return True
    module = inspect.getmodule(func)
    for name in called:
        target = getattr(module, name, None)
        if (
            inspect.isfunction(target)
            and target.__module__.startswith("vauhdittamo.services.")
            and _checks(target, seen)
        ):
            return True
    return False


def _public_session_functions() -> list[tuple[str, Callable[..., Any]]]:
    found = []
    for module in _service_modules():
        short = module.__name__.rsplit(".", 1)[1]
        for name, func in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or func.__module__ != module.__name__ or not _takes_session(func):
                continue
            found.append((f"{short}.{name}", func))
    return found


def test_the_walk_finds_the_services() -> None:
    names = {name for name, _ in _public_session_functions()}
    assert {"subject_access.erase_client", "audit.entries_about_client", "client_card.add_note"} <= names
    assert len(names) > 100


def test_every_service_checks_who_acts() -> None:
    unguarded = [
        name for name, func in _public_session_functions() if name not in ALLOWED and not _checks(func, set())
    ]
    assert unguarded == [], "add a require()/require_signed_in() call, or a reason to ALLOWED"


def test_the_allow_list_names_only_real_unguarded_functions() -> None:
    functions = dict(_public_session_functions())
    for name in ALLOWED:
        assert name in functions, f"{name} is gone: take it off the list"
        assert not _checks(functions[name], set()), f"{name} checks now: take it off the list"


def _denied(db: Database) -> list[AuditEntry]:
    with db.session(SYSTEM) as session:
        return list(session.query(AuditEntry).filter(AuditEntry.action == AuditAction.ACCESS_DENIED))


def test_a_session_without_an_actor_is_refused_and_recorded(db: Database) -> None:
    with db.transaction(None) as session:
        assert not permissions.allowed(session, Permission.LOG_VISITS)
        with pytest.raises(NotSignedIn):
            require_signed_in(session)
        with pytest.raises(NotSignedIn):
            require(session, Permission.VIEW_AUDIT, entity_type="client", entity_id="c1")
    entries = _denied(db)
    assert [(e.staff_id, e.entity_type, e.entity_id, e.detail) for e in entries] == [
        (None, "", None, "permission=signed_in actor=none"),
        (None, "client", "c1", "permission=view_audit actor=none"),
    ]


@pytest.mark.parametrize(
    "call",
    [
        lambda s: subject_access.erase_client(s, "c1", subject_access.ErasureReason.CLIENT_REQUEST),
        lambda s: audit.entries_about_client(s, "c1"),
        lambda s: retention.erase_personal_data(s, [], retention.utcnow()),
        lambda s: clients.search_clients(s, "a"),
        lambda s: projects.list_projects(s),
        lambda s: participants.client_participations(s, "c1"),
        lambda s: participants.open_participation(s, "p1"),
        lambda s: participants.due_follow_ups(s),
    ],
    ids=["erase_client", "entries_about_client", "erase_personal_data", "search_clients", "list_projects",
         "client_participations", "open_participation", "due_follow_ups"],
)
def test_no_actor_no_service(db: Database, call: Callable[[Any], Any]) -> None:
    with pytest.raises(NotSignedIn), db.transaction(None) as session:
        call(session)
    assert len(_denied(db)) == 1  # written on its own: the rollback above did not take it away
