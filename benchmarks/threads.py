"""16 threads sharing one client: every call answered and parsed right, none lost.

Each side (one `rplatform.Client`; one `httpx.Client` for raw httpx) is shared by 16 threads
that start together and each make the same `get_status` call many times over one
`httpx.MockTransport`, comparing every result with the one a single thread got first. A call
that raises or returns something else is an error. The time is the wall time of all calls
divided by their number, paired with raw httpx round by round like every other figure.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from bodies import STATUS_PATH, Bodies
from clients import Call, sides
from timing import Row, Settings, fmt_seconds, fmt_spread, paired_rounds


class Tally:
    """Calls made and errors seen by one side, over all its rounds."""

    def __init__(self) -> None:
        self.calls = 0
        self.errors = 0
        self._lock = threading.Lock()

    def add(self, calls: int, errors: int) -> None:
        with self._lock:
            self.calls += calls
            self.errors += errors


def turn(call: Call, settings: Settings, tally: Tally) -> Callable[[], float]:
    expected = call()

    def worker(start: threading.Barrier) -> None:
        errors = 0
        start.wait()
        for _ in range(settings.thread_calls):
            try:
                if call() != expected:
                    errors += 1
            except Exception:
                errors += 1
        tally.add(settings.thread_calls, errors)

    def run() -> float:
        start = threading.Barrier(settings.threads + 1)
        workers = [threading.Thread(target=worker, args=(start,)) for _ in range(settings.threads)]
        for thread in workers:
            thread.start()
        began = time.perf_counter()
        start.wait()
        for thread in workers:
            thread.join()
        return (time.perf_counter() - began) / (settings.threads * settings.thread_calls)

    return run


def measure(bodies: Bodies, settings: Settings) -> list[Row]:
    tallies = {"raw": Tally(), "sdk": Tally()}
    with sides(STATUS_PATH, bodies.status) as (raw, sdk):
        turns = {
            "raw": turn(raw, settings, tallies["raw"]),
            "sdk": turn(sdk, settings, tallies["sdk"]),
        }
        paired = paired_rounds(turns, settings.thread_rounds)
    calls = " / ".join(f"{tally.calls:,}" for tally in tallies.values())
    errors = " / ".join(str(tally.errors) for tally in tallies.values())
    return [
        Row(
            f"{settings.threads} threads sharing one client: get_status, time per call",
            fmt_seconds(paired.raw),
            fmt_seconds(paired.sdk),
            paired.median,
            fmt_spread(paired),
            None,
            f"calls made (raw / rplatform): {calls}; errors: {errors} (a call that raised or"
            " returned anything but the single-threaded result)",
            expect="0 errors",
            met=all(tally.errors == 0 and tally.calls > 0 for tally in tallies.values()),
        )
    ]
