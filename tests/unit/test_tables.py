"""ModelList: list results render as HTML tables (text left, numbers right, numbers formatted
per column, missing values blank, long lists cut with a count), convert to dicts, JSON and
pandas (columns and dtypes from the model class, even when empty), and repr readably.

Expected values are literals: none is computed from the constants under test."""

from __future__ import annotations

import datetime
import json
import re
import sys
from typing import Any

import pytest
from _support import load_spec
from rplatform_api import models
from rplatform_api.lists import ModelList
from rplatform_api.models import (
    BillingInfo,
    BillingPeriod,
    BillingPeriods,
    LineItem,
    ProjectUsageSummary,
    Session,
    Subscription,
    SubscriptionStatus,
    UsageSummary,
)
from rplatform_api.types import parse_list

TIMES = "\N{MULTIPLICATION SIGN}"  # in "3 x LineItem"


def session(n: int, **changes: Any) -> Session:
    body = {
        "id": f"session_{n}",
        "user_agent": "Mozilla/5.0",
        "ip_address": "203.0.113.10",
        "is_current": n == 1,
        "created_at": "2025-06-01T00:00:00Z",
        "last_active_at": "2025-06-15T12:00:00Z",
        "expires_at": "2025-07-01T00:00:00Z",
    }
    return Session.from_dict({**body, **changes})


def line_item(name: str, unit_price: float, total_cost: float) -> dict[str, Any]:
    return {"name": name, "meter": "m", "quantity": 120.5, "unit": "hours",
            "unit_price": unit_price, "total_cost": total_cost}  # fmt: skip


def examples() -> list[tuple[str, type[Any], Any]]:
    """(operationId, model class, example body) of every documented success response."""
    found = []
    for item in load_spec()["paths"].values():
        for operation in item.values():
            for code, response in operation["responses"].items():
                content = response.get("content", {}).get("application/json")
                if not code.startswith("2") or content is None:
                    continue
                schema = content["schema"]
                ref = schema.get("$ref") or schema["items"]["$ref"]
                cls = getattr(models, ref.rsplit("/", 1)[1])
                found.append((operation["operationId"], cls, content["example"]))
    return found


def example(operation_id: str) -> Any:
    return next(body for op, _, body in examples() if op == operation_id)


def cells(html: str) -> list[list[tuple[str, str]]]:
    """Each body row of a table: its cells as (style, text), the row number's cell first."""
    body = html.split("<tbody>", 1)[1]
    return [
        re.findall(r'<t[hd](?: colspan="\d+")? style="([^"]*)">(.*?)</t[hd]>', row)
        for row in re.findall(r"<tr>(.*?)</tr>", body)
    ]


def headers(html: str) -> list[tuple[str, str]]:
    """The column headers as (style, name without <wbr>), the row numbers' column left out."""
    head = html.split("<thead>", 1)[1].split("</thead>", 1)[0]
    found = re.findall(r'<th style="([^"]*)"(?: title="[^"]*")?>(.*?)</th>', head)
    return [(style, name.replace("<wbr>", "")) for style, name in found][1:]


def test_lists_of_models_are_parsed_into_model_lists_that_know_their_model() -> None:
    items = [session(1), session(2)]
    table = parse_list([item.to_dict() for item in items], Session.from_dicts)
    assert type(table) is ModelList._typed(Session) and isinstance(table, list)
    assert table == items
    empty = parse_list([], Session.from_dicts)
    assert type(empty) is ModelList._typed(Session) and empty._model is Session


def test_list_fields_of_models_are_model_lists() -> None:
    usage = UsageSummary.from_dict(example("getUsage"))
    periods = BillingPeriods.from_dict(example("getPeriods"))
    info = BillingInfo.from_dict(example("get"))
    assert type(usage.line_items) is ModelList._typed(LineItem) and usage.line_items
    assert type(periods.periods) is ModelList._typed(BillingPeriod) and periods.periods
    assert type(info.subscriptions) is ModelList._typed(Subscription) and info.subscriptions
    assert "<table" in (usage.line_items._repr_html_() or "")


def test_html_table_has_a_column_per_field_a_row_per_item_and_a_caption() -> None:
    html = ModelList([session(1), session(2)])._repr_html_() or ""
    assert html.startswith("<div") and "<table" in html
    assert [name for _, name in headers(html)] == [
        "id", "user_agent", "ip_address", "is_current", "created_at", "last_active_at",
        "expires_at",
    ]  # fmt: skip
    assert "additional_properties" not in html
    rows = cells(html)
    assert len(rows) == 2
    assert [text for _, text in rows[1]] == [
        "1", "session_2", "Mozilla/5.0", "203.0.113.10", "False", "2025-06-01 00:00:00Z",
        "2025-06-15 12:00:00Z", "2025-07-01 00:00:00Z",
    ]  # fmt: skip
    assert "<caption" in html and f"2 {TIMES} Session</caption>" in html
    elsewhere = ModelList([session(3, created_at="2025-06-01T02:00:00.5+02:00")])._repr_html_()
    assert "<td" in (elsewhere or "") and "2025-06-01 02:00:00.500000+02:00" in (elsewhere or "")


def test_text_is_left_aligned_and_numbers_right_aligned() -> None:
    usage = UsageSummary.from_dict(example("getUsage"))
    html = usage.line_items._repr_html_() or ""
    aligned = {name: style for style, name in headers(html)}
    assert "text-align:left" in aligned["name"] and "text-align:left" in aligned["unit"]
    assert "text-align:right" in aligned["quantity"] and "text-align:right" in aligned["total_cost"]
    row = dict(zip(["#", *aligned], cells(html)[0], strict=True))
    assert "text-align:left" in row["name"][0] and row["name"][1] == "Sandbox compute"
    assert "text-align:left" in row["meter"][0]
    assert "text-align:right" in row["quantity"][0] and row["quantity"][1] == "120.5"
    assert "text-align:right" in row["total_cost"][0] and row["total_cost"][1] == "6.03"


def test_a_float_column_has_one_number_of_decimals_and_no_exponent() -> None:
    items = [line_item("a", 6e-06, 36.58), line_item("b", 0.05, 12.0), line_item("c", 0.125, 0.9)]
    html = ModelList(LineItem.from_dicts(items))._repr_html_() or ""
    columns = [name for _, name in headers(html)]
    rows = [
        dict(zip(["#", *columns], (text for _, text in row), strict=True)) for row in cells(html)
    ]
    assert [row["unit_price"] for row in rows] == ["0.000006", "0.050000", "0.125000"]
    assert [row["total_cost"] for row in rows] == ["36.58", "12.00", "0.90"]
    assert [row["quantity"] for row in rows] == ["120.5", "120.5", "120.5"]
    assert "e-06" not in html


def test_missing_values_are_blank_and_nested_models_are_parent_child_columns() -> None:
    info = example("get")
    html = ModelList([BillingInfo.from_dict({**info, "customer": None})])._repr_html_() or ""
    columns = [name for _, name in headers(html)]
    assert "customer.name" in columns and "credits.balance_cents" in columns
    assert not [name for name in columns if "credits_" in name]
    row = dict(zip(["#", *columns], (text for _, text in cells(html)[0]), strict=True))
    assert row["customer.name"] == "" and row["customer.created_at"] == ""
    assert "None" not in html
    assert row["credits.balance_cents"] == "2500"
    assert row["subscriptions"] == f"1 {TIMES} Subscription"  # a list inside a row, counted
    assert row["owner_type"] == "organization"


def test_html_escapes_values_and_shows_unknown_fields_last() -> None:
    info = example("get")
    hostile = {**info, "customer": {**info["customer"], "name": "<script>alert(1)</script>"}}
    model = BillingInfo.from_dict({**hostile, "brand_new": "x&y"})
    html = ModelList([model])._repr_html_() or ""
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert [name for _, name in headers(html)][-1] == "brand_new"
    assert cells(html)[0][-1][1] == "x&amp;y"


def test_long_lists_show_the_first_and_last_rows_around_a_count() -> None:
    table = ModelList([session(n) for n in range(100)])
    html = table._repr_html_() or ""
    rows = cells(html)
    assert len(rows) == 16  # 10 first rows, the count, 5 last rows
    assert [row[1][1] for row in rows[:10]] == [f"session_{n}" for n in range(10)]
    assert rows[10][1][1] == "… 85 more rows"
    assert [row[1][1] for row in rows[11:]] == [f"session_{n}" for n in range(95, 100)]
    assert [row[0][1] for row in rows[11:]] == ["95", "96", "97", "98", "99"]
    assert f"100 {TIMES} Session" in html
    whole = ModelList([session(n) for n in range(60)])._repr_html_() or ""
    assert len(cells(whole)) == 60 and "more rows" not in whole


def test_an_empty_result_is_an_empty_table_with_its_columns() -> None:
    empty = parse_list([], ProjectUsageSummary.from_dicts)
    html = empty._repr_html_() or ""
    assert [name for _, name in headers(html)][:2] == ["project_id", "project_name"]
    assert cells(html) == [] and f"0 {TIMES} ProjectUsageSummary" in html
    # A list built by hand knows no model when empty: Jupyter shows its repr.
    assert ModelList[Session]()._repr_html_() is None
    assert repr(ModelList[Session]()) == "[]"


def test_slices_are_tables_of_the_same_model_and_indexes_are_models() -> None:
    table = parse_list([session(n).to_dict() for n in (1, 2, 3)], Session.from_dicts)
    assert type(table[:2]) is ModelList._typed(Session) and table[:2] == [session(1), session(2)]
    assert table[3:]._model is Session and f"0 {TIMES} Session" in (table[3:]._repr_html_() or "")
    assert type(table[-1]) is Session


def test_to_dicts_and_to_json_are_each_models_to_dict() -> None:
    items = [session(1), session(2, brand_new=[1, 2])]
    assert ModelList(items).to_dicts() == [item.to_dict() for item in items]
    assert ModelList(items).to_dicts()[1]["brand_new"] == [1, 2]
    assert json.loads(ModelList(items).to_json()) == ModelList(items).to_dicts()
    assert ModelList(items).to_json(indent=2).startswith('[\n  {\n    "')


def test_repr_of_a_list_puts_one_model_a_line_when_it_does_not_fit() -> None:
    text = repr(ModelList([session(1), session(2)]))
    assert text.startswith("[\n    Session(\n        id='session_1',\n")
    assert text.endswith("expires_at=2025-07-01 00:00:00+00:00\n    )\n]")


def test_to_pandas_types_every_column_from_the_model() -> None:
    pandas = pytest.importorskip("pandas")
    info = BillingInfo.from_dict({**example("get"), "customer": None})
    frame = ModelList([info]).to_pandas()
    assert list(frame.columns)[:4] == ["owner_type", "owner_id", "currency", "has_payment_method"]
    assert "credits.balance_cents" in frame.columns and "customer.name" in frame.columns
    cell = frame.loc[0, "owner_type"]
    assert type(cell) is str and cell == "organization"  # not the str-subclass enum member
    assert str(frame["credits.balance_cents"].dtype) == "int64"
    assert frame.loc[0, "credits.balance_cents"] == 2500
    assert str(frame["customer.has_payment_method"].dtype) == "boolean"  # may be null
    assert frame["customer.created_at"].isna().all()
    assert str(frame["credits.expires_at"].dtype) == "datetime64[ns, UTC]"
    assert frame.loc[0, "credits.expires_at"] == pandas.Timestamp("2026-01-01T00:00:00Z")
    assert frame.loc[0, "subscriptions"][0]["status"] == "active"


def test_to_pandas_gives_dates_as_datetime64_and_money_as_numbers() -> None:
    pytest.importorskip("pandas")
    periods = BillingPeriods.from_dict(example("getPeriods")).periods.to_pandas()
    assert str(periods["start_date"].dtype) == "datetime64[ns]"
    assert periods.loc[0, "start_date"] == datetime.datetime(2025, 6, 1)
    assert str(periods["total_cost_cents"].dtype) == "int64"
    assert periods.loc[0, "total_cost_cents"] == 12345
    items = ModelList(LineItem.from_dicts([line_item("a", 6e-06, 36.58)])).to_pandas()
    assert str(items["unit_price"].dtype) == "float64" and items.loc[0, "total_cost"] == 36.58
    sessions = ModelList([session(1), session(2)]).to_pandas()
    assert sessions.loc[1, "expires_at"] == datetime.datetime(2025, 7, 1, tzinfo=datetime.UTC)


def test_to_pandas_gives_date_times_at_any_offset_as_the_same_instant_in_utc() -> None:
    pandas = pytest.importorskip("pandas")
    sessions = [session(1, created_at="2025-06-01T09:30:00+02:00"), session(2)]
    frame = ModelList(sessions).to_pandas()
    assert str(frame["created_at"].dtype) == "datetime64[ns, UTC]"
    assert frame["created_at"].tolist() == [
        pandas.Timestamp("2025-06-01T07:30:00Z"),
        pandas.Timestamp("2025-06-01T00:00:00Z"),
    ]
    assert str(frame.loc[0, "created_at"].tz) == "UTC"


def test_to_pandas_of_an_empty_result_has_the_typed_columns() -> None:
    pytest.importorskip("pandas")
    empty = parse_list([], ProjectUsageSummary.from_dicts).to_pandas()
    assert len(empty) == 0
    assert list(empty[["project_name", "total_cost_cents"]].columns) == [
        "project_name", "total_cost_cents"
    ]  # fmt: skip
    assert str(empty["total_cost_cents"].dtype) == "int64"
    assert str(empty["ai_cost_cents"].dtype) == "float64"
    periods = parse_list([], models.BillingPeriod.from_dicts).to_pandas()
    assert str(periods["end_date"].dtype) == "datetime64[ns]"


def test_to_pandas_makes_enum_values_plain_strings() -> None:
    pytest.importorskip("pandas")
    subscriptions = BillingInfo.from_dict(example("get")).subscriptions
    assert subscriptions[0].status is SubscriptionStatus.ACTIVE
    cell = subscriptions.to_pandas().loc[0, "status"]
    assert type(cell) is str and cell == "active"


def test_to_pandas_without_pandas_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r'pip install "rplatform\[pandas\]"'):
        ModelList([session(1)]).to_pandas()


@pytest.mark.parametrize(("operation", "cls", "example"), examples(), ids=lambda v: str(v)[:30])
def test_every_response_model_has_a_readable_repr_and_typed_columns(
    operation: str, cls: type[Any], example: Any
) -> None:
    from rplatform_api._columns import columns

    result = (
        parse_list(example, cls.from_dicts) if isinstance(example, list) else cls.from_dict(example)
    )
    text = repr(result)
    assert "Unset" not in text and " at 0x" not in text and "<" not in text, text
    assert cls.__name__ in text
    assert [c.name for c in columns(cls) if c.kind == "other"] == []  # every field's kind known


def test_the_list_class_of_a_model_is_made_once_under_the_class_asked_for() -> None:
    sessions = ModelList._typed(Session)
    assert sessions.__name__ == "ModelList[Session]" and sessions.__bases__ == (ModelList,)
    assert sessions._typed(LineItem) is ModelList._typed(LineItem)  # not ModelList[Session][...]
    rows = Rows._typed(Session)  # a subclass's lists are of the subclass
    assert rows.__name__ == "Rows[Session]" and rows.__bases__ == (Rows,)
    assert rows.__module__ == __name__ and sessions.__module__ == "rplatform"
    assert rows._typed(LineItem).__name__ == "Rows[LineItem]"


class Rows(ModelList[Any]):
    """A subclass of ModelList, as a user may write one."""


def test_a_list_built_by_hand_slices_and_converts_whatever_it_holds() -> None:
    mixed = ModelList([{"name": "Zoë"}, 5, "x"])
    assert type(mixed[1:]) is ModelList and mixed[1:] == [5, "x"]
    assert mixed.to_json() == '[{"name": "Zoë"}, {"value": 5}, {"value": "x"}]'
