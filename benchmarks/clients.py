"""The two sides of every in-memory benchmark, over one and the same `httpx.MockTransport`.

The transport answers each path with fixed JSON bytes (see `bodies.py`), so both sides pay the
same transport cost and the difference is what the SDK adds: building the request, the retry
loop, status handling and parsing JSON into the generated models. The raw side does what a
careful user of httpx would do: one `httpx.Client` with the bearer header, `get(...).json()`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping

import httpx
import rplatform
from bodies import API_KEY, LOGINS_PATH, PROJECTS_PATH, STATUS_PATH

BASE_URL = "https://api.rplatform.test"

JSON_HEADERS = {"content-type": "application/json", "x-request-id": "req_bench"}

Call = Callable[[], object]

# The query of each request, as the SDK sends it.
PARAMS: dict[str, dict[str, str | int]] = {
    STATUS_PATH: {"organization_id": "org_123"},
    PROJECTS_PATH: {"organization_id": "org_123"},
    LOGINS_PATH: {"limit": 100},
}


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


def raw_call(http: httpx.Client, path: str) -> Call:
    """The request of `path`, done with httpx alone."""
    params = PARAMS[path]
    return lambda: http.get(path, params=params).json()


def sdk_call(client: rplatform.Client, path: str) -> Call:
    """The same request through the SDK."""
    calls: dict[str, Call] = {
        STATUS_PATH: lambda: client.billing.get_status(organization_id="org_123"),
        PROJECTS_PATH: lambda: client.billing.get_usage_by_project(organization_id="org_123"),
        LOGINS_PATH: lambda: client.settings.get_login_history(limit=100),
    }
    return calls[path]


@contextlib.contextmanager
def sides(path: str, body: bytes) -> Iterator[tuple[Call, Call]]:
    """(raw, sdk) calls of `path`, both answered with `body` by one MockTransport."""
    mock = transport({path: body})
    with raw_client(BASE_URL, mock) as http, sdk_client(BASE_URL, mock) as client:
        yield raw_call(http, path), sdk_call(client, path)
