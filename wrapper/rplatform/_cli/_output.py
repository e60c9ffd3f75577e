"""What a command prints: its result in the format asked for, item by item.

What a success is (one model, a list, nothing) is known before the call, from the operation's
`SUCCESS`; so is each column `--field` names (a misspelt one costs no request). A list is
written as it is read, a page at a time, never held whole: `json` writes its items as one
array, `jsonl` and `csv` a line per item with the columns of `to_pandas()` (declared fields,
nested ones as `parent.child`, then the undeclared fields of the first item), and `--field`
alone the chosen values, tab-separated, a line per item. `table` is what `print()` shows in
Python (the runtime's text table, fitted to the terminal; one model a field a line), which
measures every row, so it reads the whole list first. A method that answers nothing prints
nothing.
"""

from __future__ import annotations

import csv
import difflib
import itertools
import json
import textwrap
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from rplatform_api.api import ArrayBody, NoBody
from rplatform_api.lists import ModelList, text_table
from rplatform_api.tables import MAX_ROWS, Column, columns, extra_columns

from ._commands import Command
from ._items import items
from ._parser import UsageError
from ._values import data, document, text

VALUES = "values"  # the output of --field without --format: the values alone


@dataclass(frozen=True)
class Plan:
    """How to print a command's result: its format, and the columns `--field` chose."""

    format: str
    chosen: tuple[Column, ...] = ()


def plan(command: Command, settings: dict[str, Any], terminal: bool) -> Plan:
    """The output `--format` and `--field` ask for (table on a terminal, else json)."""
    format = settings.get("format")
    names = settings.get("field")
    if names is None:
        return Plan(format or ("table" if terminal else "json"))
    success = command.success
    if isinstance(success, NoBody):
        raise UsageError(command.prog, "--field: this method answers nothing")
    if format in ("json", "table"):
        raise UsageError(
            command.prog, f"--field picks columns: --format {format} shows them all; use it with "
            "--format csv or jsonl, or alone for the values"
        )  # fmt: skip
    return Plan(format or VALUES, _chosen(command, names, success.model))


def _chosen(command: Command, names: str, model: type) -> tuple[Column, ...]:
    every = {column.name: column for column in columns(model)}
    chosen = []
    for name in (name.strip() for name in names.split(",")):
        if name not in every:
            close = difflib.get_close_matches(name, list(every))
            hint = f"did you mean {close[0]!r}?" if close else f"it has {', '.join(every)}"
            raise UsageError(command.prog, f"--field: {model.__name__} has no {name!r}; {hint}")
        chosen.append(every[name])
    return tuple(chosen)


def write(plan: Plan, command: Command, result: Any, out: TextIO) -> None:
    """Print `result`, the method's answer, as `plan` says."""
    success = command.success
    if isinstance(success, NoBody):
        return
    many = isinstance(success, ArrayBody)
    if plan.format == "table":
        out.write(_table(success.model, items(result)) if many else f"{result}\n")
        return
    rows: Iterator[Any] = items(result) if many else iter([result])
    first = next(rows, None)
    seen = [] if first is None else [first]  # the undeclared fields of the first item are columns
    rows = itertools.chain(seen, rows)
    chosen = list(plan.chosen) or _columns(success.model, seen)
    if plan.format == "json":
        _json(rows, many, out)
    elif plan.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([column.name for column in chosen])
        for row in rows:
            writer.writerow([text(row, column) for column in chosen])
    elif plan.format == "jsonl":
        for row in rows:
            line = {column.name: data(row, column) for column in chosen}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    else:
        for row in rows:
            out.write("\t".join(_escaped(text(row, column)) for column in chosen) + "\n")


def _columns(model: type, rows: Sequence[object]) -> list[Column]:
    return [*columns(model), *extra_columns(rows, model)]


def _table(model: type, rows: Iterator[Any]) -> str:
    """A list as `print()` shows it in Python: the runtime's text table (its first and last
    rows when it is long, with a note on how to print them all)."""
    every: ModelList[Any] = ModelList.of(model)
    every.extend(rows)
    note = "--format csv or jsonl prints every row" if len(every) > MAX_ROWS else ""
    return text_table(every, note=note) + "\n"


def _json(rows: Iterator[Any], many: bool, out: TextIO) -> None:
    """The API's JSON: one object, or the items as one array (as `json.dumps(..., indent=2)`
    would write the whole list), written an item at a time."""
    if not many:
        out.write(json.dumps(document(next(rows)), indent=2, ensure_ascii=False) + "\n")
        return
    out.write("[")
    written: bool = False
    for row in rows:
        out.write(",\n" if written else "\n")
        out.write(textwrap.indent(json.dumps(document(row), indent=2, ensure_ascii=False), "  "))
        written = True
    out.write("\n]\n" if written else "]\n")


def _escaped(value: str) -> str:
    """A value among others on a line: a tab or a line break in it would start another field or
    line, so it is written as an escape (`\\t`, `\\n`, `\\r`)."""
    return value.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
