"""The response bodies the benchmarks serve, checked against openapi.yaml.

One sample of each body is taken from the sandbox when it is installed (one real request per
operation at start-up), otherwise from the `example` of the operation in openapi.yaml. The
samples are then grown deterministically to the sizes the benchmarks need (2,000 projects,
100 login rows) and every body is validated against its response schema in openapi.yaml, so
the SDK parses exactly what a conforming server can send.
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

PROJECT_COUNT = 2000
LOGIN_COUNT = 100


@dataclass(frozen=True)
class Bodies:
    """The JSON bytes served for each path, and where their samples came from."""

    by_path: Mapping[str, bytes]
    source: str


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
        LOGINS_PATH: {"limit": LOGIN_COUNT},
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
    """The three bodies, from the sandbox at `base_url` if given, else from openapi.yaml."""
    spec = load_spec()
    paths = (STATUS_PATH, PROJECTS_PATH, LOGINS_PATH)
    if base_url is not None:
        samples, source = fetch_samples(base_url), "sandbox"
    else:
        samples, source = {path: spec_example(spec, path) for path in paths}, "openapi.yaml"
    if not samples[PROJECTS_PATH]:
        samples[PROJECTS_PATH] = spec_example(spec, PROJECTS_PATH)
    if not samples[LOGINS_PATH]:
        samples[LOGINS_PATH] = spec_example(spec, LOGINS_PATH)
    rng = random.Random(7)
    bodies = {
        STATUS_PATH: samples[STATUS_PATH],
        PROJECTS_PATH: grow_projects(samples[PROJECTS_PATH], PROJECT_COUNT, rng),
        LOGINS_PATH: grow_logins(samples[LOGINS_PATH], LOGIN_COUNT, rng),
    }
    for path, body in bodies.items():
        validate(spec, path, body)
    encoded = {path: json.dumps(body).encode() for path, body in bodies.items()}
    return Bodies(encoded, source)
