"""What a secret is, and how it is kept out of every message, repr and log line.

Secrets are the API key (bare, not only as `Bearer <key>`), the values of the credential and
cookie headers, the values of secret JSON fields (passwords, tokens, email addresses, at any
depth, in a request or a response), and anything that looks like an email address in text a
server wrote. `secrets_of(request, response)` lists the secret strings one exchange carries;
`scrub(text, secrets)` replaces them (and email addresses) by a marker. Exception messages,
reprs and log lines all go through `scrub`.

Nothing here runs on a call that succeeds while logging is off: a call pays for redaction only
when it writes a log line or raises.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import httpx

REDACTED = "[REDACTED]"

# Header names compared in lower case; JSON keys compared in lower case at any depth.
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
SECRET_KEYS = frozenset(
    {
        "password",
        "current_password",
        "new_password",
        "token",
        "verification_token",
        "access_token",
        "refresh_token",
        "api_key",
        "secret",
        "client_secret",
        "email",
        "new_email",
    }
)
# Shorter values are not credentials (the API asks 8 characters of a password), and replacing
# every "a" or "1" of a message would make it unreadable.
MIN_SECRET_LENGTH = 4
# A string: `re` compiles it on first use (a log line or an error), not at import.
EMAIL = r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+"


def secrets_of(request: httpx.Request | None, response: httpx.Response | None = None) -> list[str]:
    """The secret strings of one exchange, longest first (a secret inside another goes whole).

    Each secret is listed as sent and as it reads once escaped in JSON or in a Python repr,
    the forms in which a server's message or our own quoting may hold it.
    """
    found: list[str] = []
    if request is not None:
        _from_headers(request.headers, found)
        _from_json(_request_content(request), found)
    if response is not None:
        _from_headers(response.headers, found)
        _from_json(_response_content(response), found)
    forms = {form for secret in found for form in _forms(secret)}
    return sorted((s for s in forms if len(s) >= MIN_SECRET_LENGTH), key=len, reverse=True)


def scrub(text: str, secrets: Iterable[str]) -> str:
    """`text` with each of `secrets`, and anything that looks like an email address, redacted."""
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return re.sub(EMAIL, REDACTED, text) if "@" in text else text


def redact_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of the headers with the credential and cookie headers' values replaced."""
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


def loggable_body(content: bytes, content_type: str | None) -> Any:
    """A body as a log line may show it: JSON with its secret fields redacted, else its size.

    A body that is not JSON (an HTML error page, text) is never shown: a server may echo
    anything in it, in a form no rule can recognise.
    """
    if not content:
        return None
    try:
        return redact_json(json.loads(content))
    except (ValueError, RecursionError):  # not JSON, or nested too deep to decode
        kind = f", {content_type}" if content_type else ""
        return f"<{len(content)} bytes{kind}>"


def _from_headers(headers: httpx.Headers, found: list[str]) -> None:
    for name, value in headers.multi_items():
        name = name.lower()
        if name not in SECRET_HEADERS:
            continue
        found.append(value.strip())
        if name.endswith("authorization"):  # "Bearer <key>": the bare key too
            found.append(value.partition(" ")[2].strip())
        else:  # "a=1; b=2" (Cookie), "sid=...; Path=/" (Set-Cookie: the first pair only)
            pairs = value.split(";") if name == "cookie" else value.split(";")[:1]
            found.extend(pair.partition("=")[2].strip() for pair in pairs)


def _from_json(content: bytes, found: list[str]) -> None:
    if content.lstrip()[:1] not in (b"{", b"["):  # not JSON, or empty: no secret fields
        return
    try:
        _collect(json.loads(content), found)
    except (ValueError, RecursionError):
        return


def _collect(value: Any, found: list[str], secret: bool = False) -> None:
    """The scalars under secret keys, at any depth (a secret key's whole value is secret)."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            _collect(item, found, secret or str(key).lower() in SECRET_KEYS)
    elif isinstance(value, list):
        for item in value:
            _collect(item, found, secret)
    elif secret and isinstance(value, str | int | float) and not isinstance(value, bool):
        found.append(str(value))


def _forms(secret: str) -> set[str]:
    """A secret as sent, and as JSON (ours, and ASCII-only) or a Python repr would quote it."""
    return {
        secret,
        json.dumps(secret, ensure_ascii=False)[1:-1],
        json.dumps(secret)[1:-1],
        repr(secret)[1:-1],
    }


def _request_content(request: httpx.Request) -> bytes:
    try:
        return request.content
    except httpx.RequestNotRead:  # a streamed upload; we never send one
        return b""  # pragma: no mutate (any bytes but JSON: no secret fields either)


def _response_content(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:  # streamed and never read: nothing was shown either
        return b""  # pragma: no mutate (any bytes but JSON: no secret fields either)
