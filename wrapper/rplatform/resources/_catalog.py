"""The client's resources and their API methods, found in the running facade, never listed.

The resources are a client's public attributes that are `Resource`s (`r.billing`, ...); a
resource's methods are the `@endpoint`s of its class (not its `with_raw_response` view, nor
any other callable a subclass may add). The reference site (`docs/reference.py`) and the
command line (`rplatform._cli`) both read them here, so an operation added to openapi.yaml and
the facade reaches both with no list to edit.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from ._base import Resource
from ._endpoint import Endpoint


def resources(client: object) -> dict[str, Resource[Any]]:
    """The client's resources by attribute name, in alphabetical order."""
    found = {}
    for name in dir(client):
        if not name.startswith("_") and isinstance(value := getattr(client, name), Resource):
            found[name] = value
    return found


def method_names(resource: Resource[Any]) -> list[str]:
    """The names of a resource's API methods, in alphabetical order, read from its class (no
    method is bound, and no operation module imported, to name them)."""
    cls = type(resource)
    return [name for name in dir(cls) if isinstance(inspect.getattr_static(cls, name), Endpoint)]


def methods(resource: Resource[Any]) -> dict[str, Callable[..., Any]]:
    """A resource's API methods by name, in alphabetical order, bound to its client."""
    return {name: getattr(resource, name) for name in method_names(resource)}
