"""DELETE /v1/settings/deletion: Cancel account deletion.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.deletion_status import DeletionStatus
from .. import ObjectBody, Operation, RequestDescription, Status

SUCCESS: Final = ObjectBody(DeletionStatus, (200,))

OPERATION: Final = Operation(
    operation_id="cancelDeletion",
    tag="settings",
    method="DELETE",
    path="/v1/settings/deletion",
    summary="Cancel account deletion.",
    description=(
        "Cancels a pending deletion within its grace period; with none pending, a conflict.\n"
        "After the grace period there is nothing to cancel: the account is gone (401)."
    ),
    parameters=(),
    body=(),
    success=(Status(200, "Deletion was cancelled."),),
    errors=(
        Status(401, "No valid bearer token (`unauthenticated`).", ("unauthenticated",)),
        Status(
            409,
            "The request conflicts with the resource's current state (`deletion-pending`, `nothing-to- cancel`, `email-in-use`); retrying the same request cannot help.",
            ("deletion-pending", "nothing-to-cancel", "email-in-use"),
        ),
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
    """Cancel account deletion.

    The request only: `OPERATION` says what each argument means and allows.
    """

    return RequestDescription(
        method="DELETE",
        path="/v1/settings/deletion",
        query={},
        json=None,
        headers={},
    )
