"""Idempotency-Key and seeding hold together: one key never acts twice, a first start always seeds.

The kill -9 version of these promises is `test_sandbox_crash.py`; here each one is pinned
deterministically.
"""

from __future__ import annotations

import asyncio
import gc
import sqlite3
import threading
from pathlib import Path

import httpx
from rplatform_sandbox import serve
from rplatform_sandbox.db import SCHEMA

from .conftest import NOW, client, login, problem

AI = {
    "project_id": "proj_123",
    "input_tokens": 10,
    "output_tokens": 5,
    "cost_cents": 0.5,
    "provider_model": "anthropic/claude-sonnet-4",
}
DEMO = ("demo@example.com", "currentPassword123")


def ai_records(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM ai_usage").fetchone()[0])


def ai_tokens(api: httpx.Client) -> int:
    usage = api.get("/v1/billing/usage", params={"organization_id": "org_123"}).json()
    return int(usage["ai_tokens"])


def test_the_key_and_the_effect_commit_together(tmp_path: Path) -> None:
    """A failure between the operation's writes and the key's record (what a kill -9 between two
    transactions amounts to) must not leave the effect without the key: the retry would act again.
    """
    path = tmp_path / "sandbox.db"
    with serve(db=path, now=NOW, seed=1) as url, client(url) as api:
        with sqlite3.connect(path) as conn:
            conn.executescript(
                "CREATE TABLE broken (on_ INTEGER);"
                "INSERT INTO broken VALUES (1);"
                "CREATE TRIGGER fail_key BEFORE INSERT ON idempotency"
                " WHEN (SELECT count(*) FROM broken) > 0"
                " BEGIN SELECT RAISE(ABORT, 'disk gone'); END;"
            )
        headers = {"Idempotency-Key": "atomic-1"}
        assert api.post("/v1/billing/ai-usage", json=AI, headers=headers).status_code == 500
        with sqlite3.connect(path) as conn:
            conn.execute("DELETE FROM broken")
        retried = api.post("/v1/billing/ai-usage", json=AI, headers=headers)
        assert retried.status_code == 201
        again = api.post("/v1/billing/ai-usage", json=AI, headers=headers)
        assert again.headers["idempotent-replayed"] == "true"
    assert ai_records(path) == 1


def test_a_revoked_token_gets_401_not_the_stored_answer(
    api: httpx.Client, sandbox_url: str
) -> None:
    session = login(sandbox_url, *DEMO).json()
    headers = {"Idempotency-Key": "after-auth"}
    with client(sandbox_url, session["token"]) as phone:
        assert phone.post("/v1/billing/ai-usage", json=AI, headers=headers).status_code == 201
        api.delete(f"/v1/settings/sessions/{session['session_id']}").raise_for_status()
        problem(phone.post("/v1/billing/ai-usage", json=AI, headers=headers), 401)


def test_an_invalid_request_is_not_answered_from_the_store(api: httpx.Client) -> None:
    headers = {"Idempotency-Key": "validated"}
    assert api.post("/v1/billing/ai-usage", json=AI, headers=headers).status_code == 201
    problem(api.post("/v1/billing/ai-usage", json={"nonsense": 1}, headers=headers), 400)


def test_a_key_is_bound_to_its_endpoint(api: httpx.Client) -> None:
    body = {"organization_id": "org_123", "return_url": "https://myapp.com/billing"}
    headers = {"Idempotency-Key": "one-key"}
    assert api.post("/v1/billing/checkout-sessions", json=body, headers=headers).status_code == 201
    reused = api.post("/v1/billing/portal-sessions", json=body, headers=headers)
    assert "Idempotency-Key" in problem(reused, 422)["detail"]


def test_the_window_is_24_hours_to_the_second(api: httpx.Client) -> None:
    headers = {"Idempotency-Key": "window"}
    first = api.post("/v1/billing/ai-usage", json=AI, headers=headers)
    api.post("/sandbox/clock", json={"seconds": 24 * 3600 - 1})
    replay = api.post("/v1/billing/ai-usage", json=AI, headers=headers)
    assert replay.headers["idempotent-replayed"] == "true" and replay.content == first.content
    api.post("/sandbox/clock", json={"seconds": 1})
    fresh = api.post("/v1/billing/ai-usage", json=AI, headers=headers)
    assert fresh.status_code == 201 and "idempotent-replayed" not in fresh.headers


def test_a_refusal_is_replayed_without_a_second_effect(api: httpx.Client) -> None:
    headers = {"Idempotency-Key": "wrong-password"}
    change = {"current_password": "wrongPassword1", "new_password": "newSecurePassword456"}
    problem(api.post("/v1/settings/password", json=change, headers=headers), 403)
    replay = api.post("/v1/settings/password", json=change, headers=headers)
    assert problem(replay, 403) and replay.headers["idempotent-replayed"] == "true"
    history = api.get("/v1/settings/login-history", params={"limit": 3}).json()
    assert [h["success"] for h in history] == [False, True, True]  # one failed entry, not two


def test_concurrent_calls_with_one_key_act_once(api: httpx.Client) -> None:
    before = ai_tokens(api)
    results: list[httpx.Response] = []

    def call() -> None:
        with httpx.Client(base_url=api.base_url, headers=api.headers, timeout=30) as c:
            results.append(
                c.post("/v1/billing/ai-usage", json=AI, headers={"Idempotency-Key": "race"})
            )

    threads = [threading.Thread(target=call) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r.status_code for r in results] == [201] * 8
    assert len({r.json()["id"] for r in results}) == 1
    assert sum("idempotent-replayed" in r.headers for r in results) == 7
    assert ai_tokens(api) == before + 15


def test_nothing_is_kept_in_memory_per_key() -> None:
    with serve(now=NOW, seed=1) as url, client(url) as api:
        gc.collect()
        before = sum(isinstance(o, asyncio.Lock) for o in gc.get_objects())
        for n in range(300):
            api.post("/v1/billing/customer", json={}, headers={"Idempotency-Key": f"k{n}"})
        gc.collect()
        after = sum(isinstance(o, asyncio.Lock) for o in gc.get_objects())
    assert after - before < 10


def test_a_half_made_database_is_seeded_again(tmp_path: Path) -> None:
    """What a first start killed after creating the tables used to leave: a schema, no users."""
    path = tmp_path / "sandbox.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(SCHEMA.replace("CREATE TABLE seeded (at TEXT NOT NULL)", ""))
    with serve(db=path, now=NOW, seed=1) as url, client(url) as api:
        assert api.get("/v1/settings/preferences").status_code == 200
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 2


def test_a_seeded_database_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "sandbox.db"
    with serve(db=path, now=NOW, seed=1) as url, client(url) as api:
        api.patch("/v1/settings/preferences/appearance", json={"theme": "dark"})
    with serve(db=path, now=NOW, seed=1) as url, client(url) as api:
        assert api.get("/v1/settings/preferences").json()["appearance"]["theme"] == "dark"
