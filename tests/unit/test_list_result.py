"""`ListResult`: a paginated method's result is the whole list, read a page at a time.

On a MockTransport serving a keyset-paginated list (`keyset.Keyset`): a loop, `list()`,
`to_list()`, `to_dicts()` and `to_pandas()` see every item, each page requested when the loop
reaches it and dropped once passed; `limit=` is the most items in all, in requests of
`min(left, page_size)`; `next_cursor` resumes exactly, at a page's end and in its middle, with
rows added or removed in between; the displays say what they leave out and how to get it.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable

import httpx
import pytest
import rplatform
from facade_mock import Recorder
from keyset import Keyset
from keyset import entry as login_entry

TIMES = "\N{MULTIPLICATION SIGN}"


@pytest.fixture(autouse=True)
def _wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal wide enough for every column (shutil reads COLUMNS first)."""
    monkeypatch.setenv("COLUMNS", "200")


def served(count: int, default: int = 100) -> tuple[Keyset, Recorder]:
    server = Keyset(count, default)
    return server, Recorder(server)


def limits(rec: Recorder) -> list[str | None]:
    return [request.url.params.get("limit") for request in rec.requests]


def cursors(rec: Recorder) -> list[str | None]:
    return [request.url.params.get("cursor") for request in rec.requests]


def test_a_loop_sees_every_item_requesting_each_page_when_it_is_reached() -> None:
    rec = Recorder(Keyset(5))
    history = rec.client.settings.get_login_history(page_size=2)
    assert isinstance(history, rplatform.ListResult) and len(rec.requests) == 1
    items = iter(history)
    assert [next(items).id for _ in range(2)] == ["login_5", "login_4"]
    assert len(rec.requests) == 1
    assert next(items).id == "login_3" and len(rec.requests) == 2
    assert [e.id for e in items] == ["login_2", "login_1"] and len(rec.requests) == 3
    assert cursors(rec) == [None, "s4", "s2"] and limits(rec) == ["2", "2", "2"]


def test_list_to_list_to_dicts_to_json_and_to_pandas_cover_every_item() -> None:
    server, rec = served(250)
    history = rec.client.settings.get_login_history()
    assert [e.id for e in list(history)] == server.ids()
    every = history.to_list()
    assert type(every).__name__ == "ModelList[LoginHistoryEntry]" and len(every) == 250
    assert [d["id"] for d in history.to_dicts()] == server.ids()
    assert history.to_json().count('"id": "login_') == 250
    pytest.importorskip("pandas")
    assert list(history.to_pandas()["id"]) == server.ids()


def test_the_default_page_size_is_the_specs_maximum_and_is_not_sent_when_the_default() -> None:
    rec = Recorder(Keyset(250))
    assert len(list(rec.client.settings.get_login_history())) == 250
    assert limits(rec) == [None, None, None]  # 100 a page, the API's default: three pages
    rec.client.settings.get_login_history(page_size=100)
    rec.client.settings.get_login_history(page_size=7)
    assert limits(rec)[3:] == [None, "7"]
    empty = Recorder(lambda request: httpx.Response(200, json=[]))
    empty.client.settings.list_sessions(page_size=100)
    empty.client.settings.list_sessions(limit=3)
    assert limits(empty) == [None, "3"]
    empty.requests.clear()
    assert not empty.client.billing.get_usage_by_project(limit=5000)
    assert limits(empty) == [None]  # 1000 a page for projects: min(5000, 1000) is the default
    empty.client.billing.get_usage_by_project(limit=999)
    assert limits(empty) == [None, "999"]


def test_limit_is_the_most_items_in_all_asked_page_by_page() -> None:
    server, rec = served(262)
    newest = rec.client.settings.get_login_history(limit=10)
    assert [e.id for e in newest] == server.ids()[:10]
    assert limits(rec) == ["10"]  # one request of 10
    rec.requests.clear()
    five = rec.client.settings.get_login_history(limit=5, page_size=2)
    assert [e.id for e in five] == server.ids()[:5] and limits(rec) == ["2", "2", "1"]
    rec.requests.clear()
    assert len(list(rec.client.settings.get_login_history(limit=150))) == 150
    assert limits(rec) == [None, "50"]
    rec.requests.clear()
    assert len(list(rec.client.settings.get_login_history(limit=1000))) == 262
    assert limits(rec) == [None, None, None]


def test_a_second_loop_starts_again_from_the_first_page_which_is_kept() -> None:
    server, rec = served(5)
    history = rec.client.settings.get_login_history(page_size=2)
    first = [e.id for e in history]
    assert [e.id for e in history] == first == server.ids()
    assert cursors(rec) == [None, "s4", "s2", "s4", "s2"]  # the first page is not asked again


def test_a_page_passed_is_let_go_before_the_next_is_read_and_the_first_is_kept() -> None:
    server = Keyset(9)
    refs: list[weakref.ref[object]] = []
    alive: list[list[bool]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        gc.collect()
        alive.append([ref() is not None for ref in refs])  # what the client holds now
        return server(request)

    rec = Recorder(handler)
    for item in rec.client.settings.get_login_history(page_size=3):
        refs.append(weakref.ref(item))
        del item  # what a loop's body leaves
    assert alive == [[], [True] * 3, [True] * 3 + [False] * 3]


def test_the_responses_of_the_pages_it_read_go_without_the_cyclic_collector() -> None:
    # httpx's response and its stream refer to each other: each page's body would wait for
    # the collector, and pile up over a long loop.
    server = Keyset(7)
    responses: list[weakref.ref[httpx.Response]] = []

    def record(request: httpx.Request) -> httpx.Response:
        response = server(request)
        responses.append(weakref.ref(response))
        return response

    rec = Recorder(record)
    gc.disable()
    try:
        history = rec.client.settings.get_login_history(page_size=3)
        ids = [entry.id for entry in history]
        alive = [ref() is not None for ref in responses]
    finally:
        gc.enable()
    assert len(ids) == 7 and alive[1:] == [False, False]  # the first is the call's own


def test_limit_page_size_and_cursor_are_checked_before_sending() -> None:
    rec = Recorder(Keyset(5))
    cases = [
        (lambda r: r.settings.get_login_history(limit=0), "limit must be >= 1, got 0"),
        (lambda r: r.settings.list_sessions(page_size=101), "page_size must be <= 100, got 101"),
        (lambda r: r.billing.get_usage_by_project(page_size=0), "page_size must be >= 1, got 0"),
        (lambda r: r.settings.get_login_history(cursor=""), "cursor must not be empty"),
        (lambda r: r.settings.get_login_history(cursor="a" * 513),
         "cursor must be at most 512 characters, got 513"),
        (lambda r: r.settings.get_login_history(cursor="a b"),
         "cursor must match ^[A-Za-z0-9_-]+$, got 'a b'"),
    ]  # fmt: skip
    for call, message in cases:
        with pytest.raises(ValueError) as refused:
            call(rec.client)
        assert str(refused.value) == message
    with pytest.raises(TypeError, match=r"^cursor must be a str, not int$"):
        rec.client.settings.get_login_history(cursor=5)
    assert rec.requests == []
    rec.client.settings.get_login_history(limit=10**9, page_size=100)  # no maximum in all
    assert len(rec.requests) == 1


def test_next_cursor_at_a_page_end_is_the_links_without_a_request() -> None:
    rec = Recorder(Keyset(5))
    history = rec.client.settings.get_login_history(page_size=2)
    assert history.next_cursor == "s4"  # the call read the first page
    items = iter(history)
    for _ in range(4):
        next(items)
    assert history.next_cursor == "s2" and len(rec.requests) == 2
    assert [e.id for e in rec.client.settings.get_login_history(cursor="s2")] == ["login_1"]
    list(history)
    assert history.next_cursor is None  # read to the end: nothing follows


def test_next_cursor_in_the_middle_of_a_page_asks_the_api_once() -> None:
    server, rec = served(10)
    history = rec.client.settings.get_login_history(page_size=4)
    for count, _ in enumerate(history, 1):
        if count == 6:  # the second item of the second page (which starts at s7)
            break
    sent = len(rec.requests)
    cursor = history.next_cursor
    assert (cursor, len(rec.requests)) == ("s5", sent + 1)
    assert (rec.requests[-1].url.params["cursor"], rec.requests[-1].url.params["limit"]) == (
        "s7",
        "2",
    )
    assert history.next_cursor == cursor and len(rec.requests) == sent + 1  # asked once
    rest = [e.id for e in rec.client.settings.get_login_history(cursor=cursor)]
    assert rest == server.ids()[6:]


def test_resuming_after_rows_were_added_reads_each_row_once() -> None:
    server, rec = served(10)
    before = server.ids()
    read = []
    history = rec.client.settings.get_login_history(page_size=4)
    for entry in history:
        read.append(entry.id)
        if len(read) == 6:
            break
    server.add(3)  # sign-ins after the loop stopped, before the cursor is asked
    rest = [e.id for e in rec.client.settings.get_login_history(cursor=history.next_cursor)]
    assert read + rest == before


@pytest.mark.parametrize(
    ("rows", "removed", "rest", "asked"),
    [
        (10, [], ["login_4", "login_3", "login_2", "login_1"], 1),
        (10, [5, 4], ["login_3", "login_2", "login_1"], 2),  # the last row read, and the next
        (10, [6], ["login_4", "login_3", "login_2", "login_1"], 2),  # one read before the last
        (10, [6, 5], ["login_4", "login_3", "login_2", "login_1"], 1),  # every row read there
        (7, [3, 1], [], 1),  # nothing follows the last row read that is left: no cursor
    ],
)
def test_a_loop_stopped_mid_page_resumes_after_the_last_row_read_that_is_still_there(
    rows: int, removed: list[int], rest: list[str], asked: int
) -> None:
    server = Keyset(rows)
    rec = Recorder(server)
    history = rec.client.settings.get_login_history(page_size=4)
    read = [entry.id for _, entry in zip(range(6), history, strict=False)]
    assert len(read) == 6  # two rows of the second page read
    for seq in removed:  # revoked sessions, say, between the loop and the cursor
        server.remove(seq)
    sent = len(rec.requests)
    cursor = history.next_cursor
    assert len(rec.requests) - sent == asked
    resumed = rec.client.settings.get_login_history(cursor=cursor) if cursor else []
    assert [entry.id for entry in resumed] == rest


def test_resuming_after_the_first_of_three_rows_read_on_a_page_was_removed() -> None:
    server = Keyset(10)
    history = Recorder(server).client.settings.get_login_history(page_size=4)
    read = [entry.id for _, entry in zip(range(7), history, strict=False)]
    assert read[4:] == ["login_6", "login_5", "login_4"]  # three rows of the second page
    server.remove(6)
    resumed = Recorder(server).client.settings.get_login_history(cursor=history.next_cursor)
    assert [entry.id for entry in resumed] == ["login_3", "login_2", "login_1"]


def test_a_server_that_sends_more_than_asked_is_cut_at_the_limit() -> None:
    def generous(request: httpx.Request) -> httpx.Response:
        return Keyset(10)(httpx.Request("GET", request.url.copy_remove_param("limit")))

    rec = Recorder(generous)
    three = rec.client.settings.get_login_history(limit=3)
    assert [e.id for e in three] == ["login_10", "login_9", "login_8"]
    assert [e.id for e in three.to_list()] == ["login_10", "login_9", "login_8"]


def more_than_asked(server: Keyset, times: int | None = None) -> Callable[..., httpx.Response]:
    """`server`, sending one item more than a request asks for (its first `times` requests;
    every one when None)."""
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        limit = request.url.params.get("limit")
        if limit is not None and (times is None or len(asked) < times):
            asked.append(limit)
            request = httpx.Request("GET", request.url.copy_set_param("limit", int(limit) + 1))
        return server(request)

    return handler


def test_a_later_page_with_more_items_than_asked_is_cut_at_the_limit() -> None:
    server = Keyset(10)
    rec = Recorder(more_than_asked(server))
    five = rec.client.settings.get_login_history(limit=5, page_size=3)
    assert [e.id for e in five] == server.ids()[:5]  # 4 of the first page, 1 of 2 of the next
    assert limits(rec) == ["3", "1"]


def test_a_limit_that_cuts_a_page_sent_too_long_resumes_after_the_last_item_read() -> None:
    server = Keyset(10)
    rec = Recorder(more_than_asked(server, times=1))  # 4 items for the first page's 3
    three = rec.client.settings.get_login_history(limit=3)
    assert [e.id for e in three] == ["login_10", "login_9", "login_8"]
    assert three.next_cursor == "s8"  # not the page's Link (s7): login_7 was not read
    assert (cursors(rec), limits(rec)) == ([None, None], ["3", "3"])
    rest = rec.client.settings.get_login_history(cursor=three.next_cursor)
    assert [e.id for e in rest] == server.ids()[3:]


def test_raw_mode_gives_the_first_pages_response_whose_parse_is_the_whole_list() -> None:
    server, rec = served(5)
    raw = rec.client.with_raw_response.settings.get_login_history(page_size=2)
    assert isinstance(raw, rplatform.RawResponse) and raw.request_id == "req_page"
    assert raw.headers["link"] == '</v1/settings/login-history?limit=2&cursor=s4>; rel="next"'
    history = raw.parse()
    assert isinstance(history, rplatform.ListResult)
    assert [e.id for e in history] == server.ids() and len(rec.requests) == 3


def test_next_pages_carry_the_first_calls_options() -> None:
    rec = Recorder(Keyset(2))
    history = rec.client.settings.get_login_history(
        page_size=1, extra_headers={"X-Team": "data"}, timeout=3.0
    )
    list(history)
    assert [r.headers["x-team"] for r in rec.requests] == ["data", "data"]
    assert rec.requests[1].extensions["timeout"]["read"] == 3.0


def test_indexing_reads_as_far_as_it_must() -> None:
    rec = Recorder(Keyset(7))
    history = rec.client.settings.get_login_history(page_size=3)
    assert history[1].id == "login_6" and len(rec.requests) == 1
    assert history[4].id == "login_3" and len(rec.requests) == 2
    assert history[-1].id == "login_1"
    assert [e.id for e in history[2:5]] == ["login_5", "login_4", "login_3"]
    assert type(history[:2]).__name__ == "ModelList[LoginHistoryEntry]"
    assert [e.id for e in history[-2:]] == ["login_2", "login_1"]
    with pytest.raises(IndexError, match=r"^ListResult index out of range: 7$"):
        history[7]


def test_the_first_pages_items_and_slices_cost_no_request() -> None:
    rec = Recorder(Keyset(7))
    history = rec.client.settings.get_login_history(page_size=3)
    assert history[0].id == "login_7" and history[2].id == "login_5"
    assert [e.id for e in history[0:2]] == ["login_7", "login_6"]
    assert [e.id for e in history[1:3:1]] == ["login_6", "login_5"]
    assert len(rec.requests) == 1
    assert history[3].id == "login_4" and len(rec.requests) == 2  # the second page's first


def test_a_slice_with_a_step_takes_every_nth_item_across_pages() -> None:
    history = Recorder(Keyset(7)).client.settings.get_login_history(page_size=3)
    assert [e.id for e in history[0:6:2]] == ["login_7", "login_5", "login_3"]
    assert [e.id for e in history[1::3]] == ["login_6", "login_3"]


def test_to_json_keeps_text_as_it_is_and_indents_when_asked() -> None:
    row = {**login_entry(2), "user_agent": "Safari \N{EN DASH} iPhone"}
    settings = Recorder(lambda request: httpx.Response(200, json=[row])).client.settings
    assert settings.get_login_history().to_json(indent=2) == (
        "[\n"
        "  {\n"
        '    "id": "login_2",\n'
        '    "created_at": "2025-06-15T12:00:00+00:00",\n'
        '    "ip_address": "203.0.113.10",\n'
        '    "user_agent": "Safari \N{EN DASH} iPhone",\n'
        '    "success": true,\n'
        '    "failure_reason": null\n'
        "  }\n"
        "]"
    )


def test_truth_and_len() -> None:
    rec = Recorder(Keyset(3))
    assert rec.client.settings.get_login_history()
    assert not Recorder(Keyset(0)).client.settings.get_login_history()
    history = rec.client.settings.get_login_history()
    with pytest.raises(TypeError) as refused:
        len(history)
    assert str(refused.value) == (
        "a ListResult has no len(): the API tells how many items there are only once every "
        "page is read; len(result.to_list()) reads them, or count in your loop"
    )
    assert len(list(history)) == 3  # list() does not need it


def test_auto_paging_iter_still_iterates_and_says_it_is_deprecated() -> None:
    server, rec = served(3)
    history = rec.client.settings.get_login_history(page_size=2)
    with pytest.warns(DeprecationWarning) as warned:
        items = [e.id for e in history.auto_paging_iter()]
    assert items == server.ids()
    assert str(warned[0].message) == (
        "auto_paging_iter() is deprecated: iterate the result itself, which reads every page "
        "(for item in result: ...)"
    )
    assert warned[0].filename == __file__


def test_a_whole_first_page_shows_as_a_model_list_does() -> None:
    rec = Recorder(Keyset(3))
    history = rec.client.settings.get_login_history()
    assert repr(history) == "<rplatform.ListResult[LoginHistoryEntry]: 3 items>"
    assert str(history) == str(history.to_list())
    assert history._repr_html_() == history.to_list()._repr_html_()


MORE = (
    "Only the first page is shown; more items follow. list(...), .to_list() and .to_pandas() "
    "read them all, each page fetched as it is reached. "
)
RESUME = (
    "r.settings.get_login_history(..., cursor=result.next_cursor) continues after the last "
    "item read."
)
READ = (
    "{} in all, read to the end; the first page is shown (the others are not kept): .to_list() "
    "and .to_pandas() have them all."
)
CUT = "Cut at limit={}: the API has more. A larger limit= (or none) reads them; "


@pytest.mark.parametrize(
    ("rows", "asked", "read", "summary", "caption", "note"),
    [
        (5, {"page_size": 2}, False, "the first 2, more follow",
         "LoginHistoryEntry: the first 2, more follow", MORE + RESUME),
        (5, {"page_size": 2, "limit": 3}, False, "the first 2, more follow",
         "LoginHistoryEntry: the first 2, more follow",
         MORE.replace("follow.", "follow (up to limit=3).") + RESUME),
        (5, {"page_size": 2}, True, "5 items",
         f"5 {TIMES} LoginHistoryEntry, the first 2 shown", READ.format(5)),
        (50, {"limit": 10}, False, "10 items, cut at limit=10",
         f"10 {TIMES} LoginHistoryEntry", CUT.format(10) + RESUME),
        (262, {"limit": 150}, True, "150 items, cut at limit=150",
         f"150 {TIMES} LoginHistoryEntry, the first 100 shown",
         READ.format(150) + " " + CUT.format(150) + RESUME),
        (1, {}, False, "1 item", f"1 {TIMES} LoginHistoryEntry", ""),
    ],
)  # fmt: skip
def test_a_display_says_what_it_does_not_show_and_how_to_get_it(
    rows: int, asked: dict[str, int], read: bool, summary: str, caption: str, note: str
) -> None:
    history = Recorder(Keyset(rows)).client.settings.get_login_history(**asked)
    if read:
        list(history)
    assert repr(history) == f"<rplatform.ListResult[LoginHistoryEntry]: {summary}>"
    lines = str(history).splitlines()
    shown = min(rows, asked.get("page_size", 100), asked.get("limit", 100))
    assert lines[0] == caption
    assert " ".join(lines[2 + min(shown, 15) + (shown > 60) :]) == note
    html = history._repr_html_() or ""
    assert f'<caption style="text-align:left">{caption}</caption>' in html
    assert html.endswith(
        f'<p style="text-align:left">{note}</p></div>' if note else "</table></div>"
    )
    assert html.count("<tr><th") == 1 + min(shown, 15) + (shown > 60)


def test_ipython_in_a_terminal_shows_the_text_table() -> None:
    pretty = pytest.importorskip("IPython.lib.pretty")
    history = Recorder(Keyset(5)).client.settings.get_login_history(page_size=2)
    assert pretty.pretty(history) == str(history)


def test_a_limit_beyond_the_first_page_is_said_until_read() -> None:
    rec = Recorder(Keyset(50))
    history = rec.client.settings.get_login_history(limit=3, page_size=2)
    assert "Only the first page is shown; more items follow (up to limit=3)." in " ".join(
        str(history).splitlines()
    )
    one = Recorder(lambda request: httpx.Response(200, json=[PROJECT], headers={"link": LINK}))
    projects = one.client.billing.get_usage_by_project()
    assert "r.billing.get_usage_by_project(..., cursor=result.next_cursor)" in " ".join(
        str(projects).splitlines()
    )


LINK = '</v1/billing/usage/projects?cursor=c1>; rel="next"'
PROJECT = {
    "project_id": "proj_1", "project_name": "P", "year": 2025, "month": 6,
    "sandbox_compute_hours": 1.0, "database_compute_hours": 1.0, "database_storage_gb": 1.0,
    "storage_gb": 1.0, "ai_tokens": 1, "ai_cost_cents": 0.5, "deployment_compute_hours": 1.0,
    "total_cost_cents": 9,
}  # fmt: skip


def test_rows_are_told_apart_by_their_id() -> None:
    from rplatform._list_result import identity
    from rplatform.models import BillingPeriod, ProjectUsageSummary, Session

    session = identity(Session)
    project = identity(ProjectUsageSummary)
    assert session is not None and project is not None
    assert session(type("Row", (), {"id": "s1"})()) == "s1"
    assert project(type("Row", (), {"project_id": "p1"})()) == "p1"
    assert identity(BillingPeriod) is None


def test_a_negative_step_reads_the_whole_list() -> None:
    history = Recorder(Keyset(5)).client.settings.get_login_history(page_size=2)
    assert [e.id for e in history[::-2]] == ["login_1", "login_3", "login_5"]


def test_a_loop_broken_by_a_failing_page_resumes_where_it_stopped() -> None:
    server = Keyset(7)

    def failing(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("cursor") == "s2":  # the third page is down
            raise httpx.ConnectError("refused", request=request)
        return server(request)

    rec = Recorder(failing, max_retries=0)
    history = rec.client.settings.get_login_history(page_size=3)
    read = []
    with pytest.raises(rplatform.APIConnectionError):
        for entry in history:
            read.append(entry.id)
    assert read == server.ids()[:6] and history.next_cursor == "s2"
    rest = Recorder(server).client.settings.get_login_history(cursor=history.next_cursor)
    assert read + [entry.id for entry in rest] == server.ids()
