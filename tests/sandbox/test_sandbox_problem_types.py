"""Every kind of problem the sandbox can answer, produced for real, and what its body promises.

`DRIVERS` has one request per kind of `problem_types.KINDS` (a test fails when a kind has none):
each answer must be that kind with its documented status and title, `instance` must carry the
response's `X-Request-Id`, `X-Should-Retry` must say what the kind says, and only validation
failures list field errors. Then the field errors themselves (paths, keywords, parameters,
secrets never echoed) and the replay of a refusal by Idempotency-Key.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from rplatform_sandbox.problem_types import BASE, KINDS, status_of

from .conftest import problem

Driver = Callable[[httpx.Client], httpx.Response]
DELETION = {"password": "currentPassword123", "confirm_text": "DELETE MY ACCOUNT"}


def _gone(api: httpx.Client) -> httpx.Response:
    change = {"new_email": "fresh@example.com", "password": "currentPassword123"}
    assert api.post("/v1/settings/email-change", json=change).status_code == 202
    outbox = api.get("/sandbox/outbox", params={"to": "fresh@example.com"}).json()
    token = {"token": outbox["emails"][0]["token"]}
    assert api.post("/v1/settings/email-change/verify", json=token).status_code == 200
    return api.post("/v1/settings/email-change/verify", json=token)


def _deletion_pending(api: httpx.Client) -> httpx.Response:
    assert api.post("/v1/settings/deletion", json=DELETION).status_code == 201
    return api.post("/v1/settings/deletion", json=DELETION)


def _key_reused(api: httpx.Client) -> httpx.Response:
    key = {"Idempotency-Key": "reused-key"}
    assert api.post("/v1/billing/customer", json={}, headers=key).status_code == 201
    return api.post("/v1/billing/customer", json={"organization_id": "org_123"}, headers=key)


def _fault(kind: str) -> Driver:
    return lambda api: api.get("/v1/billing/status", headers={"X-Sandbox-Fault": kind})


DRIVERS: dict[str, tuple[int, Driver]] = {
    "validation-failed": (422, lambda api: api.get("/v1/billing/usage", params={"month": 13})),
    "malformed-body": (
        400,
        lambda api: api.post(
            "/v1/billing/customer", content=b"{", headers={"Content-Type": "application/json"}
        ),
    ),
    "unsupported-media-type": (
        415,
        lambda api: api.post(
            "/v1/billing/customer", content=b"{}", headers={"Content-Type": "text/plain"}
        ),
    ),
    "body-too-large": (
        413,
        lambda api: api.post(
            "/v1/billing/customer",
            content=b" " * (1024 * 1024 + 1),
            headers={"Content-Type": "application/json"},
        ),
    ),
    "unauthenticated": (
        401,
        lambda api: api.get("/v1/billing/status", headers={"Authorization": "Bearer sk_nope"}),
    ),
    "wrong-password": (
        403,
        lambda api: api.post(
            "/v1/settings/password",
            json={"current_password": "wrongPassword1", "new_password": "newSecurePassword456"},
        ),
    ),
    "not-a-member": (
        403,
        lambda api: api.get("/v1/billing/status", params={"organization_id": "org_456"}),
    ),
    "forbidden": (403, lambda api: api.get("/v1/billing/status", params={"user_id": "usr_456"})),
    "not-found": (404, lambda api: api.get("/v1/billing/projects/proj_999/usage")),
    "method-not-allowed": (405, lambda api: api.put("/v1/settings/preferences", json={})),
    "deletion-pending": (409, _deletion_pending),
    "nothing-to-cancel": (409, lambda api: api.delete("/v1/settings/deletion")),
    "current-session": (409, lambda api: api.delete("/v1/settings/sessions/session_sandbox")),
    "email-in-use": (
        409,
        lambda api: api.post(
            "/v1/settings/email-change",
            json={"new_email": "other@example.com", "password": "currentPassword123"},
        ),
    ),
    "gone": (410, _gone),
    "idempotency-key-reused": (422, _key_reused),
    "rate-limited": (429, _fault("429")),
    "internal": (500, _fault("500-after-commit")),
    "unavailable": (503, _fault("503")),
}


# Driven where a sandbox is started without one of its handlers.
DRIVEN_ELSEWHERE = {"not-implemented": "test_sandbox_unimplemented.py"}


def test_every_kind_has_a_driver() -> None:
    assert set(DRIVERS) | set(DRIVEN_ELSEWHERE) == set(KINDS)


@pytest.mark.parametrize("kind", sorted(DRIVERS))
def test_the_sandbox_answers_each_kind_as_documented(api: httpx.Client, kind: str) -> None:
    status, drive = DRIVERS[kind]
    response = drive(api)
    body = problem(response, status, kind)
    assert body["type"] == BASE + kind
    assert body["instance"] == f"urn:rplatform:request:{response.headers['x-request-id']}"
    retry = KINDS[kind].retry
    expected = None if retry is None else ("true" if retry else "false")
    assert response.headers.get("x-should-retry") == expected


@pytest.mark.parametrize(
    ("codes", "status"),
    [
        (["minLength"], 422),
        (["maxLength", "pattern"], 422),
        (["minimum"], 422),
        (["maximum"], 422),
        (["maxItems"], 422),
        (["format"], 422),
        (["enum"], 422),
        (["unchanged"], 422),
        (["required"], 400),
        (["type"], 400),
        (["not"], 400),
        (["type", "enum"], 400),  # a shape error with a value one: the shape first
        ([], 400),
    ],
)
def test_the_status_of_a_validation_failure_is_the_rules(codes: list[str], status: int) -> None:
    assert status_of(iter(codes)) == status


def test_unprocessable_values_are_validation_failures_with_status_422(api: httpx.Client) -> None:
    response = api.patch("/v1/settings/preferences/appearance", json={"timezone": "Mars/Olympus"})
    body = problem(response, 422, "validation-failed")
    assert body["errors"] == [
        {
            "field": "timezone",
            "code": "format",
            "message": "'Mars/Olympus' is not an IANA time zone name.",
        }
    ]


def _errors(response: httpx.Response, status: int) -> list[tuple[str, str]]:
    body = problem(response, status, "validation-failed")
    return [(e["field"], e["code"]) for e in body["errors"]]


def test_body_errors_name_each_field_by_its_json_path(api: httpx.Client) -> None:
    events = {"events": [{"project_id": "proj_123", "meter": "storage_gb", "quantity": 1}] * 2}
    events["events"] = [events["events"][0], {**events["events"][0], "quantity": -1}]
    assert _errors(api.post("/sandbox/usage-events", json=events), 422) == [
        ("events[1].quantity", "minimum")
    ]
    checkout = api.post("/v1/billing/checkout-sessions", json={"organization_id": ""})
    assert sorted(_errors(checkout, 400)) == [
        ("organization_id", "minLength"),
        ("return_url", "required"),
    ]
    both = {"user_id": "usr_123", "organization_id": "org_123"}
    assert _errors(api.post("/v1/billing/customer", json=both), 400) == [("organization_id", "not")]
    tokens = {**_ai_usage(), "input_tokens": "many"}
    assert _errors(api.post("/v1/billing/ai-usage", json=tokens), 400) == [("input_tokens", "type")]
    device = {"token": "t", "platform": "expo", "device_id": "d" * 256}
    assert _errors(api.post("/v1/notifications/push-tokens", json=device), 422) == [
        ("device_id", "maxLength")
    ]


def _ai_usage() -> dict[str, object]:
    return {
        "project_id": "proj_123",
        "input_tokens": 1,
        "output_tokens": 1,
        "cost_cents": 0.01,
        "provider_model": "m",
    }


def test_value_rules_alone_are_422(api: httpx.Client) -> None:
    platform = {"token": "t", "platform": "web"}
    assert _errors(api.post("/v1/notifications/push-tokens", json=platform), 422) == [
        ("platform", "enum")
    ]
    confirm = {**DELETION, "confirm_text": "delete my account"}
    assert _errors(api.post("/v1/settings/deletion", json=confirm), 422) == [
        ("confirm_text", "pattern")
    ]
    url = {"return_url": "ftp://example.com"}
    assert _errors(api.post("/v1/billing/portal-sessions", json=url), 422) == [
        ("return_url", "pattern")
    ]
    weak = {"current_password": "currentPassword123", "new_password": "no digits here"}
    assert _errors(api.post("/v1/settings/password", json=weak), 422) == [
        ("new_password", "pattern")
    ]
    same = {"current_password": "currentPassword123", "new_password": "currentPassword123"}
    assert _errors(api.post("/v1/settings/password", json=same), 422) == [
        ("new_password", "unchanged")
    ]
    short = {"current_password": "currentPassword123", "new_password": "short1"}
    assert _errors(api.post("/v1/settings/password", json=short), 422) == [
        ("new_password", "minLength")
    ]
    assert _errors(api.get("/v1/settings/sessions", params={"limit": 0}), 422) == [
        ("limit", "minimum")
    ]


def test_parameter_errors_name_each_parameter(api: httpx.Client) -> None:
    usage = api.get("/v1/billing/usage", params={"year": "soon", "month": 13})
    assert _errors(usage, 400) == [("year", "type"), ("month", "maximum")]  # shape and value
    assert usage.json()["detail"] == "year (query parameter): 'soon' is not of type 'integer'"
    assert _errors(api.get("/v1/billing/usage", params={"year": 2025}), 400) == [
        ("month", "required")
    ]
    both = {"user_id": "usr_123", "organization_id": "org_123"}
    owners = api.get("/v1/billing/status", params=both)
    assert _errors(owners, 400) == [("organization_id", "not")]
    assert owners.json()["detail"] == (
        "organization_id: pass either user_id or organization_id, not both."
    )
    project = api.get("/v1/billing/projects/proj_123/usage", params={"from": "someday"})
    assert _errors(project, 422) == [("from", "format")]
    backwards = {"from": "2025-06-30", "to": "2025-06-01"}
    assert _errors(api.get("/v1/billing/projects/proj_123/usage", params=backwards), 422) == [
        ("to", "minimum")
    ]
    assert _errors(api.delete(f"/v1/settings/sessions/{'s' * 65}"), 422) == [
        ("session_id", "maxLength")
    ]
    key = {"Idempotency-Key": "k" * 256}
    assert _errors(api.post("/v1/settings/sessions/revoke-all", headers=key), 422) == [
        ("Idempotency-Key", "maxLength")
    ]
    cursor = api.get("/v1/settings/login-history", params={"cursor": "bm90LWEtY3Vyc29y"})
    assert _errors(cursor, 422) == [("cursor", "format")]


def test_password_values_are_never_quoted_back(api: httpx.Client) -> None:
    secret = "Sesame-" + "x" * 130
    for new_password in (secret, "Sesame-without-digits"):
        change = {"current_password": "currentPassword123", "new_password": new_password}
        response = api.post("/v1/settings/password", json=change)
        assert response.status_code == 422
        assert "Sesame" not in response.text, response.text


def test_a_replayed_refusal_repeats_the_whole_problem(api: httpx.Client) -> None:
    assert api.post("/v1/settings/deletion", json=DELETION).status_code == 201
    key = {"Idempotency-Key": "second-deletion"}
    first = api.post("/v1/settings/deletion", json=DELETION, headers=key)
    replay = api.post("/v1/settings/deletion", json=DELETION, headers=key)
    assert problem(first, 409, "deletion-pending") == problem(replay, 409, "deletion-pending")
    assert replay.json()["instance"] == f"urn:rplatform:request:{first.headers['x-request-id']}"
    assert replay.headers["x-request-id"] != first.headers["x-request-id"]
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.headers["x-should-retry"] == "false"
