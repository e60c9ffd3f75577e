"""A response body read as JSON: refused when it says it is something else, marked where Python
cannot hold a value.

`json.loads` reads `NaN`, `Infinity` and `-Infinity` (not JSON) as floats, and refuses a whole
body for one integer longer than Python converts (`sys.get_int_max_str_digits()`, 4,300
digits by default) with a message that names no field. Here the first are decoded as a `Mark`,
at no cost to a body without them, and a body with a long integer is decoded again, a `Mark`
in place of each long integer: a `Mark` is of no JSON type, so the models' parsing refuses it
where it finds it, naming the field (`storage_gb: expected number, got NaN (not JSON)`). A
body whose Content-Type is not JSON is refused before it is read (`NotJSON`).
"""

from __future__ import annotations

import json
import sys
from typing import Any

import httpx


class Mark:
    """What the decoder puts in place of a value Python cannot hold: it reads as what it was."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text


class NotJSON(ValueError):
    """A body whose Content-Type says it is not JSON (an HTML error page from a proxy...)."""


def _constant(name: str) -> Mark:
    return Mark(f"{name} (not JSON)")


def _integer(digits: str) -> int | Mark:
    try:
        return int(digits)
    except ValueError:  # longer than sys.get_int_max_str_digits()
        count = len(digits.lstrip("-"))
        limit = sys.get_int_max_str_digits()
        return Mark(f"an integer of {count:,} digits (Python reads at most {limit:,})")


# One decoder each, made once: json.loads with keyword arguments makes a new one every call.
_DECODER = json.JSONDecoder(parse_constant=_constant)
_LONG_DECODER = json.JSONDecoder(parse_constant=_constant, parse_int=_integer)


def decode(content: bytes) -> Any:
    """The JSON value of a body (UTF-8, -16 or -32, as `json.loads` reads bytes), with a `Mark`
    for each NaN, Infinity or integer too long for Python. ValueError if it is not JSON,
    RecursionError if it is nested too deep for Python to decode."""
    text = content.decode(json.detect_encoding(content), "surrogatepass")
    try:
        return _DECODER.decode(text)
    except ValueError as error:
        if "integer string conversion" not in str(error):
            raise
    return _LONG_DECODER.decode(text)


def check_media_type(response: httpx.Response) -> None:
    """Refuse a body whose Content-Type is given and is not JSON (`application/json`, or any
    `+json` type). A body without a Content-Type is read as JSON."""
    content_type = response.headers.get("content-type")  # pragma: no mutate (case-blind)
    if content_type is None:
        return
    media = content_type.partition(";")[0].strip().lower()
    if media != "application/json" and not media.endswith("+json"):
        kind = media or "no media type"
        raise NotJSON(f"expected a JSON body, got {kind} ({len(response.content):,} bytes)")
