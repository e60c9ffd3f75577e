"""Closures made mutable: a nested function named in LIFTED, moved to module level in the copy.

mutmut 3 switches a mutant on where a module-level function (or a method) is called. A closure's
lines are mutated only as part of the function that defines it, so a closure made once, at
import, never runs a mutant: the sandbox's `operation` decorator defines `handler`, through
which every request passes (its transaction, its `ctx`, its Idempotency-Key), at import.

`lift(source, names)` rewrites the staged copy of a module: each named closure becomes a
module-level function `_lifted_<name>` that takes the closure's free variables first
(positional-only) and then its own parameters, appended to the module; where the closure was
defined, its first line binds `<name>` to `functools.partial(_lifted_<name>, <free variables>)`
(whose signature is the closure's own, which is what connexion reads) and its other lines are
left blank, so that every other line keeps its number (the pragmas report.py lists). A closure
holding a `# pragma: no mutate` is refused: the lifted copy (`ast.unparse`) would lose it.
mutation/stage.py applies it to the modules of LIFTED; the repository's files never change.
"""

from __future__ import annotations

import ast
import copy
import symtable
from collections.abc import Iterable

# Staged module (relative to its package) -> the closures to lift in it.
LIFTED = {"handlers/common.py": ("handler",)}
PRAGMA = "pragma: no mutate"


def _closure(tree: ast.Module, name: str) -> ast.FunctionDef:
    """The one function named `name` defined inside another function."""
    found = {
        id(inner): inner
        for outer in ast.walk(tree)
        if isinstance(outer, ast.FunctionDef)
        for inner in ast.walk(outer)
        if inner is not outer and isinstance(inner, ast.FunctionDef) and inner.name == name
    }
    if len(found) != 1:
        raise ValueError(f"expected one closure named {name!r}, found {len(found)}")
    return next(iter(found.values()))


def _free_variables(source: str, name: str) -> list[str]:
    """The names the closure `name` takes from the functions around it."""
    tables = [symtable.symtable(source, "<staged>", "exec")]
    while tables:
        table = tables.pop()
        if table.get_type() == "function" and table.get_name() == name and table.get_frees():
            return sorted(table.get_frees())
        tables.extend(table.get_children())
    return []


def lift(source: str, names: Iterable[str]) -> str:
    lines = source.splitlines(keepends=True)
    appended = []
    for name in names:
        node = _closure(ast.parse(source), name)
        assert node.end_lineno is not None
        first = node.decorator_list[0].lineno if node.decorator_list else node.lineno
        if any(PRAGMA in line for line in lines[first - 1 : node.end_lineno]):
            raise ValueError(f"{name}: a closure with a pragma cannot be lifted")
        frees = _free_variables(source, name)
        lifted = f"_lifted_{name}"
        indent = " " * node.col_offset
        bound = ", ".join([lifted, *frees])
        lines[first - 1] = (
            f"{indent}{name} = __import__('functools').partial({bound})"
            "  # pragma: no mutate (registered at import)\n"
        )
        for number in range(first, node.end_lineno):
            lines[number] = "\n"
        moved = copy.copy(node)
        moved.name, moved.decorator_list = lifted, []
        moved.args = copy.copy(node.args)
        moved.args.posonlyargs = [ast.arg(arg=free) for free in frees] + node.args.posonlyargs
        appended.append(ast.unparse(ast.fix_missing_locations(moved)))
    text = "".join(lines)
    return text + "".join(f"\n\n{function}\n" for function in appended)
