"""Checks over all cassettes at once: no secrets, every answer valid against openapi.yaml,
every operation recorded succeeding and failing, the retry stories present, no orphans.

These read the files only (no cassette of their own); when recording they run last, so they
check what this run wrote.
"""

from __future__ import annotations

import ast
import itertools
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml
from _support import facade_methods, load_spec, snake
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from vcr.request import Request

from ._cassettes import (
    BASE_URL,
    CASSETTES,
    DROPPED_HEADERS,
    IDEMPOTENCY_HEADER,
    SANDBOX_ROUTES,
    SANDBOX_SPEC_PATH,
    UUID_PATTERN,
    RequestScrubber,
    all_interactions,
    body_text,
    cassette_files,
    header,
    interaction_secrets,
    text_secrets,
)

# The error statuses that the cassettes must show the SDK meeting, between them. Not 400: the
# sandbox answers it for the request's shape (a missing or mistyped member, user_id with
# organization_id), which the SDK checks before sending; tests/unit meets it.
REQUIRED_ERROR_STATUSES = {401, 403, 404, 409, 422}


@cache
def validators() -> dict[str, OpenAPI]:
    """openapi.yaml for /v1 routes; the sandbox's own spec for its /sandbox helper routes."""
    sandbox = yaml.safe_load(SANDBOX_SPEC_PATH.read_text(encoding="utf-8"))
    sandbox["servers"] = [{"url": f"{BASE_URL}{SANDBOX_ROUTES}"}]
    # openapi-core reads only application/json by itself; errors are RFC 9457 problem+json.
    config = Config(extra_media_type_deserializers={"application/problem+json": json.loads})
    return {
        "/v1/": OpenAPI.from_dict(load_spec(), config=config),
        f"{SANDBOX_ROUTES}/": OpenAPI.from_dict(sandbox, config=config),
    }


def operations() -> Iterator[tuple[str, str, str, str]]:
    """(method, path template, operationId, tag) of every operation of openapi.yaml."""
    for path, item in load_spec()["paths"].items():
        for method, operation in item.items():
            yield method.upper(), path, operation["operationId"], operation["tags"][0]


def facade_name(operation_id: str, tag: str) -> str:
    return f"client.{tag}.{snake(operation_id)}"


@cache
def routes() -> list[tuple[str, re.Pattern[str], str]]:
    """(method, path regex, operationId), literal paths first so revoke-all is not an id."""
    found = [
        (method, re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"), op, "{" in path)
        for method, path, op, _ in operations()
    ]
    found.sort(key=lambda route: route[3])
    return [(method, pattern, op) for method, pattern, op, _ in found]


def operation_of(method: str, uri: str) -> str | None:
    path = urlsplit(uri).path
    for route_method, pattern, operation_id in routes():
        if route_method == method and pattern.match(path):
            return operation_id
    return None


def recorded_outcomes() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Per operationId, the cassettes holding a 2xx answer to it, and those holding an error."""
    successes: dict[str, list[str]] = {}
    errors: dict[str, list[str]] = {}
    for name, _, interaction in all_interactions():
        request = interaction["request"]
        operation_id = operation_of(request["method"], request["uri"])
        if operation_id is None:
            continue
        status = interaction["response"]["status"]["code"]
        outcome = successes if 200 <= status < 300 else errors
        outcome.setdefault(operation_id, []).append(name)
    return successes, errors


def test_there_are_cassettes() -> None:
    assert len(cassette_files()) >= len(list(operations())), "record: nox -s record"


def test_no_cassette_holds_a_secret() -> None:
    found: list[str] = []
    for name, index, interaction in all_interactions():
        found.extend(interaction_secrets(interaction, f"{name} #{index}"))
    for path in cassette_files():
        found.extend(text_secrets(path.read_text(encoding="utf-8"), path.name))
    assert not found, "secrets in cassettes:\n" + "\n".join(found)


def test_no_cassette_holds_volatile_values() -> None:
    """What would make two recordings differ: dates, server names, generated uuid4 keys."""
    found: list[str] = []
    for name, index, interaction in all_interactions():
        for side in ("request", "response"):
            for key, value in interaction[side]["headers"].items():
                text = str(value[0] if isinstance(value, list) else value)
                if key.lower() in DROPPED_HEADERS or UUID_PATTERN.match(text):
                    found.append(f"{name} #{index} {side} header {key}: {text}")
    assert not found, "\n".join(found)


def test_the_per_test_reset_is_never_recorded() -> None:
    """The reset happens before the cassette opens; replays must not depend on it."""
    resets = [
        f"{name} #{index}"
        for name, index, interaction in all_interactions()
        if urlsplit(interaction["request"]["uri"]).path == f"{SANDBOX_ROUTES}/reset"
    ]
    assert not resets, resets


def dirty_interaction() -> tuple[Request, dict[str, Any]]:
    """A request and response with one secret of every kind, as vcrpy hands them over."""
    request = Request(
        "POST",
        f"{BASE_URL}/v1/settings/email-change?token=emv_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gH",
        json.dumps(
            {"new_email": "jane.doe@gmail.com", "password": "hunter2", "current_password": "x"}
        ).encode(),
        {
            "Authorization": "Bearer sk_test_sandbox",
            "Cookie": "session=abc",
            "Idempotency-Key": "5d0b7f0e-3c1a-4e8b-9a57-2f2d8c1e6b3a",
        },
    )
    body = {
        "token": "ExponentPushToken[xyz789]",
        "detail": "sent to jane.doe@gmail.com with emv_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gH",
        "login": {"session_token": "sk_live_abcdef", "note": "currentPassword123"},
    }
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {"Set-Cookie": ["session=abc"], "Date": ["Sat, 15 Jun 2025 12:00:00 GMT"]},
        "body": {"string": json.dumps(body).encode()},
    }
    return request, response


def test_the_scanner_finds_every_kind_of_secret() -> None:
    request, response = dirty_interaction()
    found = "\n".join(
        interaction_secrets({"request": request._to_dict(), "response": response}, "dirty")
    )
    for secret in (
        "sk_test_sandbox",  # authorization header
        "header Cookie",
        "header Set-Cookie",
        "query parameter token",
        "jane.doe@gmail.com",
        "'password'",
        "'current_password'",
        "ExponentPushToken[xyz789]",
        "emv_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gH",
        "sk_live_abcdef",
        "currentPassword123",
    ):
        assert secret in found, f"the scanner missed {secret}:\n{found}"


def dirty_exchanges() -> list[tuple[Request, dict[str, Any]]]:
    """Exchanges as vcrpy hands them over, with a secret in every place the scrubber's rules
    name: members and parameters marked x-secret (in openapi.yaml and in sandbox.yaml, in a
    request and in an answer), credential headers, the key and email shapes, and echoes."""

    def answer(status: int, body: object, **headers: list[str]) -> dict[str, Any]:
        return {
            "status": {"code": status, "message": "-"},
            "headers": {"Date": ["Sat, 15 Jun 2025 12:00:00 GMT"], **headers},
            "body": {"string": json.dumps(body).encode()},
        }

    change = Request(
        "POST",
        f"{BASE_URL}/v1/settings/email-change",
        json.dumps({"new_email": "jane.doe@gmail.com", "password": "currentPassword123"}).encode(),
        {
            "Authorization": "Bearer sk_test_sandbox",
            "Cookie": "session=abc",
            "Idempotency-Key": "5d0b7f0e-3c1a-4e8b-9a57-2f2d8c1e6b3a",
        },
    )
    refused = answer(
        422,
        {
            "detail": "sent to jane.doe@gmail.com with 'currentPassword123'",
            "login": {"session_token": "sk_live_abcdef", "note": "currentPassword123"},
        },
        **{"Set-Cookie": ["session=abc"]},
    )
    token = "emv_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gH"
    outbox = Request("GET", f"{BASE_URL}/sandbox/outbox?to=jane.doe%40gmail.com", b"", {})
    mail = {"id": "eml_1", "to": "jane.doe@gmail.com", "subject": "Confirm",
            "body": f"Use this token: {token}", "token": token, "sent_at": "now"}  # fmt: skip
    push = json.dumps({"token": "ExponentPushToken[xyz789]", "platform": "expo"}).encode()
    register = Request("POST", f"{BASE_URL}/v1/notifications/push-tokens", push, {})
    registered = {"id": "ptk_1", "token": "ExponentPushToken[xyz789]", "platform": "expo"}
    return [
        (change, refused),
        (outbox, answer(200, {"emails": [mail]})),
        (register, answer(201, registered)),
    ]


def test_the_scanner_finds_every_secret_of_the_dirty_exchanges() -> None:
    found = "\n".join(
        line
        for request, response in dirty_exchanges()
        for line in interaction_secrets({"request": request._to_dict(), "response": response}, "")
    )
    expected = ("sk_test_sandbox", "jane.doe@gmail.com", "emv_aB3dE5gH7", "xyz789",
                "sk_live_abcdef", "currentPassword123", "header Cookie", "Set-Cookie")  # fmt: skip
    for secret in expected:
        assert secret in found, f"the scanner missed {secret}:\n{found}"


def test_scrubbing_leaves_nothing_for_the_scanner() -> None:
    scrubber = RequestScrubber()
    clean = []
    for request, response in dirty_exchanges():
        clean_request = scrubber(request)
        clean.append({"request": clean_request._to_dict(), "response": scrubber.response(response)})
    found = [line for n, c in enumerate(clean) for line in interaction_secrets(c, f"#{n}")]
    assert found == []
    ((change, _), *_) = dirty_exchanges()
    assert change.headers["Authorization"] == "Bearer sk_test_sandbox", "the sent request"
    assert clean[0]["request"]["headers"]["Idempotency-Key"] == ["idempotency-key-1"]
    assert scrubber(change).headers["Idempotency-Key"] == "idempotency-key-1", "stable"
    assert json.loads(clean[0]["request"]["body"]) == {
        "new_email": "redacted@example.com",
        "password": "REDACTED-password-0",
    }
    body = json.loads(body_text(clean[0]["response"]["body"]))
    assert body == {
        "detail": "sent to redacted@example.com with 'REDACTED-password-0'",
        "login": {"session_token": "sk_test_REDACTED", "note": "REDACTED-password-0"},
    }
    assert "Date" not in clean[0]["response"]["headers"]
    assert clean[1]["request"]["uri"] == f"{BASE_URL}/sandbox/outbox?to=REDACTED-token"
    (mail,) = json.loads(body_text(clean[1]["response"]["body"]))["emails"]
    assert (mail["to"], mail["token"]) == ("REDACTED-token", "REDACTED-token")
    assert mail["body"] == "Use this token: REDACTED-token"
    assert json.loads(body_text(clean[2]["response"]["body"]))["token"] == "REDACTED-token"


def test_an_address_at_example_com_is_kept_so_that_a_story_can_assert_it() -> None:
    body = json.dumps({"new_email": "new@example.com", "password": "pw"}).encode()
    request = Request("POST", f"{BASE_URL}/v1/settings/email-change", body, {})
    clean = RequestScrubber()(request)
    assert json.loads(clean.body) == {
        "new_email": "new@example.com",
        "password": "REDACTED-password-0",
    }


def mock_request(request: dict[str, Any]) -> MockRequest:
    parts = urlsplit(request["uri"])
    headers = {name: str(value[0]) for name, value in request["headers"].items()}
    body = body_text(request["body"])
    return MockRequest(
        BASE_URL,
        request["method"].lower(),
        parts.path,
        args=dict(parse_qsl(parts.query)),
        headers=headers,
        data=body.encode() if body else None,
        content_type=header(request["headers"], "content-type") or "application/json",
    )


def test_every_recorded_exchange_matches_the_spec() -> None:
    """Every response (and every request the server accepted) against openapi.yaml."""
    problems: list[str] = []
    checked = 0
    for name, index, interaction in all_interactions():
        request, response = interaction["request"], interaction["response"]
        path = urlsplit(request["uri"]).path
        validator = next((v for prefix, v in validators().items() if path.startswith(prefix)), None)
        if validator is None:
            problems.append(f"{name} #{index}: {path} is in no spec")
            continue
        status = response["status"]["code"]
        mocked = mock_request(request)
        recorded = MockResponse(
            body_text(response["body"]).encode(),
            status_code=status,
            headers={key: str(value[0]) for key, value in response["headers"].items()},
            content_type=header(response["headers"], "content-type") or "",
        )
        try:
            validator.validate_response(mocked, recorded)
            if 200 <= status < 300:
                validator.validate_request(mocked)
        except Exception as exc:
            cause = (
                f" ({exc.__cause__})" if exc.__cause__ and str(exc.__cause__) != str(exc) else ""
            )
            problems.append(
                f"{name} #{index}: {request['method']} {path} -> {status}: {exc}{cause}"
            )
        checked += 1
    assert checked, "no interactions"
    assert not problems, "\n".join(problems)


def test_every_facade_method_has_a_success_cassette() -> None:
    successes, _ = recorded_outcomes()
    by_name = {facade_name(op, tag): op for _, _, op, tag in operations()}
    methods = facade_methods()
    assert methods, "no facade methods found"
    missing = [
        f"client.{resource}.{method}: no success cassette"
        for resource, method in sorted(methods)
        if by_name.get(f"client.{resource}.{method}") not in successes
    ]
    assert not missing, "\n".join(missing)


def test_the_cassettes_cover_every_error_status() -> None:
    # By status, not per operation: a refusal every operation shares (a wrong API key) is
    # recorded once (test_operations.py).
    statuses = {
        interaction["response"]["status"]["code"] for _, _, interaction in all_interactions()
    }
    assert statuses >= REQUIRED_ERROR_STATUSES, REQUIRED_ERROR_STATUSES - statuses


def same_request(first: dict[str, Any], second: dict[str, Any]) -> bool:
    return all(first[key] == second[key] for key in ("method", "uri", "body"))


def retried_pairs() -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Consecutive interactions of one cassette where the second repeats the first request."""
    for path in cassette_files():
        recorded = yaml.safe_load(path.read_text(encoding="utf-8"))["interactions"]
        for first, second in itertools.pairwise(recorded):
            if same_request(first["request"], second["request"]):
                yield first, second


def test_a_429_or_503_with_retry_after_is_retried_into_success() -> None:
    assert any(
        first["response"]["status"]["code"] in (429, 503)
        and header(first["response"]["headers"], "retry-after") is not None
        and 200 <= second["response"]["status"]["code"] < 300
        for first, second in retried_pairs()
    ), "no cassette shows a 429/503 with Retry-After followed by a successful retry"


def test_a_500_after_commit_is_retried_with_the_same_key_and_replayed() -> None:
    assert any(
        first["request"]["method"] == "POST"
        and first["response"]["status"]["code"] == 500
        and header(first["request"]["headers"], IDEMPOTENCY_HEADER) is not None
        and header(first["request"]["headers"], IDEMPOTENCY_HEADER)
        == header(second["request"]["headers"], IDEMPOTENCY_HEADER)
        and 200 <= second["response"]["status"]["code"] < 300
        and header(second["response"]["headers"], "idempotent-replayed") == "true"
        for first, second in retried_pairs()
    ), "no cassette shows a POST failing 500 then replayed with the same Idempotency-Key"


def defined_tests(module: Path) -> set[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
    }


def test_every_cassette_belongs_to_a_test() -> None:
    """A renamed or deleted test leaves its cassette behind: re-recording does not remove it."""
    orphans = []
    for path in cassette_files():
        relative = path.relative_to(CASSETTES)
        module = Path(__file__).parent / f"{relative.parts[0]}.py"
        test = path.stem.split("[")[0]
        if not module.exists() or test not in defined_tests(module):
            orphans.append(relative.as_posix())
    assert not orphans, "cassettes of no test (delete them):\n" + "\n".join(orphans)


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("/v1/settings/sessions/revoke-all", "revokeAllSessions"),
        ("/v1/settings/sessions/session_123", None),  # DELETE only
        ("/v1/billing/projects/proj_123/usage?from=2025-06-01", "getProjectUsage"),
        ("/sandbox/outbox", None),
    ],
)
def test_interactions_are_attributed_to_their_operation(uri: str, expected: str | None) -> None:
    method = "GET" if "usage" in uri or "outbox" in uri else "POST"
    assert operation_of(method, BASE_URL + uri) == expected
