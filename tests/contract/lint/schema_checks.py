"""Checks on schemas, examples and descriptions: enums, types, composition, examples, markdown.

Examples are validated as OpenAPI 3.0 (`nullable`, formats) with every local `$ref` inlined;
`strict_objects` treats objects without `additionalProperties` as closed, as Redocly's
`no-invalid-media-type-examples` does by default (`allowAdditionalProperties: false`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from openapi_schema_validator import OAS30Validator

from .walk import (
    SUBSCHEMA_LISTS,
    Problems,
    Rule,
    Spec,
    described,
    headers,
    media_types,
    nodes,
    parameters,
    resolve,
    schemas,
)

JSON_TYPES = {
    "string": (str,),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
    "integer": (int,),
    "number": (int, float),
}


def _is(value: Any, type_name: str) -> bool:
    if isinstance(value, bool) and type_name in ("integer", "number"):
        return False
    if type_name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, JSON_TYPES.get(type_name, ()))


def enums_unique(spec: Spec) -> Problems:
    problems = []
    for where, node in nodes(spec):
        if isinstance(node, dict) and isinstance(node.get("enum"), list):
            values = [json.dumps(v, sort_keys=True) for v in node["enum"]]
            if len(values) != len(set(values)):
                problems.append(f"{where}/enum: duplicated values")
    return problems


def enums_typed(spec: Spec) -> Problems:
    """Enum values are of the schema's `type` (null allowed when `nullable`)."""
    problems = []
    for where, schema in schemas(spec):
        if not isinstance(schema.get("enum"), list) or not isinstance(schema.get("type"), str):
            continue
        for i, value in enumerate(schema["enum"]):
            if value is None and schema.get("nullable") is True:
                continue
            if not _is(value, schema["type"]):
                problems.append(f"{where}/enum/{i}: {value!r} is not a {schema['type']}")
    return problems


def arrays_have_items(spec: Spec) -> Problems:
    return [
        f"{where}: type array without items"
        for where, node in nodes(spec)
        if isinstance(node, dict) and node.get("type") == "array" and "items" not in node
    ]


def schema_type_mismatch(spec: Spec) -> Problems:
    problems = []
    for where, schema in schemas(spec):
        if schema.get("type") == "object" and "items" in schema:
            problems.append(f"{where}: an object schema with items")
        if schema.get("type") == "array" and "properties" in schema:
            problems.append(f"{where}: an array schema with properties")
    return problems


def nullable_beside_type(spec: Spec) -> Problems:
    return [
        f"{where}: nullable without type"
        for where, schema in schemas(spec)
        if "nullable" in schema and "type" not in schema
    ]


def _defines(spec: Spec, schema: Any, name: str) -> bool:
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return False
    if name in (schema.get("properties") or {}):
        return True
    if any(_defines(spec, branch, name) for branch in schema.get("allOf") or []):
        return True
    return any(
        schema.get(key) and all(_defines(spec, branch, name) for branch in schema[key])
        for key in ("anyOf", "oneOf")
    )


def required_properties_defined(spec: Spec) -> Problems:
    """Every name in `required` is a property of that schema (or its allOf, or all branches)."""
    return [
        f"{where}/required: {name} is not defined"
        for where, schema in schemas(spec)
        for name in schema.get("required") or []
        if isinstance(schema.get("required"), list) and not _defines(spec, schema, name)
    ]


def composition_logical(spec: Spec) -> Problems:
    """allOf/anyOf/oneOf hold at least two schemas (allOf: one, with siblings), none empty,
    none repeated; oneOf branches cannot both accept null or share an enum value."""
    problems = []
    for where, schema in schemas(spec):
        for key in SUBSCHEMA_LISTS:
            branches = schema.get(key)
            if not isinstance(branches, list):
                continue
            alone = len(branches) == 1 and len(schema) == 1
            too_few = (not branches or alone) if key == "allOf" else len(branches) < 2
            if too_few:
                problems.append(f"{where}/{key}: fewer schemas than it takes")
            texts = [json.dumps(b, sort_keys=True) for b in branches]
            problems += [f"{where}/{key}/{i}: empty" for i, b in enumerate(branches) if b == {}]
            problems += [
                f"{where}/{key}/{i}: repeats an earlier schema"
                for i, text in enumerate(texts)
                if text in texts[:i]
            ]
            if key == "oneOf":
                problems += _overlapping(spec, branches, f"{where}/oneOf")
    return problems


def _overlapping(spec: Spec, branches: list[Any], where: str) -> Problems:
    resolved = [resolve(spec, b) or {} for b in branches]
    nullable = [b for b in resolved if b.get("nullable") is True]
    problems = [f"{where}: two branches accept null"] if len(nullable) > 1 else []
    enums = [set(map(json.dumps, b["enum"])) for b in resolved if isinstance(b.get("enum"), list)]
    for i, first in enumerate(enums):
        if any(first & later for later in enums[i + 1 :]):
            problems.append(f"{where}: two branches allow the same enum value")
    return problems


# --- examples ---------------------------------------------------------------------------


def _inline(spec: Spec, node: Any, depth: int = 0) -> Any:
    node = resolve(spec, node)
    if depth > 40:
        return node
    if isinstance(node, dict):
        return {key: _inline(spec, value, depth + 1) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline(spec, value, depth + 1) for value in node]
    return node


def _closed(schema: Any) -> Any:
    """Objects with properties and no `additionalProperties` become closed (inside `not` too)."""
    if isinstance(schema, list):
        return [_closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    closed = {key: _closed(value) for key, value in schema.items()}
    if "properties" in schema and "additionalProperties" not in schema:
        closed["additionalProperties"] = False
    return closed


def _errors(spec: Spec, schema: Any, value: Any, strict_objects: bool = False) -> list[str]:
    inlined = _inline(spec, schema)
    if strict_objects:
        inlined = _closed(inlined)
    validator = OAS30Validator(inlined, format_checker=OAS30Validator.FORMAT_CHECKER)
    return [error.message for error in validator.iter_errors(value)]


def _examples_of(holder: dict[str, Any], where: str) -> Iterator[tuple[str, Any]]:
    if "example" in holder:
        yield f"{where}/example", holder["example"]
    for name, example in (holder.get("examples") or {}).items():
        if isinstance(example, dict) and "value" in example:
            yield f"{where}/examples/{name}/value", example["value"]


def media_examples_valid(strict_objects: bool) -> Rule:
    def check(spec: Spec) -> Problems:
        return [
            f"{at}: {message}"
            for where, media in media_types(spec)
            if "schema" in media
            for at, value in _examples_of(media, where)
            for message in _errors(spec, media["schema"], value, strict_objects)
        ]

    return check


def parameter_examples_valid(spec: Spec) -> Problems:
    holders = list(parameters(spec))
    components = (spec.get("components") or {}).get("parameters") or {}
    holders += [(f"#/components/parameters/{name}", p) for name, p in components.items()]
    return [
        f"{at}: {message}"
        for where, param in holders
        if isinstance(param, dict) and "schema" in param
        for at, value in _examples_of(param, where)
        for message in _errors(spec, param["schema"], value)
    ]


def header_examples_valid(spec: Spec) -> Problems:
    return [
        f"{at}: {message}"
        for where, header in headers(spec)
        if "schema" in header
        for at, value in _examples_of(header, where)
        for message in _errors(spec, header["schema"], value)
    ]


def schema_examples_valid(include_defaults: bool) -> Rule:
    """A schema's own `example` (and `default`) is valid against that schema."""

    def check(spec: Spec) -> Problems:
        problems = []
        for where, schema in schemas(spec):
            bare = {k: v for k, v in schema.items() if k not in ("example", "default")}
            keys = ("example", "default") if include_defaults else ("example",)
            for key in keys:
                if key in schema:
                    problems += [f"{where}/{key}: {m}" for m in _errors(spec, bare, schema[key])]
        return problems

    return check


def _example_objects(spec: Spec) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, example in ((spec.get("components") or {}).get("examples") or {}).items():
        yield f"#/components/examples/{name}", example
    holders = [*media_types(spec), *parameters(spec), *headers(spec)]
    for where, holder in holders:
        for name, example in ((holder or {}).get("examples") or {}).items():
            if isinstance(example, dict) and "$ref" not in example:
                yield f"{where}/examples/{name}", example


def example_value_xor_external(exactly_one: bool) -> Rule:
    """Example objects do not hold both `value` and `externalValue` (Spectral: exactly one)."""

    def check(spec: Spec) -> Problems:
        problems = []
        for where, example in _example_objects(spec):
            count = ("value" in example) + ("externalValue" in example)
            if count == 2 or (exactly_one and count == 0):
                problems.append(f"{where}: value and externalValue")
        return problems

    return check


# --- descriptions -----------------------------------------------------------------------


def markdown_without(
    pattern: str, message: str, *, titles: bool = True, ignore_case: bool = False
) -> Rule:
    """No `description` (nor `title`, if `titles`) matches `pattern`."""
    compiled = re.compile(pattern, re.IGNORECASE if ignore_case else 0)

    def check(spec: Spec) -> Problems:
        return [
            f"{where}: {message}"
            for where, text in described(spec)
            if (titles or where.endswith("/description")) and compiled.search(text)
        ]

    return check
