"""The `notifications` operations, one module each, imported on first use.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit. `rplatform_api.api.notifications.<operation>` imports that operation
(and the models it uses) only, on first access.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import register_token, unregister_token

__all__ = [
    "register_token",
    "unregister_token",
]

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        if name in __all__:
            return importlib.import_module(f"{__name__}.{name}")
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
