"""The `rplatform` logger and the redaction of secrets in anything logged or raised.

`RPLATFORM_LOG=debug` logs every request and response (headers and JSON bodies, redacted);
`RPLATFORM_LOG=info` logs one line per request and each retry. Without it the library only
emits records to whatever logging the application configured, as a library should.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Mapping
from typing import Any

from ._constants import LOG_ENV

logger = logging.getLogger("rplatform")

REDACTED = "[REDACTED]"

# Header names compared in lower case; JSON keys compared in lower case at any depth.
SECRET_HEADERS = frozenset({"authorization", "cookie", "set-cookie", "proxy-authorization"})
SECRET_KEYS = frozenset(
    {
        "password",
        "current_password",
        "new_password",
        "token",
        "api_key",
        "email",
        "new_email",
        "verification_token",
        "access_token",
        "refresh_token",
    }
)


def setup_logging() -> None:
    """Configure the `rplatform` logger from RPLATFORM_LOG, once, if the variable asks for it."""
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get(LOG_ENV, "").strip().lower()
    )
    if level is None or logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of the headers with credentials and cookies replaced by a marker."""
    return {k: REDACTED if k.lower() in SECRET_HEADERS else v for k, v in headers}


def redact_json(value: Any) -> Any:
    """A copy of a decoded JSON value with the values of secret keys replaced, at any depth."""
    if isinstance(value, Mapping):
        return {
            k: REDACTED if str(k).lower() in SECRET_KEYS else redact_json(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact_json(v) for v in value]
    return value


def redact_body(content: bytes) -> Any:
    """A loggable form of a request or response body: redacted JSON, or its size."""
    if not content:
        return None
    try:
        return redact_json(json.loads(content))
    except ValueError:
        return f"<{len(content)} bytes>"


def secret_values(headers: Mapping[str, str], content: bytes) -> list[str]:
    """The secret strings a request carries: its credentials and its secret JSON fields.

    Used to scrub them from text we did not write ourselves, such as a server's error detail
    that echoes the offending input.
    """
    found: list[str] = []
    auth = headers.get("authorization", "")
    if auth:
        found.append(auth.partition(" ")[2] or auth)
    try:
        body = json.loads(content) if content else None
    except ValueError:
        body = None
    _collect(body, found)
    # Longest first, so that a secret containing another is replaced whole.
    return sorted({s for s in found if s}, key=len, reverse=True)


def _collect(value: Any, found: list[str]) -> None:
    if isinstance(value, Mapping):
        for k, v in value.items():
            if str(k).lower() in SECRET_KEYS and isinstance(v, str):
                found.append(v)
            else:
                _collect(v, found)
    elif isinstance(value, list):
        for v in value:
            _collect(v, found)


def scrub(text: str, secrets: Iterable[str]) -> str:
    """The text with every occurrence of each secret replaced by a marker."""
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return text
