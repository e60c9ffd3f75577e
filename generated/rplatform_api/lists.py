"""`ModelList`: the class of every list of models, results and fields alike (`usage.line_items`).

Hand-written runtime of the generated package (generator-templates/runtime/, copied in by
`nox -s generate`): the models build each list of models once, in this final form, knowing the
class of its items, and their annotations name it, so a type checker sees
`usage.line_items.to_pandas()` as well as the interpreter does.

A `ModelList` is a plain `list` of models (indexing, iteration and `==` are the list's; a slice
is a `ModelList` too) with additions for notebooks and data work:

- `_repr_html_()`: Jupyter shows the list as an HTML table (`_html`), even when it is empty;
- `str()` (what `print()` shows): the same table as text, fitting the terminal's width
  (`_text`);
- `to_dicts()` / `to_json()`: each model's `to_dict()`, JSON-ready, or that as JSON text;
- `to_pandas()`: a `pandas.DataFrame` of the same columns, typed from the model's `FIELDS`
  (`_frames`), with the optional `pandas` extra: `pip install "rplatform[pandas]"`;
- its repr lays the models out one per line when they do not fit on one.

Its public name is `rplatform.ModelList`. `html_table` and `text_table` draw a list's tables
with a caption and a note of their own (the facade's lazy list results say what they leave out).
"""

from __future__ import annotations

import json
from typing import Any, Self, SupportsIndex, TypeVar, cast, overload

from .types import pretty_repr

M = TypeVar("M")


class ModelList(list[M]):
    """A list of API models that renders as a table in Jupyter and converts to pandas."""

    # The class of the items: set on the class made for them (see `_typed`), or on a list built
    # by hand with items of an unknown class (then taken from its first item).
    _model: type[Any] | None = None

    @classmethod
    def of(cls, model: type[M]) -> ModelList[M]:
        """An empty list for items of class `model` (what a model's `from_dicts` fills)."""
        return cls._typed(model)()

    @classmethod
    def _typed(cls, model: type[M]) -> type[Self]:
        """The subclass of `cls` for items of class `model` (`ModelList[Session]`), made once.

        A class of its own per item class, made here rather than written in a module, because
        IPython's completer (jedi) reads a class that has source as source, where the item type
        is a type variable, and then completes nothing after `sessions[0].`; a class without
        source it reads from the running list, indexing included, and offers the item's fields.
        """
        base = cls.__dict__.get("_base", cls)
        typed = _TYPED.get((base, model))
        if typed is None:
            name = f"{base.__name__}[{model.__name__}]"
            attributes = {"_model": model, "_base": base, "__module__": base.__module__}
            typed = _TYPED[(base, model)] = type(name, (base,), attributes)
        return cast(type[Self], typed)  # pragma: no mutate (cast does nothing at run time)

    def __reduce__(self) -> tuple[Any, ...]:
        # The classes `_typed` makes cannot be found by name: pickle the items and the model.
        return (_rebuild, (self._model, list(self)))

    def to_dicts(self) -> list[dict[str, Any]]:
        """Each item as JSON-ready data: the model's own `to_dict()` (dates as ISO strings)."""
        return [_to_dict(item) for item in self]

    def to_json(self, *, indent: int | None = None) -> str:
        """The list as JSON text: `to_dicts()`, encoded."""
        return json.dumps(self.to_dicts(), indent=indent, ensure_ascii=False)

    def to_pandas(self) -> Any:
        """A `pandas.DataFrame`, one row per item, with the columns of the HTML table."""
        from ._columns import model_of
        from ._frames import frame

        return frame(self, model_of(self, self._model))

    def _repr_html_(self) -> str | None:
        return html_table(self)

    def __str__(self) -> str:
        """A text table that fits the terminal (`_text`); the repr for items that are not
        models."""
        return text_table(self)

    def __repr__(self) -> str:
        return pretty_repr(self)

    @overload
    def __getitem__(self, index: int | SupportsIndex) -> M: ...

    @overload
    def __getitem__(self, index: slice) -> ModelList[M]: ...

    def __getitem__(self, index: SupportsIndex | slice) -> M | ModelList[M]:
        """An item, or a slice that is still a `ModelList` (so `sessions[:5]` is a table)."""
        # `int | SupportsIndex`, the same to type checkers: jedi does not match an int to
        # `SupportsIndex` alone, and then offered every overload's result (list methods too)
        # after `items[0].`.
        if isinstance(index, slice):
            items = list.__getitem__(self, index)
            return ModelList._typed(self._model)(items) if self._model else ModelList(items)
        return super().__getitem__(index)


def html_table(items: ModelList[Any], caption: str | None = None, note: str = "") -> str | None:
    """The HTML table of `items` (`_html`), under `caption` (`N x Model` by default) and above
    `note`; None when they are not models (Jupyter then shows the repr)."""
    from ._columns import model_of
    from ._html import table

    model = model_of(items, items._model)
    return None if model is None else table(items, model, caption, note)


def text_table(items: ModelList[Any], caption: str | None = None, note: str = "") -> str:
    """The text table of `items` at the terminal's width (`_text`), under `caption` and above
    `note`; the repr when they are not models."""
    from ._columns import model_of
    from ._text import table

    model = model_of(items, items._model)
    return repr(items) if model is None else table(items, model, caption, note)


# Its public name: help() and reprs of the class say `rplatform.ModelList`.
ModelList.__module__ = "rplatform"

_TYPED: dict[tuple[type, type], type] = {}


def _rebuild(model: type[Any] | None, items: list[Any]) -> ModelList[Any]:
    """A `ModelList` unpickled: the list of `items`, of the class made for `model`."""
    return ModelList._typed(model)(items) if model is not None else ModelList(items)


def _to_dict(item: object) -> dict[str, Any]:
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        return dict(to_dict())
    if isinstance(item, dict):
        return dict(item)
    return {"value": item}
