"""A call that does not fit its method says so first, naming the method as every message does
(`billing.get_usage()`), before any rule across arguments; and the behaviours around ids,
ranges and next-page links that users rely on, each held by a test.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import rplatform
from facade_mock import STATUS_BODY, Recorder, ok, refused

Make = Callable[..., Recorder]
Call = Callable[[rplatform.Client], object]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        # a misspelled keyword comes before "pass year and month together"
        (lambda r: r.billing.get_usage(organization_id="org_123", year=2025, mnth=6),
         "billing.get_usage() got an unexpected keyword argument 'mnth'; did you mean 'month'?"),
        (lambda r: r.with_raw_response.billing.get_usage_by_project(year=2025, mont=6),
         "billing.get_usage_by_project() got an unexpected keyword argument 'mont'; "
         "did you mean 'month'?"),
        (lambda r: r.billing.get_status(user_id="usr_1", organization_id="org_1", orgid="x"),
         "billing.get_status() got an unexpected keyword argument 'orgid'"),
        (lambda r: r.billing.get_project_usage("proj_1", from_="2025-06-30", too="2025-06-01"),
         "billing.get_project_usage() got an unexpected keyword argument 'too'; did you mean "
         "'to'?"),
        # positional arguments: how many the method takes, and which are keywords
        (lambda r: r.billing.get_status("org_123"),
         "billing.get_status() takes no positional arguments but 1 was given; pass user_id=, "
         "organization_id= by keyword"),
        (lambda r: r.with_raw_response.billing.get_status("org_123"),
         "billing.get_status() takes no positional arguments but 1 was given"),
        (lambda r: r.billing.get_project_usage("proj_1", "2025-06-01", "2025-06-30"),
         "billing.get_project_usage() takes 1 positional argument (project_id) but 3 were given; "
         "pass from_=, to= by keyword"),
        (lambda r: r.settings.revoke_session("session_1", "session_2"),
         "settings.revoke_session() takes 1 positional argument (session_id) but 2 were given"),
        (lambda r: r.settings.get_preferences(True),
         "settings.get_preferences() takes no positional arguments but 1 was given"),
        # missing or doubled arguments in Python's words (3.12's on every Python), with the method
        (lambda r: r.billing.create_checkout_session(organization_id="org_123"),
         "billing.create_checkout_session(): missing a required keyword-only argument: "
         "'return_url'"),
        (lambda r: r.settings.revoke_session(),
         "settings.revoke_session(): missing a required argument: 'session_id'"),
        (lambda r: r.settings.revoke_session("session_1", session_id="session_1"),
         "settings.revoke_session(): multiple values for argument 'session_id'"),
    ],
)  # fmt: skip
def test_a_call_that_does_not_fit_its_method_says_so_before_anything_is_sent(
    recorder: Make, call: Call, message: str
) -> None:
    error = refused(recorder(ok(STATUS_BODY)), call, TypeError, message)
    assert str(error).startswith(message.split(";")[0])
    assert error.__cause__ is None and error.__suppress_context__


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda r: r.settings.change_password(current_password="old-1"),
         "settings.change_password(): missing a required keyword-only argument: 'new_password'"),
        (lambda r: r.billing.record_ai_usage(project_id="proj_1", input_tokens=1, cost_cents=0.1,
                                             provider_model="m"),
         "billing.record_ai_usage(): missing a required keyword-only argument: 'output_tokens'"),
    ],
)  # fmt: skip
def test_the_argument_said_missing_is_the_one_left_out_not_one_given(
    recorder: Make, call: Call, message: str
) -> None:
    refused(recorder(ok(STATUS_BODY)), call, TypeError, message)


def test_the_method_s_own_type_errors_are_its_own(recorder: Make) -> None:
    refused(
        recorder(ok(STATUS_BODY)),
        lambda r: r.billing.get_usage(year="2025", month=6),
        TypeError,
        "year must be an int, not str",
    )


def test_a_positional_mistake_reads_the_same_as_the_keyword_one(recorder: Make) -> None:
    rec = recorder(ok(STATUS_BODY))
    with pytest.raises(TypeError) as info:
        rec.client.billing.get_status("org_123")
    assert "Billing" not in str(info.value)  # `billing.get_status()`, as every message says


# -- ids, ranges and links ------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    ["session\t1", "session\x001", "session\x1b[31m", "session\x7f", "session\u2028", "\u200b"],
)
@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda r, v: r.settings.revoke_session(v), "session_id"),
        (lambda r, v: r.billing.get_project_usage(v), "project_id"),
        (lambda r, v: r.billing.get_status(user_id=v), "user_id"),
        (lambda r, v: r.with_raw_response.billing.get_usage(organization_id=v), "organization_id"),
    ],
)
def test_an_id_with_a_control_or_invisible_character_is_refused_before_sending(
    recorder: Make, bad: str, call: Callable[[rplatform.Client, str], object], name: str
) -> None:
    index = 0 if bad == "\u200b" else len("session")  # where the first such character is
    refused(
        recorder(ok(STATUS_BODY)),
        lambda r: call(r, bad),
        ValueError,
        f"{name} must not contain control or invisible characters: {bad[index]!r} at index {index}",
    )


@pytest.mark.parametrize(
    ("arguments", "query"),
    [
        ({"user_id": "usr_1"}, "user_id=usr_1"),
        ({"organization_id": "org_1"}, "organization_id=org_1"),
        ({"user_id": "usr_1", "year": 2025, "month": 6}, "user_id=usr_1&year=2025&month=6"),
        ({"year": 2025, "month": 6}, "year=2025&month=6"),
    ],
)
def test_a_billing_periods_owner_is_sent_with_the_period_or_without(
    recorder: Make, arguments: dict[str, Any], query: str
) -> None:
    rec = recorder(ok({}))
    rec.client.with_raw_response.billing.get_usage(**arguments)
    assert rec.requests[0].url.query.decode() == query


def test_a_one_day_range_is_sent_as_it_is(recorder: Make) -> None:
    rec = recorder(ok([]))
    assert rec.client.billing.get_project_usage("proj_1", from_="2025-06-01", to="2025-06-01") == []
    assert rec.requests[0].url.params.multi_items() == [
        ("from", "2025-06-01"),
        ("to", "2025-06-01"),
    ]
    refused(
        recorder(ok([])),
        lambda r: r.billing.get_project_usage("proj_1", from_="2025-06-02", to="2025-06-01"),
        ValueError,
        "to (2025-06-01) must not be before from_ (2025-06-02)",
    )


SESSION = {"id": "s", "user_agent": "u", "ip_address": "i", "is_current": True,
           "created_at": "2025-06-15T12:00:00Z", "last_active_at": "2025-06-15T12:00:00Z",
           "expires_at": "2025-07-15T12:00:00Z"}  # fmt: skip


@pytest.mark.parametrize(
    "link",
    [
        "http://api.test/v1/settings/sessions?cursor=c2",  # https -> http: the key in clear
        "https://api.test:8443/v1/settings/sessions?cursor=c2",  # another port
        "https://api.test.evil/v1/settings/sessions?cursor=c2",
        "//other.test/v1/settings/sessions?cursor=c2",
    ],
)
def test_a_next_link_that_changes_scheme_port_or_host_is_never_followed(
    recorder: Make, link: str
) -> None:
    rec = recorder(ok([SESSION], link=f'<{link}>; rel="next"'))
    with pytest.raises(rplatform.APIResponseValidationError) as info:
        rec.client.settings.list_sessions()
    assert str(info.value) == (
        "200 OK: response body does not match the API: ValueError: the next page's Link leaves "
        f"the API (https://api.test): {httpx.URL('https://api.test/').join(link)} "
        "(request_id=req_1)"
    )
    assert len(rec.requests) == 1  # and nothing was sent there


def test_a_next_link_on_the_same_origin_is_followed(recorder: Make) -> None:
    link = '<https://api.test:443/v1/settings/sessions?cursor=c2>; rel="next"'
    rec = recorder(ok([SESSION], link=link), ok([SESSION]))
    assert len(list(rec.client.settings.list_sessions())) == 2
    assert rec.requests[1].url == "https://api.test/v1/settings/sessions?cursor=c2"


def test_too_many_positional_arguments_without_keywords_say_no_more() -> None:
    rec = Recorder(lambda request: ok(STATUS_BODY))
    with pytest.raises(TypeError) as info:
        rec.client.settings.revoke_session("session_1", "session_2")
    assert str(info.value) == (
        "settings.revoke_session() takes 1 positional argument (session_id) but 2 were given"
    )


def test_a_method_of_two_positional_arguments_names_both() -> None:
    # No operation of openapi.yaml has two path parameters yet: a method declared here has.
    from rplatform.resources import _base
    from rplatform.resources._endpoint import endpoint

    class Items(_base.Resource[_base.Parsed]):
        @endpoint
        def move(self, item_id: str, to_id: str) -> _base.Call[None]:
            raise AssertionError("not called: the call does not fit")

    items = Items(rplatform.Client("sk_test_unused"), _base.Parsed)
    assert str(Items.move._misuse(items, ("a", "b", "c"), {})) == (
        "items.move() takes 2 positional arguments (item_id, to_id) but 3 were given"
    )
