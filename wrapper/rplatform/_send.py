"""Sending one request under a `RetryPolicy`: the only place that waits.

Returns the first 2xx response and the number of retries it took; raises the typed exception
of the last failure once the policy gives up: `APIStatusError` subclasses for error statuses,
`APIConnectionError` / `APITimeoutError` when no response came, whatever the transport raised
(an httpx error, or a custom transport's own `OSError` or `RuntimeError`), with the original as
`__cause__` unless its text shows a secret. The exception carries `retries_taken`; after a
timeout, or once retries are used up, its message says how many attempts over how long and
which settings decide that.
"""

from __future__ import annotations

import logging

import httpx

from ._exceptions import APIError, connection_error, status_error
from ._logging import log_request, log_response, log_retry, logger
from ._retry import RetryPolicy

# What each timeout exception of httpx waited for: the `httpx.Timeout` phase it ran out of.
_PHASES = {
    httpx.ConnectTimeout: "connect",
    httpx.ReadTimeout: "read",
    httpx.WriteTimeout: "write",
    httpx.PoolTimeout: "pool",
}


def send(
    http: httpx.Client, request: httpx.Request, policy: RetryPolicy, *, unauthorized: str
) -> tuple[httpx.Response, int]:
    """The retry loop: the final 2xx response and the number of retries it took.

    `unauthorized` is what a 401's message adds (which API key was refused).
    """
    retries = 0
    started = attempt_started = policy.timer()
    while True:
        if logger.isEnabledFor(logging.DEBUG):
            log_request(request)
        outcome: httpx.Response | Exception
        try:
            # auth=None: a caller's http_client must not replace our Authorization header.
            outcome = response = http.send(request, auth=None)
        except Exception as exc:  # transport failures, undecodable bodies, a transport's bug
            outcome = exc
            reason = f"{type(exc).__name__}: {exc}"
        else:
            if logger.isEnabledFor(logging.INFO):
                log_response(response)
            if response.is_success:
                return response, retries
            reason = f"status {response.status_code}"
        wait = policy.wait_before_retry(retries, outcome, request)
        now = policy.timer()
        if wait is None:
            note = _attempts(retries, now - started, policy, outcome, request)
            if unauthorized and isinstance(outcome, httpx.Response) and outcome.status_code == 401:
                note = f"{unauthorized}; {note}" if note else unauthorized
            raise _failure(outcome, request, policy, note, retries)
        retries += 1
        took = now - attempt_started
        slow = took >= policy.warn_after  # e.g. a timeout: say how long it waited, and why
        warn = slow or wait >= policy.warn_after
        log_retry(request, wait, retries, reason, warn=warn, took=took if slow else None)
        policy.sleep(wait)
        attempt_started = policy.timer()


def _failure(
    outcome: httpx.Response | Exception,
    request: httpx.Request,
    policy: RetryPolicy,
    note: str,
    retries: int,
) -> APIError:
    if isinstance(outcome, Exception):
        error: APIError = connection_error(outcome, request, note=note)
    else:
        error = status_error(
            outcome,
            retry_after=policy.retry_after(outcome.headers),
            max_retry_after=policy.max_retry_after,
            note=note,
        )
    error.retries_taken = retries
    return error


def _attempts(
    retries: int,
    elapsed: float,
    policy: RetryPolicy,
    outcome: httpx.Response | Exception,
    request: httpx.Request,
) -> str:
    """What the message says of the attempts: after a timeout, how many over how long, how long
    each could wait and the two settings that decide it; after retries, how many attempts over
    how long, and whether the retries were used up; after one attempt, nothing ("")."""
    attempts = f"{retries + 1} attempt{'s' if retries else ''} over {elapsed:.1f} s"
    knobs = f"max_retries={policy.max_retries}"
    if isinstance(outcome, httpx.TimeoutException):
        phase = next((p for kind, p in _PHASES.items() if isinstance(outcome, kind)), None)
        limit = request.extensions.get("timeout", {}).get(phase)
        if limit is not None:
            knobs = f"{phase} timeout {limit:g} s each, {knobs}"
        return f"{attempts} ({knobs}): timeout= and max_retries= set how long a call waits"
    if not retries:  # one attempt: as the caller's max_retries, or the failure, wanted
        return ""
    if policy.retryable(outcome, request):
        return f"{attempts}, all failed ({knobs}: pass a larger max_retries= to try longer)"
    return f"{attempts} ({knobs})"
