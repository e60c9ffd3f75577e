"""A request's JSON body as bytes, with every number exact: a `Decimal` keeps its own digits.

`json.dumps` cannot write a `Decimal`, and converting it to a float would round it
(`Decimal("0.1000000000000000055511151231257827")` would go out as `0.1`). The usual body has
no Decimal and is encoded by `json.dumps` in one call, as httpx would; a body that has one is
written by a small encoder that puts the Decimal's digits in the JSON text as they are.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal


class _HasDecimal(Exception):
    """Raised by `json.dumps`'s fallback at the first Decimal: the body needs `_exact`."""


def dumps(body: Mapping[str, object]) -> bytes:
    """The UTF-8 JSON of a request body, compact (as httpx writes it); NaN and infinity refused."""
    try:
        text = json.dumps(
            body, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_fallback
        )
    except _HasDecimal:
        text = _exact(body)
    return text.encode("utf-8")  # pragma: no mutate ("UTF-8" names the same codec)


def _fallback(value: object) -> object:
    if isinstance(value, Decimal):
        raise _HasDecimal
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _exact(value: object) -> str:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"Out of range Decimal value is not JSON compliant: {value!r}")
        return str(value)  # "0.05", "1E+3", "-0": each a JSON number, the Decimal's digits
    if isinstance(value, Mapping):
        items = (f"{_scalar(str(key))}:{_exact(item)}" for key, item in value.items())
        return "{" + ",".join(items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(_exact(item) for item in value) + "]"
    return _scalar(value)


def _scalar(value: object) -> str:
    # No `default=_fallback`: a Decimal never reaches here, and json's own TypeError is the same.
    return json.dumps(value, ensure_ascii=False, allow_nan=False)
