"""A 10 MB hostile body of any kind ends in the SDK's own exception, in linear time.

Each body is fixed (no timing ratio): text with `@` after a long run of word characters (what a
backtracking e-mail pattern takes quadratic time on), JSON nested 5,000,000 deep, numbers of
millions of digits, and a 10 MB problem `detail`, as a success and as an error. The bound is
generous: each call takes well under a second on the machine of `benchmarks/RESULTS.md`; a step
in quadratic time would take hours on these sizes, so a call that ends at all within the bound
is linear. At DEBUG, too, where every response is logged.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable

import httpx
import pytest
import rplatform
from facade_mock import STATUS_BODY, Recorder

Make = Callable[..., Recorder]

SIZE = 10_000_000
BOUND = 20.0  # seconds: generous (see the docstring), and still hours below a quadratic step
# An address (to be scrubbed), then word characters up to an `@` that no domain follows.
WORDS = "someone@example.org " + "a" * (SIZE - 21) + "@"
DIGITS = "9" * SIZE


def body(status: int, content: bytes | str, content_type: str) -> httpx.Response:
    data = content.encode() if isinstance(content, str) else content
    return httpx.Response(status, content=data, headers={"content-type": content_type})


def with_value(field: str, token: str) -> bytes:
    """STATUS_BODY with `token` as the JSON text of `field`."""
    return json.dumps({**STATUS_BODY, field: "HOLE"}).replace('"HOLE"', token).encode()


def problem(detail: str) -> bytes:
    return json.dumps({"title": "Problem", "status": 400, "detail": detail}).encode()


JSON, PROBLEM = "application/json", "application/problem+json"
INVALID = rplatform.APIResponseValidationError
DEEP_ARRAY = "[" * (SIZE // 2) + "]" * (SIZE // 2)
DEEP_OBJECT = '{"a":' * (SIZE // 6 + 1) + "1" + "}" * (SIZE // 6 + 1)
LONG_INTEGERS = "[" + ",".join(["9" * 5_000] * (SIZE // 5_000)) + "]"
CASES: dict[str, tuple[httpx.Response, type[rplatform.APIError]]] = {
    "text with @, 500": (body(500, WORDS, "text/plain"), rplatform.InternalServerError),
    "text with @, 200 text/html": (body(200, WORDS, "text/html"), INVALID),
    "text with @, 200 JSON string": (body(200, json.dumps(WORDS), JSON), INVALID),
    "text with @, a wrong-typed value": (
        body(200, with_value("has_payment_method", json.dumps(WORDS)), JSON),
        INVALID,
    ),
    "text with @, a problem detail": (
        body(400, problem(WORDS), PROBLEM),
        rplatform.BadRequestError,
    ),
    "deep JSON, 200": (body(200, DEEP_ARRAY, JSON), INVALID),
    "deep JSON, 404": (body(404, DEEP_OBJECT, JSON), rplatform.NotFoundError),
    "long integer, 200": (body(200, with_value("has_payment_method", DIGITS), JSON), INVALID),
    "long fraction, 200": (
        body(200, with_value("has_payment_method", f"1.{DIGITS}"), JSON),
        INVALID,
    ),
    "long exponent, 200": (
        body(200, with_value("has_payment_method", f"1e{DIGITS}"), JSON),
        INVALID,
    ),
    "many long integers, 200": (body(200, LONG_INTEGERS, JSON), INVALID),
    "long integer, 409": (
        body(409, f'{{"title": "x", "status": {DIGITS}}}', PROBLEM),
        rplatform.ConflictError,
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_10_mb_hostile_body_ends_in_the_sdks_own_exception(
    recorder: Make, caplog: pytest.LogCaptureFixture, case: str
) -> None:
    response, expected = CASES[case]
    assert len(response.content) >= SIZE - 1  # the body is the size the test says
    caplog.set_level(logging.DEBUG, logger="rplatform")
    rec = recorder(response, max_retries=0)
    started = time.perf_counter()
    with pytest.raises(rplatform.APIError) as info:
        rec.client.billing.get_status()
    message = str(info.value)
    elapsed = time.perf_counter() - started
    assert type(info.value) is expected, message[:300]
    assert len(message) < 5_000, message[:300]  # bounded, saying how much was cut
    assert "example.org" not in message and "example.org" not in caplog.text
    assert elapsed < BOUND, f"{case}: {elapsed:.1f} s"
