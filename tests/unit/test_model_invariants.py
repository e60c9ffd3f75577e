"""The generated models: every documented field round-trips, and the properties that keep parsing
fast and imports cheap hold (checked on the code and on sys.modules, never by timing).

- every field of each response model's examples in openapi.yaml survives from_dict -> to_dict,
  the documented ones as attributes, only the others in `additional_properties`;
- `from_dict`, `from_dicts` and `to_dict` define nothing and import nothing per call;
- importing one model module loads that model and the models it refers to, no other; importing
  `rplatform.models` loads none until a name is used;
- lists of models are `ModelList`s as parsed (no pass over the result afterwards).
"""

from __future__ import annotations

import dis
import importlib
import subprocess
import sys
import types
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
import rplatform
from _support import load_spec, normal_json, operations, resolve, response_schema_names

SCHEMAS = load_spec()["components"]["schemas"]
OBJECTS = sorted(
    name for name in response_schema_names(load_spec()) if SCHEMAS[name].get("type") == "object"
)


def fragments(node: Any, value: Any) -> Iterator[tuple[str, Any]]:
    """(schema name, JSON object) for every object-typed component inside `value`."""
    ref = node.get("$ref", "") if isinstance(node, dict) else ""
    name = ref.rsplit("/", 1)[1] if ref.startswith("#/components/schemas/") else None
    node = resolve(load_spec(), node)
    if isinstance(value, dict) and name is not None and node.get("type") == "object":
        yield name, value
    if isinstance(value, dict):
        for key, schema in node.get("properties", {}).items():
            if key in value:
                yield from fragments(schema, value[key])
    elif isinstance(value, list) and "items" in node:
        for item in value:
            yield from fragments(node["items"], item)
    for option in node.get("anyOf", []) + node.get("oneOf", []) + node.get("allOf", []):
        yield from fragments(option, value)


def examples_by_model() -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {name: [] for name in OBJECTS}
    for _, _, operation in operations(load_spec()):
        for response in operation["responses"].values():
            for media in resolve(load_spec(), response).get("content", {}).values():
                for name, value in fragments(media["schema"], media.get("example")):
                    found[name].append(value)
    return found


EXAMPLES = examples_by_model()


def model_class(name: str) -> type[Any]:
    cls: type[Any] = getattr(importlib.import_module("rplatform_api.models"), name)
    return cls


@pytest.mark.parametrize("name", OBJECTS)
def test_every_documented_field_survives_a_round_trip(name: str) -> None:
    cls = model_class(name)
    assert EXAMPLES[name], f"openapi.yaml has no example body holding a {name}"
    declared = set(SCHEMAS[name]["properties"])
    for body in EXAMPLES[name]:
        parsed = cls.from_dict(body)
        assert set(parsed.additional_properties) == set(body) - declared  # as documented fields
        assert normal_json(parsed.to_dict()) == normal_json(body)
        assert cls.from_dicts([body, body]) == [parsed, parsed]  # the list path: same result


def generated_models() -> list[type[Any]]:
    models = importlib.import_module("rplatform_api.models")
    return [
        cls
        for cls in (getattr(models, name) for name in models.__all__)
        if hasattr(cls, "from_dict")
    ]


@pytest.mark.parametrize("cls", generated_models(), ids=lambda cls: cls.__name__)
def test_parsing_defines_and_imports_nothing_per_call(cls: type[Any]) -> None:
    for method in (cls.from_dict, cls.from_dicts, cls.to_dict):
        code = method.__code__
        nested = [const for const in code.co_consts if isinstance(const, types.CodeType)]
        assert not nested, f"{cls.__name__}.{code.co_name} defines {nested} on every call"
        imports = [op.argval for op in dis.get_instructions(code) if op.opname == "IMPORT_NAME"]
        assert not imports, f"{cls.__name__}.{code.co_name} imports {imports} on every call"


def loaded_models(code: str) -> set[str]:
    """The rplatform_api.models modules a fresh interpreter has loaded after running `code`."""
    probe = (
        f"{code}\nimport sys\nprint(' '.join(sorted(name.rsplit('.', 1)[1] for name in "
        "sys.modules if name.startswith('rplatform_api.models.'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return set(result.stdout.split())


def test_one_model_loads_only_itself_and_what_it_refers_to() -> None:
    assert loaded_models("import rplatform_api.models") == set()
    assert loaded_models("from rplatform_api.models import BillingStatus") == {
        "billing_status", "owner_type", "subscription_status"
    }  # fmt: skip
    assert loaded_models("from rplatform_api.models.usage_summary import UsageSummary") == {
        "usage_summary", "owner_type", "line_item"
    }  # fmt: skip


def test_public_models_load_on_first_use_of_a_name() -> None:
    assert loaded_models("import rplatform.models") == set()
    assert loaded_models("from rplatform.models import Session") == {"session"}
    assert loaded_models("from rplatform.models import BillingInfo") == {
        "billing_info", "credits_", "customer", "owner_type", "subscription",
        "subscription_status",
    }  # fmt: skip


def test_misspelt_model_names_raise_attribute_error() -> None:
    import rplatform.models

    models = importlib.import_module("rplatform_api.models")
    for module in (models, rplatform.models):
        with pytest.raises(AttributeError, match="BillingStatuss"):
            module.BillingStatuss  # noqa: B018
        assert "BillingStatus" in dir(module)


def test_lists_are_model_lists_as_parsed_at_every_depth() -> None:
    from rplatform.models import BillingInfo

    (info,) = EXAMPLES["BillingInfo"]
    parsed = BillingInfo.from_dict({**info, "subscriptions": [info["subscriptions"][0]] * 3})
    assert isinstance(parsed.subscriptions, rplatform.ModelList) and len(parsed.subscriptions) == 3


def test_each_instance_has_its_own_additional_properties() -> None:
    from rplatform.models import Session

    (first, second) = (Session.from_dict(body) for body in EXAMPLES["Session"][:1] * 2)
    first["seen"] = True
    assert "seen" not in second and first.additional_properties is not second.additional_properties


@pytest.mark.parametrize("cls", generated_models(), ids=lambda cls: cls.__name__)
def test_no_model_class_compiles_its_own_eq_or_repr_at_import(cls: type[Any]) -> None:
    # attrs would compile both for every class when its module loads: half its import time.
    assert "__eq__" not in vars(cls) and "__repr__" not in vars(cls)
    assert attrs.has(cls)


def test_models_compare_by_value_like_attrs_classes() -> None:
    from rplatform.models import LoginHistoryEntry, Session

    body = EXAMPLES["Session"][0]
    first, second = Session.from_dict(body), Session.from_dict(body)
    assert first == second and first is not second
    second.is_current = not second.is_current
    assert first != second
    assert first != LoginHistoryEntry.from_dict(EXAMPLES["LoginHistoryEntry"][0])
    assert first != body
    with pytest.raises(TypeError, match="unhashable"):
        hash(first)
    changed = attrs.evolve(first, user_agent="curl/8")
    assert changed.user_agent == "curl/8" and changed.id == first.id


def test_repr_names_every_field_in_order() -> None:
    from rplatform.models import Credits

    credits = Credits.from_dict({**EXAMPLES["Credits"][0], "expires_at": None})
    assert repr(credits) == (
        "Credits(\n    balance_cents=2500,\n    granted_cents=5000,\n    used_cents=2500,\n"
        "    currency='usd',\n    expires_at=None\n)"
    )  # one field a line (it is wider than 80 columns), in order, no additional_properties={}
