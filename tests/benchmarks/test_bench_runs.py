"""The benchmark script runs end to end with tiny iteration counts and prints its table.

Never a timed assertion: figures depend on the machine; `nox -s bench` is where they come from.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]

ROWS = [
    "| import rplatform vs import httpx |",
    "| import + client + first get_status |",
    "| small call: get_status |",
    "| get_usage_by_project, 2,000 projects: time |",
    "| get_login_history, 100 rows: time |",
    "| get_login_history, 10,000 rows: time |",
    "| get_usage_by_project, 2,000 projects: peak memory |",
    "| get_usage_by_project, 2,000 projects: memory held by the result |",
    "| get_login_history, 100 rows: peak memory |",
    "| get_login_history, 10,000 rows: peak memory |",
    "| get_login_history, 10,000 rows: memory held by the result |",
    "| get_login_history, a loop over 100 entries (1 page): peak memory |",
    "| get_login_history, a loop over 10,000 entries (100 pages): peak memory |",
    "| a loop's peak memory, 10,000 entries over 100 |",
    "| 16 threads sharing one client: get_status, time per call (1) |",
]
SCALING_ROWS = ["| 10 |", "| 100 |", "| 1,000 |", "| 10,000 |"]
LOOPBACK_ROWS = [
    "| loopback: connections for 20 sequential calls (2) | 1 | 1 |",
    "| loopback: get_status calls per second (3) |",
]
# The 16-thread row's verdict: every call answered and parsed right, none lost.
THREADS_OK = "| 0 errors | ok |"


def test_bench_script_prints_every_row(tmp_path: Path) -> None:
    output = tmp_path / "RESULTS.md"
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--output", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    expected = list(ROWS)
    if importlib.util.find_spec("rplatform_sandbox") is not None:
        expected += LOOPBACK_ROWS
    lines = result.stdout.splitlines()
    table = [line for line in lines if line.startswith("| ") and line.count("|") == 8]
    for row in expected:
        assert any(line.startswith(row) for line in table), f"missing row {row!r}"
    threads = next(line for line in table if "16 threads" in line)
    assert threads.endswith(THREADS_OK), threads
    scaling = [line for line in lines if line.startswith("| ") and line.count("|") == 6]
    assert [line.split("|")[1].strip() for line in scaling[1:]] == [
        row.strip("| ") for row in SCALING_ROWS
    ]
    assert "(1) calls made (raw / rplatform): 80 / 80; errors: 0 / 0" in result.stdout
    assert result.stdout.strip() in output.read_text(encoding="utf-8")
    assert "- machine: " in result.stdout and "- command: " in result.stdout


def test_breakdown_script_prints_its_four_variants() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "breakdown.py"), "100", "--quick"],
        cwd=ROOT / "benchmarks",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    assert [row.split("|")[1].strip() for row in rows] == [
        "json.loads + from_dicts (the SDK)",
        "the SDK, collector paused",
        "json.loads + unchecked loop (the floor)",
        "the floor, collector paused",
    ]
    assert all(row.endswith("x |") for row in rows)
