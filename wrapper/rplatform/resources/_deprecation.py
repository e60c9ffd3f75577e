"""Deprecation, as openapi.yaml says it: `deprecated: true` on an operation, a parameter or a
body field, and `x-replaced-by` naming what to use instead (an operationId, or the name of a
parameter or field of the same operation), read from the generated `OPERATION`.

A deprecated method, or a method given a deprecated argument, emits a `DeprecationWarning`
once per process, attributed to the line of the user's code that called it (the first frame
outside `rplatform`, however the method was reached), so that Python's default filters show
it when that code is the script being run:

    script.py:3: DeprecationWarning: r.billing.get_periods() is deprecated: use
    r.billing.get_usage() instead.

help() says the same at the top of the method's text and on the argument (`_docs.py`). A
method nothing deprecated touches is returned as it is: no cost per call.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from rplatform_api.api import Field

from .._caller import warn

C = TypeVar("C", bound=Callable[..., Any])
# What was warned about in this process, by its message: each is said once.
_warned: set[str] = set()


def warning(method: C, func: Callable[..., Any]) -> C:
    """`method` (facade function `func`, bound), warning when it is called if its operation is
    deprecated, or when it is given an argument that is."""
    from ._docs import advice, operation_of, replacement

    operation = operation_of(func)
    parameters = list(inspect.signature(func).parameters.values())[1:]  # without `self`
    fields = {field.name: field for field in (*operation.parameters, *operation.body)}
    deprecated = {p.name: fields[p.name] for p in parameters if _deprecated(fields.get(p.name))}
    if not operation.deprecated and not deprecated:
        return method
    name = f"r.{operation.tag}.{func.__name__}()"
    positional = [p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD]

    def warned(*args: Any, **kwargs: Any) -> Any:  # its name and help: `_bind`'s update_wrapper
        if operation.deprecated:
            _warn(f"{name} is deprecated: {advice(replacement(operation))}")
        for given in (*positional[: len(args)], *kwargs):
            field = deprecated.get(given)
            if field is not None:
                _warn(f"{name}: argument {given} is deprecated: {advice(field.replaced_by)}")
        return method(*args, **kwargs)

    return cast(C, warned)


def _deprecated(field: Field | None) -> bool:
    return field is not None and field.deprecated


def _warn(message: str) -> None:
    if message in _warned:
        return
    _warned.add(message)
    warn(message)
