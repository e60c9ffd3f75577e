"""What the generated models share: `Field` (what openapi.yaml says of a field), the `Model`
base (equality, repr, notebook views) and what `from_dict` uses to parse JSON."""

import datetime
import json
import reprlib
from collections.abc import Callable, Mapping
from enum import Enum
from operator import attrgetter
from typing import Any, ClassVar, Literal, NamedTuple, TypeVar

from attrs import fields


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

T = TypeVar("T")

Location = Literal["path", "query", "header", "body"]
ModelClass = type[Any]  # named out here: inside `Field`, `type` is one of its fields


class Field(NamedTuple):
    """What openapi.yaml says of one parameter, request body field or model field.

    `name` is the Python name (an argument of an operation's `request(...)`, an attribute of a
    model: `from_`, `credits`), `wire` the name in the request or the JSON body (`from`);
    `location` is `path`, `query` or `header` for a parameter, `body` for a member of a JSON
    body. The rest is the field's schema, with `$ref`s followed: `type` its JSON type
    (`string`, `integer`, `number`, `boolean`, `array`, `object`), `format` (`date`,
    `date-time`, `uri`...), `enum` the documented values (`open_enum`: others parse as plain
    strings too), the bounds (`exclusive_*`: the bound itself is out), lengths, `pattern`,
    `default` (None: none documented), `nullable` (null is a value), `secret` (`x-secret`:
    never shown), `deprecated` (on the parameter or on the schema), `replaced_by` the Python name
    of the parameter or field to use instead (`x-replaced-by`, its name in openapi.yaml), or "";
    `model` the class of an object field or of an array's items.
    """

    name: str
    wire: str
    location: Location = "body"
    required: bool = False
    description: str = ""
    type: str = ""
    format: str = ""
    enum: tuple[Any, ...] = ()
    open_enum: bool = False
    minimum: int | float | None = None
    maximum: int | float | None = None
    exclusive_minimum: bool = False
    exclusive_maximum: bool = False
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    default: Any = None
    nullable: bool = False
    secret: bool = False
    deprecated: bool = False
    replaced_by: str = ""
    model: ModelClass | None = None


class Model:
    """The base of every generated model: `==`, and how a model shows itself.

    Written once here instead of compiled by attrs for each class when its module is imported
    (`define(repr=False, eq=False)`), which halves a model's import time. Equal when of the same
    class with equal fields; unhashable. The repr reads like the call that builds the model, with
    the attribute names one types, enum members as their values, dates and date-times in ISO
    8601 (`2025-06-01`, `2025-06-01 00:00:00+00:00`), unset optional fields and an empty
    `additional_properties` left out; on one line when it fits in 80 columns, else one field a
    line (IPython's pretty printer, `_repr_pretty_`, does the same at its own width). The
    values of the fields the spec marks secret (`x-secret`) show as `[REDACTED]`.
    `_repr_html_` is Jupyter's view: a field/value table (`_html`, loaded on first use); `str()`
    (what `print()` shows) the same as text, a field a line (`_text`).

    `FIELDS` is what openapi.yaml says of each field, in the class's order (`Field`).
    """

    __slots__ = ()
    FIELDS: ClassVar[tuple[Field, ...]] = ()

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

    def _repr_html_(self) -> str:
        from ._html import model_view  # html and the views load when Jupyter first shows one

        return model_view(self)

    def __str__(self) -> str:
        from ._text import model_text

        return model_text(self)

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
_UNLISTED = frozenset((EXTRAS, "additional_keys", "from_dict", "from_dicts", "FIELDS"))
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
_SECRETS: dict[type, frozenset[str]] = {}


def secret_fields(cls: type[Model]) -> frozenset[str]:
    """The attributes of `cls` that the spec marks secret (`x-secret`): tokens, passwords,
    email addresses (made once per class)."""
    secrets = _SECRETS.get(cls)
    if secrets is None:
        secrets = _SECRETS[cls] = frozenset(field.name for field in cls.FIELDS if field.secret)
    return secrets


def shown_value(value: Any, secret: bool) -> Any:
    """`value` as a view shows it: HIDDEN for a string (not empty) of a secret field."""
    return HIDDEN if secret and isinstance(value, str) and value else value


def shown_fields(model: Model) -> list[tuple[str, Any]]:
    """The (attribute name, value) pairs a model shows: enum members as their values; unset
    optional fields left out; `additional_properties` last, and only when it holds something;
    the values of secret fields hidden. The values themselves stay on the model."""
    shown = []
    secrets = secret_fields(type(model))
    for name in _field_names(type(model)):
        value = getattr(model, name)
        if isinstance(value, Unset) or (name == EXTRAS and not value):
            continue
        value = value.value if isinstance(value, Enum) else shown_value(value, name in secrets)
        shown.append((name, value))
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


def parse_list(data: object, parse_all: Callable[[list[Any]], T], key: str | None = None) -> T:
    """`data`, a JSON array, parsed by `parse_all` (a model's `from_dicts`); `key` names it."""
    if type(data) is not list:
        raise ParseError.expected("array", data, *(() if key is None else (key,)))
    try:
        return parse_all(data)
    except ParseError as error:
        raise error.within(key) from None


__all__ = [
    "EXTRAS",
    "HIDDEN",
    "UNSET",
    "Field",
    "Location",
    "Model",
    "ParseError",
    "Unset",
    "extra_fields",
    "malformed",
    "parse_date",
    "parse_datetime",
    "parse_list",
    "pretty_repr",
    "secret_fields",
    "shown_fields",
    "shown_value",
]
