"""POST /v1/billing/checkout-sessions: Create a Stripe Checkout session.

Generated from openapi.yaml by openapi-python-client with the templates in generator-templates/:
do not edit.
"""

from typing import Any, Final

from ...models.checkout_session import CheckoutSession
from ...models.checkout_session_create import CheckoutSessionCreate
from ...types import UNSET, Unset
from .. import ObjectBody, RequestDescription

SUCCESS: Final = ObjectBody(CheckoutSession, (201,))


def request(
    *,
    body: CheckoutSessionCreate,
    idempotency_key: str | Unset = UNSET,
) -> RequestDescription:
    """Create a Stripe Checkout session.

    A checkout session in setup mode that adds a payment method to the owner.

    Args:
        idempotency_key: A key unique to one request, reused by its retries (the SDK makes one per call).

    Body fields (CheckoutSessionCreate):
        return_url: An absolute http or https URL, with a host, to send the user back to.
        user_id: A user's id: that user's personal billing. Not with `organization_id`.
        organization_id: An organization's id: its billing. Not with `user_id`.

    Success (201): The checkout session; redirect the user to `url`.

    Errors: 400, 401, 403, 413, 415, 422, 429, 500, 503.
    """

    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    headers["Content-Type"] = "application/json"

    return RequestDescription(
        method="POST",
        path="/v1/billing/checkout-sessions",
        query={},
        json=body.to_dict(),
        headers=headers,
    )
