"""A `Retry-After` no one can wait for is no request to wait: every method, whatever the value.

`Fri, 31 Dec 2025 23:59:59 +99999999999999` (an offset Python cannot hold) raised a bare
OverflowError from every method, on 429, 503 and 409, even with `max_retries=0`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import rplatform
from _support import documented_call, load_spec, operations
from facade_mock import Recorder

Make = Callable[..., Recorder]
SPEC = load_spec()
CALLS = [documented_call(SPEC, op) for _, _, op in operations(SPEC)]
UNUSABLE = [
    "Fri, 31 Dec 2025 23:59:59 +99999999999999",
    "Fri, 31 Dec 2025 23:59:59 -99999999999999",
    "Mon, 99 Dec 99999999999 23:59:59 GMT",
    "1e400",
    "NaN",
    "-5",
    "soon",
]


def answer(status: int, retry_after: str) -> httpx.Response:
    body = {"type": "about:blank", "title": "Busy", "status": status, "detail": "Busy."}
    headers = {"retry-after": retry_after, "x-request-id": "req_7"}
    return httpx.Response(status, json=body, headers=headers)


def invoke(client: rplatform.Client, call: tuple[str, str, dict[str, Any]]) -> object:
    resource, method, arguments = call
    return getattr(getattr(client, resource), method)(**arguments)


@pytest.mark.parametrize("call", CALLS, ids=[f"{c[0]}.{c[1]}" for c in CALLS])
@pytest.mark.parametrize(
    ("status", "error"),
    [(429, rplatform.RateLimitError), (503, rplatform.InternalServerError),
     (409, rplatform.ConflictError)],
)  # fmt: skip
@pytest.mark.parametrize("max_retries", [0, 2])
def test_an_overflowing_retry_after_is_no_request_on_every_method(
    recorder: Make,
    call: tuple[str, str, dict[str, Any]],
    status: int,
    error: type[rplatform.APIStatusError],
    max_retries: int,
) -> None:
    rec = recorder(answer(status, UNUSABLE[0]), max_retries=max_retries)
    with pytest.raises(error) as info:
        invoke(rec.client, call)
    assert info.value.retry_after is None and info.value.status_code == status
    retried = max_retries if status != 409 else 0  # a 409 is retried only when asked when
    assert len(rec.requests) == retried + 1 and info.value.retries_taken == retried
    assert rec.sleeps == [0.5, 1.0][:retried]  # the backoff, as without a Retry-After


@pytest.mark.parametrize("value", UNUSABLE)
def test_no_unusable_retry_after_is_waited_for(recorder: Make, value: str) -> None:
    policy = rplatform.RetryPolicy(clock=lambda: 1_750_000_000.0)
    assert policy.retry_after(httpx.Headers({"retry-after": value})) is None
    rec = recorder(answer(503, value), httpx.Response(200, json={"revoked_count": 1}))
    assert rec.client.settings.revoke_all_sessions().revoked_count == 1
    assert rec.sleeps == [0.5]
