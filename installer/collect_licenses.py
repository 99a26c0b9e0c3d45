"""Collect the licences of everything the frozen app bundles into ``resources/licenses/``.

    uv run python installer/collect_licenses.py

Run by ``installer/build.py`` before every build (the folder ships in the app: the About window lists it) and
once by hand whenever a dependency changes, so that the files in the repository stay current. The folder is
written from scratch: ``index.json`` lists every component (name, version, licence, files) and beside it are
the licence texts, taken from the installed packages' metadata (``*.dist-info``), Python's own LICENSE, and
the texts in ``installer/third_party/`` for what ships without them (Qt's LGPL/GPL, SQLCipher).

The runtime dependencies are found by walking ``vauhdittamo``'s requirements with their environment markers
evaluated here, so a build on Windows lists the Windows set (pywin32-ctypes for keyring, no SecretStorage).
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import json
import re
import shutil
import sys
import sysconfig
from dataclasses import asdict, dataclass, field
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "licenses"
THIRD_PARTY = Path(__file__).resolve().parent / "third_party"
INDEX = "index.json"

_LICENCE_FILE = re.compile(r"(?i)^(licen[cs]e|copying|notice)")

# PySide6 and shiboken6 ship no licence file in their metadata; Qt and PySide6 are used under the LGPL-3.0
# (which is the GPL-3.0 plus extra permissions: both texts go along).
QT_DISTRIBUTIONS = frozenset({"pyside6-essentials", "pyside6-addons", "pyside6", "shiboken6"})
# Where a package's metadata names no licence (its licence file says it).
LICENCE_OVERRIDES = {"sqlcipher3": "Zlib"}
NOTES = {
    "psycopg-binary": "Bundles libpq (PostgreSQL Licence) and OpenSSL (Apache-2.0) for the connection to the hub.",
    "sqlcipher3": "Bundles SQLCipher (see SQLCipher) and OpenSSL's libcrypto (Apache-2.0).",
}


@dataclass
class Component:
    name: str
    version: str
    license: str
    files: list[str] = field(default_factory=list)
    url: str = ""
    note: str = ""


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "vauhdittamo") -> list[metadata.Distribution]:
    """*root*'s installed requirements, recursively (markers evaluated here, extras followed), sorted by name."""
    found: dict[str, metadata.Distribution] = {}

    def walk(name: str, extras: frozenset[str]) -> None:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            return  # an optional requirement not installed here
        key = _key(dist.metadata["Name"])
        if key in found:
            return
        found[key] = dist
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is not None and not any(
                req.marker.evaluate({"extra": extra}) for extra in (sorted(extras) or [""])
            ):
                continue
            walk(req.name, frozenset(req.extras))

    walk(root, frozenset())
    found.pop(_key(root), None)
    return sorted(found.values(), key=lambda d: _key(d.metadata["Name"]))


def _licence_expression(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if _key(meta["Name"]) in LICENCE_OVERRIDES:
        return LICENCE_OVERRIDES[_key(meta["Name"])]
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return "; ".join(classifiers)
    short = (meta.get("License") or "").strip()
    return short if short and "\n" not in short and len(short) < 80 else "see the licence file"


def _licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of the licence files in *dist*'s metadata."""
    named = set(dist.metadata.get_all("License-File") or [])
    result = []
    for path in dist.files or []:
        posix = str(path).replace("\\", "/")
        if ".dist-info/" not in posix:
            continue
        name = posix.rsplit("/", 1)[-1]
        if name in named or _LICENCE_FILE.match(name):
            text = Path(str(path.locate())).read_text(encoding="utf-8", errors="replace")
            result.append((name, text))
    return sorted(result)


def python_licence() -> str:
    """The running Python's LICENSE text (Windows: beside python.exe; elsewhere: in the standard library)."""
    for candidate in (Path(sys.base_prefix) / "LICENSE.txt", Path(sysconfig.get_path("stdlib")) / "LICENSE.txt"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8", errors="replace")
    raise SystemExit("collect_licenses: Python's LICENSE.txt was not found; the build needs it")


def _text_name(name: str) -> str:
    return name if name.lower().endswith(".txt") else name + ".txt"


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name)


def collect(out: Path = OUT) -> list[Component]:
    """Write the licence folder *out* from scratch; returns what it lists."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)

    def write(name: str, text: str) -> str:
        (out / name).write_text(text.replace("\r\n", "\n"), encoding="utf-8", newline="\n")
        return name

    components: list[Component] = []
    qt_version = ""
    for dist in runtime_distributions():
        name = str(dist.metadata["Name"])
        if _key(name) in QT_DISTRIBUTIONS:
            qt_version = dist.version
            continue
        files = [write(_text_name(f"{_safe(name)}-{_safe(file)}"), text) for file, text in _licence_files(dist)]
        components.append(Component(name=name, version=dist.version, license=_licence_expression(dist), files=files,
                                    url=f"https://pypi.org/project/{name}/{dist.version}/",
                                    note=NOTES.get(_key(name), "")))

    lgpl = write("Qt-LGPL-3.0.txt", (THIRD_PARTY / "LGPL-3.0.txt").read_text(encoding="utf-8"))
    gpl = write("Qt-GPL-3.0.txt", (THIRD_PARTY / "GPL-3.0.txt").read_text(encoding="utf-8"))
    components.append(Component(
        name="Qt and PySide6 (Qt for Python)", version=qt_version, license="LGPL-3.0-only", files=[lgpl, gpl],
        url="https://download.qt.io/official_releases/QtForPython/",
        note="The Qt libraries are in the app's folder and can be replaced with a compatible build of the same "
             "version. Qt's source code: https://download.qt.io; PySide6's: https://pypi.org/project/PySide6/",
    ))
    components.append(Component(
        name="SQLCipher", version="", license="BSD-3-Clause",
        files=[write("SQLCipher-LICENSE.txt", (THIRD_PARTY / "SQLCipher-LICENSE.txt").read_text(encoding="utf-8"))],
        url="https://www.zetetic.net/sqlcipher/", note="Built into sqlcipher3: the database encryption.",
    ))
    version = ".".join(str(part) for part in sys.version_info[:3])
    components.append(Component(
        name="Python", version=version, license="PSF-2.0", files=[write("Python-LICENSE.txt", python_licence())],
        url="https://www.python.org/",
    ))
    components.sort(key=lambda c: c.name.lower())
    index = {"components": [asdict(c) for c in components]}
    write(INDEX, json.dumps(index, indent=1, ensure_ascii=False) + "\n")
    return components


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"the folder to write (default: {OUT})")
    args = parser.parse_args(argv)
    components = collect(args.out)
    print(f"{len(components)} components' licences written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
