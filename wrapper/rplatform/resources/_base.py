"""What every resource shares: the call into the client, raw mode, and the response parsers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx
from rplatform_api.types import UNSET, Unset, parse_list

from .._raw import RawResource
from .._tables import ModelList

if TYPE_CHECKING:
    from .._client import Client

T = TypeVar("T")


class Resource:
    """A group of API methods bound to one client.

    Besides its documented arguments, every method takes the per-call options `timeout=`,
    `max_retries=` and `extra_headers=` (`RequestOptions`), and the methods that POST also
    `idempotency_key=` (`PostOptions`).
    """

    def __init__(self, client: Client, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    @property
    def with_raw_response(self) -> RawResource:
        """The same methods, returning a `RawResponse` (status, headers, request id, `.parse()`)."""
        return RawResource(type(self)(self._client, raw=True))

    def _call(
        self,
        description: Mapping[str, Any],
        options: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
    ) -> T:
        raw = self._client._request(description, options, parse)
        # In raw mode the caller asked for the RawResponse itself (see RawResource's typing).
        return cast(T, raw) if self._raw else raw.parse()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


def model(from_dict: Callable[[Mapping[str, Any]], T]) -> Callable[[httpx.Response], T]:
    """A parser of a JSON object body into a generated model (its lists are ModelLists)."""

    def parse(response: httpx.Response) -> T:
        return from_dict(_json(response, dict))

    return parse


def model_list(
    from_dicts: Callable[[list[Any]], list[T]],
) -> Callable[[httpx.Response], ModelList[T]]:
    """A parser of a JSON array body into a ModelList (a list that renders as a table), by a
    model's `from_dicts` (one loop for all items; errors name the item: `[3].is_current`)."""

    def parse(response: httpx.Response) -> ModelList[T]:
        # Built by the generated layer as a ModelList: see _tables.
        return cast(ModelList[T], parse_list(_json(response, list), from_dicts))

    return parse


def no_content(response: httpx.Response) -> None:
    """The parser of a 204 response: there is nothing to return."""
    return None


def _json(response: httpx.Response, kind: type[Any]) -> Any:
    data = response.json()  # JSONDecodeError (a ValueError) on HTML or garbage
    if not isinstance(data, kind):
        raise TypeError(
            f"expected a JSON {'object' if kind is dict else 'array'}, got {data!r:.80}"
        )
    return data


def given(value: T | None) -> T | Unset:
    """None (the facade's "not given") as the generated layer's UNSET."""
    return UNSET if value is None else value
