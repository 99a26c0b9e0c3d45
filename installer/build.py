"""Build the frozen desktop app (one folder) with PyInstaller: ``uv run python installer/build.py``.

Collects the bundled libraries' licences into resources/licenses/ (installer/collect_licenses.py), runs
PyInstaller on installer/vauhdittamo.spec and prints the folder's size. The result is ``dist/vauhdittamo/``
(``vauhdittamo`` and ``vauhdittamo-cli``, ``.exe`` on Windows); test it with installer/smoke_test.py and
package it for Windows with installer/vauhdittamo.iss (see installer/README.md).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "vauhdittamo.spec"


def folder_size(folder: Path) -> int:
    """Bytes in the files below *folder* (links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the frozen desktop app with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app folder goes (dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (build/)")
    parser.add_argument("--clean", action="store_true", help="rebuild from scratch (ignore PyInstaller's cache)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT / "installer"))
    from collect_licenses import collect

    components = collect()
    print(f"licences of {len(components)} bundled components collected in resources/licenses/")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(args.dist), "--workpath", str(args.work), str(SPEC)]
    if args.clean:
        command.insert(3, "--clean")
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": "0"})
    if result.returncode != 0:
        print(f"build.py: PyInstaller failed (status {result.returncode})", file=sys.stderr)
        return result.returncode
    folder = args.dist / "vauhdittamo"
    size = folder_size(folder)
    print(f"built {folder} in {time.monotonic() - started:.0f} s: {size / 1_000_000:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
