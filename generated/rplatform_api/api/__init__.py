"""The API's operations, one module per operation under its tag, and the types they share.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit. Each operation module (`api/billing/get_status.py`) has three public names:

- `request(...)`: one call's HTTP request, as a frozen `RequestDescription`;
- `SUCCESS`: what a success answer parses into: `ObjectBody(Model, statuses)`,
  `ArrayBody(Model, statuses)` or `NoBody(statuses)`;
- `OPERATION`: what openapi.yaml says of the operation, as data (`Operation`): its summary and
  description, each parameter's and body field's `Field` (description, constraints, secret),
  its success and error statuses (with the kinds of problem each error may carry), whether it
  is paginated or deprecated.

Nothing here does I/O or parses a response: the client that sends the request owns that.
Header parameters (`Idempotency-Key`) are not arguments of `request(...)`: the client sets
its headers itself; `OPERATION.parameters` lists them.
"""

from collections.abc import Iterable, Mapping, Sequence
from typing import Generic, NamedTuple, Protocol, Self, TypeVar

from ..lists import ModelList
from ..types import Field

QueryValue = str | int | float | bool | Sequence[str | int | float | bool]


class RequestDescription(NamedTuple):
    """One HTTP request of the API, relative to the API's base URL.

    `method` is upper case; `path` has its parameters filled in and percent-encoded; `query`
    holds only the parameters given; `json` is the JSON body, if the operation has one;
    `headers` are the operation's own (header parameters, Content-Type), not authentication.
    """

    method: str
    path: str
    query: Mapping[str, QueryValue]
    json: Mapping[str, object] | None
    headers: Mapping[str, str]


class FromDict(Protocol):
    """A generated model: built from a decoded JSON object."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, object], /) -> Self: ...

    @classmethod
    def from_dicts(cls, items: Iterable[Mapping[str, object]], /) -> ModelList[Self]: ...


M = TypeVar("M", bound=FromDict)


class ObjectBody(NamedTuple, Generic[M]):
    """A success answered with one JSON object, parsed into `model`."""

    model: type[M]
    statuses: tuple[int, ...]


class ArrayBody(NamedTuple, Generic[M]):
    """A success answered with a JSON array of objects, each parsed into `model`."""

    model: type[M]
    statuses: tuple[int, ...]


class NoBody(NamedTuple):
    """A success answered without a body (204 No Content)."""

    statuses: tuple[int, ...]


class Status(NamedTuple):
    """One documented response status: its description and, for an error, the kinds of
    problem it may carry (`validation-failed`: the last segment of the problem's `type`)."""

    code: int
    description: str
    problem_types: tuple[str, ...] = ()


class Operation(NamedTuple):
    """What openapi.yaml says of one operation (`api.billing.get_usage.OPERATION`).

    `parameters` are its path, query and header parameters, `body` the fields of its JSON
    body (none without one), each a `Field` named as `request(...)` names it; `success` and
    `errors` its documented statuses in order; `paginated` when it takes a `cursor` and
    announces the next page in a `Link` header.
    """

    operation_id: str
    tag: str
    method: str
    path: str
    summary: str
    description: str
    parameters: tuple[Field, ...]
    body: tuple[Field, ...]
    success: tuple[Status, ...]
    errors: tuple[Status, ...]
    paginated: bool = False
    deprecated: bool = False

    def field(self, name: str) -> Field:
        """The parameter or body field that `request(...)` calls `name` (KeyError if none)."""
        for field in (*self.parameters, *self.body):
            if field.name == name:
                return field
        raise KeyError(f"{self.operation_id} has no parameter or body field {name!r}")


__all__ = [
    "ArrayBody",
    "Field",
    "FromDict",
    "NoBody",
    "ObjectBody",
    "Operation",
    "QueryValue",
    "RequestDescription",
    "Status",
]
