"""Arguments are checked before anything is sent: a named rule, and zero requests."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest
import rplatform
from _support import AI_USAGE
from facade_mock import Recorder, ok, refused

Make = Callable[..., Recorder]
Call = Callable[[rplatform.Client], Any]


def ai(**changes: Any) -> Call:
    return lambda r: r.billing.record_ai_usage(**{**AI_USAGE, **changes})


BAD_CALLS: list[tuple[str, Call, type[Exception], str]] = [
    # owner scope
    ("both owners", lambda r: r.billing.get_status(user_id="usr_1", organization_id="org_1"),
     ValueError, "user_id or organization_id, not both"),
    ("both owners, usage", lambda r: r.billing.get_usage(user_id="u", organization_id="o"),
     ValueError, "not both"),
    ("both owners, POST", lambda r: r.billing.ensure_customer(user_id="u", organization_id="o"),
     ValueError, "not both"),
    ("both owners, checkout", lambda r: r.billing.create_checkout_session(
        user_id="u", organization_id="o", return_url="https://x.test"), ValueError, "not both"),
    ("empty organization_id", lambda r: r.billing.get(organization_id=""),
     ValueError, "organization_id must not be empty"),
    ("blank user_id", lambda r: r.billing.get_periods(user_id="  "),
     ValueError, "user_id must not be empty"),
    ("int organization_id", lambda r: r.billing.can_create_api_key(organization_id=123),
     TypeError, "organization_id must be a str, not int"),
    # periods
    ("month 0", lambda r: r.billing.get_usage(year=2025, month=0),
     ValueError, "month must be >= 1"),
    ("month 13", lambda r: r.billing.get_usage_by_project(year=2025, month=13),
     ValueError, "month must be <= 12"),
    ("month str", lambda r: r.billing.get_usage_from_meters(year=2025, month="6"),
     TypeError, "month must be an int, not str"),
    ("month bool", lambda r: r.billing.get_usage(year=2025, month=True),
     TypeError, "month must be an int"),
    ("year 1999", lambda r: r.billing.get_usage(year=1999, month=1),
     ValueError, "year must be >= 2000"),
    ("year fractional", lambda r: r.billing.get_usage(year=2025.5, month=1),
     ValueError, "year must be a whole number, got 2025.5"),
    ("year alone", lambda r: r.billing.get_usage(year=2025),
     ValueError, "pass year and month together"),
    ("month alone", lambda r: r.billing.get_usage_by_project(month=6),
     ValueError, "pass year and month together"),
    # project usage
    ("empty project id", lambda r: r.billing.get_project_usage(""),
     ValueError, "project_id must not be empty"),
    ("bad from_", lambda r: r.billing.get_project_usage("proj_123", from_="06/01/2025"),
     ValueError, "from_ must be an ISO date"),
    ("int to", lambda r: r.billing.get_project_usage("proj_123", to=20250630),
     TypeError, "to must be a datetime.date or an ISO date string"),
    ("to before from_", lambda r: r.billing.get_project_usage(
        "proj_123", from_="2025-06-30", to=datetime.date(2025, 6, 1)),
     ValueError, "must not be before from_"),
    # AI usage
    ("negative input_tokens", ai(input_tokens=-1), ValueError, "input_tokens must be >= 0"),
    ("negative output_tokens", ai(output_tokens=-5), ValueError, "output_tokens must be >= 0"),
    ("negative reasoning_tokens", ai(reasoning_tokens=-1), ValueError, "reasoning_tokens must be"),
    ("negative cost", ai(cost_cents=-0.01), ValueError, "cost_cents must be >= 0"),
    ("nan cost", ai(cost_cents=float("nan")), ValueError, "cost_cents must be a finite number"),
    ("bool tokens", ai(input_tokens=False), TypeError, "input_tokens must be an int, not bool"),
    ("fractional tokens", ai(output_tokens=1.5), ValueError,
     "output_tokens must be a whole number, got 1.5"),
    ("str cost", ai(cost_cents="0.05"), TypeError, "cost_cents must be a number"),
    ("empty project", ai(project_id=""), ValueError, "project_id must not be empty"),
    ("empty model", ai(provider_model=""), ValueError, "provider_model must not be empty"),
    ("checkout without url", lambda r: r.billing.create_checkout_session(return_url=""),
     ValueError, "return_url must not be empty"),
    ("portal url None", lambda r: r.billing.create_portal_session(return_url=None),
     TypeError, "return_url must be a str"),
    # settings
    ("theme", lambda r: r.settings.update_appearance(theme="blue"),
     ValueError, "theme must be one of 'dark', 'light', 'system', got 'blue'"),
    ("visibility", lambda r: r.settings.update_privacy(profile_visibility="friends"),
     ValueError, "profile_visibility must be one of 'network', 'private', 'public'"),
    ("visibility case", lambda r: r.settings.update_privacy(profile_visibility="Public"),
     ValueError, "profile_visibility must be one of"),
    ("visibility empty", lambda r: r.settings.update_privacy(profile_visibility=""),
     ValueError, "profile_visibility must be one of"),
    ("theme int", lambda r: r.settings.update_appearance(theme=1),
     TypeError, "theme must be a str"),
    ("push not bool", lambda r: r.settings.update_notifications(push=1),
     TypeError, "push must be a bool, not int"),
    ("show_email str", lambda r: r.settings.update_privacy(show_email="false"),
     TypeError, "show_email must be a bool"),
    ("timezone int", lambda r: r.settings.update_appearance(timezone=5),
     TypeError, "timezone must be a str"),
    ("empty session id", lambda r: r.settings.revoke_session(""),
     ValueError, "session_id must not be empty"),
    ("session id None", lambda r: r.settings.revoke_session(None),
     TypeError, "session_id must be a str"),
    ("empty verify token", lambda r: r.settings.verify_email_change(""),
     ValueError, "token must not be empty"),
    ("empty password", lambda r: r.settings.change_password(current_password="", new_password="x"),
     ValueError, "current_password must not be empty"),
    ("limit 0", lambda r: r.settings.get_login_history(limit=0), ValueError, "limit must be >= 1"),
    ("page_size 101", lambda r: r.settings.get_login_history(page_size=101),
     ValueError, "page_size must be <= 100"),
    ("cursor with a line break", lambda r: r.settings.list_sessions(cursor="abc\n"),
     ValueError, "cursor must match ^[A-Za-z0-9_-]+$, got 'abc\\n'"),
    ("deletion without confirm", lambda r: r.settings.request_deletion(
        password="p", confirm_text=""), ValueError, "confirm_text must not be empty"),
    # notifications
    ("platform", lambda r: r.notifications.register_token(token="t", platform="android"),
     ValueError, "platform must be one of 'apns', 'expo', 'fcm', got 'android'"),
    ("platform None", lambda r: r.notifications.register_token(token="t", platform=None),
     TypeError, "platform must be a str"),
    ("empty push token", lambda r: r.notifications.register_token(token="", platform="expo"),
     ValueError, "token must not be empty"),
    ("unregister empty", lambda r: r.notifications.unregister_token(""),
     ValueError, "token must not be empty"),
    # per-call options
    ("unknown option", lambda r: r.billing.get_status(timout=3), TypeError, "'timout'"),
    ("negative retries", lambda r: r.billing.get_status(max_retries=-1),
     ValueError, "max_retries must be >= 0"),
    ("bad timeout", lambda r: r.billing.get_status(timeout="5"), TypeError, "timeout must be"),
    ("retries not an int", lambda r: r.billing.get_status(max_retries="3"),
     TypeError, "max_retries must be an int, not str"),
    ("bad retry policy", lambda r: r.billing.get_status(retry=3),
     TypeError, "retry must be a RetryPolicy, not int"),
    ("bad headers", lambda r: r.billing.get_status(extra_headers={"X": 1}),
     TypeError, "extra_headers must be a mapping of str to str"),
    ("empty idempotency key", lambda r: r.billing.ensure_customer(idempotency_key=""),
     ValueError, "idempotency_key must not be empty"),
]  # fmt: skip


@pytest.mark.parametrize(("call", "error", "message"), [c[1:] for c in BAD_CALLS],
                         ids=[c[0] for c in BAD_CALLS])  # fmt: skip
def test_invalid_input_sends_nothing(
    recorder: Make, call: Call, error: type[Exception], message: str
) -> None:
    refused(recorder(ok({})), call, error, message)


def test_enum_members_and_dates_are_accepted(recorder: Make) -> None:
    from rplatform.models import Platform, ProfileVisibility, Theme

    rec = recorder(ok({}))
    for call in (
        lambda r: r.settings.update_appearance(theme=Theme.DARK, timezone=None),
        lambda r: r.settings.update_privacy(profile_visibility=ProfileVisibility.NETWORK),
        lambda r: r.notifications.register_token(token="t", platform=Platform.APNS),
        lambda r: r.billing.get_project_usage(
            "proj_123", from_=datetime.date(2025, 6, 1), to=datetime.datetime(2025, 6, 30, 12)
        ),
    ):
        with pytest.raises(rplatform.APIResponseValidationError):  # {} is not a valid body
            call(rec.client)
    bodies = [r.content for r in rec.requests]
    assert bodies[0] == b'{"theme":"dark","timezone":null}'
    assert bodies[1] == b'{"profile_visibility":"network"}'
    assert bodies[2] == b'{"token":"t","platform":"apns"}'
    assert rec.requests[3].url.query == b"from=2025-06-01&to=2025-06-30"


def test_a_text_field_is_checked_against_its_lengths_and_pattern() -> None:
    from rplatform._validation import _end_is_end, text_field
    from rplatform_api.api import Field

    code = Field("code", "code", "query", min_length=3, max_length=5, pattern="^[a-z$]+$")
    assert text_field(code, "ab$c") == "ab$c"
    with pytest.raises(ValueError, match=r"^code must be at least 3 characters, got 2$"):
        text_field(code, "ab")
    with pytest.raises(ValueError, match=r"^code must be at most 5 characters, got 6$"):
        text_field(code, "abcdef")
    with pytest.raises(ValueError) as refused:
        text_field(code, "abc\n")  # Python's own `$` would let the line break through
    assert str(refused.value) == "code must match ^[a-z$]+$, got 'abc\\n'"
    assert _end_is_end(r"^a\$b[$]$") == r"^a\$b[$]\Z"


def test_a_text_of_exactly_its_maximum_length_is_sent(recorder: Make) -> None:
    rec = recorder(ok([]))
    rec.client.settings.get_login_history(cursor="c" * 512)  # the spec's maxLength
    assert [r.url.params["cursor"] for r in rec.requests] == ["c" * 512]


def test_a_dollar_is_the_end_of_the_text_wherever_it_is_outside_brackets() -> None:
    from rplatform._validation import _end_is_end

    assert _end_is_end("abc$") == r"abc\Z"  # before any bracket
    assert _end_is_end("[$]$") == r"[$]\Z"  # a class that opens the pattern
    assert _end_is_end("[X$]x$") == r"[X$]x\Z"  # any letter in a class keeps it open
