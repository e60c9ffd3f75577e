"""The facade covers openapi.yaml exactly, and each method sends what the spec describes.

Nothing here is a hand-kept list: the operations come from openapi.yaml, the methods from the
resource classes of the facade, and each operation's documented call from the spec's examples
(`_support.documented_call`). Every operation (by tag and operationId) must have its snake_case
method on the resource of its tag, and every method its operation. Each documented call then
runs against a transport that checks the HTTP method, path and parameters against the spec and
answers with the spec's own example, which must parse into the declared result. Every numeric
bound (and minimum length) the spec puts on an argument is checked by the facade before sending,
with a message that names the bound as the spec states it: the facade reads the bounds from
the generated metadata, so none is written twice.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import rplatform
from _support import documented_call, facade_methods, load_spec, normal_json, resolve
from _support import operations as spec_operations

SPEC = load_spec()


def operations() -> dict[tuple[str, str], tuple[str, str, dict[str, Any]]]:
    """(resource, method name) -> (HTTP method, path, operation) for every operation."""
    return {
        documented_call(SPEC, op)[:2]: (method, path, op)
        for method, path, op in spec_operations(SPEC)
    }


OPERATIONS = operations()
KEYS = sorted(OPERATIONS)


def key_id(key: tuple[str, str]) -> str:
    return f"{key[0]}.{key[1]}"


def test_every_operation_has_a_facade_method() -> None:
    missing = sorted(
        f"{op['operationId']} ({method.upper()} {path}) has no method client.{tag}.{name}"
        for (tag, name), (method, path, op) in OPERATIONS.items()
        if (tag, name) not in facade_methods()
    )
    assert not missing, "\n".join(missing)


def test_every_facade_method_has_an_operation() -> None:
    extra = sorted(
        f"client.{tag}.{name} has no operation in openapi.yaml"
        for tag, name in set(facade_methods()) - set(OPERATIONS)
    )
    assert not extra, "\n".join(extra)
    assert facade_methods(), "no facade methods found"


def success(op: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
    """The documented success status, and its JSON media (schema, example) if it has a body."""
    status = min(int(s) for s in op["responses"] if s.startswith("2"))
    content = resolve(SPEC, op["responses"][str(status)]).get("content")
    return status, None if content is None else content["application/json"]


def answering(status: int, media: dict[str, Any] | None, sent: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if media is None:
            return httpx.Response(status)
        return httpx.Response(status, json=media["example"])

    return handler


def call(
    key: tuple[str, str], sent: list[httpx.Request] | None = None, **changes: Any
) -> tuple[Any, list[httpx.Request]]:
    """The documented call of an operation (with `changes` to its arguments), answered with
    the spec's example of its success; `sent` collects the requests."""
    op = OPERATIONS[key][2]
    tag, name, arguments = documented_call(SPEC, op)
    sent = [] if sent is None else sent
    with (
        httpx.Client(transport=httpx.MockTransport(answering(*success(op), sent))) as http,
        rplatform.Client("sk_test", base_url="https://api.test", http_client=http) as client,
    ):
        result = getattr(getattr(client, tag), name)(**{**arguments, **changes})
    return result, sent


def declared_names(op: dict[str, Any], where: str) -> set[str]:
    return {
        parameter["name"]
        for parameter in (resolve(SPEC, p) for p in op.get("parameters", []))
        if parameter["in"] == where
    }


def path_regex(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$")


@pytest.mark.parametrize("key", KEYS, ids=key_id)
def test_documented_call_sends_the_spec_request_and_parses_the_spec_example(
    key: tuple[str, str],
) -> None:
    method, path, op = OPERATIONS[key]
    result, (request,) = call(key)
    assert request.method == method.upper()
    assert path_regex(path).match(request.url.path), (request.url.path, path)
    assert set(request.url.params) <= declared_names(op, "query")
    assert ("idempotency-key" in request.headers) == (method == "post")
    if "requestBody" in op:
        assert request.headers["content-type"] == "application/json"
    _, media = success(op)
    if media is None:
        assert result is None
    elif media["schema"].get("type") == "array":
        example = media["example"]
        if isinstance(result, rplatform.ListResult):  # a paginated list: its example is a page
            result = result.to_list()
        assert isinstance(result, rplatform.ModelList) and len(result) == len(example)
        assert type(result[0]).__name__ == media["schema"]["items"]["$ref"].rsplit("/", 1)[1]
        assert normal_json(result[0].to_dict()) == normal_json(example[0])
    else:
        assert type(result).__name__ == media["schema"]["$ref"].rsplit("/", 1)[1]
        assert normal_json(result.to_dict()) == normal_json(media["example"])


@pytest.mark.parametrize("key", KEYS, ids=key_id)
def test_every_method_has_a_docstring_with_its_example(key: tuple[str, str]) -> None:
    tag, name = key
    method = facade_methods()[key]
    doc = inspect.getdoc(method) or ""
    summary = OPERATIONS[key][2]["summary"].rstrip(".")
    assert f"r.{tag}.{name}(" in doc, doc
    assert doc.splitlines()[0], "a one-line summary first"
    assert summary.split()[0].lower() in doc.lower()  # the spec's verb: get, create, revoke...


def bounds() -> Iterator[Any]:
    """(operation, argument, a value at the bound, a value past it, the message) for every
    numeric bound and minimum length the spec sets on an argument of a documented call."""
    for key in KEYS:
        op = OPERATIONS[key][2]
        arguments = documented_call(SPEC, op)[2]
        schemas = {
            parameter["name"]: resolve(SPEC, parameter["schema"])
            for parameter in (resolve(SPEC, p) for p in op.get("parameters", []))
        }
        if "requestBody" in op:
            body = resolve(SPEC, op["requestBody"]["content"]["application/json"]["schema"])
            schemas.update({k: resolve(SPEC, v) for k, v in body["properties"].items()})
        paginated = "cursor" in schemas
        for name, schema in schemas.items():
            argument = f"{name}_" if f"{name}_" in arguments else name
            if paginated and name in ("limit", "cursor"):
                # The API's `limit` is one page's size: the method's `page_size` (its `limit`
                # counts the items in all, test_list_result.py).
                argument = "page_size" if name == "limit" else name
            elif argument not in arguments:
                continue
            cases = []
            if "minimum" in schema:
                low = schema["minimum"]
                cases.append((low, low - 1, f"{argument} must be >= {low}, got {low - 1}"))
            if "maximum" in schema:
                high = schema["maximum"]
                cases.append((high, high + 1, f"{argument} must be <= {high}, got {high + 1}"))
            if schema.get("minLength", 0) >= 1:
                cases.append(("x" * schema["minLength"], "", f"{argument} must not be empty"))
            for ok, bad, message in cases:
                name = f"{key_id(key)}-{argument}={bad!r}"
                yield pytest.param(key, argument, ok, bad, message, id=name)


BOUNDS = list(bounds())


def test_the_spec_has_bounds_to_check() -> None:
    checked = {(key, argument) for key, argument, *_ in (p.values for p in BOUNDS)}
    assert {
        (("billing", "get_usage"), "year"),
        (("settings", "get_login_history"), "page_size"),
        (("settings", "list_sessions"), "cursor"),
    } <= checked


@pytest.mark.parametrize(("key", "argument", "ok", "bad", "message"), BOUNDS)
def test_spec_bounds_are_checked_before_sending(
    key: tuple[str, str], argument: str, ok: Any, bad: Any, message: str
) -> None:
    _, sent = call(key, **{argument: ok})
    assert len(sent) == 1, "a value at the bound is sent"
    sent.clear()
    with pytest.raises(ValueError) as refused:
        call(key, sent, **{argument: bad})
    assert str(refused.value) == message
    assert sent == [], "nothing is sent"
