"""Where openapi.yaml puts secrets, as the scrubber reads it (`rplatform._secrets`).

Each operation's `Shape` must hold exactly the members and parameters openapi.yaml marks
`x-secret`, read here from openapi.yaml itself; a request must be told apart by its method and
path whatever the base URL's own path; and `rplatform_api.api.OPERATIONS` must name, for each
method and path, the module whose `OPERATION` is that operation.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest
from _support import load_spec, operations, resolve
from rplatform._secrets import EMPTY, Shape, locate, of_operation, tree
from rplatform_api.api import OPERATIONS
from rplatform_api.types import Field

SPEC = load_spec()


def marked(schema: Any, path: str = "") -> Iterator[str]:
    """The paths (`token`, `items[].token`) of the members openapi.yaml marks x-secret."""
    schema = resolve(SPEC, schema)
    for branch in schema.get("anyOf", []):
        yield from marked(branch, path)
    if schema.get("type") == "array":
        yield from marked(schema["items"], f"{path}[]")
    for name, member in schema.get("properties", {}).items():
        where = f"{path}.{name}" if path else name
        if resolve(SPEC, member).get("x-secret"):
            yield where
        else:
            yield from marked(member, where)


def flat(branch: Any, path: str = "") -> Iterator[str]:
    """The same paths, from a `Tree` (arrays are transparent in it: `[]` is not written)."""
    for name, inner in branch.items():
        where = f"{path}.{name}" if path else name
        yield from [where] if isinstance(inner, Field) else flat(inner, where)


def shape_of(method: str, path: str) -> Shape:
    module = importlib.import_module(f"rplatform_api.api.{OPERATIONS[method, path]}")
    return of_operation(module.OPERATION, module.SUCCESS)


CASES = [(method.upper(), path, op) for method, path, op in operations(SPEC)]


@pytest.mark.parametrize(
    ("method", "path", "op"), CASES, ids=[op["operationId"] for *_, op in CASES]
)
def test_each_shape_holds_exactly_what_openapi_marks_secret(
    method: str, path: str, op: dict[str, Any]
) -> None:
    found = shape_of(method, path)
    body = op.get("requestBody")
    request = resolve(SPEC, body)["content"]["application/json"]["schema"] if body else {}
    assert set(flat(found.request)) == {p.replace("[]", "") for p in marked(request)}
    success = next(resolve(SPEC, r) for c, r in op["responses"].items() if str(c)[0] == "2")
    answer = success.get("content", {}).get("application/json", {}).get("schema", {})
    assert set(flat(found.response)) == {p.replace("[]", "") for p in marked(answer)}
    parameters = [resolve(SPEC, p) for p in op.get("parameters", [])]
    secret = {p["name"] for p in parameters if resolve(SPEC, p["schema"]).get("x-secret")}
    assert {f.wire for f in (*found.path.values(), *found.query.values())} == secret


def test_the_api_has_secret_members_in_requests_and_in_an_answer() -> None:
    # What the test above compares is not empty on both sides.
    assert set(flat(shape_of("POST", "/v1/settings/password").request)) == {
        "current_password",
        "new_password",
    }
    assert set(flat(shape_of("POST", "/v1/notifications/push-tokens").response)) == {"token"}


def test_operations_names_the_module_of_every_operation() -> None:
    assert len(OPERATIONS) == len(CASES)
    for (method, path), name in OPERATIONS.items():
        module = importlib.import_module(f"rplatform_api.api.{name}")
        assert (module.OPERATION.method, module.OPERATION.path) == (method, path)


@pytest.mark.parametrize("base", ["", "/api/rplatform"])
def test_a_request_is_told_apart_by_its_method_and_the_end_of_its_path(base: str) -> None:
    password = shape_of("POST", "/v1/settings/password")
    assert locate("POST", f"{base}/v1/settings/password") == password
    revoke_all = shape_of("POST", "/v1/settings/sessions/revoke-all")
    assert locate("POST", f"{base}/v1/settings/sessions/revoke-all") == revoke_all
    revoke = shape_of("DELETE", "/v1/settings/sessions/{session_id}")
    assert locate("DELETE", f"{base}/v1/settings/sessions/revoke-all") == revoke
    assert locate("DELETE", f"{base}/v1/settings/sessions/ses%2F1") == revoke
    assert locate("GET", f"{base}/v1/settings/password") is None
    assert locate("POST", f"{base}/v1/settings/password/more") is None
    assert locate("DELETE", f"{base}/v1/settings/sessions/a/b") is None


def test_a_model_inside_itself_is_followed_once() -> None:
    class Node:
        FIELDS: tuple[Field, ...] = ()

    Node.FIELDS = (
        Field("secret", "secret", secret=True),
        Field("child", "child", model=Node),
        Field("plain", "plain"),
    )
    found = tree([Field("root", "root", model=Node)])
    assert found == {"root": {"secret": Node.FIELDS[0]}}
    assert tree([Field("plain", "plain")]) == EMPTY
