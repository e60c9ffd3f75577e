"""What the cassette suite shares: the fixed sandbox address, scrubbing, and the secret scanner.

Scrubbing runs in vcrpy's `before_record_request` / `before_record_response` hooks, so nothing
secret is ever written to a cassette; vcrpy also applies `before_record_request` to every
live request before matching, so the JSON-body matcher compares scrubbed with scrubbed. It is
the SDK's own scrubber (`rplatform._redact`), with the same rules: the members and parameters
openapi.yaml and sandbox.yaml mark `x-secret`, the credential headers, the key, bearer and email
shapes, and the echoes of an exchange's secrets. Only the placeholders differ: they still fit
the specs (a `format: email` member gets an example.com address, a password one that follows
the password policy), so every recorded exchange still validates against them; and an address
at example.com (RFC 2606: nobody's) stays as it is, so that a story can assert the address it
sent. The scanner at the end is a second, independent check over the written files.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import yaml
from rplatform import _secrets as secrets
from rplatform._redact import Markers, Redactor, exchange
from rplatform._secrets import Shape, Tree, shape
from rplatform_api.types import Field
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

# What the scanner looks for, independently of the scrubber's rules: members and query
# parameters named as secrets, and secrets that hide in free text.
PASSWORD_NAME = re.compile(r"password", re.IGNORECASE)
TOKEN_NAME = re.compile(r"(^|_)(token|secret|api_key|access_key)$", re.IGNORECASE)
API_KEY_PATTERN = re.compile(r"\b[sprk]k_(?:test|live)_[A-Za-z0-9]+")
# The sandbox's secrets (bearer and email verification tokens): a prefix and 32 letters/digits.
SANDBOX_SECRET_PATTERN = re.compile(r"\b[a-z]{2,8}_[A-Za-z0-9]{32}\b")
PUSH_TOKEN_PATTERN = re.compile(r"(?:Exponent|Expo)PushToken\[[^\]]*\]")
EMAIL_PATTERN = re.compile(r"[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})")
SAFE_EMAIL_DOMAIN = re.compile(r"(^|\.)example\.com$", re.IGNORECASE)
PLACEHOLDERS = frozenset(
    {REDACTED, REDACTED_PASSWORD, REDACTED_TOKEN, REDACTED_PUSH_TOKEN, REDACTED_API_KEY}
)

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


# -- scrubbing -------------------------------------------------------------------------------


def _documentation_address(value: object) -> bool:
    domain = value.rpartition("@")[2] if isinstance(value, str) and "@" in value else ""
    return bool(domain) and SAFE_EMAIL_DOMAIN.search(domain) is not None


def placeholder(field: Field | None, value: object) -> str:
    """What a cassette holds in place of a secret: a value that still fits its field."""
    if _documentation_address(value):
        return str(value)
    if field is None:  # an echo of a header's secret
        return REDACTED
    if field.format == "email":  # an address, or a value refused for not being one
        return REDACTED_EMAIL if "@" in str(value) else REDACTED
    if field.format == "password":
        return REDACTED_PASSWORD
    return REDACTED_TOKEN


def _email(match: re.Match[str]) -> str:
    return match[0] if _documentation_address(match[0]) else REDACTED_EMAIL


MARKERS = Markers(
    secret=placeholder,
    header=REDACTED_AUTHORIZATION,
    email=_email,
    key=REDACTED_API_KEY,
    token=REDACTED,
)


def _sandbox_tree(node: Any) -> Tree:
    """The members sandbox.yaml marks x-secret in a schema (its schemas are all inline)."""
    if node.get("type") == "array":
        return _sandbox_tree(node["items"])
    found: dict[str, Any] = {}
    for name, member in node.get("properties", {}).items():
        if member.get("x-secret"):
            found[name] = Field(name, name, format=member.get("format", ""), secret=True)
        elif inner := _sandbox_tree(member):
            found[name] = inner
    return found


@cache
def _sandbox_shapes() -> tuple[tuple[str, Shape], ...]:
    """(method, `Shape`) of each route of sandbox.yaml, served under SANDBOX_ROUTES."""
    spec = yaml.safe_load(SANDBOX_SPEC_PATH.read_text(encoding="utf-8"))
    found = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            parameters = [
                Field(p["name"], p["name"], p["in"], secret=bool(p["schema"].get("x-secret")))
                for p in operation.get("parameters", [])
            ]
            body = operation.get("requestBody", {}).get("content", {}).get("application/json")
            answer = next(
                (r for code, r in operation["responses"].items() if str(code).startswith("2")), {}
            )
            content = answer.get("content", {}).get("application/json", {})
            request = _sandbox_tree(body["schema"]) if body else {}
            found.append(
                (
                    method.upper(),
                    shape(
                        f"{SANDBOX_ROUTES}{path}",
                        parameters,
                        request,
                        _sandbox_tree(content.get("schema", {})),
                    ),
                )
            )
    return tuple(found)


def locate(method: str, path: str) -> Shape | None:
    """The `Shape` of a sandbox route (sandbox.yaml) or of an API operation (openapi.yaml)."""
    for route_method, found in _sandbox_shapes():
        if route_method == method and found.route.search(path):
            return found
    return secrets.locate(method, path)


def _headers(headers: Any) -> list[tuple[str, str]]:
    """vcrpy's headers (a mapping; a response's values are lists) as (name, value) pairs."""
    pairs = []
    for name, value in headers.items():
        for item in value if isinstance(value, list) else [value]:
            pairs.append((name, str(item)))
    return pairs


def scrub_body(body: bytes | str | None, hide: Redactor, tree: Tree) -> bytes | str | None:
    """A request or response body, scrubbed; JSON keeps its exact layout when nothing changes."""
    if not body:
        return body
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    try:
        data = json.loads(text)
    except ValueError:
        scrubbed = hide.text(text)
    else:
        clean = hide.value(data, tree)
        scrubbed = text if clean == data else json.dumps(clean, separators=(",", ":"))
    if scrubbed == text:
        return body
    return scrubbed.encode() if isinstance(body, bytes) else scrubbed


class RequestScrubber:
    """vcrpy's `before_record_request` for one cassette, and (`.response`) its
    `before_record_response`.

    vcrpy hands each request to the first just before its response to the second (when it
    records an exchange, and when it loads one): the response is scrubbed with what its
    request carried, the secrets an answer may echo.

    Generated Idempotency-Keys are fresh uuid4s on every run: they become `idempotency-key-1`, ...
    in order of first use, so the cassette still shows which attempts shared a key (a retry)
    while re-recording stays byte-for-byte identical. The key is never matched on.
    """

    def __init__(self) -> None:
        self._labels: dict[str, str] = {}
        self._request: Request | None = None

    def label(self, key: str) -> str:
        if not UUID_PATTERN.match(key):
            return key  # chosen by the test, so already reproducible
        if key not in self._labels:
            self._labels[key] = IDEMPOTENCY_KEY_LABEL.format(len(self._labels) + 1)
        return self._labels[key]

    def __call__(self, request: Request) -> Request:
        self._request = request
        request = copy.deepcopy(request)  # vcrpy sends the original: never touch it
        hide = self._redactor()
        headers = {}
        for name, value in request.headers.items():
            lowered = name.lower()
            if lowered in DROPPED_HEADERS:
                continue
            if lowered == IDEMPOTENCY_HEADER:
                value = self.label(value)
            else:
                (value,) = hide.headers([(name, value)]).values()
            headers[name] = value
        request.uri = hide.url(request.uri)
        request.body = scrub_body(request.body, hide, hide.request_tree)
        request.headers = _with_length(headers, request.body)
        return request

    def response(self, response: dict[str, Any]) -> dict[str, Any]:
        """Drop volatile and cookie headers, scrub the rest and the body."""
        status = response["status"]["code"]
        hide = self._redactor(response["headers"], response["body"]["string"], status)
        headers: dict[str, list[str]] = {}
        for name, values in response["headers"].items():
            if name.lower() in DROPPED_HEADERS:
                continue
            items = values if isinstance(values, list) else [values]
            headers[name] = [next(iter(hide.headers([(name, str(v))]).values())) for v in items]
        response["body"]["string"] = scrub_body(
            response["body"]["string"], hide, hide.response_tree
        )
        response["headers"] = _with_length(headers, response["body"]["string"])
        return response

    def _redactor(
        self, headers: Any = None, body: bytes | str | None = None, status: int = 0
    ) -> Redactor:
        request = self._request
        if request is None:  # a response with no request before it: its own rules only
            return exchange(
                "", "", (), None, _headers(headers or {}), success=False, markers=MARKERS
            )
        return exchange(
            request.method,
            request.uri,
            _headers(request.headers),
            request.body,
            _headers(headers or {}),
            body,
            success=200 <= status < 300,
            locate=locate,
            markers=MARKERS,
        )


def _with_length(headers: dict[str, Any], body: bytes | str | None) -> dict[str, Any]:
    """Headers whose Content-Length, if any, fits the (scrubbed) body."""
    size = len(body.encode() if isinstance(body, str) else body or b"")
    for name, value in headers.items():
        if name.lower() == "content-length":
            headers[name] = [str(size)] if isinstance(value, list) else str(size)
    return headers


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


def _named_secret(name: str) -> bool:
    return bool(PASSWORD_NAME.search(name) or TOKEN_NAME.search(name))


def _json_secrets(value: Any, where: str, name: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _json_secrets(item, f"{where}.{key}", key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _json_secrets(item, f"{where}[{index}]", name)
    elif isinstance(value, str) and _named_secret(name) and value not in PLACEHOLDERS:
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
        if _named_secret(name) and value not in PLACEHOLDERS:
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
