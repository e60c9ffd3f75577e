"""The columns of a table of models, derived from the model class, and the plain values in them.

A column per field, in the class's order; a nested model's fields become `parent.child`
columns (`credits.balance_cents`); each column has a kind (text, bool, int, float, date,
datetime, list, other) read from the field's annotation, so an empty list has its columns and
types too. Fields the model does not declare (its `additional_properties`) come after, as the
rows have them. Values are plain: an enum member is its value (`type(value) is str`).
"""

from __future__ import annotations

import datetime
import enum
import functools
import re
import types
import typing
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import attrs
from rplatform_api.types import EXTRAS, Unset

Kind = Literal["text", "bool", "int", "float", "date", "datetime", "list", "model", "other"]
NUMERIC: frozenset[Kind] = frozenset(("int", "float"))


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its name (the attribute path), what its values are, and what they mean."""

    name: str
    path: tuple[str, ...]
    kind: Kind
    nullable: bool
    description: str = ""
    extra: bool = False  # a field the model does not declare (in `additional_properties`)


def model_of(items: Sequence[object], declared: type | None = None) -> type | None:
    """The model class of a list: the one it was parsed as, else its first item's, if a model."""
    if declared is not None:
        return declared
    if items and attrs.has(type(items[0])):
        return type(items[0])
    return None


@functools.cache
def columns(model: type) -> tuple[Column, ...]:
    """The declared columns of a table of `model`s (nested models flattened)."""
    return tuple(_columns(model, (), False))


def _columns(model: type, prefix: tuple[str, ...], nullable: bool) -> Iterator[Column]:
    hints = _hints(model)
    described = descriptions(model)
    for field in attrs.fields(model):
        if field.name == EXTRAS:
            continue  # pragma: no mutate (break: attrs puts additional_properties last)
        path = (*prefix, field.name)
        # A field without a hint: "other", as `object` (a None default would read the same).
        kind, optional, nested = _kind(hints.get(field.name, object))  # pragma: no mutate
        if kind == "model" and nested is not None:
            yield from _columns(nested, path, nullable or optional)
            continue
        description = described.get(field.name, "")
        yield Column(".".join(path), path, kind, nullable or optional, description)


def _hints(model: type) -> dict[str, Any]:
    try:
        return typing.get_type_hints(model)
    except (NameError, TypeError):  # an annotation that does not resolve: its column is "other"
        return {}


def _kind(annotation: Any) -> tuple[Kind, bool, type | None]:
    """What a field's annotation holds: (kind, may be missing, the class of a nested model)."""
    is_union = isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is (
        typing.Union
    )
    options = typing.get_args(annotation) if is_union else (annotation,)
    optional = any(option is types.NoneType or option is Unset for option in options)
    rest = [option for option in options if option is not types.NoneType and option is not Unset]
    models = [option for option in rest if isinstance(option, type) and attrs.has(option)]
    if models:
        return "model", optional, models[0]
    if not rest:
        return "other", optional, None
    if all(option is str or _is_enum(option) for option in rest):
        return "text", optional, None
    if rest == [bool]:
        return "bool", optional, None
    if all(option is int for option in rest):
        return "int", optional, None
    if all(option is int or option is float for option in rest):
        return "float", optional, None
    if rest == [datetime.datetime]:
        return "datetime", optional, None
    if rest == [datetime.date]:
        return "date", optional, None
    if typing.get_origin(rest[0]) is list:
        return "list", optional, None
    return "other", optional, None


def _is_enum(option: object) -> bool:
    return isinstance(option, type) and issubclass(option, enum.Enum)


# "    name (type): text" in the Attributes section of a generated model's docstring, and the
# more deeply indented lines that continue its text.
_ATTRIBUTE = re.compile(r"^(?P<indent> +)(?P<name>\w+) \([^)]*\):(?P<text>.*)$")


@functools.cache
def descriptions(model: type) -> dict[str, str]:
    """Each field's description, from the model's docstring (openapi.yaml's descriptions)."""
    found: dict[str, str] = {}
    lines = (model.__doc__ or "").split("Attributes:", 1)[-1].splitlines()
    name, indent = "", 0
    for line in lines:
        match = _ATTRIBUTE.match(line)
        if match:
            name, indent = match["name"], len(match["indent"])
            found[name] = match["text"].strip()
        elif name and line.strip() and len(line) - len(line.lstrip()) > indent:
            found[name] = f"{found[name]} {line.strip()}".strip()
        else:
            name = ""
    return {key: text for key, text in found.items() if text}


def plain(value: object) -> object:
    """A value as a table shows it: an enum member as its value, anything else as it is."""
    return value.value if isinstance(value, enum.Enum) else value


def cell(item: object, column: Column) -> object:
    """The plain value of `column` in the row of `item` (None below a missing nested model)."""
    value = item
    names = column.path[:-1] if column.extra else column.path
    for name in names:
        if value is None:
            return None
        value = getattr(value, name, None)
    if column.extra:
        value = (getattr(value, EXTRAS, None) or {}).get(column.path[-1])
    return None if isinstance(value, Unset) else plain(value)


def extra_columns(items: Iterable[object], model: type) -> list[Column]:
    """The undeclared fields the rows have, nested ones as `parent.child`, in order first seen."""
    nested = [column.path[:-1] for column in columns(model) if len(column.path) > 1]
    parents = list(dict.fromkeys([(), *nested]))
    found: dict[tuple[str, ...], None] = {}
    for item in items:
        for parent in parents:
            holder: object = item
            for name in parent:
                holder = getattr(holder, name, None)
            for key in getattr(holder, EXTRAS, None) or ():
                found[(*parent, key)] = None
    return [Column(".".join(path), path, "other", True, extra=True) for path in found]
