"""Spectral's `spectral:oas` ruleset (6.x, `@stoplight/spectral-rulesets`), the rules it runs
on an OpenAPI 3.0 document by default (its `recommended` ones), by their upstream names.

The rules for OpenAPI 2 or 3.1 only (`oas2-*`, `oas3_1-*`) do not apply. The rules the ruleset
leaves off unless asked (`contact-properties`, `info-license`, `license-url`,
`openapi-tags-alphabetical`, `openapi-tags`, `operation-singular-tag`, `tag-description`,
`oas3-parameter-description`, `oas3-server-not-example.com`) are not run by Spectral either.
"""

from __future__ import annotations

from . import document_checks as doc
from . import schema_checks as sch
from .walk import COMPONENT_MAPS, Rule

# Every kind of component but security schemes (they are referenced by name, not by $ref).
COMPONENT_KINDS = tuple(kind for kind in COMPONENT_MAPS if kind != "securitySchemes")

RULES: dict[str, Rule] = {
    "operation-success-response": doc.responses_in_range(200, 400, ("2XX", "3XX")),
    "operation-operationId-unique": doc.operation_ids_unique,
    "operation-parameters": doc.parameters_unique,
    "operation-tag-defined": doc.operation_tags_defined,
    "path-params": lambda spec: doc.path_parameters_defined(spec) + doc.paths_equivalent(spec),
    "duplicated-entry-in-enum": sch.enums_unique,
    "info-contact": doc.truthy("info/contact"),
    "info-description": doc.truthy("info/description"),
    "no-eval-in-markdown": sch.markdown_without(r"eval\(", "eval( in markdown"),
    "no-script-tags-in-markdown": sch.markdown_without("<script", "<script in markdown"),
    "openapi-tags-uniqueness": doc.tags_unique,
    "operation-description": doc.each_operation("description"),
    "operation-operationId": doc.each_operation("operationId"),
    "operation-operationId-valid-in-url": doc.operation_ids_url_safe,
    "operation-tags": doc.each_operation("tags", lambda tags: isinstance(tags, list) and tags),
    "path-declarations-must-exist": doc.path_keys(r"\{\}", "an empty parameter declaration"),
    "path-keys-no-trailing-slash": doc.path_keys(r".+/$", "a trailing slash"),
    "path-not-include-query": doc.path_keys(r"\?", "a query string"),
    "no-$ref-siblings": doc.ref_siblings,
    "array-items": sch.arrays_have_items,
    "typed-enum": sch.enums_typed,
    "oas3-api-servers": doc.servers_present,
    "oas3-examples-value-or-externalValue": sch.example_value_xor_external(exactly_one=True),
    "oas3-operation-security-defined": doc.security_defined(require_on_operations=False),
    "oas3-server-trailing-slash": doc.server_urls(r"./$", "a trailing slash"),
    "oas3-valid-media-example": lambda spec: (
        sch.media_examples_valid(strict_objects=False)(spec)
        + sch.header_examples_valid(spec)
        + sch.parameter_examples_valid(spec)
    ),
    "oas3-valid-schema-example": sch.schema_examples_valid(include_defaults=True),
    "oas3-schema": doc.structure,
    "oas3-unused-component": doc.components_used(COMPONENT_KINDS),
    "oas3-server-variables": doc.server_variables(require_default=True, check_unused=True),
    "oas3-callbacks-in-callbacks": doc.callbacks_in_callbacks,
}
