"""openapi.yaml is lint-clean by Spectral's `spectral:oas` and Redocly's `recommended` rules.

CI has only Python and pip, so the rules are reimplemented in `lint/` under their upstream names
and run here: each must find nothing in openapi.yaml. Each must also find the fault it exists
for: `BREAKS` damages a copy of the spec once per rule, and the rule has to report it.
(By hand, `npx @stoplight/spectral-cli lint openapi.yaml` with `extends: spectral:oas` and
`npx @redocly/cli lint openapi.yaml` report nothing either.)
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from _support import load_spec

from .lint import redocly, spectral
from .lint.walk import Rule

Spec = dict[str, Any]
RULES: dict[str, Rule] = {
    **{f"spectral:{name}": rule for name, rule in spectral.RULES.items()},
    **{f"redocly:{name}": rule for name, rule in redocly.RULES.items()},
}


def _op(spec: Spec, path: str = "/v1/billing/status", method: str = "get") -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][path][method]
    return operation


def _schema(spec: Spec, name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]
    return schema


def _media(spec: Spec) -> dict[str, Any]:
    media: dict[str, Any] = _op(spec)["responses"]["200"]["content"]["application/json"]
    return media


def _add_path(spec: Spec, path: str, item: Any = None) -> None:
    spec["paths"][path] = item or copy.deepcopy(spec["paths"]["/v1/billing/status"])


def _example_object(spec: Spec, **fields: Any) -> None:
    _media(spec)["examples"] = {"both": fields}


def _without(spec: Spec, where: dict[str, Any], key: str) -> None:
    del where[key]


def _param(spec: Spec, **fields: Any) -> None:
    _op(spec).setdefault("parameters", []).append(
        {"name": "x", "in": "query", "schema": {"type": "string"}, **fields}
    )


def _path_param_unused(spec: Spec) -> None:
    _param(spec, **{"in": "path", "required": True})
    _op(spec)["parameters"][-1]["name"] = "nowhere"


def _server(spec: Spec, **fields: Any) -> None:
    spec["servers"].append({"url": "https://api.rplatform.dev", **fields})


def _oauth(spec: Spec) -> None:
    flows = {"clientCredentials": {"tokenUrl": "https://a.rplatform.dev/t", "scopes": {"r": "R"}}}
    spec["components"]["securitySchemes"]["oauth"] = {"type": "oauth2", "flows": flows}
    _op(spec)["security"] = [{"oauth": ["write"]}]


BREAKS: dict[str, Callable[[Spec], None]] = {
    "responses-2xx": lambda s: [
        _op(s)["responses"].pop(code) for code in [c for c in _op(s)["responses"] if c < "300"]
    ],
    "responses-4xx": lambda s: [
        _op(s)["responses"].pop(c) for c in [c for c in _op(s)["responses"] if c.startswith("4")]
    ],
    "operation-id-twice": lambda s: _op(s).update(operationId="get"),
    "operation-id-missing": lambda s: _without(s, _op(s), "operationId"),
    "operation-id-unsafe": lambda s: _op(s).update(operationId="get status"),
    "parameter-twice": lambda s: _op(s)["parameters"].append(_op(s)["parameters"][0]),
    "tag-undefined": lambda s: _op(s).update(tags=["payments"]),
    "tags-empty": lambda s: _op(s).update(tags=[]),
    "tag-twice": lambda s: s["tags"].append(dict(s["tags"][0])),
    "tag-undescribed": lambda s: _without(s, s["tags"][0], "description"),
    "path-param-undefined": lambda s: _add_path(s, "/v1/billing/status/{status_id}"),
    "path-param-unused": _path_param_unused,
    "paths-equivalent": lambda s: _add_path(
        s, "/v1/billing/projects/{id}/usage", s["paths"]["/v1/billing/projects/{project_id}/usage"]
    ),
    "paths-ambiguous": lambda s: _add_path(s, "/v1/settings/{kind}/revoke-all"),
    "path-empty-declaration": lambda s: _add_path(s, "/v1/billing/{}/status"),
    "path-trailing-slash": lambda s: _add_path(s, "/v1/billing/statuses/"),
    "path-query": lambda s: _add_path(s, "/v1/billing/statuses?all=true"),
    "enum-twice": lambda s: _schema(s, "Theme")["enum"].append("dark"),
    "enum-mistyped": lambda s: _schema(s, "Theme")["enum"].append(3),
    "no-contact": lambda s: _without(s, s["info"], "contact"),
    "no-description": lambda s: _without(s, s["info"], "description"),
    "no-license": lambda s: _without(s, s["info"], "license"),
    "no-license-url": lambda s: _without(s, s["info"]["license"], "url"),
    "eval": lambda s: s["info"].update(description="Run eval(code)."),
    "script": lambda s: s["info"].update(description="<script>alert(1)</script>"),
    "event-handler": lambda s: s["info"].update(description='<img src="x" onerror="alert(1)">'),
    "javascript-url": lambda s: s["info"].update(description="[x](javascript:alert(1))"),
    "no-operation-description": lambda s: _without(s, _op(s), "description"),
    "no-summary": lambda s: _without(s, _op(s), "summary"),
    "ref-sibling": lambda s: _op(s)["responses"]["401"].update(description="No token."),
    "array-without-items": lambda s: _without(
        s, _schema(s, "BillingPeriods")["properties"]["periods"], "items"
    ),
    "array-with-properties": lambda s: _schema(s, "BillingPeriods")["properties"]["periods"].update(
        properties={"x": {"type": "string"}}
    ),
    "no-servers": lambda s: s.update(servers=[]),
    "server-trailing-slash": lambda s: _server(s, url="https://api.rplatform.dev/"),
    "server-example-com": lambda s: _server(s, url="https://api.example.com"),
    "server-variable-undefined": lambda s: _server(s, url="https://{region}.rplatform.dev"),
    "server-variable-empty-enum": lambda s: _server(
        s, url="https://{region}.rplatform.dev", variables={"region": {"default": "", "enum": []}}
    ),
    "example-value-and-external": lambda s: _example_object(
        s, value={}, externalValue="https://rplatform.dev/x.json"
    ),
    "example-neither": lambda s: _example_object(s, summary="nothing"),
    "security-undefined": lambda s: _op(s).update(security=[{"apiKey": []}]),
    "security-missing": lambda s: [_without(s, s, "security"), _without(s, _op(s), "security")],
    "scope-undefined": _oauth,
    "media-example-invalid": lambda s: _media(s)["example"].update(owner_id=5),
    "media-example-extra-field": lambda s: _media(s)["example"].update(surprise=True),
    "header-example-invalid": lambda s: s["components"]["headers"]["RetryAfter"].update(
        example="soon"
    ),
    "parameter-example-invalid": lambda s: s["components"]["parameters"]["Month"].update(
        example=13
    ),
    "schema-example-invalid": lambda s: _schema(s, "OwnerScope")["properties"]["user_id"].update(
        example=""
    ),
    "schema-default-invalid": lambda s: s["components"]["parameters"]["Limit"]["schema"].update(
        default=0
    ),
    "info-without-title": lambda s: _without(s, s["info"], "title"),
    "unused-component": lambda s: s["components"]["schemas"].update(Orphan={"type": "string"}),
    "component-name": lambda s: s["components"]["schemas"].update({"Bad Name": {"type": "string"}}),
    "unresolved-ref": lambda s: _op(s)["responses"].update(
        {"418": {"$ref": "#/components/responses/Teapot"}}
    ),
    "nullable-alone": lambda s: _schema(s, "BillingStatus")["properties"]["status"].update(
        nullable=True
    ),
    "required-undefined": lambda s: _schema(s, "Credits")["required"].append("bonus_cents"),
    "anyof-single": lambda s: _schema(s, "ThemeValue")["anyOf"].pop(),
    "callback-in-callback": lambda s: _op(s).update(
        callbacks={"done": {"{$request.body#/url}": {"post": {"callbacks": {}, "responses": {}}}}}
    ),
}

VIOLATIONS: dict[str, list[str]] = {
    "spectral:operation-success-response": ["responses-2xx"],
    "spectral:operation-operationId-unique": ["operation-id-twice"],
    "spectral:operation-parameters": ["parameter-twice"],
    "spectral:operation-tag-defined": ["tag-undefined"],
    "spectral:path-params": ["path-param-undefined", "path-param-unused", "paths-equivalent"],
    "spectral:duplicated-entry-in-enum": ["enum-twice"],
    "spectral:info-contact": ["no-contact"],
    "spectral:info-description": ["no-description"],
    "spectral:no-eval-in-markdown": ["eval"],
    "spectral:no-script-tags-in-markdown": ["script"],
    "spectral:openapi-tags-uniqueness": ["tag-twice"],
    "spectral:operation-description": ["no-operation-description"],
    "spectral:operation-operationId": ["operation-id-missing"],
    "spectral:operation-operationId-valid-in-url": ["operation-id-unsafe"],
    "spectral:operation-tags": ["tags-empty"],
    "spectral:path-declarations-must-exist": ["path-empty-declaration"],
    "spectral:path-keys-no-trailing-slash": ["path-trailing-slash"],
    "spectral:path-not-include-query": ["path-query"],
    "spectral:no-$ref-siblings": ["ref-sibling"],
    "spectral:array-items": ["array-without-items"],
    "spectral:typed-enum": ["enum-mistyped"],
    "spectral:oas3-api-servers": ["no-servers"],
    "spectral:oas3-examples-value-or-externalValue": [
        "example-value-and-external",
        "example-neither",
    ],
    "spectral:oas3-operation-security-defined": ["security-undefined"],
    "spectral:oas3-server-trailing-slash": ["server-trailing-slash"],
    "spectral:oas3-valid-media-example": [
        "media-example-invalid",
        "header-example-invalid",
        "parameter-example-invalid",
    ],
    "spectral:oas3-valid-schema-example": ["schema-example-invalid", "schema-default-invalid"],
    "spectral:oas3-schema": ["info-without-title"],
    "spectral:oas3-unused-component": ["unused-component"],
    "spectral:oas3-server-variables": ["server-variable-undefined"],
    "spectral:oas3-callbacks-in-callbacks": ["callback-in-callback"],
    "redocly:struct": ["info-without-title"],
    "redocly:no-unresolved-refs": ["unresolved-ref"],
    "redocly:info-license": ["no-license"],
    "redocly:info-license-strict": ["no-license-url"],
    "redocly:no-ambiguous-paths": ["paths-ambiguous"],
    "redocly:no-duplicated-enum-values": ["enum-twice"],
    "redocly:no-duplicated-tag-names": ["tag-twice"],
    "redocly:no-empty-servers": ["no-servers"],
    "redocly:no-enum-type-mismatch": ["enum-mistyped"],
    "redocly:no-example-value-and-externalValue": ["example-value-and-external"],
    "redocly:no-identical-paths": ["paths-equivalent"],
    "redocly:no-illogical-composition-keywords": ["anyof-single"],
    "redocly:no-invalid-media-type-examples": [
        "media-example-invalid",
        "media-example-extra-field",
    ],
    "redocly:no-invalid-parameter-examples": ["parameter-example-invalid"],
    "redocly:no-invalid-schema-examples": ["schema-example-invalid"],
    "redocly:no-path-trailing-slash": ["path-trailing-slash"],
    "redocly:no-required-schema-properties-undefined": ["required-undefined"],
    "redocly:no-schema-type-mismatch": ["array-with-properties"],
    "redocly:no-server-example.com": ["server-example-com"],
    "redocly:no-server-trailing-slash": ["server-trailing-slash"],
    "redocly:no-server-variables-empty-enum": ["server-variable-empty-enum"],
    "redocly:no-undefined-server-variable": ["server-variable-undefined"],
    "redocly:no-unsafe-markdown": ["script", "event-handler", "javascript-url"],
    "redocly:no-unused-components": ["unused-component"],
    "redocly:nullable-type-sibling": ["nullable-alone"],
    "redocly:operation-2xx-response": ["responses-2xx"],
    "redocly:operation-4xx-response": ["responses-4xx"],
    "redocly:operation-operationId": ["operation-id-missing"],
    "redocly:operation-operationId-unique": ["operation-id-twice"],
    "redocly:operation-operationId-url-safe": ["operation-id-unsafe"],
    "redocly:operation-parameters-unique": ["parameter-twice"],
    "redocly:operation-summary": ["no-summary"],
    "redocly:path-declaration-must-exist": ["path-empty-declaration"],
    "redocly:path-not-include-query": ["path-query"],
    "redocly:path-parameters-defined": ["path-param-undefined", "path-param-unused"],
    "redocly:security-defined": ["security-undefined", "security-missing"],
    "redocly:security-scopes-defined": ["scope-undefined"],
    "redocly:spec-components-invalid-map-name": ["component-name"],
    "redocly:spec-ref-siblings": ["ref-sibling"],
    "redocly:tag-description": ["tag-undescribed"],
}
CASES = [(rule, fault) for rule, faults in VIOLATIONS.items() for fault in faults]


@pytest.mark.parametrize("rule", sorted(RULES))
def test_the_spec_is_clean(rule: str) -> None:
    assert RULES[rule](load_spec()) == []


def test_every_rule_is_shown_to_catch_its_fault() -> None:
    assert set(VIOLATIONS) == set(RULES)
    assert {fault for faults in VIOLATIONS.values() for fault in faults} == set(BREAKS)


@pytest.mark.parametrize(("rule", "fault"), CASES, ids=[f"{r}-{f}" for r, f in CASES])
def test_each_rule_catches_its_fault(rule: str, fault: str) -> None:
    spec = copy.deepcopy(load_spec())
    BREAKS[fault](spec)
    assert RULES[rule](spec), f"{rule} did not notice {fault}"
