"""The contract itself: openapi.yaml is valid, complete for the documented API, and follows
the conventions of the design (named schemas, required fields, examples, problem details)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from _support import inline_refs, load_spec, operations, resolve, response_schema_names, snake
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate

ERROR_STATUSES = {
    "400",
    "401",
    "403",
    "404",
    "409",
    "410",
    "413",
    "415",
    "422",
    "429",
    "500",
    "503",
}
SPEC = load_spec()
OPERATIONS = list(operations(SPEC))
OPERATION_IDS = [op["operationId"] for _, _, op in OPERATIONS]


def test_spec_is_valid_openapi_3_0_3() -> None:
    assert SPEC["openapi"] == "3.0.3"
    validate(SPEC)


def test_every_operation_has_a_unique_operation_id_and_one_resource_tag() -> None:
    """The facade's method of an operation is snake(operationId) on the resource of its tag:
    both must be unique, and the tag one of the spec's declared tags."""
    assert OPERATIONS, "no operations"
    assert len(set(OPERATION_IDS)) == len(OPERATION_IDS), "operationIds are unique"
    methods = [(op["tags"][0], snake(op["operationId"])) for _, _, op in OPERATIONS]
    assert len(set(methods)) == len(methods), "one method name per resource"
    declared = {tag["name"] for tag in SPEC["tags"]}
    for _, _, op in OPERATIONS:
        assert op["tags"][0] in declared, op["operationId"]
        assert op["tags"][0].isidentifier() and op["operationId"].isidentifier()


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=OPERATION_IDS)
def test_operation_conventions(method: str, path: str, op: dict[str, Any]) -> None:
    assert path.startswith("/v1/"), path
    assert len(op["tags"]) == 1
    assert op["security"] == [{"bearer": []}], "bearer security on every operation"
    statuses = set(op["responses"])
    assert not {"4XX", "5XX", "default"} & statuses, "explicit statuses only"
    successes = {s for s in statuses if s.startswith("2")}
    assert successes, "a success response"
    assert {"401", "429", "500", "503"} <= statuses
    expected_success = {"get": {"200"}, "patch": {"200"}, "delete": {"200", "204"}}
    if method in expected_success:
        assert successes <= expected_success[method]
    for status in statuses - successes:
        assert status in ERROR_STATUSES
        body = resolve(SPEC, op["responses"][status])["content"]
        assert list(body) == ["application/problem+json"]
        assert body["application/problem+json"]["schema"] == {
            "$ref": "#/components/schemas/Problem"
        }
    params = [resolve(SPEC, p) for p in op.get("parameters", [])]
    has_key = any(p["in"] == "header" and p["name"] == "Idempotency-Key" for p in params)
    assert has_key == (method == "post"), "Idempotency-Key on every POST and only there"
    if "requestBody" in op:
        assert "400" in statuses and "422" in statuses
        media = op["requestBody"]["content"]["application/json"]
        assert set(media["schema"]) == {"$ref"}, "request bodies are named component schemas"
        assert "example" in media, "a request body example: the documented call's arguments"
    for param in params:
        if param["in"] == "path":
            assert "example" in param, f"path parameter {param['name']}: no example"


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=OPERATION_IDS)
def test_success_bodies_are_named_schemas_with_examples(
    method: str, path: str, op: dict[str, Any]
) -> None:
    for status, response in op["responses"].items():
        if not status.startswith("2") or "content" not in response:
            continue
        media = response["content"]["application/json"]
        schema = media["schema"]
        if schema.get("type") == "array":
            schema = schema["items"]
        assert set(schema) == {"$ref"}, f"{status}: inline schema"
        assert "example" in media, f"{status}: no example"


def _schema_nodes(node: Any, where: str) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        if "type" in node or "anyOf" in node or "nullable" in node:
            found.append((where, node))
        for key, value in node.items():
            found += _schema_nodes(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _schema_nodes(value, f"{where}[{i}]")
    return found


def test_nullable_only_beside_type() -> None:
    for where, node in _schema_nodes(SPEC["components"]["schemas"], "schemas"):
        if node.get("nullable"):
            assert "type" in node, f"{where}: nullable without type is ignored by connexion"


def test_response_objects_require_every_field() -> None:
    for name in sorted(response_schema_names(SPEC)):
        schema = SPEC["components"]["schemas"][name]
        if schema.get("type") != "object":
            continue
        missing = set(schema.get("properties", {})) - set(schema.get("required", []))
        assert not missing, f"{name}: optional response fields {sorted(missing)}"


def test_response_enums_are_forward_compatible() -> None:
    """An enum reached from a response must sit in anyOf beside a plain string."""
    enums = {n for n, s in SPEC["components"]["schemas"].items() if "enum" in s}
    for name in sorted(response_schema_names(SPEC)):
        schema = SPEC["components"]["schemas"][name]
        for prop, sub in schema.get("properties", {}).items():
            ref = sub.get("$ref", "").rsplit("/", 1)[-1]
            assert ref not in enums, f"{name}.{prop} uses the closed enum {ref}"


def _examples(node: Any, where: str) -> list[tuple[str, Any, Any]]:
    """(where, schema, example) for every example that sits beside a schema."""
    found: list[tuple[str, Any, Any]] = []
    if isinstance(node, dict):
        if "example" in node and "schema" in node:
            found.append((where, node["schema"], node["example"]))
        elif "example" in node and ("type" in node or "$ref" in node or "anyOf" in node):
            schema = {k: v for k, v in node.items() if k != "example"}
            found.append((where, schema, node["example"]))
        for key, value in node.items():
            if key != "example":
                found += _examples(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _examples(value, f"{where}[{i}]")
    return found


EXAMPLES = _examples(SPEC, "spec")


@pytest.mark.parametrize(("where", "schema", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_every_example_validates_against_its_schema(where: str, schema: Any, example: Any) -> None:
    validator = OAS30Validator(
        inline_refs(SPEC, schema), format_checker=OAS30Validator.FORMAT_CHECKER
    )
    errors = [e.message for e in validator.iter_errors(example)]
    assert not errors, f"{where}: {errors}"


def test_examples_use_the_documentation_identifiers() -> None:
    text = str([e for _, _, e in EXAMPLES])
    for identifier in ("org_123", "proj_123", "session_123"):
        assert identifier in text
    assert len(EXAMPLES) > 60
    assert not re.search(r"<Unset|TODO", text)
