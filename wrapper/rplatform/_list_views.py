"""What the displays of a `ListResult` say about the rows they do not show.

A display (Jupyter's table, `print()`'s text table) shows the first page, the only one a result
keeps. A list whose first page is all of it reads as a `ModelList` does (`4 x Session`); any
other says how many rows it shows, whether more follow or how many there are in all (once a
loop has read to the end), whether `limit=` cut it, and how to get the rest. The repr says the
same on one line.
"""

from __future__ import annotations

from typing import NamedTuple

from ._pages import Paging

TIMES = "\N{MULTIPLICATION SIGN}"
NO_LEN = (
    "a ListResult has no len(): the API tells how many items there are only once every page "
    "is read; len(result.to_list()) reads them, or count in your loop"
)
AUTO_PAGING = (
    "auto_paging_iter() is deprecated: iterate the result itself, which reads every page "
    "(for item in result: ...)"
)


class State(NamedTuple):
    """What a display knows of a result: its items' class, how many rows it shows (the first
    page's), how many there are in all (None until known), whether `limit=` cut it."""

    model: str
    shown: int
    total: int | None
    cut: bool
    paging: Paging


def status(state: State) -> tuple[str, str]:
    """The caption of a display, and the note under its table ("" for a whole list)."""
    model, shown, total = state.model, state.shown, state.total
    if total is None:
        caption = f"{model}: the first {shown}, more follow"
        bound = "" if state.paging.limit is None else f" (up to limit={state.paging.limit})"
        return caption, (
            f"Only the first page is shown; more items follow{bound}. list(...), .to_list() "
            f"and .to_pandas() read them all, each page fetched as it is reached. "
            f"{_resume(state)}"
        )
    caption = f"{total} {TIMES} {model}"
    parts = []
    if shown < total:
        caption += f", the first {shown} shown"
        parts.append(
            f"{total} in all, read to the end; the first page is shown (the others are not "
            "kept): .to_list() and .to_pandas() have them all."
        )
    if state.cut:
        parts.append(
            f"Cut at limit={state.paging.limit}: the API has more. A larger limit= (or none) "
            f"reads them; {_resume(state)}"
        )
    return caption, " ".join(parts)


def _resume(state: State) -> str:
    return (
        f"{state.paging.method}(..., cursor=result.next_cursor) continues after the last item read."
    )


def summary(state: State) -> str:
    """The repr: `<rplatform.ListResult[Session]: 4 items>`, and what more there is."""
    head = f"<rplatform.ListResult[{state.model}]: "
    if state.total is None:
        return f"{head}the first {state.shown}, more follow>"
    cut = f", cut at limit={state.paging.limit}" if state.cut else ""
    return f"{head}{state.total} item{'s' * (state.total != 1)}{cut}>"
