"""`nox -s generate`: openapi-python-client's own command line, with openapi.yaml in reach.

    python generator-templates/generate.py generate --path openapi.yaml ...  (its arguments)

The generator hands its templates the operations and models as it parsed them (names, Python
types, descriptions) and drops the rest of what openapi.yaml says: bounds, lengths, patterns,
`x-secret`, the kinds of problem an error response carries. The templates need those to emit
each operation's and each model's metadata as data (`OPERATION`, `FIELDS`), so this runs the
generator unchanged but for two additions:

- its templates also see the document, through the methods of `Spec` (the globals `spec_*`),
  and a `literal` filter that writes a value as Python source;
- the hand-written runtime modules of `runtime/` (beside this file) are copied into the package
  once the generator is done: code as written, linted and type-checked where it is written.

Everything else (templates, generator-config.yml, post-hooks, output) is the generator's.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import openapi_python_client as generator
from openapi_python_client.cli import app

RUNTIME = Path(__file__).with_name("runtime")
# The `Field` keywords, in the order `Field` declares them (generated code reads alike).
ORDER = (
    "description",
    "type",
    "format",
    "enum",
    "open_enum",
    "minimum",
    "maximum",
    "exclusive_minimum",
    "exclusive_maximum",
    "min_length",
    "max_length",
    "pattern",
    "default",
    "nullable",
    "secret",
    "deprecated",
)
# JSON Schema keywords of a field and the `Field` keyword each one becomes.
KEYWORDS = {
    "type": "type",
    "format": "format",
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
    "default": "default",
    "deprecated": "deprecated",
    "x-secret": "secret",
}


def text(value: object) -> str:
    """A name or text of the document as a str (the generator wraps them as UntrustedString)."""
    unwrap = getattr(value, "get_untrusted_value", None)
    return unwrap() if callable(unwrap) else str(value)


def literal(value: object) -> str:
    """`value` as Python source: a list as a tuple (the metadata is frozen), text of several
    lines as one literal per line."""
    if hasattr(value, "get_untrusted_value"):
        value = text(value)
    if isinstance(value, list):
        value = tuple(value)
    if isinstance(value, str) and "\n" in value.strip("\n"):
        lines = value.splitlines(keepends=True)
        return "(\n" + "\n".join(repr(line) for line in lines) + "\n)"
    return repr(value)


class Spec:
    """What openapi.yaml says, looked up the way the templates need it."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> Any:
        """`node`, or the node its local `$ref` (followed to the end) points at."""
        while isinstance(node, Mapping) and "$ref" in node:
            node = self.pointer(node["$ref"].removeprefix("#"))
        return node

    def pointer(self, path: str) -> Any:
        node: Any = self.document
        for part in path.strip("/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def operation(self, path: object, method: object) -> Mapping[str, Any]:
        operation: Mapping[str, Any] = self.document["paths"][text(path)][text(method)]
        return operation

    def parameter(self, path: object, method: object, name: object, where: str) -> Any:
        """The parameter `name` in `where` (path, query, header) of an operation, resolved."""
        for parameter in self.operation(path, method).get("parameters", []):
            parameter = self.resolve(parameter)
            if parameter["name"] == text(name) and parameter["in"] == where:
                return parameter
        raise KeyError(f"{text(method).upper()} {text(path)}: no {where} parameter {text(name)}")

    def responses(self, path: object, method: object, low: int, high: int) -> list[Any]:
        """`(status, response)` of each numbered status from `low` to `high`, resolved."""
        found = []
        for status, response in self.operation(path, method)["responses"].items():
            if str(status).isdigit() and low <= int(status) <= high:
                found.append((int(status), self.resolve(response)))
        return sorted(found, key=lambda pair: pair[0])

    def paginated(self, path: object, method: object) -> bool:
        """A paginated list takes the `cursor` parameter and announces the next page in `Link`."""
        parameters = [self.resolve(p) for p in self.operation(path, method).get("parameters", [])]
        cursor = any(p["name"] == "cursor" and p["in"] == "query" for p in parameters)
        success = self.responses(path, method, 200, 299)
        return cursor and any("Link" in response.get("headers", {}) for _, response in success)

    def model(self, model: Any) -> Any:
        """The schema a generated model comes from (`Customer` from a nullable object schema
        is the generator's `Customer_type_0`: branch 0 of the union it makes of it)."""
        path = text(model.name)
        parent, _, branch = path.rpartition("_type_")
        if parent and branch.isdigit():
            schema = self.resolve(self.pointer(parent))
            branches = schema.get("anyOf") or schema.get("oneOf")
            return self.resolve(branches[int(branch)]) if branches else schema
        return self.resolve(self.pointer(path))

    def body(self, path: object, method: object) -> Any:
        """The schema of an operation's JSON request body, resolved."""
        content = self.resolve(self.operation(path, method)["requestBody"])["content"]
        return self.resolve(content["application/json"]["schema"])

    def member(self, schema: Mapping[str, Any], name: object) -> Any:
        """The schema of the property `name` of an object `schema`."""
        return schema["properties"][text(name)]

    def facts(self, node: Any) -> dict[str, Any]:
        """A parameter's or property's schema as `Field` keywords (those with a value only).

        A `$ref` is followed; `anyOf: [Enum, {type: string}]` is an open enum (values outside
        `enum` parse too); a branch or a referenced schema that is `nullable` makes it nullable.
        """
        schema = self.resolve(node)
        if not isinstance(schema, Mapping):
            raise TypeError(f"not a schema: {schema!r}")
        facts: dict[str, Any] = {}
        branches = [self.resolve(branch) for branch in schema.get("anyOf", [])]
        for unsupported in ("allOf", "oneOf", "not"):
            if unsupported in schema:
                raise ValueError(f"a field schema with {unsupported} is not described: {schema}")
        if branches:
            enums = [branch for branch in branches if "enum" in branch]
            types = {branch.get("type") for branch in branches}
            if len(types) == 1:
                facts["type"] = types.pop()
            if enums:
                facts["enum"] = tuple(enums[0]["enum"])
                facts["open_enum"] = len(enums) < len(branches)
            if any(branch.get("nullable") for branch in branches):
                facts["nullable"] = True
        if "enum" in schema:
            facts["enum"] = tuple(schema["enum"])
        for keyword, name in KEYWORDS.items():
            value = schema.get(keyword)
            if value is not None and value is not False:  # 0 is a bound, False is no flag
                facts[name] = value
        if schema.get("nullable"):
            facts["nullable"] = True
        if schema.get("description"):
            facts["description"] = " ".join(str(schema["description"]).split())
        return {keyword: facts[keyword] for keyword in ORDER if keyword in facts}


class Project(generator.Project):
    """The generator's project: its templates also see the document; runtime/ is copied in."""

    def __init__(
        self,
        *,
        openapi: Any,
        config: Any,
        custom_template_path: Path | None = None,
    ) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=custom_template_path)
        document = generator._get_document(
            source=config.document_source, timeout=config.http_timeout
        )
        if not isinstance(document, Mapping):  # the generator has read it already: never
            raise TypeError(f"{config.document_source}: {document}")
        spec = Spec(document)
        self.env.filters["literal"] = literal
        self.env.globals.update(
            spec_operation=spec.operation,
            spec_parameter=spec.parameter,
            spec_responses=spec.responses,
            spec_paginated=spec.paginated,
            spec_model=spec.model,
            spec_body=spec.body,
            spec_member=spec.member,
            spec_facts=spec.facts,
        )

    def build(self) -> Sequence[Any]:
        errors = super().build()
        for module in sorted(RUNTIME.glob("*.py")):
            shutil.copyfile(module, self.package_dir / module.name)
        return errors


# `openapi_python_client.generate` makes the project by this name: the command line below is
# the generator's own, with this Project.
generator.Project = Project  # type: ignore[misc]

if __name__ == "__main__":
    app()
