"""help() of the API methods, composed from what openapi.yaml says, read as data.

Each generated operation module has an `OPERATION` (`rplatform_api.api.Operation`): its summary
and description, each parameter's and body field's `Field` (description, bounds, enum,
lengths, default), what a success is and the error statuses with the kinds of problem they may
carry. A method's docstring is composed of those, of the method's own parameters and result
type, and of the examples in its own docstring (from the first `>>>` line), so that help(),
IPython's `?` and openapi.yaml cannot disagree:

    Deprecated: use r.billing.get_x() instead.     <- when deprecated (`_deprecation.py`)
    Get usage summary for a billing period.        <- summary, description
    Args:
        year (int | None): Calendar year ... 2000 <= year <= 2100.   <- the field, its rules
                           (`Deprecated: ...` first, when deprecated)
    Returns:
        UsageSummary: The owner's usage ...        <- the success response's description
    Raises:
        BadRequestError: 400 (validation-failed, malformed-body).   <- statuses, problem kinds
    Example:
        >>> usage = r.billing.get_usage(...)       <- the method's own docstring
"""

from __future__ import annotations

import functools
import importlib
import inspect
import textwrap
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from .._exceptions import error_class
from .._pages import HELP_NOTE, RESULT_NOTE, help_fields
from .._types import options_help

if TYPE_CHECKING:
    from rplatform_api.api import Field, Operation, Status

_BEFORE_SENDING = "ValueError, TypeError: an argument is invalid; nothing was sent."
_ALWAYS = (
    "APIConnectionError: no answer (APITimeoutError: a timeout expired), after the retries.",
    "APIResponseValidationError: a success whose body is not what openapi.yaml documents.",
)
_RETRIED = {"RateLimitError", "InternalServerError"}
_WIDTH = 96


@functools.cache
def compose(method: Callable[..., Any], result: str) -> str:
    """The docstring of facade `method` (a resource's function), whose call returns `result`."""
    operation = operation_of(method)
    parts = [operation.summary]
    if operation.deprecated:
        parts.insert(0, f"Deprecated: {advice(replacement(operation))}")
    if operation.description:
        parts.append(operation.description)
    if operation.paginated:
        parts.append(textwrap.fill(HELP_NOTE, _WIDTH))
    parts.append(_args(method, operation))
    success = _success(operation.success)
    if operation.paginated:
        success = f"{success} {RESULT_NOTE}".strip()
    returned = f"{result}: {success}" if success else result
    parts.append("Returns:\n" + _indent(returned))
    parts.append("Raises:\n" + "\n".join(_indent(line) for line in _raises(operation.errors)))
    example = _example(inspect.getdoc(method) or "")
    if example:
        parts.append("Example:\n" + textwrap.indent(example, "    "))
    return "\n\n".join(parts)


def operation_of(method: Callable[..., Any]) -> Operation:
    """The `OPERATION` of a facade method: `Billing.get_usage` -> `api.billing.get_usage`."""
    tag = method.__module__.rpartition(".")[2]  # rplatform.resources.billing -> billing
    module = importlib.import_module(f"rplatform_api.api.{tag}.{method.__name__}")
    operation: Operation = module.OPERATION
    return operation


def argument_fields(operation: Operation) -> dict[str, Field]:
    """What describes each argument of `operation`'s method, by name: its parameter or body
    field, the paging arguments as help() explains them (`limit` is the most in all)."""
    fields = {field.name: field for field in (*operation.parameters, *operation.body)}
    if operation.paginated:
        fields.update(help_fields(operation))
    return fields


def _args(method: Callable[..., Any], operation: Operation) -> str:
    fields = argument_fields(operation)
    lines = []
    parameters = list(inspect.signature(method).parameters.values())[1:]  # without `self`
    for parameter in parameters:
        annotation = _annotation(parameter.annotation)
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            lines.append(f"**{parameter.name}: {_options(annotation)}")
            continue  # pragma: no mutate (break instead: **options is always the last parameter)
        field = fields.get(parameter.name)
        text = "" if field is None else described(field)
        lines.append(f"{parameter.name} ({annotation}): {text}")  # _indent drops a trailing " "
    return "Args:\n" + "\n".join(_indent(line) for line in lines)


def _options(annotation: str) -> str:
    """The help of `**options: Unpack[RequestOptions]` (or `PostOptions`)."""
    from .. import _types

    name = annotation.removeprefix("Unpack[").removesuffix("]")
    options = getattr(_types, name, None)
    return options_help(options) if isinstance(options, type) else "per-call options."


def advice(replaced_by: str) -> str:
    """What a deprecation says after `Deprecated:`: what to use instead (`use month instead.`),
    or that it may go."""
    if replaced_by:
        return f"use {replaced_by} instead."
    return "it may be removed in a future version."


def replacement(operation: Operation) -> str:
    """The method to use instead of a deprecated operation, or "" when the spec names none."""
    return f"r.{operation.replaced_by}()" if operation.replaced_by else ""


def described(field: Field) -> str:
    """A field's description, then each rule the spec sets on its values, a sentence each;
    `Deprecated: ...` first when the spec deprecates it."""
    rules = []
    if field.minimum is not None or field.maximum is not None:
        rules.append(_bounds(field))
    if field.enum:
        rules.append("One of " + ", ".join(repr(value) for value in field.enum))
    # An empty string is refused anyway (an argument must not be empty): 1 character at least.
    shortest = field.min_length or 1
    if field.max_length is not None or shortest > 1:
        rules.append(_lengths(shortest, field.max_length))
    if field.default is not None:
        rules.append(f"Default {field.default!r}")
    deprecated = f"Deprecated: {advice(field.replaced_by)}" if field.deprecated else ""
    return " ".join([deprecated, field.description, *(f"{rule}." for rule in rules)]).strip()


def _bounds(field: Field) -> str:
    low = "" if field.minimum is None else f"{_number(field.minimum)} <{_equal(field, 'minimum')} "
    high = "" if field.maximum is None else f" <{_equal(field, 'maximum')} {_number(field.maximum)}"
    return f"{low}{field.name}{high}"


def _number(value: float) -> str:
    """A bound as people read it: 2100 (a year), 1,000,000,000,000 (grouped from 10,000 on)."""
    return f"{value:,}" if abs(value) >= 10_000 else f"{value}"


def _equal(field: Field, bound: str) -> str:
    return "" if getattr(field, f"exclusive_{bound}") else "="


def _lengths(shortest: int, longest: int | None) -> str:
    if longest is None:
        return f"At least {_number(shortest)} characters"
    if shortest <= 1:  # 1 says nothing: no argument may be empty
        return f"At most {_number(longest)} characters"
    return f"{_number(shortest)} to {_number(longest)} characters"


def _success(statuses: Iterable[Status]) -> str:
    """The success described: its description, or each with its status when there are two."""
    said = [status for status in statuses if status.description]
    if len(said) == 1:
        return said[0].description
    return " ".join(f"{status.code}: {status.description}" for status in said)


def _annotation(annotation: object) -> str:
    if isinstance(annotation, str):
        return annotation
    return getattr(annotation, "__name__", repr(annotation))


def _raises(errors: Iterable[Status]) -> list[str]:
    """One line per exception class, with the documented statuses (and kinds) that raise it."""
    by_class: dict[str, list[str]] = {}
    for status in errors:
        kinds = f" ({', '.join(status.problem_types)})" if status.problem_types else ""
        by_class.setdefault(error_class(status.code).__name__, []).append(f"{status.code}{kinds}")
    lines = [_BEFORE_SENDING]
    for name, codes in by_class.items():
        after = ", after the retries" if name in _RETRIED else ""
        lines.append(f"{name}: {', '.join(codes)}{after}.")
    return [*lines, *_ALWAYS]


def _example(docstring: str) -> str:
    """The examples of a method's own docstring: everything from its first `>>>` line on."""
    lines = docstring.splitlines()
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith(">>>")), None)
    return "" if start is None else textwrap.dedent("\n".join(lines[start:]))


def _indent(line: str) -> str:
    return textwrap.fill(line, _WIDTH, initial_indent="    ", subsequent_indent="        ")
