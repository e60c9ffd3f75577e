"""Careless and hostile arguments: refused by name before sending, or sent correctly.

`test_every_argument_of_every_method` is derived from openapi.yaml and the facade: for every
method, each of its arguments and per-call options in turn is given each value of a list of
careless ones (empty, ".", "..", a slash, a line break, NUL, non-ASCII, 100,000 characters,
huge and fractional numbers, NaN, bools, bytes, containers...). Whatever the value, the call
either goes out (and is answered by the spec's example) or raises `ValueError` / `TypeError`
naming the argument, with nothing sent; no other exception, ever. A new operation is covered
with no edit here. The other tests pin the message of each case the issue lists.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
import rplatform
from _support import documented_call, facade_methods, load_spec, operations
from facade_mock import STATUS_BODY, Recorder, ok, refused
from rplatform._types import POST_OPTIONS

Make = Callable[..., Recorder]
SPEC = load_spec()
OPERATIONS = {
    documented_call(SPEC, op)[:2]: (method, path, op) for method, path, op in operations(SPEC)
}

CARELESS: list[object] = [
    None, "", " ", ".", "..", "a/b", "../usage", "line\r\nbreak", "nul\x00", "\x7f", "tab\t",
    "é", "日本", "x" * 100_000, 0, -1, 10**100, 1.5, -0.0, math.nan, math.inf, True, False,
    b"bytes", [], ["a"], {}, {"X-A": "1"}, object(), Decimal("NaN"), Decimal("1e400"),
]  # fmt: skip
CARELESS_HEADERS: list[object] = [
    {"X-A": "line\r\nbreak"}, {"X-A": "nul\x00"}, {"X-A": "é"}, {"X A": "1"}, {"": "1"},
    {"X:A": "1"}, {"X-A": " padded"}, {"X-A": 1}, {1: "1"}, "X-A: 1",
]  # fmt: skip


def example_answer(op: dict[str, Any]) -> Callable[[httpx.Request], httpx.Response]:
    status = min(int(s) for s in op["responses"] if s.startswith("2"))
    response = op["responses"][str(status)]
    if "$ref" in response:
        response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    content = response.get("content")
    example = None if content is None else content["application/json"]["example"]
    return lambda request: httpx.Response(status, json=example)


def arguments_of(resource: str, name: str, post: bool) -> list[str]:
    endpoint = facade_methods()[(resource, name)]
    signature = endpoint.__signature__
    named = [p.name for p in list(signature.parameters.values())[1:] if p.kind != p.VAR_KEYWORD]
    return named + sorted(POST_OPTIONS if post else POST_OPTIONS - {"idempotency_key"})


@pytest.mark.parametrize("key", sorted(OPERATIONS), ids=lambda k: f"{k[0]}.{k[1]}")
def test_every_argument_of_every_method(key: tuple[str, str]) -> None:
    http_method, template, op = OPERATIONS[key]
    resource, name, documented = documented_call(SPEC, op)
    path_of_the_operation = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$")
    sent: list[httpx.Request] = []
    answer = example_answer(op)
    transport = httpx.MockTransport(lambda request: sent.append(request) or answer(request))
    problems: list[str] = []
    with (
        httpx.Client(transport=transport) as http,
        rplatform.Client("sk_test", base_url="https://api.test", http_client=http) as client,
    ):
        method = getattr(getattr(client, resource), name)
        for argument in arguments_of(resource, name, http_method == "post"):
            values = CARELESS_HEADERS if argument == "extra_headers" else CARELESS
            for value in values:
                sent.clear()
                try:
                    method(**{**documented, argument: value})
                except (ValueError, TypeError) as error:
                    if sent or argument not in str(error):
                        problems.append(f"{argument}={value!r:.40}: {error!r:.120}, sent {sent}")
                except rplatform.APIError as error:
                    if not sent:
                        problems.append(f"{argument}={value!r:.40}: {error!r:.120} unsent")
                except Exception as error:  # the point of the test: nothing else, ever
                    problems.append(f"{argument}={value!r:.40}: {error!r:.120} escaped")
                else:  # sent: to the operation's own path, not one a "." or ".." resolves to
                    path = sent[-1].url.raw_path.decode().partition("?")[0]
                    if not path_of_the_operation.match(path):
                        problems.append(f"{argument}={value!r:.40}: sent to {path}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "key",
    [
        "sk_test_sandbox\n",
        "sk_test_sandbox\r\n",
        " sk_test_sandbox",
        "sk_test sandbox",
        "sk_test_sandbox\t",
        "sk_test_s\x00andbox",
        "sk_tést_sandbox",
        "sk_test_sandbox\u200b",
    ],
)
def test_an_api_key_with_a_space_or_control_character_is_refused_unquoted(key: str) -> None:
    with pytest.raises(ValueError) as info:
        rplatform.Client(key)
    message = str(info.value)
    assert message.startswith("api_key must contain only visible ASCII characters")
    assert "strip()" in message
    assert "sk_t" not in message and "sandbox" not in message


def test_the_api_key_from_the_environment_is_checked_by_its_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RPLATFORM_API_KEY", "sk_test_sandbox\n")
    with pytest.raises(ValueError, match=r"^RPLATFORM_API_KEY must contain only visible ASCII"):
        rplatform.Client()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://127.0.0.1:8787/v1", "must not end in /v1: the API's paths start with /v1; "
         "use 'http://127.0.0.1:8787'"),
        ("https://api.example.com/v1/", "must not end in /v1: the API's paths start with /v1; "
         "use 'https://api.example.com'"),
        ("https://gw.example.com/rplatform/v1", "use 'https://gw.example.com/rplatform'"),
        ("https://api.example.com/?region=eu", "must not have a query (?...) or fragment (#...): "
         "every request would lose its own; use 'https://api.example.com'"),
        ("https://api.example.com/api#v1", "use 'https://api.example.com/api'"),
        ("https://api.example.com?", "must not have a query"),
        ("ftp://api.example.com", "must be an http:// or https:// URL"),
        ("api.example.com", "must be an http:// or https:// URL"),
        ("not a url", "must not contain spaces or control characters"),
        ("http://127.0.0.1:8787\n", "must not contain spaces or control characters"),
        ("http://[::1", "is not a valid URL"),
    ],
)  # fmt: skip
def test_a_base_url_that_would_send_requests_astray_is_refused_with_the_fix(
    url: str, message: str
) -> None:
    with pytest.raises(ValueError) as info:
        rplatform.Client("sk_test", base_url=url)
    assert str(info.value).startswith("base_url ")
    assert message in str(info.value)


def test_a_base_url_with_credentials_is_refused_without_showing_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(ValueError) as info:
        rplatform.Client("sk_test", base_url="https://admin:s3cr3t-pw@api.example.com")
    assert "s3cr3t-pw" not in str(info.value) and "admin" not in str(info.value)
    assert "must not carry credentials" in str(info.value)
    monkeypatch.setenv("RPLATFORM_BASE_URL", "http://127.0.0.1:8787/v1")
    with pytest.raises(ValueError, match=r"^RPLATFORM_BASE_URL must not end in /v1"):
        rplatform.Client("sk_test")
    with (
        rplatform.Client("sk_test", base_url="https://api.example.com") as client,
        pytest.raises(ValueError, match="must not end in /v1"),
    ):
        client.with_options(base_url="https://api.example.com/v1")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda r: r.billing.get_project_usage(".."),
         "project_id must not be '..': it would address another endpoint"),
        (lambda r: r.billing.get_project_usage("."), "project_id must not be '.'"),
        (lambda r: r.billing.get_project_usage("proj/../../usage"),
         "project_id must not contain '/'"),
        (lambda r: r.billing.get_project_usage("x" * 100_000),
         "project_id must be at most 1,024 characters once URL-encoded, got 100,000"),
        (lambda r: r.billing.get_project_usage("日" * 200),
         "project_id must be at most 1,024 characters once URL-encoded, got 1,800"),
        (lambda r: r.settings.revoke_session(".."), "session_id must not be '..'"),
        (lambda r: r.settings.revoke_session("s\r\n1"),
         "session_id must not contain control or invisible characters"),
        (lambda r: r.billing.get_status(organization_id="x" * 100_000),
         "organization_id must be at most 1,024 characters"),
        (lambda r: r.billing.get_usage(user_id="usr\n1"),
         "user_id must not contain control or invisible"),
        (lambda r: r.billing.get_status(extra_headers={"X-Trace": "a\r\nInjected: yes"}),
         "extra_headers['X-Trace'] must be visible ASCII characters with single spaces inside"),
        (lambda r: r.billing.get_status(extra_headers={"X Trace": "1"}),
         "extra_headers: 'X Trace' is not a valid header name"),
        (lambda r: r.billing.get_status(extra_headers={"X-Name": "Zoë"}),
         "extra_headers['X-Name'] must be visible ASCII"),
        (lambda r: r.billing.ensure_customer(idempotency_key="clé-1"),
         "idempotency_key must be visible ASCII"),
        (lambda r: r.billing.ensure_customer(idempotency_key="key\n"),
         "idempotency_key must be visible ASCII"),
    ],
)  # fmt: skip
def test_arguments_that_would_break_the_request_are_refused_by_name(
    recorder: Make, call: Callable[[rplatform.Client], object], message: str
) -> None:
    error = refused(recorder(ok(STATUS_BODY)), call, ValueError, message)
    assert "Injected" not in str(error) and "Zoë" not in str(error)


def test_a_header_value_that_http_cannot_carry_is_refused_saying_what_it_may_hold(
    recorder: Make,
) -> None:
    rec = recorder(ok(STATUS_BODY))
    with pytest.raises(ValueError) as refused_value:
        rec.client.billing.get_status(extra_headers={"X-Trace": " padded"})
    assert str(refused_value.value) == (
        "extra_headers['X-Trace'] must be visible ASCII characters with single spaces inside: "
        "no line break, control or non-ASCII character, nor a space at either end"
    )
    assert rec.requests == []


def test_default_headers_are_checked_at_construction() -> None:
    with pytest.raises(ValueError, match=r"default_headers\['Authorization'\] must be visible"):
        rplatform.Client("sk_test", default_headers={"Authorization": "Bearer sk_other\n"})
    with pytest.raises(ValueError, match="default_headers: 'X-A:' is not a valid header name"):
        rplatform.Client("sk_test", default_headers={"X-A:": "1"})


def test_non_ascii_ids_and_tokens_are_sent_encoded(recorder: Make) -> None:
    rec = recorder(httpx.Response(204))
    rec.client.settings.revoke_session("séssion_1")
    rec.client.notifications.unregister_token("jeton-é")
    assert rec.requests[0].url.raw_path == b"/v1/settings/sessions/s%C3%A9ssion_1"
    assert rec.requests[1].content == '{"token":"jeton-é"}'.encode()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda r: r.billing.get_status(organisation_id="org_123"),
         "billing.get_status() got an unexpected keyword argument 'organisation_id'; "
         "did you mean 'organization_id'?"),
        (lambda r: r.with_raw_response.billing.get_usage(organization_id="o", yaer=2025),
         "billing.get_usage() got an unexpected keyword argument 'yaer'; did you mean 'year'?"),
        (lambda r: r.settings.list_sessions(timout=3),
         "settings.list_sessions() got an unexpected keyword argument 'timout'; "
         "did you mean 'timeout'?"),
        (lambda r: r.billing.ensure_customer(idempotencykey="k"),
         "did you mean 'idempotency_key'?"),
        (lambda r: r.billing.get_status(idempotency_key="k"),
         "billing.get_status() got an unexpected keyword argument 'idempotency_key'; it takes "
         "user_id, organization_id, extra_headers, max_retries, retry, timeout"),
        (lambda r: r.notifications.register_token(token="t", platform="expo", zzz=1),
         "notifications.register_token() got an unexpected keyword argument 'zzz'; it takes "
         "token, platform, device_id, extra_headers, idempotency_key, max_retries, retry, "
         "timeout"),
    ],
)  # fmt: skip
def test_a_misspelled_keyword_names_the_method_and_the_closest_argument(
    recorder: Make, call: Callable[[rplatform.Client], object], message: str
) -> None:
    error = refused(recorder(ok(STATUS_BODY)), call, TypeError, message)
    assert error.__cause__ is None and error.__suppress_context__
