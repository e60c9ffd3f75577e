"""Every billing answer whole, field by field, for one month worked out by hand.

(test_sandbox_pricing.py pins the month's usage summary whole; these pin the other answers.)

The month is test_sandbox_pricing.py's March 2023 (its docstring has the arithmetic: line items
2 + 0 + 13 + 3 + 1 + 1 = 20 cents, projects 9 + 7 + 4); the owner's other figures are the seed's
(org_123: customer cus_123 "Acme Inc.", 5000 cents of credits with 2500 used, subscription
sub_123 trialing on "pro"). A client reads every field, so every field is pinned: a renamed key,
a lost unit or a misplaced figure shows here.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from .test_sandbox_pricing import EVENTS, MARCH

ORG = {"organization_id": "org_123"}
MONTH = {"start_time": "2023-03-01T00:00:00Z", "end_time": "2023-04-01T00:00:00Z"}


@pytest.fixture
def march(api: httpx.Client) -> httpx.Client:
    assert api.post("/sandbox/usage-events", json={"events": EVENTS}).json() == {"ingested": 15}
    return api


def project(pid: str, name: str, figures: tuple[Any, ...], total: int) -> dict[str, Any]:
    sandbox, storage_db, storage, ai, ai_cents, deployment = figures
    return {
        "project_id": pid,
        "project_name": name,
        "year": 2023,
        "month": 3,
        "sandbox_compute_hours": sandbox,
        "database_compute_hours": 0,
        "database_storage_gb": storage_db,
        "storage_gb": storage,
        "ai_tokens": ai,
        "ai_cost_cents": ai_cents,
        "deployment_compute_hours": deployment,
        "total_cost_cents": total,
    }


PROJECTS = [
    project("proj_123", "Website", (0.2, 0.5, 0.5, 2000, 0.25, 0), 9),
    project("proj_124", "Mobile App", (0.1, 0.3, 0.5, 0, 0, 0.125), 7),
    project("proj_125", "Data Pipeline", (0.1, 0.2, 0.5, 2000, 0.25, 0.125), 4),
]


def test_the_usage_of_each_project_of_a_month(march: httpx.Client) -> None:
    whole = march.get("/v1/billing/usage/projects", params=MARCH)
    assert whole.json() == PROJECTS and "link" not in whole.headers
    first = march.get("/v1/billing/usage/projects", params={**MARCH, "limit": 2})
    assert first.json() == PROJECTS[:2]
    rest = march.get(first.links["next"]["url"])
    assert rest.json() == PROJECTS[2:] and "link" not in rest.headers


def test_the_meters_of_a_month(march: httpx.Client) -> None:
    assert march.get("/v1/billing/usage/meters", params=MARCH).json() == [
        {"meter_id": "mtr_sandbox_compute", "event_name": "sandbox_compute_hours",
         "display_name": "Sandbox compute", "unit": "hours", "aggregated_value": 0.4, **MONTH},
        {"meter_id": "mtr_database_compute", "event_name": "database_compute_hours",
         "display_name": "Database compute", "unit": "hours", "aggregated_value": 0, **MONTH},
        {"meter_id": "mtr_database_storage", "event_name": "database_storage_gb",
         "display_name": "Database storage", "unit": "GB-months", "aggregated_value": 1, **MONTH},
        {"meter_id": "mtr_storage", "event_name": "storage_gb",
         "display_name": "Object storage", "unit": "GB-months", "aggregated_value": 1.5, **MONTH},
        {"meter_id": "mtr_ai_tokens", "event_name": "ai_tokens",
         "display_name": "AI tokens", "unit": "tokens", "aggregated_value": 4000, **MONTH},
        {"meter_id": "mtr_deployment_compute", "event_name": "deployment_compute_hours",
         "display_name": "Deployment compute", "unit": "hours", "aggregated_value": 0.25,
         **MONTH},
    ]  # fmt: skip


def test_a_projects_usage_lists_only_its_meters_with_exact_costs(march: httpx.Client) -> None:
    assert march.get(
        "/v1/billing/projects/proj_124/usage", params={"from": "2023-03-01", "to": "2023-03-31"}
    ).json() == [
        {"item": "Sandbox compute", "meter": "sandbox_compute_hours", "units": 0.1,
         "unit_type": "hours", "cost_cents": 0.5},
        {"item": "Database storage", "meter": "database_storage_gb", "units": 0.3,
         "unit_type": "GB-months", "cost_cents": 3.75},
        {"item": "Object storage", "meter": "storage_gb", "units": 0.5,
         "unit_type": "GB-months", "cost_cents": 1.15},
        {"item": "Deployment compute", "meter": "deployment_compute_hours", "units": 0.125,
         "unit_type": "hours", "cost_cents": 0.5},
    ]  # fmt: skip


def test_one_bound_of_a_project_usage_stands_for_its_month(march: httpx.Client) -> None:
    path = "/v1/billing/projects/proj_124/usage"
    whole = march.get(path, params={"from": "2023-03-01", "to": "2023-03-31"}).json()
    assert march.get(path, params={"from": "2023-03-10"}).json() == whole
    assert march.get(path, params={"to": "2023-03-10"}).json() == whole
    assert march.get(path, params={"from": "2023-03-11"}).json() == []
    assert march.get(path, params={"to": "2023-03-09"}).json() == []


def test_the_period_of_a_month(march: httpx.Client) -> None:
    periods = march.get("/v1/billing/periods", params=ORG).json()["periods"]
    assert [p for p in periods if p["year"] == 2023] == [
        {
            "label": "March 2023",
            "year": 2023,
            "month": 3,
            "start_date": "2023-03-01",
            "end_date": "2023-03-31",
            "is_current": False,
            "total_cost_cents": 20,
            "currency": "usd",
        }
    ]
    assert periods[0]["label"] == "July 2025" and periods[0]["is_current"]
    assert [(p["year"], p["month"]) for p in periods] == sorted(
        ((p["year"], p["month"]) for p in periods), reverse=True
    )


def test_an_organizations_billing_information(api: httpx.Client) -> None:
    assert api.get("/v1/billing", params=ORG).json() == {
        "owner_type": "organization",
        "owner_id": "org_123",
        "currency": "usd",
        "has_payment_method": False,
        "customer": {
            "stripe_customer_id": "cus_123",
            "name": "Acme Inc.",
            "has_payment_method": False,
            "created_at": "2025-01-01T00:00:00Z",
        },
        "credits": {
            "balance_cents": 2500,
            "granted_cents": 5000,
            "used_cents": 2500,
            "currency": "usd",
            "expires_at": "2026-07-01T00:00:00Z",
        },
        "subscriptions": [
            {
                "id": "sub_123",
                "status": "trialing",
                "plan": "pro",
                "current_period_start": "2025-07-01T00:00:00Z",
                "current_period_end": "2025-08-01T00:00:00Z",
                "cancel_at_period_end": False,
                "created_at": "2025-01-01T00:00:00Z",
            }
        ],
    }


def test_billing_status_with_and_without_a_customer(api: httpx.Client) -> None:
    assert api.get("/v1/billing/status", params=ORG).json() == {
        "owner_type": "organization",
        "owner_id": "org_123",
        "has_stripe_account": True,
        "stripe_customer_id": "cus_123",
        "stripe_subscription_id": "sub_123",
        "status": "trialing",
        "has_payment_method": False,
    }
    assert api.get("/v1/billing/status").json() == {
        "owner_type": "user",
        "owner_id": "usr_123",
        "has_stripe_account": False,
        "stripe_customer_id": None,
        "stripe_subscription_id": None,
        "status": None,
        "has_payment_method": False,
    }


def test_a_completed_checkout_stays_completed_once(api: httpx.Client) -> None:
    checkout = api.post(
        "/v1/billing/checkout-sessions", json={**ORG, "return_url": "https://myapp.com/b"}
    ).json()
    sid = checkout["session_id"]
    assert checkout == {
        "session_id": sid,
        "url": f"https://checkout.stripe.com/c/pay/{sid}",
        "return_url": "https://myapp.com/b",
        "expires_at": "2025-07-16T12:00:00Z",  # 24 hours
    }
    done = api.post(f"/sandbox/checkout-sessions/{sid}/complete").json()
    assert done == {
        "session_id": sid,
        "status": "complete",
        "payment_method_id": done["payment_method_id"],
        "completed_at": "2025-07-15T12:00:00Z",
    }
    api.post("/sandbox/clock", json={"seconds": 60}).raise_for_status()
    assert api.post(f"/sandbox/checkout-sessions/{sid}/complete").json() == done


def test_a_personal_customer_is_made_on_first_use_with_the_users_name(api: httpx.Client) -> None:
    made = api.post("/v1/billing/customer", json={})
    assert made.status_code == 201
    customer = made.json()
    assert customer == {
        "stripe_customer_id": customer["stripe_customer_id"],
        "is_new": True,
        "created_at": "2025-07-15T12:00:00Z",
    }
    again = api.post("/v1/billing/customer", json={})
    assert again.status_code == 200 and again.json() == {**customer, "is_new": False}
    portal = api.post("/v1/billing/portal-sessions", json={"return_url": "http://localhost/x"})
    sid = portal.json()["session_id"]
    assert portal.json() == {
        "session_id": sid,
        "url": f"https://billing.stripe.com/p/session/{sid}",
        "return_url": "http://localhost/x",
        "created_at": "2025-07-15T12:00:00Z",
    }
    info = api.get("/v1/billing").json()["customer"]
    assert info["stripe_customer_id"] == customer["stripe_customer_id"]
    assert info["name"] == "Demo User"


AI_USAGE = {
    "project_id": "proj_123",
    "input_tokens": 1200,
    "output_tokens": 300,
    "reasoning_tokens": 7,
    "cost_cents": 1.25,
    "provider_model": "anthropic/claude-sonnet-4",
}


def test_recorded_ai_usage_is_answered_whole(api: httpx.Client) -> None:
    body = AI_USAGE
    recorded = api.post("/v1/billing/ai-usage", json=body).json()
    assert recorded == {
        **body,
        "id": recorded["id"],
        "total_tokens": 1507,
        "recorded_at": "2025-07-15T12:00:00Z",
    }
    assert recorded["id"].startswith("aiu_")
