"""Story: the login history read page by page, then 250 entries through the iterator.

Recorded from the sandbox (which seeds 262 sign-ins; `POST /sandbox/login-history` adds 250
more, one second apart up to the frozen now), replayed offline: the pages come from `Link`
headers in the cassette, so the replay proves the SDK follows them and stops where they stop.
"""

from __future__ import annotations

import datetime
import itertools

import httpx
import pytest
import rplatform

from ._cassettes import Wire
from ._expect import NOW

pytestmark = pytest.mark.vcr


def test_three_pages_by_hand(client: rplatform.Client, wire: Wire) -> None:
    first = client.settings.get_login_history(limit=100)
    assert isinstance(first, rplatform.Page) and len(first) == 100 and first.has_more
    second = first.next_page()
    assert second is not None and len(second) == 100 and second.has_more
    third = second.next_page()
    assert third is not None and len(third) == 62 and not third.has_more
    assert third.next_page() is None
    assert [r.url.params.get("limit") for r in wire.requests] == ["100", "100", "100"]
    entries = [*first, *second, *third]
    assert len({e.id for e in entries}) == 262
    stamps = [e.created_at for e in entries]
    assert stamps == sorted(stamps, reverse=True)


def test_250_entries_in_3_requests_newest_first(
    client: rplatform.Client, sandbox_api: httpx.Client, wire: Wire
) -> None:
    added = sandbox_api.post("/login-history", json={"email": "demo@example.com", "count": 250})
    assert added.json() == {"added": 250}
    read = list(itertools.islice(client.settings.get_login_history().auto_paging_iter(), 250))
    assert len(wire.requests) == 3
    assert len({e.id for e in read}) == 250
    # The 250 newest are the ones just added: one per second, from now back, none missing.
    assert [e.created_at for e in read] == [NOW - datetime.timedelta(seconds=s) for s in range(250)]
