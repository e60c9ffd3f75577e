"""A small call: `r.billing.get_status(...)` vs `httpx.Client.get(...).json()`.

Both sides run over the same `httpx.MockTransport` serving the same billing-status body, so
the ratio is the SDK's own cost per call (request building, retry loop, parsing into the
`BillingStatus` model) relative to the bare minimum an httpx user pays.
"""

from __future__ import annotations

from bodies import Bodies
from clients import BASE_URL, raw_calls, raw_client, sdk_calls, sdk_client, transport
from timing import Row, Settings, per_call_medians, time_row

GOAL = 1.5


def measure(bodies: Bodies, settings: Settings) -> list[Row]:
    mock = transport(bodies.by_path)
    with raw_client(BASE_URL, mock) as http, sdk_client(BASE_URL, mock) as client:
        medians = per_call_medians(
            {"raw": raw_calls(http)["status"], "sdk": sdk_calls(client)["status"]},
            number=settings.small_calls,
            rounds=settings.rounds,
        )
    return [time_row("small call: get_status", medians["raw"], medians["sdk"], GOAL)]
