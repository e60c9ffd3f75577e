"""All 28 methods against the sandbox: the documented examples, and every error it can produce.

The sandbox implements openapi.yaml for real (state, validation, idempotency, fault injection
by the `X-Sandbox-Fault` header), so these tests exercise the facade end to end over HTTP.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
import socket

import httpx
import pytest
import rplatform
from _support import AI_USAGE
from rplatform.models import (
    OwnerType,
    Platform,
    ProfileVisibility,
    SubscriptionStatus,
    Theme,
)


def no_wait(client: rplatform.Client) -> tuple[rplatform.Client, list[float]]:
    """A copy of the client that records its retry waits instead of sleeping them."""
    waits: list[float] = []
    return client.with_options(retry=dataclasses.replace(client.retry, sleep=waits.append)), waits


def fault(kind: str) -> dict[str, str]:
    return {"X-Sandbox-Fault": kind}


# -- billing ---------------------------------------------------------------------------------


def test_get(client: rplatform.Client) -> None:
    info = client.billing.get(organization_id="org_123")
    assert info.owner_id == "org_123" and info.owner_type is OwnerType.ORGANIZATION
    assert info.customer is not None and info.customer.stripe_customer_id == "cus_123"
    assert info.credits.granted_cents == 5000 and info.credits.used_cents == 2500
    assert [s.id for s in info.subscriptions] == ["sub_123"]


def test_get_status(client: rplatform.Client) -> None:
    status = client.billing.get_status(organization_id="org_123")
    assert status.has_stripe_account is True
    assert status.stripe_subscription_id == "sub_123"
    assert status.status is SubscriptionStatus.TRIALING
    assert status.has_payment_method is False
    own = client.billing.get_status()  # neither owner: the caller's own billing
    assert own.owner_type is OwnerType.USER and own.owner_id == "usr_123"
    assert own.status is None


def test_get_periods(client: rplatform.Client) -> None:
    periods = client.billing.get_periods(organization_id="org_123").periods
    assert periods and periods[0].is_current
    june = [p for p in periods if (p.year, p.month) == (2025, 6)]
    assert june and june[0].label == "June 2025"
    assert june[0].start_date == datetime.date(2025, 6, 1)


def test_can_create_api_key(client: rplatform.Client) -> None:
    eligibility = client.billing.can_create_api_key(organization_id="org_123")
    assert eligibility.can_create is False and eligibility.reason


def test_get_usage(client: rplatform.Client) -> None:
    usage = client.billing.get_usage(organization_id="org_123", year=2025, month=6)
    assert (usage.year, usage.month) == (2025, 6)
    assert usage.sandbox_compute_hours > 0 and usage.ai_tokens > 0
    assert usage.line_items and all(item.name and item.unit for item in usage.line_items)
    line_total = round(sum(item.total_cost for item in usage.line_items) * 100)
    assert abs(usage.total_cost_cents - line_total) <= len(usage.line_items)


def test_get_usage_by_project(client: rplatform.Client) -> None:
    projects = client.billing.get_usage_by_project(organization_id="org_123", year=2025, month=6)
    assert isinstance(projects, rplatform.ListResult)
    assert {p.project_id for p in projects} == {"proj_123", "proj_124", "proj_125"}
    assert all(p.sandbox_compute_hours > 0 and p.ai_tokens > 0 for p in projects)


def test_get_usage_from_meters(client: rplatform.Client) -> None:
    meters = client.billing.get_usage_from_meters(organization_id="org_123", year=2025, month=6)
    assert isinstance(meters, list) and meters
    assert all(m.start_time.year == 2025 and m.start_time.month == 6 for m in meters)


def test_get_project_usage(client: rplatform.Client) -> None:
    items = client.billing.get_project_usage("proj_123", from_="2025-06-01", to="2025-06-30")
    assert isinstance(items, list) and items
    assert all(item.item and item.units >= 0 and item.unit_type for item in items)
    same = client.billing.get_project_usage(
        "proj_123", from_=datetime.date(2025, 6, 1), to=datetime.date(2025, 6, 30)
    )
    assert [i.to_dict() for i in same] == [i.to_dict() for i in items]


def test_create_checkout_session(client: rplatform.Client) -> None:
    checkout = client.billing.create_checkout_session(
        organization_id="org_123", return_url="https://myapp.com/billing"
    )
    assert checkout.url.startswith("http") and checkout.session_id
    assert checkout.return_url == "https://myapp.com/billing"


def test_create_portal_session(client: rplatform.Client) -> None:
    portal = client.billing.create_portal_session(
        organization_id="org_123", return_url="https://myapp.com/billing"
    )
    assert portal.url.startswith("http")


def test_ensure_customer(client: rplatform.Client) -> None:
    existing = client.billing.ensure_customer(organization_id="org_123")
    assert existing.stripe_customer_id == "cus_123" and existing.is_new is False
    created = client.billing.ensure_customer()  # the demo user has no customer yet
    assert created.is_new is True
    again = client.billing.ensure_customer()
    assert again.is_new is False and again.stripe_customer_id == created.stripe_customer_id


def test_record_ai_usage(client: rplatform.Client) -> None:
    record = client.billing.record_ai_usage(**AI_USAGE)
    assert record.project_id == "proj_123" and record.total_tokens == 2500
    assert record.provider_model == "anthropic/claude-sonnet-4"


# -- settings --------------------------------------------------------------------------------


def test_preferences(client: rplatform.Client) -> None:
    prefs = client.settings.get_preferences()
    assert prefs.notifications.to_dict() == {"in_app": True, "push": True, "email": True}
    assert prefs.privacy.profile_visibility is ProfileVisibility.PUBLIC
    assert prefs.appearance.theme is Theme.SYSTEM and prefs.appearance.timezone is None

    prefs = client.settings.update_notifications(push=True, email=False)
    assert prefs.notifications.to_dict() == {"in_app": True, "push": True, "email": False}
    prefs = client.settings.update_privacy(profile_visibility="network", show_email=False)
    assert prefs.privacy.profile_visibility is ProfileVisibility.NETWORK
    prefs = client.settings.update_appearance(theme="dark", timezone="America/New_York")
    assert prefs.appearance.theme is Theme.DARK
    assert prefs.appearance.timezone == "America/New_York"
    prefs = client.settings.update_appearance(timezone=None)  # None clears
    assert prefs.appearance.timezone is None and prefs.appearance.theme is Theme.DARK
    assert client.settings.get_preferences().to_dict() == prefs.to_dict()


def test_sessions(client: rplatform.Client) -> None:
    sessions = client.settings.list_sessions()
    ids = [s.id for s in sessions]
    assert sessions[0].is_current and "session_123" in ids
    client.settings.revoke_session("session_123")
    assert "session_123" not in [s.id for s in client.settings.list_sessions()]
    with pytest.raises(rplatform.NotFoundError):
        client.settings.revoke_session("session_123")
    revoked = client.settings.revoke_all_sessions()
    assert revoked.revoked_count == len(ids) - 2  # all but the caller's and session_123
    assert [s.is_current for s in client.settings.list_sessions()] == [True]


def test_change_password(client: rplatform.Client) -> None:
    assert (
        client.settings.change_password(
            current_password="currentPassword123", new_password="newSecurePassword456"
        )
        is None
    )
    with pytest.raises(rplatform.PermissionDeniedError) as info:  # the old one is gone
        client.settings.change_password(
            current_password="currentPassword123", new_password="anotherPassword789"
        )
    assert "currentPassword123" not in str(info.value)
    assert "anotherPassword789" not in str(info.value)


def test_email_change(client: rplatform.Client, sandbox_url: str) -> None:
    result = client.settings.request_email_change(
        new_email="newemail@example.com", password="currentPassword123"
    )
    assert result.message
    outbox = httpx.get(f"{sandbox_url}/sandbox/outbox", params={"to": "newemail@example.com"})
    token = outbox.json()["emails"][0]["token"]
    verified = client.settings.verify_email_change(token)
    assert verified.message and verified.verified_at
    with pytest.raises(rplatform.APIStatusError) as info:  # single use: 410 Gone
        client.settings.verify_email_change(token)
    assert info.value.status_code == 410 and type(info.value) is rplatform.APIStatusError
    assert token not in str(info.value)


def test_account_deletion(client: rplatform.Client) -> None:
    assert client.settings.get_deletion_status().requested is False
    deletion = client.settings.request_deletion(
        password="currentPassword123",
        confirm_text="DELETE MY ACCOUNT",
        reason="No longer using the service",
    )
    assert deletion.requested is True and deletion.scheduled_at is not None
    status = client.settings.get_deletion_status()
    assert status.requested and status.grace_period_ends == deletion.grace_period_ends
    with pytest.raises(rplatform.ConflictError):
        client.settings.request_deletion(
            password="currentPassword123", confirm_text="DELETE MY ACCOUNT"
        )
    cancelled = client.settings.cancel_deletion()
    assert cancelled.requested is False and cancelled.scheduled_at is None
    with pytest.raises(rplatform.ConflictError, match="409 Conflict"):
        client.settings.cancel_deletion()


def test_get_login_history(client: rplatform.Client) -> None:
    history = client.settings.get_login_history(limit=10).to_list()
    assert len(history) == 10
    assert any(not entry.success for entry in client.settings.get_login_history(limit=100))
    assert history == sorted(history, key=lambda e: e.created_at, reverse=True)


# -- notifications ---------------------------------------------------------------------------


def test_push_tokens(client: rplatform.Client) -> None:
    token = client.notifications.register_token(
        token="ExponentPushToken[abc123...]", platform="expo", device_id="unique-device-id"
    )
    assert token.platform is Platform.EXPO and token.device_id == "unique-device-id"
    again = client.notifications.register_token(
        token="ExponentPushToken[abc123...]", platform=Platform.FCM
    )
    assert again.id == token.id and again.platform is Platform.FCM
    assert client.notifications.unregister_token("ExponentPushToken[abc123...]") is None
    assert client.notifications.unregister_token("ExponentPushToken[abc123...]") is None


# -- raw responses ---------------------------------------------------------------------------


def test_raw_response(client: rplatform.Client) -> None:
    raw = client.with_raw_response.billing.get_status(organization_id="org_123")
    assert raw.status_code == 200 and raw.request_id
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.parse().owner_id == "org_123"
    created = client.billing.with_raw_response.record_ai_usage(**AI_USAGE)
    assert created.status_code == 201 and created.parse().total_tokens == 2500


# -- every error class the server can produce ------------------------------------------------


def test_a_value_breaking_a_rule_is_unprocessable(client: rplatform.Client) -> None:
    with pytest.raises(rplatform.UnprocessableEntityError) as info:
        client.billing.get_project_usage("p" * 65)  # longer than the spec's maxLength
    assert info.value.status_code == 422 and info.value.problem is not None
    assert info.value.request_id and info.value.request_id in str(info.value)


def test_authentication_error(sandbox_url: str) -> None:
    with (
        rplatform.Client("sk_test_wrong_key", base_url=sandbox_url) as r,
        pytest.raises(rplatform.AuthenticationError) as info,
    ):
        r.billing.get_status()
    assert info.value.status_code == 401 and "sk_test_wrong_key" not in str(info.value)


def test_permission_denied(client: rplatform.Client) -> None:
    with pytest.raises(rplatform.PermissionDeniedError) as info:
        client.billing.get_status(organization_id="org_456")
    assert info.value.problem is not None and info.value.problem["status"] == 403


def test_not_found(client: rplatform.Client) -> None:
    with pytest.raises(rplatform.NotFoundError) as info:
        client.billing.get_project_usage("proj_999", from_="2025-06-01", to="2025-06-30")
    assert str(info.value).startswith("404 Not Found: ")


def test_unprocessable_entity(client: rplatform.Client) -> None:
    with pytest.raises(rplatform.UnprocessableEntityError):
        client.settings.update_appearance(timezone="Mars/Olympus")
    with pytest.raises(rplatform.UnprocessableEntityError):
        client.billing.create_checkout_session(return_url="ftp://myapp.com/billing")
    with pytest.raises(rplatform.UnprocessableEntityError) as info:
        client.settings.change_password(
            current_password="currentPassword123", new_password="shortpassword"
        )  # no digit: the policy's pattern (a too short one is a 400, like any length)
    assert "currentPassword123" not in str(info.value) and "shortpassword" not in str(info.value)


def test_same_idempotency_key_replays_and_another_body_is_refused(client: rplatform.Client) -> None:
    first = client.billing.record_ai_usage(**AI_USAGE, idempotency_key="usage-once")
    again = client.billing.record_ai_usage(**AI_USAGE, idempotency_key="usage-once")
    assert again.id == first.id
    with pytest.raises(rplatform.UnprocessableEntityError):
        client.billing.record_ai_usage(
            **{**AI_USAGE, "input_tokens": 1}, idempotency_key="usage-once"
        )


@pytest.mark.parametrize(
    ("kind", "cls", "status"),
    [("429", rplatform.RateLimitError, 429), ("503", rplatform.InternalServerError, 503)],
)
def test_rate_limit_and_unavailable_are_retried_after_the_servers_wait(
    client: rplatform.Client, kind: str, cls: type[rplatform.APIStatusError], status: int
) -> None:
    client, waits = no_wait(client)
    status_now = client.billing.get_status(extra_headers=fault(f"{kind}; retry_after=2"))
    assert status_now.owner_id == "usr_123" and waits == [2.0]
    with pytest.raises(cls) as info:
        client.billing.get_status(
            organization_id="org_123", max_retries=0, extra_headers=fault(kind)
        )
    assert info.value.status_code == status
    assert info.value.response.headers["retry-after"] == "1"


def test_500_after_commit_is_replayed_once_with_the_same_key(client: rplatform.Client) -> None:
    client, waits = no_wait(client)
    raw = client.with_raw_response.billing.record_ai_usage(
        **AI_USAGE, extra_headers=fault("500-after-commit")
    )
    assert raw.retries_taken == 1 and len(waits) == 1
    usage = raw.parse()
    # Only one record was made: the retry replayed the committed result.
    replay = client.billing.record_ai_usage(
        **AI_USAGE, idempotency_key=raw.http_response.request.headers["idempotency-key"]
    )
    assert replay.id == usage.id
    with pytest.raises(rplatform.InternalServerError) as info:
        client.billing.record_ai_usage(
            **AI_USAGE, max_retries=0, extra_headers=fault("500-after-commit")
        )
    assert info.value.status_code == 500


def test_connection_error_after_retries(client: rplatform.Client) -> None:
    closed = client.with_options(base_url="http://127.0.0.1:9", max_retries=1)  # discard port
    closed, waits = no_wait(closed)
    with pytest.raises(rplatform.APIConnectionError) as info:
        closed.billing.get_status()
    assert waits == [pytest.approx(0.5, rel=0.25)]
    assert not isinstance(info.value, rplatform.APITimeoutError)


def test_timeout_error_after_retries(client: rplatform.Client) -> None:
    # A server that accepts the connection and never answers: every read times out.
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        mute = client.with_options(base_url=f"http://127.0.0.1:{port}", max_retries=1)
        mute, waits = no_wait(mute)
        with pytest.raises(rplatform.APITimeoutError) as info:
            mute.billing.get_status(timeout=0.2)
    assert len(waits) == 1
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


# -- lifecycle -------------------------------------------------------------------------------


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts fds in /proc (Linux)")
def test_thousands_of_calls_reuse_one_connection_and_leak_nothing(sandbox_url: str) -> None:
    no_sleep = rplatform.RetryPolicy(sleep=lambda _: None)
    with rplatform.Client("sk_test_sandbox", base_url=sandbox_url, retry=no_sleep) as r:
        r.billing.get_status()
        fds = open_fds()
        for i in range(1500):
            if i % 100 == 0:  # and some retried calls: each POST has its own key, so it faults
                r.billing.ensure_customer(extra_headers=fault("503; retry_after=0"))
            r.billing.get_status()
        pool = r._http._transport._pool  # type: ignore[attr-defined]
        assert len(pool.connections) <= 1
        assert open_fds() <= fds + 2
    assert r.is_closed
    assert len(pool.connections) == 0


def test_a_revoke_the_others_script_with_a_wrong_if_cannot_lock_the_user_out(
    client: rplatform.Client,
) -> None:
    """The flow the demo teaches, written with the mistake the issue feared: every session is
    revoked, the calling one included. The calling one is refused and stays; the key works."""
    sessions = list(client.settings.list_sessions())
    current = [s.id for s in sessions if s.is_current]
    assert len(current) == 1 and len(sessions) > 1
    refused = []
    for session in sessions:  # the wrong `if`: none at all
        try:
            client.settings.revoke_session(session.id)
        except rplatform.ConflictError as error:
            refused.append((session.id, error.code))
            assert "r.settings.revoke_all_sessions()" in str(error)
    assert refused == [(current[0], "current-session")]
    assert [s.id for s in client.settings.list_sessions()] == current  # the key still works
    assert client.settings.revoke_all_sessions().revoked_count == 0
