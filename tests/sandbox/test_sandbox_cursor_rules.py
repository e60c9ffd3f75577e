"""The cursor rules of `pagination.py` on their own: no server, fixed cursors and links.

test_sandbox_pagination.py follows real `Link` headers through the three lists; these pin the
cursor's format (opaque to clients, but handed out and taken back by every sandbox version),
what is refused as a cursor, and how the next page's link is built.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from rplatform_sandbox import request_context
from rplatform_sandbox.pagination import decode, encode, next_link, page
from rplatform_sandbox.problems import Problem

PROJECTS = "WyJwcm9qZWN0cyIsInByb2pfMTI0Il0"  # ["projects","proj_124"], padding dropped
SESSIONS = "WyJzZXNzaW9ucyIsMCwiMjAyNS0wNy0xNVQxMjowMDowMFoiLCJzZXNzaW9uX3giXQ"


@pytest.fixture
def request_target() -> Iterator[None]:
    request_context.begin("req_1", "/v1/settings/login-history", "limit=2&cursor=old&q=")
    yield
    request_context.begin("unknown")


def test_a_cursor_is_the_lists_name_and_sort_key_in_unpadded_base64url() -> None:
    assert encode("projects", ("proj_124",)) == PROJECTS
    assert encode("sessions", (0, "2025-07-15T12:00:00Z", "session_x")) == SESSIONS


def test_a_cursor_reads_back_as_its_sort_key() -> None:
    assert decode("projects", PROJECTS, (str,)) == ("proj_124",)
    key = (0, "2025-07-15T12:00:00Z", "session_x")
    assert decode("sessions", SESSIONS, (int, str, str)) == key


def test_no_cursor_is_the_first_page() -> None:
    assert decode("projects", None, (str,)) is None


@pytest.mark.parametrize(
    ("name", "cursor", "types"),
    [
        ("sessions", PROJECTS, (str,)),  # another list's cursor
        ("projects", SESSIONS, (int, str, str)),
        ("projects", PROJECTS, (int,)),  # a key of the wrong type
        ("projects", PROJECTS, (str, str)),  # a key of the wrong length
        ("projects", encode("projects", (True,)), (int,)),  # JSON true is not an integer
        ("projects", "WyJwcm9qZWN0cyJd", (str,)),  # ["projects"]: the name without a key
        ("projects", "not base64!", (str,)),
        ("projects", "e30", (str,)),  # {} in base64: JSON, but not a list
        ("projects", "", (str,)),
    ],
)
def test_a_cursor_this_list_did_not_hand_out_is_a_422_on_cursor(
    name: str, cursor: str, types: tuple[type, ...]
) -> None:
    with pytest.raises(Problem) as refused:
        decode(name, cursor, types)
    problem = refused.value
    assert (problem.status_code, problem.kind.name) == (422, "validation-failed")
    assert problem.detail == (
        "cursor: is not a cursor of this list; follow the URL of the Link header."
    )
    assert [(e.field, e.code) for e in problem.errors] == [("cursor", "format")]


def test_the_next_link_keeps_the_query_and_replaces_the_cursor(request_target: None) -> None:
    assert next_link(PROJECTS) == (
        f'</v1/settings/login-history?limit=2&q=&cursor={PROJECTS}>; rel="next"'
    )


def test_a_full_last_page_has_no_link() -> None:
    assert page("projects", ["a", "b"], 2, lambda row: (row,)) == (["a", "b"], {})
    assert page("projects", ["a"], 2, lambda row: (row,)) == (["a"], {})


def test_a_page_with_more_after_it_links_from_its_last_row(request_target: None) -> None:
    shown, link = page("projects", ["proj_123", "proj_124", "proj_125"], 2, lambda row: (row,))
    assert shown == ["proj_123", "proj_124"]
    assert link == {
        "Link": f'</v1/settings/login-history?limit=2&q=&cursor={PROJECTS}>; rel="next"'
    }
