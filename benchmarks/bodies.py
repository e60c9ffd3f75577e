"""The response bodies the benchmarks serve, checked against openapi.yaml.

One sample of each body is taken from the sandbox when it is installed (one real request per
operation at start-up), otherwise from the `example` of the operation in openapi.yaml. The
list samples are then grown deterministically to 10,000 rows; a body of n rows is the first n
of them (10, 100, 1,000, 2,000, 10,000). Every body is validated against its response schema in
openapi.yaml (the 10,000-row lists, of which the others are prefixes), so the SDK parses
exactly what a conforming server can send.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import yaml

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"
API_KEY = "sk_test_sandbox"

STATUS_PATH = "/v1/billing/status"
PROJECTS_PATH = "/v1/billing/usage/projects"
LOGINS_PATH = "/v1/settings/login-history"

MAX_ROWS = 10_000
SAMPLE_LOGINS = 100  # rows asked of the sandbox: its login history is shorter


@dataclass(frozen=True)
class Bodies:
    """The status body, the grown lists (paths of their operations) and the samples' source."""

    status: bytes
    lists: Mapping[str, list[Any]]
    source: str

    def rows(self, path: str, count: int) -> bytes:
        """The JSON body of `path` with its first `count` rows."""
        return json.dumps(self.lists[path][:count]).encode()


def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


def _resolve(node: Any, spec: Mapping[str, Any]) -> Any:
    """Inline every `$ref` and turn OpenAPI 3.0 `nullable` into JSON Schema `type` lists."""
    if isinstance(node, list):
        return [_resolve(item, spec) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return _resolve(target, spec)
    out = {key: _resolve(value, spec) for key, value in node.items() if key != "nullable"}
    if node.get("nullable") and "type" in node:
        out["type"] = [node["type"], "null"]
    return out


def response_schema(spec: Mapping[str, Any], path: str) -> dict[str, Any]:
    """The JSON Schema of the 200 response of `GET path`."""
    media = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
    schema: dict[str, Any] = _resolve(media["schema"], spec)
    return schema


def spec_example(spec: Mapping[str, Any], path: str) -> Any:
    return spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["example"]


def validate(spec: Mapping[str, Any], path: str, body: Any) -> None:
    """Raise `jsonschema.ValidationError` unless `body` matches the documented 200 response."""
    jsonschema.Draft4Validator(response_schema(spec, path)).validate(body)


def fetch_samples(base_url: str) -> dict[str, Any]:
    """One real body of each operation from a running sandbox."""
    headers = {"Authorization": f"Bearer {API_KEY}"}
    queries: dict[str, dict[str, str | int]] = {
        STATUS_PATH: {},
        PROJECTS_PATH: {},
        LOGINS_PATH: {"limit": SAMPLE_LOGINS},
    }
    samples: dict[str, Any] = {}
    with httpx.Client(base_url=base_url, headers=headers, timeout=30) as http:
        for path, params in queries.items():
            response = http.get(path, params=params)
            response.raise_for_status()
            samples[path] = response.json()
    return samples


def grow_projects(sample: list[dict[str, Any]], count: int, rng: random.Random) -> list[Any]:
    """`count` distinct projects shaped like the sample's entries."""
    projects = []
    for index in range(count):
        project = copy.deepcopy(sample[index % len(sample)])
        project["project_id"] = f"proj_{index:06d}"
        project["project_name"] = f"Project {index}"
        for key in project:
            if key.endswith(("_hours", "_gb")):
                project[key] = round(rng.uniform(0, 500), 2)
        project["ai_tokens"] = rng.randrange(0, 5_000_000)
        project["ai_cost_cents"] = round(project["ai_tokens"] * 0.00065, 2)
        project["total_cost_cents"] = rng.randrange(0, 100_000)
        projects.append(project)
    return projects


def grow_logins(sample: list[dict[str, Any]], count: int, rng: random.Random) -> list[Any]:
    """`count` sign-in attempts, newest first, shaped like the sample's entries."""
    if len(sample) >= count:
        return sample[:count]
    start = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)
    rows = []
    for index in range(count):
        row = copy.deepcopy(sample[index % len(sample)])
        row["id"] = f"login_{index:06d}"
        row["created_at"] = (start - timedelta(hours=7 * index)).isoformat().replace("+00:00", "Z")
        row["ip_address"] = f"203.0.113.{rng.randrange(1, 255)}"
        row["success"] = index % 5 != 0
        row["failure_reason"] = None if row["success"] else "invalid_password"
        rows.append(row)
    return rows


def build(base_url: str | None = None) -> Bodies:
    """The bodies, from samples of the sandbox at `base_url` if given, else of openapi.yaml."""
    spec = load_spec()
    paths = (STATUS_PATH, PROJECTS_PATH, LOGINS_PATH)
    if base_url is not None:
        samples, source = fetch_samples(base_url), "sandbox"
    else:
        samples, source = {path: spec_example(spec, path) for path in paths}, "openapi.yaml"
    for path in (PROJECTS_PATH, LOGINS_PATH):
        samples[path] = samples[path] or spec_example(spec, path)
    rng = random.Random(7)
    lists = {
        PROJECTS_PATH: grow_projects(samples[PROJECTS_PATH], MAX_ROWS, rng),
        LOGINS_PATH: grow_logins(samples[LOGINS_PATH], MAX_ROWS, rng),
    }
    validate(spec, STATUS_PATH, samples[STATUS_PATH])
    for path, rows in lists.items():
        validate(spec, path, rows)
    return Bodies(json.dumps(samples[STATUS_PATH]).encode(), lists, source)
