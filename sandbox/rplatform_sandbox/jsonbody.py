"""Parsing a JSON request body without trusting it: every way it can fail is a `BodyError`.

`parse()` refuses what `json.loads` would turn into a crash further on: invalid UTF-8, malformed
JSON, nesting deeper than `MAX_DEPTH` (the C decoder would raise `RecursionError`, jsonschema
would recurse as deep), integers longer than Python's int-from-string limit (a `ValueError`
that is not a `JSONDecodeError`), and strings holding lone surrogates (`"\\ud800"` decodes to a
`str` that no UTF-8 encoder, SQLite's included, will take), and `NaN`, `Infinity` or a float
literal too large to be finite (JSON has none of them, and `NaN` passes every `minimum` and
`maximum`). The error names the field.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_DEPTH = 64


class BodyError(ValueError):
    """The body is not acceptable JSON; the message says where and why."""


def parse(raw: bytes, encoding: str = "utf-8") -> Any:
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise BodyError(f"The body is not valid {encoding}.") from None
    try:
        value = json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except json.JSONDecodeError as exc:
        raise BodyError(f"The body is not valid JSON: {exc}.") from None
    except BodyError:
        raise
    except RecursionError:
        raise BodyError(f"body: JSON nested deeper than {MAX_DEPTH} levels.") from None
    except ValueError as exc:  # an integer with more digits than int() accepts
        raise BodyError(f"body: a number is too long ({exc}).") from None
    check(value)
    return value


def _no_constant(name: str) -> Any:
    raise BodyError(f"The body is not valid JSON: {name} is not a JSON number.")


def _finite(text: str) -> float:
    number = float(text)
    if math.isinf(number):
        raise BodyError(f"body: the number {text[:20]}… is too large.")
    return number


def check(value: Any) -> None:
    """Depth and Unicode of a decoded document, walked without recursion."""
    stack: list[tuple[Any, tuple[str, ...]]] = [(value, ())]
    while stack:
        node, path = stack.pop()
        if len(path) > MAX_DEPTH:
            raise BodyError(f"{_name(path)}: JSON nested deeper than {MAX_DEPTH} levels.")
        if isinstance(node, str):
            _text(node, path)
        elif isinstance(node, dict):
            for key, item in node.items():
                _text(key, path)
                stack.append((item, (*path, key)))
        elif isinstance(node, list):
            stack.extend((item, (*path, str(i))) for i, item in enumerate(node))


def _text(text: str, path: tuple[str, ...]) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BodyError(
            f"{_name(path)}: invalid Unicode (a lone surrogate such as \\ud800)."
        ) from None


def _name(path: tuple[str, ...]) -> str:
    shown = ".".join(_printable(part) for part in path[:8])
    return shown + (".…" if len(path) > 8 else "") if shown else "body"


def _printable(part: str) -> str:
    return part.encode("utf-8", "backslashreplace").decode("utf-8")[:64]
