"""Idempotency-Key: a POST with a key acts at most once per caller, across retries and crashes.

The key's record is written in the SAME SQLite transaction as the operation's effects, by the
handler wrapper (`handlers/common.operation`), so they commit together or not at all: a kill -9
at any moment leaves either both (the retry replays) or neither (the retry acts, once). And
because the wrapper runs after connexion's authentication and validation, a revoked or expired
token gets 401 and a malformed request 400 before any stored answer is looked at.

- `IdempotencyContext` (ASGI, in front of connexion) only notes the key and a fingerprint of
  the request (method, path, JSON body with key order ignored) for the wrapper;
- within 24 hours, the same caller (user) with the same key and fingerprint gets the stored
  status and body again, with `Idempotent-Replayed: true`, and nothing runs;
- the same key with another fingerprint (another body, or another endpoint) is refused with 422.
What is stored is what the operation answered: its result, or the refusal it raised (403 for a
wrong password, 409, ...) as its whole problem body and headers (a replay repeats it exactly,
`instance` included: it names the request that acted); the refusal's own effects are rolled
back to a savepoint first unless it keeps them (the failed-login entry), so only the stored
answer commits. Answers that never
ran the operation (400 validation, 401, 415, 429, 5xx) are not stored.

Concurrent calls with one key need no lock of their own: every operation runs in one serialised
`BEGIN IMMEDIATE` transaction (`db.py`), so the second call finds the first one's record and
replays it. Nothing is kept per key in memory.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from . import jsonbody
from .clock import iso
from .guard import BODY
from .middleware import ASGIApp, Message, Receive, Send, header, is_api_call
from .problem_types import BASE
from .problems import Problem

WINDOW = timedelta(hours=24)
REPLAYED = "Idempotent-Replayed"
Answer = tuple[Any, int, dict[str, str]]


@dataclass(frozen=True)
class KeyedRequest:
    key: str
    fingerprint: str


_PENDING: ContextVar[KeyedRequest | None] = ContextVar("rplatform_idempotency", default=None)


def pending() -> KeyedRequest | None:
    """The Idempotency-Key of the request being handled, if it is a keyed `POST /v1/...`."""
    return _PENDING.get()


def fingerprint(method: str, path: str, body: bytes) -> str:
    try:
        value = jsonbody.parse(body) if body else None
        canonical = json.dumps(value, sort_keys=True, separators=(",", ":")).encode()
    except jsonbody.BodyError:  # refused later by validation; never stored
        canonical = body
    return hashlib.sha256(method.encode() + b" " + path.encode() + b"\n" + canonical).hexdigest()


class IdempotencyContext:
    """Notes the key and the request's fingerprint; the handler wrapper does the rest."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        key = header(scope, "idempotency-key")  # pragma: no mutate (case-blind)
        keyed = None
        if key and is_api_call(scope) and scope["method"] == "POST":
            body = scope[BODY]  # RequestGuard buffered every POST's body
            keyed = KeyedRequest(key, fingerprint(scope["method"], scope["path"], body))
        token = _PENDING.set(keyed)
        try:
            await self.app(scope, receive, send)
        finally:
            _PENDING.reset(token)


def once(
    conn: Any, caller: str, request: KeyedRequest, now: datetime, run: Callable[[], Answer]
) -> Answer:
    """Replay the caller's stored answer for this key, or run the operation and store its answer.

    Runs inside the request's transaction: the record commits with the effects or not at all.
    """
    stored = conn.execute(
        "SELECT * FROM idempotency WHERE scope = ? AND key = ? AND created_at > ?",
        (caller, request.key, iso(now - WINDOW)),
    ).fetchone()
    if stored is not None:
        return _replay(stored, request)
    conn.execute("SAVEPOINT operation")
    try:
        answer = run()
    except Problem as refusal:
        if not refusal.keep_changes:
            conn.execute("ROLLBACK TO operation")
        conn.execute("RELEASE operation")
        headers = dict(refusal.headers or {})
        _store(conn, caller, request, now, refusal.status, headers, refusal.body())
        refusal.keep_changes = True  # commit the stored refusal (its effects are undone above)
        raise
    conn.execute("RELEASE operation")
    body, status, headers = answer
    _store(conn, caller, request, now, status, headers, body)
    return answer


def _store(
    conn: Any,
    caller: str,
    request: KeyedRequest,
    now: datetime,
    status: int,
    headers: dict[str, str],
    body: Any,
) -> None:
    conn.execute("DELETE FROM idempotency WHERE created_at <= ?", (iso(now - WINDOW),))
    conn.execute(
        "INSERT OR REPLACE INTO idempotency VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            caller,
            request.key,
            request.fingerprint,
            status,
            json.dumps(headers),
            json.dumps(body).encode(),
            iso(now),
        ),
    )


def _replay(stored: Any, request: KeyedRequest) -> Answer:
    if stored["fingerprint"] != request.fingerprint:
        raise Problem(
            "idempotency-key-reused",
            f"Idempotency-Key {request.key!r} was already used with a different request in the"
            " last 24 hours; send a new key for a new request.",
        )
    status, body = stored["status"], json.loads(stored["body"])
    headers = {**json.loads(stored["headers"]), REPLAYED: "true"}
    if status >= 400:
        refusal = Problem(
            body["type"].removeprefix(BASE), body["detail"], status=status, headers=headers
        )
        refusal.stored_body = body
        raise refusal
    return body, status, headers
