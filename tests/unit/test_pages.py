"""`Page`: the first page of a paginated list, `has_more`, `next_page()`, `auto_paging_iter()`.

On a mocked transport that serves pages linked by `Link: <...>; rel="next"`: pages are fetched
only when iteration reaches them, with the first call's options, in raw mode too; a Link is
resolved against the response and never followed off the client's base URL; and mypy sees the
three precisely typed.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import rplatform
from _support import ROOT
from facade_mock import Recorder
from rplatform._pages import next_request
from rplatform_api.api import RequestDescription

STAMP = "2025-06-15T12:00:00Z"
FIGURES = dict.fromkeys(
    ("sandbox_compute_hours", "database_compute_hours", "database_storage_gb", "storage_gb"), 1.0
)


def entry(n: int, path: str = "/v1/settings/login-history") -> dict[str, Any]:
    """Item `n` of the list at `path`."""
    if path.endswith("/sessions"):
        return {"id": f"session_{n}", "user_agent": "agent", "ip_address": "203.0.113.10",
                "is_current": n == 0, "created_at": STAMP, "last_active_at": STAMP,
                "expires_at": STAMP}  # fmt: skip
    if path.endswith("/usage/projects"):
        return {"project_id": f"proj_{n}", "project_name": "P", "year": 2025, "month": 6,
                **FIGURES, "ai_tokens": 1, "ai_cost_cents": 0.5,
                "deployment_compute_hours": 1.0, "total_cost_cents": 9}  # fmt: skip
    return {"id": f"login_{n}", "created_at": STAMP, "ip_address": "203.0.113.10",
            "user_agent": "agent", "success": True, "failure_reason": None}  # fmt: skip


def pages(*sizes: int, link: Callable[[int], str] | None = None) -> Callable[..., httpx.Response]:
    """A server of pages of these sizes; page i links to page i + 1 by `?cursor=c<i+1>` on
    the same path (`PATH` in `link`)."""
    link = link or (lambda i: f'<PATH?limit=2&cursor=c{i}>; rel="next"')
    starts = [sum(sizes[:i]) for i in range(len(sizes))]

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        i = int(cursor[1:]) if cursor else 0
        body = [entry(n, request.url.path) for n in range(starts[i], starts[i] + sizes[i])]
        following = link(i + 1).replace("PATH", request.url.path)
        headers = {"link": following} if i + 1 < len(sizes) else {}
        return httpx.Response(200, json=body, headers=headers)

    return handler


def test_the_first_page_is_a_model_list_that_knows_what_follows() -> None:
    rec = Recorder(pages(2, 2, 1))
    first = rec.client.settings.get_login_history(limit=2)
    assert isinstance(first, rplatform.Page) and isinstance(first, rplatform.ModelList)
    assert [e.id for e in first] == ["login_0", "login_1"] and first.has_more
    second = first.next_page()
    assert second is not None and [e.id for e in second] == ["login_2", "login_3"]
    last = second.next_page()
    assert last is not None and [e.id for e in last] == ["login_4"]
    assert not last.has_more and last.next_page() is None
    assert [str(r.url.params.get("cursor")) for r in rec.requests] == ["None", "c1", "c2"]
    sliced = first[:1]  # a slice is a table, not a page
    assert isinstance(sliced, rplatform.ModelList) and not isinstance(sliced, rplatform.Page)


def test_auto_paging_iter_fetches_each_page_when_it_is_reached() -> None:
    rec = Recorder(pages(2, 2, 1))
    items = rec.client.settings.get_login_history(limit=2).auto_paging_iter()
    assert len(rec.requests) == 1
    assert [next(items).id for _ in range(2)] == ["login_0", "login_1"]
    assert len(rec.requests) == 1
    assert next(items).id == "login_2" and len(rec.requests) == 2
    assert [e.id for e in items] == ["login_3", "login_4"] and len(rec.requests) == 3


def test_next_pages_carry_the_first_calls_options() -> None:
    rec = Recorder(pages(1, 1))
    first = rec.client.settings.list_sessions(extra_headers={"X-Team": "data"}, timeout=3.0)
    first.next_page()
    assert [r.headers["x-team"] for r in rec.requests] == ["data", "data"]
    assert rec.requests[1].extensions["timeout"]["read"] == 3.0


def test_raw_mode_parses_into_a_page() -> None:
    rec = Recorder(pages(2, 1))
    raw = rec.client.with_raw_response.billing.get_usage_by_project(limit=2)
    assert "link" in raw.headers
    page = raw.parse()
    assert isinstance(page, rplatform.Page) and page.has_more


def test_a_link_is_resolved_under_a_base_url_with_a_path() -> None:
    link = lambda i: f'</api/v1/settings/login-history?cursor=c{i}>; rel="next"'  # noqa: E731
    rec = Recorder(pages(1, 1, link=link))
    rec.client = rec.client.with_options(base_url="https://api.test/api")
    assert len(list(rec.client.settings.get_login_history().auto_paging_iter())) == 2
    assert [r.url.path for r in rec.requests] == ["/api/v1/settings/login-history"] * 2


@pytest.mark.parametrize(
    "elsewhere",
    [
        "https://evil.test/v1/settings/login-history?cursor=c1",
        "http://api.test/v1/settings/login-history?cursor=c1",
        "/v1/settings/login-history?cursor=c1",  # on the host, but outside /api
    ],
)
def test_a_link_off_the_base_url_is_never_followed(elsewhere: str) -> None:
    rec = Recorder(pages(1, 1, link=lambda i: f'<{elsewhere}>; rel="next"'))
    rec.client = rec.client.with_options(base_url="https://api.test/api")
    with pytest.raises(rplatform.APIResponseValidationError, match="leaves the API"):
        rec.client.settings.get_login_history()
    assert all(r.url.host == "api.test" for r in rec.requests)


def test_without_a_link_there_is_one_page() -> None:
    rec = Recorder(pages(3))
    page = rec.client.billing.get_usage_by_project()
    assert not page.has_more and page.next_page() is None and len(rec.requests) == 1


def test_limits_are_checked_before_sending() -> None:
    rec = Recorder(pages(1))
    with pytest.raises(ValueError, match=r"^limit must"):
        rec.client.billing.get_usage_by_project(limit=1001)
    with pytest.raises(ValueError, match=r"^limit must"):
        rec.client.settings.list_sessions(limit=0)
    assert rec.requests == []


def test_mypy_sees_the_page_api(tmp_path: Path) -> None:
    script = tmp_path / "pages_script.py"
    script.write_text(
        "import rplatform\n"
        "r = rplatform.Client('sk_test')\n"
        "page = r.settings.get_login_history()\n"
        "reveal_type(page)\n"
        "reveal_type(page.has_more)\n"
        "reveal_type(page.next_page())\n"
        "reveal_type(page.auto_paging_iter())\n"
        "reveal_type(r.with_raw_response.settings.list_sessions().parse().next_page())\n"
        "page.next_page().has_more\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(script)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    out = run.stdout.replace("rplatform_api.models.login_history_entry.", "")
    out = out.replace("rplatform_api.models.session.", "").replace("rplatform._pages.", "")
    assert 'Revealed type is "Page[LoginHistoryEntry]"' in out, out
    assert 'Revealed type is "bool"' in out, out
    assert 'Revealed type is "Page[LoginHistoryEntry] | None"' in out, out
    assert 'Revealed type is "typing.Iterator[LoginHistoryEntry]"' in out, out
    assert 'Revealed type is "Page[Session] | None"' in out, out
    assert ':9: error: Item "None" of "Page[LoginHistoryEntry] | None"' in out, out


def link_to(url: str, base: str = "https://api.test/v1/settings/sessions") -> httpx.Response:
    request = httpx.Request("GET", base)
    return httpx.Response(200, headers={"link": f'<{url}>; rel="next"'}, request=request)


def test_the_next_pages_request_repeats_each_query_parameter_as_the_link_gives_it() -> None:
    response = link_to("/v1/settings/sessions?cursor=c?1&tag=a&tag=b")
    assert next_request(response, "https://api.test/") == RequestDescription(
        method="GET",
        path="/v1/settings/sessions",
        query={"cursor": "c?1", "tag": ["a", "b"]},
        json=None,
        headers={},
    )


def test_a_base_url_with_a_path_and_a_final_slash_keeps_the_path_below_it() -> None:
    response = link_to("/api/v1/x?cursor=2", base="https://api.test/api/v1/x")
    assert next_request(response, "https://api.test/api/") == RequestDescription(
        "GET", "/v1/x", {"cursor": "2"}, None, {}
    )
    response = link_to("/PROXY/v1/x?cursor=3", base="https://api.test/PROXY/v1/x")
    assert next_request(response, "https://api.test/PROXY") == RequestDescription(
        "GET", "/v1/x", {"cursor": "3"}, None, {}
    )
