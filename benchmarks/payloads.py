"""Payloads from 10 to 10,000 rows: time and peak memory against raw httpx.

`get_login_history` (a date-time per row) and `get_usage_by_project` (twelve numbers and
strings per row) answered with the first n rows of the grown bodies, over one
`httpx.MockTransport`, against raw httpx `get(...).json()` on the same bytes. The SDK returns
generated attrs models with every value type-checked (date-times parsed), raw httpx returns
dicts: the ratios are the price of typed, checked results. The scaling table shows how that
price grows with the payload; the goal rows are the issue's sizes.
"""

from __future__ import annotations

from bodies import LOGINS_PATH, PROJECTS_PATH, Bodies
from clients import sides
from timing import (
    Paired,
    Row,
    Settings,
    fmt_seconds,
    fmt_spread,
    memory_row,
    paired_calls,
    paired_memory,
    time_row,
)

SIZES = (10, 100, 1_000, 10_000)
PROJECTS = 2_000  # the goal's payload
LABELS = {LOGINS_PATH: "get_login_history", PROJECTS_PATH: "get_usage_by_project"}
NOUNS = {LOGINS_PATH: "rows", PROJECTS_PATH: "projects"}
TIME_GOALS = {(PROJECTS_PATH, PROJECTS): 1.3, (LOGINS_PATH, 100): 1.5, (LOGINS_PATH, 10_000): 1.5}
MEMORY_GOALS = {
    (PROJECTS_PATH, PROJECTS): 1.5,
    (LOGINS_PATH, 100): None,
    (LOGINS_PATH, 10_000): None,
}


def label(path: str, count: int) -> str:
    return f"{LABELS[path]}, {count:,} {NOUNS[path]}"


def measure(bodies: Bodies, settings: Settings) -> tuple[list[Row], list[str]]:
    """The goal rows, and the lines of the scaling table."""
    times: dict[tuple[str, int], Paired] = {}
    for path, count in [*((path, count) for count in SIZES for path in LABELS), *TIME_GOALS]:
        if (path, count) not in times:
            with sides(path, bodies.rows(path, count)) as (raw, sdk):
                times[path, count] = paired_calls(raw, sdk, settings)
    rows = [time_row(f"{label(*key)}: time", times[key], goal) for key, goal in TIME_GOALS.items()]
    for key, goal in MEMORY_GOALS.items():
        with sides(key[0], bodies.rows(*key)) as (raw, sdk):
            peak, held = paired_memory(raw, sdk, settings)
        rows.append(memory_row(f"{label(*key)}: peak memory", peak, goal))
        rows.append(memory_row(f"{label(*key)}: memory held by the result", held, None))
    return rows, scaling_table(times)


def scaling_table(times: dict[tuple[str, int], Paired]) -> list[str]:
    head = " | ".join(f"{LABELS[path]}: raw → rplatform | ratio (IQR)" for path in LABELS)
    lines = [f"| rows | {head} |", "|---:" + "|---:|---:" * len(LABELS) + "|"]
    for count in SIZES:
        cells = []
        for path in LABELS:
            paired = times[path, count]
            cells.append(
                f"{fmt_seconds(paired.raw)} → {fmt_seconds(paired.sdk)}"
                f" | {paired.median:.2f}x ({fmt_spread(paired)})"
            )
        lines.append(f"| {count:,} | {' | '.join(cells)} |")
    return lines
