"""The maintainer workflow after a spec change, end to end, in a temporary folder.

Copy openapi.yaml and generator-config.yml, add a response field (BillingStatus.trial_ends_at)
and a new operation (listInvoices), regenerate with the pinned openapi-python-client, and then,
with that package imported in place of the project's rplatform_api:

- the EXISTING facade method `r.billing.get_status(...)` returns the regenerated model, with the
  new field declared and filled: no facade change is needed for a new field;
- the facade coverage test (tests/unit/test_spec_coverage.py) names the new operation as
  missing, and passes on the project's own spec: a new operation needs a facade method.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("regenerated_probe.py")
COVERAGE_TEST = ROOT / "tests" / "unit" / "test_spec_coverage.py"


def change_spec(spec: dict[str, Any]) -> None:
    """What a maintainer might add: a response field and an operation, with their examples."""
    status = spec["components"]["schemas"]["BillingStatus"]
    status["required"].append("trial_ends_at")
    status["properties"]["trial_ends_at"] = {
        "type": "string",
        "format": "date-time",
        "nullable": True,
        "description": "When the trial ends; null when the owner is not trialing.",
    }
    get_status = spec["paths"]["/v1/billing/status"]["get"]
    example = get_status["responses"]["200"]["content"]["application/json"]["example"]
    example.update(status="trialing", trial_ends_at="2025-07-01T00:00:00Z")

    spec["components"]["schemas"]["Invoice"] = {
        "type": "object",
        "required": ["id", "total_cents", "currency"],
        "properties": {
            "id": {"type": "string"},
            "total_cents": {"type": "integer"},
            "currency": {"type": "string"},
        },
    }
    list_invoices = copy.deepcopy(get_status)
    list_invoices.update(operationId="listInvoices", summary="List the owner's invoices.")
    list_invoices["responses"]["200"] = {
        "description": "The owner's invoices, newest first.",
        "content": {
            "application/json": {
                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Invoice"}},
                "example": [{"id": "in_123", "total_cents": 4513, "currency": "usd"}],
            }
        },
    }
    spec["paths"]["/v1/billing/invoices"] = {"get": list_invoices}


def regenerate(folder: Path) -> Path:
    """`nox -s generate`'s command, run in `folder` (with the venv's ruff for the post-hooks)."""
    bin_dir = Path(sys.executable).parent
    generator = shutil.which("openapi-python-client", path=str(bin_dir))
    if generator is None:
        pytest.fail("openapi-python-client is not installed: pip install -e '.[dev]'")
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    output = folder / "rplatform_api"
    subprocess.run(
        [generator, "generate", "--path", "openapi.yaml", "--config", "generator-config.yml",
         "--meta", "none", "--overwrite", "--fail-on-warning",
         "--custom-template-path", str(ROOT / "generator-templates"), "--output-path", str(output)],
        cwd=folder, env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return output


def test_new_field_reaches_the_facade_and_new_operation_is_reported(tmp_path: Path) -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    change_spec(spec)
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    shutil.copy(ROOT / "generator-config.yml", tmp_path)
    package = regenerate(tmp_path)
    assert "trial_ends_at" in (package / "models" / "billing_status.py").read_text()
    assert (package / "api" / "billing" / "list_invoices.py").exists()

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [
        str(tmp_path), os.environ.get("PYTHONPATH")]))}  # fmt: skip
    run = subprocess.run(
        [sys.executable, str(PROBE), str(tmp_path / "openapi.yaml"), str(ROOT / "openapi.yaml"),
         str(COVERAGE_TEST)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)

    assert Path(seen["rplatform_api"]).is_relative_to(tmp_path), "the project's package was used"
    assert seen["model"] == "rplatform_api.models.billing_status.BillingStatus"
    assert "trial_ends_at" in seen["declared_fields"]
    assert seen["trial_ends_at"] == "2025-07-01T00:00:00+00:00"
    assert seen["additional_keys"] == []  # a declared field, not an unknown one
    assert seen["status"] == "trialing"

    missing = seen["missing_with_modified_spec"]
    assert missing is not None, "the coverage test did not notice the new operation"
    assert "listInvoices (GET /v1/billing/invoices)" in missing
    assert "client.billing.list_invoices" in missing
    assert seen["missing_with_original_spec"] is None
