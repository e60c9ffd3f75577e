"""One line per request, as development servers print them: what a script sent, and the answer.

    GET /v1/billing/usage?organization_id=org_123&year=2025&month=6 200 OK req_4283fefc63f0cd 3.1 ms

The method, the path and query, the status, the request id (`X-Request-Id`, also the problem's
`instance`) and the time the server took. A query value is shown only for a parameter that the
specs document for that path and method and do not mark `x-secret: true`; any other value (an
undocumented parameter, an email address, a key pasted into the URL by mistake) is shown as `…`.
Never a header, never a body. Characters that could break the line are percent-encoded.
"""

from __future__ import annotations

import time
from http import HTTPStatus
from typing import TextIO
from urllib.parse import parse_qsl, quote

from .middleware import ASGIApp, Message, Receive, Send
from .request_context import HEADER
from .routing import Resource

HIDDEN = "…"
# What stays readable in a logged path or query value; the rest is percent-encoded.
SAFE = "/:@!$'()*+,;=-._~"


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


class RequestLog:
    """Writes a line to `stream` for each HTTP request, once its answer has been sent."""

    def __init__(self, app: ASGIApp, table: list[Resource], stream: TextIO) -> None:
        self.app, self.table, self.stream = app, table, stream

    def target(self, method: str, path: str, query: str) -> str:
        resource = next((r for r in self.table if r.pattern.match(path)), None)
        shown = resource.shown_query.get(method, frozenset()) if resource else frozenset()
        pairs = [
            f"{quote(name, safe=SAFE)}={quote(value, safe=SAFE) if name in shown else HIDDEN}"
            for name, value in parse_qsl(query, keep_blank_values=True)
        ]
        return quote(path, safe=SAFE) + ("?" + "&".join(pairs) if pairs else "")

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status, request_id = 0, "-"

        async def noting(message: Message) -> None:
            nonlocal status, request_id
            if message["type"] == "http.response.start":
                status = int(message["status"])
                wanted = HEADER.lower().encode()
                found = [v for k, v in message.get("headers", []) if k.lower() == wanted]
                request_id = found[0].decode("latin-1") if found else "-"
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                self.write(scope, status, request_id, time.perf_counter() - started)

        await self.app(scope, receive, noting)

    def write(self, scope: Message, status: int, request_id: str, seconds: float) -> None:
        method = str(scope["method"])
        query = scope.get("query_string", b"").decode("latin-1")
        target = self.target(method, str(scope["path"]), query)
        line = f"{method} {target} {status} {_phrase(status)} {request_id} {seconds * 1000:.1f} ms"
        self.stream.write(line + "\n")
        self.stream.flush()
