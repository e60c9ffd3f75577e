"""Sending one request under a `RetryPolicy`: the only place that waits, and the log lines.

Returns the first 2xx response and the number of retries it took; raises the typed exception
of the last failure once the policy gives up: `APIStatusError` subclasses for error statuses,
`APIConnectionError` / `APITimeoutError` when no response came.
"""

from __future__ import annotations

import logging

import httpx

from ._exceptions import APIConnectionError, APITimeoutError, status_error
from ._logging import logger, redact_body, redact_headers
from ._retry import RetryPolicy


def send(
    http: httpx.Client, request: httpx.Request, policy: RetryPolicy
) -> tuple[httpx.Response, int]:
    """The retry loop: the final 2xx response and the number of retries it took."""
    retries = 0
    while True:
        if logger.isEnabledFor(logging.DEBUG):
            _log_request(request)
        try:
            # auth=None: a caller's http_client must not replace our Authorization header.
            response = http.send(request, auth=None)
        except httpx.RequestError as exc:  # transport failures, and undecodable bodies
            wait = policy.wait_before_retry(retries, exc, request)
            if wait is None:
                error = (
                    APITimeoutError
                    if isinstance(exc, httpx.TimeoutException)
                    else APIConnectionError
                )
                raise error(f"{type(exc).__name__}: {exc}", request=request) from exc
            reason = f"{type(exc).__name__}: {exc}"
        else:
            if logger.isEnabledFor(logging.INFO):
                _log_response(response)
            if response.is_success:
                return response, retries
            wait = policy.wait_before_retry(retries, response, request)
            if wait is None:
                raise status_error(response)
            reason = f"status {response.status_code}"
        retries += 1
        logger.info(
            "retrying %s %s in %.2f s (retry %d) after %s",
            request.method,
            request.url,
            wait,
            retries,
            reason,
        )
        policy.sleep(wait)


def _log_request(request: httpx.Request) -> None:
    logger.debug(
        "request %s %s headers=%s body=%s",
        request.method,
        request.url,
        redact_headers(request.headers.items()),
        redact_body(request.content),
    )


def _log_response(response: httpx.Response) -> None:
    request = response.request
    logger.info(
        "HTTP %s %s -> %d (request_id=%s)",
        request.method,
        request.url,
        response.status_code,
        response.headers.get("x-request-id"),
    )
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "response headers=%s body=%s",
            redact_headers(response.headers.items()),
            redact_body(response.content),
        )
