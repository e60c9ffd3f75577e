"""`RetryPolicy`: which failures are retried, and how long to wait before the next attempt.

One frozen object decides, from the attempt number, the request and what came back (a response
or an exception), whether to try again and after how many seconds. It does no I/O: the client's
send loop asks it and then waits with the policy's `sleep`, so the same policy could drive an
async client. Replace it whole (`Client(retry=RetryPolicy(...))`, `with_options(retry=...)`,
or `retry=` on one call), or change one setting with `dataclasses.replace`.
"""

from __future__ import annotations

import dataclasses
import datetime
import email.utils
import math
import random
import time
from collections.abc import Callable, Mapping

import httpx

from . import _validation as check
from ._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRY_JITTER,
    WARN_RETRY_WAIT,
)

# 408 timeout, 429 rate limit, and every 5xx: the same request may succeed.
RETRY_STATUSES = frozenset({408, 429, *range(500, 600)})
# 409: a lock held by a concurrent request clears, a state conflict does not; retried only when
# the server says when (Retry-After, retry-after-ms) or that it may help (X-Should-Retry: true).
RETRY_STATUSES_WHEN_ASKED = frozenset({409})
# Failures that prove the request never reached the server: safe to retry even without a key.
UNSENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# Failures after which the request may or may not have been performed (RemoteProtocolError:
# the connection dropped before a response, e.g. a stale keep-alive).
RETRY_ERRORS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """How a client retries: attempts, backoff, jitter, Retry-After, what is retryable.

    >>> patient = rplatform.Client(retry=rplatform.RetryPolicy(max_retries=5, max_backoff=30))

    Retried: the `retry_statuses` (408, 429, 5xx), the `retry_statuses_when_asked` (409) when
    the server sends a `Retry-After` or `X-Should-Retry: true`, any status with
    `X-Should-Retry: true`, and the `retry_errors` / `unsent_errors` of the transport; never a
    response with `X-Should-Retry: false`. The wait before retry n (from 0) is the server's
    `retry-after-ms` / `Retry-After` (seconds or an HTTP date), else
    `min(initial_backoff * 2**n, max_backoff)` minus up to `jitter` of itself. A server's wait
    longer than `max_retry_after` is not waited out: the error is raised at once, carrying the
    wait (`APIStatusError.retry_after`). A wait of `warn_after` seconds or more is logged at
    WARNING, and so is a retry after an attempt that itself lasted `warn_after` seconds or more
    (a server that did not answer in time). A POST sent without an Idempotency-Key is not
    idempotent: it is retried only after the failures that prove it never reached the server.
    `sleep`, `random`, `clock` (the time of day, for a `Retry-After` date) and `timer` (a
    monotonic clock, for how long a call took) are injectable, e.g. to record waits in tests.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_backoff: float = INITIAL_RETRY_DELAY
    max_backoff: float = MAX_RETRY_DELAY
    jitter: float = RETRY_JITTER
    max_retry_after: float = MAX_RETRY_AFTER
    retry_statuses: frozenset[int] = RETRY_STATUSES
    retry_statuses_when_asked: frozenset[int] = RETRY_STATUSES_WHEN_ASKED
    warn_after: float = WARN_RETRY_WAIT
    retry_errors: tuple[type[Exception], ...] = RETRY_ERRORS
    unsent_errors: tuple[type[Exception], ...] = UNSENT_ERRORS
    sleep: Callable[[float], None] = time.sleep
    random: Callable[[], float] = random.random
    clock: Callable[[], float] = time.time
    timer: Callable[[], float] = time.monotonic

    def __post_init__(self) -> None:
        check.integer("max_retries", self.max_retries, minimum=0)
        for name in ("initial_backoff", "max_backoff", "max_retry_after", "warn_after"):
            check.number(name, getattr(self, name), minimum=0)
        check.number("jitter", self.jitter, minimum=0)
        if self.jitter > 1:
            raise ValueError(f"jitter must be <= 1, got {self.jitter!r}")

    def with_max_retries(self, max_retries: int | None) -> RetryPolicy:
        """This policy with another number of retries (None: unchanged)."""
        if max_retries is None:
            return self
        if check.integer("max_retries", max_retries) == self.max_retries:
            return self  # (a negative one: refused by the policy's own checks, below)
        return dataclasses.replace(self, max_retries=max_retries)

    def wait_before_retry(
        self, retries_done: int, outcome: httpx.Response | Exception, request: httpx.Request
    ) -> float | None:
        """Seconds to wait before retrying `request`, or None to give up with `outcome`.

        `outcome` is the error response (a non-2xx status) or the exception of the attempt
        just made; `retries_done` counts the retries before it (0 after the first attempt).
        """
        if retries_done >= self.max_retries:
            return None
        decision = self._decide(outcome, request)
        if decision is False:
            return None
        return self.backoff(retries_done) if decision is True else decision

    def retryable(self, outcome: httpx.Response | Exception, request: httpx.Request) -> bool:
        """Whether `outcome` is retried while retries are left (so a failure that is, once
        they are used up, was given up for want of retries)."""
        return self._decide(outcome, request) is not False

    def _decide(self, outcome: httpx.Response | Exception, request: httpx.Request) -> bool | float:
        """False: give up; True: retry after the backoff; a float: after the server's wait."""
        keyed = "idempotency-key" in request.headers  # pragma: no mutate (case-blind)
        idempotent = request.method != "POST" or keyed
        if isinstance(outcome, httpx.Response):
            return idempotent and self._decide_for_response(outcome)
        return isinstance(outcome, self.unsent_errors) or (
            idempotent and isinstance(outcome, self.retry_errors)
        )

    def _decide_for_response(self, response: httpx.Response) -> bool | float:
        # Marked: the name's case (headers are case-blind), and a default other than "true" or
        # "false" (it counts as none).
        answer = response.headers.get("x-should-retry", "")  # pragma: no mutate (see above)
        should_retry = answer.strip().lower()
        if should_retry == "false":
            return False
        asked = self.retry_after(response.headers)
        status = response.status_code
        retryable = (
            should_retry == "true"
            or status in self.retry_statuses
            or (status in self.retry_statuses_when_asked and asked is not None)
        )
        if not retryable or asked is None:
            return retryable
        return asked if asked <= self.max_retry_after else False

    def backoff(self, retries_done: int) -> float:
        """Exponential backoff with jitter, without a server's request."""
        delay = min(self.initial_backoff * 2.0**retries_done, self.max_backoff)
        return delay * (1 - self.jitter * self.random())

    def retry_after(self, headers: Mapping[str, str]) -> float | None:
        """The wait the server asked for, in seconds; None when it asked for none.

        Reads `retry-after-ms` (milliseconds), then `Retry-After` as seconds or as an HTTP
        date. A value that does not parse, or a date in the past, counts as no request. Not
        capped: a wait beyond `max_retry_after` makes `wait_before_retry` give up. Header
        names are read in any case, from `httpx.Headers` or any other mapping.
        """
        if not isinstance(headers, httpx.Headers):
            headers = httpx.Headers(headers)
        seconds: float | None = None
        ms = headers.get("retry-after-ms")  # pragma: no mutate (case-blind)
        if ms is not None:
            seconds = _number(ms, scale=0.001)
        value = headers.get("retry-after")  # pragma: no mutate (case-blind)
        if seconds is None and value is not None:
            seconds = _number(value)
            if seconds is None:
                seconds = _http_date(value, self.clock())
        if seconds is None or seconds < 0:
            return None
        return seconds


def _number(text: str, scale: float = 1.0) -> float | None:
    try:
        value = float(text) * scale
    except ValueError:
        return None
    return value if value == value and value != math.inf else None  # no NaN, no inf


def _http_date(text: str, now: float) -> float | None:
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):  # OverflowError: a huge offset
        return None
    if when.tzinfo is None:  # "-0000" parses as naive; HTTP dates are always UTC
        when = when.replace(tzinfo=datetime.UTC)
    return when.timestamp() - now
