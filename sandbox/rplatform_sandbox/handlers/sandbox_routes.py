"""The sandbox-only helper routes of `sandbox.yaml` (no bearer token needed).

health, reset, the outbox of sent emails, completing a checkout, ingesting metered usage,
logging in to create a session, a long login history at once, and moving the clock forward.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from ..clock import iso, parse_instant
from ..db import INSERT_USAGE_EVENT
from ..ids import token_digest
from ..passwords import verify_password
from ..pricing import METER_BY_NAME, MICRO
from ..problems import Problem, invalid
from ..state import current
from .common import REGISTRY, Answer, Ctx, ok, operation
from .settings import record_login

SESSION_DAYS = 30


@operation("sandboxHealth")
def health(ctx: Ctx) -> Answer:
    return ok(
        {
            "status": "ok",
            "now": ctx.stamp,
            "deterministic": ctx.sandbox.clock.deterministic,
            "seed": ctx.sandbox.ids.seed,
        }
    )


def reset() -> Answer:
    """Not in a transaction of its own: it rebuilds the database."""
    sandbox = current()
    sandbox.reset()
    return ok({"status": "reset", "now": iso(sandbox.clock.now())})


REGISTRY["sandboxReset"] = reset


@operation("sandboxOutbox")
def outbox(ctx: Ctx, to: str | None = None) -> Answer:
    rows = ctx.all(
        "SELECT * FROM outbox WHERE ? IS NULL OR lower(to_address) = lower(?) ORDER BY seq DESC",
        to,
        to,
    )
    return ok(
        {
            "emails": [
                {
                    "id": r["id"],
                    "to": r["to_address"],
                    "subject": r["subject"],
                    "body": r["body"],
                    "token": r["token"],
                    "sent_at": r["sent_at"],
                }
                for r in rows
            ]
        }
    )


@operation("sandboxCompleteCheckout")
def complete_checkout(ctx: Ctx, session_id: str) -> Answer:
    checkout = ctx.one("SELECT * FROM checkout_sessions WHERE id = ?", session_id)
    if checkout is None:
        raise Problem("not-found", f"No checkout session {session_id}.")
    owner = (checkout["owner_type"], checkout["owner_id"])
    customer = ctx.one("SELECT * FROM customers WHERE owner_type = ? AND owner_id = ?", *owner)
    assert customer is not None  # created with the checkout session
    payment_method = customer["payment_method_id"] or ctx.new_id("pm")
    if checkout["completed_at"] is None:
        ctx.conn.execute(
            "UPDATE checkout_sessions SET completed_at = ? WHERE id = ?", (ctx.stamp, session_id)
        )
        ctx.conn.execute(
            "UPDATE customers SET payment_method_id = ? WHERE owner_type = ? AND owner_id = ?",
            (payment_method, *owner),
        )
        ctx.conn.execute(
            "UPDATE subscriptions SET status = 'active' WHERE owner_type = ? AND owner_id = ?"
            " AND status IN ('trialing', 'incomplete', 'past_due')",
            owner,
        )
    return ok(
        {
            "session_id": session_id,
            "status": "complete",
            "payment_method_id": payment_method,
            "completed_at": checkout["completed_at"] or ctx.stamp,
        }
    )


def _event(ctx: Ctx, index: int, event: dict[str, Any]) -> tuple[Any, ...]:
    where = f"events[{index}]"
    meter = METER_BY_NAME.get(event["meter"])
    if meter is None:
        message = f"{event['meter']!r} is not one of {sorted(METER_BY_NAME)}."
        raise invalid(f"{where}.meter", "enum", message)
    if ctx.one("SELECT 1 FROM projects WHERE id = ?", event["project_id"]) is None:
        raise Problem("not-found", f"No project {event['project_id']}.")
    # sandbox.yaml bounds both (at most 10^12 units, 10^9 cents): at most 10^15 stored per event.
    quantity = Decimal(str(event["quantity"])) * meter.scale
    cost = Decimal(str(event.get("cost_cents", 0))) * MICRO
    try:
        when = ctx.now if event.get("timestamp") is None else parse_instant(event["timestamp"])
    except ValueError as exc:
        raise invalid(f"{where}.timestamp", "format", f"{exc}; send an ISO 8601 time.") from None
    return (
        event["project_id"],
        meter.event_name,
        int(quantity),
        int(cost),  # read for ai_tokens only: the other meters' cost follows from quantity
        when.date().isoformat(),
        iso(when),
    )


@operation("sandboxIngestUsage")
def ingest_usage(ctx: Ctx, body: dict[str, Any]) -> Answer:
    rows = [_event(ctx, i, event) for i, event in enumerate(body["events"])]
    ctx.conn.executemany(INSERT_USAGE_EVENT, rows)
    return ok({"ingested": len(rows)}, 201)


@operation("sandboxLogin")
def login(ctx: Ctx, body: dict[str, Any]) -> Answer:
    agent = body.get("user_agent") or "rplatform-sandbox-login"
    ip = body.get("ip_address") or "127.0.0.1"
    user = ctx.one("SELECT * FROM users WHERE lower(email) = lower(?)", body["email"])
    ok_password = user is not None and verify_password(body["password"], user["password_hash"])
    if user is not None:
        record_login(ctx, user["id"], ip, agent, None if ok_password else "wrong_password")
    if user is None or not ok_password:
        raise Problem("unauthenticated", "Wrong email or password.", keep_changes=True)
    token = ctx.sandbox.ids.secret("sk_test")
    session_id = ctx.new_id("session")
    expires = iso(ctx.now + timedelta(days=SESSION_DAYS))
    ctx.conn.execute(
        "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
        (session_id, user["id"], token_digest(token), agent, ip, ctx.stamp, ctx.stamp, expires),
    )
    return ok(
        {"token": token, "session_id": session_id, "user_id": user["id"], "expires_at": expires},
        201,
    )


@operation("sandboxAddLoginHistory")
def add_login_history(ctx: Ctx, body: dict[str, Any]) -> Answer:
    user = ctx.one("SELECT id FROM users WHERE lower(email) = lower(?)", body["email"])
    if user is None:
        raise Problem("not-found", "No user with this email address.")
    count = body["count"]
    for i in range(count):
        at = iso(ctx.now - timedelta(seconds=count - 1 - i))
        record_login(ctx, user["id"], "127.0.0.1", "rplatform-sandbox-bulk", at=at)
    return ok({"added": count}, 201)


@operation("sandboxAdvanceClock")
def advance_clock(ctx: Ctx, body: dict[str, Any]) -> Answer:
    try:
        now = ctx.sandbox.clock.advance(int(body["seconds"]))
    except ValueError as exc:
        raise invalid("seconds", "maximum", f"{exc}.") from None
    return ok({"now": iso(now)})
