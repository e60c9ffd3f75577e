"""Settings answers whole, field by field: sessions, sign-ins, the email change, preferences.

test_sandbox_settings.py checks the rules (who may do what, which status); these pin every field
a client reads, with the seed's values (the demo user's sandbox session, created a day before
the frozen clock at 2025-07-15T12:00:00Z) and values worked out from the request.
"""

from __future__ import annotations

import httpx

from .conftest import DOCS_PREFERENCES

DEMO = ("demo@example.com", "currentPassword123")
NOW = "2025-07-15T12:00:00Z"


def test_the_calling_session_as_listed(api: httpx.Client) -> None:
    assert api.get("/v1/settings/sessions", params={"limit": 1}).json() == [
        {
            "id": "session_sandbox",
            "user_agent": "rplatform-python (sandbox)",
            "ip_address": "127.0.0.1",
            "is_current": True,
            "created_at": "2025-07-14T12:00:00Z",
            "last_active_at": NOW,
            "expires_at": "2026-07-15T12:00:00Z",
        }
    ]


def test_a_sign_in_makes_a_session_and_a_history_entry_from_its_device(
    api: httpx.Client, sandbox_url: str
) -> None:
    device = {"user_agent": "phone/1.0", "ip_address": "10.0.0.7"}
    signed_in = httpx.post(
        f"{sandbox_url}/sandbox/login",
        json={"email": "DEMO@example.com", "password": DEMO[1], **device},
    )
    assert signed_in.status_code == 201
    session = signed_in.json()
    assert session == {
        "token": session["token"],
        "session_id": session["session_id"],
        "user_id": "usr_123",
        "expires_at": "2025-08-14T12:00:00Z",  # 30 days
    }
    assert session["token"].startswith("sk_test_")
    listed = api.get("/v1/settings/sessions").json()
    assert listed[1] == {
        "id": session["session_id"],
        **device,
        "is_current": False,
        "created_at": NOW,
        "last_active_at": NOW,
        "expires_at": "2025-08-14T12:00:00Z",
    }
    entry = api.get("/v1/settings/login-history", params={"limit": 1}).json()
    assert entry == [
        {
            "id": entry[0]["id"],
            "created_at": NOW,
            **device,
            "success": True,
            "failure_reason": None,
        }
    ]


def test_a_failed_sign_in_is_logged_with_the_default_device(
    api: httpx.Client, sandbox_url: str
) -> None:
    failed = httpx.post(f"{sandbox_url}/sandbox/login", json={"email": DEMO[0], "password": "x"})
    assert failed.status_code == 401 and failed.json()["detail"] == "Wrong email or password."
    entry = api.get("/v1/settings/login-history", params={"limit": 1}).json()[0]
    assert entry == {
        "id": entry["id"],
        "created_at": NOW,
        "ip_address": "127.0.0.1",
        "user_agent": "rplatform-sandbox-login",
        "success": False,
        "failure_reason": "wrong_password",
    }


def test_an_email_change_mails_a_token_to_the_new_address(api: httpx.Client) -> None:
    asked = api.post(
        "/v1/settings/email-change", json={"new_email": "New@Example.com", "password": DEMO[1]}
    )
    assert asked.status_code == 202
    assert asked.json() == {
        "message": "Verification email sent to the new address.",
        "expires_at": "2025-07-16T12:00:00Z",
    }
    emails = api.get("/sandbox/outbox", params={"to": "new@example.COM"}).json()["emails"]
    mail = emails[0]
    assert len(emails) == 1 and mail == {
        "id": mail["id"],
        "to": "New@Example.com",
        "subject": "Confirm your new email address",
        "body": f"Use this token to confirm your new address (valid 24 hours): {mail['token']}",
        "token": mail["token"],
        "sent_at": NOW,
    }
    assert api.get("/sandbox/outbox", params={"to": "someone@example.com"}).json() == {"emails": []}
    verified = api.post("/v1/settings/email-change/verify", json={"token": mail["token"]})
    assert verified.json() == {"message": "Email address changed.", "verified_at": NOW}


def test_preferences_are_stamped_only_when_a_known_setting_changes(api: httpx.Client) -> None:
    seeded = api.get("/v1/settings/preferences").json()
    changes = {"theme": "dark", "locale": "en-US", "timezone": "Europe/Paris"}
    changed = api.patch("/v1/settings/preferences/appearance", json=changes).json()
    assert changed == {**DOCS_PREFERENCES, "appearance": changes, "updated_at": NOW}
    assert seeded["updated_at"] != NOW
    api.post("/sandbox/clock", json={"seconds": 60}).raise_for_status()
    same = api.patch("/v1/settings/preferences/privacy", json={"unknown": True}).json()
    assert same == changed  # nothing known changed: the stamp stays
    assert api.get("/v1/settings/preferences").json() == changed


def test_a_cancelled_deletion_reads_as_none_requested(api: httpx.Client) -> None:
    request = {"password": DEMO[1], "confirm_text": "DELETE MY ACCOUNT"}
    assert api.post("/v1/settings/deletion", json=request).json()["reason"] is None
    none = {
        "requested": False,
        "requested_at": None,
        "scheduled_at": None,
        "grace_period_ends": None,
        "reason": None,
    }
    assert api.delete("/v1/settings/deletion").json() == none
    assert api.get("/v1/settings/deletion").json() == none


def test_health_reports_the_clock_and_the_seed(api: httpx.Client) -> None:
    api.post("/sandbox/clock", json={"seconds": 60}).raise_for_status()
    assert api.get("/sandbox/health").json() == {
        "status": "ok",
        "now": "2025-07-15T12:01:00Z",
        "deterministic": True,
        "seed": 7,
    }
