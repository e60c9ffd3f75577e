"""Response headers users rely on are documented header components, referenced where sent.

`X-Request-Id` on every response of every operation; `Idempotent-Replayed` on every POST answer
and every refusal a POST can replay; `Retry-After` and `X-Should-Retry` on 429 and 503,
`X-Should-Retry` on 409; `Link` on the 200 of each paginated list (the operations taking a
`cursor`); `WWW-Authenticate` on 401. `tests/sandbox/_headers.py` checks that the sandbox sends
them.
"""

from __future__ import annotations

from typing import Any

import pytest
from _support import load_spec, operations, resolve

SPEC = load_spec()
OPERATIONS = list(operations(SPEC))
IDS = [op["operationId"] for _, _, op in OPERATIONS]
COMPONENT = "#/components/headers/"
REFUSALS = {"403", "404", "409", "410", "422"}  # what a POST's stored answer can be


def header_refs(response: dict[str, Any]) -> dict[str, str]:
    """Header name -> the component it references (every documented header is one)."""
    refs = {}
    for name, header in resolve(SPEC, response).get("headers", {}).items():
        assert set(header) == {"$ref"} and header["$ref"].startswith(COMPONENT), name
        refs[name] = header["$ref"].removeprefix(COMPONENT)
    return refs


def _params(op: dict[str, Any]) -> set[str]:
    return {resolve(SPEC, p)["name"] for p in op.get("parameters", [])}


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=IDS)
def test_headers_are_referenced_where_they_are_sent(
    method: str, path: str, op: dict[str, Any]
) -> None:
    for status, response in op["responses"].items():
        refs = header_refs(response)
        where = f"{op['operationId']} {status}"
        assert refs.get("X-Request-Id") == "XRequestId", f"{where}: X-Request-Id"
        replayable = method == "post" and (status.startswith("2") or status in REFUSALS)
        if replayable:
            assert refs.get("Idempotent-Replayed") == "IdempotentReplayed", where
        if status in ("429", "503"):
            assert refs.get("Retry-After") == "RetryAfter", where
        if status in ("409", "429", "503"):
            assert refs.get("X-Should-Retry") == "ShouldRetry", where
        if status == "401":
            assert refs.get("WWW-Authenticate") == "WWWAuthenticate", where
        paginated = status == "200" and "cursor" in _params(op)
        assert (refs.get("Link") == "Link") == paginated, f"{where}: Link"


def test_paginated_lists_take_limit_and_cursor() -> None:
    paginated = {op["operationId"] for _, _, op in OPERATIONS if "cursor" in _params(op)}
    assert paginated == {"getLoginHistory", "listSessions", "getUsageByProject"}
    for _, _, op in OPERATIONS:
        if op["operationId"] in paginated:
            assert "limit" in _params(op) and "400" in op["responses"]


def test_every_header_component_is_documented_and_used() -> None:
    components = SPEC["components"]["headers"]
    used = {
        ref
        for _, _, op in OPERATIONS
        for response in op["responses"].values()
        for ref in header_refs(response).values()
    }
    assert used == set(components)
    for name, header in components.items():
        assert header["description"].strip() and "schema" in header, name
    assert components["XRequestId"]["required"] is True
