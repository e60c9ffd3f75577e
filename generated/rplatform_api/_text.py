"""Text for a terminal: `print()` of a list of models is an aligned table that fits the
terminal's width, `print()` of one model its fields one a line.

A table has the HTML view's caption, columns, row numbers, value texts (`_cells`) and cut of a
long list (`… 85 more rows`); numbers are right-aligned, the rest left-aligned, two spaces
between columns. When the table is wider than the terminal (`shutil.get_terminal_size()`, or
the `width` asked for), the widest text columns are shortened first, each value cut with `…`,
down to `NARROWEST` characters (a header too); numbers, dates and booleans are never cut (a
cut number would read as another number). If that is not enough, the last columns are left
out and named under the table (`2 more columns: ...`). Characters that would break the layout
(line breaks, escapes, direction marks) show as Python escapes (`\\n`), and East Asian wide
characters count as two columns. One model shows every value whole: a line may be longer than
the terminal.
"""

from __future__ import annotations

import shutil
import textwrap
import unicodedata
from collections.abc import Sequence

from ._cells import HEAD_ROWS, TIMES, column_texts, left_out, shown_rows, single
from ._columns import NUMERIC, Column, cell, columns, extra_columns
from .types import EXTRAS, Model, Unset, shown_value

NARROWEST = 12  # a text column is cut down to this many characters before columns are left out
GAP = "  "  # between two columns
_WHOLE = frozenset(("int", "float", "date", "datetime", "bool"))  # never cut
_ZERO_WIDTH = frozenset(("Mn", "Me", "Cf"))


def terminal_width() -> int:
    """The terminal's width in characters (80 when it has none, as `shutil` says)."""
    columns = shutil.get_terminal_size().columns
    return columns if columns > 0 else 80


def table(
    items: Sequence[object],
    model: type,
    caption: str | None = None,
    note: str = "",
    width: int | None = None,
) -> str:
    """A table of `items`, models of class `model`, at most `width` characters wide (1 or
    more; the terminal's by default), under `caption` (`N x Model`) and above `note`, if any."""
    width = terminal_width() if width is None else width
    shown = shown_rows(len(items))
    every = [*columns(model), *extra_columns((items[index] for index in shown), model)]
    texts = [
        [safe(text) for text in column_texts(column, _values(items, shown, column))]
        for column in every
    ]
    numbers = [str(index) for index in shown]
    margin = max(map(len, numbers), default=0)
    widths = _fit(every, texts, width - margin)
    # Marked: strict=False is zip's default; the columns past the widths are the dropped ones.
    kept = list(zip(every, widths, strict=False))  # pragma: no mutate (see above)
    header = " " * margin + "".join(GAP + _pad(safe(c.name), w, c) for c, w in kept)
    rows = [header.rstrip()]
    cut = left_out(len(items))
    for position, number in enumerate(numbers):
        if cut and position == HEAD_ROWS:
            rows.extend(_wrapped(cut, width))
        cells = (GAP + _pad(texts[i][position], w, c) for i, (c, w) in enumerate(kept))
        rows.append((number.rjust(margin) + "".join(cells)).rstrip())
    title = f"{len(items)} {TIMES} {model.__name__}" if caption is None else caption
    foot = []
    dropped = [safe(column.name) for column in every[len(widths) :]]
    if dropped:
        more = f"{len(dropped)} more column{'s' * (len(dropped) > 1)}: {', '.join(dropped)}"
        foot.extend(_wrapped(more, width))
    if note:
        foot.extend(_wrapped(note, width))
    return "\n".join([*_wrapped(safe(title), width), *rows, *foot])


def _values(items: Sequence[object], shown: list[int], column: Column) -> list[object]:
    return [shown_value(cell(items[index], column), column.secret) for index in shown]


def _wrapped(line: str, width: int) -> list[str]:
    """`line` broken between words into lines of at most `width` characters."""
    if display_width(line) <= width:
        return [line]
    # textwrap counts characters: a wide one may still overflow, and is cut.
    return [cut(part, width) for part in textwrap.wrap(line, width, break_on_hyphens=False)]


def _fit(every: list[Column], texts: list[list[str]], room: int) -> list[int]:
    """The widths of the columns shown (the first ones) so that the rows fit in `room`."""
    natural: list[int] = []  # a column's widest text or name
    least: list[int] = []  # how narrow it may be cut
    # Marked: one text list a column, so strict= changes nothing.
    for column, shown in zip(every, texts, strict=True):  # pragma: no mutate (above)
        sizes = list(map(display_width, shown))
        size = max([display_width(safe(column.name)), *sizes])
        narrowest = min(size, NARROWEST)
        natural.append(size)
        least.append(max([narrowest, *sizes]) if column.kind in _WHOLE else narrowest)
    for count in range(len(every), 0, -1):
        space = room - len(GAP) * count
        if sum(least[:count]) <= space:
            return _shrink(natural[:count], least[:count], space)
    # Not even the first column fits at its narrowest: it gets what there is (at least one;
    # unused by a table without columns).
    return [max(1, room - len(GAP))]


def _shrink(natural: list[int], least: list[int], space: int) -> list[int]:
    """`natural` widths, the widest cut to one cap (never below `least`) so that they add up
    to at most `space` (all of them whole when they fit): the largest cap that does."""
    # Marked: one width and one floor a column, so strict= changes nothing; a floor is 0 only
    # for a column whose widest text is empty, so caps 0 and 1 give the same widths; and any cap
    # between low (excluded) and high, not only the middle one, ends the search at the same cap.
    pairs = list(zip(natural, least, strict=True))  # pragma: no mutate (see above)

    def capped(cap: int) -> list[int]:
        return [max(floor, min(size, cap)) for size, floor in pairs]

    low, high = 0, max(natural)  # pragma: no mutate (see above)
    while low < high:  # the largest cap whose widths fit
        cap = (low + high + 1) // 2  # pragma: no mutate (see above)
        if sum(capped(cap)) <= space:
            low = cap
        else:
            high = cap - 1
    return capped(low)


def _pad(text: str, width: int, column: Column) -> str:
    text = cut(text, width)
    room = " " * (width - display_width(text))
    return room + text if column.kind in NUMERIC else text + room


def model_text(model: Model) -> str:
    """One model, its class's name then a field a line; nested models indented under the
    name of their field, undeclared fields after the declared ones."""
    rows = _model_rows(model, 1)
    # Marked: a model without rows uses no width, so any default would do (but one is needed).
    name_width = max((display_width(name) for name, _ in rows), default=0)  # pragma: no mutate
    lines = [type(model).__name__]
    for name, value in rows:
        lines.append((name + " " * (name_width - display_width(name)) + GAP + value).rstrip())
    return "\n".join(lines)


def _model_rows(model: Model, depth: int) -> list[tuple[str, str]]:
    rows = []
    indent = GAP * depth
    for field in type(model).FIELDS:
        value = getattr(model, field.name)
        if isinstance(value, Unset):
            continue
        if isinstance(value, Model):
            rows.append((indent + field.name, type(value).__name__))
            rows.extend(_model_rows(value, depth + 1))
        else:
            rows.append((indent + field.name, safe(single(shown_value(value, field.secret)))))
    for key, value in (getattr(model, EXTRAS, None) or {}).items():
        rows.append((indent + safe(key), safe(single(value))))
    return rows


def safe(text: str) -> str:
    """`text` with what would break a line or move the cursor (line breaks, tabs, escapes,
    direction marks, any unprintable character) written as a Python escape (`\\n`)."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def display_width(text: str) -> int:
    """How many columns `text` takes in a terminal: two for an East Asian wide character,
    none for a combining mark."""
    if text.isascii():
        return len(text)
    return sum(_char_width(char) for char in text)


def _char_width(char: str) -> int:
    if unicodedata.category(char) in _ZERO_WIDTH:
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def cut(text: str, width: int) -> str:
    """`text` in at most `width` columns: cut with `…` when longer."""
    if display_width(text) <= width:
        return text
    kept, used = [], 0
    for char in text:
        size = _char_width(char)
        if used + size > width - 1:
            break
        kept.append(char)
        used += size
    return "".join(kept) + "…"
