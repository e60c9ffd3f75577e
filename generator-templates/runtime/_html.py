"""HTML for Jupyter: a list of models as a table, one model as a field/value table.

Tables: one column per field (see `_columns`), a row number first; text, dates and booleans
left-aligned, numbers right-aligned with tabular figures so their digits line up; numbers,
dates and booleans never break across lines (long text may). Each value's text is `_cells`'
(decimals shared by a column, blanks, counted lists, which rows a long list shows), escaped.
Headers break after `_` and `.` so that a wide table stays narrow, and a wider one scrolls
sideways in its own box. A caption says how many rows of which model (a lazy list result says
more, and adds a note under the table: `rplatform._list_result`). One model: its fields top to
bottom, a nested model's fields indented under its name, extra (undeclared) fields after the
declared ones.
Every value and name is HTML-escaped; a header's tooltip is the field's description; the values
of secret fields (`x-secret`) show as `[REDACTED]`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from ._cells import HEAD_ROWS, TIMES, column_texts, left_out, shown_rows, single
from ._columns import NUMERIC, Column, cell, columns, extra_columns
from .types import EXTRAS, Model, Unset, shown_value

_LEFT = "text-align:left"
_KEEP = "text-align:left;white-space:nowrap"  # dates and booleans do not break
_RIGHT = "text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums"
_HEAD = "text-align:left;vertical-align:bottom"
_BOX = "overflow-x:auto;max-width:100%"


def table(items: Sequence[object], model: type, caption: str | None, note: str) -> str:
    """A table of `items`, models of class `model` (or of one of its subclasses), under
    `caption` (`N x Model` when None) and above `note`, if any (both plain text)."""
    shown = shown_rows(len(items))
    every = [*columns(model), *extra_columns((items[index] for index in shown), model)]
    values = {
        column.name: [shown_value(cell(items[index], column), column.secret) for index in shown]
        for column in every
    }
    texts = {column.name: _texts(column, values[column.name]) for column in every}
    head = '<th style="text-align:right"></th>' + "".join(_header(column) for column in every)
    rows = []
    cut = left_out(len(items))
    for position, index in enumerate(shown):
        if cut and position == HEAD_ROWS:
            rows.append(
                f'<tr><th style="{_RIGHT}"></th><td colspan="{len(every)}" style="{_LEFT}">'
                f"{cut}</td></tr>"
            )
        cells = "".join(
            f'<td style="{_style(column)}">{texts[column.name][position]}</td>' for column in every
        )
        rows.append(f'<tr><th style="{_RIGHT}">{index}</th>{cells}</tr>')
    if caption is None:
        caption = f"{len(items)} {TIMES} {model.__name__}"
    after = f'<p style="{_LEFT}">{html.escape(note)}</p>' if note else ""
    return (
        f'<div style="{_BOX}"><table class="rplatform-table">'
        f'<caption style="text-align:left">{html.escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{after}</div>"
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
    return [html.escape(text) for text in column_texts(column, values)]


def _single(value: object) -> str:
    return html.escape(single(value))
