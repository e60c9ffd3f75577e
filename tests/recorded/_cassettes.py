"""What the cassette suite shares: the fixed sandbox address, scrubbing, and the secret scanner.

Scrubbing runs in vcrpy's `before_record_request` / `before_record_response` hooks, so nothing
secret is ever written to a cassette; vcrpy also applies `before_record_request` to every
live request before matching, so the JSON-body matcher compares scrubbed with scrubbed.
Placeholders still fit `openapi.yaml` (a `format: email` field gets an example.com address, a
password a non-empty string), so every recorded exchange still validates against the spec.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx
import yaml
from vcr.request import Request

ROOT = Path(__file__).resolve().parents[2]
SANDBOX_SPEC_PATH = ROOT / "sandbox" / "rplatform_sandbox" / "sandbox.yaml"
CASSETTES = Path(__file__).resolve().parent / "cassettes"

# Recording and replay use one fixed address, so that recorded URLs never churn.
HOST, PORT = "127.0.0.1", 8787
BASE_URL = f"http://{HOST}:{PORT}"
SANDBOX_ROUTES = "/sandbox"
# The sandbox's deterministic mode: a frozen clock and seeded ids, tokens and request ids.
NOW = "2025-06-15T12:00:00Z"
SEED = 1
API_KEY = "sk_test_sandbox"  # the sandbox's demo bearer token (user usr_123, owner of org_123)

REDACTED = "REDACTED"
REDACTED_AUTHORIZATION = f"Bearer {REDACTED}"
# It still follows the password policy, so that recorded bodies stay valid against the spec.
REDACTED_PASSWORD = f"{REDACTED}-password-0"
REDACTED_TOKEN = f"{REDACTED}-token"
REDACTED_EMAIL = "redacted@example.com"
REDACTED_API_KEY = f"sk_test_{REDACTED}"
REDACTED_PUSH_TOKEN = f"ExponentPushToken[{REDACTED}]"
IDEMPOTENCY_KEY_LABEL = "idempotency-key-{}"
UUID_PATTERN = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)

# Headers never written: volatile ones (churn on every recording) and cookies (secrets).
DROPPED_HEADERS = frozenset({"date", "server", "user-agent", "cookie", "set-cookie"})
AUTH_HEADERS = frozenset({"authorization", "proxy-authorization", "x-api-key"})
IDEMPOTENCY_HEADER = "idempotency-key"

# JSON members and query parameters whose value is a secret, by name.
PASSWORD_NAME = re.compile(r"password", re.IGNORECASE)
TOKEN_NAME = re.compile(r"(^|_)(token|secret|api_key|access_key)$", re.IGNORECASE)

# Secrets that hide in free text (error details, email bodies, URLs).
API_KEY_PATTERN = re.compile(r"\b[sprk]k_(?:test|live)_[A-Za-z0-9]+")
# The sandbox's secrets (bearer and email verification tokens): a prefix and 32 letters/digits.
SANDBOX_SECRET_PATTERN = re.compile(r"\b[a-z]{2,8}_[A-Za-z0-9]{32}\b")
PUSH_TOKEN_PATTERN = re.compile(r"(?:Exponent|Expo)PushToken\[[^\]]*\]")
EMAIL_PATTERN = re.compile(r"[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})")
SAFE_EMAIL_DOMAIN = re.compile(r"(^|\.)example\.com$", re.IGNORECASE)

# Values that must never appear anywhere in a cassette, whatever their context: the sandbox's
# demo credentials and the passwords the tests send.
KNOWN_SECRETS = (
    API_KEY,
    "sk_test_other",
    "sk_test_wrong",
    "currentPassword123",
    "otherPassword456",
    "newSecurePassword456",
    "wrongPassword999",
)


@dataclass
class Wire:
    """What the client sent and got, and the retry waits it asked for (never slept in replay)."""

    requests: list[httpx.Request] = field(default_factory=list)
    responses: list[httpx.Response] = field(default_factory=list)
    waits: list[float] = field(default_factory=list)

    @property
    def last(self) -> httpx.Response:
        return self.responses[-1]

    def idempotency_keys(self) -> list[str | None]:
        return [request.headers.get("Idempotency-Key") for request in self.requests]


# -- scrubbing --------------------------------------------------------------------------------


def scrub_text(text: str) -> str:
    """Free text with every secret-looking value replaced by its placeholder."""
    text = API_KEY_PATTERN.sub(
        lambda m: m[0] if m[0] == REDACTED_API_KEY else REDACTED_API_KEY, text
    )
    text = SANDBOX_SECRET_PATTERN.sub(REDACTED_TOKEN, text)
    text = PUSH_TOKEN_PATTERN.sub(REDACTED_PUSH_TOKEN, text)
    for secret in KNOWN_SECRETS:
        text = text.replace(secret, REDACTED)
    return EMAIL_PATTERN.sub(
        lambda m: m[0] if SAFE_EMAIL_DOMAIN.search(m[1]) else REDACTED_EMAIL, text
    )


def placeholder_for(name: str) -> str | None:
    """The placeholder of a JSON member or query parameter that holds a secret, else None."""
    if PASSWORD_NAME.search(name):
        return REDACTED_PASSWORD
    if TOKEN_NAME.search(name):
        return REDACTED_TOKEN
    return None


def scrub_json(value: Any, name: str = "") -> Any:
    """A JSON value with secret members replaced and free text scrubbed, at any depth."""
    if isinstance(value, dict):
        return {key: scrub_json(item, key) for key, item in value.items()}
    if isinstance(value, list):
        return [scrub_json(item, name) for item in value]
    if isinstance(value, str):
        placeholder = placeholder_for(name)
        return placeholder if placeholder is not None else scrub_text(value)
    return value


def scrub_body(body: bytes | str | None) -> bytes | str | None:
    """A request or response body, scrubbed; JSON keeps its exact layout when nothing changes."""
    if not body:
        return body
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    try:
        data = json.loads(text)
    except ValueError:
        scrubbed = scrub_text(text)
    else:
        clean = scrub_json(data)
        scrubbed = text if clean == data else json.dumps(clean, separators=(",", ":"))
    if scrubbed == text:
        return body
    return scrubbed.encode() if isinstance(body, bytes) else scrubbed


def scrub_uri(uri: str) -> str:
    """A URL with secrets in its path and query replaced; untouched when it holds none."""
    parts = urlsplit(uri)
    query = parse_qsl(parts.query, keep_blank_values=True)
    clean = [(name, placeholder_for(name) or scrub_text(value)) for name, value in query]
    path = scrub_text(parts.path)
    if clean == query and path == parts.path:
        return uri
    return urlunsplit(parts._replace(path=path, query=urlencode(clean)))


class RequestScrubber:
    """vcrpy's `before_record_request` for one cassette.

    Generated Idempotency-Keys are fresh uuid4s on every run: they become `idempotency-key-1`, ...
    in order of first use, so the cassette still shows which attempts shared a key (a retry)
    while re-recording stays byte-for-byte identical. The key is never matched on.
    """

    def __init__(self) -> None:
        self._labels: dict[str, str] = {}

    def label(self, key: str) -> str:
        if not UUID_PATTERN.match(key):
            return key  # chosen by the test, so already reproducible
        if key not in self._labels:
            self._labels[key] = IDEMPOTENCY_KEY_LABEL.format(len(self._labels) + 1)
        return self._labels[key]

    def __call__(self, request: Request) -> Request:
        request = copy.deepcopy(request)  # vcrpy sends the original: never touch it
        headers = {}
        for name, value in request.headers.items():
            lowered = name.lower()
            if lowered in DROPPED_HEADERS:
                continue
            if lowered in AUTH_HEADERS:
                value = REDACTED_AUTHORIZATION
            elif lowered == IDEMPOTENCY_HEADER:
                value = self.label(value)
            else:
                value = scrub_text(value)
            headers[name] = value
        request.uri = scrub_uri(request.uri)
        request.body = scrub_body(request.body)
        request.headers = _with_length(headers, request.body)
        return request


def _with_length(headers: dict[str, Any], body: bytes | str | None) -> dict[str, Any]:
    """Headers whose Content-Length, if any, fits the (scrubbed) body."""
    size = len(body.encode() if isinstance(body, str) else body or b"")
    for name, value in headers.items():
        if name.lower() == "content-length":
            headers[name] = [str(size)] if isinstance(value, list) else str(size)
    return headers


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy's `before_record_response`: drop volatile and cookie headers, scrub the body."""
    headers: dict[str, list[str]] = {}
    for name, values in response["headers"].items():
        if name.lower() in DROPPED_HEADERS:
            continue
        items = values if isinstance(values, list) else [values]
        headers[name] = [scrub_text(str(value)) for value in items]
    response["body"]["string"] = scrub_body(response["body"]["string"])
    response["headers"] = _with_length(headers, response["body"]["string"])
    return response


# -- reading cassettes ------------------------------------------------------------------------


def cassette_files() -> list[Path]:
    return sorted(CASSETTES.rglob("*.yaml"))


def interactions(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    found: list[dict[str, Any]] = data["interactions"]
    return found


def all_interactions() -> Iterator[tuple[str, int, dict[str, Any]]]:
    """(cassette name, index, interaction) for every interaction of every cassette."""
    for path in cassette_files():
        for index, interaction in enumerate(interactions(path)):
            yield path.relative_to(CASSETTES).as_posix(), index, interaction


def header(headers: dict[str, Any], name: str) -> str | None:
    """A header of a recorded request or response (vcrpy stores response values as lists)."""
    for key, value in headers.items():
        if key.lower() == name:
            return str(value[0] if isinstance(value, list) else value)
    return None


def body_text(body: Any) -> str:
    """A recorded body as text: requests store it bare, responses as {string: ...}."""
    if isinstance(body, dict):
        body = body.get("string")
    if body is None:
        return ""
    return body.decode("utf-8") if isinstance(body, bytes) else str(body)


# -- the secret scanner -----------------------------------------------------------------------


def _json_secrets(value: Any, where: str, name: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _json_secrets(item, f"{where}.{key}", key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _json_secrets(item, f"{where}[{index}]", name)
    elif isinstance(value, str):
        placeholder = placeholder_for(name)
        if placeholder is not None and value != placeholder:
            yield f"{where}: secret member {name!r} holds {value!r}"


def text_secrets(text: str, where: str) -> Iterator[str]:
    """Every secret-looking value in a piece of text."""
    for match in API_KEY_PATTERN.finditer(text):
        if match[0] != REDACTED_API_KEY:
            yield f"{where}: API key {match[0]!r}"
    for match in SANDBOX_SECRET_PATTERN.finditer(text):
        yield f"{where}: token {match[0]!r}"
    for match in PUSH_TOKEN_PATTERN.finditer(text):
        if match[0] != REDACTED_PUSH_TOKEN:
            yield f"{where}: push token {match[0]!r}"
    for match in EMAIL_PATTERN.finditer(text):
        if not SAFE_EMAIL_DOMAIN.search(match[1]):
            yield f"{where}: email address outside example.com {match[0]!r}"
    for secret in KNOWN_SECRETS:
        if secret in text:
            yield f"{where}: known secret {secret!r}"


def interaction_secrets(interaction: dict[str, Any], where: str) -> Iterator[str]:
    """Every secret a recorded interaction holds, each described with where it is."""
    request, response = interaction["request"], interaction["response"]
    for side, headers in (("request", request["headers"]), ("response", response["headers"])):
        for name, value in headers.items():
            text = str(value[0] if isinstance(value, list) else value)
            if name.lower() in {"cookie", "set-cookie"}:
                yield f"{where} {side} header {name}: cookies are never recorded"
            elif name.lower() in AUTH_HEADERS and text != REDACTED_AUTHORIZATION:
                yield f"{where} {side} header {name}: {text!r}"
            else:
                yield from text_secrets(text, f"{where} {side} header {name}")
    query = urlsplit(request["uri"]).query
    for name, value in parse_qsl(query, keep_blank_values=True):
        placeholder = placeholder_for(name)
        if placeholder is not None and value != placeholder:
            yield f"{where} query parameter {name}: {value!r}"
    yield from text_secrets(request["uri"], f"{where} request uri")
    for side, body in (("request", request["body"]), ("response", response["body"])):
        text = body_text(body)
        try:
            data = json.loads(text) if text else None
        except ValueError:
            data = None
        yield from _json_secrets(data, f"{where} {side} body")
        yield from text_secrets(text, f"{where} {side} body")
