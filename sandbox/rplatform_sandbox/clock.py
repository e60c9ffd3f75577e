"""The sandbox's clock: the real time, or a frozen `--now` that only `/sandbox/clock` moves.

Every timestamp the server writes comes from here, so a run with `--now` is reproducible.
Times are timezone-aware UTC with whole seconds; `iso()` renders them as `2025-06-15T12:00:00Z`.
"""

from __future__ import annotations

import re
import threading
from datetime import UTC, date, datetime, timedelta

# The instants the sandbox accepts, as the API's `year` parameter does: far from datetime's
# limits (years 1 and 9999), where converting to UTC or adding a day overflows.
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 12, 31, 23, 59, 59, tzinfo=UTC)
_LEAP_SECOND = re.compile(r"(T[0-9]{2}:[0-9]{2}):60(?=[^0-9]|$)")


def parse_instant(text: str) -> datetime:
    """Parse an ISO 8601 time (`2025-07-15T12:00:00Z`, or a bare date) as an aware UTC time.

    RFC 3339's lower-case `t` and `z` are read as `T` and `Z`, and a leap second (`23:59:60`,
    which `datetime` cannot hold) as the second before it. ValueError for anything else, and
    for instants outside EARLIEST..LATEST.
    """
    normal = _LEAP_SECOND.sub(r"\1:59", text.strip().upper())
    value = datetime.fromisoformat(normal.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        value = value.astimezone(UTC).replace(microsecond=0)
    except OverflowError:
        value = EARLIEST - timedelta(days=1) if value.year < 2000 else LATEST + timedelta(days=1)
    if not EARLIEST <= value <= LATEST:
        raise ValueError(f"{text!r} is not between {iso(EARLIEST)} and {iso(LATEST)}")
    return value


def iso(value: datetime) -> str:
    """Render an aware time as RFC 3339 UTC with a `Z`."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def midnight(day: date) -> str:
    """The start of a UTC day, rendered like `iso()`: `2025-06-01T00:00:00Z`."""
    return f"{day.isoformat()}T00:00:00Z"


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """First and last day of a calendar month."""
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)


class Clock:
    """Real time plus an offset, or a fixed instant plus an offset (deterministic mode)."""

    def __init__(self, fixed: datetime | None = None) -> None:
        self.fixed = fixed
        self._offset = timedelta(0)
        self._lock = threading.Lock()

    @property
    def deterministic(self) -> bool:
        return self.fixed is not None

    def now(self) -> datetime:
        base = self.fixed if self.fixed is not None else datetime.now(UTC)
        with self._lock:
            return (base + self._offset).replace(microsecond=0)

    def advance(self, seconds: int) -> datetime:
        """Move the clock forward (sandbox route), e.g. past a token's expiry.

        ValueError, and no move, when that would pass LATEST.
        """
        with self._lock:
            base = self.fixed if self.fixed is not None else datetime.now(UTC)
            if base + self._offset + timedelta(seconds=seconds) > LATEST:
                raise ValueError(f"the clock cannot move past {iso(LATEST)}")
            self._offset += timedelta(seconds=seconds)
        return self.now()

    def reset(self) -> None:
        with self._lock:
            self._offset = timedelta(0)
