"""Checkouts of the SDK against each other: the SDK / raw httpx ratio of each, in one run.

    python benchmarks/compare.py BEFORE [...] AFTER [--rounds 7]

The arguments are two or more checkouts of this repository (`git worktree add /tmp/before
v0.1.0`). Each round runs one fresh interpreter per checkout, in turn (the order reversed every
round), importing that checkout's `wrapper/`, `generated/` and `sandbox/` and this
directory's benchmark code, so both sides parse the same bodies over the same
`httpx.MockTransport` (`clients.sides`). An interpreter times each call as the best of 9
repeats, raw httpx and the SDK in turn, and reports their ratio; the table shows each
checkout's median ratio over the rounds and its range. Ratios move much less than times on a
shared machine, but a difference within the ranges is noise.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Runs in a fresh interpreter for one checkout: prints {figure: ratio} as JSON.
PROBE = """
import json, sys, timeit
from bodies import LOGINS_PATH, PROJECTS_PATH, STATUS_PATH, build
from clients import sides

figures = {}
made = build()
cases = (
    ("small call: get_status", STATUS_PATH, made.status, 500),
    ("get_login_history, 100 rows", LOGINS_PATH, made.rows(LOGINS_PATH, 100), 200),
    ("get_usage_by_project, 2,000 projects", PROJECTS_PATH, made.rows(PROJECTS_PATH, 2000), 10),
)
for name, path, body, number in cases:
    with sides(path, body) as (raw, sdk):
        for _ in range(3):
            raw(), sdk()
        raw_time = min(timeit.repeat(raw, number=number, repeat=9))
        sdk_time = min(timeit.repeat(sdk, number=number, repeat=9))
        figures[name] = sdk_time / raw_time
print(json.dumps(figures))
"""


def ratios(checkout: Path) -> dict[str, float]:
    """One interpreter's ratios for `checkout`."""
    path = [str(checkout / name) for name in ("wrapper", "generated", "sandbox")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*path, str(HERE)])}
    run = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=False
    )
    if run.returncode:
        raise SystemExit(f"{checkout}: {run.stderr[-2000:]}")
    figures: dict[str, float] = json.loads(run.stdout.splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("checkouts", nargs="+", type=Path, metavar="CHECKOUT")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    if len(args.checkouts) < 2:
        parser.error("give two checkouts or more")
    checkouts: list[Path] = [path.resolve() for path in args.checkouts]
    runs: dict[Path, list[dict[str, float]]] = {path: [] for path in checkouts}
    for round_index in range(args.rounds):
        for checkout in checkouts if round_index % 2 == 0 else checkouts[::-1]:
            runs[checkout].append(ratios(checkout))
    names = list(runs[checkouts[0]][0])
    print("| figure (rplatform / raw httpx) | " + " | ".join(map(str, checkouts)) + " |")
    print("|---|" + "---:|" * len(checkouts))
    for name in names:
        cells = []
        for checkout in checkouts:
            values = [run[name] for run in runs[checkout]]
            cells.append(f"{statistics.median(values):.2f}x ({min(values):.2f}-{max(values):.2f})")
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
