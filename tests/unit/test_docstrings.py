"""help() of every API method: arguments (with the spec's descriptions), return type and
errors, composed from openapi.yaml (through the generated `OPERATION` of each operation), plus
the method's own example."""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest
import rplatform
from _support import facade_methods, load_spec, operations, snake

METHODS = sorted(facade_methods())
SPEC = load_spec()
OPERATIONS = {snake(operation["operationId"]): operation for _, _, operation in operations(SPEC)}


def bound(key: tuple[str, str]) -> Any:
    resource, name = key
    client = rplatform.Client("sk_test_unused")
    return getattr(getattr(client, resource), name)


def section(doc: str, name: str) -> str:
    """The text of a `Name:` section of a Google-style docstring."""
    match = re.search(rf"^{name}:\n((?:    .*\n?|\n)*)", doc, re.MULTILINE)
    assert match, f"no {name} section in:\n{doc}"
    return match.group(1)


@pytest.mark.parametrize("key", METHODS, ids=lambda key: f"{key[0]}.{key[1]}")
def test_every_method_documents_its_arguments_result_and_errors(key: tuple[str, str]) -> None:
    method = bound(key)
    doc = inspect.getdoc(method) or ""
    signature = inspect.signature(method)
    args = section(doc, "Args")
    for name, parameter in signature.parameters.items():
        entry = f"**{name}:" if parameter.kind is parameter.VAR_KEYWORD else f"    {name} ("
        assert entry in args, f"{name} is not documented in:\n{args}"
    result = str(signature.return_annotation)
    assert section(doc, "Returns").startswith(f"    {result}")
    raises = section(doc, "Raises")
    assert "ValueError" in raises and "APIConnectionError" in raises
    assert section(doc, "Example").lstrip().startswith(">>> ")


@pytest.mark.parametrize("key", METHODS, ids=lambda key: f"{key[0]}.{key[1]}")
def test_docstrings_say_what_openapi_yaml_says(key: tuple[str, str]) -> None:
    doc = inspect.getdoc(bound(key)) or ""
    operation = OPERATIONS[key[1]]
    words = " ".join(doc.split())
    assert doc.startswith(" ".join(operation["summary"].split()))
    for part in operation.get("description", "").split("\n\n"):
        assert " ".join(part.split()) in words
    statuses = [code for code in operation["responses"] if code.startswith(("4", "5"))]
    raises = " ".join(section(doc, "Raises").split())
    for code in statuses:
        assert code in raises, f"status {code} is not in Raises"
    success = next(r for code, r in operation["responses"].items() if code.startswith("2"))
    assert " ".join(success["description"].split()) in " ".join(section(doc, "Returns").split())


def test_parameter_descriptions_come_from_the_spec_with_units() -> None:
    usage = inspect.getdoc(bound(("billing", "get_usage"))) or ""
    assert "month (int | None): Calendar month of the billing period, 1-12 (UTC)" in usage
    project = " ".join((inspect.getdoc(bound(("billing", "get_project_usage"))) or "").split())
    assert "from_ (DateLike | None): First day of the range, inclusive (UTC)" in project
    assert "to (DateLike | None): Last day of the range, inclusive (UTC)" in project
    ai = " ".join((inspect.getdoc(bound(("billing", "record_ai_usage"))) or "").split())
    assert "cost_cents (float): What the use cost, in cents" in ai


def test_statuses_are_named_by_the_exception_they_raise() -> None:
    doc = inspect.getdoc(bound(("settings", "revoke_session"))) or ""
    raises = section(doc, "Raises")
    assert "    NotFoundError: 404 (not-found)." in raises
    assert "    RateLimitError: 429 (rate-limited), after the retries." in raises
    server = "    InternalServerError: 500 (internal), 503 (unavailable), after the retries."
    assert server in raises
    raw = inspect.getdoc(rplatform.Client("k").with_raw_response.settings.revoke_session) or ""
    assert section(raw, "Returns").startswith("    RawResponse[None]")


def test_revoking_the_calling_session_is_said_refused_in_help() -> None:
    doc = inspect.getdoc(bound(("settings", "revoke_session"))) or ""
    conflict = (
        "ConflictError: 409 (deletion-pending, nothing-to-cancel, email-in-use, current-session)."
    )
    assert f"    {conflict}" in section(doc, "Raises")
    example = " ".join(section(doc, "Example").replace(">>> #", "").split())
    assert example.endswith(
        'The calling session is refused: ConflictError, code "current-session" (revoking it '
        "would lock this API key out); r.settings.revoke_all_sessions() revokes the others."
    )
