"""POST /v1/billing/customer: Ensure a Stripe customer exists.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.owner_scope import OwnerScope
from ...models.stripe_customer import StripeCustomer
from .. import Field, ObjectBody, Operation, RequestDescription, Status

SUCCESS: Final = ObjectBody(
    StripeCustomer,
    (
        200,
        201,
    ),
)

OPERATION: Final = Operation(
    operation_id="ensureCustomer",
    tag="billing",
    method="POST",
    path="/v1/billing/customer",
    summary="Ensure a Stripe customer exists.",
    description="Idempotent; creates the owner's Stripe customer the first time only.",
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
            "user_id",
            "user_id",
            "body",
            description="A user's id: that user's personal billing. Not with `organization_id`.",
            type="string",
            min_length=1,
            max_length=64,
        ),
        Field(
            "organization_id",
            "organization_id",
            "body",
            description="An organization's id: its billing. Not with `user_id`.",
            type="string",
            min_length=1,
            max_length=64,
        ),
    ),
    success=(
        Status(200, "The customer already existed."),
        Status(201, "The customer was created by this call."),
    ),
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
    body: OwnerScope,
) -> RequestDescription:
    """Ensure a Stripe customer exists.

    The request only: `OPERATION` says what each argument means and allows.
    """

    return RequestDescription(
        method="POST",
        path="/v1/billing/customer",
        query={},
        json=body.to_dict(),
        headers={"Content-Type": "application/json"},
    )
