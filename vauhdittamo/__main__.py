"""Entry point: parse the command line; without a command start the desktop application."""

from __future__ import annotations

import argparse
import sys


def _launch_gui(args: argparse.Namespace) -> int:
    from vauhdittamo.app import run_gui

    return run_gui(db_path=args.db, language=args.lang)


def main() -> None:
    from vauhdittamo.cli import main as cli_main

    sys.exit(cli_main(sys.argv[1:], launch_gui=_launch_gui))


if __name__ == "__main__":
    main()
