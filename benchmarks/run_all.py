"""Run every benchmark with a headline figure and write the table of figures to benchmarks/README.md.

    uv run python benchmarks/run_all.py                 # all (about 10-20 minutes with the data cached)
    uv run python benchmarks/run_all.py front_desk      # only some, by script name

Each benchmark prints ``FIGURE {json}`` lines (see :mod:`figures`) beside its own output; this collects them
and rewrites the table between the markers in ``benchmarks/README.md``, with the date and the machine. The
figures of benchmarks not run keep their earlier rows.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
README = HERE / "README.md"
BEGIN, END = "<!-- figures:begin -->", "<!-- figures:end -->"

# Script and its arguments; the scripts build (or reuse) their own municipal-scale data.
BENCHMARKS: dict[str, list[str]] = {
    "front_desk": [],
    "startup": [],
    "ui_stalls": [],
    "period_report": ["--runs", "3"],
    "import_clients": [],
    "near_duplicates": [],
    "sync_hub": [],
}


def run(name: str, extra: list[str]) -> list[dict[str, object]]:
    print(f"== {name}", flush=True)
    done = subprocess.run(
        [sys.executable, str(HERE / f"{name}.py"), *extra], capture_output=True, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    figures = []
    for line in done.stdout.splitlines():
        if line.startswith("FIGURE "):
            figures.append({"benchmark": name, **json.loads(line[len("FIGURE "):])})
        else:
            print("   " + line)
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)
        figures.append({"benchmark": name, "name": f"{name} failed (exit {done.returncode})", "value": None,
                        "unit": "", "target": "", "anchor": "", "anchor_value": None})
    return figures


def _cell(value: object, unit: str) -> str:
    if value is None:
        return "–"
    number = float(value)  # type: ignore[arg-type]
    text = f"{number:,.0f}" if abs(number) >= 100 else f"{number:,.2f}".rstrip("0").rstrip(".")
    return f"{text} {unit}".strip()


def table(rows: list[dict[str, object]]) -> str:
    lines = ["| benchmark | figure | measured | target | anchor (same run) |", "|---|---|---|---|---|"]
    for row in rows:
        anchor = f"{row['anchor']}: {_cell(row['anchor_value'], str(row['unit']))}" if row["anchor"] else ""
        lines.append(f"| `{row['benchmark']}.py` | {row['name']} | {_cell(row['value'], str(row['unit']))} | "
                     f"{row['target']} | {anchor} |")
    return "\n".join(lines)


def _previous() -> list[dict[str, object]]:
    data = README.with_suffix(".json")
    return json.loads(data.read_text(encoding="utf-8")) if data.exists() else []


def main() -> int:
    chosen = sys.argv[1:] or list(BENCHMARKS)
    unknown = [n for n in chosen if n not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    rows = [r for r in _previous() if r["benchmark"] not in chosen]
    for name in chosen:
        rows.extend(run(name, BENCHMARKS[name]))
    order = list(BENCHMARKS)
    rows.sort(key=lambda r: order.index(str(r["benchmark"])))
    README.with_suffix(".json").write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    stamp = (f"Measured {dt.date.today().isoformat()} on {platform.machine()} with {os.cpu_count()} cores, "
             f"Python {platform.python_version()}; regenerate with `uv run python benchmarks/run_all.py`.")
    block = f"{BEGIN}\n{stamp}\n\n{table(rows)}\n{END}"
    text = README.read_text(encoding="utf-8") if README.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    README.write_text(head + block + tail, encoding="utf-8")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
