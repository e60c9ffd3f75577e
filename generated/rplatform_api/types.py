"""What the generated models share: `Field` (what openapi.yaml says of a field), the `Model`
base (equality, repr, notebook views) and what `from_dict` uses to parse JSON."""

import datetime
import json
import re
import reprlib
from collections.abc import Callable, Mapping
from enum import Enum
from itertools import islice
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

    Reprs are bounded however large the model: a string shows its first `MAX_TEXT` characters,
    a list or dict its first `MAX_ITEMS` items, nesting `MAX_DEPTH` levels (deeper ones read
    `[...]` or `{...}`), each cut saying how much it left out.

    `FIELDS` is what openapi.yaml says of each field, in the class's order (`Field`). The one
    slot of the base holds the headers of the response a model came from (rplatform's
    `request_id()` reads its `X-Request-Id` there when asked): never a field, so never in `==`,
    `to_dict()` or the repr.
    """

    __slots__ = ("_response_headers",)
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
                        printer.pretty(value)  # bounded by shown_fields: never too deep
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
_UNLISTED = frozenset(
    (EXTRAS, "additional_keys", "from_dict", "from_dicts", "FIELDS", "_response_headers")
)
_REPR_WIDTH = 80
MAX_TEXT = 1_000  # characters of a string a repr shows
MAX_ITEMS = 1_000  # items of a list or dict a repr shows
MAX_DEPTH = 12  # levels of lists and dicts a repr shows (within one model)


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
    the values of secret fields hidden; each value `bounded`. The values themselves stay on the
    model."""
    shown = []
    secrets = secret_fields(type(model))
    for name in _field_names(type(model)):
        value = getattr(model, name)
        if isinstance(value, Unset) or (name == EXTRAS and not value):
            continue
        value = value.value if isinstance(value, Enum) else shown_value(value, name in secrets)
        shown.append((name, bounded(value)))
    return shown


class Cut:
    """What a repr shows in place of what it leaves out: its text, as it is."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(self.text)


class CutList(list[Any]):
    """The first `MAX_ITEMS` items of a longer list, as a repr shows them: `left_out` more."""

    left_out = 0

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        _pretty_cut(printer, "[", "]", [(None, item) for item in self], self.left_out)


class CutDict(dict[Any, Any]):
    """The first `MAX_ITEMS` items of a larger dict, as a repr shows them: `left_out` more."""

    left_out = 0

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        _pretty_cut(printer, "{", "}", list(self.items()), self.left_out)


def _pretty_cut(printer: Any, opening: str, closing: str, items: list[Any], left_out: int) -> None:
    """IPython's view of a cut list or dict: its items as IPython lays them out, then the count
    of the others (IPython's own printers would stop at their own limit, without a count)."""
    with printer.group(1, opening, closing):
        for index, (key, item) in enumerate(items):
            if index:
                printer.text(",")
                printer.breakable()
            if key is not None:
                printer.pretty(key)
                printer.text(": ")
            printer.pretty(item)
        printer.text(",")
        printer.breakable()
        printer.text(f"... ({left_out:,} more)")


def bounded(value: Any, depth: int = MAX_DEPTH, seen: frozenset[int] = frozenset()) -> Any:
    """`value` as a repr shows it: a string of more than `MAX_TEXT` characters, a list or
    dict of more than `MAX_ITEMS` items, and lists and dicts `depth` levels down, cut, each cut
    saying how much it left out; a list or dict met again inside itself reads `[...]` or
    `{...}`. Models are left as they are: each bounds its own values."""
    if isinstance(value, str):
        if len(value) <= MAX_TEXT or isinstance(value, Enum):
            return value
        return Cut(f"{value[:MAX_TEXT]!r}... ({len(value) - MAX_TEXT:,} characters cut)")
    if not isinstance(value, (list, dict)):
        return value
    if depth <= 0 or id(value) in seen:
        return Cut("[...]" if isinstance(value, list) else "{...}")
    seen = seen | {id(value)}
    left_out = len(value) - MAX_ITEMS
    shown: CutList | CutDict
    if isinstance(value, list):
        shown = CutList(bounded(item, depth - 1, seen) for item in value[:MAX_ITEMS])
    else:
        shown = CutDict(
            (bounded(key, 0), bounded(item, depth - 1, seen))
            for key, item in islice(value.items(), MAX_ITEMS)
        )
    if left_out <= 0:
        return list(shown) if isinstance(shown, list) else dict(shown)
    shown.left_out = left_out
    return shown


def pretty_repr(value: object, width: int = _REPR_WIDTH) -> str:
    """`repr(value)` laid out like pprint: one line when it fits in `width` columns, else one
    field, item or key a line, indented by four, for models, lists and dicts at any depth. A
    model, list or dict met again inside itself shows as `Name(...)`, `[...]` or `{...}`; what
    `bounded` cuts says how much it left out."""
    return _layout(bounded(value), 0, 0, width, frozenset())


def _flat(value: object, seen: frozenset[int] = frozenset()) -> str:
    if isinstance(value, (Model, list, dict)):
        if id(value) in seen:
            return _cycle(value)
        seen = seen | {id(value)}
    if isinstance(value, Model):
        shown = ", ".join(f"{name}={_flat(item, seen)}" for name, item in shown_fields(value))
        return f"{_class_name(type(value))}({shown})"
    if isinstance(value, list):
        return "[" + ", ".join([*(_flat(item, seen) for item in value), *_more(value)]) + "]"
    if isinstance(value, dict):
        items = [f"{key!r}: {_flat(item, seen)}" for key, item in value.items()]
        return "{" + ", ".join(items + _more(value)) + "}"
    if isinstance(value, Enum):
        return repr(value.value)
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return repr(value)


def _more(value: list[Any] | dict[Any, Any]) -> list[str]:
    left_out = value.left_out if isinstance(value, CutList | CutDict) else 0
    return [f"... ({left_out:,} more)"] if left_out else []


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
        lines.extend(_more(value))
    else:
        opening, closing = "{", "}"
        for key, item in value.items():
            lead = f"{key!r}: "
            lines.append(lead + _layout(item, inner, inner + len(lead), width, seen))
        lines.extend(_more(value))
    body = ",\n".join(" " * inner + line for line in lines)
    return f"{opening}\n{body}\n{' ' * indent}{closing}"


# What the models' `from_dict` use (rplatform's template: the happy path pays for one exact type
# test per value; the path to a bad value is put together only while its ParseError unwinds).

Path = list[str | int]

# How a bad value is quoted in a message: short, and cheap however large the value is.
_shown = reprlib.Repr()
_shown.maxstring = 40
_shown.maxother = 80  # a value of no JSON type: what the decoder marked (`_body.Mark`), whole
_shown.maxlevel = 2


def quoted(value: object) -> str:
    """A value as a ParseError's message quotes it: 40 characters of a string, 6 items, 2
    levels (the facade quotes a scrubbed copy of the same value with it)."""
    return _shown.repr(value)


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
        return cls(f"expected {wanted}, got {quoted(value)}", *path)

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


def _attributes(cls: type[Model]) -> dict[str, str]:
    """The attribute of each documented field of `cls`, by JSON name (made once per class)."""
    names = _ATTRIBUTES.get(cls)
    if names is None:
        names = _ATTRIBUTES[cls] = {field.wire: field.name for field in cls.FIELDS}
    return names


_ATTRIBUTES: dict[type, dict[str, str]] = {}


def get_item(model: Model, key: str) -> Any:
    """`model[key]`: the field `key` (its JSON name) holds, documented or not; a KeyError that
    names the model's fields for one it does not have (or an optional one the answer left out)."""
    attribute = _attributes(type(model)).get(key)
    if attribute is not None:
        value = getattr(model, attribute)
        if not isinstance(value, Unset):
            return value
    else:
        extras: dict[str, Any] = getattr(model, EXTRAS)
        if key in extras:
            return extras[key]
    known = [*(k for k in _attributes(type(model)) if has_item(model, k)), *getattr(model, EXTRAS)]
    shown = ", ".join(known[:MAX_ITEMS]) + (", ..." if len(known) > MAX_ITEMS else "")
    raise KeyError(f"{_class_name(type(model))} has no field {bounded(key)!r}; it has: {shown}")


def has_item(model: Model, key: str) -> bool:
    """`key in model`: whether the model holds a field of that JSON name, documented or not."""
    attribute = _attributes(type(model)).get(key)
    if attribute is not None:
        return not isinstance(getattr(model, attribute), Unset)
    return key in getattr(model, EXTRAS)


def put_item(model: Model, key: str, value: Any) -> None:
    """`model[key] = value`: a documented field's attribute, else an undocumented field."""
    attribute = _attributes(type(model)).get(key)
    if attribute is not None:
        setattr(model, attribute, value)
    else:
        getattr(model, EXTRAS)[key] = value


def del_item(model: Model, key: str) -> None:
    """`del model[key]`: an undocumented field; a documented one is part of the model."""
    if key in _attributes(type(model)):
        raise TypeError(
            f"{key!r} is a documented field of {_class_name(type(model))}: set it, "
            "it cannot be deleted"
        )
    try:
        del getattr(model, EXTRAS)[key]
    except KeyError:
        get_item(model, key)  # raises the KeyError that names the fields
        raise


def extra_fields(data: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The fields of `data` that the model does not declare (kept: the API may add fields),
    once every value in them, at any depth, is one JSON can carry (`unreadable`)."""
    extras = {key: value for key, value in data.items() if key not in known}
    unreadable(extras)
    return extras


_JSON_SCALARS = frozenset((str, int, bool, type(None)))


def unreadable(value: object) -> None:
    """Raise `ParseError`, with its path, at the first value in `value` (decoded JSON, walked
    without recursion, however deep) that is not what JSON carries: a float that is not finite
    (`1e400`, which Python reads as infinity), or anything but a str, int, float, bool, None,
    list or dict (the mark a decoder left for `NaN` or a number too long to read)."""
    stack: list[tuple[Any, Any]] = [(value, None)]  # (value, (key, parent's node) or None)
    seen: set[int] = set()  # decoded JSON has no cycle, but a dict built by hand may
    while stack:
        item, node = stack.pop()
        kind = item.__class__
        if kind in _JSON_SCALARS:
            continue
        if kind is dict or kind is list:
            if id(item) not in seen:
                seen.add(id(item))
                pairs = item.items() if kind is dict else enumerate(item)
                stack.extend((child, (key, node)) for key, child in pairs)
        elif kind is not float or item - item:
            wanted = "finite number" if kind is float else "JSON value"
            raise ParseError.expected(wanted, item, *_path_of(node))


def _path_of(node: Any) -> Path:
    path: Path = []
    while node is not None:
        key, node = node
        path.append(key)
    return path[::-1]


# RFC 3339: a full-date; a date-time has `T` (or `t`), seconds, and an offset (`Z`, `z`, `+hh:mm`).
_DATE = r"\d{4}-\d\d-\d\d"
_DATE_TIME = _DATE + r"[Tt]\d\d:\d\d:(\d\d)(?:\.\d+)?(?:[Zz]|[+-]\d\d:\d\d)"
_from_date = datetime.date.fromisoformat
_from_date_time = datetime.datetime.fromisoformat
# What a generated model calls first for a date-time field: the C reader of ISO 8601, cheaper
# than `parse_datetime` by a Python call and a regex per value. It reads more than RFC 3339
# (`20250601T000000Z`, no offset, a trailing NUL), so a model takes its result only for the usual
# form `YYYY-MM-DDTHH:MM:SSZ`: text it read whose last 16 characters are shaped
# `-MM-DDTHH:MM:SSZ` (`text[-16::3] == "--T::Z"`; fromisoformat reads 4 digits of year before
# them, and a trailing NUL shifts the shape), and reads any other text with `parse_datetime`.
from_iso_datetime = datetime.datetime.fromisoformat


def parse_date(value: str) -> datetime.date:
    """An RFC 3339 full-date (`2025-06-01`); ValueError for any other text (`20250601`,
    `2025-W23-1`, a date-time), TypeError for a value that is not a string."""
    if re.fullmatch(_DATE, value, re.ASCII) is None:
        raise ValueError(f"not an RFC 3339 date: {value!r}")
    return _from_date(value)


def parse_datetime(value: str) -> datetime.datetime:
    """An RFC 3339 date-time, always with its offset (`2025-06-01T00:00:00Z`,
    `2025-06-01t02:00:00.5+02:00`): ValueError for any other text (no offset, a bare date,
    `20250601T000000Z`), TypeError for a value that is not a string. The leap second
    (`23:59:60` UTC) reads as the last microsecond before the next minute."""
    match = re.fullmatch(_DATE_TIME, value, re.ASCII)
    if match is None:
        raise ValueError(f"not an RFC 3339 date-time with an offset: {value!r}")
    text = f"{value[:10]}T{value[11:]}".upper()  # Python reads `T` and `Z` in upper case only
    if match[1] != "60":
        return _from_date_time(text)
    moment = _from_date_time(f"{text[:17]}59{text[19:]}")
    offset = moment.utcoffset()
    minutes = moment.hour * 60 + moment.minute - (offset.total_seconds() // 60 if offset else 0)
    if minutes % (24 * 60) != 23 * 60 + 59:
        raise ValueError(f"a leap second is 23:59:60 UTC, not {value!r}")
    return moment.replace(microsecond=999_999)


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
    "bounded",
    "del_item",
    "extra_fields",
    "from_iso_datetime",
    "get_item",
    "has_item",
    "malformed",
    "parse_date",
    "parse_datetime",
    "parse_list",
    "pretty_repr",
    "put_item",
    "quoted",
    "secret_fields",
    "shown_fields",
    "shown_value",
    "unreadable",
]
