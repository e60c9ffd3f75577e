"""ModelList: list results render as HTML tables, convert to dicts and pandas,
and every response model has a readable repr (no Unset, no memory addresses)."""

from __future__ import annotations

import datetime
import sys
from typing import Any

import pytest
from _support import load_spec
from rplatform._tables import HTML_MAX_ROWS, ModelList
from rplatform_api import models
from rplatform_api.models import (
    BillingInfo,
    BillingPeriods,
    LineItem,
    Session,
    SubscriptionStatus,
    UsageSummary,
)
from rplatform_api.types import parse_list


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


def test_lists_of_models_are_parsed_into_model_lists() -> None:
    items = [session(1), session(2)]
    table = parse_list([item.to_dict() for item in items], Session.from_dicts)
    assert type(table) is ModelList
    assert table == items
    assert isinstance(table, list)


def test_list_fields_of_models_are_model_lists() -> None:
    usage_example, periods_example, info_example = (
        next(ex for op, _, ex in examples() if op == name)
        for name in ("getUsage", "getPeriods", "get")
    )
    usage = UsageSummary.from_dict(usage_example)
    periods = BillingPeriods.from_dict(periods_example)
    info = BillingInfo.from_dict(info_example)
    assert type(usage.line_items) is ModelList and usage.line_items
    assert type(periods.periods) is ModelList and periods.periods
    assert type(info.subscriptions) is ModelList and info.subscriptions
    assert "<table" in (usage.line_items._repr_html_() or "")


def test_html_table_has_a_column_per_field_and_a_row_per_item() -> None:
    html = ModelList([session(1), session(2)])._repr_html_()
    assert html is not None and html.startswith("<table")
    header = html.split("</thead>")[0]
    for field in ("id", "user_agent", "ip_address", "is_current", "expires_at"):
        assert f"<th>{field}</th>" in header
    assert "additional_properties" not in html
    assert html.count("<tr>") == 3  # the header and two rows
    assert "<td>session_2</td>" in html and "<td>2025-07-01 00:00:00+00:00</td>" in html
    assert "<caption>2 x Session</caption>" in html


def test_html_escapes_values_and_shows_enums_nested_models_and_unknown_fields() -> None:
    info = next(ex for op, _, ex in examples() if op == "get")
    hostile = {**info, "customer": {**info["customer"], "name": "<script>alert(1)</script>"}}
    model = BillingInfo.from_dict({**hostile, "brand_new": "x&y"})
    html = ModelList([model])._repr_html_() or ""
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<td>organization</td>" in html and "OwnerType" not in html
    assert "<th>customer.name</th>" in html and "<th>credits_.balance_cents</th>" in html
    assert "<td>[1 item]</td>" in html  # the subscriptions, compactly
    assert html.split("</thead>")[0].endswith("<th>brand_new</th></tr>")
    assert "<td>x&amp;y</td>" in html


def test_empty_list_falls_back_to_the_plain_repr() -> None:
    assert ModelList[Session]()._repr_html_() is None
    assert repr(ModelList[Session]()) == "[]"


def test_long_lists_show_the_first_rows_and_say_so() -> None:
    table = ModelList([session(n) for n in range(HTML_MAX_ROWS + 5)])
    html = table._repr_html_() or ""
    assert html.count("<tr>") == HTML_MAX_ROWS + 1
    assert f"{HTML_MAX_ROWS + 5} x Session (first {HTML_MAX_ROWS} shown)" in html


def test_slices_are_tables_and_indexes_are_models() -> None:
    table = ModelList([session(1), session(2), session(3)])
    assert type(table[:2]) is ModelList and table[:2] == [session(1), session(2)]
    assert type(table[-1]) is Session


def test_to_dicts_is_each_models_to_dict() -> None:
    items = [session(1), session(2, brand_new=[1, 2])]
    assert ModelList(items).to_dicts() == [item.to_dict() for item in items]
    assert ModelList(items).to_dicts()[1]["brand_new"] == [1, 2]


def test_to_pandas_has_the_table_columns_and_typed_dates() -> None:
    pytest.importorskip("pandas")
    items = [LineItem("Sandbox compute", "sandbox_compute_hours", 120.5, "hours", 0.05, 6.03)]
    frame = ModelList(items).to_pandas()
    assert list(frame.columns) == ["name", "meter", "quantity", "unit", "unit_price", "total_cost"]
    assert frame.loc[0, "total_cost"] == 6.03
    sessions = ModelList([session(1), session(2)]).to_pandas()
    assert len(sessions) == 2
    assert sessions.loc[1, "expires_at"] == datetime.datetime(2025, 7, 1, tzinfo=datetime.UTC)
    assert str(sessions["expires_at"].dtype).startswith("datetime64")


def test_to_pandas_without_pandas_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r'pip install "rplatform\[pandas\]"'):
        ModelList([session(1)]).to_pandas()


def test_enum_values_become_plain_values_in_pandas() -> None:
    pytest.importorskip("pandas")
    info = next(ex for op, _, ex in examples() if op == "get")
    subscriptions = BillingInfo.from_dict(info).subscriptions
    assert subscriptions[0].status is SubscriptionStatus.ACTIVE
    assert subscriptions.to_pandas().loc[0, "status"] == "active"


@pytest.mark.parametrize(("operation", "cls", "example"), examples(), ids=lambda v: str(v)[:30])
def test_every_response_model_has_a_readable_repr(
    operation: str, cls: type[Any], example: Any
) -> None:
    result = (
        parse_list(example, cls.from_dicts) if isinstance(example, list) else cls.from_dict(example)
    )
    text = repr(result)
    assert "Unset" not in text and " at 0x" not in text, text
    assert cls.__name__ in text
