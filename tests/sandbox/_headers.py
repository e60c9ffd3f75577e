"""The sandbox's response headers against openapi.yaml, for every response a sandbox test sees.

`check(response)` finds the documented response of the request's operation and status, then
asserts that every header it marks `required` is there and that every documented header that is
there fits its schema. Every `/v1/` response carries `X-Request-Id`, documented status or not,
and a 204 no `Content-Type`.
The sandbox tests' clients run it on each response (an httpx event hook, conftest.py), so the
hundreds of calls they make double as a check that the server sends what the spec says.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import httpx
from _support import load_spec, operations, resolve
from openapi_schema_validator import OAS30Validator


@cache
def _routes() -> list[tuple[str, re.Pattern[str], dict[str, Any]]]:
    spec = load_spec()
    found = []
    for method, path, op in operations(spec):
        regex = re.sub(r"\{[^}]+\}", "[^/]+", path)
        literal = len(re.sub(r"\{[^}]+\}", "", path))
        found.append((literal, method.upper(), re.compile(f"^{regex}$"), op))
    # Concrete paths first, as the server routes them (`/sessions/revoke-all`).
    found.sort(key=lambda route: -route[0])
    return [(method, pattern, op) for _, method, pattern, op in found]


def documented(method: str, path: str, status: int) -> dict[str, Any] | None:
    """The headers the spec documents for this answer, or None for an undocumented one."""
    for route_method, pattern, op in _routes():
        if route_method == method and pattern.match(path):
            response = op["responses"].get(str(status))
            if response is None:
                return None
            headers: dict[str, Any] = resolve(load_spec(), response).get("headers", {})
            return {name: resolve(load_spec(), header) for name, header in headers.items()}
    return None


def _value(raw: str, schema: dict[str, Any]) -> Any:
    return int(raw) if schema.get("type") == "integer" and raw.lstrip("-").isdigit() else raw


def check(response: httpx.Response) -> None:
    request = response.request
    if not request.url.path.startswith("/v1/"):
        return
    assert response.headers.get("x-request-id"), f"{request.method} {request.url}: no request id"
    if response.status_code == 204:  # no content, so no media type for it (RFC 9110)
        assert "content-type" not in response.headers, f"{request.method} {request.url}: 204"
    headers = documented(request.method, request.url.path, response.status_code)
    if headers is None:
        return
    for name, header in headers.items():
        raw = response.headers.get(name)
        where = f"{request.method} {request.url.path} -> {response.status_code}: {name}"
        if raw is None:
            assert not header.get("required"), f"{where} is required but missing"
            continue
        errors = list(OAS30Validator(header["schema"]).iter_errors(_value(raw, header["schema"])))
        assert not errors, f"{where}: {raw!r} does not fit {header['schema']}"
