"""Unit-test helpers of the command line: `rplatform ...` run in-process on a MockTransport.

A module of its own (not conftest.py) so that its name is unique across the test folders.
`cli(...)` runs `rplatform._cli.run` with its own streams and an `httpx.Client` answering from
a handler, in an environment holding `RPLATFORM_API_KEY` and `RPLATFORM_BASE_URL` (the
`environment` fixture), and returns the exit status, what was printed and what was sent.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from facade_mock import API_KEY, respond
from rplatform._cli import run

BASE_URL = "https://api.test"
STAMP = "2025-06-15T12:00:00Z"
Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Ran:
    """One run of the command line: its exit status, its output, and the requests it sent."""

    status: int
    out: str
    err: str
    requests: list[httpx.Request] = field(default_factory=list)


class Terminal(io.StringIO):
    """Standard output that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def cli(
    *words: str,
    answer: Handler | httpx.Response | Exception | None = None,
    stdin: str = "",
    stdout: io.StringIO | None = None,
) -> Ran:
    """Run `rplatform <words>`; the server answers by `answer` (a handler, or one response or
    error for every request; None: a test failure if anything is sent)."""
    requests: list[httpx.Request] = []
    if answer is None:
        handler: Handler = _nothing_sent
    elif callable(answer) and not isinstance(answer, httpx.Response | Exception):
        handler = answer
    else:
        handler = respond(answer)

    def record(request: httpx.Request) -> httpx.Response:
        request.read()
        requests.append(request)
        return handler(request)

    out = io.StringIO() if stdout is None else stdout
    err = io.StringIO()
    with httpx.Client(transport=httpx.MockTransport(record)) as http:
        status = run(list(words), stdin=io.StringIO(stdin), stdout=out, stderr=err,
                     http_client=http)  # fmt: skip
    return Ran(status, out.getvalue(), err.getvalue(), requests)


def _nothing_sent(request: httpx.Request) -> httpx.Response:
    pytest.fail(f"nothing should have been sent, but {request.method} {request.url} was")


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The SDK's configuration, as a user of the command line sets it; no logging asked for."""
    monkeypatch.setenv("RPLATFORM_API_KEY", API_KEY)
    monkeypatch.setenv("RPLATFORM_BASE_URL", BASE_URL)
    monkeypatch.delenv("RPLATFORM_LOG", raising=False)
    monkeypatch.setenv("COLUMNS", "100")  # argparse lays its help out to the terminal's width
    yield


def entry(n: int) -> dict[str, Any]:
    """Sign-in `n` of a login history."""
    return {"id": f"login_{n}", "created_at": STAMP, "ip_address": "203.0.113.10",
            "user_agent": "agent", "success": n % 2 == 0,
            "failure_reason": None if n % 2 == 0 else "wrong_password"}  # fmt: skip


def history(total: int, page: int = 100) -> Handler:
    """A login history of `total` entries, served `page` at a time (or `limit=` of the
    request), each page linking to the next by `?cursor=<first entry of the next page>`."""

    def handler(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("cursor", "0"))
        size = int(request.url.params.get("limit", str(page)))
        end = min(start + size, total)
        headers = {"x-request-id": "req_1"}
        if end < total:
            headers["link"] = f'</v1/settings/login-history?limit={size}&cursor={end}>; rel="next"'
        return httpx.Response(200, json=[entry(n) for n in range(start, end)], headers=headers)

    return handler
