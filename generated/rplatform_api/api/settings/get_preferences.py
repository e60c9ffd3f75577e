"""GET /v1/settings/preferences: Get user preferences.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.preferences import Preferences
from .. import ObjectBody, Operation, RequestDescription, Status

SUCCESS: Final = ObjectBody(Preferences, (200,))

OPERATION: Final = Operation(
    operation_id="getPreferences",
    tag="settings",
    method="GET",
    path="/v1/settings/preferences",
    summary="Get user preferences.",
    description="The caller's notification, privacy and appearance preferences, and when they last changed.",
    parameters=(),
    body=(),
    success=(Status(200, "The caller's preferences."),),
    errors=(
        Status(401, "No valid bearer token (`unauthenticated`).", ("unauthenticated",)),
        Status(
            429,
            "Rate limited (`rate-limited`); retry after the time in `Retry-After`.",
            ("rate-limited",),
        ),
        Status(
            500,
            "The server failed (`internal`); the request may be retried with the same Idempotency-Key.",
            ("internal",),
        ),
        Status(
            503,
            "Temporarily unavailable (`unavailable`); retry after the time in `Retry-After`.",
            ("unavailable",),
        ),
    ),
    paginated=False,
    deprecated=False,
)


def request() -> RequestDescription:
    """Get user preferences.

    The request only: `OPERATION` says what each argument means and allows.
    """

    return RequestDescription(
        method="GET",
        path="/v1/settings/preferences",
        query={},
        json=None,
        headers={},
    )
