"""Metered usage as the sandbox ingests it (`POST /sandbox/usage-events`): where each event
lands, what it costs, and which events are refused, whole batch or nothing.

April 2023 has no seed data; the demo user's proj_123 belongs to org_123.
"""

from __future__ import annotations

from typing import Any

import httpx

from .conftest import problem

APRIL = {"organization_id": "org_123", "year": 2023, "month": 4}
TODAY = {"from": "2025-07-15", "to": "2025-07-15"}


def ingest(api: httpx.Client, *events: dict[str, Any]) -> httpx.Response:
    return api.post("/sandbox/usage-events", json={"events": list(events)})


def units(api: httpx.Client, meter: str) -> float:
    items = api.get("/v1/billing/projects/proj_123/usage", params=TODAY).json()
    return float(next(i["units"] for i in items if i["meter"] == meter))


def test_an_event_lands_in_the_month_of_its_timestamp_and_only_ai_carries_a_cost(
    api: httpx.Client,
) -> None:
    stored = ingest(
        api,
        {"project_id": "proj_123", "meter": "storage_gb", "quantity": 2, "cost_cents": 99,
         "timestamp": "2023-04-30T23:59:59Z"},
        {"project_id": "proj_123", "meter": "ai_tokens", "quantity": 10, "cost_cents": 1.5,
         "timestamp": "2023-04-01T00:00:00+00:00"},
    )  # fmt: skip
    assert stored.status_code == 201 and stored.json() == {"ingested": 2}
    usage = api.get("/v1/billing/usage", params=APRIL).json()
    assert (usage["storage_gb"], usage["ai_tokens"], usage["ai_cost_cents"]) == (2, 10, 1.5)
    assert usage["total_cost_cents"] == 7  # 2 GB-months at 2.3 cents (4.6 -> 5) + 1.5 -> 2


def test_an_event_without_a_timestamp_lands_now(api: httpx.Client) -> None:
    before = units(api, "sandbox_compute_hours")
    event = {"project_id": "proj_123", "meter": "sandbox_compute_hours", "quantity": 1}
    assert ingest(api, event).status_code == 201
    assert units(api, "sandbox_compute_hours") == before + 1


def test_the_largest_event_the_schema_allows_is_taken(api: httpx.Client) -> None:
    largest = {"project_id": "proj_123", "meter": "storage_gb", "quantity": 10**12}
    assert ingest(api, largest).status_code == 201  # 10^15 thousandths: the stored limit


def test_a_batch_with_an_unknown_project_is_refused_whole(api: httpx.Client) -> None:
    refused = ingest(
        api,
        {"project_id": "proj_123", "meter": "storage_gb", "quantity": 1,
         "timestamp": "2023-04-10T00:00:00Z"},
        {"project_id": "proj_nope", "meter": "storage_gb", "quantity": 1},
    )  # fmt: skip
    assert problem(refused, 404, "not-found")["detail"] == "No project proj_nope."
    assert api.get("/v1/billing/usage", params=APRIL).json()["storage_gb"] == 0


def test_an_unknown_meter_is_refused_naming_the_meters(api: httpx.Client) -> None:
    refused = ingest(api, {"project_id": "proj_123", "meter": "gpu", "quantity": 1})
    body = problem(refused, 422, "validation-failed")
    meters = (
        "['ai_tokens', 'database_compute_hours', 'database_storage_gb',"
        " 'deployment_compute_hours', 'sandbox_compute_hours', 'storage_gb']"
    )
    assert body["detail"] == f"events[0].meter: 'gpu' is not one of {meters}."
    assert [(e["field"], e["code"]) for e in body["errors"]] == [("events[0].meter", "enum")]
