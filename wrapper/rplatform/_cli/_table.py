"""The one place that lays out text for a terminal: a list as a table, a model as its fields.

A table has a header of the column names and a row per item, numbers right-aligned, the rest
left-aligned, two spaces between columns; a model is a line per field (nested ones as
`parent.child`), its name, then its value. The values are those of `--format csv`.
"""

from __future__ import annotations

from collections.abc import Sequence

from rplatform_api.tables import NUMERIC, Column

from ._values import text

GAP = "  "


def table(items: Sequence[object], columns: Sequence[Column]) -> str:
    """Every item of `items` as a row of `columns`."""
    cells = [[column.name, *(text(item, column) for item in items)] for column in columns]
    widths = [max(map(len, texts)) for texts in cells]
    lines = []
    for row in range(len(items) + 1):
        parts = []
        for column, texts, width in zip(columns, cells, widths, strict=True):
            right = row > 0 and column.kind in NUMERIC
            parts.append(texts[row].rjust(width) if right else texts[row].ljust(width))
        lines.append(GAP.join(parts).rstrip())
    return "\n".join(lines) + "\n"


def fields(model: object, columns: Sequence[Column]) -> str:
    """One model: a line per column, its name, then its value."""
    width = max(len(column.name) for column in columns)
    lines = [f"{column.name.ljust(width)}{GAP}{text(model, column)}".rstrip() for column in columns]
    return "\n".join(lines) + "\n"
