"""List results as tables: `ModelList`, the class of every list of models the SDK returns.

Importing this module makes `ModelList` the generated layer's list class
(`rplatform_api.types.set_list_class`), so the models build each list once, in
its final form: results that are lists, and lists inside results (`usage.line_items`).

A `ModelList` is a plain `list` of generated models (indexing, iteration, `==` and `repr` are
the list's) with three additions for notebooks and data work:

- `_repr_html_()`: Jupyter shows the list as an HTML table, one row per model, one column per
  field; a nested model's fields become `parent.child` columns, a nested list shows its length,
  unknown (forward-compatible) fields come last, and every value is HTML-escaped;
- `to_dicts()`: each model's `to_dict()`, JSON-ready;
- `to_pandas()`: a `pandas.DataFrame` of the same columns (dates stay dates), with the optional
  `pandas` extra: `pip install "rplatform[pandas]"`.
"""

from __future__ import annotations

import enum
import html
import importlib
from collections.abc import Iterator
from typing import Any, SupportsIndex, TypeVar, cast, overload

import attrs
from rplatform_api.types import set_list_class

M = TypeVar("M")

# Rows shown by _repr_html_; a longer list says how many it left out.
HTML_MAX_ROWS = 100
PANDAS_MISSING = 'to_pandas() needs pandas: pip install "rplatform[pandas]"'
EXTRAS = "additional_properties"  # where a generated model keeps fields it does not know


class ModelList(list[M]):
    """A list of API models that renders as a table in Jupyter and converts to pandas."""

    def to_dicts(self) -> list[dict[str, Any]]:
        """Each item as JSON-ready data: the model's own `to_dict()` (dates as ISO strings)."""
        return [_to_dict(item) for item in self]

    def to_pandas(self) -> Any:
        """A `pandas.DataFrame`, one row per item, with the columns of the HTML table."""
        try:
            pandas = importlib.import_module("pandas")  # optional; untyped without pandas-stubs
        except ImportError as exc:
            raise ImportError(PANDAS_MISSING) from exc
        rows = [_flat_row(item) for item in self]
        return pandas.DataFrame.from_records(rows, columns=_columns(rows))

    def _repr_html_(self) -> str | None:
        if not self:
            return None  # Jupyter falls back to repr: []
        rows = [_flat_row(item) for item in self[:HTML_MAX_ROWS]]
        columns = _columns(rows)
        head = "".join(f"<th>{html.escape(name)}</th>" for name in columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{_cell(row.get(name))}</td>" for name in columns) + "</tr>"
            for row in rows
        )
        kinds = sorted({type(item).__name__ for item in self})
        caption = f"{len(self)} x {html.escape(' | '.join(kinds))}"
        if len(self) > HTML_MAX_ROWS:
            caption += f" (first {HTML_MAX_ROWS} shown)"
        return (
            f'<table class="rplatform-table"><caption>{caption}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )

    @overload
    def __getitem__(self, index: SupportsIndex) -> M: ...

    @overload
    def __getitem__(self, index: slice) -> ModelList[M]: ...

    def __getitem__(self, index: SupportsIndex | slice) -> M | ModelList[M]:
        """An item, or a slice that is still a `ModelList` (so `sessions[:5]` is a table)."""
        if isinstance(index, slice):
            return ModelList(super().__getitem__(index))
        return super().__getitem__(index)


set_list_class(ModelList)


def _to_dict(item: object) -> dict[str, Any]:
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        return cast(dict[str, Any], to_dict())
    if isinstance(item, dict):
        return dict(item)
    return {"value": item}


def _flat_row(item: object) -> dict[str, Any]:
    """One table row: field name → Python value, nested models flattened as `a.b`."""
    if isinstance(item, dict):
        return dict(item)
    if not attrs.has(type(item)):
        return {"value": _plain(item)}
    return dict(_flatten(item, ""))


def _flatten(model: object, prefix: str) -> Iterator[tuple[str, Any]]:
    extras: dict[str, Any] = {}
    cls = type(model)
    if not attrs.has(cls):
        return
    for field in attrs.fields(cls):
        value = getattr(model, field.name)
        if field.name == EXTRAS:
            extras = value
        elif attrs.has(type(value)):
            yield from _flatten(value, f"{prefix}{field.name}.")
        else:
            yield f"{prefix}{field.name}", _plain(value)
    for name, value in extras.items():
        yield f"{prefix}{name}", value


def _plain(value: object) -> object:
    """Enums as their value, lists of models as lists of dicts; everything else as is."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [_to_dict(item) if attrs.has(type(item)) else item for item in value]
    return value


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    """Every key of the rows, in the order first seen (unknown fields come after known ones)."""
    return list(dict.fromkeys(name for row in rows for name in row))


def _cell(value: object) -> str:
    if isinstance(value, list):
        return f"[{len(value)} item{'' if len(value) == 1 else 's'}]"
    return html.escape(str(value))
