"""The Idempotency-Key rules of `idempotency.py` on their own: no server, a database in memory.

`once()` is what every keyed `POST /v1/...` goes through, inside the request's transaction;
`IdempotencyContext` decides which requests are keyed. The server-level stories (a revoked
token, concurrent retries, a kill -9) are in test_sandbox_exactly_once.py and
test_sandbox_protocol.py; these pin each rule with fixed values, in milliseconds.
"""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from rplatform_sandbox.db import Database
from rplatform_sandbox.guard import BODY
from rplatform_sandbox.idempotency import (
    IdempotencyContext,
    KeyedRequest,
    fingerprint,
    once,
    pending,
)
from rplatform_sandbox.problem_types import BASE
from rplatform_sandbox.problems import Problem

T0 = datetime(2025, 7, 15, 12, 0, tzinfo=UTC)
PATH = "/v1/billing/ai-usage"
BODY_1 = b'{"project_id": "proj_123", "input_tokens": 10}'


@pytest.fixture
def conn() -> sqlite3.Connection:
    db = Database()
    db.create(lambda _: None, "2025-07-15T12:00:00Z")
    return db.conn


def keyed(key: str, body: bytes = BODY_1, path: str = PATH) -> KeyedRequest:
    return KeyedRequest(key, fingerprint("POST", path, body))


class Operation:
    """A stand-in operation that counts its runs and writes one row per run."""

    def __init__(self, conn: sqlite3.Connection, answer: Any = None, refusal: Any = None):
        self.conn, self.answer, self.refusal, self.runs = conn, answer, refusal, 0

    def __call__(self) -> tuple[Any, int, dict[str, str]]:
        self.runs += 1
        self.conn.execute("INSERT INTO organizations VALUES (?, 'x', 'y')", (f"org_{self.runs}",))
        if self.refusal is not None:
            raise self.refusal
        return self.answer or ({"id": f"aiu_{self.runs}"}, 201, {"Content-Type": "x"})


def rows(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_a_retry_with_the_same_key_replays_the_first_answer_without_running(
    conn: sqlite3.Connection,
) -> None:
    op = Operation(conn)
    first = once(conn, "usr_123", keyed("k1"), T0, op)
    again = once(conn, "usr_123", keyed("k1"), T0 + timedelta(hours=1), op)
    assert first == ({"id": "aiu_1"}, 201, {"Content-Type": "x"})
    assert again == ({"id": "aiu_1"}, 201, {"Content-Type": "x", "Idempotent-Replayed": "true"})
    assert op.runs == 1 and rows(conn, "organizations") == 1


def test_the_same_key_from_another_caller_runs_again(conn: sqlite3.Connection) -> None:
    op = Operation(conn)
    once(conn, "usr_123", keyed("k1"), T0, op)
    assert once(conn, "usr_456", keyed("k1"), T0, op)[0] == {"id": "aiu_2"}


def test_another_key_runs_again(conn: sqlite3.Connection) -> None:
    op = Operation(conn)
    once(conn, "usr_123", keyed("k1"), T0, op)
    assert once(conn, "usr_123", keyed("k2"), T0, op)[0] == {"id": "aiu_2"}


def test_the_same_key_with_another_body_is_refused_naming_the_key(
    conn: sqlite3.Connection,
) -> None:
    op = Operation(conn)
    once(conn, "usr_123", keyed("k1"), T0, op)
    with pytest.raises(Problem) as refused:
        once(conn, "usr_123", keyed("k1", b'{"input_tokens": 11}'), T0, op)
    assert (refused.value.status_code, refused.value.kind.name) == (422, "idempotency-key-reused")
    assert refused.value.detail == (
        "Idempotency-Key 'k1' was already used with a different request in the last 24 hours;"
        " send a new key for a new request."
    )
    assert op.runs == 1


def test_a_key_is_remembered_for_24_hours_to_the_second(conn: sqlite3.Connection) -> None:
    op = Operation(conn)
    once(conn, "usr_123", keyed("k1"), T0, op)
    late = T0 + timedelta(hours=24)
    assert once(conn, "usr_123", keyed("k1"), late - timedelta(seconds=1), op)[0] == {"id": "aiu_1"}
    assert once(conn, "usr_123", keyed("k1"), late, op)[0] == {"id": "aiu_2"}


def test_storing_an_answer_forgets_only_the_keys_older_than_24_hours(
    conn: sqlite3.Connection,
) -> None:
    op = Operation(conn)
    once(conn, "usr_123", keyed("old"), T0, op)
    once(conn, "usr_123", keyed("recent"), T0 + timedelta(hours=1), op)
    once(conn, "usr_123", keyed("now"), T0 + timedelta(hours=24), op)
    keys = [r[0] for r in conn.execute("SELECT key FROM idempotency ORDER BY created_at")]
    assert keys == ["recent", "now"]
    replay = once(conn, "usr_123", keyed("recent"), T0 + timedelta(hours=24), op)
    assert replay[0] == {"id": "aiu_2"} and op.runs == 3


def test_a_refusal_is_stored_and_its_own_writes_are_undone(conn: sqlite3.Connection) -> None:
    refusal = Problem("deletion-pending", "Already pending.", headers={"X-Why": "pending"})
    op = Operation(conn, refusal=refusal)
    with pytest.raises(Problem) as first:
        once(conn, "usr_123", keyed("k1"), T0, op)
    assert first.value is refusal and refusal.keep_changes  # the stored answer must commit
    assert rows(conn, "organizations") == 0 and rows(conn, "idempotency") == 1
    with pytest.raises(Problem) as replay:
        once(conn, "usr_123", keyed("k1"), T0, op)
    assert op.runs == 1
    assert (replay.value.status_code, replay.value.kind.name) == (409, "deletion-pending")
    assert replay.value.headers == {"X-Why": "pending", "Idempotent-Replayed": "true"}
    assert replay.value.body() == {
        "type": BASE + "deletion-pending",
        "title": "Deletion already pending",
        "status": 409,
        "detail": "Already pending.",
        "instance": "urn:rplatform:request:unknown",
        "errors": [],
    }


def test_a_refusal_that_keeps_its_changes_keeps_them_with_its_record(
    conn: sqlite3.Connection,
) -> None:
    refusal = Problem("wrong-password", "password: wrong.", keep_changes=True)
    with pytest.raises(Problem):
        once(conn, "usr_123", keyed("k1"), T0, Operation(conn, refusal=refusal))
    assert rows(conn, "organizations") == 1 and rows(conn, "idempotency") == 1


@pytest.mark.parametrize("status", [400, 422])
def test_a_stored_validation_refusal_is_replayed_with_its_own_status(
    conn: sqlite3.Connection, status: int
) -> None:
    refusal = Problem("validation-failed", "confirm_text: must be exact.", status=status)
    op = Operation(conn, refusal=refusal)
    with pytest.raises(Problem):
        once(conn, "usr_123", keyed("k1"), T0, op)
    with pytest.raises(Problem) as replay:
        once(conn, "usr_123", keyed("k1"), T0, op)
    assert replay.value.status_code == status
    assert replay.value.detail == "confirm_text: must be exact."


def test_a_stored_success_is_replayed_as_a_success(
    conn: sqlite3.Connection,
) -> None:
    """A 2xx stays a 2xx on replay: only statuses from 400 up are refusals."""
    op = Operation(conn, answer=({"ok": True}, 200, {}))
    once(conn, "usr_123", keyed("k1"), T0, op)
    assert once(conn, "usr_123", keyed("k1"), T0, op) == (
        {"ok": True},
        200,
        {"Idempotent-Replayed": "true"},
    )


def test_the_fingerprint_ignores_key_order_and_spacing() -> None:
    one = fingerprint("POST", PATH, b'{"a": 1, "b": [1, 2]}')
    assert one == fingerprint("POST", PATH, b'{"b":[1,2],"a":1}')


def test_the_fingerprint_is_stable_across_versions() -> None:
    """Stored in the database, which `--db` keeps across restarts and upgrades: a retry after an
    upgrade must still match. SHA-256 of `POST /v1/billing/ai-usage\\n{"a":1,"b":[1,2]}`."""
    assert fingerprint("POST", PATH, b'{"b": [1, 2], "a": 1}') == (
        "d6d102e5ee832110a30d32dc642f52eab3497da58e66230083c3a5d36fdc1b7c"
    )


def test_the_fingerprint_tells_bodies_paths_and_methods_apart() -> None:
    base = fingerprint("POST", PATH, b'{"a": 1}')
    assert base != fingerprint("POST", PATH, b'{"a": 2}')
    assert base != fingerprint("POST", "/v1/billing/customer", b'{"a": 1}')
    assert base != fingerprint("PUT", PATH, b'{"a": 1}')


def test_an_empty_body_has_the_fingerprint_of_null() -> None:
    assert fingerprint("POST", PATH, b"") == fingerprint("POST", PATH, b"null")


def test_a_body_that_is_not_json_is_fingerprinted_as_its_bytes() -> None:
    """Validation refuses it later; the fingerprint must not fail first (a 500)."""
    bad = fingerprint("POST", PATH, b'{"a": ')
    assert len(bad) == 64 and bad != fingerprint("POST", PATH, b'{"a": 1')


def _seen(scope: dict[str, Any]) -> KeyedRequest | None:
    seen: list[Any] = []

    async def app(inner: dict[str, Any], receive: Any, send: Any) -> None:
        assert (inner, receive, send) == (scope, "receive", "send")
        seen.append(pending())

    asyncio.run(IdempotencyContext(app)(scope, "receive", "send"))  # type: ignore[arg-type]
    assert pending() is None  # nothing leaks to the next request
    return seen[0]


def _scope(method: str = "POST", path: str = PATH, key: bytes | None = b"k1") -> dict[str, Any]:
    headers = [(b"content-type", b"application/json")]
    if key is not None:
        headers.append((b"Idempotency-Key", key))
    return {"type": "http", "method": method, "path": path, "headers": headers, BODY: BODY_1}


def test_a_keyed_post_to_the_api_is_noted_with_its_fingerprint() -> None:
    assert _seen(_scope()) == KeyedRequest("k1", fingerprint("POST", PATH, BODY_1))


def test_only_keyed_posts_to_the_api_are_keyed() -> None:
    assert _seen(_scope(key=None)) is None
    assert _seen(_scope(method="PATCH", path="/v1/settings/preferences/appearance")) is None
    assert _seen(_scope(path="/sandbox/login")) is None
