"""Calls that each break one rule of the spec, built from the spec (see _requests.py).

`violations(field, example)` gives, for each constraint of a field, a value that breaks that
one: missing (if required), of the wrong type, too short, too long, below its minimum, above its
maximum, off its pattern, off its format, outside its enum. `schema_probes(operation)` is the
operation's call once per violation, and once with members that exclude each other (`not`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ._requests import MISSING, Call, Field, Operation, smallest

WRONG_TYPE = {"string": 987654321, "integer": "x", "number": "x", "boolean": "x", "array": "x"}
BAD_FORMAT = {
    "date": "2025-02-30",
    "date-time": "2025-06-15T12:00:00",
    "iana-time-zone": "Mars/Olympus",
    "uri": "not a uri",
    "email": "no-at-sign.example.com",
}


@dataclass(frozen=True)
class Probe:
    operation: Operation
    field: str
    code: str
    call: Call
    checked_by: str  # "schema" or "handler"


def _off_pattern(schema: dict[str, Any], example: Any) -> str | None:
    """A value off the field's pattern: the example without digits and `@` if that is one."""
    low, high = schema.get("minLength", 0), schema.get("maxLength", 10**6)
    derived = re.sub("[0-9@]", "", example) if isinstance(example, str) else "!"
    for candidate in (derived, "!" * max(low, 1), "!" * 8, "a" * max(low, 1), "a-b c"):
        if low <= len(candidate) <= high and not re.search(schema["pattern"], candidate):
            return candidate
    return None


def violations(field: Field, example: Any) -> Iterator[tuple[str, Any]]:
    """(rule, value) for each constraint of the field, a value that breaks that one."""
    schema = field.schema
    kind = schema.get("type")
    if field.required and field.where != "path":
        yield "required", MISSING
    if kind in WRONG_TYPE and (field.where == "body" or kind != "string"):
        yield "type", WRONG_TYPE[kind]
    text = example if isinstance(example, str) else "a" * 64
    if schema.get("minLength", 0) > (1 if field.where == "path" else 0):
        yield "minLength", text[: schema["minLength"] - 1]
    if "maxLength" in schema:
        yield "maxLength", (text * (schema["maxLength"] + 1))[: schema["maxLength"] + 1]
    if "minimum" in schema:
        yield "minimum", schema["minimum"] - 1
    if "maximum" in schema:
        yield "maximum", schema["maximum"] + 1
    if "pattern" in schema and (value := _off_pattern(schema, example)) is not None:
        yield "pattern", value
    if schema.get("format") in BAD_FORMAT:
        yield "format", BAD_FORMAT[schema["format"]]
    if "enum" in schema:
        yield "enum", "not-one-of-them"


def value_of(call: Call, field: Field) -> Any:
    """The field's value in the call (None for a path or header parameter)."""
    if field.where == "query":
        return call.params.get(field.path[0])
    if field.where == "body" and isinstance(call.body, dict):
        node: Any = call.body
        for part in field.path:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                return None
        return node
    return None


def schema_probes(operation: Operation, base: Call | None = None) -> Iterator[Probe]:
    """One call per constraint of each field, from `base` (by default the documented call)."""
    documented = base or Call.documented(operation)
    for target in operation.fields():
        for code, value in violations(target, value_of(documented, target)):
            call = documented.with_value(operation, target, value)
            yield Probe(operation, target.name, code, call, "schema")
    body = operation.body_schema
    if body is not None and "requestBody" in operation.op:
        if operation.op["requestBody"].get("required"):
            without = Call(documented.method, documented.path, documented.params, {}, MISSING)
            yield Probe(operation, "body", "required", without, "schema")
        exclusive = body.get("not", {}).get("required", [])
        if exclusive:
            both = {name: smallest(operation.spec, body["properties"][name]) for name in exclusive}
            call = Call(documented.method, documented.path, documented.params, {}, both)
            call.body = {**documented.body, **both}
            yield Probe(operation, exclusive[-1], "not", call, "schema")
