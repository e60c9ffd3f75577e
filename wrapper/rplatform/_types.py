"""Small shared types: the per-call options every method accepts, and the NOT_GIVEN marker.

`RequestOptions` and `PostOptions` are where the per-call options are named: the sets of names
a call accepts (`REQUEST_OPTIONS`, `POST_OPTIONS`) and their help text (`options_help`) are
read from them. An option's note in help() is the `Annotated` text of its type.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from typing import Annotated, Final, TypedDict

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

    idempotency_key: Annotated[
        str | None, "by default one is made per call and reused by its retries"
    ]


REQUEST_OPTIONS: Final = RequestOptions.__optional_keys__
POST_OPTIONS: Final = PostOptions.__optional_keys__


def options_help(options: type) -> str:
    """What help() says of `**options` typed `Unpack[options]` (`RequestOptions` or
    `PostOptions`): the options every method takes, then those of `options` alone, with notes.
    """
    hints = typing.get_type_hints(options, include_extras=True)
    common = [name for name in hints if name in REQUEST_OPTIONS]
    text = f"{_names(common)} for this call"
    for name, hint in hints.items():
        if name not in REQUEST_OPTIONS:
            notes = [note for note in getattr(hint, "__metadata__", ()) if isinstance(note, str)]
            text += f", and `{name}=`" + "".join(f" ({note})" for note in notes)
    return text + "."


def _names(names: list[str]) -> str:
    quoted = [f"`{name}=`" for name in names]
    return ", ".join(quoted[:-1]) + f" and {quoted[-1]}" if len(quoted) > 1 else quoted[0]


class NotGiven:
    """The marker of an argument left out, where None is a meaningful value."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Final = NotGiven()
