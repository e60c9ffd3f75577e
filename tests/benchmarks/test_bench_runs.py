"""The benchmark script runs end to end with tiny iteration counts and prints its table.

Never a timed assertion: figures depend on the machine; `nox -s bench` is where they come from.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ROWS = [
    "| import rplatform vs import httpx |",
    "| import + client + first get_status (1) |",
    "| small call: get_status |",
    "| get_usage_by_project, 2,000 projects: time |",
    "| get_login_history, 100 rows: time |",
    "| get_usage_by_project, 2,000 projects: peak memory |",
    "| get_login_history, 100 rows: peak memory |",
]
LOOPBACK_ROWS = [
    "| loopback: connections for 20 sequential calls (2) | 1 | 1 |",
    "| loopback: get_status calls per second (3) |",
]


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
    table = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    for row in expected:
        assert any(line.startswith(row) for line in table), f"missing row {row!r}"
    assert all(line.count("|") == 7 for line in table)
    assert result.stdout.strip() in output.read_text(encoding="utf-8")
    assert "- machine: " in result.stdout and "- command: " in result.stdout
