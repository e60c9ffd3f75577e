"""The price table and the money arithmetic, exact from end to end.

Quantities are stored as integers in a meter's `scale` (thousandths of an hour or of a GB-month;
whole tokens), AI cost as integer micro-cents. Costs are `Decimal` cents until they are shown:

- a line item's `total_cost` is its exact cost rounded half-up to the cent (in dollars), and an
  owner's `total_cost_cents` is the sum of those rounded line items, so they add up to the cent;
- a project's `total_cost_cents` is its share of each rounded line item, apportioned by largest
  remainder, so the projects add up to the owner's total exactly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

MICRO = Decimal(1_000_000)


@dataclass(frozen=True)
class Meter:
    event_name: str  # also the usage field name, e.g. "sandbox_compute_hours"
    display_name: str
    unit: str
    scale: int  # stored integer units per displayed unit
    cents_per_unit: Decimal | None  # None: the cost is recorded with the usage (AI)


METERS: tuple[Meter, ...] = (
    Meter("sandbox_compute_hours", "Sandbox compute", "hours", 1000, Decimal(5)),
    Meter("database_compute_hours", "Database compute", "hours", 1000, Decimal(2)),
    Meter("database_storage_gb", "Database storage", "GB-months", 1000, Decimal("12.5")),
    Meter("storage_gb", "Object storage", "GB-months", 1000, Decimal("2.3")),
    Meter("ai_tokens", "AI tokens", "tokens", 1, None),
    Meter("deployment_compute_hours", "Deployment compute", "hours", 1000, Decimal(4)),
)
METER_BY_NAME = {meter.event_name: meter for meter in METERS}
AI_METER = METER_BY_NAME["ai_tokens"]


def quantity(meter: Meter, stored: int) -> Decimal:
    """A stored integer quantity in the meter's display unit."""
    return Decimal(stored) / meter.scale


def cost_cents(meter: Meter, stored_quantity: int, ai_cost_microcents: int = 0) -> Decimal:
    """The exact cost in cents of a quantity of one meter."""
    if meter.cents_per_unit is None:
        return Decimal(ai_cost_microcents) / MICRO
    return quantity(meter, stored_quantity) * meter.cents_per_unit


def round_cents(cents: Decimal) -> int:
    return int(cents.to_integral_value(rounding=ROUND_HALF_UP))


def unit_price_dollars(meter: Meter, stored_quantity: int, ai_cost_microcents: int) -> Decimal:
    """Dollars per unit; for AI, the average price per token of the recorded usage."""
    if meter.cents_per_unit is not None:
        return meter.cents_per_unit / 100
    if stored_quantity == 0:
        return Decimal(0)
    per_token = Decimal(ai_cost_microcents) / MICRO / 100 / stored_quantity
    # "1e-12" and "1E-12" are the same Decimal.
    return per_token.quantize(Decimal("1e-12"), rounding=ROUND_HALF_UP)  # pragma: no mutate (above)


def apportion(total: int, shares: Sequence[Decimal]) -> list[int]:
    """Split `total` whole cents in proportion to exact `shares` (largest remainder method)."""
    whole = sum(shares)
    if whole == 0:
        return [0] * len(shares)
    exact = [total * share / whole for share in shares]
    floors = [int(value) for value in exact]  # shares and total are non-negative
    left = total - sum(floors)
    by_remainder = sorted(range(len(shares)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in by_remainder[:left]:
        floors[i] += 1
    return floors


def number(value: Decimal) -> float | int:
    """A Decimal as a JSON number: an int when whole, else a float of its shortest form."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def line_totals(costs: Mapping[str, Decimal]) -> dict[str, int]:
    """Rounded cents per meter, from exact costs per meter."""
    return {name: round_cents(cost) for name, cost in costs.items()}
