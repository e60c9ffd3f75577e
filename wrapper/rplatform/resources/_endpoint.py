"""`@endpoint`: a facade method declared once, typed in both modes.

    class Billing(Resource[ModeT]):
        with_raw_response: RawView[Billing[Raw]] = RawView()

        @endpoint
        def get_status(self, *, organization_id: str | None = None,
                       **options: Unpack[RequestOptions]) -> Call[BillingStatus]: ...

On `client.billing` (a `Billing[Parsed]`) the method is typed `(*, organization_id=...) ->
BillingStatus`; on `client.with_raw_response.billing` (a `Billing[Raw]`) the same method is
typed `-> RawResponse[BillingStatus]`, with the same parameters, so a misspelled method or
keyword is a type error in both. `help()` and IPython show the method's signature, with the
result type of the mode, and its docstring composed from openapi.yaml (`_docs`). At run time,
a misspelled keyword is a TypeError that names the method and the closest argument:
`billing.get_status() got an unexpected keyword argument 'organisation_id'; did you mean
'organization_id'?`.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, Concatenate, Generic, ParamSpec, Self, TypeVar, cast, overload

from .._response import RawResponse
from . import _deprecation
from ._base import Call, Parsed, Raw, Resource

P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R", bound=Resource[Any])


class Endpoint(Generic[P, T]):
    """A method of a resource: its body builds the `Call`, the mode decides what it returns."""

    def __init__(self, func: Callable[Concatenate[Any, P], Call[T]]) -> None:
        self._func = func
        self._name = func.__name__
        functools.update_wrapper(self, func)

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name

    @overload
    def __get__(self, resource: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, resource: Resource[Raw], owner: type[Any]) -> Callable[P, RawResponse[T]]: ...
    @overload
    def __get__(self, resource: Resource[Parsed], owner: type[Any]) -> Callable[P, T]: ...
    def __get__(
        self, resource: Resource[Any] | None, owner: type[Any]
    ) -> Self | Callable[P, T] | Callable[P, RawResponse[T]]:
        if resource is None:
            return self
        method = self._bind(resource)
        # Cached on the resource (a non-data descriptor yields to the instance dict): the next
        # lookups are plain attribute reads, with no wrapper built per call.
        resource.__dict__[self._name] = method
        return method

    def __call__(self, resource: Resource[Any], /, *args: P.args, **kwargs: P.kwargs) -> object:
        """Called on the class, like a plain method: `Billing.get_status(r.billing, ...)` is
        `r.billing.get_status(...)`, in the resource's mode."""
        method: Callable[P, object] = getattr(resource, self._name)
        return method(*args, **kwargs)

    def _bind(self, resource: Resource[Any]) -> Callable[P, T] | Callable[P, RawResponse[T]]:
        func, built, request = self._func, self._built, resource._client._request
        raw = resource._mode is Raw
        method: Callable[P, T] | Callable[P, RawResponse[T]]
        if raw:

            def raw_method(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
                return request(built(resource, args, kwargs))

            method = raw_method
        else:

            def parsed_method(*args: P.args, **kwargs: P.kwargs) -> T:
                return request(built(resource, args, kwargs)).parse()

            method = parsed_method
        method = _deprecation.warning(method, func)  # warns if openapi.yaml deprecates it
        functools.update_wrapper(method, func)
        method.__dict__["__signature__"] = self._signatures[raw]
        from ._docs import compose  # help() text: composed when a method is first looked up

        method.__doc__ = compose(func, self._signatures[raw].return_annotation)
        return method

    def _built(self, resource: Resource[Any], args: Any, kwargs: dict[str, Any]) -> Call[T]:
        """The method's `Call`, once its keywords are known to be its own: a misspelled one is
        reported before any rule across arguments could hide it (`mnth=6` is not `month`)."""
        if not self._accepted.issuperset(kwargs):
            unknown = next(name for name in kwargs if name not in self._accepted)
            raise self._unexpected(resource, unknown) from None
        try:
            return self._func(resource, *args, **kwargs)
        except TypeError:
            misuse = self._misuse(resource, args, kwargs)
            if misuse is None:  # the body's own TypeError: an argument of the wrong type
                raise
            raise misuse from None

    @functools.cached_property
    def _accepted(self) -> frozenset[str]:
        """Every keyword the method takes: its parameters, then the per-call options of its
        `**options` (`RequestOptions`, or `PostOptions` for a POST)."""
        from .. import _types

        parameters = list(inspect.signature(self._func).parameters.values())[1:]
        names = {p.name for p in parameters if p.kind is not p.VAR_KEYWORD}
        for p in parameters:
            if p.kind is p.VAR_KEYWORD:
                kind = str(p.annotation).removeprefix("Unpack[").removesuffix("]")
                names |= getattr(_types, kind).__optional_keys__
        return frozenset(names)

    def _method(self, resource: Resource[Any]) -> str:
        return f"{type(resource).__name__.lower()}.{self._name}()"

    def _unexpected(self, resource: Resource[Any], keyword: str) -> TypeError:
        """The message Python would give, with the method's name and the closest argument."""
        import difflib  # here: only a mistake needs it, and it costs an import otherwise

        parameters = list(inspect.signature(self._func).parameters.values())[1:]
        names = [p.name for p in parameters if p.kind is not p.VAR_KEYWORD]
        names += sorted(self._accepted - set(names))
        close = difflib.get_close_matches(keyword, names)
        hint = f"did you mean {close[0]!r}?" if close else f"it takes {', '.join(names)}"
        method = self._method(resource)
        return TypeError(f"{method} got an unexpected keyword argument {keyword!r}; {hint}")

    def _misuse(
        self, resource: Resource[Any], args: Any, kwargs: dict[str, Any]
    ) -> TypeError | None:
        """The message for a call that does not fit the method's signature (None if it fits):
        Python's, naming the method as the other messages do, and for extra positional
        arguments which arguments are keywords."""
        # Marked: either signature: they differ in the result, not in the parameters.
        signature = self._signatures[False]  # pragma: no mutate (above)
        try:
            signature.bind(*args, **kwargs)
        except TypeError as error:
            reason = str(error)
        else:
            return None
        method = self._method(resource)
        parameters = list(signature.parameters.values())
        positional = [p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD]
        if len(args) <= len(positional):  # a missing argument, or one given twice
            return TypeError(f"{method}: {_missing(parameters, args, kwargs) or reason}")
        takes = "takes no positional arguments"
        if positional:
            plural = "s" if len(positional) > 1 else ""
            takes = f"takes {len(positional)} positional argument{plural} ({', '.join(positional)})"
        given = f"{len(args)} {'was' if len(args) == 1 else 'were'} given"
        keywords = ", ".join(f"{p.name}=" for p in parameters if p.kind is p.KEYWORD_ONLY)
        hint = f"; pass {keywords} by keyword" if keywords else ""
        return TypeError(f"{method} {takes} but {given}{hint}")

    @functools.cached_property
    def _signatures(self) -> dict[bool, inspect.Signature]:
        """The signature users see, without `self`: parsed (False) and raw (True)."""
        signature = inspect.signature(self._func)
        parameters = list(signature.parameters.values())[1:]
        result = _call_result(signature.return_annotation)
        return {
            raw: signature.replace(
                parameters=parameters,
                return_annotation=f"RawResponse[{result}]" if raw else result,
            )
            for raw in (False, True)
        }

    @property
    def __signature__(self) -> inspect.Signature:
        """For `help(Billing)`: the method with `self`, and its parsed result type."""
        signature = inspect.signature(self._func)
        return signature.replace(return_annotation=_call_result(signature.return_annotation))


def _missing(parameters: list[inspect.Parameter], args: Any, kwargs: dict[str, Any]) -> str:
    """The first required argument a call left out, in the same words on every Python (3.11
    says "missing a required argument" of a keyword-only one too); "" if none is missing."""
    given = {p.name for p in parameters[: len(args)]} | set(kwargs)
    for p in parameters:
        if p.default is p.empty and p.name not in given and p.kind in _NAMED:
            kind = "keyword-only " if p.kind is p.KEYWORD_ONLY else ""
            return f"missing a required {kind}argument: {p.name!r}"
    return ""


_NAMED = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)


def endpoint(func: Callable[Concatenate[Any, P], Call[T]]) -> Endpoint[P, T]:
    """Declare a resource method whose body returns the `Call` of one API operation."""
    return Endpoint(func)


def _call_result(annotation: str) -> str:
    """`Call[BillingStatus]` -> `BillingStatus`: the annotation is a string, as every module of
    resources is under `from __future__ import annotations`."""
    return annotation.removeprefix("Call[").removesuffix("]")


class RawView(Generic[R]):
    """`resource.with_raw_response`: the same resource in raw mode, one line per resource class.

    with_raw_response: RawView[Billing[Raw]] = RawView()
    """

    @overload
    def __get__(self, resource: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, resource: Resource[Any], owner: type[Any]) -> R: ...
    def __get__(self, resource: Resource[Any] | None, owner: type[Any]) -> Self | R:
        if resource is None:
            return self
        raw = resource if resource._mode is Raw else type(resource)(resource._client, Raw)
        resource.__dict__["with_raw_response"] = raw
        return cast(R, raw)
