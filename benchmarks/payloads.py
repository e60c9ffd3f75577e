"""Large payloads: time and peak memory of the 2,000-project and 100-row responses.

`get_usage_by_project` (2,000 projects) and `get_login_history(limit=100)` against raw httpx
`get(...).json()`, over the same `httpx.MockTransport` and the same bytes. The SDK returns
generated attrs models (dates parsed into `datetime`), raw httpx returns dicts: the ratios are
the price of typed results. Memory is the tracemalloc peak of one call on each side.
"""

from __future__ import annotations

from bodies import Bodies
from clients import BASE_URL, raw_calls, raw_client, sdk_calls, sdk_client, transport
from timing import Row, Settings, fmt_bytes, peak_bytes, per_call_medians, time_row

TIME_GOAL = 2.5
MEMORY_GOAL = 3.0

LABELS = {
    "projects": "get_usage_by_project, 2,000 projects",
    "logins": "get_login_history, 100 rows",
}


def measure(bodies: Bodies, settings: Settings) -> list[Row]:
    mock = transport(bodies.by_path)
    rows = []
    with raw_client(BASE_URL, mock) as http, sdk_client(BASE_URL, mock) as client:
        raw, sdk = raw_calls(http), sdk_calls(client)
        for key, label in LABELS.items():
            medians = per_call_medians(
                {"raw": raw[key], "sdk": sdk[key]},
                number=settings.large_calls,
                rounds=settings.rounds,
                warmup=2,
            )
            rows.append(time_row(f"{label}: time", medians["raw"], medians["sdk"], TIME_GOAL))
        for key, label in LABELS.items():
            raw_peak, sdk_peak = peak_bytes(raw[key]), peak_bytes(sdk[key])
            rows.append(
                Row(
                    f"{label}: peak memory",
                    fmt_bytes(raw_peak),
                    fmt_bytes(sdk_peak),
                    sdk_peak / raw_peak,
                    MEMORY_GOAL,
                )
            )
    return rows
