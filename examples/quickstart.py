"""Every documented rplatform example, in the documentation's order, printing what it prints.

    python -m rplatform_sandbox                # in another terminal: a fresh local sandbox
    python examples/quickstart.py

Reads RPLATFORM_BASE_URL (default: the local sandbox, http://127.0.0.1:8787) and
RPLATFORM_API_KEY (default: the sandbox's demo token, sk_test_sandbox). It changes the demo
account (password, email, sessions), so run it against a fresh sandbox, or reset one first with
`POST /sandbox/reset`. `nox -s demo` does all of this for you.
"""

from __future__ import annotations

import os
from collections import Counter

import httpx
import rplatform

BASE_URL = os.environ.get("RPLATFORM_BASE_URL", "http://127.0.0.1:8787")
API_KEY = os.environ.get("RPLATFORM_API_KEY", "sk_test_sandbox")
# The sandbox's demo user signs in with this password; the documentation's password example
# starts from "oldPassword123", which is not it, so the change below starts from this one.
PASSWORD = "currentPassword123"
NEW_PASSWORD = "newSecurePassword456"


def section(title: str) -> None:
    print(f"\n== {title} ==")


def billing(r: rplatform.Client) -> None:
    section("Get billing status")
    status = r.billing.get_status(organization_id="org_123")
    print(status.has_stripe_account)
    print(status.stripe_subscription_id)
    print(status.status)  # 'active' | 'trialing' | 'past_due' | ...
    print(status.has_payment_method)

    section("Get usage summary")
    usage = r.billing.get_usage(organization_id="org_123", year=2025, month=6)
    print(f"Sandbox compute: {usage.sandbox_compute_hours}h")
    print(f"Database compute: {usage.database_compute_hours}h")
    print(f"Database storage: {usage.database_storage_gb}GB")
    print(f"Object storage: {usage.storage_gb}GB")
    print(f"AI tokens: {usage.ai_tokens}")
    print(f"AI cost: ${usage.ai_cost_cents / 100:.2f}")
    print(f"Deployments: {usage.deployment_compute_hours}h")
    print(f"Total: ${usage.total_cost_cents / 100:.2f}")
    # Line items
    for item in usage.line_items:
        print(f" {item.name}: {item.quantity} {item.unit} = ${item.total_cost:.2f}")

    section("Get usage by project")
    projects = r.billing.get_usage_by_project(organization_id="org_123", year=2025, month=6)
    for p in projects:
        print(f"{p.project_name}:")
        print(f" Sandbox: {p.sandbox_compute_hours}h")
        print(f" AI tokens: {p.ai_tokens}")

    section("Get specific project usage")
    # `from` is a Python keyword: the argument is `from_`.
    items = r.billing.get_project_usage("proj_123", from_="2025-06-01", to="2025-06-30")
    for entry in items:
        print(f"{entry.item}: {entry.units} {entry.unit_type}")

    section("Available billing periods")
    periods = r.billing.get_periods(organization_id="org_123").periods
    for period in periods:
        print(f"{period.label} ({period.year}-{period.month})")

    section("Check API key creation eligibility")
    can_create = r.billing.can_create_api_key(organization_id="org_123").can_create
    if not can_create:
        print("Add a payment method to create API keys")

    section("Stripe Checkout (add payment method)")
    checkout = r.billing.create_checkout_session(
        organization_id="org_123", return_url="https://myapp.com/billing"
    )
    # Redirect user to checkout.url
    print("Checkout URL:", checkout.url)
    print("Session ID:", checkout.session_id)

    section("Stripe Billing Portal")
    portal = r.billing.create_portal_session(
        organization_id="org_123", return_url="https://myapp.com/billing"
    )
    # Redirect user to portal.url for managing subscriptions
    print("Portal URL:", portal.url)

    section("Ensure Stripe customer")
    customer = r.billing.ensure_customer(organization_id="org_123")
    print(customer.stripe_customer_id)
    print(customer.is_new)  # True if newly created

    section("Record AI usage")
    record = r.billing.record_ai_usage(
        project_id="proj_123",
        input_tokens=1500,
        output_tokens=800,
        reasoning_tokens=200,
        cost_cents=0.05,
        provider_model="anthropic/claude-sonnet-4",
    )
    print(f"Recorded {record.id}: {record.total_tokens} tokens")


def settings(r: rplatform.Client) -> None:
    section("Get and update preferences")
    prefs = r.settings.get_preferences()
    print("Notifications:", prefs.notifications.to_dict())
    # {'in_app': True, 'push': True, 'email': True}
    print("Privacy:", prefs.privacy.to_dict())
    # {'profile_visibility': 'public', 'show_email': False, 'show_location': True}
    print("Appearance:", prefs.appearance.to_dict())
    # {'theme': 'system', 'timezone': None, 'locale': None}

    # Update notifications
    r.settings.update_notifications(push=True, email=False)
    # Update privacy
    r.settings.update_privacy(profile_visibility="network", show_email=False)
    # Update appearance
    updated = r.settings.update_appearance(theme="dark", timezone="America/New_York")
    print("Updated:", updated.appearance.to_dict())

    section("Session management")
    # List active sessions
    sessions = r.settings.list_sessions()
    for s in sessions:
        print(f"{s.user_agent} — {s.ip_address}")
        print(f" Current: {s.is_current} — Expires: {s.expires_at}")
    # Revoke a specific session (session_123 is another device: not the one calling)
    r.settings.revoke_session("session_123")
    # Revoke all sessions (nuclear option): all but the calling one
    revoked = r.settings.revoke_all_sessions()
    print(f"Revoked {revoked.revoked_count} other sessions")

    section("Password management")
    r.settings.change_password(current_password=PASSWORD, new_password=NEW_PASSWORD)
    print("Password changed")

    section("Email change")
    # Request change (the password is the new one from now on)
    result = r.settings.request_email_change(
        new_email="newemail@example.com", password=NEW_PASSWORD
    )
    print(result.message)
    # Verify with token (from email). The documentation writes 'verification_token_from_email';
    # the sandbox delivers that email to its outbox, a sandbox-only route, where we read it.
    token = email_token("newemail@example.com")
    verified = r.settings.verify_email_change(token)
    print(verified.message)

    section("Account deletion")
    # Request deletion
    deletion = r.settings.request_deletion(
        password=NEW_PASSWORD,
        confirm_text="DELETE MY ACCOUNT",
        reason="No longer using the service",
    )
    print(f"Scheduled for: {deletion.scheduled_at}")
    # Check status
    status = r.settings.get_deletion_status()
    print(f"Requested: {status.requested}")
    print(f"Grace period ends: {status.grace_period_ends}")
    # Cancel within grace period
    cancelled = r.settings.cancel_deletion()
    print(f"Cancelled: requested is now {cancelled.requested}")

    section("Login history")
    history = r.settings.get_login_history(limit=10)
    for entry in history:
        print(f"{entry.created_at} — {entry.ip_address} — {'OK' if entry.success else 'FAILED'}")
    # Every sign-in, however many pages: the loop requests each page when it reaches it.
    total, failed = 0, Counter[str]()
    for entry in r.settings.get_login_history():
        total += 1
        if not entry.success:
            failed[entry.ip_address] += 1
    print(f"{total} sign-ins, {sum(failed.values())} failed; failed per address:")
    for address, count in failed.most_common():
        print(f" {address}: {count}")


def notifications(r: rplatform.Client) -> None:
    section("Register push token")
    token = r.notifications.register_token(
        token="ExponentPushToken[abc123...]",
        platform="expo",
        device_id="unique-device-id",
    )
    print(f"Registered {token.id} ({token.platform}, {token.device_id})")

    section("Unregister push token")
    r.notifications.unregister_token("ExponentPushToken[abc123...]")
    print("Unregistered")


def email_token(address: str) -> str:
    """The newest verification token the sandbox "emailed" to `address` (sandbox only)."""
    answer = httpx.get(f"{BASE_URL.rstrip('/')}/sandbox/outbox", params={"to": address})
    answer.raise_for_status()
    token: str = answer.json()["emails"][0]["token"]
    return token


def main() -> None:
    with rplatform.Client(API_KEY, base_url=BASE_URL) as r:
        billing(r)
        settings(r)
        notifications(r)
    print("\nEvery documented example ran.")


if __name__ == "__main__":
    main()
