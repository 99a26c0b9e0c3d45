"""Log to a rotating file in the user's log folder (no personal data is logged on purpose)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from vauhdittamo import paths

LOG_FILENAME = "vauhdittamo.log"


def setup_file_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to ``vauhdittamo.log``; returns the file, or ``None`` when it cannot be written."""
    try:
        folder = paths.ensure_dir(paths.log_dir())
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILENAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        logging.basicConfig(level=level)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    return folder / LOG_FILENAME
