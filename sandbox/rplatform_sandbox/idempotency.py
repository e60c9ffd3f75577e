"""The Idempotency-Key store, as ASGI middleware in front of every `POST /v1/...`.

The first response to a key is stored (per bearer token) with a fingerprint of the request
(method, path, JSON body with key order ignored). Within 24 hours:
- the same key and fingerprint replays that status, body and Content-Type, without running the
  operation again (the replay carries `Idempotent-Replayed: true`);
- the same key with another fingerprint is refused with 422.
Concurrent calls with one key are serialised, so the second waits and replays. Responses that
did not run the operation (401, 429, 5xx) are not stored.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from datetime import timedelta
from typing import Any

from .clock import iso
from .middleware import ASGIApp, Message, Receive, Send, header, is_api_call, send_problem
from .state import Sandbox

WINDOW = timedelta(hours=24)
NOT_STORED = frozenset({401, 429})


def fingerprint(method: str, path: str, body: bytes) -> str:
    try:
        canonical = json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode()
    except ValueError:
        canonical = body
    return hashlib.sha256(method.encode() + b" " + path.encode() + b"\n" + canonical).hexdigest()


async def read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


class Idempotency:
    def __init__(self, app: ASGIApp, sandbox: Sandbox) -> None:
        self.app, self.sandbox = app, sandbox
        self._locks: dict[tuple[str, str], asyncio.Lock] = {}

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        key = header(scope, "idempotency-key")
        if not (is_api_call(scope) and scope["method"] == "POST" and key):
            await self.app(scope, receive, send)
            return
        body = await read_body(receive)
        owner = hashlib.sha256((header(scope, "authorization") or "").encode()).hexdigest()
        request_print = fingerprint(scope["method"], scope["path"], body)
        lock = self._locks.setdefault((owner, key), asyncio.Lock())
        async with lock:
            stored = self._lookup(owner, key)
            if stored is not None:
                if stored["fingerprint"] != request_print:
                    detail = (
                        f"Idempotency-Key {key!r} was already used with a different request "
                        "in the last 24 hours; send a new key for a new request."
                    )
                    await send_problem(send, 422, detail)
                    return
                extra = [(k.encode(), v.encode()) for k, v in json.loads(stored["headers"])]
                extra.append((b"idempotent-replayed", b"true"))
                await send(
                    {"type": "http.response.start", "status": stored["status"], "headers": extra}
                )
                await send({"type": "http.response.body", "body": stored["body"]})
                return
            status, headers, response_body = await self._run(scope, body, send)
            if status < 500 and status not in NOT_STORED:
                self._store(owner, key, request_print, status, headers, response_body)

    async def _run(
        self, scope: Message, body: bytes, send: Send
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        """Run the operation with the buffered body; pass its response on and keep a copy."""
        sent = False
        captured: dict[str, Any] = {"status": 500, "headers": [], "body": []}

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                captured["status"] = message["status"]
                captured["headers"] = [
                    (k.decode("latin-1"), v.decode("latin-1"))
                    for k, v in message.get("headers", [])
                    if k.lower() in (b"content-type", b"location", b"content-length")
                ]
            elif message["type"] == "http.response.body":
                captured["body"].append(message.get("body", b""))
            await send(message)

        await self.app(scope, replay, capture)
        return captured["status"], captured["headers"], b"".join(captured["body"])

    def _lookup(self, owner: str, key: str) -> Any:
        since = iso(self.sandbox.clock.now() - WINDOW)
        with self.sandbox.db.transaction() as conn:
            return conn.execute(
                "SELECT * FROM idempotency WHERE scope = ? AND key = ? AND created_at > ?",
                (owner, key, since),
            ).fetchone()

    def _store(
        self, owner: str, key: str, request_print: str, status: int, headers: Any, body: bytes
    ) -> None:
        with self.sandbox.db.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO idempotency VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    owner,
                    key,
                    request_print,
                    status,
                    json.dumps(headers),
                    body,
                    iso(self.sandbox.clock.now()),
                ),
            )
