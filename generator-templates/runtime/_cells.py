"""The text of a value in a view, plain: the HTML view escapes it, the text view measures it.

Numbers: the floats of a column share one number of decimals, the fewest (at least one, at most
six) that show every shown value of the column to the millionth (`0.000006` and `36.580000`,
never `6e-06`); NaN is blank. Missing values are blank; a list of models is counted
(`3 x LineItem`); other lists and undeclared objects are a short repr; a date-time in UTC reads
`2025-06-01 00:00:00Z`. Which rows a long list shows is decided here too, once for both views:
the first `HEAD_ROWS` and the last `TAIL_ROWS` of a list longer than `MAX_ROWS`, as pandas does.
"""

from __future__ import annotations

import datetime
import math
import reprlib

from ._columns import Column, plain
from .types import Model

MAX_ROWS = 60  # longer lists are cut, as pandas' display.max_rows
HEAD_ROWS = 10  # rows shown before the cut
TAIL_ROWS = 5  # rows shown after it
MAX_DECIMALS = 6
TIMES = "\N{MULTIPLICATION SIGN}"  # as in "3 x LineItem"
_short = reprlib.Repr()
_short.maxstring = _short.maxother = 60


def shown_rows(count: int) -> list[int]:
    """The indexes of the rows a view of `count` rows shows (all of them up to MAX_ROWS)."""
    if count > MAX_ROWS:
        return [*range(HEAD_ROWS), *range(count - TAIL_ROWS, count)]
    return list(range(count))


def left_out(count: int) -> str:
    """The line that stands for the rows a view of `count` rows leaves out ("" for none)."""
    return f"… {count - HEAD_ROWS - TAIL_ROWS} more rows" if count > MAX_ROWS else ""


def column_texts(column: Column, values: list[object]) -> list[str]:
    """The texts of a column's values: the floats with the decimals they share."""
    if column.kind == "float":
        floats = [v for v in values if isinstance(v, float | int) and math.isfinite(v)]
        # Marked: without a finite number no value is written with `places` (the default only
        # keeps max() from failing), so any default shows the same.
        places = max((decimals(v) for v in floats), default=1)  # pragma: no mutate (above)
        return [number(v, places) for v in values]
    return [text(value) for value in values]


def single(value: object) -> str:
    """One value on its own (a model's field): a float with the decimals it needs."""
    if isinstance(value, float) and math.isfinite(value):
        return number(value, decimals(value))
    return text(plain(value))


def decimals(value: float) -> int:
    """The fewest decimals, at least one, at most MAX_DECIMALS, that show `value` to the
    millionth (0.05 -> 2, 720.0 -> 1, 6e-06 -> 6)."""
    # Marked: rstrip() takes a set of characters (any other letters added to "0" are in no
    # number), and a number written with decimals has one ".", found from either end.
    digits = f"{value:.{MAX_DECIMALS}f}".rstrip("0")  # pragma: no mutate (see above)
    return max(1, len(digits) - digits.index(".") - 1)  # pragma: no mutate (see above)


def number(value: object, places: int) -> str:
    """A number with `places` decimals (an int as it is); anything else as `text` has it."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return text(value)
    if isinstance(value, float) and not math.isfinite(value):
        return "" if math.isnan(value) else str(value)
    return f"{value:.{places}f}"


def text(value: object) -> str:
    """Any value as a cell shows it."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        if value.utcoffset() == datetime.timedelta(0):  # RFC 3339's short form of UTC
            return value.replace(tzinfo=None).isoformat(sep=" ") + "Z"
        return value.isoformat(sep=" ")
    if isinstance(value, list):
        kinds = {type(item) for item in value}
        if value and len(kinds) == 1 and issubclass(next(iter(kinds)), Model):
            return f"{len(value)} {TIMES} {type(value[0]).__name__}"
        return _short.repr([plain(item) for item in value])
    if isinstance(value, str):
        return value
    return _short.repr(plain(value)) if isinstance(value, dict) else str(value)
