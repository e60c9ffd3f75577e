"""RetryPolicy's decisions on their own: what is retried, and how long to wait before it."""

from __future__ import annotations

import dataclasses
import datetime
import email.utils
import re
import time

import httpx
import pytest
import rplatform
from rplatform import RetryPolicy

NOW = 1_750_000_000.0
GET = httpx.Request("GET", "https://api.test/v1/billing/status")
POST_WITH_KEY = httpx.Request("POST", "https://api.test/v1/x", headers={"Idempotency-Key": "k"})
POST_WITHOUT_KEY = httpx.Request("POST", "https://api.test/v1/x")
EXACT = RetryPolicy(random=lambda: 0.0, clock=lambda: NOW)


def response(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=GET)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 520, 599])
def test_retryable_statuses(status: int) -> None:
    assert EXACT.wait_before_retry(0, response(status), GET) == 0.5
    assert EXACT.wait_before_retry(0, response(status), POST_WITH_KEY) == 0.5
    assert EXACT.wait_before_retry(0, response(status), POST_WITHOUT_KEY) is None


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 422])
def test_final_statuses(status: int) -> None:
    assert EXACT.wait_before_retry(0, response(status), GET) is None


@pytest.mark.parametrize(
    ("error", "request_", "retried"),
    [
        (httpx.ConnectError("refused"), POST_WITHOUT_KEY, True),
        (httpx.ConnectTimeout("slow"), POST_WITHOUT_KEY, True),
        (httpx.PoolTimeout("busy"), POST_WITHOUT_KEY, True),
        (httpx.ReadTimeout("slow"), GET, True),
        (httpx.ReadTimeout("slow"), POST_WITH_KEY, True),
        (httpx.ReadTimeout("slow"), POST_WITHOUT_KEY, False),
        (httpx.RemoteProtocolError("dropped"), GET, True),
        (httpx.RemoteProtocolError("dropped"), POST_WITHOUT_KEY, False),
        (httpx.ReadError("reset"), GET, True),
        (httpx.LocalProtocolError("bug"), GET, False),
        (httpx.UnsupportedProtocol("ftp"), GET, False),
    ],
)
def test_retryable_errors(error: Exception, request_: httpx.Request, retried: bool) -> None:
    assert (EXACT.wait_before_retry(0, error, request_) is not None) is retried


def test_gives_up_after_max_retries() -> None:
    policy = dataclasses.replace(EXACT, max_retries=2)
    waits = [policy.wait_before_retry(n, response(503), GET) for n in range(4)]
    assert waits == [0.5, 1.0, None, None]
    assert RetryPolicy(max_retries=0).wait_before_retry(0, response(503), GET) is None


def test_backoff_doubles_up_to_the_cap() -> None:
    assert [EXACT.backoff(n) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    custom = dataclasses.replace(EXACT, initial_backoff=1.0, max_backoff=3.0)
    assert [custom.backoff(n) for n in range(4)] == [1.0, 2.0, 3.0, 3.0]


def test_backoff_jitter_takes_off_at_most_a_quarter() -> None:
    assert dataclasses.replace(EXACT, random=lambda: 1.0).backoff(2) == 1.5
    assert dataclasses.replace(EXACT, random=lambda: 0.5).backoff(2) == 1.75
    assert dataclasses.replace(EXACT, random=lambda: 1.0, jitter=0.5).backoff(2) == 1.0
    for _ in range(200):
        assert 0.375 <= RetryPolicy().backoff(0) <= 0.5


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
        ({"retry-after": "3600"}, 3600.0),  # not capped here: wait_before_retry gives up
        ({"retry-after": email.utils.formatdate(NOW + 7200, usegmt=True)}, 7200.0),
        ({"retry-after-ms": "600000"}, 600.0),
        ({"retry-after": "-1"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after_forms(headers: dict[str, str], expected: float | None) -> None:
    assert EXACT.retry_after(httpx.Headers(headers)) == expected


def test_the_server_wait_wins_over_the_backoff_up_to_its_cap() -> None:
    patient = dataclasses.replace(EXACT, max_retries=5)
    assert patient.wait_before_retry(3, response(429, **{"retry-after": "2"}), GET) == 2.0
    assert patient.wait_before_retry(3, response(429), GET) == 4.0
    capped = dataclasses.replace(EXACT, max_retry_after=5.0)
    assert capped.wait_before_retry(0, response(503, **{"retry-after": "5"}), GET) == 5.0
    # A longer wait than the cap is not waited out, nor cut short: the call gives up.
    assert capped.wait_before_retry(0, response(503, **{"retry-after": "30"}), GET) is None
    assert capped.wait_before_retry(0, response(503, **{"retry-after-ms": "5001"}), GET) is None


def test_which_statuses_and_errors_are_retryable_is_the_policys() -> None:
    statuses = dataclasses.replace(EXACT, retry_statuses=frozenset({503}))
    assert statuses.wait_before_retry(0, response(503), GET) == 0.5
    assert statuses.wait_before_retry(0, response(429), GET) is None
    errors = dataclasses.replace(EXACT, retry_errors=(), unsent_errors=())
    assert errors.wait_before_retry(0, httpx.ConnectError("refused"), GET) is None


@pytest.mark.parametrize(
    ("settings", "error"),
    [
        ({"max_retries": -1}, ValueError),
        ({"max_retries": True}, TypeError),
        ({"max_retries": 1.5}, ValueError),
        ({"max_retries": "2"}, TypeError),
        ({"warn_after": -1}, ValueError),
        ({"initial_backoff": -0.1}, ValueError),
        ({"max_backoff": "8"}, TypeError),
        ({"jitter": 1.5}, ValueError),
        ({"max_retry_after": float("nan")}, ValueError),
    ],
)
def test_bad_settings_are_refused(settings: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        RetryPolicy(**settings)  # type: ignore[arg-type]


def test_with_max_retries() -> None:
    policy = RetryPolicy(max_retries=4, initial_backoff=2.0)
    assert policy.with_max_retries(None) is policy
    assert policy.with_max_retries(4) is policy
    assert policy.with_max_retries(0) == dataclasses.replace(policy, max_retries=0)
    with pytest.raises(TypeError):
        policy.with_max_retries(True)


def test_the_policy_is_public() -> None:
    assert rplatform.RetryPolicy is RetryPolicy
    assert "RetryPolicy" in rplatform.__all__


def test_a_conflict_is_retried_only_when_the_server_says_a_retry_can_help() -> None:
    assert EXACT.wait_before_retry(0, response(409), GET) is None
    assert EXACT.wait_before_retry(0, response(409), POST_WITH_KEY) is None
    assert EXACT.wait_before_retry(0, response(409, **{"retry-after": "2"}), GET) == 2.0
    assert EXACT.wait_before_retry(0, response(409, **{"retry-after-ms": "300"}), GET) == 0.3
    assert EXACT.wait_before_retry(0, response(409, **{"x-should-retry": "true"}), GET) == 0.5
    assert EXACT.wait_before_retry(0, response(409, **{"retry-after": "soon"}), GET) is None
    # Which statuses need the server's word is the policy's too.
    never = dataclasses.replace(EXACT, retry_statuses_when_asked=frozenset())
    assert never.wait_before_retry(0, response(409, **{"retry-after": "2"}), GET) is None


@pytest.mark.parametrize("status", [400, 404, 409, 418, 422, 500, 503])
def test_x_should_retry_true_retries_any_status_and_false_none(status: int) -> None:
    assert EXACT.wait_before_retry(0, response(status, **{"x-should-retry": "true"}), GET) == 0.5
    assert EXACT.wait_before_retry(0, response(status, **{"X-Should-Retry": " TRUE "}), GET) == 0.5
    for word in ("false", "False"):
        refused = response(status, **{"x-should-retry": word, "retry-after": "1"})
        assert EXACT.wait_before_retry(0, refused, GET) is None
    # Nor does the header undo the rule for a POST sent without a key, or the retry budget.
    told = response(status, **{"x-should-retry": "true"})
    assert EXACT.wait_before_retry(0, told, POST_WITHOUT_KEY) is None
    assert EXACT.wait_before_retry(2, told, GET) is None


def test_an_unknown_x_should_retry_value_leaves_the_decision_to_the_status() -> None:
    assert EXACT.wait_before_retry(0, response(503, **{"x-should-retry": "maybe"}), GET) == 0.5
    assert EXACT.wait_before_retry(0, response(404, **{"x-should-retry": "1"}), GET) is None


def test_a_wait_beyond_the_cap_gives_up_even_when_the_server_says_retry() -> None:
    told = response(429, **{"x-should-retry": "true", "retry-after": "61"})
    assert EXACT.wait_before_retry(0, told, GET) is None
    assert EXACT.wait_before_retry(0, response(429, **{"retry-after": "60"}), GET) == 60.0


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"max_retries": -1}, "max_retries must be >= 0, got -1"),
        ({"initial_backoff": -0.5}, "initial_backoff must be >= 0, got -0.5"),
        ({"jitter": -0.1}, "jitter must be >= 0, got -0.1"),
        ({"jitter": 1.5}, "jitter must be <= 1, got 1.5"),
    ],
)
def test_a_policy_out_of_bounds_is_refused_by_the_setting_it_breaks(
    options: dict[str, float], message: str
) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        RetryPolicy(**options)  # type: ignore[arg-type]


def test_a_jitter_of_one_may_take_the_whole_wait_off() -> None:
    assert RetryPolicy(jitter=1, random=lambda: 1.0).backoff(0) == 0.0


def test_another_number_of_retries_is_checked_by_name() -> None:
    with pytest.raises(ValueError, match=r"^max_retries must be >= 0, got -1$"):
        RetryPolicy().with_max_retries(-1)
    assert RetryPolicy().with_max_retries(0).max_retries == 0


def test_an_http_date_in_minus_0000_is_utc_whatever_the_machines_time_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        now = datetime.datetime(2015, 10, 21, 7, 28, tzinfo=datetime.UTC).timestamp()
        policy = RetryPolicy(clock=lambda: now)
        assert policy.retry_after({"retry-after": "Wed, 21 Oct 2015 07:28:30 -0000"}) == 30.0
        assert policy.retry_after({"retry-after": "Wed, 21 Oct 2015 07:28:30 GMT"}) == 30.0
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_wait_asked_in_milliseconds_is_read_from_a_plain_mapping() -> None:
    assert RetryPolicy().retry_after({"retry-after-ms": "1500", "retry-after": "9"}) == 1.5


def test_retry_after_reads_a_plain_mapping_whatever_the_case_of_its_names() -> None:
    # A dict as a caller writes it (or copies it from another HTTP library): names as sent.
    assert RetryPolicy().retry_after({"Retry-After": "3"}) == 3.0
    assert RetryPolicy().retry_after({"Retry-After-Ms": "250", "RETRY-AFTER": "9"}) == 0.25
