"""The lists that grow, read through the SDK from a live sandbox (its clock runs: new entries
are stamped now): every item, by a loop, `list()` and `to_pandas()`; `limit=` the newest only;
a read stopped anywhere resumes with `cursor=` exactly, with rows added or removed in between.

The demo user has 262 sign-ins (more than two pages of 100), 4 sessions and 3 projects in
org_123; the sessions and projects are read in pages smaller than the list.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import rplatform

DEMO = {"email": "demo@example.com", "password": "currentPassword123"}


@pytest.fixture
def counted(client: rplatform.Client, sandbox_url: str) -> Iterator[tuple[rplatform.Client, list]]:
    """A client of the demo user whose requests are counted (the sandbox is fresh)."""
    sent: list[httpx.Request] = []
    with (
        httpx.Client(event_hooks={"request": [sent.append]}) as http,
        rplatform.Client("sk_test_sandbox", base_url=sandbox_url, http_client=http) as r,
    ):
        yield r, sent


def sign_in(sandbox_url: str, count: int) -> list[str]:
    """`count` sign-ins of the demo user (each a new session); their session ids."""
    made = [httpx.post(f"{sandbox_url}/sandbox/login", json=DEMO) for _ in range(count)]
    assert all(answer.status_code == 201 for answer in made)
    return [answer.json()["session_id"] for answer in made]


def test_a_loop_list_and_to_pandas_each_see_all_262_sign_ins(
    counted: tuple[rplatform.Client, list[httpx.Request]],
) -> None:
    r, sent = counted
    history = r.settings.get_login_history()
    looped = [entry.id for entry in history]
    assert len(looped) == len(set(looped)) == 262 and len(sent) == 3
    assert [entry.id for entry in list(history)] == looped
    pytest.importorskip("pandas")
    frame = history.to_pandas()
    assert list(frame["id"]) == looped and frame["created_at"].is_monotonic_decreasing
    failed = frame[~frame["success"]].groupby("ip_address").size()
    assert failed.sum() == sum(1 for entry in history if not entry.success) > 0


def test_limit_10_is_exactly_the_10_newest(
    counted: tuple[rplatform.Client, list[httpx.Request]],
) -> None:
    r, sent = counted
    newest = r.settings.get_login_history(limit=10)
    assert [request.url.params.get("limit") for request in sent] == ["10"]
    everything = r.settings.get_login_history().to_list()
    assert [entry.id for entry in newest] == [entry.id for entry in everything[:10]]
    assert [entry.id for entry in list(newest)] == [entry.id for entry in everything[:10]]
    pytest.importorskip("pandas")
    assert list(newest.to_pandas()["id"]) == [entry.id for entry in everything[:10]]


def test_sessions_over_several_pages(client: rplatform.Client, sandbox_url: str) -> None:
    new = sign_in(sandbox_url, 4)
    sessions = client.settings.list_sessions(page_size=3)  # 8 sessions: 3 pages
    ids = [s.id for s in sessions]
    assert len(ids) == len(set(ids)) == 8 and ids[0] == "session_sandbox"
    assert set(new) <= set(ids)
    assert [s.id for s in list(sessions)] == ids
    assert [s.id for s in client.settings.list_sessions(limit=5, page_size=2)] == ids[:5]
    pytest.importorskip("pandas")
    assert list(sessions.to_pandas()["id"]) == ids


def test_projects_over_several_pages(client: rplatform.Client) -> None:
    june = {"organization_id": "org_123", "year": 2025, "month": 6}
    projects = client.billing.get_usage_by_project(**june, page_size=1)
    ids = [p.project_id for p in projects]
    assert ids == ["proj_123", "proj_124", "proj_125"] == [p.project_id for p in list(projects)]
    assert [p.project_id for p in client.billing.get_usage_by_project(**june, limit=2)] == ids[:2]
    usage = client.billing.get_usage(**june)
    assert sum(p.total_cost_cents for p in projects) == usage.total_cost_cents
    pytest.importorskip("pandas")
    assert list(projects.to_pandas()["project_id"]) == ids


@pytest.mark.parametrize("stop", [100, 137, 262])
def test_a_read_resumes_exactly_with_sign_ins_added_in_between(
    client: rplatform.Client, sandbox_url: str, stop: int
) -> None:
    before = [entry.id for entry in client.settings.get_login_history()]
    history = client.settings.get_login_history()
    read = []
    for entry in history:
        read.append(entry.id)
        if len(read) == stop:
            break
    sign_in(sandbox_url, 2)  # two new sign-ins, newer than everything read
    cursor = history.next_cursor
    sign_in(sandbox_url, 1)
    rest = [e.id for e in client.settings.get_login_history(cursor=cursor)] if cursor else []
    assert read + rest == before
    assert len(client.settings.get_login_history().to_list()) == 262 + 3


def test_a_read_of_sessions_resumes_exactly_with_sessions_revoked_in_between(
    client: rplatform.Client, sandbox_url: str
) -> None:
    sign_in(sandbox_url, 6)  # 10 sessions
    before = [s.id for s in client.settings.list_sessions()]
    sessions = client.settings.list_sessions(page_size=4)
    read = []
    for session in sessions:
        read.append(session.id)
        if len(read) == 6:  # the second of the second page
            break
    client.settings.revoke_session(read[4])  # read, on this page, before the last one read
    client.settings.revoke_session(before[7])  # not read yet
    rest = [s.id for s in client.settings.list_sessions(cursor=sessions.next_cursor)]
    assert read + rest == [i for i in before if i != before[7]]
    assert len(set(read + rest)) == len(read + rest)


def test_raw_mode_answers_with_the_first_page(client: rplatform.Client) -> None:
    raw = client.with_raw_response.settings.get_login_history()
    assert raw.status_code == 200 and 'rel="next"' in raw.headers["link"]
    assert len(raw.parse().to_list()) == 262
