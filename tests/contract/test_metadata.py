"""What the generated layer says of each operation and model is what openapi.yaml says.

Every operation module's `OPERATION` and every model's `FIELDS` are read here against the
document itself, keyword by keyword: names, locations, required, descriptions, the bounds,
lengths, patterns, enums, formats and defaults of each schema, `x-secret`, nullability; the
success and error statuses with their descriptions and `x-problem-types`; `paginated` and
`deprecated`. A fact the generator dropped or a template mistyped fails here, naming it.
"""

from __future__ import annotations

import importlib
import inspect
import keyword
from typing import Any

import pytest
from _support import load_spec, operations, resolve, snake
from rplatform_api import models
from rplatform_api.api import Field, Operation
from rplatform_api.types import Model

from .lint.walk import nodes

SPEC = load_spec()
OPERATIONS = {op["operationId"]: (method, path, op) for method, path, op in operations(SPEC)}
SCHEMAS = SPEC["components"]["schemas"]
# Schema keyword -> Field attribute, for the keywords a Field carries as they are.
SAME = {
    "format": "format",
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
    "default": "default",
    "deprecated": "deprecated",
    "x-secret": "secret",
}
DEFAULTS = Field("name", "wire")


def operation_module(operation_id: str) -> Any:
    _, _, op = OPERATIONS[operation_id]
    return importlib.import_module(f"rplatform_api.api.{op['tags'][0]}.{snake(operation_id)}")


def words(text: str | None) -> str:
    return " ".join((text or "").split())


def python_name(wire: str) -> str:
    name = wire.lower().replace("-", "_")
    return f"{name}_" if keyword.iskeyword(name) else name


def expect(field: Field, node: Any, where: str) -> None:
    """`field` holds what the schema `node` says, keyword by keyword."""
    schema = resolve(SPEC, node)
    branches = [resolve(SPEC, branch) for branch in schema.get("anyOf", [])]
    enums = [branch for branch in branches if "enum" in branch] or [schema]
    for key, attribute in SAME.items():
        wanted = schema.get(key, getattr(DEFAULTS, attribute))
        assert getattr(field, attribute) == wanted, f"{where}: {attribute}"
    assert field.enum == tuple(enums[0].get("enum", ())), f"{where}: enum"
    assert field.open_enum == (len(branches) > len(enums) and "enum" in enums[0]), where
    types = {branch.get("type") for branch in branches} or {schema.get("type")}
    assert field.type == (types.pop() if len(types) == 1 else ""), f"{where}: type"
    nullable = schema.get("nullable", False) or any(b.get("nullable") for b in branches)
    assert field.nullable == nullable, f"{where}: nullable"
    assert field.description == words(schema.get("description")), f"{where}: description"


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_each_operation_says_what_the_spec_says(operation_id: str) -> None:
    method, path, op = OPERATIONS[operation_id]
    described: Operation = operation_module(operation_id).OPERATION
    assert described[:6] == (
        operation_id,
        op["tags"][0],
        method.upper(),
        path,
        words(op["summary"]),
        op.get("description", "").strip(),
    )
    parameters = [resolve(SPEC, parameter) for parameter in op.get("parameters", [])]
    order = {"path": 0, "query": 1, "header": 2}  # the generator's: path, query, header
    parameters.sort(key=lambda parameter: order[parameter["in"]])
    assert len(described.parameters) == len(parameters)
    for field, parameter in zip(described.parameters, parameters, strict=True):
        where = f"{operation_id} {parameter['name']}"
        assert (field.name, field.wire, field.location) == (
            python_name(parameter["name"]), parameter["name"], parameter["in"]
        ), where  # fmt: skip
        assert field.required == parameter.get("required", False), where
        expect(field, parameter["schema"], where)
    body: dict[str, Any] = {}
    if "requestBody" in op:
        body = resolve(SPEC, op["requestBody"]["content"]["application/json"]["schema"])
    properties = body.get("properties", {})
    required = body.get("required", [])
    # The generator's order, the model's: the required fields first, each group as written.
    assert [field.wire for field in described.body] == sorted(
        properties, key=lambda name: name not in required
    )
    for field in described.body:
        where = f"{operation_id} body {field.wire}"
        assert (field.name, field.location) == (python_name(field.wire), "body"), where
        assert field.required == (field.wire in body.get("required", [])), where
        expect(field, properties[field.wire], where)
    responses = {int(code): resolve(SPEC, r) for code, r in op["responses"].items()}
    assert [(s.code, s.description, s.problem_types) for s in described.success] == [
        (code, words(r["description"]), ()) for code, r in sorted(responses.items()) if code < 300
    ]
    assert [(s.code, s.description, s.problem_types) for s in described.errors] == [
        (code, words(r["description"]), tuple(r["x-problem-types"]))
        for code, r in sorted(responses.items())
        if code >= 400
    ]
    # request(...) takes the path and query parameters and the body; the client sets the
    # headers (Idempotency-Key: rplatform's request builder, and nothing else).
    arguments = set(inspect.signature(operation_module(operation_id).request).parameters)
    assert arguments == {
        field.name for field in described.parameters if field.location != "header"
    } | ({"body"} if "requestBody" in op else set())
    links = any("Link" in r.get("headers", {}) for code, r in responses.items() if code < 300)
    cursor = any(p["name"] == "cursor" and p["in"] == "query" for p in parameters)
    assert described.paginated == (links and cursor)
    assert described.deprecated == op.get("deprecated", False)


def model_classes() -> list[type[Model]]:
    found = [getattr(models, name) for name in models.__all__]
    return [cls for cls in found if isinstance(cls, type) and issubclass(cls, Model)]


@pytest.mark.parametrize("cls", model_classes(), ids=lambda cls: cls.__name__)
def test_each_model_says_what_its_schema_says(cls: type[Model]) -> None:
    schema = SCHEMAS[cls.__name__]
    properties = schema["properties"]
    assert sorted(field.wire for field in cls.FIELDS) == sorted(properties)
    attributes = [attribute.name for attribute in cls.__attrs_attrs__]  # type: ignore[attr-defined]
    assert [field.name for field in cls.FIELDS] == attributes[: len(cls.FIELDS)]
    required = schema.get("required", [])
    for field in cls.FIELDS:
        where = f"{cls.__name__}.{field.wire}"
        assert field.location == "body" and field.required == (field.wire in required), where
        expect(field, properties[field.wire], where)
        assert (field.model.__name__ if field.model else None) == held(properties[field.wire])


def held(node: dict[str, Any]) -> str | None:
    """The object schema a property refers to, itself or as its array's items, by name."""
    items = resolve(SPEC, node).get("items", {})
    reference = (items if "$ref" in items else node).get("$ref")
    if reference is None or resolve(SPEC, {"$ref": reference}).get("type") != "object":
        return None
    return str(reference.rsplit("/", 1)[1])


def test_the_models_cover_every_object_schema() -> None:
    objects = {name for name, schema in SCHEMAS.items() if schema.get("type") == "object"}
    assert {cls.__name__ for cls in model_classes()} == objects


def test_every_password_is_marked_secret() -> None:
    unmarked = [
        where
        for where, node in nodes(SPEC)
        if isinstance(node, dict)
        and node.get("format") == "password"
        and node.get("x-secret") is not True
    ]
    assert unmarked == []


def test_every_text_field_named_as_a_secret_is_marked_secret() -> None:
    # Passwords, tokens and email addresses: by name, wherever a schema declares one as text.
    unmarked = [
        f"{cls.__name__}.{field.wire}"
        for cls in model_classes()
        for field in cls.FIELDS
        if field.type == "string"
        and any(word in field.wire for word in ("password", "token", "email"))
        and not field.secret
    ]
    assert unmarked == []
    assert {field.wire for field in models.PasswordChange.FIELDS if field.secret} == {
        "current_password",
        "new_password",
    }
