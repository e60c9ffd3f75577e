"""A method's documented example, as a command line.

The example of `r.billing.get_usage` in its docstring (what help() shows under `Example:`) is
Python: `usage = r.billing.get_usage(organization_id="org_123", year=2025, month=6)`. Its first
call of the method, with its literal arguments, is the command
`rplatform billing get-usage --organization-id org_123 --year 2025 --month 6`, which the
command's help shows, so that the example of each command is the documentation's own.
"""

from __future__ import annotations

import ast
import inspect
import shlex

from ..resources._docs import _example
from ._arguments import Argument
from ._commands import Command

_PROMPTS = (">>>", "...")


def example(command: Command) -> list[str]:
    """The words after `rplatform` of the command's documented example (every method has one:
    tests/unit/test_docstrings.py)."""
    docstring = inspect.getdoc(inspect.unwrap(command.function))
    lines = _example(docstring or "").splitlines()  # pragma: no mutate (every method has one)
    source = "\n".join(line[4:] for line in lines if line[:3] in _PROMPTS)
    call = next(
        node
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and _calls(node.func, command)
    )
    positional = [ast.literal_eval(value) for value in call.args]
    keywords = {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg}
    return [command.resource, command.name, *words(command, positional, keywords)]


def shown(words: list[str]) -> str:
    """A command line as a shell takes it (`rplatform` and the quoted words)."""
    return shlex.join(["rplatform", *words])


def words(command: Command, positional: list[object], keywords: dict[str, object]) -> list[str]:
    """The arguments of a call of the method, as the command's words, in its order."""
    found = []
    for argument in command.arguments:
        if not argument.flag:
            found.append(str(positional.pop(0)))
        elif argument.name in keywords:
            found += _option(argument, keywords[argument.name])
    return found


def _option(argument: Argument, value: object) -> list[str]:
    if value is None or value is False:  # a cleared setting, a flag turned off
        return ["--no-" + argument.flag.removeprefix("--")]
    if value is True:
        return [argument.flag]
    return [argument.flag, str(value)]


def _calls(function: ast.expr, command: Command) -> bool:
    """Whether `function` is `<client>.<resource>.<method>` of this command."""
    return (
        isinstance(function, ast.Attribute)
        and function.attr == command.method
        and isinstance(function.value, ast.Attribute)
        and function.value.attr == command.resource
    )
