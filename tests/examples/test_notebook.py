"""The examples run against a fresh in-process sandbox: the notebook, executed by nbclient in a
kernel of this interpreter, and the script. In the notebook, list results render as tables."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbformat
import pytest
import rplatform_sandbox
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NOTEBOOK = EXAMPLES / "quickstart.ipynb"
# A fixed clock: the same data, periods and expiry dates on every run.
NOW = "2025-07-15T12:00:00Z"


@pytest.fixture
def sandbox_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """A fresh sandbox, and an environment (also this process's) that points the examples at it
    and makes the kernel named python3 run this interpreter, whatever the user has installed."""
    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    kernel = {"argv": argv, "display_name": "Python 3 (tests)", "language": "python"}
    (spec / "kernel.json").write_text(json.dumps(kernel))
    with rplatform_sandbox.serve(now=NOW, seed=7) as base_url:
        env = {
            "RPLATFORM_BASE_URL": base_url,
            "RPLATFORM_API_KEY": "sk_test_sandbox",
            "JUPYTER_PATH": str(tmp_path / "jupyter"),  # searched before the user's kernels
            "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
            "IPYTHONDIR": str(tmp_path / "ipython"),
        }
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        yield {**os.environ, **env}


def code_cells(notebook: Any) -> list[Any]:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def test_notebook_is_committed_without_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    for cell in code_cells(notebook):
        assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


def test_notebook_runs_and_renders_list_results_as_tables(
    sandbox_env: dict[str, str], tmp_path: Path
) -> None:
    assert KernelSpecManager().get_kernel_spec("python3").argv[0] == sys.executable
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook, kernel_name="python3", timeout=120, resources={"metadata": {"path": tmp_path}}
    )
    client.execute()  # raises CellExecutionError on the first cell that fails

    cells = code_cells(notebook)
    outputs = [output for cell in cells for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    tables = [cell for cell in cells if "table" in cell.metadata.get("tags", [])]
    assert len(tables) >= 6  # line items, projects, project usage, periods, sessions, history
    for cell in tables:
        html = [o.data["text/html"] for o in cell.outputs if "text/html" in o.get("data", {})]
        assert html and "<table" in html[0], f"no HTML table for: {cell.source}"
    text = "".join(o.get("text", "") for o in outputs) + "".join(
        o.get("data", {}).get("text/plain", "") for o in outputs
    )
    assert "Checkout URL: https://checkout.stripe.com/" in text
    assert "Email address changed." in text
    assert "BillingStatus(owner_type=" in text  # the model's own repr, shown by a bare cell
    assert "Unset" not in text and " at 0x" not in text


def test_quickstart_script_prints_every_documented_example(sandbox_env: dict[str, str]) -> None:
    run = subprocess.run(
        [sys.executable, str(EXAMPLES / "quickstart.py")],
        env=sandbox_env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    out = run.stdout
    expected = [
        r"^trialing$",  # status.status of org_123
        r"^Sandbox compute: [\d.]+h$",
        r"^AI cost: \$\d+\.\d\d$",
        r"^Total: \$\d+\.\d\d$",
        r"^ Sandbox compute: [\d.]+ hours = \$\d+\.\d\d$",  # a line item
        r"^Website:$",
        r"^ AI tokens: \d+$",
        r"^Sandbox compute: [\d.]+ hours$",  # an item of proj_123's usage
        r"^June 2025 \(2025-6\)$",
        r"^Add a payment method to create API keys$",
        r"^Checkout URL: https://checkout\.stripe\.com/\S+$",
        r"^Session ID: cs_test_\w+$",
        r"^Portal URL: https://billing\.stripe\.com/\S+$",
        r"^cus_123$",
        r"^Notifications: \{'in_app': True, 'push': True, 'email': True\}$",
        r"^ Current: True — Expires: ",
        r"^Revoked 2 other sessions$",
        r"^Verification email sent to the new address\.$",
        r"^Email address changed\.$",
        r"^Scheduled for: 2025-08-14 12:00:00\+00:00$",
        r"^Requested: True$",
        r"^Grace period ends: 2025-08-14 12:00:00\+00:00$",
        r"^2025-07-10 12:00:00\+00:00 — 192\.0\.2\.99 — FAILED$",
        r"^Registered ptk_\w+ \(expo, unique-device-id\)$",
        r"^Every documented example ran\.$",
    ]
    missing = [p for p in expected if not re.search(p, out, re.MULTILINE)]
    assert not missing, f"missing {missing} in:\n{out}"
    assert "sk_test_sandbox" not in out and "newSecurePassword456" not in out
