"""Credentials follow the account: expiry, activity, password change, deletion after its grace."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx
import pytest
from rplatform_sandbox import serve

from .conftest import NOW, OTHER_TOKEN, client, login, problem

DEMO = ("demo@example.com", "currentPassword123")
DAY = 24 * 3600
DELETION = {"password": DEMO[1], "confirm_text": "DELETE MY ACCOUNT"}


def advance(api: httpx.Client, seconds: int) -> None:
    api.post("/sandbox/clock", json={"seconds": seconds}).raise_for_status()


def test_a_token_expires_with_its_session(api: httpx.Client, sandbox_url: str) -> None:
    session = login(sandbox_url, *DEMO).json()
    assert session["expires_at"] == "2025-08-14T12:00:00Z"  # 30 days
    with client(sandbox_url, session["token"]) as phone:
        advance(api, 30 * DAY - 1)
        assert phone.get("/v1/settings/preferences").status_code == 200
        advance(api, 1)
        problem(phone.get("/v1/settings/preferences"), 401)
        problem(phone.post("/v1/billing/customer", json={}, headers={"Idempotency-Key": "k"}), 401)


def test_each_call_refreshes_last_active_at(api: httpx.Client, sandbox_url: str) -> None:
    session = login(sandbox_url, *DEMO).json()
    advance(api, 3600)
    with client(sandbox_url, session["token"]) as phone:
        phone.get("/v1/billing/status").raise_for_status()
    advance(api, 60)
    listed = {s["id"]: s for s in api.get("/v1/settings/sessions").json()}
    assert listed[session["session_id"]]["last_active_at"] == "2025-07-15T13:00:00Z"
    assert listed["session_sandbox"]["last_active_at"] == "2025-07-15T13:01:00Z"


def test_a_password_change_revokes_every_other_session(
    api: httpx.Client, sandbox_url: str, other: httpx.Client
) -> None:
    phone = login(sandbox_url, *DEMO).json()["token"]
    change = {"current_password": DEMO[1], "new_password": "newSecurePassword456"}
    assert api.post("/v1/settings/password", json=change).status_code == 204
    with client(sandbox_url, phone) as stolen:
        problem(stolen.get("/v1/settings/preferences"), 401)
    assert [s["id"] for s in api.get("/v1/settings/sessions").json()] == ["session_sandbox"]
    assert other.get("/v1/settings/sessions").status_code == 200  # other users untouched


def test_a_refused_password_change_revokes_nothing(api: httpx.Client) -> None:
    change = {"current_password": "wrongPassword1", "new_password": "newSecurePassword456"}
    problem(api.post("/v1/settings/password", json=change), 403)
    assert len(api.get("/v1/settings/sessions").json()) == 4


def test_the_account_lives_until_the_grace_period_ends(api: httpx.Client, sandbox_url: str) -> None:
    assert api.post("/v1/settings/deletion", json=DELETION).status_code == 201
    advance(api, 30 * DAY - 1)
    assert api.get("/v1/settings/deletion").json()["requested"] is True
    assert login(sandbox_url, *DEMO).status_code == 201


def test_the_account_is_gone_at_the_exact_end_of_its_grace_period(
    api: httpx.Client, sandbox_url: str
) -> None:
    assert api.post("/v1/settings/deletion", json=DELETION).status_code == 201
    scheduled = api.get("/v1/settings/deletion").json()["scheduled_at"]
    assert scheduled == "2025-08-14T12:00:00Z"
    advance(api, 30 * DAY)
    assert api.get("/sandbox/health").json()["now"] == scheduled
    problem(api.get("/v1/settings/deletion"), 401)
    problem(login(sandbox_url, *DEMO), 401)


@pytest.mark.parametrize("first", ["token", "login", "other user", "sandbox route"])
def test_after_the_grace_period_the_account_is_gone(
    api: httpx.Client, sandbox_url: str, first: str
) -> None:
    phone = login(sandbox_url, *DEMO).json()["token"]
    assert api.post("/v1/settings/deletion", json=DELETION).status_code == 201
    advance(api, 31 * DAY)
    # Whatever request comes first after the deadline finds the account gone.
    if first == "other user":
        with client(sandbox_url, OTHER_TOKEN) as other:
            other.get("/v1/settings/preferences").raise_for_status()
    elif first == "sandbox route":
        api.get("/sandbox/outbox").raise_for_status()
    if first == "login":
        problem(login(sandbox_url, *DEMO), 401)
    for token in ("sk_test_sandbox", phone):
        with client(sandbox_url, token) as gone:
            problem(gone.get("/v1/settings/preferences"), 401)
            ai = {
                "project_id": "proj_123",
                "input_tokens": 1,
                "output_tokens": 1,
                "cost_cents": 1,
                "provider_model": "m",
            }
            problem(gone.post("/v1/billing/ai-usage", json=ai), 401)
    problem(login(sandbox_url, *DEMO), 401)
    with client(sandbox_url, OTHER_TOKEN) as other:  # the address is free again
        change = {"new_email": DEMO[0], "password": "otherPassword456"}
        assert other.post("/v1/settings/email-change", json=change).status_code == 202


def rows_of(path: Path, *ids: str) -> dict[str, int]:
    """How many rows of each table mention one of `ids` in any column."""
    counts = {}
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            where = " OR ".join(
                f"CAST({c} AS TEXT) IN ({','.join('?' * len(ids))})" for c in columns
            )
            counts[table] = conn.execute(
                f"SELECT count(*) FROM {table} WHERE {where}", [*ids] * len(columns)
            ).fetchone()[0]
    return {table: n for table, n in counts.items() if n}


def test_deletion_removes_the_data_and_sole_member_organizations(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.db"
    with serve(db=path, now=NOW, seed=1) as url, client(url) as api:
        api.post("/v1/billing/customer", json={}).raise_for_status()
        api.post("/v1/notifications/push-tokens", json={"token": "t1", "platform": "fcm"})
        assert api.post("/v1/settings/deletion", json=DELETION).status_code == 201
        advance(api, 31 * DAY)
        httpx.get(f"{url}/sandbox/health").raise_for_status()
    mine = (
        "usr_123",
        "org_123",
        "proj_123",
        "proj_124",
        "proj_125",
        "proj_playground",
        "cus_123",
        "sub_123",
        "session_sandbox",
        "session_123",
        "demo@example.com",
    )
    assert rows_of(path, *mine) == {}
    assert rows_of(path, "usr_456", "org_456", "proj_456")  # the other user keeps everything


def test_deletion_removes_the_accounts_stored_idempotency_answers(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.db"
    key = {"Idempotency-Key": "before-deletion"}
    with serve(db=path, now=NOW, seed=1) as url, client(url) as api:
        api.post("/v1/billing/customer", json={}, headers=key).raise_for_status()
        with client(url, OTHER_TOKEN) as other:
            other.post("/v1/billing/customer", json={}, headers=key).raise_for_status()
        deletion = api.post(
            "/v1/settings/deletion", json=DELETION, headers={"Idempotency-Key": "d"}
        )
        assert deletion.status_code == 201
        with sqlite3.connect(path) as conn:
            before = conn.execute("SELECT scope, key FROM idempotency ORDER BY scope, key")
            assert before.fetchall() == [
                ("usr_123", "before-deletion"),
                ("usr_123", "d"),
                ("usr_456", "before-deletion"),
            ]
        advance(api, 30 * DAY)
        httpx.get(f"{url}/sandbox/health").raise_for_status()  # the purge runs
        with sqlite3.connect(path) as conn:
            after = conn.execute("SELECT scope, key FROM idempotency ORDER BY scope, key")
            assert after.fetchall() == [("usr_456", "before-deletion")]


def test_an_organization_with_other_members_stays(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.db"
    with serve(db=path, now=NOW, seed=1) as url:
        with sqlite3.connect(path) as conn:  # usr_456 joins org_123 (no API for that)
            conn.execute("INSERT INTO memberships VALUES ('org_123', 'usr_456', 'member')")
        with client(url) as api:
            before = api.get("/v1/billing/usage", params={"organization_id": "org_123"}).json()
            assert api.post("/v1/settings/deletion", json=DELETION).status_code == 201
            advance(api, 31 * DAY)
        with client(url, OTHER_TOKEN) as other:
            params = {
                "organization_id": "org_123",
                "year": before["year"],
                "month": before["month"],
            }
            after = other.get("/v1/billing/usage", params=params)
            assert after.status_code == 200 and after.json() == before
            assert other.get("/v1/billing/status", params=params).json()["stripe_customer_id"] == (
                "cus_123"
            )
            problem(other.get("/v1/billing/projects/proj_playground/usage"), 404)
    assert rows_of(path, "usr_123", "proj_playground") == {}


def test_a_refused_token_is_told_why_and_how_to_authenticate(sandbox_url: str) -> None:
    with client(sandbox_url, "sk_test_unknown") as stranger:
        refused = stranger.get("/v1/settings/preferences")
    body = problem(refused, 401, "unauthenticated")
    assert body["detail"] == "The API key (bearer token) is unknown, revoked or expired."
    assert refused.headers["www-authenticate"] == 'Bearer realm="rplatform"'


@pytest.mark.parametrize("authorization", [None, "Basic dXNyOnB3", "Bearer", "sk_test_sandbox"])
def test_a_missing_key_is_told_how_to_send_one(sandbox_url: str, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    with client(sandbox_url, token=None) as anonymous:
        refused = anonymous.get("/v1/settings/preferences", headers=headers)
    body = problem(refused, 401, "unauthenticated")
    assert body["detail"] == (
        "The API key (bearer token) is missing: send it as `Authorization: Bearer <API key>`."
    )
    assert refused.headers["www-authenticate"] == 'Bearer realm="rplatform"'
