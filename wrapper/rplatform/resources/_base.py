"""What every resource shares: its two modes, the `Call` a method returns, and the parsers.

A facade method checks its arguments, asks the generated operation module for the request
(`api.get_status.request(...)`) and returns `call(request, api.get_status.SUCCESS, options)`:
`call` picks the parser from what the operation says a success is (one model, a list of
models, no content), so the method's result type comes from openapi.yaml too. The paginated
lists return `paged(self._client, request, SUCCESS, paging, options)` instead: a `ListResult`
of every item, which fetches the pages after the first through the client
(`_list_result.py`, `_pages.py`).

A resource knows its client only as a `Sender` (what `Client` is to it): the resources do not
import the client, which imports them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any, Generic, NamedTuple, Protocol, TypeVar, overload

import httpx
from rplatform_api.api import ArrayBody, FromDict, NoBody, ObjectBody, RequestDescription
from rplatform_api.lists import ModelList
from rplatform_api.types import UNSET, ParseError, Unset, parse_list

from .._body import check_media_type, decode
from .._list_result import ListResult
from .._pages import Page, Paging, Place, page_parser, release
from .._response import RawResponse

T = TypeVar("T")
M = TypeVar("M", bound=FromDict)


class Mode:
    """How a resource's methods answer: `Parsed` or `Raw`."""


class Parsed(Mode):
    """`client.billing`: methods return the parsed result (a model, a ModelList or None)."""


class Raw(Mode):
    """`client.with_raw_response.billing`: methods return a `RawResponse` around the result."""


ModeT = TypeVar("ModeT", bound=Mode)


class Sender(Protocol):
    """What a resource needs of its client: the base URL, and the way every call goes out."""

    base_url: str

    def _request(self, call: Call[T]) -> RawResponse[T]: ...


class Resource(Generic[ModeT]):
    """A group of API methods bound to one client, in one mode.

    Besides its documented arguments, every method takes the per-call options of
    `RequestOptions`, and the methods that POST those of `PostOptions` (`_types.py`).
    """

    def __init__(self, client: Sender, mode: type[ModeT]) -> None:
        self._client = client
        self._mode = mode

    def __repr__(self) -> str:
        raw = " (raw responses)" if self._mode is Raw else ""
        return f"<{type(self).__name__}{raw} of {self._client!r}>"


class Call(NamedTuple, Generic[T]):
    """What a method's body returns: the request, how to parse a success, the call's options."""

    request: RequestDescription
    parse: Callable[[httpx.Response], T]
    options: Mapping[str, object]


@overload
def call(
    request: RequestDescription, success: ObjectBody[M], options: Mapping[str, object]
) -> Call[M]: ...
@overload
def call(
    request: RequestDescription, success: ArrayBody[M], options: Mapping[str, object]
) -> Call[ModelList[M]]: ...
@overload
def call(
    request: RequestDescription, success: NoBody, options: Mapping[str, object]
) -> Call[None]: ...
def call(
    request: RequestDescription,
    success: ObjectBody[M] | ArrayBody[M] | NoBody,
    options: Mapping[str, object],
) -> Call[M] | Call[ModelList[M]] | Call[None]:
    """The call of `request`, whose success parses as the operation's `SUCCESS` says."""
    if isinstance(success, ObjectBody):
        return Call(request, model(success.model.from_dict), options)
    if isinstance(success, ArrayBody):
        return Call(request, model_list(success.model.from_dicts), options)
    return Call(request, no_content, options)


def paged(
    client: Sender,
    request: RequestDescription,
    success: ArrayBody[M],
    paging: Paging,
    options: Mapping[str, object],
) -> Call[ListResult[M]]:
    """The call of a paginated list: its first page, parsed into a `ListResult` that fetches
    the next ones through `client` with the same options, following `Link: rel="next"`."""
    items = model_list(success.model.from_dicts)

    def fetch(page: RequestDescription, read: Collection[Place]) -> Page[M]:
        parse = page_parser(items, client.base_url, page, read)
        raw = client._request(Call(page, parse, options))
        try:
            return raw.parse()
        finally:  # a page the result read itself: its response is seen by no one else
            release(raw.http_response)

    def parse(response: httpx.Response) -> ListResult[M]:
        first = page_parser(items, client.base_url, request)(response)
        return ListResult(first, fetch, success.model, paging)

    return Call(request, parse, options)


def model(from_dict: Callable[[Mapping[str, Any]], T]) -> Callable[[httpx.Response], T]:
    """A parser of a JSON object body into a generated model (its lists are ModelLists)."""

    def parse(response: httpx.Response) -> T:
        return from_dict(_json(response, dict))

    return parse


def model_list(
    from_dicts: Callable[[list[Any]], ModelList[T]],
) -> Callable[[httpx.Response], ModelList[T]]:
    """A parser of a JSON array body into a ModelList (a list that renders as a table), by a
    model's `from_dicts` (one loop for all items; errors name the item: `[3].is_current`)."""

    def parse(response: httpx.Response) -> ModelList[T]:
        return parse_list(_json(response, list), from_dicts)

    return parse


def no_content(response: httpx.Response) -> None:
    """The parser of a 204 response: there is nothing to return."""
    return None


def _json(response: httpx.Response, kind: type[Any]) -> Any:
    check_media_type(response)  # NotJSON: an HTML page is not parsed as if it were JSON
    data = decode(response.content)  # JSONDecodeError (a ValueError) on garbage
    if not isinstance(data, kind):
        # Marked: any value: the quote is made again from the body, scrubbed (`validation_error`).
        wanted = f"a JSON {'object' if kind is dict else 'array'}"
        raise ParseError.expected(wanted, data)  # pragma: no mutate (above)
    return data


def given(value: T | None) -> T | Unset:
    """None (the facade's "not given") as the generated layer's UNSET."""
    return UNSET if value is None else value
