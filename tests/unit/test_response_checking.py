"""Response checking: a 2xx body with a value of the wrong type is refused, naming its path.

Each case takes the documented example of an operation's success response from openapi.yaml,
changes ONE value (or removes one field), serves it from a MockTransport and calls the facade
method: the exception is `APIResponseValidationError` and its message holds the exact path and
problem. Unknown fields, unknown values of open enums (`anyOf: [Enum, string]`), null in
nullable fields and integers where a number is documented must keep parsing.
"""

from __future__ import annotations

import copy
import datetime
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import rplatform
from _support import load_spec, operations, snake
from facade_mock import Recorder
from rplatform_api.types import ParseError

Make = Callable[..., Recorder]
Path = tuple[str | int, ...]
REMOVE = object()  # as a new value: delete the field instead


def example(operation_id: str) -> Any:
    """A fresh copy of the documented success body, its lists grown to at least 4 items."""
    for _, _, operation in operations(load_spec()):
        if operation["operationId"] == operation_id:
            for code, response in operation["responses"].items():
                if code.startswith("2"):
                    return grown(response["content"]["application/json"]["example"])
    raise LookupError(operation_id)


def grown(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: grown(item) for key, item in value.items()}
    if isinstance(value, list) and value:
        return [grown(value[index % len(value)]) for index in range(max(4, len(value)))]
    return copy.deepcopy(value)


def changed(operation_id: str, path: Path, value: Any) -> Any:
    body = example(operation_id)
    *parents, last = path
    node = body
    for part in parents:
        node = node[part]
    if value is REMOVE:
        del node[last]
    else:
        node[last] = value
    return body


def call(recorder: Make, operation_id: str, body: Any) -> Any:
    """The facade method of `operation_id` (no arguments needed), answered with `body` (as
    Python writes JSON: NaN and Infinity for the floats JSON has no word for)."""
    content = json.dumps(body).encode()
    answer = httpx.Response(200, content=content, headers={"x-request-id": "req_1"})
    client = recorder(answer).client
    name = snake(operation_id)
    resource = next(r for r in (client.billing, client.settings) if hasattr(r, name))
    return getattr(resource, name)()


# (operationId, where, new value, the message after "does not match the API: ")
REFUSED: list[tuple[str, Path, Any, str]] = [
    # the issue's own examples
    ("listSessions", (3, "is_current"), "no", "[3].is_current: expected boolean, got 'no'"),
    ("getStatus", ("owner_id",), 123, "owner_id: expected string, got 123"),
    ("get", ("customer",), [], "customer: expected object, got []"),
    # every JSON type where another is documented, at the top level
    ("getStatus", ("has_stripe_account",), 1, "has_stripe_account: expected boolean, got 1"),
    ("getStatus", ("owner_id",), None, "owner_id: expected string, got None"),
    ("getStatus", ("owner_id",), ["org_123"], "owner_id: expected string, got ['org_123']"),
    ("getStatus", ("owner_type",), {"v": 1}, "owner_type: expected string, got {'v': 1}"),
    ("getStatus", ("status",), 5, "status: expected string or null, got 5"),
    (
        "getStatus",
        ("stripe_customer_id",),
        False,
        "stripe_customer_id: expected string or null, got False",
    ),
    ("getUsage", ("year",), True, "year: expected integer, got True"),  # bool is not int
    ("getUsage", ("year",), 2025.0, "year: expected integer, got 2025.0"),
    ("getUsage", ("total_cost_cents",), "100", "total_cost_cents: expected integer, got '100'"),
    ("getUsage", ("storage_gb",), "1.5", "storage_gb: expected number, got '1.5'"),
    ("getUsage", ("ai_cost_cents",), False, "ai_cost_cents: expected number, got False"),
    ("getUsage", ("currency",), None, "currency: expected string, got None"),
    # dates and date-times
    ("getUsage", ("period_start",), "2025-13-01", "period_start: expected date, got '2025-13-01'"),
    ("getUsage", ("period_end",), 20250630, "period_end: expected date, got 20250630"),
    (
        "getDeletionStatus",
        ("requested_at",),
        "soon",
        "requested_at: expected date-time or null, got 'soon'",
    ),
    ("getPreferences", ("updated_at",), None, "updated_at: expected date-time, got None"),
    # nested models
    (
        "get",
        ("customer", "created_at"),
        "yesterday",
        "customer.created_at: expected date-time, got 'yesterday'",
    ),
    (
        "get",
        ("credits", "balance_cents"),
        "2500",
        "credits.balance_cents: expected integer, got '2500'",
    ),
    ("get", ("credits",), None, "credits: expected object, got None"),
    (
        "getPreferences",
        ("privacy", "show_email"),
        "yes",
        "privacy.show_email: expected boolean, got 'yes'",
    ),
    ("getPreferences", ("appearance", "theme"), 3, "appearance.theme: expected string, got 3"),
    # inside lists, at any depth
    (
        "getUsage",
        ("line_items", 1, "quantity"),
        "two",
        "line_items[1].quantity: expected number, got 'two'",
    ),
    ("getUsage", ("line_items",), {}, "line_items: expected array, got {}"),
    ("getUsage", ("line_items", 0), 1, "line_items[0]: expected object, got 1"),
    (
        "get",
        ("subscriptions", 0, "current_period_end"),
        "2025-02-30T00:00:00Z",
        "subscriptions[0].current_period_end: expected date-time, got '2025-02-30T00:00:00Z'",
    ),
    (
        "getPeriods",
        ("periods", 0, "is_current"),
        "true",
        "periods[0].is_current: expected boolean, got 'true'",
    ),
    (
        "getLoginHistory",
        (2, "failure_reason"),
        5,
        "[2].failure_reason: expected string or null, got 5",
    ),
    ("getUsageByProject", (0, "ai_tokens"), 1.5, "[0].ai_tokens: expected integer, got 1.5"),
    ("listSessions", (3,), "session", "[3]: expected object, got 'session'"),
    # the spec's bounds, and numbers that are not finite (1e400 reads as infinity)
    (
        "getPeriods",
        ("periods", 2, "month"),
        13,
        "periods[2].month: expected integer >= 1 and <= 12, got 13",
    ),
    ("getUsage", ("month",), 0, "month: expected integer >= 1 and <= 12, got 0"),
    ("revokeAllSessions", ("revoked_count",), -1, "revoked_count: expected integer >= 0, got -1"),
    (
        "getUsage",
        ("storage_gb",),
        float("inf"),
        "storage_gb: expected number, got Infinity (not JSON)",
    ),
    (
        "getUsage",
        ("line_items", 3, "total_cost"),
        float("-inf"),
        "line_items[3].total_cost: expected number, got -Infinity (not JSON)",
    ),
    (
        "getUsageByProject",
        (1, "ai_cost_cents"),
        float("nan"),
        "[1].ai_cost_cents: expected number, got NaN (not JSON)",
    ),
    (
        "getStatus",
        ("tier",),
        {"scores": [1.5, float("inf")]},
        "tier.scores[1]: expected JSON value, got Infinity (not JSON)",
    ),
    # RFC 3339: a date-time has its offset; a date is a full-date, nothing else
    (
        "listSessions",
        (0, "created_at"),
        "2025-06-15T12:00:00",
        "[0].created_at: expected date-time, got '2025-06-15T12:00:00'",
    ),
    (
        "listSessions",
        (0, "created_at"),
        "2025-06-15",
        "[0].created_at: expected date-time, got '2025-06-15'",
    ),
    (
        "listSessions",
        (0, "expires_at"),
        "2025-06-15 12:00:00Z",
        "[0].expires_at: expected date-time, got '2025-06-15 12:00:00Z'",
    ),
    (
        "listSessions",
        (0, "expires_at"),
        "20250615T120000Z",
        "[0].expires_at: expected date-time, got '20250615T120000Z'",
    ),
    (
        "getLoginHistory",
        (1, "created_at"),
        "2025-06-15T12:00:00+0200",
        "[1].created_at: expected date-time, got '2025-06-15T12:00:00+0200'",
    ),
    (
        "getLoginHistory",
        (1, "created_at"),
        "2025-06-15T12:00:00,5Z",
        "[1].created_at: expected date-time, got '2025-06-15T12:00:00,5Z'",
    ),
    (
        "getLoginHistory",
        (1, "created_at"),
        "2025-06-15T12:00Z",
        "[1].created_at: expected date-time, got '2025-06-15T12:00Z'",
    ),
    (
        "getLoginHistory",
        (1, "created_at"),
        "2025-06-30T12:59:60Z",  # a leap second ends a day
        "[1].created_at: expected date-time, got '2025-06-30T12:59:60Z'",
    ),
    (
        "getLoginHistory",
        (1, "created_at"),
        "2025-06-15T24:00:00Z",
        "[1].created_at: expected date-time, got '2025-06-15T24:00:00Z'",
    ),
    # Twenty characters ending in Z, as the usual form, which fromisoformat reads and RFC 3339
    # does not: a week date, a basic date with a fraction, a basic time, a trailing NUL.
    *(
        (
            "getLoginHistory",
            (1, "created_at"),
            text,
            f"[1].created_at: expected date-time, got {text!r}",
        )
        for text in (
            "2025-W24-7T12:00:00Z",
            "20250615T12:00:00.5Z",
            "2025-06-15T120000.5Z",
            "2025-06-15T12:00:00Z\x00",
            "2025-06-15T12:00:0Z\x00",
        )
    ),
    ("getUsage", ("period_start",), "20250601", "period_start: expected date, got '20250601'"),
    ("getUsage", ("period_start",), "2025-W23-1", "period_start: expected date, got '2025-W23-1'"),
    (
        "getUsage",
        ("period_end",),
        "2025-06-30T00:00:00Z",
        "period_end: expected date, got '2025-06-30T00:00:00Z'",
    ),
    ("getUsage", ("period_end",), "2025-6-30", "period_end: expected date, got '2025-6-30'"),
    # missing fields
    ("getStatus", ("owner_id",), REMOVE, "owner_id: required field is missing"),
    ("get", ("customer", "name"), REMOVE, "customer.name: required field is missing"),
    ("listSessions", (1, "expires_at"), REMOVE, "[1].expires_at: required field is missing"),
]


@pytest.mark.parametrize(("operation_id", "path", "value", "message"), REFUSED,
                         ids=[case[3].split(":")[0] or "top" for case in REFUSED])  # fmt: skip
def test_a_wrong_typed_value_is_refused_with_its_path(
    recorder: Make, operation_id: str, path: Path, value: Any, message: str
) -> None:
    with pytest.raises(rplatform.APIResponseValidationError) as info:
        call(recorder, operation_id, changed(operation_id, path, value))
    assert not isinstance(info.value, rplatform.APIStatusError)
    assert str(info.value) == (
        f"200 OK: response body does not match the API: {message} (request_id=req_1)"
    )
    cause = info.value.__cause__
    assert isinstance(cause, ParseError) and str(cause) == message


@pytest.mark.parametrize(
    ("value", "shown"),
    [("x" * 10_000, "'xxxxxxxxxxxxxxxxx...xxxxxxxxxxxxxxxxxx'"),
     (list(range(100_000)), "[0, 1, 2, 3, 4, 5, ...]"),
     ({"a": [1, {"b": [2]}]}, "{'a': [1, {...}]}")],
    ids=["string", "list", "nested"],
)  # fmt: skip
def test_a_large_bad_value_is_quoted_short(recorder: Make, value: Any, shown: str) -> None:
    body = changed("getStatus", ("has_payment_method",), value)
    with pytest.raises(rplatform.APIResponseValidationError) as info:
        call(recorder, "getStatus", body)
    assert f"has_payment_method: expected boolean, got {shown} (request_id" in str(info.value)


# (operationId, where, new value, what the model then holds there)
TOLERATED: list[tuple[str, Path, Any, Callable[[Any], Any]]] = [
    ("getStatus", ("status",), None, lambda r: r.status),  # nullable
    ("getStatus", ("stripe_customer_id",), None, lambda r: r.stripe_customer_id),
    ("get", ("customer",), None, lambda r: r.customer),
    ("getDeletionStatus", ("scheduled_at",), None, lambda r: r.scheduled_at),
    ("getLoginHistory", (3, "failure_reason"), None, lambda r: r[3].failure_reason),
    ("getUsage", ("storage_gb",), 3, lambda r: r.storage_gb),  # an integer is a number
    ("getUsage", ("line_items", 0, "unit_price"), 0, lambda r: r.line_items[0].unit_price),
    ("getStatus", ("owner_type",), "team", lambda r: r.owner_type),  # open enums
    ("get", ("subscriptions", 0, "status"), "on_hold", lambda r: r.subscriptions[0].status),
    ("getPreferences", ("appearance", "theme"), "sepia", lambda r: r.appearance.theme),
    ("getStatus", ("tier",), {"name": "gold"}, lambda r: r["tier"]),  # unknown fields
    ("get", ("credits", "bonus"), [1], lambda r: r.credits["bonus"]),
    ("listSessions", (2, "device"), None, lambda r: r[2]["device"]),
    ("getUsage", ("month",), 12, lambda r: r.month),  # the bounds themselves
    ("getPeriods", ("periods", 0, "month"), 1, lambda r: r.periods[0].month),
    ("revokeAllSessions", ("revoked_count",), 0, lambda r: r.revoked_count),
    ("getUsage", ("storage_gb",), 1e308, lambda r: r.storage_gb),  # large, but finite
    ("getStatus", ("tier",), {"big": 10**300}, lambda r: r["tier"]),
]


@pytest.mark.parametrize(("operation_id", "path", "value", "read"), TOLERATED,
                         ids=[".".join(map(str, case[1])) for case in TOLERATED])  # fmt: skip
def test_what_the_api_allows_or_may_add_still_parses(
    recorder: Make, operation_id: str, path: Path, value: Any, read: Callable[[Any], Any]
) -> None:
    result = call(recorder, operation_id, changed(operation_id, path, value))
    assert read(result) == value and type(read(result)) is type(value)


def test_dates_parse_into_dates_and_date_times_keep_their_zone(recorder: Make) -> None:
    usage = call(recorder, "getUsage", example("getUsage"))
    assert type(usage.period_start) is datetime.date
    sessions = call(recorder, "listSessions", example("listSessions"))
    assert sessions[0].created_at.utcoffset() == datetime.timedelta(0)


def test_checking_does_not_change_the_body_it_reads() -> None:
    from rplatform_api.models import BillingInfo

    body = example("get")
    before = copy.deepcopy(body)
    BillingInfo.from_dict(body)
    assert body == before


# What RFC 3339 allows besides the usual `2025-06-15T12:00:00Z`, and the moment each is.
UTC = datetime.UTC
ACCEPTED_DATE_TIMES = [
    ("2025-06-15t12:00:00z", datetime.datetime(2025, 6, 15, 12, tzinfo=UTC)),
    ("2025-06-15T12:00:00.5Z", datetime.datetime(2025, 6, 15, 12, 0, 0, 500_000, tzinfo=UTC)),
    (
        "2025-06-15T12:00:00.123456789+00:00",
        datetime.datetime(2025, 6, 15, 12, 0, 0, 123_456, tzinfo=UTC),
    ),
    ("2025-06-15T14:00:00+02:00", datetime.datetime(2025, 6, 15, 12, tzinfo=UTC)),
    (
        "2016-12-31T23:59:60Z",  # a leap second: the last microsecond before the next minute
        datetime.datetime(2016, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC),
    ),
    (
        "2016-12-31t18:59:60.25-05:00",
        datetime.datetime(2016, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC),
    ),
]


@pytest.mark.parametrize(
    ("text", "moment"), ACCEPTED_DATE_TIMES, ids=[c[0] for c in ACCEPTED_DATE_TIMES]
)
def test_every_rfc_3339_date_time_parses_with_its_offset(
    recorder: Make, text: str, moment: datetime.datetime
) -> None:
    entries = call(recorder, "getLoginHistory", changed("getLoginHistory", (0, "created_at"), text))
    assert entries[0].created_at == moment and entries[0].created_at.utcoffset() is not None


def raw_call(recorder: Make, operation_id: str, content: bytes, **headers: str) -> Any:
    """The facade method of `operation_id`, answered with these bytes."""
    answer = httpx.Response(200, content=content, headers={"x-request-id": "req_1", **headers})
    client = recorder(answer).client
    name = snake(operation_id)
    resource = next(r for r in (client.billing, client.settings) if hasattr(r, name))
    return getattr(resource, name)()


def refused(recorder: Make, operation_id: str, content: bytes, **headers: str) -> str:
    with pytest.raises(rplatform.APIResponseValidationError) as info:
        raw_call(recorder, operation_id, content, **headers)
    text = str(info.value)
    prefix, suffix = "200 OK: response body does not match the API: ", " (request_id=req_1)"
    assert text.startswith(prefix) and text.endswith(suffix), text
    return text.removeprefix(prefix).removesuffix(suffix)


def usage_with(field: str, token: str) -> bytes:
    """getUsage's example, with `token` written as it is where `field`'s value was."""
    text = json.dumps({**example("getUsage"), field: "HERE"})
    return text.replace('"HERE"', token).encode()


@pytest.mark.parametrize(
    ("field", "token", "message"),
    [
        ("storage_gb", "NaN", "storage_gb: expected number, got NaN (not JSON)"),
        ("storage_gb", "Infinity", "storage_gb: expected number, got Infinity (not JSON)"),
        ("ai_cost_cents", "-Infinity", "ai_cost_cents: expected number, got -Infinity (not JSON)"),
        ("storage_gb", "1e400", "storage_gb: expected number, got inf"),
        ("currency", "NaN", "currency: expected string, got NaN (not JSON)"),
        ("owner_id", "-1E+999", "owner_id: expected string, got -inf"),
        ("region", '{"load": [NaN]}', "region.load[0]: expected JSON value, got NaN (not JSON)"),
        ("region", "1e400", "region: expected finite number, got inf"),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 16 else None,
)
def test_a_number_json_cannot_carry_is_refused_where_it_is(
    recorder: Make, field: str, token: str, message: str
) -> None:
    assert refused(recorder, "getUsage", usage_with(field, token)) == message


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("total_cost_cents", "total_cost_cents: expected integer, got an integer of 4,400 digits "
                             "(Python reads at most 4,300)"),
        ("storage_gb", "storage_gb: expected number, got an integer of 4,400 digits (Python "
                       "reads at most 4,300)"),
        ("region", "region: expected JSON value, got an integer of 4,400 digits (Python reads "
                   "at most 4,300)"),
    ],
)  # fmt: skip
def test_an_integer_too_long_for_python_is_refused_naming_its_field(
    recorder: Make, field: str, message: str
) -> None:
    assert refused(recorder, "getUsage", usage_with(field, "-" + "7" * 4_400)) == message
    # Python's own limit, which names no field, is what the SDK reads at most
    with pytest.raises(ValueError, match="Exceeds the limit"):
        json.loads("7" * 4_400)


def test_an_integer_of_4300_digits_is_still_read(recorder: Make) -> None:
    usage = raw_call(recorder, "getUsage", usage_with("region", "9" * 4_300))
    assert usage["region"] == int("9" * 4_300)


@pytest.mark.parametrize(
    ("content_type", "message"),
    [
        ("text/html; charset=utf-8", "expected a JSON body, got text/html (19 bytes)"),
        ("text/plain", "expected a JSON body, got text/plain (19 bytes)"),
        ("", "expected a JSON body, got no media type (19 bytes)"),
    ],
)
def test_a_2xx_body_that_says_it_is_not_json_is_refused_unread(
    recorder: Make, content_type: str, message: str
) -> None:
    body = b'{"revoked_count":3}'  # JSON, but the server says it is not: it is not read
    assert len(body) == 19
    assert refused(recorder, "revokeAllSessions", body, **{"content-type": content_type}) == message


@pytest.mark.parametrize(
    "content_type", ["application/json", "application/json; charset=utf-8", "APPLICATION/JSON",
                     "application/vnd.rplatform+json", None],
)  # fmt: skip
def test_a_2xx_json_body_parses_whatever_its_json_media_type(
    recorder: Make, content_type: str | None
) -> None:
    headers = {} if content_type is None else {"content-type": content_type}
    answer = httpx.Response(200, content=b'{"revoked_count":3}', headers=headers)
    if content_type is None:
        answer.headers.pop("content-type", None)
    assert recorder(answer).client.settings.revoke_all_sessions().revoked_count == 3


def test_a_length_rule_of_the_spec_is_checked_by_from_dict() -> None:
    from rplatform_api.models import EmailChangeVerify

    with pytest.raises(ParseError) as info:
        EmailChangeVerify.from_dict({"token": ""})
    assert str(info.value) == "token: expected string of length >= 1 and <= 512, got ''"
    with pytest.raises(ParseError, match=r"^token: expected string of length >= 1 and <= 512"):
        EmailChangeVerify.from_dict({"token": "t" * 513})
    assert EmailChangeVerify.from_dict({"token": "t" * 512}).token == "t" * 512


def test_to_json_writes_only_json(recorder: Make) -> None:
    usage = call(recorder, "getUsage", {**example("getUsage"), "extra": [1.5, 10**30]})
    assert json.loads(usage.to_json(), parse_constant=pytest.fail) == usage.to_dict()
