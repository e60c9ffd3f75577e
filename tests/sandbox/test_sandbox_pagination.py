"""Pagination of the three growing lists: `limit`, `cursor` and `Link: <...>; rel="next"`.

Pages are followed through the `Link` header only, as a client would. Cursors are stable: rows
inserted between two reads (new sign-ins, new sessions) never appear twice or push a row out,
and a removed row does not lose its neighbours. Every page is the same JSON array as before.
"""

from __future__ import annotations

from typing import Any

import httpx

from .conftest import login, problem

DEMO = ("demo@example.com", "currentPassword123")
ORG_JUNE = {"organization_id": "org_123", "year": 2025, "month": 6}


def pages(api: httpx.Client, path: str, **params: Any) -> list[list[dict[str, Any]]]:
    """Every page of a list, following `Link: rel="next"` until there is none."""
    return [page.json() for page in following(api, api.get(path, params=params))]


def following(api: httpx.Client, response: httpx.Response) -> list[httpx.Response]:
    """This page and every one after it."""
    found = [response]
    while "next" in response.links:
        response = api.get(response.links["next"]["url"])
        assert response.status_code == 200, response.text
        found.append(response)
    return found


def test_the_whole_login_history_in_pages_of_100_newest_first(
    api: httpx.Client, sandbox_url: str
) -> None:
    seeded_pages = pages(api, "/v1/settings/login-history")
    assert [len(page) for page in seeded_pages] == [100, 100, 62]  # the seed's 262 sign-ins
    seeded = [entry for page in seeded_pages for entry in page]
    added = httpx.post(
        f"{sandbox_url}/sandbox/login-history", json={"email": DEMO[0], "count": 250}
    )
    assert added.status_code == 201 and added.json() == {"added": 250}
    read = pages(api, "/v1/settings/login-history")
    assert [len(page) for page in read] == [100, 100, 100, 100, 100, 12]
    entries = [entry for page in read for entry in page]
    assert len({e["id"] for e in entries}) == len(entries) == 250 + 262
    stamps = [e["created_at"] for e in entries]
    assert stamps == sorted(stamps, reverse=True)
    assert entries[-len(seeded) :] == seeded


def test_a_link_keeps_the_query_and_the_last_page_has_none(api: httpx.Client) -> None:
    first = api.get("/v1/billing/usage/projects", params={**ORG_JUNE, "limit": 2})
    link = first.headers["link"]
    assert link.startswith("</v1/billing/usage/projects?") and link.endswith('>; rel="next"')
    following = httpx.URL(first.links["next"]["url"]).params
    assert {k: following[k] for k in ("organization_id", "year", "month", "limit")} == {
        "organization_id": "org_123",
        "year": "2025",
        "month": "6",
        "limit": "2",
    }
    last = api.get(first.links["next"]["url"])
    assert len(last.json()) == 1 and "link" not in last.headers
    assert "link" not in api.get("/v1/billing/usage/projects", params=ORG_JUNE).headers


def test_project_pages_add_up_to_the_whole_month(api: httpx.Client) -> None:
    whole = api.get("/v1/billing/usage/projects", params=ORG_JUNE).json()
    read = pages(api, "/v1/billing/usage/projects", **ORG_JUNE, limit=1)
    assert [len(page) for page in read] == [1, 1, 1]
    assert [project for page in read for project in page] == whole
    total = api.get("/v1/billing/usage", params=ORG_JUNE).json()["total_cost_cents"]
    assert sum(p["total_cost_cents"] for p in whole) == total


def test_sign_ins_between_pages_cause_no_duplicate_and_no_gap(
    api: httpx.Client, sandbox_url: str
) -> None:
    before = [entry for page in pages(api, "/v1/settings/login-history") for entry in page]
    first = api.get("/v1/settings/login-history", params={"limit": 3})
    assert first.json() == before[:3]
    for _ in range(2):  # two new entries, newer than every row already read
        assert login(sandbox_url, *DEMO).status_code == 201
    assert login(sandbox_url, DEMO[0], "wrongPassword1").status_code == 401
    read = [entry for page in following(api, first) for entry in page.json()]
    assert read == before
    now = [entry for page in pages(api, "/v1/settings/login-history") for entry in page]
    assert len(now) == len(before) + 3 and now[3:] == before


def test_sessions_page_stably_while_sessions_come_and_go(
    api: httpx.Client, sandbox_url: str
) -> None:
    ids = [s["id"] for s in api.get("/v1/settings/sessions").json()]
    assert ids == ["session_sandbox", "session_125", "session_124", "session_123"]
    first = api.get("/v1/settings/sessions", params={"limit": 2})
    assert [s["id"] for s in first.json()] == ids[:2] and first.json()[0]["is_current"]
    assert login(sandbox_url, *DEMO).status_code == 201  # a newer session
    assert api.delete("/v1/settings/sessions/session_125").status_code == 204  # one already read
    second = api.get(first.links["next"]["url"])
    assert [s["id"] for s in second.json()] == ids[2:] and "link" not in second.headers


def test_a_cursor_belongs_to_its_list(api: httpx.Client) -> None:
    sessions = api.get("/v1/settings/sessions", params={"limit": 1})
    cursor = httpx.URL(sessions.links["next"]["url"]).params["cursor"]
    wrong = api.get("/v1/settings/login-history", params={"cursor": cursor})
    assert problem(wrong, 422, "validation-failed")["errors"][0]["field"] == "cursor"
    for limit in (0, 101):
        refused = api.get("/v1/settings/sessions", params={"limit": limit})
        assert problem(refused, 422)["errors"][0]["field"] == "limit"
