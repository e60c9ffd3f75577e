"""The exception hierarchy and the message format, pinned.

The hierarchy is a table of each public exception class's public ancestors: every pair of
classes is checked both ways, so a class moved under another (APIResponseValidationError made
an APIStatusError, which `except APIStatusError` would then swallow) fails as surely as one
taken out. The messages are pinned for each shape of answer.
"""

from __future__ import annotations

import http
import inspect
import types
from collections.abc import Callable

import httpx
import pytest
import rplatform
from facade_mock import Recorder, ok
from rplatform._constants import MAX_BODY_IN_MESSAGE

Make = Callable[..., Recorder]

ANCESTORS: dict[str, set[str]] = {
    "APIError": set(),
    "APIConnectionError": {"APIError"},
    "APITimeoutError": {"APIConnectionError", "APIError"},
    "APIStatusError": {"APIError"},
    "BadRequestError": {"APIStatusError", "APIError"},
    "AuthenticationError": {"APIStatusError", "APIError"},
    "PermissionDeniedError": {"APIStatusError", "APIError"},
    "NotFoundError": {"APIStatusError", "APIError"},
    "ConflictError": {"APIStatusError", "APIError"},
    "UnprocessableEntityError": {"APIStatusError", "APIError"},
    "RateLimitError": {"APIStatusError", "APIError"},
    "InternalServerError": {"APIStatusError", "APIError"},
    "APIResponseValidationError": {"APIError"},
}


def public_exceptions() -> set[str]:
    return {
        name
        for name in rplatform.__all__
        if inspect.isclass(cls := getattr(rplatform, name)) and issubclass(cls, BaseException)
    }


def test_every_public_exception_is_in_the_table() -> None:
    assert public_exceptions() == set(ANCESTORS)


@pytest.mark.parametrize("child", sorted(ANCESTORS))
@pytest.mark.parametrize("parent", sorted(ANCESTORS))
def test_subclass_table(child: str, parent: str) -> None:
    expected = parent == child or parent in ANCESTORS[child]
    assert issubclass(getattr(rplatform, child), getattr(rplatform, parent)) is expected
    assert issubclass(getattr(rplatform, child), Exception)


def test_the_response_validation_error_is_not_a_status_error() -> None:
    assert not issubclass(rplatform.APIResponseValidationError, rplatform.APIStatusError)
    assert not issubclass(rplatform.APIResponseValidationError, rplatform.APIConnectionError)
    assert not issubclass(rplatform.APIStatusError, rplatform.APIConnectionError)
    assert not issubclass(rplatform.APIError, ValueError | TypeError)


def problem_response(code: int, **members: object) -> httpx.Response:
    return httpx.Response(code, json={"type": "about:blank", **members})


@pytest.mark.parametrize(
    ("response", "message"),
    [
        (problem_response(404, title="Not Found", detail="No project proj_9."),
         "404 Not Found: No project proj_9."),
        (problem_response(404, detail="No project proj_9."), "404 Not Found: No project proj_9."),
        (problem_response(409, title="Conflict"), "409 Conflict: Conflict"),
        (problem_response(409, title="Conflict", detail=""), "409 Conflict: Conflict"),
        (problem_response(422), "422 Unprocessable Entity"),
        (problem_response(400, status=400, errors=[{"field": "month"}]), "400 Bad Request"),
        # The body's own bytes, not httpx's json= (whose spacing changed in httpx 0.28).
        (httpx.Response(404, content=b'{"error":"missing"}'), '404 Not Found: {"error":"missing"}'),
        (httpx.Response(500, text="  boom \n\n  again  "), "500 Internal Server Error: boom again"),
        (httpx.Response(503, text=""), "503 Service Unavailable"),
        (httpx.Response(520, text="origin"), "520: origin"),
        (httpx.Response(418, text="teapot"), "418 I'm a Teapot: teapot"),
    ],
)  # fmt: skip
def test_status_error_messages(recorder: Make, response: httpx.Response, message: str) -> None:
    rec = recorder(response, max_retries=0)
    with pytest.raises(rplatform.APIStatusError) as info:
        rec.client.billing.get_status()
    assert str(info.value) == message
    assert info.value.message == message and info.value.args == (message,)


@pytest.mark.parametrize(
    ("code", "phrase"), [(413, "Request Entity Too Large"), (422, "Unprocessable Entity")]
)
def test_the_status_phrase_is_the_same_on_every_python(
    recorder: Make, monkeypatch: pytest.MonkeyPatch, code: int, phrase: str
) -> None:
    # Python 3.13's http.HTTPStatus names 413 and 422 after RFC 9110; 3.11 and 3.12 do not.
    renamed = {413: "Content Too Large", 422: "Unprocessable Content"}
    real = http.HTTPStatus

    def python_3_13(value: int) -> object:
        return types.SimpleNamespace(phrase=renamed.get(value) or real(value).phrase)

    monkeypatch.setattr(http, "HTTPStatus", python_3_13)
    rec = recorder(problem_response(code, detail="no."), max_retries=0)
    with pytest.raises(rplatform.APIStatusError) as info:
        rec.client.billing.get_status()
    assert str(info.value) == f"{code} {phrase}: no."


def test_a_non_json_body_is_cut_at_the_limit_saying_how_much_was_cut(recorder: Make) -> None:
    body = "".join(f"{i % 10}" for i in range(MAX_BODY_IN_MESSAGE + 50))
    rec = recorder(httpx.Response(502, text=body), max_retries=0)
    with pytest.raises(rplatform.InternalServerError) as info:
        rec.client.billing.get_status()
    assert str(info.value) == (
        f"502 Bad Gateway: {body[:MAX_BODY_IN_MESSAGE]}... (50 characters cut)"
    )
    assert info.value.body == body
    exact = recorder(httpx.Response(502, text=body[:MAX_BODY_IN_MESSAGE]), max_retries=0)
    with pytest.raises(rplatform.InternalServerError) as info:
        exact.client.billing.get_status()
    assert str(info.value) == f"502 Bad Gateway: {body[:MAX_BODY_IN_MESSAGE]}"


def test_the_request_id_is_the_last_part_of_every_response_error(recorder: Make) -> None:
    headers = {"x-request-id": "req_42"}
    rec = recorder(httpx.Response(404, json={"detail": "gone"}, headers=headers))
    with pytest.raises(rplatform.NotFoundError) as info:
        rec.client.billing.get_status()
    assert str(info.value) == "404 Not Found: gone (request_id=req_42)"
    assert info.value.request_id == "req_42"
    rec = recorder(ok({"owner_id": 1}, **{"x-request-id": "req_43"}))
    with pytest.raises(rplatform.APIResponseValidationError) as validation:
        rec.client.billing.get_status()
    assert str(validation.value) == (
        "200 OK: response body does not match the API: owner_type: required field is missing "
        "(request_id=req_43)"
    )
    assert (validation.value.status_code, validation.value.request_id) == (200, "req_43")


def test_a_retry_after_beyond_the_cap_is_on_the_error_and_in_its_message(recorder: Make) -> None:
    answer = problem_response(429, detail="Slow down.")
    answer.headers["retry-after"] = "120"
    rec = recorder(answer)
    with pytest.raises(rplatform.RateLimitError) as info:
        rec.client.billing.get_status()
    assert str(info.value) == (
        "429 Too Many Requests: Slow down; the server asked to retry in 120 s, longer than "
        "the retry policy's max_retry_after (60 s): not retried"
    )
    assert info.value.retry_after == 120.0
    assert len(rec.requests) == 1 and rec.sleeps == []


def test_retry_after_is_none_when_the_server_asked_for_no_wait(recorder: Make) -> None:
    rec = recorder(problem_response(404, detail="gone"))
    with pytest.raises(rplatform.NotFoundError) as info:
        rec.client.billing.get_status()
    assert info.value.retry_after is None
    rec = recorder(httpx.Response(503, headers={"retry-after-ms": "1500"}), max_retries=0)
    with pytest.raises(rplatform.InternalServerError) as unavailable:
        rec.client.billing.get_status()
    assert unavailable.value.retry_after == 1.5
    assert str(unavailable.value) == "503 Service Unavailable"
