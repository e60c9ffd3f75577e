"""No secret in any message, repr or log line, against a server that reflects everything back.

The server here (a MockTransport) answers each request with the whole request in it: its
headers and body, the bare API key, and secrets of its own (an access token, a verification
token, cookies, an email address). It does so in problem details, in plain-text and HTML error
pages, in 2xx bodies whose values have the wrong type (so that a validation message quotes
them), in response headers, and after a retry. Every secret-carrying call of the API is made
through it, at every log level, and no secret may appear in what the SDK writes or raises.

Each redaction rule has a case that fails without it: the bare key (the server quotes the key
alone), the `Bearer <key>` form (the Authorization header shown in DEBUG logs), the
Proxy-Authorization and Cookie headers, each secret JSON field (`verification_token`,
`access_token`, passwords, tokens, emails), email addresses in free text, and non-JSON bodies
(never logged verbatim, whatever they hold).
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable

import httpx
import pytest
import rplatform
from facade_mock import API_KEY
from rplatform._redact import loggable_body, secrets_of

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
ALWAYS = (
    API_KEY,
    PROXY_SECRET,
    COOKIE_SECRET,
    SET_COOKIE_SECRET,
    ACCESS_TOKEN,
    VERIFICATION_TOKEN,
    SERVER_EMAIL,
)


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


def padded_problem_quoting_its_own_secrets(request: httpx.Request) -> httpx.Response:
    """A JSON body after a line break, whose detail repeats the values of its secret fields:
    those values are secrets wherever they appear."""
    body = {"title": "Expired", "detail": f"token {ACCESS_TOKEN} / {VERIFICATION_TOKEN} expired",
            **server_secrets()}  # fmt: skip
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
    padded_problem_quoting_its_own_secrets,
    plain_text_error,
    html_error,
    wrong_types,
    a_secret_in_a_wrong_typed_secret_field,
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
        with contextlib.suppress(rplatform.APIError):
            texts.append(repr(method(client.with_raw_response)))  # type: ignore[arg-type]
    return texts


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


def test_a_secret_of_four_characters_is_hidden_and_one_of_three_is_not() -> None:
    request = httpx.Request("POST", "https://api.test/x", json={"token": "abcd", "secret": "xyz"})
    assert secrets_of(request) == ["abcd"]


def test_the_credentials_after_an_authorization_scheme_are_a_secret_whole() -> None:
    request = httpx.Request(
        "GET", "https://api.test/x", headers={"authorization": "Digest u=a1, n=b2"}
    )
    assert secrets_of(request) == ["Digest u=a1, n=b2", "u=a1, n=b2"]


def test_a_body_that_is_not_json_is_logged_as_its_size_and_type() -> None:
    assert loggable_body(b"<html>key</html>", "text/html") == "<16 bytes, text/html>"
    assert loggable_body(b"key", None) == "<3 bytes>"
    assert loggable_body(b"", "text/html") is None


def test_every_cookie_sent_is_a_secret_but_only_the_value_set_by_the_server() -> None:
    request = httpx.Request("GET", "https://api.test/x", headers={"cookie": "a=one1; b=dHdv="})
    response = httpx.Response(200, headers={"set-cookie": "sid=c2lk=; Path=/path; Secure"})
    assert sorted(secrets_of(request, response)) == sorted(
        ["a=one1; b=dHdv=", "one1", "dHdv=", "sid=c2lk=; Path=/path; Secure", "c2lk="]
    )


def test_a_secret_is_also_hidden_as_json_and_a_repr_would_quote_it() -> None:
    password = 'pa"ss\\wörd'
    request = httpx.Request("POST", "https://api.test/x", json={"password": password})
    assert sorted(secrets_of(request)) == sorted(
        [password, 'pa\\"ss\\\\wörd', 'pa\\"ss\\\\w\\u00f6rd', 'pa"ss\\\\wörd']
    )


def test_every_value_under_a_secret_key_of_a_list_body_is_a_secret() -> None:
    response = httpx.Response(200, json=[{"id": "s_1", "token": ["tok-1111", ["tok-2222"]]}])
    assert sorted(secrets_of(None, response)) == ["tok-1111", "tok-2222"]
