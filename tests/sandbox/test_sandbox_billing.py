"""Billing over HTTP: owner scope, exact usage arithmetic, customers, checkout, AI usage."""

from __future__ import annotations

import threading
from decimal import Decimal

import httpx
import pytest
from _support import AI_USAGE

from .conftest import problem

ORG = {"organization_id": "org_123"}
JUNE = {**ORG, "year": 2025, "month": 6}
OWNER_GETS = [
    "/v1/billing",
    "/v1/billing/status",
    "/v1/billing/periods",
    "/v1/billing/api-key-eligibility",
    "/v1/billing/usage",
    "/v1/billing/usage/projects",
    "/v1/billing/usage/meters",
]


def dec(value: float) -> Decimal:
    return Decimal(str(value))


@pytest.mark.parametrize("path", OWNER_GETS)
def test_owner_scope_on_every_billing_read(api: httpx.Client, path: str) -> None:
    assert api.get(path, params=ORG).status_code == 200
    assert api.get(path).status_code == 200  # neither: the caller's own billing
    assert api.get(path, params={"user_id": "usr_123"}).status_code == 200
    both = problem(api.get(path, params={**ORG, "user_id": "usr_123"}), 400)
    assert "user_id" in both["detail"] and "organization_id" in both["detail"]
    assert "org_456" in problem(api.get(path, params={"organization_id": "org_456"}), 403)["detail"]
    problem(api.get(path, params={"organization_id": "org_nope"}), 403)
    problem(api.get(path, params={"user_id": "usr_456"}), 403)


@pytest.mark.parametrize(
    "path", ["/v1/billing/checkout-sessions", "/v1/billing/portal-sessions", "/v1/billing/customer"]
)
def test_owner_scope_on_every_billing_write(api: httpx.Client, path: str) -> None:
    url = {"return_url": "https://myapp.com/billing"}
    problem(api.post(path, json={**url, **ORG, "user_id": "usr_123"}), 400)
    problem(api.post(path, json={**url, "organization_id": "org_456"}), 403)
    problem(api.post(path, json={**url, "user_id": "usr_456"}), 403)
    assert api.post(path, json={**url, **ORG}).status_code in (200, 201)


def test_the_other_user_sees_only_their_own(other: httpx.Client) -> None:
    assert other.get("/v1/billing/status", params={"organization_id": "org_456"}).json()[
        "has_payment_method"
    ]
    problem(other.get("/v1/billing/status", params=ORG), 403)
    problem(other.get("/v1/billing/projects/proj_123/usage"), 404)


def test_a_personal_project_is_its_owners_alone_while_the_owner_lives(
    api: httpx.Client, other: httpx.Client
) -> None:
    ai = {
        "project_id": "proj_playground",
        "input_tokens": 1,
        "output_tokens": 1,
        "cost_cents": 1,
        "provider_model": "m",
    }
    june = {"from": "2025-06-01", "to": "2025-06-30"}
    owners = api.get("/v1/billing/projects/proj_playground/usage", params=june)
    assert owners.status_code == 200 and owners.json()  # the owner (usr_123) is alive
    refused = other.get("/v1/billing/projects/proj_playground/usage", params=june)
    assert (
        problem(refused, 404, "not-found")["detail"] == "No project proj_playground in your scope."
    )
    problem(other.post("/v1/billing/ai-usage", json=ai), 404, "not-found")
    assert api.get("/v1/billing/projects/proj_playground/usage", params=june).json() == (
        owners.json()
    )  # the refused AI usage was not recorded
    assert api.post("/v1/billing/ai-usage", json=ai).status_code == 201


def test_usage_line_items_add_up_to_the_total(api: httpx.Client) -> None:
    usage = api.get("/v1/billing/usage", params=JUNE).json()
    assert (usage["period_start"], usage["period_end"]) == ("2025-06-01", "2025-06-30")
    items = {item["meter"]: item for item in usage["line_items"]}
    assert set(items) == {
        "sandbox_compute_hours",
        "database_compute_hours",
        "database_storage_gb",
        "storage_gb",
        "ai_tokens",
        "deployment_compute_hours",
    }
    cents = sum(round(dec(item["total_cost"]) * 100) for item in usage["line_items"])
    assert usage["total_cost_cents"] == cents > 0
    for meter, item in items.items():
        assert dec(item["quantity"]) == dec(usage[meter])
        if meter != "ai_tokens":
            exact = dec(item["quantity"]) * dec(item["unit_price"])
            assert dec(item["total_cost"]) == exact.quantize(Decimal("0.01"), "ROUND_HALF_UP")
    assert dec(items["ai_tokens"]["total_cost"]) * 100 == round(dec(usage["ai_cost_cents"]))


def test_projects_add_up_to_the_owner(api: httpx.Client) -> None:
    usage = api.get("/v1/billing/usage", params=JUNE).json()
    projects = api.get("/v1/billing/usage/projects", params=JUNE).json()
    assert [p["project_id"] for p in projects] == ["proj_123", "proj_124", "proj_125"]
    assert {p["project_name"] for p in projects} >= {"Website"}
    assert sum(p["total_cost_cents"] for p in projects) == usage["total_cost_cents"]
    for field in (
        "sandbox_compute_hours",
        "database_compute_hours",
        "database_storage_gb",
        "storage_gb",
        "ai_tokens",
        "ai_cost_cents",
        "deployment_compute_hours",
    ):
        assert sum(dec(p[field]) for p in projects) == dec(usage[field]), field


def test_meters_and_project_usage_agree_with_the_summary(api: httpx.Client) -> None:
    usage = api.get("/v1/billing/usage", params=JUNE).json()
    meters = api.get("/v1/billing/usage/meters", params=JUNE).json()
    assert {m["event_name"]: dec(m["aggregated_value"]) for m in meters} == {
        item["meter"]: dec(item["quantity"]) for item in usage["line_items"]
    }
    assert meters[0]["start_time"] == "2025-06-01T00:00:00Z"
    assert meters[0]["end_time"] == "2025-07-01T00:00:00Z"
    by_project = api.get("/v1/billing/usage/projects", params=JUNE).json()[0]
    items = api.get(
        "/v1/billing/projects/proj_123/usage", params={"from": "2025-06-01", "to": "2025-06-30"}
    ).json()
    assert {i["meter"]: dec(i["units"]) for i in items} == {
        m["event_name"]: dec(by_project[m["event_name"]]) for m in meters
    }


def test_project_usage_rules(api: httpx.Client) -> None:
    one_day = api.get(
        "/v1/billing/projects/proj_123/usage", params={"from": "2025-06-10", "to": "2025-06-10"}
    ).json()
    assert len(one_day) == 6
    assert api.get("/v1/billing/projects/proj_playground/usage").status_code == 200
    reversed_range = {"from": "2025-06-30", "to": "2025-06-01"}
    detail = problem(api.get("/v1/billing/projects/proj_123/usage", params=reversed_range), 422)
    assert "from" in detail["detail"]
    problem(api.get("/v1/billing/projects/proj_123/usage", params={"from": "2025-13-45"}), 422)
    problem(api.get("/v1/billing/projects/proj_999/usage"), 404)
    problem(api.get("/v1/billing/projects/proj_456/usage"), 404)  # another user's project


def test_usage_parameter_rules(api: httpx.Client) -> None:
    problem(api.get("/v1/billing/usage", params={**ORG, "year": 2025}), 400)
    assert (
        "month" in problem(api.get("/v1/billing/usage", params={**ORG, "month": 13}), 422)["detail"]
    )
    current = api.get("/v1/billing/usage", params=ORG).json()
    assert (current["year"], current["month"]) == (2025, 7)


def test_periods_cover_eighteen_months_including_june_2025(api: httpx.Client) -> None:
    periods = api.get("/v1/billing/periods", params=ORG).json()["periods"]
    assert len(periods) >= 18
    assert periods[0]["is_current"] and (periods[0]["year"], periods[0]["month"]) == (2025, 7)
    june = next(p for p in periods if (p["year"], p["month"]) == (2025, 6))
    assert june["label"] == "June 2025"
    usage = api.get("/v1/billing/usage", params=JUNE).json()
    assert june["total_cost_cents"] == usage["total_cost_cents"]


def test_recorded_ai_usage_shows_up_everywhere_at_once(api: httpx.Client) -> None:
    def snapshot() -> tuple[int, int, int, int]:
        usage = api.get("/v1/billing/usage", params=ORG).json()
        project = api.get("/v1/billing/usage/projects", params=ORG).json()[0]
        meter = next(
            m
            for m in api.get("/v1/billing/usage/meters", params=ORG).json()
            if m["event_name"] == "ai_tokens"
        )
        item = next(
            i
            for i in api.get("/v1/billing/projects/proj_123/usage").json()
            if i["meter"] == "ai_tokens"
        )
        return usage["ai_tokens"], project["ai_tokens"], meter["aggregated_value"], item["units"]

    before = snapshot()
    record = AI_USAGE
    created = api.post("/v1/billing/ai-usage", json=record)
    assert created.status_code == 201
    assert created.json()["total_tokens"] == 2500 and created.json()["cost_cents"] == 0.05
    assert [a + 2500 for a in before] == list(snapshot())

    def current_period_cents() -> int:
        return int(
            api.get("/v1/billing/periods", params=ORG).json()["periods"][0]["total_cost_cents"]
        )

    period_before = current_period_cents()
    api.post("/v1/billing/ai-usage", json={**record, "cost_cents": 250})
    assert current_period_cents() == period_before + 250


def test_record_ai_usage_rules(api: httpx.Client) -> None:
    base = {
        "project_id": "proj_123",
        "input_tokens": 1,
        "output_tokens": 1,
        "cost_cents": 0,
        "provider_model": "m",
    }
    assert (
        "input_tokens"
        in problem(api.post("/v1/billing/ai-usage", json={**base, "input_tokens": -1}), 422)[
            "detail"
        ]
    )
    problem(api.post("/v1/billing/ai-usage", json={**base, "input_tokens": 1.5}), 400)
    problem(api.post("/v1/billing/ai-usage", json={**base, "cost_cents": -0.01}), 422)
    problem(api.post("/v1/billing/ai-usage", json={**base, "input_tokens": 10**13}), 422)
    problem(api.post("/v1/billing/ai-usage", json={**base, "project_id": "proj_999"}), 404)
    problem(api.post("/v1/billing/ai-usage", json={**base, "project_id": "proj_456"}), 404)
    assert (
        api.post("/v1/billing/ai-usage", json={**base, "project_id": "proj_playground"}).status_code
        == 201
    )


def test_ensure_customer_is_idempotent(api: httpx.Client) -> None:
    first = api.post("/v1/billing/customer", json={})
    second = api.post("/v1/billing/customer", json={"user_id": "usr_123"})
    assert (first.status_code, first.json()["is_new"]) == (201, True)
    assert (second.status_code, second.json()["is_new"]) == (200, False)
    assert first.json()["stripe_customer_id"] == second.json()["stripe_customer_id"]
    existing = api.post("/v1/billing/customer", json=ORG).json()
    assert existing == {
        "stripe_customer_id": "cus_123",
        "is_new": False,
        "created_at": "2025-01-01T00:00:00Z",
    }


def test_ensure_customer_creates_one_customer_under_concurrent_calls(api: httpx.Client) -> None:
    results: list[httpx.Response] = []

    def call() -> None:
        with httpx.Client(base_url=api.base_url, headers=api.headers) as c:
            results.append(c.post("/v1/billing/customer", json={}))

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r.status_code for r in results) == [200] * 7 + [201]
    assert len({r.json()["stripe_customer_id"] for r in results}) == 1


@pytest.mark.parametrize("path", ["/v1/billing/checkout-sessions", "/v1/billing/portal-sessions"])
@pytest.mark.parametrize(
    "url", ["ftp://myapp.com/billing", "javascript:alert(1)", "myapp.com/billing", "https://"]
)
def test_sessions_need_an_http_return_url(api: httpx.Client, path: str, url: str) -> None:
    assert "return_url" in problem(api.post(path, json={**ORG, "return_url": url}), 422)["detail"]


def test_completed_checkout_attaches_a_payment_method(api: httpx.Client) -> None:
    assert api.get("/v1/billing/api-key-eligibility", params=ORG).json() == {
        "can_create": False,
        "reason": "Add a payment method to create API keys.",
    }
    checkout = api.post(
        "/v1/billing/checkout-sessions", json={**ORG, "return_url": "https://myapp.com/billing"}
    )
    assert checkout.status_code == 201
    session = checkout.json()
    assert session["url"].startswith("https://checkout.stripe.com/")
    assert session["return_url"] == "https://myapp.com/billing"
    done = api.post(f"/sandbox/checkout-sessions/{session['session_id']}/complete")
    assert done.status_code == 200 and done.json()["payment_method_id"].startswith("pm_")
    assert api.get("/v1/billing/api-key-eligibility", params=ORG).json() == {
        "can_create": True,
        "reason": None,
    }
    status = api.get("/v1/billing/status", params=ORG).json()
    assert status["has_payment_method"] and status["status"] == "active"
    assert api.get("/v1/billing", params=ORG).json()["customer"]["has_payment_method"]
    problem(api.post("/sandbox/checkout-sessions/cs_test_nope/complete"), 404)


def test_billing_info_and_portal(api: httpx.Client) -> None:
    info = api.get("/v1/billing", params=ORG).json()
    assert info["customer"]["stripe_customer_id"] == "cus_123"
    assert info["credits"]["balance_cents"] == 2500
    assert info["subscriptions"][0]["id"] == "sub_123"
    assert api.get("/v1/billing").json()["customer"] is None  # no personal customer yet
    portal = api.post(
        "/v1/billing/portal-sessions", json={**ORG, "return_url": "http://localhost:3000/x"}
    )
    assert portal.status_code == 201
    assert portal.json()["url"].startswith("https://billing.stripe.com/")


def test_ingested_usage_events_are_aggregated(api: httpx.Client) -> None:
    before = api.get("/v1/billing/usage", params=JUNE).json()
    events = [
        {
            "project_id": "proj_124",
            "meter": "sandbox_compute_hours",
            "quantity": 1.5,
            "timestamp": "2025-06-03T08:00:00Z",
        },
        {
            "project_id": "proj_124",
            "meter": "ai_tokens",
            "quantity": 1000,
            "cost_cents": 2,
            "timestamp": "2025-06-03T08:00:00Z",
        },
    ]
    assert api.post("/sandbox/usage-events", json={"events": events}).json() == {"ingested": 2}
    after = api.get("/v1/billing/usage", params=JUNE).json()
    assert dec(after["sandbox_compute_hours"]) - dec(before["sandbox_compute_hours"]) == dec(1.5)
    assert after["ai_tokens"] - before["ai_tokens"] == 1000
    assert dec(after["ai_cost_cents"]) - dec(before["ai_cost_cents"]) == 2
    bad = {"events": [{"project_id": "proj_124", "meter": "gpu", "quantity": 1}]}
    problem(api.post("/sandbox/usage-events", json=bad), 422)
