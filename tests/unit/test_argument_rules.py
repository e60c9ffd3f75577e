"""The argument checks' limits and messages, word for word (test_validation.py checks that
every method runs them; these tests pin their edges)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from decimal import Decimal

import httpx
import pytest
from rplatform import _validation as check
from rplatform.models import Theme
from rplatform_api.api import Field


def test_an_id_may_be_1024_characters_once_url_encoded_and_no_more() -> None:
    assert check.identifier("session_id", "s" * 1024) == "s" * 1024
    with pytest.raises(ValueError) as info:
        check.identifier("session_id", "s" * 1025)
    assert str(info.value) == (
        "session_id must be at most 1,024 characters once URL-encoded, got 1,025"
    )


def test_a_non_ascii_id_is_measured_url_encoded() -> None:
    assert check.identifier("project_id", "é" * 170) == "é" * 170  # 1,020 encoded
    with pytest.raises(ValueError, match=r"^project_id must be at most 1,024 .*, got 1,026$"):
        check.identifier("project_id", "é" * 171)
    with pytest.raises(ValueError, match=r"got 1,026$"):
        check.identifier("project_id", "é" * 86 + ":" * 170)  # ":" is 3 once encoded


def test_an_api_key_is_refused_by_name_and_its_message_says_how_to_fix_it() -> None:
    with pytest.raises(TypeError, match=r"^api_key must be a str, not int$"):
        check.api_key("api_key", 5)
    with pytest.raises(ValueError) as info:
        check.api_key("api_key", "sk_test_abc\n")
    assert str(info.value) == (
        "api_key must contain only visible ASCII characters, and this one has a space, a line "
        "break or another character a key never has (a key read from a file keeps its final "
        "line break: strip() it)"
    )
    assert "sk_test" not in str(info.value) and re.fullmatch(r"[ -~]+", str(info.value))


EXAMPLE = "such as 'https://api.example.com' or 'http://127.0.0.1:8787'"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("https://[::1", f"base_url is not a valid URL (Invalid port: ':1'): use one {EXAMPLE}"),
        ("ftp://x.test", f"base_url must be an http:// or https:// URL, {EXAMPLE}"),
        ("https://a.test\xa0", "base_url must not contain spaces or control characters"),
        (
            "https://u:p@a.test",
            "base_url must not carry credentials (user:password@): pass the API key as api_key",
        ),
        (
            "https://a.test/v1/?x",
            "base_url must not have a query (?...) or fragment (#...): every request would lose "
            "its own; use 'https://a.test'",
        ),
        (
            "https://a.test/#",  # an empty fragment is still one
            "base_url must not have a query (?...) or fragment (#...): every request would lose "
            "its own; use 'https://a.test'",
        ),
        (
            "https://a.test/v1/",
            "base_url must not end in /v1: the API's paths start with /v1; use 'https://a.test'",
        ),
    ],
)
def test_a_base_url_is_refused_with_what_to_use_instead(value: str, message: str) -> None:
    with pytest.raises(ValueError) as info:
        check.base_url("base_url", value)
    assert str(info.value) == message


def test_a_base_url_that_is_not_text_is_refused_by_name() -> None:
    with pytest.raises(TypeError, match=r"^base_url must be a str, not bytes$"):
        check.base_url("base_url", b"https://a.test")


def test_a_base_url_keeps_its_path_without_the_final_slash() -> None:
    assert check.base_url("base_url", "https://a.test/PROXY/") == "https://a.test/PROXY"
    assert check.base_url("base_url", "https://a.test/tenantX//") == "https://a.test/tenantX"
    assert check.base_url("base_url", "http://127.0.0.1:8787") == "http://127.0.0.1:8787"


def test_a_whole_number_of_any_kind_is_an_int() -> None:
    np = pytest.importorskip("numpy")
    for value in (np.int64(6), 6.0, Decimal("6"), np.float32(6)):
        whole = check.integer("month", value, minimum=1)
        assert whole == 6 and type(whole) is int


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: check.number("cost", "5"), TypeError, "cost must be a number, not str"),
        (
            lambda: check.number_field(Field("cost", "cost", "body", maximum=10), 11),
            ValueError,
            "cost must be <= 10, got 11",
        ),
        (
            lambda: check.number("cost", Decimal("sNaN")),
            ValueError,
            "cost must be a finite number, got Decimal('sNaN')",
        ),
        (lambda: check.member("theme", 5, Theme), TypeError, "theme must be a str, not int"),
        (
            lambda: check.date("start", 5),
            TypeError,
            "start must be a datetime.date or an ISO date string, not int",
        ),
        (
            lambda: check.owner("usr_1", "org_1"),
            ValueError,
            "pass user_id or organization_id, not both",
        ),
    ],
)
def test_a_wrong_argument_is_refused_word_for_word(
    call: Callable[[], object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as info:
        call()
    assert str(info.value) == message


def test_numpy_numbers_and_dates_are_taken_as_python_ones() -> None:
    np = pytest.importorskip("numpy")
    count = check.number("cost", np.int64(5))
    assert count == 5 and type(count) is int
    half = check.number("cost", np.float32(0.5))
    assert half == 0.5 and type(half) is float
    assert check.date("start", np.datetime64("2025-06-01T12:00")) == datetime.date(2025, 6, 1)
    with pytest.raises(ValueError, match=r"^start must be a date, got NaT$"):
        check.date("start", np.datetime64("NaT"))
    with pytest.raises(ValueError, match=r"^start must be a date between years 1 and 9999, got"):
        check.date("start", np.datetime64("10000-01-01"))


def test_pandas_nat_is_refused_as_a_date() -> None:
    pd = pytest.importorskip("pandas")
    with pytest.raises(ValueError, match=r"^start must be a date, got NaT$"):
        check.date("start", pd.NaT)


def test_a_timeout_is_none_a_number_of_seconds_from_zero_or_an_httpx_timeout() -> None:
    assert check.timeout(None) is None and check.timeout(0) == 0 and check.timeout(2.5) == 2.5
    limits = httpx.Timeout(3.0)
    assert check.timeout(limits) is limits
    with pytest.raises(ValueError, match=r"^timeout must be >= 0, got -1$"):
        check.timeout(-1)
    with pytest.raises(TypeError, match=r"^timeout must be a number, not str$"):
        check.timeout("5")


def test_a_header_name_is_refused_with_the_characters_allowed() -> None:
    with pytest.raises(ValueError) as info:
        check.headers("extra_headers", {"bad name": "x"})
    assert str(info.value) == (
        "extra_headers: 'bad name' is not a valid header name (letters, digits and "
        "!#$%&'*+-.^_`|~ only)"
    )


def test_a_number_is_checked_against_the_bounds_its_field_documents() -> None:
    from rplatform_api.api import Field

    year = Field("year", "year", "query", type="integer", minimum=2000, maximum=2100)
    assert check.integer_field(year, 2100) == 2100 and check.integer_field(year, 2000) == 2000
    for value, message in ((2101, "year must be <= 2100, got 2101"),
                           (1999, "year must be >= 2000, got 1999")):  # fmt: skip
        with pytest.raises(ValueError) as info:
            check.integer_field(year, value)
        assert str(info.value) == message
    with pytest.raises(TypeError, match=r"^year must be an int, not str$"):
        check.integer_field(year, "2025")
    share = Field("share", "share", type="number", minimum=0, maximum=1,
                  exclusive_minimum=True, exclusive_maximum=True)  # fmt: skip
    assert check.number_field(share, 0.5) == 0.5
    for value, message in ((0, "share must be > 0, got 0"), (1.0, "share must be < 1, got 1.0")):
        with pytest.raises(ValueError) as info:
            check.number_field(share, value)
        assert str(info.value) == message
    assert check.number_field(Field("any", "any", type="number"), -1e300) == -1e300


def test_an_operation_names_what_it_lacks() -> None:
    from rplatform_api.api.billing import get_usage

    assert get_usage.OPERATION.field("year").maximum == 2100
    with pytest.raises(KeyError, match="getUsage has no parameter or body field 'yaer'"):
        get_usage.OPERATION.field("yaer")
