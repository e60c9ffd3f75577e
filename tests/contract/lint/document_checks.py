"""Checks on the document's structure: info, servers, tags, paths, operations, security, refs.

Each `check_*` takes the parsed document and returns its problems as `"<pointer>: <message>"`
strings; the rule tables (`spectral.py`, `redocly.py`) give them their upstream names.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from openapi_spec_validator import OpenAPIV30SpecValidator

from .walk import (
    COMPONENT_MAPS,
    Problems,
    Rule,
    Spec,
    escape,
    operation_parameters,
    operations,
    path_items,
    refs,
    resolve,
)

TEMPLATE = re.compile(r"\{([^}]*)\}")
URL_SAFE = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]*$")
COMPONENT_NAME = re.compile(r"^[a-zA-Z0-9.\-_]+$")


def structure(spec: Spec) -> Problems:
    """The document is a valid OpenAPI 3.0 description (the specification's JSON Schema)."""
    return [f"#: {error.message}" for error in OpenAPIV30SpecValidator(spec).iter_errors()]


def truthy(pointer: str) -> Rule:
    """The field at `pointer` (`info/contact`) is present and not empty."""

    def check(spec: Spec) -> Problems:
        node: Any = spec
        for part in pointer.split("/"):
            node = node.get(part) if isinstance(node, dict) else None
        return [] if node else [f"#/{pointer}: missing or empty"]

    return check


def license_url(spec: Spec) -> Problems:
    """A license, when there is one, has a `url` (OpenAPI 3.0 has no `identifier`)."""
    license_ = (spec.get("info") or {}).get("license")
    return ["#/info/license/url: missing or empty"] if license_ and not license_.get("url") else []


def each_operation(field: str, valid: Any = bool) -> Rule:
    """Every operation has `field`, and `valid(value)` holds for it."""

    def check(spec: Spec) -> Problems:
        return [
            f"{where}/{field}: missing or invalid"
            for where, _, _, op in operations(spec)
            if field not in op or not valid(op[field])
        ]

    return check


def operation_ids_unique(spec: Spec) -> Problems:
    counts = Counter(op.get("operationId") for _, _, _, op in operations(spec))
    return [f"#/paths: operationId {oid} is used {n} times" for oid, n in counts.items() if n > 1]


def operation_ids_url_safe(spec: Spec) -> Problems:
    return [
        f"{where}/operationId: characters invalid in a URL"
        for where, _, _, op in operations(spec)
        if isinstance(op.get("operationId"), str) and not URL_SAFE.match(op["operationId"])
    ]


def operation_tags_defined(spec: Spec) -> Problems:
    defined = {tag.get("name") for tag in spec.get("tags") or []}
    return [
        f"{where}/tags: {tag} is not a global tag"
        for where, _, _, op in operations(spec)
        for tag in op.get("tags") or []
        if tag not in defined
    ]


def tags_unique(spec: Spec) -> Problems:
    counts = Counter(tag.get("name") for tag in spec.get("tags") or [])
    return [f"#/tags: {name} appears {n} times" for name, n in counts.items() if n > 1]


def tags_described(spec: Spec) -> Problems:
    return [
        f"#/tags/{i}: no description"
        for i, tag in enumerate(spec.get("tags") or [])
        if not tag.get("description")
    ]


def responses_in_range(low: int, high: int, ranges: tuple[str, ...]) -> Rule:
    """Every operation has a response status in [low, high) or one of the range keys."""

    def check(spec: Spec) -> Problems:
        problems = []
        for where, _, _, op in operations(spec):
            codes = list(op.get("responses") or {})
            if not any(c in ranges or (c.isdigit() and low <= int(c) < high) for c in codes):
                problems.append(f"{where}/responses: none in {low}-{high - 1}")
        return problems

    return check


def parameters_unique(spec: Spec) -> Problems:
    """No two parameters of an operation share `name` and `in`."""
    problems = []
    for where, _, _, op in operations(spec):
        params = [resolve(spec, p) for p in op.get("parameters") or []]
        seen = Counter((p.get("in"), p.get("name")) for p in params if isinstance(p, dict))
        problems += [f"{where}/parameters: {key} repeated" for key, n in seen.items() if n > 1]
        bodies = sum(1 for p in params if isinstance(p, dict) and p.get("in") == "body")
        if bodies > 1:
            problems.append(f"{where}/parameters: more than one body parameter")
    return problems


def path_parameters_defined(spec: Spec) -> Problems:
    """Each `{name}` of a path is a required path parameter of every operation, and back."""
    problems = []
    for where, path, item in path_items(spec):
        names = TEMPLATE.findall(path)
        if len(names) != len(set(names)):
            problems.append(f"{where}: a path parameter appears twice in the path")
        for op_where, op_path, _, op in operations(spec):
            if op_path != path:
                continue
            params = [p for p in operation_parameters(spec, op, item) if isinstance(p, dict)]
            in_path = {p.get("name"): p for p in params if p.get("in") == "path"}
            for name in names:
                if name not in in_path:
                    problems.append(f"{op_where}: no path parameter {name!r}")
            for name, param in in_path.items():
                if name not in names:
                    problems.append(f"{op_where}: path parameter {name!r} is not in the path")
                if param.get("required") is not True:
                    problems.append(f"{op_where}: path parameter {name!r} is not required")
    return problems


def paths_equivalent(spec: Spec) -> Problems:
    """No two paths differ only by the names of their parameters."""
    seen: dict[str, str] = {}
    problems = []
    for _, path, _ in path_items(spec):
        normal = TEMPLATE.sub("%", path)
        if normal in seen:
            problems.append(f"#/paths/{escape(path)}: the same path as {seen[normal]}")
        seen.setdefault(normal, path)
    return problems


def paths_ambiguous(spec: Spec) -> Problems:
    """No two paths of as many segments match the same URLs (Redocly's `arePathsAmbiguous`)."""
    problems = []
    seen: list[str] = []
    for _, path, _ in path_items(spec):
        for other in seen:
            if _ambiguous(other, path):
                problems.append(f"#/paths/{escape(path)}: ambiguous with {other}")
                break
        seen.append(path)
    return problems


def _ambiguous(a: str, b: str) -> bool:
    parts_a, parts_b = a.split("/"), b.split("/")
    if len(parts_a) != len(parts_b):
        return False
    variables_a = variables_b = 0
    for part_a, part_b in zip(parts_a, parts_b, strict=True):
        var_a, var_b = bool(re.match(r"^\{.+?\}$", part_a)), bool(re.match(r"^\{.+?\}$", part_b))
        variables_a += var_a
        variables_b += var_b
        if not (var_a or var_b) and part_a != part_b:
            return False
    return variables_a == variables_b


def path_keys(forbidden: str, message: str) -> Rule:
    """No path key matches `forbidden`."""

    def check(spec: Spec) -> Problems:
        return [
            f"#/paths/{escape(path)}: {message}"
            for _, path, _ in path_items(spec)
            if re.search(forbidden, path)
        ]

    return check


def servers_present(spec: Spec) -> Problems:
    servers = spec.get("servers")
    if not isinstance(servers, list) or not servers:
        return ["#/servers: missing or empty"]
    return [f"#/servers/{i}: not an object" for i, x in enumerate(servers) if type(x) is not dict]


def server_urls(forbidden: str, message: str) -> Rule:
    def check(spec: Spec) -> Problems:
        return [
            f"#/servers/{i}/url: {message}"
            for i, server in enumerate(spec.get("servers") or [])
            if re.search(forbidden, str(server.get("url", "")))
        ]

    return check


def server_variables(require_default: bool, check_unused: bool) -> Rule:
    """Variables of server URLs are defined (with a default; enums not empty; default in them)."""

    def check(spec: Spec) -> Problems:
        problems = []
        for i, server in enumerate(spec.get("servers") or []):
            where = f"#/servers/{i}"
            used = set(TEMPLATE.findall(str(server.get("url", ""))))
            defined = server.get("variables") or {}
            problems += [f"{where}: {name} is not defined" for name in used - set(defined)]
            if check_unused:
                problems += [f"{where}: {name} is not used" for name in set(defined) - used]
            for name, variable in defined.items():
                enum = variable.get("enum")
                if enum is not None and not enum:
                    problems.append(f"{where}/variables/{name}: empty enum")
                if require_default and "default" not in variable:
                    problems.append(f"{where}/variables/{name}: no default")
                if enum and "default" in variable and variable["default"] not in enum:
                    problems.append(f"{where}/variables/{name}: default not in enum")
        return problems

    return check


def _requirements(spec: Spec) -> list[tuple[str, dict[str, Any]]]:
    found = [(f"#/security/{i}", r) for i, r in enumerate(spec.get("security") or [])]
    for where, _, _, op in operations(spec):
        found += [(f"{where}/security/{i}", r) for i, r in enumerate(op.get("security") or [])]
    return found


def security_defined(require_on_operations: bool) -> Rule:
    """Security requirements name defined schemes (and every operation has one)."""

    def check(spec: Spec) -> Problems:
        schemes = (spec.get("components") or {}).get("securitySchemes") or {}
        problems = [
            f"{where}: {name} is not a defined security scheme"
            for where, requirement in _requirements(spec)
            for name in requirement
            if name not in schemes
        ]
        if require_on_operations and "security" not in spec:
            problems += [
                f"{where}: no security"
                for where, _, _, op in operations(spec)
                if "security" not in op
            ]
        return problems

    return check


def security_scopes_defined(spec: Spec) -> Problems:
    """Scopes required of an OAuth 2 scheme are scopes of one of its flows."""
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    problems = []
    for where, requirement in _requirements(spec):
        for name, scopes in requirement.items():
            scheme = resolve(spec, schemes.get(name)) or {}
            if scheme.get("type") not in ("oauth2", "openIdConnect"):
                continue
            available = {
                scope for flow in (scheme.get("flows") or {}).values() for scope in flow["scopes"]
            }
            if scheme.get("type") == "oauth2":
                undefined = [scope for scope in scopes if scope not in available]
                problems += [f"{where}/{name}: undefined scope {scope}" for scope in undefined]
    return problems


def refs_resolve(spec: Spec) -> Problems:
    return [
        f"{where}: unresolved {node['$ref']}"
        for where, node in refs(spec)
        if resolve(spec, {"$ref": node["$ref"]}) is None
    ]


def ref_siblings(spec: Spec) -> Problems:
    """A `$ref` object holds nothing else (path items excepted, as Redocly does)."""
    path_item_pointers = {where for where, _, _ in path_items(spec)}
    return [
        f"{where}: keys beside $ref: {sorted(set(node) - {'$ref'})}"
        for where, node in refs(spec)
        if len(node) > 1 and where not in path_item_pointers
    ]


def _references(spec: Spec) -> set[str]:
    return {node["$ref"] for _, node in refs(spec)}


def components_used(kinds: tuple[str, ...]) -> Rule:
    """Every component of these kinds is referenced somewhere."""

    def check(spec: Spec) -> Problems:
        used = _references(spec)
        components = spec.get("components") or {}
        return [
            f"#/components/{kind}/{escape(name)}: never used"
            for kind in kinds
            for name in components.get(kind) or {}
            if f"#/components/{kind}/{escape(name)}" not in used
        ]

    return check


def component_names(spec: Spec) -> Problems:
    components = spec.get("components") or {}
    return [
        f"#/components/{kind}/{escape(name)}: the name does not match {COMPONENT_NAME.pattern}"
        for kind in COMPONENT_MAPS
        for name in components.get(kind) or {}
        if not COMPONENT_NAME.match(str(name))
    ]


def callbacks_in_callbacks(spec: Spec) -> Problems:
    problems = []
    for where, _, _, op in operations(spec):
        for name, callback in (op.get("callbacks") or {}).items():
            for expression, item in (callback or {}).items():
                for method, inner in (item or {}).items():
                    if isinstance(inner, dict) and "callbacks" in inner:
                        problems.append(f"{where}/callbacks/{name}/{expression}/{method}: nested")
    return problems
