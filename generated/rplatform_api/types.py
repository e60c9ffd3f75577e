"""Contains some shared types for properties, and what the models use to parse JSON"""

import datetime
import reprlib
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from operator import attrgetter
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define, fields


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class Model:
    """The base of every generated model: `==` and `repr` over its attrs fields.

    Written once here instead of compiled by attrs for each class when its module is imported
    (`define(repr=False, eq=False)`), which halves a model's import time. Same behaviour as
    attrs' own: equal when of the same class with equal fields; unhashable; `Name(field=...)`.
    """

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        values = _field_values(type(self))
        return bool(values(self) == values(other))

    def __repr__(self) -> str:
        cls = type(self)
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _field_names(cls))
        return f"{cls.__qualname__.rsplit('>.', 1)[-1]}({shown})"


def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(field.name for field in fields(cls))


_FIELD_VALUES: dict[type, Callable[[Any], Any]] = {}


def _field_values(cls: type) -> Callable[[Any], Any]:
    """The fields of a model class as one getter (made once per class, used by `==`)."""
    getter = _FIELD_VALUES.get(cls)
    if getter is None:
        getter = _FIELD_VALUES[cls] = attrgetter(*_field_names(cls))
    return getter


# What the models' `from_dict` use (rplatform's template: the happy path pays for one exact type
# test per value; the path to a bad value is put together only while its ParseError unwinds).

Path = list[str | int]

# How a bad value is quoted in a message: short, and cheap however large the value is.
_shown = reprlib.Repr()
_shown.maxstring = _shown.maxother = 40
_shown.maxlevel = 2


class ParseError(ValueError):
    """A value in a JSON body that is not what the API documents, and where it is.

    `path` leads to it from the top of the body: `owner_id`, `customer.created_at`,
    `line_items[2].quantity`, `[3].is_current` (the fourth item of a list body).
    """

    def __init__(self, problem: str, *path: str | int) -> None:
        super().__init__(problem)
        self.problem = problem
        self.parts: Path = list(path)

    @classmethod
    def expected(cls, wanted: str, value: object, *path: str | int) -> "ParseError":
        return cls(f"expected {wanted}, got {_shown.repr(value)}", *path)

    def within(self, *outer: str | int | None) -> "ParseError":
        """This error, seen from the object or list around it (`outer` goes before the path)."""
        self.parts[:0] = [part for part in outer if part is not None]
        return self

    @property
    def path(self) -> str:
        text = ""
        for part in self.parts:
            if isinstance(part, int):
                text += f"[{part}]"
            else:
                text += f".{part}" if text else part
        return text

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}" if self.parts else self.problem


def malformed(data: object, error: Exception, *path: str | int) -> Exception:
    """What to raise for `error`, met while reading `data` (found at `path`) as a JSON object."""
    if not isinstance(data, Mapping):
        return ParseError.expected("object", data, *path)
    if isinstance(error, KeyError) and error.args:
        return ParseError("required field is missing", *path, str(error.args[0]))
    return error


def extra_fields(data: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The fields of `data` that the model does not declare (kept: the API may add fields)."""
    return {key: value for key, value in data.items() if key not in known}


parse_date = datetime.date.fromisoformat
parse_datetime = datetime.datetime.fromisoformat

_list_class: type[list[Any]] = list


def set_list_class(cls: type[list[Any]]) -> None:
    """Build every list of models as a `cls` from now on (a list subclass, for a facade)."""
    global _list_class
    _list_class = cls


def new_list() -> list[Any]:
    """An empty list of the class `set_list_class` chose."""
    return _list_class()


def parse_list(
    data: object, parse_all: Callable[[list[Any]], list[T]], key: str | None = None
) -> list[T]:
    """`data`, a JSON array, parsed by `parse_all` (a model's `from_dicts`); `key` names it."""
    if type(data) is not list:
        raise ParseError.expected("array", data, *(() if key is None else (key,)))
    try:
        return parse_all(data)
    except ParseError as error:
        raise error.within(key) from None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "Model",
    "ParseError",
    "RequestFiles",
    "Response",
    "Unset",
    "extra_fields",
    "malformed",
    "new_list",
    "parse_date",
    "parse_datetime",
    "parse_list",
    "set_list_class",
]
