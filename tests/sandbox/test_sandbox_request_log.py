"""The request log: a line per request after the banner, what was sent and answered, no secret.

`serve(log=stream)` writes the lines to `stream`; `serve()` alone writes nothing (tests and
notebooks stay quiet); the CLI prints them unless `--quiet`.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
from typing import Any

import httpx
import pytest
from rplatform_sandbox import serve

from .conftest import DEMO_TOKEN, NOW

LINE = re.compile(
    r"^(?P<method>[A-Z]+) (?P<target>\S+) (?P<status>\d{3}) (?P<phrase>[A-Za-z ]*) "
    r"(?P<request_id>req_[0-9a-f]{20}) (?P<ms>\d+\.\d) ms$"
)
AUTH = {"Authorization": f"Bearer {DEMO_TOKEN}"}


def logged(calls: list[tuple[str, str, dict[str, Any]]]) -> tuple[list[str], list[str]]:
    """The lines a sandbox writes for these calls, and the request id of each answer."""
    stream = io.StringIO()
    with serve(now=NOW, seed=1, log=stream) as url, httpx.Client(base_url=url) as client:
        ids = [
            client.request(method, path, **kwargs).headers["x-request-id"]
            for method, path, kwargs in calls
        ]
    return stream.getvalue().splitlines(), ids


def test_a_line_per_request_with_method_target_status_request_id_and_time() -> None:
    lines, ids = logged(
        [
            (
                "GET",
                "/v1/billing/usage",
                {
                    "params": {"organization_id": "org_123", "year": 2025, "month": 6},
                    "headers": AUTH,
                },
            ),
            ("DELETE", "/v1/settings/sessions/session_123", {"headers": AUTH}),
            ("GET", "/v1/settings/preferences", {}),
            ("GET", "/sandbox/health", {}),
        ]
    )
    assert len(lines) == 4
    fields = [LINE.match(line) for line in lines]
    assert all(fields), lines
    assert [
        (m["method"], m["target"], m["status"], m["phrase"], m["request_id"]) for m in fields if m
    ] == [
        ("GET", "/v1/billing/usage?organization_id=org_123&year=2025&month=6", "200", "OK", ids[0]),
        ("DELETE", "/v1/settings/sessions/session_123", "204", "No Content", ids[1]),
        ("GET", "/v1/settings/preferences", "401", "Unauthorized", ids[2]),
        ("GET", "/sandbox/health", "200", "OK", ids[3]),
    ]


def test_no_header_body_or_secret_query_value_is_logged() -> None:
    password = "Zq8HiddenPassword8"
    lines, _ = logged(
        [
            (
                "POST",
                "/v1/settings/password",
                {
                    "json": {"current_password": password, "new_password": password + "x"},
                    "headers": {**AUTH, "Idempotency-Key": "zq-hidden-key"},
                },
            ),
            ("GET", "/sandbox/outbox", {"params": {"to": "zq.hidden@example.com"}}),
            (
                "GET",
                "/v1/billing/status",
                {
                    "params": {"organization_id": "org_123", "api_key": "sk_live_zqhidden"},
                    "headers": AUTH,
                },
            ),
            (
                "GET",
                "/v1/settings/login-history",
                {
                    "params": {"limit": "2", "zq": "line\nbreak"},
                    "headers": AUTH,
                },
            ),
        ]
    )
    text = "\n".join(lines)
    for secret in (password, "zq-hidden-key", "zq.hidden", "sk_live_zqhidden", DEMO_TOKEN):
        assert secret not in text
    assert [line.split(" ")[1] for line in lines] == [
        "/v1/settings/password",
        "/sandbox/outbox?to=…",
        "/v1/billing/status?organization_id=org_123&api_key=…",
        "/v1/settings/login-history?limit=2&zq=…",
    ]
    assert len(lines) == 4  # the line break stayed out of the log


def test_a_path_cannot_break_the_line() -> None:
    lines, _ = logged([("GET", "/v1/settings/sessions/a%0Ab%20c", {"headers": AUTH})])
    assert lines[0].split(" ")[:3] == ["GET", "/v1/settings/sessions/a%0Ab%20c", "405"]


def test_serve_is_quiet_without_a_log(capfd: pytest.CaptureFixture[str]) -> None:
    with serve(now=NOW, seed=1) as url:
        httpx.get(f"{url}/sandbox/health").raise_for_status()
        httpx.get(f"{url}/v1/settings/preferences", headers=AUTH).raise_for_status()
    assert capfd.readouterr() == ("", "")


def _cli(*flags: str) -> list[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "rplatform_sandbox", "--port", "0", "--now", NOW, *flags],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = [process.stdout.readline() for _ in range(4)]
        url = banner[0].split()[-1]
        httpx.get(f"{url}/v1/settings/preferences", headers=AUTH).raise_for_status()
        httpx.get(f"{url}/sandbox/health").raise_for_status()
    finally:
        process.terminate()
        out, _ = process.communicate(timeout=10)
    return out.splitlines()


def test_the_cli_prints_a_line_per_request_after_its_banner() -> None:
    lines = _cli()
    assert [line.split(" ")[:4] for line in lines] == [
        ["GET", "/v1/settings/preferences", "200", "OK"],
        ["GET", "/sandbox/health", "200", "OK"],
    ]
    assert all(LINE.match(line) for line in lines)


def test_the_cli_is_quiet_when_asked() -> None:
    assert _cli("--quiet") == []
