"""Schemathesis hooks for the sandbox run (loaded with SCHEMATHESIS_HOOKS).

- `Idempotency-Key`: a fresh key for every generated call. The spec documents that one key reused
  with another body is a 422, so a generator that happens to draw the same key twice would
  report a documented refusal as "valid data rejected".
- Query rules OpenAPI 3.0 cannot state for parameters (they are in the parameters'
  descriptions, and the body schemas state the first with `not: {required: [...]}`): never
  `user_id` with `organization_id`, `year` and `month` together, `from` not after `to`, and
  a `cursor` only as a previous page's `Link` gave it (a made-up one is a documented 400).
- `iana-time-zone`: the strategy for the custom format of `timezone`, the names of the tz database.
"""

from __future__ import annotations

import uuid
import zoneinfo
from typing import Any

import schemathesis
from hypothesis import strategies as st

schemathesis.openapi.format(
    "iana-time-zone", st.sampled_from(sorted(zoneinfo.available_timezones()))
)


def respecting_rules(query: dict[str, Any]) -> dict[str, Any]:
    query.pop("cursor", None)
    if "user_id" in query and "organization_id" in query:
        del query["user_id"]
    if ("year" in query) != ("month" in query):
        query.pop("year", None)
        query.pop("month", None)
    start, end = query.get("from"), query.get("to")
    if isinstance(start, str) and isinstance(end, str) and start > end:
        query["from"], query["to"] = end, start
    return query


@schemathesis.hook
def filter_query(context: Any, query: dict[str, Any] | None) -> bool:
    if not query:
        return True
    if "user_id" in query and "organization_id" in query:
        return False
    if ("year" in query) != ("month" in query):
        return False
    start, end = query.get("from"), query.get("to")
    return not (isinstance(start, str) and isinstance(end, str) and start > end)


@schemathesis.hook
def before_call(context: Any, case: Any, **kwargs: Any) -> None:
    meta = case.meta
    if case.query and meta is not None and meta.generation.mode.is_positive:
        # The examples and coverage phases combine documented examples without the hook above.
        case.query = respecting_rules(dict(case.query))
    headers = case.headers or {}
    key = next((name for name in headers if name.lower() == "idempotency-key"), None)
    value = headers.get(key) if key else None
    if isinstance(value, str) and 1 <= len(value) <= 255 and value.isprintable():
        headers[key] = f"st-{uuid.uuid4()}"
        case.headers = headers
