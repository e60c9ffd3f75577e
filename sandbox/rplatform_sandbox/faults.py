"""Fault injection for the SDK's retry tests, by request header (sandbox only, `/v1/` routes).

    X-Sandbox-Fault: 429 | 503 | 500-after-commit [; times=N] [; retry_after=S]

- `429` and `503` answer at once with `Retry-After: S` (default 1) and do nothing else;
- `500-after-commit` runs the request, commits it, then answers 500 instead of the result; a
  retry with the same Idempotency-Key replays the committed result with no second effect.

Faults are counted per (kind, method, path, query, Idempotency-Key): the first N identical calls
fail (default N=1), the next one goes through, so a retrying client succeeds. `/sandbox/reset`
clears the counters.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass

HEADER_NAME = "X-Sandbox-Fault"
HEADER = HEADER_NAME.lower()
KINDS = ("429", "503", "500-after-commit")


class FaultSyntaxError(ValueError):
    """The X-Sandbox-Fault header cannot be understood."""


@dataclass(frozen=True)
class Fault:
    kind: str
    times: int = 1
    retry_after: int = 1


def parse(header: str) -> Fault:
    kind, *options = (part.strip() for part in header.split(";"))
    if kind not in KINDS:
        raise FaultSyntaxError(f"unknown fault {kind!r}; use one of {KINDS}.")
    values = {"times": 1, "retry_after": 1}
    for option in options:
        name, _, value = option.partition("=")
        name = name.strip()
        if name not in values or not value.strip().isdigit():
            raise FaultSyntaxError(f"bad option {option!r}; use times=N or retry_after=S.")
        values[name] = int(value)
    return Fault(kind, values["times"], values["retry_after"])


class FaultBook:
    """How many times each distinct call has been failed on purpose."""

    def __init__(self) -> None:
        self._counts: Counter[tuple[str, ...]] = Counter()
        self._lock = threading.Lock()

    def should_fail(self, fault: Fault, call: tuple[str, ...]) -> bool:
        """Count this call and tell whether it is still within the fault's `times`."""
        key = (fault.kind, *call)
        with self._lock:
            if self._counts[key] >= fault.times:
                return False
            self._counts[key] += 1
            return True

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()
