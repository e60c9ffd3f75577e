"""Run by test_spec_deprecation.py as a user's script, with the copy's packages first on
sys.path and Python's default warning filters: calls a deprecated method twice and a method with a
deprecated argument three times (twice with it), answered with the examples the copy's spec
documents, then prints the help() texts of both methods as JSON. Its warnings go to stderr,
as a user sees them.

    python deprecation_probe.py SPEC
"""

import inspect
import json
import sys
from pathlib import Path

import httpx
import rplatform
import yaml

spec = yaml.safe_load(Path(sys.argv[1]).read_text(encoding="utf-8"))
examples = {
    path: item["get"]["responses"]["200"]["content"]["application/json"]["example"]
    for path, item in spec["paths"].items()
    if "get" in item and "{" not in path
}
http = httpx.Client(
    transport=httpx.MockTransport(
        lambda request: httpx.Response(
            200, json=examples[request.url.path], headers={"x-request-id": "req_1"}
        )
    )
)
r = rplatform.Client("sk_test_probe", base_url="https://api.test", http_client=http)
for _ in range(2):
    meters = r.billing.get_usage_from_meters(organization_id="org_123")
status = r.billing.get_status(user_id="usr_123")
status = r.billing.get_status(user_id="usr_123")
status = r.billing.get_status(organization_id="org_123")
print(
    json.dumps(
        {
            "meters": type(meters).__name__,
            "status": type(status).__name__,
            "meters_help": inspect.getdoc(r.billing.get_usage_from_meters),
            "status_help": inspect.getdoc(r.billing.get_status),
        }
    )
)
