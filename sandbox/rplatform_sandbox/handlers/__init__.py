"""Operation handlers, one module per tag, registered by operationId.

`resolve` is connexion's function resolver: it maps an `operationId` of `openapi.yaml` or
`sandbox.yaml` to the handler registered with `@operation("operationId")`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import billing, notifications, sandbox_routes, settings
from .common import REGISTRY

__all__ = ["billing", "notifications", "resolve", "sandbox_routes", "settings"]


def resolve(operation_id: str) -> Callable[..., Any]:
    return REGISTRY[operation_id]
