"""rplatform: the Python SDK for the rplatform Billing, Settings and Notifications APIs.

    import rplatform

    with rplatform.Client() as r:  # RPLATFORM_API_KEY, RPLATFORM_BASE_URL
        status = r.billing.get_status(organization_id="org_123")
        rplatform.request_id(status)  # the X-Request-Id to quote when reporting a problem

Importing this package loads httpx and the client core only; the generated layer and the
models load on first use of a resource or of `rplatform.models`.
"""

from typing import TYPE_CHECKING, Any

from ._client import Client
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FieldError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._response import RawResponse, request_id
from ._retry import RetryPolicy
from ._types import NOT_GIVEN, PostOptions, RequestOptions
from ._version import __version__

if TYPE_CHECKING:
    from rplatform_api.lists import ModelList

    from . import models
    from ._list_result import ListResult

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "FieldError",
    "InternalServerError",
    "ListResult",
    "ModelList",
    "NotFoundError",
    "PermissionDeniedError",
    "PostOptions",
    "RateLimitError",
    "RawResponse",
    "RequestOptions",
    "RetryPolicy",
    "UnprocessableEntityError",
    "__version__",
    "models",
    "request_id",
]


def __getattr__(name: str) -> Any:
    # Heavy names load on first use: the generated models, ModelList and ListResult (attrs).
    import importlib

    if name == "models":
        return importlib.import_module(".models", __name__)
    if name == "ModelList":  # the generated package's own: every list of models is one
        return importlib.import_module("rplatform_api.lists").ModelList
    if name == "ListResult":
        return importlib.import_module("._list_result", __name__).ListResult
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
