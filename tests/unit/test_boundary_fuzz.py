"""The boundary holds for any answer: a property-based run against every method.

For each operation, hypothesis draws bodies from its success response's schema in openapi.yaml
(`$ref`, `nullable`, `anyOf`, enums, formats, bounds and lengths: a small generator here, as
hypothesis-jsonschema does not work with this hypothesis), then breaks them the ways a hostile
or broken server would (one kind per test), and serves each through a MockTransport to the
facade method of the operation's documented call. The property: the call returns its result,
whose repr and `to_json()` work, or raises an `rplatform.APIError` subclass; a body as the spec
documents it always parses, and `to_dict()` gives it back. Fixed seed (`derandomize`), bounded
runs, no example database.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import rplatform
from _support import documented_call, load_spec, normal_json, operations, resolve
from facade_mock import Recorder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SPEC = load_spec()
OPERATIONS = [op for _, _, op in operations(SPEC)]
HOLE = "\x00HOLE\x00"  # a string where a token JSON cannot hold as a value goes in the text
DEEP = 500
RUNS = settings(
    max_examples=6,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def success(op: dict[str, Any]) -> tuple[int, Any]:
    """The first documented success status and its JSON schema (None: no content)."""
    status = min(code for code in op["responses"] if code.startswith("2"))
    content = resolve(SPEC, op["responses"][status]).get("content")
    return int(status), None if content is None else content["application/json"]["schema"]


def schema_values(schema: Any) -> st.SearchStrategy[Any]:
    """Values the schema documents, its rules kept (the spec has no recursive schema)."""
    schema = resolve(SPEC, schema)
    if "anyOf" in schema:
        values = st.one_of([schema_values(branch) for branch in schema["anyOf"]])
    elif "enum" in schema:
        values = st.sampled_from(schema["enum"])
    else:
        values = typed_values(schema)
    return st.one_of(st.none(), values) if schema.get("nullable") else values


def typed_values(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    kind = schema.get("type")
    if kind == "object":
        fields = {name: schema_values(sub) for name, sub in schema.get("properties", {}).items()}
        return st.fixed_dictionaries(fields)
    if kind == "array":
        return st.lists(schema_values(schema["items"]), max_size=3)
    if kind == "boolean":
        return st.booleans()
    low, high = schema.get("minimum"), schema.get("maximum")
    if kind == "integer":
        return st.integers(min_value=low, max_value=high)
    if kind == "number":
        floats = st.floats(low, high, allow_nan=False, allow_infinity=False)
        return st.one_of(floats, st.integers(min_value=low, max_value=high))
    if schema.get("format") == "date":
        return st.dates().map(datetime.date.isoformat)
    if schema.get("format") == "date-time":
        moments = st.datetimes(timezones=st.sampled_from([datetime.UTC, datetime.timezone(
            datetime.timedelta(hours=-5, minutes=-30))]))  # fmt: skip
        return moments.map(lambda moment: moment.isoformat())
    return st.text(min_size=schema.get("minLength", 0), max_size=schema.get("maxLength", 12))


def places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value below the top of a body."""
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += places(item, (*path, index))
    return found


def put(body: Any, path: tuple[Any, ...], value: Any) -> Any:
    """A copy of `body` with `value` at `path`."""
    if not path:
        return value
    copy = list(body) if isinstance(body, list) else dict(body)
    copy[path[0]] = put(body[path[0]], path[1:], value)
    return copy


def deep(value: Any, depth: int) -> Any:
    for _ in range(depth):
        value = [value]
    return value


# Each way a server breaks an answer: (body, what the holes hold) -> (status, headers, body)
Answer = tuple[int, dict[str, str], bytes]


def text(body: Any, token: str = "") -> bytes:
    return json.dumps(body).replace(json.dumps(HOLE), token).encode()


def broken(kind: str, body: Any, status: int, draw: Callable[..., Any]) -> Answer:
    headers = {"content-type": "application/json", "x-request-id": "req_fuzz"}
    spots = places(body)
    spot = draw(st.sampled_from(spots)) if spots else ()
    if kind == "wrong type":
        other = draw(st.sampled_from(["x", 7, 2.5, True, None, [], {}, [1, "a"], {"k": "v"}]))
        return status, headers, text(put(body, spot, other))
    if kind == "deep":
        inner = draw(st.sampled_from(["x", 1, {"k": None}, []]))
        return status, headers, text(put(body, spot, deep(inner, DEEP)))
    if kind == "long number":
        token = draw(st.sampled_from(["9" * 4_400, "-" + "1" * 5_000, "1e400", "-1E+999",
                                      "1" * 400 + ".5", "0." + "0" * 400 + "1"]))  # fmt: skip
        return status, headers, text(put(body, spot, HOLE), token)
    if kind == "not finite":
        token = draw(st.sampled_from(["NaN", "Infinity", "-Infinity"]))
        return status, headers, text(put(body, spot, HOLE), token)
    if kind == "unknown fields":
        objects = [p for p in [(), *spots] if isinstance(at(body, p), dict)]
        where = draw(st.sampled_from(objects)) if objects else ()
        extra = draw(st.sampled_from([deep({"k": 1}, 700), "@" * 1_000, {"a": [1e308, -0.0]}]))
        if not isinstance(at(body, where), dict):
            return status, headers, text(body)
        return status, headers, text(put(body, where, {**at(body, where), "zz_new": extra}))
    if kind == "not json":
        headers["content-type"] = draw(st.sampled_from(["text/html", "text/plain", "image/png"]))
        return status, headers, b"<html><body>Bad gateway: a@b.example</body></html>"
    # an error status, with a problem whose detail is huge or deep, and a Retry-After no one can
    # wait for
    error = draw(st.sampled_from([400, 401, 403, 404, 409, 422, 429, 500, 503, 520]))
    detail = draw(st.sampled_from(["x" * 200_000, deep("d", DEEP), None, 5, "a@" * 10_000]))
    headers["retry-after"] = draw(st.sampled_from(
        ["Fri, 31 Dec 2025 23:59:59 +99999999999999", "1e400", "NaN", "99999999999"]))  # fmt: skip
    headers["content-type"] = "application/problem+json"
    wrong = {"field": "f" * 50_000, "code": "c", "message": "m" * 50_000}
    problem = {"type": "https://docs.rplatform.dev/problems/x", "status": error,
               "detail": detail, "errors": [wrong]}  # fmt: skip
    return error, headers, text(problem)


def at(body: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        body = body[part]
    return body


KINDS = ["wrong type", "deep", "long number", "not finite", "unknown fields", "not json", "error"]
CASES = [(op, kind) for op in OPERATIONS for kind in ["valid", *KINDS]]


# One client for the whole run (making an httpx.Client costs more than a call): its transport
# serves whatever `ANSWER` holds; one retry, so the retry loop meets every answer too.
ANSWER: list[Answer] = []
CLIENT = Recorder(
    lambda request: httpx.Response(ANSWER[0][0], headers=ANSWER[0][1], content=ANSWER[0][2]),
    retry=rplatform.RetryPolicy(max_retries=1, sleep=lambda _: None, timer=lambda: 0.0),
).client


def invoke(op: dict[str, Any], answer: Answer) -> object:
    ANSWER[:] = [answer]
    resource, method, arguments = documented_call(SPEC, op)
    return getattr(getattr(CLIENT, resource), method)(**arguments)


@pytest.mark.parametrize(("op", "kind"), CASES, ids=[f"{o['operationId']}-{k}" for o, k in CASES])
@RUNS
@given(data=st.data())
def test_every_answer_ends_in_a_result_or_an_api_error(
    op: dict[str, Any], kind: str, data: st.DataObject
) -> None:
    status, schema = success(op)
    body = {} if schema is None else data.draw(schema_values(schema), label="documented body")
    if kind == "valid":
        result = invoke(op, (status, {"content-type": "application/json"}, text(body)))
        if schema is not None:
            assert result is not None
            whole = isinstance(result, list | rplatform.ListResult)
            shown = result.to_dicts() if whole else result.to_dict()  # type: ignore[attr-defined]
            assert normal_json(json.loads(json.dumps(shown))) == normal_json(body)
            repr(result)
        return
    answer = broken(kind, body, status, data.draw)
    try:
        result = invoke(op, answer)
    except rplatform.APIError as error:
        assert len(str(error)) < 5_000, str(error)[:200]  # messages are bounded, however large
        return
    repr(result)  # whatever parsed shows itself, bounded, without a RecursionError
    if result is not None:
        json.loads(result.to_json(), parse_constant=pytest.fail)  # type: ignore[attr-defined]
