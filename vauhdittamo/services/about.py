"""What the About window shows: the app's version, the database's schema version and location, and the
licences of the bundled libraries (``resources/licenses/``, written by installer/collect_licenses.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from vauhdittamo import __version__, paths
from vauhdittamo.services.permissions import require_signed_in
from vauhdittamo.services.types import Session

LICENSES_INDEX = "index.json"


@dataclass(frozen=True)
class DatabaseInfo:
    path: Path
    schema_version: str | None  # the database's own (alembic_version); None for a database without one
    expected_schema: str  # the schema this version of the app works with


@dataclass(frozen=True)
class Component:
    """A bundled library and its licence files (names in the licence folder)."""

    name: str
    version: str
    license: str
    files: tuple[str, ...]
    url: str = ""
    note: str = ""


def app_version() -> str:
    return __version__


def database_info(session: Session, path: Path) -> DatabaseInfo:
    """The database at *path* (the one *session* works on): its schema version and the app's."""
    from vauhdittamo.db import head_revision

    require_signed_in(session)
    version = session.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()
    return DatabaseInfo(path=path, schema_version=version, expected_schema=head_revision())


def licenses_dir() -> Path:
    return paths.resources_dir() / "licenses"


def bundled_components(folder: Path | None = None) -> list[Component]:
    """The components listed in the licence folder's index, by name; empty when there is no index."""
    index = (folder or licenses_dir()) / LICENSES_INDEX
    try:
        data = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    components = [
        Component(
            name=str(item["name"]),
            version=str(item.get("version", "")),
            license=str(item.get("license", "")),
            files=tuple(str(name) for name in item.get("files", [])),
            url=str(item.get("url", "")),
            note=str(item.get("note", "")),
        )
        for item in data.get("components", [])
        if isinstance(item, dict) and "name" in item
    ]
    return sorted(components, key=lambda c: c.name.lower())


def license_text(component: Component, folder: Path | None = None) -> str:
    """The texts of *component*'s licence files, one after another (a missing file is named, not fatal)."""
    base = folder or licenses_dir()
    parts = []
    for name in component.files:
        if Path(name).name != name:  # only plain names of files in the folder
            continue
        try:
            parts.append(f"==== {name} ====\n\n{(base / name).read_text(encoding='utf-8', errors='replace')}")
        except OSError:
            parts.append(f"==== {name} ==== (missing)")
    return "\n\n".join(parts)
