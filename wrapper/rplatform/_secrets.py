"""Where the API puts secrets, as openapi.yaml marks them: the `Shape` of an operation.

openapi.yaml marks every secret field and parameter `x-secret: true`; the generator carries the
mark into each operation's `OPERATION` (its parameters and body fields) and each model's
`FIELDS`. A `Shape` gathers one operation's marks: its secret path and query parameters, and
the secret members of its request body and of its success answer as a `Tree` of JSON member
names, at any depth. A member is secret because the spec marks it, never because of its name:
an unknown member of an answer is not secret, whatever it is called.

`locate(method, path)` tells which operation a request is, by its method and the end of its
path (`rplatform_api.api.OPERATIONS`; the base URL may have a path of its own), and loads only
that operation's module, which the client that built the request has loaded already.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple, TypeAlias

if TYPE_CHECKING:  # the generated package loads when a request is first told apart
    from rplatform_api.api import Operation
    from rplatform_api.types import Field

# A JSON member name -> the `Field` of a secret member (its whole value is secret), or the
# `Tree` (a dict) of an object, or of an array's objects, that holds secret members deeper.
Tree: TypeAlias = Mapping[str, "Tree | Field"]
EMPTY: Tree = {}


class Shape(NamedTuple):
    """Where one operation's secrets are.

    `route` matches the end of a request's percent-encoded path, one group per path parameter;
    `path` maps the group number of each secret one to its `Field`, `query` and `headers` the
    name of each secret query and header parameter (headers in lower case); `request` and
    `response` are the secret members of the JSON request body and of the success answer.
    """

    route: re.Pattern[str]
    path: Mapping[int, Field]
    query: Mapping[str, Field]
    headers: Mapping[str, Field]
    request: Tree
    response: Tree


def shape(template: str, parameters: Iterable[Field], request: Tree, response: Tree) -> Shape:
    """The `Shape` of the operation at path `template` (`/v1/x/{id}`) with these parameters."""
    secret = [field for field in parameters if field.secret]
    names = re.findall(r"\{([^}]+)\}", template)
    literals = re.split(r"\{[^}]+\}", template)
    pattern = "".join(
        re.escape(literal) + ("([^/]+)" if index < len(names) else "")
        for index, literal in enumerate(literals)
    )
    where = {(field.location, field.wire): field for field in secret}
    return Shape(
        route=re.compile(pattern + r"\Z"),
        path={
            n: where[("path", name)] for n, name in enumerate(names, 1) if ("path", name) in where
        },
        query={field.wire: field for field in secret if field.location == "query"},
        headers={field.wire.lower(): field for field in secret if field.location == "header"},
        request=request,
        response=response,
    )


def tree(fields: Iterable[Field]) -> Tree:
    """The secret members of an object of these fields, at any depth (empty if none)."""
    return _tree(tuple(fields), frozenset())


def _tree(fields: tuple[Field, ...], seen: frozenset[type]) -> Tree:
    found: dict[str, Tree | Field] = {}
    for field in fields:
        if field.secret:
            found[field.wire] = field
        elif field.model is not None and field.model not in seen:  # a model inside itself ends
            inner = _tree(field.model.FIELDS, seen | {field.model})
            if inner:
                found[field.wire] = inner
    return found


def of_operation(operation: Operation, success: object) -> Shape:
    """The `Shape` of a generated operation, from its `OPERATION` and `SUCCESS`."""
    from rplatform_api.api import ArrayBody, ObjectBody

    answer = success.model.FIELDS if isinstance(success, ObjectBody | ArrayBody) else ()
    return shape(operation.path, operation.parameters, tree(operation.body), tree(answer))


class Route(NamedTuple):
    method: str
    route: re.Pattern[str]
    module: str


@functools.cache
def _routes() -> tuple[Route, ...]:
    """The API's operations, the most literal path first (`sessions/revoke-all` before
    `sessions/{session_id}`)."""
    from rplatform_api.api import OPERATIONS

    ordered = sorted(
        OPERATIONS.items(), key=lambda item: -len(re.sub(r"\{[^}]+\}", "", item[0][1]))
    )
    return tuple(
        Route(method, shape(path, (), EMPTY, EMPTY).route, module)
        for (method, path), module in ordered
    )


@functools.lru_cache(maxsize=256)
def locate(method: str, path: str) -> Shape | None:
    """The `Shape` of the API operation a request is (its method, its percent-encoded path),
    or None for a request that is none of them."""
    for route in _routes():
        if route.method == method and route.route.search(path):
            return _module_shape(route.module)
    return None


@functools.cache
def _module_shape(module: str) -> Shape:
    loaded = importlib.import_module(f"rplatform_api.api.{module}")
    return of_operation(loaded.OPERATION, loaded.SUCCESS)
