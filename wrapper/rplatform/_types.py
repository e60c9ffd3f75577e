"""Small shared types: the per-call options every method accepts, and the NOT_GIVEN marker."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, TypedDict

import httpx

from ._retry import RetryPolicy

Timeout = float | httpx.Timeout | None
"""Seconds for every phase, an `httpx.Timeout` per phase, or None for no timeout at all."""


class RequestOptions(TypedDict, total=False):
    """Keyword options accepted by every API method, overriding the client's for one call.

    `max_retries=` changes only the number of retries of the client's policy; `retry=` replaces
    the policy (`RetryPolicy`) for the call.
    """

    timeout: Timeout
    max_retries: int
    retry: RetryPolicy
    extra_headers: Mapping[str, str]


class PostOptions(RequestOptions, total=False):
    """Options of the methods that POST: the Idempotency-Key too.

    Omitted, a fresh key is generated for the call and reused by its retries. A string is sent
    as given (to make a retry of your own, later, idempotent too). None sends no key; the call
    is then retried only when the request certainly never reached the server.
    """

    idempotency_key: str | None


class NotGiven:
    """The marker of an argument left out, where None is a meaningful value."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Final = NotGiven()
