"""Smoke test of a frozen build: the command line and the desktop app, as built.

    uv run python installer/smoke_test.py dist/vauhdittamo

1. ``vauhdittamo-cli --version`` prints the package's version;
2. ``demo`` makes a new encrypted database (schema migrations, demo data) and ``stats`` reads it;
3. ``export attendance`` writes last week's workbook;
4. the licence files of the About window are in the build;
5. the desktop app (``vauhdittamo``) starts on Qt's offscreen platform with that database, signs in as a demo
   staff member and exits 0 once the front desk is shown (the ``VAUHDITTAMO_SMOKE_TEST`` hook of
   vauhdittamo/app.py).

The build machine's keyring and folders are left alone: everything goes to a temporary folder
(``VAUHDITTAMO_HOME``), the frozen app runs without a keyring (``PYTHON_KEYRING_BACKEND``) and gets a
throwaway passphrase on standard input (the desktop app: in the smoke-test variable).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO_PASSWORD = "vauhdittamo-demo"  # vauhdittamo/services/demo/generator.py DEMO_PASSWORD
PASSPHRASE = "smoke test passphrase"
COMMAND_TIMEOUT = 300  # seconds; a hung app fails the test instead of blocking CI
GUI_TIMEOUT = 120


def expected_version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def run(command: list[str | Path], env: dict[str, str], stdin: str | None = None) -> str:
    """Run *command*; its standard output, or a failure with everything it said."""
    result = subprocess.run(command, env=env, input=stdin, capture_output=True, text=True, timeout=COMMAND_TIMEOUT)
    if result.returncode != 0:
        raise SystemExit(
            f"smoke test: {' '.join(map(str, command))} failed with status {result.returncode}\n"
            f"{result.stdout}{result.stderr}"
        )
    return result.stdout


def check_gui(app: Path, db: Path, env: dict[str, str], home: Path) -> None:
    smoke = json.dumps({"passphrase": PASSPHRASE, "password": DEMO_PASSWORD})
    gui_env = {**env, "QT_QPA_PLATFORM": "offscreen", "VAUHDITTAMO_SMOKE_TEST": smoke}
    started = time.monotonic()
    try:
        result = subprocess.run([app, "--db", db], env=gui_env, capture_output=True, text=True, timeout=GUI_TIMEOUT,
                                stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise SystemExit(f"smoke test: the desktop app did not finish in {GUI_TIMEOUT} s{_logs(home)}") from exc
    if result.returncode != 0:
        raise SystemExit(
            f"smoke test: the desktop app failed with status {result.returncode}\n{result.stdout}{result.stderr}"
            f"{_logs(home)}"
        )
    print(f"desktop app: signed in and showed the front desk offscreen in {time.monotonic() - started:.1f} s")


def _logs(home: Path) -> str:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((home / "logs").glob("*.log*"))]
    return "\n--- the app's log ---\n" + "".join(texts) if texts else ""


def check_licences(folder: Path) -> int:
    licences = next(folder.rglob("_resources/licenses/index.json"), None)
    assert licences is not None, "the licences (resources/licenses/) are missing from the build"
    components = json.loads(licences.read_text(encoding="utf-8"))["components"]
    for component in components:
        for name in component["files"]:
            assert (licences.parent / name).is_file(), f"licence file {name} is missing from the build"
    names = {c["name"] for c in components}
    assert any(n.startswith("Qt") for n in names) and "SQLCipher" in names, names
    return len(components)


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "vauhdittamo"
    suffix = ".exe" if os.name == "nt" else ""
    cli = folder / f"vauhdittamo-cli{suffix}"
    gui = folder / f"vauhdittamo{suffix}"
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = {
            **os.environ,
            "VAUHDITTAMO_HOME": tmp,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
        env.pop("VAUHDITTAMO_SMOKE_TEST", None)
        passphrase = PASSPHRASE + "\n"
        db = home / "smoke.sqlite3"

        version = run([cli, "--version"], env).strip()
        assert version == f"vauhdittamo {expected_version()}", f"--version printed {version!r}"
        print(version)

        run([cli, "demo", "--db", db, "--clients", "50", "--weeks", "2", "--passphrase-stdin"], env, passphrase)
        stats = json.loads(run([cli, "stats", "--json", "--db", db, "--passphrase-stdin"], env, passphrase))
        assert stats["clients"] == 50 and stats["schema_version"], stats
        assert not db.read_bytes().startswith(b"SQLite format 3"), "the database is encrypted"
        print("encrypted demo database:", stats)

        year, week, _ = (dt.date.today() - dt.timedelta(days=7)).isocalendar()
        workbook = home / "attendance.xlsx"
        said = run([cli, "export", "attendance", "--db", db, "--week", f"{year}-W{week:02d}", "--out", workbook,
                    "--passphrase-stdin"], env, passphrase)
        assert re.search(r"\d+ attendance row", said), said
        with zipfile.ZipFile(workbook) as book:
            assert "xl/workbook.xml" in book.namelist(), book.namelist()
        print("attendance export:", said.strip())

        print(f"licences of {check_licences(folder)} components are in the build")
        check_gui(gui, db, env, home)
        print("frozen build works")
    return 0


if __name__ == "__main__":
    sys.exit(main())
