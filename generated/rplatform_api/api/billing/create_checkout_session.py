"""POST /v1/billing/checkout-sessions: Create a Stripe Checkout session.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Final

from ...models.checkout_session import CheckoutSession
from ...models.checkout_session_create import CheckoutSessionCreate
from .. import Field, ObjectBody, Operation, RequestDescription, Status

SUCCESS: Final = ObjectBody(CheckoutSession, (201,))

OPERATION: Final = Operation(
    operation_id="createCheckoutSession",
    tag="billing",
    method="POST",
    path="/v1/billing/checkout-sessions",
    summary="Create a Stripe Checkout session.",
    description="A checkout session in setup mode that adds a payment method to the owner.",
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
            "return_url",
            "return_url",
            "body",
            required=True,
            description="An absolute http or https URL, with a host, to send the user back to.",
            type="string",
            format="uri",
            max_length=2048,
            pattern="^[Hh][Tt][Tt][Pp][Ss]?://(([A-Za-z0-9._~!$&'()*+,;=:-]|%[0-9A-Fa-f]{2})*@)?([A-Za-z0-9._~!$&'()*+,;=-]|%[0-9A-Fa-f]{2})+(:[0-9]*)?(/([A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-Fa-f]{2})*)?(\\?([A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-Fa-f]{2}|\\?)*)?(#([A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-Fa-f]{2}|\\?)*)?$",
        ),
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
    success=(Status(201, "The checkout session; redirect the user to `url`."),),
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
    body: CheckoutSessionCreate,
) -> RequestDescription:
    """Create a Stripe Checkout session.

    The request only: `OPERATION` says what each argument means and allows.
    """

    return RequestDescription(
        method="POST",
        path="/v1/billing/checkout-sessions",
        query={},
        json=body.to_dict(),
        headers={"Content-Type": "application/json"},
    )
