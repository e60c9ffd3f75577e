"""`ListResult`: what a paginated method returns, the whole list, read a page at a time.

    history = r.settings.get_login_history()      # one request: the first page
    failed = Counter(e.ip_address for e in history if not e.success)   # every entry, every page

The call reads the first page (so its errors are raised there); iterating yields every item
of every page, requesting each next page when the loop reaches it and dropping the pages it
has passed, so that a loop over 10,000 items holds about one page of models at a time (the
first page is kept: the displays show it, and the next loop starts from it). `list(...)`,
`to_list()` (a `ModelList`: the table view), `to_pandas()`, `to_dicts()` and `to_json()` read
every item too; `limit=` stops them all after that many (`_pages.Paging`).

Resuming: `next_cursor` is the cursor right after the last item read (the first page's, before
any loop; None when nothing is left), for `cursor=` of a later call. A loop that stopped in the
middle of a page gets it from the API by reading that page's first items again, up to the
last one read (`cursor=<page's>&limit=<items read>`, one small request, made only when
`next_cursor` is asked): cursors are the rows' sort keys, so the cursor holds with rows added
since, and with rows removed (found by the model's `id`: the last one read that is still
there). Jupyter and `print()` show the first page's table, saying whether more follow and how
to get them (`_list_views`). There is no `len()`: only a read to the end knows it.
"""

from __future__ import annotations

import itertools
import json
import operator
from collections.abc import Callable, Collection, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

from rplatform_api.lists import ModelList, html_table, text_table
from rplatform_api.types import Model

from . import _list_views as views
from ._caller import warn
from ._pages import CURSOR, Page, Paging, Place, place, sized

if TYPE_CHECKING:
    from rplatform_api.api import RequestDescription

M = TypeVar("M")
Fetch = Callable[["RequestDescription", Collection[Place]], Page[M]]


class ListResult(Generic[M]):
    """Every item of a list the API pages, read a page at a time as a loop reaches it.

    What `r.settings.get_login_history()`, `r.settings.list_sessions()` and
    `r.billing.get_usage_by_project()` return. The call reads the first page; a loop, `list()`,
    `to_list()`, `to_dicts()`, `to_json()` and `to_pandas()` read every item (at most the
    call's `limit=`), requesting each next page when they reach it. `next_cursor` is the
    `cursor=` that continues after the last item read. `result[i]` indexes it (the first page
    without a request); it has no `len()`: only a read to the end knows it.
    """

    def __init__(self, first: Page[M], fetch: Fetch[M], model: type[M], paging: Paging) -> None:
        self._first = first
        self._fetch = fetch
        self._model = model
        self._paging = paging
        limit = paging.limit
        self._shown: ModelList[M] = first.items
        if limit is not None and len(first.items) > limit:  # a server that sent too many
            self._shown = first.items[:limit]
        # Where reading stopped: after `count` items of `page` (the call read the first page).
        self._stop: tuple[Page[M], int] = (first, len(self._shown))
        self._resumed: tuple[tuple[Page[M], int], str | None] | None = None
        # How many items in all, once known (a loop reached the end, or the first page is all),
        # and whether the end was the limit with more in the API.
        self._total: int | None = None
        self._cut = False
        if first.next is None and len(self._shown) == len(first.items):
            self._total = len(first.items)
        elif limit is not None and len(self._shown) == limit:
            self._total, self._cut = limit, True

    def __iter__(self) -> Iterator[M]:
        """Every item, from the first page on; each next page requested when it is reached."""
        page: Page[M] | None = self._first
        read = 0
        seen = {place(self._first.request)}
        while page is not None:
            count = yield from self._items_of(page, read)
            read += count
            if page.next is None or read == self._paging.limit:
                self._total, self._cut = read, page.next is not None or count < len(page.items)
                if count == len(page.items):  # its items are not needed to resume
                    self._stop = (_passed(page), 0)
                return
            following = sized(page.next, self._paging.per_page(read))
            self._stop = (_passed(page), 0)
            seen.add(place(following))
            page = None  # not kept while the next one is read
            page = self._fetch(following, seen)

    def _items_of(self, page: Page[M], read: int) -> Generator[M, None, int]:
        """The items of `page` a loop yields after `read` others (`limit=` may cut them), and
        how many; a generator of its own, so that nothing of the page outlives it."""
        items = page.items
        if self._paging.limit is not None:
            items = items[: self._paging.limit - read]
        for count, item in enumerate(items, 1):
            self._stop = (page, count)
            yield item
        return len(items)

    @property
    def next_cursor(self) -> str | None:
        """The `cursor=` that continues right after the last item read (by the last loop, or
        the first page when none has run); None when nothing follows it."""
        page, count = stop = self._stop
        if count == len(page.items):
            return page.next_cursor
        if self._resumed is None or self._resumed[0] is not stop:
            self._resumed = (stop, self._cursor_after(page, count))
        return self._resumed[1]

    def _cursor_after(self, page: Page[M], count: int) -> str | None:
        """The cursor after the first `count` items of `page`, from the API: the `Link` of the
        page read again with `limit=count`; if the rows read changed since (some removed), the
        `Link` after the last of them still there."""
        probe = self._fetch(sized(page.request, count), ())
        key = identity(cast("type[Model]", self._model))
        read = [key(item) for item in page.items[:count]] if key else []
        listed = [key(item) for item in probe.items] if key else []
        if listed == read:
            return probe.next_cursor
        kept = [index for index, found in enumerate(listed) if found in read]
        if not kept:  # every row read has gone: whatever is there now is unread
            start = page.request.query.get(CURSOR)
            return start if isinstance(start, str) else None
        last = kept[-1]  # the rows keep their order: cursors are their sort keys
        if last + 1 == len(listed):
            return probe.next_cursor
        return self._fetch(sized(page.request, last + 1), ()).next_cursor

    def to_list(self) -> ModelList[M]:
        """Every item, read now, as a `ModelList` (a table in Jupyter, `print()` and pandas)."""
        every = ModelList.of(self._model)
        every.extend(self)
        return every

    def to_pandas(self) -> Any:
        """Every item, read now, as a `pandas.DataFrame` (`ModelList.to_pandas()`)."""
        return self.to_list().to_pandas()

    def to_dicts(self) -> list[dict[str, Any]]:
        """Every item, read now, as JSON-ready data (each model's `to_dict()`)."""
        return [cast(Model, item).to_dict() for item in self]

    def to_json(self, *, indent: int | None = None) -> str:
        """Every item, read now, as JSON text: `to_dicts()`, encoded."""
        return json.dumps(self.to_dicts(), indent=indent, ensure_ascii=False)

    @overload
    def __getitem__(self, index: int) -> M: ...
    @overload
    def __getitem__(self, index: slice) -> ModelList[M]: ...
    def __getitem__(self, index: int | slice) -> M | ModelList[M]:
        """An item, or a `ModelList` of a slice; the first page answers without a request,
        others read the list from its start (to index it often, `to_list()` once)."""
        if isinstance(index, slice):
            parts = (index.start, index.stop, index.step)
            if any(part is not None and part < 0 for part in parts):
                return self.to_list()[index]
            part = ModelList.of(self._model)
            part.extend(itertools.islice(self, index.start, index.stop, index.step))
            return part
        index = operator.index(index)
        if index < 0:
            return self.to_list()[index]
        if index < len(self._shown):
            return self._shown[index]
        for item in itertools.islice(self, index, None):
            return item
        raise IndexError(f"ListResult index out of range: {index}")

    def __bool__(self) -> bool:
        """Whether the list has any item: its first page is empty only when the list is (an
        empty page with a next one is refused, `_pages`)."""
        return bool(self._shown)

    if not TYPE_CHECKING:  # a type checker says len() is not supported, as it is not

        def __len__(self) -> int:
            raise TypeError(views.NO_LEN)

    def auto_paging_iter(self) -> Iterator[M]:
        """Deprecated: iterate the result itself, which reads every page."""
        warn(views.AUTO_PAGING)
        return iter(self)

    def _state(self) -> views.State:
        return views.State(
            self._model.__name__, len(self._shown), self._total, self._cut, self._paging
        )

    def __repr__(self) -> str:
        return views.summary(self._state())

    def __str__(self) -> str:
        return text_table(self._shown, *views.status(self._state()))

    def _repr_html_(self) -> str | None:
        return html_table(self._shown, *views.status(self._state()))

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """IPython in a terminal: the text table."""
        printer.text(str(self))


def _passed(page: Page[M]) -> Page[M]:
    """`page` without its items: what resuming after its end needs."""
    return page._replace(items=page.items[:0])


def identity(model: type[Model]) -> Callable[[Any], object] | None:
    """What tells two rows apart: the model's `id`, else its first field named `..._id`."""
    names = [field.name for field in model.FIELDS]
    name = "id" if "id" in names else next((n for n in names if n.endswith("_id")), None)
    return None if name is None else operator.attrgetter(name)


# Its public name: help() and reprs of the class say `rplatform.ListResult`.
ListResult.__module__ = "rplatform"
