"""GET /v1/settings/deletion: Get deletion status.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.deletion_status import DeletionStatus
from .. import ObjectBody, Operation, RequestDescription, Status

SUCCESS: Final = ObjectBody(DeletionStatus, (200,))

OPERATION: Final = Operation(
    operation_id="getDeletionStatus",
    tag="settings",
    method="GET",
    path="/v1/settings/deletion",
    summary="Get deletion status.",
    description=(
        "Whether an account deletion is pending and, when it is, when it takes effect (the end of its\n"
        "30-day grace period) and the reason given."
    ),
    parameters=(),
    body=(),
    success=(Status(200, "Whether account deletion is pending."),),
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
    """Get deletion status.

    The request only: `OPERATION` says what each argument means and allows.
    """

    return RequestDescription(
        method="GET",
        path="/v1/settings/deletion",
        query={},
        json=None,
        headers={},
    )
