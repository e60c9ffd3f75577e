"""GET /v1/billing/status: Get billing status for a user or organization.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.billing_status import BillingStatus
from ...types import UNSET, Unset
from .. import Field, ObjectBody, Operation, RequestDescription, Status

SUCCESS: Final = ObjectBody(BillingStatus, (200,))

OPERATION: Final = Operation(
    operation_id="getStatus",
    tag="billing",
    method="GET",
    path="/v1/billing/status",
    summary="Get billing status for a user or organization.",
    description=(
        "A summary for gating features: whether the owner has a Stripe customer and a payment method,\n"
        "and the status of its latest subscription (null when it has none)."
    ),
    parameters=(
        Field(
            "user_id",
            "user_id",
            "query",
            description="A user's id (`usr_...`): that user's personal billing. Not with `organization_id`.",
            type="string",
            min_length=1,
            max_length=64,
        ),
        Field(
            "organization_id",
            "organization_id",
            "query",
            description="An organization's id (`org_...`): its billing. Not with `user_id`.",
            type="string",
            min_length=1,
            max_length=64,
        ),
    ),
    body=(),
    success=(Status(200, "The owner's billing status."),),
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
    user_id: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> RequestDescription:
    """Get billing status for a user or organization.

    The request only: `OPERATION` says what each argument means and allows.
    """

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["organization_id"] = organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestDescription(
        method="GET",
        path="/v1/billing/status",
        query=params,
        json=None,
        headers={},
    )
