"""Shared measuring tools: paired rounds, ratios with their spread, peak memory, table rows.

Every figure is a paired ratio. A round gives each contender one turn, in an order rotated
from round to round (so raw httpx is not always first, on a warm cache or right after a
collection); a turn runs the same call `number` times and the round's ratio is rplatform's
time over raw httpx's. The figure is the median of those ratios over many rounds (31 for the
published figures), with their interquartile range as its spread: a slow moment of the machine
hits both turns of the same round, and the spread says how far one round may be trusted. The
garbage collector stays on (users pay for it); a full collection runs before every turn.
Memory is measured by tracemalloc over one call, above what was allocated before it: its peak
(response bytes, decoded JSON and the returned objects at once) and what the result still
holds when the call has returned, paired the same way.
"""

from __future__ import annotations

import gc
import statistics
import time
import tracemalloc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Settings:
    """How much to measure: `quick` is for the test suite, never for published figures."""

    rounds: int = 31
    turn_seconds: float = 0.02  # a turn repeats its call until it lasts about this long
    import_rounds: int = 31
    memory_rounds: int = 5
    threads: int = 16
    thread_calls: int = 200  # per thread and round
    thread_rounds: int = 5
    loopback_calls: int = 1000
    loopback_rounds: int = 3

    @classmethod
    def quick(cls) -> Settings:
        return replace(
            cls(),
            rounds=3,
            turn_seconds=0.0,
            import_rounds=2,
            memory_rounds=1,
            thread_calls=5,
            thread_rounds=1,
            loopback_calls=20,
            loopback_rounds=1,
        )


@dataclass(frozen=True)
class Paired:
    """Median seconds (or bytes) of each side, and the paired ratios sdk / raw of the rounds."""

    raw: float
    sdk: float
    ratios: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.ratios)

    @property
    def spread(self) -> tuple[float, float]:
        """The interquartile range of the ratios (min and max below 4 rounds)."""
        if len(self.ratios) < 4:
            return min(self.ratios), max(self.ratios)
        low, _, high = statistics.quantiles(self.ratios, n=4, method="inclusive")
        return low, high


def rotated(names: Sequence[str], round_index: int) -> list[str]:
    shift = round_index % len(names)
    return [*names[shift:], *names[:shift]]


def paired_rounds(turns: Mapping[str, Callable[[], float]], rounds: int) -> Paired:
    """Run `rounds` rounds of `turns` ("raw" and "sdk", each returning its measure), rotated."""
    samples: dict[str, list[float]] = {name: [] for name in turns}
    names = list(turns)
    for index in range(rounds):
        for name in rotated(names, index):
            samples[name].append(turns[name]())
    ratios = tuple(sdk / raw for raw, sdk in zip(samples["raw"], samples["sdk"], strict=True))
    return Paired(statistics.median(samples["raw"]), statistics.median(samples["sdk"]), ratios)


def calls_per_turn(call: Callable[[], object], seconds: float) -> int:
    """How many calls fill a turn of `seconds` (at least one), from a few timed calls."""
    start = time.perf_counter()
    for _ in range(3):
        call()
    each = (time.perf_counter() - start) / 3
    return max(1, round(seconds / each)) if each > 0 else 1


def timed_turn(call: Callable[[], object], number: int) -> Callable[[], float]:
    """A turn: `number` calls after a full collection, returning the seconds per call."""

    def turn() -> float:
        gc.collect()
        start = time.perf_counter()
        for _ in range(number):
            call()
        return (time.perf_counter() - start) / number

    return turn


def paired_calls(
    raw: Callable[[], object], sdk: Callable[[], object], settings: Settings
) -> Paired:
    """Seconds per call of each side, paired; both sides get the same number of calls a turn."""
    for call in (raw, sdk):  # warm-up: lazy imports, connection set-up, caches
        for _ in range(3):
            call()
    number = calls_per_turn(raw, settings.turn_seconds)
    turns = {"raw": timed_turn(raw, number), "sdk": timed_turn(sdk, number)}
    return paired_rounds(turns, settings.rounds)


def memory(call: Callable[[], object]) -> tuple[float, float]:
    """Bytes of one call, by tracemalloc: its peak, and what its result still holds after it."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = call()
        held, peak = tracemalloc.get_traced_memory()
        del result
    finally:
        tracemalloc.stop()
    return float(peak - before), float(held - before)


def paired_memory(
    raw: Callable[[], object], sdk: Callable[[], object], settings: Settings
) -> tuple[Paired, Paired]:
    """Each side's peak, and what its result holds, paired round by round."""
    raw(), sdk()  # warm-up: nothing loaded lazily counts
    peak = {"raw": lambda: memory(raw)[0], "sdk": lambda: memory(sdk)[0]}
    held = {"raw": lambda: memory(raw)[1], "sdk": lambda: memory(sdk)[1]}
    return paired_rounds(peak, settings.memory_rounds), paired_rounds(held, settings.memory_rounds)


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


def fmt_spread(paired: Paired) -> str:
    low, high = paired.spread
    return f"{low:.2f}-{high:.2f}x"


@dataclass(frozen=True)
class Row:
    """One line of the table: the raw httpx figure, ours, their ratio and spread, the goal."""

    name: str
    raw: str
    sdk: str
    ratio: float | None
    spread: str
    goal: float | None
    note: str = ""
    expect: str = ""  # a goal that is not a ratio, e.g. "0 errors"
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


def time_row(name: str, paired: Paired, goal: float | None, note: str = "") -> Row:
    return Row(
        name,
        fmt_seconds(paired.raw),
        fmt_seconds(paired.sdk),
        paired.median,
        fmt_spread(paired),
        goal,
        note,
    )


def memory_row(name: str, paired: Paired, goal: float | None) -> Row:
    return Row(
        name,
        fmt_bytes(paired.raw),
        fmt_bytes(paired.sdk),
        paired.median,
        fmt_spread(paired),
        goal,
    )
