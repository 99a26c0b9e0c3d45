"""One line per measured figure, so that ``benchmarks/run_all.py`` can gather every benchmark's results.

A benchmark prints its figures for people as before and also calls :func:`record` for each headline
figure: a line ``FIGURE {json}`` with the figure, its target and the anchor it is compared with.
"""

from __future__ import annotations

import json


def record(
    name: str,
    value: float,
    unit: str,
    *,
    target: str = "",
    anchor: str = "",
    anchor_value: float | None = None,
) -> None:
    """Print one figure for the collector (``value`` in *unit*; the anchor measured in the same run)."""
    line = {
        "name": name, "value": round(value, 3), "unit": unit, "target": target,
        "anchor": anchor, "anchor_value": None if anchor_value is None else round(anchor_value, 3),
    }
    print("FIGURE " + json.dumps(line, ensure_ascii=False), flush=True)
