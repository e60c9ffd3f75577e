"""Every server outcome becomes a result or a typed exception carrying what is known."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
import rplatform
from facade_mock import API_KEY, STATUS_BODY, Recorder, ok, problem

Make = Callable[..., Recorder]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, rplatform.BadRequestError),
        (401, rplatform.AuthenticationError),
        (403, rplatform.PermissionDeniedError),
        (404, rplatform.NotFoundError),
        (409, rplatform.ConflictError),
        (410, rplatform.APIStatusError),
        (422, rplatform.UnprocessableEntityError),
        (429, rplatform.RateLimitError),
        (500, rplatform.InternalServerError),
        (503, rplatform.InternalServerError),
        (520, rplatform.InternalServerError),
        (599, rplatform.InternalServerError),
        (418, rplatform.APIStatusError),
    ],
)
def test_error_class_for_every_status(recorder: Make, status: int, cls: type[Exception]) -> None:
    rec = recorder(problem(status, "No project proj_9 in your scope."), max_retries=0)
    with pytest.raises(cls) as info:
        rec.client.billing.get_project_usage("proj_9")
    error = info.value
    assert type(error) is cls
    assert isinstance(error, rplatform.APIStatusError)
    assert isinstance(error, rplatform.APIError)
    assert error.status_code == status
    assert error.request_id == "req_9"
    assert (
        error.problem is not None and error.problem["detail"] == "No project proj_9 in your scope."
    )
    assert error.body == error.problem
    assert error.response.status_code == status
    assert str(error).startswith(str(status))
    said = "No project proj_9 in your scope."
    if status == 401:  # which API key was refused, and where it came from
        said = (
            said.rstrip(".") + "; the API key sent, sk_test_…4242, came from the api_key argument"
        )
    assert str(error).endswith(f"{said} (request_id=req_9)")


def test_message_has_the_standard_phrase(recorder: Make) -> None:
    rec = recorder(problem(404, "No project proj_9 in your scope."))
    with pytest.raises(rplatform.NotFoundError) as info:
        rec.client.billing.get_project_usage("proj_9")
    assert str(info.value) == "404 Not Found: No project proj_9 in your scope. (request_id=req_9)"


def test_problem_extras_are_kept(recorder: Make) -> None:
    body = {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "bad",
            "errors": [{"field": "month"}]}  # fmt: skip
    rec = recorder(httpx.Response(400, json=body))
    with pytest.raises(rplatform.BadRequestError) as info:
        rec.client.billing.get_usage(year=2025, month=6)
    assert info.value.problem == body
    assert info.value.request_id is None
    assert str(info.value) == "400 Bad Request: bad"


@pytest.mark.parametrize(
    ("response", "cls", "in_message"),
    [
        (
            httpx.Response(502, text="<html><body><h1>502 Bad Gateway</h1></body></html>"),
            rplatform.InternalServerError,
            "502 Bad Gateway: <html><body><h1>502 Bad Gateway</h1></body></html>",
        ),
        (
            httpx.Response(520, text="origin error"),
            rplatform.InternalServerError,
            "520: origin error",
        ),
        (httpx.Response(599, content=b""), rplatform.InternalServerError, "599"),
        (
            httpx.Response(404, text="{not json"),
            rplatform.NotFoundError,
            "404 Not Found: {not json",
        ),
        (httpx.Response(404, json=["a", "list"]), rplatform.NotFoundError, "404 Not Found: ["),
    ],
)
def test_error_bodies_that_are_not_problem_details(
    recorder: Make, response: httpx.Response, cls: type[rplatform.APIStatusError], in_message: str
) -> None:
    rec = recorder(response, max_retries=0)
    with pytest.raises(cls) as info:
        rec.client.billing.get_status()
    assert info.value.problem is None
    assert in_message in str(info.value)


def test_long_html_error_body_is_shortened_in_the_message(recorder: Make) -> None:
    rec = recorder(httpx.Response(500, text="<html>" + "x" * 5000 + "</html>"), max_retries=0)
    with pytest.raises(rplatform.InternalServerError) as info:
        rec.client.billing.get_status()
    assert len(str(info.value)) < 300
    assert info.value.body.endswith("</html>")  # the whole body is kept on the exception


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>maintenance</html>"),
        httpx.Response(200, text='{"owner_id": "org_123"'),  # truncated JSON
        httpx.Response(200, content=b""),
        httpx.Response(200, json=[STATUS_BODY]),  # an array where an object is documented
        httpx.Response(200, json="active"),
        httpx.Response(200, json={k: v for k, v in STATUS_BODY.items() if k != "owner_id"}),
    ],
)
def test_bad_2xx_bodies_raise_response_validation_error(
    recorder: Make, response: httpx.Response
) -> None:
    rec = recorder(response)
    with pytest.raises(rplatform.APIResponseValidationError) as info:
        rec.client.billing.get_status()
    assert info.value.status_code == 200
    assert "response body does not match the API" in str(info.value)
    assert isinstance(info.value, rplatform.APIError)
    assert len(rec.requests) == 1  # a bad body is not retried


def test_bad_list_body_raises_response_validation_error(recorder: Make) -> None:
    rec = recorder(ok({"sessions": []}))
    with pytest.raises(rplatform.APIResponseValidationError, match="expected a JSON array"):
        rec.client.settings.list_sessions()


def test_malformed_date_time_raises_response_validation_error(recorder: Make) -> None:
    rec = recorder(ok([{"id": "s", "user_agent": "u", "ip_address": "i", "is_current": True,
                        "created_at": "yesterday", "last_active_at": "2025-06-01T00:00:00Z",
                        "expires_at": "2025-06-01T00:00:00Z"}]))  # fmt: skip
    path = r"\[0\]\.created_at: expected date-time, got 'yesterday'"
    with pytest.raises(rplatform.APIResponseValidationError, match=path):
        rec.client.settings.list_sessions()


def test_no_bare_generated_errors_escape_for_any_status(recorder: Make) -> None:
    for status in (200, 201, 204, 299, 300, 400, 450, 520, 599):
        rec = recorder(httpx.Response(status, text="<html/>"), max_retries=0)
        with pytest.raises(rplatform.APIError):
            rec.client.billing.get()


def test_secrets_never_appear_in_error_messages(recorder: Make) -> None:
    # A server that echoes the offending input back, as validators often do.
    def echo(request: httpx.Request) -> httpx.Response:
        return problem(422, f"invalid input: {request.content.decode()} {request.headers}")

    rec = recorder(ok({}))
    rec.client._http._transport = httpx.MockTransport(echo)  # type: ignore[attr-defined]
    with pytest.raises(rplatform.UnprocessableEntityError) as info:
        rec.client.settings.change_password(
            current_password="oldPassword123", new_password="newSecurePassword456"
        )
    text = f"{info.value} {info.value!r} {info.value.message}"
    for secret in (API_KEY, "oldPassword123", "newSecurePassword456"):
        assert secret not in text
    assert "[REDACTED]" in text


def test_connection_error_message_names_the_cause(recorder: Make) -> None:
    rec = recorder(httpx.ConnectError("[Errno 111] Connection refused"), max_retries=0)
    with pytest.raises(rplatform.APIConnectionError, match=r"ConnectError: .*refused") as info:
        rec.client.billing.get_status()
    assert API_KEY not in str(info.value)


def test_undecodable_body_is_an_api_error_not_a_bare_httpx_one(recorder: Make) -> None:
    garbled = httpx.Response(
        200, headers={"content-encoding": "gzip"}, stream=httpx.ByteStream(b"not gzip")
    )
    rec = recorder(garbled)
    with pytest.raises(rplatform.APIConnectionError, match="DecodingError") as info:
        rec.client.billing.get_status()
    assert len(rec.requests) == 1  # not a transport failure: not retried
    assert isinstance(info.value.__cause__, httpx.DecodingError)
