"""A model as a user reads it, whatever the server put in it: reprs bounded in depth and size,
each cut saying how much it left out; any field by its JSON name (`usage["total_cost_cents"]`);
an enum member shown as its value.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from _support import load_spec
from IPython.lib.pretty import pretty
from rplatform.models import BillingStatus, SubscriptionStatus, UsageSummary
from rplatform_api.types import MAX_DEPTH, MAX_ITEMS, MAX_TEXT


def example(path: str) -> dict[str, Any]:
    operation = load_spec()["paths"][path]["get"]
    body: dict[str, Any] = operation["responses"]["200"]["content"]["application/json"]["example"]
    return copy.deepcopy(body)


def status(**changes: Any) -> BillingStatus:
    return BillingStatus.from_dict({**example("/v1/billing/status"), **changes})


def usage(**changes: Any) -> UsageSummary:
    return UsageSummary.from_dict({**example("/v1/billing/usage"), **changes})


def nested(depth: int) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = [value]
    return value


def test_an_unknown_field_nested_400_deep_reprs_cut_at_the_depth_limit() -> None:
    model = status(tier=nested(400))
    expected = "[" * (MAX_DEPTH - 1) + "[...]" + "]" * (MAX_DEPTH - 1)  # the dict is a level
    assert MAX_DEPTH == 12
    assert repr(model).endswith(f"    additional_properties={{'tier': {expected}}}\n)")
    assert f"'tier': {expected}" in pretty(model)
    shallow = status(tier=nested(MAX_DEPTH - 1))  # as deep as shown: nothing cut
    assert "'tier': " + "[" * (MAX_DEPTH - 1) + "'bottom'" + "]" * (MAX_DEPTH - 1) in repr(shallow)


def test_a_long_string_reprs_cut_saying_how_much() -> None:
    model = status(owner_id="o" * 5_000_000)
    assert MAX_TEXT == 1_000
    shown = f"owner_id={'o' * 1_000!r}... (4,999,000 characters cut),"
    assert shown in repr(model) and shown in pretty(model)
    assert len(repr(model)) < 2_000
    assert model.owner_id == "o" * 5_000_000  # the value itself is whole


def test_a_long_list_or_dict_reprs_its_first_items_and_counts_the_rest() -> None:
    model = status(tags=list(range(MAX_ITEMS + 5)), counts={f"k{i}": i for i in range(1_002)})
    text = repr(model)
    inside = " " * 12  # an item of a value of additional_properties
    assert f"{inside}{MAX_ITEMS - 1},\n{inside}... (5 more)\n        ]" in text
    assert f"{inside}'k999': 999,\n{inside}... (2 more)\n        }}" in text
    assert "... (5 more)" in pretty(model) and "... (2 more)" in pretty(model)
    exact = status(tags=list(range(MAX_ITEMS)))
    assert "more)" not in repr(exact)


def test_a_list_inside_itself_still_reads_as_a_cycle() -> None:
    loop: list[Any] = [1]
    loop.append(loop)
    assert "additional_properties={'loop': [1, [...]]}" in repr(status(loop=loop))


def test_a_huge_key_reprs_cut() -> None:
    text = repr(status(**{"k" * 5_000: 1}))
    assert f"{'k' * 1_000!r}... (4,000 characters cut): 1" in text


@pytest.mark.parametrize(
    ("key", "value"),
    [("total_cost_cents", 12345), ("currency", "usd"), ("month", 6), ("region", "eu")],
)
def test_any_field_reads_by_its_json_name(key: str, value: Any) -> None:
    summary = usage(region="eu", total_cost_cents=12345)
    assert summary[key] == value and key in summary


def test_a_missing_key_names_the_fields_the_model_has() -> None:
    summary = usage(region="eu")
    with pytest.raises(KeyError) as info:
        summary["total_costs_cents"]
    names = ", ".join([*example("/v1/billing/usage"), "region"])
    assert info.value.args[0] == f"UsageSummary has no field 'total_costs_cents'; it has: {names}"
    assert "total_costs_cents" not in summary


def test_setting_a_documented_key_sets_its_field_and_deleting_it_is_refused() -> None:
    summary = usage()
    summary["total_cost_cents"] = 1
    assert summary.total_cost_cents == 1 and summary.to_dict()["total_cost_cents"] == 1
    summary["region"] = "eu"
    assert summary.additional_properties == {"region": "eu"}
    del summary["region"]
    assert "region" not in summary
    with pytest.raises(TypeError) as info:
        del summary["total_cost_cents"]
    assert str(info.value) == (
        "'total_cost_cents' is a documented field of UsageSummary: set it, it cannot be deleted"
    )
    with pytest.raises(KeyError, match="UsageSummary has no field 'nothing'"):
        del summary["nothing"]


def test_an_enum_member_shows_as_its_value_and_equals_both() -> None:
    model = status(status="trialing")
    assert model.status is SubscriptionStatus.TRIALING
    assert repr(model.status) == "'trialing'" and pretty(model.status) == "'trialing'"
    assert model.status == "trialing" and model.status == SubscriptionStatus.TRIALING
    assert str(model.status) == "trialing" and f"{model.status}" == "trialing"
