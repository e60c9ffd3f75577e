"""`ModelList.to_pandas()`: a DataFrame whose columns and dtypes come from the model's `FIELDS`.

The columns are the HTML table's (`_columns`): nested fields as `credits.balance_cents`,
undeclared fields last. Each kind has one dtype, whether the list is empty or not:

| field | dtype | a cell |
|---|---|---|
| text and enums | pandas' string dtype (`object` before pandas 3) | `str`, never an enum member |
| integer (cents, counts) | `int64`; `Int64` when it may be null | `int` |
| number (hours, fractional cents, dollars) | `float64` (null: NaN) | `float` |
| boolean | `bool`; `boolean` when it may be null | `bool` |
| date | `datetime64[ns]` | `Timestamp` at midnight |
| date-time | `datetime64[ns, UTC]` | `Timestamp` in UTC |
| list, undeclared field | `object` | the value (lists of models as lists of dicts) |

pandas is optional (`pip install "rplatform[pandas]"`); without it `to_pandas()` says so.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

from ._columns import Column, Kind, cell, columns, extra_columns
from .types import Model

PANDAS_MISSING = 'to_pandas() needs pandas: pip install "rplatform[pandas]"'

_DTYPES: dict[Kind, tuple[str, str]] = {  # kind: (dtype, dtype when the column may be null)
    "text": ("str", "str"),
    "int": ("int64", "Int64"),
    "float": ("float64", "float64"),
    "bool": ("bool", "boolean"),
    "date": ("datetime64[ns]", "datetime64[ns]"),
    "datetime": ("datetime64[ns, UTC]", "datetime64[ns, UTC]"),
}


def frame(items: Sequence[object], model: type | None) -> Any:
    """A `pandas.DataFrame` of `items`, one row each; of `model`'s columns when it is known."""
    try:
        pandas = importlib.import_module("pandas")  # optional; untyped without pandas-stubs
    except ImportError as exc:
        raise ImportError(PANDAS_MISSING) from exc
    if model is None:  # not models: a list of dicts or of plain values, as pandas reads it
        return pandas.DataFrame.from_records([_row(item) for item in items])
    every = [*columns(model), *extra_columns(items, model)]
    data = {column.name: _series(pandas, column, items) for column in every}
    # Marked: index= and columns= as the Series and the dict already have them (an empty list
    # included); they say what the frame is.
    index = pandas.RangeIndex(len(items))  # pragma: no mutate (see above)
    return pandas.DataFrame(data, index=index, columns=list(data))  # pragma: no mutate (above)


def _series(pandas: Any, column: Column, items: Sequence[object]) -> Any:
    values = [_value(cell(item, column)) for item in items]
    if column.kind not in _DTYPES or column.extra:
        return pandas.Series(values, dtype=object)
    strict, nullable = _DTYPES[column.kind]
    dtype = nullable if column.nullable or any(value is None for value in values) else strict
    # The dtype converts too: a date to midnight, a date-time at any offset to UTC, None to NaT.
    return pandas.Series(values, dtype=dtype)


def _value(value: object) -> object:
    """Lists of models as lists of dicts (what `to_dicts()` has); anything else as it is."""
    if isinstance(value, list):
        return [item.to_dict() if isinstance(item, Model) else item for item in value]
    return value


def _row(item: object) -> dict[str, Any]:
    return dict(item) if isinstance(item, dict) else {"value": item}
