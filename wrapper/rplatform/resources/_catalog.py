"""The client's resources and their API methods, found in the running facade, never listed.

The resources are a client's public attributes that are `Resource`s (`r.billing`, ...); a
resource's methods are its public callables other than its `with_raw_response` view. The
reference site (`docs/reference.py`) and the command line (`rplatform._cli`) both read them
here, so an operation added to openapi.yaml and the facade reaches both with no list to edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._base import Resource


def resources(client: object) -> dict[str, Resource[Any]]:
    """The client's resources by attribute name, in alphabetical order."""
    found = {}
    for name in dir(client):
        if not name.startswith("_") and isinstance(value := getattr(client, name), Resource):
            found[name] = value
    return found


def methods(resource: Resource[Any]) -> dict[str, Callable[..., Any]]:
    """A resource's API methods by name, in alphabetical order, bound to its client."""
    return {
        name: value
        for name in dir(resource)
        if not name.startswith("_")
        and callable(value := getattr(resource, name))
        and not isinstance(value, Resource)
    }
