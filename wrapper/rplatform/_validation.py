"""Argument checks run before anything is sent.

Each check raises `TypeError` (wrong type) or `ValueError` (right type, wrong value) with a
message naming the argument and the rule, so a mistake costs no request and no quota. The
server validates again; these checks only catch what the documentation already rules out.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, TypeVar

import httpx

T = TypeVar("T")
E = TypeVar("E", bound=Enum)


def optional(check: Callable[..., T], name: str, value: object, **rules: Any) -> T | None:
    """None stays None (the argument was left out); anything else must pass `check`."""
    return None if value is None else check(name, value, **rules)


def _type_name(value: object) -> str:
    return type(value).__name__


def text(name: str, value: object) -> str:
    """A non-empty string (ids, tokens, URLs...)."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {_type_name(value)}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def integer(
    name: str, value: object, *, minimum: int | None = None, maximum: int | None = None
) -> int:
    """An int (not a bool, which Python counts as one) within the given bounds."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {_type_name(value)}")
    _bounds(name, value, minimum, maximum)
    return value


def number(
    name: str, value: object, *, minimum: float | None = None, maximum: float | None = None
) -> float:
    """An int or a finite float (not a bool) within the given bounds."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number, not {_type_name(value)}")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    _bounds(name, value, minimum, maximum)
    return value


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
    """A `datetime.date` (a datetime counts by its date) or an ISO string `YYYY-MM-DD`."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        raise TypeError(
            f"{name} must be a datetime.date or an ISO date string, not {_type_name(value)}"
        )
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} must be an ISO date like '2025-06-01', got {value!r}") from None


def owner(user_id: object, organization_id: object) -> tuple[str | None, str | None]:
    """The billing owner scope: user_id or organization_id or neither (yourself), never both."""
    if user_id is not None and organization_id is not None:
        raise ValueError("pass user_id or organization_id, not both")
    return optional(text, "user_id", user_id), optional(text, "organization_id", organization_id)


def timeout(value: object) -> float | httpx.Timeout | None:
    """None, a non-negative number of seconds, or an `httpx.Timeout`."""
    if value is None or isinstance(value, httpx.Timeout):
        return value
    return number("timeout", value, minimum=0)


def headers(name: str, value: object) -> Mapping[str, str]:
    """A mapping of header names to string values."""
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise TypeError(f"{name} must be a mapping of str to str")
    return value


def _bounds(name: str, value: float, minimum: float | None, maximum: float | None) -> None:
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value!r}")
    if maximum is not None and value > maximum:
        raise ValueError(f"{name} must be <= {maximum}, got {value!r}")
