"""The scrubber's rules on text and decoded JSON, one by one (`rplatform._redact`).

A secret that is a word (`password`, `than`, `must`) is hidden only where it is an echo: in
quotes or as a whole JSON string, never in prose, a word, a URL path or a problem type URI; a
distinctive one (16 characters or more, letters mixed with digits or symbols) also where it
stands alone. Shapes (`Bearer <token>`, `sk_test_...` keys, email addresses) are hidden
wherever they are. Each case below fails when its rule is removed or loosened.
"""

from __future__ import annotations

import httpx
import pytest
import rplatform
from rplatform._exceptions import status_error
from rplatform._redact import (
    DISTINCTIVE_LENGTH,
    MAX_SECRETS,
    Markers,
    Redactor,
    distinctive,
    exchange,
)
from rplatform._secrets import shape, tree
from rplatform_api.types import Field

WORDS = ("password", "short", "than", "must", "the", "current", "settings", "a1b2c3d4")
DISTINCT = "Zq8-kP2mW9xL4nR7"
PROSE = (
    "current_password: the password is not correct.",
    "new_password: is shorter than 8 characters",
    "new_password: must be 8 to 128 characters long, with at least one letter and one digit.",
    "https://docs.rplatform.dev/problems/wrong-password",
    "HTTP POST http://127.0.0.1:8787/v1/settings/password -> 403 (request_id=req_1)",
    "the current settings, a1b2c3d4e5 and xa1b2c3d4",
)

# Markers that say what they stand in for (in characters a URL keeps as they are).
NAMED = Markers(secret=lambda field, value: f"[{field.name if field else 'echo'}-{value}]")


@pytest.mark.parametrize("text", PROSE)
def test_a_word_like_secret_is_never_hidden_in_prose_a_word_a_path_or_a_type_uri(
    text: str,
) -> None:
    assert Redactor.of(*WORDS).text(text) == text


@pytest.mark.parametrize("secret", [*WORDS, DISTINCT])
def test_any_secret_in_quotes_is_hidden_and_the_quotes_kept(secret: str) -> None:
    hide = Redactor.of(secret)
    assert hide.text(f"got '{secret}', want \"{secret}\"") == (
        "got '[REDACTED]', want \"[REDACTED]\""
    )


@pytest.mark.parametrize("secret", WORDS)
def test_a_word_like_secret_between_two_kinds_of_quote_or_in_a_quoted_word_is_shown(
    secret: str,
) -> None:
    text = f"got '{secret}\", \"{secret}', '{secret}x', \"x{secret}\""
    assert Redactor.of(secret).text(text) == text


def test_echoes_that_share_a_quote_are_each_hidden() -> None:
    assert Redactor.of("pw").text("'pw'pw'pw'") == "'[REDACTED]'[REDACTED]'[REDACTED]'"
    assert Redactor.of("pw").text('"pw"pw"') == '"[REDACTED]"[REDACTED]"'


def test_a_secret_with_quotes_of_its_own_is_hidden_in_quotes() -> None:
    hide = Redactor.of("it's")
    assert hide.text("got 'it's' and \"it's\" and it's") == (
        "got '[REDACTED]' and \"[REDACTED]\" and it's"
    )
    assert hide.text("got 'it's\" and \"it's'") == "got 'it's\" and \"it's'"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (f"token {DISTINCT} expired", "token [REDACTED] expired"),
        (f"{DISTINCT}", "[REDACTED]"),
        (
            f"({DISTINCT}), [{DISTINCT}]; {{{DISTINCT}}} <{DISTINCT}>",
            "([REDACTED]), [[REDACTED]]; {[REDACTED]} <[REDACTED]>",
        ),
        (
            f"was:{DISTINCT}. key={DISTINCT}&next,{DISTINCT}!",
            "was:[REDACTED]. key=[REDACTED]&next,[REDACTED]!",
        ),
        (f"sent\t{DISTINCT}?\n{DISTINCT}:", "sent\t[REDACTED]?\n[REDACTED]:"),
        # the repr of a text that quotes it: its closing quote escaped
        (
            f"'h: \\'Basic {DISTINCT}\\', b: \\\"{DISTINCT}\\\"'",
            "'h: \\'Basic [REDACTED]\\', b: \\\"[REDACTED]\\\"'",
        ),
        (f"/v1/x/{DISTINCT}", f"/v1/x/{DISTINCT}"),  # a URL path
        (f"{DISTINCT}/x", f"{DISTINCT}/x"),
        (f"a{DISTINCT} {DISTINCT}b", f"a{DISTINCT} {DISTINCT}b"),  # part of a longer word
        (f"{DISTINCT}_x -{DISTINCT} {DISTINCT}-", f"{DISTINCT}_x -{DISTINCT} {DISTINCT}-"),
        (f"@{DISTINCT} {DISTINCT}@", f"@{DISTINCT} {DISTINCT}@"),
    ],
)
def test_a_distinctive_secret_standing_alone_is_hidden_and_nowhere_else(
    text: str, shown: str
) -> None:
    assert Redactor.of(DISTINCT).text(text) == shown


@pytest.mark.parametrize(
    ("secret", "expected"),
    [
        (DISTINCT, True),
        ("correct-horse-battery", True),  # letters and symbols
        ("a1b2c3d4e5f6g7h8", True),
        ("Zq8-kP2mW9xL4nR", False),  # 15 characters
        ("abcdefghijklmnopqrstu", False),  # a word, however long
        ("1234567890123456", False),  # no letter
        ("Zq8-kP2m W9xL4nR7x", False),  # a space: prose
        ("------------------", False),
    ],
)
def test_what_is_distinctive(secret: str, expected: bool) -> None:
    assert DISTINCTIVE_LENGTH == 16
    assert distinctive(secret) is expected
    assert (Redactor.of(secret).text(f"is {secret} here") == "is [REDACTED] here") is expected


def test_the_longest_secret_goes_first_so_that_one_inside_another_is_hidden_whole() -> None:
    long = f"{DISTINCT}-and-more"
    assert Redactor.of(DISTINCT, long).text(f"'{long}' {long}") == "'[REDACTED]' [REDACTED]"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Authorization: Bearer abc.def-123", "Authorization: Bearer [REDACTED]"),
        ("bearer x1y2, next", "bearer [REDACTED], next"),
        ("Bearer   a1 and Bearer\tYWJj==", "Bearer [REDACTED] and Bearer\t[REDACTED]"),
        ("Bearer sk_test_abc", "Bearer [REDACTED]"),
        ("send the bearer token", "send the bearer token"),  # a word after it: prose
        ("as `Authorization: Bearer <API key>`", "as `Authorization: Bearer <API key>`"),
        ("unbearer a1, Bearer", "unbearer a1, Bearer"),
        ("Bearer [REDACTED]", "Bearer [REDACTED]"),
        ("Bearer YWI= and Bearer ab.c==", "Bearer [REDACTED] and Bearer [REDACTED]"),
        (
            'Bearer realm="rplatform", error="invalid_token"',
            'Bearer realm="rplatform", error="invalid_token"',
        ),
        ("Bearer realm=x1 Bearer a=b1 Bearer a1=b", "Bearer realm=x1 Bearer a=b1 Bearer a1=b"),
    ],
)
def test_a_bearer_token_is_hidden_wherever_it_is(text: str, shown: str) -> None:
    assert Redactor.of().text(text) == shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("key=sk_test_abc123.", "key=[REDACTED]."),
        ("sk_live_X_y-z", "[REDACTED]-z"),
        ("my_sk_test_q", "my_[REDACTED]"),
        (
            "task_test_y disk_live_z sk_test_ sk_prod_x",
            "task_test_y disk_live_z sk_test_ sk_prod_x",
        ),
    ],
)
def test_an_api_key_is_hidden_wherever_it_is(text: str, shown: str) -> None:
    assert Redactor.of().text(text) == shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("mail a.b+c@example.co.uk.", "mail [REDACTED]."),
        ("(jo_e%1@sub-domain.example-1.org)", "([REDACTED])"),
        ("é@ü.de; x@y.z-", "[REDACTED]; [REDACTED]-"),
        ("x@y @types/node user@host a@.b", "x@y @types/node user@host a@.b"),
        ("a" * 40_000 + "@", "a" * 40_000 + "@"),
    ],
)
def test_an_email_address_is_hidden_wherever_it_is(text: str, shown: str) -> None:
    assert Redactor.of().text(text) == shown


def test_a_json_string_equal_to_a_secret_is_hidden_and_member_names_are_not_echoes() -> None:
    hide = Redactor.of("password", "the")
    body = {"password": "password", "b": ["the", {"c": "the end", "d": 1.5}], "a@b.co": None}
    assert hide.value(body) == {
        "password": "[REDACTED]",
        "b": ["[REDACTED]", {"c": "the end", "d": 1.5}],
        "[REDACTED]": None,
    }


def test_a_secret_members_whole_value_is_hidden_whatever_its_type() -> None:
    secret = Field("token", "token", secret=True)
    inner: dict[str, object] = {"token": secret}
    hide = Redactor.of()
    body = [
        {"token": "t", "nested": {"token": 5}},
        {"token": {"a": [1]}, "nested": {"token": None, "other": "t"}},
    ]
    assert hide.value(body, {"token": secret, "nested": inner}) == [
        {"token": "[REDACTED]", "nested": {"token": "[REDACTED]"}},
        {"token": "[REDACTED]", "nested": {"token": "[REDACTED]", "other": "t"}},
    ]


def test_json_nested_deeper_than_the_recursion_limit_is_hidden_all_the_same() -> None:
    deep: object = "a@b.co"
    for _ in range(5_000):
        deep = [deep]
    shown = Redactor.of().value(deep)
    for _ in range(5_000):
        assert isinstance(shown, list)
        (shown,) = shown
    assert shown == "[REDACTED]"


def test_a_value_at_a_path_of_the_answer_is_hidden_whole_under_a_secret_member() -> None:
    secret = Field("token", "token", secret=True)
    hide = Redactor(shape=shape("/x", (), {}, {"items": {"token": secret}}), success=True)
    assert hide.response_value({"value": "t"}, ["items", 3, "token", "value"]) == "[REDACTED]"
    assert hide.response_value({"token": "t"}, ["items", 3]) == {"token": "[REDACTED]"}
    assert hide.response_value("t", ["other"]) == "t"
    failed = Redactor(shape=shape("/x", (), {}, {"token": secret}), success=False)
    assert failed.response_value({"token": "t"}, []) == {"token": "t"}  # not the success schema


def test_the_marker_of_a_secret_member_of_the_answer_is_given_its_field_and_value() -> None:
    secret = Field("token", "token", format="push-token", secret=True)
    markers = Markers(secret=lambda field, value: f"<{field.format if field else 'echo'}:{value}>")
    tokens = shape("/x", (), {}, {"items": {"token": secret}})
    hide = Redactor(shape=tokens, success=True, markers=markers)
    assert hide.response_value("t-1", ["items", 0, "token"]) == "<push-token:t-1>"


def test_secret_path_and_query_parameters_are_hidden_in_urls_and_known_as_secrets() -> None:
    thing = Field("thing", "thing", "path", secret=True)
    to = Field("to", "to", "query", secret=True)
    key = Field("x_key", "X-Key", "header", secret=True)
    found = shape("/v1/things/{thing}/items/{item}", (thing, to, key), {}, {})
    url = "https://api.test/base/v1/things/a%2Fb/items/i_1?to=x%40y.org&page=2&to"
    hide = exchange(
        "GET",
        url,
        [("X-Key", "hk-1"), ("X-Other", "o")],
        None,
        success=False,
        locate=lambda m, p: found,
    )
    assert hide.secrets == ("a/b", "x@y.org", "hk-1")
    assert hide.url(url) == (
        "https://api.test/base/v1/things/[REDACTED]/items/i_1?to=[REDACTED]&page=2&to"
    )
    assert hide.headers([("X-Key", "hk-1"), ("X-Other", "o")]) == {
        "X-Key": "[REDACTED]",
        "X-Other": "o",
    }
    assert hide.url("https://api.test/elsewhere?to=z") == "https://api.test/elsewhere?to=[REDACTED]"


def test_each_secret_path_parameter_is_hidden_in_place_in_a_url_without_a_query() -> None:
    # Markers of another length than what they stand in: a span computed before an earlier
    # replacement would cut the URL in the wrong place.
    thing = Field("thing", "thing", "path", secret=True)
    item = Field("item", "item", "path", secret=True)
    found = shape("/v1/things/{thing}/items/{item}", (thing, item), {}, {})
    url = "https://api.test/v1/things/a%2Fb/items/i%201"
    hide = exchange("GET", url, [], None, success=False, locate=lambda m, p: found, markers=NAMED)
    assert hide.secrets == ("a/b", "i 1")
    assert hide.url(url) == "https://api.test/v1/things/[thing-a%2Fb]/items/[item-i%201]"


def test_a_secret_query_value_is_all_after_the_first_equals_sign_up_to_the_next_pair() -> None:
    # `?` and `=` may stand unencoded in a query (RFC 3986): the query starts at the first `?`,
    # and a value at its pair's first `=`.
    to = Field("to", "to", "query", secret=True)
    found = shape("/v1/x", (to,), {}, {})
    url = "https://api.test/v1/x?to=a=b?c&page=2"
    hide = exchange("GET", url, [], None, success=False, locate=lambda m, p: found, markers=NAMED)
    assert hide.secrets == ("a=b?c",)
    assert hide.url(url) == "https://api.test/v1/x?to=[to-a%3Db%3Fc]&page=2"


def test_markers_say_what_stands_in_for_each_kind_of_secret() -> None:
    markers = Markers(
        secret=lambda field, value: f"<{field.format if field else 'echo'}:{value}>",
        header="<header>",
        email=lambda match: "<email>",
        key="<key>",
        token="<token>",
    )
    field = Field("new_email", "new_email", format="email", secret=True)
    shaped = shape("/v1/x", (), tree([field]), {})
    hide = exchange(
        "POST",
        "https://api.test/v1/x",
        [("Authorization", "Bearer k-9"), ("X", "y")],
        b'{"new_email": "someone"}',
        success=False,
        locate=lambda m, p: shaped,
        markers=markers,
    )
    text = "'someone' 'k-9' sk_test_1 Bearer a1 a@b.co"
    assert hide.text(text) == "'<email:someone>' '<echo:k-9>' <key> Bearer <token> <email>"
    assert hide.value({"new_email": "x", "echo": "someone"}, hide.request_tree) == {
        "new_email": "<email:x>",
        "echo": "<email:someone>",
    }
    assert hide.headers([("Authorization", "Bearer k-9"), ("X", "y")]) == {
        "Authorization": "<header>",
        "X": "y",
    }


def test_a_marker_with_backslashes_is_written_as_it_is() -> None:
    path = r"C:\new\1"  # what re.sub would read as a line break and a group
    markers = Markers(secret=lambda field, value: path, key=path, token=path, email=path)
    hide = Redactor([("pw-secret-0123456789", None)], markers=markers)
    text = "'pw-secret-0123456789' pw-secret-0123456789 sk_test_1 Bearer a1 a@b.co"
    assert hide.text(text) == f"'{path}' {path} {path} Bearer {path} {path}"


def test_an_exchange_brings_at_most_max_secrets_the_requests_fields_first() -> None:
    cookies = "; ".join(f"c{n}=cookie-value-{n}" for n in range(MAX_SECRETS + 8))
    request = httpx.Request(
        "POST",
        "https://api.test/v1/settings/deletion",
        json={"password": "pw-first", "confirm_text": "DELETE MY ACCOUNT"},
        headers={"cookie": cookies},
    )
    secrets = rplatform._redact.secrets_of(request).secrets
    assert len(secrets) == MAX_SECRETS
    assert secrets[:3] == ("pw-first", cookies, "cookie-value-0")
    assert "cookie-value-29" in secrets and "cookie-value-30" not in secrets


# -- linear time: hostile texts of 10 MB are scrubbed at all (a quadratic step would not end) --

TEN_MB = 10_000_000


def test_hostile_texts_of_ten_megabytes_are_scrubbed_through() -> None:
    hide = Redactor.of("a1a1a1a1a1a1a1a1Z", "pw", 'it"s-Zq8-kP2mW9xL4', "x")
    # The stall (a run of word characters, then `@`), a domain of dots to give back,
    # and every rule matching as often as a text allows.
    assert hide.text("a" * TEN_MB + "@") == "a" * TEN_MB + "@"
    assert hide.text("a@b." + "." * TEN_MB) == "a@b." + "." * TEN_MB
    chunk = "a@b.c Bearer a1 sk_test_x 'pw' 'x'x' it\"s-Zq8-kP2mW9xL4 a1a1a1a1a1a1a1a1Z "
    shown = hide.text(chunk * (TEN_MB // len(chunk)))
    assert shown.startswith(
        "[REDACTED] Bearer [REDACTED] [REDACTED] '[REDACTED]' '[REDACTED]'[REDACTED]' [REDACTED] "
        "[REDACTED] [REDACTED]"
    )


def test_a_hostile_answer_of_ten_megabytes_ends_in_the_sdks_exception() -> None:
    request = httpx.Request("GET", "https://api.test/v1/billing/status")
    response = httpx.Response(500, text="a" * TEN_MB + "@", request=request)
    error = status_error(response)
    assert isinstance(error, rplatform.InternalServerError)
    assert str(error) == f"500 Internal Server Error: {'a' * 200}... (9,999,801 characters cut)"
