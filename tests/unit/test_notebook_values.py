"""Values as a notebook has them: numpy and pandas scalars, Decimal, datetimes.

They are accepted where they are exact, and sent exactly: a numpy integer as an int, a
Decimal with its own digits (never rounded through a float), a Timestamp or datetime64 as its
date. Refused by name only when they cannot be represented: NaN, NaT, a fraction where a whole
number is expected, a value out of range. numpy and pandas stay optional: importing rplatform
and calling it imports neither.
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import pytest
import rplatform
from _support import AI_USAGE
from facade_mock import AI_USAGE_BODY, Recorder, ok, refused

Make = Callable[..., Recorder]


def sent_body(rec: Recorder) -> bytes:
    return bytes(rec.requests[-1].content)


@pytest.mark.parametrize(
    ("year", "month"),
    [
        (np.int64(2025), np.int32(6)),
        (np.uint16(2025), np.int8(6)),
        (2025.0, np.float64(6.0)),
        (Decimal("2025"), Decimal("6.000")),
        (pd.Series([2025])[0], pd.Series([6])[0]),
    ],
    ids=["numpy ints", "small numpy ints", "whole floats", "decimals", "pandas cells"],
)
def test_whole_numbers_of_any_kind_are_sent_as_ints(recorder: Make, year: Any, month: Any) -> None:
    rec = recorder(ok([]))
    rec.client.billing.get_usage_by_project(organization_id="org_123", year=year, month=month)
    assert rec.requests[0].url.query == b"organization_id=org_123&year=2025&month=6"


def test_numpy_integers_in_a_body_are_sent_as_json_ints(recorder: Make) -> None:
    rec = recorder(ok(AI_USAGE_BODY, 201))
    counts = {"input_tokens": np.int64(1500), "output_tokens": np.int32(800),
              "reasoning_tokens": np.uint64(200)}  # fmt: skip
    rec.client.billing.record_ai_usage(**{**AI_USAGE, **counts})
    body = json.loads(sent_body(rec))
    assert (body["input_tokens"], body["output_tokens"], body["reasoning_tokens"]) == (
        1500,
        800,
        200,
    )


@pytest.mark.parametrize(
    ("cost", "text"),
    [
        (Decimal("0.05"), b'"cost_cents":0.05,'),
        (Decimal("0.1000000000000000055511151231257827"),
         b'"cost_cents":0.1000000000000000055511151231257827,'),
        (Decimal("12345678.123456789"), b'"cost_cents":12345678.123456789,'),
        (Decimal("1E+3"), b'"cost_cents":1E+3,'),
        (Decimal("-0"), b'"cost_cents":-0,'),
        (np.float64(0.05), b'"cost_cents":0.05,'),
        (np.int64(3), b'"cost_cents":3,'),
        (0.05, b'"cost_cents":0.05,'),
    ],
)  # fmt: skip
def test_a_decimal_is_sent_with_its_own_digits(recorder: Make, cost: Any, text: bytes) -> None:
    rec = recorder(ok(AI_USAGE_BODY, 201))
    rec.client.billing.record_ai_usage(**{**AI_USAGE, "cost_cents": cost})
    body = sent_body(rec)
    assert text in body
    decoded = json.loads(body, parse_float=Decimal)
    assert decoded["cost_cents"] == Decimal(str(cost))
    assert rec.requests[0].headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (pd.Timestamp("2025-06-01"), pd.Timestamp("2025-06-30 23:59")),
        (np.datetime64("2025-06-01"), np.datetime64("2025-06-30T12:00")),
        (datetime.datetime(2025, 6, 1, 8), datetime.date(2025, 6, 30)),
        (pd.Timestamp("2025-06-01 01:00", tz="Pacific/Auckland"), "2025-06-30"),
    ],
    ids=["pandas", "numpy", "datetime", "aware timestamp: its own calendar date"],
)
def test_dates_of_any_kind_are_sent_as_iso_dates(recorder: Make, start: Any, end: Any) -> None:
    rec = recorder(ok([]))
    rec.client.billing.get_project_usage("proj_123", from_=start, to=end)
    assert rec.requests[0].url.query == b"from=2025-06-01&to=2025-06-30"


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda r: r.billing.get_usage(year=np.float64(2025.5), month=6),
         ValueError, "year must be a whole number, got "),
        (lambda r: r.billing.get_usage(year=2025, month=Decimal("6.5")),
         ValueError, "month must be a whole number, got Decimal('6.5')"),
        (lambda r: r.billing.get_usage(year=np.float64("nan"), month=6),
         ValueError, "year must be a whole number, got "),
        (lambda r: r.billing.get_usage(year=np.int64(2101), month=6),
         ValueError, "year must be <= 2100"),
        (lambda r: r.billing.get_usage(year=2025, month=np.bool_(True)),
         TypeError, "month must be an int, not bool"),
        (lambda r: r.billing.get_usage(year=2025, month=pd.NA),
         TypeError, "month must be an int, not NAType"),
        (lambda r: r.settings.get_login_history(limit=np.int64(0)),
         ValueError, "limit must be >= 1"),
        (lambda r: r.billing.record_ai_usage(**{**AI_USAGE, "cost_cents": Decimal("NaN")}),
         ValueError, "cost_cents must be a finite number, got Decimal('NaN')"),
        (lambda r: r.billing.record_ai_usage(**{**AI_USAGE, "cost_cents": Decimal("sNaN")}),
         ValueError, "cost_cents must be a finite number"),
        (lambda r: r.billing.record_ai_usage(**{**AI_USAGE, "cost_cents": Decimal("1e400")}),
         ValueError, "cost_cents must be <= 1000000000"),
        (lambda r: r.billing.record_ai_usage(**{**AI_USAGE, "cost_cents": np.float32("inf")}),
         ValueError, "cost_cents must be a finite number"),
        (lambda r: r.billing.record_ai_usage(**{**AI_USAGE, "input_tokens": np.float64(1.5)}),
         ValueError, "input_tokens must be a whole number"),
        (lambda r: r.billing.get_project_usage("proj_123", from_=pd.NaT),
         ValueError, "from_ must be a date, got NaT"),
        (lambda r: r.billing.get_project_usage("proj_123", to=np.datetime64("NaT")),
         ValueError, "to must be a date, got NaT"),
        (lambda r: r.billing.get_project_usage("proj_123", to=np.datetime64("20000-01-01")),
         ValueError, "to must be a date between years 1 and 9999"),
        (lambda r: r.billing.get_project_usage("proj_123", to=np.int64(20250630)),
         TypeError, "to must be a datetime.date or an ISO date string, not int64"),
    ],
)  # fmt: skip
def test_values_that_cannot_be_represented_are_refused_by_name(
    recorder: Make, call: Callable[[rplatform.Client], object], error: type, message: str
) -> None:
    refused(recorder(ok({})), call, error, message)


def test_numpy_and_pandas_stay_optional() -> None:
    code = """
import sys, httpx, rplatform
body = {"owner_type": "organization", "owner_id": "o", "has_stripe_account": False,
        "stripe_customer_id": None, "stripe_subscription_id": None, "status": None,
        "has_payment_method": False}
def answer(request):
    return httpx.Response(200, json=[] if "/projects/" in request.url.path else body)
http = httpx.Client(transport=httpx.MockTransport(answer))
r = rplatform.Client("sk_test", base_url="https://api.test", http_client=http)
r.billing.get_status(organization_id="o")
r.billing.get_project_usage("p", from_="2025-06-01")

print(sorted(m for m in ("numpy", "pandas") if m in sys.modules))
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.stdout.strip() == "[]", run.stderr
