"""Unit-test helpers: a Client on an httpx.MockTransport that records requests and sleeps.

A module of its own (not conftest.py) so that its name is unique across the test folders.

No test here opens a socket or really sleeps: the transport answers from a function and the
client's retry policy (the public `retry=` seam) only records the delays it was asked to wait.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import httpx
import pytest
import rplatform

API_KEY = "sk_test_unit_secret_4242"

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A client wired to a scripted transport; remembers every request and every sleep.

    Its clock (`now`, the policy's `timer`) moves only by the sleeps and by `advance()` (a
    handler that stands for a slow server advances it), so messages give exact durations.
    """

    def __init__(self, handler: Handler, *, rand: float = 0.0, **client_options: Any) -> None:
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []
        self.now = 0.0
        self._handler = handler
        # `rand` is what the policy's random() returns: 0.0 takes no jitter off (exact waits).
        client_options.setdefault(
            "retry",
            rplatform.RetryPolicy(sleep=self.sleep, random=lambda: rand, timer=lambda: self.now),
        )

        def record(request: httpx.Request) -> httpx.Response:
            request.read()
            self.requests.append(request)
            return self._handler(request)

        self.http = httpx.Client(transport=httpx.MockTransport(record))
        self.client = rplatform.Client(
            API_KEY, base_url="https://api.test", http_client=self.http, **client_options
        )

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def advance(self, seconds: float) -> None:
        """Time passes on the client's clock (a server taking its time to answer)."""
        self.now += seconds


def respond(*responses: httpx.Response | Exception) -> Handler:
    """A handler giving these responses (or raising these errors) in turn, the last forever."""
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        item = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(item, Exception):
            raise item
        return item

    return handler


def problem(status: int, detail: str = "it went wrong", **headers: str) -> httpx.Response:
    body = {"type": "about:blank", "title": "Problem", "status": status, "detail": detail}
    return httpx.Response(
        status,
        json=body,
        headers={"content-type": "application/problem+json", "x-request-id": "req_9", **headers},
    )


def ok(body: Any, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers={"x-request-id": "req_1", **headers})


STATUS_BODY = {
    "owner_type": "organization",
    "owner_id": "org_123",
    "has_stripe_account": True,
    "stripe_customer_id": "cus_123",
    "stripe_subscription_id": "sub_123",
    "status": "active",
    "has_payment_method": False,
}

AI_USAGE_BODY = {
    "id": "aiu_123",
    "project_id": "proj_123",
    "input_tokens": 1500,
    "output_tokens": 800,
    "reasoning_tokens": 200,
    "total_tokens": 2500,
    "cost_cents": 0.05,
    "provider_model": "anthropic/claude-sonnet-4",
    "recorded_at": "2025-06-15T12:00:00Z",
}


def headers_of(requests: Iterable[httpx.Request], name: str) -> list[str | None]:
    return [r.headers.get(name) for r in requests]


def refused(
    rec: Recorder, call: Callable[[rplatform.Client], object], error: type[Exception], message: str
) -> Exception:
    """The call raises `error` with `message` in its text, and nothing was sent."""
    with pytest.raises(error) as info:
        call(rec.client)
    assert message in str(info.value), str(info.value)
    assert rec.requests == []
    return info.value
