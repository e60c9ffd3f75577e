"""What the test folders share: openapi.yaml parsed once per run and walked (operations,
schemas, $ref resolution), operationId to method name, JSON compared with instants as instants,
and the documented example call of record_ai_usage.

`tests/conftest.py` puts this folder on sys.path, so every test module imports it as `_support`.
Never change the dict `load_spec()` returns: it is shared by every caller (copy it first).
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
ISO_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


@functools.cache
def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as f:
        spec: dict[str, Any] = yaml.safe_load(f)
    return spec


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (method, path, operation) for every operation of the spec."""
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local `$ref` (once) and return the node it points to."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def inline_refs(spec: dict[str, Any], node: Any) -> Any:
    """Return `node` with every local `$ref` replaced by its target (the spec has no cycles)."""
    node = resolve(spec, node)
    if isinstance(node, dict):
        return {key: inline_refs(spec, value) for key, value in node.items()}
    if isinstance(node, list):
        return [inline_refs(spec, value) for value in node]
    return node


def response_schema_names(spec: dict[str, Any]) -> set[str]:
    """Names of every component schema reachable from a response body."""
    names: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in names:
                    names.add(name)
                    visit(spec["components"]["schemas"][name])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for _, _, operation in operations(spec):
        for response in operation["responses"].values():
            visit(resolve(spec, response))
    return names


def snake(operation_id: str) -> str:
    """The facade's method name of an operationId: getUsageByProject -> get_usage_by_project."""
    return re.sub(r"(?<!^)([A-Z])", r"_\1", operation_id).lower()


def normal_json(value: Any) -> Any:
    """JSON with instants as datetimes: `...Z` and `...+00:00` are the same time."""
    if isinstance(value, dict):
        return {key: normal_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normal_json(item) for item in value]
    if isinstance(value, str) and ISO_INSTANT.match(value):
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


# The documentation's example of recordAiUsage: the arguments of client.billing.record_ai_usage
# and, as it is, the JSON body the sandbox is sent.
AI_USAGE: dict[str, Any] = {
    "project_id": "proj_123",
    "input_tokens": 1500,
    "output_tokens": 800,
    "reasoning_tokens": 200,
    "cost_cents": 0.05,
    "provider_model": "anthropic/claude-sonnet-4",
}
