"""Run every benchmark and print the tables of ratios (rplatform / raw httpx).

    python benchmarks/run.py            # the published figures (about two minutes)
    python benchmarks/run.py --quick    # a tiny run that only checks everything works
    python benchmarks/run.py --output benchmarks/RESULTS.md

Measured side by side in one run, each figure the median of paired round ratios with its
spread (timing.py says how): import and first call in fresh interpreters, a small call,
payloads of 10 to 10,000 rows (time and peak memory) over `httpx.MockTransport`, a loop over
10,000 entries in pages of 100 against one page (peak memory), 16 threads
sharing one client, and sequential calls over loopback HTTP against the sandbox (connections
the server saw, calls per second). Each measurement lives in its own module; see their
docstrings for the method.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import shlex
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import bodies
import calls
import httpx
import imports
import loopback
import pages
import payloads
import rplatform
import threads
from timing import Row, Settings

T = TypeVar("T")

# --output replaces only what lies between these lines, so notes written around them stay.
START = "<!-- figures: written by benchmarks/run.py --output -->"
END = "<!-- end of figures -->"


def cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def cpus() -> int:
    if hasattr(os, "sched_getaffinity"):  # what `nproc` reports
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def machine(command: str) -> list[str]:
    return [
        f"- machine: {cpus()} CPUs (`nproc`), {cpu_model()}, {platform.system()}",
        f"- Python {platform.python_version()}, httpx {httpx.__version__},"
        f" rplatform {rplatform.__version__}",
        f"- command: `{command}` (`nox -s bench` installs `-e .[sandbox]` in a fresh venv"
        " and runs `python benchmarks/run.py`)",
    ]


def table(rows: Sequence[Row]) -> list[str]:
    lines = [
        "| benchmark | raw httpx | rplatform | ratio (median) | spread (IQR) | goal | |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    notes = []
    for row in rows:
        ratio = "" if row.ratio is None else f"{row.ratio:.2f}x"
        name = row.name
        if row.note:
            notes.append(row.note)
            name += f" ({len(notes)})"
        lines.append(
            f"| {name} | {row.raw} | {row.sdk} | {ratio} | {row.spread} | {row.goal_text}"
            f" | {row.verdict} |"
        )
    lines.append("")
    lines.extend(f"({number}) {note}" for number, note in enumerate(notes, 1))
    return lines


def write_report(path: Path, text: str) -> None:
    """Put `text` between the markers in `path`, keeping what is written around them."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    head, tail = "", "\n"
    if START in old and END in old:
        head, rest = old.split(START, 1)
        tail = rest.split(END, 1)[1]
    path.write_text(f"{head}{START}\n{text}{END}{tail}", encoding="utf-8")


def stage(measure: Callable[[bodies.Bodies, Settings], T], *args: Any) -> T:
    """`measure(*args)`, saying on stderr how long it took."""
    begun = time.perf_counter()
    result = measure(*args)
    done = time.perf_counter() - begun
    print(f"... {measure.__module__}: {done:.0f} s", file=sys.stderr, flush=True)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny iteration counts (tests)")
    parser.add_argument(
        "--output", type=Path, help="also write the figures into this Markdown file"
    )
    args = parser.parse_args(argv)
    settings = Settings.quick() if args.quick else Settings()
    extra = list(argv if argv is not None else sys.argv[1:])
    command = shlex.join(["python", "benchmarks/run.py", *extra])
    if os.environ.get("NOX_CURRENT_SESSION") == "bench":
        command = shlex.join(["nox", "-s", "bench", *(["--", *extra] if extra else [])])
    started = time.perf_counter()

    with loopback.sandbox() as base_url:
        served = bodies.build(base_url)
    rows = [*stage(imports.measure, served, settings), *stage(calls.measure, served, settings)]
    payload_rows, scaling = stage(payloads.measure, served, settings)
    rows += [
        *payload_rows,
        *stage(pages.measure, served, settings),
        *stage(threads.measure, served, settings),
        *stage(loopback.measure, served, settings),
    ]

    elapsed = time.perf_counter() - started
    report = [
        *machine(command),
        f"- bodies: samples from {served.source}, grown to 10,000 rows (a body of n rows is"
        " the first n), validated against openapi.yaml",
        f"- {settings.rounds} paired rounds per in-memory figure, {settings.import_rounds} per"
        f" process figure, order rotated every round; whole run {elapsed:.0f} s",
        "",
        *table(rows),
        "",
        "Scaling: time per call against raw httpx, by number of rows in the body",
        "",
        *scaling,
    ]
    text = "\n".join(report).rstrip() + "\n"
    print(text)
    if args.output is not None:
        write_report(args.output, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
