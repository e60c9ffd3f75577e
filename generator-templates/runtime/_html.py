"""HTML for Jupyter: a list of models as a table, one model as a field/value table.

Tables: one column per field (see `_columns`), a row number first; text, dates and booleans
left-aligned, numbers right-aligned with tabular figures so their digits line up; numbers,
dates and booleans never break across lines (long text may). The floats of a column share one
number of decimals, the fewest (at least one, at most six) that show every shown value of the
column to the millionth (`0.000006` and `36.580000`, never `6e-06`); missing values are blank;
a list of models inside a row is counted (its length and class); a date-time in UTC reads
`2025-06-01 00:00:00Z`. Headers break after `_` and `.` so that a wide table stays narrow, and
a wider one scrolls sideways in its own box. A list longer than `MAX_ROWS` shows its first
`HEAD_ROWS` and last `TAIL_ROWS` rows around a row that says how many are left out, as pandas
does. One model: its fields top to bottom, a nested model's fields indented under its name,
extra (undeclared) fields after the declared ones.
Every value and name is HTML-escaped; a header's tooltip is the field's description; the values
of secret fields (`x-secret`) show as `[REDACTED]`.
"""

from __future__ import annotations

import datetime
import html
import math
import reprlib
from collections.abc import Sequence

from ._columns import NUMERIC, Column, cell, columns, extra_columns, plain
from .types import EXTRAS, Model, Unset, shown_value

MAX_ROWS = 60  # longer lists are cut, as pandas' display.max_rows
HEAD_ROWS = 10  # rows shown before the cut
TAIL_ROWS = 5  # rows shown after it
MAX_DECIMALS = 6

_LEFT = "text-align:left"
_KEEP = "text-align:left;white-space:nowrap"  # dates and booleans do not break
_RIGHT = "text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums"
_HEAD = "text-align:left;vertical-align:bottom"
_BOX = "overflow-x:auto;max-width:100%"
TIMES = "\N{MULTIPLICATION SIGN}"  # as in "3 x LineItem"
_short = reprlib.Repr()
_short.maxstring = _short.maxother = 60


def table(items: Sequence[object], model: type) -> str:
    """A table of `items`, models of class `model` (or of one of its subclasses)."""
    shown = list(range(len(items)))
    if len(items) > MAX_ROWS:
        shown = [*range(HEAD_ROWS), *range(len(items) - TAIL_ROWS, len(items))]
    every = [*columns(model), *extra_columns((items[index] for index in shown), model)]
    values = {
        column.name: [shown_value(cell(items[index], column), column.secret) for index in shown]
        for column in every
    }
    texts = {column.name: _texts(column, values[column.name]) for column in every}
    head = '<th style="text-align:right"></th>' + "".join(_header(column) for column in every)
    rows = []
    for position, index in enumerate(shown):
        if position == HEAD_ROWS and len(items) > MAX_ROWS:
            left_out = len(items) - HEAD_ROWS - TAIL_ROWS
            rows.append(
                f'<tr><th style="{_RIGHT}"></th><td colspan="{len(every)}" style="{_LEFT}">'
                f"… {left_out} more rows</td></tr>"
            )
        cells = "".join(
            f'<td style="{_style(column)}">{texts[column.name][position]}</td>' for column in every
        )
        rows.append(f'<tr><th style="{_RIGHT}">{index}</th>{cells}</tr>')
    caption = f"{len(items)} {TIMES} {html.escape(model.__name__)}"
    return (
        f'<div style="{_BOX}"><table class="rplatform-table">'
        f'<caption style="text-align:left">{caption}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def model_view(model: Model) -> str:
    """One model as a field/value table, nested models indented under their field's name."""
    rows = "".join(_model_rows(model, 0))
    name = html.escape(type(model).__name__)
    return (
        f'<table class="rplatform-model"><caption style="text-align:left">{name}</caption>'
        f"<tbody>{rows}</tbody></table>"
    )


def _model_rows(model: Model, depth: int) -> list[str]:
    rows = []
    for field in type(model).FIELDS:
        value = getattr(model, field.name)
        if isinstance(value, Unset):
            continue
        nested = isinstance(value, Model)
        shown = shown_value(value, field.secret)
        text = html.escape(type(value).__name__) if nested else _single(shown)
        rows.append(_field_row(field.name, text, depth, field.description))
        if nested:
            rows.extend(_model_rows(value, depth + 1))
    for key, value in (getattr(model, EXTRAS, None) or {}).items():
        rows.append(_field_row(key, _single(value), depth, ""))
    return rows


def _field_row(name: str, text: str, depth: int, description: str) -> str:
    title = f' title="{html.escape(description)}"' if description else ""
    indent = f";padding-left:{0.5 + 1.5 * depth}em"
    return (
        f'<tr><th style="{_LEFT}{indent}"{title}>{html.escape(name)}</th>'
        f'<td style="{_LEFT}">{text}</td></tr>'
    )


def _style(column: Column) -> str:
    if column.kind in NUMERIC:
        return _RIGHT
    return _KEEP if column.kind in ("date", "datetime", "bool") else _LEFT


def _header(column: Column) -> str:
    # <wbr>: a long field name may break after "_" and "." (the name stays searchable text).
    name = html.escape(column.name).replace("_", "_<wbr>").replace(".", ".<wbr>")
    title = f' title="{html.escape(column.description)}"' if column.description else ""
    style = _HEAD.replace("left", "right") if column.kind in NUMERIC else _HEAD
    return f'<th style="{style}"{title}>{name}</th>'


def _texts(column: Column, values: list[object]) -> list[str]:
    if column.kind == "float":
        floats = [v for v in values if isinstance(v, float | int) and math.isfinite(v)]
        places = max((_decimals(v) for v in floats), default=1)
        return [_number(v, places) for v in values]
    return [_text(value) for value in values]


def _single(value: object) -> str:
    """One value on its own (a model's field): a float with the decimals it needs."""
    if isinstance(value, float) and math.isfinite(value):
        return _number(value, _decimals(value))
    return _text(plain(value))


def _decimals(value: float) -> int:
    """The fewest decimals, at least one, at most MAX_DECIMALS, that show `value` to the
    millionth (0.05 -> 2, 720.0 -> 1, 6e-06 -> 6)."""
    text = f"{value:.{MAX_DECIMALS}f}".rstrip("0")
    return max(1, len(text) - text.index(".") - 1)


def _number(value: object, places: int) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return _text(value)
    if isinstance(value, float) and not math.isfinite(value):
        return "" if math.isnan(value) else str(value)
    return f"{value:.{places}f}"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        if value.utcoffset() == datetime.timedelta(0):  # RFC 3339's short form of UTC
            return value.replace(tzinfo=None).isoformat(sep=" ") + "Z"
        return value.isoformat(sep=" ")
    if isinstance(value, list):
        kinds = {type(item) for item in value}
        if value and len(kinds) == 1 and issubclass(next(iter(kinds)), Model):
            return f"{len(value)} {TIMES} {html.escape(type(value[0]).__name__)}"
        return html.escape(_short.repr([plain(item) for item in value]))
    if isinstance(value, str):
        return html.escape(value)
    return html.escape(_short.repr(plain(value)) if isinstance(value, dict) else str(value))
