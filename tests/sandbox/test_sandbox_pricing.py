"""Prices, rounding and apportioning, pinned by figures worked out by hand.

The usage below is ingested into March 2023, a month with no seed data, for org_123's three
projects. Prices (openapi.yaml, getUsage): sandbox compute 5 cents an hour, database compute 2,
database storage 12.5 a GB-month, object storage 2.3, deployment compute 4; AI as recorded.

                    proj_123             proj_124        proj_125             owner, exact
  sandbox hours     0.1 + 0.1 = 1.0c     0.1 = 0.5c      0.1 = 0.5c           0.4 h = 2.0c
  db storage GB-m   0.5 = 6.25c          0.3 = 3.75c     0.2 = 2.5c           1.0 = 12.5c
  storage GB-m      0.5 = 1.15c          0.5 = 1.15c     0.5 = 1.15c          1.5 = 3.45c
  AI tokens         1000 + 1000, 0.25c   -               2000, 0.25c          4000 = 0.5c
  deployment hours  -                    0.125 = 0.5c    0.125 = 0.5c         0.25 = 1.0c

Line items, each month total rounded half up once: 2 + 0 + 13 + 3 + 1 + 1 = 20 cents.
The data tells the rules apart: half-even rounding gives 12 for storage and 0 for AI (18);
rounding each event gives 4 + 13 + 3 + 0 + 2 (22); rounding each project's own cost gives
8 + 7 + 6 (21) instead of adding up to 20.

By project, each line is split by largest remainder over the exact costs:
  sandbox 2 over 1.0/0.5/0.5: 1, 0, 0 and the cent left to the first tie -> 1, 1, 0
  db storage 13 over 6.25/3.75/2.5: 6.5, 3.9, 2.6 -> 6, 3, 2 and two cents to .9 and .6 -> 6, 4, 3
  storage 3 over equal shares -> 1, 1, 1
  AI 1 over 0.25/0/0.25: a tie between proj_123 and proj_125 -> 1, 0, 0
  deployment 1 over 0/0.5/0.5: a tie -> 0, 1, 0
  projects: 9, 7, 4 (20).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

MARCH = {"organization_id": "org_123", "year": 2023, "month": 3}


def event(project: str, meter: str, quantity: float, **extra: Any) -> dict[str, Any]:
    return {
        "project_id": project,
        "meter": meter,
        "quantity": quantity,
        "timestamp": "2023-03-10T09:30:00Z",
        **extra,
    }


EVENTS = [
    event("proj_123", "sandbox_compute_hours", 0.1),
    event("proj_123", "sandbox_compute_hours", 0.1),
    event("proj_124", "sandbox_compute_hours", 0.1),
    event("proj_125", "sandbox_compute_hours", 0.1),
    event("proj_123", "database_storage_gb", 0.5),
    event("proj_124", "database_storage_gb", 0.3),
    event("proj_125", "database_storage_gb", 0.2),
    event("proj_123", "storage_gb", 0.5),
    event("proj_124", "storage_gb", 0.5),
    event("proj_125", "storage_gb", 0.5),
    event("proj_123", "ai_tokens", 1000, cost_cents=0.125),
    event("proj_123", "ai_tokens", 1000, cost_cents=0.125),
    event("proj_125", "ai_tokens", 2000, cost_cents=0.25),
    event("proj_124", "deployment_compute_hours", 0.125),
    event("proj_125", "deployment_compute_hours", 0.125),
]


@pytest.fixture
def priced(api: httpx.Client) -> httpx.Client:
    assert api.post("/sandbox/usage-events", json={"events": EVENTS}).json() == {"ingested": 15}
    return api


def test_usage_line_items_and_total(priced: httpx.Client) -> None:
    usage = priced.get("/v1/billing/usage", params=MARCH).json()
    assert usage == {
        "owner_type": "organization",
        "owner_id": "org_123",
        "year": 2023,
        "month": 3,
        "period_start": "2023-03-01",
        "period_end": "2023-03-31",
        "currency": "usd",
        "sandbox_compute_hours": 0.4,
        "database_compute_hours": 0,
        "database_storage_gb": 1,
        "storage_gb": 1.5,
        "ai_tokens": 4000,
        "ai_cost_cents": 0.5,
        "deployment_compute_hours": 0.25,
        "total_cost_cents": 20,
        "line_items": [
            {"name": "Sandbox compute", "meter": "sandbox_compute_hours", "quantity": 0.4,
             "unit": "hours", "unit_price": 0.05, "total_cost": 0.02},
            {"name": "Database compute", "meter": "database_compute_hours", "quantity": 0,
             "unit": "hours", "unit_price": 0.02, "total_cost": 0},
            {"name": "Database storage", "meter": "database_storage_gb", "quantity": 1,
             "unit": "GB-months", "unit_price": 0.125, "total_cost": 0.13},
            {"name": "Object storage", "meter": "storage_gb", "quantity": 1.5,
             "unit": "GB-months", "unit_price": 0.023, "total_cost": 0.03},
            {"name": "AI tokens", "meter": "ai_tokens", "quantity": 4000,
             "unit": "tokens", "unit_price": 0.00000125, "total_cost": 0.01},
            {"name": "Deployment compute", "meter": "deployment_compute_hours", "quantity": 0.25,
             "unit": "hours", "unit_price": 0.04, "total_cost": 0.01},
        ],
    }  # fmt: skip


def test_projects_share_the_rounded_lines_by_largest_remainder(priced: httpx.Client) -> None:
    projects = priced.get("/v1/billing/usage/projects", params=MARCH).json()
    assert [(p["project_id"], p["total_cost_cents"]) for p in projects] == [
        ("proj_123", 9),
        ("proj_124", 7),
        ("proj_125", 4),
    ]
    assert [(p["sandbox_compute_hours"], p["ai_tokens"], p["ai_cost_cents"]) for p in projects] == [
        (0.2, 2000, 0.25),
        (0.1, 0, 0),
        (0.1, 2000, 0.25),
    ]


def test_project_usage_is_exact_and_unrounded(priced: httpx.Client) -> None:
    items = priced.get(
        "/v1/billing/projects/proj_123/usage", params={"from": "2023-03-01", "to": "2023-03-31"}
    ).json()
    assert [(i["meter"], i["units"], i["cost_cents"]) for i in items] == [
        ("sandbox_compute_hours", 0.2, 1),
        ("database_storage_gb", 0.5, 6.25),
        ("storage_gb", 0.5, 1.15),
        ("ai_tokens", 2000, 0.25),
    ]


def test_the_period_total_is_the_rounded_month(priced: httpx.Client) -> None:
    periods = priced.get("/v1/billing/periods", params={"organization_id": "org_123"}).json()
    march = next(p for p in periods["periods"] if p["label"] == "March 2023")
    assert march["total_cost_cents"] == 20 and not march["is_current"]


def test_meters_add_up_the_quantities(priced: httpx.Client) -> None:
    meters = priced.get("/v1/billing/usage/meters", params=MARCH).json()
    assert {m["event_name"]: m["aggregated_value"] for m in meters} == {
        "sandbox_compute_hours": 0.4,
        "database_compute_hours": 0,
        "database_storage_gb": 1,
        "storage_gb": 1.5,
        "ai_tokens": 4000,
        "deployment_compute_hours": 0.25,
    }


def test_recorded_ai_cost_is_kept_to_the_micro_cent(api: httpx.Client) -> None:
    body = {
        "project_id": "proj_playground",
        "input_tokens": 1,
        "output_tokens": 0,
        "cost_cents": 0.0000015,  # 1.5 micro-cents: half up to 2
        "provider_model": "m",
    }
    assert api.post("/v1/billing/ai-usage", json=body).json()["cost_cents"] == 0.000002
