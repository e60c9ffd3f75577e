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

import httpx
from rplatform_api.api import ArrayBody, NoBody, ObjectBody

from .._client import Client
from .._constants import DEFAULT_BASE_URL
from ..resources._catalog import method_names, methods, resources
from ..resources._docs import operation_of
from ._arguments import Argument, arguments, options

PROGRAM = "rplatform"
CATALOG_KEY = "never-sent"  # the key of the client the commands are read from


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
    resource: Any  # the client's `Resource`

    @functools.cached_property
    def names(self) -> list[str]:
        """Its commands' names (`get-usage`), without binding a method."""
        return [method.replace("_", "-") for method in method_names(self.resource)]

    @functools.cached_property
    def commands(self) -> dict[str, Command]:
        """Its commands by name: its methods, bound (a command line needs one resource's)."""
        bound = methods(self.resource)
        return {method.replace("_", "-"): Command(self.name, method, bound[method])
                for method in bound}  # fmt: skip


class _Unsent(httpx.BaseTransport):
    """The transport of the client the commands are read from: it sends nothing, ever."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise RuntimeError("the client the commands are read from sends nothing")


def catalog(client: object | None = None) -> dict[str, Resource]:
    """Every resource of `client` with its commands, in alphabetical order; by default of a
    client that cannot send (its key is never used), as the commands' help needs no key."""
    if client is None:
        http = httpx.Client(transport=_Unsent())
        client = Client(CATALOG_KEY, base_url=DEFAULT_BASE_URL, http_client=http)
    found = {}
    for name, resource in resources(client).items():
        summary = inspect.getdoc(getattr(type(client), name))
        found[name] = Resource(name, summary or "", resource)  # pragma: no mutate (each has one)
    return found
