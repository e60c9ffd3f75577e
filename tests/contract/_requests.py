"""Requests built from the specs alone, for the contract tests that drive a sandbox.

`operations()` lists every operation of openapi.yaml and sandbox.yaml with its request fields:
each parameter, and each member of a JSON body at any depth (`events[0].timestamp`), with its
schema resolved. `Call.documented(op)` is the operation called as its examples say (a body
without an example is the smallest one its schema accepts); `call.with_value(field, value)` is
the same call with one field changed or, for `MISSING`, left out. `served()` is a sandbox for
one test module.
"""

from __future__ import annotations

import copy
import enum
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import yaml
from _support import load_spec, resolve
from rplatform_sandbox import serve
from rplatform_sandbox.app import HERE

NOW = "2025-07-15T12:00:00Z"
DEMO_TOKEN = "sk_test_sandbox"
METHODS = ("get", "post", "put", "patch", "delete")


class _Missing(enum.Enum):
    """A field left out (an enum member: copies of a call keep it, as themselves)."""

    MISSING = "missing"


MISSING = _Missing.MISSING
Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Field:
    """A parameter (`where`: query, path, header) or a body member (`where`: body)."""

    where: str
    path: Path
    schema: dict[str, Any]
    required: bool

    @property
    def name(self) -> str:
        """As the sandbox names it in `errors[].field`: `events[0].timestamp`, `limit`."""
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        return text


@dataclass(frozen=True)
class Operation:
    spec: dict[str, Any] = field(repr=False)
    method: str
    path: str
    op: dict[str, Any] = field(repr=False)

    @property
    def id(self) -> str:
        return str(self.op["operationId"])

    @property
    def body_schema(self) -> dict[str, Any] | None:
        if "requestBody" not in self.op:
            return None
        content = resolve(self.spec, self.op["requestBody"])["content"]["application/json"]
        return dict(resolve(self.spec, content["schema"]))

    def parameters(self) -> list[dict[str, Any]]:
        return [resolve(self.spec, p) for p in self.op.get("parameters", [])]

    def fields(self) -> list[Field]:
        found = [
            Field(p["in"], (p["name"],), _schema(self.spec, p["schema"]), bool(p.get("required")))
            for p in self.parameters()
        ]
        body = self.body_schema
        if body is not None:
            found += list(_members(self.spec, body, ()))
        return found


def _schema(spec: dict[str, Any], node: Any) -> dict[str, Any]:
    """A schema with its `$ref` followed (an enum behind a ref keeps its own keywords)."""
    return dict(resolve(spec, node))


def _members(spec: dict[str, Any], schema: dict[str, Any], path: Path) -> Iterator[Field]:
    for name, member in schema.get("properties", {}).items():
        resolved = _schema(spec, member)
        member_path = (*path, name)
        yield Field("body", member_path, resolved, name in schema.get("required", []))
        if resolved.get("type") == "object":
            yield from _members(spec, resolved, member_path)
        elif resolved.get("type") == "array":
            items = _schema(spec, resolved["items"])
            if items.get("type") == "object":
                yield from _members(spec, items, (*member_path, 0))


def sandbox_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load((HERE / "sandbox.yaml").read_text(encoding="utf-8"))
    return spec


def operations(*, sandbox_routes: bool = False) -> list[Operation]:
    """Every operation of openapi.yaml (and of sandbox.yaml, under /sandbox, if asked)."""
    specs = [(load_spec(), "")] + ([(sandbox_spec(), "/sandbox")] if sandbox_routes else [])
    return [
        Operation(spec, method, prefix + path, item[method])
        for spec, prefix in specs
        for path, item in spec["paths"].items()
        for method in METHODS
        if method in item
    ]


def smallest(spec: dict[str, Any], schema: dict[str, Any]) -> Any:
    """The smallest value a schema without a pattern accepts (its example where it has one)."""
    schema = _schema(spec, schema)
    if "example" in schema:
        return copy.deepcopy(schema["example"])
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        return {
            name: smallest(spec, member)
            for name, member in schema.get("properties", {}).items()
            if name in schema.get("required", [])
        }
    if kind == "array":
        return [smallest(spec, schema["items"])] * max(schema.get("minItems", 1), 1)
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return True
    return "x" * max(schema.get("minLength", 1), 1)


@dataclass
class Call:
    method: str
    path: str
    params: dict[str, Any]
    headers: dict[str, str]
    body: Any = MISSING

    @classmethod
    def documented(cls, operation: Operation) -> Call:
        path, params, headers = operation.path, {}, {}
        for parameter in operation.parameters():
            if "example" not in parameter:
                continue
            name, value = parameter["name"], parameter["example"]
            if parameter["in"] == "path":
                path = path.replace("{" + name + "}", str(value))
            elif parameter["in"] == "query":
                params[name] = value
            else:
                headers[name] = str(value)
        body: Any = MISSING
        if "requestBody" in operation.op:
            content = resolve(operation.spec, operation.op["requestBody"])["content"]
            media = content["application/json"]
            body = copy.deepcopy(media["example"]) if "example" in media else None
            if body is None:
                body = smallest(operation.spec, media["schema"])
        return cls(operation.method.upper(), path, params, headers, body)

    def with_value(self, operation: Operation, target: Field, value: Any) -> Call:
        """This call with one field set to `value` (a path segment as text), or left out."""
        call = copy.deepcopy(self)
        name = target.path[0]
        assert isinstance(name, str)
        if target.where == "path":
            example = next(p for p in operation.parameters() if p["name"] == name)["example"]
            call.path = call.path.replace(str(example), str(value), 1)
        elif target.where in ("query", "header"):
            values = call.params if target.where == "query" else call.headers
            if value is MISSING:
                values.pop(name, None)
            else:
                values[name] = value if target.where == "query" else str(value)
        else:
            call.body = _set(call.body, target.path, value)
        return call

    def send(self, client: httpx.Client) -> httpx.Response:
        extra: dict[str, Any] = {} if self.body is MISSING else {"json": self.body}
        return client.request(
            self.method, self.path, params=self.params, headers=self.headers, **extra
        )


def _set(document: Any, path: Path, value: Any) -> Any:
    *parents, last = path
    node = document
    for part in parents:
        node = node[part]
    if value is MISSING:
        node.pop(last, None)
    else:
        node[last] = value
    return document


@contextmanager
def served() -> Iterator[tuple[str, httpx.Client]]:
    """A deterministic sandbox and the demo user's client on it."""
    with serve(now=NOW, seed=7) as url:
        headers = {"Authorization": f"Bearer {DEMO_TOKEN}"}
        with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
            yield url, client


def reset(url: str) -> None:
    httpx.post(f"{url}/sandbox/reset").raise_for_status()
