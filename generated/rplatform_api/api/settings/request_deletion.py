"""POST /v1/settings/deletion: Request account deletion.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.deletion_create import DeletionCreate
from ...models.deletion_status import DeletionStatus
from .. import Field, ObjectBody, Operation, RequestDescription, Status

SUCCESS: Final = ObjectBody(DeletionStatus, (201,))

OPERATION: Final = Operation(
    operation_id="requestDeletion",
    tag="settings",
    method="POST",
    path="/v1/settings/deletion",
    summary="Request account deletion.",
    description=(
        "Schedules deletion after a 30-day grace period. Needs the password and the exact text\n"
        "`DELETE MY ACCOUNT`. A second request while one is pending is a conflict.\n"
        "\n"
        "When the grace period ends, the account is deleted for real: its tokens get 401, logging\n"
        "in fails, and its data is removed (preferences, sessions, login history, push tokens,\n"
        "personal projects with their usage, its own customer and subscriptions). An\n"
        "organization of which it is the only member is deleted with its projects, usage and\n"
        "billing; an organization with other members stays, without this member."
    ),
    parameters=(
        Field(
            "idempotency_key",
            "Idempotency-Key",
            "header",
            description="A key unique to one request, reused by its retries (the SDK makes one per call).",
            type="string",
            min_length=1,
            max_length=255,
        ),
    ),
    body=(
        Field(
            "password",
            "password",
            "body",
            required=True,
            description="The account's password, to confirm.",
            type="string",
            format="password",
            min_length=1,
            max_length=128,
            secret=True,
        ),
        Field(
            "confirm_text",
            "confirm_text",
            "body",
            required=True,
            description="Exactly `DELETE MY ACCOUNT`.",
            type="string",
            pattern="^DELETE MY ACCOUNT$",
        ),
        Field(
            "reason",
            "reason",
            "body",
            description="Why the account is deleted (optional).",
            type="string",
            max_length=1000,
            nullable=True,
        ),
    ),
    success=(Status(201, "Deletion was scheduled."),),
    errors=(
        Status(
            400,
            "A parameter or the body breaks the schema or a rule (`validation-failed`), or the body is not JSON at all (`malformed-body`).",
            ("validation-failed", "malformed-body"),
        ),
        Status(401, "No valid bearer token (`unauthenticated`).", ("unauthenticated",)),
        Status(
            403,
            "The caller may not act on this owner (`not-a-member`, `forbidden`), or a password check failed (`wrong-password`).",
            ("not-a-member", "forbidden", "wrong-password"),
        ),
        Status(
            409,
            "The request conflicts with the resource's current state (`deletion-pending`, `nothing-to- cancel`, `email-in-use`); retrying the same request cannot help.",
            ("deletion-pending", "nothing-to-cancel", "email-in-use"),
        ),
        Status(
            413,
            "The request body is larger than the server accepts, 1 MiB on the sandbox (`body-too-large`).",
            ("body-too-large",),
        ),
        Status(
            415,
            "The request body is not sent as JSON, `application/json` (`unsupported-media-type`).",
            ("unsupported-media-type",),
        ),
        Status(
            422,
            "A value is of the right type but not acceptable (`validation-failed`: enum, format, pattern or policy), or the Idempotency-Key was used with another request (`idempotency-key-reused`).",
            ("validation-failed", "idempotency-key-reused"),
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


def request(
    *,
    body: DeletionCreate,
) -> RequestDescription:
    """Request account deletion.

    The request only: `OPERATION` says what each argument means and allows.
    """

    return RequestDescription(
        method="POST",
        path="/v1/settings/deletion",
        query={},
        json=body.to_dict(),
        headers={"Content-Type": "application/json"},
    )
