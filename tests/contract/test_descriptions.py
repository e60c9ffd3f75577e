"""The documentation the SDK's help() is made of: every money field says its unit, and every
parameter of an operation is described where the generator reads it (its schema)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from _support import load_spec, operations, resolve

SPEC = load_spec()
MONEY = re.compile(r"cents|cost|price|amount|balance")
UNITS = re.compile(r"\b(cents|dollars)\b", re.IGNORECASE)


def properties() -> list[tuple[str, str, dict[str, Any]]]:
    """(schema, property, its schema) of every property of every component schema."""
    return [
        (name, prop, schema)
        for name, component in SPEC["components"]["schemas"].items()
        for prop, schema in component.get("properties", {}).items()
    ]


MONEY_FIELDS = [(name, prop, schema) for name, prop, schema in properties() if MONEY.search(prop)]


def test_the_money_fields_are_the_ones_of_the_three_units() -> None:
    names = {f"{name}.{prop}" for name, prop, _ in MONEY_FIELDS}
    assert {"Credits.balance_cents", "LineItem.unit_price", "LineItem.total_cost",
            "UsageSummary.ai_cost_cents", "ProjectUsageItem.cost_cents",
            "AiUsageCreate.cost_cents"} <= names  # fmt: skip


@pytest.mark.parametrize(
    ("schema", "prop", "definition"), MONEY_FIELDS, ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_money_field_states_its_unit(schema: str, prop: str, definition: Any) -> None:
    description = definition.get("description", "")
    assert UNITS.search(description), f"{schema}.{prop}: say cents or dollars in {description!r}"
    if prop.endswith("_cents") and definition.get("type") == "integer":
        assert "integer cents" in description, f"{schema}.{prop}: {description!r}"


def parameters() -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for _, _, operation in operations(SPEC):
        for parameter in operation.get("parameters", []):
            parameter = resolve(SPEC, parameter)
            found.append((operation["operationId"], parameter["name"], parameter))
    return found


@pytest.mark.parametrize(
    ("operation", "name", "parameter"), parameters(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_parameter_schema_is_described(operation: str, name: str, parameter: Any) -> None:
    # openapi-python-client 0.29 reads a parameter's description from its schema only, and the
    # generated docstring (so the SDK's help()) has only what the generator reads.
    schema = resolve(SPEC, parameter["schema"])
    assert schema.get("description"), f"{operation}: describe the schema of parameter {name}"


def test_every_field_of_every_schema_is_described() -> None:
    """Each field says what it is (its own description, or its referenced schema's): help() of
    a model, the HTML views' tooltips and the method docstrings show these texts."""
    schemas = SPEC["components"]["schemas"]
    missing = []
    for name, component in schemas.items():
        for prop, definition in component.get("properties", {}).items():
            if "$ref" in definition:
                definition = schemas[definition["$ref"].rsplit("/", 1)[1]]
            if not definition.get("description"):
                missing.append(f"{name}.{prop}")
    assert not missing, f"describe {missing} in openapi.yaml"
