"""The API's operations, one module per operation under its tag, and the types they share.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit. Each operation module (`api/billing/get_status.py`) has two public names:

- `request(...)`: one call's HTTP request, as a frozen `RequestDescription`;
- `SUCCESS`: what a success answer parses into: `ObjectBody(Model, statuses)`,
  `ArrayBody(Model, statuses)` or `NoBody(statuses)`.

Nothing here does I/O or parses a response: the client that sends the request owns that.
"""

from collections.abc import Iterable, Mapping, Sequence
from typing import Generic, NamedTuple, Protocol, Self, TypeVar

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
    def from_dicts(cls, items: Iterable[Mapping[str, object]], /) -> list[Self]: ...


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
