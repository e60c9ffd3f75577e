"""The `billing` operations, one module each, imported on first use.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit. `rplatform_api.api.billing.<operation>` imports that operation
(and the models it uses) only, on first access.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        can_create_api_key,
        create_checkout_session,
        create_portal_session,
        ensure_customer,
        get,
        get_periods,
        get_project_usage,
        get_status,
        get_usage,
        get_usage_by_project,
        get_usage_from_meters,
        record_ai_usage,
    )

__all__ = [
    "can_create_api_key",
    "create_checkout_session",
    "create_portal_session",
    "ensure_customer",
    "get",
    "get_periods",
    "get_project_usage",
    "get_status",
    "get_usage",
    "get_usage_by_project",
    "get_usage_from_meters",
    "record_ai_usage",
]

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        if name in __all__:
            return importlib.import_module(f"{__name__}.{name}")
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
