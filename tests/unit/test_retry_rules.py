"""The pure retry decisions of rplatform._retry: what is retried and how long to wait."""

from __future__ import annotations

import email.utils

import httpx
import pytest
from rplatform import _retry
from rplatform._constants import MAX_RETRY_AFTER

NOW = 1_750_000_000.0


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 520, 599])
def test_retryable_statuses(status: int) -> None:
    assert _retry.should_retry_status(status, idempotent=True)
    assert not _retry.should_retry_status(status, idempotent=False)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 422])
def test_final_statuses(status: int) -> None:
    assert not _retry.should_retry_status(status, idempotent=True)


REQUEST = httpx.Request("GET", "https://api.test/")


@pytest.mark.parametrize(
    ("error", "idempotent", "expected"),
    [
        (httpx.ConnectError("refused", request=REQUEST), False, True),
        (httpx.ConnectTimeout("slow", request=REQUEST), False, True),
        (httpx.PoolTimeout("busy", request=REQUEST), False, True),
        (httpx.ReadTimeout("slow", request=REQUEST), True, True),
        (httpx.ReadTimeout("slow", request=REQUEST), False, False),
        (httpx.RemoteProtocolError("dropped", request=REQUEST), True, True),
        (httpx.RemoteProtocolError("dropped", request=REQUEST), False, False),
        (httpx.ReadError("reset", request=REQUEST), True, True),
        (httpx.LocalProtocolError("bug", request=REQUEST), True, False),
        (httpx.UnsupportedProtocol("ftp", request=REQUEST), True, False),
    ],
)
def test_retryable_errors(error: Exception, idempotent: bool, expected: bool) -> None:
    assert _retry.should_retry_error(error, idempotent=idempotent) is expected


def test_backoff_doubles_up_to_the_cap() -> None:
    delays = [_retry.backoff_delay(n, rand=lambda: 0.0) for n in range(7)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_backoff_jitter_takes_off_at_most_a_quarter() -> None:
    assert _retry.backoff_delay(2, rand=lambda: 1.0) == 1.5
    assert _retry.backoff_delay(2, rand=lambda: 0.5) == 1.75
    for _ in range(200):
        assert 0.375 <= _retry.backoff_delay(0) <= 0.5


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),  # the precise one wins
        ({"retry-after-ms": "junk", "retry-after": "2"}, 2.0),
        ({"retry-after": email.utils.formatdate(NOW + 30, usegmt=True)}, 30.0),
        ({"retry-after": "Sun, 06 Nov 1994 08:49:37 -0000"}, None),  # in the past
        ({"retry-after": "3600"}, MAX_RETRY_AFTER),  # capped
        ({"retry-after": email.utils.formatdate(NOW + 7200, usegmt=True)}, MAX_RETRY_AFTER),
        ({"retry-after-ms": "600000"}, MAX_RETRY_AFTER),
        ({"retry-after": "-1"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after_forms(headers: dict[str, str], expected: float | None) -> None:
    assert _retry.retry_after(httpx.Headers(headers), now=lambda: NOW) == expected


def test_retry_delay_prefers_the_server_then_falls_back_to_backoff() -> None:
    assert _retry.retry_delay(3, httpx.Headers({"retry-after": "2"}), lambda: 0.0) == 2.0
    assert _retry.retry_delay(3, httpx.Headers({}), lambda: 0.0) == 4.0
    assert _retry.retry_delay(0, None, lambda: 0.0) == 0.5
