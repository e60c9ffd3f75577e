"""A hostile or broken server, and a broken transport: every outcome is an rplatform error.

Each case names the exception class and what its message must say, and that the original
failure is kept as `__cause__`. Nothing escapes as a RecursionError, RuntimeError, OSError or
bare httpx error, whatever comes back, at any log level.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from unittest import mock

import httpx
import pytest
import rplatform
from facade_mock import API_KEY, STATUS_BODY, Recorder, ok, problem
from rplatform_api.types import ParseError

Make = Callable[..., Recorder]

DEEP_ARRAY = b"[" * 100_000 + b"]" * 100_000
DEEP_OBJECT = b'{"a":' * 100_000 + b"1" + b"}" * 100_000


@pytest.fixture(
    params=[logging.WARNING, logging.INFO, logging.DEBUG], ids=["quiet", "info", "debug"]
)
def log_level(request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture) -> int:
    caplog.set_level(request.param, logger="rplatform")
    return int(request.param)


@pytest.mark.parametrize("body", [DEEP_ARRAY, DEEP_OBJECT], ids=["array", "object"])
def test_deeply_nested_json_in_a_2xx_is_a_response_validation_error(
    recorder: Make, log_level: int, body: bytes
) -> None:
    rec = recorder(httpx.Response(200, content=body, headers={"content-type": "application/json"}))
    with pytest.raises(rplatform.APIResponseValidationError) as info:
        rec.client.billing.get_status()
    assert isinstance(info.value.__cause__, RecursionError)
    assert str(info.value) == (
        "200 OK: response body does not match the API: JSON nested deeper than Python decodes"
    )
    assert len(rec.requests) == 1


@pytest.mark.parametrize("status", [404, 422, 503])
def test_deeply_nested_json_in_an_error_is_the_status_error(
    recorder: Make, log_level: int, status: int
) -> None:
    rec = recorder(httpx.Response(status, content=DEEP_ARRAY), max_retries=0)
    with pytest.raises(rplatform.APIStatusError) as info:
        rec.client.billing.get_status()
    assert info.value.status_code == status
    assert info.value.problem is None
    assert info.value.body == DEEP_ARRAY.decode()  # kept whole, as text
    assert str(info.value).endswith("[" * 200 + "... (199,800 characters cut)")


@pytest.mark.parametrize(
    "error",
    [
        OSError(113, "No route to host"),
        RuntimeError("the transport's own bug"),
        ValueError("a transport that refuses a request"),
        UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)"),
        httpx.LocalProtocolError("Illegal header value"),
        httpx.UnsupportedProtocol("Request URL has an unsupported protocol 'ftp://'"),
    ],
    ids=type,
)
def test_whatever_a_transport_raises_is_a_connection_error(
    recorder: Make, log_level: int, error: Exception
) -> None:
    rec = recorder(error)
    with pytest.raises(rplatform.APIConnectionError) as info:
        rec.client.billing.get_status(organization_id="org_123")
    assert type(info.value) is rplatform.APIConnectionError
    assert info.value.__cause__ is error
    assert str(info.value).startswith(f"{type(error).__name__}: ")
    assert str(info.value).endswith("(GET https://api.test/v1/billing/status)")
    assert len(rec.requests) == 1  # not a failure that proves the request never left


def test_a_timeout_is_a_timeout_error_naming_the_url(recorder: Make) -> None:
    rec = recorder(httpx.ReadTimeout("timed out"), max_retries=0)
    with pytest.raises(rplatform.APITimeoutError) as info:
        rec.client.settings.list_sessions()
    assert str(info.value) == (
        "ReadTimeout: timed out (GET https://api.test/v1/settings/sessions); 1 attempt over "
        "0.0 s (read timeout 60 s each, max_retries=0): timeout= and max_retries= set how long a "
        "call waits"
    )


def test_connection_refused_at_the_default_url_says_how_to_start_the_sandbox() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused")

    with (
        httpx.Client(transport=httpx.MockTransport(refuse)) as http,
        rplatform.Client("sk_test", http_client=http, max_retries=0) as client,
    ):
        assert client.base_url == "http://127.0.0.1:8787"
        with pytest.raises(rplatform.APIConnectionError) as info:
            client.billing.get_status()
    assert str(info.value) == (
        "ConnectError: [Errno 111] Connection refused (GET http://127.0.0.1:8787/v1/billing/status)"
        ". Nothing answers at http://127.0.0.1:8787, the default base URL: start the local "
        "sandbox with `python -m rplatform_sandbox`, or set RPLATFORM_BASE_URL (or base_url=) "
        "to your server's URL"
    )


def test_connection_refused_elsewhere_names_the_url_without_the_sandbox_hint(
    free_port: int,
) -> None:
    # A real connection attempt to a port nothing listens on: httpx's own ConnectError.
    url = f"http://127.0.0.1:{free_port}"
    with (
        rplatform.Client("sk_test", base_url=url, max_retries=0) as r,
        pytest.raises(rplatform.APIConnectionError) as info,
    ):
        r.settings.get_preferences()
    message = str(info.value)
    assert message.startswith("ConnectError: ")
    assert message.endswith(f"(GET http://127.0.0.1:{free_port}/v1/settings/preferences)")
    assert "sandbox" not in message and "sk_test" not in message


@pytest.fixture
def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("own_http_client", [False, True], ids=["own pool", "given pool"])
def test_a_closed_client_is_a_connection_error_and_sends_nothing(own_http_client: bool) -> None:
    sent: list[httpx.Request] = []
    http = httpx.Client(transport=httpx.MockTransport(lambda r: sent.append(r) or ok({})))
    client = rplatform.Client("sk_test", base_url="https://api.test", http_client=http)
    if own_http_client:
        http.close()  # the caller closed the pool it lent
    else:
        client = rplatform.Client("sk_test", base_url="https://api.test")
        client.close()
    for call in (
        lambda: client.billing.get_status(),
        lambda: client.with_raw_response.settings.revoke_session("session_123"),
        lambda: client.with_options(max_retries=5).notifications.unregister_token("t"),
    ):
        with pytest.raises(rplatform.APIConnectionError, match="this client is closed"):
            call()
    assert sent == []
    http.close()


def test_an_invalid_utf8_body_is_a_response_validation_error(recorder: Make) -> None:
    rec = recorder(httpx.Response(200, content=b'{"owner_id": "\xff\xfe"}'))
    with pytest.raises(rplatform.APIResponseValidationError) as info:
        rec.client.billing.get_status()
    assert isinstance(info.value.__cause__, UnicodeDecodeError)


def test_a_surrogate_in_utf8_reads_as_its_json_escape_does(recorder: Make) -> None:
    # As json.loads reads bytes ("surrogatepass"): the same string as the `\ud800` escape.
    raw = b'{"owner_id": "org_\xed\xa0\x80", "owner_type": "organization"}'
    escaped = b'{"owner_id": "org_\\ud800", "owner_type": "organization"}'
    ok_status = {
        key: value for key, value in STATUS_BODY.items() if key not in ("owner_id", "owner_type")
    }
    statuses = []
    for body in (raw, escaped):
        content = body[:-1] + b", " + json.dumps(ok_status)[1:].encode()
        rec = recorder(httpx.Response(200, content=content))
        statuses.append(rec.client.billing.get_status().owner_id)
    assert statuses == ["org_\ud800", "org_\ud800"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            {**STATUS_BODY, "has_payment_method": "no"},
            "has_payment_method: expected boolean, got 'no'",
        ),
        ({**STATUS_BODY, "owner_id": 123}, "owner_id: expected string, got 123"),
        ([STATUS_BODY], "expected a JSON object, got [{"),
        ("active", "expected a JSON object, got 'active'"),
        (12.5, "expected a JSON object, got 12.5"),
    ],
)
def test_a_2xx_body_of_the_wrong_shape_names_what_and_where(
    recorder: Make, body: object, message: str
) -> None:
    rec = recorder(ok(body))
    with pytest.raises(rplatform.APIResponseValidationError) as info:
        rec.client.billing.get_status()
    assert f"200 OK: response body does not match the API: {message}" in str(info.value)


def test_a_body_of_the_wrong_kind_is_quoted_by_the_error_it_comes_from(recorder: Make) -> None:
    rec = recorder(ok("active"))
    with pytest.raises(rplatform.APIResponseValidationError) as info:
        rec.client.billing.get_status()
    assert str(info.value.__cause__) == "expected a JSON object, got 'active'"  # the traceback's
    rec = recorder(ok({"sessions": 2}))
    with pytest.raises(rplatform.APIResponseValidationError) as info:
        rec.client.settings.list_sessions()
    assert str(info.value.__cause__) == "expected a JSON array, got {'sessions': 2}"


def test_the_wrong_value_a_cause_quotes_is_scrubbed_as_the_message_is(recorder: Make) -> None:
    # A traceback prints the cause's text after the error's: the key must not come back there.
    session = {"id": "s", "user_agent": "u", "ip_address": "i", "is_current": API_KEY,
               "created_at": "2025-06-01T00:00:00Z", "last_active_at": "2025-06-01T00:00:00Z",
               "expires_at": "2025-06-01T00:00:00Z"}  # fmt: skip
    rec = recorder(ok([session]))
    with pytest.raises(rplatform.APIResponseValidationError) as info:
        rec.client.settings.list_sessions()
    cause = info.value.__cause__
    assert isinstance(cause, ParseError) and cause.parts == [0, "is_current"]
    assert str(cause) == "[0].is_current: expected boolean, got '[REDACTED]'"
    assert str(cause) in str(info.value)


@pytest.mark.parametrize("call", ["build", "send"])
def test_a_cause_whose_text_shows_a_secret_is_left_off_the_error(
    recorder: Make, monkeypatch: pytest.MonkeyPatch, call: str
) -> None:
    # The cause is the original exception, whose text no rule scrubs: kept only when it shows
    # none of the call's secrets; else the error stands alone (no cause, no context either).
    leak = RuntimeError(f"the transport's own words: {API_KEY}")
    rec = recorder(leak, max_retries=0)
    if call == "build":
        monkeypatch.setattr(httpx.Client, "build_request", mock.Mock(side_effect=leak))
    with pytest.raises(rplatform.APIError) as info:
        rec.client.billing.get_status()
    built = "the request could not be built: RuntimeError: the transport's own words: [REDACTED]"
    sent = (
        "RuntimeError: the transport's own words: [REDACTED] "
        "(GET https://api.test/v1/billing/status)"
    )
    assert str(info.value) == (built if call == "build" else sent)
    assert info.value.__cause__ is None and info.value.__suppress_context__
    kept = RuntimeError("the transport's own words: nothing secret")
    rec = recorder(kept, max_retries=0)
    if call == "build":
        monkeypatch.setattr(httpx.Client, "build_request", mock.Mock(side_effect=kept))
    with pytest.raises(rplatform.APIError) as info:
        rec.client.billing.get_status()
    assert info.value.__cause__ is kept


def test_a_request_id_that_echoes_an_address_is_scrubbed(recorder: Make) -> None:
    rec = recorder(problem(404, **{"x-request-id": "req_for_someone@example.org"}))
    with pytest.raises(rplatform.NotFoundError) as info:
        rec.client.billing.get_status()
    assert str(info.value) == "404 Not Found: it went wrong (request_id=[REDACTED])"
    assert info.value.request_id == "req_for_someone@example.org"  # the attribute is the data
    raw = recorder(ok(STATUS_BODY, **{"x-request-id": "someone@example.org"}))
    response = raw.client.with_raw_response.billing.get_status()
    assert repr(response) == "<RawResponse [200] request_id=[REDACTED]>"


def test_a_raw_responses_repr_hides_a_request_id_that_echoes_the_calls_password_or_cookie(
    recorder: Make,
) -> None:
    password = "correct-horse-battery-9"
    echo = recorder(httpx.Response(204, headers={"x-request-id": f"req={password}"}))
    raw = echo.client.with_raw_response.settings.change_password(
        current_password="old", new_password=password
    )
    assert repr(raw) == "<RawResponse [204] request_id=req=[REDACTED]>"
    cookie = "cookie-value-0123456789abc"
    headers = {"x-request-id": f"req={cookie}", "set-cookie": f"sid={cookie}; Path=/"}
    answer = recorder(httpx.Response(204, headers=headers))
    raw = answer.client.with_raw_response.settings.revoke_session("session_1")
    assert repr(raw) == "<RawResponse [204] request_id=req=[REDACTED]>"


@pytest.mark.parametrize(
    ("field", "wanted"),
    [("has_payment_method", "boolean"), ("status", "string or null"), ("owner_id", "string")],
)
def test_a_wrong_value_nested_500_deep_is_a_validation_error_quoting_its_top(
    recorder: Make, log_level: int, field: str, wanted: str
) -> None:
    value: object = "x"
    for _ in range(500):  # decodes (Python's limit is about 1,000), deeper than a recursive walk
        value = [value]
    rec = recorder(ok({**STATUS_BODY, field: value}))
    with pytest.raises(rplatform.APIResponseValidationError) as info:
        rec.client.billing.get_status()
    assert str(info.value) == (
        f"200 OK: response body does not match the API: {field}: expected {wanted}, got [[[...]]]"
        " (request_id=req_1)"
    )
