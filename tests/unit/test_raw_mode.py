"""Every method of every resource, read from the resource classes, works in raw mode.

`client.with_raw_response.<resource>.<method>(...)` and `client.<resource>.with_raw_response.
<method>(...)` take the documented call's arguments (from openapi.yaml's examples) and return
a `RawResponse` whose `.parse()` is what the normal call returns: the model, a ModelList, or
None for the operations without content.
"""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest
import rplatform
from _support import documented_call, facade_methods, load_spec, operations, resolve
from facade_mock import STATUS_BODY, Recorder, ok, respond

SPEC = load_spec()
CALLS = {(call := documented_call(SPEC, op))[:2]: (op, call[2]) for _, _, op in operations(SPEC)}
METHODS = sorted(facade_methods())


def answer(op: dict[str, Any]) -> httpx.Response:
    status = min(int(s) for s in op["responses"] if s.startswith("2"))
    content = resolve(SPEC, op["responses"][str(status)]).get("content")
    headers = {"x-request-id": "req_raw", "x-ratelimit-remaining": "41"}
    if content is None:
        return httpx.Response(status, headers=headers)
    return httpx.Response(status, json=content["application/json"]["example"], headers=headers)


def test_every_resource_method_is_driven_here() -> None:
    assert METHODS, "no facade methods found"
    assert {resource for resource, _ in METHODS} == {"billing", "settings", "notifications"}


@pytest.mark.parametrize("key", METHODS, ids=lambda key: f"{key[0]}.{key[1]}")
def test_every_method_in_raw_mode(key: tuple[str, str]) -> None:
    assert key in CALLS, f"client.{key[0]}.{key[1]} has no operation in openapi.yaml"
    op, arguments = CALLS[key]
    resource, name = key
    with (
        httpx.Client(transport=httpx.MockTransport(lambda _: answer(op))) as http,
        rplatform.Client("sk_test", base_url="https://api.test", http_client=http) as client,
    ):
        parsed = getattr(getattr(client, resource), name)(**arguments)
        for raw_resource in (
            getattr(client.with_raw_response, resource),
            getattr(client, resource).with_raw_response,
        ):
            raw = getattr(raw_resource, name)(**arguments)
            assert isinstance(raw, rplatform.RawResponse)
            assert raw.status_code == answer(op).status_code
            assert (raw.request_id, raw.retries_taken) == ("req_raw", 0)
            assert raw.headers["x-ratelimit-remaining"] == "41"
            result = raw.parse()
            assert type(result) is type(parsed)
            if parsed is None:
                assert result is None
            elif isinstance(parsed, rplatform.ListResult):  # a lazy list: equal items
                assert result.to_list() == parsed.to_list()
            else:
                assert result == parsed


@pytest.mark.parametrize("key", METHODS, ids=lambda key: f"{key[0]}.{key[1]}")
def test_raw_methods_keep_the_name_docstring_and_signature(key: tuple[str, str]) -> None:
    resource, name = key
    with rplatform.Client("sk_test") as client:
        normal = getattr(getattr(client, resource), name)
        raw = getattr(getattr(client.with_raw_response, resource), name)
    assert normal.__name__ == raw.__name__ == name
    assert "self" not in inspect.signature(normal).parameters
    assert inspect.signature(normal).parameters == inspect.signature(raw).parameters
    result = inspect.signature(normal).return_annotation
    assert inspect.signature(raw).return_annotation == f"RawResponse[{result}]"
    assert not str(result).startswith("Call[")
    # The same composed docstring (see test_docstrings.py), but for the result type of the mode.
    assert normal.__doc__ and f"\nReturns:\n    {result}" in normal.__doc__
    returns = f"\nReturns:\n    RawResponse[{result}]"
    expected = normal.__doc__.replace(f"\nReturns:\n    {result}", returns)
    assert raw.__doc__ and raw.__doc__.split() == expected.split()  # wrapped at another word


def test_raw_resources_are_cached_and_raw() -> None:
    with rplatform.Client("sk_test") as client:
        raw = client.with_raw_response.billing
        assert raw is client.billing.with_raw_response is client.with_raw_response.billing
        assert raw.with_raw_response is raw
        assert client.billing.get_status is client.billing.get_status  # bound once, then cached
        assert "raw responses" in repr(raw) and "raw" not in repr(client.billing)
        assert "get_status" in dir(raw)
        with pytest.raises(AttributeError):
            raw.get_statuz  # type: ignore[attr-defined]  # noqa: B018


def test_a_method_called_on_its_class_answers_as_on_the_resource_given_first() -> None:
    from rplatform.models import BillingStatus
    from rplatform.resources.billing import Billing
    from rplatform.resources.settings import Settings

    gone = httpx.Response(204, headers={"x-request-id": "req_2"})
    rec = Recorder(respond(ok(STATUS_BODY), ok(STATUS_BODY), gone))
    status = Billing.get_status(rec.client.billing, organization_id="org_123")
    assert status == BillingStatus.from_dict(STATUS_BODY)
    raw = Billing.get_status(rec.client.with_raw_response.billing)
    assert Settings.revoke_session(rec.client.settings, "session_123") is None
    assert isinstance(raw, rplatform.RawResponse) and raw.request_id == "req_1"
    assert [str(request.url) for request in rec.requests] == [
        "https://api.test/v1/billing/status?organization_id=org_123",
        "https://api.test/v1/billing/status",
        "https://api.test/v1/settings/sessions/session_123",
    ]


def test_a_raw_responses_repr_shows_its_status_and_request_id_but_no_email() -> None:
    request = httpx.Request("GET", "https://api.test/v1/billing/status")
    raw = rplatform.RawResponse(httpx.Response(200, headers={"x-request-id": "req_1"}), str, 0)
    assert repr(raw) == "<RawResponse [200] request_id=req_1>"
    echo = httpx.Response(201, headers={"x-request-id": "me@example.com"}, request=request)
    assert repr(rplatform.RawResponse(echo, str, 0)) == "<RawResponse [201] request_id=[REDACTED]>"


def test_parsing_a_bad_raw_body_says_why() -> None:
    def fail(response: httpx.Response) -> None:
        raise KeyError("owner_id")

    raw = rplatform.RawResponse(httpx.Response(200, json={}), fail, 0)
    with pytest.raises(rplatform.APIResponseValidationError) as info:
        raw.parse()
    assert str(info.value) == "200 OK: response body does not match the API: KeyError: 'owner_id'"


def test_a_resource_says_what_it_is_and_whether_it_answers_raw() -> None:
    client = rplatform.Client("sk_test_unused", base_url="https://api.test")
    of = "of <rplatform.Client base_url='https://api.test' max_retries=2>>"
    assert repr(client.billing) == f"<Billing {of}"
    assert repr(client.with_raw_response.settings) == f"<Settings (raw responses) {of}"
