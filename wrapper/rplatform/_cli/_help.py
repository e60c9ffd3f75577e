"""The text of `--help` at each level, from what the facade says of itself.

`rplatform --help` lists the resources (each as the client's attribute describes it), the
output formats, the exit statuses and the environment; `rplatform billing --help` the methods
(each by its summary); `rplatform billing get-usage --help` is the method's help() text (its
summary and description; each argument is described by argparse with help()'s words), then
its result, the exit status of each error the operation documents, and its documented example
as a command line.
"""

from __future__ import annotations

import textwrap

from rplatform_api.api import ArrayBody, NoBody
from rplatform_api.tables import columns

from .._constants import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL, LOG_ENV
from .._exceptions import APIConnectionError, error_class
from ..resources._docs import operation_of
from . import _failure as failure
from ._commands import Command, Resource

_SECTIONS = ("Args:", "Returns:", "Raises:", "Example:")
_WIDTH = 96  # as help() lays out its text
FORMAT_HELP = {
    "table": "the default on a terminal: as print() in Python (of a long list: its first and "
    "last rows)",
    "json": "the default otherwise: the API's JSON as one document (a list as one array)",
    "jsonl": "a JSON object per line, a row per item: the columns of to_pandas()",
    "csv": "a header, then a row per item: the columns of to_pandas() (nested ones as a.b)",
}


def program_help(resources: dict[str, Resource]) -> tuple[str, str]:
    """What `rplatform --help` says before and after its options."""
    width = max(map(len, resources)) + 2
    listed = "\n".join(f"  {name.ljust(width)}{r.summary}" for name, r in resources.items())
    formats = "\n".join(f"  {name.ljust(7)}{text}" for name, text in FORMAT_HELP.items())
    environment = (
        f"  {API_KEY_ENV}   the API key (or --api-key)\n"
        f"  {BASE_URL_ENV}  the API's URL (or --base-url), by default {DEFAULT_BASE_URL}: the "
        "sandbox\n"
        f"  {LOG_ENV}       debug or info: log each request on standard error"
    )
    about = (
        "Every method of the rplatform Python SDK as a command: `rplatform RESOURCE METHOD` "
        "calls\nr.RESOURCE.METHOD(...), its keyword arguments as options in kebab case "
        "(--organization-id).\n`rplatform RESOURCE --help` lists the methods of a resource, "
        "`rplatform RESOURCE METHOD --help`\ndescribes one.\n\n"
        f"resources:\n{listed}"
    )
    after = f"formats:\n{formats}\n\nexit statuses:\n{statuses()}\n\nenvironment:\n{environment}"
    return about, after


def statuses() -> str:
    return "\n".join(f"  {status:<5}{text}" for status, text in failure.MEANINGS.items())


def resource_help(resource: Resource) -> str:
    """What `rplatform billing --help` says: the resource, then its methods."""
    width = max(map(len, resource.commands)) + 2
    listed = "\n".join(
        f"  {name.ljust(width)}{summary(command)}" for name, command in resource.commands.items()
    )
    return f"{resource.summary}\n\nmethods:\n{listed}"


def summary(command: Command) -> str:
    """The first paragraph of the method's help(), on one line."""
    return " ".join(command.help.partition("\n\n")[0].split())


def command_help(command: Command) -> tuple[str, str]:
    """What `rplatform billing get-usage --help` says before and after its arguments."""
    from ._examples import example, shown

    prose: list[str] = []
    sections: dict[str, str] = {}
    for block in command.help.split("\n\n"):
        head, _, body = block.partition("\n")
        if head in _SECTIONS:
            sections[head] = " ".join(body.split())
        elif not sections:
            prose.append(block)
    parts = [f"result:\n{_result(command, sections['Returns:'])}"]
    parts.append(f"exit statuses:\n{_errors(command)}")
    parts.append(f"example:\n  {shown(example(command))}")
    return "\n\n".join(prose), "\n\n".join(parts)


def _result(command: Command, returns: str) -> str:
    """What the command prints, in help()'s words (`Returns:`), and the fields of the model."""
    said = returns.partition(": ")[2]
    success = command.success
    if isinstance(success, NoBody):
        return _wrapped(f"nothing: {said}")
    model: type = success.model
    kind = f"a list of {model.__name__}, an item a row" if isinstance(success, ArrayBody) else ""
    lines = [_wrapped(f"{kind or model.__name__}: {said}")]
    names = ", ".join(column.name for column in columns(model))
    lines.append(_wrapped(f"fields (--field): {names}"))
    return "\n".join(lines)


def _errors(command: Command) -> str:
    """The exit status of each error status the operation documents, with its problem kinds."""
    by_status: dict[int, list[str]] = {}
    for error in operation_of(command.function).errors:
        kinds = ", ".join(error.problem_types)  # at least one: tests/contract/test_problem_types.py
        code = failure.status_of(error_class(error.code))
        by_status.setdefault(code, []).append(f"{error.code} ({kinds})")
    texts = {code: ", ".join(codes) for code, codes in by_status.items()}
    texts[failure.USAGE] = "an argument is invalid: nothing was sent"
    texts[failure.status_of(APIConnectionError)] = (
        "no answer: connection refused or dropped, or a timeout"
    )
    lines = [_status(code, text) for code, text in sorted(texts.items())]
    return "\n".join(lines)


def _status(code: int, text: str) -> str:
    return _wrapped(f"{code:<5}{text}", 7)


def _wrapped(text: str, indent: int = 4) -> str:
    return textwrap.fill(
        text, _WIDTH, initial_indent="  ", subsequent_indent=" " * indent, break_on_hyphens=False
    )
