"""Run by test_regeneration.py in a subprocess whose sys.path starts with a regenerated
rplatform_api: calls the unchanged facade and the facade coverage test, and prints JSON.

    python regenerated_probe.py MODIFIED_SPEC ORIGINAL_SPEC COVERAGE_TEST_FILE
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import attrs
import httpx
import rplatform
import rplatform_api
import yaml


def get_status(spec_path: Path) -> Any:
    """`r.billing.get_status(...)`, the existing facade method, answered with the example that
    the modified spec documents for it (which has the new field)."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    content = spec["paths"]["/v1/billing/status"]["get"]["responses"]["200"]["content"]
    body = content["application/json"]["example"]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body, headers={"x-request-id": "req_1"})

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        rplatform.Client("sk_test", base_url="https://api.test", http_client=http) as r,
    ):
        return r.billing.get_status(organization_id="org_123")


def coverage_failure(test_file: Path, spec_path: Path) -> str | None:
    """What the facade coverage test says when it reads `spec_path` (None: it passes)."""
    sys.path.insert(0, str(test_file.parents[1]))  # tests/, for the test's `_support` import
    import _support

    _support.SPEC_PATH = spec_path
    _support.load_spec.cache_clear()
    loader = importlib.util.spec_from_file_location("spec_coverage_under_probe", test_file)
    assert loader is not None and loader.loader is not None
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    try:
        module.test_every_operation_has_a_facade_method()
    except AssertionError as exc:
        return str(exc)
    return None


def main(modified: Path, original: Path, coverage_test: Path) -> None:
    status = get_status(modified)
    print(
        json.dumps(
            {
                "rplatform_api": rplatform_api.__file__,
                "model": f"{type(status).__module__}.{type(status).__qualname__}",
                "declared_fields": sorted(attrs.fields_dict(type(status))),
                "trial_ends_at": status.trial_ends_at.isoformat(),
                "additional_keys": status.additional_keys,
                "status": str(status.status),
                "missing_with_modified_spec": coverage_failure(coverage_test, modified),
                "missing_with_original_spec": coverage_failure(coverage_test, original),
            }
        )
    )


if __name__ == "__main__":
    main(*(Path(arg) for arg in sys.argv[1:4]))
