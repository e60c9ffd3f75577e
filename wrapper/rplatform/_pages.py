"""Pages of a paginated list: what a call asks for, reading one page, and where the next starts.

The API pages its growing lists with a `limit` (the page's size) and an opaque `cursor` query
parameter, announces the next page in `Link: </v1/...?cursor=...>; rel="next"` (RFC 8288) and
sends no `Link` on the last page. A method's `limit=` is not the page's size but the most items
in all (`Paging`): each page asks for `min(limit - read, page_size)`, so that `limit=10` costs
one request of 10. `rplatform.ListResult` (`_list_result.py`) reads the pages through here.

A page's `Link` is checked before it is followed: it must stay under the client's base URL
(same scheme, host, port and path prefix: the API key goes with it), name a cursor, come with
items (an empty page is the last one), and lead to a page not read yet in this pass (a `Link`
back to an earlier page would loop forever).
Each breach fails the page's parsing, which the client reports as an
`APIResponseValidationError`.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Generic, NamedTuple, TypeVar

import httpx
from rplatform_api.api import QueryValue, RequestDescription

from . import _validation as check

if TYPE_CHECKING:
    from rplatform_api.api import Field, Operation
    from rplatform_api.lists import ModelList

M = TypeVar("M")
# The query parameters of every paginated operation (design.md, "Spec conventions").
LIMIT = "limit"
CURSOR = "cursor"
# Where a page starts (its path and query but the page size, which differs from page to page),
# as a digest: a loop keeps one per page it read, so that it stays small (16 bytes).
Place = bytes


class Paging(NamedTuple):
    """What one call of a paginated method asks for, checked."""

    limit: int | None  # the most items in all; None: every item
    page_size: int | None  # the most items a request asks for; None: the API's default
    cursor: str | None  # where the list starts; None: at its beginning
    method: str  # the method, as a user calls it: `r.settings.get_login_history`
    default: int | None = None  # the page size the API takes when none is sent

    def per_page(self, read: int) -> int | None:
        """The `limit` to send for the next page, `read` items having been read: None (send
        none) when it is the API's default."""
        size = self.page_size
        if self.limit is not None:
            left = self.limit - read
            size = left if size is None else min(left, size)
        return None if size == self.default else size


def paging(operation: Operation, limit: object, page_size: object, cursor: object) -> Paging:
    """The checked `Paging` of a call: `page_size` within the bounds openapi.yaml gives the
    page's `limit` (default: its maximum, the fewest requests), `limit` at least its minimum
    (no maximum: it counts items, not a page's), `cursor` as the spec's `cursor` allows."""
    rules = _rules(operation)
    size = check.optional(check.integer_field, rules.page_size, page_size)
    return Paging(
        limit=check.optional(check.integer_field, rules.in_all, limit),
        page_size=rules.largest if size is None else size,
        cursor=check.optional(check.text_field, rules.cursor, cursor),
        method=rules.method,
        default=rules.default,
    )


class _Rules(NamedTuple):
    """What `paging` checks a paginated operation's arguments against, from openapi.yaml."""

    page_size: Field  # the API's `limit`, named as the method's argument
    in_all: Field  # the method's `limit`: the API's minimum, no maximum
    cursor: Field
    largest: int | None  # the page size asked for when none is given: the spec's maximum
    default: int | None  # the page size the API takes when none is sent
    method: str


@functools.cache  # one per operation: a call then costs its checks alone
def _rules(operation: Operation) -> _Rules:
    rule = operation.field(LIMIT)
    return _Rules(
        page_size=rule._replace(name="page_size"),
        in_all=rule._replace(maximum=None, exclusive_maximum=False),
        cursor=operation.field(CURSOR),
        largest=_whole(rule.maximum if rule.maximum is not None else rule.default),
        default=_whole(rule.default),
        method=f"r.{operation.tag}.{_snake(operation.operation_id)}",
    )


# What help() says of a paginated method beside openapi.yaml's words, which are the API's.
HELP_NOTE = (
    "This method reads the pages for you: its `limit` is the most items in all, its "
    "`page_size` the API's `limit` of one page."
)
RESULT_NOTE = (
    "Every item (at most `limit`), each page requested when a loop reaches it: a "
    "`rplatform.ListResult`."
)


def help_fields(operation: Operation) -> dict[str, Field]:
    """How help() describes the paging arguments of `operation`'s method, by name."""
    rule = operation.field(LIMIT)
    cursor = operation.field(CURSOR)
    in_all = (
        "The most items to read in all, in the list's order (from `cursor` when given); "
        "default: every item."
    )
    resume = "A result's `next_cursor` continues after the items it read."
    return {
        LIMIT: rule._replace(description=in_all, maximum=None, default=None),
        "page_size": rule._replace(name="page_size"),
        CURSOR: cursor._replace(description=f"{cursor.description} {resume}".strip()),
    }


def _whole(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _snake(operation_id: str) -> str:
    """A method's name, as the facade names it after the operationId: `getLoginHistory` ->
    `get_login_history`."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", operation_id).lower()


class Page(NamedTuple, Generic[M]):
    """One page read: its items, the request that read it, and the next page's request (None
    on the last page)."""

    items: ModelList[M]
    request: RequestDescription
    next: RequestDescription | None

    @property
    def next_cursor(self) -> str | None:
        """The cursor the next page starts at (None on the last page)."""
        return None if self.next is None else str(self.next.query[CURSOR])


def sized(request: RequestDescription, limit: int | None) -> RequestDescription:
    """`request` asking for at most `limit` items (the API's default size for None)."""
    query = {key: value for key, value in request.query.items() if key != LIMIT}
    if limit is not None:
        query[LIMIT] = limit
    return request._replace(query=query)


def place(request: RequestDescription) -> Place:
    """Where the page `request` asks for starts: two requests of one page have the same place."""
    query = sorted((key, str(value)) for key, value in request.query.items() if key != LIMIT)
    return hashlib.blake2b(repr((request.path, query)).encode(), digest_size=16).digest()


def page_parser(
    items: Callable[[httpx.Response], ModelList[M]],
    base_url: str,
    request: RequestDescription,
    read: Collection[Place] = (),
) -> Callable[[httpx.Response], Page[M]]:
    """The parser of the page `request` reads: its items (by `items`), and its `Link`, checked
    (under `base_url`, with a cursor, to a page not in `read` and not this one)."""

    def parse(response: httpx.Response) -> Page[M]:
        found = items(response)
        follow = next_request(response, base_url)
        if follow is not None:
            if not found:  # the API's last page has no Link; a loop would read on unseen
                raise ValueError(f"an empty page announces a next one: {_shown(follow)}")
            cursor = follow.query.get(CURSOR)
            if not isinstance(cursor, str) or not cursor:
                raise ValueError(f"the next page's Link names no cursor: {_shown(follow)}")
            where = place(follow)
            if where == place(request) or where in read:
                raise ValueError(
                    f"the next page's Link leads back to a page already read ({_shown(follow)}):"
                    " following it would never end"
                )
        return Page(found, request, follow)

    return parse


def release(response: httpx.Response) -> None:
    """Let `response` go as soon as nothing refers to it: an httpx.Client's response and its
    stream refer to each other (httpx 0.28's `BoundSyncStream`), so without this each page read,
    its body included, would wait for the cyclic garbage collector (encode/httpx#3733). For a
    response that was read (its body is in `content`) and that nobody else sees."""
    # Marked: any bytes: the body is in `content`, and nothing reads this stream again.
    response.stream = httpx.ByteStream(b"")  # pragma: no mutate (above)


def _shown(request: RequestDescription) -> str:
    """A next page's request, as a message quotes it (its query cut short: the server's text)."""
    query = str(httpx.QueryParams(dict(request.query)))
    return request.path + (f"?{query[:80]}…" if len(query) > 80 else f"?{query}" if query else "")


def next_request(response: httpx.Response, base_url: str) -> RequestDescription | None:
    """The request of the page announced by `Link: <...>; rel="next"`, or None without one.

    The link is resolved against the response's URL and must stay under `base_url` (the
    client's, which has no final slash: same scheme, host, port and path prefix); otherwise a
    ValueError says so.
    """
    link = response.links.get("next")
    if link is None or not link.get("url"):
        return None
    target = response.url.join(link["url"])
    base = httpx.URL(base_url + "/")
    # Marked: "ASCII" names the same codec; a path holds no "?", so any maxsplit is the same.
    path = target.raw_path.split(b"?", 1)[0].decode("ascii")  # pragma: no mutate (above)
    prefix = base.raw_path.decode("ascii")  # pragma: no mutate (above)
    same_origin = (target.scheme, target.host, target.port) == (base.scheme, base.host, base.port)
    if not same_origin or not path.startswith(prefix):
        raise ValueError(f"the next page's Link leaves the API ({base_url}): {target}")
    query: dict[str, QueryValue] = {}
    for key in target.params:
        values = target.params.get_list(key)
        query[key] = values[0] if len(values) == 1 else values
    return RequestDescription(
        method="GET", path="/" + path[len(prefix) :], query=query, json=None, headers={}
    )
