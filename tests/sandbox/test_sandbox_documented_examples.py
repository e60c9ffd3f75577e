"""Every example of the documentation (seed/seed-readable.md), sent as plain HTTP, in its order.

Each gets a sensible answer. Two examples use placeholders that cannot succeed as written:
`changePassword` with `oldPassword123` (the demo password is `currentPassword123`) is a 403 that
says so, and `verifyEmailChange('verification_token_from_email')` is a 404; the real token from
the outbox then succeeds.
"""

from __future__ import annotations

import httpx
from _support import AI_USAGE

from .conftest import DOCS_PREFERENCES, problem

ORG = {"organization_id": "org_123"}
RETURN_URL = "https://myapp.com/billing"


def test_billing_examples(api: httpx.Client) -> None:
    status = api.get("/v1/billing/status", params=ORG).json()
    assert status["has_stripe_account"] is True and status["stripe_subscription_id"] == "sub_123"
    assert status["status"] == "trialing" and status["has_payment_method"] is False

    usage = api.get("/v1/billing/usage", params={**ORG, "year": 2025, "month": 6}).json()
    assert usage["sandbox_compute_hours"] > 0 and usage["ai_tokens"] > 0
    assert len(usage["line_items"]) == 6 and usage["total_cost_cents"] > 0

    projects = api.get("/v1/billing/usage/projects", params={**ORG, "year": 2025, "month": 6})
    assert [p["project_name"] for p in projects.json()] == [
        "Website",
        "Mobile App",
        "Data Pipeline",
    ]

    items = api.get(
        "/v1/billing/projects/proj_123/usage", params={"from": "2025-06-01", "to": "2025-06-30"}
    ).json()
    assert {i["item"] for i in items} >= {"Sandbox compute", "AI tokens"}
    assert all(i["units"] > 0 and i["unit_type"] for i in items)

    periods = api.get("/v1/billing/periods", params=ORG).json()["periods"]
    assert any(p["label"] == "June 2025" and (p["year"], p["month"]) == (2025, 6) for p in periods)

    eligibility = api.get("/v1/billing/api-key-eligibility", params=ORG).json()
    assert eligibility["can_create"] is False

    checkout = api.post("/v1/billing/checkout-sessions", json={**ORG, "return_url": RETURN_URL})
    assert checkout.status_code == 201 and checkout.json()["url"].startswith("https://")
    assert checkout.json()["session_id"].startswith("cs_test_")

    portal = api.post("/v1/billing/portal-sessions", json={**ORG, "return_url": RETURN_URL})
    assert portal.status_code == 201 and portal.json()["url"].startswith("https://")

    customer = api.post("/v1/billing/customer", json=ORG)
    assert customer.status_code == 200
    assert customer.json()["stripe_customer_id"] == "cus_123" and customer.json()["is_new"] is False

    recorded = api.post(
        "/v1/billing/ai-usage",
        json=AI_USAGE,
    )
    assert recorded.status_code == 201 and recorded.json()["total_tokens"] == 2500


def test_settings_examples(api: httpx.Client) -> None:
    prefs = api.get("/v1/settings/preferences").json()
    assert {k: v for k, v in prefs.items() if k != "updated_at"} == DOCS_PREFERENCES
    assert (
        api.patch(
            "/v1/settings/preferences/notifications", json={"push": True, "email": False}
        ).status_code
        == 200
    )
    assert (
        api.patch(
            "/v1/settings/preferences/privacy",
            json={"profile_visibility": "network", "show_email": False},
        ).status_code
        == 200
    )
    appearance = api.patch(
        "/v1/settings/preferences/appearance",
        json={"theme": "dark", "timezone": "America/New_York"},
    )
    assert appearance.json()["appearance"]["theme"] == "dark"

    sessions = api.get("/v1/settings/sessions").json()
    assert any(s["is_current"] for s in sessions) and all(s["expires_at"] for s in sessions)
    assert api.delete("/v1/settings/sessions/session_123").status_code == 204
    assert api.post("/v1/settings/sessions/revoke-all").json() == {"revoked_count": 2}

    as_written = {"current_password": "oldPassword123", "new_password": "newSecurePassword456"}
    assert (
        "not correct" in problem(api.post("/v1/settings/password", json=as_written), 403)["detail"]
    )

    requested = api.post(
        "/v1/settings/email-change",
        json={"new_email": "newemail@example.com", "password": "currentPassword123"},
    )
    assert requested.status_code == 202 and requested.json()["message"]
    problem(
        api.post(
            "/v1/settings/email-change/verify", json={"token": "verification_token_from_email"}
        ),
        404,
    )
    token = api.get("/sandbox/outbox").json()["emails"][0]["token"]
    assert api.post("/v1/settings/email-change/verify", json={"token": token}).status_code == 200

    deletion = api.post(
        "/v1/settings/deletion",
        json={
            "password": "currentPassword123",
            "confirm_text": "DELETE MY ACCOUNT",
            "reason": "No longer using the service",
        },
    )
    assert deletion.status_code == 201 and deletion.json()["scheduled_at"]
    status = api.get("/v1/settings/deletion").json()
    assert status["requested"] is True and status["grace_period_ends"]
    assert api.delete("/v1/settings/deletion").status_code == 200

    history = api.get("/v1/settings/login-history", params={"limit": 10}).json()
    assert 0 < len(history) <= 10 and all("success" in h for h in history)

    # the example password change, with the demo's real current password
    real = {**as_written, "current_password": "currentPassword123"}
    assert api.post("/v1/settings/password", json=real).status_code == 204


def test_notification_examples(api: httpx.Client) -> None:
    registered = api.post(
        "/v1/notifications/push-tokens",
        json={
            "token": "ExponentPushToken[abc123...]",
            "platform": "expo",
            "device_id": "unique-device-id",
        },
    )
    assert registered.status_code == 201
    unregistered = api.post(
        "/v1/notifications/push-tokens/unregister", json={"token": "ExponentPushToken[abc123...]"}
    )
    assert unregistered.status_code == 204
