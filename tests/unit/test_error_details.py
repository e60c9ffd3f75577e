"""What an exception carries besides its message: the request, and the retry wait it reports.

The messages of every status are in test_exception_hierarchy.py; these tests pin the edges:
a Retry-After exactly at the policy's limit, a refused wait with no other detail, and secrets
the server put in its own answer.
"""

from __future__ import annotations

import json

import httpx
import pytest
import rplatform
from facade_mock import Recorder, ok
from rplatform._exceptions import (
    _MARGIN,
    _capped,
    _ends,
    _near,
    _problem_text,
    status_error,
)
from rplatform._redact import Redactor
from rplatform_api.types import ParseError

REQUEST = httpx.Request("GET", "https://api.test/v1/billing/status")


def test_a_status_error_carries_the_request_that_was_sent() -> None:
    response = httpx.Response(404, json={"detail": "gone"}, request=REQUEST)
    error = status_error(response)
    assert error.request is REQUEST and error.response is response
    assert str(error) == "404 Not Found: gone"


def test_a_wait_at_the_policys_limit_is_not_reported_as_refused() -> None:
    response = httpx.Response(429, json={"detail": "slow down"}, request=REQUEST)
    error = status_error(response, retry_after=30.0, max_retry_after=30.0)
    assert str(error) == "429 Too Many Requests: slow down" and error.retry_after == 30.0


def test_a_refused_wait_is_the_whole_detail_of_an_empty_answer() -> None:
    response = httpx.Response(503, request=REQUEST)
    error = status_error(response, retry_after=120.0, max_retry_after=60.0)
    assert str(error) == (
        "503 Service Unavailable: the server asked to retry in 120 s, longer than the retry "
        "policy's max_retry_after (60 s): not retried"
    )


def test_a_secret_of_the_servers_answer_is_not_quoted_from_a_bad_body() -> None:
    session = {"id": "s", "user_agent": "u", "ip_address": "i", "is_current": "sid-7f3a9c2e",
               "created_at": "2025-06-01T00:00:00Z", "last_active_at": "2025-06-01T00:00:00Z",
               "expires_at": "2025-06-01T00:00:00Z"}  # fmt: skip
    answer = ok([session], **{"set-cookie": "sid=sid-7f3a9c2e; Path=/"})
    rec = Recorder(lambda request: answer)
    with pytest.raises(rplatform.APIResponseValidationError) as info:
        rec.client.settings.list_sessions()
    assert str(info.value) == (
        "200 OK: response body does not match the API: [0].is_current: expected boolean, "
        "got '[REDACTED]' (request_id=req_1)"
    )
    assert info.value.body == [session]  # the decoded answer, to look into


def test_a_connection_error_without_words_is_named_by_its_class() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("")

    rec = Recorder(refuse, max_retries=0)
    with pytest.raises(rplatform.APIConnectionError) as info:
        rec.client.billing.get_status()
    assert str(info.value) == "ConnectError (GET https://api.test/v1/billing/status)"


def test_a_connection_error_never_repeats_the_api_key() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"proxy refused {request.headers['authorization']}")

    rec = Recorder(refuse, max_retries=0)
    with pytest.raises(rplatform.APIConnectionError) as info:
        rec.client.billing.get_status()
    assert str(info.value) == (
        "ConnectError: proxy refused Bearer [REDACTED] (GET https://api.test/v1/billing/status)"
    )


def test_a_connection_error_never_repeats_a_password_the_request_carried() -> None:
    # A password has no shape of its own: only the request that carried it tells it apart
    # (and one of 16 characters or more is hidden even unquoted).
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"proxy refused {json.loads(request.content)['new_password']}")

    rec = Recorder(refuse, max_retries=0)
    with pytest.raises(rplatform.APIConnectionError) as info:
        rec.client.settings.change_password(
            current_password="old-1", new_password="correct-horse-battery-9"
        )
    assert str(info.value) == (
        "ConnectError: proxy refused [REDACTED] (POST https://api.test/v1/settings/password)"
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"title": "Nope"}, "400 Bad Request: Nope"),
        ({"status": 400, "extra": 1}, "400 Bad Request"),  # a problem, without words
        ({"type": "about:blank"}, "400 Bad Request"),
        ({"error": "Nope"}, '400 Bad Request: {"error":"Nope"}'),  # not a problem: the text
    ],
)
def test_any_standard_member_makes_a_body_a_problem(body: dict[str, object], message: str) -> None:
    # Compact JSON as a server sends it, whatever httpx's json= spacing (it changed in 0.28).
    content = json.dumps(body, separators=(",", ":")).encode()
    response = httpx.Response(400, content=content)
    error = status_error(response)
    assert str(error) == message
    assert error.problem == (None if "error" in body else body)


def test_field_errors_keep_the_well_formed_entries_and_hide_the_answers_secrets() -> None:
    # The cookie the answer sets is a secret: distinctive, it is hidden even bare.
    errors = [
        {"field": "name", "code": "pattern", "message": "sid-7f3a9c2e-5b1d-40aa is taken"},
        {"field": 1, "code": "pattern", "message": "a field that is not a name"},
        {"field": "name", "code": None, "message": "no code"},
        {"field": "name", "code": "required"},
        "not an entry",
    ]
    response = httpx.Response(
        422,
        json={"type": "about:blank", "status": 422, "errors": errors},
        headers={"set-cookie": "sid=sid-7f3a9c2e-5b1d-40aa; Path=/"},
        request=REQUEST,
    )
    assert status_error(response).errors == (
        rplatform.FieldError("name", "pattern", "[REDACTED] is taken"),
    )


def test_a_bad_value_is_quoted_whole_even_when_it_says_got() -> None:
    session = {"id": "s", "user_agent": "u", "ip_address": "i", "is_current": "yes, got it",
               "created_at": "2025-06-01T00:00:00Z", "last_active_at": "2025-06-01T00:00:00Z",
               "expires_at": "2025-06-01T00:00:00Z"}  # fmt: skip
    rec = Recorder(lambda request: ok([session]))
    with pytest.raises(rplatform.APIResponseValidationError) as info:
        rec.client.settings.list_sessions()
    assert "[0].is_current: expected boolean, got 'yes, got it' (request_id" in str(info.value)


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ([{"a": "x"}], (5, "a")),  # past the end of the list
        ([{"a": "x"}], (1, "a")),  # just past it
        (["x"], ("a",)),  # a name in a list
        (["a"], ("a",)),  # a name in a list that holds it
        ({"a": "x"}, (0,)),  # an index in an object
        ({"a": "xyz"}, ("a", "b")),  # into a string
    ],
)
def test_a_bad_value_not_at_its_path_in_the_body_is_not_quoted(
    body: object, path: tuple[str | int, ...]
) -> None:
    error = ParseError("expected boolean, got 'x'", *path)
    assert _problem_text(error, body, []) == "expected boolean, got [REDACTED]"


class _Counting(Redactor):
    """A redactor that remembers the length of each text it was asked to scrub."""

    scrubbed: list[int]

    def text(self, text: str) -> str:
        self.scrubbed.append(len(text))
        return super().text(text)


def test_a_long_quoted_string_is_scrubbed_at_its_two_ends_alone() -> None:
    # What a ParseError's quote shows of a long string: its two ends, each scrubbed in a window
    # of keep + margin characters, however long the string (a 10 MB answer takes no longer).
    secrets = _Counting.of("s3cret-0123456789")
    window = 100 + _MARGIN + len("s3cret-0123456789")
    for size in (2 * window + 1, 3 * window, 1_000_000):
        text = ("<" + "0123456789" * (size // 10 + 1))[: size - 1] + ">"
        secrets.scrubbed = []
        assert _ends(text, 100, secrets) == text[:100] + text[-100:]
        assert secrets.scrubbed == [window, window]


def test_no_part_of_a_secret_cut_at_the_window_shows() -> None:
    # Once the secret before it is hidden, the window's cut part of the next echo would fall
    # within the first `keep` characters: the margin is dropped after scrubbing, not before.
    token = "tok-" + "x1" * 200
    shown = _ends(f"{token} {token} {'z' * 2_000}", 100, Redactor.of(token))
    assert token[:20] not in shown and shown.endswith("z" * 100)


def test_an_echo_of_the_cookie_the_error_answer_sets_is_hidden() -> None:
    response = httpx.Response(
        409,
        json={"detail": "sid-7f3a9c2e-5b1d-40aa is in use"},
        headers={"set-cookie": "sid=sid-7f3a9c2e-5b1d-40aa; Path=/"},
        request=REQUEST,
    )
    assert str(status_error(response)) == "409 Conflict: [REDACTED] is in use"


def test_a_detail_that_is_not_text_is_quoted() -> None:
    body = {"title": "Invalid", "detail": {"name": ["too long"]}}
    response = httpx.Response(400, json=body, request=REQUEST)
    assert str(status_error(response)) == "400 Bad Request: {'name': ['too long']}"


def test_a_problems_detail_keeps_its_line_breaks() -> None:
    detail = "Two fields are wrong:\n  name: too long\n  email:  not an address"
    response = httpx.Response(422, json={"detail": detail}, request=REQUEST)
    assert str(status_error(response)) == f"422 Unprocessable Entity: {detail}"


def test_a_long_detail_shows_its_first_thousand_characters() -> None:
    response = httpx.Response(400, json={"detail": "d" * 5_000}, request=REQUEST)
    assert str(status_error(response)) == (
        f"400 Bad Request: {'d' * 1_000}... (4,000 characters cut)"
    )


def test_the_next_step_comes_before_the_attempts() -> None:
    body = {"type": "https://docs.rplatform.dev/problems/current-session", "status": 409,
            "detail": "Session session_1 is the one making this call."}  # fmt: skip
    response = httpx.Response(409, json=body, request=REQUEST)
    assert str(status_error(response, note="2 attempts over 0.5 s")) == (
        "409 Conflict: Session session_1 is the one making this call; "
        "r.settings.revoke_all_sessions() revokes every session but the calling one, which stays "
        "(revoking it would lock this API key out); 2 attempts over 0.5 s"
    )


def test_a_refused_wait_comes_between_the_detail_and_the_attempts() -> None:
    # Only the dots and spaces that end the detail give way to the "; " that joins them.
    response = httpx.Response(429, json={"detail": "Slow down, says proxy X. "}, request=REQUEST)
    error = status_error(response, retry_after=120.0, max_retry_after=60.0, note="2 attempts")
    assert str(error) == (
        "429 Too Many Requests: Slow down, says proxy X; the server asked to retry in 120 s, "
        "longer than the retry policy's max_retry_after (60 s): not retried; 2 attempts"
    )


@pytest.mark.parametrize("errors", [3, True, "name is too long", {"name": "too long"}, []])
def test_errors_that_are_not_a_list_of_entries_give_no_field_errors(errors: object) -> None:
    body = {"title": "Invalid", "status": 422, "errors": errors}
    error = status_error(httpx.Response(422, json=body, request=REQUEST))
    assert error.errors == () and str(error) == "422 Unprocessable Entity: Invalid"


def test_a_text_as_long_as_the_cap_and_margin_is_whole_once_its_secrets_are_hidden() -> None:
    # Ten echoes of a 40-character secret: the text, 1,000 + the margin long, fits in 1,000
    # characters once they are hidden, so nothing is cut.
    secret = "s3cret-" + "0123456789" * 3 + "abc"
    margin = _MARGIN + len(secret)
    text = f"{secret} " * 10
    text += "a" * (1_000 + margin - len(text))
    assert _capped(text, 1_000, Redactor.of(secret)) == "[REDACTED] " * 10 + "a" * 886


def test_a_quotes_copy_of_a_value_stops_where_the_quote_stops_reading() -> None:
    # The quote shows two levels and tells an empty list or object from a full one at the
    # third: what lies deeper, or past the eighth item, is never copied nor scrubbed.
    secrets = Redactor.of("s3cret-0123456789")
    assert _near([[[["x"]], []]], secrets, 3) == [[[...], []]]
    assert _near({"a": {"b": {"c": {"d": 1}}}}, secrets, 3) == {"a": {"b": {"c": ...}}}
    assert _near({str(n): n for n in range(10)}, secrets, 3) == {str(n): n for n in range(8)}
    assert _near([list(range(10))], secrets, 3) == [list(range(8))]
