"""Refresh the translation sources and build the compiled catalogues.

    uv run python scripts/update_translations.py          # lupdate (.ts) then lrelease (.qm)
    uv run python scripts/update_translations.py --release  # only lrelease

Source strings are English; translate the .ts files in resources/translations/ with Qt Linguist
(``pyside6-linguist``) or a text editor, then run this again and commit both .ts and .qm.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fi", "sv")


def tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "vauhdittamo").rglob("*.py") if "migrations" not in p.parts)


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"vauhdittamo_{language}.ts"


def lupdate(target: Path, language: str) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *source_files(), "-locations", "none", "-no-obsolete", "-target-language", language,
         "-ts", str(target)],
        cwd=ROOT, check=True, capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only build the .qm files")
    args = parser.parse_args()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_file(language)
        if not args.release:
            lupdate(ts, language)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{ts.relative_to(ROOT)} → {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
