"""Shared measuring tools: rounds of timed calls, peak memory, and the rows of the table.

Times are per call: a round runs the same call `number` times and divides; the figure is the
median of `rounds` rounds taken after a warm-up, the two sides interleaved round by round so
that a slow moment of the machine hits both. The garbage collector stays on (users pay for it),
but a full collection runs before every round. Memory is the tracemalloc peak of one call
(response bytes, decoded JSON and the returned objects), above what was allocated before it.
"""

from __future__ import annotations

import gc
import statistics
import time
import tracemalloc
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """How much to measure: `quick` is for the test suite, never for published figures."""

    rounds: int = 9
    small_calls: int = 500
    large_calls: int = 10
    import_rounds: int = 15
    loopback_calls: int = 1000
    loopback_rounds: int = 3

    @classmethod
    def quick(cls) -> Settings:
        return cls(
            rounds=2,
            small_calls=5,
            large_calls=1,
            import_rounds=2,
            loopback_calls=20,
            loopback_rounds=1,
        )


@dataclass(frozen=True)
class Row:
    """One line of the table: the raw httpx figure, ours, their ratio and the goal."""

    name: str
    raw: str
    sdk: str
    ratio: float | None
    goal: float | None
    note: str = ""
    expect: str = ""  # a goal that is not a ratio, e.g. "= 1"
    met: bool | None = None  # whether `expect` was met

    @property
    def goal_text(self) -> str:
        return self.expect if self.goal is None else f"≤ {self.goal:g}x"

    @property
    def verdict(self) -> str:
        if self.goal is not None and self.ratio is not None:
            return "ok" if self.ratio <= self.goal else "MISSED"
        if self.met is not None:
            return "ok" if self.met else "MISSED"
        return ""


def per_call_medians(
    sides: Mapping[str, Callable[[], object]], *, number: int, rounds: int, warmup: int = 3
) -> dict[str, float]:
    """Median seconds per call of each side, rounds interleaved across sides."""
    for call in sides.values():
        for _ in range(warmup):
            call()
    samples: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(rounds):
        for name, call in sides.items():
            gc.collect()
            start = time.perf_counter()
            for _ in range(number):
                call()
            samples[name].append((time.perf_counter() - start) / number)
    return {name: statistics.median(values) for name, values in samples.items()}


def peak_bytes(call: Callable[[], object], *, rounds: int = 3) -> int:
    """Median tracemalloc peak of one call (after a warm-up call), in bytes."""
    call()
    peaks = []
    for _ in range(rounds):
        gc.collect()
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            result = call()
            peak = tracemalloc.get_traced_memory()[1]
            del result
        finally:
            tracemalloc.stop()
        peaks.append(peak - before)
    return int(statistics.median(peaks))


def fmt_seconds(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


def fmt_bytes(size: float) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.2f} MiB"
    return f"{size / 1024:.0f} KiB"


def time_row(name: str, raw: float, sdk: float, goal: float | None, note: str = "") -> Row:
    return Row(name, fmt_seconds(raw), fmt_seconds(sdk), sdk / raw, goal, note)
