"""What a table of models is made of, for the facade's own views (its command line's CSV and
JSON lines): the public names of the runtime's column derivation (`_columns`).

`columns(Model)` are the declared columns (nested models flattened as `parent.child`, each with
its kind and description), `extra_columns(items, Model)` the undeclared fields the items have,
`cell(item, column)` the plain value of a column in an item's row (an enum member as its value),
and `MAX_ROWS` the most rows a text or HTML table shows (a longer list shows its first and last
rows).
"""

from ._cells import MAX_ROWS
from ._columns import Column, Kind, cell, columns, extra_columns, plain

__all__ = ["MAX_ROWS", "Column", "Kind", "cell", "columns", "extra_columns", "plain"]
