"""Fixtures for the sandbox tests: one deterministic server per session, reset before each test.

Everything goes over plain HTTP with httpx, as a client of the sandbox would. Every response to
a client made by `client()` has its headers checked against openapi.yaml (`_headers.check`), and
`problem()` checks the whole problem shape: a documented kind, the instance, the field errors.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from rplatform_sandbox import serve
from rplatform_sandbox.app import _validated_api
from rplatform_sandbox.clock import parse_instant
from rplatform_sandbox.handlers.common import REGISTRY
from rplatform_sandbox.problem_types import BASE, KINDS
from rplatform_sandbox.state import Sandbox

from . import _headers

NOW = "2025-07-15T12:00:00Z"
SEED = 7
DEMO_TOKEN = "sk_test_sandbox"
# The preferences the documentation prints (its recordAiUsage example is _support.AI_USAGE).
DOCS_PREFERENCES = {
    "notifications": {"in_app": True, "push": True, "email": True},
    "privacy": {"profile_visibility": "public", "show_email": False, "show_location": True},
    "appearance": {"theme": "system", "timezone": None, "locale": None},
}
OTHER_TOKEN = "sk_test_other"

# Built at import rather than by the first sandbox: `nox -s mutate` runs each mutant's tests in
# a process forked after collection, and each of them then starts its sandbox from the compiled
# app and the seed image made here (state._SEEDS) in about 0.1 s, not 1 s.
_validated_api(frozenset(REGISTRY.items()))
Sandbox(now=parse_instant(NOW), seed=SEED).close()


@pytest.fixture(scope="session")
def sandbox_url() -> Iterator[str]:
    with serve(now=NOW, seed=SEED) as url:
        yield url


def client(base_url: str, token: str | None = DEMO_TOKEN) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    hooks = {"response": [_headers.check]}
    return httpx.Client(base_url=base_url, headers=headers, timeout=30, event_hooks=hooks)


@pytest.fixture
def api(sandbox_url: str) -> Iterator[httpx.Client]:
    """The demo user's client, on freshly reset data."""
    httpx.post(f"{sandbox_url}/sandbox/reset").raise_for_status()
    with client(sandbox_url) as c:
        yield c


@pytest.fixture
def other(sandbox_url: str, api: httpx.Client) -> Iterator[httpx.Client]:
    """The second user's client (usr_456, org_456)."""
    with client(sandbox_url, OTHER_TOKEN) as c:
        yield c


def problem(response: httpx.Response, status: int, kind: str | None = None) -> dict[str, Any]:
    """Assert an RFC 9457 problem with this status (and kind, if given); return its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert set(body) == {"type", "title", "status", "detail", "instance", "errors"}, body
    assert body["status"] == status
    assert body["type"].startswith(BASE), body["type"]
    documented = KINDS[body["type"].removeprefix(BASE)]
    assert status in documented.statuses and body["title"] == documented.title
    assert kind is None or documented.name == kind, body
    assert isinstance(body["detail"], str) and body["detail"]
    if "idempotent-replayed" not in response.headers:
        assert body["instance"] == f"urn:rplatform:request:{response.headers['x-request-id']}"
    assert bool(body["errors"]) == (documented.name == "validation-failed"), body
    for error in body["errors"]:
        assert set(error) == {"field", "code", "message"} and all(error.values()), error
    return body


def login(base_url: str, email: str, password: str) -> httpx.Response:
    return httpx.post(f"{base_url}/sandbox/login", json={"email": email, "password": password})
