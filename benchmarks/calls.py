"""A small call: `r.billing.get_status(...)` vs `httpx.Client.get(...).json()`.

Both sides run over the same `httpx.MockTransport` serving the same billing-status body, so
the ratio is the SDK's own cost per call (request building, retry loop, parsing into the
`BillingStatus` model) relative to the bare minimum an httpx user pays.
"""

from __future__ import annotations

from bodies import STATUS_PATH, Bodies
from clients import sides
from timing import Row, Settings, paired_calls, time_row

GOAL = 1.1


def measure(bodies: Bodies, settings: Settings) -> list[Row]:
    with sides(STATUS_PATH, bodies.status) as (raw, sdk):
        paired = paired_calls(raw, sdk, settings)
    return [time_row("small call: get_status", paired, GOAL)]
