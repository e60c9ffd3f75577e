"""Pure retry decisions: what to retry, and how long to wait before the next attempt.

No I/O and no sleeping here, so each rule is tested on its own; the client loop in
`_client.py` only asks these functions and sleeps with its injectable `_sleep`.
"""

from __future__ import annotations

import datetime
import email.utils
import random
import time
from collections.abc import Callable, Mapping

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, RETRY_JITTER

# 408 timeout, 409 lock conflict, 429 rate limit: the same request may succeed later.
RETRY_STATUSES = frozenset({408, 409, 429})


def should_retry_status(status_code: int, *, idempotent: bool) -> bool:
    """True for the statuses a retry may cure: 408, 409, 429 and every 5xx.

    A request that is not idempotent (a POST sent without an Idempotency-Key) is never
    retried after a response: the server may have performed it already.
    """
    return idempotent and (status_code in RETRY_STATUSES or status_code >= 500)


def should_retry_error(error: Exception, *, idempotent: bool) -> bool:
    """True for transport failures worth another attempt.

    A request that is not idempotent is retried only after the failures that prove it never
    reached the server (no connection); a second attempt could otherwise perform it twice.
    """
    if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
        return True
    if not idempotent:
        return False
    # RemoteProtocolError: the connection dropped before a response (e.g. a stale keep-alive).
    return isinstance(
        error, httpx.TimeoutException | httpx.NetworkError | httpx.RemoteProtocolError
    )


def backoff_delay(retries_done: int, rand: Callable[[], float] = random.random) -> float:
    """Exponential backoff with jitter: min(0.5 * 2**n, 8) * (1 - 0.25 * rand()) seconds."""
    delay = min(INITIAL_RETRY_DELAY * 2.0**retries_done, MAX_RETRY_DELAY)
    return delay * (1 - RETRY_JITTER * rand())


def retry_after(headers: Mapping[str, str], now: Callable[[], float] = time.time) -> float | None:
    """The wait the server asked for, in seconds, capped; None when it asked for none.

    Reads `retry-after-ms` (milliseconds), then `Retry-After` as seconds or as an HTTP date.
    A value that does not parse, or a date in the past, counts as no request.
    """
    seconds: float | None = None
    ms = headers.get("retry-after-ms")
    if ms is not None:
        seconds = _number(ms, scale=0.001)
    value = headers.get("retry-after")
    if seconds is None and value is not None:
        seconds = _number(value)
        if seconds is None:
            seconds = _http_date(value, now())
    if seconds is None or seconds < 0:
        return None
    return min(seconds, MAX_RETRY_AFTER)


def retry_delay(
    retries_done: int,
    headers: Mapping[str, str] | None,
    rand: Callable[[], float] = random.random,
    now: Callable[[], float] = time.time,
) -> float:
    """The wait before the next attempt: the server's Retry-After if any, else the backoff."""
    asked = retry_after(headers, now) if headers is not None else None
    return asked if asked is not None else backoff_delay(retries_done, rand)


def _number(text: str, scale: float = 1.0) -> float | None:
    try:
        value = float(text) * scale
    except ValueError:
        return None
    return value if value == value and value != float("inf") else None  # no NaN, no inf


def _http_date(text: str, now: float) -> float | None:
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" parses as naive; HTTP dates are always UTC
        when = when.replace(tzinfo=datetime.UTC)
    return when.timestamp() - now
