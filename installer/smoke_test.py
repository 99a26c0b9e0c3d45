"""Smoke test of a frozen build: version, schema migrations on a new database, demo data and stats.

    python installer/smoke_test.py dist/vauhdittamo
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> int:
    folder = Path(sys.argv[1])
    suffix = ".exe" if os.name == "nt" else ""
    cli = folder / f"vauhdittamo-cli{suffix}"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "VAUHDITTAMO_HOME": tmp, "QT_QPA_PLATFORM": "offscreen"}
        db = Path(tmp) / "smoke.sqlite3"
        print(subprocess.run([cli, "--version"], env=env, check=True, capture_output=True, text=True).stdout.strip())
        subprocess.run([cli, "demo", "--db", db, "--clients", "50", "--weeks", "2"], env=env, check=True)
        stats = json.loads(
            subprocess.run([cli, "stats", "--json", "--db", db], env=env, check=True, capture_output=True,
                           text=True).stdout
        )
        assert stats["clients"] == 50 and stats["schema_version"], stats
        print("frozen build works:", stats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
