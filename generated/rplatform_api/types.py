"""Contains some shared types for properties, and what the models use to parse JSON"""

import datetime
import json
import reprlib
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from enum import Enum
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
    """The base of every generated model: `==`, and how a model shows itself.

    Written once here instead of compiled by attrs for each class when its module is imported
    (`define(repr=False, eq=False)`), which halves a model's import time. Equal when of the same
    class with equal fields; unhashable. The repr reads like the call that builds the model, with
    the attribute names one types, enum members as their values, dates and date-times in ISO
    8601 (`2025-06-01`, `2025-06-01 00:00:00+00:00`), unset optional fields and an empty
    `additional_properties` left out; on one line when it fits in 80 columns, else one field a
    line (IPython's pretty printer, `_repr_pretty_`, does the same at its own width).
    `_repr_html_` is the view a facade installs with `set_html_view` (none by default).
    """

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        values = _field_values(type(self))
        return bool(values(self) == values(other))

    def __repr__(self) -> str:
        return pretty_repr(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """IPython's pretty printer: its width and indentation, `Name(...)` for a cycle."""
        name = _class_name(type(self))
        if cycle:
            printer.text(f"{name}(...)")
            return
        fields = shown_fields(self)
        with printer.group(0, f"{name}(", ")"):
            if not fields:
                return
            with printer.indent(4):
                for index, (field, value) in enumerate(fields):
                    if index:
                        printer.text(",")
                    printer.breakable(" " if index else "")
                    printer.text(f"{field}=")
                    if isinstance(value, datetime.date):
                        printer.text(_flat(value))
                    else:
                        printer.pretty(value)
            printer.breakable("")

    def _repr_html_(self) -> str | None:
        return _html_view(self)

    def __dir__(self) -> list[str]:
        """The fields first, then the helpers; the parsing machinery is left out (it still works)."""
        fields = [name for name in _field_names(type(self)) if name != EXTRAS]
        listed = {*fields, *_HELPERS, *_UNLISTED}
        return [*fields, *_HELPERS, *(name for name in object.__dir__(self) if name not in listed)]

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-ready data (every generated model defines it)."""
        raise NotImplementedError

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text: `to_dict()` (dates as ISO 8601 strings), encoded."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)


EXTRAS = "additional_properties"  # where a model keeps the fields it does not declare
_HELPERS = ("to_dict", "to_json")
_UNLISTED = frozenset((EXTRAS, "additional_keys", "from_dict", "from_dicts"))
_REPR_WIDTH = 80


def _class_name(cls: type) -> str:
    return cls.__qualname__.rsplit(">.", 1)[-1]


def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(field.name for field in fields(cls))


_FIELD_VALUES: dict[type, Callable[[Any], Any]] = {}


def _field_values(cls: type) -> Callable[[Any], Any]:
    """The fields of a model class as one getter (made once per class, used by `==`)."""
    getter = _FIELD_VALUES.get(cls)
    if getter is None:
        getter = _FIELD_VALUES[cls] = attrgetter(*_field_names(cls))
    return getter


class Hidden:
    """What a repr shows in place of a secret: `token=[REDACTED]`."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "[REDACTED]"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(repr(self))


HIDDEN = Hidden()
_secret_names: frozenset[str] = frozenset()


def set_secret_fields(names: Iterable[str]) -> None:
    """Never show the string values of fields with these names (compared in lower case) in a
    repr: tokens, passwords, email addresses. The values themselves stay on the model."""
    global _secret_names
    _secret_names = frozenset(name.lower() for name in names)


def shown_value(name: object, value: Any) -> Any:
    """`value` as a repr shows it under the field or key `name`: a secret string hidden, at
    any depth of the plain JSON data (unknown fields) it holds."""
    if isinstance(value, str):
        return HIDDEN if value and str(name).lower() in _secret_names else value
    if isinstance(value, dict):
        return {key: shown_value(key, item) for key, item in value.items()}
    if isinstance(value, list) and value and not isinstance(value[0], Model):
        return [shown_value(name, item) for item in value]
    return value


def shown_fields(model: Model) -> list[tuple[str, Any]]:
    """The (attribute name, value) pairs a model shows: enum members as their values; unset
    optional fields left out; `additional_properties` last, and only when it holds something;
    secrets (`set_secret_fields`) hidden."""
    shown = []
    for name in _field_names(type(model)):
        value = getattr(model, name)
        if isinstance(value, Unset) or (name == EXTRAS and not value):
            continue
        shown.append((name, value.value if isinstance(value, Enum) else shown_value(name, value)))
    return shown


def pretty_repr(value: object, width: int = _REPR_WIDTH) -> str:
    """`repr(value)` laid out like pprint: one line when it fits in `width` columns, else one
    field, item or key a line, indented by four, for models, lists and dicts at any depth. A
    model, list or dict met again inside itself shows as `Name(...)`, `[...]` or `{...}`."""
    return _layout(value, 0, 0, width, frozenset())


def _flat(value: object, seen: frozenset[int] = frozenset()) -> str:
    if isinstance(value, (Model, list, dict)):
        if id(value) in seen:
            return _cycle(value)
        seen = seen | {id(value)}
    if isinstance(value, Model):
        shown = ", ".join(f"{name}={_flat(item, seen)}" for name, item in shown_fields(value))
        return f"{_class_name(type(value))}({shown})"
    if isinstance(value, list):
        return "[" + ", ".join(_flat(item, seen) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key!r}: {_flat(item, seen)}" for key, item in value.items()) + "}"
    if isinstance(value, Enum):
        return repr(value.value)
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return repr(value)


def _cycle(value: object) -> str:
    if isinstance(value, Model):
        return f"{_class_name(type(value))}(...)"
    return "[...]" if isinstance(value, list) else "{...}"


def _layout(value: object, indent: int, column: int, width: int, seen: frozenset[int]) -> str:
    """`value` written from `column` on, its later lines indented by `indent`; the text that
    follows it on its last line (a comma) counts as one column."""
    flat = _flat(value, seen)
    if column + len(flat) < width or not (isinstance(value, (Model, list, dict)) and value):
        return flat
    if id(value) in seen:
        return _cycle(value)
    seen = seen | {id(value)}
    inner = indent + 4
    lines: list[str] = []
    if isinstance(value, Model):
        opening, closing = f"{_class_name(type(value))}(", ")"
        for name, item in shown_fields(value):
            lines.append(f"{name}=" + _layout(item, inner, inner + len(name) + 1, width, seen))
    elif isinstance(value, list):
        opening, closing = "[", "]"
        lines.extend(_layout(item, inner, inner, width, seen) for item in value)
    else:
        opening, closing = "{", "}"
        for key, item in value.items():
            lead = f"{key!r}: "
            lines.append(lead + _layout(item, inner, inner + len(lead), width, seen))
    body = ",\n".join(" " * inner + line for line in lines)
    return f"{opening}\n{body}\n{' ' * indent}{closing}"


def _no_html_view(model: Model) -> str | None:
    return None  # Jupyter then shows the repr


_html_view: Callable[[Model], str | None] = _no_html_view


def set_html_view(view: Callable[[Model], str | None]) -> None:
    """Make `view(model)` every model's `_repr_html_` (Jupyter's rich display), for a facade."""
    global _html_view
    _html_view = view


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


def _plain_list(model: type) -> list[Any]:
    return []


_new_list: Callable[[type], list[Any]] = _plain_list


def set_list_factory(factory: Callable[[type], list[Any]]) -> None:
    """Build every list of models as `factory(model class)` from now on: an empty list (of a
    list subclass, for a facade), told the class of the models it will hold."""
    global _new_list
    _new_list = factory


def new_list(model: type) -> list[Any]:
    """An empty list for models of class `model`, made by the factory `set_list_factory` chose."""
    return _new_list(model)


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
    "EXTRAS",
    "HIDDEN",
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
    "pretty_repr",
    "set_html_view",
    "set_list_factory",
    "set_secret_fields",
    "shown_fields",
    "shown_value",
]
