"""What a failure tells the user: how many attempts over how long and which settings decide it,
which API key was refused and where it came from, `retries_taken` on every error; and the
request id of a result that succeeded (`rplatform.request_id`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest
import rplatform
from facade_mock import API_KEY, STATUS_BODY, Recorder, ok, problem
from rplatform._keys import masked

Make = Callable[..., Recorder]
UNKNOWN_KEY = "The API key (bearer token) is unknown, revoked or expired."
KNOBS = "timeout= and max_retries= set how long a call waits"


def hung(rec: list[Recorder], seconds: float = 60.0) -> Callable[[httpx.Request], httpx.Response]:
    """A server that accepts the connection and never answers: each attempt waits `seconds`."""

    def handler(request: httpx.Request) -> httpx.Response:
        rec[0].advance(seconds)
        raise httpx.ReadTimeout("timed out")

    return handler


def test_a_hung_server_with_the_defaults_says_the_attempts_the_time_and_the_settings(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="rplatform")
    rec: list[Recorder] = []
    rec.append(Recorder(hung(rec)))
    with pytest.raises(rplatform.APITimeoutError) as info:
        rec[0].client.billing.get_status(organization_id="org_123")
    assert str(info.value) == (
        "ReadTimeout: timed out (GET https://api.test/v1/billing/status); 3 attempts over 181.5 s "
        f"(read timeout 60 s each, max_retries=2): {KNOBS}"
    )
    assert info.value.retries_taken == 2 and rec[0].sleeps == [0.5, 1.0]
    # Each retry after a long attempt is a WARNING, shown even where logging is not set up.
    retries = [(r.levelname, r.getMessage()) for r in caplog.records if "retrying" in r.message]
    assert retries == [
        ("WARNING", "retrying GET https://api.test/v1/billing/status?organization_id=org_123 in "
                    f"{wait} s (retry {n}) after ReadTimeout: timed out, 60.0 s into the attempt "
                    f"({KNOBS})")
        for n, wait in ((1, "0.50"), (2, "1.00"))
    ]  # fmt: skip


def test_a_short_attempt_is_retried_at_info_and_a_long_one_at_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="rplatform")
    rec: list[Recorder] = []
    rec.append(Recorder(hung(rec, seconds=4.9), max_retries=1))
    with pytest.raises(rplatform.APITimeoutError):
        rec[0].client.settings.get_preferences()
    assert [r.levelname for r in caplog.records if "retrying" in r.message] == ["INFO"]
    caplog.clear()
    rec[0] = Recorder(hung(rec, seconds=5.0), max_retries=1)
    with pytest.raises(rplatform.APITimeoutError):
        rec[0].client.settings.get_preferences()
    assert [r.levelname for r in caplog.records if "retrying" in r.message] == ["WARNING"]


def test_a_timeout_names_the_phase_and_its_own_limit(recorder: Make) -> None:
    rec = recorder(httpx.ConnectTimeout("timed out"), max_retries=0)
    with pytest.raises(rplatform.APITimeoutError) as info:
        rec.client.settings.get_preferences(timeout=httpx.Timeout(30.0, connect=2.5))
    assert str(info.value).endswith(
        "; 1 attempt over 0.0 s (connect timeout 2.5 s each, max_retries=0): " + KNOBS
    )


def test_a_timeout_of_no_known_phase_says_the_attempts_and_the_settings(recorder: Make) -> None:
    # A transport of your own may raise httpx's base class: no phase, so no limit to name.
    rec = recorder(httpx.TimeoutException("timed out"), max_retries=0)
    with pytest.raises(rplatform.APITimeoutError) as info:
        rec.client.settings.get_preferences(timeout=2.5)
    assert str(info.value).endswith("; 1 attempt over 0.0 s (max_retries=0): " + KNOBS)


def test_used_up_retries_say_so_and_how_to_try_longer(recorder: Make) -> None:
    rec = recorder(problem(503, "Busy."))
    with pytest.raises(rplatform.InternalServerError) as info:
        rec.client.billing.get_status()
    assert str(info.value) == (
        "503 Service Unavailable: Busy; 3 attempts over 1.5 s, all failed (max_retries=2: pass "
        "a larger max_retries= to try longer) (request_id=req_9)"
    )
    assert info.value.retries_taken == 2


def test_the_time_retries_took_counts_from_the_first_attempt(recorder: Make) -> None:
    rec = recorder(problem(503, "Busy."))
    rec.advance(1000.0)  # a clock that did not start at zero (time.monotonic's does not)
    with pytest.raises(rplatform.InternalServerError) as info:
        rec.client.billing.get_status()
    assert "; 3 attempts over 1.5 s, all failed" in str(info.value)


def test_a_failure_after_retries_that_is_not_retried_counts_the_attempts(recorder: Make) -> None:
    rec = recorder(problem(503, "Busy."), problem(404, "No such owner."))
    with pytest.raises(rplatform.NotFoundError) as info:
        rec.client.billing.get_status()
    assert str(info.value) == (
        "404 Not Found: No such owner; 2 attempts over 0.5 s (max_retries=2) (request_id=req_9)"
    )
    assert info.value.retries_taken == 1


def test_one_attempt_that_was_not_retried_adds_nothing(recorder: Make) -> None:
    rec = recorder(problem(503, "Busy."), max_retries=0)
    with pytest.raises(rplatform.InternalServerError) as info:
        rec.client.billing.get_status()
    assert str(info.value) == "503 Service Unavailable: Busy. (request_id=req_9)"
    assert info.value.retries_taken == 0


def test_a_refused_connection_after_retries_says_so_before_the_sandbox_hint() -> None:
    waits: list[float] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused")

    policy = rplatform.RetryPolicy(sleep=waits.append, random=lambda: 0.0, timer=lambda: 0.0)
    with (
        httpx.Client(transport=httpx.MockTransport(refuse)) as http,
        rplatform.Client("sk_test", http_client=http, retry=policy) as client,
        pytest.raises(rplatform.APIConnectionError) as info,
    ):
        client.billing.get_status()
    assert str(info.value).startswith(
        "ConnectError: [Errno 111] Connection refused (GET http://127.0.0.1:8787/v1/billing/status)"
        "; 3 attempts over 0.0 s, all failed (max_retries=2: pass a larger max_retries= to try "
        "longer). Nothing answers at http://127.0.0.1:8787"
    )
    assert info.value.retries_taken == 2


def test_retries_taken_is_on_every_error(recorder: Make) -> None:
    rec = recorder(problem(503, "Busy."), ok({**STATUS_BODY, "owner_id": 5}))
    with pytest.raises(rplatform.APIResponseValidationError) as info:
        rec.client.billing.get_status()
    assert info.value.retries_taken == 1
    closed = recorder(ok(STATUS_BODY))
    closed.client.close()
    closed.http.close()
    with pytest.raises(rplatform.APIConnectionError) as never_sent:
        closed.client.billing.get_status()
    assert never_sent.value.retries_taken == 0
    assert rplatform.APIError("by hand").retries_taken == 0


# -- the 401: which API key, from where -------------------------------------------------------


def unauthorized() -> httpx.Response:
    return problem(401, UNKNOWN_KEY)


def test_a_refused_key_from_the_argument_is_named_masked(recorder: Make) -> None:
    rec = recorder(unauthorized())
    with pytest.raises(rplatform.AuthenticationError) as info:
        rec.client.settings.get_preferences()
    assert str(info.value) == (
        "401 Unauthorized: The API key (bearer token) is unknown, revoked or expired; the API key "
        "sent, sk_test_…4242, came from the api_key argument (request_id=req_9)"
    )
    assert API_KEY not in repr(info.value)


def test_a_post_whose_answer_was_lost_says_how_to_send_it_again_at_most_once(
    recorder: Make,
) -> None:
    # A kill -9 of the server between its commit and its answer: the row is there, the
    # answer is not; only the same key lets the call be made again without a second row.
    lost = httpx.RemoteProtocolError("Server disconnected without sending a response.")
    rec = recorder(lost, max_retries=0)
    with pytest.raises(rplatform.APIConnectionError) as info:
        rec.client.billing.record_ai_usage(
            project_id="proj_1", provider_model="m", input_tokens=1, output_tokens=1,
            cost_cents=1, idempotency_key="usage-7",
        )  # fmt: skip
    assert str(info.value) == (
        "RemoteProtocolError: Server disconnected without sending a response. (POST "
        "https://api.test/v1/billing/ai-usage); the server may have applied it before the "
        "answer was lost: call again with idempotency_key='usage-7' to apply it at most once"
    )


@pytest.mark.parametrize(
    ("failure", "call"),
    [
        (httpx.ConnectError("refused"), lambda r: r.billing.ensure_customer()),  # never sent
        (httpx.ReadError("reset"), lambda r: r.billing.get_status()),  # a GET: just call again
        (httpx.ReadError("reset"), lambda r: r.billing.ensure_customer(idempotency_key=None)),
    ],
    ids=["not-sent", "get", "post-without-key"],
)
def test_a_lost_answer_names_no_key_when_one_cannot_help(
    recorder: Make, failure: Exception, call: Callable[[rplatform.Client], object]
) -> None:
    rec = recorder(failure, max_retries=0)
    with pytest.raises(rplatform.APIConnectionError) as info:
        call(rec.client)
    assert "idempotency_key" not in str(info.value)


def test_a_refused_key_retried_at_the_servers_word_says_the_key_and_the_attempts(
    recorder: Make,
) -> None:
    rec = recorder(problem(401, UNKNOWN_KEY, **{"x-should-retry": "true"}))
    with pytest.raises(rplatform.AuthenticationError) as info:
        rec.client.settings.get_preferences()
    assert str(info.value) == (
        "401 Unauthorized: The API key (bearer token) is unknown, revoked or expired; the API key "
        "sent, sk_test_…4242, came from the api_key argument; 3 attempts over 1.5 s, all failed "
        "(max_retries=2: pass a larger max_retries= to try longer) (request_id=req_9)"
    )


def test_a_refused_key_from_the_environment_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RPLATFORM_API_KEY", "sk_live_0123456789abcdefWXYZ")
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or unauthorized())
    with (
        httpx.Client(transport=transport) as http,
        rplatform.Client(base_url="https://api.test", http_client=http) as client,
    ):
        for made in (client, client.with_options(max_retries=0)):
            with pytest.raises(rplatform.AuthenticationError) as info:
                made.billing.get_status()
            assert str(info.value).endswith(
                "; the API key sent, sk_live_…WXYZ, came from RPLATFORM_API_KEY (request_id=req_9)"
            )
        other = client.with_options(api_key="sk_test_another_key_98765")
        with pytest.raises(rplatform.AuthenticationError) as info:
            other.billing.get_status()
        assert "the API key sent, sk_test_…8765, came from the api_key argument" in str(info.value)
    assert len(sent) == 3


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("sk_test_unit_secret_4242", "sk_test_…4242"),
        ("sk_test_sandbox", "sk_test_…"),  # 7 characters after the prefix: none shown
        ("sk_test_0123456789ab", "sk_test_…89ab"),  # 12 after it: 8 hidden, 4 shown
        ("sk_test_0123456789a", "sk_test_…"),  # 11 after it: too few would stay hidden
        ("sk-proj-abcdefghijklmnopqrstuvwxyz", "sk-proj-…wxyz"),
        ("sk_abcdefghijklmnop", "sk_…mnop"),
        ("abcdefghijklmnopqrstuvwx", "…uvwx"),
        ("short", "…"),
        ("sk_", "…"),
    ],
)
def test_a_key_is_masked_as_stripe_and_openai_show_one(key: str, shown: str) -> None:
    assert masked(key) == shown


@pytest.mark.parametrize("key", ["Bearer sk_test_abc", "bearer sk_test_abc", "BEARER  x"])
def test_a_key_given_with_its_bearer_prefix_is_refused_saying_so(
    key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    said = (
        "must be the API key alone: drop the `Bearer ` prefix (the client sends "
        "`Authorization: Bearer <API key>` itself)"
    )
    with pytest.raises(ValueError) as info:
        rplatform.Client(key)
    assert str(info.value) == f"api_key {said}"
    monkeypatch.setenv("RPLATFORM_API_KEY", key)
    with pytest.raises(ValueError) as info:
        rplatform.Client()
    assert str(info.value) == f"RPLATFORM_API_KEY {said}"


# -- the request id of a result ------------------------------------------------------------------


def test_every_result_carries_its_request_id_outside_its_fields(recorder: Make) -> None:
    rec = recorder(ok(STATUS_BODY, **{"x-request-id": "req_status"}))
    status = rec.client.billing.get_status()
    assert rplatform.request_id(status) == "req_status"
    assert "req_status" not in repr(status) and "req_status" not in str(status.to_dict())
    assert status == type(status).from_dict(STATUS_BODY)  # not a field: == ignores it
    assert rplatform.request_id(type(status).from_dict(STATUS_BODY)) is None  # built by hand
    rows = [{"id": "s", "user_agent": "u", "ip_address": "i", "is_current": True,
             "created_at": "2025-06-15T12:00:00Z", "last_active_at": "2025-06-15T12:00:00Z",
             "expires_at": "2025-07-15T12:00:00Z"}]  # fmt: skip
    link = '</v1/settings/sessions?cursor=c2>; rel="next"'
    pages = recorder(
        ok(rows, **{"x-request-id": "req_page_1", "link": link}),
        ok(rows, **{"x-request-id": "req_page_2"}),
    )
    sessions = pages.client.settings.list_sessions()
    assert rplatform.request_id(sessions) == "req_page_1"  # the call's own answer: page one
    assert len(list(sessions)) == 2 and rplatform.request_id(sessions) == "req_page_1"
    meters = recorder(ok([], **{"x-request-id": "req_meters"}))
    assert rplatform.request_id(meters.client.billing.get_usage_from_meters()) == "req_meters"
    gone = recorder(httpx.Response(204, headers={"x-request-id": "req_gone"}))
    assert gone.client.settings.revoke_session("session_9") is None
    raw = gone.client.with_raw_response.settings.revoke_session("session_9")
    assert raw.request_id == "req_gone"
    assert rplatform.request_id(None) is None and rplatform.request_id("text") is None


def test_a_result_whose_answer_had_no_request_id_has_none(recorder: Make) -> None:
    rec = recorder(httpx.Response(200, json=STATUS_BODY))
    status = rec.client.billing.get_status()
    assert rplatform.request_id(status) is None
    assert rec.client.with_raw_response.billing.get_status().request_id is None


# -- revoking the calling session --------------------------------------------------------------


def current_session(detail: str) -> httpx.Response:
    body = {"type": "https://docs.rplatform.dev/problems/current-session", "title": "Current "
            "session", "status": 409, "detail": detail}  # fmt: skip
    return httpx.Response(409, json=body, headers={"x-request-id": "req_9"})


def test_revoking_the_calling_session_points_at_revoke_all_sessions(recorder: Make) -> None:
    rec = recorder(current_session("Session session_1 is the one making this call."))
    with pytest.raises(rplatform.ConflictError) as info:
        rec.client.settings.revoke_session("session_1")
    assert info.value.code == "current-session"
    assert str(info.value) == (
        "409 Conflict: Session session_1 is the one making this call; "
        "r.settings.revoke_all_sessions() revokes every session but the calling one, which stays "
        "(revoking it would lock this API key out) (request_id=req_9)"
    )
    assert len(rec.requests) == 1  # a state conflict: not retried


def test_a_server_that_already_points_at_revoke_all_sessions_is_not_repeated(
    recorder: Make,
) -> None:
    said = "It stays. To revoke every other session, call r.settings.revoke_all_sessions()."
    rec = recorder(current_session(said))
    with pytest.raises(rplatform.ConflictError) as info:
        rec.client.settings.revoke_session("session_1")
    assert str(info.value) == f"409 Conflict: {said} (request_id=req_9)"
