"""Cross-cutting behaviour over HTTP: authentication, Idempotency-Key, fault injection, storage."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import httpx
import pytest
import yaml
from _support import operations as spec_operations
from rplatform_sandbox import serve
from rplatform_sandbox.app import spec_path

from .conftest import NOW, client, login, problem

AI = {
    "project_id": "proj_123",
    "input_tokens": 10,
    "output_tokens": 5,
    "cost_cents": 0.5,
    "provider_model": "anthropic/claude-sonnet-4",
}


def operations() -> list[tuple[str, str]]:
    """Every (method, path) of openapi.yaml, path parameters filled in."""
    spec = yaml.safe_load(spec_path().read_text())
    return [
        (method.upper(), re.sub(r"\{[^}]+\}", "x_1", path))
        for path, item in spec["paths"].items()
        for method in item
        if method in ("get", "post", "patch", "delete", "put")
    ]


def ai_tokens(api: httpx.Client) -> int:
    usage = api.get("/v1/billing/usage", params={"organization_id": "org_123"}).json()
    return int(usage["ai_tokens"])


def test_every_operation_is_checked_for_a_token() -> None:
    spec = yaml.safe_load(spec_path().read_text())
    assert len(operations()) == len(list(spec_operations(spec))) > 0


@pytest.mark.parametrize(("method", "path"), operations())
@pytest.mark.parametrize(
    "authorization", [None, "Bearer sk_test_nope", "Basic dXNyOnB3", "Bearer", "sk_test_sandbox"]
)
def test_no_valid_bearer_token_no_entry(
    api: httpx.Client, method: str, path: str, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    body = None if method in ("GET", "DELETE") else {}
    with httpx.Client(base_url=str(api.base_url)) as anonymous:
        response = anonymous.request(method, path, json=body, headers=headers)
    problem(response, 401)
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_bad_input_and_bad_token_is_still_401(api: httpx.Client) -> None:
    with httpx.Client(base_url=str(api.base_url)) as anonymous:
        response = anonymous.post("/v1/billing/ai-usage", json={"nonsense": True})
    problem(response, 401)


def test_idempotency_key_replays_without_a_second_effect(api: httpx.Client) -> None:
    before = ai_tokens(api)
    headers = {"Idempotency-Key": "key-1"}
    first = api.post("/v1/billing/ai-usage", json=AI, headers=headers)
    replay = api.post("/v1/billing/ai-usage", json=dict(reversed(AI.items())), headers=headers)
    assert first.status_code == replay.status_code == 201
    assert replay.content == first.content
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.headers["content-type"] == "application/json"
    assert ai_tokens(api) == before + 15
    fresh = api.post("/v1/billing/ai-usage", json=AI, headers={"Idempotency-Key": "key-2"})
    assert fresh.json()["id"] != first.json()["id"]
    assert ai_tokens(api) == before + 30


def test_idempotency_key_with_another_body_is_422(api: httpx.Client) -> None:
    headers = {"Idempotency-Key": "key-1"}
    api.post("/v1/billing/ai-usage", json=AI, headers=headers)
    detail = problem(
        api.post("/v1/billing/ai-usage", json={**AI, "input_tokens": 11}, headers=headers), 422
    )["detail"]
    assert "Idempotency-Key" in detail


def test_idempotency_keys_belong_to_one_caller(api: httpx.Client, other: httpx.Client) -> None:
    headers = {"Idempotency-Key": "shared"}
    mine = api.post("/v1/billing/customer", json={}, headers=headers).json()
    theirs = other.post("/v1/billing/customer", json={}, headers=headers).json()
    assert mine["stripe_customer_id"] != theirs["stripe_customer_id"]


def test_a_users_idempotency_keys_hold_across_their_tokens(
    api: httpx.Client, sandbox_url: str
) -> None:
    def ai_tokens() -> int:
        usage = api.get("/v1/billing/usage", params={"organization_id": "org_123"}).json()
        return int(usage["ai_tokens"])

    before = ai_tokens()
    headers = {"Idempotency-Key": "one-user-two-tokens"}
    first = api.post("/v1/billing/ai-usage", json=AI, headers=headers)
    assert first.status_code == 201 and "idempotent-replayed" not in first.headers
    phone = login(sandbox_url, "demo@example.com", "currentPassword123").json()["token"]
    with client(sandbox_url, phone) as second_token:
        retry = second_token.post("/v1/billing/ai-usage", json=AI, headers=headers)
    assert retry.status_code == 201 and retry.headers["idempotent-replayed"] == "true"
    assert retry.json() == first.json()
    assert ai_tokens() == before + 15  # acted once


def test_idempotency_window_is_24_hours(api: httpx.Client) -> None:
    headers = {"Idempotency-Key": "key-1"}
    api.post("/v1/billing/ai-usage", json=AI, headers=headers)
    api.post("/sandbox/clock", json={"seconds": 24 * 3600 + 1})
    again = api.post("/v1/billing/ai-usage", json=AI, headers=headers)
    assert again.status_code == 201 and "idempotent-replayed" not in again.headers


def test_idempotent_replay_of_a_refusal(api: httpx.Client) -> None:
    headers = {"Idempotency-Key": "deletion"}
    body = {"password": "currentPassword123", "confirm_text": "DELETE MY ACCOUNT"}
    assert api.post("/v1/settings/deletion", json=body, headers=headers).status_code == 201
    replay = api.post("/v1/settings/deletion", json=body, headers=headers)
    assert replay.status_code == 201  # the replay, not a 409 for a second request
    assert problem(api.post("/v1/settings/deletion", json=body), 409)


@pytest.mark.parametrize("status", [429, 503])
def test_fault_answers_with_retry_after_and_does_nothing(api: httpx.Client, status: int) -> None:
    before = ai_tokens(api)
    headers = {"X-Sandbox-Fault": f"{status}; retry_after=2", "Idempotency-Key": "k"}
    failed = api.post("/v1/billing/ai-usage", json=AI, headers=headers)
    problem(failed, status)
    assert failed.headers["retry-after"] == "2"
    assert ai_tokens(api) == before
    retried = api.post("/v1/billing/ai-usage", json=AI, headers=headers)
    assert retried.status_code == 201
    assert ai_tokens(api) == before + 15


def test_fault_times_counts_identical_calls(api: httpx.Client) -> None:
    headers = {"X-Sandbox-Fault": "503; times=2"}
    statuses = [api.get("/v1/billing/status", headers=headers).status_code for _ in range(3)]
    assert statuses == [503, 503, 200]
    assert (
        api.get(
            "/v1/billing/status", headers=headers, params={"organization_id": "org_123"}
        ).status_code
        == 503
    )  # another call
    assert (
        api.get("/v1/billing/status", headers={"X-Sandbox-Fault": "429"}).headers["retry-after"]
        == "1"
    )


def test_500_after_commit_then_retry_with_the_same_key(api: httpx.Client) -> None:
    before = ai_tokens(api)
    headers = {"X-Sandbox-Fault": "500-after-commit", "Idempotency-Key": "commit-1"}
    failed = api.post("/v1/billing/ai-usage", json=AI, headers=headers)
    assert "committed" in problem(failed, 500)["detail"]
    assert ai_tokens(api) == before + 15  # the work was done
    retried = api.post("/v1/billing/ai-usage", json=AI, headers=headers)
    assert retried.status_code == 201 and retried.headers["idempotent-replayed"] == "true"
    assert ai_tokens(api) == before + 15  # and not done twice


def test_fault_counters_are_cleared_by_reset(api: httpx.Client) -> None:
    headers = {"X-Sandbox-Fault": "429"}
    assert api.get("/v1/billing/status", headers=headers).status_code == 429
    assert api.get("/v1/billing/status", headers=headers).status_code == 200
    api.post("/sandbox/reset")
    assert api.get("/v1/billing/status", headers=headers).status_code == 429


def test_malformed_fault_header_is_422(api: httpx.Client) -> None:
    assert (
        "X-Sandbox-Fault"
        in problem(api.get("/v1/billing/status", headers={"X-Sandbox-Fault": "418"}), 422)["detail"]
    )
    problem(api.get("/v1/billing/status", headers={"X-Sandbox-Fault": "429; times=x"}), 422)


def test_database_file_holds_no_clear_secrets(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.db"
    with serve(db=path, now=NOW, seed=1) as url, client(url) as api:
        api.post(
            "/v1/settings/password",
            json={"current_password": "currentPassword123", "new_password": "anotherSecret99"},
        )
    raw = path.read_bytes()
    for secret in (b"currentPassword123", b"anotherSecret99", b"sk_test_sandbox"):
        assert secret not in raw
    with sqlite3.connect(path) as conn:
        hashes = [row[0] for row in conn.execute("SELECT password_hash FROM users")]
    assert all(h.startswith("scrypt$") for h in hashes) and len(set(hashes)) == 2
    with serve(db=path, now=NOW) as url:  # an existing database is kept
        login = httpx.post(
            f"{url}/sandbox/login",
            json={"email": "demo@example.com", "password": "anotherSecret99"},
        )
        assert login.status_code == 201


@pytest.mark.parametrize(
    ("request_kwargs", "status", "words"),
    [
        ({"content": b"hello", "headers": {"content-type": "text/plain"}}, 415, "Content-Type"),
        ({"content": b"\xff\xfe", "headers": {"content-type": "application/json"}}, 400, "body"),
        ({"content": b"{", "headers": {"content-type": "application/json"}}, 400, "JSON"),
        ({"json": [1, 2]}, 400, "object"),
        ({}, 400, "body is required"),
        ({"json": {**AI, "cost_cents": 10**12}}, 422, "cost_cents"),
    ],
)
def test_bad_input_is_a_documented_4xx_problem(
    api: httpx.Client, request_kwargs: dict[str, object], status: int, words: str
) -> None:
    response = api.post("/v1/billing/ai-usage", **request_kwargs)  # type: ignore[arg-type]
    assert words in problem(response, status)["detail"]
