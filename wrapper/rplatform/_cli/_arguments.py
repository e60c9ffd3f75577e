"""A method's command-line arguments, read from its signature and its operation's metadata.

Each parameter of a facade method becomes one argument: a path id (positional in Python) stays
positional (`rplatform settings revoke-session SESSION_ID`), every other parameter is an option
named in kebab case (`organization_id` -> `--organization-id`, `from_` -> `--from`). Its type
comes from the annotation: `int` and `float` are converted here (a value that is not a number
is refused, naming the option), `bool` is a pair of flags (`--push` / `--no-push`), and the rest
is text, which the method checks itself (dates, ids, enums, bounds: the SDK's own checks and
messages). A parameter where None means "clear it" (`timezone: str | NotGiven | None`) gets
`--no-timezone` too. The help of each is the text help() shows for it (`_docs.described`: the
description with its units, the enum's values, the bounds), and a secret field (`x-secret`:
passwords, tokens) may be given as `-`, read from standard input, so that it stays out of the
shell's history and the process list.

The per-call options are read from the method's `**options` annotation (`RequestOptions` or
`PostOptions`): those whose value a command line can hold (`--timeout`, `--max-retries`, and
`--idempotency-key` on a POST); `retry=` and `extra_headers=` have none.
"""

from __future__ import annotations

import argparse
import inspect
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .._constants import DEFAULT_MAX_RETRIES
from .._types import NotGiven
from ..resources._docs import argument_fields, described, operation_of

Convert = Callable[[str], object]

# What a per-call option's value is, and what it means (the notes of its type are added).
_OPTIONS = {
    "timeout": ("SECONDS", "seconds each phase of this call (connect, read, write) may take"),
    "max_retries": (
        "N",
        f"retries after a failure a retry can fix (default {DEFAULT_MAX_RETRIES})",
    ),
    "idempotency_key": ("KEY", "the Idempotency-Key of this POST"),
}
STDIN = "-"  # a secret given as `-` is read from standard input


@dataclass(frozen=True)
class Argument:
    """One argument of a command: the method's parameter `name`, as the command line takes it."""

    name: str
    flag: str  # `--organization-id`; "" for a positional
    metavar: str  # what the help shows for its value: `YEAR`, `{system,light,dark}`
    help: str = ""
    convert: Convert = str
    required: bool = False
    boolean: bool = False  # `--x` / `--no-x`
    clearable: bool = False  # `--no-x` sends None
    secret: bool = False


def flag(name: str) -> str:
    """The option of a Python name: `organization_id` -> `--organization-id`, `from_` ->
    `--from`."""
    return "--" + name.removesuffix("_").replace("_", "-")


def arguments(method: Callable[..., Any]) -> list[Argument]:
    """The arguments of a bound facade method, in the order of its parameters."""
    function = inspect.unwrap(method)
    operation = operation_of(function)
    fields = argument_fields(operation)
    found = []
    for parameter in inspect.signature(method).parameters.values():
        if parameter.kind is parameter.VAR_KEYWORD:
            continue  # pragma: no mutate (break instead: **options is always the last parameter)
        kinds = _types(parameter.annotation, function.__globals__)
        field = fields[parameter.name]
        text = described(field)
        if field.secret:
            text = f"{text} {STDIN!r} reads it from standard input."
        positional = parameter.kind is parameter.POSITIONAL_OR_KEYWORD
        found.append(
            Argument(
                name=parameter.name,
                flag="" if positional else flag(parameter.name),
                metavar=_metavar(parameter.name, field.enum, field.format),
                help=text,
                convert=_scalar(kinds) or str,
                required=parameter.default is parameter.empty,
                boolean=bool in kinds,
                clearable=isinstance(parameter.default, NotGiven) and types.NoneType in kinds,
                secret=field.secret,
            )
        )
    return found


def options(method: Callable[..., Any]) -> list[Argument]:
    """The per-call options a command line can give the method (`--timeout`, ...)."""
    function = inspect.unwrap(method)
    (extra,) = [p for p in inspect.signature(method).parameters.values() if p.kind is p.VAR_KEYWORD]
    (typed,) = typing.get_args(_evaluate(extra.annotation, function.__globals__))
    found = []
    for name, hint in typing.get_type_hints(typed, include_extras=True).items():
        convert = _scalar(_types(hint, {}))
        if convert is None:
            continue  # retry=, extra_headers=: nothing a command line can hold
        notes = [note for note in getattr(hint, "__metadata__", ()) if isinstance(note, str)]
        metavar, meaning = _OPTIONS[name]
        text = "; ".join([meaning, *notes])
        found.append(Argument(name, flag(name), metavar, f"{text}.", convert))
    return found


def _metavar(name: str, choices: tuple[Any, ...], format: str) -> str:
    """What the help shows for the value: the choices, `YYYY-MM-DD` for a date, else the name."""
    if choices:
        return "{" + ",".join(map(str, choices)) + "}"
    return "YYYY-MM-DD" if format == "date" else name.removesuffix("_").upper()


def _types(annotation: object, namespace: Mapping[str, Any]) -> tuple[object, ...]:
    """The types a parameter's annotation allows (a union's members; Annotated unwrapped)."""
    hint = _evaluate(annotation, namespace)
    if typing.get_origin(hint) is typing.Annotated:
        hint = typing.get_args(hint)[0]
    if isinstance(hint, types.UnionType):
        return tuple(member for arg in typing.get_args(hint) for member in _types(arg, {}))
    return (hint,)


def _evaluate(annotation: object, namespace: Mapping[str, Any]) -> object:
    if isinstance(annotation, str):  # `from __future__ import annotations`: the source text
        return eval(annotation, dict(namespace))  # the facade's own annotations, in its module
    return annotation


def _scalar(kinds: tuple[object, ...]) -> Convert | None:
    """How text becomes the value: as the first of int, float and text the annotation allows
    (`str | Theme` takes the text), or None when it allows none of them."""
    if int in kinds:
        return integer
    if float in kinds:
        return number
    return str if str in kinds else None


def integer(text: str) -> int:
    """A whole number from the command line (`2025`, `-1`, `1_000`)."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None


def number(text: str) -> float:
    """A number from the command line (`0.05`, `1e3`); the SDK refuses `nan` and `inf`."""
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
