"""Run by test_regeneration.py in a subprocess whose sys.path starts with a regenerated
rplatform_api: calls the unchanged facade method `r.billing.get_status(...)`, answered with
the example the modified spec documents for it, and prints what it returned as JSON.

    python regenerated_probe.py MODIFIED_SPEC
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import attrs
import httpx
import rplatform
import rplatform_api
import yaml


def main(spec_path: Path) -> None:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    content = spec["paths"]["/v1/billing/status"]["get"]["responses"]["200"]["content"]
    body = content["application/json"]["example"]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body, headers={"x-request-id": "req_1"})

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        rplatform.Client("sk_test", base_url="https://api.test", http_client=http) as r,
    ):
        status = r.billing.get_status(organization_id="org_123")
    print(
        json.dumps(
            {
                "rplatform_api": rplatform_api.__file__,
                "model": f"{type(status).__module__}.{type(status).__qualname__}",
                "defined_in": type(status).to_dict.__code__.co_filename,
                "declared_fields": sorted(attrs.fields_dict(type(status))),
                "trial_ends_at": status.trial_ends_at.isoformat(),
                "additional_keys": status.additional_keys,
                "status": str(status.status),
            }
        )
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
