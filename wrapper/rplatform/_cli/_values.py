"""A value of a result as each output writes it: JSON data, or one piece of text.

Both are made from the table's plain values (`rplatform_api.tables.cell`: an enum member is
its value), so that csv and jsonl have the same columns, and their values the same types, as
`to_pandas()`: a whole number stays whole, a date-time is ISO 8601 (`2025-06-01T12:00:00+00:00`,
as `to_dict()` writes it), a list of models is a list of objects. In text, a boolean is `true`
or `false`, a missing value is empty, and a list or an object is its JSON. The value of a field
the spec marks secret (`x-secret`: a token, a password) is never written, in any format: it
reads `[REDACTED]`, as in every view of the SDK.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any

from rplatform_api.tables import Column, cell
from rplatform_api.types import Model

REDACTED = "[REDACTED]"


def data(item: object, column: Column) -> Any:
    """The value of `column` in `item` as JSON data."""
    value = cell(item, column)
    if column.secret and isinstance(value, str) and value:
        return REDACTED
    return jsonable(value)


def text(item: object, column: Column) -> str:
    """The value of `column` in `item` as one piece of text."""
    value = data(item, column)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def jsonable(value: object) -> Any:
    """A plain value as JSON data: dates in ISO 8601, models as their `to_dict()`."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list):
        return [jsonable(member) for member in value]
    return value


def document(model: Model) -> dict[str, Any]:
    """A model as the API's JSON object (`to_dict()`), secret values redacted at any depth."""
    return _redacted(model.to_dict(), type(model))


def _redacted(data: Mapping[str, Any], model: type[Model]) -> dict[str, Any]:
    out = dict(data)
    for field in model.FIELDS:
        value = out.get(field.wire)
        if field.secret and isinstance(value, str) and value:
            out[field.wire] = REDACTED
        elif field.model is not None and isinstance(value, dict):
            out[field.wire] = _redacted(value, field.model)
        elif field.model is not None and isinstance(value, list):
            out[field.wire] = [
                _redacted(member, field.model) if isinstance(member, dict) else member
                for member in value
            ]
    return out
