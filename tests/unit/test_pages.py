"""The pages behind a `ListResult`: the `Link: <...>; rel="next"` that leads from one to the next.

On a mocked transport that serves pages linked by `Link`: a Link is resolved against the
response and never followed off the client's base URL, must name a cursor, and never leads back
to a page already read in the same loop (the loop would never end); and mypy sees the result
precisely typed (test_list_result.py has the rest of its behaviour).
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
from rplatform._pages import Paging, next_request, paging, place
from rplatform_api.api import Field, Operation, QueryValue, RequestDescription
from rplatform_api.api import settings as api

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


def test_a_link_is_resolved_under_a_base_url_with_a_path() -> None:
    link = lambda i: f'</api/v1/settings/login-history?cursor=c{i}>; rel="next"'  # noqa: E731
    rec = Recorder(pages(1, 1, link=link))
    rec.client = rec.client.with_options(base_url="https://api.test/api")
    assert len(list(rec.client.settings.get_login_history())) == 2
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


def test_a_link_back_to_the_page_itself_fails_the_call() -> None:
    rec = Recorder(pages(1, 1, link=lambda i: '<PATH?limit=1>; rel="next"'))
    with pytest.raises(rplatform.APIResponseValidationError) as failed:
        rec.client.settings.get_login_history(page_size=1)
    assert str(failed.value) == (
        "200 OK: response body does not match the API: ValueError: the next page's Link names "
        "no cursor: /v1/settings/login-history?limit=1"
    )
    rec = Recorder(pages(1, 1, 1, link=lambda i: '<PATH?limit=1&cursor=c1>; rel="next"'))
    with pytest.raises(rplatform.APIResponseValidationError) as failed:
        rec.client.settings.get_login_history(cursor="c1")
    assert len(rec.requests) == 1
    assert str(failed.value) == (
        "200 OK: response body does not match the API: ValueError: the next page's Link leads "
        "back to a page already read (/v1/settings/login-history?limit=1&cursor=c1): following "
        "it would never end"
    )


def test_a_link_that_leads_back_to_a_page_already_read_stops_the_loop() -> None:
    # Pages c0 -> c1 -> c2 -> c1 again: a server whose cursor loops.
    link = lambda i: f'<PATH?cursor=c{1 + (i - 1) % 2}>; rel="next"'  # noqa: E731
    serve = pages(2, 2, 2, 2, 2, link=link)

    def bounded(request: httpx.Request) -> httpx.Response:
        if len(rec.requests) > 10:  # without the check, the loop would never end
            raise RuntimeError("the client kept requesting")
        return serve(request)

    rec = Recorder(bounded)
    history = rec.client.settings.get_login_history()
    read = []
    with pytest.raises(rplatform.APIResponseValidationError) as failed:
        for item in history:
            read.append(item.id)
    assert read == ["login_0", "login_1", "login_2", "login_3"] and len(rec.requests) == 3
    assert str(failed.value) == (
        "200 OK: response body does not match the API: ValueError: the next page's Link leads "
        "back to a page already read (/v1/settings/login-history?cursor=c1): following it would "
        "never end"
    )
    assert [r.url.params.get("cursor") for r in rec.requests] == [None, "c1", "c2"]


def test_an_empty_page_that_announces_another_is_refused() -> None:
    # Empty pages with ever new cursors would keep a loop requesting without ever yielding.
    rec = Recorder(pages(0, 0, link=lambda i: f'<PATH?cursor=c{i}>; rel="next"'))
    with pytest.raises(rplatform.APIResponseValidationError) as failed:
        rec.client.settings.get_login_history()
    assert str(failed.value).endswith(
        "ValueError: an empty page announces a next one: /v1/settings/login-history?cursor=c1"
    )
    assert len(rec.requests) == 1


@pytest.mark.parametrize(
    ("query", "shown"), [("cursor=", "cursor="), ("cursor=c1&cursor=c2", "cursor=c1&cursor=c2")]
)
def test_a_link_whose_cursor_is_empty_or_repeated_names_no_cursor(query: str, shown: str) -> None:
    rec = Recorder(pages(1, 1, link=lambda i: f'<PATH?{query}>; rel="next"'))
    with pytest.raises(rplatform.APIResponseValidationError) as failed:
        rec.client.settings.get_login_history()
    assert str(failed.value).endswith(
        f"ValueError: the next page's Link names no cursor: /v1/settings/login-history?{shown}"
    )
    assert len(rec.requests) == 1


def test_a_page_read_is_remembered_in_16_bytes_whatever_its_cursor() -> None:
    def asked(**query: QueryValue) -> RequestDescription:
        return RequestDescription("GET", "/v1/settings/login-history", query, None, {})

    long = place(asked(cursor="c" * 1000, limit=50))
    assert len(long) == 16 and long == place(asked(limit=2, cursor="c" * 1000))  # any page size
    assert len(place(asked())) == 16 and place(asked()) != place(asked(cursor="c"))


def test_a_second_loop_may_read_the_same_pages_again() -> None:
    rec = Recorder(pages(2, 1))
    history = rec.client.settings.get_login_history()
    assert len(list(history)) == len(list(history)) == 3


def test_a_long_link_is_quoted_short() -> None:
    rec = Recorder(pages(1, 1, link=lambda i: f'<PATH?x={"y" * 500}>; rel="next"'))
    with pytest.raises(rplatform.APIResponseValidationError) as failed:
        rec.client.settings.get_login_history()
    assert f"no cursor: /v1/settings/login-history?x={'y' * 78}…" in str(failed.value)
    assert "y" * 79 not in str(failed.value)


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("x=" + "y" * 78, "?x=" + "y" * 78),  # 80 characters: whole
        ("x=" + "y" * 79, "?x=" + "y" * 78 + "…"),  # 81: the first 80
        ("", ""),  # no query: the path alone
    ],
)
def test_a_link_is_quoted_whole_up_to_80_characters_of_its_query(query: str, shown: str) -> None:
    target = f"PATH?{query}" if query else "PATH"
    rec = Recorder(pages(1, 1, link=lambda i: f'<{target}>; rel="next"'))
    with pytest.raises(rplatform.APIResponseValidationError) as failed:
        rec.client.settings.get_login_history()
    assert str(failed.value).endswith(
        f"ValueError: the next page's Link names no cursor: /v1/settings/login-history{shown}"
    )


def test_mypy_sees_the_list_result_api(tmp_path: Path) -> None:
    script = tmp_path / "pages_script.py"
    script.write_text(
        "import rplatform\n"
        "r = rplatform.Client('sk_test')\n"
        "history = r.settings.get_login_history(limit=10, page_size=5, cursor='c')\n"
        "reveal_type(history)\n"
        "reveal_type(history.next_cursor)\n"
        "reveal_type(history.to_list())\n"
        "reveal_type(history[0])\n"
        "reveal_type(r.with_raw_response.settings.list_sessions().parse())\n"
        "for entry in history:\n"
        "    reveal_type(entry)\n"
        "len(history)\n"
        "r.billing.get_usage_by_project(page_size='10')\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(script)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    out = run.stdout.replace("rplatform_api.models.login_history_entry.", "")
    out = out.replace("rplatform_api.models.session.", "").replace("rplatform._list_result.", "")
    out = out.replace("rplatform_api.lists.", "")
    assert ':4: note: Revealed type is "ListResult[LoginHistoryEntry]"' in out, out
    assert ':5: note: Revealed type is "str | None"' in out, out
    assert ':6: note: Revealed type is "ModelList[LoginHistoryEntry]"' in out, out
    assert ':7: note: Revealed type is "LoginHistoryEntry"' in out, out
    assert ':8: note: Revealed type is "ListResult[Session]"' in out, out
    assert ':10: note: Revealed type is "LoginHistoryEntry"' in out, out
    assert ':11: error: Argument 1 to "len" has incompatible type' in out, out
    assert ":12: error: Argument " in out, out


def link_to(url: str, base: str = "https://api.test/v1/settings/sessions") -> httpx.Response:
    request = httpx.Request("GET", base)
    return httpx.Response(200, headers={"link": f'<{url}>; rel="next"'}, request=request)


def test_the_next_pages_request_repeats_each_query_parameter_as_the_link_gives_it() -> None:
    response = link_to("/v1/settings/sessions?cursor=c?1&tag=a&tag=b")
    assert next_request(response, "https://api.test") == RequestDescription(
        method="GET",
        path="/v1/settings/sessions",
        query={"cursor": "c?1", "tag": ["a", "b"]},
        json=None,
        headers={},
    )


def test_a_base_url_with_a_path_and_a_final_slash_keeps_the_path_below_it() -> None:
    link = lambda i: f'</api/v1/settings/login-history?cursor=c{i}>; rel="next"'  # noqa: E731
    rec = Recorder(pages(1, 1, link=link))
    rec.client = rec.client.with_options(base_url="https://api.test/api/")
    assert len(list(rec.client.settings.get_login_history())) == 2
    assert [r.url.path for r in rec.requests] == ["/api/v1/settings/login-history"] * 2
    response = link_to("/PROXY/v1/x?cursor=3", base="https://api.test/PROXY/v1/x")
    assert next_request(response, "https://api.test/PROXY") == RequestDescription(
        "GET", "/v1/x", {"cursor": "3"}, None, {}
    )


def operation(limit: Field) -> Operation:
    """An operation paginated as the API's are, with `limit` as its page size's rule."""
    cursor = api.get_login_history.OPERATION.field("cursor")
    return api.get_login_history.OPERATION._replace(
        operation_id="listThings", tag="things", parameters=(limit, cursor)
    )


def test_the_page_size_is_the_specs_maximum_else_its_default() -> None:
    limit = Field("limit", "limit", "query", type="integer", minimum=1, maximum=50, default=20)
    asked = paging(operation(limit), None, None, None)
    assert asked == Paging(None, 50, None, "r.things.list_things", 20)
    assert asked.per_page(0) == 50
    assert paging(operation(limit), 30, None, None).per_page(0) == 30
    assert paging(operation(limit), 60, 20, None).per_page(0) is None  # the default: not sent
    unbounded = limit._replace(maximum=None)
    assert paging(operation(unbounded), None, None, None).page_size == 20
    assert paging(operation(unbounded), 5, None, None).per_page(0) == 5
    bare = limit._replace(maximum=None, default=None)
    assert paging(operation(bare), None, None, None).per_page(0) is None
    assert paging(operation(bare), 7, None, None).per_page(3) == 4
    with pytest.raises(ValueError, match=r"^page_size must be <= 50, got 51$"):
        paging(operation(limit), None, 51, None)
    assert paging(operation(limit), 10**6, None, None).limit == 10**6  # no maximum in all


def test_help_says_what_limit_page_size_and_cursor_mean_here() -> None:
    r = rplatform.Client("sk_test")
    doc = r.settings.get_login_history.__doc__ or ""
    assert (
        "This method reads the pages for you: its `limit` is the most items in all, its "
        "`page_size` the API's `limit` of one page."
    ) in " ".join(doc.split())
    args = doc.split("Args:\n", 1)[1].split("**options", 1)[0]
    assert " ".join(args.split()) == (
        "limit (int | None): The most items to read in all, in the list's order (from `cursor` "
        "when given); default: every item. 1 <= limit. page_size (int | None): How many items on "
        "one page: 1 to 100 (default 100). 1 <= page_size <= 100. Default 100. cursor (str | "
        "None): An opaque page cursor, from the previous page's `Link` header. A result's "
        "`next_cursor` continues after the items it read. At most 512 characters."
    )
    returns = doc.split("Returns:\n", 1)[1].split("Raises:", 1)[0]
    assert " ".join(returns.split()) == (
        "ListResult[LoginHistoryEntry]: The caller's recent sign-in attempts. Every item (at "
        "most `limit`), each page requested when a loop reaches it: a `rplatform.ListResult`."
    )
    projects = r.billing.get_usage_by_project.__doc__ or ""
    assert "1 <= page_size <= 1000. Default 1000." in " ".join(projects.split())
