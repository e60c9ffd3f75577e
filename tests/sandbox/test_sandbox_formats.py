"""`formats.py`: RFC 3339 instants and dates, time zones, URIs, addresses; nothing optional.

The server-level checks of each format field are in tests/contract/test_formats.py; here the
checker's edge cases, the handler reading what the checker lets through, and the reason it
exists: jsonschema checks `date-time` only when rfc3339-validator happens to be installed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime

import pytest
from rplatform_sandbox.clock import parse_instant
from rplatform_sandbox.formats import FORMAT_CHECKER


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("2025-06-15T12:00:00Z", True),
        ("2025-06-15t12:00:00z", True),  # RFC 3339 allows both cases
        ("2025-06-15T12:00:00.5-03:30", True),
        ("2025-12-31T23:59:60Z", True),  # a leap second
        ("2026-01-01T00:59:60+01:00", True),  # the same leap second, in UTC+1
        ("2025-12-31T23:59:60+01:00", False),  # 22:59:60 UTC
        ("2025-06-15T23:58:60Z", False),
        ("2025-06-15T12:00:00", False),
        ("2025-06-15", False),
        ("2025-06-15T12:00Z", False),
        ("2025-06-15T12:00:00+0200", False),
        ("2025-06-15T12:00:00+02:60", False),
        ("2025-06-15T12:60:00Z", False),
        ("2025-13-15T12:00:00Z", False),
        ("2025-06-15T12:00:00Z ", False),
        ("", False),
        (20250615, True),  # not a string: `type` says what is wrong, not `format`
    ],
)
def test_date_time_is_rfc_3339(value: object, valid: bool) -> None:
    assert FORMAT_CHECKER.conforms(value, "date-time") is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("2025-06-01", True),
        ("2024-02-29", True),
        ("2025-02-29", False),
        ("20250601", False),
        ("2025-W23-1", False),
        ("2025-152", False),
        ("2025-06-01T00:00:00Z", False),
        ("", False),
    ],
)
def test_date_is_an_rfc_3339_full_date(value: str, valid: bool) -> None:
    assert FORMAT_CHECKER.conforms(value, "date") is valid


@pytest.mark.parametrize(
    ("format_", "value", "valid"),
    [
        ("iana-time-zone", "Europe/Paris", True),
        ("iana-time-zone", "europe/paris", False),
        ("uri", "https://a.example/x?y#z", True),
        ("uri", "mailto:someone@example.com", True),
        ("uri", "https://a.example/with space", False),
        ("email", "a@b.example", True),
        ("email", "a.b.example", False),
    ],
)
def test_the_other_formats(format_: str, value: str, valid: bool) -> None:
    assert FORMAT_CHECKER.conforms(value, format_) is valid


@pytest.mark.parametrize(
    ("text", "instant"),
    [
        ("2025-06-15t12:00:00z", datetime(2025, 6, 15, 12, tzinfo=UTC)),
        ("2025-12-31T23:59:60Z", datetime(2025, 12, 31, 23, 59, 59, tzinfo=UTC)),
        ("2025-12-31T18:59:60-05:00", datetime(2025, 12, 31, 23, 59, 59, tzinfo=UTC)),
    ],
)
def test_the_clock_reads_every_instant_the_format_accepts(text: str, instant: datetime) -> None:
    assert parse_instant(text) == instant


def test_date_times_are_checked_without_rfc3339_validator() -> None:
    """A fresh `pip install rplatform[sandbox]` has no rfc3339-validator: "" was accepted."""
    script = textwrap.dedent(
        """
        import sys
        sys.modules["rfc3339_validator"] = None  # as if it were not installed
        import httpx
        from rplatform_sandbox import serve
        event = {"project_id": "proj_123", "meter": "storage_gb", "quantity": 1}
        with serve(now="2025-07-15T12:00:00Z") as url:
            for stamp in ("", "2025-06-15"):
                body = {"events": [{**event, "timestamp": stamp}]}
                answer = httpx.post(f"{url}/sandbox/usage-events", json=body)
                codes = [error["code"] for error in answer.json().get("errors", [])]
                print(answer.status_code, *codes)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.split("\n") == ["422 format", "422 format", ""]
