"""What a table of models is made of, for the facade's own views (its command line's CSV, JSON
lines and text tables): the public names of the runtime's column derivation (`_columns`).

`columns(Model)` are the declared columns (nested models flattened as `parent.child`, each with
its kind and description), `extra_columns(items, Model)` the undeclared fields the items have,
`cell(item, column)` the plain value of a column in an item's row (an enum member as its value),
and `NUMERIC` the kinds a table aligns to the right.
"""

from ._columns import NUMERIC, Column, Kind, cell, columns, extra_columns, plain

__all__ = ["NUMERIC", "Column", "Kind", "cell", "columns", "extra_columns", "plain"]
