"""POST /v1/settings/email-change/verify: Verify email change.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.email_change_verified import EmailChangeVerified
from ...models.email_change_verify import EmailChangeVerify
from .. import Field, ObjectBody, Operation, RequestDescription, Status

SUCCESS: Final = ObjectBody(EmailChangeVerified, (200,))

OPERATION: Final = Operation(
    operation_id="verifyEmailChange",
    tag="settings",
    method="POST",
    path="/v1/settings/email-change/verify",
    summary="Verify email change.",
    description="The token travels in the body, never in the URL.",
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
            "token",
            "token",
            "body",
            required=True,
            description="The token from the verification email.",
            type="string",
            min_length=1,
            max_length=512,
            secret=True,
        ),
    ),
    success=(Status(200, "The email address was changed."),),
    errors=(
        Status(
            400,
            "A parameter or the body breaks the schema or a rule (`validation-failed`), or the body is not JSON at all (`malformed-body`).",
            ("validation-failed", "malformed-body"),
        ),
        Status(401, "No valid bearer token (`unauthenticated`).", ("unauthenticated",)),
        Status(
            404, "The resource does not exist or is not the caller's (`not-found`).", ("not-found",)
        ),
        Status(
            409,
            "The request conflicts with the resource's current state (`deletion-pending`, `nothing-to- cancel`, `email-in-use`); retrying the same request cannot help.",
            ("deletion-pending", "nothing-to-cancel", "email-in-use"),
        ),
        Status(410, "The token was valid once but has expired or been used (`gone`).", ("gone",)),
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
    body: EmailChangeVerify,
) -> RequestDescription:
    """Verify email change.

    The request only: `OPERATION` says what each argument means and allows.
    """

    return RequestDescription(
        method="POST",
        path="/v1/settings/email-change/verify",
        query={},
        json=body.to_dict(),
        headers={"Content-Type": "application/json"},
    )
