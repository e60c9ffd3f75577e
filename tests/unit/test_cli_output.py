"""What the command line prints: the API's JSON, JSON lines and CSV with the columns and types
of `to_pandas()`, `--field` values for scripts, text tables on a terminal; a list written as it
is read, every page of it, never held whole; secrets never printed; nothing for a 204.
"""

from __future__ import annotations

import csv
import gc
import io
import json
from typing import Any

import httpx
import pandas
import pytest
import rplatform
from cli_driver import (  # noqa: F401 (environment: an autouse fixture)
    STAMP,
    Terminal,
    cli,
    entry,
    environment,
    history,
)
from facade_mock import STATUS_BODY, ok
from rplatform._cli import _values
from rplatform.models import LoginHistoryEntry, ProjectUsageSummary
from rplatform_api.types import Field

TIMES = "\N{MULTIPLICATION SIGN}"  # of a table's caption: "4 x LoginHistoryEntry"
PUSH_TOKEN = {"id": "ptk_1", "token": "ExponentPushToken[s3cr3t]", "platform": "expo",
              "device_id": "d\tone", "created_at": STAMP, "updated_at": STAMP}  # fmt: skip
PROJECTS = [
    {"project_id": f"proj_{n}", "project_name": ["Website", "Mobile App", "Data, Pipeline"][n],
     "year": 2025, "month": 6, "sandbox_compute_hours": 10.5 * n,
     "database_compute_hours": 720.0, "database_storage_gb": 2.25, "storage_gb": 0.0,
     "deployment_compute_hours": 1.0, "ai_tokens": 1000 * n, "ai_cost_cents": 0.05,
     "total_cost_cents": 4711 + n}
    for n in range(3)
]  # fmt: skip


def usage_by_project(request: httpx.Request) -> httpx.Response:
    return ok(PROJECTS)


def parsed(items: list[dict[str, Any]], model: type) -> Any:
    return rplatform.ModelList._typed(model)(model.from_dict(item) for item in items)


# -- json --------------------------------------------------------------------------------------


def test_json_of_a_model_is_the_apis_object() -> None:
    ran = cli("billing", "get-status", "--format", "json", answer=ok(STATUS_BODY))
    assert (ran.status, ran.err) == (0, "")
    assert json.loads(ran.out) == STATUS_BODY
    assert ran.out == json.dumps(STATUS_BODY, indent=2) + "\n"


def test_json_is_the_default_when_standard_output_is_not_a_terminal() -> None:
    ran = cli("billing", "get-status", answer=ok(STATUS_BODY))
    assert ran.out == json.dumps(STATUS_BODY, indent=2) + "\n"


def test_json_of_a_list_is_one_array_of_every_page() -> None:
    ran = cli("settings", "get-login-history", answer=history(5, page=2))
    expected = [LoginHistoryEntry.from_dict(entry(n)).to_dict() for n in range(5)]
    assert ran.out == json.dumps(expected, indent=2) + "\n"
    assert [r.url.params.get("cursor") for r in ran.requests] == [None, "2", "4"]
    assert cli("settings", "get-login-history", answer=history(0)).out == "[]\n"


def test_json_keeps_letters_beyond_ascii_as_they_are() -> None:
    status = {**STATUS_BODY, "owner_id": "org_Zoë_東京"}
    ran = cli("billing", "get-status", "--format", "json", answer=ok(status))
    assert '  "owner_id": "org_Zoë_東京",\n' in ran.out
    agent = {**entry(0), "user_agent": "Navigateur — Zürich"}
    ran = cli("settings", "get-login-history", "--format", "json", answer=ok([agent]))
    assert '    "user_agent": "Navigateur — Zürich",\n' in ran.out


# -- jsonl and csv: the columns and types of to_pandas() ----------------------------------------


def test_csv_has_the_columns_of_to_pandas_and_reads_back_as_its_frame() -> None:
    ran = cli("billing", "get-usage-by-project", "--format", "csv", answer=usage_by_project)
    frame = parsed(PROJECTS, ProjectUsageSummary).to_pandas()
    assert ran.out.splitlines()[0] == ",".join(frame.columns)
    back = pandas.read_csv(io.StringIO(ran.out), dtype=frame.dtypes.to_dict())
    pandas.testing.assert_frame_equal(back, frame)
    assert ran.out.splitlines()[1] == ("proj_0,Website,2025,6,0.0,720.0,2.25,0.0,0,0.05,1.0,4711")
    assert '"Data, Pipeline"' in ran.out.splitlines()[3]  # quoted as CSV quotes


def test_csv_writes_booleans_dates_and_missing_values_as_text() -> None:
    ran = cli("settings", "get-login-history", "--format", "csv", answer=history(2))
    assert ran.out == (
        "id,created_at,ip_address,user_agent,success,failure_reason\n"
        "login_0,2025-06-15T12:00:00+00:00,203.0.113.10,agent,true,\n"
        "login_1,2025-06-15T12:00:00+00:00,203.0.113.10,agent,false,wrong_password\n"
    )
    frame = parsed([entry(0), entry(1)], LoginHistoryEntry).to_pandas()
    back = pandas.read_csv(io.StringIO(ran.out), parse_dates=["created_at"])
    pandas.testing.assert_frame_equal(back, frame, check_dtype=False)


def test_csv_of_an_empty_list_is_its_header() -> None:
    ran = cli("settings", "get-login-history", "--format", "csv", answer=history(0))
    assert ran.out == "id,created_at,ip_address,user_agent,success,failure_reason\n"


def test_jsonl_is_a_row_per_item_with_the_columns_and_types_of_to_pandas() -> None:
    ran = cli("billing", "get-usage-by-project", "--format", "jsonl", answer=usage_by_project)
    rows = [json.loads(line) for line in ran.out.splitlines()]
    frame = parsed(PROJECTS, ProjectUsageSummary).to_pandas()
    assert [list(row) for row in rows] == [list(frame.columns)] * 3
    assert rows == frame.to_dict("records")
    assert [type(value) for value in rows[1].values()] == [
        type(value.item() if hasattr(value, "item") else value) for value in frame.iloc[1].to_list()
    ]


def test_a_list_in_a_cell_keeps_its_letters_as_they_are() -> None:
    body = {**STATUS_BODY, "regions": ["Zürich", "Genève"]}  # an undeclared field: JSON text
    ran = cli("billing", "get-status", "--format", "csv", answer=ok(body))
    header, line = list(csv.reader(io.StringIO(ran.out)))
    assert line[header.index("regions")] == '["Zürich", "Genève"]'


def test_nested_models_are_columns_and_nested_lists_json() -> None:
    info = {
        "owner_type": "organization", "owner_id": "org_1", "currency": "usd",
        "has_payment_method": True, "customer": None,
        "credits": {"balance_cents": 5, "granted_cents": 9, "used_cents": 4, "currency": "usd",
                    "expires_at": None},
        "subscriptions": [{"id": "sub_1", "status": "active", "plan": "pro",
                           "current_period_start": STAMP, "current_period_end": STAMP,
                           "cancel_at_period_end": False, "created_at": STAMP}],
        "region": "eu",
    }  # fmt: skip
    ran = cli("billing", "get", "--format", "jsonl", answer=ok(info))
    (row,) = [json.loads(line) for line in ran.out.splitlines()]
    assert row["customer.name"] is None and row["credits.balance_cents"] == 5
    assert row["subscriptions"][0]["current_period_start"] == "2025-06-15T12:00:00+00:00"
    assert row["region"] == "eu"  # an undeclared field: a column after the declared ones
    assert list(row)[-2:] == ["subscriptions", "region"]
    ran = cli("billing", "get", "--format", "csv", answer=ok(info))
    header, line = list(csv.reader(io.StringIO(ran.out)))
    assert json.loads(line[header.index("subscriptions")])[0]["id"] == "sub_1"
    assert line[header.index("customer.stripe_customer_id")] == ""
    ran = cli("billing", "get", "--format", "json", answer=ok(info))
    assert json.loads(ran.out)["customer"] is None and json.loads(ran.out)["region"] == "eu"


# -- --field -----------------------------------------------------------------------------------


def test_field_prints_one_value_for_a_script() -> None:
    ran = cli("billing", "get-status", "--field", "status", answer=ok(STATUS_BODY))
    assert (ran.status, ran.out, ran.err) == (0, "active\n", "")
    ran = cli("billing", "get-status", "--field", "stripe_customer_id, has_payment_method",
              answer=ok({**STATUS_BODY, "stripe_customer_id": None}))  # fmt: skip
    assert ran.out == "\tfalse\n"


def test_field_prints_a_line_per_item_tab_separated() -> None:
    ran = cli("settings", "get-login-history", "--field", "id,success,failure_reason",
              answer=history(3, page=2))  # fmt: skip
    assert ran.out == "login_0\ttrue\t\nlogin_1\tfalse\twrong_password\nlogin_2\ttrue\t\n"


def test_field_writes_tabs_and_line_breaks_inside_a_value_as_escapes() -> None:
    body = {**PUSH_TOKEN, "device_id": "a\tb\nc\r"}
    ran = cli("notifications", "register-token", "--token", "t", "--platform", "expo",
              "--field", "id,device_id", answer=ok(body, 201))  # fmt: skip
    assert ran.out == "ptk_1\ta\\tb\\nc\\r\n"


def test_field_picks_the_columns_of_csv_and_jsonl() -> None:
    words = ("billing", "get-usage-by-project", "--field", "project_name,ai_tokens")
    assert cli(*words, "--format", "csv", answer=usage_by_project).out == (
        'project_name,ai_tokens\nWebsite,0\nMobile App,1000\n"Data, Pipeline",2000\n'
    )
    assert cli(*words, "--format", "jsonl", answer=usage_by_project).out.splitlines()[1] == (
        '{"project_name": "Mobile App", "ai_tokens": 1000}'
    )


def test_field_names_a_column_the_result_does_not_have_before_sending() -> None:
    ran = cli("billing", "get-status", "--field", "status,statuss")
    assert (ran.status, ran.out, ran.requests) == (2, "", [])
    assert ran.err == (
        "rplatform billing get-status: error: --field: BillingStatus has no 'statuss'; did you "
        "mean 'status'?\n"
    )
    ran = cli("billing", "get-status", "--field", "zzz")
    assert ran.err == (
        "rplatform billing get-status: error: --field: BillingStatus has no 'zzz'; it has "
        "owner_type, owner_id, has_stripe_account, stripe_customer_id, stripe_subscription_id, "
        "status, has_payment_method\n"
    )


@pytest.mark.parametrize("format", ["json", "table"])
def test_field_is_refused_with_json_and_table(format: str) -> None:
    ran = cli("billing", "get-status", "--field", "status", "--format", format)
    assert (ran.status, ran.requests) == (2, [])
    assert ran.err == (
        f"rplatform billing get-status: error: --field picks columns: --format {format} shows "
        "them all; use it with --format csv or jsonl, or alone for the values\n"
    )


def test_field_is_refused_where_nothing_is_answered() -> None:
    ran = cli("settings", "revoke-session", "s_1", "--field", "id")
    assert (ran.status, ran.requests) == (2, [])
    assert ran.err == (
        "rplatform settings revoke-session: error: --field: this method answers nothing\n"
    )


# -- tables ------------------------------------------------------------------------------------


def test_a_terminal_gets_a_model_as_print_shows_it_a_field_a_line() -> None:
    ran = cli("billing", "get-status", answer=ok(STATUS_BODY), stdout=Terminal())
    assert ran.out == (
        "BillingStatus\n"
        "  owner_type              organization\n"
        "  owner_id                org_123\n"
        "  has_stripe_account      True\n"
        "  stripe_customer_id      cus_123\n"
        "  stripe_subscription_id  sub_123\n"
        "  status                  active\n"
        "  has_payment_method      False\n"
    )
    assert ran.out == str(rplatform.models.BillingStatus.from_dict(STATUS_BODY)) + "\n"


def test_a_terminal_gets_a_list_as_print_shows_it_every_page_read() -> None:
    ran = cli("settings", "get-login-history", answer=history(4, page=2), stdout=Terminal())
    assert (ran.status, ran.err, len(ran.requests)) == (0, "", 2)
    assert ran.out == (
        f"4 {TIMES} LoginHistoryEntry\n"
        "   id       created_at            ip_address    user_agent  success  failure_reason\n"
        "0  login_0  2025-06-15 12:00:00Z  203.0.113.10  agent       True\n"
        "1  login_1  2025-06-15 12:00:00Z  203.0.113.10  agent       False    wrong_password\n"
        "2  login_2  2025-06-15 12:00:00Z  203.0.113.10  agent       True\n"
        "3  login_3  2025-06-15 12:00:00Z  203.0.113.10  agent       False    wrong_password\n"
    )


def test_a_long_table_says_how_to_print_every_row() -> None:
    for total, cut in ((60, False), (61, True)):  # MAX_ROWS: the most a table shows whole
        out = cli("settings", "get-login-history", "--format", "table", answer=history(total)).out
        assert ("… 46 more rows" in out) is cut
        assert out.endswith("\n--format csv or jsonl prints every row\n") is cut
        assert out.startswith(f"{total} {TIMES} LoginHistoryEntry\n")


# -- lists: every page, --limit, streamed ------------------------------------------------------


def test_limit_caps_the_items_in_all_and_says_where_to_go_on() -> None:
    ran = cli("settings", "get-login-history", "--limit", "3", "--format", "csv",
              answer=history(10))  # fmt: skip
    assert ran.out.splitlines()[1:] == [f"login_{n},{STAMP[:-1]}+00:00,203.0.113.10,agent,"
                                        f"{'true' if n % 2 == 0 else 'false'},"
                                        f"{'' if n % 2 == 0 else 'wrong_password'}"
                                        for n in range(3)]  # fmt: skip
    assert [dict(r.url.params) for r in ran.requests] == [{"limit": "3"}]
    assert (ran.status, ran.err) == (0, "rplatform: more follow: add --cursor 3 to continue\n")


def test_cursor_goes_on_where_a_limit_stopped_and_a_read_to_the_end_says_nothing_more() -> None:
    ran = cli("settings", "get-login-history", "--cursor", "3", "--page-size", "4", "--format",
              "jsonl", "--field", "id", answer=history(10))  # fmt: skip
    assert [json.loads(line)["id"] for line in ran.out.splitlines()] == [
        f"login_{n}" for n in range(3, 10)
    ]
    assert [dict(r.url.params) for r in ran.requests] == [
        {"cursor": "3", "limit": "4"},
        {"cursor": "7", "limit": "4"},
    ]
    assert (ran.status, ran.err) == (0, "")


def entries_alive() -> int:
    return sum(type(o) is LoginHistoryEntry for o in gc.get_objects())


@pytest.mark.parametrize("format", ["csv", "jsonl", "json"])
def test_an_export_of_many_pages_holds_about_a_page_at_a_time(format: str) -> None:
    # Counted when every fifth page is asked for, beyond the entries alive before the export
    # (earlier tests' results: the count is of the whole process): an export that read the
    # pages before writing would hold 400, 900, ... by then.
    serve, alive = history(3_000), []
    gc.collect()
    before = entries_alive()

    def counting(request: httpx.Request) -> httpx.Response:
        if "cursor=" in str(request.url) and int(request.url.params["cursor"]) % 500 == 0:
            alive.append(entries_alive() - before)
        return serve(request)

    ran = cli("settings", "get-login-history", "--format", format, answer=counting,
              stdout=io.StringIO())  # fmt: skip
    assert ran.status == 0 and len(ran.requests) == 30
    assert len(alive) == 5
    assert max(alive) <= 200, alive  # the first page, kept, and the one just written


# -- nothing, secrets --------------------------------------------------------------------------


def test_a_method_that_answers_nothing_prints_nothing() -> None:
    for format in ("json", "csv", "table"):
        ran = cli("settings", "revoke-session", "s_1", "--format", format,
                  answer=httpx.Response(204))  # fmt: skip
        assert (ran.status, ran.out, ran.err) == (0, "", "")
        assert ran.requests[0].method == "DELETE"


@pytest.mark.parametrize("format", ["json", "jsonl", "csv", "table"])
def test_a_secret_field_of_a_result_is_never_printed(format: str) -> None:
    ran = cli("notifications", "register-token", "--token", "t", "--platform", "expo",
              "--format", format, answer=ok(PUSH_TOKEN, 201))  # fmt: skip
    assert ran.status == 0
    assert "s3cr3t" not in ran.out and "[REDACTED]" in ran.out
    ran = cli("notifications", "register-token", "--token", "t", "--platform", "expo",
              "--field", "token", answer=ok(PUSH_TOKEN, 201))  # fmt: skip
    assert ran.out == "[REDACTED]\n"


def test_an_empty_secret_shows_empty() -> None:
    ran = cli("notifications", "register-token", "--token", "t", "--platform", "expo",
              "--field", "token,id", answer=ok({**PUSH_TOKEN, "token": ""}, 201))  # fmt: skip
    assert ran.out == "\tptk_1\n"


def test_a_secret_is_redacted_at_any_depth_of_the_json() -> None:
    class Inner:
        FIELDS = (Field("token", "token", secret=True, type="string"),
                  Field("name", "name", type="string"))  # fmt: skip

    class Outer:
        FIELDS = (Field("one", "one", type="object", model=Inner),
                  Field("many", "many", type="array", model=Inner),
                  Field("key", "api_key", secret=True, type="string"))  # fmt: skip

    data = {"one": {"token": "t1", "name": "n"}, "many": [{"token": "t2"}, {"token": ""}, 7],
            "api_key": "k", "other": "o"}  # fmt: skip
    assert _values._redacted(data, Outer) == {
        "one": {"token": "[REDACTED]", "name": "n"},
        "many": [{"token": "[REDACTED]"}, {"token": ""}, 7],
        "api_key": "[REDACTED]",
        "other": "o",
    }
    assert data["one"] == {"token": "t1", "name": "n"}  # the model's own data is left as it is


def test_jsonl_keeps_letters_beyond_ascii_as_they_are() -> None:
    agent = {**entry(0), "user_agent": "Navigateur — Zürich 東京"}
    ran = cli("settings", "get-login-history", "--format", "jsonl", answer=ok([agent]))
    assert ran.out == (
        '{"id": "login_0", "created_at": "2025-06-15T12:00:00+00:00", "ip_address": '
        '"203.0.113.10", "user_agent": "Navigateur — Zürich 東京", "success": true, '
        '"failure_reason": null}\n'
    )
