"""The `settings` operations, one module each, imported on first use.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit. `rplatform_api.api.settings.<operation>` imports that operation
(and the models it uses) only, on first access.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import (
        cancel_deletion,
        change_password,
        get_deletion_status,
        get_login_history,
        get_preferences,
        list_sessions,
        request_deletion,
        request_email_change,
        revoke_all_sessions,
        revoke_session,
        update_appearance,
        update_notifications,
        update_privacy,
        verify_email_change,
    )

__all__ = [
    "cancel_deletion",
    "change_password",
    "get_deletion_status",
    "get_login_history",
    "get_preferences",
    "list_sessions",
    "request_deletion",
    "request_email_change",
    "revoke_all_sessions",
    "revoke_session",
    "update_appearance",
    "update_notifications",
    "update_privacy",
    "verify_email_change",
]

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        if name in __all__:
            return importlib.import_module(f"{__name__}.{name}")
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
