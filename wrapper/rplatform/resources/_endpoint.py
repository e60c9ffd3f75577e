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
import typing
from collections.abc import Callable
from typing import Any, Concatenate, Generic, ParamSpec, Self, TypeVar, cast, overload

from .._request import UnexpectedKeyword
from .._response import RawResponse
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
        """Called on the class, like a plain method: `Billing.get_status(r.billing, ...)`."""
        method: Callable[P, object] = self.__get__(resource, type(resource))
        return method(*args, **kwargs)

    def _bind(self, resource: Resource[Any]) -> Callable[P, T] | Callable[P, RawResponse[T]]:
        func, request = self._func, resource._client._request
        raw = resource._mode is Raw
        method: Callable[P, T] | Callable[P, RawResponse[T]]
        if raw:

            def raw_method(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
                try:
                    return request(func(resource, *args, **kwargs))
                except UnexpectedKeyword as error:
                    raise self._unexpected(resource, error) from None

            method = raw_method
        else:

            def parsed_method(*args: P.args, **kwargs: P.kwargs) -> T:
                try:
                    return request(func(resource, *args, **kwargs)).parse()
                except UnexpectedKeyword as error:
                    raise self._unexpected(resource, error) from None

            method = parsed_method
        functools.update_wrapper(method, func)
        method.__dict__["__signature__"] = self._signatures[raw]
        from ._docs import compose  # help() text: composed when a method is first looked up

        method.__doc__ = compose(func, self._signatures[raw].return_annotation)
        return method

    def _unexpected(self, resource: Resource[Any], error: UnexpectedKeyword) -> TypeError:
        """The message Python would give, with the method's name and the closest argument."""
        import difflib  # here: only a mistake needs it, and it costs an import otherwise

        parameters = list(inspect.signature(self._func).parameters.values())[1:]
        names = [p.name for p in parameters if p.kind is not p.VAR_KEYWORD]
        names += sorted(error.options)
        method = f"{type(resource).__name__.lower()}.{self._name}()"
        close = difflib.get_close_matches(error.keyword, names, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"it takes {', '.join(names)}"
        return TypeError(f"{method} got an unexpected keyword argument {error.keyword!r}; {hint}")

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


def endpoint(func: Callable[Concatenate[Any, P], Call[T]]) -> Endpoint[P, T]:
    """Declare a resource method whose body returns the `Call` of one API operation."""
    return Endpoint(func)


def _call_result(annotation: object) -> str:
    """`Call[BillingStatus]` (a string under `from __future__ import annotations`) -> its T."""
    if isinstance(annotation, str):
        return annotation.removeprefix("Call[").removesuffix("]")
    (result,) = typing.get_args(annotation)
    return getattr(result, "__name__", repr(result))


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
