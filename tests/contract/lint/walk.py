"""The places of an OpenAPI 3.0 document that lint rules look at, each with its JSON pointer.

Everything walks the document as parsed (no `$ref` is followed unless a function says so):
operations, parameters, responses, media type objects, header objects, schema objects (named,
inline and nested), every node, and every `$ref`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

Spec = dict[str, Any]
Problems = list[str]
Rule = Callable[[Spec], Problems]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
COMPONENT_MAPS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
)
SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
SUBSCHEMA_ONE = ("not", "items", "additionalProperties")


def escape(key: object) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def resolve(spec: Spec, node: Any) -> Any:
    """Follow local `$ref`s until a node that is not one (None when a target is missing)."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 50:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return None
        target: Any = spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                return None
            target = target[part]
        node, seen = target, seen + 1
    return node


def nodes(node: Any, where: str = "#") -> Iterator[tuple[str, Any]]:
    """Every node of the document, depth first."""
    yield where, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from nodes(value, f"{where}/{escape(key)}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from nodes(value, f"{where}/{i}")


def refs(spec: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    for where, node in nodes(spec):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            yield where, node


def path_items(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        yield f"#/paths/{escape(path)}", path, item


def operations(spec: Spec) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(pointer, path, method, operation) of every operation."""
    for where, path, item in path_items(spec):
        for method in METHODS:
            if isinstance(item.get(method), dict):
                yield f"{where}/{method}", path, method, item[method]


def parameters(spec: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every parameter object: under path items, operations and components (refs resolved)."""
    for where, _, item in path_items(spec):
        for i, param in enumerate(item.get("parameters") or []):
            yield f"{where}/parameters/{i}", resolve(spec, param)
    for where, _, _, op in operations(spec):
        for i, param in enumerate(op.get("parameters") or []):
            yield f"{where}/parameters/{i}", resolve(spec, param)


def operation_parameters(spec: Spec, op: dict[str, Any], item: dict[str, Any]) -> list[Any]:
    return [resolve(spec, p) for p in (item.get("parameters") or []) + (op.get("parameters") or [])]


def responses(spec: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every response object, in operations and in components."""
    for where, _, _, op in operations(spec):
        for status, response in (op.get("responses") or {}).items():
            if "$ref" not in response:
                yield f"{where}/responses/{escape(status)}", response
    for name, response in ((spec.get("components") or {}).get("responses") or {}).items():
        yield f"#/components/responses/{escape(name)}", response


def media_types(spec: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every media type object: request bodies and responses."""
    for where, _, _, op in operations(spec):
        body = op.get("requestBody")
        if isinstance(body, dict) and "content" in body:
            for name, media in body["content"].items():
                yield f"{where}/requestBody/content/{escape(name)}", media
    for where, response in responses(spec):
        for name, media in (response.get("content") or {}).items():
            yield f"{where}/content/{escape(name)}", media


def headers(spec: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, header in ((spec.get("components") or {}).get("headers") or {}).items():
        yield f"#/components/headers/{escape(name)}", header
    for where, response in responses(spec):
        for name, header in (response.get("headers") or {}).items():
            if "$ref" not in header:
                yield f"{where}/headers/{escape(name)}", header


def _subschemas(schema: dict[str, Any], where: str) -> Iterator[tuple[str, Any]]:
    for key, value in (schema.get("properties") or {}).items():
        yield f"{where}/properties/{escape(key)}", value
    for key in SUBSCHEMA_LISTS:
        for i, value in enumerate(schema.get(key) or []):
            yield f"{where}/{key}/{i}", value
    for key in SUBSCHEMA_ONE:
        if isinstance(schema.get(key), dict):
            yield f"{where}/{key}", schema[key]


def schema_tree(schema: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """A schema and every schema nested in it (a `$ref` is yielded, not followed)."""
    if not isinstance(schema, dict):
        return
    yield where, schema
    for child_where, child in _subschemas(schema, where):
        yield from schema_tree(child, child_where)


def schema_roots(spec: Spec) -> Iterator[tuple[str, Any]]:
    """Where schemas start: named schemas, parameters, media types, headers."""
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        yield f"#/components/schemas/{escape(name)}", schema
    for name, param in ((spec.get("components") or {}).get("parameters") or {}).items():
        if isinstance(param, dict) and "schema" in param:
            yield f"#/components/parameters/{escape(name)}/schema", param["schema"]
    for where, param in parameters(spec):
        if isinstance(param, dict) and "schema" in param and "$ref" not in param:
            yield f"{where}/schema", param["schema"]
    for where, media in media_types(spec):
        if "schema" in media:
            yield f"{where}/schema", media["schema"]
    for where, header in headers(spec):
        if "schema" in header:
            yield f"{where}/schema", header["schema"]


def schemas(spec: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object of the document, nested ones included, each once."""
    seen: set[int] = set()
    for root_where, root in schema_roots(spec):
        for where, schema in schema_tree(root, root_where):
            if id(schema) not in seen:
                seen.add(id(schema))
                yield where, schema


def described(spec: Spec) -> Iterator[tuple[str, str]]:
    """Every `description` and `title` string, wherever it is."""
    for where, node in nodes(spec):
        if isinstance(node, dict):
            for key in ("description", "title"):
                if isinstance(node.get(key), str):
                    yield f"{where}/{key}", node[key]
