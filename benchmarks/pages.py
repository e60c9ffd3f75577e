"""A loop over a paginated list: its peak memory over 10,000 entries against over 100.

`for entry in r.settings.get_login_history(): ...` on an `httpx.MockTransport` that serves the
grown login history (`bodies.py`) in pages of 100, each linked to the next by
`Link: <...?cursor=...>; rel="next"` as the API links them (the pages are encoded before
measuring, so only what the loop allocates counts). The raw side is what a careful httpx user
writes: get a page, `.json()`, loop over its dicts, follow the `Link`. Peak memory by
tracemalloc over the whole loop, above what was allocated before it, the median of the rounds.
A loop that holds only the page it is on (and the result's first page) peaks at about the same
height however many pages it reads: the goal is that 10,000 entries (100 pages) peak at no more
than about twice one page's loop (the result keeps its first page while it reads the others).

Tracing starts one loop before the measured one (`warm_peak`): each page has a URL of its own,
and the standard library's URL cache (urllib.parse, 128 entries, which httpx's cookie jar and
`URL.join` fill) churns through them; entries made before tracing started would be freed
unseen while their replacements counted, a growth of up to 100 KiB that is not the loop's.
"""

from __future__ import annotations

import contextlib
import gc
import json
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import httpx
from bodies import LOGINS_PATH, Bodies
from clients import BASE_URL, JSON_HEADERS, raw_client, sdk_client
from timing import Paired, Row, Settings, memory_row, paired_rounds

PAGE = 100
COUNTS = (100, 10_000)
# The "about twice one page's": twice, and 5 % for what the interpreter keeps aside
# as a loop goes on (free lists of tuples, the few bytes per page that tell a page already read).
GROWTH_GOAL = 2.1


def paged(rows: list[Any]) -> httpx.MockTransport:
    """A transport serving `rows` in pages of PAGE, the cursor of page i being `p<i>`."""
    pages = [json.dumps(rows[start : start + PAGE]).encode() for start in range(0, len(rows), PAGE)]

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        index = int(cursor[1:]) if cursor else 0
        headers = dict(JSON_HEADERS)
        if index + 1 < len(pages):
            headers["link"] = f'<{LOGINS_PATH}?cursor=p{index + 1}>; rel="next"'
        return httpx.Response(200, content=pages[index], headers=headers)

    return httpx.MockTransport(handler)


@contextlib.contextmanager
def loops(rows: list[Any]) -> Iterator[tuple[Any, Any]]:
    """(raw, sdk) loops over every page of `rows`, each touching every entry."""
    mock = paged(rows)
    with raw_client(BASE_URL, mock) as http, sdk_client(BASE_URL, mock) as client:

        def raw() -> int:
            failed, url = 0, LOGINS_PATH
            while url:
                response = http.get(url)
                failed += sum(not row["success"] for row in response.json())
                url = response.links.get("next", {}).get("url", "")
            return failed

        def sdk() -> int:
            return sum(not entry.success for entry in client.settings.get_login_history())

        assert raw() == sdk(), "both sides read the same entries"  # and warms both up
        yield raw, sdk


def warm_peak(loop: Callable[[], object]) -> float:
    """The peak bytes of `loop` above where it starts, traced from one loop before it."""
    gc.collect()
    tracemalloc.start()
    try:
        loop()
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        loop()
        return float(tracemalloc.get_traced_memory()[1] - before)
    finally:
        tracemalloc.stop()


def measure(bodies: Bodies, settings: Settings) -> list[Row]:
    """The peak memory of both loops at each size, and how much it grows from 100 to 10,000."""
    peaks: dict[int, Paired] = {}
    for count in COUNTS:
        with loops(bodies.lists[LOGINS_PATH][:count]) as (raw, sdk):
            turns = {"raw": lambda: warm_peak(raw), "sdk": lambda: warm_peak(sdk)}
            peaks[count] = paired_rounds(turns, settings.memory_rounds)
    rows = [
        memory_row(
            f"get_login_history, a loop over {count:,} entries"
            f" ({count // PAGE} page{'s' * (count > PAGE)}): peak memory",
            peaks[count],
            None,
        )
        for count in COUNTS
    ]
    small, large = (peaks[count] for count in COUNTS)
    growth = large.sdk / small.sdk
    rows.append(
        Row(
            f"a loop's peak memory, {COUNTS[1]:,} entries over {COUNTS[0]:,}",
            f"{large.raw / small.raw:.2f}x",
            f"{growth:.2f}x",
            None,
            "",
            None,
            expect=f"≤ {GROWTH_GOAL:g}x",
            met=growth <= GROWTH_GOAL,
        )
    )
    return rows
