"""The `rplatform` logger: what each request, response and retry writes, secrets redacted.

`RPLATFORM_LOG=debug` logs every request and response (headers and JSON bodies, redacted;
other bodies by size and content type only); `RPLATFORM_LOG=info` logs one line per request
and each retry. A retry that waits `RetryPolicy.warn_after` seconds or more is logged at
WARNING, which Python shows even where logging was never set up. Without RPLATFORM_LOG the
library only emits records to whatever logging the application configured, as a library
should. Every part of a line goes through the one scrubber (`_redact.py`): the URL, each
header, each member of a JSON body; a line is built only when its level is enabled.
"""

from __future__ import annotations

import logging
import os

import httpx

from ._caller import warn
from ._constants import LOG_ENV
from ._redact import secrets_of

logger = logging.getLogger("rplatform")
_WARNED: set[str] = set()  # the RPLATFORM_LOG values already warned about
_KNOBS = "timeout= and max_retries= set how long a call waits"


def setup_logging() -> None:
    """Configure the `rplatform` logger from RPLATFORM_LOG, once, if the variable asks for it;
    warn (once per value) about a value that is no level, naming the ones there are."""
    value = os.environ.get(LOG_ENV, "").strip()  # pragma: no mutate (default: any non-level)
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(value.lower())
    if level is None and value and value not in _WARNED:
        _WARNED.add(value)
        warn(
            f"{LOG_ENV}={value!r} is not a log level of rplatform, so it logs nothing of its "
            f"own: use {LOG_ENV}=debug (every request and response) or {LOG_ENV}=info (one "
            "line per request), or leave it unset",
            RuntimeWarning,
        )
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


def log_request(request: httpx.Request) -> None:
    """DEBUG: the request about to be sent, with its headers and body."""
    hide = secrets_of(request)
    content_type = request.headers.get("content-type")  # pragma: no mutate (case-blind)
    body = hide.body(request.content, content_type, hide.request_tree)
    headers = hide.headers(request.headers.items())
    logger.debug(
        f"request {request.method} {hide.url(str(request.url))} headers={headers} body={body}"
    )


def log_response(response: httpx.Response) -> None:
    """INFO: the status of a response; DEBUG: its headers and body too."""
    request = response.request
    hide = secrets_of(request, response)
    request_id = response.headers.get("x-request-id")  # pragma: no mutate (case-blind)
    shown_id = None if request_id is None else hide.text(request_id)
    status = response.status_code
    url = hide.url(str(request.url))
    logger.info(f"HTTP {request.method} {url} -> {status} (request_id={shown_id})")
    if logger.isEnabledFor(logging.DEBUG):
        content_type = response.headers.get("content-type")  # pragma: no mutate (case-blind)
        body = hide.body(response.content, content_type, hide.response_tree)
        headers = hide.headers(response.headers.items())
        logger.debug(f"response headers={headers} body={body}")


def log_retry(
    request: httpx.Request,
    wait: float,
    retry: int,
    reason: str,
    *,
    warn: bool,
    took: float | None = None,
) -> None:
    """INFO, or WARNING for a long wait or a long attempt: the retry about to be made, and why;
    `took`: the seconds a long attempt lasted before it failed."""
    level = logging.WARNING if warn else logging.INFO
    if logger.isEnabledFor(level):
        hide = secrets_of(request)
        line = f"retrying {request.method} {hide.url(str(request.url))} in {wait:.2f} s"
        line += f" (retry {retry}) after {hide.text(reason)}"
        if took is not None:
            line += f", {took:.1f} s into the attempt ({_KNOBS})"
        logger.log(level, line)
