"""Operation handlers, one module per tag, registered by operationId.

`resolve` is connexion's function resolver: it maps an `operationId` of `openapi.yaml` or
`sandbox.yaml` to the handler registered with `@operation("operationId")`. An operation of the
spec without a handler yet (a new operation, before its handler is written) does not stop the
sandbox: it answers 501 with a problem naming the operationId, and a warning says so at start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, NoReturn

from ..problems import Problem
from . import billing, notifications, sandbox_routes, settings
from .common import REGISTRY

__all__ = ["billing", "notifications", "resolve", "sandbox_routes", "settings"]

logger = logging.getLogger("rplatform_sandbox")
# connexion resolves each operation several times while it builds an app: warn once each.
_warned: set[str] = set()


def resolve(operation_id: str) -> Callable[..., Any]:
    handler = REGISTRY.get(operation_id)
    if handler is None:
        if operation_id not in _warned:
            _warned.add(operation_id)
            logger.warning(
                "no handler for operation %s: it answers 501 Not Implemented", operation_id
            )
        return not_implemented(operation_id)
    return handler


def not_implemented(operation_id: str) -> Callable[..., NoReturn]:
    """The stand-in handler of an operation that has none yet."""

    def handler(**_: Any) -> NoReturn:
        detail = f"The sandbox does not implement operation {operation_id} yet."
        raise Problem("not-implemented", detail)

    handler.__name__ = f"not_implemented_{operation_id}"
    return handler
