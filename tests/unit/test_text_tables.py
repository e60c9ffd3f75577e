"""`print()` in a terminal: a list of models is an aligned table that fits the terminal's width,
cut like the HTML view; one model is a field a line; `repr()` is what it was.

Widths are measured as a terminal shows them, by wcwidth (East Asian wide characters take two
columns), not by the code under test. Expected texts are literals."""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import pytest
import rplatform
from _support import load_spec
from rplatform_api._text import table
from rplatform_api.lists import ModelList
from rplatform_api.models import (
    AppearancePreferencesUpdate,
    BillingInfo,
    BillingPeriods,
    LoginHistoryEntry,
    ProjectUsageSummary,
    PushToken,
    Session,
    UsageSummary,
)
from rplatform_api.types import Field, Model
from wcwidth import wcswidth

STAMP = "2025-06-15T12:00:00Z"
TIMES = "\N{MULTIPLICATION SIGN}"  # in "3 x LineItem"
AGENT = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Safari/605.1.15"


def entry(n: int, **changes: Any) -> LoginHistoryEntry:
    body = {"id": f"login_{n}", "created_at": STAMP, "ip_address": "203.0.113.10",
            "user_agent": AGENT, "success": n % 3 != 0,
            "failure_reason": None if n % 3 else "wrong_password"}  # fmt: skip
    return LoginHistoryEntry.from_dict({**body, **changes})


def history(count: int, **changes: Any) -> ModelList[LoginHistoryEntry]:
    return LoginHistoryEntry.from_dicts([entry(n, **changes).to_dict() for n in range(count)])


def project(name: str, hours: float, cents: int) -> dict[str, Any]:
    return {"project_id": f"proj_{cents}", "project_name": name, "year": 2025, "month": 6,
            "sandbox_compute_hours": hours, "database_compute_hours": 1.0,
            "database_storage_gb": 0.5, "storage_gb": 2.25, "ai_tokens": 1200,
            "ai_cost_cents": 0.75, "deployment_compute_hours": 3.0,
            "total_cost_cents": cents}  # fmt: skip


def example(path: str) -> dict[str, Any]:
    operation = load_spec()["paths"][path]["get"]
    body: dict[str, Any] = operation["responses"]["200"]["content"]["application/json"]["example"]
    return body


def widest(text: str) -> int:
    return max(wcswidth(line) for line in text.splitlines())


def test_print_of_a_list_is_an_aligned_table_text_left_numbers_right() -> None:
    projects = ProjectUsageSummary.from_dicts(
        [project("Website", 178.4, 5517), project("Data", 7.25, 90)]
    )
    assert table(projects, ProjectUsageSummary, width=200).splitlines() == [
        f"2 {TIMES} ProjectUsageSummary",
        "   project_id  project_name  year  month  sandbox_compute_hours  database_compute_hours"
        "  database_storage_gb  storage_gb  ai_tokens  ai_cost_cents  deployment_compute_hours"
        "  total_cost_cents",
        "0  proj_5517   Website       2025      6                 178.40                     1.0"
        "                  0.5        2.25       1200           0.75                       3.0"
        "              5517",
        "1  proj_90     Data          2025      6                   7.25                     1.0"
        "                  0.5        2.25       1200           0.75                       3.0"
        "                90",
    ]


def test_text_is_cut_with_an_ellipsis_then_the_last_columns_are_left_out_and_named() -> None:
    assert table(history(2), LoginHistoryEntry, width=80).splitlines() == [
        f"2 {TIMES} LoginHistoryEntry",
        "   id       created_at            ip_address    user_agent               success",
        "0  login_0  2025-06-15 12:00:00Z  203.0.113.10  Mozilla/5.0 (Macintosh…  False",
        "1  login_1  2025-06-15 12:00:00Z  203.0.113.10  Mozilla/5.0 (Macintosh…  True",
        "1 more column: failure_reason",
    ]
    assert table(history(2), LoginHistoryEntry, width=40).splitlines() == [
        f"2 {TIMES} LoginHistoryEntry",
        "   id       created_at",
        "0  login_0  2025-06-15 12:00:00Z",
        "1  login_1  2025-06-15 12:00:00Z",
        "4 more columns: ip_address, user_agent,",
        "success, failure_reason",
    ]


@pytest.mark.parametrize("width", [40, 80, 200])
def test_a_long_list_fits_the_width_and_is_cut_like_the_html_view(width: int) -> None:
    text = table(history(100), LoginHistoryEntry, width=width)
    assert widest(text) <= width
    lines = text.splitlines()
    assert lines[0] == f"100 {TIMES} LoginHistoryEntry"
    assert lines[12] == "… 85 more rows"
    assert [line.split()[0] for line in lines[2:12] + lines[13:18]] == [
        *map(str, range(10)),
        *map(str, range(95, 100)),
    ]
    assert lines[17].startswith("99  login_99  ")


@pytest.mark.parametrize("width", [40, 80, 200])
def test_wide_characters_take_two_columns_and_still_line_up(width: int) -> None:
    names = ["数据管道和分析平台的项目", "Website 🌐 and more words", "Ünïcödé"]
    projects = ProjectUsageSummary.from_dicts(
        [project(name, 1.5, cents) for cents, name in enumerate(names, 7)]
    )
    text = table(projects, ProjectUsageSummary, width=width)
    assert widest(text) <= width
    rows = text.splitlines()[1:5]
    # Every column after the name starts at the same terminal column in the header and each row.
    year = [wcswidth(row[: row.index("2025" if row[0] != " " else "year")]) for row in rows]
    assert len(set(year)) == 1, text


def test_a_narrow_wide_column_is_cut_inside_its_width() -> None:
    projects = ProjectUsageSummary.from_dicts([project("数据管道和分析平台的项目", 1.5, 7)])
    row = table(projects, ProjectUsageSummary, width=50).splitlines()[2]
    assert row == "0  proj_7      数据管道和分析平台的…   2025      6"  # 21 of its 22 columns


def test_numbers_are_never_cut_whatever_the_width() -> None:
    projects = ProjectUsageSummary.from_dicts([project("P", 123456.789, 987654321)])
    for width in (30, 45, 80):
        text = table(projects, ProjectUsageSummary, width=width)
        cells = text.splitlines()[2].split()
        assert all("…" not in cell for cell in cells[3:]), text
        assert "123456.789" in text or "sandbox_compute_hours" not in text.splitlines()[1]


def test_line_breaks_and_escapes_in_a_value_show_as_python_escapes() -> None:
    rows = history(2, user_agent="evil\nagent\x1b[31m\u202etxt")
    lines = table(rows, LoginHistoryEntry, width=200).splitlines()
    assert len(lines) == 4
    assert "evil\\nagent\\x1b[31m\\u202etxt" in lines[2]


def test_secret_values_are_redacted_in_the_table_and_in_one_model() -> None:
    token = PushToken.from_dict(
        {
            "id": "pt_1",
            "token": "ExponentPushToken[s3cret]",
            "platform": "expo",
            "device_id": "dev",
            "created_at": STAMP,
            "updated_at": STAMP,
        }
    )
    assert "s3cret" not in str(ModelList([token])) and "[REDACTED]" in str(ModelList([token]))
    assert str(token).splitlines()[2] == "  token       [REDACTED]"


def test_an_empty_list_has_its_caption_and_header() -> None:
    assert str(ModelList.of(Session)).splitlines()[0] == f"0 {TIMES} Session"
    assert str(ModelList.of(Session)).splitlines()[1].split()[:3] == [
        "id",
        "user_agent",
        "ip_address",
    ]


def test_a_list_of_what_is_not_a_model_prints_its_repr() -> None:
    assert str(ModelList([1, "a"])) == "[1, 'a']" == repr(ModelList([1, "a"]))


def test_repr_is_unchanged() -> None:
    sessions = Session.from_dicts(
        [
            {
                "id": "session_1",
                "user_agent": "a",
                "ip_address": "203.0.113.10",
                "is_current": True,
                "created_at": STAMP,
                "last_active_at": STAMP,
                "expires_at": STAMP,
            }
        ]
    )
    assert repr(sessions) == (
        "[\n    Session(\n        id='session_1',\n        user_agent='a',\n"
        "        ip_address='203.0.113.10',\n        is_current=True,\n"
        "        created_at=2025-06-15 12:00:00+00:00,\n"
        "        last_active_at=2025-06-15 12:00:00+00:00,\n"
        "        expires_at=2025-06-15 12:00:00+00:00\n    )\n]"
    )


def test_print_of_one_model_is_a_field_a_line_undeclared_fields_last() -> None:
    usage = UsageSummary.from_dict({**example("/v1/billing/usage"), "extra": {"k": 1}})
    assert str(usage) == "\n".join(
        [
            "UsageSummary",
            "  owner_type                organization",
            "  owner_id                  org_123",
            "  year                      2025",
            "  month                     6",
            "  period_start              2025-06-01",
            "  period_end                2025-06-30",
            "  currency                  usd",
            "  sandbox_compute_hours     120.5",
            "  database_compute_hours    720.0",
            "  database_storage_gb       12.25",
            "  storage_gb                40.0",
            "  ai_tokens                 1250000",
            "  ai_cost_cents             812.5",
            "  deployment_compute_hours  300.0",
            "  total_cost_cents          4513",
            f"  line_items                1 {TIMES} LineItem",
            "  extra                     {'k': 1}",
        ]
    )


def test_print_of_one_model_indents_nested_models_under_their_field() -> None:
    info = BillingInfo.from_dict(example("/v1/billing"))
    assert str(info).splitlines()[5:] == [
        "  customer              Customer",
        "    stripe_customer_id  cus_123",
        "    name                Acme Inc.",
        "    has_payment_method  False",
        "    created_at          2025-01-01 00:00:00Z",
        "  credits               Credits",
        "    balance_cents       2500",
        "    granted_cents       5000",
        "    used_cents          2500",
        "    currency            usd",
        "    expires_at          2026-01-01 00:00:00Z",
        f"  subscriptions         1 {TIMES} Subscription",
    ]


def test_print_of_billing_periods_fits_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    periods = BillingPeriods.from_dict(
        {
            "periods": [
                {
                    "label": f"Month {month}",
                    "year": 2025,
                    "month": month,
                    "start_date": f"2025-{month:02}-01",
                    "end_date": f"2025-{month:02}-28",
                    "is_current": month == 12,
                    "total_cost_cents": 1000 * month,
                    "currency": "usd",
                }
                for month in range(1, 13)
            ]
        }
    ).periods
    for columns in ("60", "120"):
        monkeypatch.setenv("COLUMNS", columns)
        printed = str(periods)
        assert widest(printed) <= int(columns)
        assert printed.splitlines()[0] == f"12 {TIMES} BillingPeriod"
        assert len(printed.splitlines()) >= 14


def test_a_date_time_with_an_offset_keeps_it() -> None:
    plus_two = datetime.timezone(datetime.timedelta(hours=2))
    when = datetime.datetime(2025, 6, 1, 9, 30, tzinfo=plus_two)
    row = table(history(1, created_at=when.isoformat()), LoginHistoryEntry, width=200)
    assert "2025-06-01 09:30:00+02:00" in row
    assert rplatform.ModelList is ModelList


def test_a_terminal_that_tells_no_width_gets_80_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import shutil

    monkeypatch.setattr(shutil, "get_terminal_size", lambda *_: os.terminal_size((0, 0)))
    assert str(history(3)) == table(history(3), LoginHistoryEntry, width=80)


def test_a_terminal_narrower_than_any_column_still_shows_each_row() -> None:
    assert table(history(2), LoginHistoryEntry, width=6).splitlines()[4:7] == [
        "   id",
        "0  lo…",
        "1  lo…",
    ]


def test_a_terminal_one_column_wide_gets_a_table_one_column_wide(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os
    import shutil

    monkeypatch.setattr(shutil, "get_terminal_size", lambda *_: os.terminal_size((1, 24)))
    assert str(history(1)).splitlines()[:3] == ["1", TIMES, "L"]  # the caption, broken


def test_a_terminal_four_columns_wide_cuts_the_first_column_to_its_ellipsis() -> None:
    assert table(history(1), LoginHistoryEntry, caption="x", width=4).splitlines()[:3] == [
        "x",
        "   …",
        "0  …",
    ]


def test_an_empty_table_has_no_row_number_margin() -> None:
    assert table(Session.from_dicts([]), Session, width=80).splitlines() == [
        f"0 {TIMES} Session",
        "  id  user_agent  ip_address  is_current  created_at  last_active_at  expires_at",
    ]


def test_row_numbers_are_right_aligned() -> None:
    lines = table(history(11), LoginHistoryEntry, width=40).splitlines()
    assert lines[1:3] == ["    id        created_at", " 0  login_0   2025-06-15 12:00:00Z"]
    assert lines[12] == "10  login_10  2025-06-15 12:00:00Z"


def test_two_columns_left_out_are_named_in_the_plural() -> None:
    assert table(history(2), LoginHistoryEntry, width=60).splitlines() == [
        f"2 {TIMES} LoginHistoryEntry",
        "   id       created_at            ip_address    user_agent",
        "0  login_0  2025-06-15 12:00:00Z  203.0.113.10  Mozilla/5.0…",
        "1  login_1  2025-06-15 12:00:00Z  203.0.113.10  Mozilla/5.0…",
        "2 more columns: success, failure_reason",
    ]


def test_columns_that_just_fit_at_their_narrowest_are_all_shown() -> None:
    # 83 columns: 1 for the row numbers, 6 gaps of 2, and 7 + 20 + 12 + 12 + 7 + 12.
    assert table(history(2), LoginHistoryEntry, width=83).splitlines() == [
        f"2 {TIMES} LoginHistoryEntry",
        "   id       created_at            ip_address    user_agent    success  failure_rea…",
        "0  login_0  2025-06-15 12:00:00Z  203.0.113.10  Mozilla/5.0…  False    wrong_passw…",
        "1  login_1  2025-06-15 12:00:00Z  203.0.113.10  Mozilla/5.0…  True",
    ]


def test_a_number_column_shown_alone_keeps_its_own_width() -> None:
    credits = BillingInfo.from_dict(example("/v1/billing")).credits
    assert table(ModelList([credits]), type(credits), width=20).splitlines()[:3] == [
        f"1 {TIMES} Credits",
        "   balance_cents",
        "0           2500",
    ]


def test_a_caption_as_wide_as_the_terminal_stays_on_one_line_whatever_its_accents() -> None:
    caption = "Logins of Zoe\u0308 and Rene\u0301e, the first page."  # accents as combining marks
    assert wcswidth(caption) == 40 and len(caption) == 42
    assert table(history(1), LoginHistoryEntry, caption=caption, width=40).splitlines()[0] == (
        caption
    )


def test_a_name_with_hyphens_under_the_table_is_not_broken_at_them() -> None:
    rows = history(2, **{"home-region-code": "eu-west"})
    assert table(rows, LoginHistoryEntry, width=40).splitlines()[4:] == [
        "5 more columns: ip_address, user_agent,",
        "success, failure_reason,",
        "home-region-code",
    ]


def test_full_width_letters_take_two_columns_and_combining_accents_none() -> None:
    full = "\uff21\uff22\uff23"  # ABC in full-width forms, two columns each
    names = [full, "Zoe\u0308", "Zoey"]  # and an accent as a combining mark
    projects = ProjectUsageSummary.from_dicts(
        [project(name, 1.5, cents) for cents, name in enumerate(names, 7)]
    )
    assert table(projects, ProjectUsageSummary, width=60).splitlines()[1:5] == [
        "   project_id  project_name  year  month  sandbox_compute_h…",
        f"0  proj_7      {full}        2025      6                 1.5",
        "1  proj_8      Zoe\u0308           2025      6                 1.5",
        "2  proj_9      Zoey          2025      6                 1.5",
    ]


def test_a_backslash_shows_as_itself_next_to_an_escaped_line_break() -> None:
    lines = table(history(1, user_agent="C:\\temp\nx"), LoginHistoryEntry, width=200).splitlines()
    assert lines[2] == (
        "0  login_0  2025-06-15 12:00:00Z  203.0.113.10  C:\\temp\\nx  False    wrong_password"
    )


def test_print_of_a_list_of_models_built_by_hand_is_their_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    entries = ModelList([entry(1)])  # no item class given: its first item's
    assert str(entries).splitlines()[:2] == [
        f"1 {TIMES} LoginHistoryEntry",
        "   id       created_at            ip_address    user_agent"
        + " " * (len(AGENT) - len("user_agent"))
        + "  success  failure_reason",
    ]


def test_print_of_one_model_leaves_out_its_unset_fields() -> None:
    assert (
        str(AppearancePreferencesUpdate(locale="fr")) == "AppearancePreferencesUpdate\n  locale  fr"
    )
    assert str(AppearancePreferencesUpdate()) == "AppearancePreferencesUpdate"


@attrs.define(repr=False, eq=False)
class Point(Model):
    """A model written by hand, without undeclared fields (no `additional_properties`)."""

    FIELDS = (Field("x", "x", required=True, type="integer"),)

    x: int


def test_print_of_a_model_without_undeclared_fields_shows_its_own() -> None:
    assert str(Point(3)) == "Point\n  x  3"
