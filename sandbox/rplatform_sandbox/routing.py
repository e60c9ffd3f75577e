"""Methods per path, as the specs document them: 405 and `Allow` before anything else runs.

Starlette tries routes in order and answers 405 with the methods of whichever templated route
matched, so `DELETE /v1/settings/sessions/revoke-all` reached `revokeSession` with the id
"revoke-all", and `OPTIONS /v1/settings/deletion` advertised `GET, HEAD` only. Here each request
path is matched against the documented paths the way OpenAPI says (a concrete path before a
templated one), then:
- a documented method (or HEAD where GET is documented) goes on to connexion;
- OPTIONS is answered 204 with `Allow` listing exactly the documented methods;
- any other method is a 405 problem with the same `Allow`.
Paths that match nothing go on, and connexion answers 404.

Each resource also knows, per method, the query parameters a request log may show the values
of: the documented ones not marked `x-secret: true` (`access_log.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .middleware import ASGIApp, Message, Receive, Send, send_problem
from .problems import Problem

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Resource:
    pattern: re.Pattern[str]
    literal_segments: int
    methods: tuple[str, ...]  # upper case, in the spec's order
    shown_query: dict[str, frozenset[str]] = field(default_factory=dict)  # by method

    @property
    def allow(self) -> bytes:
        return ", ".join(self.methods).encode()


def resources(spec: dict[str, Any], prefix: str = "") -> list[Resource]:
    found = []
    for path, item in spec.get("paths", {}).items():
        segments = (prefix + path).strip("/").split("/")
        regex = "/".join(
            "[^/]+" if segment.startswith("{") else re.escape(segment) for segment in segments
        )
        methods = tuple(method.upper() for method in item if method in METHODS)
        literal = sum(not segment.startswith("{") for segment in segments)
        shown = {
            method.upper(): _public_query(
                spec, [*item.get("parameters", []), *op.get("parameters", [])]
            )
            for method, op in item.items()
            if method in METHODS
        }
        found.append(Resource(re.compile(f"^/{regex}/?$"), literal, methods, shown))
    # Concrete paths first: `/sessions/revoke-all` wins over `/sessions/{session_id}`.
    return sorted(found, key=lambda r: -r.literal_segments)


def _public_query(spec: dict[str, Any], parameters: list[Any]) -> frozenset[str]:
    """Names of the documented query parameters whose values are not secret."""
    names = set()
    for parameter in parameters:
        if "$ref" in parameter:
            parameter = spec["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        secret = parameter.get("x-secret") or parameter.get("schema", {}).get("x-secret")
        if parameter["in"] == "query" and not secret:
            names.add(parameter["name"])
    return frozenset(names)


def load(specs: Iterable[tuple[Path, str]]) -> list[Resource]:
    table: list[Resource] = []
    for path, prefix in specs:
        table.extend(resources(yaml.safe_load(path.read_text(encoding="utf-8")), prefix))
    return sorted(table, key=lambda r: -r.literal_segments)


class MethodRouting:
    def __init__(self, app: ASGIApp, table: list[Resource]) -> None:
        self.app, self.table = app, table

    def match(self, path: str) -> Resource | None:
        return next((r for r in self.table if r.pattern.match(path)), None)

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        resource = self.match(scope["path"]) if scope["type"] == "http" else None
        method = scope.get("method", "")
        if (
            resource is None
            or method in resource.methods
            or (method == "HEAD" and "GET" in resource.methods)
        ):
            await self.app(scope, receive, send)
        elif method == "OPTIONS":
            start = {
                "type": "http.response.start",
                "status": 204,
                "headers": [(b"allow", resource.allow)],
            }
            await send(start)
            await send({"type": "http.response.body", "body": b""})
        else:
            accepted = ", ".join(resource.methods)
            detail = f"{method} is not a method of this path; it accepts {accepted}."
            allow = {"Allow": resource.allow.decode()}
            await send_problem(send, Problem("method-not-allowed", detail, headers=allow))
