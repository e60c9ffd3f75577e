"""No secret in any message, repr or log line, against a server that reflects everything back.

The server here (a MockTransport) answers each request with the whole request in it: its
headers and body as a careless server quotes them, the bare API key, and an email address of
its own. It does so in problem details, in plain-text and HTML error pages, in 2xx bodies whose
values have the wrong type (so that a validation message quotes them), in response headers
(a cookie it sets), and after a retry. Every secret-carrying call of the API is made through it,
at every log level, and no secret may appear in what the SDK writes or raises.

Each rule of the scrubber (`_redact.py`) that this reflection exercises has a case that fails
without it: the Authorization, Proxy-Authorization, Cookie and Set-Cookie headers by name, the
API key's shape and the bare key, the fields openapi.yaml marks secret (passwords, tokens, the
new email address), a secret quoted as JSON quotes it, email addresses in free text, and
non-JSON bodies (never logged verbatim, whatever they hold). What the server calls its own
members (`access_token`) is not secret by that name: only the spec's marks make a member secret.
"""

from __future__ import annotations

import contextlib
import json
import logging
import traceback
from collections.abc import Callable

import httpx
import pytest
import rplatform
from facade_mock import API_KEY
from rplatform._exceptions import status_error
from rplatform._redact import secrets_of

PROXY_SECRET = "cHJveHktdXNlcjpwcm94eS1zZWNyZXQ="
COOKIE_SECRET = "cookie-secret-7f3a9"
SET_COOKIE_SECRET = "set-cookie-secret-1c2d"
ACCESS_TOKEN = "at_live_9d8c7b6a5f4e"
VERIFICATION_TOKEN = "vt_live_0a1b2c3d4e5f"
SERVER_EMAIL = "ops.oncall@platform.example"
# Text a non-JSON body holds that no rule recognises as a secret: only the rule "never log a
# non-JSON body verbatim" keeps it out of the DEBUG log.
UNRECOGNISABLE = "internal-trace-7781-do-not-show"
# Quoted in JSON (or a repr) it reads otherwise: `quote\"back\\slash`.
ODD_PASSWORD = 'quote"back\\slash-é123'

CALLS: dict[str, tuple[Callable[[rplatform.Client], object], tuple[str, ...]]] = {
    "change_password": (
        lambda r: r.settings.change_password(
            current_password="oldPassword123", new_password="newSecurePassword456"
        ),
        ("oldPassword123", "newSecurePassword456"),
    ),
    "request_email_change": (
        lambda r: r.settings.request_email_change(
            new_email="new.address@example.com", password="currentPassword123"
        ),
        ("new.address@example.com", "currentPassword123"),
    ),
    "request_email_change_to_a_typo": (
        lambda r: r.settings.request_email_change(
            new_email="typo.address.example.com", password="currentPassword123"
        ),
        ("typo.address.example.com", "currentPassword123"),
    ),
    "change_password_with_quotes": (
        lambda r: r.settings.change_password(
            current_password=ODD_PASSWORD, new_password="newSecurePassword456"
        ),
        (ODD_PASSWORD, json.dumps(ODD_PASSWORD, ensure_ascii=False)[1:-1], "newSecurePassword456"),
    ),
    "verify_email_change": (
        lambda r: r.settings.verify_email_change("verification_token_from_email"),
        ("verification_token_from_email",),
    ),
    "request_deletion": (
        lambda r: r.settings.request_deletion(
            password="deletePassword789", confirm_text="DELETE MY ACCOUNT"
        ),
        ("deletePassword789",),
    ),
    "register_token": (
        lambda r: r.notifications.register_token(
            token="ExponentPushToken[xyz789]", platform="expo"
        ),
        ("ExponentPushToken[xyz789]",),
    ),
    "list_sessions": (lambda r: r.settings.list_sessions(), ()),
}
ALWAYS = (API_KEY, PROXY_SECRET, COOKIE_SECRET, SET_COOKIE_SECRET, SERVER_EMAIL)


def reflection(request: httpx.Request) -> str:
    """Everything the request carried, as a careless server would quote it."""
    key = request.headers["authorization"].removeprefix("Bearer ")
    return (
        f"{request.method} {request.url} headers={dict(request.headers)} "
        f"body={request.content.decode()} key={key} contact {SERVER_EMAIL}"
    )


def server_secrets() -> dict[str, object]:
    return {"access_token": ACCESS_TOKEN, "meta": {"verification_token": VERIFICATION_TOKEN}}


HEADERS = {
    "x-request-id": "req_1",
    "set-cookie": f"sid={SET_COOKIE_SECRET}; Path=/; HttpOnly",
}


def problem_details(request: httpx.Request) -> httpx.Response:
    body = {
        "type": "https://docs.rplatform.example/errors/validation",
        "title": "Unprocessable",
        "status": 422,
        "detail": f"invalid input: {reflection(request)}",
        "echo": json.loads(request.content or b"null"),
        **server_secrets(),
    }
    return httpx.Response(422, json=body, headers=HEADERS)


def padded_problem(request: httpx.Request) -> httpx.Response:
    """A JSON body after a line break, whose detail quotes the request's body."""
    body = {"title": "Refused", "detail": f"refused {request.content.decode()}"}
    content = b"\n  " + json.dumps(body).encode()
    return httpx.Response(401, content=content, headers={"content-type": "application/json"})


def plain_text_error(request: httpx.Request) -> httpx.Response:
    text = f"Bad request {UNRECOGNISABLE}: {reflection(request)}"
    return httpx.Response(400, text=text, headers={**HEADERS, "content-type": "text/plain"})


def html_error(request: httpx.Request) -> httpx.Response:
    page = f"<html><body><pre>{UNRECOGNISABLE} {reflection(request)}</pre></body></html>"
    return httpx.Response(502, text=page, headers={**HEADERS, "content-type": "text/html"})


def wrong_types(request: httpx.Request) -> httpx.Response:
    """A 2xx whose first value has the wrong type and holds the whole reflection, and whose
    other members carry the server's secrets (in a list and in an object)."""
    text = reflection(request)
    item = {"id": ["not", "a", "string", text], "token": 12345678, "email": SERVER_EMAIL}
    item.update(server_secrets())
    body: object = [item] if request.url.path.endswith("/sessions") else item
    return httpx.Response(200, json=body, headers=HEADERS)


def a_secret_in_a_wrong_typed_secret_field(request: httpx.Request) -> httpx.Response:
    body = {"id": "pt_1", "token": {"value": ACCESS_TOKEN}, "message": "ok"}
    return httpx.Response(200, json=[body] if request.method == "GET" else body, headers=HEADERS)


def the_key_for_a_body(request: httpx.Request) -> httpx.Response:
    """A 2xx whose whole body is the key it was sent, where an object or a list belongs."""
    key = request.headers["authorization"].removeprefix("Bearer ")
    return httpx.Response(200, json=key, headers=HEADERS)


def a_broken_answer_quoting_the_request(request: httpx.Request) -> httpx.Response:
    """No answer to parse: the transport's error quotes the request (as h11 quotes a header
    line it cannot read)."""
    raise httpx.RemoteProtocolError(f"illegal header line: {reflection(request)!r}")


def html_success(request: httpx.Request) -> httpx.Response:
    page = f"<html>{UNRECOGNISABLE} {reflection(request)} {ACCESS_TOKEN}</html>"
    return httpx.Response(200, text=page, headers={**HEADERS, "content-type": "text/html"})


def retried_then_problem(request: httpx.Request) -> httpx.Response:
    # A first answer whose retry is logged, then the reflection (a retry resends the same
    # request object, so its extensions remember the first answer).
    if not request.extensions.get("answered"):
        request.extensions["answered"] = True
        return httpx.Response(503, text=reflection(request), headers=HEADERS)
    return problem_details(request)


SERVERS = [
    problem_details,
    padded_problem,
    plain_text_error,
    html_error,
    wrong_types,
    a_secret_in_a_wrong_typed_secret_field,
    the_key_for_a_body,
    a_broken_answer_quoting_the_request,
    html_success,
    retried_then_problem,
]


def run(server: Callable[[httpx.Request], httpx.Response], call: str) -> list[str]:
    """Make the call through the server; everything the SDK wrote or raised, as text."""
    waits: list[float] = []
    policy = rplatform.RetryPolicy(max_retries=1, sleep=waits.append)
    texts: list[str] = []
    with (
        httpx.Client(transport=httpx.MockTransport(server)) as http,
        rplatform.Client(
            API_KEY,
            base_url="https://api.test",
            http_client=http,
            retry=policy,
            default_headers={
                "Proxy-Authorization": f"Basic {PROXY_SECRET}",
                "Cookie": f"theme=dark; session={COOKIE_SECRET}",
            },
        ) as client,
    ):
        texts += [repr(client), repr(client.with_raw_response), repr(client.settings)]
        method, _ = CALLS[call]
        try:
            result = method(client)
            texts.append(repr(result))
        except rplatform.APIError as error:
            texts += [str(error), repr(error), error.message, repr(error.args)]
            texts.append(chained(error))
        with contextlib.suppress(rplatform.APIError):
            texts.append(repr(method(client.with_raw_response)))  # type: ignore[arg-type]
    return texts


def chained(error: BaseException) -> str:
    """What a traceback prints of `error` and of each exception before it (their causes, or
    the context while handling which it was raised), source lines left out."""
    shown: BaseException | None = error
    lines: list[str] = []
    while shown is not None:
        lines += traceback.format_exception_only(shown)
        shown = shown.__cause__ or (None if shown.__suppress_context__ else shown.__context__)
    return "".join(lines)


@pytest.mark.parametrize("server", SERVERS, ids=lambda s: s.__name__)
@pytest.mark.parametrize("call", sorted(CALLS))
def test_no_secret_in_messages_or_reprs(
    server: Callable[[httpx.Request], httpx.Response], call: str
) -> None:
    texts = run(server, call)
    assert len(texts) > 3, "the call raised or returned"
    for secret in (*ALWAYS, *CALLS[call][1]):
        for text in texts:
            assert secret not in text, (secret, text)


@pytest.mark.parametrize("level", [logging.DEBUG, logging.INFO, logging.WARNING])
@pytest.mark.parametrize("server", SERVERS, ids=lambda s: s.__name__)
@pytest.mark.parametrize("call", sorted(CALLS))
def test_no_secret_in_log_lines_at_any_level(
    server: Callable[[httpx.Request], httpx.Response],
    call: str,
    level: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(level, logger="rplatform")
    run(server, call)
    lines = [record.getMessage() for record in caplog.records]
    if level <= logging.INFO:
        assert lines, "the call was logged"
    for secret in (*ALWAYS, *CALLS[call][1]):
        for line in lines:
            assert secret not in line, (secret, line)
    if level == logging.DEBUG:
        text = "\n".join(lines)
        assert UNRECOGNISABLE not in text, "a non-JSON body was logged verbatim"
        assert "'authorization': '[REDACTED]'" in text
        assert "'proxy-authorization': '[REDACTED]'" in text
        assert "'cookie': '[REDACTED]'" in text


def test_messages_keep_what_is_not_secret() -> None:
    """The scrubbing is targeted: the rest of the server's message is still there."""
    (text, *_) = [t for t in run(problem_details, "change_password") if t.startswith("422")]
    assert text.startswith("422 Unprocessable Entity: invalid input: POST https://api.test/")
    assert "key=[REDACTED] contact [REDACTED]" in text
    assert '"current_password":"[REDACTED]"' in text
    assert "'user-agent': 'rplatform-python/" in text


def test_a_quoted_wrong_value_is_scrubbed_before_it_is_cut_short() -> None:
    """A validation message quotes at most 40 characters of a bad value, its middle cut out:
    a key cut there would no longer be recognised whole, so the value is scrubbed first."""

    def key_in_a_long_value(request: httpx.Request) -> httpx.Response:
        key = request.headers["authorization"].removeprefix("Bearer ")
        session = {"id": "s", "user_agent": "u", "ip_address": "i",
                   "is_current": f"{'x' * 10} {key} {'y' * 10}"}  # fmt: skip
        return httpx.Response(200, json=[session])

    (message,) = {t for t in run(key_in_a_long_value, "list_sessions") if t.startswith("200")}
    assert "[0].is_current: expected boolean, got 'xxxxxxxxxx [REDACTED] yyyyyyyyyy'" in message
    assert "sk_tes" not in message and "4242" not in message
    texts = run(a_secret_in_a_wrong_typed_secret_field, "register_token")
    (message,) = {t for t in texts if t.startswith("200 OK")}
    assert "token: expected string, got '[REDACTED]'" in message


def test_a_body_is_scrubbed_before_it_is_cut_short() -> None:
    """A non-JSON error body is cut at 200 characters in a message: a key cut there would
    no longer be recognised whole, so the body is scrubbed first."""

    def key_at_the_cut(request: httpx.Request) -> httpx.Response:
        key = request.headers["authorization"].removeprefix("Bearer ")
        return httpx.Response(500, text=f"{'x' * 195} {key} and more")

    (message,) = {t for t in run(key_at_the_cut, "list_sessions") if t.startswith("500")}
    cut = len(f"{'x' * 195} {API_KEY} and more") - 200
    assert message.startswith(
        f"500 Internal Server Error: {'x' * 195} [RED... ({cut} characters cut); 2 attempts"
    )
    assert API_KEY[:4] not in message


def test_a_retry_line_says_why_without_the_reflection(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="rplatform")
    run(retried_then_problem, "verify_email_change")
    retry = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    assert len(retry) == 2  # the call, then the same call in raw mode
    assert all(line.endswith(" s (retry 1) after status 503") for line in retry), retry


def test_an_unknown_member_is_not_secret_by_its_name(caplog: pytest.LogCaptureFixture) -> None:
    """The server's own `access_token` and `verification_token` are members openapi.yaml does
    not document: shown as they are, like any unknown member (a rule by name would also hide
    `email: true` of the notification preferences)."""
    caplog.set_level(logging.DEBUG, logger="rplatform")
    texts = run(problem_details, "change_password")
    text = "\n".join([*texts, *caplog.messages])
    assert f"'access_token': '{ACCESS_TOKEN}'" in text
    assert f"'verification_token': '{VERIFICATION_TOKEN}'" in text


def test_a_secret_field_is_a_secret_whatever_its_length() -> None:
    request = httpx.Request(
        "POST", "https://api.test/v1/settings/deletion", json={"password": "pw", "reason": "x"}
    )
    assert secrets_of(request).secrets == ("pw",)


def test_the_credentials_after_an_authorization_scheme_are_a_secret_whole() -> None:
    request = httpx.Request(
        "GET", "https://api.test/x", headers={"authorization": "Digest u=a1, n=b2"}
    )
    hide = secrets_of(request)
    assert hide.secrets == ("Digest u=a1, n=b2", "u=a1, n=b2")
    assert hide.text("sent 'u=a1, n=b2' and \"Digest u=a1, n=b2\"") == (
        "sent '[REDACTED]' and \"[REDACTED]\""
    )


def test_a_key_alone_in_the_authorization_header_is_the_key() -> None:
    request = httpx.Request("GET", "https://api.test/x", headers={"authorization": "k-1"})
    hide = secrets_of(request)
    assert hide.secrets == ("k-1",)
    assert hide.headers([("X-Key", "k-1"), ("X-Other", "k-12")]) == {
        "X-Key": "[REDACTED]",
        "X-Other": "k-12",
    }


def test_a_body_that_is_not_json_is_logged_as_its_size_and_type() -> None:
    hide = secrets_of(None)
    assert hide.body(b"<html>key</html>", "text/html", {}) == "<16 bytes, text/html>"
    assert hide.body(b"key", None, {}) == "<3 bytes>"
    assert hide.body(b"", "text/html", {}) is None
    assert hide.body(b"[" * 100_000 + b"]" * 100_000, None, {}) == "<200000 bytes>"


def test_every_cookie_sent_is_a_secret_but_only_the_value_set_by_the_server() -> None:
    request = httpx.Request("GET", "https://api.test/x", headers={"cookie": "a=one1; b=dHdv="})
    response = httpx.Response(200, headers={"set-cookie": "sid=c2lk=; Path=/path; Secure"})
    assert secrets_of(request, response).secrets == (
        "a=one1; b=dHdv=",
        "one1",
        "dHdv=",
        "sid=c2lk=; Path=/path; Secure",
        "c2lk=",
    )


def test_the_error_of_an_answer_built_by_hand_hides_the_cookie_it_sets() -> None:
    # No request: what the answer's own headers carried is all there is to hide.
    cookie = {"set-cookie": "sid=c00kie-v4lue; Path=/"}
    response = httpx.Response(401, headers=cookie, json={"detail": "session 'c00kie-v4lue' gone"})
    assert str(status_error(response)) == "401 Unauthorized: session '[REDACTED]' gone"


def test_a_secret_is_also_hidden_as_json_and_a_repr_would_quote_it() -> None:
    password = 'pa"ss\\wörd'
    request = httpx.Request(
        "POST", "https://api.test/v1/settings/deletion", json={"password": password}
    )
    hide = secrets_of(request)
    for quoted in (
        '"pa\\"ss\\\\wörd"',  # JSON
        '"pa\\"ss\\\\w\\u00f6rd"',  # JSON, ASCII only
        "'pa\"ss\\\\wörd'",  # a Python repr
        f"'{password}'",  # as sent
    ):
        assert hide.text(f"got {quoted}.") == f"got {quoted[0]}[REDACTED]{quoted[0]}.", quoted


def test_every_value_under_a_secret_member_of_a_list_body_is_a_secret() -> None:
    body = {"token": {"values": ["tok-1111", ["tok-2222", 33], True]}, "platform": "expo"}
    request = httpx.Request("POST", "https://api.test/v1/notifications/push-tokens", json=body)
    assert sorted(secrets_of(request).secrets) == ["33", "tok-1111", "tok-2222"]


def test_the_answers_secret_members_are_secrets_of_a_success_only() -> None:
    sent = httpx.Request("POST", "https://api.test/v1/notifications/push-tokens", json={})
    token = {"id": "ptk_1", "token": "tok-3333", "platform": "expo"}
    assert secrets_of(sent, httpx.Response(201, json=token)).secrets == ("tok-3333",)
    assert secrets_of(sent, httpx.Response(422, json=token)).secrets == ()
