"""Schemathesis against a live sandbox: every phase, every check, two users who must not meet.

The CLI runs the examples, coverage, fuzzing and stateful phases (the stateful one follows the
OpenAPI `links` of openapi.yaml) with `--checks all`: no server error, status codes, content
types, headers and bodies as documented, valid data accepted (`positive_data_acceptance`),
invalid data refused, `Allow` on 405 and OPTIONS, authentication enforced, and object-level
authorization between `demo` (sk_test_sandbox's user) and `other`, both logged in through
`/sandbox/login` (schemathesis_run/wfc-auth.json, peers in schemathesis_run/schemathesis.toml).
Bounded (5 examples per operation and phase, seed 1) to stay within about a minute on 2 cores.
The hooks (schemathesis_run/rplatform_hooks.py) give each call a fresh Idempotency-Key and keep
positive cases within the query rules OpenAPI 3.0 cannot state for parameters.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from _support import load_spec, operations
from rplatform_sandbox import serve
from rplatform_sandbox.app import spec_path

from .conftest import NOW

HERE = Path(__file__).resolve().parent / "schemathesis_run"
PHASES = "examples,coverage,fuzzing,stateful"


@pytest.mark.slow
def test_all_phases_and_all_checks_pass() -> None:
    with serve(now=NOW, seed=11) as url:
        env = {**os.environ, "SCHEMATHESIS_HOOKS": "rplatform_hooks", "PYTHONPATH": str(HERE)}
        run = subprocess.run(
            [
                sys.executable, "-m", "schemathesis.cli",
                "--config-file", str(HERE / "schemathesis.toml"),
                "run", str(spec_path()), "--url", url,
                "--checks", "all", "--phases", PHASES,
                "--max-examples", "5", "--seed", "1", "--workers", "1", "--no-color",
            ],
            env=env,
            cwd=HERE,
            capture_output=True,
            text=True,
            timeout=540,
        )  # fmt: skip
    summary = run.stdout[run.stdout.find("SUMMARY") :]
    assert run.returncode == 0, run.stdout[-20000:] + run.stderr[-2000:]
    assert f"Tested: {len(list(operations(load_spec())))}" in summary
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in summary, summary
