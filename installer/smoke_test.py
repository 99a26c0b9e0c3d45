"""Smoke test of a frozen build: version, an encrypted new database, schema migrations, demo data and stats.

    python installer/smoke_test.py dist/vauhdittamo

The build machine's keyring is left alone: the frozen app runs without a keyring
(``PYTHON_KEYRING_BACKEND``) and gets a throwaway passphrase on standard input.
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
        env = {
            **os.environ,
            "VAUHDITTAMO_HOME": tmp,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
        passphrase = "smoke test passphrase\n"
        db = Path(tmp) / "smoke.sqlite3"
        print(subprocess.run([cli, "--version"], env=env, check=True, capture_output=True, text=True).stdout.strip())
        subprocess.run([cli, "demo", "--db", db, "--clients", "50", "--weeks", "2", "--passphrase-stdin"], env=env,
                       check=True, input=passphrase, text=True)
        stats = json.loads(
            subprocess.run([cli, "stats", "--json", "--db", db, "--passphrase-stdin"], env=env, check=True,
                           capture_output=True, text=True, input=passphrase).stdout
        )
        assert stats["clients"] == 50 and stats["schema_version"], stats
        assert not db.read_bytes().startswith(b"SQLite format 3"), "the database is encrypted"
        print("frozen build works:", stats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
