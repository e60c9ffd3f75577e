"""The request loop: retry counts, backoff schedules, Retry-After, Idempotency-Key reuse."""

from __future__ import annotations

import email.utils
import importlib
import inspect
import logging
import time
from collections.abc import Callable

import httpx
import pytest
import rplatform
from _support import AI_USAGE
from facade_mock import AI_USAGE_BODY, STATUS_BODY, Recorder, headers_of, ok, problem
from rplatform.resources._catalog import methods

Make = Callable[..., Recorder]


def test_retries_then_succeeds_with_the_backoff_schedule(recorder: Make) -> None:
    rec = recorder(problem(503), problem(500), ok(STATUS_BODY))
    status = rec.client.billing.get_status(organization_id="org_123")
    assert status.owner_id == "org_123"
    assert len(rec.requests) == 3
    assert rec.sleeps == [0.5, 1.0]


def test_gives_up_after_max_retries_with_the_last_error(recorder: Make) -> None:
    rec = recorder(problem(503), max_retries=4)
    with pytest.raises(rplatform.InternalServerError) as info:
        rec.client.billing.get_status()
    assert info.value.status_code == 503
    assert len(rec.requests) == 5
    assert rec.sleeps == [0.5, 1.0, 2.0, 4.0]


def test_backoff_is_capped_at_eight_seconds(recorder: Make) -> None:
    rec = recorder(problem(500), max_retries=7)
    with pytest.raises(rplatform.InternalServerError):
        rec.client.settings.get_preferences()
    assert rec.sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_jitter_shortens_each_wait_by_up_to_a_quarter(recorder: Make) -> None:
    rec = recorder(problem(500), max_retries=3, rand=1.0)
    with pytest.raises(rplatform.InternalServerError):
        rec.client.settings.get_preferences()
    assert rec.sleeps == [0.375, 0.75, 1.5]


def test_max_retries_per_call_overrides_the_client(recorder: Make) -> None:
    rec = recorder(problem(503), max_retries=5)
    with pytest.raises(rplatform.InternalServerError):
        rec.client.billing.get_status(max_retries=1)
    assert len(rec.requests) == 2
    with pytest.raises(rplatform.InternalServerError):
        rec.client.billing.get_status(max_retries=0)
    assert len(rec.requests) == 3


def test_with_options_max_retries(recorder: Make) -> None:
    rec = recorder(problem(429))
    with pytest.raises(rplatform.RateLimitError):
        rec.client.with_options(max_retries=0).billing.get_status()
    assert len(rec.requests) == 1 and rec.sleeps == []


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 520, 599])
def test_retried_statuses(recorder: Make, status: int) -> None:
    rec = recorder(problem(status), ok(STATUS_BODY))
    rec.client.billing.get_status()
    assert len(rec.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 422])
def test_final_statuses_are_not_retried(recorder: Make, status: int) -> None:
    rec = recorder(problem(status), ok(STATUS_BODY))
    with pytest.raises(rplatform.APIStatusError):
        rec.client.billing.get_status()
    assert len(rec.requests) == 1 and rec.sleeps == []


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "60"}, 60.0),  # up to MAX_RETRY_AFTER
        ({"retry-after": "garbage"}, 0.5),  # ignored: the backoff applies
    ],
)
def test_retry_after_is_honoured(recorder: Make, headers: dict[str, str], wait: float) -> None:
    rec = recorder(problem(429, **headers), ok(STATUS_BODY))
    rec.client.billing.get_status()
    assert rec.sleeps == [wait]


def test_retry_after_http_date(recorder: Make) -> None:
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    rec = recorder(problem(503, **{"retry-after": when}), ok(STATUS_BODY))
    rec.client.billing.get_status()
    assert len(rec.sleeps) == 1 and 17 <= rec.sleeps[0] <= 20


def test_post_reuses_one_idempotency_key_across_retries(recorder: Make) -> None:
    rec = recorder(problem(503), problem(429), ok(AI_USAGE_BODY, 201))
    rec.client.billing.record_ai_usage(**AI_USAGE)
    keys = headers_of(rec.requests, "idempotency-key")
    assert len(keys) == 3 and keys[0] and len(set(keys)) == 1
    # The next call is a new operation: a new key.
    rec.client.billing.record_ai_usage(**AI_USAGE)
    assert headers_of(rec.requests, "idempotency-key")[3] not in keys


def test_caller_given_idempotency_key_is_sent_on_every_attempt(recorder: Make) -> None:
    rec = recorder(problem(500), ok(AI_USAGE_BODY, 201))
    rec.client.billing.record_ai_usage(**AI_USAGE, idempotency_key="order-42-usage")
    assert headers_of(rec.requests, "idempotency-key") == ["order-42-usage"] * 2


def test_post_without_a_key_is_not_retried_after_a_response(recorder: Make) -> None:
    rec = recorder(problem(503), ok(AI_USAGE_BODY, 201))
    with pytest.raises(rplatform.InternalServerError):
        rec.client.billing.record_ai_usage(**AI_USAGE, idempotency_key=None)
    assert len(rec.requests) == 1 and rec.sleeps == []
    assert "idempotency-key" not in rec.requests[0].headers


def test_post_without_a_key_is_not_retried_after_a_timeout(recorder: Make) -> None:
    rec = recorder(httpx.ReadTimeout("slow"), ok(AI_USAGE_BODY, 201))
    with pytest.raises(rplatform.APITimeoutError):
        rec.client.billing.record_ai_usage(**AI_USAGE, idempotency_key=None)
    assert len(rec.requests) == 1


def test_post_without_a_key_is_retried_when_it_never_reached_the_server(recorder: Make) -> None:
    rec = recorder(httpx.ConnectError("refused"), ok(AI_USAGE_BODY, 201))
    rec.client.billing.record_ai_usage(**AI_USAGE, idempotency_key=None)
    assert len(rec.requests) == 2


def test_get_and_patch_and_delete_carry_no_idempotency_key(recorder: Make) -> None:
    rec = recorder(httpx.Response(204))
    rec.client.settings.revoke_session("session_123")
    assert "idempotency-key" not in rec.requests[0].headers


def test_idempotency_key_is_refused_on_methods_that_do_not_post(recorder: Make) -> None:
    rec = recorder(ok(STATUS_BODY))
    with pytest.raises(TypeError, match="idempotency_key"):
        rec.client.billing.get_status(idempotency_key="k")  # type: ignore[call-arg]
    assert rec.requests == []


def test_the_methods_that_take_an_idempotency_key_are_exactly_those_that_post() -> None:
    # The per-call options are checked against the method's keywords alone (_endpoint.py):
    # a key given to a method that does not POST would otherwise be dropped unsent.
    client = rplatform.Client("sk_test_unused")
    for tag in ("billing", "settings", "notifications"):
        resource = getattr(client, tag)
        for name, method in methods(resource).items():
            options = inspect.signature(method).parameters["options"]
            operation = importlib.import_module(f"rplatform_api.api.{tag}.{name}").OPERATION
            posts = operation.method == "POST"
            assert (options.annotation == "Unpack[PostOptions]") is posts, f"{tag}.{name}"


@pytest.mark.parametrize(
    ("error", "raised"),
    [
        (httpx.ConnectError("connection refused"), rplatform.APIConnectionError),
        (httpx.RemoteProtocolError("Server disconnected"), rplatform.APIConnectionError),
        (httpx.ReadError("connection reset by peer"), rplatform.APIConnectionError),
        (httpx.ConnectTimeout("timed out"), rplatform.APITimeoutError),
        (httpx.ReadTimeout("timed out"), rplatform.APITimeoutError),
    ],
)
def test_transport_errors_are_retried_then_raised(
    recorder: Make, error: Exception, raised: type[Exception]
) -> None:
    rec = recorder(error)
    with pytest.raises(raised) as info:
        rec.client.billing.get_status()
    assert len(rec.requests) == 3 and rec.sleeps == [0.5, 1.0]
    assert isinstance(info.value.__cause__, httpx.TransportError)
    assert info.value.request is not None


def test_dropped_connection_then_success(recorder: Make) -> None:
    rec = recorder(httpx.RemoteProtocolError("Server disconnected"), ok(STATUS_BODY))
    assert rec.client.billing.get_status().status == "active"
    assert len(rec.requests) == 2


def test_timeout_error_is_a_connection_error() -> None:
    assert issubclass(rplatform.APITimeoutError, rplatform.APIConnectionError)


def test_timeouts_default_per_client_and_per_call(recorder: Make) -> None:
    rec = recorder(ok(STATUS_BODY))
    rec.client.billing.get_status()
    assert rec.requests[0].extensions["timeout"] == {
        "connect": 5.0,
        "read": 60.0,
        "write": 60.0,
        "pool": 60.0,
    }
    rec.client.billing.get_status(timeout=2.5)
    assert set(rec.requests[1].extensions["timeout"].values()) == {2.5}
    rec.client.with_options(timeout=httpx.Timeout(9.0)).billing.get_status()
    assert set(rec.requests[2].extensions["timeout"].values()) == {9.0}
    rec2 = recorder(ok(STATUS_BODY), timeout=1.0)
    rec2.client.billing.get_status()
    assert set(rec2.requests[0].extensions["timeout"].values()) == {1.0}


def test_a_policy_per_client_per_copy_and_per_call(recorder: Make) -> None:
    waits: list[float] = []
    slow = rplatform.RetryPolicy(max_retries=1, initial_backoff=3.0, sleep=waits.append)
    rec = recorder(problem(503), retry=slow)
    assert rec.client.retry is slow and rec.client.max_retries == 1
    with pytest.raises(rplatform.InternalServerError):
        rec.client.billing.get_status()
    assert waits[-1] == pytest.approx(3.0, rel=0.25) and len(rec.requests) == 2

    with pytest.raises(rplatform.InternalServerError):
        rec.client.with_options(max_retries=3).billing.get_status()  # the same policy, 3 retries
    assert len(rec.requests) == 6 and len(waits) == 4

    fast = rplatform.RetryPolicy(max_retries=2, initial_backoff=0.0, sleep=waits.append)
    with pytest.raises(rplatform.InternalServerError):
        rec.client.billing.get_status(retry=fast)
    assert len(rec.requests) == 9 and waits[-2:] == [0.0, 0.0]
    with pytest.raises(rplatform.InternalServerError):
        rec.client.with_options(retry=fast).billing.get_status(max_retries=0)
    assert len(rec.requests) == 10


def test_client_max_retries_is_a_shortcut_over_the_policy() -> None:
    policy = rplatform.RetryPolicy(max_retries=5, max_backoff=1.0)
    client = rplatform.Client("sk", retry=policy, max_retries=1)
    assert client.max_retries == 1 and client.retry.max_backoff == 1.0
    assert rplatform.Client("sk").retry == rplatform.RetryPolicy()
    with pytest.raises(TypeError, match="retry"):
        rplatform.Client("sk", retry=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="retry"):
        client.billing.get_status(retry=3)  # type: ignore[arg-type]
    client.close()


def test_a_conflict_without_the_servers_word_is_raised_at_once(recorder: Make) -> None:
    rec = recorder(problem(409, "No account deletion is pending."), ok({}))
    with pytest.raises(rplatform.ConflictError):
        rec.client.settings.cancel_deletion()
    assert len(rec.requests) == 1 and rec.sleeps == []


@pytest.mark.parametrize(
    "headers", [{"retry-after": "2"}, {"x-should-retry": "true"}], ids=["retry-after", "told"]
)
def test_a_conflict_the_server_says_may_clear_is_retried(
    recorder: Make, headers: dict[str, str]
) -> None:
    rec = recorder(problem(409, "Locked by a concurrent request.", **headers), ok(STATUS_BODY))
    rec.client.billing.get_status()
    assert len(rec.requests) == 2


def test_x_should_retry_false_stops_a_retry_the_status_would_allow(recorder: Make) -> None:
    rec = recorder(problem(503, **{"x-should-retry": "false"}), ok(STATUS_BODY))
    with pytest.raises(rplatform.InternalServerError):
        rec.client.billing.get_status()
    assert len(rec.requests) == 1


def test_a_retry_after_beyond_the_cap_raises_at_once(recorder: Make) -> None:
    rec = recorder(problem(429, "Slow down.", **{"retry-after": "7200"}), ok(STATUS_BODY))
    with pytest.raises(rplatform.RateLimitError) as info:
        rec.client.billing.get_status()
    assert len(rec.requests) == 1 and rec.sleeps == []
    assert info.value.retry_after == 7200.0
    assert "the server asked to retry in 7200 s, longer than the retry policy's " in str(info.value)


def test_a_long_wait_is_logged_at_warning(recorder: Make, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="rplatform")
    rec = recorder(problem(503, **{"retry-after": "5"}), problem(503, **{"retry-after": "4.99"}),
                   ok(STATUS_BODY))  # fmt: skip
    rec.client.billing.get_status()
    assert rec.sleeps == [5.0, 4.99]
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        (
            "WARNING",
            "retrying GET https://api.test/v1/billing/status in 5.00 s (retry 1) after status 503",
        )
    ]
    caplog.clear()
    patient = recorder(problem(500), ok(STATUS_BODY), retry=rplatform.RetryPolicy(
        initial_backoff=2.0, warn_after=2.0, sleep=lambda s: None, random=lambda: 0.0))  # fmt: skip
    patient.client.billing.get_status()
    assert [r.levelname for r in caplog.records] == ["WARNING"]
