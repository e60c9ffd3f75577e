"""Decorated functions made mutable: the decorator applied after the body, for mutmut's copy.

mutmut 3 leaves every decorated function alone (except @staticmethod and @classmethod): it
copies a function once per mutant, and a copy that kept a decorator such as
`@operation("get")` would register itself again. So the sandbox's handlers, `@property`
methods and `Database.transaction` (`@contextmanager`) would never be mutated. Written as
`name = decorator(name)` after the body, which is what the decorator line means, the functions
are mutated like any other, and the rebinding wraps mutmut's trampoline instead. The staged
copy keeps every line where it was: each decorator line becomes a comment, and the rebinding
takes the blank line after the body (a line is inserted only where there is none).

`undecorate(source)` is applied by mutation/stage.py to the staged copy of the packages in its
REBOUND; the repository's files are never changed.
"""

from __future__ import annotations

import ast

# Decorators mutmut handles itself, and @overload, whose stubs must stay as they are.
KEPT = {"staticmethod", "classmethod", "overload", "typing.overload"}


def _movable(source: str, node: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str] | None:
    """The decorators' source texts, when every one of them may be applied after the body."""
    texts = []
    for decorator in node.decorator_list:
        text = ast.get_source_segment(source, decorator)
        if text is None or text in KEPT or decorator.lineno != decorator.end_lineno:
            return None
        texts.append(text)
    return texts or None


def _functions(tree: ast.Module) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """The functions mutmut mutates: top-level ones and methods of top-level classes."""
    found = []
    for node in tree.body:
        members = node.body if isinstance(node, ast.ClassDef) else [node]
        found += [m for m in members if isinstance(m, ast.FunctionDef | ast.AsyncFunctionDef)]
    return found


def undecorate(source: str) -> str:
    """`source` with each movable decorator applied after its function's body instead."""
    lines = source.splitlines(keepends=True)
    # From the last function up, so that an inserted line never shifts one still to be done.
    for node in sorted(_functions(ast.parse(source)), key=lambda n: -n.lineno):
        texts = _movable(source, node)
        if texts is None:
            continue
        indent = " " * node.col_offset
        rebound = node.name
        for text in reversed(texts):  # the decorator nearest the def applies first
            rebound = f"{text}({rebound})"
        after = f"{indent}{node.name} = {rebound}\n"
        if node.end_lineno is not None and node.end_lineno < len(lines):
            if lines[node.end_lineno].strip():
                lines.insert(node.end_lineno, after)
            else:
                lines[node.end_lineno] = after
        else:
            lines[-1] = lines[-1].rstrip("\n") + "\n"
            lines.append(after)
        for decorator, text in zip(node.decorator_list, texts, strict=True):
            lines[decorator.lineno - 1] = f"{indent}# @{text}: applied after the body\n"
    return "".join(lines)
