"""What every handler shares: registration, the per-request context, JSON answers, owner scope.

A handler is `def op(ctx: Ctx, **params)`; `@operation("opId")` opens the request's single
transaction, removes the accounts whose deletion is due (`accounts.purge_due`), builds `ctx`
(caller, session, clock) and returns whatever the handler returns, with `X-Request-Id` (set
here, inside connexion, so that its response validation sees the header the spec requires).
For a `POST /v1/...` with an Idempotency-Key, the stored answer is replayed instead, or the
handler's answer is stored in that same transaction (`idempotency.once`).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .. import accounts, idempotency, request_context
from ..clock import iso
from ..problems import Problem, invalid
from ..state import Sandbox, current

JSON = {"Content-Type": "application/json"}
Answer = tuple[Any, int, dict[str, str]]
REGISTRY: dict[str, Callable[..., Any]] = {}


@dataclass
class Ctx:
    """One request: its sandbox, its open transaction, its instant, and the caller."""

    sandbox: Sandbox
    conn: sqlite3.Connection
    now: datetime
    user_id: str | None = None
    session_id: str | None = None

    @property
    def stamp(self) -> str:
        return iso(self.now)

    def new_id(self, prefix: str) -> str:
        return self.sandbox.ids.new(prefix)

    def one(self, sql: str, *args: Any) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute(sql, args).fetchone()
        return row

    def all(self, sql: str, *args: Any) -> list[sqlite3.Row]:
        return self.conn.execute(sql, args).fetchall()

    @property
    def user(self) -> str:
        assert self.user_id is not None
        return self.user_id


def operation(operation_id: str) -> Callable[[Callable[..., Answer]], Callable[..., Answer]]:
    """Register a handler for `operation_id`, run inside one transaction."""

    def register(func: Callable[..., Answer]) -> Callable[..., Answer]:
        def handler(**kwargs: Any) -> Answer:
            info = kwargs.pop("token_info", None) or {}
            kwargs.pop("user", None)
            sandbox = current()
            with sandbox.db.transaction() as conn:
                now = sandbox.clock.now()
                accounts.purge_due(conn, now)
                ctx = Ctx(sandbox, conn, now, info.get("sub"), info.get("session_id"))
                keyed = idempotency.pending()
                if keyed is None or ctx.user_id is None:
                    body, status, headers = func(ctx, **kwargs)
                else:
                    run = functools.partial(func, ctx, **kwargs)
                    body, status, headers = idempotency.once(conn, ctx.user_id, keyed, now, run)
            # After `once`: a replay carries this request's id, not the stored one's.
            return body, status, {**headers, request_context.HEADER: request_context.request_id()}

        # Not functools.wraps: connexion would read `func`'s parameters through `__wrapped__`
        # and pass neither `token_info` nor the rest as keywords.
        handler.__name__ = func.__name__  # pragma: no mutate (registered at import)
        handler.__doc__ = func.__doc__  # pragma: no mutate (registered at import)
        REGISTRY[operation_id] = handler  # pragma: no mutate (registered at import)
        return func

    return register


def ok(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Answer:
    return body, status, {**JSON, **(headers or {})}


def no_content() -> Answer:
    return None, 204, {}


@dataclass(frozen=True)
class Owner:
    type: str  # "user" | "organization"
    id: str


def resolve_owner(ctx: Ctx, user_id: str | None, organization_id: str | None) -> Owner:
    """The billing owner a call is scoped to; 400 for both, 403 outside the caller's reach."""
    if user_id is not None and organization_id is not None:
        raise invalid(
            "organization_id",
            "not",
            "pass either user_id or organization_id, not both.",
        )
    if organization_id is not None:
        member = ctx.one(
            "SELECT 1 FROM memberships WHERE organization_id = ? AND user_id = ?",
            organization_id,
            ctx.user,
        )
        if member is None:
            raise Problem(
                "not-a-member", f"You are not a member of organization {organization_id}."
            )
        return Owner("organization", organization_id)
    if user_id is not None and user_id != ctx.user:
        raise Problem(
            "forbidden", f"user_id {user_id} is not you; you may only see your own billing."
        )
    return Owner("user", ctx.user)


def owner_from_body(ctx: Ctx, body: dict[str, Any]) -> Owner:
    return resolve_owner(ctx, body.get("user_id"), body.get("organization_id"))


def project_in_scope(ctx: Ctx, project_id: str) -> sqlite3.Row:
    """A project of the caller (personal or of one of their organizations), else 404."""
    row = ctx.one(
        "SELECT p.* FROM projects p WHERE p.id = ?"
        " AND ((p.owner_type = 'user' AND p.owner_id = ?)"
        " OR (p.owner_type = 'organization'"
        " AND p.owner_id IN (SELECT organization_id FROM memberships WHERE user_id = ?)))",
        project_id,
        ctx.user,
        ctx.user,
    )
    if row is None:
        raise Problem("not-found", f"No project {project_id} in your scope.")
    return row
