"""Paginated lists: a `Page` is the `ModelList` of one page, and knows how to get the next.

The API announces a next page in `Link: </v1/...?cursor=...>; rel="next"` (RFC 8288) and
sends no `Link` on the last page. The three paginated methods (`get_login_history`,
`list_sessions`, `get_usage_by_project`) return their first page as a `Page`:

- `page.has_more`: whether a next page exists;
- `page.next_page()`: the next `Page` (one request), or None after the last page;
- `page.auto_paging_iter()`: every item of this page and the following ones, fetching each
  next page only when the iteration reaches it (Stripe's name).

The next page is requested with the first call's options (timeout, retries, extra headers).
A `Link` that leaves the client's base URL is never followed (it would carry the API key
elsewhere): the page's parsing fails with `APIResponseValidationError` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import httpx
from rplatform_api.api import QueryValue, RequestDescription
from rplatform_api.lists import ModelList

M = TypeVar("M")


class Page(ModelList[M]):
    """One page of a paginated list: a `ModelList` with `has_more`, `next_page()` and
    `auto_paging_iter()`."""

    def __init__(self, items: Iterable[M], fetch_next: Callable[[], Page[M]] | None) -> None:
        super().__init__(items)
        self._fetch_next = fetch_next

    @property
    def has_more(self) -> bool:
        """True when the API announced a next page."""
        return self._fetch_next is not None

    def next_page(self) -> Page[M] | None:
        """The next page (one request), or None when this is the last page."""
        return None if self._fetch_next is None else self._fetch_next()

    def auto_paging_iter(self) -> Iterator[M]:
        """Every item from this page on; each next page is requested when iteration reaches it."""
        page: Page[M] | None = self
        while page is not None:
            yield from list.__iter__(page)
            page = page.next_page()


def next_request(response: httpx.Response, base_url: str) -> RequestDescription | None:
    """The request of the page announced by `Link: <...>; rel="next"`, or None without one.

    The link is resolved against the response's URL and must stay under `base_url` (same
    scheme, host, port and path prefix); otherwise a ValueError says so.
    """
    link = response.links.get("next")
    if link is None or not link.get("url"):
        return None
    target = response.url.join(link["url"])
    base = httpx.URL(base_url.rstrip("/") + "/")
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
