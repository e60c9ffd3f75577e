"""How each change of openapi.yaml is classified and said, on a one-operation spec.

Each case edits a copy of one small spec (GET /things, `getThing` tagged `billing`: the method
`r.billing.get_thing()`, a `limit` query parameter, a `Thing` result) and pins the exact lines
`nox -s changes` prints for it, with their severity.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from changes.change import Level, combine
from changes.wire import compare_specs

M = "r.billing.get_thing()"
B, SOME, OK = "BREAKING", "SOME_USERS", "NON_BREAKING"
KINDS = """The kinds:

| kind | status | title | meaning |
|---|---|---|---|
| `not-found` | 404 | Not found | Nothing there. |
| `email-in-use` | 409 | Email address in use | Taken. |
"""


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def base() -> dict[str, Any]:
    thing = {
        "type": "object",
        "required": ["id", "size", "kind", "tags", "owner"],
        "properties": {
            "id": {"type": "string"},
            "size": {"type": "integer", "nullable": True},
            "kind": {"anyOf": [{"$ref": "#/components/schemas/Kind"}, {"type": "string"}]},
            "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}},
            "owner": {"$ref": "#/components/schemas/Owner"},
        },
    }
    return {
        "openapi": "3.0.3",
        "paths": {
            "/things": {
                "get": {
                    "tags": ["billing"],
                    "operationId": "getThing",
                    "parameters": [{"$ref": "#/components/parameters/Limit"}],
                    "responses": {
                        "200": {"$ref": "#/components/responses/Thing"},
                        "404": {"description": "Not found."},
                    },
                }
            }
        },
        "components": {
            "parameters": {
                "Limit": {
                    "name": "limit",
                    "in": "query",
                    "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10},
                }
            },
            "responses": {
                "Thing": {
                    "description": "A thing.",
                    "content": {"application/json": {"schema": ref("Thing")}},
                }
            },
            "schemas": {
                "Thing": thing,
                "Kind": {"type": "string", "enum": ["small", "large"]},
                "Tag": {"required": ["name"], "properties": {"name": {"type": "string"}}},
                "Owner": {"required": ["id"], "properties": {"id": {"type": "string"}}},
                "Problem": {"properties": {"type": {"type": "string", "description": KINDS}}},
            },
        },
    }  # fmt: skip


def op(spec: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"]["/things"]["get"]
    return operation


def schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def limit(spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["parameters"]["Limit"]
    return found


def add_body(spec: dict[str, Any], properties: dict[str, Any], required: list[str]) -> None:
    body = {"type": "object", "required": required, "properties": properties}
    op(spec)["requestBody"] = {"content": {"application/json": {"schema": body}}}


Edit = Callable[[dict[str, Any]], None]


def said(edit: Edit, before: Edit | None = None) -> list[tuple[str, str]]:
    """The (severity, line) of every change that `edit` makes to the spec (after `before`)."""
    old = base()
    if before is not None:
        before(old)
    new = copy.deepcopy(old)
    edit(new)
    names = {404: "NotFoundError", 409: "ConflictError", 410: "APIStatusError"}
    found = combine(compare_specs(old, new, lambda status: names[status]), [])
    return [(item.level.name, str(item)) for item in found]


CASES: dict[str, tuple[Edit, list[tuple[str, str]]]] = {
    # the result
    "result field removed": (
        lambda s: schema(s, "Thing")["properties"].pop("id"),
        [(B, f"{M}: result field id removed")],
    ),
    "result field added": (
        lambda s: schema(s, "Thing")["properties"].update(color={"type": "string"}),
        [(OK, f"{M}: new result field color")],
    ),
    "result field type": (
        lambda s: schema(s, "Thing")["properties"].update(id={"type": "integer"}),
        [(B, f"{M}: result field id changes type from str to int")],
    ),
    "result field format": (
        lambda s: schema(s, "Thing")["properties"]["id"].update(format="date-time"),
        [(B, f"{M}: result field id changes type from str to datetime")],
    ),
    "result field nullable": (
        lambda s: schema(s, "Thing")["properties"]["id"].update(nullable=True),
        [(B, f"{M}: result field id may now be None")],
    ),
    "result field never null": (
        lambda s: schema(s, "Thing")["properties"]["size"].pop("nullable"),
        [(OK, f"{M}: result field size is never None any more")],
    ),
    "result field may be absent": (
        lambda s: schema(s, "Thing")["required"].remove("id"),
        [(B, f"{M}: result field id may now be absent")],
    ),
    "result field always there": (
        lambda s: schema(s, "Thing")["required"].append("color"),
        [],  # a required name with no property: nothing a user sees
    ),
    "new enum value in a result": (
        lambda s: schema(s, "Kind")["enum"].append("huge"),
        [(SOME, f"{M}: result field kind may now be 'huge'")],
    ),
    "enum value no longer returned": (
        lambda s: schema(s, "Kind")["enum"].remove("large"),
        [(OK, f"{M}: result field kind: value 'large' no longer returned")],
    ),
    "nested field removed": (
        lambda s: schema(s, "Owner")["properties"].pop("id"),
        [(B, f"{M}: result field owner.id removed")],
    ),
    "field of list items changed": (
        lambda s: schema(s, "Tag")["properties"].update(name={"type": "boolean"}),
        [(B, f"{M}: result field tags[].name changes type from str to bool")],
    ),
    "result field deprecated": (
        lambda s: schema(s, "Thing")["properties"]["id"].update(deprecated=True),
        [(OK, f"{M}: result field id deprecated")],
    ),
    "whole result changed": (
        lambda s: s["components"]["responses"]["Thing"]["content"]["application/json"].update(
            schema={"type": "array", "items": {"type": "string"}}
        ),
        [(B, f"{M}: result changes type from Thing to list[str]")],
    ),
    "result removed": (
        lambda s: s["components"]["responses"]["Thing"].pop("content"),
        [(B, f"{M}: result is now None")],
    ),
    # the arguments
    "new required argument": (
        lambda s: op(s)["parameters"].append(
            {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        [(B, f"{M}: new required argument region")],
    ),
    "new optional argument": (
        lambda s: op(s)["parameters"].append(
            {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"}}
        ),
        [(OK, f"{M}: new optional argument from_")],
    ),
    "new path argument": (
        lambda s: op(s)["parameters"].append(
            {"name": "thing_id", "in": "path", "schema": {"type": "string"}}
        ),
        [(B, f"{M}: new required argument thing_id")],
    ),
    "argument removed": (
        lambda s: op(s).update(parameters=[]),
        [(B, f"{M}: argument limit removed")],
    ),
    "argument now required": (
        lambda s: limit(s).update(required=True),
        [(B, f"{M}: argument limit now required")],
    ),
    "argument type": (
        lambda s: limit(s)["schema"].update(type="string"),
        [(B, f"{M}: argument limit changes type from int to str")],
    ),
    "argument widened": (
        lambda s: limit(s)["schema"].update(type="number"),
        [(OK, f"{M}: argument limit changes type from int to float")],
    ),
    "maximum lowered": (
        lambda s: limit(s)["schema"].update(maximum=50),
        [(B, f"{M}: argument limit: maximum 100 -> 50")],
    ),
    "maximum raised": (
        lambda s: limit(s)["schema"].update(maximum=500),
        [(OK, f"{M}: argument limit: maximum 100 -> 500")],
    ),
    "minimum raised": (
        lambda s: limit(s)["schema"].update(minimum=5),
        [(B, f"{M}: argument limit: minimum 1 -> 5")],
    ),
    "minimum dropped": (
        lambda s: limit(s)["schema"].pop("minimum"),
        [(OK, f"{M}: argument limit: minimum 1 -> none")],
    ),
    "new rule": (
        lambda s: limit(s)["schema"].update(multipleOf=5),
        [(B, f"{M}: argument limit: multipleOf none -> 5")],
    ),
    "default changed": (
        lambda s: limit(s)["schema"].update(default=20),
        [(SOME, f"{M}: argument limit: default 10 -> 20")],
    ),
    "argument now nullable": (
        lambda s: limit(s)["schema"].update(nullable=True),
        [(OK, f"{M}: argument limit now accepts None")],
    ),
    "argument deprecated": (
        lambda s: limit(s).update(deprecated=True),
        [(OK, f"{M}: argument limit deprecated")],
    ),
    "new body fields": (
        lambda s: add_body(
            s, {"note": {"type": "string"}, "size": {"$ref": "#/components/schemas/Kind"}}, ["size"]
        ),
        [(B, f"{M}: new required argument size"), (OK, f"{M}: new optional argument note")],
    ),
    # the method
    "operation removed": (lambda s: s["paths"].clear(), [(B, f"{M} removed")]),
    "operation added": (
        lambda s: s["paths"].update(
            {
                "/credits": {
                    "get": {"tags": ["billing"], "operationId": "getCredits", "responses": {}}
                }
            }
        ),
        [(OK, "new method r.billing.get_credits()")],
    ),
    "operation renamed": (
        lambda s: op(s).update(operationId="fetchThing"),
        [(B, "r.billing.get_thing() renamed to r.billing.fetch_thing()")],
    ),
    "operation deprecated": (
        lambda s: op(s).update(deprecated=True),
        [(OK, f"{M} deprecated")],
    ),
    "operation moved": (
        lambda s: s["paths"].update({"/v2/things": s["paths"].pop("/things")}),
        [(OK, f"{M}: now GET /v2/things (was GET /things)")],
    ),
    "new error status": (
        lambda s: op(s)["responses"].update({"409": {"description": "Conflict."}}),
        [(SOME, f"{M}: may now raise ConflictError (409)")],
    ),
    "error status dropped": (
        lambda s: op(s)["responses"].pop("404"),
        [(OK, f"{M}: no longer raises NotFoundError (404)")],
    ),
    "success status changed": (
        lambda s: op(s)["responses"].update({"201": op(s)["responses"].pop("200")}),
        [(SOME, f"{M}: success status 200 -> 201 (seen in raw responses)")],
    ),
    # the error codes
    "error code removed": (
        lambda s: schema(s, "Problem")["properties"]["type"].update(
            description=KINDS.replace(
                "| `email-in-use` | 409 | Email address in use | Taken. |\n", ""
            )
        ),
        [(SOME, "error code 'email-in-use' no longer returned")],
    ),
    "error code status changed": (
        lambda s: schema(s, "Problem")["properties"]["type"].update(
            description=KINDS.replace("`email-in-use` | 409", "`email-in-use` | 410")
        ),
        [(B, "error code 'email-in-use': now APIStatusError (410), was ConflictError (409)")],
    ),
    "error code added": (
        lambda s: schema(s, "Problem")["properties"]["type"].update(
            description=KINDS + "| `gone` | 410 | Gone | Used. |\n"
        ),
        [(OK, "new error code 'gone': APIStatusError (410)")],
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_change_is_said_in_the_users_terms(case: str) -> None:
    edit, expected = CASES[case]
    assert said(edit) == expected


def test_an_unchanged_spec_has_no_change() -> None:
    assert said(lambda s: None) == []


def test_a_request_enum_value_removed_or_added() -> None:
    def with_kind(s: dict[str, Any]) -> None:
        add_body(s, {"kind": {"$ref": "#/components/schemas/Kind"}}, [])

    def drop_large(s: dict[str, Any]) -> None:
        schema(s, "Kind")["enum"] = ["small", "huge"]

    assert said(drop_large, before=with_kind) == [
        (B, f"{M}: argument kind: value 'large' no longer accepted"),
        (SOME, f"{M}: result field kind may now be 'huge'"),
        (OK, f"{M}: argument kind: value 'huge' now accepted"),
        (OK, f"{M}: result field kind: value 'large' no longer returned"),
    ]


def test_a_body_field_made_required_or_optional() -> None:
    def with_note(s: dict[str, Any]) -> None:
        add_body(s, {"note": {"type": "string"}, "size": {"type": "integer"}}, ["size"])

    def swap(s: dict[str, Any]) -> None:
        body = op(s)["requestBody"]["content"]["application/json"]["schema"]
        body["required"] = ["note"]

    assert said(swap, before=with_note) == [
        (B, f"{M}: argument note now required"),
        (OK, f"{M}: argument size now optional"),
    ]


def test_a_string_argument_limited_to_values_breaks() -> None:
    def with_name(s: dict[str, Any]) -> None:
        add_body(s, {"name": {"type": "string"}}, [])

    def listed(s: dict[str, Any]) -> None:
        s["paths"]["/things"]["get"]["requestBody"]["content"]["application/json"]["schema"][
            "properties"
        ]["name"]["enum"] = ["a", "b"]

    assert said(listed, before=with_name) == [(B, f"{M}: argument name: only 'a', 'b' accepted")]


def test_like_changes_of_several_methods_are_one_line() -> None:
    def second_operation(s: dict[str, Any]) -> None:
        other = copy.deepcopy(op(s))
        other["operationId"] = "getOther"
        s["paths"]["/others"] = {"get": other}

    def drop_id(s: dict[str, Any]) -> None:
        schema(s, "Owner")["properties"].pop("id")

    found = said(drop_id, before=second_operation)
    assert found == [(B, f"{M}, r.billing.get_other(): result field owner.id removed")]


def test_the_most_breaking_come_first() -> None:
    def several(s: dict[str, Any]) -> None:
        schema(s, "Thing")["properties"]["color"] = {"type": "string"}
        schema(s, "Kind")["enum"].append("huge")
        schema(s, "Thing")["properties"].pop("id")

    assert [level for level, _ in said(several)] == [B, SOME, OK]
    assert Level.BREAKING > Level.SOME_USERS > Level.NON_BREAKING


def test_a_schema_that_contains_itself_is_compared_once() -> None:
    def with_parent(s: dict[str, Any]) -> None:
        schema(s, "Owner")["properties"]["parent"] = ref("Owner")

    def drop_id(s: dict[str, Any]) -> None:
        schema(s, "Owner")["properties"].pop("id")

    assert said(drop_id, before=with_parent) == [(B, f"{M}: result field owner.id removed")]


def test_a_spec_without_paths_or_components_has_no_operations() -> None:
    assert [str(c) for c in combine(compare_specs({}, base(), str), [])] == [
        "new method r.billing.get_thing()",
        "new error code 'not-found': 404 (404)",
        "new error code 'email-in-use': 409 (409)",
    ]


def test_the_items_of_a_list_result_are_named_by_their_fields() -> None:
    def as_list(s: dict[str, Any]) -> None:
        content = s["components"]["responses"]["Thing"]["content"]["application/json"]
        content["schema"] = {"type": "array", "items": ref("Thing")}

    def nullable_id(s: dict[str, Any]) -> None:
        schema(s, "Thing")["properties"]["id"]["nullable"] = True
        schema(s, "Thing")["properties"]["tags"]["items"] = {"type": "string"}

    assert said(nullable_id, before=as_list) == [
        (B, f"{M}: result field id may now be None"),
        (B, f"{M}: result field tags[] changes type from Tag to str"),
    ]

    def of_text(s: dict[str, Any]) -> None:
        content = s["components"]["responses"]["Thing"]["content"]["application/json"]
        content["schema"] = {"type": "array", "items": {"type": "string", "nullable": True}}

    def of_numbers(s: dict[str, Any]) -> None:
        content = s["components"]["responses"]["Thing"]["content"]["application/json"]
        content["schema"]["items"] = {"type": "number"}

    assert said(of_numbers, before=of_text) == [
        (B, f"{M}: each result item changes type from str to float")
    ]


def test_a_body_field_is_about_its_model() -> None:
    """So that the model's field, which the Python API sees too, is told once."""

    def with_body(s: dict[str, Any]) -> None:
        schema(s, "Thing")["properties"]["note"] = {"type": "string", "nullable": True}
        op(s)["requestBody"] = {"content": {"application/json": {"schema": ref("Thing")}}}

    def not_nullable(s: dict[str, Any]) -> None:
        schema(s, "Thing")["properties"]["note"].pop("nullable")

    old = base()
    with_body(old)
    new = copy.deepcopy(old)
    not_nullable(new)
    (request, response) = compare_specs(old, new, str)
    assert str(request) == f"{M}: argument note no longer accepts None"
    assert str(response) == f"{M}: result field note is never None any more"
    assert request.keys == {(M, "note"), ("field", "Thing", "note")}
