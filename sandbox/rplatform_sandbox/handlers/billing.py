"""Billing operations: owner status, usage aggregated from stored events, Stripe-style sessions.

Usage is summed over calendar months in UTC from `usage_events`, with `bigsum()` (exact, in
Python integers: no number of rows can overflow it, see `db.py`); see `pricing.py` for how money
is rounded so that line items add up to totals and projects add up to their owner.

Bounds and formats a schema states (`return_url` an http(s) URL, token counts and `cost_cents`
in range) are openapi.yaml's alone: connexion refuses a request that breaks them before a handler
runs.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .. import pagination, pricing
from ..clock import iso, midnight, month_bounds
from ..db import INSERT_USAGE_EVENT
from ..pricing import AI_METER, METERS, Meter
from ..problems import invalid
from .common import Answer, Ctx, Owner, ok, operation, owner_from_body, project_in_scope
from .common import resolve_owner as owner_of

CURRENCY = "usd"


@dataclass
class Totals:
    """Stored quantity and AI micro-cents per meter, for one project or one owner."""

    quantity: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    microcents: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, meter: str, quantity: int, microcents: int) -> None:
        self.quantity[meter] += quantity
        self.microcents[meter] += microcents

    def cost(self, meter: Meter) -> Decimal:
        name = meter.event_name
        return pricing.cost_cents(meter, self.quantity[name], self.microcents[name])

    def figures(self) -> dict[str, Any]:
        """The usage fields shared by UsageSummary and ProjectUsageSummary."""
        out: dict[str, Any] = {}
        for meter in METERS:
            value = pricing.quantity(meter, self.quantity[meter.event_name])
            out[meter.event_name] = pricing.number(value)  # whole tokens: an int
            if meter is AI_METER:
                out["ai_cost_cents"] = pricing.number(self.cost(meter))
        return out

    def rounded_lines(self) -> dict[str, int]:
        return pricing.line_totals({m.event_name: self.cost(m) for m in METERS})


def _projects(ctx: Ctx, owner: Owner) -> list[Any]:
    return ctx.all(
        "SELECT id, name FROM projects WHERE owner_type = ? AND owner_id = ? ORDER BY id",
        owner.type,
        owner.id,
    )


def _usage(ctx: Ctx, owner: Owner, first: date, last: date) -> dict[str, Totals]:
    """Totals per project of the owner between two days, inclusive."""
    per_project: dict[str, Totals] = defaultdict(Totals)
    for row in ctx.all(
        "SELECT e.project_id, e.meter, bigsum(e.quantity) q, bigsum(e.cost_microcents) c"
        " FROM usage_events e JOIN projects p ON p.id = e.project_id"
        " WHERE p.owner_type = ? AND p.owner_id = ? AND e.day BETWEEN ? AND ?"
        " GROUP BY e.project_id, e.meter",
        owner.type,
        owner.id,
        first.isoformat(),
        last.isoformat(),
    ):
        per_project[row["project_id"]].add(row["meter"], int(row["q"]), int(row["c"]))
    return per_project


def _sum(parts: dict[str, Totals]) -> Totals:
    whole = Totals()
    for part in parts.values():
        for meter in METERS:
            name = meter.event_name
            whole.add(name, part.quantity[name], part.microcents[name])
    return whole


def _month(ctx: Ctx, year: int | None, month: int | None) -> tuple[int, int]:
    if year is not None and month is not None:
        return year, month
    if year is None and month is None:
        return ctx.now.year, ctx.now.month
    missing = "month" if month is None else "year"
    raise invalid(
        missing,
        "required",
        "pass year and month together, or neither for the current month.",
    )


@dataclass
class MonthUsage:
    """An owner's usage per project over one calendar month."""

    owner: Owner
    year: int
    month: int
    first: date
    last: date
    per_project: dict[str, Totals]

    @property
    def total(self) -> Totals:
        return _sum(self.per_project)


def _month_usage(
    ctx: Ctx,
    user_id: str | None = None,
    organization_id: str | None = None,
    year: int | None = None,
    month: int | None = None,
) -> MonthUsage:
    """The month-scoped usage operations' query: owner scope, then `year` and `month`."""
    owner = owner_of(ctx, user_id, organization_id)
    year, month = _month(ctx, year, month)
    first, last = month_bounds(year, month)
    return MonthUsage(owner, year, month, first, last, _usage(ctx, owner, first, last))


def _customer(ctx: Ctx, owner: Owner) -> Any:
    return ctx.one(
        "SELECT * FROM customers WHERE owner_type = ? AND owner_id = ?", owner.type, owner.id
    )


def _has_payment_method(customer: Any) -> bool:
    return bool(customer and customer["payment_method_id"])


def _ensure_customer(ctx: Ctx, owner: Owner) -> tuple[Any, bool]:
    """The owner's customer, created on first use; (row, created)."""
    existing = _customer(ctx, owner)
    if existing is not None:
        return existing, False
    # The owner exists (`resolve_owner` checked it), in `users` or `organizations`.
    named = ctx.one(f"SELECT name FROM {owner.type}s WHERE id = ?", owner.id)
    assert named is not None
    ctx.conn.execute(
        "INSERT INTO customers VALUES (?, ?, ?, ?, NULL, ?)",
        (owner.type, owner.id, ctx.new_id("cus"), named["name"], ctx.stamp),
    )
    return _customer(ctx, owner), True


def _subscriptions(ctx: Ctx, owner: Owner) -> list[Any]:
    return ctx.all(
        "SELECT * FROM subscriptions WHERE owner_type = ? AND owner_id = ?"
        " ORDER BY created_at DESC, id",
        owner.type,
        owner.id,
    )


@operation("get")
def get(ctx: Ctx, user_id: str | None = None, organization_id: str | None = None) -> Answer:
    owner = owner_of(ctx, user_id, organization_id)
    customer = _customer(ctx, owner)
    has_pm = _has_payment_method(customer)
    credits = ctx.one(
        "SELECT * FROM credits WHERE owner_type = ? AND owner_id = ?", owner.type, owner.id
    )
    granted, used = (credits["granted_cents"], credits["used_cents"]) if credits else (0, 0)
    return ok(
        {
            "owner_type": owner.type,
            "owner_id": owner.id,
            "currency": CURRENCY,
            "has_payment_method": has_pm,
            "customer": customer
            and {
                "stripe_customer_id": customer["stripe_customer_id"],
                "name": customer["name"],
                "has_payment_method": has_pm,
                "created_at": customer["created_at"],
            },
            "credits": {
                "balance_cents": granted - used,
                "granted_cents": granted,
                "used_cents": used,
                "currency": CURRENCY,
                "expires_at": credits["expires_at"] if credits else None,
            },
            "subscriptions": [
                {
                    "id": s["id"],
                    "status": s["status"],
                    "plan": s["plan"],
                    "current_period_start": s["current_period_start"],
                    "current_period_end": s["current_period_end"],
                    "cancel_at_period_end": False,  # no operation schedules a cancellation
                    "created_at": s["created_at"],
                }
                for s in _subscriptions(ctx, owner)
            ],
        }
    )


@operation("getStatus")
def get_status(ctx: Ctx, user_id: str | None = None, organization_id: str | None = None) -> Answer:
    owner = owner_of(ctx, user_id, organization_id)
    customer = _customer(ctx, owner)
    subscription = next(iter(_subscriptions(ctx, owner)), None)
    return ok(
        {
            "owner_type": owner.type,
            "owner_id": owner.id,
            "has_stripe_account": customer is not None,
            "stripe_customer_id": customer["stripe_customer_id"] if customer else None,
            "stripe_subscription_id": subscription["id"] if subscription else None,
            "status": subscription["status"] if subscription else None,
            "has_payment_method": _has_payment_method(customer),
        }
    )


@operation("canCreateApiKey")
def can_create_api_key(
    ctx: Ctx, user_id: str | None = None, organization_id: str | None = None
) -> Answer:
    customer = _customer(ctx, owner_of(ctx, user_id, organization_id))
    can = _has_payment_method(customer)
    return ok(
        {
            "can_create": can,
            "reason": None if can else "Add a payment method to create API keys.",
        }
    )


@operation("getPeriods")
def get_periods(ctx: Ctx, user_id: str | None = None, organization_id: str | None = None) -> Answer:
    owner = owner_of(ctx, user_id, organization_id)
    per_month: dict[tuple[int, int], Totals] = defaultdict(Totals)
    per_month[(ctx.now.year, ctx.now.month)] = Totals()
    for row in ctx.all(
        "SELECT substr(e.day, 1, 7) ym, e.meter, bigsum(e.quantity) q, bigsum(e.cost_microcents) c"
        " FROM usage_events e JOIN projects p ON p.id = e.project_id"
        " WHERE p.owner_type = ? AND p.owner_id = ? GROUP BY ym, e.meter",
        owner.type,
        owner.id,
    ):
        year, month = (int(part) for part in row["ym"].split("-"))
        per_month[(year, month)].add(row["meter"], int(row["q"]), int(row["c"]))
    periods = []
    for (year, month), totals in sorted(per_month.items(), reverse=True):
        first, last = month_bounds(year, month)
        periods.append(
            {
                "label": f"{calendar.month_name[month]} {year}",
                "year": year,
                "month": month,
                "start_date": first.isoformat(),
                "end_date": last.isoformat(),
                "is_current": (year, month) == (ctx.now.year, ctx.now.month),
                "total_cost_cents": sum(totals.rounded_lines().values()),
                "currency": CURRENCY,
            }
        )
    return ok({"periods": periods})


@operation("getUsage")
def get_usage(ctx: Ctx, **query: Any) -> Answer:
    usage = _month_usage(ctx, **query)
    totals = usage.total
    rounded = totals.rounded_lines()
    line_items = []
    for meter in METERS:
        name = meter.event_name
        line_items.append(
            {
                "name": meter.display_name,
                "meter": name,
                "quantity": pricing.number(pricing.quantity(meter, totals.quantity[name])),
                "unit": meter.unit,
                "unit_price": pricing.number(
                    pricing.unit_price_dollars(
                        meter, totals.quantity[name], totals.microcents[name]
                    )
                ),
                "total_cost": pricing.number(Decimal(rounded[name]) / 100),
            }
        )
    return ok(
        {
            "owner_type": usage.owner.type,
            "owner_id": usage.owner.id,
            "year": usage.year,
            "month": usage.month,
            "period_start": usage.first.isoformat(),
            "period_end": usage.last.isoformat(),
            "currency": CURRENCY,
            **totals.figures(),
            "total_cost_cents": sum(rounded.values()),
            "line_items": line_items,
        }
    )


@operation("getUsageByProject")
def get_usage_by_project(ctx: Ctx, limit: int, cursor: str | None = None, **query: Any) -> Answer:
    after = pagination.decode("projects", cursor, (str,))
    usage = _month_usage(ctx, **query)
    projects = _projects(ctx, usage.owner)
    parts = [usage.per_project.get(p["id"], Totals()) for p in projects]
    owner_lines = usage.total.rounded_lines()
    shares = {
        meter.event_name: pricing.apportion(
            owner_lines[meter.event_name], [part.cost(meter) for part in parts]
        )
        for meter in METERS
    }
    # Shares are apportioned over every project, then the page is cut: pages add up exactly.
    entries = [
        {
            "project_id": project["id"],
            "project_name": project["name"],
            "year": usage.year,
            "month": usage.month,
            **parts[i].figures(),
            "total_cost_cents": sum(shares[m.event_name][i] for m in METERS),
        }
        for i, project in enumerate(projects)
        if after is None or project["id"] > after[0]
    ]
    shown, link = pagination.page("projects", entries, limit, _project_key)
    return ok(shown, headers=link)


def _project_key(entry: dict[str, Any]) -> tuple[str]:
    return (entry["project_id"],)


@operation("getUsageFromMeters")
def get_usage_from_meters(ctx: Ctx, **query: Any) -> Answer:
    usage = _month_usage(ctx, **query)
    totals = usage.total
    start, end = usage.first, usage.last + timedelta(days=1)
    return ok(
        [
            {
                "meter_id": "mtr_" + m.event_name.removesuffix("_hours").removesuffix("_gb"),
                "event_name": m.event_name,
                "display_name": m.display_name,
                "unit": m.unit,
                "aggregated_value": pricing.number(
                    pricing.quantity(m, totals.quantity[m.event_name])
                ),
                "start_time": midnight(start),
                "end_time": midnight(end),
            }
            for m in METERS
        ]
    )


def _day(value: str | None, default: date) -> date:
    """A `format: date` parameter, which connexion has checked (`formats.py`), or `default`."""
    return default if value is None else date.fromisoformat(value)


@operation("getProjectUsage")
def get_project_usage(
    ctx: Ctx, project_id: str, from_: str | None = None, to: str | None = None
) -> Answer:
    project = project_in_scope(ctx, project_id)
    # One bound alone stands for its month: `to` alone starts on the first of its month, `from`
    # alone ends on the last of its month; neither is the current month.
    month_first, month_last = month_bounds(ctx.now.year, ctx.now.month)
    first, last = _day(from_, month_first), _day(to, month_last)
    if from_ is None and to is not None:
        first = last.replace(day=1)
    elif to is None and from_ is not None:
        last = month_bounds(first.year, first.month)[1]
    if first > last:
        raise invalid("to", "minimum", f"{last} is before from ({first}).")
    owner = Owner(project["owner_type"], project["owner_id"])
    totals = _usage(ctx, owner, first, last).get(project_id, Totals())
    return ok(
        [
            {
                "item": m.display_name,
                "meter": m.event_name,
                "units": pricing.number(pricing.quantity(m, totals.quantity[m.event_name])),
                "unit_type": m.unit,
                "cost_cents": pricing.number(totals.cost(m)),
            }
            for m in METERS
            if totals.quantity[m.event_name]
        ]
    )


@operation("createCheckoutSession")
def create_checkout_session(ctx: Ctx, body: dict[str, Any]) -> Answer:
    owner = owner_from_body(ctx, body)
    return_url = body["return_url"]
    _ensure_customer(ctx, owner)
    session_id = ctx.sandbox.ids.new("cs_test", 24)
    expires = iso(ctx.now + timedelta(hours=24))
    ctx.conn.execute(
        "INSERT INTO checkout_sessions VALUES (?, ?, ?, ?, ?, ?, NULL)",
        (session_id, owner.type, owner.id, return_url, ctx.stamp, expires),
    )
    return ok(
        {
            "session_id": session_id,
            "url": f"https://checkout.stripe.com/c/pay/{session_id}",
            "return_url": return_url,
            "expires_at": expires,
        },
        201,
    )


@operation("createPortalSession")
def create_portal_session(ctx: Ctx, body: dict[str, Any]) -> Answer:
    owner = owner_from_body(ctx, body)
    return_url = body["return_url"]
    _ensure_customer(ctx, owner)
    session_id = ctx.sandbox.ids.new("bps", 24)
    ctx.conn.execute(
        "INSERT INTO portal_sessions VALUES (?, ?, ?, ?, ?)",
        (session_id, owner.type, owner.id, return_url, ctx.stamp),
    )
    return ok(
        {
            "session_id": session_id,
            "url": f"https://billing.stripe.com/p/session/{session_id}",
            "return_url": return_url,
            "created_at": ctx.stamp,
        },
        201,
    )


@operation("ensureCustomer")
def ensure_customer(ctx: Ctx, body: dict[str, Any] | None = None) -> Answer:
    customer, created = _ensure_customer(ctx, owner_from_body(ctx, body or {}))
    return ok(
        {
            "stripe_customer_id": customer["stripe_customer_id"],
            "is_new": created,
            "created_at": customer["created_at"],
        },
        201 if created else 200,
    )


def _cost_microcents(cents: float | int) -> int:
    """`cost_cents` (the schema bounds it: 0 to 10^9) in whole microcents, rounded half up."""
    exact = Decimal(str(cents))
    return int((exact * pricing.MICRO).to_integral_value(rounding=ROUND_HALF_UP))


@operation("recordAiUsage")
def record_ai_usage(ctx: Ctx, body: dict[str, Any]) -> Answer:
    project = project_in_scope(ctx, body["project_id"])
    tokens = {k: body.get(k, 0) for k in ("input_tokens", "output_tokens", "reasoning_tokens")}
    microcents = _cost_microcents(body["cost_cents"])
    total = sum(tokens.values())
    record_id = ctx.new_id("aiu")
    ctx.conn.execute(
        "INSERT INTO ai_usage VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (record_id, project["id"], *tokens.values(), microcents, body["provider_model"], ctx.stamp),
    )
    ctx.conn.execute(
        INSERT_USAGE_EVENT,
        (
            project["id"],
            AI_METER.event_name,
            total,
            microcents,
            ctx.now.date().isoformat(),
            ctx.stamp,
        ),
    )
    return ok(
        {
            "id": record_id,
            "project_id": project["id"],
            **tokens,
            "total_tokens": total,
            "cost_cents": pricing.number(Decimal(microcents) / pricing.MICRO),
            "provider_model": body["provider_model"],
            "recorded_at": ctx.stamp,
        },
        201,
    )
