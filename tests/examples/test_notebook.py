"""The examples run against a fresh in-process sandbox: the notebook, executed by nbclient in a
kernel of this interpreter, and the script. In the notebook, list results render as tables
(text left, numbers right) and single models as field/value tables, as a user sees them."""

from __future__ import annotations

import contextlib
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


@contextlib.contextmanager
def sandbox_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, str]]:
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


@pytest.fixture
def sandbox_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    with sandbox_environment(tmp_path, monkeypatch) as env:
        yield env


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Any]]:
    """The quickstart's code cells, executed once (by the tests of this module) in a kernel."""
    tmp_path = tmp_path_factory.mktemp("notebook")
    with pytest.MonkeyPatch.context() as monkeypatch, sandbox_environment(tmp_path, monkeypatch):
        assert KernelSpecManager().get_kernel_spec("python3").argv[0] == sys.executable
        notebook = nbformat.read(NOTEBOOK, as_version=4)
        client = NotebookClient(
            notebook, kernel_name="python3", timeout=120, resources={"metadata": {"path": tmp_path}}
        )
        client.execute()  # raises CellExecutionError on the first cell that fails
        yield code_cells(notebook)


def code_cells(notebook: Any) -> list[Any]:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def test_notebook_is_committed_without_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    for cell in code_cells(notebook):
        assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


def html_of(cell: Any) -> str:
    found = [o.data["text/html"] for o in cell.outputs if "text/html" in o.get("data", {})]
    assert found, f"no HTML output for: {cell.source}"
    return str(found[0])


# One row of a model's field/value table, and one cell (or header) of a table, as rendered.
FIELD_ROW = re.compile(r'<tr><th style="([^"]*)"[^>]*>(.*?)</th><td style="([^"]*)">(.*?)</td>')
HEADER = re.compile(r'<th style="([^"]*)"(?: title="[^"]*")?>(.*?)</th>')
CELL = re.compile(r'<td style="([^"]*)">(.*?)</td>')


def test_notebook_runs_and_renders_list_results_as_tables(executed: list[Any]) -> None:
    outputs = [output for cell in executed for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    tables = [cell for cell in executed if "table" in cell.metadata.get("tags", [])]
    # line items, projects, project usage, an empty one, periods, sessions, history
    assert len(tables) >= 7
    for cell in tables:
        assert "<table" in html_of(cell), f"no HTML table for: {cell.source}"
    text = "".join(o.get("text", "") for o in outputs) + "".join(
        o.get("data", {}).get("text/plain", "") for o in outputs
    )
    assert "Checkout URL: https://checkout.stripe.com/" in text
    assert "Email address changed." in text
    assert "BillingStatus(\n    owner_type='organization',\n" in text  # text repr: a field a line
    assert "Unset" not in text and " at 0x" not in text and "<OwnerType" not in text
    assert "Returns:\n        ModelList[ProjectUsageItem]" in text  # help() of a method
    assert "additional_properties" not in text


def test_a_single_model_renders_as_a_field_value_table(executed: list[Any]) -> None:
    status, info = (cell for cell in executed if "model" in cell.metadata.get("tags", []))
    view = html_of(status)
    assert view.startswith('<table class="rplatform-model">') and "BillingStatus</caption>" in view
    rows = FIELD_ROW.findall(view)
    assert [(name, value) for _, name, _, value in rows] == [
        ("owner_type", "organization"), ("owner_id", "org_123"), ("has_stripe_account", "True"),
        ("stripe_customer_id", "cus_123"), ("stripe_subscription_id", "sub_123"),
        ("status", "trialing"), ("has_payment_method", "False"),
    ]  # fmt: skip
    assert all("text-align:left" in head and "text-align:left" in cell for head, _, cell, _ in rows)
    assert "additional_properties" not in view
    nested = {name: head for head, name, _, _ in FIELD_ROW.findall(html_of(info))}
    assert "padding-left:0.5em" in nested["credits"]
    assert "padding-left:2.0em" in nested["balance_cents"]  # indented under credits
    assert "credits_" not in html_of(info)


def test_a_table_aligns_text_left_and_numbers_right(executed: list[Any]) -> None:
    projects = next(cell for cell in executed if cell.source.startswith("projects = "))
    view = html_of(projects)
    head = view.split("</thead>", 1)[0]
    headers = [(style, name.replace("<wbr>", "")) for style, name in HEADER.findall(head)][1:]
    names = [name for _, name in headers]
    assert names[:2] == ["project_id", "project_name"] and names[-1] == "total_cost_cents"
    assert "additional_properties" not in view
    first = CELL.findall(view.split("<tbody>", 1)[1].split("</tr>", 1)[0])
    row = {name: cell for name, cell in zip(names, first, strict=True)}
    aligned = {name: style for style, name in headers}
    for name in ("project_id", "project_name"):
        assert "text-align:left" in row[name][0] and "text-align:left" in aligned[name]
    for name in ("sandbox_compute_hours", "ai_tokens", "ai_cost_cents", "total_cost_cents"):
        assert "text-align:right" in row[name][0] and "text-align:right" in aligned[name]
        assert re.fullmatch(r"\d+(\.\d+)?", row[name][1]), row[name]
    assert row["project_name"][1] == "Website"
    empty = next(cell for cell in executed if cell.source.startswith("nothing = "))
    assert "0 \N{MULTIPLICATION SIGN} ProjectUsageItem" in html_of(empty)


def test_the_whole_login_history_is_counted_and_its_tables_say_what_they_leave_out(
    executed: list[Any],
) -> None:
    newest = next(cell for cell in executed if cell.source == "history")
    assert "Cut at limit=10: the API has more." in html_of(newest)
    whole = next(cell for cell in executed if cell.source.startswith("everything = "))
    view = html_of(whole)
    assert "LoginHistoryEntry: the first 100, more follow" in view
    assert "list(...), .to_list() and .to_pandas() read them all" in view
    printed = "".join(o.get("text", "") for cell in executed for o in cell.outputs)
    assert "262 sign-ins, 50 failed" in printed  # every page: the first 100 have 20


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
        r"^262 sign-ins, 50 failed; failed per address:$",  # every page, not the first 100
        r"^ 192\.0\.2\.99: 16$",
        r"^Registered ptk_\w+ \(expo, unique-device-id\)$",
        r"^Every documented example ran\.$",
    ]
    missing = [p for p in expected if not re.search(p, out, re.MULTILINE)]
    assert not missing, f"missing {missing} in:\n{out}"
    assert "sk_test_sandbox" not in out and "newSecurePassword456" not in out
