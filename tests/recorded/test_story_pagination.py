"""Story: the lists that grow are read whole, a page at a time, and resume where they stopped.

Recorded from the sandbox (its demo user has 262 sign-ins, 4 sessions and 3 projects in
org_123; `POST /sandbox/login-history` adds sign-ins, one second apart up to the frozen now),
replayed offline: the pages come from the `Link` headers in the cassettes, so each replay proves
that the SDK follows them, stops where they stop, and asks for what the test says it asks.
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


def limits(wire: Wire) -> list[str | None]:
    return [request.url.params.get("limit") for request in wire.requests]


def test_a_loop_list_and_to_list_each_see_all_262_sign_ins(
    client: rplatform.Client, wire: Wire
) -> None:
    history = client.settings.get_login_history()
    assert len(wire.requests) == 1  # the call reads the first page only
    looped = [entry.id for entry in history]
    assert len(looped) == len(set(looped)) == 262 and len(wire.requests) == 3
    assert [entry.id for entry in list(history)] == looped
    every = history.to_list()
    assert isinstance(every, rplatform.ModelList) and [entry.id for entry in every] == looped
    stamps = [entry.created_at for entry in every]
    assert stamps == sorted(stamps, reverse=True)  # newest first, across the pages
    assert limits(wire) == [None] * 7  # the API's default page of 100, not sent
    # Three pages for each of the three reads, the first page requested once (tests/live reads
    # the same through to_pandas(): recording runs without pandas).


def test_limit_10_is_the_10_newest_in_one_request_of_10(
    client: rplatform.Client, wire: Wire
) -> None:
    newest = client.settings.get_login_history(limit=10)
    assert limits(wire) == ["10"]
    everything = [entry.id for entry in client.settings.get_login_history()]
    assert [entry.id for entry in newest] == everything[:10]
    assert [entry.id for entry in newest.to_list()] == everything[:10]
    assert len(wire.requests) == 4  # the 10; then all 262 once, for comparison


def test_250_added_sign_ins_are_the_250_newest_read_in_3_requests(
    client: rplatform.Client, sandbox_api: httpx.Client, wire: Wire
) -> None:
    added = sandbox_api.post("/login-history", json={"email": "demo@example.com", "count": 250})
    assert added.json() == {"added": 250}
    read = list(itertools.islice(client.settings.get_login_history(), 250))
    assert len(wire.requests) == 3
    assert len({e.id for e in read}) == 250
    # The 250 newest are the ones just added: one per second, from now back, none missing.
    assert [e.created_at for e in read] == [NOW - datetime.timedelta(seconds=s) for s in range(250)]


def test_a_read_stopped_mid_page_resumes_exactly_with_sign_ins_added_between(
    client: rplatform.Client, sandbox_api: httpx.Client, wire: Wire
) -> None:
    everything = [entry.id for entry in client.settings.get_login_history()]
    wire.requests.clear()
    history = client.settings.get_login_history()
    read = []
    for entry in history:
        read.append(entry.id)
        if len(read) == 130:  # the 30th of the second page: a script stopped here
            break
    cursor = history.next_cursor
    assert cursor is not None and limits(wire) == [None, None, "30"]  # one small request
    added = sandbox_api.post("/login-history", json={"email": "demo@example.com", "count": 5})
    assert added.json() == {"added": 5}
    rest = [entry.id for entry in client.settings.get_login_history(cursor=cursor)]
    assert read + rest == everything  # none twice, none missing, the 5 new ones not among them
    assert len(client.settings.get_login_history().to_list()) == 267


def test_sessions_over_more_than_one_page(client: rplatform.Client, wire: Wire) -> None:
    sessions = client.settings.list_sessions(page_size=3)
    ids = ["session_sandbox", "session_125", "session_124", "session_123"]
    assert [s.id for s in sessions] == ids and limits(wire) == ["3", "3"]
    assert [s.id for s in list(sessions)] == ids
    assert [s.id for s in client.settings.list_sessions(limit=2, page_size=1)] == ids[:2]
    assert limits(wire)[3:] == ["1", "1"]


def test_projects_over_more_than_one_page_add_up_to_the_usage(
    client: rplatform.Client, wire: Wire
) -> None:
    projects = client.billing.get_usage_by_project(
        organization_id="org_123", year=2025, month=6, page_size=2
    )
    read = list(projects)
    assert [p.project_id for p in read] == ["proj_123", "proj_124", "proj_125"]
    assert limits(wire) == ["2", "2"]
    usage = client.billing.get_usage(organization_id="org_123", year=2025, month=6)
    assert sum(p.total_cost_cents for p in read) == usage.total_cost_cents
    one = client.billing.get_usage_by_project(
        organization_id="org_123", year=2025, month=6, limit=1
    )
    assert [p.project_id for p in one] == ["proj_123"] and limits(wire)[3:] == ["1"]
    assert one.next_cursor is not None
    rest = client.billing.get_usage_by_project(
        organization_id="org_123", year=2025, month=6, cursor=one.next_cursor
    )
    assert [p.project_id for p in rest] == ["proj_124", "proj_125"]


def test_raw_mode_answers_with_the_first_page(client: rplatform.Client, wire: Wire) -> None:
    raw = client.with_raw_response.settings.get_login_history()
    assert raw.status_code == 200 and 'rel="next"' in raw.headers["link"]
    history = raw.parse()
    assert isinstance(history, rplatform.ListResult) and len(wire.requests) == 1
    assert len(history.to_list()) == 262 and len(wire.requests) == 3
