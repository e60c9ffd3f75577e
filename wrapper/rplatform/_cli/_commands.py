"""The commands: one per method of each of the client's resources, found in the running facade.

`rplatform billing get-usage` is `r.billing.get_usage`: the resources and methods come from
`resources._catalog` (as the reference site's pages do), the arguments from the method
(`_arguments`), and what a success is from the operation's generated `SUCCESS` (one model, a
list of models, or nothing), so that the output is planned before anything is sent.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rplatform_api.api import ArrayBody, NoBody, ObjectBody

from ..resources._catalog import methods, resources
from ..resources._docs import operation_of
from ._arguments import Argument, arguments, options

PROGRAM = "rplatform"


@dataclass(frozen=True)
class Command:
    """`rplatform <resource> <name>`: the method `method` of the client's `resource`."""

    resource: str
    method: str
    function: Callable[..., Any]  # the method, bound to the client the commands were read from

    @property
    def name(self) -> str:
        return self.method.replace("_", "-")

    @property
    def prog(self) -> str:
        return f"{PROGRAM} {self.resource} {self.name}"

    @functools.cached_property
    def arguments(self) -> list[Argument]:
        return arguments(self.function)

    @functools.cached_property
    def options(self) -> list[Argument]:
        return options(self.function)

    @property
    def help(self) -> str:
        """The method's help() text: summary, description, Args, Returns, Raises, Example."""
        return inspect.getdoc(self.function) or ""

    @property
    def success(self) -> ObjectBody[Any] | ArrayBody[Any] | NoBody:
        """What a success answers: `ObjectBody` (a model), `ArrayBody` (a list) or `NoBody`."""
        operation = operation_of(self.function)
        module = importlib.import_module(f"rplatform_api.api.{operation.tag}.{self.method}")
        success: ObjectBody[Any] | ArrayBody[Any] | NoBody = module.SUCCESS
        return success


@dataclass(frozen=True)
class Resource:
    """`rplatform <name>`: one of the client's resources and its commands, by command name."""

    name: str
    summary: str
    commands: dict[str, Command]


def catalog(client: object) -> dict[str, Resource]:
    """Every resource of `client` with its commands, in alphabetical order."""
    found = {}
    for name, resource in resources(client).items():
        summary = inspect.getdoc(getattr(type(client), name)) or ""
        commands = [Command(name, method, bound) for method, bound in methods(resource).items()]
        found[name] = Resource(name, summary, {command.name: command for command in commands})
    return found
