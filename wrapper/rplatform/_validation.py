"""Argument checks run before anything is sent.

Each check raises `TypeError` (wrong type) or `ValueError` (right type, wrong value) with a
message naming the argument and the rule, so a mistake costs no request and no quota. The
server validates again; these checks only catch what the documentation already rules out, and
what would otherwise fail inside httpx with a message that names neither (a line break in a
header, a path id of "..", a non-ASCII API key). What openapi.yaml rules out is read from the
generated metadata (`integer_field` and `number_field` take a parameter's or body field's
`Field`), never copied here. No message quotes a credential or a header's
value. Values from notebooks are welcome where they are exact: numpy integers and `Decimal`
where a number is expected, `pandas.Timestamp` and `numpy.datetime64` where a date is.
"""

from __future__ import annotations

import datetime
import math
import numbers
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar, cast
from urllib.parse import quote

import httpx

from ._constants import MAX_ID_LENGTH

if TYPE_CHECKING:
    from rplatform_api.types import Field

T = TypeVar("T")
E = TypeVar("E", bound=Enum)
N = TypeVar("N", int, float)

# Patterns as strings: `re` compiles (and caches) each on first use, not when rplatform is
# imported. RFC 9110 5.1: a header name is a token.
_TOKEN = r"[-!#$%&'*+.^_`|~0-9A-Za-z]+"
# RFC 9110 5.5: visible ASCII, with single spaces or tabs inside; no line break, NUL, other
# control character or non-ASCII character (httpx sends headers as ASCII).
_FIELD_VALUE = r"(?:[\x21-\x7e]+(?:[ \t]+[\x21-\x7e]+)*)?"
_CONTROL = r"[\x00-\x1f\x7f]"
_VISIBLE_ASCII = r"[\x21-\x7e]+"


def optional(check: Callable[..., T], what: object, value: object, **rules: Any) -> T | None:
    """None stays None (the argument was left out); anything else must pass `check`, given
    `what` the argument is (its name, or its `Field` for the checks that take one)."""
    return None if value is None else check(what, value, **rules)


def _type_name(value: object) -> str:
    return type(value).__name__


def text(name: str, value: object) -> str:
    """A non-empty string (ids, tokens, URLs...)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {_type_name(value)}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def identifier(name: str, value: object) -> str:
    """An id that goes into the URL: not "." or "..", no "/" or control character, not huge.

    The URL quotes it, but "." and ".." are path segments a URL resolves (to another
    endpoint), and a server reads "%2F" as "/" as often as not.
    """
    value = text(name, value)
    if value in (".", ".."):
        raise ValueError(f"{name} must not be {value!r}: it would address another endpoint")
    if "/" in value:
        raise ValueError(f"{name} must not contain '/'")
    if not value.isprintable():
        index = next(i for i, char in enumerate(value) if not char.isprintable())
        raise ValueError(
            f"{name} must not contain control or invisible characters:"
            f" {value[index]!r} at index {index}"
        )
    # URL-encoding makes a character 12 at most (4 UTF-8 bytes, 3 each): a short id needs no
    # encoding to know it fits, and an id is short on every call but the careless one. A fast
    # path: an id it lets by would pass the check too, so its bound cannot be seen.
    if len(value) * 12 > MAX_ID_LENGTH:  # pragma: no mutate (a fast path: see above)
        length = len(quote(value, safe=""))
        if length > MAX_ID_LENGTH:
            raise ValueError(
                f"{name} must be at most {MAX_ID_LENGTH:,} characters once URL-encoded, "
                f"got {length:,}"
            )
    return value


def api_key(name: str, value: object) -> str:
    """An API key: visible ASCII characters only, without `Bearer ` before it. The message
    never shows the key."""
    value = text(name, value)
    if value[:7].lower() == "bearer ":
        raise ValueError(
            f"{name} must be the API key alone: drop the `Bearer ` prefix (the client sends "
            "`Authorization: Bearer <API key>` itself)"
        )
    if not re.fullmatch(_VISIBLE_ASCII, value):
        raise ValueError(
            f"{name} must contain only visible ASCII characters, and this one has a space, a "
            "line break or another character a key never has (a key read from a file keeps "
            "its final line break: strip() it)"
        )
    return value


def base_url(name: str, value: object) -> str:
    """An http(s) URL without credentials, query or fragment, below which the API's /v1 paths
    go; returned without its final slash. The message never shows credentials or a query."""
    value = text(name, value)
    example = "such as 'https://api.example.com' or 'http://127.0.0.1:8787'"
    if re.search(_CONTROL, value) or value != value.strip() or " " in value:
        raise ValueError(f"{name} must not contain spaces or control characters")
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL as error:
        raise ValueError(f"{name} is not a valid URL ({error}): use one {example}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"{name} must be an http:// or https:// URL, {example}")
    if url.userinfo:
        raise ValueError(
            f"{name} must not carry credentials (user:password@): pass the API key as api_key"
        )
    path = url.path.rstrip("/")
    fixed = f"{url.scheme}://{url.netloc.decode()}{path.removesuffix('/v1')}"  # ASCII: IDNA
    if url.query or url.fragment or value.endswith(("?", "#")):
        raise ValueError(
            f"{name} must not have a query (?...) or fragment (#...): every request would "
            f"lose its own; use {fixed!r}"
        )
    if path.endswith("/v1"):
        raise ValueError(
            f"{name} must not end in /v1: the API's paths start with /v1; use {fixed!r}"
        )
    return fixed


def integer(name: str, value: object, *, minimum: int | None = None) -> int:
    """A whole number, at least `minimum` if given, as an int (the bounds openapi.yaml gives a
    field: `integer_field`).

    An int, a numpy integer, or a float, numpy float or `Decimal` with a whole value (a
    DataFrame cell); not a bool, which Python counts as an int.
    """
    # Marked: `_whole` gives the same for an int; this is the common case without conversions.
    whole = value if type(value) is int else _whole(name, value)  # pragma: no mutate (above)
    _bounds(name, whole, minimum, None)
    return whole


def _whole(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Real | Decimal):
        raise TypeError(f"{name} must be an int, not {_type_name(value)}")
    if isinstance(value, numbers.Integral):
        return int(value)
    try:
        whole = int(cast(float, value))  # a Decimal or a numpy float: both have __int__
    except (ValueError, OverflowError):  # NaN, infinity
        raise ValueError(f"{name} must be a whole number, got {value!r}") from None
    if whole != value:
        raise ValueError(f"{name} must be a whole number, got {value!r}")
    return whole


def number(name: str, value: object, *, minimum: float | None = None) -> float:
    """A finite number, at least `minimum` if given: an int, a float, a numpy number or a
    Decimal (the bounds openapi.yaml gives a field: `number_field`).

    A `Decimal` is returned as it is, so that the request carries its exact digits (the JSON
    encoder writes them, `_json.py`); its type is then a float's only in name.
    """
    # Marked: `_real` gives the same for these; this is the common case without conversions.
    if type(value) is float or type(value) is int:  # pragma: no mutate (above)
        exact: float = value
    else:
        exact = _real(name, value)
    if not (exact.is_finite() if isinstance(exact, Decimal) else math.isfinite(exact)):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    _bounds(name, exact, minimum, None)
    return exact


def _real(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real | Decimal):
        raise TypeError(f"{name} must be a number, not {_type_name(value)}")
    if isinstance(value, Decimal):
        return cast(float, value)  # compared with the bounds as it is, exactly
    if isinstance(value, numbers.Integral):
        return int(value)
    return float(value)


def integer_field(rule: Field, value: object) -> int:
    """A whole number (as `integer`) within the bounds openapi.yaml gives the parameter or body
    field `rule`; the message names `rule.name`."""
    return _within(rule, integer(rule.name, value))


def number_field(rule: Field, value: object) -> float:
    """A finite number (as `number`) within the bounds openapi.yaml gives `rule`."""
    return _within(rule, number(rule.name, value))


def _within(rule: Field, value: N) -> N:
    _bounds(rule.name, value, rule.minimum, rule.maximum, rule.exclusive_minimum,
            rule.exclusive_maximum)  # fmt: skip
    return value


def text_field(rule: Field, value: object) -> str:
    """A non-empty string (as `text`) of the lengths and the pattern openapi.yaml gives the
    parameter or body field `rule`; the message names `rule.name`."""
    value = text(rule.name, value)
    if rule.max_length is not None and len(value) > rule.max_length:
        raise ValueError(
            f"{rule.name} must be at most {rule.max_length:,} characters, got {len(value):,}"
        )
    if rule.min_length is not None and len(value) < rule.min_length:
        raise ValueError(
            f"{rule.name} must be at least {rule.min_length:,} characters, got {len(value):,}"
        )
    if rule.pattern is not None and not re.search(_end_is_end(rule.pattern), value):
        raise ValueError(f"{rule.name} must match {rule.pattern}, got {value!r}")
    return value


def _end_is_end(pattern: str) -> str:
    """`pattern` with `$` read as JSON Schema (ECMA-262) reads it, the end of the text: in
    Python it also matches before a final line break ("abc\\n")."""
    out, escaped, in_class = [], False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "[]":
            in_class = char == "["
        elif char == "$" and not in_class:
            char = r"\Z"
        out.append(char)
    return "".join(out)


def boolean(name: str, value: object) -> bool:
    """A real bool: 0, 1 and "false" are refused rather than guessed at."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, not {_type_name(value)}")
    return value


def member(name: str, value: object, enum: type[E]) -> E:
    """One of the documented values of a string enum: a member, or its value as a str."""
    if isinstance(value, enum):
        return value
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {_type_name(value)}")
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in enum)
        raise ValueError(f"{name} must be one of {allowed}, got {value!r}") from None


def date(name: str, value: object) -> datetime.date:
    """A date: a `datetime.date`, a datetime (its date; a `pandas.Timestamp` is one), a
    `numpy.datetime64`, or an ISO string `YYYY-MM-DD`. NaT is refused."""
    if isinstance(value, datetime.datetime):
        if value != value:  # pandas.NaT, the only datetime not equal to itself
            raise ValueError(f"{name} must be a date, got NaT")
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise ValueError(
                f"{name} must be an ISO date like '2025-06-01', got {value!r}"
            ) from None
    if type(value).__module__ == "numpy" and type(value).__name__ == "datetime64":
        return _numpy_date(name, value)
    raise TypeError(
        f"{name} must be a datetime.date or an ISO date string, not {_type_name(value)}"
    )


def _numpy_date(name: str, value: Any) -> datetime.date:
    if value != value:  # numpy.datetime64("NaT")
        raise ValueError(f"{name} must be a date, got NaT")
    day = value.astype("datetime64[D]").item()  # a datetime.date, or an int out of its range
    if not isinstance(day, datetime.date):
        raise ValueError(f"{name} must be a date between years 1 and 9999, got {value!r}")
    return day


def owner(user_id: object, organization_id: object) -> tuple[str | None, str | None]:
    """The billing owner scope: user_id or organization_id or neither (yourself), never both."""
    if user_id is not None and organization_id is not None:
        raise ValueError("pass user_id or organization_id, not both")
    return (
        optional(identifier, "user_id", user_id),
        optional(identifier, "organization_id", organization_id),
    )


def timeout(value: object) -> float | httpx.Timeout | None:
    """None, a non-negative number of seconds, or an `httpx.Timeout`."""
    if value is None or isinstance(value, httpx.Timeout):
        return value
    return number("timeout", value, minimum=0)


def headers(name: str, value: object) -> Mapping[str, str]:
    """Header names (RFC 9110 tokens) to values HTTP can carry: visible ASCII, spaces inside.

    The message names the header, never its value (it may be a credential).
    """
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise TypeError(f"{name} must be a mapping of str to str")
    for header, content in value.items():
        if not re.fullmatch(_TOKEN, header):
            raise ValueError(
                f"{name}: {header!r} is not a valid header name (letters, digits and "
                "!#$%&'*+-.^_`|~ only)"
            )
        header_value(f"{name}[{header!r}]", content)
    return value


def header_value(name: str, value: str) -> str:
    """A string HTTP can send as a header value; the message never shows it. Its callers have
    checked that it is a string (`text`, `headers`)."""
    if not re.fullmatch(_FIELD_VALUE, value):
        raise ValueError(
            f"{name} must be visible ASCII characters with single spaces inside: no line "
            "break, control or non-ASCII character, nor a space at either end"
        )
    return value


def _bounds(
    name: str,
    value: Any,
    minimum: float | None,
    maximum: float | None,
    above: bool = False,
    below: bool = False,
) -> None:
    """`value` within the bounds; `above`/`below`: strictly (the bound itself is refused)."""
    if minimum is not None and (value <= minimum if above else value < minimum):
        raise ValueError(f"{name} must be >{'' if above else '='} {minimum}, got {value!r}")
    if maximum is not None and (value >= maximum if below else value > maximum):
        raise ValueError(f"{name} must be <{'' if below else '='} {maximum}, got {value!r}")
