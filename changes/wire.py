"""The wire contract's changes (openapi.yaml), in the terms of the SDK's methods.

Operations become methods (`new method r.billing.get_credits()`, `r.billing.get_periods()
removed`, one that keeps its path and HTTP method under a new operationId is renamed), then
each method's arguments and results are compared (`schemas.py`), its error statuses (a new one
is an exception some callers do not catch) and the documented error codes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from .change import Change, Level, Section, change
from .schemas import Place, compare
from .spec import Operation, Spec, error_codes, operations

B, SOME, OK = Level.BREAKING, Level.SOME_USERS, Level.NON_BREAKING
ExceptionOf = Callable[[int], str]


def compare_specs(old: Spec, new: Spec, raises: ExceptionOf) -> Iterator[Change]:
    """Every change between two specs; `raises(status)` names the exception of a status."""
    before, after = operations(old), operations(new)
    gone = {op.http: op for name, op in before.items() if name not in after}
    for name, op in after.items():
        if name in before:
            yield from _operation(before[name], op, raises)
        elif op.http in gone:
            was = gone.pop(op.http)
            keys = [("method", was.method), ("method", op.method)]
            text = f"{was.method} renamed to {op.method}"
            yield change(B, Section.CHANGED, op.method, "", was.method.removesuffix("()"),
                         keys=keys, text=text)  # fmt: skip
            yield from _operation(was, op, raises)
        else:
            yield change(OK, Section.ADDED, op.method, "", keys=[("method", op.method)],
                         text=f"new method {op.method}")  # fmt: skip
    for op in gone.values():
        yield change(B, Section.REMOVED, op.method, "", keys=[("method", op.method)],
                     text=f"{op.method} removed")  # fmt: skip
    yield from _error_codes(error_codes(old), error_codes(new), raises)


def _operation(old: Operation, new: Operation, raises: ExceptionOf) -> Iterator[Change]:
    method = new.method
    if old.deprecated != new.deprecated:
        if new.deprecated:
            yield change(OK, Section.DEPRECATED, method, "", text=f"{method} deprecated")
        else:
            yield change(OK, Section.CHANGED, method, "no longer deprecated")
    if old.http != new.http:
        yield change(OK, Section.CHANGED, method, f"now {new.http} (was {old.http})")
    yield from compare(old.arguments, new.arguments, Place(method, request=True))
    yield from _results(old, new)
    for status in sorted(new.errors - old.errors):
        yield change(SOME, Section.CHANGED, method, f"may now raise {raises(status)} ({status})",
                     str(status))  # fmt: skip
    for status in sorted(old.errors - new.errors):
        yield change(OK, Section.CHANGED, method, f"no longer raises {raises(status)} ({status})",
                     str(status))  # fmt: skip


def _results(old: Operation, new: Operation) -> Iterator[Change]:
    method = new.method
    if old.results.keys() != new.results.keys():
        detail = f"success status {_statuses(old.results)} -> {_statuses(new.results)}"
        yield change(SOME, Section.CHANGED, method, f"{detail} (seen in raw responses)")
    for status in sorted(old.results.keys() & new.results.keys()):
        before, after = old.results[status], new.results[status]
        if before is not None and after is not None:
            yield from compare(before, after, Place(method, request=False))
        elif before is not None:
            yield change(B, Section.CHANGED, method, "result is now None")
        elif after is not None:
            yield change(SOME, Section.CHANGED, method, f"result is now {after.python}, not None")


def _statuses(results: Mapping[str, object]) -> str:
    return ", ".join(sorted(results)) or "none"


def _error_codes(
    old: dict[str, tuple[int, ...]], new: dict[str, tuple[int, ...]], raises: ExceptionOf
) -> Iterator[Change]:
    def errors(statuses: tuple[int, ...]) -> str:
        return ", ".join(f"{raises(s)} ({s})" for s in statuses)

    for code, statuses in old.items():
        said = f"error code {code!r}"
        if code not in new:
            yield change(SOME, Section.REMOVED, code, "", text=f"{said} no longer returned")
        elif new[code] != statuses:
            text = f"{said}: now {errors(new[code])}, was {errors(statuses)}"
            yield change(B, Section.CHANGED, code, "", text=text)
    for code, statuses in new.items():
        if code not in old:
            text = f"new error code {code!r}: {errors(statuses)}"
            yield change(OK, Section.ADDED, code, "", text=text)
