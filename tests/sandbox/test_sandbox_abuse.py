"""Input an attacker would send: every one gets a 4xx problem that names the field, never a 500.

Invalid Unicode in every string field of every request body, malformed URLs, instants at the
edges of the calendar, deep nesting, huge numbers, missing or odd Content-Types, bodies over the
size limit, totals that would overflow SQLite's integers, and methods a path does not have.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _support import inline_refs, load_spec, operations
from rplatform_sandbox import cli, serve
from rplatform_sandbox.app import spec_path

from .conftest import NOW, client, problem

AI = {
    "project_id": "proj_123",
    "input_tokens": 10,
    "output_tokens": 5,
    "cost_cents": 0.5,
    "provider_model": "anthropic/claude-sonnet-4",
}
JSON_HEADERS = {"content-type": "application/json"}


def raw_json(value: Any) -> bytes:
    """JSON as bytes with escapes kept (httpx would fail to encode a lone surrogate itself)."""
    return json.dumps(value).encode()


def sample(schema: dict[str, Any]) -> Any:
    """A value of a (resolved) schema: its example, else its first enum value, else a plain one."""
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    if "anyOf" in schema:
        return sample(schema["anyOf"][0])
    return {"string": "x", "integer": 1, "number": 1, "boolean": True}.get(schema.get("type"), "x")


def string_fields() -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(method, path, field, valid body) for every string property of every JSON request body."""
    spec = load_spec()
    for method, path, operation in operations(spec):
        body = operation.get("requestBody")
        if body is None:
            continue
        schema = inline_refs(spec, body["content"]["application/json"]["schema"])
        properties = schema.get("properties", {})
        valid = {name: sample(prop) for name, prop in properties.items()}
        valid.pop("user_id", None)  # never together with organization_id
        for name, prop in properties.items():
            if prop.get("type") == "string" or "anyOf" in prop:
                yield method.upper(), path, name, valid


def test_every_string_field_of_every_body_is_covered() -> None:
    assert len(list(string_fields())) >= 20


@pytest.mark.parametrize(
    ("method", "path", "field", "valid"),
    list(string_fields()),
    ids=[f"{m} {p} {f}" for m, p, f, _ in string_fields()],
)
def test_lone_surrogate_in_a_string_is_400_naming_the_field(
    api: httpx.Client, method: str, path: str, field: str, valid: dict[str, Any]
) -> None:
    body = raw_json({**valid, field: "ok\ud800"})
    response = api.request(method, path, content=body, headers=JSON_HEADERS)
    detail = problem(response, 400)["detail"]
    assert field in detail and "Unicode" in detail


def test_lone_surrogate_in_a_key_or_nested_value_is_400(api: httpx.Client) -> None:
    assert problem(
        api.post(
            "/sandbox/usage-events",
            content=raw_json({"events": [{"\udc80": 1}]}),
            headers=JSON_HEADERS,
        ),
        400,
    )["detail"].startswith("events.0:")


@pytest.mark.parametrize("path", ["/v1/billing/checkout-sessions", "/v1/billing/portal-sessions"])
@pytest.mark.parametrize("url", ["http://[", "http://[::1", "https://x:y@", "http://@/x"])
def test_malformed_return_url_is_422(api: httpx.Client, path: str, url: str) -> None:
    response = api.post(path, json={"organization_id": "org_123", "return_url": url})
    assert "return_url" in problem(response, 422)["detail"]


def test_return_url_is_a_uri_in_the_schema() -> None:
    schemas = load_spec()["components"]["schemas"]
    for name in ("CheckoutSessionCreate", "PortalSessionCreate"):
        assert schemas[name]["properties"]["return_url"]["format"] == "uri"


@pytest.mark.parametrize(
    "timestamp",
    [
        "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-01:00",
        "9999-12-31T23:59:59Z",
        "1999-12-31",
    ],
)
def test_usage_event_instants_outside_the_calendar_are_422(
    api: httpx.Client, timestamp: str
) -> None:
    event = {"project_id": "proj_123", "meter": "storage_gb", "quantity": 1, "timestamp": timestamp}
    detail = problem(api.post("/sandbox/usage-events", json={"events": [event]}), 422)["detail"]
    assert "timestamp" in detail


def test_the_clock_cannot_be_moved_past_2100(api: httpx.Client) -> None:
    ten_years = {"seconds": 315360000}
    statuses = [api.post("/sandbox/clock", json=ten_years).status_code for _ in range(9)]
    assert statuses == [200] * 7 + [422] * 2
    assert api.get("/sandbox/health").json()["now"] == "2095-06-28T12:00:00Z"


@pytest.mark.parametrize("depth", [65, 1_000, 50_000])
def test_deep_nesting_is_400(api: httpx.Client, depth: int) -> None:
    body = b'{"events": ' + b"[" * depth + b"]" * depth + b"}"
    detail = problem(api.post("/sandbox/usage-events", content=body, headers=JSON_HEADERS), 400)
    assert "nested" in detail["detail"]


def test_nesting_within_the_limit_reaches_validation(api: httpx.Client) -> None:
    body = b'{"events": ' + b"[" * 60 + b"]" * 60 + b"}"
    detail = problem(api.post("/sandbox/usage-events", content=body, headers=JSON_HEADERS), 400)
    assert "nested" not in detail["detail"] and "events" in detail["detail"]


@pytest.mark.parametrize(
    ("text", "status", "words"),
    [
        (b"1" * 5000, 400, "number"),
        (b"1" + b"0" * 30, 422, "input_tokens"),  # JSON, a value above the maximum
        (b"NaN", 400, "NaN"),
        (b"1e999", 400, "number"),
        (b"-Infinity", 400, "Infinity"),
    ],
)
def test_absurd_numbers_are_refused(
    api: httpx.Client, text: bytes, status: int, words: str
) -> None:
    body = raw_json({**AI, "input_tokens": 0}).replace(
        b'"input_tokens": 0', b'"input_tokens": ' + text
    )
    response = api.post("/v1/billing/ai-usage", content=body, headers=JSON_HEADERS)
    assert words in problem(response, status)["detail"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("input_tokens", 10**12 + 1),
        ("output_tokens", 10**12 + 1),
        ("reasoning_tokens", 10**12 + 1),
        ("cost_cents", 10**9 + 0.5),
    ],
)
def test_money_inputs_are_bounded_by_the_schema(
    api: httpx.Client, field: str, value: float
) -> None:
    assert (
        field in problem(api.post("/v1/billing/ai-usage", json={**AI, field: value}), 422)["detail"]
    )


def test_totals_past_sqlite_integers_stay_exact(api: httpx.Client) -> None:
    """10,000 events of 10^9 cents: 10^19 micro-cents, past SQLite's 2^63 (about 9.2 x 10^18)."""
    event = {
        "project_id": "proj_123",
        "meter": "ai_tokens",
        "quantity": 1,
        "cost_cents": 10**9,
        "timestamp": "2023-03-15T00:00:00Z",
    }
    for _ in range(10):
        assert api.post("/sandbox/usage-events", json={"events": [event] * 1000}).status_code == 201
    march = {"organization_id": "org_123", "year": 2023, "month": 3}
    usage = api.get("/v1/billing/usage", params=march)
    assert usage.status_code == 200, usage.text
    assert usage.json()["ai_cost_cents"] == 10**13
    assert usage.json()["total_cost_cents"] == 10**13
    projects = api.get("/v1/billing/usage/projects", params=march).json()
    assert [p["total_cost_cents"] for p in projects] == [10**13, 0, 0]
    periods = api.get("/v1/billing/periods", params={"organization_id": "org_123"}).json()
    assert {p["label"]: p["total_cost_cents"] for p in periods["periods"]}["March 2023"] == 10**13
    items = api.get(
        "/v1/billing/projects/proj_123/usage", params={"from": "2023-03-01", "to": "2023-03-31"}
    ).json()
    assert items == [
        {
            "item": "AI tokens",
            "meter": "ai_tokens",
            "units": 10_000,
            "unit_type": "tokens",
            "cost_cents": 10**13,
        }
    ]


@pytest.mark.parametrize(
    ("content_type", "status"),
    [
        (None, 415),
        ("text/plain", 415),
        ("application/x-www-form-urlencoded", 415),
        ("application/merge-patch+json", 415),  # not a media type the spec declares
        ("APPLICATION/JSON", 201),
        ("Application/Json; Charset=UTF-8", 201),
    ],
)
def test_media_types_are_compared_case_insensitively(
    api: httpx.Client, content_type: str | None, status: int
) -> None:
    headers = {"content-type": content_type} if content_type else {}
    request = api.build_request(
        "POST", "/v1/billing/ai-usage", content=raw_json(AI), headers=headers
    )
    assert ("content-type" in request.headers) == (content_type is not None)
    response = api.send(request)
    assert response.status_code == status, response.text
    if status == 415:
        assert "Content-Type" in problem(response, 415)["detail"]


def test_a_patch_without_json_content_type_is_415(api: httpx.Client) -> None:
    response = api.patch(
        "/v1/settings/preferences/notifications",
        content=b'{"email": false}',
        headers={"content-type": "text/plain"},
    )
    problem(response, 415)
    assert api.get("/v1/settings/preferences").json()["notifications"]["email"] is True


def test_a_post_without_a_body_needs_no_content_type(api: httpx.Client) -> None:
    assert api.post("/v1/settings/sessions/revoke-all").status_code == 200
    assert "required" in problem(api.post("/v1/billing/ai-usage"), 400)["detail"]


def body_of_size(size: int) -> bytes:
    """A JSON AI-usage body of exactly `size` bytes (padded with spaces, which JSON ignores)."""
    body = raw_json(AI)
    return body[:-1] + b" " * (size - len(body)) + b"}"


def test_bodies_over_one_mebibyte_are_413(api: httpx.Client) -> None:
    limit = 1024 * 1024
    response = api.post(
        "/v1/billing/ai-usage", content=body_of_size(limit + 1), headers=JSON_HEADERS
    )
    assert "1048576" in problem(response, 413)["detail"]
    at_limit = api.post("/v1/billing/ai-usage", content=body_of_size(limit), headers=JSON_HEADERS)
    assert at_limit.status_code == 201

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield from [b" " * 65536] * 40

    problem(api.post("/v1/billing/ai-usage", content=chunks(), headers=JSON_HEADERS), 413)
    assert api.get("/sandbox/health").status_code == 200


def test_the_body_limit_is_configurable() -> None:
    with serve(now=NOW, max_body=64) as url, client(url) as api:
        problem(api.post("/v1/billing/ai-usage", json=AI), 413)
        assert api.post("/v1/billing/customer", json={}).status_code == 201
    assert cli.parse_args(["--max-body", "2048"]).max_body == 2048
    assert cli.parse_args([]).max_body == 1024 * 1024
    with pytest.raises(SystemExit):
        cli.parse_args(["--max-body", "0"])


# --- methods per path ----------------------------------------------------------------------


def documented_methods() -> dict[str, set[str]]:
    import re

    import yaml

    spec = yaml.safe_load(spec_path().read_text())
    return {
        re.sub(r"\{[^}]+\}", "x_1", path): {m.upper() for m in item}
        for path, item in spec["paths"].items()
    }


@pytest.mark.parametrize(("path", "methods"), sorted(documented_methods().items()))
def test_allow_lists_exactly_the_documented_methods(
    api: httpx.Client, path: str, methods: set[str]
) -> None:
    options = api.options(path)
    assert options.status_code == 204
    assert set(options.headers["allow"].split(", ")) == methods
    for method in {"GET", "POST", "PUT", "PATCH", "DELETE"} - methods:
        response = api.request(method, path)
        problem(response, 405)
        assert set(response.headers["allow"].split(", ")) == methods


def test_revoke_all_is_not_shadowed_by_the_session_path(api: httpx.Client) -> None:
    response = api.delete("/v1/settings/sessions/revoke-all")
    assert problem(response, 405) and response.headers["allow"] == "POST"
    assert api.get("/v1/settings/sessions/revoke-all").headers["allow"] == "POST"
    assert len(api.get("/v1/settings/sessions").json()) == 4  # nothing was revoked
    assert api.delete("/v1/settings/sessions/session_123").status_code == 204
