"""The columns of a table of models, from the model's `FIELDS`, and the plain values in them.

A column per field, in the class's order; a nested model's fields become `parent.child` columns
(`credits.balance_cents`); each column has a kind (text, bool, int, float, date, datetime,
list, other) and a description from openapi.yaml, so an empty list has its columns and types
too. Fields the model does not declare (its `additional_properties`) come after, as the rows
have them. Values are plain: an enum member is its value (`type(value) is str`).
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from .types import EXTRAS, Field, Model, Unset

Kind = Literal["text", "bool", "int", "float", "date", "datetime", "list", "other"]
NUMERIC: frozenset[Kind] = frozenset(("int", "float"))
_KINDS: dict[str, Kind] = {
    "string": "text",
    "boolean": "bool",
    "integer": "int",
    "number": "float",
    "array": "list",
}
_FORMATS: dict[str, Kind] = {"date": "date", "date-time": "datetime"}


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its name (the attribute path), what its values are, and what they mean."""

    name: str
    path: tuple[str, ...]
    kind: Kind
    nullable: bool
    description: str = ""
    extra: bool = False  # a field the model does not declare (in `additional_properties`)
    secret: bool = False  # `x-secret`: its values are never shown


def model_of(items: Sequence[object], declared: type | None = None) -> type | None:
    """The model class of a list: the one it was parsed as, else its first item's, if a model."""
    if declared is not None and issubclass(declared, Model):
        return declared
    if items and isinstance(items[0], Model):
        return type(items[0])
    return None


@functools.cache
def columns(model: type) -> tuple[Column, ...]:
    """The declared columns of a table of `model`s (nested models flattened)."""
    return tuple(_columns(model, (), False))


def _columns(model: type, prefix: tuple[str, ...], nullable: bool) -> Iterator[Column]:
    for field in model.FIELDS if issubclass(model, Model) else ():
        path = (*prefix, field.name)
        optional = nullable or field.nullable or not field.required
        if field.type == "object" and field.model is not None:
            yield from _columns(field.model, path, optional)
            continue
        name = ".".join(path)
        yield Column(name, path, kind(field), optional, field.description, secret=field.secret)


def kind(field: Field) -> Kind:
    """What a field's values are, as a column shows them (an enum's values are text)."""
    if field.type == "string":
        return _FORMATS.get(field.format, "text")
    return _KINDS.get(field.type, "other")


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
    parents = list(dict.fromkeys([(), *(column.path[:-1] for column in columns(model))]))
    found: dict[tuple[str, ...], None] = {}
    for item in items:
        for parent in parents:
            holder: object = item
            for name in parent:
                holder = getattr(holder, name, None)
            for key in getattr(holder, EXTRAS, None) or ():
                found[(*parent, key)] = None
    return [Column(".".join(path), path, "other", True, extra=True) for path in found]
