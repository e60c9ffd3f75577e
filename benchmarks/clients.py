"""The two sides of every in-memory benchmark, over one and the same `httpx.MockTransport`.

The transport answers each path with fixed JSON bytes (see `bodies.py`), so both sides pay the
same transport cost and the difference is what the SDK adds: building the request, the retry
loop, status handling and parsing JSON into the generated models. The raw side does what a
careful user of httpx would do: one `httpx.Client` with the bearer header, `get(...).json()`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import httpx
import rplatform
from bodies import API_KEY, LOGINS_PATH, PROJECTS_PATH, STATUS_PATH

BASE_URL = "https://api.rplatform.test"

JSON_HEADERS = {"content-type": "application/json", "x-request-id": "req_bench"}


def transport(by_path: Mapping[str, bytes]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        body = by_path.get(request.url.path)
        if body is None:
            return httpx.Response(404, json={"title": "Not Found", "status": 404})
        return httpx.Response(200, content=body, headers=JSON_HEADERS)

    return httpx.MockTransport(handler)


def raw_client(base_url: str, http_transport: httpx.BaseTransport | None = None) -> httpx.Client:
    return httpx.Client(
        base_url=base_url,
        headers={"Authorization": f"Bearer {API_KEY}"},
        transport=http_transport,
    )


def sdk_client(
    base_url: str, http_transport: httpx.BaseTransport | None = None
) -> rplatform.Client:
    http = httpx.Client(transport=http_transport) if http_transport is not None else None
    return rplatform.Client(API_KEY, base_url=base_url, http_client=http)


def raw_calls(http: httpx.Client) -> dict[str, Callable[[], object]]:
    """The three requests, done with httpx alone."""
    return {
        "status": lambda: http.get(STATUS_PATH, params={"organization_id": "org_123"}).json(),
        "projects": lambda: http.get(PROJECTS_PATH, params={"organization_id": "org_123"}).json(),
        "logins": lambda: http.get(LOGINS_PATH, params={"limit": 100}).json(),
    }


def sdk_calls(client: rplatform.Client) -> dict[str, Callable[[], object]]:
    """The same three requests through the SDK."""
    return {
        "status": lambda: client.billing.get_status(organization_id="org_123"),
        "projects": lambda: client.billing.get_usage_by_project(organization_id="org_123"),
        "logins": lambda: client.settings.get_login_history(limit=100),
    }
