"""The request being served, for every layer that answers it: its id and its target.

`SandboxContext` (middleware.py) draws one id per request and sets it here before anything else
runs; it is sent as `X-Request-Id` on every response and is the `instance` of every problem
(`urn:rplatform:request:<id>`), so a user quoting either one points at the same request. The
target (path and query string) is what a paginated list's `Link` header starts from.
Context variables follow the request into connexion's worker threads.
"""

from __future__ import annotations

from contextvars import ContextVar

HEADER = "X-Request-Id"
_REQUEST_ID: ContextVar[str] = ContextVar("rplatform_request_id", default="unknown")
_TARGET: ContextVar[tuple[str, str]] = ContextVar("rplatform_request_target", default=("/", ""))


def begin(request_id: str, path: str = "/", query: str = "") -> None:
    _REQUEST_ID.set(request_id)
    _TARGET.set((path, query))


def target() -> tuple[str, str]:
    """The request's path and raw query string."""
    return _TARGET.get()


def request_id() -> str:
    return _REQUEST_ID.get()


def instance() -> str:
    """The problem `instance` of this request: a URN carrying its request id."""
    return f"urn:rplatform:request:{request_id()}"
