"""`client.settings`: each method against recorded answers, and the errors it can meet.

The demo user (bearer sk_test_sandbox, session session_sandbox) has three other sessions
(session_123..125), default preferences, and eight seeded sign-ins. Flows that span several
calls (sessions, email change, deletion) are in the test_story_* modules.
"""

from __future__ import annotations

import datetime

import pytest
import rplatform
from rplatform.models import ProfileVisibility, Theme

from . import _expect
from ._cassettes import Wire

pytestmark = pytest.mark.vcr

PASSWORD = "currentPassword123"  # the demo user's, from the sandbox's seed data
WRONG_PASSWORD = "wrongPassword999"


def test_get_preferences(client: rplatform.Client, wire: Wire) -> None:
    prefs = client.settings.get_preferences()
    _expect.lossless(prefs, wire.last)
    notifications = prefs.notifications
    assert (notifications.in_app, notifications.push, notifications.email) == (True, True, True)
    privacy = prefs.privacy
    assert privacy.profile_visibility == ProfileVisibility.PUBLIC
    assert (privacy.show_email, privacy.show_location) == (False, True)
    appearance = prefs.appearance
    assert (appearance.theme, appearance.timezone, appearance.locale) == (Theme.SYSTEM, None, None)
    assert prefs.updated_at <= _expect.NOW


def test_update_notifications_changes_only_the_given_channels(
    client: rplatform.Client, wire: Wire
) -> None:
    prefs = client.settings.update_notifications(push=True, email=False)
    _expect.lossless(prefs, wire.last)
    notifications = prefs.notifications
    assert (notifications.in_app, notifications.push, notifications.email) == (True, True, False)
    assert prefs.updated_at == _expect.NOW
    assert client.settings.get_preferences().notifications.email is False


def test_update_notifications_unavailable_after_its_retries(
    client: rplatform.Client, wire: Wire
) -> None:
    with pytest.raises(rplatform.InternalServerError) as caught:
        client.settings.update_notifications(
            email=False, max_retries=1, extra_headers={"X-Sandbox-Fault": "503; times=5"}
        )
    _expect.problem(caught.value, 503, "retry after 1")
    assert len(wire.requests) == 2, "one retry"
    assert wire.waits == [1.0], "the server's Retry-After"


def test_update_privacy(client: rplatform.Client, wire: Wire) -> None:
    prefs = client.settings.update_privacy(profile_visibility="network", show_email=False)
    _expect.lossless(prefs, wire.last)
    assert prefs.privacy.profile_visibility == ProfileVisibility.NETWORK
    assert (prefs.privacy.show_email, prefs.privacy.show_location) == (False, True)
    assert prefs.notifications.email is True, "other sections untouched"


def test_update_appearance_sets_then_clears_the_timezone(
    client: rplatform.Client, wire: Wire
) -> None:
    prefs = client.settings.update_appearance(theme="dark", timezone="America/New_York")
    _expect.lossless(prefs, wire.last)
    assert prefs.appearance.theme == Theme.DARK
    assert (prefs.appearance.timezone, prefs.appearance.locale) == ("America/New_York", None)
    cleared = client.settings.update_appearance(timezone=None)
    _expect.lossless(cleared, wire.last)
    assert (cleared.appearance.theme, cleared.appearance.timezone) == (Theme.DARK, None)


def test_list_sessions(client: rplatform.Client, wire: Wire) -> None:
    sessions = client.settings.list_sessions()
    _expect.lossless(sessions, wire.last)
    assert [s.id for s in sessions] == [  # the caller's first, then newest first
        "session_sandbox",
        "session_125",
        "session_124",
        "session_123",
    ]
    current, *others = sessions
    assert (current.id, current.is_current) == ("session_sandbox", True)
    assert not any(s.is_current for s in others)
    assert all(s.expires_at > _expect.NOW and s.ip_address for s in sessions)
    by_id = {s.id: s for s in sessions}
    assert by_id["session_123"].ip_address == "203.0.113.10"
    assert by_id["session_123"].created_at == _expect.NOW - datetime.timedelta(days=14)


def test_revoke_all_sessions_with_a_key_used_for_another_request_is_unprocessable(
    client: rplatform.Client,
) -> None:
    client.notifications.register_token(
        token="ExponentPushToken[abc123]", platform="expo", idempotency_key="my-key-1"
    )
    with pytest.raises(rplatform.UnprocessableEntityError) as caught:
        client.settings.revoke_all_sessions(idempotency_key="my-key-1")
    _expect.problem(caught.value, 422, "Idempotency-Key")
    assert len(client.settings.list_sessions().to_list()) == 4, "nothing was revoked"


def test_change_password_then_the_old_one_is_refused(client: rplatform.Client) -> None:
    client.settings.change_password(current_password=PASSWORD, new_password="newSecurePassword456")
    with pytest.raises(rplatform.PermissionDeniedError) as caught:
        client.settings.change_password(current_password=PASSWORD, new_password="another1Pass")
    _expect.problem(caught.value, 403, "current_password")


def test_get_deletion_status_when_none_is_pending(client: rplatform.Client, wire: Wire) -> None:
    status = client.settings.get_deletion_status()
    assert status.requested is False
    _expect.lossless(status, wire.last)
    assert (status.requested_at, status.scheduled_at, status.grace_period_ends) == (None,) * 3
    assert status.reason is None


def test_request_deletion_with_a_wrong_password_is_forbidden(client: rplatform.Client) -> None:
    with pytest.raises(rplatform.PermissionDeniedError) as caught:
        client.settings.request_deletion(password=WRONG_PASSWORD, confirm_text="DELETE MY ACCOUNT")
    _expect.problem(caught.value, 403, "password")
    assert client.settings.get_deletion_status().requested is False


def test_get_login_history(client: rplatform.Client, wire: Wire) -> None:
    history = client.settings.get_login_history(limit=3)
    _expect.lossless(history, wire.last)
    assert len(list(history)) == 3
    times = [entry.created_at for entry in history]
    assert times == sorted(times, reverse=True), "newest first"
    newest = history[0]
    assert newest.success is True and newest.failure_reason is None
    assert newest.created_at == _expect.NOW - datetime.timedelta(days=1)
    failed = [entry for entry in client.settings.get_login_history() if not entry.success]
    assert failed and all(entry.failure_reason == "wrong_password" for entry in failed)


ERRORS = [
    pytest.param(
        lambda r: r.settings.update_appearance(timezone="Mars/Olympus"),
        rplatform.UnprocessableEntityError,
        422,
        "Mars/Olympus",
        id="update-appearance-with-an-unknown-timezone-is-unprocessable",
    ),
    pytest.param(
        lambda r: r.settings.revoke_session("session_456"),
        rplatform.NotFoundError,
        404,
        "session_456",
        id="revoke-session-of-another-user-is-not-found",
    ),
    pytest.param(
        lambda r: r.settings.revoke_session("s" * 65),
        rplatform.UnprocessableEntityError,
        422,
        "session_id",
        id="revoke-session-with-an-overlong-id-is-unprocessable",
    ),
    pytest.param(
        lambda r: r.settings.change_password(current_password=PASSWORD, new_password="no digits"),
        rplatform.UnprocessableEntityError,
        422,
        "8 to 128 characters",
        id="change-password-to-a-weak-one-is-unprocessable",
    ),
    pytest.param(
        lambda r: r.settings.request_email_change(new_email="other@example.com", password=PASSWORD),
        rplatform.ConflictError,
        409,
        "in use by another account",
        id="request-email-change-to-a-taken-address-is-a-conflict",
    ),
    pytest.param(
        lambda r: r.settings.request_email_change(
            new_email="newemail@example.com", password=WRONG_PASSWORD
        ),
        rplatform.PermissionDeniedError,
        403,
        "password",
        id="request-email-change-with-a-wrong-password-is-forbidden",
    ),
    pytest.param(
        lambda r: r.settings.request_email_change(new_email="not-an-address", password=PASSWORD),
        rplatform.UnprocessableEntityError,
        422,
        "is not an email address",
        id="request-email-change-to-an-invalid-address-is-unprocessable",
    ),
    pytest.param(
        lambda r: r.settings.verify_email_change("no-such-token"),
        rplatform.NotFoundError,
        404,
        "token",
        id="verify-email-change-with-an-unknown-token-is-not-found",
    ),
    pytest.param(
        lambda r: r.settings.request_deletion(password=PASSWORD, confirm_text="delete my account"),
        rplatform.UnprocessableEntityError,
        422,
        "DELETE MY ACCOUNT",
        id="request-deletion-without-the-exact-confirmation-is-unprocessable",
    ),
    pytest.param(
        lambda r: r.settings.cancel_deletion(),
        rplatform.ConflictError,
        409,
        "No account deletion is pending",
        id="cancel-deletion-when-none-is-pending-is-a-conflict",
    ),
]


@pytest.mark.parametrize(("call", "error", "status", "detail"), ERRORS)
def test_error(
    client: rplatform.Client, call: _expect.Call, error: _expect.Error, status: int, detail: str
) -> None:
    _expect.refused(client, call, error, status, detail)
