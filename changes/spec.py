"""openapi.yaml as the SDK's user meets it: methods, arguments, results and error codes.

Each operation is the method `r.<tag>.<snake_case operationId>()`; its parameters and its JSON
body's fields are the method's arguments (`from` is `from_`); its 2xx body is the result. A
schema becomes a `Shape`, with `$ref`s followed and the spec's idioms read as the generated
code reads them: `anyOf: [{$ref: Enum}, {type: string}]` is an open enum (unknown values parse
as strings), `nullable: true` on any branch makes the whole value nullable.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# PyYAML ships no types, and its stubs are no dependency of the project.
import yaml  # type: ignore[import-untyped]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# The rules a request value must keep; the generator turns these formats into other types.
RULES = (
    "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "minItems", "maxItems", "multipleOf", "pattern", "format",
)  # fmt: skip
FORMAT_TYPES = {"date-time": "datetime", "date": "date", "binary": "File", "uuid": "UUID"}
SCALAR_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
# The kinds table in the description of the Problem schema's `type`: | `kind` | 400, 422 | ...
KIND_ROW = re.compile(r"^\| `([a-z0-9-]+)` \| ([0-9, ]+) \|")

Spec = Mapping[str, Any]


def load(text: str) -> Spec:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # C: ten times faster when there
    spec: Spec = yaml.load(text, Loader=loader)
    return spec


def snake(name: str) -> str:
    """getUsageByProject -> get_usage_by_project; Idempotency-Key -> idempotency_key."""
    name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)
    return re.sub(r"\W", "_", name).lower()


def argument(name: str) -> str:
    """The facade's keyword of a parameter or body field: `from` is `from_`."""
    python = snake(name)
    return f"{python}_" if keyword.iskeyword(python) else python


@dataclass(frozen=True)
class Operation:
    method: str  # r.billing.get_status()
    http: str  # GET /v1/billing/status
    deprecated: bool
    arguments: Shape  # an object: the parameters and the JSON body's fields
    results: dict[str, Shape | None]  # by 2xx status; None: no body
    errors: frozenset[int]


def operations(spec: Spec) -> dict[str, Operation]:
    """Every operation, by its user's name."""
    found = {}
    for path, item in spec.get("paths", {}).items():
        for http in HTTP_METHODS:
            if http in item:
                op = item[http]
                tag = op.get("tags", ["default"])[0]
                method = f"r.{snake(tag)}.{snake(op['operationId'])}()"
                found[method] = _operation(spec, op, method, f"{http.upper()} {path}", item)
    return found


def _operation(spec: Spec, op: Any, method: str, http: str, item: Any) -> Operation:
    fields: dict[str, Field] = {}
    for node in [*item.get("parameters", []), *op.get("parameters", [])]:
        parameter = resolve(spec, node)
        shape = shape_of(spec, parameter.get("schema", {}))
        if parameter.get("deprecated"):
            shape = _with(shape, deprecated=True)
        required = bool(parameter.get("required", parameter.get("in") == "path"))
        fields[argument(parameter["name"])] = Field(shape, required)
    body = _json(spec, op.get("requestBody"))
    if body is not None:
        fields.update(shape_of(spec, body).fields)
    results = {}
    errors = set()
    for status, response in op.get("responses", {}).items():
        if str(status).startswith("2"):
            schema = _json(spec, response)
            results[str(status)] = None if schema is None else shape_of(spec, schema)
        elif str(status).isdigit():
            errors.add(int(status))
    arguments = Shape("object", fields=fields)
    return Operation(
        method, http, bool(op.get("deprecated")), arguments, results, frozenset(errors)
    )


def _json(spec: Spec, node: Any) -> Any:
    """The JSON schema of a request body or response, or None."""
    if node is None:
        return None
    content = resolve(spec, node).get("content", {})
    for media, value in content.items():
        if media == "application/json" or media.endswith("+json"):
            return value.get("schema", {})
    return None


def resolve(spec: Spec, node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def error_codes(spec: Spec) -> dict[str, tuple[int, ...]]:
    """The documented problem kinds (`error.code`) and their statuses."""
    schemas = spec.get("components", {}).get("schemas", {})
    kind = schemas.get("Problem", {}).get("properties", {}).get("type", {})
    rows = (KIND_ROW.match(line.strip()) for line in kind.get("description", "").splitlines())
    return {m[1]: tuple(int(s) for s in m[2].split(",")) for m in rows if m}


@dataclass(frozen=True)
class Field:
    shape: Shape
    required: bool
    model: str | None = None  # the component schema whose field it is: the model's class


@dataclass(frozen=True)
class Shape:
    """A value's type as the generated code makes it, with what limits and describes it."""

    type: str  # str, int, float, bool, datetime, date, list, object, or a union `A | B`
    name: str | None = None  # the component schema: the model's or enum's class
    nullable: bool = False
    values: tuple[str, ...] | None = None  # an enum's values
    open: bool = False  # an enum whose unknown values parse (as str)
    fields: dict[str, Field] = field(default_factory=dict)
    items: Shape | None = None
    rules: dict[str, Any] = field(default_factory=dict)
    default: Any = None
    deprecated: bool = False

    @property
    def python(self) -> str:
        """The type as a user reads it: `int`, `list[LineItem]`, `Theme`, `dict`."""
        if self.type == "list" and self.items is not None:
            return f"list[{self.items.python}]"
        if self.name and (self.type == "object" or self.values is not None):
            return self.name
        return "dict" if self.type == "object" else self.type


def shape_of(spec: Spec, node: Any, seen: tuple[str, ...] = ()) -> Shape:
    name = None
    while isinstance(node, Mapping) and "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = resolve(spec, {"$ref": node["$ref"]})
    if name in seen:  # a schema that contains itself: its fields were compared once already
        return Shape("object", name=name)
    seen = (*seen, name) if name else seen
    node = node if isinstance(node, Mapping) else {}
    branches = node.get("anyOf") or node.get("oneOf")
    if branches:
        return _union(spec, node, [shape_of(spec, b, seen) for b in branches], name)
    if node.get("allOf"):
        return _all_of(spec, node, [shape_of(spec, b, seen) for b in node["allOf"]], name)
    kind = _type(node)
    fields = {}
    if kind == "object":
        required = set(node.get("required", ()))
        for key, value in node.get("properties", {}).items():
            shape = shape_of(spec, value, seen)
            if isinstance(value, Mapping) and value.get("deprecated"):
                shape = _with(shape, deprecated=True)
            fields[key] = Field(shape, key in required, name)
    items = shape_of(spec, node.get("items", {}), seen) if kind == "list" else None
    values = tuple(str(v) for v in node["enum"] if v is not None) if "enum" in node else None
    return Shape(
        kind, name, bool(node.get("nullable")) or None in node.get("enum", ()), values,
        fields=fields, items=items, default=node.get("default"),
        deprecated=bool(node.get("deprecated")),
        rules={k: node[k] for k in RULES if k in node and not (k == "format" and
               node[k] in FORMAT_TYPES)},
    )  # fmt: skip


def _type(node: Mapping[str, Any]) -> str:
    kind = node.get("type")
    if kind == "string":
        return FORMAT_TYPES.get(node.get("format", ""), "str")
    if kind == "array":
        return "list"
    if kind == "object" or (kind is None and "properties" in node):
        return "object"
    return SCALAR_TYPES.get(str(kind), "Any")


def _union(spec: Spec, node: Any, shapes: list[Shape], name: str | None) -> Shape:
    nullable = bool(node.get("nullable")) or any(s.nullable for s in shapes)
    enums = [s for s in shapes if s.values is not None]
    plain = [s for s in shapes if s.type == "str" and s.values is None and not s.rules]
    if len(enums) == 1 and len(shapes) == 1 + len(plain):  # [Enum, string]: an open enum
        return _with(enums[0], nullable=nullable, open=bool(plain))
    if len(shapes) == 1:
        return _with(shapes[0], nullable=nullable, name=shapes[0].name or name)
    kinds = " | ".join(sorted({s.python for s in shapes}))
    return Shape(kinds, name, nullable, deprecated=bool(node.get("deprecated")))


def _all_of(spec: Spec, node: Any, shapes: list[Shape], name: str | None) -> Shape:
    if len(shapes) == 1:
        return _with(shapes[0], nullable=bool(node.get("nullable")) or shapes[0].nullable)
    fields: dict[str, Field] = {}
    for shape in shapes:
        fields.update(shape.fields)
    return Shape("object", name, bool(node.get("nullable")), fields=fields)


def _with(shape: Shape, **changes: Any) -> Shape:
    values = {**shape.__dict__, **changes}
    return Shape(**values)
