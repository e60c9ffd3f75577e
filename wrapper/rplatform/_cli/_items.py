"""The one place that reads a list result: its items, one at a time, every page of it.

A paginated method answers its first `Page`, which requests each next page when its
`auto_paging_iter()` reaches it; a plain list method answers a `ModelList`. `limit=` of a
paginated method is the size of a page, so the command's `--limit` also stops the items there:
`--limit N` prints at most N in all, as the documentation's `getLoginHistory({limit: 10})`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator


def items(result: Iterable[object], limit: int | None) -> Iterator[object]:
    """Every item of `result`, a page at a time; at most `limit` of them."""
    from .._pages import Page

    every = result.auto_paging_iter() if isinstance(result, Page) else iter(result)
    return itertools.islice(every, limit)
