"""Sending one request under a `RetryPolicy`: the only place that waits.

Returns the first 2xx response and the number of retries it took; raises the typed exception
of the last failure once the policy gives up: `APIStatusError` subclasses for error statuses,
`APIConnectionError` / `APITimeoutError` when no response came, whatever the transport raised
(an httpx error, or a custom transport's own `OSError` or `RuntimeError`), with the original as
`__cause__`.
"""

from __future__ import annotations

import logging

import httpx

from ._exceptions import connection_error, status_error
from ._logging import log_request, log_response, log_retry, logger
from ._retry import RetryPolicy


def send(
    http: httpx.Client, request: httpx.Request, policy: RetryPolicy
) -> tuple[httpx.Response, int]:
    """The retry loop: the final 2xx response and the number of retries it took."""
    retries = 0
    while True:
        if logger.isEnabledFor(logging.DEBUG):
            log_request(request)
        try:
            # auth=None: a caller's http_client must not replace our Authorization header.
            response = http.send(request, auth=None)
        except Exception as exc:  # transport failures, undecodable bodies, a transport's bug
            wait = policy.wait_before_retry(retries, exc, request)
            if wait is None:
                raise connection_error(exc, request) from exc
            reason = f"{type(exc).__name__}: {exc}"
        else:
            if logger.isEnabledFor(logging.INFO):
                log_response(response)
            if response.is_success:
                return response, retries
            wait = policy.wait_before_retry(retries, response, request)
            if wait is None:
                raise status_error(
                    response,
                    retry_after=policy.retry_after(response.headers),
                    max_retry_after=policy.max_retry_after,
                )
            reason = f"status {response.status_code}"
        retries += 1
        log_retry(request, wait, retries, reason, warn=wait >= policy.warn_after)
        policy.sleep(wait)
