"""Client construction, headers, configuration, lifecycle and the connection pool."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

import httpx
import pytest
import rplatform
from _support import AI_USAGE
from facade_mock import AI_USAGE_BODY, API_KEY, STATUS_BODY, Recorder, ok

Make = Callable[..., Recorder]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("RPLATFORM_API_KEY", "RPLATFORM_BASE_URL", "RPLATFORM_LOG"):
        monkeypatch.delenv(name, raising=False)


def test_missing_api_key_is_a_clear_error_at_construction() -> None:
    with pytest.raises(ValueError, match="RPLATFORM_API_KEY"):
        rplatform.Client()


def test_api_key_and_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RPLATFORM_API_KEY", "sk_env")
    monkeypatch.setenv("RPLATFORM_BASE_URL", "https://api.example.com/")
    with rplatform.Client() as client:
        assert client.base_url == "https://api.example.com"
        assert client._api_key == "sk_env"


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RPLATFORM_API_KEY", "sk_env")
    monkeypatch.setenv("RPLATFORM_BASE_URL", "https://env.example.com")
    with rplatform.Client("sk_arg", base_url="https://arg.example.com") as client:
        assert client.base_url == "https://arg.example.com"
        assert client._api_key == "sk_arg"


def test_defaults() -> None:
    with rplatform.Client("sk") as client:
        assert client.base_url == "http://127.0.0.1:8787"
        assert client.max_retries == 2
        assert client.timeout == httpx.Timeout(60.0, connect=5.0)


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"api_key": ""}, ValueError, "api_key"),
        ({"api_key": 123}, TypeError, "api_key must be a str, not int"),
        ({"api_key": "sk", "base_url": "ftp://x"}, ValueError, "base_url must be an http://"),
        (
            {"api_key": "sk", "base_url": "not a url"},
            ValueError,
            "base_url must not contain spaces",
        ),
        ({"api_key": "sk", "max_retries": -1}, ValueError, "max_retries must be >= 0, got -1"),
        ({"api_key": "sk", "max_retries": True}, TypeError, "max_retries must be an int, not bool"),
        ({"api_key": "sk", "timeout": "60"}, TypeError, "timeout must be a number, not str"),
        ({"api_key": "sk", "timeout": -1}, ValueError, "timeout must be >= 0, got -1"),
        ({"api_key": "sk", "default_headers": {"x": 1}}, TypeError, "default_headers must be"),
        (
            {"api_key": "sk", "http_client": object()},
            TypeError,
            "http_client must be an httpx.Client",
        ),
        ({"api_key": "sk", "retry": 3}, TypeError, "retry must be a RetryPolicy, not int"),
    ],
)
def test_bad_configuration_names_the_argument_and_the_rule(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as raised:
        rplatform.Client(**kwargs)  # type: ignore[arg-type]
    assert str(raised.value).startswith(message), raised.value


def test_repr_never_shows_the_key() -> None:
    with rplatform.Client(API_KEY) as client:
        for text in (repr(client), str(client), repr(client.billing), repr(client.with_options())):
            assert API_KEY not in text
        assert "127.0.0.1:8787" in repr(client)


def test_standard_headers(recorder: Make) -> None:
    rec = recorder(ok(STATUS_BODY))
    rec.client.billing.get_status(organization_id="org_123")
    request = rec.requests[0]
    assert request.headers["user-agent"] == f"rplatform-python/{rplatform.__version__}"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["accept"] == "application/json"
    assert str(request.url) == "https://api.test/v1/billing/status?organization_id=org_123"


def test_default_and_extra_headers(recorder: Make) -> None:
    rec = recorder(ok(STATUS_BODY), default_headers={"X-Team": "a", "X-Trace": "1"})
    rec.client.billing.get_status(extra_headers={"X-Trace": "2"})
    assert rec.requests[0].headers["x-team"] == "a"
    assert rec.requests[0].headers["x-trace"] == "2"


def sent_headers(request: httpx.Request, name: str) -> list[str]:
    return request.headers.get_list(name)


@pytest.mark.parametrize(
    ("default_headers", "name", "value"),
    [
        ({"authorization": "Bearer from-a-proxy"}, "authorization", "Bearer from-a-proxy"),
        ({"user-agent": "my-app/1.0"}, "user-agent", "my-app/1.0"),
        ({"ACCEPT": "application/problem+json"}, "accept", "application/problem+json"),
    ],
)
def test_default_headers_replace_the_clients_own_whatever_their_case(
    recorder: Make, default_headers: dict[str, str], name: str, value: str
) -> None:
    rec = recorder(ok(STATUS_BODY), default_headers=default_headers)
    rec.client.billing.get_status()
    assert sent_headers(rec.requests[0], name) == [value]


def test_a_json_body_is_sent_as_application_json_unless_the_caller_says_otherwise(
    recorder: Make,
) -> None:
    rec = recorder(ok(AI_USAGE_BODY, 201), ok(AI_USAGE_BODY, 201), ok(STATUS_BODY))
    rec.client.billing.record_ai_usage(**AI_USAGE)
    own = {"content-type": "application/json; charset=utf-8"}
    rec.client.billing.record_ai_usage(**AI_USAGE, extra_headers=own)
    rec.client.billing.get_status()
    first, second, no_body = rec.requests
    assert sent_headers(first, "content-type") == ["application/json"]
    assert sent_headers(second, "content-type") == ["application/json; charset=utf-8"]
    assert first.content == second.content and first.content.startswith(b'{"project_id":')
    assert sent_headers(no_body, "content-type") == [] and no_body.content == b""


def test_headers_merge_case_insensitively_later_wins(recorder: Make) -> None:
    rec = recorder(ok(AI_USAGE_BODY, 201), default_headers={"x-trace": "default"})
    copy = rec.client.with_options(default_headers={"X-TRACE": "copy"})
    copy.billing.record_ai_usage(**AI_USAGE, extra_headers={"idempotency-key": "mine"})
    copy.billing.record_ai_usage(**AI_USAGE, extra_headers={"X-Trace": "call"})
    first, second = rec.requests
    assert sent_headers(first, "x-trace") == ["copy"]
    assert sent_headers(first, "idempotency-key") == ["mine"]
    assert sent_headers(second, "x-trace") == ["call"]
    assert len(sent_headers(second, "idempotency-key")) == 1


def test_a_default_idempotency_key_is_sent_once(recorder: Make) -> None:
    rec = recorder(ok(AI_USAGE_BODY, 201), default_headers={"idempotency-key": "k"})
    rec.client.billing.record_ai_usage(**AI_USAGE)  # a fresh key per call replaces it
    rec.client.billing.record_ai_usage(**AI_USAGE, idempotency_key="given")
    rec.client.billing.record_ai_usage(**AI_USAGE, idempotency_key=None)
    generated, given, none = (sent_headers(r, "idempotency-key") for r in rec.requests)
    assert len(generated) == 1 and generated != ["k"]
    assert given == ["given"]
    assert none == []


def test_base_url_with_a_path_prefix() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return ok(STATUS_BODY)

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        rplatform.Client("sk", base_url="https://gw.test/rplatform/", http_client=http) as client,
    ):
        client.billing.get_status()
    assert seen == ["https://gw.test/rplatform/v1/billing/status"]


def test_callers_http_client_base_url_and_headers_do_not_win() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok(STATUS_BODY)

    http = httpx.Client(
        transport=httpx.MockTransport(handler),
        auth=("user", "password"),
        base_url="https://elsewhere.test",
        headers={"Authorization": "Bearer other", "X-Proxy-Tag": "kept"},
    )
    with rplatform.Client("sk", base_url="https://api.test", http_client=http) as client:
        client.billing.get_status()
    assert str(seen[0].url) == "https://api.test/v1/billing/status"
    assert seen[0].headers["authorization"] == "Bearer sk"
    assert seen[0].headers["x-proxy-tag"] == "kept"
    assert not http.is_closed  # the caller owns it
    http.close()


def test_with_options_shares_the_pool_and_keeps_the_rest(recorder: Make) -> None:
    rec = recorder(ok(STATUS_BODY), default_headers={"X-Team": "a"})
    copy = rec.client.with_options(max_retries=5, default_headers={"X-More": "b"})
    assert copy._http is rec.client._http
    assert copy.max_retries == 5 and rec.client.max_retries == 2
    assert copy.base_url == rec.client.base_url and copy.timeout == rec.client.timeout
    copy.billing.get_status()
    assert rec.requests[0].headers["x-team"] == "a" and rec.requests[0].headers["x-more"] == "b"
    copy.close()  # the copy does not own the pool
    assert not rec.client.is_closed


def test_with_options_changes_the_retry_policy_and_checks_its_headers() -> None:
    patient = rplatform.RetryPolicy(max_backoff=30.0)
    with rplatform.Client("sk") as client:
        assert client.with_options(retry=patient).retry is patient
        assert client.with_options().retry is client.retry
        with pytest.raises(TypeError, match=r"^default_headers must be a mapping of str to str"):
            client.with_options(default_headers={"x": 1})  # type: ignore[dict-item]


def test_with_options_on_an_owned_pool() -> None:
    client = rplatform.Client("sk")
    copy = client.with_options(base_url="https://other.test", api_key="sk_2")
    assert copy._http is client._http and copy.base_url == "https://other.test"
    assert copy._api_key == "sk_2" and client._api_key == "sk"
    copy.close()
    assert not client.is_closed
    client.close()
    assert copy.is_closed


def test_context_manager_closes_the_pool() -> None:
    with rplatform.Client("sk") as client:
        assert not client.is_closed
    assert client.is_closed


def test_resources_are_cached_and_raw_resources_are_raw(recorder: Make) -> None:
    rec = recorder(ok(STATUS_BODY, **{"x-ratelimit-remaining": "99"}))
    assert rec.client.billing is rec.client.billing
    raw = rec.client.with_raw_response.billing.get_status(organization_id="org_123")
    assert isinstance(raw, rplatform.RawResponse)
    assert raw.status_code == 200
    assert raw.request_id == "req_1"
    assert raw.headers["x-ratelimit-remaining"] == "99"
    assert raw.retries_taken == 0
    assert raw.http_response.request.url.params["organization_id"] == "org_123"
    assert raw.parse().owner_id == "org_123"
    per_resource = rec.client.billing.with_raw_response.get_status()
    assert isinstance(per_resource, rplatform.RawResponse)
    assert "get_status" in dir(rec.client.billing.with_raw_response)
    with pytest.raises(AttributeError):
        rec.client.billing.with_raw_response._request  # type: ignore[attr-defined]  # noqa: B018


def test_raw_mode_of_the_methods_without_content_returns_a_raw_response(recorder: Make) -> None:
    rec = recorder(httpx.Response(204, headers={"x-request-id": "req_204"}))
    raw_settings = rec.client.with_raw_response.settings
    for raw in (
        raw_settings.revoke_session("session_123"),
        raw_settings.change_password(current_password="old1234567", new_password="new12345678"),
        rec.client.notifications.with_raw_response.unregister_token("ExponentPushToken[x]"),
    ):
        assert isinstance(raw, rplatform.RawResponse)
        assert (raw.status_code, raw.request_id) == (204, "req_204")
        assert raw.parse() is None
    assert len(rec.requests) == 3


def test_raw_response_still_raises_on_error_statuses(recorder: Make) -> None:
    rec = recorder(httpx.Response(404, json={"title": "Not Found", "detail": "no"}))
    with pytest.raises(rplatform.NotFoundError):
        rec.client.with_raw_response.billing.get_status()


def test_raw_parse_of_a_bad_body_raises_validation_error(recorder: Make) -> None:
    rec = recorder(httpx.Response(200, text="<html/>"))
    raw = rec.client.with_raw_response.settings.get_preferences()
    assert raw.status_code == 200
    with pytest.raises(rplatform.APIResponseValidationError):
        raw.parse()


class CountingStream(httpx.SyncByteStream):
    """A response body that counts how many bodies are open at once."""

    open = 0

    def __init__(self, content: bytes) -> None:
        self._content = content
        CountingStream.open += 1

    def __iter__(self) -> Iterator[bytes]:
        yield self._content

    def close(self) -> None:
        CountingStream.open -= 1


def test_no_response_is_left_open_over_thousands_of_calls_and_retries() -> None:
    import json

    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if calls % 3 == 1:  # every call is retried once
            return httpx.Response(503, stream=CountingStream(b"{}"))
        return httpx.Response(200, stream=CountingStream(json.dumps(STATUS_BODY).encode()))

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        rplatform.Client(
            "sk", http_client=http, retry=rplatform.RetryPolicy(sleep=lambda _: None)
        ) as client,
    ):
        for _ in range(2000):
            client.billing.get_status()
        assert CountingStream.open == 0
        assert calls > 2000


def test_import_does_not_load_the_generated_package_and_a_call_loads_its_operation() -> None:
    import subprocess

    code = """
import sys, httpx, rplatform
def loaded():
    return {m for m in sys.modules if m.startswith(("rplatform_api", "rplatform.resources."))}
assert not loaded(), loaded()
body = {"token": "t", "platform": "expo", "device_id": None, "id": "ptk_1",
        "created_at": "2025-06-01T00:00:00Z", "updated_at": "2025-06-01T00:00:00Z"}
http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(201, json=body)))
notifications = rplatform.Client("sk", http_client=http).notifications
assert not any(m.startswith("rplatform_api.api.notifications.") for m in loaded()), loaded()
notifications.register_token(token="t", platform="expo")
operations = {m for m in loaded() if m.startswith("rplatform_api.api.") and m.count(".") == 3}
assert operations == {"rplatform_api.api.notifications.register_token"}, operations
assert "rplatform.resources.settings" not in loaded()
assert rplatform.models.BillingStatus
"""
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_package_loads_its_heavy_names_on_first_use() -> None:
    import importlib

    assert rplatform.__getattr__("models") is importlib.import_module("rplatform.models")
    lists = importlib.import_module("rplatform_api.lists")
    assert rplatform.__getattr__("ModelList") is lists.ModelList
    result = importlib.import_module("rplatform._list_result").ListResult
    assert rplatform.__getattr__("ListResult") is result
    with pytest.raises(AttributeError, match=r"^module 'rplatform' has no attribute 'Nope'$"):
        rplatform.__getattr__("Nope")
    assert dir(rplatform) == sorted(rplatform.__all__) and "models" in dir(rplatform)
