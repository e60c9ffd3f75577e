"""Redocly CLI's `recommended` ruleset (2.x, `@redocly/openapi-core`), every rule it turns on
for OpenAPI 3.0 (warnings and errors alike), by their upstream names.

`struct` and `no-unresolved-refs` come from the ruleset's common `rules`; the rest from its
`oas3_0Rules`. Rules it sets to `off` are not run.
"""

from __future__ import annotations

from . import document_checks as doc
from . import schema_checks as sch
from .walk import Rule

COMPONENT_KINDS = ("schemas", "responses", "parameters", "examples", "requestBodies", "headers")

RULES: dict[str, Rule] = {
    "struct": doc.structure,
    "no-unresolved-refs": doc.refs_resolve,
    "info-license": doc.truthy("info/license"),
    "info-license-strict": doc.license_url,
    "no-ambiguous-paths": doc.paths_ambiguous,
    "no-duplicated-enum-values": sch.enums_unique,
    "no-duplicated-tag-names": doc.tags_unique,
    "no-empty-servers": doc.servers_present,
    "no-enum-type-mismatch": sch.enums_typed,
    "no-example-value-and-externalValue": sch.example_value_xor_external(exactly_one=False),
    "no-identical-paths": doc.paths_equivalent,
    "no-illogical-composition-keywords": sch.composition_logical,
    "no-invalid-media-type-examples": sch.media_examples_valid(strict_objects=True),
    "no-invalid-parameter-examples": sch.parameter_examples_valid,
    "no-invalid-schema-examples": sch.schema_examples_valid(include_defaults=False),
    "no-path-trailing-slash": doc.path_keys(r".+/$", "a trailing slash"),
    "no-required-schema-properties-undefined": sch.required_properties_defined,
    "no-schema-type-mismatch": sch.schema_type_mismatch,
    "no-server-example.com": doc.server_urls(r"example\.com", "points at example.com"),
    "no-server-trailing-slash": doc.server_urls(r"./$", "a trailing slash"),
    "no-server-variables-empty-enum": doc.server_variables(False, check_unused=False),
    "no-undefined-server-variable": doc.server_variables(False, check_unused=False),
    "no-unsafe-markdown": lambda spec: [
        *sch.markdown_without(r"<script\b", "a script tag", titles=False, ignore_case=True)(spec),
        *sch.markdown_without(
            r"<[a-z][^>]*\bon[a-z]+\s*=", "an event handler", titles=False, ignore_case=True
        )(spec),
        *sch.markdown_without(
            r"(?:\]\(\s*|\b(?:href|src)\s*=\s*[\"']?\s*)javascript:",
            "a javascript: URL",
            titles=False,
            ignore_case=True,
        )(spec),
    ],
    "no-unused-components": doc.components_used(COMPONENT_KINDS),
    "nullable-type-sibling": sch.nullable_beside_type,
    "operation-2xx-response": doc.responses_in_range(200, 300, ("2XX",)),
    "operation-4xx-response": doc.responses_in_range(400, 500, ("4XX",)),
    "operation-operationId": doc.each_operation("operationId"),
    "operation-operationId-unique": doc.operation_ids_unique,
    "operation-operationId-url-safe": doc.operation_ids_url_safe,
    "operation-parameters-unique": doc.parameters_unique,
    "operation-summary": doc.each_operation("summary"),
    "path-declaration-must-exist": doc.path_keys(r"\{\}", "an empty parameter declaration"),
    "path-not-include-query": doc.path_keys(r"\?", "a query string"),
    "path-parameters-defined": doc.path_parameters_defined,
    "security-defined": doc.security_defined(require_on_operations=True),
    "security-scopes-defined": doc.security_scopes_defined,
    "spec-components-invalid-map-name": doc.component_names,
    "spec-ref-siblings": doc.ref_siblings,
    "tag-description": doc.tags_described,
}
