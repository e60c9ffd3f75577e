"""The ASGI layers around connexion, outermost first.

1. `SandboxContext`: makes this server's `Sandbox` current, draws the request's id
   (`request_context`, reproducible with `--seed`) and stamps it as `X-Request-Id` on every
   response that does not carry it yet (handlers' answers already do). A 204 leaves without
   `Content-Type`: it has no content (RFC 9110), but connexion labels an operation's empty
   answer with the one media type the operation declares, `application/problem+json`.
2. `FaultInjection`: the `X-Sandbox-Fault` header (see `faults.py`).
3. `Idempotency`: the `Idempotency-Key` store (see `idempotency.py`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from . import faults, request_context
from .problems import PROBLEM_JSON, Problem, invalid
from .state import Sandbox, activate

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Message, Receive, Send], Awaitable[None]]
NO_CONTENT = 204


def header(scope: Message, name: str) -> str | None:
    wanted = name.lower().encode()
    for key, value in scope.get("headers", []):
        if key.lower() == wanted:
            return str(value.decode("latin-1"))
    return None


def is_api_call(scope: Message) -> bool:
    return scope["type"] == "http" and str(scope["path"]).startswith("/v1/")


async def send_bytes(
    send: Send, status: int, body: bytes, content_type: str, extra: list[tuple[bytes, bytes]]
) -> None:
    headers = [
        (b"content-type", content_type.encode()),
        (b"content-length", str(len(body)).encode()),
        *extra,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def send_problem(send: Send, problem: Problem, *, close: bool = False) -> None:
    """A problem answered by a layer in front of connexion; `close` ends the connection (413)."""
    headers = [
        (name.lower().encode(), value.encode())
        for name, value in problem.response_headers().items()
    ]
    if close:
        headers.append((b"connection", b"close"))
    await send_bytes(send, problem.status, problem.content(), PROBLEM_JSON, headers)


class SandboxContext:
    def __init__(self, app: ASGIApp, sandbox: Sandbox) -> None:
        self.app, self.sandbox = app, sandbox

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        activate(self.sandbox)
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = self.sandbox.ids.request_id()
        query = scope.get("query_string", b"").decode("latin-1")
        request_context.begin(request_id, scope["path"], query)
        stamp = (request_context.HEADER.lower().encode(), request_id.encode())

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if message["status"] == NO_CONTENT:
                    headers = [(k, v) for k, v in headers if k.lower() != b"content-type"]
                if not any(key.lower() == stamp[0] for key, _ in headers):
                    headers.append(stamp)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_id)


class FaultInjection:
    def __init__(self, app: ASGIApp, sandbox: Sandbox) -> None:
        self.app, self.book = app, sandbox.faults

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        text = header(scope, faults.HEADER) if is_api_call(scope) else None
        if text is None:
            await self.app(scope, receive, send)
            return
        try:
            fault = faults.parse(text)
        except faults.FaultSyntaxError as exc:
            await send_problem(send, invalid(faults.HEADER_NAME, "format", str(exc)))
            return
        call = (
            scope["method"],
            scope["path"],
            scope.get("query_string", b"").decode("latin-1"),
            header(scope, "idempotency-key") or "",
        )
        if not self.book.should_fail(fault, call):
            await self.app(scope, receive, send)
            return
        if fault.kind == "500-after-commit":
            await self.app(scope, receive, _discard)
            detail = "Injected fault: the request was processed and committed, then failed."
            await send_problem(send, Problem("internal", detail))
            return
        status = int(fault.kind)
        detail = f"Injected fault {status}; retry after {fault.retry_after} second(s)."
        kind = "rate-limited" if status == 429 else "unavailable"
        retry_after = {"Retry-After": str(fault.retry_after)}
        await send_problem(send, Problem(kind, detail, headers=retry_after))


async def _discard(message: Message) -> None:
    return None
