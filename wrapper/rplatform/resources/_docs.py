"""help() of the API methods, composed from openapi.yaml's documentation.

The generated operation's `request` docstring carries what openapi.yaml says of the operation:
its summary and description, each parameter's and body field's description, what a success
is, and the error statuses it documents (generator-templates/endpoint_module.py.jinja). A
method's docstring is composed of those, of the method's own parameters and result type, and of
the examples in its own docstring (from the first `>>>` line), so that help(), IPython's `?` and
openapi.yaml cannot disagree:

    Get usage summary for a billing period.        <- openapi.yaml: summary, description

    Args:
        year (int | None): Calendar year ...       <- the parameter's schema description
    Returns:
        UsageSummary: The owner's usage ...        <- the success response's description
    Raises:
        BadRequestError: 400 ...                   <- the documented statuses, as exceptions
    Example:
        >>> usage = r.billing.get_usage(...)       <- the method's own docstring
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .. import _exceptions

_SECTION = re.compile(
    r"^(?P<name>Args|Body fields \(\w+\)|Success \([\d, ]+\)|Errors):(?P<rest>.*)$"
)
_ENTRY = re.compile(r"^    (?P<name>\w+):(?P<text>.*)$")
_OPTIONS = {
    "RequestOptions": "`timeout=`, `max_retries=`, `retry=` and `extra_headers=` for this call.",
    "PostOptions": (
        "`timeout=`, `max_retries=`, `retry=` and `extra_headers=` for this call, and "
        "`idempotency_key=` (by default one is made per call and reused by its retries)."
    ),
}
_BEFORE_SENDING = "ValueError, TypeError: an argument is invalid; nothing was sent."
_ALWAYS = (
    "APIConnectionError: no answer (APITimeoutError: a timeout expired), after the retries.",
    "APIResponseValidationError: a success whose body is not what openapi.yaml documents.",
)
_WIDTH = 96


@dataclass
class Operation:
    """What the generated `request` docstring of an operation says."""

    summary: str
    description: str = ""
    fields: dict[str, str] = field(default_factory=dict)  # parameters and body fields
    success: str = ""
    errors: list[int] = field(default_factory=list)


@functools.cache
def compose(method: Callable[..., Any], result: str) -> str:
    """The docstring of facade `method` (a resource's function), whose call returns `result`."""
    module = method.__module__.rsplit(".", 1)[-1]  # rplatform.resources.billing -> billing
    generated = importlib.import_module(f"rplatform_api.api.{module}.{method.__name__}")
    operation = parse(inspect.getdoc(generated.request) or "")
    parts = [operation.summary]
    if operation.description:
        parts.append(operation.description)
    parts.append(_args(method, operation))
    returned = f"{result}: {operation.success}" if operation.success else result
    parts.append("Returns:\n" + _indent(returned))
    parts.append("Raises:\n" + "\n".join(_indent(line) for line in _raises(operation.errors)))
    example = _example(inspect.getdoc(method) or "")
    if example:
        parts.append("Example:\n" + textwrap.indent(example, "    "))
    return "\n\n".join(parts)


def parse(text: str) -> Operation:
    """The parts of a generated `request` docstring (see endpoint_module.py.jinja)."""
    head, *sections = re.split(
        r"\n\n(?=(?:Args|Body fields \(\w+\)|Success \([^)]*\)|Errors):)", text
    )
    summary, _, description = head.partition("\n\n")
    operation = Operation(" ".join(summary.split()), description.strip())
    for section in sections:
        first, *lines = section.splitlines()
        match = _SECTION.match(first)
        if match is None:
            raise ValueError(f"not a section of a generated docstring: {first!r}")
        name, rest = match["name"], match["rest"].strip()
        if name == "Errors":
            operation.errors = [int(code) for code in re.findall(r"\d{3}", rest)]
        elif name.startswith("Success"):
            operation.success = " ".join([rest, *(line.strip() for line in lines)]).strip()
        else:
            operation.fields.update(_entries(lines))
    return operation


def _entries(lines: list[str]) -> dict[str, str]:
    entries: dict[str, str] = {}
    name = ""
    for line in lines:
        match = _ENTRY.match(line)
        if match:
            name = match["name"]
            entries[name] = match["text"].strip()
        elif name and line.strip():
            entries[name] = f"{entries[name]} {line.strip()}"
    return entries


def _args(method: Callable[..., Any], operation: Operation) -> str:
    lines = []
    parameters = list(inspect.signature(method).parameters.values())[1:]  # without `self`
    for parameter in parameters:
        annotation = _annotation(parameter.annotation)
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            options = annotation.removeprefix("Unpack[").removesuffix("]")
            lines.append(f"**{parameter.name}: {_OPTIONS.get(options, 'per-call options.')}")
            continue  # pragma: no mutate (break instead: **options is always the last parameter)
        text = operation.fields.get(parameter.name, "")
        lines.append(f"{parameter.name} ({annotation}): {text}")  # _indent drops a trailing " "
    return "Args:\n" + "\n".join(_indent(line) for line in lines)


def _annotation(annotation: object) -> str:
    if isinstance(annotation, str):
        return annotation
    return getattr(annotation, "__name__", repr(annotation))


def _raises(statuses: list[int]) -> list[str]:
    """One line per exception class, with the documented statuses that raise it."""
    by_class: dict[str, list[str]] = {}
    for status in statuses:
        cls = _exceptions._STATUS_ERRORS.get(status)
        if cls is None:
            cls = _exceptions.InternalServerError if status >= 500 else _exceptions.APIStatusError
        by_class.setdefault(cls.__name__, []).append(str(status))
    retried = {"RateLimitError", "InternalServerError"}
    lines = [_BEFORE_SENDING]
    for name, codes in by_class.items():
        after = ", after the retries" if name in retried else ""
        lines.append(f"{name}: {', '.join(codes)}{after}.")
    return [*lines, *_ALWAYS]


def _example(docstring: str) -> str:
    """The examples of a method's own docstring: everything from its first `>>>` line on."""
    lines = docstring.splitlines()
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith(">>>")), None)
    return "" if start is None else textwrap.dedent("\n".join(lines[start:]))


def _indent(line: str) -> str:
    return textwrap.fill(line, _WIDTH, initial_indent="    ", subsequent_indent="        ")
