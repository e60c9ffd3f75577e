"""Every `format` of a request field, in openapi.yaml and sandbox.yaml, is checked by the sandbox.

For each field with a format, the operation's documented call is sent with that field set to
values the format refuses (an empty string among them: a `timestamp` of "" was once taken for
"now") and to values it accepts. Refused: a 422 `validation-failed` naming the field, code
`format`. Accepted: no format error on the field. The formats are `formats.py`'s, which depend on
nothing optional; every format the specs use, in requests or responses, is one of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _support import load_spec as _load_spec
from rplatform_sandbox.formats import ANNOTATIONS, FORMAT_CHECKER

from ._requests import Call, Field, Operation, operations, reset, sandbox_spec, served

REFUSED = {
    "date-time": [
        "",
        "now",
        "2025-06-15",  # a date alone
        "2025-06-15T12:00:00",  # no offset
        "2025-06-15 12:00:00Z",
        "2025-06-15T24:00:00Z",
        "2025-02-30T12:00:00Z",
        "2025-06-15T12:00:60Z",  # a leap second only ends a UTC day
        "2025-06-15T12:00:00+25:00",
        "\u0662025-06-15T12:00:00Z",  # an Arabic-Indic digit
    ],
    "date": ["", "20250601", "2025-W23-1", "2025-6-1", "2025-02-30", "2025-06-01T00:00:00Z"],
    "iana-time-zone": ["", "Mars/Olympus", "america/new_york", "EST5EDT "],
    "uri": ["", "not a uri", "//no-scheme.example"],
    "email": ["", "no-at-sign.example.com"],
}
ACCEPTED = {
    "date-time": [
        "2025-06-15T12:00:00Z",
        "2025-06-15t12:00:00z",
        "2025-06-15T12:00:00.123456+02:00",
        "2025-06-30T23:59:60Z",
        "2025-06-30T18:59:60-05:00",
    ],
    "date": ["2025-06-01", "2024-02-29"],
    "iana-time-zone": ["UTC", "America/New_York"],
    "uri": ["https://myapp.com/billing"],
    "email": ["newemail@example.com"],
}


def format_fields() -> Iterator[tuple[Operation, Field]]:
    for operation in operations(sandbox_routes=True):
        for field in operation.fields():
            if field.schema.get("format") and field.schema["format"] not in ANNOTATIONS:
                yield operation, field


FIELDS = [
    pytest.param(operation, field, id=f"{operation.id}.{field.name}")
    for operation, field in format_fields()
]


def _formats(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("format"), str):
            yield node["format"]
        for value in node.values():
            yield from _formats(value)
    elif isinstance(node, list):
        for value in node:
            yield from _formats(value)


def test_every_format_of_the_specs_is_checked_or_an_annotation() -> None:
    used = set(_formats(_load_spec())) | set(_formats(sandbox_spec()))
    assert used - ANNOTATIONS <= set(FORMAT_CHECKER.checkers), used
    assert set(REFUSED) == set(ACCEPTED) == set(FORMAT_CHECKER.checkers)


def test_the_format_fields_include_the_ones_users_send() -> None:
    names = {param.id for param in FIELDS}
    assert names >= {
        "getProjectUsage.from",
        "getProjectUsage.to",
        "updateAppearance.timezone",
        "requestEmailChange.new_email",
        "createCheckoutSession.return_url",
        "sandboxIngestUsage.events[0].timestamp",
    }


@pytest.fixture(scope="module")
def sandbox() -> Iterator[tuple[str, httpx.Client]]:
    with served() as (url, client):
        yield url, client


def _format_errors(response: httpx.Response, field: Field) -> list[dict[str, str]]:
    body = response.json() if response.content else {}
    errors: list[dict[str, str]] = body.get("errors", []) if isinstance(body, dict) else []
    return [e for e in errors if e["field"] == field.name and e["code"] == "format"]


@pytest.mark.parametrize(("operation", "field"), FIELDS)
def test_a_value_off_the_format_is_refused(
    sandbox: tuple[str, httpx.Client], operation: Operation, field: Field
) -> None:
    url, client = sandbox
    reset(url)
    documented = Call.documented(operation)
    for value in REFUSED[field.schema["format"]]:
        response = documented.with_value(operation, field, value).send(client)
        assert response.status_code == 422, (value, response.text)
        assert response.json()["type"].endswith("/validation-failed")
        assert len(_format_errors(response, field)) == 1, (value, response.text)


@pytest.mark.parametrize(("operation", "field"), FIELDS)
def test_a_value_of_the_format_passes_it(
    sandbox: tuple[str, httpx.Client], operation: Operation, field: Field
) -> None:
    url, client = sandbox
    for value in ACCEPTED[field.schema["format"]]:
        reset(url)
        response = Call.documented(operation).with_value(operation, field, value).send(client)
        assert _format_errors(response, field) == [], (value, response.text)
        assert response.status_code < 500, (value, response.text)
