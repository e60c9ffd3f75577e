"""POST /v1/settings/email-change: Request email change.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.email_change_create import EmailChangeCreate
from ...models.email_change_requested import EmailChangeRequested
from .. import Field, ObjectBody, Operation, RequestDescription, Status

SUCCESS: Final = ObjectBody(EmailChangeRequested, (202,))

OPERATION: Final = Operation(
    operation_id="requestEmailChange",
    tag="settings",
    method="POST",
    path="/v1/settings/email-change",
    summary="Request email change.",
    description="Sends a single-use verification token, valid 24 hours, to the new address.",
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
            "new_email",
            "new_email",
            "body",
            required=True,
            description="The address to change to; a verification email goes there.",
            type="string",
            format="email",
            max_length=254,
            pattern="^(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$",
            secret=True,
        ),
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
    ),
    success=(Status(202, "The verification email was sent."),),
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
    body: EmailChangeCreate,
) -> RequestDescription:
    """Request email change.

    The request only: `OPERATION` says what each argument means and allows.
    """

    return RequestDescription(
        method="POST",
        path="/v1/settings/email-change",
        query={},
        json=body.to_dict(),
        headers={"Content-Type": "application/json"},
    )
