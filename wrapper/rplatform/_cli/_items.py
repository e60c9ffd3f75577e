"""The one place that reads a list result: its items, every page of it, and where to go on.

A paginated method answers a `rplatform.ListResult`: a loop over it reads every item (at most
the call's `limit=`, which `--limit` gives), each next page requested when the loop reaches it
and the pages passed let go, so that an export holds about a page at a time. A plain list
method answers a `ModelList`. After a read that `--limit` cut short, `next_cursor` is the
`--cursor` that continues right after the last item printed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator


def items(result: Iterable[object]) -> Iterator[object]:
    """Every item of `result`, a page at a time."""
    return iter(result)


def following(result: object) -> str | None:
    """The cursor that continues after the items read, when more follow; None when the list
    was read to its end (or is not paged)."""
    from .._list_result import ListResult

    return result.next_cursor if isinstance(result, ListResult) else None
