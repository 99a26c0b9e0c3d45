"""The layers keep to their side: screens never touch SQLAlchemy; storage and domain never touch widgets.

Imports are read from the source with :mod:`ast` (also those inside functions and ``if TYPE_CHECKING:``),
so nothing is imported to check them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "vauhdittamo"

# Screens waiting for a change in a file someone else is editing: (module, import). A new entry is a
# step back; an entry that no longer imports is reported, so that the list only shrinks.
PENDING_UI_SQLALCHEMY: set[tuple[str, str]] = set()


def _module_name(path: Path, root: Path = PACKAGE.parent) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, root: Path = PACKAGE.parent) -> dict[str, set[str]]:
    """What each import statement of *path* names: its module (``from . import x`` resolved against the
    package) -> the module and every name taken from it (``from PySide6 import QtWidgets`` names
    ``PySide6.QtWidgets``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _module_name(path, root).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.setdefault(alias.name, set()).add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names = found.setdefault(module, set())
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names if alias.name != "*")
    return found


def _layer(*folders: str) -> dict[str, dict[str, set[str]]]:
    modules: dict[str, dict[str, set[str]]] = {}
    for folder in folders:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            modules[_module_name(path)] = _imports(path)
    assert modules, f"no modules found under {folders}"
    return modules


def _matches(imported: str, forbidden: str) -> bool:
    return imported == forbidden or imported.startswith(forbidden + ".")


def _violations(modules: dict[str, dict[str, set[str]]], forbidden: tuple[str, ...]) -> set[tuple[str, str]]:
    """(importing module, imported module) for every import statement that names something forbidden."""
    return {
        (module, imported)
        for module, statements in modules.items()
        for imported, names in statements.items()
        if any(_matches(name, bad) for name in names for bad in forbidden)
    }


def test_the_screens_never_import_sqlalchemy() -> None:
    """Queries live in the services, which hand the screens plain data (``vauhdittamo.services.types``
    re-exports the ``Session`` type for annotations)."""
    found = _violations(_layer("ui"), ("sqlalchemy",))
    assert found - PENDING_UI_SQLALCHEMY == set(), "import the data from a service instead"
    assert PENDING_UI_SQLALCHEMY - found == set(), "fixed: remove these from PENDING_UI_SQLALCHEMY"


def test_the_screens_never_import_a_mapped_class() -> None:
    """The screens may use the models' enumerations and constants, never a mapped (ORM) class."""
    from vauhdittamo import models
    from vauhdittamo.models import Base

    mapped = {name for name, value in vars(models).items() if isinstance(value, type) and issubclass(value, Base)}
    assert "Client" in mapped and "StaffMember" in mapped
    found = {
        (module, name)
        for module, statements in _layer("ui").items()
        for names in statements.values()
        for name in names
        if name.startswith("vauhdittamo.models.") and name.rsplit(".", 1)[1] in mapped
    }
    assert found == set(), "read the data through a service that returns plain data"


@pytest.mark.parametrize(
    ("folders", "forbidden"),
    [
        (("models", "migrations"), ("PySide6", "vauhdittamo.ui")),
        (("services", "sync"), ("PySide6.QtWidgets", "PySide6.QtGui", "vauhdittamo.ui")),
    ],
    ids=["storage", "domain"],
)
def test_storage_and_domain_never_import_the_ui(folders: tuple[str, ...], forbidden: tuple[str, ...]) -> None:
    assert _violations(_layer(*folders), forbidden) == set()


def test_the_import_reader_sees_every_form(tmp_path: Path) -> None:
    """The checks would pass vacuously if the reader missed a form of import: it does not."""
    sample = tmp_path / "vauhdittamo" / "ui" / "probe.py"
    sample.parent.mkdir(parents=True)
    sample.write_text(
        "import sqlalchemy.orm as orm\n"
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from sqlalchemy.engine import Engine\n"
        "def later() -> None:\n"
        "    from sqlalchemy import select\n"
        "from PySide6 import QtWidgets\n"
        "from . import widgets\n",
        encoding="utf-8",
    )
    found = _violations(
        {"probe": _imports(sample, tmp_path)}, ("sqlalchemy", "PySide6.QtWidgets", "vauhdittamo.ui.widgets")
    )
    assert {imported for _module, imported in found} == {
        "sqlalchemy.orm", "sqlalchemy.engine", "sqlalchemy", "PySide6", "vauhdittamo.ui",
    }
